package co.ventanilla.investigations;

import co.ventanilla.attachments.CaseAttachment;
import co.ventanilla.cases.lifecycle.AnswerEnclosures;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The final report of a closed investigation, in its version for the petitioner (without the
 * committee's internal sections), goes with the case's answer (DOMAIN.md "Investigations": "a final
 * report (PDF) that becomes part of the answer"; RESERVIS, instructivo de investigaciones por
 * siniestros: the client is told the committee's decision on the claim). An open investigation
 * sends nothing: the answer then goes without it.
 */
@Stateless
public class FinalReportEnclosure implements AnswerEnclosures {

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  public FinalReportEnclosure() {}

  public FinalReportEnclosure(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<Enclosure> forAnswer(long caseId, String radicado) {
    return em.createNamedQuery(Investigation.BY_RADICADO, Investigation.class)
        .setParameter("radicado", radicado)
        .getResultStream()
        .filter(i -> i.status() == InvestigationStatus.CERRADA && i.reportAttachmentId() != null)
        .map(i -> em.find(CaseAttachment.class, i.reportAttachmentId()))
        .filter(a -> a != null && a.caseId() == caseId)
        .map(a -> new Enclosure(a.fileName(), a.content().mediaType(), a.content().id()))
        .toList();
  }
}
