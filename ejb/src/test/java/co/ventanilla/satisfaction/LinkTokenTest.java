package co.ventanilla.satisfaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class LinkTokenTest {

  private static final byte[] KEY = "clave-de-prueba".getBytes(StandardCharsets.UTF_8);

  @Test
  void aSignedTokenVerifiesWithItsIdAndLastDay() {
    LinkToken token = new LinkToken(LinkToken.Purpose.RATING, 4711, LocalDate.of(2026, 12, 31));
    String text = token.sign(KEY);
    assertEquals(token, LinkToken.verify(text, KEY, LinkToken.Purpose.RATING).orElseThrow());
    assertFalse(text.contains("4711"), "the id is not readable as such in the link: " + text);
  }

  @Test
  void anyChangedCharacterAnotherKeyOrAnotherPurposeIsRefused() {
    String text = new LinkToken(LinkToken.Purpose.RATING, 12, LocalDate.of(2026, 12, 31)).sign(KEY);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String changed = text.substring(0, i) + (c == 'A' ? 'B' : 'A') + text.substring(i + 1);
      assertTrue(
          LinkToken.verify(changed, KEY, LinkToken.Purpose.RATING).isEmpty(), "position " + i);
    }
    assertTrue(LinkToken.verify(text, "otra".getBytes(), LinkToken.Purpose.RATING).isEmpty());
    assertTrue(LinkToken.verify(text, KEY, LinkToken.Purpose.SURVEY).isEmpty());
    assertTrue(LinkToken.verify("", KEY, LinkToken.Purpose.RATING).isEmpty());
    assertTrue(LinkToken.verify(null, KEY, LinkToken.Purpose.RATING).isEmpty());
    assertTrue(LinkToken.verify("a.b.c", KEY, LinkToken.Purpose.RATING).isEmpty());
  }

  @Test
  void aLaterLastDayWrittenIntoThePayloadBreaksTheSignature() {
    String text = new LinkToken(LinkToken.Purpose.RATING, 12, LocalDate.of(2026, 1, 1)).sign(KEY);
    String signature = text.substring(text.indexOf('.') + 1);
    String forged =
        Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    ("c.12." + LocalDate.of(2030, 1, 1).toEpochDay())
                        .getBytes(StandardCharsets.US_ASCII))
            + "."
            + signature;
    assertTrue(LinkToken.verify(forged, KEY, LinkToken.Purpose.RATING).isEmpty());
  }
}
