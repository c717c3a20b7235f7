/** Readiness of the Camel context and its routes, shown in {@code /health/ready}. */
package co.ventanilla.integration.health;
