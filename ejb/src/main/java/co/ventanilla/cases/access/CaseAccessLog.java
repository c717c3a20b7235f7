package co.ventanilla.cases.access;

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
 * One line of the access journal: an opening of a protected case (DOMAIN.md, "every view of a
 * protected case is logged") or a refused attempt to reach a case (who, when, from where, doing
 * what). Append-only.
 */
@Entity
@Table(name = "case_access_log")
@NamedQuery(
    name = CaseAccessLog.OF_CASE,
    query =
        "SELECT l FROM CaseAccessLog l WHERE l.radicado = :radicado"
            + " ORDER BY l.accessedAt DESC, l.id DESC")
@NamedQuery(
    name = CaseAccessLog.DENIED,
    query =
        "SELECT l FROM CaseAccessLog l WHERE l.allowed = FALSE"
            + " ORDER BY l.accessedAt DESC, l.id DESC")
public class CaseAccessLog {

  public static final String OF_CASE = "CaseAccessLog.ofCase";
  public static final String DENIED = "CaseAccessLog.denied";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "case_access_log_ids")
  @TableGenerator(
      name = "case_access_log_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "case_access_log",
      allocationSize = 50)
  private Long id;

  @Column(name = "case_id", updatable = false)
  private Long caseId;

  @Column(name = "radicado", nullable = false, length = 40, updatable = false)
  private String radicado;

  @Column(name = "user_name", nullable = false, length = 120, updatable = false)
  private String userName;

  @Column(name = "accessed_at", nullable = false, updatable = false)
  private LocalDateTime accessedAt;

  @Column(name = "address", length = 64, updatable = false)
  private String address;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, length = 20, updatable = false)
  private CaseAction action;

  @Column(name = "allowed", nullable = false, updatable = false)
  private boolean allowed;

  protected CaseAccessLog() {}

  public CaseAccessLog(
      Long caseId,
      String radicado,
      String userName,
      LocalDateTime accessedAt,
      String address,
      CaseAction action,
      boolean allowed) {
    this.caseId = caseId;
    this.radicado = radicado == null ? "" : cut(radicado, 40);
    this.userName = cut(userName, 120);
    this.accessedAt = accessedAt;
    this.address = address == null ? null : cut(address, 64);
    this.action = action;
    this.allowed = allowed;
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  public String radicado() {
    return radicado;
  }

  public String userName() {
    return userName;
  }

  public LocalDateTime accessedAt() {
    return accessedAt;
  }

  public String address() {
    return address;
  }

  public CaseAction action() {
    return action;
  }

  public boolean allowed() {
    return allowed;
  }
}
