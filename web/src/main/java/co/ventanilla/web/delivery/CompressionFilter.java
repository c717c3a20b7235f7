package co.ventanilla.web.delivery;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Compresses text answers (pages, style sheets, scripts, JSON, XML, SVG) with gzip for browsers
 * that accept it: the public pages' HTML, CSS and JavaScript shrink to about a quarter, which is
 * what a citizen on a slow mobile connection waits for. Binary answers (PDF, images, fonts,
 * spreadsheets, attachments) pass untouched: they are compressed already or must keep their exact
 * length for downloads.
 *
 * <p>The decision is taken at the first byte written, when status and content type are known; an
 * answer that writes nothing (a redirect, {@code 304}, {@code HEAD}) or is smaller than {@value
 * #MIN_LENGTH} bytes by its declared length goes out as it is. A portable servlet filter rather
 * than Payara's listener setting, so it ships with the product and works on every server.
 */
@WebFilter(filterName = "CompressionFilter", urlPatterns = "/*")
public class CompressionFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Below this declared length compressing costs more than it saves. */
  static final int MIN_LENGTH = 860;

  private static final Set<String> TEXT_TYPES =
      Set.of(
          "application/javascript",
          "text/javascript",
          "application/json",
          "application/problem+json",
          "application/xml",
          "text/xml",
          "image/svg+xml",
          "text/html",
          "text/css",
          "text/plain",
          "text/csv",
          "application/xhtml+xml");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!acceptsGzip(request.getHeader("Accept-Encoding"))
        || "HEAD".equals(request.getMethod())
        || request.getHeader("Range") != null) {
      chain.doFilter(request, response);
      return;
    }
    GzipResponse wrapped = new GzipResponse(response);
    try {
      chain.doFilter(request, wrapped);
    } finally {
      wrapped.finish();
    }
  }

  /** Whether {@code Accept-Encoding} lists gzip with a quality above zero. */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String part : acceptEncoding.split(",")) {
      String[] pieces = part.strip().split(";");
      String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
      if (coding.equals("gzip") || coding.equals("*")) {
        for (int i = 1; i < pieces.length; i++) {
          String p = pieces[i].strip().toLowerCase(Locale.ROOT).replace(" ", "");
          if (p.equals("q=0") || p.matches("q=0\\.0*")) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** Whether an answer of this content type is text worth compressing. */
  static boolean compressible(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return TEXT_TYPES.contains(type);
  }

  /** The response whose body is gzip-compressed once its first byte shows it is text. */
  static final class GzipResponse extends HttpServletResponseWrapper {

    private final HttpServletResponse original;
    private long declaredLength = -1;
    private Boolean compressing;
    private GZIPOutputStream gzip;
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean finished;

    GzipResponse(HttpServletResponse response) {
      super(response);
      this.original = response;
    }

    /** Takes the decision once, at the first byte: compress, or let the answer through. */
    private void decide() throws IOException {
      if (compressing != null) {
        return;
      }
      int status = getStatus();
      boolean compress =
          status >= 200
              && status != HttpServletResponse.SC_NO_CONTENT
              && status != HttpServletResponse.SC_PARTIAL_CONTENT
              && status != HttpServletResponse.SC_NOT_MODIFIED
              && !original.containsHeader("Content-Encoding")
              && (declaredLength < 0 || declaredLength >= MIN_LENGTH)
              && compressible(getContentType());
      compressing = compress;
      if (compress) {
        original.setHeader("Content-Encoding", "gzip");
        original.addHeader("Vary", "Accept-Encoding");
        gzip = new GZIPOutputStream(original.getOutputStream(), 8192, true);
      } else if (declaredLength >= 0) {
        original.setContentLengthLong(declaredLength);
      }
    }

    /** Completes the gzip stream (or passes on the declared length of an empty answer). */
    void finish() throws IOException {
      if (finished) {
        return;
      }
      finished = true;
      if (writer != null) {
        writer.flush();
      }
      if (compressing == null) {
        if (declaredLength >= 0 && !original.isCommitted()) {
          original.setContentLengthLong(declaredLength);
        }
      } else if (compressing) {
        gzip.finish();
      }
    }

    @Override
    public void setContentLength(int length) {
      setContentLengthLong(length);
    }

    @Override
    public void setContentLengthLong(long length) {
      if (compressing == null) {
        declaredLength = length;
      } else if (!compressing) {
        original.setContentLengthLong(length);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if ("Content-Length".equalsIgnoreCase(name)) {
        setContentLengthLong(parse(value));
      } else {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if ("Content-Length".equalsIgnoreCase(name)) {
        setContentLengthLong(parse(value));
      } else {
        super.addHeader(name, value);
      }
    }

    private static long parse(String value) {
      try {
        return Long.parseLong(value.strip());
      } catch (RuntimeException e) {
        return -1;
      }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (writer != null) {
        throw new IllegalStateException("getWriter() has already been called");
      }
      if (stream == null) {
        stream = new Stream();
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (stream != null) {
        throw new IllegalStateException("getOutputStream() has already been called");
      }
      if (writer == null) {
        String encoding = getCharacterEncoding();
        Charset charset =
            encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
        // Setting the content type later must not change the charset of a writer already taken.
        super.setCharacterEncoding(charset.name());
        writer = new PrintWriter(new OutputStreamWriter(new Stream(), charset), false);
      }
      return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
      if (writer != null) {
        writer.flush();
      }
      if (compressing != null && compressing) {
        gzip.flush();
      }
      super.flushBuffer();
    }

    /** Headers are gone too: the decision is taken again at the next first byte. */
    @Override
    public void reset() {
      super.reset();
      compressing = null;
      gzip = null;
      declaredLength = -1;
    }

    /** The headers stay: a compressed answer starts a fresh gzip stream on the emptied buffer. */
    @Override
    public void resetBuffer() {
      super.resetBuffer();
      if (compressing != null && compressing) {
        try {
          gzip = new GZIPOutputStream(original.getOutputStream(), 8192, true);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    }

    /** The body stream: decides at the first byte, then writes to gzip or straight through. */
    private final class Stream extends ServletOutputStream {

      private OutputStream target() throws IOException {
        decide();
        return compressing ? gzip : original.getOutputStream();
      }

      @Override
      public void write(int b) throws IOException {
        target().write(b);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        if (length > 0) {
          target().write(bytes, offset, length);
        }
      }

      @Override
      public void flush() throws IOException {
        if (compressing != null) {
          target().flush();
        }
      }

      @Override
      public void close() throws IOException {
        finish();
        original.getOutputStream().close();
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setWriteListener(WriteListener listener) {
        throw new UnsupportedOperationException("asynchronous writes are not compressed");
      }
    }
  }
}
