package co.ventanilla.investigations;

import static co.ventanilla.testing.JpaTestSupport.inTransaction;
import static co.ventanilla.testing.JpaTestSupport.read;
import static co.ventanilla.testing.JpaTestSupport.runInTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.attachments.ContentStore;
import co.ventanilla.calendar.BusinessCalendar;
import co.ventanilla.cases.CaseState;
import co.ventanilla.cases.Channel;
import co.ventanilla.cases.Petitioner;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.cases.access.CaseAccessDenied;
import co.ventanilla.cases.access.CaseAccessLog;
import co.ventanilla.cases.access.StandaloneJournal;
import co.ventanilla.cases.lifecycle.CaseWorkflowService;
import co.ventanilla.cases.lifecycle.StandaloneWorkflow;
import co.ventanilla.cases.outbox.JpaOutbox;
import co.ventanilla.cases.persistence.JpaCaseRepository;
import co.ventanilla.cases.persistence.RadicadoCounter;
import co.ventanilla.organization.Area;
import co.ventanilla.organization.StaffMember;
import co.ventanilla.organization.persistence.JpaOrganizationRepository;
import co.ventanilla.staff.CurrentStaff;
import co.ventanilla.staff.LockoutPolicy;
import co.ventanilla.staff.NewStaffUser;
import co.ventanilla.staff.Staff;
import co.ventanilla.staff.StaffDirectory;
import co.ventanilla.staff.StaffRole;
import co.ventanilla.terms.TermPolicy;
import co.ventanilla.terms.TermPresets;
import co.ventanilla.testing.JpaTestSupport;
import co.ventanilla.testing.TestPasswordHash;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An investigation through the V13 schema on MariaDB, each step in its own transaction as the
 * container runs each call: opening moves the case and names the committee on it, evidence keeps
 * its hash and the integrity check names an item whose stored bytes were changed behind the
 * application's back, a protected witness reads as a pseudonym for a member who is not a custodian
 * (screens, PDF), and a member of staff outside the committee is refused and journaled.
 */
