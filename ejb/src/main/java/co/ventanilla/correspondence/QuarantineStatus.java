package co.ventanilla.correspondence;

/** Where a quarantined mail stands: waiting for staff, filed again, or set aside by staff. */
public enum QuarantineStatus {
  PENDING,
  REIMPORTED,
  DISCARDED
}
