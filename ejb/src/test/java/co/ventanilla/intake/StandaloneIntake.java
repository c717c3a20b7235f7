package co.ventanilla.intake;

import co.ventanilla.calendar.BusinessCalendar;
import co.ventanilla.cases.persistence.JpaCaseRepository;
import co.ventanilla.cases.persistence.RadicadoCounter;
import co.ventanilla.terms.TermPolicy;
import co.ventanilla.terms.TermPresets;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Optional;

/**
 * The real {@link IntakeService}, wired by hand instead of by CDI: its repository and radicado
 * counter work on the given entity manager, so {@link IntakeService#register} runs inside the
 * caller's (resource-local) transaction exactly as it runs inside the container's. Terms are the
 * default configuration's: preset {@code ley-1755}, Colombian holidays, Saturday not a business
 * day.
 */
public final class StandaloneIntake {

  private StandaloneIntake() {}

  /**
   * @param prefix the radicado prefix ({@code ventanilla.radicado.prefix}); {@code null} for none
   */
  public static IntakeService on(EntityManager em, Clock clock, String prefix) {
    IntakeService service = new IntakeService();
    service.cases = new JpaCaseRepository(em);
    service.radicados = new RadicadoCounter(em);
    service.clock = clock;
    service.terms = new TermPolicy(TermPresets.LEY_1755, BusinessCalendar.colombia());
    service.records = new co.ventanilla.intake.IntakeRecords(em);
    service.contents = new co.ventanilla.attachments.ContentStore(em);
    service.outbox = new co.ventanilla.cases.outbox.JpaOutbox(em);
    service.staff = new co.ventanilla.staff.StaffRoster(em);
    service.agencies = new co.ventanilla.organization.AgencyDirectory(em);
    service.publicUrl = Optional.of("https://pqrs.example.co/");
    service.radicadoPrefix = Optional.ofNullable(prefix).filter(p -> !p.isEmpty());
    return service;
  }
}
