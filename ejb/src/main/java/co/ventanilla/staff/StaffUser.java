package co.ventanilla.staff;

import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.organization.Area;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who logs in to the intranet or calls the staff API: user name (lower case, unique, what
 * the history records), name, email, roles, the areas they work in and their password, kept only as
 * a PBKDF2 hash (Jakarta Security's {@code Pbkdf2PasswordHash}).
 *
 * <p>Rules of the account:
 *
 * <ul>
 *   <li>{@link LockoutPolicy#maxAttempts()} failed logins in a row lock it for {@link
 *       LockoutPolicy#lockFor()}; a success resets the count; an administrator may unlock it.
 *   <li>An inactive account cannot log in. Accounts are never deleted: the history names them.
 *   <li>A password set by an administrator must be changed by its owner at the next login.
 *   <li>Accounts of an external identity provider (OpenID Connect) have no password.
 * </ul>
 */
@Entity
@Table(name = "staff_user")
@NamedQuery(
    name = StaffUser.BY_NAME,
    query = "SELECT u FROM StaffUser u WHERE u.userName = :userName")
@NamedQuery(name = StaffUser.ALL, query = "SELECT u FROM StaffUser u ORDER BY u.userName")
@NamedQuery(
    name = StaffUser.WITH_ROLE,
    query = "SELECT u FROM StaffUser u JOIN u.roles r WHERE r = :role ORDER BY u.userName")
@NamedQuery(
    name = StaffUser.RECEIVERS_OF_PROTECTED,
    query =
        "SELECT u.userName FROM StaffUser u WHERE u.receivesProtected = TRUE AND u.active = TRUE"
            + " ORDER BY u.userName")
public class StaffUser {

  public static final String BY_NAME = "StaffUser.byName";
  public static final String ALL = "StaffUser.all";
  public static final String WITH_ROLE = "StaffUser.withRole";
  public static final String RECEIVERS_OF_PROTECTED = "StaffUser.receiversOfProtected";

  /** Letters, digits, dot, dash, underscore and @: a user name fits a URL and a log line. */
  private static final Pattern USER_NAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,119}");

  /** Something at a domain with a dot: enough to catch typing errors, not RFC 5322. */
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "staff_user_ids")
  @TableGenerator(
      name = "staff_user_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "staff_user",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "user_name", nullable = false, unique = true, length = 120, updatable = false)
  private String userName;

  @Column(name = "full_name", nullable = false, length = 200)
  private String fullName;

  @Column(name = "email", length = 254)
  private String email;

  @Column(name = "password_hash", length = 500)
  private String passwordHash;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  /** Named on every new protected case (the whistle-blower box's officers). */
  @Column(name = "receives_protected", nullable = false)
  private boolean receivesProtected;

  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  @Column(name = "locked_until")
  private LocalDateTime lockedUntil;

  @Column(name = "last_login_at")
  private LocalDateTime lastLoginAt;

  @Column(name = "password_changed_at")
  private LocalDateTime passwordChangedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "created_by", nullable = false, length = 120, updatable = false)
  private String createdBy;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 20)
  private Set<StaffRole> roles = new HashSet<>();

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(
      name = "staff_user_area",
      joinColumns = @JoinColumn(name = "user_id"),
      inverseJoinColumns = @JoinColumn(name = "area_id"))
  private Set<Area> areas = new HashSet<>();

  protected StaffUser() {}

  /**
   * A new account.
   *
   * @param passwordHash the PBKDF2 hash of the first password; null for an account of an external
   *     identity provider
   * @param mustChangePassword whether the owner must choose a new password at the first login
   */
  public StaffUser(
      String userName,
      String fullName,
      String email,
      Set<StaffRole> roles,
      Set<Area> areas,
      boolean receivesProtected,
      String passwordHash,
      boolean mustChangePassword,
      LocalDateTime at,
      String actor) {
    this.userName = normalizeUserName(userName);
    this.createdAt = Objects.requireNonNull(at);
    this.createdBy = Objects.requireNonNull(actor);
    this.passwordHash = passwordHash;
    this.passwordChangedAt = passwordHash == null ? null : at;
    this.mustChangePassword = passwordHash != null && mustChangePassword;
    update(fullName, email, roles, areas, receivesProtected, true);
  }

  /**
   * The user name as stored: lower case, stripped.
   *
   * @throws CaseRuleViolation when it has characters a user name cannot have
   */
  public static String normalizeUserName(String userName) {
    String name = userName == null ? "" : userName.strip().toLowerCase(Locale.ROOT);
    if (!USER_NAME.matcher(name).matches()) {
      throw new CaseRuleViolation("staff.user_name_invalid", userName == null ? "" : userName);
    }
    return name;
  }

  /** Changes what an administrator edits: name, email, roles, areas and the two flags. */
  public void update(
      String fullName,
      String email,
      Set<StaffRole> roles,
      Set<Area> areas,
      boolean receivesProtected,
      boolean active) {
    if (fullName == null || fullName.isBlank()) {
      throw new CaseRuleViolation("staff.full_name_required");
    }
    if (roles == null || roles.isEmpty()) {
      throw new CaseRuleViolation("staff.role_required");
    }
    String mail = email == null || email.isBlank() ? null : email.strip();
    if (mail != null && (mail.length() > 254 || !EMAIL.matcher(mail).matches())) {
      throw new CaseRuleViolation("staff.email_invalid", mail);
    }
    this.fullName = fullName.strip();
    this.email = mail;
    this.roles = EnumSet.copyOf(roles);
    this.areas = new HashSet<>(areas == null ? Set.of() : areas);
    this.receivesProtected = receivesProtected;
    this.active = active;
  }

  /** Whether the account is locked at {@code now}. */
  public boolean lockedAt(LocalDateTime now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /**
   * Counts a failed login; the one that reaches the policy's limit locks the account.
   *
   * @return whether this failure locked the account
   */
  public boolean loginFailed(LocalDateTime now, LockoutPolicy policy) {
    if (lockedUntil != null && !now.isBefore(lockedUntil)) {
      lockedUntil = null; // the last lock ran out: counting starts again
      failedAttempts = 0;
    }
    failedAttempts++;
    if (failedAttempts >= policy.maxAttempts()) {
      lockedUntil = now.plus(policy.lockFor());
      failedAttempts = 0;
      return true;
    }
    return false;
  }

  /**
   * Notes, for the administrators' list, that wrong passwords locked this account for some address
   * until {@code until}; whether a login is refused is decided per address by {@link
   * StaffDirectory#authenticate}.
   */
  public void lockedFor(LocalDateTime until) {
    if (lockedUntil == null || until.isAfter(lockedUntil)) {
      lockedUntil = until;
    }
  }

  /** A successful login: the failure count starts again. */
  public void loginSucceeded(LocalDateTime now) {
    failedAttempts = 0;
    lockedUntil = null;
    lastLoginAt = now;
  }

  /** An administrator lifts a lock. */
  public void unlock() {
    failedAttempts = 0;
    lockedUntil = null;
  }

  /**
   * A new password hash.
   *
   * @param mustChange true when an administrator set it, so its owner changes it at the next login
   */
  public void changePassword(String newHash, LocalDateTime at, boolean mustChange) {
    this.passwordHash = Objects.requireNonNull(newHash);
    this.passwordChangedAt = at;
    this.mustChangePassword = mustChange;
    unlock();
  }

  public boolean hasRole(StaffRole role) {
    return roles.contains(role);
  }

  public Long id() {
    return id;
  }

  public String userName() {
    return userName;
  }

  public String fullName() {
    return fullName;
  }

  public String email() {
    return email;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean active() {
    return active;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  public boolean receivesProtected() {
    return receivesProtected;
  }

  public int failedAttempts() {
    return failedAttempts;
  }

  public LocalDateTime lockedUntil() {
    return lockedUntil;
  }

  public LocalDateTime lastLoginAt() {
    return lastLoginAt;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public Set<StaffRole> roles() {
    return Collections.unmodifiableSet(roles);
  }

  public Set<Area> areas() {
    return Collections.unmodifiableSet(areas);
  }
}
