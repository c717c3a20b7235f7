package co.ventanilla.satisfaction;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The results of a campaign as a PDF (OpenPDF) and an XLSX workbook (Apache POI), in Spanish: the
 * summary, per question, per section, per agency, per client, the trend and the comments.
 */
public final class SurveyDocuments {

  public static final String PDF = "application/pdf";
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private SurveyDocuments() {}

  /** A table of the results: title, sheet name, headers and rows. */
  public record Table(String title, String sheet, List<String> headers, List<List<Object>> rows) {}

  /** The tables of the results, in the order of the PDF and the workbook. */
  public static List<Table> tables(SurveyResults r) {
    List<Table> tables = new ArrayList<>();
    SurveyResults.Campaign c = r.campaign();
    tables.add(
        new Table(
            "Resumen",
            "Resumen",
            List.of("Indicador", "Valor"),
            List.of(
                List.of("Período", c.period()),
                List.of("Versión del cuestionario", c.questionnaire()),
                List.of("Invitados", c.invited()),
                List.of("Respuestas", c.responded()),
                List.of("Tasa de respuesta (%)", value(c.responseRate())),
                List.of("Promedio de la escala 1–5", value(c.scaleMean())),
                List.of("NPS (% promotores - % detractores)", value(c.nps())))));
    List<List<Object>> questions = new ArrayList<>();
    for (SurveyResults.QuestionResult q : r.questions()) {
      questions.add(
          List.of(
              q.section(),
              q.text(),
              kindName(q.kind()),
              q.answers(),
              value(q.mean()),
              value(q.percentYes()),
              value(q.nps()),
              q.promoters(),
              q.passives(),
              q.detractors()));
    }
    tables.add(
        new Table(
            "Por pregunta",
            "Preguntas",
            List.of(
                "Sección",
                "Pregunta",
                "Tipo",
                "Respuestas",
                "Promedio",
                "% sí",
                "NPS",
                "Promotores",
                "Pasivos",
                "Detractores"),
            questions));
    List<List<Object>> sections = new ArrayList<>();
    for (SurveyResults.GroupResult s : r.sections()) {
      sections.add(List.of(s.name(), s.responded(), value(s.mean())));
    }
    tables.add(
        new Table(
            "Por sección (escala 1–5)",
            "Secciones",
            List.of("Sección", "Respuestas de escala", "Promedio"),
            sections));
    tables.add(group("Por sede", "Sedes", "Sede", r.agencies()));
    tables.add(group("Por cliente", "Clientes", "Cliente", r.clients()));
    List<List<Object>> trend = new ArrayList<>();
    for (SurveyResults.Campaign t : r.trend()) {
      trend.add(
          List.of(
              t.period(),
              t.invited(),
              t.responded(),
              value(t.responseRate()),
              value(t.scaleMean()),
              value(t.nps())));
    }
    tables.add(
        new Table(
            "Tendencia frente a campañas anteriores",
            "Tendencia",
            List.of("Período", "Invitados", "Respuestas", "Tasa (%)", "Promedio", "NPS"),
            trend));
    List<List<Object>> comments = new ArrayList<>();
    r.comments().forEach(t -> comments.add(List.of(t)));
    tables.add(new Table("Comentarios", "Comentarios", List.of("Cliente: comentario"), comments));
    return tables;
  }

  private static Table group(
      String title, String sheet, String name, List<SurveyResults.GroupResult> groups) {
    List<List<Object>> rows = new ArrayList<>();
    for (SurveyResults.GroupResult g : groups) {
      rows.add(
          List.of(
              g.name(),
              g.invited(),
              g.responded(),
              value(g.responseRate()),
              value(g.mean()),
              value(g.nps())));
    }
    return new Table(
        title,
        sheet,
        List.of(name, "Invitados", "Respuestas", "Tasa (%)", "Promedio", "NPS"),
        rows);
  }

  /** The results as a PDF. */
  public static byte[] pdf(SurveyResults r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
    PdfWriter.getInstance(doc, out);
    doc.open();
    Font title = new Font(Font.HELVETICA, 16, Font.BOLD);
    Font heading = new Font(Font.HELVETICA, 12, Font.BOLD);
    Font cell = new Font(Font.HELVETICA, 9);
    Font head = new Font(Font.HELVETICA, 9, Font.BOLD);
    doc.add(
        new Paragraph(
            "Encuesta de satisfacción del cliente GO-RG-03 — " + r.campaign().period(), title));
    for (Table t : tables(r)) {
      Paragraph p = new Paragraph(t.title(), heading);
      p.setSpacingBefore(12);
      p.setSpacingAfter(6);
      doc.add(p);
      PdfPTable table = new PdfPTable(t.headers().size());
      table.setWidthPercentage(100);
      for (String h : t.headers()) {
        table.addCell(new PdfPCell(new Phrase(h, head)));
      }
      for (List<Object> row : t.rows()) {
        for (Object o : row) {
          table.addCell(new PdfPCell(new Phrase(text(o), cell)));
        }
      }
      doc.add(table);
    }
    doc.add(
        new Paragraph(
            "Tasa de respuesta: respuestas / invitados × 100. NPS: % de respuestas 9–10 menos % de"
                + " respuestas 0–6 a la pregunta de recomendación. Promedio: de las respuestas de"
                + " la escala 1 (Muy mala) a 5 (Excelente).",
            cell));
    doc.close();
    return out.toByteArray();
  }

  /** The results as an XLSX workbook, one sheet per table. */
  public static byte[] xlsx(SurveyResults r) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (Table t : tables(r)) {
        Sheet sheet = wb.createSheet(t.sheet());
        Row header = sheet.createRow(0);
        for (int i = 0; i < t.headers().size(); i++) {
          header.createCell(i).setCellValue(t.headers().get(i));
        }
        int n = 1;
        for (List<Object> row : t.rows()) {
          Row x = sheet.createRow(n++);
          for (int i = 0; i < row.size(); i++) {
            Object o = row.get(i);
            if (o instanceof Number number) {
              x.createCell(i).setCellValue(number.doubleValue());
            } else {
              x.createCell(i).setCellValue(o == null ? "" : o.toString());
            }
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A figure rounded to two decimals for the documents, or "" when there is none. */
  private static Object value(Double d) {
    return d == null ? "" : Math.round(d * 100) / 100.0;
  }

  private static String text(Object o) {
    if (o instanceof Double d) {
      return number(d);
    }
    return String.valueOf(o);
  }

  /** {@code 83,33} (two decimals, Colombian comma), or "sin dato". */
  public static String number(Double d) {
    if (d == null) {
      return "sin dato";
    }
    return new DecimalFormat(
            "0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("es-CO")))
        .format(d);
  }

  /** {@code 75 %}, or "sin dato". */
  public static String percent(Double d) {
    return d == null ? "sin dato" : number(d) + " %";
  }

  private static String kindName(QuestionKind k) {
    return switch (k) {
      case ESCALA -> "Escala 1–5";
      case SI_NO -> "Sí / No";
      case NPS -> "Recomendación 0–10";
      case TEXTO -> "Texto";
    };
  }
}
