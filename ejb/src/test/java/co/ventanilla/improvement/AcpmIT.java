package co.ventanilla.improvement;

import static co.ventanilla.testing.JpaTestSupport.inTransaction;
import static co.ventanilla.testing.JpaTestSupport.read;
import static co.ventanilla.testing.JpaTestSupport.runInTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.attachments.ContentStore;
import co.ventanilla.calendar.BusinessCalendar;
import co.ventanilla.cases.Channel;
import co.ventanilla.cases.Petitioner;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.cases.outbox.JpaOutbox;
import co.ventanilla.cases.outbox.OutboxMessage;
import co.ventanilla.cases.persistence.JpaCaseRepository;
import co.ventanilla.cases.persistence.RadicadoCounter;
import co.ventanilla.investigations.Cause;
import co.ventanilla.organization.Area;
import co.ventanilla.organization.persistence.JpaOrganizationRepository;
import co.ventanilla.staff.CurrentStaff;
import co.ventanilla.staff.LockoutPolicy;
import co.ventanilla.staff.NewStaffUser;
import co.ventanilla.staff.Staff;
import co.ventanilla.staff.StaffDirectory;
import co.ventanilla.staff.StaffRole;
import co.ventanilla.testing.JpaTestSupport;
import co.ventanilla.testing.TestPasswordHash;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ACPM rules on MariaDB through the V16 schema, each call in its own transaction as the
 * container runs them: a cause recurring in a process is proposed once (never twice while pending,
 * not again from the same cases once decided), accepted into a numbered ACPM linked to the cases,
 * worked by its owners, refused closing until someone other than the owners verified it with
 * evidence, exported in the GI-RG-07 column order; the answer-rating rule, the survey hook, the
 * overdue alert sent once per due date, and who sees what.
 */
