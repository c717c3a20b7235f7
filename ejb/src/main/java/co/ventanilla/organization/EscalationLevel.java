package co.ventanilla.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One rung of the escalation ladder (seed 001 §7.2, Proceso de Escalamiento): 1 atención inicial
 * por personal de servicio al cliente, 2 coordinador del área correspondiente, 3 gerencia de
 * operaciones, 4 gerencia general. Every case starts at level 1. The names and mailboxes are data
 * (table {@code escalation_level}) so each company can use its own; the schema ships seed 001's.
 *
 * <p>Who is told when a case reaches a level: at level 2 the leader of the case's area when the
 * area has an email, otherwise the level's mailbox.
 */
@Entity
@Table(name = "escalation_level")
public class EscalationLevel {

  /** The first level, where every case starts. */
  public static final int FIRST = 1;

  /** The highest level (seed 001 §7.2: gerencia general). */
  public static final int HIGHEST = 4;

  /** The level whose recipient is the coordinator (leader) of the case's area. */
  public static final int AREA_COORDINATOR = 2;

  @Id
  @Column(name = "level")
  private int level;

  @Column(name = "name", nullable = false, length = 120)
  private String name;

  @Column(name = "mailbox", length = 254)
  private String mailbox;

  protected EscalationLevel() {}

  public EscalationLevel(int level, String name, String mailbox) {
    if (level < FIRST || level > HIGHEST) {
      throw new IllegalArgumentException("Escalation levels go from 1 to 4: " + level);
    }
    this.level = level;
    this.name = name;
    this.mailbox = mailbox;
  }

  /**
   * Where the mail about a case that reached this level goes, or null when nobody is configured.
   *
   * @param area the case's area, or null when it has none
   */
  public String recipient(Area area) {
    if (level == AREA_COORDINATOR && area != null && area.leaderEmail() != null) {
      return area.leaderEmail();
    }
    return mailbox == null || mailbox.isBlank() ? null : mailbox.strip();
  }

  /** Sets where mail for this level goes. */
  public void changeMailbox(String mailbox) {
    this.mailbox = mailbox;
  }

  public int level() {
    return level;
  }

  public String name() {
    return name;
  }

  public String mailbox() {
    return mailbox;
  }
}
