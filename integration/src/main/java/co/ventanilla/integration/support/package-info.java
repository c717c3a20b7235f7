/** Glue between Camel and the platform: configuration placeholders from MicroProfile Config. */
package co.ventanilla.integration.support;
