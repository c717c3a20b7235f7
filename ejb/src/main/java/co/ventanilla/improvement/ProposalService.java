package co.ventanilla.improvement;

import co.ventanilla.investigations.Cause;
import co.ventanilla.organization.Area;
import co.ventanilla.staff.CurrentStaff;
import co.ventanilla.staff.Staff;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Proposals, not guesses (issue #14): rules look at the data and <em>propose</em> an ACPM; nothing
 * is created until the Dirección SIG accepts (an ACPM linked to the source cases is opened) or
 * dismisses with a reason.
 *
 * <ul>
 *   <li><b>Recurrence</b> (seed 003 §5.3: "clasificar las quejas, reclamos y sugerencias de mayor
 *       recurrencia … para la formulación de acciones"; seed 002 GO-PD-03 §4 actividad 10): a cause
 *       given to at least N cases of one process, or of one agency, received in the last M months.
 *   <li><b>Answer ratings</b> (seed 004 "Comunicación de resultados": "incumplimiento de metas"):
 *       the mean of the ratings (1–5, seed 003 §5.3) of the answers a process sent in the last
 *       months is below the target, once it has enough ratings.
 *   <li><b>Survey questions</b>: the survey side calls {@link #proposeForSurveyQuestion} with a
 *       question's mean and target.
 * </ul>
 *
 * One rule, cause and scope has at most one pending proposal (a unique key while pending); after a
 * decision only cases received (or rated) after that decision count again, so a dismissed finding
 * is not proposed again from the same cases.
 */
@Stateless
public class ProposalService {

  private static final Logger LOG = Logger.getLogger(ProposalService.class.getName());

  /** The actor of what the timer does. */
  public static final String SYSTEM = "sistema";

  private static final int MAX_RADICADOS = 200;

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  @Inject CurrentStaff current;
  @Inject Clock clock;

  // ---------------------------------------------------------------------------------------------
  // Settings
  // ---------------------------------------------------------------------------------------------

  /** The settings in force (the defaults when none were stored). */
  public ImprovementSettings settings() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT recurrence_count, recurrence_months, rating_target, rating_min_count,"
                    + " rating_months, sig_mailbox FROM improvement_settings WHERE id = 1")
            .getResultList();
    if (rows.isEmpty()) {
      return ImprovementSettings.DEFAULTS;
    }
    Object[] r = rows.get(0);
    return new ImprovementSettings(
        ((Number) r[0]).intValue(),
        ((Number) r[1]).intValue(),
        new BigDecimal(r[2].toString()).setScale(2, RoundingMode.HALF_UP),
        ((Number) r[3]).intValue(),
        ((Number) r[4]).intValue(),
        (String) r[5]);
  }

  /** Stores the settings (Dirección SIG, administrator). */
  public void saveSettings(ImprovementSettings s) {
    String actor = manager();
    em.createNativeQuery(
            "INSERT INTO improvement_settings (id, recurrence_count, recurrence_months,"
                + " rating_target, rating_min_count, rating_months, sig_mailbox, updated_by,"
                + " updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
                + " recurrence_count = VALUES(recurrence_count), recurrence_months ="
                + " VALUES(recurrence_months), rating_target = VALUES(rating_target),"
                + " rating_min_count = VALUES(rating_min_count), rating_months ="
                + " VALUES(rating_months), sig_mailbox = VALUES(sig_mailbox), updated_by ="
                + " VALUES(updated_by), updated_at = VALUES(updated_at)")
        .setParameter(1, s.recurrenceCount())
        .setParameter(2, s.recurrenceMonths())
        .setParameter(3, s.ratingTarget())
        .setParameter(4, s.ratingMinCount())
        .setParameter(5, s.ratingMonths())
        .setParameter(6, s.sigMailbox())
        .setParameter(7, actor)
        .setParameter(8, now())
        .executeUpdate();
    LOG.info(() -> "Improvement settings changed by " + actor + ": " + s);
  }

  // ---------------------------------------------------------------------------------------------
  // Rules
  // ---------------------------------------------------------------------------------------------

  /** Runs the rules now, for the Dirección SIG's button; returns the new proposals. */
  public List<AcpmProposal> evaluateNow() {
    manager();
    return evaluate(LocalDate.now(clock));
  }

  /**
   * Runs the recurrence and rating rules on {@code today} (the timer's call); the new proposals.
   */
  public List<AcpmProposal> evaluate(LocalDate today) {
    ImprovementSettings s = settings();
    List<AcpmProposal> made = new ArrayList<>();
    made.addAll(recurrences(today, s, ProposalScope.PROCESO));
    made.addAll(recurrences(today, s, ProposalScope.SEDE));
    made.addAll(ratings(today, s));
    if (!made.isEmpty()) {
      LOG.info(() -> "ACPM proposals on " + today + ": " + made.size() + " new");
    }
    return made;
  }

  private List<AcpmProposal> recurrences(
      LocalDate today, ImprovementSettings s, ProposalScope scope) {
    LocalDate from = today.minusMonths(s.recurrenceMonths());
    String column = scope == ProposalScope.PROCESO ? "area_id" : "agency";
    @SuppressWarnings("unchecked")
    List<Object[]> groups =
        em.createNativeQuery(
                "SELECT cause_id, "
                    + column
                    + ", COUNT(*) FROM pqrs_case WHERE cause_id IS NOT NULL AND "
                    + column
                    + " IS NOT NULL AND received_at >= ? GROUP BY cause_id, "
                    + column
                    + " HAVING COUNT(*) >= ?")
            .setParameter(1, from.atStartOfDay())
            .setParameter(2, s.recurrenceCount())
            .getResultList();
    List<AcpmProposal> made = new ArrayList<>();
    for (Object[] g : groups) {
      Cause cause = em.find(Cause.class, ((Number) g[0]).longValue());
      Area area =
          scope == ProposalScope.PROCESO ? em.find(Area.class, ((Number) g[1]).longValue()) : null;
      String agency = scope == ProposalScope.SEDE ? (String) g[1] : null;
      String key = AcpmProposal.key(ProposalRule.RECURRENCIA, cause, scope, area, agency, null);
      if (pending(key)) {
        continue;
      }
      LocalDateTime since = from.atStartOfDay();
      Optional<LocalDateTime> decided = lastDecided(key);
      if (decided.isPresent() && decided.get().isAfter(since)) {
        since = decided.get();
      }
      @SuppressWarnings("unchecked")
      List<Object> radicados =
          em.createNativeQuery(
                  "SELECT radicado FROM pqrs_case WHERE cause_id = ? AND "
                      + column
                      + " = ? AND received_at > ? ORDER BY received_at, id")
              .setParameter(1, cause.id())
              .setParameter(2, g[1])
              .setParameter(3, since)
              .getResultList();
      if (radicados.size() < s.recurrenceCount()) {
        continue;
      }
      AcpmProposal p =
          new AcpmProposal(
              ProposalRule.RECURRENCIA,
              cause,
              scope,
              area,
              agency,
              null,
              from,
              today,
              radicados.size(),
              null,
              null,
              strings(radicados),
              now());
      em.persist(p);
      made.add(p);
    }
    em.flush();
    return made;
  }

  private List<AcpmProposal> ratings(LocalDate today, ImprovementSettings s) {
    LocalDate from = today.minusMonths(s.ratingMonths());
    @SuppressWarnings("unchecked")
    List<Object[]> groups =
        em
            .createNativeQuery(
                "SELECT area_id FROM pqrs_case WHERE satisfaction_score IS NOT NULL AND area_id IS"
                    + " NOT NULL AND answered_at >= ? GROUP BY area_id HAVING COUNT(*) >= ? AND"
                    + " AVG(satisfaction_score) < ?")
            .setParameter(1, from.atStartOfDay())
            .setParameter(2, s.ratingMinCount())
            .setParameter(3, s.ratingTarget())
            .getResultList()
            .stream()
            .map(o -> o instanceof Object[] a ? a : new Object[] {o})
            .toList();
    List<AcpmProposal> made = new ArrayList<>();
    for (Object[] g : groups) {
      Area area = em.find(Area.class, ((Number) g[0]).longValue());
      String key =
          AcpmProposal.key(
              ProposalRule.CALIFICACION, null, ProposalScope.PROCESO, area, null, null);
      if (pending(key)) {
        continue;
      }
      LocalDateTime since = from.atStartOfDay();
      Optional<LocalDateTime> decided = lastDecided(key);
      if (decided.isPresent() && decided.get().isAfter(since)) {
        since = decided.get();
      }
      @SuppressWarnings("unchecked")
      List<Object[]> rated =
          em.createNativeQuery(
                  "SELECT radicado, satisfaction_score FROM pqrs_case WHERE area_id = ? AND"
                      + " satisfaction_score IS NOT NULL AND answered_at > ? ORDER BY"
                      + " satisfaction_score, answered_at, id")
              .setParameter(1, area.id())
              .setParameter(2, since)
              .getResultList();
      if (rated.size() < s.ratingMinCount()) {
        continue;
      }
      BigDecimal mean =
          BigDecimal.valueOf(rated.stream().mapToInt(r -> ((Number) r[1]).intValue()).sum())
              .divide(BigDecimal.valueOf(rated.size()), 2, RoundingMode.HALF_UP);
      if (mean.compareTo(s.ratingTarget()) >= 0) {
        continue;
      }
      List<String> low =
          rated.stream()
              .filter(
                  r ->
                      BigDecimal.valueOf(((Number) r[1]).intValue()).compareTo(s.ratingTarget())
                          < 0)
              .map(r -> (String) r[0])
              .toList();
      AcpmProposal p =
          new AcpmProposal(
              ProposalRule.CALIFICACION,
              null,
              ProposalScope.PROCESO,
              area,
              null,
              null,
              from,
              today,
              rated.size(),
              mean,
              s.ratingTarget(),
              low.subList(0, Math.min(low.size(), MAX_RADICADOS)),
              now());
      em.persist(p);
      made.add(p);
    }
    em.flush();
    return made;
  }

  /**
   * The hook of the survey side (GO-RG-03, seed 002 §5.1; seed 004 "Comunicación de resultados"):
   * proposes an ACPM when a question's mean is below its target, unless one is pending for the same
   * campaign and question.
   *
   * @return the new proposal, or empty when the mean meets the target or one is pending
   */
  public Optional<AcpmProposal> proposeForSurveyQuestion(SurveyQuestionResult r) {
    if (r.mean() == null || r.target() == null || r.mean().compareTo(r.target()) >= 0) {
      return Optional.empty();
    }
    Area area = r.areaId() == null ? null : em.find(Area.class, r.areaId());
    String subject = (r.campaign() + " · " + r.question()).strip();
    subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
    String key =
        AcpmProposal.key(ProposalRule.ENCUESTA, null, ProposalScope.PREGUNTA, area, null, subject);
    if (pending(key)) {
      return Optional.empty();
    }
    LocalDate today = LocalDate.now(clock);
    AcpmProposal p =
        new AcpmProposal(
            ProposalRule.ENCUESTA,
            null,
            ProposalScope.PREGUNTA,
            area,
            null,
            subject,
            r.from() == null ? today : r.from(),
            r.to() == null ? today : r.to(),
            r.answers(),
            r.mean().setScale(2, RoundingMode.HALF_UP),
            r.target().setScale(2, RoundingMode.HALF_UP),
            List.of(),
            now());
    em.persist(p);
    em.flush();
    return Optional.of(p);
  }

  // ---------------------------------------------------------------------------------------------
  // Decisions
  // ---------------------------------------------------------------------------------------------

  /** The proposals of {@code status}, newest first (Dirección SIG, administrator). */
  public List<AcpmProposal> proposals(ProposalStatus status) {
    manager();
    return em.createNamedQuery(AcpmProposal.BY_STATUS, AcpmProposal.class)
        .setParameter("status", status == null ? ProposalStatus.PENDIENTE : status)
        .setMaxResults(500)
        .getResultList();
  }

  public AcpmProposal proposal(long id) {
    manager();
    return find(id);
  }

  /**
   * Accepts a proposal: an ACPM of {@code type} is opened, linked to the proposal's cases (or its
   * campaign), with {@code description} or the proposal's own text.
   */
  public Acpm accept(long id, AcpmType type, String description) {
    String actor = manager();
    AcpmProposal p = find(id);
    if (p.status() != ProposalStatus.PENDIENTE) {
      throw new AcpmRuleViolation("proposal.decided");
    }
    String text = description == null || description.isBlank() ? describe(p) : description;
    NewAcpm n =
        new NewAcpm(
            p.rule() == ProposalRule.RECURRENCIA
                ? AcpmOrigin.CAUSA_RECURRENTE
                : AcpmOrigin.SATISFACCION,
            type == null ? AcpmType.CORRECTIVA : type,
            text,
            p.area() == null ? null : p.area().id(),
            p.agency(),
            p.cause() == null ? null : p.cause().id(),
            p.radicados(),
            null,
            p.subject());
    LocalDateTime now = now();
    Acpm a = AcpmService.open(em, now, n, actor, p.id());
    p.accept(actor, now, a.id());
    LOG.info(() -> "ACPM proposal " + id + " accepted by " + actor + ": " + a.number());
    return a;
  }

  /** Dismisses a proposal with a reason. */
  public void dismiss(long id, String reason) {
    String actor = manager();
    AcpmProposal p = find(id);
    p.dismiss(actor, now(), reason);
    LOG.info(() -> "ACPM proposal " + id + " dismissed by " + actor);
  }

  /** The proposal's finding in Spanish, the default description of the ACPM it opens. */
  public static String describe(AcpmProposal p) {
    String where =
        p.area() != null
            ? AcpmRuleViolation.text(AcpmRuleViolation.SPANISH, "proposal.in_area", p.area().name())
            : p.agency() != null
                ? AcpmRuleViolation.text(
                    AcpmRuleViolation.SPANISH, "proposal.in_agency", p.agency())
                : "";
    return switch (p.rule()) {
      case RECURRENCIA ->
          AcpmRuleViolation.text(
              AcpmRuleViolation.SPANISH,
              "proposal.text.RECURRENCIA",
              p.cause() == null ? "" : p.cause().name(),
              p.occurrences(),
              p.windowFrom().toString(),
              p.windowTo().toString(),
              where);
      case CALIFICACION ->
          AcpmRuleViolation.text(
              AcpmRuleViolation.SPANISH,
              "proposal.text.CALIFICACION",
              p.measured().toPlainString(),
              p.target().toPlainString(),
              p.occurrences(),
              p.windowFrom().toString(),
              p.windowTo().toString(),
              where);
      case ENCUESTA ->
          AcpmRuleViolation.text(
              AcpmRuleViolation.SPANISH,
              "proposal.text.ENCUESTA",
              p.subject(),
              p.measured().toPlainString(),
              p.target().toPlainString(),
              p.occurrences());
    };
  }

  // ---------------------------------------------------------------------------------------------

  private boolean pending(String key) {
    Number n =
        (Number)
            em.createNativeQuery("SELECT COUNT(*) FROM acpm_proposal WHERE pending_key = ?")
                .setParameter(1, key)
                .getSingleResult();
    return n.longValue() > 0;
  }

  private Optional<LocalDateTime> lastDecided(String key) {
    Object v =
        em.createNativeQuery(
                "SELECT MAX(decided_at) FROM acpm_proposal WHERE finding_key = ? AND decided_at IS"
                    + " NOT NULL")
            .setParameter(1, key)
            .getSingleResult();
    if (v instanceof Timestamp t) {
      return Optional.of(t.toLocalDateTime());
    }
    if (v instanceof LocalDateTime t) {
      return Optional.of(t);
    }
    return Optional.empty();
  }

  private AcpmProposal find(long id) {
    AcpmProposal p = em.find(AcpmProposal.class, id);
    if (p == null) {
      throw new AcpmRuleViolation("not_found");
    }
    return p;
  }

  /** The caller's user name, if they manage the matrix. */
  private String manager() {
    Staff me = current.get();
    if (!AcpmService.manages(me)) {
      throw new AcpmRuleViolation("forbidden.manage");
    }
    return me.userName();
  }

  private static List<String> strings(List<Object> values) {
    List<String> out = new ArrayList<>();
    for (Object v : values) {
      if (out.size() < MAX_RADICADOS) {
        out.add(String.valueOf(v));
      }
    }
    return out;
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
