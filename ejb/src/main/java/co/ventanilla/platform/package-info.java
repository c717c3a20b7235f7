/**
 * Technical foundation of the module: the application's data source, the Flyway schema migration
 * that runs before JPA is used, database readiness, demo data and the clock.
 */
package co.ventanilla.platform;
