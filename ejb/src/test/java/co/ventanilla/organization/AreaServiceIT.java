package co.ventanilla.organization;

import static co.ventanilla.testing.JpaTestSupport.inTransaction;
import static co.ventanilla.testing.JpaTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.organization.persistence.JpaOrganizationRepository;
import co.ventanilla.testing.JpaTestSupport;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Processes, their leaders and the escalation mailboxes as the administration keeps them. */
class AreaServiceIT {

  @BeforeEach
  void noAreas() {
    JpaTestSupport.deleteAllCases();
  }

  @AfterEach
  void ladderAsShipped() {
    JpaTestSupport.execute("UPDATE escalation_level SET mailbox = NULL");
    JpaTestSupport.entityManagerFactory().getCache().evictAll();
  }

  private static <T> T service(Function<AreaService, T> work) {
    return inTransaction(
        (EntityManager em) -> work.apply(new AreaService(new JpaOrganizationRepository(em))));
  }

  private static Area area(String name) {
    return read(em -> new JpaOrganizationRepository(em).findArea(name).orElseThrow());
  }

  @Test
  void anAreaIsCreatedDeactivatedAndOfferedAgain() {
    // given
    service(s -> s.create(" Seguridad Física ", "lider.sf", "lider.sf@empresa.example", "admin"));

    // when
    service(s -> s.setActive("Seguridad Física", false, "admin"));
    boolean afterDeactivation = area("Seguridad Física").active();
    service(s -> s.setActive("Seguridad Física", true, "admin"));

    // then
    assertFalse(afterDeactivation);
    Area area = area("Seguridad Física");
    assertTrue(area.active());
    assertEquals("lider.sf", area.leader());
    assertEquals("lider.sf@empresa.example", area.leaderEmail());
  }

  @Test
  void aNewLeaderTakesOverWithTheirEmailOrWithout() {
    service(s -> s.create("Operaciones", "lider.op", null, "admin"));

    // when
    service(s -> s.changeLeader("Operaciones", "sofia", " sofia@empresa.example ", "admin"));
    Area withEmail = area("Operaciones");
    service(s -> s.changeLeader("Operaciones", "carlos", "", "admin"));

    // then
    assertTrue(withEmail.isLedBy("sofia"));
    assertEquals("sofia@empresa.example", withEmail.leaderEmail());
    assertTrue(area("Operaciones").isLedBy("carlos"));
    assertNull(area("Operaciones").leaderEmail());
  }

  @Test
  void aMissingNameOrLeaderOrABadEmailIsRefusedInSpanishAndNothingIsStored() {
    service(s -> s.create("Operaciones", "lider.op", null, "admin"));

    CaseRuleViolation noName =
        assertThrows(CaseRuleViolation.class, () -> service(s -> s.create(" ", "x", null, "a")));
    CaseRuleViolation noLeader =
        assertThrows(
            CaseRuleViolation.class, () -> service(s -> s.create("Compras", null, null, "a")));
    CaseRuleViolation badEmail =
        assertThrows(
            CaseRuleViolation.class,
            () -> service(s -> s.changeLeader("Operaciones", "ana", "ana@empresa", "a")));
    CaseRuleViolation taken =
        assertThrows(
            CaseRuleViolation.class, () -> service(s -> s.create("Operaciones", "ana", null, "a")));
    CaseRuleViolation unknown =
        assertThrows(
            CaseRuleViolation.class, () -> service(s -> s.setActive("Bodega", false, "a")));

    assertEquals("Indique el nombre del proceso.", noName.getMessage());
    assertEquals("Indique el líder del proceso.", noLeader.getMessage());
    assertEquals("«ana@empresa» no es un correo electrónico válido.", badEmail.getMessage());
    assertEquals("Ya existe el proceso Operaciones.", taken.getMessage());
    assertEquals("No existe el proceso Bodega.", unknown.getMessage());
    assertEquals(List.of("Operaciones"), service(s -> s.areas()).stream().map(Area::name).toList());
    assertTrue(area("Operaciones").isLedBy("lider.op"));
  }

  @Test
  void theLadderHasFourLevelsWhoseMailboxesCanBeSetAndCleared() {
    service(s -> s.create("Operaciones", "lider.op", "lider.op@empresa.example", "admin"));

    // when
    service(s -> s.changeMailbox(2, "coordinacion@empresa.example", "admin"));
    service(s -> s.changeMailbox(3, "operaciones@empresa.example", "admin"));
    service(s -> s.changeMailbox(3, "  ", "admin"));

    // then
    List<EscalationLevel> ladder = service(AreaService::escalationLevels);
    assertEquals(List.of(1, 2, 3, 4), ladder.stream().map(EscalationLevel::level).toList());
    assertEquals("coordinacion@empresa.example", ladder.get(1).mailbox());
    assertNull(ladder.get(2).mailbox());
    // level 2 still tells the area's leader first, the mailbox when the area has no email
    assertEquals("lider.op@empresa.example", ladder.get(1).recipient(area("Operaciones")));
    assertEquals("coordinacion@empresa.example", ladder.get(1).recipient(null));
  }

  @Test
  void anUnknownLevelOrABadMailboxIsRefused() {
    CaseRuleViolation unknown =
        assertThrows(
            CaseRuleViolation.class, () -> service(s -> s.changeMailbox(5, "x@y.co", "admin")));
    CaseRuleViolation bad =
        assertThrows(
            CaseRuleViolation.class,
            () -> service(s -> s.changeMailbox(1, "servicio cliente", "admin")));

    assertEquals("escalation.unknown_level", unknown.key());
    assertEquals("escalation.mailbox_invalid", bad.key());
    assertNull(service(AreaService::escalationLevels).get(0).mailbox());
  }
}
