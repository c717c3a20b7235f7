package co.ventanilla.satisfaction;

import static co.ventanilla.testing.JpaTestSupport.inTransaction;
import static co.ventanilla.testing.JpaTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.cases.Channel;
import co.ventanilla.cases.Petitioner;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.cases.persistence.JpaCaseRepository;
import co.ventanilla.cases.persistence.RadicadoCounter;
import co.ventanilla.privacy.ConsentService;
import co.ventanilla.privacy.SubjectKey;
import co.ventanilla.staff.RoleCheck;
import co.ventanilla.testing.JpaTestSupport;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A revoked authorization is honoured by the satisfaction room (Ley 1581 de 2012, art. 8(e)): the
 * answer mail of a person who revoked it carries no rating links; another person's does.
 */
class RevokedConsentIT {

  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 10, 0);
  private static final Clock CLOCK = Clock.fixed(NOW.atZone(BOGOTA).toInstant(), BOGOTA);

  @BeforeEach
  void clean() {
    JpaTestSupport.deleteAllCases();
  }

  private static String file(String names, String document, String email) {
    return inTransaction(
        em -> {
          PqrsCase c =
              PqrsCase.file(
                  new RadicadoCounter(em).next("", 2026),
                  "TRK" + document,
                  PqrsType.PETICION,
                  Channel.WEB,
                  new Petitioner(names, "CC", document, email, null, null, false),
                  "Bogotá",
                  "Certificado",
                  "Necesito un certificado.",
                  NOW.minusDays(2),
                  null,
                  "web");
          new JpaCaseRepository(em).store(c);
          return c.radicado();
        });
  }

  @Test
  void theAnswerMailOfAPersonWhoRevokedCarriesNoRatingLinks() {
    String revoked = file("Rosa Revoca", "43.434.343", "rosa.revoca@example.com");
    String other = file("Tomás Acepta", "81818181", "tomas@example.com");
    inTransaction(
        em ->
            new ConsentService(em, CLOCK, RoleCheck.system())
                .revoke(
                    SubjectKey.of(null, "Rosa.Revoca@example.com"), "Reclamo", null, "oficial"));
    RatingService stub =
        new RatingService() {
          @Override
          public Optional<String> answerMailed(PqrsCase c, LocalDateTime at) {
            return Optional.of("Califique la respuesta: enlaces");
          }
        };
    Optional<String> forRevoked =
        read(
            em -> {
              RatingLinksInAnswerMail links = new RatingLinksInAnswerMail();
              links.ratings = stub;
              links.consents = new ConsentService(em, CLOCK, RoleCheck.system());
              return links.forAnswer(
                  new JpaCaseRepository(em).findByRadicado(revoked).orElseThrow(), NOW);
            });
    assertTrue(forRevoked.isEmpty(), "no rating links to a person who revoked");
    Optional<String> forOther =
        read(
            em -> {
              RatingLinksInAnswerMail links = new RatingLinksInAnswerMail();
              links.ratings = stub;
              links.consents = new ConsentService(em, CLOCK, RoleCheck.system());
              return links.forAnswer(
                  new JpaCaseRepository(em).findByRadicado(other).orElseThrow(), NOW);
            });
    assertEquals(Optional.of("Califique la respuesta: enlaces"), forOther);
  }

  @Test
  void theSurveyIsNotMailedToAContactWhoRevoked() {
    LocalDateTime june = LocalDateTime.of(2027, 6, 10, 8, 0);
    inTransaction(
        em -> {
          em.persist(new SurveyQuestionnaire(1, "Encuesta GO-RG-03", "sig", june.minusDays(30)));
          em.persist(
              new ClientContact(
                  new ContactData(
                      "Empresa Uno", "Ana", "ana.revoca@example.com", null, "Cali", null),
                  june.minusDays(20)));
          em.persist(
              new ClientContact(
                  new ContactData("Empresa Dos", "Beto", "beto@example.com", null, "Cali", null),
                  june.minusDays(20)));
          return null;
        });
    inTransaction(
        em ->
            new ConsentService(em, CLOCK, RoleCheck.system())
                .revoke(SubjectKey.of(null, "ana.revoca@example.com"), "Reclamo", null, "oficial"));
    Optional<SurveyCampaign> opened =
        inTransaction(
            em -> {
              SurveyService s = new SurveyService();
              s.em = em;
              s.signer = LinkSigner.withKey("clave-de-prueba-de-la-encuesta");
              s.settings = SatisfactionSettings.of(java.util.Map.of());
              s.outbox = new co.ventanilla.cases.outbox.JpaOutbox(em);
              s.clock = CLOCK;
              s.consents = new ConsentService(em, CLOCK, RoleCheck.system());
              return s.openScheduled(june, "nodo-1");
            });
    assertTrue(opened.isPresent());
    assertEquals(0L, outboxTo("ana.revoca@example.com"), "no survey to who revoked");
    assertEquals(1L, outboxTo("beto@example.com"));
  }

  private static long outboxTo(String address) {
    return read(
        em ->
            ((Number)
                    em.createNativeQuery("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?")
                        .setParameter(1, address)
                        .getSingleResult())
                .longValue());
  }
}
