package co.ventanilla.privacy;

import co.ventanilla.cases.PqrsType;
import co.ventanilla.cases.outbox.Outbox;
import co.ventanilla.cases.outbox.OutboxMessage;
import co.ventanilla.config.ConfigKeys;
import co.ventanilla.staff.RoleCheck;
import co.ventanilla.staff.StaffRole;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The retention run (Decreto 1377 de 2013, art. 11: personal data kept only "durante el tiempo que
 * sea razonable y necesario"; {@link RetentionPolicy}): once a month the timer claims the month in
 * the ledger ({@code privacy_retention_run}, {@code INSERT IGNORE}: exactly once, whatever the
 * nodes and restarts) and writes the dry-run list of the closed cases whose period has ended and
 * whose petitioner still has personal data. Nothing is changed until the data-protection officer
 * approves the list; then each case is anonymised on its own ({@link
 * PersonalDataService#anonymiseCases}), except one that an investigation or a legal hold now keeps,
 * which is reported as skipped with the reason.
 */
@Stateless
public class RetentionService {

  private static final Logger LOG = Logger.getLogger(RetentionService.class.getName());

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  @Inject Clock clock;
  @Inject RoleCheck roles;
  @Inject RetentionPolicy retention;
  @Inject PersonalDataService data;
  @Inject Outbox outbox;

  /** Base of the link in the officer's mail, e.g. {@code https://pqrs.empresa.co/}. */
  @Inject
  @ConfigProperty(name = ConfigKeys.PUBLIC_URL)
  Optional<String> publicUrl = Optional.empty();

  /** A month's run. */
  public record Run(
      String period,
      LocalDateTime proposedAt,
      String proposedBy,
      int cases,
      String approvedBy,
      LocalDateTime approvedAt,
      Integer anonymised,
      Integer skipped) {}

  /** A case of a run's list. */
  public record Item(
      String radicado, String type, LocalDateTime closedAt, LocalDate keptUntil, String outcome) {}

  /**
   * Claims the month of {@code today} and writes its dry-run list.
   *
   * @return the run, empty when the month was claimed before
   */
  public Optional<Run> propose(LocalDate today, String by) {
    String period = YearMonth.from(today).toString();
    int claimed =
        em.createNativeQuery(
                "INSERT IGNORE INTO privacy_retention_run (period_code, proposed_at, proposed_by)"
                    + " VALUES (?, ?, ?)")
            .setParameter(1, period)
            .setParameter(2, Timestamp.valueOf(LocalDateTime.now(clock)))
            .setParameter(3, by)
            .executeUpdate();
    if (claimed == 0) {
      return Optional.empty();
    }
    int shortest = Integer.MAX_VALUE;
    for (PqrsType t : PqrsType.values()) {
      shortest = Math.min(shortest, retention.years(t));
    }
    List<Object[]> closed =
        em.createNativeQuery(
                "SELECT id, radicado, type, closed_at FROM pqrs_case WHERE closed_at IS NOT NULL"
                    + " AND closed_at < ? AND (petitioner_names <> ? OR petitioner_document_number"
                    + " IS NOT NULL OR petitioner_email IS NOT NULL OR petitioner_phone IS NOT NULL"
                    + " OR petitioner_address IS NOT NULL) ORDER BY closed_at, id")
            .setParameter(1, Timestamp.valueOf(today.minusYears(shortest).atStartOfDay()))
            .setParameter(2, PersonalDataService.ANONYMISED_NAMES)
            .getResultList();
    int count = 0;
    for (Object[] c : closed) {
      PqrsType type = PqrsType.valueOf((String) c[2]);
      LocalDateTime closedAt = PersonalDataService.dateTime(c[3]);
      LocalDate until = retention.keptUntil(type, closedAt);
      if (!today.isAfter(until)) {
        continue;
      }
      em.createNativeQuery(
              "INSERT INTO privacy_retention_item (period_code, case_id, radicado, type, closed_at,"
                  + " kept_until) VALUES (?, ?, ?, ?, ?, ?)")
          .setParameter(1, period)
          .setParameter(2, c[0])
          .setParameter(3, c[1])
          .setParameter(4, c[2])
          .setParameter(5, Timestamp.valueOf(closedAt))
          .setParameter(6, Date.valueOf(until))
          .executeUpdate();
      count++;
    }
    em.createNativeQuery("UPDATE privacy_retention_run SET cases = ? WHERE period_code = ?")
        .setParameter(1, count)
        .setParameter(2, period)
        .executeUpdate();
    int listed = count;
    LOG.info(() -> "Retention run " + period + ": " + listed + " cases past their period");
    if (count > 0) {
      tellOfficers(period, count);
    }
    return run(period);
  }

  /**
   * The officer approves the run of {@code period}: each listed case is anonymised, unless
   * something now keeps it. Approving twice does nothing the second time.
   *
   * @throws PrivacyRuleViolation UNKNOWN for a period never proposed, BLOCKED (with who and when)
   *     for one already approved: nothing changes the second time
   */
  public Run approve(String period, String actor) {
    roles.require(StaffRole.DATOS, StaffRole.SIG);
    Run run =
        run(period)
            .orElseThrow(
                () ->
                    new PrivacyRuleViolation(
                        PrivacyRuleViolation.Kind.UNKNOWN,
                        "No hay una revisión de conservación del período " + period + "."));
    if (run.approvedAt() != null) {
      throw new PrivacyRuleViolation(
          PrivacyRuleViolation.Kind.BLOCKED,
          "La revisión de conservación de "
              + period
              + " ya fue aprobada por "
              + run.approvedBy()
              + " el "
              + run.approvedAt().toLocalDate()
              + "; no se aprueba dos veces.");
    }
    List<Object[]> items =
        em.createNativeQuery(
                "SELECT case_id, kept_until FROM privacy_retention_item WHERE period_code = ?"
                    + " ORDER BY closed_at, case_id")
            .setParameter(1, period)
            .getResultList();
    int anonymised = 0;
    int skipped = 0;
    for (Object[] item : items) {
      long caseId = ((Number) item[0]).longValue();
      Optional<DataSubjectFile.CaseData> c = data.caseData(caseId);
      String outcome;
      if (c.isEmpty()) {
        outcome = "El caso ya no existe.";
        skipped++;
      } else {
        List<Block> blocks = data.blocks(List.of(c.get()), List.of());
        if (!blocks.isEmpty()) {
          outcome = "Omitido: " + blocks.get(0).reason();
          skipped++;
        } else {
          String note =
              "Vencido el período de conservación el "
                  + PersonalDataService.date(item[1])
                  + " (revisión "
                  + period
                  + ")";
          PersonalDataService.Anonymisation done =
              data.anonymiseCases(
                  List.of(c.get()), List.of(), null, EnumSet.noneOf(FreeText.class), note, actor);
          if (done.cases() > 0) {
            data.record(
                SubjectKey.of(c.get().documentNumber(), c.get().email()).hash(), note, actor, done);
          }
          outcome = "Anonimizado";
          anonymised++;
        }
      }
      em.createNativeQuery(
              "UPDATE privacy_retention_item SET outcome = ? WHERE period_code = ? AND case_id = ?")
          .setParameter(1, outcome.length() > 300 ? outcome.substring(0, 300) : outcome)
          .setParameter(2, period)
          .setParameter(3, caseId)
          .executeUpdate();
    }
    em.createNativeQuery(
            "UPDATE privacy_retention_run SET approved_by = ?, approved_at = ?, anonymised = ?,"
                + " skipped = ? WHERE period_code = ?")
        .setParameter(1, actor)
        .setParameter(2, Timestamp.valueOf(LocalDateTime.now(clock)))
        .setParameter(3, anonymised)
        .setParameter(4, skipped)
        .setParameter(5, period)
        .executeUpdate();
    return run(period).orElseThrow();
  }

  /**
   * Mails each data-protection officer (active users with role datos and an email) that a list is
   * waiting for approval, through the outbox in this transaction.
   */
  private void tellOfficers(String period, int cases) {
    List<Object> addresses =
        em.createNativeQuery(
                "SELECT DISTINCT u.email FROM staff_user u JOIN staff_user_role r ON r.user_id ="
                    + " u.id WHERE u.active = TRUE AND r.role = 'DATOS' AND u.email IS NOT NULL"
                    + " AND u.email <> '' ORDER BY u.email")
            .getResultList();
    String link =
        publicUrl.map(u -> u.endsWith("/") ? u : u + "/").orElse("") + "privacidad/titulares.xhtml";
    LocalDateTime now = LocalDateTime.now(clock);
    for (Object address : addresses) {
      outbox.enqueue(
          new OutboxMessage(
              address.toString(),
              "Revisión de conservación " + period + ": " + cases + " casos por aprobar",
              "La revisión de conservación de datos personales del período "
                  + period
                  + " lista "
                  + cases
                  + " casos cerrados cuyo período de conservación terminó (Decreto 1377 de 2013,"
                  + " art. 11). Nada se anonimiza hasta que usted apruebe la lista en la parte"
                  + " \"Conservación\" de "
                  + link
                  + " .",
              null,
              now,
              null));
    }
  }

  /** The runs, newest first. */
  public List<Run> runs() {
    roles.require(StaffRole.DATOS, StaffRole.SIG);
    List<Object> periods =
        em.createNativeQuery(
                "SELECT period_code FROM privacy_retention_run ORDER BY period_code DESC")
            .setMaxResults(60)
            .getResultList();
    List<Run> runs = new ArrayList<>();
    for (Object p : periods) {
      run((String) p).ifPresent(runs::add);
    }
    return runs;
  }

  /** The cases of a run's list. */
  public List<Item> items(String period) {
    roles.require(StaffRole.DATOS, StaffRole.SIG);
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT radicado, type, closed_at, kept_until, outcome FROM privacy_retention_item"
                    + " WHERE period_code = ? ORDER BY closed_at, case_id")
            .setParameter(1, period)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Item(
                    (String) r[0],
                    PqrsType.valueOf((String) r[1]).code(),
                    PersonalDataService.dateTime(r[2]),
                    PersonalDataService.date(r[3]),
                    (String) r[4]))
        .toList();
  }

  private Optional<Run> run(String period) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT period_code, proposed_at, proposed_by, cases, approved_by, approved_at,"
                    + " anonymised, skipped FROM privacy_retention_run WHERE period_code = ?")
            .setParameter(1, period)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new Run(
                    (String) r[0],
                    PersonalDataService.dateTime(r[1]),
                    (String) r[2],
                    ((Number) r[3]).intValue(),
                    (String) r[4],
                    PersonalDataService.dateTime(r[5]),
                    r[6] == null ? null : ((Number) r[6]).intValue(),
                    r[7] == null ? null : ((Number) r[7]).intValue()));
  }
}
