package co.ventanilla.reports;

import co.ventanilla.cases.CaseState;
import co.ventanilla.cases.CaseTexts;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.persistence.EntityManager;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The semiannual report of the reclamos of personal data for the Registro Nacional de Bases de
 * Datos (Ley 1581 de 2012, art. 25, and Decreto 1074 de 2015, Capítulo 26, create the register; the
 * Circular Única of the Superintendencia de Industria y Comercio, Título V, asks the controller to
 * report there, in February and August, the reclamos received from the titulares in the previous
 * half-year). The reclamos ({@code reclamo_datos}) received in the half-year, by type and by state,
 * with every row present even when there were none.
 *
 * <p>The type is what the reclamo asks (Ley 1581 de 2012, art. 15: correct, update, delete, revoke
 * the authorisation), read from its subject and description as the mail intake reads a personal
 * data request; a reclamo that names none of them is "Otro".
 */
public final class RnbdReport {

  /** What a reclamo asks, in the order of the report. */
  public enum Kind {
    REVOCACION("Revocatoria de la autorización", "revoc|retir\\w* (la|mi) autoriz"),
    SUPRESION("Supresión del dato", "supri|supresi|elimin|borr"),
    RECTIFICACION("Rectificación o corrección", "rectific|correg|correcci"),
    ACTUALIZACION("Actualización", "actualiz"),
    OTRO("Otro", null);

    private final String label;
    private final Pattern words;

    Kind(String label, String regex) {
      this.label = label;
      this.words =
          regex == null
              ? null
              : Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public String label() {
      return label;
    }

    /** The kind of a reclamo with this subject and description. */
    public static Kind of(String subject, String description) {
      String text =
          (subject == null ? "" : subject) + " " + (description == null ? "" : description);
      for (Kind k : values()) {
        if (k.words != null && k.words.matcher(text).find()) {
          return k;
        }
      }
      return OTRO;
    }
  }

  /** The state columns: a reclamo in progress, answered, or finished otherwise. */
  public enum Column {
    EN_TRAMITE("En trámite"),
    RESUELTO("Resuelto (respondido o cerrado)"),
    OTRO_FIN("Trasladado, desistido o improcedente");

    private final String label;

    Column(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    static Column of(CaseState s) {
      return switch (s) {
        case RESPONDIDO, CERRADO -> RESUELTO;
        case TRASLADADO, DESISTIDO, IMPROCEDENTE -> OTRO_FIN;
        default -> EN_TRAMITE;
      };
    }
  }

  /**
   * The counts: for each kind, the reclamos in each state column (every cell present).
   *
   * @param byState the same reclamos by their exact state (only the states present)
   */
  public record Counts(
      ReportPeriod period,
      Map<Kind, Map<Column, Integer>> cells,
      Map<CaseState, Integer> byState,
      int total,
      LocalDateTime generatedAt) {

    public int cell(Kind k, Column c) {
      return cells.get(k).get(c);
    }

    public int row(Kind k) {
      return cells.get(k).values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private RnbdReport() {}

  /** Counts the reclamos received in {@code period}. */
  public static Counts count(EntityManager em, ReportPeriod period, LocalDateTime now) {
    Map<Kind, Map<Column, Integer>> cells = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      Map<Column, Integer> row = new EnumMap<>(Column.class);
      for (Column c : Column.values()) {
        row.put(c, 0);
      }
      cells.put(k, row);
    }
    Map<CaseState, Integer> byState = new EnumMap<>(CaseState.class);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT state, subject, description FROM pqrs_case WHERE type = 'RECLAMO_DATOS'"
                    + " AND received_at >= ? AND received_at < ?")
            .setParameter(1, Timestamp.valueOf(period.from().atStartOfDay()))
            .setParameter(2, Timestamp.valueOf(period.to().plusDays(1).atStartOfDay()))
            .getResultList();
    for (Object[] r : rows) {
      CaseState state = CaseState.valueOf((String) r[0]);
      Kind kind = Kind.of((String) r[1], r[2] == null ? null : r[2].toString());
      cells.get(kind).merge(Column.of(state), 1, Integer::sum);
      byState.merge(state, 1, Integer::sum);
    }
    return new Counts(period, cells, byState, rows.size(), now);
  }

