package co.ventanilla.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The XLSX of a report, written row by row (POI SXSSF: at most {@link #WINDOW} rows in memory, the
 * rest on disk): a sheet per indicator table — totals, by month, by each breakdown, subjects, other
 * sources, overdue cases — and the list of the period's cases. Figures are numbers, so that they
 * can be added and charted in Excel.
 */
final class ReportWorkbook {

  static final int WINDOW = 200;

  /** The sheet names, in order, before the other sources' and the case list. */
  static final String SUMMARY = "Indicadores";

  static final String MONTHS = "Por mes";
  static final String SUBJECTS = "Asuntos";
  static final String OVERDUE = "Vencidos";
  static final String CASES = "Casos del período";

  /** The columns of the case list. */
  static final List<String> CASE_COLUMNS =
      List.of(
          "Radicado",
          "Tipo",
          "Canal",
          "Estado",
          "Proceso",
          "Sede",
          "Nivel",
          "Asunto",
          "Recibido",
          "Vence",
          "Respondido",
          "Cerrado",
          "Escalamiento",
          "Calificación");

  /** Supplies the case list, one row (values of {@link #CASE_COLUMNS}) at a time. */
  interface CaseRows {
    void forEach(Consumer<Object[]> row);
  }

  private ReportWorkbook() {}

  static void write(ReportContent c, CaseRows cases, OutputStream out) throws IOException {
    SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
    try {
      CellStyle bold = wb.createCellStyle();
      Font font = wb.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      CellStyle timeStyle = wb.createCellStyle();
      timeStyle.setDataFormat(
          wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
      Styles s = new Styles(bold, dateStyle, timeStyle);
      Indicators ind = c.indicators();

      Sheet sum = wb.createSheet(SUMMARY);
      row(sum, 0, s, c.company() + " — " + ind.period().title());
      header(sum, 2, s, figureHeaders("Período"));
      row(sum, 3, s, figureRow(ind.period().code(), ind.total()));
      row(sum, 4, s, figureRow(ind.previousPeriod().code(), ind.previousTotal()));

      Sheet months = wb.createSheet(MONTHS);
      header(months, 0, s, figureHeaders("Mes"));
      int r = 1;
      for (IndicatorService.MonthFigures m : c.months()) {
        row(months, r++, s, figureRow(m.month().code(), m.figures()));
      }

      for (Dimension d : Dimension.values()) {
        Sheet sheet = wb.createSheet("Por " + d.title().toLowerCase(java.util.Locale.ROOT));
        List<String> headers = new ArrayList<>(List.of(figureHeaders(d.title())));
        headers.add(1, "Clave");
        headers.add(2, "Período");
        header(sheet, 0, s, headers.toArray(String[]::new));
        r = 1;
        for (IndicatorRow row : ind.by(d)) {
          for (boolean now : new boolean[] {true, false}) {
            Object[] values = figureRow(row.label(), now ? row.current() : row.previous());
            List<Object> all = new ArrayList<>(java.util.Arrays.asList(values));
            all.add(1, row.key());
            all.add(2, now ? ind.period().code() : ind.previousPeriod().code());
            row(sheet, r++, s, all.toArray());
          }
        }
      }

      Sheet subjects = wb.createSheet(SUBJECTS);
      header(
          subjects,
          0,
          s,
          "Asunto",
          "Casos " + ind.period().code(),
          "Casos " + ind.previousPeriod().code(),
          "Cambio");
      r = 1;
      for (Recurrence rec : ind.recurrence()) {
        row(subjects, r++, s, rec.subject(), rec.count(), rec.previousCount(), rec.change());
      }

      int n = 1;
      for (ReportContent.Section section : c.sections()) {
        for (ReportSection.Table t : section.tables()) {
          String name = t.sheetName() == null ? "Sección " + n++ : t.sheetName();
          Sheet sheet = wb.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
          header(sheet, 0, s, t.headers().toArray(String[]::new));
          r = 1;
          for (List<Object> values : t.rows()) {
            row(sheet, r++, s, values.toArray());
          }
        }
      }

      Sheet overdue = wb.createSheet(OVERDUE);
      header(
          overdue,
          0,
          s,
          "Radicado",
          "Tipo",
          "Proceso",
          "Sede",
          "Responsable",
          "Recibido",
          "Vencía",
          "Días hábiles vencido");
      r = 1;
      for (ReportContent.OverdueCase o : c.overdue()) {
        row(
            overdue,
            r++,
            s,
            o.radicado(),
            o.type(),
            o.process(),
            o.agency(),
            o.responsible(),
            o.receivedOn(),
            o.dueDate(),
            o.businessDaysOverdue());
      }

      Sheet list = wb.createSheet(CASES);
      header(list, 0, s, CASE_COLUMNS.toArray(String[]::new));
      int[] next = {1};
      cases.forEach(values -> row(list, next[0]++, s, values));
      wb.write(out);
    } finally {
      wb.close(); // also deletes the temporary files
    }
  }

  static String[] figureHeaders(String first) {
    return new String[] {
      first,
      "Recibidas",
      "Respondidas",
      "Respondidas con término",
      "Respondidas en término",
      "% en término",
      "Días hábiles promedio",
      "Días hábiles mediana",
      "Respondidas en primer nivel",
      "% primer nivel",
      "Calificaciones",
      "Índice de satisfacción",
      "% calificaciones 4 y 5",
      "Abiertos vencidos",
      "Improcedentes",
      "Trasladados"
    };
  }

  static Object[] figureRow(String first, Figures f) {
    return new Object[] {
      first,
      f.received(),
      f.answered(),
      f.answeredWithTerm(),
      f.answeredInTerm(),
      f.pctInTerm(),
      f.meanDays(),
      f.medianDays(),
      f.firstLevel(),
      f.pctFirstLevel(),
      f.ratings(),
      f.ratingMean(),
      f.pctSatisfied(),
      f.overdueOpen(),
      f.improcedentes(),
      f.traslados()
    };
  }

  private record Styles(CellStyle bold, CellStyle date, CellStyle time) {}

  private static void header(Sheet sheet, int r, Styles s, String... titles) {
    Row row = sheet.createRow(r);
    for (int i = 0; i < titles.length; i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(titles[i]);
      cell.setCellStyle(s.bold());
    }
  }

  private static void row(Sheet sheet, int r, Styles s, Object... values) {
    Row row = sheet.createRow(r);
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) {
        continue;
      }
      Cell cell = row.createCell(i);
      if (v instanceof Number number) {
        cell.setCellValue(number.doubleValue());
      } else if (v instanceof LocalDateTime t) {
        cell.setCellValue(t);
        cell.setCellStyle(s.time());
      } else if (v instanceof LocalDate d) {
        cell.setCellValue(d);
        cell.setCellStyle(s.date());
      } else if (v instanceof Boolean b) {
        cell.setCellValue(b ? "Sí" : "No");
      } else {
        cell.setCellValue(v.toString());
      }
    }
  }
}
