package co.ventanilla.config;

/**
 * MicroProfile Config keys that are part of the product's public contract. Each key can be set as
 * an environment variable by upper-casing it and replacing dots and dashes with underscores (the
 * MicroProfile Config rule), e.g. {@code db.url} as {@code DB_URL}. Documented in README.md.
 */
public final class ConfigKeys {

  /** JDBC URL of the MariaDB database ({@code DB_URL}). */
  public static final String DB_URL = "db.url";

  /** Database user ({@code DB_USER}). */
  public static final String DB_USER = "db.user";

  /** Database password ({@code DB_PASSWORD}); never given a default in the repository. */
  public static final String DB_PASSWORD = "db.password";

  /** Prefix put before the radicado year, e.g. {@code PQRS-} gives {@code PQRS-2026-000001}. */
  public static final String RADICADO_PREFIX = "ventanilla.radicado.prefix";

  /** When {@code true}, a database with no cases is filled with demo cases at start-up. */
  public static final String DEMO_DATA = "ventanilla.demo-data";

  /** Time zone in which dates are received and terms counted (Colombia: America/Bogota). */
  public static final String TIME_ZONE = "ventanilla.time-zone";

  /**
   * Which organization preset sets the terms: {@code ley-1755} (default), {@code reservis}, {@code
   * coproservicios}, {@code deas}, {@code cootrayal}, {@code alliance}.
   */
  public static final String TERM_PRESET = "ventanilla.preset";

  /** When {@code true}, Saturdays count as business days for terms. */
  public static final String SATURDAY_BUSINESS_DAY = "ventanilla.saturday-business-day";

  /**
   * Public address of the product, the base of links in mails (status page), e.g. {@code
   * https://pqrs.empresa.co/}.
   */
  public static final String PUBLIC_URL = "ventanilla.public-url";

  /**
   * Share of a case's term after which an unanswered case is escalated one level by the hourly
   * timer, e.g. {@code 0.8}.
   */
  public static final String ESCALATION_SHARE = "ventanilla.escalation.share";

  /**
   * Folder watched for CSV transcriptions of the suggestion-box form GO-RG-04; processed files go
   * to its {@code .done} or {@code .error} subfolder with their report. Empty or unset: disabled.
   */
  public static final String BUZON_FOLDER = "intake.buzon.folder";

  /**
   * Names of the mailboxes read by the IMAP intake, comma separated, e.g. {@code
   * servicio,denuncias}; each one is set with {@code intake.mail.<name>.url}, {@code .user}, {@code
   * .password}, {@code .folder} (INBOX), {@code .poll-seconds} (60), {@code .default-type}, {@code
   * .agency} and {@code .quarantine-folder} (Cuarentena). Unset: no mailbox is read.
   */
  public static final String MAIL_MAILBOXES = "intake.mail.mailboxes";

  /** Failed attempts after which a mail goes to quarantine (default 3). */
  public static final String MAIL_MAX_ATTEMPTS = "intake.mail.max-attempts";

  /** Size in MB above which a mail is filed whole without reading its attachments (default 25). */
  public static final String MAIL_MAX_SIZE_MB = "intake.mail.max-size-mb";

  /** Name printed on documents (constancias, reports), e.g. {@code DEAS Ltda.}. */
  public static final String COMPANY_NAME = "ventanilla.company.name";

  /** Failed logins in a row that lock an account (default 5). */
  public static final String LOGIN_MAX_ATTEMPTS = "ventanilla.login.max-attempts";

  /** Minutes a locked account stays locked (default 15). */
  public static final String LOGIN_LOCK_MINUTES = "ventanilla.login.lock-minutes";

  /**
   * Failed logins from one address, over any user names, within {@link #LOGIN_LOCK_MINUTES} after
   * which that address is refused for every account until the window passes (default 20).
   */
  public static final String LOGIN_MAX_FAILURES_PER_ADDRESS =
      "ventanilla.login.max-failures-per-address";

  /** Accounts to unlock at start (comma separated), when no administrator can log in to do it. */
  public static final String UNLOCK = "ventanilla.unlock";

  /** User name of the first administrator, created at the first start (default {@code admin}). */
  public static final String ADMIN_USER = "ventanilla.admin.user";

  /**
   * Password of the first administrator ({@code VENTANILLA_ADMIN_PASSWORD}): read only while no
   * administrator exists; never given a default in the repository.
   */
  public static final String ADMIN_PASSWORD = "ventanilla.admin.password";

  /** Email of the first administrator (optional). */
  public static final String ADMIN_EMAIL = "ventanilla.admin.email";

  private ConfigKeys() {}
}