  /** The title of the report. */
  public static String title() {
    return "Reporte semestral de reclamos — Registro Nacional de Bases de Datos";
  }

  private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD, new Color(20, 60, 110));
  private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL, Color.BLACK);
  private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);

  /** Writes the PDF. */
  public static void pdf(Counts c, String company, OutputStream out) {
    Document doc = new Document(PageSize.LETTER, 48, 48, 48, 48);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle(title() + " " + c.period().code());
      doc.addCreator("Ventanilla");
      doc.open();
      doc.add(new Paragraph(title(), TITLE));
      doc.add(new Paragraph(company, TEXT));
      doc.add(
          new Paragraph(
              "Período: " + c.period().title() + ". Generado el " + stamp(c.generatedAt()) + ".",
              TEXT));
      ReportPdf.heading(doc, "Reclamos recibidos por tipo y estado");
      List<String> headers = new ArrayList<>(List.of("Tipo de reclamo"));
      for (Column col : Column.values()) {
        headers.add(col.label());
      }
      headers.add("Total");
      List<List<String>> rows = new ArrayList<>();
      for (Kind k : Kind.values()) {
        List<String> row = new ArrayList<>(List.of(k.label()));
        for (Column col : Column.values()) {
          row.add(ReportPdf.num(c.cell(k, col)));
        }
        row.add(ReportPdf.num(c.row(k)));
        rows.add(row);
      }
      List<String> total = new ArrayList<>(List.of("Total"));
      for (Column col : Column.values()) {
        int sum = 0;
        for (Kind k : Kind.values()) {
          sum += c.cell(k, col);
        }
        total.add(ReportPdf.num(sum));
      }
      total.add(ReportPdf.num(c.total()));
      rows.add(total);
      doc.add(ReportPdf.table(new float[] {3, 1.4f, 1.8f, 1.8f, 1}, headers, rows));
      if (c.total() == 0) {
        doc.add(
            new Paragraph("No se recibieron reclamos de datos personales en el semestre.", TEXT));
      } else {
        ReportPdf.heading(doc, "Por estado del caso");
        List<List<String>> states = new ArrayList<>();
        for (Map.Entry<CaseState, Integer> e : c.byState().entrySet()) {
          states.add(
              List.of(
                  CaseTexts.stateName(e.getKey(), CaseTexts.SPANISH), ReportPdf.num(e.getValue())));
        }
        doc.add(ReportPdf.table(new float[] {3, 1}, List.of("Estado", "Reclamos"), states));
      }
      Paragraph basis =
          new Paragraph(
              "Reclamos (Ley 1581 de 2012, art. 15) radicados en el semestre por cualquier canal,"
                  + " contados por su fecha de radicación y su estado al generar el reporte. El"
                  + " tipo se lee del asunto y la descripción del reclamo. Se reporta en el"
                  + " Registro Nacional de Bases de Datos en febrero y agosto (Ley 1581 de 2012,"
                  + " art. 25; Decreto 1074 de 2015, cap. 26; Circular Única de la SIC, Título V).",
              SMALL);
      basis.setSpacingBefore(16);
      doc.add(basis);
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not write the RNBD report " + c.period().code(), e);
    }
  }

  /** Writes the XLSX: one sheet with the same table. */
  public static void xlsx(Counts c, OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Reclamos " + c.period().code());
      Row head = s.createRow(0);
      head.createCell(0).setCellValue("Tipo de reclamo");
      int col = 1;
      for (Column column : Column.values()) {
        head.createCell(col++).setCellValue(column.label());
      }
      head.createCell(col).setCellValue("Total");
      int r = 1;
      for (Kind k : Kind.values()) {
        Row row = s.createRow(r++);
        row.createCell(0).setCellValue(k.label());
        int i = 1;
        for (Column column : Column.values()) {
          row.createCell(i++).setCellValue(c.cell(k, column));
        }
        row.createCell(i).setCellValue(c.row(k));
      }
      Row total = s.createRow(r);
      total.createCell(0).setCellValue("Total");
      total.createCell(Column.values().length + 1).setCellValue(c.total());
      s.setColumnWidth(0, 36 * 256);
      wb.write(out);
    }
  }

  private static String stamp(LocalDateTime t) {
    return t.format(
        DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.forLanguageTag("es-CO")));
  }
}
