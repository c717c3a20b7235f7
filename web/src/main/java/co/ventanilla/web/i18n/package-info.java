/**
 * Language of the intranet: Spanish (es-CO) by default from {@code Messages.properties}, English
 * second from {@code Messages_en.properties}, switchable per session.
 */
package co.ventanilla.web.i18n;
