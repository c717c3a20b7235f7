package co.ventanilla.intake;

import java.util.Objects;

/**
 * A file that came with a submission (a mail attachment, a photo uploaded on the form). The media
 * type is what the channel determined from the content, not only from the name.
 */
public record SubmittedFile(String fileName, String mediaType, byte[] content) {

  public SubmittedFile {
    Objects.requireNonNull(content, "content");
    fileName = fileName == null || fileName.isBlank() ? "adjunto" : fileName.strip();
    mediaType = mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType;
  }

  public long size() {
    return content.length;
  }
}
