package co.ventanilla.web.investigations;

import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.investigations.InvestigationRuleViolation;
import co.ventanilla.investigations.UploadedFile;
import co.ventanilla.web.i18n.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * How the investigation screens run an action: a refusal by the rules (or bad input) is said in
 * Spanish next to the form and nothing changes; a refusal of access goes on to the 403 page (and
 * the journal); success says so in the growl.
 */
final class Actions {

  /** An action that may need an uploaded file. */
  interface Work {
    void run() throws IOException;
  }

  private Actions() {}

  /** Runs {@code work}; on success shows {@code doneKey} of the bundle {@code inv}. */
  static boolean run(String doneKey, Work work) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Texts texts = Texts.of(faces, "inv");
    try {
      work.run();
    } catch (InvestigationRuleViolation e) {
      return refused(faces, e.message(texts.locale()));
    } catch (CaseRuleViolation e) {
      return refused(faces, e.message(texts.locale()));
    } catch (IOException | UncheckedIOException e) {
      return refused(faces, texts.get("inv.uploadFailed"));
    }
    faces.addMessage(
        "done", new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get(doneKey), null));
    return true;
  }

  private static boolean refused(FacesContext faces, String message) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    faces.validationFailed();
    return false;
  }

  /**
   * After a full-page submit (uploads), back to the investigation's address with its id (post,
   * redirect, get), keeping the messages for the next page; null (stay) when {@code ok} is false.
   */
  static String back(boolean ok, long id) {
    if (!ok) {
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/investigaciones/investigacion?faces-redirect=true&id=" + id;
  }

  /**
   * Spools a PrimeFaces upload to a temporary file (streamed, never whole in memory) and hands it
   * to {@code use}; the file is deleted afterwards. No upload: {@code use} gets null.
   */
  static void withFile(org.primefaces.model.file.UploadedFile upload, FileUse use)
      throws IOException {
    if (upload == null || upload.getSize() == 0) {
      use.accept(null);
      return;
    }
    Path spool = Files.createTempFile("investigacion-", ".upload");
    try {
      try (InputStream in = upload.getInputStream()) {
        Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
      }
      use.accept(new UploadedFile(upload.getFileName(), spool));
    } finally {
      Files.deleteIfExists(spool);
    }
  }

  /** What to do with an uploaded file. */
  interface FileUse {
    void accept(UploadedFile file) throws IOException;
  }
}
