package co.ventanilla.web.intake;

import co.ventanilla.intake.SubmittedFile;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The files of a form's file input, read as submitted (checked later by their content). */
public final class Uploads {

  private Uploads() {}

  /** The parts that carry a file; an empty input (no file chosen) gives none. */
  public static List<SubmittedFile> read(List<Part> parts) {
    List<SubmittedFile> read = new ArrayList<>();
    for (Part part : parts == null ? List.<Part>of() : parts) {
      if (part == null || part.getSize() == 0 && part.getSubmittedFileName() == null) {
        continue;
      }
      try (InputStream in = part.getInputStream()) {
        read.add(
            new SubmittedFile(
                part.getSubmittedFileName(), part.getContentType(), in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return read;
  }
}
