/**
 * Names of configuration keys and JNDI resources that more than one module uses. Values come from
 * MicroProfile Config: {@code META-INF/microprofile-config.properties} in this jar holds the
 * defaults, environment variables override them ({@code db.url} ← {@code DB_URL}).
 */
package co.ventanilla.config;
