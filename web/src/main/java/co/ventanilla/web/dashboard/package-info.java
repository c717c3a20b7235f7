/** The home dashboard: the user's cases, what is due soon, overdue by area, the month in charts. */
package co.ventanilla.web.dashboard;
