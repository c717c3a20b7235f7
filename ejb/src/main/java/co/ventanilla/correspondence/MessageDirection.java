package co.ventanilla.correspondence;

/** Whether a message of a case's correspondence came in (from the petitioner) or went out. */
public enum MessageDirection {
  IN,
  OUT
}
