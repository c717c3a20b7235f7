package co.ventanilla.investigations;

import java.io.Serializable;
import java.util.List;

/**
 * The result of recomputing the SHA-256 of every evidence file: how many were verified and which do
 * not match the hash recorded when they were stored.
 */
public record IntegrityReport(int verified, List<Altered> altered) implements Serializable {

  public boolean intact() {
    return altered.isEmpty();
  }

  /** An evidence item whose stored bytes no longer give the recorded hash. */
  public record Altered(
      long evidenceId, int number, String fileName, String expected, String actual)
      implements Serializable {}
}
