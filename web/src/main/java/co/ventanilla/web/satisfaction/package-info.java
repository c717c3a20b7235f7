/**
 * The satisfaction screens: the public rating page of an answer ({@code /calificar}), the rating
 * links of the public status page, the public survey page and the SIG office's survey screens under
 * {@code /encuestas/}.
 */
package co.ventanilla.web.satisfaction;
