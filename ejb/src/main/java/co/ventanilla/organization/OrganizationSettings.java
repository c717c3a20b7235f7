package co.ventanilla.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * The organization's choice of term rules: which preset (one of the five seed procedures or the
 * plain law) and whether Saturday is a business day. One row; chosen at first start from {@code
 * ventanilla.preset} and changed later by an administrator, who is recorded.
 */
@Entity
@Table(name = "organization_settings")
public class OrganizationSettings {

  static final byte THE_ONLY_ROW = 1;

  @Id private byte id = THE_ONLY_ROW;

  @Version private long version;

  @Column(name = "preset_id", nullable = false, length = 40)
  private String presetId;

  @Column(name = "saturday_business_day", nullable = false)
  private boolean saturdayBusinessDay;

  @Column(name = "changed_at", nullable = false)
  private LocalDateTime changedAt;

  @Column(name = "changed_by", nullable = false, length = 120)
  private String changedBy;

  protected OrganizationSettings() {}

  public OrganizationSettings(
      String presetId, boolean saturdayBusinessDay, LocalDateTime at, String actor) {
    change(presetId, saturdayBusinessDay, at, actor);
  }

  public void change(String presetId, boolean saturdayBusinessDay, LocalDateTime at, String actor) {
    this.presetId = presetId;
    this.saturdayBusinessDay = saturdayBusinessDay;
    this.changedAt = at;
    this.changedBy = actor;
  }

  public String presetId() {
    return presetId;
  }

  public boolean saturdayBusinessDay() {
    return saturdayBusinessDay;
  }

  public LocalDateTime changedAt() {
    return changedAt;
  }

  public String changedBy() {
    return changedBy;
  }
}
