package co.ventanilla.cases.access;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A {@link CaseCommand} called without inputs it requires; nothing was done. */
@ApplicationException(rollback = true)
public class CaseCommandInvalid extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient CaseCommand command;
  private final List<CaseCommand.Input> missing;

  public CaseCommandInvalid(CaseCommand command, List<CaseCommand.Input> missing) {
    super(command.apiName() + " needs " + missing);
    this.command = command;
    this.missing = List.copyOf(missing);
  }

  public CaseCommand command() {
    return command;
  }

  /** The required inputs that were not given. */
  public List<CaseCommand.Input> missing() {
    return missing;
  }
}
