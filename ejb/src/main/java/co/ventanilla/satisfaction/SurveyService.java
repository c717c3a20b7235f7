package co.ventanilla.satisfaction;

import co.ventanilla.cases.outbox.Outbox;
import co.ventanilla.cases.outbox.OutboxMessage;
import co.ventanilla.privacy.ConsentService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The semiannual client satisfaction survey GO-RG-03 (seed 002 §5.1: "Semestralmente, se realiza la
 * Encuesta Satisfacción del Cliente GO-RG-03"; seed 004: applied in June and December, by mail, on
 * a visit or by phone; tabulated and charted; results mailed to the process owners; seed 001
 * §8.1–8.2: semiannual surveys and the NPS).
 *
 * <ul>
 *   <li>The questionnaire is versioned: a campaign freezes the version it uses; editing a frozen
 *       version creates the next one.
 *   <li>A campaign opens in June (S1) and December (S2), once per period: the timer claims the
 *       period in {@code survey_ledger} ({@code INSERT IGNORE}) and opens the campaign and queues
 *       its mails in the same transaction, as the reports do.
 *   <li>Each active contact gets one invitation; those with an email get one mail with a personal
 *       link (a signed token of the invitation), and one reminder if they have not answered.
 *   <li>An answer through the same link replaces the previous one while the campaign takes answers;
 *       then the link is refused. Staff enter phone and visit answers on the same questionnaire.
 *   <li>When the window ends the campaign closes and its results (PDF and XLSX) are mailed to the
 *       process leaders, the SIG accounts and {@code ventanilla.survey.recipients}.
 * </ul>
 */
@Stateless
public class SurveyService {

  private static final Logger LOG = Logger.getLogger(SurveyService.class.getName());

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  @Inject LinkSigner signer;
  @Inject SatisfactionSettings settings;
  @Inject Outbox outbox;
  @Inject Clock clock;

  /** Revoked authorizations (Ley 1581 de 2012): no survey mail to those people. */
  @Inject ConsentService consents;

  /** An answer to one question: a score (scale, yes = 1 / no = 0, 0–10) or a text. */
  public record AnswerValue(Integer score, String text) {}

  /** What the answer page shows for a valid link. */
  public record SurveyPage(
      long invitationId,
      String period,
      String company,
      String contactName,
      LocalDate answerUntil,
      SurveyQuestionnaire questionnaire,
      Map<Long, AnswerValue> previous) {}

  // ---------------------------------------------------------------------------------------------
  // Questionnaire
  // ---------------------------------------------------------------------------------------------

  /** The latest version of the questionnaire. */
  public SurveyQuestionnaire current() {
    return em.createQuery(
            "SELECT q FROM SurveyQuestionnaire q ORDER BY q.number DESC", SurveyQuestionnaire.class)
        .setMaxResults(1)
        .getSingleResult();
  }

  /** The version to edit: the latest, or a new one copied from it when it is frozen. */
  SurveyQuestionnaire editable(String actor) {
    SurveyQuestionnaire q = current();
    if (!q.frozen()) {
      return q;
    }
    SurveyQuestionnaire next = q.nextVersion(actor, now());
    em.persist(next);
    LOG.info(() -> "Questionnaire version " + next.number() + " created by " + actor);
    return next;
  }

  public SurveyQuestionnaire addSection(String actor, String title) {
    SurveyQuestionnaire q = editable(actor);
    q.addSection(title);
    em.flush();
    return q;
  }

  /**
   * Adds a question at the end of the section at {@code sectionPosition} (1-based) of the version
   * being edited.
   */
  public SurveyQuestionnaire addQuestion(
      String actor, int sectionPosition, QuestionKind kind, String text) {
    SurveyQuestionnaire q = editable(actor);
    q.addQuestion(sectionAt(q, sectionPosition).id(), kind, text);
    em.flush();
    return q;
  }

  /** Removes the question at {@code questionPosition} of the section at {@code sectionPosition}. */
  public SurveyQuestionnaire removeQuestion(
      String actor, int sectionPosition, int questionPosition) {
    SurveyQuestionnaire q = editable(actor);
    SurveySection s = sectionAt(q, sectionPosition);
    SurveyQuestion question = s.questions().get(questionPosition - 1);
    q.removeQuestion(s.id(), question.id());
    em.flush();
    return q;
  }

