/**
 * The screens of the ACPM matrix GI-RG-07 ({@code mejora/}): the matrix with its filters and
 * export, an entry's workspace, and the proposals with the rules' settings.
 */
package co.ventanilla.web.improvement;
