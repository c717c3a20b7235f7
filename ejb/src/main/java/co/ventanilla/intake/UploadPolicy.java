package co.ventanilla.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * What files the public channels accept: evidence people actually send (PDF, photos, office
 * documents, text, audio and video of a phone), each checked by its content, not by its name, so a
 * program renamed {@code foto.jpg} is refused. Limits on size and count protect the service.
 */
public final class UploadPolicy {

  private static final Tika TIKA = new Tika();

  /** Media types accepted, as detected from the bytes. */
  public static final Set<String> ACCEPTED =
      Set.of(
          "application/pdf",
          "image/jpeg",
          "image/png",
          "image/gif",
          "image/webp",
          "image/heic",
          "image/heif",
          "text/plain",
          "application/msword",
          "application/vnd.ms-excel",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "application/vnd.oasis.opendocument.text",
          "application/vnd.oasis.opendocument.spreadsheet",
          "audio/mpeg",
          "audio/mp4",
          "audio/ogg",
          "video/mp4",
          "video/quicktime");

  private final long maxFileBytes;
  private final int maxFiles;

  public UploadPolicy(long maxFileBytes, int maxFiles) {
    this.maxFileBytes = maxFileBytes;
    this.maxFiles = maxFiles;
  }

  /** The media type of {@code content}, from its bytes, with the name only as a tie-breaker. */
  public static String detect(byte[] content, String fileName) {
    try {
      return TIKA.detect(new ByteArrayInputStream(content), fileName).toLowerCase(Locale.ROOT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks the files and returns them with their detected media type, or the problems (field {@code
   * adjuntos}) when any is refused.
   */
  public Checked check(List<SubmittedFile> files) {
    List<SubmissionProblem> problems = new ArrayList<>();
    List<SubmittedFile> accepted = new ArrayList<>();
    if (files.size() > maxFiles) {
      problems.add(new SubmissionProblem("adjuntos", "too_many_files", maxFiles));
    }
    for (SubmittedFile f : files) {
      if (f.size() == 0) {
        problems.add(new SubmissionProblem("adjuntos", "empty_file", f.fileName()));
        continue;
      }
      if (f.size() > maxFileBytes) {
        problems.add(new SubmissionProblem("adjuntos", "file_too_large", f.fileName()));
        continue;
      }
      String type = detect(f.content(), f.fileName());
      if (!ACCEPTED.contains(type)) {
        problems.add(new SubmissionProblem("adjuntos", "file_type_refused", f.fileName()));
        continue;
      }
      accepted.add(new SubmittedFile(f.fileName(), type, f.content()));
    }
    return new Checked(accepted, problems);
  }

  /** Files that passed, with their real media type, and the problems of those that did not. */
  public record Checked(List<SubmittedFile> files, List<SubmissionProblem> problems) {}
}