  public SurveyQuestionnaire removeSection(String actor, int sectionPosition) {
    SurveyQuestionnaire q = editable(actor);
    q.removeSection(sectionAt(q, sectionPosition).id());
    em.flush();
    return q;
  }

  private static SurveySection sectionAt(SurveyQuestionnaire q, int position) {
    return q.sections().stream()
        .filter(s -> s.position() == position)
        .findFirst()
        .orElseThrow(() -> new SurveyRefused(SurveyRefused.Reason.INCOMPLETE, "sección"));
  }

  // ---------------------------------------------------------------------------------------------
  // Contacts
  // ---------------------------------------------------------------------------------------------

  public List<ClientContact> contacts() {
    return em.createQuery(
            "SELECT c FROM ClientContact c ORDER BY c.company, c.contactName", ClientContact.class)
        .getResultList();
  }

  /**
   * Creates ({@code id} null) or changes a contact.
   *
   * @throws SurveyRefused (CONTACT) with the Spanish problems
   */
  public ClientContact saveContact(Long id, ContactData data) {
    ContactData d = data.normalized();
    List<String> problems = d.problems();
    if (!problems.isEmpty()) {
      throw new SurveyRefused(SurveyRefused.Reason.CONTACT, String.join(" ", problems));
    }
    Optional<ClientContact> sameEmail = d.email() == null ? Optional.empty() : byEmail(d.email());
    if (sameEmail.isPresent() && !sameEmail.get().id().equals(id)) {
      throw new SurveyRefused(
          SurveyRefused.Reason.CONTACT,
          "El correo "
              + d.email()
              + " ya es de otro contacto ("
              + sameEmail.get().company()
              + ").");
    }
    ClientContact c;
    if (id == null) {
      c = new ClientContact(d, now());
      em.persist(c);
    } else {
      c = em.find(ClientContact.class, id);
      c.update(d);
    }
    em.flush();
    return c;
  }

  public void setContactActive(long id, boolean active) {
    em.find(ClientContact.class, id).active(active);
  }

  /** The outcome of a contacts CSV: counts and one line per row. */
  public record ContactImport(int created, int updated, int rejected, List<ImportRow> rows) {}

  /** One row of the report: its line, what happened (creado, actualizado, rechazado) and why. */
  public record ImportRow(int line, String result, String company, String message) {}

  /**
   * Imports a CSV of contacts ({@link ContactCsv}): a row whose email is already a contact's
   * updates that contact; a row with problems is refused with its reasons; the others are created.
   * The good rows are kept even when others are refused.
   */
  public ContactImport importContacts(String csv) {
    List<ContactCsv.Row> rows;
    try {
      rows = ContactCsv.read(csv == null ? "" : csv);
    } catch (IllegalArgumentException e) {
      return new ContactImport(0, 0, 0, List.of(new ImportRow(1, "rechazado", "", e.getMessage())));
    }
    int created = 0;
    int updated = 0;
    int rejected = 0;
    List<ImportRow> report = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (ContactCsv.Row row : rows) {
      ContactData d = row.data().normalized();
      List<String> problems = new ArrayList<>(d.problems());
      if (d.email() != null && !seen.add(d.email())) {
        problems.add("El correo " + d.email() + " se repite en el archivo.");
      }
      String company = d.company() == null ? "" : d.company();
      if (!problems.isEmpty()) {
        rejected++;
        report.add(new ImportRow(row.line(), "rechazado", company, String.join(" ", problems)));
        continue;
      }
      Optional<ClientContact> existing = d.email() == null ? Optional.empty() : byEmail(d.email());
      if (existing.isPresent()) {
        existing.get().update(d);
        existing.get().active(true);
        updated++;
        report.add(new ImportRow(row.line(), "actualizado", company, ""));
      } else {
        em.persist(new ClientContact(d, now()));
        created++;
        report.add(new ImportRow(row.line(), "creado", company, ""));
      }
      em.flush();
    }
    int c = created;
    int u = updated;
    int r = rejected;
    LOG.info(() -> "Contacts CSV: " + c + " created, " + u + " updated, " + r + " rejected");
    return new ContactImport(created, updated, rejected, report);
  }

