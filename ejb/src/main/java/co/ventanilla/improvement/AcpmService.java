package co.ventanilla.improvement;

import co.ventanilla.attachments.ContentStore;
import co.ventanilla.attachments.StoredContent;
import co.ventanilla.investigations.Cause;
import co.ventanilla.investigations.Investigation;
import co.ventanilla.organization.Area;
import co.ventanilla.staff.CurrentStaff;
import co.ventanilla.staff.Staff;
import co.ventanilla.staff.StaffDirectory;
import co.ventanilla.staff.StaffRole;
import co.ventanilla.staff.StaffUser;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The ACPM matrix GI-RG-07 (seed 002 GO-PD-03 §4 actividad 10) as staff use it, always as the
 * caller ({@link CurrentStaff}). Who may do what:
 *
 * <ul>
 *   <li>the Dirección SIG and the administrator manage every entry: open, analyse, add actions,
 *       verify, close, and keep the settings of the proposal rules;
 *   <li>the leader of a process sees and works the entries of their process (analysis, actions,
 *       follow-up, verification), but does not close them;
 *   <li>the owner of an action sees the entries where they own one, sets the status of their own
 *       actions and writes follow-up notes;
 *   <li>gerencia reads every entry.
 * </ul>
 *
 * The effectiveness verification is made by someone who owns none of the actions (ISO 9001:2015
 * §10.2.1 d), and an entry closes only after it ({@link Acpm#close}). A refusal of access is an
 * {@link AcpmRuleViolation} whose key starts with {@code forbidden}.
 */
@Stateless
public class AcpmService {

  private static final Logger LOG = Logger.getLogger(AcpmService.class.getName());

  /** The largest verification evidence file kept. */
  public static final int MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

  private static final Set<ActionStatus> OPEN_ACTIONS =
      EnumSet.of(ActionStatus.PENDIENTE, ActionStatus.EN_CURSO);

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  @Inject CurrentStaff current;
  @EJB StaffDirectory directory;
  @Inject ContentStore contents;
  @Inject Clock clock;

  // ---------------------------------------------------------------------------------------------
  // Reading
  // ---------------------------------------------------------------------------------------------

  /** The entries of {@code filter} the caller may see, newest first. */
  public List<Acpm> list(AcpmFilter filter) {
    Staff me = me();
    StringBuilder q = new StringBuilder("SELECT a FROM Acpm a WHERE 1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    if (!readsAll(me)) {
      q.append(
          " AND ((a.area IS NOT NULL AND a.area.id IN :led) OR EXISTS (SELECT x FROM AcpmAction x"
              + " WHERE x.acpm = a AND LOWER(x.owner) = :me))");
      params.put("led", me.ledAreaIds().isEmpty() ? Set.of(-1L) : me.ledAreaIds());
      params.put("me", me.userName().toLowerCase(Locale.ROOT));
    }
    AcpmFilter f = filter == null ? AcpmFilter.all() : filter;
    if (f.status() != null) {
      q.append(" AND a.status = :status");
      params.put("status", f.status());
    }
    if (f.type() != null) {
      q.append(" AND a.type = :type");
      params.put("type", f.type());
    }
    if (f.origin() != null) {
      q.append(" AND a.origin = :origin");
      params.put("origin", f.origin());
    }
    if (f.areaId() != null) {
      q.append(" AND a.area.id = :area");
      params.put("area", f.areaId());
    }
    if (f.owner() != null && !f.owner().isBlank()) {
      q.append(
          " AND EXISTS (SELECT o FROM AcpmAction o WHERE o.acpm = a AND LOWER(o.owner) = :owner)");
      params.put("owner", f.owner().strip().toLowerCase(Locale.ROOT));
    }
    if (f.overdueOnly()) {
      q.append(
          " AND a.status <> :closed AND EXISTS (SELECT d FROM AcpmAction d WHERE d.acpm = a"
              + " AND d.status IN :openActions AND d.dueDate < :today)");
      params.put("closed", AcpmStatus.CERRADA);
      params.put("openActions", OPEN_ACTIONS);
      params.put("today", today());
    }
    q.append(" ORDER BY a.createdAt DESC, a.id DESC");
    TypedQuery<Acpm> query = em.createQuery(q.toString(), Acpm.class);
    params.forEach(query::setParameter);
    List<Acpm> rows = query.getResultList();
    rows.forEach(AcpmService::load);
    return rows;
  }

  /**
   * The entry {@code id} if the caller may see it.
   *
   * @throws AcpmRuleViolation {@code not_found}, or {@code forbidden} for someone without access
   */
  public Acpm get(long id) {
    Acpm a = find(id);
    if (!mayRead(me(), a)) {
      LOG.warning(() -> "ACPM " + a.number() + " refused to " + me().userName());
      throw new AcpmRuleViolation("forbidden", a.number());
    }
    return load(a);
  }

  /** What the caller may do with {@code a} now, for the screens and the API. */
  public Abilities abilities(Acpm a) {
    Staff me = me();
    boolean open = a.status() == AcpmStatus.ABIERTA;
    boolean work = mayWork(me, a);
    return new Abilities(
        open && work,
        open && (work || a.isOwner(me.userName())),
        a.status() != AcpmStatus.CERRADA && (work || a.isOwner(me.userName())),
        open && work && !a.isOwner(me.userName()),
        a.status() == AcpmStatus.VERIFICADA && manages(me),
        me.userName());
  }

  /**
   * @param work analyse, retype, add and reschedule actions
   * @param actions set the status of actions (all when {@code work}, else only one's own)
   * @param note write follow-up notes
   * @param verify record the effectiveness verification
   * @param close close the entry
   */
  public record Abilities(
      boolean work, boolean actions, boolean note, boolean verify, boolean close, String user)
      implements java.io.Serializable {

    /** Whether the caller may set the status of {@code action}. */
    public boolean mayUpdate(AcpmAction action) {
      return work || (actions && action.owner().equalsIgnoreCase(user));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Changes
  // ---------------------------------------------------------------------------------------------

  /** Opens an entry (Dirección SIG, administrator). */
  public Acpm open(NewAcpm n) {
    Staff me = me();
    if (!manages(me)) {
      throw new AcpmRuleViolation("forbidden.manage");
    }
    Acpm a = open(em, now(), n, me.userName(), null);
    LOG.info(() -> "ACPM " + a.number() + " opened by " + me.userName() + " (" + a.origin() + ")");
    return a;
  }

  /**
   * Opens an entry as {@code actor} in the caller's transaction, checking that its references
   * exist; for proposals too.
   */
  static Acpm open(EntityManager em, LocalDateTime now, NewAcpm n, String actor, Long proposalId) {
    Area area = null;
    if (n.areaId() != null) {
      area = em.find(Area.class, n.areaId());
      if (area == null) {
        throw AcpmRuleViolation.field("proceso", "area.unknown");
      }
    }
    Cause cause = null;
    if (n.causeId() != null) {
      cause = em.find(Cause.class, n.causeId());
      if (cause == null) {
        throw AcpmRuleViolation.field("causa", "cause.unknown");
      }
    }
    List<String> radicados = n.radicados() == null ? List.of() : cleaned(n.radicados());
    if (!radicados.isEmpty()) {
      List<String> found =
          em.createQuery("SELECT c.radicado FROM PqrsCase c WHERE c.radicado IN :r", String.class)
              .setParameter("r", radicados)
              .getResultList();
      List<String> missing = radicados.stream().filter(r -> !found.contains(r)).toList();
      if (!missing.isEmpty()) {
        throw AcpmRuleViolation.field("radicados", "sources.radicado_unknown", missing.get(0));
      }
    }
    if (n.investigationId() != null && em.find(Investigation.class, n.investigationId()) == null) {
      throw AcpmRuleViolation.field("investigacion", "sources.investigation_unknown");
    }
    Acpm a =
        Acpm.open(
            AcpmCounter.next(em, now.getYear()),
            new Acpm.Opening(
                n.origin(),
                n.type(),
                n.description(),
                area,
                n.agency(),
                cause,
                radicados,
                n.investigationId(),
                n.reference(),
                proposalId),
            actor,
            now);
    em.persist(a);
    em.flush();
    return a;
  }

  public Acpm analyze(long id, Analysis analysis) {
    Acpm a = working(id);
    a.analyze(analysis == null ? Analysis.empty() : analysis, me().userName(), now());
    return a;
  }

  public Acpm retype(long id, AcpmType type) {
    Acpm a = working(id);
    a.retype(type, me().userName(), now());
    return a;
  }

  /**
   * Adds an action; its owner must be an active member of staff with a role that reaches the matrix
   * (any but recepción alone).
   */
  public AcpmAction addAction(long id, String text, String owner, LocalDate due) {
    Acpm a = working(id);
    String who = null;
    if (owner != null && !owner.isBlank()) {
      who =
          directory
              .find(owner.strip())
              .filter(StaffUser::active)
              .filter(u -> u.roles().stream().anyMatch(r -> r != StaffRole.RECEPCION))
              .map(StaffUser::userName)
              .orElseThrow(
                  () -> AcpmRuleViolation.field("responsable", "action.owner_unknown", owner));
    }
    AcpmAction action = a.addAction(text, who, due, today(), me().userName(), now());
    em.flush();
    return action;
  }

  public void reschedule(long id, int number, LocalDate due) {
    Acpm a = working(id);
    a.reschedule(number, due, today(), me().userName(), now());
  }

  /** Sets the status of an action: those who work the entry, or the action's own owner. */
  public void actionStatus(long id, int number, ActionStatus status) {
    Acpm a = find(id);
    Staff me = me();
    AcpmAction action =
        a.action(number).orElseThrow(() -> new AcpmRuleViolation("action.not_found"));
    if (!mayWork(me, a) && !action.owner().equalsIgnoreCase(me.userName())) {
      throw new AcpmRuleViolation("forbidden.action", a.number());
    }
    a.actionStatus(number, status, me.userName(), now());
  }

  /** A follow-up note: those who work the entry and the owners of its actions. */
  public void addNote(long id, String text) {
    Acpm a = find(id);
    Staff me = me();
    if (!mayWork(me, a) && !a.isOwner(me.userName())) {
      throw new AcpmRuleViolation("forbidden.note", a.number());
    }
    a.addNote(text, me.userName(), now());
  }

  /**
   * The effectiveness verification, by the Dirección SIG, the administrator or the process leader,
   * never by an owner of its actions; the evidence file is optional.
   */
  public Acpm verify(
      long id, boolean effective, String evidence, String fileName, String mediaType, byte[] file) {
    Acpm a = working(id);
    Long content = null;
    if (file != null && file.length > 0) {
      if (file.length > MAX_EVIDENCE_BYTES) {
        throw AcpmRuleViolation.field("archivo", "verify.file_too_large");
      }
      StoredContent stored =
          contents.store(
              mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType,
              file,
              now());
      content = stored.id();
    }
    String name = fileName == null || fileName.isBlank() ? "evidencia" : fileName.strip();
    a.verify(
        effective,
        evidence,
        content,
        name.length() > 255 ? name.substring(name.length() - 255) : name,
        me().userName(),
        now());
    return a;
  }

  /**
   * Closes an entry (Dirección SIG, administrator).
   *
   * @throws AcpmRuleViolation {@code close.unverified} before an effective verification
   */
  public Acpm close(long id) {
    Acpm a = find(id);
    Staff me = me();
    if (!manages(me)) {
      throw new AcpmRuleViolation("forbidden.close", a.number());
    }
    a.close(me.userName(), now());
    LOG.info(() -> "ACPM " + a.number() + " closed by " + me.userName());
    return a;
  }

  /** Writes the verification evidence file of {@code id} to {@code out}, if any. */
  public boolean copyEvidence(long id, OutputStream out) throws IOException {
    Acpm a = get(id);
    if (a.verificationContentId() == null) {
      return false;
    }
    contents.copy(contents.content(a.verificationContentId()).orElseThrow(), out);
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Matrix, figures
  // ---------------------------------------------------------------------------------------------

  /** The matrix of {@code filter} as the caller sees it, as an XLSX in the GI-RG-07 order. */
  public void exportMatrix(AcpmFilter filter, OutputStream out) throws IOException {
    AcpmMatrixWorkbook.write(list(filter), out);
  }

  /**
   * The figures of every entry (no caller check: for the reports and the roles that read all). Open
   * means abierta or verificada.
   */
  public AcpmFigures figures() {
    LocalDate today = today();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT a.type, a.origin, a.status, EXISTS (SELECT 1 FROM acpm_action x WHERE"
                    + " x.acpm_id = a.id AND x.status IN ('PENDIENTE', 'EN_CURSO') AND x.due_date"
                    + " < ?1) FROM acpm a")
            .setParameter(1, today)
            .getResultList();
    int[] total = new int[3];
    Map<String, int[]> byType = new LinkedHashMap<>();
    Map<String, int[]> byOrigin = new LinkedHashMap<>();
    for (AcpmType t : AcpmType.values()) {
      byType.put(t.name(), new int[3]);
    }
    for (AcpmOrigin o : AcpmOrigin.values()) {
      byOrigin.put(o.name(), new int[3]);
    }
    for (Object[] r : rows) {
      boolean closed = AcpmStatus.CERRADA.name().equals(r[2]);
      boolean overdue = !closed && r[3] != null && ((Number) r[3]).intValue() == 1;
      for (int[] c :
          List.of(
              total,
              byType.computeIfAbsent(String.valueOf(r[0]), k -> new int[3]),
              byOrigin.computeIfAbsent(String.valueOf(r[1]), k -> new int[3]))) {
        c[closed ? 1 : 0]++;
        if (overdue) {
          c[2]++;
        }
      }
    }
    Number pending =
        (Number)
            em.createNativeQuery("SELECT COUNT(*) FROM acpm_proposal WHERE status = 'PENDIENTE'")
                .getSingleResult();
    return new AcpmFigures(count(total), counts(byType), counts(byOrigin), pending.intValue());
  }

  private static AcpmFigures.Count count(int[] c) {
    return new AcpmFigures.Count(c[0], c[1], c[2]);
  }

  private static Map<String, AcpmFigures.Count> counts(Map<String, int[]> m) {
    Map<String, AcpmFigures.Count> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, count(v)));
    return out;
  }

  /** The active causes of the shared list. */
  public List<Cause> causes() {
    return em.createNamedQuery(Cause.ACTIVE, Cause.class).getResultList();
  }

  /** The active processes. */
  public List<Area> areas() {
    return em.createQuery("SELECT a FROM Area a WHERE a.active = TRUE ORDER BY a.name", Area.class)
        .getResultList();
  }

  /** Who may own an action: every active member of staff but recepción-only accounts. */
  public List<StaffUser> possibleOwners() {
    List<StaffUser> out = new ArrayList<>();
    for (StaffUser u : directory.users()) {
      if (u.active()
          && u.roles().stream().anyMatch(r -> r != StaffRole.RECEPCION)
          && !u.roles().isEmpty()) {
        out.add(u);
      }
    }
    return out;
  }

  /** Whether the caller reads every entry and the figures (gerencia, SIG, administrator). */
  public boolean readsAll() {
    return readsAll(me());
  }

  /** Whether the caller may open entries and decide proposals. */
  public boolean managesAll() {
    return manages(me());
  }

  // ---------------------------------------------------------------------------------------------

  private Acpm find(long id) {
    Acpm a = em.find(Acpm.class, id);
    if (a == null) {
      throw new AcpmRuleViolation("not_found");
    }
    return a;
  }

  /** The entry, if the caller works it (analysis, actions, verification). */
  private Acpm working(long id) {
    Acpm a = find(id);
    if (!mayWork(me(), a)) {
      throw new AcpmRuleViolation("forbidden.work", a.number());
    }
    return a;
  }

  private static Acpm load(Acpm a) {
    a.actions().size();
    a.notes().size();
    a.history().size();
    return a;
  }

  static boolean manages(Staff me) {
    return me.has(StaffRole.SIG) || me.has(StaffRole.ADMIN);
  }

  private static boolean readsAll(Staff me) {
    return manages(me) || me.has(StaffRole.GERENCIA);
  }

  private static boolean mayWork(Staff me, Acpm a) {
    return manages(me) || (a.area() != null && me.leads(a.area().id()));
  }

  private static boolean mayRead(Staff me, Acpm a) {
    return readsAll(me) || mayWork(me, a) || a.isOwner(me.userName());
  }

  private static List<String> cleaned(List<String> radicados) {
    return radicados.stream()
        .filter(r -> r != null && !r.isBlank())
        .map(String::strip)
        .distinct()
        .toList();
  }

  private Staff me() {
    return current.get();
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
