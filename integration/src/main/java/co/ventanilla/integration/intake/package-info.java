/** The route every channel ends in: it hands the canonical submission to the intake service. */
package co.ventanilla.integration.intake;
