package co.ventanilla.cases;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a case list is narrowed to; every part is optional (null or false: not narrowed). The inbox
 * starts with the open cases ({@link Scope#OPEN}).
 *
 * @param text a radicado or its beginning, a document number, an email, or words of the subject
 *     (and of the petitioner's name, for roles that may see it)
 * @param type only cases of this type
 * @param state only cases in this state (then {@code scope} does not matter)
 * @param scope open cases, finished ones, or all
 * @param channel only cases that came in by this channel
 * @param areaId only cases assigned to this area
 * @param agency only cases of this agency (sede); {@link #UNCONFIRMED_AGENCY}: the cases whose
 *     agency as received matched none of the configured ones (reception chooses it)
 * @param level only cases of this severity level (1–4)
 * @param responsible only cases whose responsible is this user
 * @param dueFrom only cases due on or after this day
 * @param dueTo only cases due on or before this day
 * @param overdue only open cases whose term ran out before today (and is not stopped)
 * @param receivedFrom only cases received on or after this day
 * @param receivedTo only cases received on or before this day
 * @param awaitingInformation only open cases waiting for the petitioner to complete the petition
 *     (Ley 1755 de 2015, art. 17)
 */
public record CaseFilter(
    String text,
    PqrsType type,
    CaseState state,
    Scope scope,
    Channel channel,
    Long areaId,
    String agency,
    Integer level,
    String responsible,
    LocalDate dueFrom,
    LocalDate dueTo,
    boolean overdue,
    LocalDate receivedFrom,
    LocalDate receivedTo,
    boolean awaitingInformation)
    implements Serializable {

  /** Which cases by their life: still open, finished (a final state) or both. */
  public enum Scope {
    OPEN,
    FINISHED,
    ALL
  }

  /** The agency filter of the cases whose agency waits for reception: "sede por confirmar". */
  public static final String UNCONFIRMED_AGENCY = "por-confirmar";

  /** Every case. */
  public static final CaseFilter ALL = builder().scope(Scope.ALL).build();

  public CaseFilter {
    scope = scope == null ? Scope.ALL : scope;
    text = text == null || text.isBlank() ? null : text.strip();
    agency = agency == null || agency.isBlank() ? null : agency.strip();
    responsible = responsible == null || responsible.isBlank() ? null : responsible.strip();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this filter. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.text = text;
    b.type = type;
    b.state = state;
    b.scope = scope;
    b.channel = channel;
    b.areaId = areaId;
    b.agency = agency;
    b.level = level;
    b.responsible = responsible;
    b.dueFrom = dueFrom;
    b.dueTo = dueTo;
    b.overdue = overdue;
    b.receivedFrom = receivedFrom;
    b.receivedTo = receivedTo;
    b.awaitingInformation = awaitingInformation;
    return b;
  }

  /** Builds a {@link CaseFilter}; unset parts do not narrow. */
  public static final class Builder {
    private String text;
    private PqrsType type;
    private CaseState state;
    private Scope scope = Scope.ALL;
    private Channel channel;
    private Long areaId;
    private String agency;
    private Integer level;
    private String responsible;
    private LocalDate dueFrom;
    private LocalDate dueTo;
    private boolean overdue;
    private LocalDate receivedFrom;
    private LocalDate receivedTo;
    private boolean awaitingInformation;

    public Builder text(String text) {
      this.text = text;
      return this;
    }

    public Builder type(PqrsType type) {
      this.type = type;
      return this;
    }

    public Builder state(CaseState state) {
      this.state = state;
      return this;
    }

    public Builder scope(Scope scope) {
      this.scope = scope;
      return this;
    }

    public Builder channel(Channel channel) {
      this.channel = channel;
      return this;
    }

    public Builder areaId(Long areaId) {
      this.areaId = areaId;
      return this;
    }

    public Builder agency(String agency) {
      this.agency = agency;
      return this;
    }

    public Builder level(Integer level) {
      this.level = level;
      return this;
    }

    public Builder responsible(String responsible) {
      this.responsible = responsible;
      return this;
    }

    public Builder due(LocalDate from, LocalDate to) {
      this.dueFrom = from;
      this.dueTo = to;
      return this;
    }

    public Builder overdue(boolean overdue) {
      this.overdue = overdue;
      return this;
    }

    public Builder received(LocalDate from, LocalDate to) {
      this.receivedFrom = from;
      this.receivedTo = to;
      return this;
    }

    public Builder awaitingInformation(boolean awaiting) {
      this.awaitingInformation = awaiting;
      return this;
    }

    public CaseFilter build() {
      return new CaseFilter(
          text,
          type,
          state,
          scope,
          channel,
          areaId,
          agency,
          level,
          responsible,
          dueFrom,
          dueTo,
          overdue,
          receivedFrom,
          receivedTo,
          awaitingInformation);
    }
  }
}
