package co.ventanilla.reports;

import co.ventanilla.staff.RoleCheck;
import co.ventanilla.staff.StaffRole;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The reports' schedule in force ({@link ReportSchedule}): the configuration until the
 * administrator saves recipients, hour and look-back on the reports screen or by {@code PUT
 * /api/informes/programacion}; going back to the configuration deletes the saved row. The timer
 * reads it at every tick, so a change applies from the next hour without a restart.
 */
@Stateless
public class ReportScheduleService {

  private static final Logger LOG = Logger.getLogger(ReportScheduleService.class.getName());

  /** An address as the outbox can send it: one {@code @}, a dot in the domain, no spaces. */
  private static final Pattern ADDRESS =
      Pattern.compile("[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>]+");

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  @Inject ReportSettings settings;
  @Inject RoleCheck roles;
  @Inject Clock clock;

  public ReportScheduleService() {}

  /** For use outside a container: the system's role check. */
  public ReportScheduleService(EntityManager em, ReportSettings settings, Clock clock) {
    this.em = em;
    this.settings = settings;
    this.roles = RoleCheck.system();
    this.clock = clock;
  }

  /** The schedule in force. */
  public ReportSchedule current() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT recipients, due_hour, lookback_months, updated_by, updated_at"
                    + " FROM report_schedule WHERE id = 1")
            .getResultList();
    if (rows.isEmpty()) {
      return ReportSchedule.of(settings);
    }
    Object[] r = rows.get(0);
    return new ReportSchedule(
        split((String) r[0]),
        ((Number) r[1]).intValue(),
        ((Number) r[2]).intValue(),
        (String) r[3],
        r[4] instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) r[4]);
  }

  /**
   * Saves the administrator's schedule, which replaces the configured one.
   *
   * @param recipients addresses, each once (case ignored); may be empty (then only the management
   *     and SIG accounts receive the reports)
   * @throws ReportScheduleInvalid for an address, hour or look-back out of range
   * @throws co.ventanilla.staff.RoleRequired for a caller who is not an administrator
   */
  public ReportSchedule save(List<String> recipients, int hour, int lookbackMonths, String actor) {
    roles.require(StaffRole.ADMIN);
    List<String> to = valid(recipients);
    if (hour < 0 || hour > 23) {
      throw new ReportScheduleInvalid("hora", "rep.schedule.invalid.hour", String.valueOf(hour));
    }
    if (lookbackMonths < 1 || lookbackMonths > ReportSchedule.MAX_LOOKBACK) {
      throw new ReportScheduleInvalid(
          "mesesAtras", "rep.schedule.invalid.lookback", String.valueOf(lookbackMonths));
    }
    LocalDateTime now = LocalDateTime.now(clock);
    em.createNativeQuery(
            "INSERT INTO report_schedule (id, recipients, due_hour, lookback_months, updated_by,"
                + " updated_at) VALUES (1, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE recipients ="
                + " VALUES(recipients), due_hour = VALUES(due_hour), lookback_months ="
                + " VALUES(lookback_months), updated_by = VALUES(updated_by), updated_at ="
                + " VALUES(updated_at)")
        .setParameter(1, String.join(",", to))
        .setParameter(2, hour)
        .setParameter(3, lookbackMonths)
        .setParameter(4, actor)
        .setParameter(5, Timestamp.valueOf(now))
        .executeUpdate();
    LOG.info(
        () ->
            "Report schedule changed by "
                + actor
                + ": "
                + to.size()
                + " extra recipient(s), hour "
                + hour
                + ", look-back "
                + lookbackMonths
                + " months");
    return new ReportSchedule(to, hour, lookbackMonths, actor, now);
  }

  /** Goes back to the configured schedule. */
  public ReportSchedule reset(String actor) {
    roles.require(StaffRole.ADMIN);
    int deleted = em.createNativeQuery("DELETE FROM report_schedule WHERE id = 1").executeUpdate();
    if (deleted > 0) {
      LOG.info(() -> "Report schedule back to the configuration, by " + actor);
    }
    return ReportSchedule.of(settings);
  }

  /** The addresses of one text field: separated by commas, semicolons, spaces or new lines. */
  public static List<String> split(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isEmpty()).toList();
  }

  private static List<String> valid(List<String> recipients) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> out = new java.util.ArrayList<>();
    for (String r : recipients == null ? List.<String>of() : recipients) {
      String a = r == null ? "" : r.strip();
      if (a.isEmpty()) {
        continue;
      }
      if (!ADDRESS.matcher(a).matches()) {
        throw new ReportScheduleInvalid("destinatarios", "rep.schedule.invalid.address", a);
      }
      if (seen.add(a.toLowerCase(Locale.ROOT))) {
        out.add(a);
      }
    }
    if (String.join(",", out).length() > 2000) {
      throw new ReportScheduleInvalid("destinatarios", "rep.schedule.invalid.tooMany", null);
    }
    return List.copyOf(out);
  }
}