class InvestigationIT {

  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 10, 0);
  private static final Clock CLOCK = Clock.fixed(NOW.atZone(BOGOTA).toInstant(), BOGOTA);
  private static final TermPolicy TERMS =
      new TermPolicy(TermPresets.LEY_1755, BusinessCalendar.colombia());
  private static final Staff SIG = staff("directora.sig", StaffRole.SIG);
  private static final Staff MEMBER = staff("comite", StaffRole.COMITE);
  private static final Staff OUTSIDER = staff("otro.comite", StaffRole.COMITE);
  private static final Staff RECEPTION = staff("recepcion", StaffRole.RECEPCION);
  private static final String WITNESS = "Wilson Ospina Tapasco";

  @TempDir Path dir;
  private String radicado;

  private static Staff staff(String user, StaffRole role) {
    return new Staff(user, user, null, EnumSet.of(role), Set.of(), Set.of());
  }

  @BeforeAll
  static void people() {
    JpaTestSupport.deleteAllCases();
    runInTransaction(
        em -> {
          StaffDirectory directory = directory(em);
          for (Staff s : List.of(SIG, MEMBER, OUTSIDER, RECEPTION)) {
            directory.create(
                new NewStaffUser(
                    s.userName(),
                    s.userName(),
                    null,
                    s.roles(),
                    Set.of(),
                    "Turno-Nocturno-2026".toCharArray(),
                    false,
                    false),
                "test");
          }
          new JpaOrganizationRepository(em).store(new Area("Operaciones", "carlos.mejia", null));
          em.persist(new Cause("FALLA_CONTROL_ACCESO", "Falla en el control de acceso"));
          em.persist(new DocumentTemplate(Modality.HURTO, "Copia de la denuncia penal", 1));
          em.persist(new DocumentTemplate(Modality.HURTO, "Facturas de los bienes", 2));
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

  /** A level-4 reclamo of a theft, received two days ago, assigned to Operaciones. */
  @BeforeEach
  void aSiniestroCase() {
    radicado =
        inTransaction(
            em -> {
              LocalDateTime at = NOW.minusDays(2);
              PqrsCase c =
                  PqrsCase.file(
                      new RadicadoCounter(em).next("", 2026),
                      "TRACKINV01",
                      PqrsType.RECLAMO,
                      Channel.WEB,
                      new Petitioner(
                          "Conjunto Residencial Los Almendros",
                          "NIT",
                          "900123456-1",
                          "admin@almendros.example.co",
                          null,
                          null,
                          false),
                      "Medellín",
                      "Hurto en la torre 3",
                      "Hurtaron un televisor del apartamento 302.",
                      at,
                      null,
                      "recepcion");
              c.startTerm(15, BusinessCalendar.colombia());
              c.classify("recepcion", at, 4, true, null, BusinessCalendar.colombia());
              Area op = new JpaOrganizationRepository(em).findArea("Operaciones").orElseThrow();
              c.assign("recepcion", at.plusMinutes(5), op, "ana.rojas", null);
              new JpaCaseRepository(em).store(c);
              return c.radicado();
            });
  }

  private static StaffDirectory directory(EntityManager em) {
    return new StaffDirectory(
        em, CLOCK, new TestPasswordHash(), new LockoutPolicy(3, Duration.ofMinutes(15)));
  }

  private static <T> T as(Staff who, Function<InvestigationService, T> work) {
    return inTransaction(em -> work.apply(service(em, who)));
  }

  private static InvestigationService service(EntityManager em, Staff who) {
    InvestigationService s = new InvestigationService();
    s.em = em;
    s.current =
        new CurrentStaff() {
          private static final long serialVersionUID = 1L;

          @Override
          public Staff get() {
            return who;
          }
        };
    s.cases = new JpaCaseRepository(em);
    s.workflow = StandaloneWorkflow.on(em, TERMS, CLOCK);
    s.journal = StandaloneJournal.on(em, CLOCK);
    s.directory = directory(em);
    s.contents = new ContentStore(em);
    s.terms = TERMS;
    s.clock = CLOCK;
    s.maxFileMb = 5;
    return s;
  }

  private PqrsCase theCase() {
    return read(em -> new JpaCaseRepository(em).findByRadicado(radicado).orElseThrow());
  }

  private long openWithCommittee() {
    long id = as(SIG, s -> s.open(radicado, Modality.HURTO, "Hurto de un televisor")).id();
    as(
        SIG,
        s -> {
          s.addMember(id, "comite", CommitteeRole.GESTION_HUMANA, false);
          return null;
        });
    return id;
  }

  private UploadedFile file(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return new UploadedFile(name, p);
  }

  @Test
  void openingMovesTheCaseAndNamesTheCommitteeOnItWhileItsTermKeepsRunning() {
    java.time.LocalDate due = theCase().dueDate();
    long id = openWithCommittee();

    PqrsCase c = theCase();
    assertEquals(CaseState.EN_INVESTIGACION, c.state());
    assertEquals(due, c.dueDate(), "the term keeps running");
    assertTrue(c.isMember("comite"), "the member can open the case behind");
    InvestigationFile f = as(MEMBER, s -> s.get(id));
    assertEquals("directora.sig", f.members().get(0).userName());
    assertTrue(f.members().get(0).chair());
    assertEquals(2, f.members().size());
    assertTrue(as(MEMBER, InvestigationService::mine).stream().anyMatch(i -> i.id() == id));

    InvestigationRuleViolation twice =
        assertThrows(
            InvestigationRuleViolation.class,
            () -> as(SIG, s -> s.open(radicado, Modality.HURTO, "Otra vez")));
    assertEquals("open.already", twice.key());
  }

  @Test
  void receptionMayNotOpenAndIsJournaled() {
    CaseAccessDenied refused =
        inTransaction(
            em -> {
              try {
                service(em, RECEPTION).open(radicado, Modality.HURTO, "x");
                return null;
              } catch (CaseAccessDenied e) {
                return e;
              }
            });
    assertEquals(radicado, refused.radicado());
    assertEquals(CaseState.ASIGNADO, theCase().state());
  }

  @Test
  void anOutsiderIsRefusedAndJournaled() {
    long id = openWithCommittee();
    CaseAccessDenied refused =
        inTransaction(
            em -> {
              try {
                service(em, OUTSIDER).get(id);
                return null;
              } catch (CaseAccessDenied e) {
                return e;
              }
            });
    assertEquals(radicado, refused.radicado());
    List<CaseAccessLog> journal =
        read(
            em ->
                em.createNamedQuery(CaseAccessLog.OF_CASE, CaseAccessLog.class)
                    .setParameter("radicado", radicado)
                    .getResultList());
    assertTrue(
        journal.stream().anyMatch(l -> l.userName().equals("otro.comite") && !l.allowed()),
        "the refusal is journaled: " + journal);
    assertFalse(theCase().isMember("otro.comite"));
    assertTrue(as(OUTSIDER, InvestigationService::mine).isEmpty());
  }

  @Test
  void aMemberTakenOffTheCommitteeLeavesTheCaseAndNoLongerOpensIt() {
    long id = openWithCommittee();
    assertTrue(theCase().isMember("comite"));
    InvestigationRuleViolation noReason =
        assertThrows(
            InvestigationRuleViolation.class,
            () -> as(SIG, s -> run(() -> s.removeMember(id, "comite", " "))));
    assertEquals("member.reason_required", noReason.key());
    InvestigationRuleViolation chair =
        assertThrows(
            InvestigationRuleViolation.class,
            () -> as(SIG, s -> run(() -> s.removeMember(id, "directora.sig", "Vacaciones"))));
    assertEquals("member.is_chair", chair.key());

    as(SIG, s -> run(() -> s.removeMember(id, "comite", "Conflicto de interés con el cliente")));

    InvestigationFile after = as(SIG, s -> s.get(id));
    assertTrue(after.members().stream().noneMatch(m -> m.userName().equals("comite")));
    assertTrue(
        after.timeline().stream()
            .anyMatch(t -> t.text().contains("Conflicto de interés con el cliente")),
        "the reason is in the timeline");
    assertFalse(theCase().isMember("comite"), "named only by the committee: off the case too");
    assertThrows(CaseAccessDenied.class, () -> as(MEMBER, s -> s.get(id)));
  }

  private static Void run(Runnable r) {
    r.run();
    return null;
  }

  @Test
  void changingAStoredEvidenceByteMakesTheIntegrityCheckNameThatItem() throws IOException {
    long id = openWithCommittee();
    byte[] minuta =
        "Minuta del puesto torre 3, turno nocturno.\n"
            .repeat(2000)
            .getBytes(StandardCharsets.UTF_8);
    UploadedFile first = file("minuta.txt", minuta);
    UploadedFile second =
        file("inventario.txt", "Televisor 55 pulgadas\n".getBytes(StandardCharsets.UTF_8));
    InvestigationFile.EvidenceView kept =
        as(
            MEMBER,
            s -> s.addEvidence(id, EvidenceKind.DOCUMENTO, "Copia de la minuta", "Guarda", first));
    InvestigationFile.EvidenceView altered =
        as(
            MEMBER,
            s -> s.addEvidence(id, EvidenceKind.INVENTARIO, "Inventario", "Cliente", second));
    assertEquals(ContentStore.sha256(minuta), kept.sha256());
    assertEquals("text/plain", kept.mediaType());
    IntegrityReport before = as(SIG, s -> s.verifyIntegrity(id));
    assertEquals(2, before.verified());
    assertTrue(before.intact());

    JpaTestSupport.execute(
        "UPDATE content_chunk SET data = CONCAT('X', SUBSTRING(data, 2)) WHERE content_id ="
            + " (SELECT content_id FROM investigation_evidence WHERE id = "
            + altered.id()
            + ")");

    IntegrityReport after = as(MEMBER, s -> s.verifyIntegrity(id));
    assertEquals(2, after.verified());
    assertEquals(1, after.altered().size());
    assertEquals(altered.number(), after.altered().get(0).number());
    assertEquals("inventario.txt", after.altered().get(0).fileName());
  }

  @Test
  void aProgramRenamedAsAPhotoIsRefusedByItsContent() throws IOException {
    long id = openWithCommittee();
    byte[] elf =
        new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0};
    UploadedFile fake = file("foto.jpg", elf);
    InvestigationRuleViolation refused =
        assertThrows(
            InvestigationRuleViolation.class,
            () -> as(MEMBER, s -> s.addEvidence(id, EvidenceKind.FOTO, "Foto", null, fake)));
    assertEquals("archivo", refused.field());
    assertEquals(0, as(SIG, s -> s.get(id)).evidence().size(), "nothing half-stored");
  }

  @Test
  void aProtectedWitnessReadsAsItsPseudonymForAMemberWhoIsNoCustodian() throws IOException {
    long id = openWithCommittee();
    long party =
        as(
            SIG,
            s ->
                s.addParty(
                    id, PartyKind.TESTIGO, WITNESS, "CC 75000111", "311 000 0000", null, true));

    InvestigationFile forMember = as(MEMBER, s -> s.get(id));
    assertEquals("Testigo 1", forMember.parties().get(0).names());
    assertEquals(null, forMember.parties().get(0).document());
    String pdf = text(as(MEMBER, s -> s.finalReport(id, true)));
    assertTrue(pdf.contains("Testigo 1"), pdf);
    assertFalse(pdf.contains("Wilson"), "the witness's name is not in the member's PDF");
    assertEquals(WITNESS, as(SIG, s -> s.get(id)).parties().get(0).names());

    as(
        SIG,
        s -> {
          s.disclose(id, party, "comite", "Debe tomarle la declaración escrita");
          return null;
        });
    assertEquals(WITNESS, as(MEMBER, s -> s.get(id)).parties().get(0).names());
  }

  @Test
  void actasTasksDocumentsConclusionsAndClosingAreStored() throws IOException {
    long id = openWithCommittee();
    long session =
        as(
            MEMBER,
            s ->
                s.newSession(
                    id,
                    new ActaContent(
                        LocalDate.of(2026, 11, 19),
                        List.of("directora.sig", "comite"),
                        "Hechos y pruebas",
                        "Se revisó la minuta",
                        "Pedir documentos",
                        List.of(
                            new ActaContent.Task(
                                "Pedir las facturas", "comite", LocalDate.of(2026, 11, 19))))));
    as(
        SIG,
        s -> {
          s.approveSession(id, session);
          s.completeTask(id, session, 0);
          s.makeChair(id, "comite");
          return null;
        });
    InvestigationFile afterActa = as(SIG, s -> s.get(id));
    InvestigationFile.SessionView acta = afterActa.sessions().get(0);
    assertEquals(CommitteeSession.Status.APROBADA, acta.status());
    assertEquals(64, acta.contentSha256().length());
    assertTrue(acta.tasks().get(0).done());
    assertTrue(
        afterActa.members().stream()
            .filter(m -> m.chair())
            .allMatch(m -> m.userName().equals("comite")));
    assertTrue(text(as(MEMBER, s -> s.sessionActa(id, session))).contains(acta.contentSha256()));

    boolean suspended = as(MEMBER, s -> s.requestDocuments(id, s.checklist(Modality.HURTO)));
    assertTrue(suspended, "within ten business days of the radicación: art. 17");
    assertTrue(theCase().awaitingInformation());
    assertTrue(
        read(em -> new JpaOutbox(em).forCase(radicado)).stream()
            .anyMatch(m -> "admin@almendros.example.co".equals(m.recipient())),
        "the petitioner is mailed");
    for (InvestigationFile.DocumentView d : as(MEMBER, s -> s.get(id)).documents()) {
      UploadedFile scan = file("doc" + d.id() + ".pdf", minimalPdf());
      as(
          MEMBER,
          s -> {
            s.receiveDocument(id, d.id(), scan);
            return null;
          });
    }
    assertFalse(theCase().awaitingInformation(), "the term runs again");

    long cause =
        read(em -> em.createNamedQuery(Cause.ACTIVE, Cause.class).getResultList().get(0).id());
    as(
        MEMBER,
        s -> {
          s.conclude(
              id,
              cause,
              "Guarda de turno",
              "Llamado de atención",
              "Ronda adicional",
              ClaimDecision.ACEPTADA,
              new BigDecimal("2800000"),
              List.of("Capacitación en minuta"));
          s.vote(id, true, null);
          return null;
        });
    as(
        SIG,
        s -> {
          s.vote(id, true, null);
          return null;
        });
    as(
        MEMBER,
        s -> {
          s.close(id);
          return null;
        });
    InvestigationFile closed = as(SIG, s -> s.get(id));
    assertEquals(InvestigationStatus.CERRADA, closed.status());
    long reports =
        read(
            em ->
                new ContentStore(em)
                    .attachmentsOf(theCase().id()).stream()
                        .filter(a -> a.fileName().startsWith("informe-final-"))
                        .count());
    assertEquals(2, reports, "the report and its version for the petitioner are on the case");

    runInTransaction(
        em -> {
          CaseWorkflowService w = StandaloneWorkflow.on(em, TERMS, CLOCK);
          w.draftAnswer(radicado, "ana.rojas", "Se acepta la reclamación; adjuntamos el informe.");
          w.approveAnswer(radicado, new StaffMember("carlos.mejia", false), null);
        });
    runInTransaction(
        em -> {
          CaseWorkflowService w =
              StandaloneWorkflow.on(em, TERMS, CLOCK, new FinalReportEnclosure(em));
          w.sendAnswer(radicado, "ana.rojas");
        });
    List<String> enclosed =
        read(
            em ->
                new JpaOutbox(em)
                    .forCase(radicado).stream()
                        .filter(m -> m.subject().contains("respuesta"))
                        .flatMap(m -> m.attachments().stream())
                        .map(a -> a.fileName())
                        .toList());
    assertEquals(
        List.of("informe-final-" + radicado + "-peticionario.pdf"),
        enclosed,
        "the answer carries the report for the petitioner, never the committee's");
  }

  private static byte[] minimalPdf() {
    return InvestigationReports.actaDeAtencion(
        InvestigationFile.of(
            Investigation.open(1L, "R", true, Modality.HURTO, "x", "a", CommitteeRole.SIG, NOW),
            "a",
            false,
            false,
            NOW.toLocalDate()));
  }

  private static String text(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder all = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        all.append(extractor.getTextFromPage(page)).append('\n');
      }
      return all.toString();
    } finally {
      reader.close();
    }
  }
}
