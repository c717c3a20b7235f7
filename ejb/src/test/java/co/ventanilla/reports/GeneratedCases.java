package co.ventanilla.reports;

import co.ventanilla.calendar.BusinessCalendar;
import co.ventanilla.cases.Channel;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.terms.CaseTerm;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Cases generated for the reports' tests, written by JDBC: received over a span of days, with terms
 * of 10, 15 or 30 business days counted by {@link CaseTerm} on the Colombian calendar (holidays),
 * some suspended (art. 17: stopped, then completed or still waiting), some extended (art. 14), some
 * without a term; answered (in or out of term, escalated or not, rated or not), closed as
 * improcedente or traslado, or still open. Each case is also kept in memory ({@link Gen}) so a test
 * can compute the expected figures in Java, independently of the service's SQL.
 */
final class GeneratedCases {

  static final String[] AREAS = {"Operaciones", "Gestión Humana", "Comercial"};
  static final String[] AGENCIES = {"Bogotá", "Medellín", "Cali"};
  static final String[] SUBJECTS = {
    "Guarda ausente en portería",
    "Demora en la respuesta",
    "Cobro no reconocido",
    "Trato descortés del guarda",
    "Felicitación al equipo",
    "Ronda no realizada",
    "Falla del monitoreo",
    "Solicitud de certificado",
    "Cambio de turno sin aviso",
    "Daño en las instalaciones",
    "Reclamo por factura",
    "Sugerencia de horario"
  };

  /** One generated case. Dates in Colombian local time; null where it does not apply. */
  record Gen(
      long id,
      PqrsType type,
      Channel channel,
      String area,
      String agency,
      Integer level,
      String subject,
      LocalDateTime receivedAt,
      LocalDate dueDate,
      boolean awaiting,
      String state,
      LocalDateTime answeredAt,
      LocalDateTime closedAt,
      int escalation,
      Integer rating) {

    /** The same case with another id. */
    Gen withId(long newId) {
      return new Gen(
          newId,
          type,
          channel,
          area,
          agency,
          level,
          subject,
          receivedAt,
          dueDate,
          awaiting,
          state,
          answeredAt,
          closedAt,
          escalation,
          rating);
    }
  }

  private GeneratedCases() {}