  private Optional<ClientContact> byEmail(String email) {
    return em.createQuery("SELECT c FROM ClientContact c WHERE c.email = :e", ClientContact.class)
        .setParameter("e", email)
        .getResultStream()
        .findFirst();
  }

  // ---------------------------------------------------------------------------------------------
  // Campaigns
  // ---------------------------------------------------------------------------------------------

  /** The semester code of a June or December day ({@code 2027-S1}, {@code 2027-S2}), else empty. */
  public static Optional<String> surveyPeriod(LocalDate day) {
    return switch (day.getMonthValue()) {
      case 6 -> Optional.of(day.getYear() + "-S1");
      case 12 -> Optional.of(day.getYear() + "-S2");
      default -> Optional.empty();
    };
  }

  /**
   * Opens the campaign of the period of {@code now} (June or December) unless it was claimed
   * before, or there is no active contact yet (then the next run tries again). Claim, campaign,
   * invitations and mails are one transaction.
   *
   * @return the campaign opened by this call
   */
  public Optional<SurveyCampaign> openScheduled(LocalDateTime now, String node) {
    Optional<String> period = surveyPeriod(now.toLocalDate());
    if (period.isEmpty()) {
      return Optional.empty();
    }
    List<ClientContact> contacts =
        em.createQuery(
                "SELECT c FROM ClientContact c WHERE c.active = TRUE ORDER BY c.id",
                ClientContact.class)
            .getResultList();
    if (contacts.isEmpty()) {
      return Optional.empty();
    }
    int claimed =
        em.createNativeQuery(
                "INSERT IGNORE INTO survey_ledger (period_code, claimed_at, claimed_by)"
                    + " VALUES (?, ?, ?)")
            .setParameter(1, period.get())
            .setParameter(2, now)
            .setParameter(3, node)
            .executeUpdate();
    if (claimed == 0) {
      return Optional.empty();
    }
    SurveyQuestionnaire q = current();
    q.freeze(now);
    SurveyCampaign campaign =
        new SurveyCampaign(
            period.get(),
            q,
            now,
            "sistema",
            now.toLocalDate().plusDays(settings.surveyAnswerDays()));
    em.persist(campaign);
    int mailed = 0;
    for (ClientContact contact : contacts) {
      SurveyInvitation invitation = new SurveyInvitation(campaign, contact);
      em.persist(invitation);
      em.flush();
      if (contact.email() != null && !consents.revoked(contact.email(), null)) {
        outbox.enqueue(invitationMail(invitation, "mail.survey.subject", now));
        invitation.mailed(now);
        mailed++;
      }
    }
    int n = mailed;
    LOG.info(
        () ->
            "Survey campaign "
                + campaign.periodCode()
                + " opened on questionnaire version "
                + q.number()
                + ": "
                + contacts.size()
                + " contacts invited, "
                + n
                + " mailed");
    return Optional.of(campaign);
  }

  /**
   * Mails one reminder to the contacts of each open campaign who have not answered, {@code
   * ventanilla.survey.reminder-days} after it opened; the campaign's {@code reminded_at} is claimed
   * first, so it happens once.
   */
  public int remind(LocalDateTime now) {
    int days = settings.surveyReminderDays();
    if (days <= 0) {
      return 0;
    }
    int sent = 0;
    for (SurveyCampaign c :
        em.createQuery(
                "SELECT c FROM SurveyCampaign c WHERE c.closedAt IS NULL AND c.remindedAt IS NULL"
                    + " AND c.openedAt <= :before AND c.answerUntil >= :today",
                SurveyCampaign.class)
            .setParameter("before", now.minusDays(days))
            .setParameter("today", now.toLocalDate())
            .getResultList()) {
      int claimed =
          em.createNativeQuery(
                  "UPDATE survey_campaign SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL")
              .setParameter(1, now)
              .setParameter(2, c.id())
              .executeUpdate();
      if (claimed == 0) {
        continue;
      }
      for (SurveyInvitation i :
          em.createQuery(
                  "SELECT i FROM SurveyInvitation i WHERE i.campaign = :c AND i.mailedAt IS NOT"
                      + " NULL AND NOT EXISTS (SELECT r FROM SurveyResponse r WHERE"
                      + " r.invitation = i)",
                  SurveyInvitation.class)
              .setParameter("c", c)
              .getResultList()) {
        if (consents.revoked(i.contact().email(), null)) {
          continue; // revoked since the campaign opened (Ley 1581 de 2012, art. 8(e))
        }
        outbox.enqueue(invitationMail(i, "mail.survey.reminder.subject", now));
        i.reminded(now);
        sent++;
      }
    }
    return sent;
  }

