package co.ventanilla.web.admin;

import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.organization.Area;
import co.ventanilla.organization.AreaService;
import co.ventanilla.staff.CurrentStaff;
import co.ventanilla.staff.LoginAttempt;
import co.ventanilla.staff.LoginOutcome;
import co.ventanilla.staff.NewStaffUser;
import co.ventanilla.staff.StaffDirectory;
import co.ventanilla.staff.StaffRole;
import co.ventanilla.staff.StaffUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Users and roles ({@code admin/usuarios.xhtml}, administrators only): the accounts with their
 * roles, areas, lock and last login; create and edit an account, set a temporary password, lift a
 * lock, and read the latest login attempts of one person or of everyone. Accounts are never
 * deleted, only deactivated; {@link StaffDirectory} refuses an administrator's removing their own
 * admin role or account, and the refusal is shown as it comes.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many login attempts the dialog lists. */
  static final int ATTEMPTS_SHOWN = 50;

  @Inject StaffDirectory directory;
  @Inject AreaService areaService;
  @Inject CurrentStaff staff;
  @Inject Clock clock;

  private List<UserRow> users = List.of();
  private List<String> areaNames = List.of();
  private String search;

  private final UserForm form = new UserForm();

  private String passwordFor;
  private String newPassword;

  private String attemptsOf;
  private List<Attempt> attempts = List.of();

  @PostConstruct
  void load() {
    LocalDateTime now = LocalDateTime.now(clock);
    users = directory.users().stream().map(u -> UserRow.of(u, now)).toList();
  }

  /** Opens the dialog for a new account: must change the first password, active. */
  public void startCreate() {
    form.clear();
    areaNames = areaChoices(areaService.areas(), List.of());
  }

  /** Opens the dialog with the account {@code userName} as stored now. */
  public void startEdit(String userName) {
    StaffUser user = directory.find(userName).orElse(null);
    if (user == null) {
      Feedback.refused(new CaseRuleViolation("staff.user_unknown", userName));
      return;
    }
    form.fill(user);
    areaNames = areaChoices(areaService.areas(), form.getAreas());
  }

  /** Creates or changes the account of the dialog, as the logged-in administrator. */
  public void save() {
    String actor = staff.get().userName();
    Set<StaffRole> roles = roles(form.getRoles());
    Set<Long> areaIds = areaIds(areaService.areas(), form.getAreas());
    try {
      if (form.isCreating()) {
        StaffUser created =
            directory.create(
                new NewStaffUser(
                    form.getUserName(),
                    form.getFullName(),
                    form.getEmail(),
                    roles,
                    areaIds,
                    form.getPassword() == null ? new char[0] : form.getPassword().toCharArray(),
                    form.isMustChange(),
                    form.isReceivesProtected()),
                actor);
        Feedback.done("adm.users.created", created.userName());
      } else {
        directory.update(
            form.getUserName(),
            form.getFullName(),
            form.getEmail(),
            roles,
            areaIds,
            form.isReceivesProtected(),
            form.isActive(),
            actor);
        Feedback.done("adm.users.updated", form.getUserName());
      }
    } catch (CaseRuleViolation e) {
      Feedback.refusedInDialog(e); // the typed password stays, to be corrected
      return;
    }
    form.forgetPassword();
    load();
  }

  /** Opens the dialog that sets a temporary password for {@code userName}. */
  public void startPassword(String userName) {
    passwordFor = userName;
    newPassword = null;
  }

  /** Proposes a random first password in the account dialog. */
  public void proposeFirstPassword() {
    form.setPassword(TemporaryPassword.generate(form.getUserName()));
  }

  /** Proposes a random temporary password in the password dialog. */
  public void proposeNewPassword() {
    newPassword = TemporaryPassword.generate(passwordFor);
  }

  /** Sets the temporary password; its owner must change it at the next login. */
  public void resetPassword() {
    try {
      directory.resetPassword(
          passwordFor,
          newPassword == null ? new char[0] : newPassword.toCharArray(),
          staff.get().userName());
      Feedback.done("adm.users.passwordSet", passwordFor);
    } catch (CaseRuleViolation e) {
      Feedback.refusedInDialog(e);
      return;
    }
    passwordFor = null;
    newPassword = null;
    load();
  }

  /** Lifts the lock of {@code userName} after failed logins. */
  public void unlock(String userName) {
    try {
      directory.unlock(userName, staff.get().userName());
      Feedback.done("adm.users.unlocked", userName);
    } catch (CaseRuleViolation e) {
      Feedback.refused(e);
    }
    load();
  }

  /** Loads the latest login attempts of {@code userName}, or of everyone when null or blank. */
  public void showAttempts(String userName) {
    attemptsOf = userName == null || userName.isBlank() ? null : userName;
    attempts =
        directory.recentAttempts(attemptsOf, ATTEMPTS_SHOWN).stream().map(Attempt::of).toList();
  }

  /** Whether the open dialog is about the logged-in person's own account. */
  public boolean isOwnAccount() {
    return !form.isCreating() && staff.get().userName().equals(form.getUserName());
  }

  /**
   * The area names the dialog offers: the active areas, plus the inactive ones the account already
   * works in (so that saving does not silently take them away), sorted.
   */
  static List<String> areaChoices(List<Area> areas, Collection<String> selected) {
    return areas.stream()
        .filter(a -> a.active() || selected.contains(a.name()))
        .map(Area::name)
        .sorted()
        .toList();
  }

  /** The ids of the areas named {@code names}; names no longer known are left out. */
  static Set<Long> areaIds(List<Area> areas, Collection<String> names) {
    return areas.stream()
        .filter(a -> names.contains(a.name()))
        .map(Area::id)
        .collect(Collectors.toSet());
  }

  /** The roles whose constant names were ticked. */
  static Set<StaffRole> roles(Collection<String> names) {
    Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
    for (String name : names) {
      StaffRole.parse(name).ifPresent(roles::add);
    }
    return roles;
  }

  /** The accounts that match the search box. */
  public List<UserRow> getUsers() {
    return users.stream().filter(u -> u.matches(search)).toList();
  }

  public int getTotal() {
    return users.size();
  }

  public StaffRole[] getAllRoles() {
    return StaffRole.values();
  }

  public List<String> getAreaNames() {
    return areaNames;
  }

  public UserForm getForm() {
    return form;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public String getPasswordFor() {
    return passwordFor;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getAttemptsOf() {
    return attemptsOf;
  }

  public List<Attempt> getAttempts() {
    return attempts;
  }

  public int getMinPassword() {
    return StaffDirectory.MIN_PASSWORD;
  }

  /** One login attempt as the dialog lists it. */
  public record Attempt(LocalDateTime at, String userName, String address, LoginOutcome outcome)
      implements Serializable {

    static Attempt of(LoginAttempt a) {
      return new Attempt(a.attemptedAt(), a.userName(), a.address(), a.outcome());
    }
  }
}
