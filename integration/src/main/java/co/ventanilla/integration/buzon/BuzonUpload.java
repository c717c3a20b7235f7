package co.ventanilla.integration.buzon;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A file handed in for import and what came with it.
 *
 * @param fileName its name as uploaded or dropped
 * @param uploader who hands it in ({@code api}, {@code carpeta}; a user name once there is login)
 * @param agency the sede for rows that leave {@code sede} empty; may be {@code null}
 * @param collectionDate when the box was emptied; may be {@code null}
 */
public record BuzonUpload(
    String fileName, String uploader, String agency, LocalDate collectionDate) {

  public BuzonUpload {
    fileName = fileName == null || fileName.isBlank() ? "buzon.csv" : fileName.strip();
    Objects.requireNonNull(uploader, "uploader");
    agency = agency == null || agency.isBlank() ? null : agency.strip();
  }
}
