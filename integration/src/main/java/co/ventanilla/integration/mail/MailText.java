package co.ventanilla.integration.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text out of mail as people's mailers really write it:
 *
 * <ul>
 *   <li>Headers: encoded words (RFC 2047: {@code =?ISO-8859-1?Q?Atenci=F3n?=}) decoded; raw 8-bit
 *       bytes (not allowed by RFC 5322, sent anyway) read as UTF-8 when they are valid UTF-8 (RFC
 *       6532), else as windows-1252.
 *   <li>Bodies: in the declared charset; {@code ISO-8859-1} and {@code US-ASCII} read as
 *       windows-1252, their superset, as browsers do (WHATWG Encoding Standard), because Outlook
 *       labels windows-1252 text (curly quotes, €) as ISO-8859-1; no or unknown charset: UTF-8 when
 *       valid, else windows-1252.
 *   <li>HTML: reduced to plain text with jsoup (no markup, scripts or styles survive), keeping
 *       paragraphs and line breaks.
 * </ul>
 */
final class MailText {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "br",
          "li",
          "tr",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "pre",
          "table",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "hr",
          "section",
          "article",
          "header",
          "footer",
          "address");

  private MailText() {}

  /** The first value of header {@code name}, unfolded and decoded; {@code null} when absent. */
  static String header(Part part, String name) {
    try {
      String[] values = part.getHeader(name);
      if (values == null || values.length == 0 || values[0] == null) {
        return null;
      }
      String decoded = decodeWords(unfold(values[0])).strip();
      return decoded.isEmpty() ? null : decoded;
    } catch (MessagingException e) {
      return null;
    }
  }

  /** A raw header value as unicode text: 8-bit bytes repaired, then RFC 2047 words decoded. */
  static String decodeWords(String raw) {
    String text = eightBit(raw);
    if (!text.contains("=?")) {
      return text;
    }
    try {
      return MimeUtility.decodeText(text);
    } catch (IOException | RuntimeException e) {
      return text; // a malformed encoded word stays as written: better than losing the header
    }
  }

  static String unfold(String value) {
    return value.replaceAll("\r?\n[ \t]", " ").replaceAll("[\r\n]", "");
  }

  /**
   * Jakarta Mail reads header bytes one char per byte (ISO-8859-1). When such a string holds 8-bit
   * bytes, they are decoded again: as UTF-8 when they form valid UTF-8, else as windows-1252.
   */
  static String eightBit(String s) {
    boolean high = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 0xFF) {
        return s; // already unicode
      }
      high |= c >= 0x80;
    }
    if (!high) {
      return s;
    }
    byte[] bytes = s.getBytes(StandardCharsets.ISO_8859_1);
    return strictUtf8(bytes).orElseGet(() -> new String(bytes, WINDOWS_1252));
  }

  /** Bytes of a text part as text, in the charset it declares (see the class comment). */
  static String decode(byte[] bytes, String declaredCharset) {
    Charset charset = charset(declaredCharset);
    if (charset == null
        || charset.equals(StandardCharsets.US_ASCII)
        || charset.equals(StandardCharsets.UTF_8)) {
      // Undeclared, ASCII that is not, and UTF-8 that is not: the common ways mailers get it
      // wrong; strict UTF-8 first, windows-1252 when that fails.
      return stripBom(strictUtf8(bytes).orElseGet(() -> new String(bytes, WINDOWS_1252)));
    }
    if (charset.equals(StandardCharsets.ISO_8859_1)) {
      charset = WINDOWS_1252;
    }
    return stripBom(new String(bytes, charset));
  }

  /** The charset parameter of a part's Content-Type, or {@code null}. */
  static String charsetOf(Part part) {
    try {
      String contentType = part.getContentType();
      return contentType == null ? null : new ContentType(contentType).getParameter("charset");
    } catch (MessagingException e) {
      return null;
    }
  }

  /**
   * HTML as plain text: what a reader sees, one paragraph per block, without markup, scripts,
   * styles or comments. With no declared charset, jsoup reads the document's own {@code <meta
   * charset>} (or UTF-8).
   */
  static String htmlToText(byte[] bytes, String declaredCharset) {
    Document doc;
    Charset charset = charset(declaredCharset);
    if (charset == null) {
      try {
        doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
      } catch (IOException e) {
        doc = Jsoup.parse(decode(bytes, null));
      }
    } else {
      doc = Jsoup.parse(decode(bytes, declaredCharset));
    }
    doc.select("script, style, head, noscript, template, title").remove();
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              Node parent = text.parent();
              boolean pre = parent instanceof Element e && "pre".equals(e.normalName());
              String s = pre ? text.getWholeText() : text.text();
              if (!s.isBlank() || (out.length() > 0 && out.charAt(out.length() - 1) != '\n')) {
                out.append(s);
              }
            } else if (node instanceof Element e) {
              if ("br".equals(e.normalName())) {
                out.append('\n');
              } else if (BLOCKS.contains(e.normalName())) {
                newLine(out);
                if ("li".equals(e.normalName())) {
                  out.append("- ");
                }
              } else if ("td".equals(e.normalName()) || "th".equals(e.normalName())) {
                out.append(' ');
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e
                && BLOCKS.contains(e.normalName())
                && !"br".equals(e.normalName())) {
              newLine(out);
            }
          }
        },
        doc.body() == null ? doc : doc.body());
    return tidy(out.toString());
  }

  /** Trailing spaces off every line, at most one empty line in a row, no blank start or end. */
  static String tidy(String text) {
    String normalized =
        text.replace("\r\n", "\n")
            .replace('\r', '\n')
            .replace('\u00A0', ' ')
            .replaceAll("[ \t]+\n", "\n")
            .replaceAll("\n{3,}", "\n\n");
    return normalized.strip();
  }

  private static void newLine(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }

  private static Charset charset(String label) {
    if (label == null || label.isBlank()) {
      return null;
    }
    try {
      String name = MimeUtility.javaCharset(label.strip().replace("\"", ""));
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static java.util.Optional<String> strictUtf8(byte[] bytes) {
    try {
      return java.util.Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return java.util.Optional.empty();
    }
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /**
   * Lower-case base type of a part: {@code text/plain} when it declares none (RFC 2045 §5.2),
   * {@code application/octet-stream} when its Content-Type cannot be read.
   */
  static String baseType(Part part) {
    try {
      String contentType = part.getContentType();
      return contentType == null
          ? "text/plain"
          : new ContentType(contentType).getBaseType().toLowerCase(Locale.ROOT);
    } catch (MessagingException e) {
      return "application/octet-stream";
    }
  }
}