  /** Areas with ids 1..3 (names {@link #AREAS}). */
  static void insertAreas(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO area (id, version, name, leader) VALUES (?, 0, ?, ?)")) {
      for (int i = 0; i < AREAS.length; i++) {
        ps.setLong(1, i + 1);
        ps.setString(2, AREAS[i]);
        ps.setString(3, "lider" + i);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** {@code n} cases received from {@code first} to {@code last}, ids from {@code firstId}. */
  static List<Gen> generate(
      long seed, int n, long firstId, LocalDate first, LocalDate last, BusinessCalendar cal) {
    Random rnd = new Random(seed);
    int span = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
    List<Gen> cases = new ArrayList<>(n);
    PqrsType[] types = PqrsType.values();
    Channel[] channels = Channel.values();
    for (int i = 0; i < n; i++) {
      LocalDate receivedOn = first.plusDays(rnd.nextInt(span));
      LocalDateTime receivedAt = receivedOn.atTime(7 + rnd.nextInt(12), rnd.nextInt(60));
      int[] lengths = {10, 15, 15, 30};
      CaseTerm term = null;
      if (rnd.nextInt(20) > 0) {
        term = CaseTerm.start(receivedOn, lengths[rnd.nextInt(lengths.length)], cal);
      }
      LocalDate earliestAnswer = receivedOn;
      boolean awaiting = false;
      LocalDate dueDate = term == null ? null : term.dueDate();
      int r = rnd.nextInt(10);
      if (term != null && r < 2) {
        // art. 17: asked to complete within the first business days; completed or still waiting
        LocalDate asked = cal.addBusinessDays(receivedOn, 1 + rnd.nextInt(5));
        dueDate = term.dueDate();
        term = term.suspend(asked);
        if (rnd.nextInt(4) == 0) {
          awaiting = true; // the due date stays the one the term had when it stopped
        } else {
          LocalDate completed = asked.plusDays(rnd.nextInt(12));
          term = term.resume(completed);
          dueDate = term.dueDate();
          earliestAnswer = completed;
        }
      } else if (term != null && r < 4) {
        // art. 14 parágrafo: an ampliación notified before the due date, within twice the term
        LocalDate due = term.dueDate();
        LocalDate max = term.maxExtendedDueDate();
        int room = cal.businessDaysBetween(due, max);
        LocalDate newDue = cal.addBusinessDays(due, 1 + rnd.nextInt(Math.max(1, room)));
        if (newDue.isAfter(max)) {
          newDue = max;
        }
        term = term.extend(due.minusDays(rnd.nextInt(3)), newDue, "Se requiere visita al puesto");
        dueDate = term.dueDate();
      }
      String state;
      LocalDateTime answeredAt = null;
      LocalDateTime closedAt = null;
      Integer rating = null;
      int escalation = 1 + (rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(3) : 0);
      int outcome = rnd.nextInt(100);
      if (!awaiting && outcome < 62) {
        LocalDate answeredOn = earliestAnswer.plusDays(rnd.nextInt(40));
        answeredAt = answeredOn.atTime(8 + rnd.nextInt(10), rnd.nextInt(60));
        if (rnd.nextBoolean()) {
          state = "CERRADO";
          closedAt = answeredAt.plusDays(1 + rnd.nextInt(5));
        } else {
          state = "RESPONDIDO";
        }
        if (rnd.nextInt(3) > 0) {
          rating = 1 + rnd.nextInt(5);
        }
      } else if (!awaiting && outcome < 70) {
        state = "IMPROCEDENTE";
        closedAt = receivedAt.plusDays(rnd.nextInt(4)).plusHours(1);
      } else if (!awaiting && outcome < 78) {
        state = "TRASLADADO";
        closedAt = receivedAt.plusDays(rnd.nextInt(5)).plusHours(2);
      } else {
        state =
            awaiting
                ? "EN_TRAMITE"
                : new String[] {"RADICADO", "ASIGNADO", "EN_TRAMITE"}[rnd.nextInt(3)];
        boolean old = receivedOn.isBefore(last.minusDays(60));
        if (old && rnd.nextInt(10) > 0) {
          // a backlog remains; most old cases were finished
          if (awaiting) {
            state = "DESISTIDO"; // art. 17: the petitioner never completed
            awaiting = false;
            closedAt = receivedAt.plusDays(40 + rnd.nextInt(30));
          } else {
            state = "CERRADO";
            LocalDate answeredOn = earliestAnswer.plusDays(rnd.nextInt(50));
            answeredAt = answeredOn.atTime(9 + rnd.nextInt(8), rnd.nextInt(60));
            closedAt = answeredAt.plusDays(1 + rnd.nextInt(3));
          }
        }
      }
      cases.add(
          new Gen(
              firstId + i,
              types[rnd.nextInt(types.length)],
              channels[rnd.nextInt(channels.length)],
              rnd.nextInt(5) == 0 ? null : AREAS[rnd.nextInt(AREAS.length)],
              rnd.nextInt(6) == 0 ? null : AGENCIES[rnd.nextInt(AGENCIES.length)],
              rnd.nextInt(5) == 0 ? null : 1 + rnd.nextInt(4),
              SUBJECTS[Math.min(SUBJECTS.length - 1, (int) Math.abs(rnd.nextGaussian() * 4))],
              receivedAt,
              dueDate,
              awaiting,
              state,
              answeredAt,
              closedAt,
              escalation,
              rating));
    }
    return cases;
  }

  static void insert(DataSource ds, List<Gen> cases) throws SQLException {
    String sql =
        "INSERT INTO pqrs_case (id, version, radicado, tracking_code, type, channel, state,"
            + " anonymous, agency, subject, description, received_at, due_date, severity_level,"
            + " immediate_attention, protected_case, term_days, awaiting_information, area_id,"
            + " escalation_level, answered_at, closed_at, satisfaction_score)"
            + " VALUES (?, 0, ?, 'CODE', ?, ?, ?, FALSE, ?, ?, 'Descripción', ?, ?, ?, FALSE,"
            + " FALSE, ?, ?, ?, ?, ?, ?, ?)";
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      c.setAutoCommit(false);
      int batch = 0;
      for (Gen g : cases) {
        ps.setLong(1, g.id());
        ps.setString(2, "T-" + g.id());
        ps.setString(3, g.type().name());
        ps.setString(4, g.channel().name());
        ps.setString(5, g.state());
        ps.setString(6, g.agency());
        ps.setString(7, g.subject());
        ps.setTimestamp(8, Timestamp.valueOf(g.receivedAt()));
        ps.setObject(9, g.dueDate());
        ps.setObject(10, g.level());
        ps.setObject(11, g.dueDate() == null ? null : 15);
        ps.setBoolean(12, g.awaiting());
        ps.setObject(13, g.area() == null ? null : areaId(g.area()));
        ps.setInt(14, g.escalation());
        ps.setTimestamp(15, g.answeredAt() == null ? null : Timestamp.valueOf(g.answeredAt()));
        ps.setTimestamp(16, g.closedAt() == null ? null : Timestamp.valueOf(g.closedAt()));
        ps.setObject(17, g.rating());
        ps.addBatch();
        if (++batch % 1000 == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
      c.commit();
    }
  }

  static long areaId(String name) {
    for (int i = 0; i < AREAS.length; i++) {
      if (AREAS[i].equals(name)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException(name);
  }
}
