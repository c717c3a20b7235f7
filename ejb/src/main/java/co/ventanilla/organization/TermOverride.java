package co.ventanilla.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A term the organization set differently from its preset: for a PQRS type or for a severity level.
 * {@code days} null means no term (decided case by case, e.g. a level-4 novelty by the committee,
 * seed 002 tabla MANEJO DE PQRS).
 */
@Entity
@Table(name = "term_override")
@IdClass(TermOverride.Key.class)
public class TermOverride {

  /** What the override is for. */
  public enum Kind {
    TYPE,
    LEVEL
  }

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 10)
  private Kind kind;

  @Id
  @Column(name = "term_key", length = 30)
  private String termKey;

  @Column(name = "days")
  private Integer days;

  @Column(name = "changed_at", nullable = false)
  private LocalDateTime changedAt;

  @Column(name = "changed_by", nullable = false, length = 120)
  private String changedBy;

  protected TermOverride() {}

  public TermOverride(Kind kind, String termKey, Integer days, LocalDateTime at, String actor) {
    this.kind = kind;
    this.termKey = termKey;
    set(days, at, actor);
  }

  public void set(Integer days, LocalDateTime at, String actor) {
    this.days = days;
    this.changedAt = at;
    this.changedBy = actor;
  }

  public Kind kind() {
    return kind;
  }

  public String termKey() {
    return termKey;
  }

  public Integer days() {
    return days;
  }

  /** Primary key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Kind kind;
    private String termKey;

    public Key() {}

    public Key(Kind kind, String termKey) {
      this.kind = kind;
      this.termKey = termKey;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && kind == k.kind && Objects.equals(termKey, k.termKey);
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, termKey);
    }
  }
}
