package co.ventanilla.cases.lifecycle;

import co.ventanilla.cases.outbox.JpaOutbox;
import co.ventanilla.cases.persistence.JpaCaseRepository;
import co.ventanilla.cases.persistence.JpaOpenCases;
import co.ventanilla.organization.persistence.JpaOrganizationRepository;
import co.ventanilla.terms.TermPolicy;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/** {@link CaseWorkflowService} outside the container, for integration tests of other rooms. */
public final class StandaloneWorkflow {

  private StandaloneWorkflow() {}

  public static CaseWorkflowService on(
      EntityManager em, TermPolicy terms, Clock clock, AnswerEnclosures... enclosures) {
    CaseWorkflowService service = new CaseWorkflowService();
    service.cases = new JpaCaseRepository(em);
    service.openCases = new JpaOpenCases(em);
    service.organization = new JpaOrganizationRepository(em);
    service.outbox = new JpaOutbox(em);
    service.terms = terms;
    service.clock = clock;
    service.standaloneEnclosures = java.util.List.of(enclosures);
    return service;
  }
}