  /**
   * Closes every campaign whose answer window ended before {@code now}'s day and mails its results
   * to the process leaders, the SIG accounts and the configured addresses (seed 004 "Comunicación
   * de resultados").
   *
   * @return the campaigns closed
   */
  public List<SurveyCampaign> closeDue(LocalDateTime now) {
    List<SurveyCampaign> closed = new ArrayList<>();
    for (SurveyCampaign c :
        em.createQuery(
                "SELECT c FROM SurveyCampaign c WHERE c.closedAt IS NULL AND c.answerUntil < :today",
                SurveyCampaign.class)
            .setParameter("today", now.toLocalDate())
            .getResultList()) {
      em.lock(c, LockModeType.PESSIMISTIC_WRITE);
      em.refresh(c);
      if (c.closedAt() != null) {
        continue;
      }
      close(c, now);
      closed.add(c);
    }
    return closed;
  }

  /** Closes campaign {@code id} now (the SIG office may close one before its last day). */
  public SurveyCampaign close(long id) {
    SurveyCampaign c = em.find(SurveyCampaign.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (c.closedAt() == null) {
      close(c, now());
    }
    return c;
  }

  private void close(SurveyCampaign c, LocalDateTime now) {
    List<String> to = resultRecipients();
    c.closed(now, String.join(", ", to));
    em.flush();
    SurveyResults results = results(c.id());
    byte[] pdf = SurveyDocuments.pdf(results);
    byte[] xlsx = SurveyDocuments.xlsx(results);
    co.ventanilla.attachments.ContentStore store = new co.ventanilla.attachments.ContentStore(em);
    long pdfId = store.store(SurveyDocuments.PDF, pdf, now).id();
    long xlsxId = store.store(SurveyDocuments.XLSX, xlsx, now).id();
    String subject = SatisfactionTexts.spanish("mail.survey.results.subject", c.periodCode());
    SurveyResults.Campaign k = results.campaign();
    String body =
        SatisfactionTexts.spanish(
            "mail.survey.results.body",
            c.periodCode(),
            now.toLocalDate(),
            k.invited(),
            k.responded(),
            SurveyDocuments.percent(k.responseRate()),
            SurveyDocuments.number(k.nps()));
    String base = "encuesta-" + c.periodCode();
    for (String address : to) {
      outbox.enqueue(
          new OutboxMessage(address, subject, body, null, now, "Sin destinatario")
              .attach(base + ".pdf", SurveyDocuments.PDF, pdfId)
              .attach(base + ".xlsx", SurveyDocuments.XLSX, xlsxId));
    }
    LOG.info(() -> "Survey campaign " + c.periodCode() + " closed; results mailed to " + to.size());
  }

  /** The process leaders, the SIG accounts and {@code ventanilla.survey.recipients}, each once. */
  public List<String> resultRecipients() {
    java.util.Set<String> to = new java.util.LinkedHashSet<>(settings.surveyRecipients());
    @SuppressWarnings("unchecked")
    List<Object> leaders =
        em.createNativeQuery(
                "SELECT DISTINCT leader_email FROM area WHERE active = TRUE"
                    + " AND leader_email IS NOT NULL AND leader_email <> '' ORDER BY 1")
            .getResultList();
    leaders.forEach(e -> to.add(e.toString().strip()));
    @SuppressWarnings("unchecked")
    List<Object> sig =
        em.createNativeQuery(
                "SELECT DISTINCT u.email FROM staff_user u JOIN staff_user_role r ON r.user_id ="
                    + " u.id WHERE u.active = TRUE AND r.role = 'SIG' AND u.email IS NOT NULL"
                    + " AND u.email <> '' ORDER BY u.email")
            .getResultList();
    sig.forEach(e -> to.add(e.toString().strip()));
    return List.copyOf(to);
  }

  private OutboxMessage invitationMail(SurveyInvitation i, String subjectKey, LocalDateTime now) {
    SurveyCampaign c = i.campaign();
    return new OutboxMessage(
        i.contact().email(),
        SatisfactionTexts.spanish(subjectKey, c.periodCode()),
        SatisfactionTexts.spanish(
            "mail.survey.body",
            i.contact().contactName(),
            i.company(),
            c.periodCode(),
            c.answerUntil(),
            link(i)),
        null,
        now,
        null);
  }

  /** The personal link of an invitation. */
  public String link(SurveyInvitation i) {
    String token =
        signer.sign(new LinkToken(LinkToken.Purpose.SURVEY, i.id(), i.campaign().answerUntil()));
    return settings.publicUrl() + "encuesta.xhtml?token=" + token;
  }

  // ---------------------------------------------------------------------------------------------
  // Answers
  // ---------------------------------------------------------------------------------------------

  /**
   * The answer page of a personal link, with the answers given before.
   *
   * @throws SurveyRefused INVALID or CLOSED
   */
  public SurveyPage page(String token) {
    SurveyInvitation i = invitation(token);
    return page(i);
  }

  /**
   * Records (or replaces) the answers given through a personal link.
   *
   * @throws SurveyRefused when the link is refused or an answer is missing or out of range
   */
  public void answer(String token, Map<Long, AnswerValue> answers) {
    SurveyInvitation i = invitation(token);
    store(i, answers, SurveyResponse.Channel.ENLACE, null);
  }

  /** The invitation {@code id} for staff who enter phone or visit answers. */
  public SurveyPage pageForStaff(long invitationId) {
    SurveyInvitation i = em.find(SurveyInvitation.class, invitationId);
    if (i == null) {
      throw new SurveyRefused(SurveyRefused.Reason.INVALID, null);
    }
    return page(i);
  }

  /** Staff enter the answers taken by phone or on a visit, while the campaign takes answers. */
  public void enter(
      long invitationId,
      SurveyResponse.Channel channel,
      String actor,
      Map<Long, AnswerValue> answers) {
    SurveyInvitation i = em.find(SurveyInvitation.class, invitationId);
    if (i == null) {
      throw new SurveyRefused(SurveyRefused.Reason.INVALID, null);
    }
    if (!i.campaign().takesAnswers(today())) {
      throw new SurveyRefused(SurveyRefused.Reason.CLOSED, null);
    }
    store(i, answers, channel, actor);
  }

  /** The invitations of a campaign, for staff: contact, company, agency, answered or not. */
  public List<SurveyInvitation> invitations(long campaignId) {
    return em.createQuery(
            "SELECT i FROM SurveyInvitation i WHERE i.campaign.id = :c ORDER BY i.company, i.id",
            SurveyInvitation.class)
        .setParameter("c", campaignId)
        .getResultList();
  }

  /** The ids of the invitations of a campaign that have an answer. */
  public java.util.Set<Long> answered(long campaignId) {
    return new java.util.HashSet<>(
        em.createQuery(
                "SELECT r.invitation.id FROM SurveyResponse r WHERE r.invitation.campaign.id = :c",
                Long.class)
            .setParameter("c", campaignId)
            .getResultList());
  }

  private SurveyPage page(SurveyInvitation i) {
    Map<Long, AnswerValue> previous = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT a.question_id, a.score, a.text FROM survey_answer a JOIN survey_response r"
                    + " ON r.id = a.response_id WHERE r.invitation_id = ?")
            .setParameter(1, i.id())
            .getResultList();
    for (Object[] r : rows) {
      previous.put(
          ((Number) r[0]).longValue(),
          new AnswerValue(r[1] == null ? null : ((Number) r[1]).intValue(), (String) r[2]));
    }
    SurveyCampaign c = i.campaign();
    return new SurveyPage(
        i.id(),
        c.periodCode(),
        i.company(),
        i.contact().contactName(),
        c.answerUntil(),
        c.questionnaire(),
        previous);
  }

