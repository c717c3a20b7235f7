package co.ventanilla.integration.buzon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * What one pass over a file's bytes tells: its SHA-256 and size, its character set, and whether it
 * is text at all.
 *
 * <p>Character set: a file that is valid UTF-8 (with or without byte-order mark; plain ASCII is
 * valid UTF-8) is read as UTF-8; any other as windows-1252, which is what Excel writes for "CSV
 * (delimitado por comas)" on a Spanish Windows. A valid UTF-8 file is almost never meant as
 * windows-1252: "Ñ" in windows-1252 is the byte D1, which is not valid UTF-8 on its own. A UTF-16
 * byte-order mark (Excel's "Texto Unicode") is honoured too.
 *
 * @param bomLength bytes of byte-order mark to skip before decoding (UTF-8: 3; UTF-16: 0, its
 *     decoder reads the mark)
 * @param notText {@code null} for text; otherwise the bundle key of what it looks like instead
 */
record FileFacts(String sha256, long size, Charset charset, int bomLength, String notText) {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final int SNIFF = 8192;

  static FileFacts of(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    byte[] buffer = new byte[64 * 1024];
    ByteBuffer pending = ByteBuffer.allocate(buffer.length + 8);
    CharBuffer chars = CharBuffer.allocate(buffer.length);
    byte[] head = new byte[SNIFF];
    int headLength = 0;
    long size = 0;
    boolean validUtf8 = true;
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        digest.update(buffer, 0, n);
        if (headLength < SNIFF) {
          int copy = Math.min(n, SNIFF - headLength);
          System.arraycopy(buffer, 0, head, headLength, copy);
          headLength += copy;
        }
        size += n;
        if (validUtf8) {
          pending.put(buffer, 0, n).flip();
          CoderResult result;
          do {
            result = utf8.decode(pending, chars.clear(), false);
          } while (result.isOverflow());
          validUtf8 = !result.isError();
          pending.compact(); // at most the 3 bytes of a character cut by the buffer
        }
      }
    }
    if (validUtf8) {
      pending.flip();
      validUtf8 =
          !utf8.decode(pending, chars.clear(), true).isError()
              && !utf8.flush(chars.clear()).isError();
    }
    byte[] start = Arrays.copyOf(head, headLength);
    String sha256 = HexFormat.of().formatHex(digest.digest());
    if (startsWith(start, 0xFF, 0xFE) || startsWith(start, 0xFE, 0xFF)) {
      return new FileFacts(sha256, size, StandardCharsets.UTF_16, 0, null);
    }
    boolean bom = startsWith(start, 0xEF, 0xBB, 0xBF);
    return new FileFacts(
        sha256,
        size,
        validUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252,
        validUtf8 && bom ? 3 : 0,
        notText(start));
  }

  /**
   * @throws UnreadableFileException when the file is empty or not text
   */
  void requireText() {
    if (size == bomLength) {
      throw new UnreadableFileException("file.empty");
    }
    if (notText != null) {
      throw new UnreadableFileException("file.not_text", new UnreadableFileException.Text(notText));
    }
  }

  private static String notText(byte[] start) {
    if (startsWith(start, 'P', 'K', 3, 4) || startsWith(start, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "file.excel";
    }
    if (startsWith(start, '%', 'P', 'D', 'F')) {
      return "file.pdf";
    }
    for (byte b : start) {
      if (b == 0) {
        return "file.binary";
      }
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
