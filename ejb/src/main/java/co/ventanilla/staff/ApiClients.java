package co.ventanilla.staff;

import co.ventanilla.cases.CaseRuleViolation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The administrator's API clients ({@link ApiClient}): created with a key shown once, listed,
 * revoked; and the check of a key on each call. Keys look like {@code vt_<id>_<secret>}: the id
 * finds the row, the secret is compared by its SHA-256 in constant time.
 */
@Stateless
public class ApiClients {

  private static final Logger LOG = Logger.getLogger(ApiClients.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  /** The most filings an hour a client may be given. */
  public static final int MAX_PER_HOUR = 100_000;

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  @Inject Clock clock;
  @Inject RoleCheck roleCheck;

  /** A client as it was created: {@code key} is shown this once and never again. */
  public record Created(ApiClient client, String key) {}

  /** Who a valid key belongs to, for limits and records. */
  public record Caller(String name, ApiClient.Scope scope, int perHour) {}

  /**
   * Creates a client named {@code name} with {@code scope} and its own hourly limit.
   *
   * @throws CaseRuleViolation with a Spanish reason for a blank or taken name or a limit out of
   *     range
   */
  public Created create(String name, ApiClient.Scope scope, int perHour, String actor) {
    roleCheck.require(StaffRole.ADMIN);
    String clean = name == null ? "" : name.strip();
    if (clean.isEmpty() || clean.length() > 120) {
      throw new CaseRuleViolation("apiclient.name_required");
    }
    if (scope == null) {
      throw new CaseRuleViolation("apiclient.scope_required");
    }
    if (perHour < 1 || perHour > MAX_PER_HOUR) {
      throw new CaseRuleViolation("apiclient.limit_range", MAX_PER_HOUR);
    }
    boolean taken = all().stream().anyMatch(c -> c.name().equalsIgnoreCase(clean));
    if (taken) {
      throw new CaseRuleViolation("apiclient.name_taken", clean);
    }
    String keyId = random(12);
    String secret = random(40);
    ApiClient client =
        new ApiClient(
            clean, keyId, sha256(secret), scope, perHour, LocalDateTime.now(clock), actor);
    em.persist(client);
    LOG.info(
        () -> "API client created: " + clean + " (" + scope + ", " + perHour + "/h) by " + actor);
    return new Created(client, "vt_" + keyId + "_" + secret);
  }

  /** Every client, active or revoked, by name. */
  public List<ApiClient> all() {
    roleCheck.require(StaffRole.ADMIN);
    return em.createNamedQuery(ApiClient.ALL, ApiClient.class).getResultList();
  }

  /** Revokes a client: its key stops working at once. */
  public void revoke(long id, String actor) {
    roleCheck.require(StaffRole.ADMIN);
    ApiClient client = em.find(ApiClient.class, id);
    if (client == null) {
      throw new CaseRuleViolation("apiclient.not_found", id);
    }
    if (client.active()) {
      client.revoke(LocalDateTime.now(clock), actor);
      LOG.info(() -> "API client revoked: " + client.name() + " by " + actor);
    }
  }

  /** The active client whose key is {@code key}, if any. */
  public Optional<Caller> verify(String key) {
    if (key == null || !key.startsWith("vt_")) {
      return Optional.empty();
    }
    int split = key.indexOf('_', 3);
    if (split < 0) {
      return Optional.empty();
    }
    String keyId = key.substring(3, split);
    String secret = key.substring(split + 1);
    List<ApiClient> found =
        em.createNamedQuery(ApiClient.BY_KEY, ApiClient.class)
            .setParameter("keyId", keyId)
            .getResultList();
    String given = sha256(secret);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ApiClient client = found.get(0);
    boolean same =
        MessageDigest.isEqual(
            given.getBytes(StandardCharsets.US_ASCII),
            client.secretSha256().getBytes(StandardCharsets.US_ASCII));
    if (!same || !client.active()) {
      return Optional.empty();
    }
    LocalDateTime now = LocalDateTime.now(clock);
    if (client.lastUsedAt() == null || client.lastUsedAt().plusMinutes(1).isBefore(now)) {
      // One write a minute at most, and not through the versioned entity: under 32 concurrent
      // requests every one saw the same stale minute, all wrote it and the losers of the
      // optimistic lock answered 500 (found by the API benchmark, issue 17).
      em.createQuery(
              "UPDATE ApiClient c SET c.lastUsedAt = :now WHERE c.id = :id"
                  + " AND (c.lastUsedAt IS NULL OR c.lastUsedAt < :now)")
          .setParameter("now", now)
          .setParameter("id", client.id())
          .executeUpdate();
    }
    return Optional.of(new Caller(client.name(), client.scope(), client.perHour()));
  }

  private static String random(int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
