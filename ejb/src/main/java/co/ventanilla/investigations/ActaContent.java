package co.ventanilla.investigations;

import java.time.LocalDate;
import java.util.List;

/**
 * What a session's acta says: when it was held, who attended (user names of staff or names of
 * guests), agenda, developments, decisions and tasks.
 */
public record ActaContent(
    LocalDate heldOn,
    List<String> attendees,
    String agenda,
    String developments,
    String decisions,
    List<Task> tasks) {

  public ActaContent {
    attendees = attendees == null ? List.of() : List.copyOf(attendees);
    tasks = tasks == null ? List.of() : List.copyOf(tasks);
  }

  /** A task the session assigns. */
  public record Task(String description, String owner, LocalDate dueOn) {}
}
