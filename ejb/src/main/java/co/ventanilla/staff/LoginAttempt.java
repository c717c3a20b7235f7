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
import java.time.LocalDateTime;

/**
 * One attempt to log in, kept whatever its outcome: who (the name typed, even when no such user
 * exists), when, from which address and how it ended. Append-only.
 */
@Entity
@Table(name = "login_attempt")
@NamedQuery(
    name = LoginAttempt.RECENT_OF_USER,
    query =
        "SELECT a FROM LoginAttempt a WHERE a.userName = :userName"
            + " ORDER BY a.attemptedAt DESC, a.id DESC")
@NamedQuery(
    name = LoginAttempt.RECENT,
    query = "SELECT a FROM LoginAttempt a ORDER BY a.attemptedAt DESC, a.id DESC")
@NamedQuery(
    name = LoginAttempt.LAST_RESET,
    query =
        "SELECT MAX(a.attemptedAt) FROM LoginAttempt a WHERE a.userName = :userName AND"
            + " ((a.outcome = co.ventanilla.staff.LoginOutcome.SUCCESS"
            + " AND COALESCE(a.address, '') = :address)"
            + " OR a.outcome = co.ventanilla.staff.LoginOutcome.UNLOCKED)")
@NamedQuery(
    name = LoginAttempt.PAIR_FAILURES,
    query =
        "SELECT COUNT(a) FROM LoginAttempt a WHERE a.userName = :userName"
            + " AND COALESCE(a.address, '') = :address AND a.attemptedAt > :since"
            + " AND a.outcome IN (co.ventanilla.staff.LoginOutcome.BAD_PASSWORD,"
            + " co.ventanilla.staff.LoginOutcome.LOCKED)")
@NamedQuery(
    name = LoginAttempt.ADDRESS_FAILURES,
    query =
        "SELECT COUNT(a) FROM LoginAttempt a WHERE a.address = :address AND a.attemptedAt > :since"
            + " AND a.outcome IN (co.ventanilla.staff.LoginOutcome.BAD_PASSWORD,"
            + " co.ventanilla.staff.LoginOutcome.UNKNOWN_USER,"
            + " co.ventanilla.staff.LoginOutcome.INACTIVE)")
public class LoginAttempt {

  public static final String LAST_RESET = "LoginAttempt.lastReset";
  public static final String PAIR_FAILURES = "LoginAttempt.pairFailures";
  public static final String ADDRESS_FAILURES = "LoginAttempt.addressFailures";

  public static final String RECENT_OF_USER = "LoginAttempt.recentOfUser";
  public static final String RECENT = "LoginAttempt.recent";

  /** Longest user name kept: what someone typed may be anything. */
  static final int MAX_NAME = 120;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "login_attempt_ids")
  @TableGenerator(
      name = "login_attempt_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "login_attempt",
      allocationSize = 50)
  private Long id;

  @Column(name = "user_name", nullable = false, length = MAX_NAME, updatable = false)
  private String userName;

  @Column(name = "attempted_at", nullable = false, updatable = false)
  private LocalDateTime attemptedAt;

  @Column(name = "address", length = 64, updatable = false)
  private String address;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, length = 20, updatable = false)
  private LoginOutcome outcome;

  protected LoginAttempt() {}

  public LoginAttempt(
      String userName, LocalDateTime attemptedAt, String address, LoginOutcome outcome) {
    String name = userName == null ? "" : userName.strip();
    this.userName = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    this.attemptedAt = attemptedAt;
    this.address = address == null || address.length() <= 64 ? address : address.substring(0, 64);
    this.outcome = outcome;
  }

  public String userName() {
    return userName;
  }

  public LocalDateTime attemptedAt() {
    return attemptedAt;
  }

  public String address() {
    return address;
  }

  public LoginOutcome outcome() {
    return outcome;
  }
}
