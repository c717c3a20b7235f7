package co.ventanilla.correspondence;

import co.ventanilla.cases.PqrsType;
import java.util.Objects;

/**
 * A mailbox the company reads for PQRS (customer service, an agency's box, the whistle-blower box)
 * and what its mail means by default.
 *
 * @param name the configured name ({@code servicio}, {@code denuncias}); part of every source key
 *     and of the actor {@code correo:<name>} in the history
 * @param defaultType the type of the cases it opens when the subject names none; {@code null}: a
 *     petición, the general form of the right of petition (Ley 1755 de 2015, art. 13)
 * @param agency the agency (sede) its cases belong to, or {@code null}
 */
public record Mailbox(String name, PqrsType defaultType, String agency) {

  public Mailbox {
    Objects.requireNonNull(name, "name");
  }

  /** Who registers what arrives here, for the history: {@code correo:servicio}. */
  public String actor() {
    return "correo:" + name;
  }

  /**
   * Whether every case from this mailbox protects the petitioner's identity: the whistle-blower
   * box, whose default type is the denuncia (seed 002 §4 actividad 2: the identity of whoever
   * reports in good faith is kept confidential).
   */
  public boolean protectsCases() {
    return defaultType == PqrsType.DENUNCIA;
  }
}
