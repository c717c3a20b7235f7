package co.ventanilla.cases;

/**
 * How a submission reached the company. Every channel ends as the same kind of case; the channel is
 * recorded (DOMAIN.md, "Intake channels"; seed 002 §4 activity 1 lists buzón físico, coordinadores
 * de contrato, correo and web).
 */
public enum Channel {
  EMAIL,
  WEB,
  SUGGESTION_BOX,
  PHONE,
  IN_PERSON,
  COORDINATOR_VISIT,
  LETTER
}
