package co.ventanilla.cases.access;

import static co.ventanilla.testing.JpaTestSupport.inTransaction;
import static co.ventanilla.testing.JpaTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.calendar.BusinessCalendar;
import co.ventanilla.cases.CaseFilter;
import co.ventanilla.cases.CaseMember;
import co.ventanilla.cases.CaseSort;
import co.ventanilla.cases.CaseState;
import co.ventanilla.cases.CaseSummary;
import co.ventanilla.cases.CaseVisibility;
import co.ventanilla.cases.Channel;
import co.ventanilla.cases.InboxCount;
import co.ventanilla.cases.Petitioner;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.cases.persistence.JpaCaseRepository;
import co.ventanilla.cases.persistence.RadicadoCounter;
import co.ventanilla.organization.Area;
import co.ventanilla.staff.Staff;
import co.ventanilla.staff.StaffRole;
import co.ventanilla.testing.JpaTestSupport;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The visibility rule as SQL (the inbox's query) against the same rule in Java ({@link
 * CaseVisibility#allows}), on a real MariaDB: for every kind of reader, over cases of every state,
 * area, responsible, level and protection, the list has exactly the cases the rule allows, none
 * twice, and its count agrees.
 */
class CaseVisibilityIT {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
  private static final BusinessCalendar CALENDAR = BusinessCalendar.colombia();
  private static final String[] PEOPLE = {"ana", "luis", "marta", null};
  private static Long operaciones;
  private static Long talento;

  @BeforeAll
  static void casesOfEveryKind() {
    JpaTestSupport.deleteAllCases();
    List<Long> areas =
        inTransaction(
            em -> {
              Area op = new Area("Operaciones", "lider.op", null);
              Area th = new Area("Talento Humano", "lider.th", null);
              em.persist(op);
              em.persist(th);
              em.flush();
              return List.of(op.id(), th.id());
            });
    operaciones = areas.get(0);
    talento = areas.get(1);
    Random random = new Random(20261201);
    for (int i = 0; i < 120; i++) {
      int n = i;
      inTransaction(
          em -> {
            Area op = em.find(Area.class, operaciones);
            Area th = em.find(Area.class, talento);
            LocalDateTime at = LocalDateTime.of(2026, 11, 2, 8, 0).plusHours(n * 3L);
            PqrsCase c =
                PqrsCase.file(
                    new RadicadoCounter(em).next("", 2026),
                    "TRACK" + n,
                    PqrsType.values()[random.nextInt(PqrsType.values().length)],
                    Channel.values()[random.nextInt(Channel.values().length)],
                    new Petitioner("Peticionario " + n, "CC", "1000" + n, null, null, null, false),
                    n % 2 == 0 ? "Bogotá" : "Cali",
                    "Caso de prueba " + n,
                    "Descripción " + n,
                    at,
                    null,
                    "recepcion");
            c.startTerm(15, CALENDAR);
            if (random.nextInt(4) > 0) {
              c.classify("recepcion", at, 1 + random.nextInt(4), false, null, CALENDAR);
            }
            int assignment = random.nextInt(5);
            if (assignment > 0) {
              String person = PEOPLE[random.nextInt(3)];
              c.assign("recepcion", at.plusMinutes(5), assignment % 2 == 0 ? op : th, person, null);
              if (random.nextBoolean()) {
                c.startProcessing(person, at.plusMinutes(10), null);
                if (random.nextInt(3) == 0) {
                  c.openInvestigation(person, at.plusMinutes(20), null);
                }
              }
            }
            if (random.nextInt(6) == 0) {
              c.markProtected("recepcion", at.plusMinutes(30), null);
            }
            if (random.nextInt(5) == 0) {
              c.name(PEOPLE[random.nextInt(3)], CaseMember.Reason.NAMED, "sig", at.plusHours(1));
            }
            new JpaCaseRepository(em).store(c);
            return null;
          });
    }
  }

  private static List<Staff> readers() {
    return List.of(
        staff("ana", EnumSet.of(StaffRole.RESPONSABLE), Set.of(operaciones), Set.of()),
        staff("luis", EnumSet.of(StaffRole.RESPONSABLE), Set.of(), Set.of()),
        staff("lider.op", EnumSet.of(StaffRole.LIDER), Set.of(), Set.of(operaciones)),
        staff(
            "marta",
            EnumSet.of(StaffRole.RESPONSABLE, StaffRole.COMITE),
            Set.of(talento),
            Set.of()),
        staff("comite", EnumSet.of(StaffRole.COMITE), Set.of(), Set.of()),
        staff("sig", EnumSet.of(StaffRole.SIG), Set.of(), Set.of()),
        staff("nadie", EnumSet.of(StaffRole.GERENCIA), Set.of(), Set.of()));
  }

  private static Staff staff(String name, Set<StaffRole> roles, Set<Long> areas, Set<Long> led) {
    return new Staff(name, name, null, roles, areas, led);
  }

  private static List<PqrsCase> allCases() {
    return read(
        em -> {
          List<PqrsCase> all =
              em.createQuery("SELECT c FROM PqrsCase c", PqrsCase.class).getResultList();
          all.forEach(c -> c.members().size());
          return all;
        });
  }

  private static List<String> listed(CaseFilter filter, CaseVisibility v, int pageSize) {
    return listed(filter, v, pageSize, true);
  }

  /**
   * @param withCount whether the pages get the count (then parts within the cap are read through
   *     their filter and sorted); without it every part is read as a long one (ids first, in the
   *     order of the due-date index, then their rows)
   */
  private static List<String> listed(
      CaseFilter filter, CaseVisibility v, int pageSize, boolean withCount) {
    return read(
        em -> {
          JpaCaseRepository repository = new JpaCaseRepository(em);
          InboxCount count = repository.count(filter, v, TODAY, true);
          List<String> rows = new ArrayList<>();
          for (int first = 0; ; first += pageSize) {
            List<CaseSummary> page =
                repository.page(
                    filter,
                    v,
                    TODAY,
                    true,
                    CaseSort.MOST_URGENT,
                    first,
                    pageSize,
                    withCount ? count : null);
            page.forEach(s -> rows.add(s.radicado()));
            if (page.size() < pageSize) {
              break;
            }
          }
          assertEquals(count.total(), rows.size(), "count agrees with the rows for " + v);
          return rows;
        });
  }

  @Test
  void everyReaderListsExactlyTheCasesTheRuleAllowsAndNoneTwice() {
    List<PqrsCase> all = allCases();
    assertEquals(120, all.size());
    for (Staff reader : readers()) {
      CaseVisibility v = CasePermissions.visibility(reader);
      Set<String> expected =
          all.stream()
              .filter(v::allows)
              .map(PqrsCase::radicado)
              .collect(Collectors.toCollection(TreeSet::new));

      List<String> rows = listed(CaseFilter.ALL, v, 7);

      assertEquals(rows.size(), new HashSet<>(rows).size(), "no case twice for " + reader);
      assertEquals(expected, new TreeSet<>(rows), "cases of " + reader.userName());
      assertEquals(rows, listed(CaseFilter.ALL, v, 7, false), "long-list plan, " + reader);
    }
  }

  @Test
  void aWordSearchListsExactlyTheCasesTheRuleAllowsForEveryReader() {
    // Word searches run in one pass over the cases with the words (not one query per part): the
    // same cases as the rule, in due-date order, none twice, the count agreeing.
    List<PqrsCase> all = allCases();
    CaseFilter everyCase = CaseFilter.builder().text("prueba").build();
    CaseFilter oneCase = CaseFilter.builder().text("Peticionario 117").build();
    for (Staff reader : readers()) {
      CaseVisibility v = CasePermissions.visibility(reader);
      List<String> expected =
          all.stream()
              .filter(v::allows)
              .sorted(
                  java.util.Comparator.comparing(PqrsCase::dueDate)
                      .thenComparing(PqrsCase::receivedAt)
                      .thenComparing(PqrsCase::id))
              .map(PqrsCase::radicado)
              .toList();

      assertEquals(expected, listed(everyCase, v, 7), "cases of " + reader.userName());
      List<String> named =
          all.stream()
              .filter(v::allows)
              .filter(c -> c.petitioner().names().equals("Peticionario 117"))
              .map(PqrsCase::radicado)
              .toList();
      assertEquals(named, listed(oneCase, v, 7), "Peticionario 117 for " + reader.userName());
    }
  }

  @Test
  void theReadersSeeDifferentCasesAndProtectedOnesOnlyWhenNamed() {
    List<PqrsCase> all = allCases();
    Staff sig = readers().get(5);
    List<String> sigRows = listed(CaseFilter.ALL, CasePermissions.visibility(sig), 500);
    long protectedNotNamed =
        all.stream().filter(c -> c.isProtected() && !c.isMember("sig")).count();
    assertTrue(protectedNotNamed > 0, "the data has protected cases");
    assertEquals(all.size() - protectedNotNamed, sigRows.size());
    for (PqrsCase c : all) {
      if (c.isProtected()) {
        assertFalse(sigRows.contains(c.radicado()), c.radicado() + " is protected");
      }
    }
  }

  @Test
  void filtersNarrowWithinWhatTheReaderSees() {
    List<PqrsCase> all = allCases();
    Staff ana = readers().get(0);
    CaseVisibility v = CasePermissions.visibility(ana);
    CaseFilter open = CaseFilter.builder().scope(CaseFilter.Scope.OPEN).areaId(operaciones).build();

    Set<String> expected =
        all.stream()
            .filter(v::allows)
            .filter(c -> !c.state().isFinal() && c.area() != null)
            .filter(c -> c.area().id().equals(operaciones))
            .map(PqrsCase::radicado)
            .collect(Collectors.toCollection(TreeSet::new));

    assertEquals(expected, new TreeSet<>(listed(open, v, 5)));
  }

  @Test
  void inInvestigationTheCommitteeSeesThoseCasesAndTheDueDateOrderHolds() {
    CaseVisibility v = CasePermissions.visibility(readers().get(4));
    CaseFilter investigated = CaseFilter.builder().state(CaseState.EN_INVESTIGACION).build();
    List<String> rows = listed(investigated, v, 500);
    List<PqrsCase> expected =
        allCases().stream()
            .filter(c -> c.state() == CaseState.EN_INVESTIGACION && v.allows(c))
            .sorted(
                java.util.Comparator.comparing(PqrsCase::dueDate)
                    .thenComparing(PqrsCase::receivedAt))
            .toList();
    assertEquals(expected.stream().map(PqrsCase::radicado).toList(), rows);
  }
}
