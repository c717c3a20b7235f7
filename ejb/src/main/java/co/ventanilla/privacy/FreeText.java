package co.ventanilla.privacy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The free texts of a person's cases the officer may mark to be suppressed whole when anonymising
 * (Ley 1581 de 2012, art. 15, supresión). Unmarked texts keep their words and lose only the
 * person's identifiers ({@link Scrubber}). The subject feeds the "asuntos frecuentes" indicator:
 * marking it changes that list.
 */
public enum FreeText {
  ASUNTO,
  DESCRIPCION,
  RESPUESTAS,
  NOTAS,
  CORREOS;

  /** The text named {@code code} ("descripcion"), ignoring case. */
  public static Optional<FreeText> parse(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String key = code.strip().toUpperCase(Locale.ROOT).replace('Ó', 'O');
    return Arrays.stream(values()).filter(f -> f.name().equals(key)).findFirst();
  }
}
