package co.ventanilla.documents;

import co.ventanilla.cases.CaseSummary;
import co.ventanilla.cases.CaseTexts;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A case list as an Excel workbook (.xlsx), written row by row with POI's streaming workbook so
 * memory stays flat however long the list: one header row in the reader's language, dates as dates,
 * a filter on the header and the header frozen. Feed it pages with {@link #add} and finish with
 * {@link #write}.
 */
public final class CaseListWorkbook implements AutoCloseable {

  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final String[] HEADERS = {
    "export.radicado", "export.type", "export.channel", "export.state", "export.subject",
    "export.agency", "export.area", "export.responsible", "export.level", "export.escalation",
    "export.received", "export.due", "export.overdue", "export.protected", "export.petitioner"
  };

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
  private final SXSSFSheet sheet;
  private final CellStyle dateTime;
  private final CellStyle date;
  private final Locale locale;
  private final LocalDate today;
  private int next = 1;

  /**
   * @param today the day against which "overdue" is judged
   */
  public CaseListWorkbook(Locale locale, LocalDate today) {
    this.locale = locale;
    this.today = today;
    sheet = workbook.createSheet(CaseTexts.format(locale, "export.sheet"));
    CreationHelper helper = workbook.getCreationHelper();
    dateTime = workbook.createCellStyle();
    dateTime.setDataFormat(helper.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
    date = workbook.createCellStyle();
    date.setDataFormat(helper.createDataFormat().getFormat("dd/mm/yyyy"));
    CellStyle bold = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(true);
    bold.setFont(font);
    Row header = sheet.createRow(0);
    for (int i = 0; i < HEADERS.length; i++) {
      Cell cell = header.createCell(i);
      cell.setCellValue(CaseTexts.format(locale, HEADERS[i]));
      cell.setCellStyle(bold);
    }
    sheet.createFreezePane(0, 1);
    sheet.trackAllColumnsForAutoSizing();
  }

  /** Appends a page of rows. */
  public void add(List<CaseSummary> rows) {
    for (CaseSummary c : rows) {
      Row row = sheet.createRow(next++);
      int col = 0;
      row.createCell(col++).setCellValue(c.radicado());
      row.createCell(col++)
          .setCellValue(capitalized(CaseTexts.format(locale, "type." + c.type().name())));
      row.createCell(col++).setCellValue(CaseTexts.format(locale, "channel." + c.channel().name()));
      row.createCell(col++).setCellValue(CaseTexts.stateName(c.state(), locale));
      row.createCell(col++).setCellValue(c.subject());
      text(row, col++, c.agency());
      text(row, col++, c.areaName());
      text(row, col++, c.responsible());
      if (c.severityLevel() != null) {
        row.createCell(col).setCellValue(c.severityLevel());
      }
      col++;
      row.createCell(col++).setCellValue(c.escalationLevel());
      dateTime(row, col++, c.receivedAt());
      date(row, col++, c.dueDate());
      row.createCell(col++).setCellValue(yesNo(c.overdueOn(today)));
      row.createCell(col++).setCellValue(yesNo(c.protectedCase()));
      text(
          row,
          col,
          c.anonymous() ? CaseTexts.format(locale, "export.anonymous") : c.petitionerNames());
    }
  }

  /** How many cases were added. */
  public int rows() {
    return next - 1;
  }

  /** Finishes the workbook into {@code out}. */
  public void write(OutputStream out) throws IOException {
    if (next > 1) {
      sheet.setAutoFilter(new CellRangeAddress(0, next - 1, 0, HEADERS.length - 1));
    }
    for (int i = 0; i < HEADERS.length; i++) {
      sheet.autoSizeColumn(i);
    }
    workbook.write(out);
  }

  @Override
  public void close() {
    workbook.dispose();
    try {
      workbook.close();
    } catch (IOException ignored) {
      // the temporary files are gone already
    }
  }

  private String capitalized(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale) + s.substring(1);
  }

  private String yesNo(boolean value) {
    return CaseTexts.format(locale, value ? "yes" : "no");
  }

  private static void text(Row row, int col, String value) {
    if (value != null) {
      row.createCell(col).setCellValue(value);
    }
  }

  private void dateTime(Row row, int col, LocalDateTime value) {
    if (value != null) {
      Cell cell = row.createCell(col);
      cell.setCellValue(value);
      cell.setCellStyle(dateTime);
    }
  }

  private void date(Row row, int col, LocalDate value) {
    if (value != null) {
      Cell cell = row.createCell(col);
      cell.setCellValue(value);
      cell.setCellStyle(date);
    }
  }

  /** The sheet, for tests. */
  Sheet sheet() {
    return sheet;
  }
}
