package co.ventanilla.cases.lifecycle;

import co.ventanilla.cases.CaseFilter;
import co.ventanilla.cases.CaseRepository;
import co.ventanilla.cases.CaseSort;
import co.ventanilla.cases.CaseSummary;
import co.ventanilla.cases.CaseVisibility;
import co.ventanilla.cases.InboxCount;
import co.ventanilla.cases.OpenCases;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.outbox.Outbox;
import co.ventanilla.cases.outbox.OutboxMessage;
import co.ventanilla.organization.Area;
import co.ventanilla.organization.EscalationLevel;
import co.ventanilla.organization.OrganizationRepository;
import co.ventanilla.terms.TermPolicy;
import co.ventanilla.terms.TermPreset;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link CaseWorkflowService} on in-memory repositories, for fast tests of what the service adds to
 * the aggregate: loading by radicado, the mails, the timer's selection.
 */
final class InMemoryWorkflow implements CaseRepository, OpenCases, Outbox, OrganizationRepository {

  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

  final Map<String, PqrsCase> cases = new LinkedHashMap<>();
  final List<OutboxMessage> mails = new ArrayList<>();
  final Map<String, Area> areas = new LinkedHashMap<>();
  final Map<Integer, EscalationLevel> levels = new LinkedHashMap<>();
  final CaseWorkflowService service = new CaseWorkflowService();

  InMemoryWorkflow(TermPreset preset) {
    levels.put(1, new EscalationLevel(1, "Atención al cliente", "servicioalcliente@example.co"));
    levels.put(2, new EscalationLevel(2, "Coordinador de área", null));
    levels.put(3, new EscalationLevel(3, "Gerencia de operaciones", null));
    levels.put(4, new EscalationLevel(4, "Gerencia general", "gerencia@example.co"));
    service.cases = this;
    service.openCases = this;
    service.outbox = this;
    service.organization = this;
    service.terms = new TermPolicy(preset, Cases.CALENDAR);
    at(Cases.RECEIVED);
  }

  /** The service's clock shows {@code now} (Colombian time) from here on. */
  InMemoryWorkflow at(LocalDateTime now) {
    service.clock = Clock.fixed(now.atZone(BOGOTA).toInstant(), BOGOTA);
    return this;
  }

  PqrsCase add(PqrsCase c) {
    cases.put(c.radicado(), c);
    return c;
  }

  @Override
  public void store(PqrsCase pqrsCase) {
    cases.put(pqrsCase.radicado(), pqrsCase);
  }

  @Override
  public Optional<PqrsCase> findByRadicado(String radicado) {
    return Optional.ofNullable(cases.get(radicado));
  }

  @Override
  public InboxCount count(
      CaseFilter filter, CaseVisibility visibility, LocalDate today, boolean withPetitioner) {
    throw new UnsupportedOperationException();
  }

  @Override
  public java.util.Map<String, Long> countBy(
      CaseFilter filter,
      CaseVisibility visibility,
      LocalDate today,
      co.ventanilla.cases.CaseDimension dimension) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<CaseSummary> page(
      CaseFilter filter,
      CaseVisibility visibility,
      LocalDate today,
      boolean withPetitioner,
      CaseSort sort,
      int first,
      int size,
      InboxCount known) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<PqrsCase> escalationCandidates(double share) {
    return cases.values().stream()
        .filter(c -> PqrsCase.TERM_RUNS.contains(c.state()) && !c.awaitingInformation())
        .toList();
  }

  @Override
  public void enqueue(OutboxMessage message) {
    mails.add(message);
  }

  @Override
  public List<OutboxMessage> pending(int max) {
    return mails.stream().filter(m -> m.recipient() != null).limit(max).toList();
  }

  @Override
  public List<OutboxMessage> forCase(String radicado) {
    return mails.stream().filter(m -> radicado.equals(m.radicado())).toList();
  }

  @Override
  public void store(Area area) {
    areas.put(area.name(), area);
  }

  @Override
  public Optional<Area> findArea(String name) {
    return Optional.ofNullable(areas.get(name));
  }

  @Override
  public List<Area> areas() {
    return List.copyOf(areas.values());
  }

  @Override
  public Optional<EscalationLevel> escalationLevel(int level) {
    return Optional.ofNullable(levels.get(level));
  }
}
