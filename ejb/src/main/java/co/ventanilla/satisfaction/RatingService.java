package co.ventanilla.satisfaction;

import co.ventanilla.cases.CaseQueryService;
import co.ventanilla.cases.CaseState;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.lifecycle.CaseWorkflowService;
import co.ventanilla.cases.outbox.Outbox;
import co.ventanilla.cases.outbox.OutboxMessage;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The rating of an answer by link (seed 003 §5.3: "se le pregunta y registra el nivel de
 * satisfacción con la respuesta de acuerdo a la siguiente escala: 5. Excelente 4. Buena, 3.
 * Regular, 2. Mala, 1. Muy Mala"; seed 002 §4 actividad 8, the acceptance of the answer).
 *
 * <ul>
 *   <li>The answer mail carries five links, one per score, with a token signed for that one case
 *       ({@link LinkToken}: the case's number and the last day, no personal data); the public
 *       status page shows the same links.
 *   <li>The page confirms the score and asks whether the answer is accepted and for a comment,
 *       required at 1 and 2. The score goes to the case (where staff also record a rating taken by
 *       phone), so the indicators count it once.
 *   <li>The rating can be changed through the same link for {@code ventanilla.rating.change-days}
 *       after the first one; then, and after the link's last day, the link is refused and nothing
 *       is recorded.
 *   <li>Without a rating {@code ventanilla.rating.reminder-days} after the answer, one reminder is
 *       mailed ({@code reminded_at} is claimed before the mail is queued, so it goes once).
 * </ul>
 */
@Stateless
public class RatingService {

  private static final Logger LOG = Logger.getLogger(RatingService.class.getName());

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  @Inject LinkSigner signer;
  @Inject SatisfactionSettings settings;
  @Inject CaseQueryService cases;
  @EJB CaseWorkflowService workflow;
  @Inject Outbox outbox;
  @Inject Clock clock;

  /** One rating link: its score, the Spanish label and the address. */
  public record RatingLink(int score, String label, String url) {}

  /** What the rating page shows for a valid link. */
  public record RatingPage(
      String radicado,
      Integer score,
      Boolean accepted,
      String comment,
      LocalDate linkUntil,
      LocalDateTime changeUntil) {}

  /**
   * Records that the answer of {@code c} is mailed at {@code at} and returns the paragraph with the
   * five links for the mail. Called in the transaction that sends the answer.
   */
  public Optional<String> answerMailed(PqrsCase c, LocalDateTime at) {
    RatingRequest request = em.find(RatingRequest.class, c.id());
    if (request == null) {
      request = new RatingRequest(c.id(), c.radicado());
      em.persist(request);
    }
    request.mailed(at, at.toLocalDate().plusDays(settings.linkDays()));
    return Optional.of(paragraph(request));
  }

  /** The five links of the case {@code radicado}, while they work (for the status page). */
  public List<RatingLink> links(String radicado) {
    return em.createQuery(
            "SELECT r FROM RatingRequest r WHERE r.radicado = :r", RatingRequest.class)
        .setParameter("r", radicado)
        .getResultStream()
        .findFirst()
        .filter(r -> !r.linkUntil().isBefore(today()))
        .filter(r -> r.firstRatedAt() == null || changeUntil(r).isAfter(now()))
        .map(this::links)
        .orElse(List.of());
  }

  /**
   * The rating page of {@code token}.
   *
   * @throws RatingRefused when the token is not valid, expired or its rating can no longer change
   */
  public RatingPage open(String token) {
    RatingRequest r = check(token);
    return page(r);
  }

  /**
   * Records the petitioner's rating through {@code token}: the score on the case (with whether they
   * accept the answer and their comment in its history), the comment here.
   *
   * @throws RatingRefused when the link is refused or the comment is missing at 1–2; nothing is
   *     recorded then
   */
  public RatingPage rate(String token, int score, Boolean accepted, String comment) {
    if (score < 1 || score > 5) {
      throw new RatingRefused(RatingRefused.Reason.SCORE);
    }
    if (score <= 2 && (comment == null || comment.isBlank())) {
      throw new RatingRefused(RatingRefused.Reason.COMMENT_REQUIRED);
    }
    String text = comment == null ? null : comment.strip();
    if (text != null && text.length() > 2000) {
      text = text.substring(0, 2000);
    }
    RatingRequest r = check(token);
    em.lock(r, LockModeType.PESSIMISTIC_WRITE);
    workflow.recordRatingByLink(r.radicado(), accepted, score, text);
    r.rated(now(), score, accepted, text);
    LOG.info(() -> "Case " + r.radicado() + " rated " + score + " by the petitioner's link");
    return page(r);
  }

  /**
   * Mails one reminder to every petitioner whose answer went out {@code reminder-days} ago or more
   * without a rating, while the link works.
   *
   * @return how many reminders were queued
   */
  public int sendReminders() {
    int days = settings.reminderDays();
    if (days <= 0) {
      return 0;
    }
    LocalDateTime now = now();
    List<RatingRequest> due =
        em.createQuery(
                "SELECT r FROM RatingRequest r WHERE r.remindedAt IS NULL AND r.ratedAt IS NULL"
                    + " AND r.mailedAt <= :before AND r.linkUntil >= :today",
                RatingRequest.class)
            .setParameter("before", now.minusDays(days))
            .setParameter("today", now.toLocalDate())
            .setMaxResults(500)
            .getResultList();
    int sent = 0;
    for (RatingRequest r : due) {
      // The claim: only the node whose update changes the row mails the reminder.
      int claimed =
          em.createNativeQuery(
                  "UPDATE rating_request SET reminded_at = ? WHERE case_id = ?"
                      + " AND reminded_at IS NULL AND rated_at IS NULL")
              .setParameter(1, now)
              .setParameter(2, r.caseId())
              .executeUpdate();
      if (claimed == 0) {
        continue;
      }
      Optional<PqrsCase> c = cases.findByRadicado(r.radicado());
      String email = c.map(x -> x.petitioner().email()).orElse(null);
      if (email == null
          || email.isBlank()
          || (c.get().state() != CaseState.RESPONDIDO && c.get().state() != CaseState.CERRADO)) {
        continue;
      }
      outbox.enqueue(
          new OutboxMessage(
              email,
              SatisfactionTexts.spanish("mail.rating.reminder.subject", r.radicado()),
              SatisfactionTexts.spanish("mail.rating.reminder.body", r.radicado(), paragraph(r)),
              r.radicado(),
              now,
              null));
      sent++;
    }
    if (sent > 0) {
      int n = sent;
      LOG.info(() -> "Rating reminders queued: " + n);
    }
    return sent;
  }

  /** The rating by link of a case, if the petitioner gave one. */
  public Optional<RatingRequest> request(String radicado) {
    return em.createQuery(
            "SELECT r FROM RatingRequest r WHERE r.radicado = :r", RatingRequest.class)
        .setParameter("r", radicado)
        .getResultStream()
        .findFirst();
  }

  private RatingRequest check(String token) {
    LinkToken t =
        signer
            .verify(token, LinkToken.Purpose.RATING)
            .orElseThrow(() -> new RatingRefused(RatingRefused.Reason.INVALID));
    RatingRequest r = em.find(RatingRequest.class, t.id());
    if (r == null) {
      throw new RatingRefused(RatingRefused.Reason.INVALID);
    }
    if (t.until().isBefore(today())) {
      throw new RatingRefused(RatingRefused.Reason.EXPIRED);
    }
    if (r.firstRatedAt() != null && !changeUntil(r).isAfter(now())) {
      throw new RatingRefused(RatingRefused.Reason.CLOSED);
    }
    CaseState state =
        cases.findByRadicado(r.radicado()).map(PqrsCase::state).orElse(CaseState.RADICADO);
    if (state != CaseState.RESPONDIDO && state != CaseState.CERRADO) {
      throw new RatingRefused(RatingRefused.Reason.NOT_ANSWERED);
    }
    return r;
  }

  private RatingPage page(RatingRequest r) {
    return new RatingPage(
        r.radicado(),
        r.score(),
        r.accepted(),
        r.comment(),
        r.linkUntil(),
        r.firstRatedAt() == null ? null : changeUntil(r));
  }

  private LocalDateTime changeUntil(RatingRequest r) {
    return r.firstRatedAt().plusDays(settings.changeDays());
  }

  private List<RatingLink> links(RatingRequest r) {
    String token = signer.sign(new LinkToken(LinkToken.Purpose.RATING, r.caseId(), r.linkUntil()));
    List<RatingLink> links = new ArrayList<>();
    for (int score = 5; score >= 1; score--) {
      links.add(
          new RatingLink(
              score,
              SatisfactionTexts.spanish("rating." + score),
              settings.publicUrl() + "calificar?token=" + token + "&puntaje=" + score));
    }
    return links;
  }

  private String paragraph(RatingRequest r) {
    StringBuilder text =
        new StringBuilder(
            SatisfactionTexts.spanish("mail.rating.intro", r.linkUntil(), settings.changeDays()));
    for (RatingLink link : links(r)) {
      text.append('\n')
          .append(
              SatisfactionTexts.spanish(
                  "mail.rating.link", link.score(), link.label(), link.url()));
    }
    return text.toString();
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
