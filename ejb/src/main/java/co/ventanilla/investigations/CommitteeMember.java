package co.ventanilla.investigations;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDateTime;

/**
 * A member of staff on an investigation's committee, with the area they speak for and whether they
 * chair it (seed 002 §4 activity 2: "comités entre Operaciones, SIG, Gestión Humana, Gerencia").
 */
@Embeddable
public class CommitteeMember {

  @Column(name = "user_name", nullable = false, length = 120)
  private String userName;

  @Enumerated(EnumType.STRING)
  @Column(name = "committee_role", nullable = false, length = 20)
  private CommitteeRole role;

  @Column(name = "chair", nullable = false)
  private boolean chair;

  @Column(name = "added_by", nullable = false, length = 120)
  private String addedBy;

  @Column(name = "added_at", nullable = false)
  private LocalDateTime addedAt;

  protected CommitteeMember() {}

  CommitteeMember(
      String userName, CommitteeRole role, boolean chair, String addedBy, LocalDateTime addedAt) {
    this.userName = userName;
    this.role = role;
    this.chair = chair;
    this.addedBy = addedBy;
    this.addedAt = addedAt;
  }

  /** The same member with {@code chair} changed (element collections are replaced, not edited). */
  CommitteeMember withChair(boolean chair) {
    return new CommitteeMember(userName, role, chair, addedBy, addedAt);
  }

  public String userName() {
    return userName;
  }

  public CommitteeRole role() {
    return role;
  }

  public boolean chair() {
    return chair;
  }

  public String addedBy() {
    return addedBy;
  }

  public LocalDateTime addedAt() {
    return addedAt;
  }

  boolean is(String user) {
    return user != null && userName.equalsIgnoreCase(user.strip());
  }
}
