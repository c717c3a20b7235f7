package co.ventanilla.privacy;

import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.cases.Petitioner;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.cases.access.CaseAccessJournal;
import co.ventanilla.cases.access.CaseAction;
import co.ventanilla.staff.RoleCheck;
import co.ventanilla.staff.StaffRole;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The data-protection officer's work on one person's data (Ley 1581 de 2012; seed 001 §9.2,
 * "conocer, actualizar, rectificar y suprimir información"; seed 004 §5.2):
 *
 * <ul>
 *   <li><b>Find</b> everything held of the person by document number or email ({@link
 *       DataSubjectFile}); every such view of the unmasked data is written in the cases' access
 *       journal (one line per case, action VIEW).
 *   <li><b>Rectify</b> the petitioner's data of the person's cases (art. 8 literal a, art. 15); the
 *       value before is kept in {@code privacy_rectification} and the case's history says what
 *       changed, who and why.
 *   <li><b>Anonymise</b> (supresión, art. 8 literal e, art. 15): names, document and contact data
 *       removed, the person's identifiers removed from every free text (subject, description,
 *       history, answers, mail, term reasons, links), whole texts the officer marks replaced, files
 *       and originals replaced by a note, investigation parties anonymised, outgoing mail to the
 *       address stopped; the cases keep type, dates, channel, agency, term, state, process, level
 *       and rating, so the indicators do not change. Refused, with the reason and until when, while
 *       a case is under investigation, under a legal hold or within its retention period (the
 *       titular may not ask for suppression "cuando el Titular tenga un deber legal o contractual
 *       de permanecer en la base de datos", Decreto 1377 de 2013 art. 9, Decreto 1074 de 2015 art.
 *       2.2.2.25.2.8; {@link RetentionPolicy}). The same anonymisation asked again finds nothing
 *       left and changes nothing; a person never held answers {@link
 *       PrivacyRuleViolation.Kind#UNKNOWN}.
 * </ul>
 *
 * <p>Other rooms are read through SQL (investigations, mail, files) and never depended on; the case
 * changes through its own methods ({@link PqrsCase#rectifyPetitioner}, {@link
 * PqrsCase#anonymisePetitioner}).
 */
@Stateless
public class PersonalDataService {

  private static final Logger LOG = Logger.getLogger(PersonalDataService.class.getName());

  /** The names an anonymised petitioner keeps. */
  public static final String ANONYMISED_NAMES = "Titular anonimizado";

  private static final String ANONYMISED_PARTY = "Parte anonimizada";
  private static final byte[] PLACEHOLDER =
      "Archivo suprimido por protección de datos personales (Ley 1581 de 2012)."
          .getBytes(StandardCharsets.UTF_8);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  @Inject Clock clock;
  @Inject RoleCheck roles;
  @Inject CaseAccessJournal journal;
  @Inject RetentionPolicy retention;

  // ---------------------------------------------------------------------------------------------
  // Find
  // ---------------------------------------------------------------------------------------------

  /**
   * Everything held of the person, journaled as a view by {@code viewer}.
   *
   * @throws PrivacyRuleViolation INVALID without document nor email; UNKNOWN when nothing is held
   *     and the person was never anonymised
   */
  public DataSubjectFile find(SubjectKey key, String viewer) {
    roles.require(StaffRole.DATOS, StaffRole.SIG);
    DataSubjectFile file = read(requireKey(key));
    if (file.isEmpty() && file.anonymisations().isEmpty()) {
      throw unknown();
    }
    for (DataSubjectFile.CaseData c : file.cases()) {
      PqrsCase pqrsCase = em.find(PqrsCase.class, c.id());
      if (pqrsCase != null) {
        journal.opened(pqrsCase, viewer, CaseAction.VIEW);
      }
    }
    return file;
  }

  /** The same as {@link #find}, without the journal: for the services' own checks. */
  DataSubjectFile read(SubjectKey key) {
    List<DataSubjectFile.CaseData> cases = cases(key);
    List<Long> ids = cases.stream().map(DataSubjectFile.CaseData::id).toList();
    List<DataSubjectFile.PartyData> parties = parties(key);
    return new DataSubjectFile(
        key,
        cases,
        messages(ids),
        attachments(ids),
        parties,
        blocks(cases, parties),
        legend(key.document(), key.email()).orElse(null),
        anonymisations(key));
  }

  private static final String CASE_COLUMNS =
      "SELECT c.id, c.radicado, c.type, c.state, c.channel, c.agency, c.received_at,"
          + " c.due_date, c.closed_at, c.petitioner_names, c.petitioner_document_type,"
          + " c.petitioner_document_number, c.petitioner_email, c.petitioner_phone,"
          + " c.petitioner_address, c.subject, c.description,"
          + " r.consent_policy_version, r.consent_given_at, r.consent_policy_sha256,"
          + " r.consent_channel, r.consent_origin"
          + " FROM pqrs_case c LEFT JOIN intake_record r ON r.case_id = c.id";

  private List<DataSubjectFile.CaseData> cases(SubjectKey key) {
    return caseData(
        em.createNativeQuery(
                CASE_COLUMNS
                    + " WHERE (? IS NOT NULL AND REPLACE(REPLACE(REPLACE("
                    + "c.petitioner_document_number, '.', ''), '-', ''), ' ', '') = ?)"
                    + " OR (? IS NOT NULL AND c.petitioner_email = ?)"
                    + " ORDER BY c.received_at, c.id")
            .setParameter(1, key.document())
            .setParameter(2, key.document())
            .setParameter(3, key.email())
            .setParameter(4, key.email())
            .getResultList());
  }

  /** The case {@code id} with its personal data, if it exists. */
  public Optional<DataSubjectFile.CaseData> caseData(long id) {
    roles.require(StaffRole.DATOS, StaffRole.SIG);
    List<Object[]> rows =
        em.createNativeQuery(CASE_COLUMNS + " WHERE c.id = ?").setParameter(1, id).getResultList();
    return caseData(rows).stream().findFirst();
  }

  private static List<DataSubjectFile.CaseData> caseData(List<Object[]> rows) {
    List<DataSubjectFile.CaseData> cases = new ArrayList<>();
    for (Object[] r : rows) {
      cases.add(
          new DataSubjectFile.CaseData(
              ((Number) r[0]).longValue(),
              (String) r[1],
              PqrsType.valueOf((String) r[2]).code(),
              (String) r[3],
              (String) r[4],
              (String) r[5],
              dateTime(r[6]),
              date(r[7]),
              dateTime(r[8]),
              (String) r[9],
              (String) r[10],
              (String) r[11],
              (String) r[12],
              (String) r[13],
              (String) r[14],
              (String) r[15],
              (String) r[16],
              (String) r[17],
              dateTime(r[18]),
              r[19] == null ? null : r[19].toString(),
              (String) r[20],
              (String) r[21]));
    }
    return cases;
  }

  private List<DataSubjectFile.MessageData> messages(List<Long> caseIds) {
    if (caseIds.isEmpty()) {
      return List.of();
    }
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT c.radicado, m.direction, m.from_address, m.to_addresses, m.subject,"
                    + " m.occurred_at FROM case_message m JOIN pqrs_case c ON c.id = m.case_id"
                    + " WHERE m.case_id IN ("
                    + in(caseIds)
                    + ") ORDER BY m.occurred_at, m.id")
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new DataSubjectFile.MessageData(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    dateTime(r[5])))
        .toList();
  }

  private List<DataSubjectFile.AttachmentData> attachments(List<Long> caseIds) {
    if (caseIds.isEmpty()) {
      return List.of();
    }
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT a.id, c.radicado, a.file_name, s.media_type, s.size_bytes"
                    + " FROM case_attachment a JOIN pqrs_case c ON c.id = a.case_id"
                    + " JOIN stored_content s ON s.id = a.content_id WHERE a.case_id IN ("
                    + in(caseIds)
                    + ") ORDER BY a.added_at, a.id")
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new DataSubjectFile.AttachmentData(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    ((Number) r[4]).longValue()))
        .toList();
  }

  private List<DataSubjectFile.PartyData> parties(SubjectKey key) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT p.id, i.id, i.radicado, p.kind, p.names, p.document, p.contact, i.status"
                    + " FROM investigation_party p JOIN investigation i ON i.id = p.investigation_id"
                    + " WHERE (? IS NOT NULL AND REPLACE(REPLACE(REPLACE(p.document, '.', ''), '-',"
                    + " ''), ' ', '') = ?) OR (? IS NOT NULL AND p.contact LIKE ?) ORDER BY p.id")
            .setParameter(1, key.document())
            .setParameter(2, key.document())
            .setParameter(3, key.email())
            .setParameter(4, key.email() == null ? null : "%" + key.email() + "%")
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new DataSubjectFile.PartyData(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    "ABIERTA".equals(r[7])))
        .toList();
  }

  private List<DataSubjectFile.AnonymisationData> anonymisations(SubjectKey key) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT done_at, done_by, reason, cases, radicados FROM privacy_anonymisation"
                    + " WHERE subject_hash = ? ORDER BY done_at")
            .setParameter(1, key.hash())
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new DataSubjectFile.AnonymisationData(
                    dateTime(r[0]),
                    (String) r[1],
                    (String) r[2],
                    ((Number) r[3]).intValue(),
                    (String) r[4]))
        .toList();
  }

  // ---------------------------------------------------------------------------------------------
  // Blocks: investigation, legal hold, retention
  // ---------------------------------------------------------------------------------------------

  public List<Block> blocks(
      List<DataSubjectFile.CaseData> cases, List<DataSubjectFile.PartyData> parties) {
    List<Block> blocks = new ArrayList<>();
    LocalDate today = LocalDate.now(clock);
    List<Long> ids = cases.stream().map(DataSubjectFile.CaseData::id).toList();
    if (!ids.isEmpty()) {
      List<Object> investigated =
          em.createNativeQuery(
                  "SELECT radicado FROM investigation WHERE status = 'ABIERTA' AND case_id IN ("
                      + in(ids)
                      + ") ORDER BY radicado")
              .getResultList();
      for (Object radicado : investigated) {
        blocks.add(
            new Block(
                (String) radicado,
                "El caso está en investigación de siniestro: sus datos se conservan hasta que el"
                    + " comité la cierre (GO-PD-03 §4, actividad 5).",
                null));
      }
      List<Object[]> holds =
          em.createNativeQuery(
                  "SELECT c.radicado, h.reason, h.until_date FROM privacy_legal_hold h"
                      + " JOIN pqrs_case c ON c.id = h.case_id WHERE h.released_at IS NULL"
                      + " AND (h.until_date IS NULL OR h.until_date >= ?) AND h.case_id IN ("
                      + in(ids)
                      + ") ORDER BY c.radicado")
              .setParameter(1, Date.valueOf(today))
              .getResultList();
      for (Object[] h : holds) {
        LocalDate until = date(h[2]);
        blocks.add(
            new Block(
                (String) h[0],
                "Retención legal: "
                    + h[1]
                    + (until == null
                        ? " (sin fecha de fin)."
                        : " (hasta el " + DAY.format(until) + ")."),
                until));
      }
      for (DataSubjectFile.CaseData c : cases) {
        if (c.closedAt() == null) {
          continue;
        }
        LocalDate until = retention.keptUntil(PqrsType.parse(c.type()).orElseThrow(), c.closedAt());
        if (!today.isAfter(until)) {
          blocks.add(
              new Block(
                  c.radicado(),
                  "Dentro del período de conservación de "
                      + retention.years(PqrsType.parse(c.type()).orElseThrow())
                      + " años después del cierre: se conserva hasta el "
                      + DAY.format(until)
                      + " (Decreto 1377 de 2013, art. 9: deber legal de permanecer en la base de"
                      + " datos).",
                  until));
        }
      }
    }
    for (DataSubjectFile.PartyData p : parties) {
      if (p.investigationOpen()) {
        blocks.add(
            new Block(
                p.radicado(),
                "La persona es parte de una investigación abierta: sus datos se conservan hasta"
                    + " que el comité la cierre.",
                null));
      }
    }
    return blocks;
  }

  // ---------------------------------------------------------------------------------------------
  // Reclamo en trámite
  // ---------------------------------------------------------------------------------------------

  /**
   * The legend of a complete reclamo de datos personales not yet decided, of the person with this
   * document or email (Ley 1581 de 2012, art. 15); empty when there is none.
   */
  public Optional<ReclamoLegend> legend(String document, String email) {
    String doc = SubjectKey.of(document, null).document();
    String mail = SubjectKey.of(null, email).email();
    if (doc == null && mail == null) {
      return Optional.empty();
    }
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT radicado, subject, received_at FROM pqrs_case WHERE type = 'RECLAMO_DATOS'"
                    + " AND state IN ('RADICADO', 'ASIGNADO', 'EN_TRAMITE', 'EN_INVESTIGACION',"
                    + " 'RESPUESTA_PROYECTADA', 'RESPUESTA_APROBADA')"
                    + " AND awaiting_information = FALSE AND ((? IS NOT NULL AND"
                    + " REPLACE(REPLACE(REPLACE(petitioner_document_number, '.', ''), '-', ''), ' ',"
                    + " '') = ?) OR (? IS NOT NULL AND petitioner_email = ?))"
                    + " ORDER BY received_at LIMIT 1")
            .setParameter(1, doc)
            .setParameter(2, doc)
            .setParameter(3, mail)
            .setParameter(4, mail)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(r -> new ReclamoLegend((String) r[0], (String) r[1], dateTime(r[2])));
  }

  /** The legend for the petitioner of case {@code radicado}, if any. */
  public Optional<ReclamoLegend> legendOfCase(String radicado) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT petitioner_document_number, petitioner_email FROM pqrs_case"
                    + " WHERE radicado = ?")
            .setParameter(1, radicado)
            .getResultList();
    return rows.isEmpty()
        ? Optional.empty()
        : legend((String) rows.get(0)[0], (String) rows.get(0)[1]);
  }

  // ---------------------------------------------------------------------------------------------
  // Rectify
  // ---------------------------------------------------------------------------------------------

  /**
   * Rectifies the petitioner data of every case of the person: each non-null field of {@code
   * corrected} replaces the one held (null fields stay as they are).
   *
   * @return how many cases changed
   */
  public int rectify(SubjectKey key, Correction corrected, String reason, String actor) {
    roles.require(StaffRole.DATOS, StaffRole.SIG);
    requireKey(key);
    if (reason == null || reason.isBlank()) {
      throw new PrivacyRuleViolation(
          PrivacyRuleViolation.Kind.INVALID,
          "Indique el motivo de la rectificación (Ley 1581 de 2012, art. 15).");
    }
    List<DataSubjectFile.CaseData> cases = cases(key);
    if (cases.isEmpty()) {
      throw unknown();
    }
    LocalDateTime now = LocalDateTime.now(clock);
    int changedCases = 0;
    for (DataSubjectFile.CaseData data : cases) {
      PqrsCase c = em.find(PqrsCase.class, data.id());
      Petitioner p = c.petitioner();
      Petitioner after =
          new Petitioner(
              pick(corrected.names(), p.names()),
              pick(corrected.documentType(), p.documentType()),
              pick(corrected.documentNumber(), p.documentNumber()),
              pick(corrected.email(), p.email()),
              pick(corrected.phone(), p.phone()),
              pick(corrected.address(), p.address()),
              p.anonymous());
      List<String> changed;
      try {
        changed = c.rectifyPetitioner(after, actor, now, reason);
      } catch (CaseRuleViolation e) {
        throw new PrivacyRuleViolation(PrivacyRuleViolation.Kind.INVALID, e.getMessage());
      }
      if (!changed.isEmpty()) {
        changedCases++;
        keep(c, "nombres", p.names(), after.names(), reason, actor, now);
        keep(c, "tipo_documento", p.documentType(), after.documentType(), reason, actor, now);
        keep(c, "numero_documento", p.documentNumber(), after.documentNumber(), reason, actor, now);
        keep(c, "correo", p.email(), after.email(), reason, actor, now);
        keep(c, "telefono", p.phone(), after.phone(), reason, actor, now);
        keep(c, "direccion", p.address(), after.address(), reason, actor, now);
      }
    }
    LOG.info("Personal data rectified on " + changedCases + " cases by " + actor);
    return changedCases;
  }

  /** The corrected values; null keeps the value held. */
  public record Correction(
      String names,
      String documentType,
      String documentNumber,
      String email,
      String phone,
      String address) {}

  private void keep(
      PqrsCase c,
      String field,
      String before,
      String after,
      String reason,
      String actor,
      LocalDateTime at) {
    if (java.util.Objects.equals(before, after)) {
      return;
    }
    em.createNativeQuery(
            "INSERT INTO privacy_rectification (id, case_id, radicado, field, value_before,"
                + " value_after, reason, done_by, done_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, nextId("privacy_rectification"))
        .setParameter(2, c.id())
        .setParameter(3, c.radicado())
        .setParameter(4, field)
        .setParameter(5, cut(before, 300))
        .setParameter(6, cut(after, 300))
        .setParameter(7, cut(reason.strip(), 2000))
        .setParameter(8, actor)
        .setParameter(9, Timestamp.valueOf(at))
        .executeUpdate();
  }

  private static String pick(String corrected, String held) {
    return corrected == null || corrected.isBlank() ? held : corrected.strip();
  }

  // ---------------------------------------------------------------------------------------------
  // Anonymise
  // ---------------------------------------------------------------------------------------------

  /** What an anonymisation did. */
  public record Anonymisation(
      boolean alreadyDone,
      int cases,
      int messages,
      int attachments,
      int parties,
      List<String> radicados) {}

  /**
   * Anonymises everything held of the person (see the class comment).
   *
   * @param marked free texts to suppress whole, beyond the identifiers
   * @throws PrivacyRuleViolation UNKNOWN, BLOCKED (with each reason) or INVALID (no reason)
   */
  public Anonymisation anonymise(
      SubjectKey key, String reason, Set<FreeText> marked, String actor) {
    roles.require(StaffRole.DATOS, StaffRole.SIG);
    requireKey(key);
    if (reason == null || reason.isBlank()) {
      throw new PrivacyRuleViolation(
          PrivacyRuleViolation.Kind.INVALID,
          "Indique el motivo de la supresión (por ejemplo, el radicado del reclamo que la pide).");
    }
    DataSubjectFile file = read(key);
    if (file.isEmpty()) {
      if (file.anonymisations().isEmpty()) {
        throw unknown();
      }
      return new Anonymisation(true, 0, 0, 0, 0, List.of());
    }
    if (!file.blocks().isEmpty()) {
      throw new PrivacyRuleViolation(
          PrivacyRuleViolation.Kind.BLOCKED,
          "No se pueden suprimir los datos todavía: "
              + file.blocks().stream()
                  .map(b -> b.radicado() + ": " + b.reason())
                  .collect(Collectors.joining(" ")),
          file.blocks());
    }
    Set<FreeText> marks =
        marked == null || marked.isEmpty()
            ? EnumSet.noneOf(FreeText.class)
            : EnumSet.copyOf(marked);
    Anonymisation done =
        anonymiseCases(file.cases(), file.parties(), key, marks, reason.strip(), actor);
    record(key.hash(), reason.strip(), actor, done);
    return done;
  }

  /**
   * Anonymises {@code cases} and {@code parties} (already checked for blocks): the work of {@link
   * #anonymise}, also used by the retention run on one case at a time.
   */
  public Anonymisation anonymiseCases(
      List<DataSubjectFile.CaseData> cases,
      List<DataSubjectFile.PartyData> parties,
      SubjectKey key,
      Set<FreeText> marks,
      String note,
      String actor) {
    roles.require(StaffRole.DATOS, StaffRole.SIG);
    Set<String> identifiers = new LinkedHashSet<>();
    if (key != null && key.document() != null) {
      identifiers.add(key.document());
    }
    if (key != null && key.email() != null) {
      identifiers.add(key.email());
    }
    for (DataSubjectFile.CaseData c : cases) {
      identifiers.add(c.names());
      identifiers.add(c.documentNumber());
      identifiers.add(c.email());
      identifiers.add(c.phone());
      identifiers.add(c.address());
    }
    for (DataSubjectFile.PartyData p : parties) {
      identifiers.add(p.names());
      identifiers.add(p.document());
      identifiers.add(p.contact());
    }
    identifiers.remove(null);
    identifiers.remove(ANONYMISED_NAMES);
    Scrubber scrubber = new Scrubber(identifiers);
    LocalDateTime now = LocalDateTime.now(clock);
    List<Long> ids = new ArrayList<>();
    List<String> radicados = new ArrayList<>();
    for (DataSubjectFile.CaseData data : cases) {
      PqrsCase c = em.find(PqrsCase.class, data.id());
      c.anonymisePetitioner(
          ANONYMISED_NAMES,
          text -> marks.contains(FreeText.ASUNTO) ? "Asunto suprimido" : scrubber.scrub(text),
          text ->
              marks.contains(FreeText.DESCRIPCION)
                  ? Scrubber.SUPPRESSED_TEXT
                  : scrubber.scrub(text),
          actor,
          now,
          note);
      ids.add(c.id());
      radicados.add(c.radicado());
    }
    em.flush();
    String in = in(ids);
    scrubColumn(
        "case_history",
        "note",
        "case_id IN (" + in + ")",
        scrubber,
        marks.contains(FreeText.NOTAS) ? Scrubber.SUPPRESSED_TEXT : null,
        true);
    scrubColumn(
        "case_answer",
        "answer_text",
        "case_id IN (" + in + ")",
        scrubber,
        marks.contains(FreeText.RESPUESTAS) ? Scrubber.SUPPRESSED_TEXT : null,
        false);
    scrubColumn("case_answer", "review_note", "case_id IN (" + in + ")", scrubber, null, false);
    scrubColumn("case_term_event", "reason", "case_id IN (" + in + ")", scrubber, null, false);
    scrubColumn(
        "case_link",
        "note",
        "case_id IN (" + in + ") OR linked_case_id IN (" + in + ")",
        scrubber,
        null,
        false);
    String mailWhole = marks.contains(FreeText.CORREOS) ? Scrubber.SUPPRESSED_TEXT : null;
    int messages =
        scrubColumn("case_message", "body", "case_id IN (" + in + ")", scrubber, mailWhole, false);
    scrubColumn("case_message", "subject", "case_id IN (" + in + ")", scrubber, null, false);
    scrubColumn("case_message", "from_address", "case_id IN (" + in + ")", scrubber, null, false);
    scrubColumn("case_message", "to_addresses", "case_id IN (" + in + ")", scrubber, null, false);
    String outboxWhere =
        "radicado IN ("
            + radicados.stream()
                .map(r -> "'" + r.replace("'", "") + "'")
                .collect(Collectors.joining(","))
            + ")"
            + (key == null || key.email() == null ? "" : " OR recipient = " + quote(key.email()));
    scrubColumn("outbox_message", "body", outboxWhere, scrubber, null, false);
    scrubColumn("outbox_message", "subject", outboxWhere, scrubber, null, false);
    // mail not yet sent to the person is not sent any more; sent mail keeps no address
    for (String email : identifiers) {
      if (email.contains("@")) {
        em.createNativeQuery(
                "UPDATE outbox_message SET recipient = NULL, last_error = ? WHERE recipient = ?")
            .setParameter(1, "Destinatario suprimido por protección de datos personales.")
            .setParameter(2, email)
            .executeUpdate();
      }
    }
    em.createNativeQuery(
            "UPDATE privacy_rectification SET value_before = NULL, value_after = NULL"
                + " WHERE case_id IN ("
                + in
                + ")")
        .executeUpdate();
    int attachments = replaceFiles(ids);
    int partiesDone = 0;
    for (DataSubjectFile.PartyData p : parties) {
      partiesDone +=
          em.createNativeQuery(
                  "UPDATE investigation_party SET names = ?, document = NULL, contact = NULL,"
                      + " notes = ? WHERE id = ?")
              .setParameter(1, ANONYMISED_PARTY)
              .setParameter(2, null)
              .setParameter(3, p.id())
              .executeUpdate();
    }
    int partyCount = partiesDone;
    LOG.info(
        () ->
            "Personal data anonymised by "
                + actor
                + ": "
                + ids.size()
                + " cases, "
                + attachments
                + " files, "
                + partyCount
                + " parties");
    return new Anonymisation(false, ids.size(), messages, attachments, partiesDone, radicados);
  }

  /** Records an anonymisation under the hash of what it was asked for. */
  public void record(String subjectHash, String note, String actor, Anonymisation done) {
    em.createNativeQuery(
            "INSERT INTO privacy_anonymisation (id, subject_hash, reason, done_by, done_at, cases,"
                + " messages, attachments, parties, radicados) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, nextId("privacy_anonymisation"))
        .setParameter(2, subjectHash)
        .setParameter(3, cut(note, 2000))
        .setParameter(4, actor)
        .setParameter(5, Timestamp.valueOf(LocalDateTime.now(clock)))
        .setParameter(6, done.cases())
        .setParameter(7, done.messages())
        .setParameter(8, done.attachments())
        .setParameter(9, done.parties())
        .setParameter(10, cut(String.join(", ", done.radicados()), 4000))
        .executeUpdate();
  }

  /**
   * Rewrites one text column of the rows matching {@code where}: {@code whole} when given and the
   * text is not empty, else the text without the identifiers.
   *
   * @return the rows that changed
   */
  private int scrubColumn(
      String table,
      String column,
      String where,
      Scrubber scrubber,
      String whole,
      boolean keepEmpty) {
    List<Object[]> rows =
        em.createNativeQuery("SELECT id, " + column + " FROM " + table + " WHERE " + where)
            .getResultList();
    int changed = 0;
    for (Object[] r : rows) {
      String text = (String) r[1];
      if (text == null || (keepEmpty && text.isBlank())) {
        continue;
      }
      String after = whole != null ? whole : scrubber.scrub(text);
      if (!after.equals(text)) {
        em.createNativeQuery("UPDATE " + table + " SET " + column + " = ? WHERE id = ?")
            .setParameter(1, after)
            .setParameter(2, r[0])
            .executeUpdate();
        changed++;
      }
    }
    return changed;
  }

  /**
   * The files of the cases, the originals of their filings and of their mail: their bytes are
   * replaced by a short note (the rows stay, so every reference holds).
   *
   * @return the files replaced now
   */
  private int replaceFiles(List<Long> caseIds) {
    String in = in(caseIds);
    Set<Long> contents = new LinkedHashSet<>();
    List<Object[]> files =
        em.createNativeQuery(
                "SELECT id, content_id FROM case_attachment WHERE case_id IN (" + in + ")")
            .getResultList();
    for (Object[] f : files) {
      contents.add(((Number) f[1]).longValue());
      em.createNativeQuery("UPDATE case_attachment SET file_name = ? WHERE id = ?")
          .setParameter(1, "adjunto-suprimido-" + f[0] + ".txt")
          .setParameter(2, f[0])
          .executeUpdate();
    }
    // the consent's evidence stays (version, SHA-256, time, channel); its origin (an address, a
    // staff user, an import) goes with the person
    em.createNativeQuery(
            "UPDATE intake_record SET consent_origin = NULL WHERE case_id IN (" + in + ")")
        .executeUpdate();
    for (String sql :
        List.of(
            "SELECT original_content_id FROM intake_record WHERE original_content_id IS NOT NULL"
                + " AND case_id IN ("
                + in
                + ")",
            "SELECT original_content_id FROM case_message WHERE original_content_id IS NOT NULL"
                + " AND case_id IN ("
                + in
                + ")")) {
      for (Object id : em.createNativeQuery(sql).getResultList()) {
        contents.add(((Number) id).longValue());
      }
    }
    String sha = sha256(PLACEHOLDER);
    int replaced = 0;
    for (Long id : contents) {
      Object current =
          em.createNativeQuery("SELECT sha256 FROM stored_content WHERE id = ?")
              .setParameter(1, id)
              .getSingleResult();
      if (sha.equals(current)) {
        continue;
      }
      em.createNativeQuery("DELETE FROM content_chunk WHERE content_id = ?")
          .setParameter(1, id)
          .executeUpdate();
      em.createNativeQuery("INSERT INTO content_chunk (content_id, seq, data) VALUES (?, 0, ?)")
          .setParameter(1, id)
          .setParameter(2, PLACEHOLDER)
          .executeUpdate();
      em.createNativeQuery(
              "UPDATE stored_content SET media_type = 'text/plain', size_bytes = ?, sha256 = ?,"
                  + " chunks = 1 WHERE id = ?")
          .setParameter(1, PLACEHOLDER.length)
          .setParameter(2, sha)
          .setParameter(3, id)
          .executeUpdate();
      replaced++;
    }
    return replaced;
  }

  // ---------------------------------------------------------------------------------------------
  // Legal hold
  // ---------------------------------------------------------------------------------------------

  /**
   * Places a legal hold on case {@code radicado}: its personal data may not be suppressed until
   * {@code until} (null: until released).
   */
  public void placeHold(String radicado, String reason, LocalDate until, String actor) {
    roles.require(StaffRole.DATOS, StaffRole.SIG);
    if (reason == null || reason.isBlank()) {
      throw new PrivacyRuleViolation(
          PrivacyRuleViolation.Kind.INVALID, "Indique el motivo de la retención legal.");
    }
    List<?> ids =
        em.createNativeQuery("SELECT id FROM pqrs_case WHERE radicado = ?")
            .setParameter(1, radicado)
            .getResultList();
    if (ids.isEmpty()) {
      throw new PrivacyRuleViolation(
          PrivacyRuleViolation.Kind.UNKNOWN, "No existe el caso " + radicado + ".");
    }
    em.createNativeQuery(
            "INSERT INTO privacy_legal_hold (id, case_id, reason, until_date, placed_by,"
                + " placed_at) VALUES (?, ?, ?, ?, ?, ?)")
        .setParameter(1, nextId("privacy_legal_hold"))
        .setParameter(2, ids.get(0))
        .setParameter(3, cut(reason.strip(), 2000))
        .setParameter(4, until == null ? null : Date.valueOf(until))
        .setParameter(5, actor)
        .setParameter(6, Timestamp.valueOf(LocalDateTime.now(clock)))
        .executeUpdate();
  }

  /** Releases every hold of case {@code radicado}. */
  public int releaseHolds(String radicado, String actor) {
    roles.require(StaffRole.DATOS, StaffRole.SIG);
    return em.createNativeQuery(
            "UPDATE privacy_legal_hold SET released_by = ?, released_at = ? WHERE released_at IS"
                + " NULL AND case_id = (SELECT id FROM pqrs_case WHERE radicado = ?)")
        .setParameter(1, actor)
        .setParameter(2, Timestamp.valueOf(LocalDateTime.now(clock)))
        .setParameter(3, radicado)
        .executeUpdate();
  }

  // ---------------------------------------------------------------------------------------------

  private static SubjectKey requireKey(SubjectKey key) {
    if (key == null || key.isEmpty()) {
      throw new PrivacyRuleViolation(
          PrivacyRuleViolation.Kind.INVALID,
          "Indique el número de documento o el correo del titular.");
    }
    return key;
  }

  private static PrivacyRuleViolation unknown() {
    return new PrivacyRuleViolation(
        PrivacyRuleViolation.Kind.UNKNOWN,
        "No tenemos datos de una persona con ese documento o correo.");
  }

  long nextId(String name) {
    em.createNativeQuery("UPDATE id_generator SET next_value = next_value + 1 WHERE name = ?")
        .setParameter(1, name)
        .executeUpdate();
    return ((Number)
            em.createNativeQuery("SELECT next_value FROM id_generator WHERE name = ?")
                .setParameter(1, name)
                .getSingleResult())
        .longValue();
  }

  static String in(List<Long> ids) {
    return ids.isEmpty()
        ? "NULL"
        : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  private static String quote(String text) {
    return "'" + text.replace("\\", "").replace("'", "''") + "'";
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static LocalDateTime dateTime(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDateTime t) {
      return t;
    }
    return ((Timestamp) value).toLocalDateTime();
  }

  static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    return ((Date) value).toLocalDate();
  }
}
