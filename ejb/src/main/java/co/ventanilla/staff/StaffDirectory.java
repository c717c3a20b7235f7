package co.ventanilla.staff;

import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.config.ConfigKeys;
import co.ventanilla.organization.Area;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.PasswordHash;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may log in and who they are: checks a user name and password (counting failures and locking
 * the account, {@link LockoutPolicy}), records every attempt ({@link LoginAttempt}) and logs it,
 * and keeps the accounts that administrators create and edit. Passwords are stored only as PBKDF2
 * hashes (PBKDF2WithHmacSHA512, 210,000 iterations, 32-byte salt: OWASP's 2023 recommendation); a
 * hash made with other parameters still verifies, since it carries its own.
 */
@Stateless
public class StaffDirectory {

  private static final Logger LOG = Logger.getLogger(StaffDirectory.class.getName());

  /** Shortest password accepted. */
  public static final int MIN_PASSWORD = 10;

  static final Map<String, String> HASH_PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
          "Pbkdf2PasswordHash.Iterations", "210000",
          "Pbkdf2PasswordHash.SaltSizeBytes", "32",
          "Pbkdf2PasswordHash.KeySizeBytes", "64");

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  @Inject Clock clock;

  @Inject Pbkdf2PasswordHash containerHash;

  @Inject VerifiedPasswords verified;
  @Inject RoleCheck roleCheck;

  @Inject
  @ConfigProperty(name = ConfigKeys.LOGIN_MAX_ATTEMPTS, defaultValue = "5")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = ConfigKeys.LOGIN_LOCK_MINUTES, defaultValue = "15")
  int lockMinutes;

  @Inject
  @ConfigProperty(name = ConfigKeys.LOGIN_MAX_FAILURES_PER_ADDRESS, defaultValue = "20")
  int maxFailuresPerAddress;

  private PasswordHash hash;
  private LockoutPolicy lockout;

  public StaffDirectory() {}

  /** For use outside a container (tests, tools). */
  public StaffDirectory(EntityManager em, Clock clock, PasswordHash hash, LockoutPolicy lockout) {
    this.roleCheck = RoleCheck.system();
    this.em = em;
    this.clock = clock;
    this.hash = hash;
    this.lockout = lockout;
    this.verified = new VerifiedPasswords();
  }

  @PostConstruct
  void init() {
    containerHash.initialize(HASH_PARAMETERS);
    hash = containerHash;
    lockout =
        new LockoutPolicy(maxAttempts, Duration.ofMinutes(lockMinutes), maxFailuresPerAddress);
  }

  /**
   * Checks {@code password} for {@code userName} and records the attempt.
   *
   * <p>What an attacker can learn or break is kept small:
   *
   * <ul>
   *   <li>Every refusal costs one password hash, whatever its reason (unknown name, inactive or
   *       locked account, wrong password), so timing does not tell which names exist; the caller
   *       shows one message for all of them.
   *   <li>The lock is per <em>account and address</em>: {@link LockoutPolicy#maxAttempts()} wrong
   *       passwords from one address lock that account for that address only, for {@link
   *       LockoutPolicy#lockFor()}. Someone guessing the administrator's password from elsewhere
   *       cannot lock the administrator out of the office.
   *   <li>One address that fails {@link LockoutPolicy#maxFailuresPerAddress()} times within {@link
   *       LockoutPolicy#lockFor()}, over any names, is refused for every account until the window
   *       passes (a password spray).
   *   <li>An administrator's {@link #unlock} lifts every lock of the account at once.
   * </ul>
   *
   * @param address where the attempt came from (for the record and the locks), or null
   */
  public LoginResult authenticate(String userName, char[] password, String address) {
    LocalDateTime now = LocalDateTime.now(clock);
    // What someone typed goes into the log and the record: no control characters (no forged lines).
    String typed = userName == null ? "" : userName.strip().replaceAll("\\p{Cntrl}", "?");
    Optional<StaffUser> found = find(typed);
    LoginResult result;
    if (found.isEmpty()) {
      hash.verify(password, verified.dummyHash(hash));
      result = LoginResult.refused(LoginOutcome.UNKNOWN_USER, null);
    } else {
      result = check(found.get(), password, address, now);
    }
    String name = found.map(StaffUser::userName).orElse(typed);
    if (!result.fromCache()) {
      em.persist(new LoginAttempt(name, now, address, result.outcome()));
      log(name, address, result);
    }
    return result;
  }

  private LoginResult check(StaffUser user, char[] password, String address, LocalDateTime now) {
    if (!user.active()) {
      hash.verify(password, verified.dummyHash(hash));
      return LoginResult.refused(LoginOutcome.INACTIVE, null);
    }
    LocalDateTime since = now.minus(lockout.lockFor());
    long failures = pairFailures(user.userName(), address, since);
    if (addressFailures(address, since) >= lockout.maxFailuresPerAddress()
        || failures >= lockout.maxAttempts()) {
      hash.verify(password, verified.dummyHash(hash));
      return LoginResult.refused(LoginOutcome.LOCKED, null);
    }
    String stored = user.passwordHash();
    if (stored != null && verified.contains(user.userName(), stored, password)) {
      return LoginResult.success(user, true);
    }
    if (stored == null || !hash.verify(password, stored)) {
      boolean locked = failures + 1 >= lockout.maxAttempts();
      if (locked) {
        user.lockedFor(now.plus(lockout.lockFor())); // shown to the administrators
      }
      return LoginResult.refused(
          locked ? LoginOutcome.LOCKED : LoginOutcome.BAD_PASSWORD,
          locked ? user.lockedUntil() : null);
    }
    user.loginSucceeded(now);
    verified.remember(user.userName(), stored, password);
    return LoginResult.success(user, false);
  }

  /**
   * Wrong passwords for {@code userName} from {@code address} after {@code since}, counted from its
   * last success from that address or the last unlock, whichever is later.
   */
  private long pairFailures(String userName, String address, LocalDateTime since) {
    LocalDateTime reset =
        em.createNamedQuery(LoginAttempt.LAST_RESET, LocalDateTime.class)
            .setParameter("userName", userName)
            .setParameter("address", addressKey(address))
            .getSingleResult();
    LocalDateTime from = reset != null && reset.isAfter(since) ? reset : since;
    return em.createNamedQuery(LoginAttempt.PAIR_FAILURES, Long.class)
        .setParameter("userName", userName)
        .setParameter("address", addressKey(address))
        .setParameter("since", from)
        .getSingleResult();
  }

  /** Failed attempts from {@code address}, for any name, after {@code since}. */
  private long addressFailures(String address, LocalDateTime since) {
    if (address == null) {
      return 0;
    }
    return em.createNamedQuery(LoginAttempt.ADDRESS_FAILURES, Long.class)
        .setParameter("address", address)
        .setParameter("since", since)
        .getSingleResult();
  }

  private static String addressKey(String address) {
    return address == null ? "" : address;
  }

  private static void log(String name, String address, LoginResult result) {
    String from = address == null ? "" : " from " + address;
    switch (result.outcome()) {
      case SUCCESS -> LOG.info(() -> "Login: " + name + from);
      case LOCKED ->
          LOG.warning(
              () ->
                  "Login refused, account locked until "
                      + result.lockedUntil()
                      + ": "
                      + name
                      + from);
      default -> LOG.warning(() -> "Login refused (" + result.outcome() + "): " + name + from);
    }
  }

  /** The active account {@code userName} as the rules of access see it. */
  public Optional<Staff> staff(String userName) {
    return find(userName).filter(StaffUser::active).map(this::toStaff);
  }

  private Staff toStaff(StaffUser u) {
    Set<Long> led =
        em
            .createQuery("SELECT a.id FROM Area a WHERE LOWER(a.leader) = :userName", Long.class)
            .setParameter("userName", u.userName())
            .getResultList()
            .stream()
            .collect(Collectors.toSet());
    Set<Long> areas = u.areas().stream().map(Area::id).collect(Collectors.toSet());
    return new Staff(u.userName(), u.fullName(), u.email(), u.roles(), areas, led);
  }

  public Optional<StaffUser> find(String userName) {
    if (userName == null || userName.isBlank()) {
      return Optional.empty();
    }
    return em.createNamedQuery(StaffUser.BY_NAME, StaffUser.class)
        .setParameter("userName", userName.strip().toLowerCase(java.util.Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  /** Every account, by user name. */
  public List<StaffUser> users() {
    return em.createNamedQuery(StaffUser.ALL, StaffUser.class).getResultList();
  }

  /**
   * Every account's full name by its user name (lower case), active or not: the screens show people
   * by name, not by login.
   */
  public java.util.Map<String, String> fullNames() {
    java.util.Map<String, String> names = new java.util.HashMap<>();
    for (Object[] row :
        em.createQuery("SELECT u.userName, u.fullName FROM StaffUser u", Object[].class)
            .getResultList()) {
      names.put(((String) row[0]).toLowerCase(java.util.Locale.ROOT), (String) row[1]);
    }
    return names;
  }

  /** The accounts that have {@code role}, by user name. */
  public List<StaffUser> usersWithRole(StaffRole role) {
    return em.createNamedQuery(StaffUser.WITH_ROLE, StaffUser.class)
        .setParameter("role", role)
        .getResultList();
  }

  /** Who is named on every new protected case: active accounts marked for it. */
  public List<String> receiversOfProtected() {
    return em.createNamedQuery(StaffUser.RECEIVERS_OF_PROTECTED, String.class).getResultList();
  }

  /** The latest login attempts of {@code userName} (or of everyone, when null), newest first. */
  public List<LoginAttempt> recentAttempts(String userName, int max) {
    var query =
        userName == null
            ? em.createNamedQuery(LoginAttempt.RECENT, LoginAttempt.class)
            : em.createNamedQuery(LoginAttempt.RECENT_OF_USER, LoginAttempt.class)
                .setParameter("userName", userName);
    return query.setMaxResults(max).getResultList();
  }

  /**
   * Creates an account. With a password, it is the first one (checked by {@link #checkPassword});
   * {@code mustChange} makes its owner choose another at the first login.
   *
   * @throws CaseRuleViolation when the name is taken or invalid, or the password too weak
   */
  public StaffUser create(NewStaffUser user, String actor) {
    roleCheck.require(StaffRole.ADMIN);
    String name = StaffUser.normalizeUserName(user.userName());
    if (find(name).isPresent()) {
      throw new CaseRuleViolation("staff.user_exists", name);
    }
    String passwordHash = null;
    if (user.password() != null) {
      checkPassword(name, user.password());
      passwordHash = hash.generate(user.password());
    }
    StaffUser created =
        new StaffUser(
            name,
            user.fullName(),
            user.email(),
            user.roles(),
            areas(user.areaIds()),
            user.receivesProtected(),
            passwordHash,
            user.mustChangePassword(),
            LocalDateTime.now(clock),
            actor);
    em.persist(created);
    LOG.info(
        () ->
            "User "
                + name
                + " created by "
                + actor
                + " with roles "
                + user.roles().stream().map(StaffRole::roleName).sorted().toList());
    return created;
  }

  /** Changes an account's name, email, roles, areas and flags. */
  public StaffUser update(
      String userName,
      String fullName,
      String email,
      Set<StaffRole> roles,
      Set<Long> areaIds,
      boolean receivesProtected,
      boolean active,
      String actor) {
    roleCheck.require(StaffRole.ADMIN);
    StaffUser user = require(userName);
    if (user.userName().equals(actor)
        && (!active || !roles.contains(StaffRole.ADMIN))
        && user.hasRole(StaffRole.ADMIN)) {
      throw new CaseRuleViolation("staff.cannot_demote_self");
    }
    user.update(fullName, email, roles, areas(areaIds), receivesProtected, active);
    LOG.info(
        () ->
            "User "
                + user.userName()
                + " changed by "
                + actor
                + ": roles "
                + roles.stream().map(StaffRole::roleName).sorted().toList()
                + (active ? "" : ", inactive"));
    return user;
  }

  /** An administrator sets a new password, which its owner must change at the next login. */
  public void resetPassword(String userName, char[] newPassword, String actor) {
    roleCheck.require(StaffRole.ADMIN);
    StaffUser user = require(userName);
    checkPassword(user.userName(), newPassword);
    user.changePassword(hash.generate(newPassword), LocalDateTime.now(clock), true);
    verified.forget(user.userName());
    LOG.info(() -> "Password of " + user.userName() + " reset by " + actor);
  }

  /**
   * The owner changes their password, giving the current one.
   *
   * @throws CaseRuleViolation when the current password is wrong or the new one too weak
   */
  public void changeOwnPassword(String userName, char[] current, char[] newPassword) {
    StaffUser user = require(userName);
    if (user.passwordHash() == null || !hash.verify(current, user.passwordHash())) {
      throw new CaseRuleViolation("staff.password_wrong");
    }
    if (String.valueOf(current).equals(String.valueOf(newPassword))) {
      throw new CaseRuleViolation("staff.password_same");
    }
    checkPassword(user.userName(), newPassword);
    user.changePassword(hash.generate(newPassword), LocalDateTime.now(clock), false);
    verified.forget(user.userName());
    LOG.info(() -> "Password changed by its owner: " + user.userName());
  }

  /** An administrator lifts the lock of an account. */
  public void unlock(String userName, String actor) {
    roleCheck.require(StaffRole.ADMIN);
    StaffUser user = require(userName);
    user.unlock();
    // Every lock of the account (per address) counts failures after the last unlock.
    em.persist(
        new LoginAttempt(user.userName(), LocalDateTime.now(clock), null, LoginOutcome.UNLOCKED));
    LOG.info(() -> "Account " + user.userName() + " unlocked by " + actor);
  }

  /**
   * The rules a password must meet: at least {@value #MIN_PASSWORD} characters, not containing the
   * user name, not one character repeated.
   */
  public static void checkPassword(String userName, char[] password) {
    String p = password == null ? "" : String.valueOf(password);
    if (p.length() < MIN_PASSWORD) {
      throw new CaseRuleViolation("staff.password_too_short", MIN_PASSWORD);
    }
    if (p.toLowerCase(java.util.Locale.ROOT).contains(userName)) {
      throw new CaseRuleViolation("staff.password_has_name");
    }
    if (p.chars().distinct().count() < 4) {
      throw new CaseRuleViolation("staff.password_too_simple");
    }
  }

  private StaffUser require(String userName) {
    return find(userName).orElseThrow(() -> new CaseRuleViolation("staff.user_unknown", userName));
  }

  private Set<Area> areas(Set<Long> ids) {
    Set<Area> areas = new HashSet<>();
    for (Long id : ids == null ? Set.<Long>of() : ids) {
      Area area = em.find(Area.class, id);
      if (area == null) {
        throw new CaseRuleViolation("area.unknown", id);
      }
      areas.add(area);
    }
    return areas;
  }

  /** Who logged in, or why not. */
  public record LoginResult(
      LoginOutcome outcome,
      String userName,
      Set<StaffRole> roles,
      boolean mustChangePassword,
      LocalDateTime lockedUntil,
      boolean fromCache) {

    static LoginResult success(StaffUser user, boolean fromCache) {
      return new LoginResult(
          LoginOutcome.SUCCESS,
          user.userName(),
          Set.copyOf(user.roles()),
          user.mustChangePassword(),
          null,
          fromCache);
    }

    static LoginResult refused(LoginOutcome outcome, LocalDateTime lockedUntil) {
      return new LoginResult(outcome, null, Set.of(), false, lockedUntil, false);
    }

    /** The container groups (= roles) of the user. */
    public Set<String> groups() {
      return roles.stream().map(StaffRole::roleName).collect(Collectors.toSet());
    }
  }
}
