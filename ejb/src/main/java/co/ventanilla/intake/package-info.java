/**
 * The intake contract: the one canonical {@link co.ventanilla.intake.Submission} every channel
 * (mail, web, CSV, staff) produces, and the service that turns it into a case. Adding a channel
 * never touches the case code.
 */
package co.ventanilla.intake;
