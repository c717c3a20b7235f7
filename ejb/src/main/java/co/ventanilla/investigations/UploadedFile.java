package co.ventanilla.investigations;

import java.nio.file.Path;

/**
 * A file a member uploads, already spooled to a temporary file by whoever received it (the web
 * layer streams the request there), so the service never holds it whole in memory.
 */
public record UploadedFile(String fileName, Path path) {

  public UploadedFile {
    fileName = fileName == null || fileName.isBlank() ? "archivo" : fileName.strip();
    if (fileName.length() > 255) {
      fileName = fileName.substring(fileName.length() - 255);
    }
  }
}
