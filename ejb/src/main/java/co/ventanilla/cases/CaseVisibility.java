package co.ventanilla.cases;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which cases a person may see: the cases <em>not protected</em> that one of their {@link Grant}s
 * covers, and every case they are named on ({@link co.ventanilla.cases.CaseMember}). A protected
 * case is seen only by the people named on it, whatever their role (seed 002 §4 activity 2:
 * "proteger a los individuos que presentan las PQRS, previniendo la intimidación de testigos").
 * Which grants each role has is {@code co.ventanilla.cases.access.CasePermissions#visibility}'s
 * decision.
 *
 * <p>The same rule runs in Java ({@link #allows}) for one case and as SQL for lists ({@code
 * JpaCaseRepository}); a test checks that both agree.
 */
public final class CaseVisibility implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A kind of case a person sees without being named on it (protected cases excepted). */
  public sealed interface Grant extends Serializable
      permits AllCases, InAreas, AssignedTo, InState, AtLevel {

    boolean covers(PqrsCase c);
  }

  /** Every case. */
  public record AllCases() implements Grant {
    @Override
    public boolean covers(PqrsCase c) {
      return true;
    }
  }

  /** The cases assigned to one of these areas. */
  public record InAreas(Set<Long> areaIds) implements Grant {
    public InAreas {
      areaIds = Set.copyOf(new TreeSet<>(areaIds));
    }

    @Override
    public boolean covers(PqrsCase c) {
      return c.area() != null && areaIds.contains(c.area().id());
    }
  }

  /** The cases whose responsible is this person. */
  public record AssignedTo(String userName) implements Grant {
    @Override
    public boolean covers(PqrsCase c) {
      return c.responsible() != null && c.responsible().equalsIgnoreCase(userName);
    }
  }

  /** The cases in this state. */
  public record InState(CaseState state) implements Grant {
    @Override
    public boolean covers(PqrsCase c) {
      return c.state() == state;
    }
  }

  /** The cases of this severity level. */
  public record AtLevel(int level) implements Grant {
    @Override
    public boolean covers(PqrsCase c) {
      return c.severityLevel() != null && c.severityLevel() == level;
    }
  }

  private static final CaseVisibility EVERYTHING = new CaseVisibility(true, List.of(), null);

  private final boolean everything;
  private final List<Grant> grants;
  private final String member;

  private CaseVisibility(boolean everything, List<Grant> grants, String member) {
    this.everything = everything;
    this.grants = List.copyOf(grants);
    this.member = member;
  }

  /** What the system sees (timers, intake, demo data): every case, protected ones too. */
  public static CaseVisibility everything() {
    return EVERYTHING;
  }

  /**
   * What a person sees: the cases not protected that one of {@code grants} covers (tried in this
   * order), and the cases {@code userName} is named on.
   */
  public static CaseVisibility of(String userName, List<Grant> grants) {
    return new CaseVisibility(false, grants, Objects.requireNonNull(userName));
  }

  /** Whether {@code c} may be seen. */
  public boolean allows(PqrsCase c) {
    if (everything) {
      return true;
    }
    if (c.isMember(member)) {
      return true;
    }
    return !c.isProtected() && grants.stream().anyMatch(g -> g.covers(c));
  }

  /** True for the system's view, which has no grants and no member. */
  public boolean seesEverything() {
    return everything;
  }

  /** The grants, in the order the SQL tries them; empty: only the cases one is named on. */
  public List<Grant> grants() {
    return grants;
  }

  /** The user whose named cases are seen; null for the system. */
  public String member() {
    return member;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CaseVisibility v
        && everything == v.everything
        && grants.equals(v.grants)
        && Objects.equals(member, v.member);
  }

  @Override
  public int hashCode() {
    return Objects.hash(everything, grants, member);
  }

  @Override
  public String toString() {
    return everything
        ? "CaseVisibility[everything]"
        : "CaseVisibility[" + member + ", " + grants + "]";
  }
}
