package co.ventanilla.privacy;

import co.ventanilla.intake.Consent;
import co.ventanilla.staff.RoleCheck;
import co.ventanilla.staff.StaffRole;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Consent as evidence (Ley 1581 de 2012, art. 9: the processing needs "la autorización previa e
 * informada del Titular, la cual deberá ser obtenida por cualquier medio que pueda ser objeto de
 * consulta posterior"; art. 17(b): the controller must "solicitar y conservar … copia de la
 * respectiva autorización"; Decreto 1377 de 2013, arts. 7 and 9).
 *
 * <ul>
 *   <li>The administrator publishes the versions of the data-processing policy text ({@code
 *       privacy_policy_version}); the newest published is the one the public form shows and every
 *       consent records, with the SHA-256 of its text. A version is never changed once published.
 *   <li>The version {@value #PAPER_FORM_VERSION} names the text printed on the suggestion-box form;
 *       published under that name it gives its SHA-256 to the consents of the imported forms and is
 *       never the current text of the electronic channels.
 *   <li>A person may revoke the authorization (art. 8(e), art. 9 Decreto 1377 de 2013); the officer
 *       records it (by a decided reclamo or on their own), kept by the SHA-256 of the document and
 *       the email, never the values, and honoured: no survey or optional mail goes to the person
 *       ({@link #revoked}). The answer to their own case is a legal duty (Ley 1755 de 2015, art.
 *       14) and is still sent.
 * </ul>
 */
@Stateless
public class ConsentService {

  /** The version name of the text printed on the suggestion-box form GO-RG-04. */
  public static final String PAPER_FORM_VERSION = "formulario-GO-RG-04";

  private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._\\-]{0,39}");

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  @Inject Clock clock;
  @Inject RoleCheck roles;

  public ConsentService() {}

  /** For use outside a container (tests of the rooms that ask {@link #revoked}). */
  public ConsentService(EntityManager em, Clock clock, RoleCheck roles) {
    this.em = em;
    this.clock = clock;
    this.roles = roles;
  }

  /** A published version of the policy. */
  public record PolicyVersion(
      String version, String text, String sha256, LocalDateTime publishedAt, String publishedBy) {}

  /** A recorded revocation (the person's identifiers are kept only as hashes). */
  public record Revocation(
      LocalDateTime revokedAt, String recordedBy, String reason, String reclamo) {}

  /** The version in force for the electronic channels and staff registration, if any. */
  public Optional<PolicyVersion> current() {
    return versions(" WHERE version <> '" + PAPER_FORM_VERSION + "'").stream().findFirst();
  }

  /** Every published version, newest first (administrator, SIG). */
  public List<PolicyVersion> versions() {
    roles.require(StaffRole.ADMIN, StaffRole.SIG);
    return versions("");
  }

  /**
   * A consent given now through {@code channel} from {@code origin} to the current version; null
   * when no version was ever published (never the case after V19).
   */
  public Consent consent(String channel, String origin) {
    LocalDateTime now = LocalDateTime.now(clock);
    return current()
        .map(v -> new Consent(v.version(), now, v.sha256(), channel, origin))
        .orElse(null);
  }

  /**
   * Publishes a new version of the policy text.
   *
   * @throws PrivacyRuleViolation INVALID, with the Spanish reason, when the version name is missing
   *     or malformed, the text is empty or too long, or the version exists
   */
  public PolicyVersion publish(String version, String text, String actor) {
    roles.require(StaffRole.ADMIN, StaffRole.SIG);
    String v = version == null ? "" : version.strip();
    if (!VERSION.matcher(v).matches()) {
      throw invalid(
          "Escriba el nombre de la versión (hasta 40 letras, números, puntos o guiones, p. ej."
              + " 2026-02).");
    }
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      throw invalid("Escriba el texto de la política de tratamiento de datos.");
    }
    if (t.length() > 60_000) {
      throw invalid("El texto de la política no puede pasar de 60.000 caracteres.");
    }
    Number exists =
        (Number)
            em.createNativeQuery("SELECT COUNT(*) FROM privacy_policy_version WHERE version = ?")
                .setParameter(1, v)
                .getSingleResult();
    if (exists.intValue() > 0) {
      throw invalid(
          "La versión "
              + v
              + " ya fue publicada; una versión publicada no cambia. Publique el texto con otro"
              + " nombre de versión.");
    }
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    em.createNativeQuery(
            "INSERT INTO privacy_policy_version (version, text, sha256, published_at,"
                + " published_by) VALUES (?, ?, ?, ?, ?)")
        .setParameter(1, v)
        .setParameter(2, t)
        .setParameter(3, sha256(t))
        .setParameter(4, Timestamp.valueOf(now))
        .setParameter(5, actor)
        .executeUpdate();
    return new PolicyVersion(v, t, sha256(t), now, actor);
  }

  /**
   * Records that the person revoked the authorization (data-protection officer, SIG).
   *
   * @param reclamo the radicado of the reclamo that asked for it, or null
   * @throws PrivacyRuleViolation INVALID without document or email or without a reason
   */
  public Revocation revoke(SubjectKey key, String reason, String reclamo, String actor) {
    roles.require(StaffRole.DATOS, StaffRole.SIG);
    if (key == null || key.isEmpty()) {
      throw invalid("Escriba el número de documento o el correo de la persona.");
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw invalid("Escriba el motivo de la revocación (p. ej. el reclamo que la pidió).");
    }
    if (why.length() > 2000) {
      why = why.substring(0, 2000);
    }
    String r = reclamo == null || reclamo.isBlank() ? null : reclamo.strip();
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    em.createNativeQuery(
            "INSERT INTO privacy_consent_revocation (doc_hash, email_hash, reason, reclamo,"
                + " revoked_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)")
        .setParameter(1, documentHash(key.document()))
        .setParameter(2, emailHash(key.email()))
        .setParameter(3, why)
        .setParameter(4, r)
        .setParameter(5, Timestamp.valueOf(now))
        .setParameter(6, actor)
        .executeUpdate();
    return new Revocation(now, actor, why, r);
  }

  /** The revocations recorded for the person (officer, SIG). */
  public List<Revocation> revocations(SubjectKey key) {
    roles.require(StaffRole.DATOS, StaffRole.SIG);
    if (key == null || key.isEmpty()) {
      return List.of();
    }
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT revoked_at, recorded_by, reason, reclamo FROM privacy_consent_revocation"
                    + " WHERE doc_hash = ? OR email_hash = ? ORDER BY revoked_at, id")
            .setParameter(1, documentHash(key.document()))
            .setParameter(2, emailHash(key.email()))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Revocation(
                    PersonalDataService.dateTime(r[0]),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3]))
        .toList();
  }

  /**
   * Whether the person with this email or document revoked the authorization: then no survey and no
   * optional mail goes to them. Needs no role: the rooms that mail ask it.
   */
  public boolean revoked(String email, String document) {
    String d = documentHash(SubjectKey.of(document, null).document());
    String e = emailHash(SubjectKey.of(null, email).email());
    if (d == null && e == null) {
      return false;
    }
    Number n =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM privacy_consent_revocation WHERE doc_hash = ? OR"
                        + " email_hash = ?")
                .setParameter(1, d)
                .setParameter(2, e)
                .getSingleResult();
    return n.intValue() > 0;
  }

  private List<PolicyVersion> versions(String where) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT version, text, sha256, published_at, published_by FROM"
                    + " privacy_policy_version"
                    + where
                    + " ORDER BY published_at DESC, version DESC")
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new PolicyVersion(
                    (String) r[0],
                    r[1].toString(),
                    r[2].toString(),
                    PersonalDataService.dateTime(r[3]),
                    (String) r[4]))
        .toList();
  }

  /** SHA-256 (hex) of the UTF-8 bytes of {@code text}. */
  public static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String documentHash(String normalisedDocument) {
    return normalisedDocument == null ? null : sha256("doc:" + normalisedDocument);
  }

  private static String emailHash(String normalisedEmail) {
    return normalisedEmail == null ? null : sha256("mail:" + normalisedEmail);
  }

  private static PrivacyRuleViolation invalid(String message) {
    return new PrivacyRuleViolation(PrivacyRuleViolation.Kind.INVALID, message);
  }
}
