package co.ventanilla.correspondence;

import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * A staff action on the quarantine that its rules do not allow (e.g. discarding a mail already
 * reimported); nothing was changed. The message comes from the bundle {@code
 * co.ventanilla.correspondence.CorrespondenceMessages}.
 */
@ApplicationException(rollback = true)
public class MailQuarantineException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final transient Object[] args;

  public MailQuarantineException(String key, Object... args) {
    super(CorrespondenceTexts.format(Locale.ENGLISH, key, args));
    this.key = key;
    this.args = args.clone();
  }

  /** The bundle key of the rule, e.g. {@code quarantine.not_pending}. */
  public String key() {
    return key;
  }

  /** The message for staff in {@code locale}. */
  public String message(Locale locale) {
    return CorrespondenceTexts.format(locale, key, args);
  }
}
