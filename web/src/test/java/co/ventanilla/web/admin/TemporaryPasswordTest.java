package co.ventanilla.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.staff.StaffDirectory;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TemporaryPasswordTest {

  @Test
  void everyProposalMeetsThePasswordRulesAndMixesKindsOfCharacters() {
    Random random = new Random(42);
    for (int i = 0; i < 2_000; i++) {
      String p = TemporaryPassword.generate("ana", random);

      assertEquals(TemporaryPassword.LENGTH, p.length());
      StaffDirectory.checkPassword("ana", p.toCharArray()); // throws when a rule is broken
      assertTrue(p.chars().anyMatch(Character::isUpperCase), p);
      assertTrue(p.chars().anyMatch(Character::isLowerCase), p);
      assertTrue(p.chars().anyMatch(Character::isDigit), p);
      assertTrue(p.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0), p);
    }
  }

  @Test
  void aProposalNeverContainsTheUserName() {
    // a two-letter name that random passwords contain now and then
    Random random = new Random(7);
    for (int i = 0; i < 5_000; i++) {
      assertTrue(!TemporaryPassword.generate("ab", random).toLowerCase().contains("ab"));
    }
  }

  @Test
  void twoProposalsDiffer() {
    assertNotEquals(TemporaryPassword.generate("ana"), TemporaryPassword.generate("ana"));
  }
}