class AcpmIT {

  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 10, 0);
  private static final LocalDate TODAY = NOW.toLocalDate();
  private static final Clock CLOCK = Clock.fixed(NOW.atZone(BOGOTA).toInstant(), BOGOTA);

  private static Long operaciones;
  private static Long comercial;
  private static long cause;

  private static Staff sig;
  private static Staff leader;
  private static Staff owner;
  private static Staff stranger;
  private static Staff manager;

  @BeforeEach
  void world() {
    JpaTestSupport.deleteAllCases();
    runInTransaction(
        em -> {
          JpaOrganizationRepository org = new JpaOrganizationRepository(em);
          org.store(new Area("Operaciones", "carlos.mejia", "carlos@example.co"));
          org.store(new Area("Comercial", "lina.ortiz", null));
          em.persist(new Cause("FALLA_CONTROL_ACCESO", "Falla en el control de acceso"));
          em.persist(new Cause("PUESTO_DESCUBIERTO", "Puesto sin cubrir"));
        });
    read(
        em -> {
          JpaOrganizationRepository org = new JpaOrganizationRepository(em);
          operaciones = org.findArea("Operaciones").orElseThrow().id();
          comercial = org.findArea("Comercial").orElseThrow().id();
          cause =
              em.createQuery(
                      "SELECT c FROM Cause c WHERE c.code = 'FALLA_CONTROL_ACCESO'", Cause.class)
                  .getSingleResult()
                  .id();
          return null;
        });
    sig = staff("directora.sig", "sig@example.co", StaffRole.SIG, Set.of(), Set.of());
    leader =
        staff(
            "carlos.mejia",
            "carlos@example.co",
            StaffRole.LIDER,
            Set.of(operaciones),
            Set.of(operaciones));
    owner =
        staff("ana.rojas", "ana@example.co", StaffRole.RESPONSABLE, Set.of(operaciones), Set.of());
    stranger = staff("pablo.rios", "pablo@example.co", StaffRole.RESPONSABLE, Set.of(), Set.of());
    manager = staff("gerente", null, StaffRole.GERENCIA, Set.of(), Set.of());
    runInTransaction(
        em -> {
          for (Staff s : List.of(sig, leader, owner, stranger, manager)) {
            directory(em)
                .create(
                    new NewStaffUser(
                        s.userName(),
                        s.userName(),
                        s.email(),
                        s.roles(),
                        s.areaIds(),
                        "Turno-Nocturno-2026".toCharArray(),
                        false,
                        false),
                    "test");
          }
        });
  }

  @AfterAll
  static void clean() {
    JpaTestSupport.deleteAllCases();
    JpaTestSupport.execute(
        "INSERT IGNORE INTO escalation_level (level, name, mailbox) VALUES"
            + " (1, 'Atención al cliente', NULL), (2, 'Coordinador de área', NULL),"
            + " (3, 'Gerencia de operaciones', NULL), (4, 'Gerencia general', NULL)");
  }

  private static Staff staff(
      String user, String email, StaffRole role, Set<Long> areas, Set<Long> led) {
    return new Staff(user, user, email, EnumSet.of(role), areas, led);
  }

  private static StaffDirectory directory(EntityManager em) {
    return new StaffDirectory(
        em, CLOCK, new TestPasswordHash(), new LockoutPolicy(3, Duration.ofMinutes(15)));
  }

  private static CurrentStaff as(Staff who) {
    return new CurrentStaff() {
      private static final long serialVersionUID = 1L;

      @Override
      public Staff get() {
        return who;
      }

      @Override
      public java.util.Optional<Staff> find() {
        return java.util.Optional.of(who);
      }
    };
  }

  private static <T> T acpm(Staff who, Function<AcpmService, T> work) {
    return inTransaction(
        em -> {
          AcpmService s = new AcpmService();
          s.em = em;
          s.current = as(who);
          s.directory = directory(em);
          s.contents = new ContentStore(em);
          s.clock = CLOCK;
          return work.apply(s);
        });
  }

  private static ProposalService proposals(EntityManager em, Staff who) {
    ProposalService p = new ProposalService();
    p.em = em;
    p.current = as(who);
    p.clock = CLOCK;
    return p;
  }

  private static <T> T proposals(Staff who, Function<ProposalService, T> work) {
    return inTransaction(em -> work.apply(proposals(em, who)));
  }

  /** A case of {@code area} received {@code daysAgo} days ago, with {@code causeId} if not null. */
  private static String aCase(String areaName, String agency, int daysAgo, Long causeId) {
    String radicado =
        inTransaction(
            em -> {
              LocalDateTime at = NOW.minusDays(daysAgo);
              PqrsCase c =
                  PqrsCase.file(
                      new RadicadoCounter(em).next("", 2026),
                      "TRK" + System.nanoTime() % 100000000,
                      PqrsType.QUEJA,
                      Channel.WEB,
                      new Petitioner(
                          "Conjunto Los Almendros",
                          null,
                          null,
                          "admin@almendros.example.co",
                          null,
                          null,
                          false),
                      agency,
                      "Ingreso sin registro",
                      "El guarda dejó entrar a un desconocido.",
                      at,
                      null,
                      "recepcion");
              c.startTerm(15, BusinessCalendar.colombia());
              Area a = new JpaOrganizationRepository(em).findArea(areaName).orElseThrow();
              c.assign("recepcion", at.plusMinutes(5), a, "ana.rojas", null);
              new JpaCaseRepository(em).store(c);
              return c.radicado();
            });
    if (causeId != null) {
      JpaTestSupport.execute(
          "UPDATE pqrs_case SET cause_id = " + causeId + " WHERE radicado = '" + radicado + "'");
    }
    return radicado;
  }

  @Test
  void aRecurringCauseIsProposedOnceAcceptedWorkedAndClosedOnlyAfterVerificationByAnother()
      throws Exception {
    List<String> radicados = new ArrayList<>();
    for (int days : new int[] {70, 40, 5}) {
      radicados.add(aCase("Operaciones", "Medellín", days, cause));
    }
    aCase("Operaciones", "Medellín", 120, cause); // outside the 3 months
    aCase("Operaciones", "Bogotá", 3, null); // no cause

    List<AcpmProposal> made = proposals(sig, p -> p.evaluate(TODAY));
    assertEquals(2, made.size(), "one for the process, one for the agency");
    AcpmProposal byProcess =
        made.stream().filter(p -> p.scope() == ProposalScope.PROCESO).findFirst().orElseThrow();
    assertEquals(3, byProcess.occurrences());
    assertEquals(radicados, byProcess.radicados());
    assertEquals(List.of(), proposals(sig, p -> p.evaluate(TODAY)), "never twice while pending");

    AcpmProposal byAgency =
        made.stream().filter(p -> p.scope() == ProposalScope.SEDE).findFirst().orElseThrow();
    AcpmRuleViolation noReason =
        assertThrows(
            AcpmRuleViolation.class,
            () ->
                proposals(
                    sig,
                    p -> {
                      p.dismiss(byAgency.id(), " ");
                      return null;
                    }));
    assertEquals("motivo", noReason.field());
    AcpmRuleViolation notSig =
        assertThrows(
            AcpmRuleViolation.class,
            () -> proposals(leader, p -> p.accept(byProcess.id(), null, null)));
    assertTrue(notSig.forbidden());
    proposals(
        sig,
        p -> {
          p.dismiss(byAgency.id(), "Se trata en la ACPM del proceso");
          return null;
        });
    assertEquals(List.of(), proposals(sig, p -> p.evaluate(TODAY)), "same cases: not again");

    Acpm opened = proposals(sig, p -> p.accept(byProcess.id(), AcpmType.CORRECTIVA, null));
    assertEquals("ACPM-2026-001", opened.number());
    assertEquals(AcpmOrigin.CAUSA_RECURRENTE, opened.origin());
    assertEquals(radicados, opened.sourceRadicados());
    assertTrue(
        opened.description().contains("Falla en el control de acceso"), opened.description());
    long id = opened.id();

    // worked: analysis, two actions (one of the leader's own), follow-up by the owner
    acpm(
        sig,
        s ->
            s.analyze(
                id,
                new Analysis(
                    List.of(
                        "El guarda no pidió documento",
                        "No conocía la consigna",
                        "No hubo inducción"),
                    "Inducción del puesto incompleta",
                    "Consigna sin actualizar",
                    "Rotación de guardas",
                    null,
                    null,
                    "Sin control de la minuta",
                    null)));
    acpm(sig, s -> s.addAction(id, "Reinducción de consignas", "ana.rojas", TODAY.plusDays(10)));
    acpm(sig, s -> s.addAction(id, "Supervisión nocturna", "carlos.mejia", TODAY.plusDays(15)));
    AcpmRuleViolation past =
        assertThrows(
            AcpmRuleViolation.class,
            () -> acpm(sig, s -> s.addAction(id, "Tarde", "ana.rojas", TODAY.minusDays(1))));
    assertEquals("fechaCompromiso", past.field());
    acpm(
        owner,
        s -> {
          s.addNote(id, "Reinducción hecha a 12 guardas");
          s.actionStatus(id, 1, ActionStatus.CUMPLIDA);
          return null;
        });
    AcpmRuleViolation ownerWorks =
        assertThrows(
            AcpmRuleViolation.class, () -> acpm(owner, s -> s.analyze(id, Analysis.empty())));
    assertTrue(ownerWorks.forbidden());
    AcpmRuleViolation notHers =
        assertThrows(
            AcpmRuleViolation.class,
            () ->
                acpm(
                    owner,
                    s -> {
                      s.actionStatus(id, 2, ActionStatus.CUMPLIDA);
                      return null;
                    }));
    assertTrue(notHers.forbidden());

    // cannot close before verification; verification refused with open actions and by an owner
    AcpmRuleViolation early =
        assertThrows(AcpmRuleViolation.class, () -> acpm(sig, s -> s.close(id)));
    assertEquals("close.unverified", early.key());
    assertTrue(early.getMessage().contains("verificación de eficacia"), early.getMessage());
    AcpmRuleViolation open =
        assertThrows(
            AcpmRuleViolation.class,
            () -> acpm(sig, s -> s.verify(id, true, "Visita", null, null, null)));
    assertEquals("verify.open_actions", open.key());
    acpm(
        leader,
        s -> {
          s.actionStatus(id, 2, ActionStatus.CUMPLIDA);
          return null;
        });
    AcpmRuleViolation byOwner =
        assertThrows(
            AcpmRuleViolation.class,
            () -> acpm(leader, s -> s.verify(id, true, "Yo mismo", null, null, null)));
    assertEquals("verify.owner", byOwner.key());
    AcpmRuleViolation noEvidence =
        assertThrows(
            AcpmRuleViolation.class,
            () -> acpm(sig, s -> s.verify(id, true, "", null, null, null)));
    assertEquals("evidencia", noEvidence.field());

    acpm(
        sig,
        s ->
            s.verify(
                id,
                true,
                "Sin quejas de acceso en 30 días; minutas revisadas",
                "minutas.pdf",
                "application/pdf",
                "%PDF-1.4 minutas".getBytes(StandardCharsets.US_ASCII)));
    Acpm closed = acpm(sig, s -> s.close(id));
    assertEquals(AcpmStatus.CERRADA, closed.status());
    assertEquals("directora.sig", closed.closedBy());
    Acpm again = acpm(manager, s -> s.get(id));
    assertTrue(again.history().size() >= 8, "history kept: " + again.history().size());
    assertEquals("directora.sig", again.verifiedBy());

    // the matrix in the GI-RG-07 order, one row per action
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    acpm(
        sig,
        s -> {
          try {
            s.exportMatrix(AcpmFilter.all(), xlsx);
          } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
          }
          return null;
        });
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
      Sheet sheet = wb.getSheet("GI-RG-07");
      Row header = sheet.getRow(0);
      List<String> read = new ArrayList<>();
      for (int i = 0; i < header.getLastCellNum(); i++) {
        read.add(header.getCell(i).getStringCellValue());
      }
      assertEquals(AcpmMatrixWorkbook.headers(), read);
      assertEquals("No.", read.get(0));
      assertEquals("Tipo de acción", read.get(6));
      assertEquals("Responsable", read.get(12));
      assertEquals("Estado de la ACPM", read.get(21));
      assertEquals(2, sheet.getLastRowNum(), "two actions, two rows");
      assertEquals("ACPM-2026-001", sheet.getRow(1).getCell(0).getStringCellValue());
      assertEquals("ana.rojas", sheet.getRow(1).getCell(12).getStringCellValue());
      assertEquals("carlos.mejia", sheet.getRow(2).getCell(12).getStringCellValue());
      assertEquals("Sí", sheet.getRow(1).getCell(16).getStringCellValue());
      assertEquals("Cerrada", sheet.getRow(2).getCell(21).getStringCellValue());
    }
  }

  @Test
  void theRatingsOfAProcessBelowTheTargetAreProposedAndTheSurveyHookProposesOnce() {
    for (int i = 0; i < 5; i++) {
      String r = aCase("Comercial", null, 20 + i, null);
      JpaTestSupport.execute(
          "UPDATE pqrs_case SET satisfaction_score = "
              + (i == 0 ? 4 : 2)
              + ", answered_at = '"
              + NOW.minusDays(10 + i)
              + "' WHERE radicado = '"
              + r
              + "'");
    }
    List<AcpmProposal> made = proposals(sig, p -> p.evaluate(TODAY));
    assertEquals(1, made.size());
    AcpmProposal p = made.get(0);
    assertEquals(ProposalRule.CALIFICACION, p.rule());
    assertEquals(comercial, p.area().id());
    assertEquals(0, new BigDecimal("2.40").compareTo(p.measured()));
    assertEquals(4, p.radicados().size(), "the ratings below the target");

    // the target lowered below the mean: nothing more is proposed
    proposals(
        sig,
        s -> {
          s.saveSettings(new ImprovementSettings(3, 3, new BigDecimal("2.00"), 5, 3, null));
          return null;
        });
    assertEquals(List.of(), proposals(sig, s -> s.evaluate(TODAY)));

    SurveyQuestionResult low =
        new SurveyQuestionResult(
            "GO-RG-03 2026-S2",
            "Oportunidad de la respuesta",
            new BigDecimal("3.10"),
            new BigDecimal("4.00"),
            operaciones,
            TODAY.minusDays(30),
            TODAY,
            40);
    assertTrue(proposals(sig, s -> s.proposeForSurveyQuestion(low)).isPresent());
    assertTrue(proposals(sig, s -> s.proposeForSurveyQuestion(low)).isEmpty(), "pending already");
    SurveyQuestionResult fine =
        new SurveyQuestionResult(
            "GO-RG-03 2026-S2",
            "Trato",
            new BigDecimal("4.50"),
            new BigDecimal("4.00"),
            null,
            null,
            null,
            40);
    assertTrue(proposals(sig, s -> s.proposeForSurveyQuestion(fine)).isEmpty());
    Acpm a =
        proposals(
            sig,
            s ->
                s.accept(
                    s.proposals(ProposalStatus.PENDIENTE).stream()
                        .filter(x -> x.rule() == ProposalRule.ENCUESTA)
                        .findFirst()
                        .orElseThrow()
                        .id(),
                    AcpmType.MEJORA,
                    null));
    assertEquals(AcpmOrigin.SATISFACCION, a.origin());
    assertTrue(a.sourceReference().contains("GO-RG-03 2026-S2"));
  }

  @Test
  void anOverdueActionAlertsItsOwnerAndTheSigOfficeOncePerDueDate() {
    long id =
        acpm(
            sig,
            s ->
                s.open(
                        new NewAcpm(
                            AcpmOrigin.AUDITORIA_INTERNA,
                            AcpmType.PREVENTIVA,
                            "Hallazgo de auditoría: minutas incompletas",
                            operaciones,
                            null,
                            null,
                            null,
                            null,
                            "Auditoría interna 2026-2"))
                    .id());
    acpm(sig, s -> s.addAction(id, "Completar minutas", "ana.rojas", TODAY.plusDays(1)));

    LocalDate later = TODAY.plusDays(3);
    assertEquals(1, (int) inTransaction(em -> alerts(em).alertOverdue(later)));
    assertEquals(0, (int) inTransaction(em -> alerts(em).alertOverdue(later.plusDays(1))), "once");
    List<String> to =
        read(
            em ->
                new JpaOutbox(em)
                    .pending(50).stream()
                        .filter(m -> m.subject().contains("vencida"))
                        .map(OutboxMessage::recipient)
                        .sorted()
                        .toList());
    assertEquals(List.of("ana@example.co", "sig@example.co"), to);

    // a new commitment that passes too alerts again
    acpm(
        sig,
        s -> {
          s.reschedule(id, 1, TODAY.plusDays(5));
          return null;
        });
    assertEquals(1, (int) inTransaction(em -> alerts(em).alertOverdue(TODAY.plusDays(6))));
    List<co.ventanilla.reports.ReportSection.Table> tables =
        read(
            em -> {
              AcpmReportSection section = new AcpmReportSection();
              section.em = em;
              return section.tables(
                  co.ventanilla.reports.ReportPeriod.range(TODAY.minusDays(30), TODAY.plusDays(10)),
                  null);
            });
    List<Object> preventive =
        tables.get(0).rows().stream()
            .filter(r -> "Preventiva".equals(r.get(0)))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of("Preventiva", 1L, 0L, 1L, 1L), preventive, "opened, closed, open, overdue");
    assertEquals("Auditoría interna", tables.get(1).rows().get(3).get(0));
    AcpmFigures f = acpm(manager, AcpmService::figures);
    assertEquals(1, f.total().open());
    assertEquals(1, f.byType().get("PREVENTIVA").open());
    assertEquals(1, f.byOrigin().get("AUDITORIA_INTERNA").open());
  }

  @Test
  void eachRoleSeesItsOwn() {
    long mine =
        acpm(
            sig,
            s ->
                s.open(
                        new NewAcpm(
                            AcpmOrigin.OTRO,
                            AcpmType.MEJORA,
                            "Mejorar el tablero de turnos",
                            operaciones,
                            null,
                            null,
                            null,
                            null,
                            null))
                    .id());
    acpm(sig, s -> s.addAction(mine, "Nuevo tablero", "ana.rojas", TODAY.plusDays(3)));
    long other =
        acpm(
            sig,
            s ->
                s.open(
                        new NewAcpm(
                            AcpmOrigin.OTRO,
                            AcpmType.MEJORA,
                            "Otra del área comercial",
                            comercial,
                            null,
                            null,
                            null,
                            null,
                            null))
                    .id());

    assertEquals(2, acpm(manager, s -> s.list(AcpmFilter.all())).size());
    assertEquals(1, acpm(leader, s -> s.list(AcpmFilter.all())).size(), "his process");
    assertEquals(1, acpm(owner, s -> s.list(AcpmFilter.all())).size(), "her action");
    assertEquals(0, acpm(stranger, s -> s.list(AcpmFilter.all())).size());
    assertTrue(
        assertThrows(AcpmRuleViolation.class, () -> acpm(owner, s -> s.get(other))).forbidden());
    assertTrue(
        assertThrows(
                AcpmRuleViolation.class,
                () ->
                    acpm(
                        leader,
                        s ->
                            s.open(
                                new NewAcpm(
                                    AcpmOrigin.OTRO,
                                    AcpmType.MEJORA,
                                    "x",
                                    operaciones,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null))))
            .forbidden());
    AcpmFilter byOwner = new AcpmFilter(null, null, null, null, "ana.rojas", false);
    assertEquals(1, acpm(sig, s -> s.list(byOwner)).size());
    AcpmFilter overdue = new AcpmFilter(null, null, null, null, null, true);
    assertEquals(0, acpm(sig, s -> s.list(overdue)).size());
  }

  private static AcpmAlerts alerts(EntityManager em) {
    AcpmAlerts a = new AcpmAlerts();
    a.em = em;
    a.outbox = new JpaOutbox(em);
    a.directory = directory(em);
    a.proposals = proposals(em, sig);
    a.clock = CLOCK;
    return a;
  }
}
