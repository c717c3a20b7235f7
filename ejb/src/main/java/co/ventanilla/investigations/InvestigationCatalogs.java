package co.ventanilla.investigations;

import co.ventanilla.staff.RoleCheck;
import co.ventanilla.staff.StaffRole;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;

/**
 * The lists the administrator (or the Dirección SIG) keeps for investigations: the causes of the
 * conclusions (so recurrence can be counted; DOMAIN.md "Measurement and reports": recurrence of
 * causes feeds the ACPM matrix) and the checklist of documents the affected client must provide for
 * each modality (seed 000: siniestro claims depend on "el aporte de documental" of the affected).
 * Nothing is deleted: an entry is deactivated, so past conclusions keep their cause.
 */
@Stateless
public class InvestigationCatalogs {

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  @Inject RoleCheck roles;

  public List<Cause> causes() {
    return em.createNamedQuery(Cause.ALL, Cause.class).getResultList();
  }

  public void addCause(String code, String name) {
    roles.require(StaffRole.ADMIN, StaffRole.SIG);
    String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
    if (!c.matches("[A-Z0-9_]{2,40}")) {
      throw InvestigationRuleViolation.field("codigo", "cause.code_required");
    }
    if (name == null || name.isBlank()) {
      throw InvestigationRuleViolation.field("nombre", "cause.name_required");
    }
    boolean exists = causes().stream().anyMatch(x -> x.code().equals(c));
    if (exists) {
      throw InvestigationRuleViolation.field("codigo", "cause.duplicate", c);
    }
    em.persist(new Cause(c, name.strip()));
  }

  public void setCauseActive(long id, boolean active) {
    roles.require(StaffRole.ADMIN, StaffRole.SIG);
    Cause c = em.find(Cause.class, id);
    if (c != null) {
      c.active(active);
    }
  }

  public List<DocumentTemplate> checklist() {
    return em.createNamedQuery(DocumentTemplate.ALL, DocumentTemplate.class).getResultList();
  }

  public void addDocument(Modality modality, String name) {
    roles.require(StaffRole.ADMIN, StaffRole.SIG);
    if (modality == null) {
      throw InvestigationRuleViolation.field("modalidad", "modality.required");
    }
    if (name == null || name.isBlank()) {
      throw InvestigationRuleViolation.field("nombre", "template.name_required");
    }
    int next =
        checklist().stream()
                .filter(t -> t.modality() == modality)
                .mapToInt(DocumentTemplate::position)
                .max()
                .orElse(0)
            + 1;
    em.persist(new DocumentTemplate(modality, name.strip(), next));
  }

  public void setDocumentActive(long id, boolean active) {
    roles.require(StaffRole.ADMIN, StaffRole.SIG);
    DocumentTemplate t = em.find(DocumentTemplate.class, id);
    if (t != null) {
      t.active(active);
    }
  }
}
