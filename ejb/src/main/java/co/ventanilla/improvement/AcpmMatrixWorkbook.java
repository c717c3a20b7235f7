package co.ventanilla.improvement;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The matrix of acciones correctivas, preventivas y de mejora GI-RG-07 (seed 002 GO-PD-03 §4
 * actividad 10 and §6) as a workbook: one row per action (an entry without actions has one row),
 * the entry's columns repeated on each, in the order of {@link #COLUMNS}. The document names the
 * matrix but not its columns; the order is the usual one of an ISO 9001 ACPM matrix —
 * identification, origin, finding, analysis, action plan, follow-up, effectiveness verification,
 * closing — and is documented in {@code docs/improvement.md}. The texts are in Spanish, as the
 * document is.
 */
public final class AcpmMatrixWorkbook {

  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The GI-RG-07 columns, in order (bundle keys {@code matrix.<name>}). */
  public static final List<String> COLUMNS =
      List.of(
          "number",
          "opened",
          "process",
          "agency",
          "origin",
          "sources",
          "type",
          "description",
          "whys",
          "ishikawa",
          "rootCause",
          "action",
          "owner",
          "due",
          "actionStatus",
          "followUp",
          "effective",
          "evidence",
          "verifiedBy",
          "verifiedAt",
          "closedAt",
          "status");

  private static final Locale SPANISH = AcpmRuleViolation.SPANISH;

  private AcpmMatrixWorkbook() {}

  /** The header texts, in order, as the workbook writes them. */
  public static List<String> headers() {
    return COLUMNS.stream().map(c -> text("matrix." + c)).toList();
  }

  public static void write(List<Acpm> entries, OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet sheet = wb.createSheet("GI-RG-07");
      CellStyle bold = wb.createCellStyle();
      Font font = wb.createFont();
      font.setBold(true);
      bold.setFont(font);
      bold.setWrapText(true);
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      CellStyle wrap = wb.createCellStyle();
      wrap.setWrapText(true);
      Row header = sheet.createRow(0);
      List<String> headers = headers();
      for (int i = 0; i < headers.size(); i++) {
        Cell c = header.createCell(i);
        c.setCellValue(headers.get(i));
        c.setCellStyle(bold);
        sheet.setColumnWidth(i, 22 * 256);
      }
      sheet.createFreezePane(1, 1);
      int r = 1;
      for (Acpm a : entries) {
        List<AcpmAction> actions = a.actions().isEmpty() ? List.of() : a.actions();
        int rows = Math.max(1, actions.size());
        for (int i = 0; i < rows; i++) {
          AcpmAction action = actions.isEmpty() ? null : actions.get(i);
          Row row = sheet.createRow(r++);
          int col = 0;
          for (String column : COLUMNS) {
            Cell cell = row.createCell(col++);
            Object v = value(a, action, column);
            if (v instanceof LocalDate d) {
              cell.setCellValue(d);
              cell.setCellStyle(date);
            } else if (v instanceof LocalDateTime t) {
              cell.setCellValue(t.toLocalDate());
              cell.setCellStyle(date);
            } else if (v != null) {
              String text = v.toString();
              cell.setCellValue(text.length() > 32000 ? text.substring(0, 32000) : text);
              cell.setCellStyle(wrap);
            }
          }
        }
      }
      if (r > 1) {
        sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, COLUMNS.size() - 1));
      }
      wb.write(out);
    }
  }

  private static Object value(Acpm a, AcpmAction action, String column) {
    return switch (column) {
      case "number" -> a.number();
      case "opened" -> a.createdAt();
      case "process" -> a.area() == null ? null : a.area().name();
      case "agency" -> a.agency();
      case "origin" -> text("origin." + a.origin());
      case "sources" -> sources(a);
      case "type" -> text("type." + a.type());
      case "description" -> a.description();
      case "whys" -> whys(a.analysis());
      case "ishikawa" -> ishikawa(a.analysis());
      case "rootCause" ->
          a.analysis().rootCause() != null
              ? a.analysis().rootCause()
              : a.cause() == null ? null : a.cause().name();
      case "action" -> action == null ? null : action.number() + ". " + action.description();
      case "owner" -> action == null ? null : action.owner();
      case "due" -> action == null ? null : action.dueDate();
      case "actionStatus" -> action == null ? null : text("action." + action.status());
      case "followUp" -> followUp(a);
      case "effective" ->
          a.verificationEffective() == null
              ? null
              : text(a.verificationEffective() ? "matrix.yes" : "matrix.no");
      case "evidence" ->
          a.verificationEvidence() == null
              ? null
              : a.verificationEvidence()
                  + (a.verificationFileName() == null ? "" : " [" + a.verificationFileName() + "]");
      case "verifiedBy" -> a.verifiedBy();
      case "verifiedAt" -> a.verifiedAt();
      case "closedAt" -> a.closedAt();
      case "status" -> text("status." + a.status());
      default -> throw new IllegalArgumentException(column);
    };
  }

  static String sources(Acpm a) {
    List<String> parts = new ArrayList<>();
    if (!a.sourceRadicados().isEmpty()) {
      parts.add(String.join(", ", a.sourceRadicados()));
    }
    if (a.sourceInvestigationId() != null) {
      parts.add(text("matrix.investigation", a.sourceInvestigationId()));
    }
    if (a.sourceReference() != null) {
      parts.add(a.sourceReference());
    }
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  private static String whys(Analysis an) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < an.whys().size(); i++) {
      if (an.whys().get(i) != null) {
        lines.add((i + 1) + ". " + an.whys().get(i));
      }
    }
    return lines.isEmpty() ? null : String.join("\n", lines);
  }

  private static String ishikawa(Analysis an) {
    List<String> lines = new ArrayList<>();
    for (String[] pair : an.ishikawa()) {
      lines.add(text("six_m." + pair[0]) + ": " + pair[1]);
    }
    return lines.isEmpty() ? null : String.join("\n", lines);
  }

  private static String followUp(Acpm a) {
    List<String> lines = new ArrayList<>();
    for (AcpmNote n : a.notes()) {
      lines.add(n.writtenAt().toLocalDate() + " " + n.author() + ": " + n.text());
    }
    return lines.isEmpty() ? null : String.join("\n", lines);
  }

  private static String text(String key, Object... args) {
    return AcpmRuleViolation.text(SPANISH, key, args);
  }
}
