package co.ventanilla.mail;

import java.util.Objects;

/** A file to attach to a mail, read from the database just before it is sent. */
public record MailAttachment(String fileName, String mediaType, byte[] bytes) {

  public MailAttachment {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(bytes, "bytes");
  }
}
