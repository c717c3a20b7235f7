package co.ventanilla.privacy;

import java.util.List;

/**
 * A request on a person's data that cannot be done, with the Spanish reason to show as it is:
 * {@link Kind#UNKNOWN} when nothing of the person is held, {@link Kind#BLOCKED} when a case must
 * keep the data (with each reason and until when), {@link Kind#INVALID} for bad input.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class PrivacyRuleViolation extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Kind {
    UNKNOWN,
    BLOCKED,
    INVALID
  }

  private final Kind kind;
  private final transient List<Block> blocks;

  public PrivacyRuleViolation(Kind kind, String message, List<Block> blocks) {
    super(message);
    this.kind = kind;
    this.blocks = List.copyOf(blocks);
  }

  public PrivacyRuleViolation(Kind kind, String message) {
    this(kind, message, List.of());
  }

  public Kind kind() {
    return kind;
  }

  /** The blocks, when {@link Kind#BLOCKED}. */
  public List<Block> blocks() {
    return blocks == null ? List.of() : blocks;
  }
}
