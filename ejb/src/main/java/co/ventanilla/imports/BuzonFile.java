package co.ventanilla.imports;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The file an import starts from, as the ledger keeps it.
 *
 * @param fileName the name it was uploaded or dropped with
 * @param sha256 SHA-256 of its bytes, hexadecimal: the same bytes are the same file whatever its
 *     name
 * @param size its length in bytes
 * @param uploader who uploaded it ({@code api}, {@code carpeta}, later a user name)
 * @param agency the sede for rows whose {@code sede} column is empty; may be {@code null}
 * @param collectionDate when the forms were taken from the box; may be {@code null}. No form can be
 *     dated after it.
 */
public record BuzonFile(
    String fileName,
    String sha256,
    long size,
    String uploader,
    String agency,
    LocalDate collectionDate) {

  public BuzonFile {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(uploader, "uploader");
    agency = agency == null || agency.isBlank() ? null : agency.strip();
  }
}
