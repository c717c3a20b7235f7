package co.ventanilla.platform;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Work that must only happen once the current transaction has committed. */
public final class AfterCommit {

  private AfterCommit() {}

  /**
   * Runs {@code action} after the current transaction commits, never when it rolls back. Without a
   * registry (outside a container) it runs at once.
   */
  public static void run(TransactionSynchronizationRegistry transactions, Runnable action) {
    if (transactions == null) {
      action.run();
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              action.run();
            }
          }
        });
  }
}