  private SurveyInvitation invitation(String token) {
    LinkToken t =
        signer
            .verify(token, LinkToken.Purpose.SURVEY)
            .orElseThrow(() -> new SurveyRefused(SurveyRefused.Reason.INVALID, null));
    SurveyInvitation i = em.find(SurveyInvitation.class, t.id());
    if (i == null) {
      throw new SurveyRefused(SurveyRefused.Reason.INVALID, null);
    }
    if (t.until().isBefore(today()) || !i.campaign().takesAnswers(today())) {
      throw new SurveyRefused(SurveyRefused.Reason.CLOSED, null);
    }
    return i;
  }

  private void store(
      SurveyInvitation i,
      Map<Long, AnswerValue> answers,
      SurveyResponse.Channel channel,
      String actor) {
    List<SurveyQuestion> questions = i.campaign().questionnaire().questions();
    for (SurveyQuestion q : questions) {
      AnswerValue a = answers.get(q.id());
      if (q.kind() == QuestionKind.TEXTO) {
        continue;
      }
      if (a == null || a.score() == null || !q.kind().accepts(a.score())) {
        throw new SurveyRefused(SurveyRefused.Reason.INCOMPLETE, q.text());
      }
    }
    SurveyResponse response =
        em.createQuery(
                "SELECT r FROM SurveyResponse r WHERE r.invitation = :i", SurveyResponse.class)
            .setParameter("i", i)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElse(null);
    boolean replacing = response != null;
    if (response == null) {
      response = new SurveyResponse(i);
      em.persist(response);
    }
    response.answered(channel, now(), actor, replacing);
    em.flush();
    em.createNativeQuery("DELETE FROM survey_answer WHERE response_id = ?")
        .setParameter(1, response.id())
        .executeUpdate();
    for (SurveyQuestion q : questions) {
      AnswerValue a = answers.get(q.id());
      if (a == null) {
        continue;
      }
      String text = a.text() == null || a.text().isBlank() ? null : a.text().strip();
      if (text != null && text.length() > 2000) {
        text = text.substring(0, 2000);
      }
      Integer score = q.kind() == QuestionKind.TEXTO ? null : a.score();
      if (score == null && text == null) {
        continue;
      }
      em.createNativeQuery(
              "INSERT INTO survey_answer (response_id, question_id, score, text) VALUES (?, ?, ?, ?)")
          .setParameter(1, response.id())
          .setParameter(2, q.id())
          .setParameter(3, score)
          .setParameter(4, text)
          .executeUpdate();
    }
    String period = i.campaign().periodCode();
    LOG.info(
        () ->
            "Survey "
                + period
                + ": invitation "
                + i.id()
                + (replacing ? " answered again (" : " answered (")
                + channel
                + ")");
  }

