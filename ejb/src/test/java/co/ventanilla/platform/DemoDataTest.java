package co.ventanilla.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.cases.Channel;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.intake.Submission;
import co.ventanilla.intake.SubmissionRules;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoDataTest {

  /** A Monday morning in Bogotá. */
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 15, 10, 30);

  private final List<Submission> demo = DemoData.submissions(NOW);

  @Test
  void thereAreAboutThreeDozenCases() {
    assertEquals(41, demo.size());
  }

  @Test
  void everyTypeAndEveryChannelIsRepresented() {
    assertEquals(
        EnumSet.allOf(PqrsType.class),
        demo.stream()
            .map(Submission::type)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(PqrsType.class))));
    assertEquals(
        EnumSet.allOf(Channel.class),
        demo.stream()
            .map(Submission::channel)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class))));
  }

  @Test
  void casesComeFromTheFiveSedesOfTheCooperative() {
    assertEquals(
        Set.of("Bogotá D.C.", "Medellín", "Cali", "Pereira", "Manizales"),
        demo.stream().map(Submission::agency).collect(Collectors.toSet()));
  }

  @Test
  void everyCasePassesTheSubmissionRules() {
    for (Submission s : demo) {
      assertEquals(List.of(), SubmissionRules.check(s), s.subject());
    }
  }

  @Test
  void casesWereReceivedOverTheLastSixtyDaysOldestFirstAndSomeToday() {
    // then
    for (Submission s : demo) {
      assertFalse(s.receivedAt().isAfter(NOW), s.subject() + " " + s.receivedAt());
      assertTrue(s.receivedAt().isAfter(NOW.minusDays(61)), s.subject() + " " + s.receivedAt());
    }
    for (int i = 1; i < demo.size(); i++) {
      assertFalse(demo.get(i).receivedAt().isBefore(demo.get(i - 1).receivedAt()));
    }
    long today =
        demo.stream().filter(s -> s.receivedAt().toLocalDate().equals(NOW.toLocalDate())).count();
    assertTrue(today >= 3, "cases today: " + today);
  }

  @Test
  void justAfterMidnightTodaysCasesStayWithinToday() {
    // given
    LocalDateTime justAfterMidnight = LocalDateTime.of(2026, 6, 15, 0, 3);

    // when
    List<Submission> early = DemoData.submissions(justAfterMidnight);

    // then
    for (Submission s : early) {
      assertFalse(s.receivedAt().isAfter(justAfterMidnight), s.subject());
    }
    assertTrue(
        early.stream()
                .filter(s -> s.receivedAt().toLocalDate().equals(justAfterMidnight.toLocalDate()))
                .count()
            >= 3);
  }

  @Test
  void officeChannelsNeverReceiveOnWeekends() {
    Set<Channel> office =
        EnumSet.of(
            Channel.SUGGESTION_BOX, Channel.IN_PERSON, Channel.COORDINATOR_VISIT, Channel.LETTER);
    for (Submission s : demo) {
      if (office.contains(s.channel())) {
        DayOfWeek day = s.receivedAt().getDayOfWeek();
        assertTrue(
            day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY, s.subject() + " on " + day);
      }
    }
  }

  @Test
  void aSaturdayLetterIsRegisteredOnFriday() {
    // given: NOW is Monday 15 June; two days before is Saturday 13 June
    LocalDateTime at = DemoData.receivedAt(NOW, 2, LocalTime.of(9, 0), Channel.LETTER);

    // then
    assertEquals(LocalDate.of(2026, 6, 12).atTime(9, 0), at);
  }

  @Test
  void aSaturdayEmailKeepsItsDay() {
    assertEquals(
        LocalDate.of(2026, 6, 13).atTime(9, 0),
        DemoData.receivedAt(NOW, 2, LocalTime.of(9, 0), Channel.EMAIL));
  }

  @Test
  void emailsUseOnlyTheExampleDomains() {
    for (Submission s : demo) {
      if (s.email() != null) {
        assertTrue(
            s.email().matches("[^@]+@([a-z0-9-]+\\.)?example\\.(com|co)"),
            "not an example domain: " + s.email());
      }
    }
  }

  @Test
  void anonymousCasesCarryNoPersonalData() {
    // when
    List<Submission> anonymous = demo.stream().filter(Submission::anonymous).toList();

    // then
    assertFalse(anonymous.isEmpty());
    assertTrue(anonymous.stream().anyMatch(s -> s.type() == PqrsType.DENUNCIA));
    for (Submission s : anonymous) {
      assertNull(s.names());
      assertNull(s.documentNumber());
      assertNull(s.email());
      assertNull(s.phone());
      assertNull(s.address());
    }
  }

  @Test
  void namedPetitionersHaveAnIdentityDocumentAndSomeoneToAnswer() {
    for (Submission s : demo) {
      if (!s.anonymous()) {
        assertTrue(Set.of("CC", "NIT").contains(s.documentType()), s.names());
        assertTrue(s.documentNumber().matches("[0-9]{6,10}(-[0-9])?"), s.documentNumber());
        assertTrue(s.email() != null || s.phone() != null, s.names());
      }
    }
  }

  @Test
  void theSecurityCompanyStoriesAreThere() {
    // then: the situations the product is demonstrated with
    String subjects =
        demo.stream().map(Submission::subject).collect(Collectors.joining("\n")).toLowerCase();
    for (String topic :
        new String[] {
          "dormido",
          "uniforme",
          "factura",
          "intrusión",
          "hurto de computador portátil",
          "recargos",
          "felicitación",
          "cctv",
          "acta",
          "preaviso",
          "agresión"
        }) {
      assertTrue(subjects.contains(topic), "no case about " + topic);
    }
  }

  @Test
  void eachCaseRecordsWhoRegisteredItAndWhereItCameFrom() {
    for (Submission s : demo) {
      assertTrue(s.actor() != null && !s.actor().isBlank(), s.subject());
      assertTrue(s.sourceReference() != null && !s.sourceReference().isBlank(), s.subject());
    }
  }

  @Test
  void withTheSwitchOffStartingFilesNothing() {
    // given: no intake service nor repository at all; any use of them would fail
    DemoData demoData = new DemoData();
    demoData.enabled = false;

    // when / then: nothing is touched
    demoData.start();
  }
}
