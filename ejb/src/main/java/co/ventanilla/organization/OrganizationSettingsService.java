package co.ventanilla.organization;

import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.config.ConfigKeys;
import co.ventanilla.platform.AfterCommit;
import co.ventanilla.staff.RoleCheck;
import co.ventanilla.staff.StaffRole;
import co.ventanilla.terms.TermPolicy;
import co.ventanilla.terms.TermPresets;
import co.ventanilla.terms.TermTable;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The organization's term rules as stored: the preset chosen at first start ({@code
 * ventanilla.preset}, {@code ventanilla.saturday-business-day}) and every change an administrator
 * makes afterwards, each with who and when. The preset brings the agencies (sedes) its
 * organisation's documents name ({@link AgencyPresets}), created when missing. New terms apply to
 * cases filed after the change; a case keeps the term it was given.
 *
 * <p>A company may answer sooner than the law, never later: a type's term cannot exceed the legal
 * one (Ley 1755 de 2015, art. 14: 15 days, 10 for documents and information, 30 for consultas).
 */
@Stateless
public class OrganizationSettingsService {

  private static final Logger LOG = Logger.getLogger(OrganizationSettingsService.class.getName());
  private static final TermTable LAW = TermTable.legalDefaults();

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  @Inject Clock clock;
  @Inject TermPolicy policy;
  @Inject RoleCheck roleCheck;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject
  @ConfigProperty(name = ConfigKeys.TERM_PRESET, defaultValue = "ley-1755")
  String initialPreset;

  @Inject
  @ConfigProperty(name = ConfigKeys.SATURDAY_BUSINESS_DAY, defaultValue = "false")
  boolean initialSaturday;

  public OrganizationSettingsService() {}

  /** For use outside a container. */
  public OrganizationSettingsService(
      EntityManager em,
      Clock clock,
      TermPolicy policy,
      TransactionSynchronizationRegistry transactions,
      String initialPreset,
      boolean initialSaturday) {
    this.roleCheck = RoleCheck.system();
    this.em = em;
    this.clock = clock;
    this.policy = policy;
    this.transactions = transactions;
    this.initialPreset = initialPreset;
    this.initialSaturday = initialSaturday;
  }

  /** The settings in force; on the very first call they are created from the configuration. */
  public Snapshot current() {
    OrganizationSettings s = em.find(OrganizationSettings.class, OrganizationSettings.THE_ONLY_ROW);
    if (s == null) {
      String preset = TermPresets.byId(initialPreset).isPresent() ? initialPreset : "ley-1755";
      s = new OrganizationSettings(preset, initialSaturday, now(), "configuración inicial");
      em.persist(s);
      new AgencyDirectory(em).addMissing(AgencyPresets.of(preset));
      String chosen = preset;
      LOG.info(() -> "First start: term preset " + chosen + " chosen from configuration");
    }
    Map<PqrsType, Integer> types = new EnumMap<>(PqrsType.class);
    Map<Integer, Integer> levels = new TreeMap<>();
    for (TermOverride o :
        em.createQuery("SELECT o FROM TermOverride o", TermOverride.class).getResultList()) {
      if (o.kind() == TermOverride.Kind.TYPE) {
        types.put(PqrsType.valueOf(o.termKey()), o.days());
      } else {
        levels.put(Integer.valueOf(o.termKey()), o.days());
      }
    }
    return new Snapshot(s.presetId(), s.saturdayBusinessDay(), types, levels);
  }

  /** Chooses another preset (and the Saturday rule); the overrides stay. */
  public void choosePreset(String presetId, boolean saturdayBusinessDay, String actor) {
    roleCheck.require(StaffRole.ADMIN, StaffRole.SIG);
    if (TermPresets.byId(presetId).isEmpty()) {
      throw new CaseRuleViolation("settings.unknown_preset", presetId);
    }
    current(); // makes sure the row exists
    em.find(OrganizationSettings.class, OrganizationSettings.THE_ONLY_ROW)
        .change(presetId, saturdayBusinessDay, now(), actor);
    new AgencyDirectory(em).addMissing(AgencyPresets.of(presetId));
    changed("preset " + presetId + (saturdayBusinessDay ? " with Saturdays" : ""), actor);
  }

  /** Sets a type's term in business days, at most the legal one. */
  public void setTypeTerm(PqrsType type, int days, String actor) {
    roleCheck.require(StaffRole.ADMIN, StaffRole.SIG);
    int legal = LAW.typeTerm(type).orElse(15);
    if (days < 1 || days > legal) {
      throw new CaseRuleViolation("settings.type_term_range", legal);
    }
    override(TermOverride.Kind.TYPE, type.name(), days, actor);
  }

  /** Sets a severity level's term (1–4); {@code null}: no term, set case by case. */
  public void setLevelTerm(int level, Integer days, String actor) {
    roleCheck.require(StaffRole.ADMIN, StaffRole.SIG);
    if (level < 1 || level > TermTable.MAX_LEVEL) {
      throw new CaseRuleViolation("settings.level_range", TermTable.MAX_LEVEL);
    }
    if (days != null && (days < 1 || days > 30)) {
      throw new CaseRuleViolation("settings.level_term_range");
    }
    override(TermOverride.Kind.LEVEL, String.valueOf(level), days, actor);
  }

  /** Goes back to the preset's term for a type or level. */
  public void resetTerm(TermOverride.Kind kind, String key, String actor) {
    roleCheck.require(StaffRole.ADMIN, StaffRole.SIG);
    TermOverride o = em.find(TermOverride.class, new TermOverride.Key(kind, key));
    if (o != null) {
      em.remove(o);
      changed(kind + " " + key + " back to the preset", actor);
    }
  }

  private void override(TermOverride.Kind kind, String key, Integer days, String actor) {
    TermOverride o = em.find(TermOverride.class, new TermOverride.Key(kind, key));
    if (o == null) {
      em.persist(new TermOverride(kind, key, days, now(), actor));
    } else {
      o.set(days, now(), actor);
    }
    changed(kind + " " + key + " = " + (days == null ? "no term" : days + " days"), actor);
  }

  /** The cached rules are dropped once the change is committed, not before. */
  private void changed(String what, String actor) {
    LOG.info(() -> "Term rules changed by " + actor + ": " + what);
    AfterCommit.run(transactions, policy::invalidate);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  /** The stored settings: the preset and the overrides (a level mapped to null has no term). */
  public record Snapshot(
      String presetId,
      boolean saturdayBusinessDay,
      Map<PqrsType, Integer> typeTerms,
      Map<Integer, Integer> levelTerms)
      implements java.io.Serializable {}
}
