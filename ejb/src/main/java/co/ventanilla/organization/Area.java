package co.ventanilla.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;

/**
 * A process (área) of the company that cases are assigned to, e.g. Operaciones or Talento Humano,
 * and its leader. The leader approves or returns the answers drafted in the area before they go out
 * (seed 004 §3: "Líderes de proceso: son responsables de realizar las aprobaciones de las
 * respuestas a las PQRS asignadas a sus procesos"); when a case is escalated to level 2, the
 * coordinator of the area is told (seed 001 §7.2).
 *
 * <p>Areas are never deleted, only deactivated: closed cases keep pointing at them.
 */
@Entity
@Table(name = "area")
@NamedQuery(name = Area.BY_NAME, query = "SELECT a FROM Area a WHERE a.name = :name")
@NamedQuery(name = Area.ALL, query = "SELECT a FROM Area a ORDER BY a.name")
public class Area implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  public static final String BY_NAME = "Area.byName";
  public static final String ALL = "Area.all";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "area_ids")
  @TableGenerator(
      name = "area_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "area",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "name", nullable = false, unique = true, length = 120)
  private String name;

  @Column(name = "leader", nullable = false, length = 120)
  private String leader;

  @Column(name = "leader_email", length = 254)
  private String leaderEmail;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  protected Area() {}

  /**
   * @param name the process's name, unique
   * @param leader the user name of the process leader
   * @param leaderEmail where mail for the leader goes (escalations); may be null
   */
  public Area(String name, String leader, String leaderEmail) {
    this.name = requireText(name, "name");
    this.leader = requireText(leader, "leader");
    this.leaderEmail = blankToNull(leaderEmail);
  }

  /** A new leader takes over: from now on they approve the area's answers. */
  public void changeLeader(String leader, String leaderEmail) {
    this.leader = requireText(leader, "leader");
    this.leaderEmail = blankToNull(leaderEmail);
  }

  public void deactivate() {
    active = false;
  }

  public void activate() {
    active = true;
  }

  /** Whether {@code userName} is this area's leader (user names ignore case). */
  public boolean isLedBy(String userName) {
    return userName != null
        && leader.toLowerCase(Locale.ROOT).equals(userName.strip().toLowerCase(Locale.ROOT));
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String leader() {
    return leader;
  }

  public String leaderEmail() {
    return leaderEmail;
  }

  public boolean active() {
    return active;
  }

  private static String requireText(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value.strip();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  @Override
  public String toString() {
    return "Area[" + name + ", leader " + leader + "]";
  }
}
