package co.ventanilla.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDateTime;

/**
 * A person named on a case. On a protected case (denuncias, the whistle-blower box, a complainant
 * or witness in good faith) only the people named see it at all (seed 002 §4 activity 2: "se deberá
 * proteger a los individuos que presentan las PQRS, previniendo la intimidación de testigos"); on
 * any case, being named lets a person outside the case's area follow it.
 */
@Entity
@Table(name = "case_member")
public class CaseMember {

  /** Why the person is named. */
  public enum Reason {
    /** Named by hand by someone on the case (a committee member, an adviser). */
    NAMED,
    /** The case was assigned to them. */
    RESPONSIBLE,
    /** They lead the area the case was assigned to, and approve its answer. */
    LEADER,
    /** They receive every protected case at filing (the whistle-blower box's officers). */
    RECEIVER
  }

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "case_member_ids")
  @TableGenerator(
      name = "case_member_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "case_member",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private PqrsCase pqrsCase;

  @Column(name = "user_name", nullable = false, length = 120, updatable = false)
  private String userName;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason", nullable = false, length = 20, updatable = false)
  private Reason reason;

  @Column(name = "added_by", nullable = false, length = 120, updatable = false)
  private String addedBy;

  @Column(name = "added_at", nullable = false, updatable = false)
  private LocalDateTime addedAt;

  protected CaseMember() {}

  CaseMember(
      PqrsCase pqrsCase, String userName, Reason reason, String addedBy, LocalDateTime addedAt) {
    this.pqrsCase = pqrsCase;
    this.userName = userName;
    this.reason = reason;
    this.addedBy = addedBy;
    this.addedAt = addedAt;
  }

  public String userName() {
    return userName;
  }

  public Reason reason() {
    return reason;
  }

  public String addedBy() {
    return addedBy;
  }

  public LocalDateTime addedAt() {
    return addedAt;
  }
}
