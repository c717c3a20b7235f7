package co.ventanilla.answers;

import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.cases.PqrsCase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One version of the answer to a case. The responsible drafts it; while it is a draft its text can
 * be edited; the area's leader (or the Dirección SIG) then approves or returns it (seed 004 §3,
 * "Líderes de proceso"). Approved text is frozen: a change after the approval is a new version,
 * which needs its own approval, and the approved one is kept as superseded. A returned version is
 * kept too, with the reviewer's note; the responsible drafts a new one. Only an approved version is
 * sent. Nothing is deleted, so the record shows every text that was proposed and who decided on it.
 *
 * <p>The answer must resolve the substance, clearly, precisely and congruently with what was asked
 * (seed 003 §5.1, Nota); that is the reviewer's judgement, not a rule the code can check.
 *
 * <p>Versions are created and changed only by their case ({@link PqrsCase#draftAnswer} and
 * following), which also checks who may review and moves the case.
 */
@Entity
@Table(name = "case_answer")
public class Answer {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "case_answer_ids")
  @TableGenerator(
      name = "case_answer_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "case_answer",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private PqrsCase pqrsCase;

  @Column(name = "answer_number", nullable = false, updatable = false)
  private int number;

  @Column(name = "answer_text", nullable = false, columnDefinition = "MEDIUMTEXT")
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private AnswerStatus status;

  @Column(name = "drafted_by", nullable = false, length = 120)
  private String draftedBy;

  @Column(name = "drafted_at", nullable = false)
  private LocalDateTime draftedAt;

  @Column(name = "reviewed_by", length = 120)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private LocalDateTime reviewedAt;

  @Column(name = "review_note", length = 2000)
  private String reviewNote;

  @Column(name = "sent_at")
  private LocalDateTime sentAt;

  protected Answer() {}

  /** Version {@code number} of the answer of {@code pqrsCase}; called by the case only. */
  public Answer(PqrsCase pqrsCase, int number, String text, String actor, LocalDateTime at) {
    this.pqrsCase = Objects.requireNonNull(pqrsCase, "pqrsCase");
    this.number = number;
    this.text = requireText(text);
    this.status = AnswerStatus.DRAFT;
    this.draftedBy = Objects.requireNonNull(actor, "actor");
    this.draftedAt = Objects.requireNonNull(at, "at");
  }

  /**
   * Replaces the text of a draft.
   *
   * @throws CaseRuleViolation when the version is no longer a draft (approved text is frozen)
   */
  public void edit(String newText, String actor, LocalDateTime at) {
    requireDraft();
    this.text = requireText(newText);
    this.draftedBy = actor;
    this.draftedAt = at;
  }

  /** The reviewer approves the draft: its text is frozen from now on. */
  public void approve(String reviewer, LocalDateTime at, String note) {
    requireDraft();
    review(AnswerStatus.APPROVED, reviewer, at, note);
  }

  /** The reviewer returns the draft with {@code note}; it stays on record, frozen. */
  public void giveBack(String reviewer, LocalDateTime at, String note) {
    requireDraft();
    review(AnswerStatus.RETURNED, reviewer, at, note);
  }

  /** A later version replaces this approved one before it was sent. */
  public void supersede() {
    requireStatus(AnswerStatus.APPROVED);
    status = AnswerStatus.SUPERSEDED;
  }

  /** This approved version went to the petitioner at {@code at}. */
  public void markSent(LocalDateTime at) {
    requireStatus(AnswerStatus.APPROVED);
    status = AnswerStatus.SENT;
    sentAt = at;
  }

  private void review(AnswerStatus outcome, String reviewer, LocalDateTime at, String note) {
    status = outcome;
    reviewedBy = Objects.requireNonNull(reviewer, "reviewer");
    reviewedAt = Objects.requireNonNull(at, "at");
    reviewNote = note == null || note.isBlank() ? null : note.strip();
  }

  private void requireDraft() {
    if (status.isFrozen()) {
      throw new CaseRuleViolation("answer.frozen", number, status);
    }
  }

  private void requireStatus(AnswerStatus expected) {
    if (status != expected) {
      throw new IllegalStateException(
          "Answer version " + number + " is " + status + ", not " + expected);
    }
  }

  private static String requireText(String text) {
    if (text == null || text.isBlank()) {
      throw new CaseRuleViolation("required.answer_text");
    }
    return text.strip();
  }

  public Long id() {
    return id;
  }

  /** The version number: 1, 2, ... in the order they were drafted. */
  public int number() {
    return number;
  }

  public String text() {
    return text;
  }

  public AnswerStatus status() {
    return status;
  }

  public String draftedBy() {
    return draftedBy;
  }

  public LocalDateTime draftedAt() {
    return draftedAt;
  }

  public String reviewedBy() {
    return reviewedBy;
  }

  public LocalDateTime reviewedAt() {
    return reviewedAt;
  }

  public String reviewNote() {
    return reviewNote;
  }

  public LocalDateTime sentAt() {
    return sentAt;
  }
}
