package co.ventanilla.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

  private static final BusinessCalendar CAL = BusinessCalendar.colombia();

  @Test
  void quartersSemestersAndMonthsParseFromTheirCodes() {
    assertEquals(
        new ReportPeriod(
            ReportKind.TRIMESTRAL, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), "2026-T3"),
        ReportPeriod.parse(ReportKind.TRIMESTRAL, "2026-t3").orElseThrow());
    assertEquals(
        LocalDate.of(2026, 12, 31),
        ReportPeriod.parse(ReportKind.SEMESTRAL, "2026-S2").orElseThrow().to());
    assertEquals(
        ReportPeriod.month(YearMonth.of(2026, 2)),
        ReportPeriod.parse(ReportKind.MENSUAL, "2026-02").orElseThrow());
    assertTrue(ReportPeriod.parse(ReportKind.TRIMESTRAL, "2026-T5").isEmpty());
    assertTrue(ReportPeriod.parse(ReportKind.SEMESTRAL, "2026-T1").isEmpty());
    assertTrue(ReportPeriod.parse(ReportKind.MENSUAL, "2026-13").isEmpty());
  }

  @Test
  void thePreviousPeriodCrossesTheYear() {
    assertEquals("2025-T4", ReportPeriod.quarter(2026, 1).previous().code());
    assertEquals("2025-S2", ReportPeriod.semester(2026, 1).previous().code());
    assertEquals("2025-12", ReportPeriod.month(YearMonth.of(2026, 1)).previous().code());
    assertEquals(
        List.of(YearMonth.of(2026, 7), YearMonth.of(2026, 8), YearMonth.of(2026, 9)),
        ReportPeriod.quarter(2026, 3).months());
  }

  @Test
  void aReportIsDueOnTheFirstBusinessDayAfterItsPeriodAtTheHour() {
    ReportCalendar calendar = new ReportCalendar(CAL, 7);
    // 2026-T4 ends Thursday 2026-12-31; Friday Jan 1 is a holiday: due Monday 2027-01-04
    assertEquals(LocalDateTime.of(2027, 1, 4, 7, 0), calendar.dueAt(ReportPeriod.quarter(2026, 4)));
    // 2026-S1 ends Tuesday 2026-06-30: due Wednesday 2026-07-01
    assertEquals(
        LocalDateTime.of(2026, 7, 1, 7, 0), calendar.dueAt(ReportPeriod.semester(2026, 1)));
    // the RNBD report of reclamos of 2026-S1 is due in August: Monday 2026-08-03; of 2025-S2 in
    // February: Monday 2026-02-02
    assertEquals(
        LocalDateTime.of(2026, 8, 3, 7, 0),
        calendar.dueAt(ReportPeriod.parse(ReportKind.RNBD, "2026-s1").orElseThrow()));
    assertEquals(
        LocalDateTime.of(2026, 2, 2, 7, 0),
        calendar.dueAt(ReportPeriod.containing(ReportKind.RNBD, LocalDate.of(2025, 9, 9))));
    // 2026-02 ends Saturday 2026-02-28: due Monday 2026-03-02
    assertEquals(
        LocalDateTime.of(2026, 3, 2, 7, 0),
        calendar.dueAt(ReportPeriod.month(YearMonth.of(2026, 2))));
  }

  @Test
  void theCatchUpCoversTheLookBackButNothingBeforeTheFirstCaseNorWhatWasClaimed() {
    ReportCalendar calendar = new ReportCalendar(CAL, 7);
    LocalDateTime now = LocalDateTime.of(2026, 7, 2, 9, 0);

    List<ReportPeriod> fresh = calendar.due(now, LocalDate.of(2026, 6, 10), 12, Set.of());
    assertEquals(
        List.of("2026-06", "2026-T2", "2026-S1"), fresh.stream().map(ReportPeriod::code).toList());

    List<ReportPeriod> year =
        calendar.due(now, LocalDate.of(2020, 1, 1), 12, Set.of("TRIMESTRAL:2026-T2"));
    // 12 months, quarters 2025-T3 to 2026-T1 (T2 claimed), semesters 2025-S2 and 2026-S1, and
    // the RNBD report of 2025-S2 (due in February; 2026-S1's is due in August)
    assertEquals(12 + 3 + 2 + 1, year.size(), year.toString());
    assertTrue(
        year.stream().anyMatch(p -> p.kind() == ReportKind.RNBD && p.code().equals("2025-S2")));
    assertTrue(
        year.stream().noneMatch(p -> p.kind() == ReportKind.RNBD && p.code().equals("2026-S1")));
    assertTrue(year.stream().noneMatch(p -> p.code().equals("2026-T2")));
    assertEquals("2025-07", year.get(0).code(), "oldest first");
  }
}