  // ---------------------------------------------------------------------------------------------
  // Results
  // ---------------------------------------------------------------------------------------------

  /** Every campaign, newest first, with its counts. */
  public List<SurveyResults.Campaign> campaigns() {
    List<SurveyResults.Campaign> list = new ArrayList<>();
    for (SurveyCampaign c :
        em.createQuery(
                "SELECT c FROM SurveyCampaign c ORDER BY c.periodCode DESC", SurveyCampaign.class)
            .getResultList()) {
      list.add(summary(c));
    }
    return list;
  }

  public Optional<SurveyCampaign> campaign(long id) {
    return Optional.ofNullable(em.find(SurveyCampaign.class, id));
  }

  /** The tabulated results of campaign {@code id} ({@link SurveyResults} has the definitions). */
  public SurveyResults results(long id) {
    SurveyCampaign c = em.find(SurveyCampaign.class, id);
    return new SurveyTabulation(em).results(c, summary(c), trend(c));
  }

  private List<SurveyResults.Campaign> trend(SurveyCampaign c) {
    List<SurveyResults.Campaign> trend = new ArrayList<>();
    for (SurveyCampaign earlier :
        em.createQuery(
                "SELECT c FROM SurveyCampaign c WHERE c.periodCode <= :p ORDER BY c.periodCode",
                SurveyCampaign.class)
            .setParameter("p", c.periodCode())
            .getResultList()) {
      trend.add(summary(earlier));
    }
    return trend;
  }

  private SurveyResults.Campaign summary(SurveyCampaign c) {
    return new SurveyTabulation(em).summary(c);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
