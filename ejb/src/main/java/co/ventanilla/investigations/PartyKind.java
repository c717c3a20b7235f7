package co.ventanilla.investigations;

/** The people of an investigation: who complains, who saw, who was harmed, who is involved. */
public enum PartyKind {
  DENUNCIANTE,
  TESTIGO,
  VICTIMA,
  INVOLUCRADO
}
