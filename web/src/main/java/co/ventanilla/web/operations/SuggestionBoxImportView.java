package co.ventanilla.web.operations;

import co.ventanilla.imports.BuzonImportService;
import co.ventanilla.imports.BuzonImportSummary;
import co.ventanilla.imports.DuplicateImportException;
import co.ventanilla.integration.buzon.BuzonCsvImporter;
import co.ventanilla.integration.buzon.BuzonImportResult;
import co.ventanilla.integration.buzon.BuzonUpload;
import co.ventanilla.integration.buzon.UnreadableFileException;
import co.ventanilla.staff.CurrentStaff;
import co.ventanilla.web.i18n.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The suggestion-box import ({@code buzon.xhtml}): upload a CSV of the paper form GO-RG-04, see
 * what became of each row at once, and page through the imports made before, newest first. The
 * rules are the importer's ({@link BuzonCsvImporter}); this screen only hands the file over and
 * shows the answer. The uploader recorded is the logged-in member of staff.
 */
@Named
@ViewScoped
public class SuggestionBoxImportView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject BuzonCsvImporter importer;
  @Inject BuzonImportService imports;
  @Inject CurrentStaff staff;

  private String agency;
  private LocalDate collectionDate;
  private BuzonImportResult result;
  private final LazyDataModel<BuzonImportSummary> history = new ImportPage();

  /** Imports the uploaded file; a repeated or unreadable file is told in a message. */
  public void upload(FileUploadEvent event) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    result = null;
    try (InputStream content = event.getFile().getInputStream()) {
      result =
          importer.importStream(
              content,
              new BuzonUpload(
                  event.getFile().getFileName(), staff.get().userName(), agency, collectionDate));
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              Texts.of(faces, "ops").format("ops.buzon.imported", result.summary().fileName()),
              null));
    } catch (DuplicateImportException e) {
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_WARN, e.message(Texts.of(faces).locale()), null));
    } catch (UnreadableFileException e) {
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(Texts.of(faces).locale()), null));
    }
  }

  public BuzonImportResult getResult() {
    return result;
  }

  public LazyDataModel<BuzonImportSummary> getHistory() {
    return history;
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency;
  }

  public LocalDate getCollectionDate() {
    return collectionDate;
  }

  public void setCollectionDate(LocalDate collectionDate) {
    this.collectionDate = collectionDate;
  }

  /** The latest day a box can have been emptied: today. */
  public LocalDate getToday() {
    return LocalDate.now();
  }

  private class ImportPage extends LazyDataModel<BuzonImportSummary> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, imports.count());
    }

    @Override
    public List<BuzonImportSummary> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return imports.page(first, pageSize);
    }

    @Override
    public String getRowKey(BuzonImportSummary row) {
      return String.valueOf(row.id());
    }

    @Override
    public BuzonImportSummary getRowData(String rowKey) {
      return getWrappedData().stream()
          .filter(i -> String.valueOf(i.id()).equals(rowKey))
          .findFirst()
          .orElse(null);
    }
  }
}
