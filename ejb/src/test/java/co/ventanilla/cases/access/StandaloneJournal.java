package co.ventanilla.cases.access;

import co.ventanilla.platform.CallerOrigin;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/**
 * {@link CaseAccessJournal} outside the container, for integration tests of other rooms. A refusal
 * is written in the caller's transaction here (the container gives it one of its own).
 */
public final class StandaloneJournal {

  private StandaloneJournal() {}

  public static CaseAccessJournal on(EntityManager em, Clock clock) {
    CaseAccessJournal journal = new CaseAccessJournal();
    journal.em = em;
    journal.clock = clock;
    journal.origin = new CallerOrigin();
    return journal;
  }
}
