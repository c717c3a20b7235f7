package co.ventanilla.improvement;

import java.io.Serializable;

/**
 * The filters of the matrix: state, type, origin, process (area id), action owner, overdue only.
 * Null means any.
 */
public record AcpmFilter(
    AcpmStatus status,
    AcpmType type,
    AcpmOrigin origin,
    Long areaId,
    String owner,
    boolean overdueOnly)
    implements Serializable {

  public static AcpmFilter all() {
    return new AcpmFilter(null, null, null, null, null, false);
  }
}
