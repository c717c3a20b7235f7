package co.ventanilla.intake;

import java.util.Objects;

/**
 * The submission exactly as the channel received it (the MIME source of a mail, the CSV row, the
 * JSON of a form post), kept with the case as evidence (DOMAIN.md: "the original kept").
 */
public record Original(String mediaType, byte[] content) {

  public Original {
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(content, "content");
  }

  public static Original text(String mediaType, String text) {
    return new Original(mediaType, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
