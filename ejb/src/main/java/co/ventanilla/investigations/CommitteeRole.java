package co.ventanilla.investigations;

/**
 * The area a committee member speaks for: "se realizará comités entre Operaciones, SIG, Gestión
 * Humana, Gerencia" (seed 002 §4 activity 2), and invited people (a contract coordinator, the risk
 * analyst: seed 002 §4 activity 5).
 */
public enum CommitteeRole {
  OPERACIONES,
  SIG,
  GESTION_HUMANA,
  GERENCIA,
  INVITADO
}
