package co.ventanilla.cases;

import java.io.Serializable;
import java.util.List;

/**
 * How many cases a list has. Counting stops at {@link #CAP} (a list that long is narrowed, not
 * paged through), so a count costs the same over a hundred cases or a million: {@link #capped()}
 * says the list has more than {@link #CAP}.
 *
 * @param parts the count of each part of the query (one per way of seeing cases); the page query
 *     uses them to choose its plan
 */
public record InboxCount(List<Long> parts) implements Serializable {

  /** The most cases counted exactly. */
  public static final int CAP = 10_000;

  public InboxCount {
    parts = List.copyOf(parts);
  }

  /** The cases counted, at most {@link #CAP}. */
  public long total() {
    return Math.min(CAP, parts.stream().mapToLong(Long::longValue).sum());
  }

  /** Whether there are more than {@link #CAP} cases. */
  public boolean capped() {
    return parts.stream().mapToLong(Long::longValue).sum() > CAP;
  }
}
