package co.ventanilla.cases.outbox;

import java.util.List;

/** Where mail waits to be sent. */
public interface Outbox {

  /** Stores {@code message} in the caller's transaction. */
  void enqueue(OutboxMessage message);

  /** Up to {@code max} messages not yet sent that have a recipient, oldest first. */
  List<OutboxMessage> pending(int max);

  /** Every message about case {@code radicado}, oldest first. */
  List<OutboxMessage> forCase(String radicado);
}
