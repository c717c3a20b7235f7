/** Faces views over cases: the inbox (home page) and, later, the case workspace. */
package co.ventanilla.web.cases;
