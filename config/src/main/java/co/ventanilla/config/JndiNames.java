package co.ventanilla.config;

/** JNDI names of the resources the application declares for itself. */
public final class JndiNames {

  /** The MariaDB data source, declared by the application from {@link ConfigKeys#DB_URL}. */
  public static final String DATA_SOURCE = "java:app/jdbc/ventanilla";

  private JndiNames() {}
}
