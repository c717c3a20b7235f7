/**
 * The JSON API under {@code /api}: public intake and status ({@code /api/pqrs}). Resources
 * translate HTTP to the intake contract and back; errors come as Spanish messages per field.
 * Documented by MicroProfile OpenAPI at {@code /openapi}.
 */
package co.ventanilla.web.rest;
