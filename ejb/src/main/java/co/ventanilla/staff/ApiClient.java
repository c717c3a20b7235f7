package co.ventanilla.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * A program allowed to call the API in its own name: typically the company's web site, which files
 * PQRS on behalf of the citizens who fill its own form, all from one address. Its calls carry
 * {@code Authorization: Bearer <key>}; the secret part of the key is kept only as a SHA-256 (it is
 * a random 256-bit value, so a slow password hash adds nothing) and shown once, when created.
 */
@Entity
@Table(name = "api_client")
@NamedQuery(name = ApiClient.BY_KEY, query = "SELECT c FROM ApiClient c WHERE c.keyId = :keyId")
@NamedQuery(name = ApiClient.ALL, query = "SELECT c FROM ApiClient c ORDER BY c.name")
public class ApiClient {

  static final String BY_KEY = "ApiClient.byKey";
  static final String ALL = "ApiClient.all";

  /** What a client may do. */
  public enum Scope {
    /** File PQRS on behalf of citizens ({@code POST /api/pqrs}). */
    RADICAR
  }

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "api_client_ids")
  @TableGenerator(
      name = "api_client_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "api_client",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "name", nullable = false, length = 120)
  private String name;

  @Column(name = "key_id", nullable = false, length = 32, updatable = false)
  private String keyId;

  @Column(name = "secret_sha256", nullable = false, length = 64, updatable = false)
  private String secretSha256;

  @Enumerated(EnumType.STRING)
  @Column(name = "scope", nullable = false, length = 30)
  private Scope scope;

  @Column(name = "per_hour", nullable = false)
  private int perHour;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "created_by", nullable = false, length = 120, updatable = false)
  private String createdBy;

  @Column(name = "revoked_at")
  private LocalDateTime revokedAt;

  @Column(name = "revoked_by", length = 120)
  private String revokedBy;

  @Column(name = "last_used_at")
  private LocalDateTime lastUsedAt;

  protected ApiClient() {}

  ApiClient(
      String name,
      String keyId,
      String secretSha256,
      Scope scope,
      int perHour,
      LocalDateTime createdAt,
      String createdBy) {
    this.name = name;
    this.keyId = keyId;
    this.secretSha256 = secretSha256;
    this.scope = scope;
    this.perHour = perHour;
    this.active = true;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  void revoke(LocalDateTime at, String by) {
    active = false;
    revokedAt = at;
    revokedBy = by;
  }

  void used(LocalDateTime at) {
    // One write a minute at most: the hot path of a busy client stays read-only.
    if (lastUsedAt == null || lastUsedAt.plusMinutes(1).isBefore(at)) {
      lastUsedAt = at;
    }
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String keyId() {
    return keyId;
  }

  String secretSha256() {
    return secretSha256;
  }

  public Scope scope() {
    return scope;
  }

  public int perHour() {
    return perHour;
  }

  public boolean active() {
    return active;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public LocalDateTime revokedAt() {
    return revokedAt;
  }

  public LocalDateTime lastUsedAt() {
    return lastUsedAt;
  }
}
