package co.ventanilla.web.investigations;

import co.ventanilla.investigations.Cause;
import co.ventanilla.investigations.DocumentTemplate;
import co.ventanilla.investigations.InvestigationCatalogs;
import co.ventanilla.investigations.Modality;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The administrator's lists for investigations ({@code admin/investigaciones.xhtml}): causes and
 * the checklist of documents by modality.
 */
@Named
@ViewScoped
public class InvestigationCatalogsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject InvestigationCatalogs catalogs;

  private String code;
  private String name;
  private Modality modality;
  private String document;

  public List<Cause> getCauses() {
    return catalogs.causes();
  }

  public List<DocumentTemplate> getChecklist() {
    return catalogs.checklist();
  }

  public void addCause() {
    if (Actions.run("inv.done.cause", () -> catalogs.addCause(code, name))) {
      code = null;
      name = null;
    }
  }

  public void toggleCause(Cause c) {
    Actions.run("inv.done.saved", () -> catalogs.setCauseActive(c.id(), !c.active()));
  }

  public void addDocument() {
    if (Actions.run("inv.done.template", () -> catalogs.addDocument(modality, document))) {
      document = null;
    }
  }

  public void toggleDocument(DocumentTemplate t) {
    Actions.run("inv.done.saved", () -> catalogs.setDocumentActive(t.id(), !t.active()));
  }

  public Modality[] getModalities() {
    return Modality.values();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String v) {
    code = v;
  }

  public String getName() {
    return name;
  }

  public void setName(String v) {
    name = v;
  }

  public Modality getModality() {
    return modality;
  }

  public void setModality(Modality v) {
    modality = v;
  }

  public String getDocument() {
    return document;
  }

  public void setDocument(String v) {
    document = v;
  }
}
