package co.ventanilla.reports;

/**
 * A schedule the administrator cannot save: {@link #field()} names the field as the API does
 * ({@code destinatarios}, {@code hora}, {@code mesesAtras}) and {@link #key()} the message of the
 * reports' bundle, with {@link #value()} the offending value when there is one.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class ReportScheduleInvalid extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String key;
  private final String value;

  public ReportScheduleInvalid(String field, String key, String value) {
    super(field + ": " + key + (value == null ? "" : " (" + value + ")"));
    this.field = field;
    this.key = key;
    this.value = value;
  }

  public String field() {
    return field;
  }

  public String key() {
    return key;
  }

  public String value() {
    return value;
  }
}
