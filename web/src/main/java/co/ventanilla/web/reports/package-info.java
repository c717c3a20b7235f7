/** The reports screen for management, the quality office and the administrator (informes.xhtml). */
package co.ventanilla.web.reports;
