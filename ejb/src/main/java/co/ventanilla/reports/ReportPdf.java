package co.ventanilla.reports;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The PDF of a report (OpenPDF): a cover with the company and the period, an executive summary in
 * sentences, the indicators beside the period before, the charts, a table per breakdown, the most
 * repeated subjects, the other sources' sections and the list of overdue cases.
 */
final class ReportPdf {

  private static final Locale ES = Locale.forLanguageTag("es-CO");
  private static final Color BLUE = new Color(11, 61, 92);
  private static final Color LIGHT = new Color(238, 244, 248);
  private static final Font COMPANY = new Font(Font.HELVETICA, 26, Font.BOLD, BLUE);
  private static final Font TITLE = new Font(Font.HELVETICA, 20, Font.BOLD);
  private static final Font H1 = new Font(Font.HELVETICA, 15, Font.BOLD, BLUE);
  private static final Font TEXT = new Font(Font.HELVETICA, 10);
  private static final Font HEAD = new Font(Font.HELVETICA, 9, Font.BOLD, Color.WHITE);
  private static final Font CELL = new Font(Font.HELVETICA, 9);
  private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);

  private ReportPdf() {}

  static void write(ReportContent c, String kindTitle, OutputStream out) {
    Document doc = new Document(PageSize.LETTER, 48, 48, 48, 48);
    Indicators ind = c.indicators();
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle(kindTitle + " " + ind.period().code());
      doc.addCreator("Ventanilla");
      doc.open();
      cover(doc, c, kindTitle);
      doc.newPage();
      heading(doc, "Resumen ejecutivo");
      for (String s : summary(c)) {
        Paragraph p = new Paragraph(s, TEXT);
        p.setSpacingAfter(6);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        doc.add(p);
      }
      heading(doc, "Indicadores del período");
      doc.add(figuresTable(ind));
      doc.newPage();
      heading(doc, "Gráficas");
      for (Dimension d : List.of(Dimension.TYPE, Dimension.CHANNEL, Dimension.PROCESS)) {
        chart(doc, ReportCharts.receivedBy(ind, d));
      }
      chart(doc, ReportCharts.termByMonth(c.months()));
      chart(doc, ReportCharts.satisfactionByMonth(c.months()));
      if (!ind.recurrence().isEmpty()) {
        chart(doc, ReportCharts.topSubjects(ind));
      }
      doc.newPage();
      heading(doc, "Tendencia por mes");
      doc.add(monthTable(c.months()));
      for (Dimension d : Dimension.values()) {
        heading(doc, "Por " + d.title().toLowerCase(ES));
        doc.add(breakdownTable(ind, d));
      }
      heading(doc, "Asuntos más frecuentes");
      List<List<String>> rec = new ArrayList<>();
      for (Recurrence r : ind.recurrence()) {
        rec.add(
            List.of(
                r.subject(),
                num(r.count()),
                num(r.previousCount()),
                (r.change() > 0 ? "+" : "") + r.change()));
      }
      doc.add(
          table(
              new float[] {5, 1.2f, 1.2f, 1.2f},
              List.of("Asunto", ind.period().code(), ind.previousPeriod().code(), "Cambio"),
              rec));
      for (ReportContent.Section s : c.sections()) {
        heading(doc, s.title());
        for (ReportSection.Table t : s.tables()) {
          doc.add(new Paragraph(t.title(), TEXT));
          List<List<String>> rows = new ArrayList<>();
          for (List<Object> r : t.rows()) {
            rows.add(r.stream().map(o -> o == null ? "" : String.valueOf(o)).toList());
          }
          float[] widths = new float[t.headers().size()];
          java.util.Arrays.fill(widths, 1f);
          doc.add(table(widths, t.headers(), rows));
        }
      }
      heading(doc, "Casos abiertos vencidos al " + date(ind.asOf()));
      if (c.overdue().isEmpty()) {
        doc.add(new Paragraph("No hay casos abiertos vencidos.", TEXT));
      } else {
        List<List<String>> rows = new ArrayList<>();
        for (ReportContent.OverdueCase o : c.overdue()) {
          rows.add(
              List.of(
                  o.radicado(),
                  o.type(),
                  o.process(),
                  o.agency(),
                  o.responsible(),
                  date(o.receivedOn()),
                  date(o.dueDate()),
                  num(o.businessDaysOverdue())));
        }
        doc.add(
            table(
                new float[] {1.6f, 1.3f, 1.5f, 1.2f, 1.4f, 1.1f, 1.1f, 0.9f},
                List.of(
                    "Radicado",
                    "Tipo",
                    "Proceso",
                    "Sede",
                    "Responsable",
                    "Recibido",
                    "Vencía",
                    "Días hábiles vencido"),
                rows));
        if (ind.total().overdueOpen() > c.overdue().size()) {
          doc.add(
              new Paragraph(
                  "Se listan los "
                      + c.overdue().size()
                      + " más vencidos de "
                      + num(ind.total().overdueOpen())
                      + "; la hoja de cálculo trae los casos del período.",
                  SMALL));
        }
      }
      Paragraph defs =
          new Paragraph(
              "Definiciones: un caso cuenta como recibido en el período de su fecha de radicación,"
                  + " como respondido en el de la fecha de envío de la respuesta; en término si se"
                  + " respondió a más tardar en su fecha de vencimiento, que incluye suspensiones y"
                  + " ampliaciones (Ley 1755 de 2015, arts. 14 y 17). Los días hábiles excluyen"
                  + " domingos, festivos (Ley 51 de 1983) y sábados salvo que la organización los"
                  + " cuente. Primer nivel: respondido sin haber sido escalado.",
              SMALL);
      defs.setSpacingBefore(16);
      doc.add(defs);
      doc.close();
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("Could not write the report " + ind.period().code(), e);
    }
  }

  private static void cover(Document doc, ReportContent c, String kindTitle)
      throws DocumentException {
    Paragraph company = new Paragraph(c.company(), COMPANY);
    company.setSpacingBefore(160);
    company.setAlignment(Element.ALIGN_CENTER);
    doc.add(company);
    Paragraph title = new Paragraph(kindTitle, TITLE);
    title.setSpacingBefore(30);
    title.setAlignment(Element.ALIGN_CENTER);
    doc.add(title);
    Paragraph period = new Paragraph(c.indicators().period().title(), H1);
    period.setSpacingBefore(12);
    period.setAlignment(Element.ALIGN_CENTER);
    doc.add(period);
    Paragraph to =
        new Paragraph(
            "Peticiones, quejas, reclamos, sugerencias, felicitaciones y denuncias\n"
                + "Informe para la Gerencia y la Dirección SIG\n\nGenerado el "
                + c.generatedAt()
                    .format(DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy, h:mm a", ES)),
            TEXT);
    to.setSpacingBefore(40);
    to.setAlignment(Element.ALIGN_CENTER);
    doc.add(to);
  }

  /** The executive summary, in sentences. */
  static List<String> summary(ReportContent c) {
    Indicators ind = c.indicators();
    Figures f = ind.total();
    Figures p = ind.previousTotal();
    List<String> s = new ArrayList<>();
    s.add(
        "En el período se recibieron "
            + num(f.received())
            + " PQRS, "
            + change(f.received(), p.received())
            + " frente al período anterior ("
            + num(p.received())
            + ").");
    if (f.answered() == 0) {
      s.add("No se envió ninguna respuesta en el período.");
    } else {
      s.add(
          "Se respondieron "
              + num(f.answered())
              + " casos; "
              + num(f.answeredInTerm())
              + " de los "
              + num(f.answeredWithTerm())
              + " que tenían término se respondieron dentro de él ("
              + pct(f.pctInTerm())
              + "; en el período anterior, "
              + pct(p.pctInTerm())
              + ").");
      s.add(
          "La respuesta tomó en promedio "
              + dec(f.meanDays())
              + " días hábiles (mediana "
              + dec(f.medianDays())
              + "); el "
              + pct(f.pctFirstLevel())
              + " se resolvió en el primer nivel, sin escalar.");
    }
    if (f.ratings() > 0) {
      s.add(
          "El índice de satisfacción fue "
              + dec(f.ratingMean())
              + " sobre 5 con "
              + num(f.ratings())
              + " calificaciones; el "
              + pct(f.pctSatisfied())
              + " calificó 4 o 5.");
    } else {
      s.add("No se registraron calificaciones de satisfacción en el período.");
    }
    s.add(
        "Al "
            + date(ind.asOf())
            + " había "
            + num(f.overdueOpen())
            + " casos abiertos con el término vencido"
            + (f.overdueOpen() > 0 ? "; se listan al final del informe." : ".")
            + " Se declararon "
            + num(f.improcedentes())
            + " improcedentes y se trasladaron "
            + num(f.traslados())
            + " por competencia.");
    if (!ind.recurrence().isEmpty()) {
      Recurrence top = ind.recurrence().get(0);
      s.add(
          "El asunto más frecuente fue «"
              + top.subject()
              + "», con "
              + num(top.count())
              + " casos ("
              + num(top.previousCount())
              + " en el período anterior).");
    }
    return s;
  }

  private static PdfPTable figuresTable(Indicators ind) {
    Figures f = ind.total();
    Figures p = ind.previousTotal();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Recibidas", num(f.received()), num(p.received())));
    rows.add(List.of("Respondidas", num(f.answered()), num(p.answered())));
    rows.add(List.of("Respondidas en término", num(f.answeredInTerm()), num(p.answeredInTerm())));
    rows.add(List.of("% en término", pct(f.pctInTerm()), pct(p.pctInTerm())));
    rows.add(List.of("Días hábiles promedio", dec(f.meanDays()), dec(p.meanDays())));
    rows.add(List.of("Días hábiles mediana", dec(f.medianDays()), dec(p.medianDays())));
    rows.add(List.of("% resuelto en primer nivel", pct(f.pctFirstLevel()), pct(p.pctFirstLevel())));
    rows.add(List.of("Índice de satisfacción (1 a 5)", dec(f.ratingMean()), dec(p.ratingMean())));
    rows.add(List.of("% calificaciones 4 y 5", pct(f.pctSatisfied()), pct(p.pctSatisfied())));
    rows.add(List.of("Calificaciones", num(f.ratings()), num(p.ratings())));
    rows.add(List.of("Abiertos vencidos", num(f.overdueOpen()), num(p.overdueOpen())));
    rows.add(List.of("Improcedentes", num(f.improcedentes()), num(p.improcedentes())));
    rows.add(List.of("Trasladados por competencia", num(f.traslados()), num(p.traslados())));
    return table(
        new float[] {3, 1.3f, 1.3f},
        List.of("Indicador", ind.period().code(), ind.previousPeriod().code()),
        rows);
  }

  private static PdfPTable monthTable(List<IndicatorService.MonthFigures> months) {
    List<List<String>> rows = new ArrayList<>();
    for (IndicatorService.MonthFigures m : months) {
      Figures f = m.figures();
      rows.add(
          List.of(
              m.month().code(),
              num(f.received()),
              num(f.answered()),
              pct(f.pctInTerm()),
              dec(f.meanDays()),
              dec(f.ratingMean()),
              num(f.overdueOpen())));
    }
    return table(
        new float[] {1, 1, 1, 1, 1, 1, 1},
        List.of(
            "Mes",
            "Recibidas",
            "Respondidas",
            "% en término",
            "Días prom.",
            "Satisfacción",
            "Vencidos al cierre"),
        rows);
  }

  private static PdfPTable breakdownTable(Indicators ind, Dimension d) {
    List<List<String>> rows = new ArrayList<>();
    for (IndicatorRow r : ind.by(d)) {
      Figures f = r.current();
      rows.add(
          List.of(
              r.label(),
              num(f.received()),
              num(r.previous().received()),
              num(f.answered()),
              pct(f.pctInTerm()),
              dec(f.meanDays()),
              pct(f.pctFirstLevel()),
              dec(f.ratingMean()),
              num(f.overdueOpen())));
    }
    return table(
        new float[] {2.6f, 1, 1, 1, 1, 1, 1, 1, 1},
        List.of(
            d.title(),
            "Recibidas",
            "Recibidas antes",
            "Respondidas",
            "% en término",
            "Días prom.",
            "% primer nivel",
            "Satisfacción",
            "Vencidos"),
        rows);
  }

  static PdfPTable table(float[] widths, List<String> headers, List<List<String>> rows) {
    PdfPTable t = new PdfPTable(widths);
    t.setWidthPercentage(100);
    t.setHeaderRows(1);
    t.setSpacingAfter(10);
    for (String h : headers) {
      PdfPCell cell = new PdfPCell(new Phrase(h, HEAD));
      cell.setBackgroundColor(BLUE);
      cell.setPadding(4);
      t.addCell(cell);
    }
    int i = 0;
    for (List<String> r : rows) {
      for (int col = 0; col < r.size(); col++) {
        PdfPCell cell = new PdfPCell(new Phrase(r.get(col), CELL));
        cell.setPadding(3);
        cell.setBackgroundColor(i % 2 == 0 ? Color.WHITE : LIGHT);
        cell.setBorderColor(new Color(200, 210, 220));
        if (col > 0) {
          cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        t.addCell(cell);
      }
      i++;
    }
    return t;
  }

  static void heading(Document doc, String text) throws DocumentException {
    Paragraph p = new Paragraph(text, H1);
    p.setSpacingBefore(12);
    p.setSpacingAfter(8);
    doc.add(p);
  }

  private static void chart(Document doc, byte[] png) throws DocumentException, IOException {
    Image image = Image.getInstance(png);
    image.scaleToFit(doc.getPageSize().getWidth() - 96, 280);
    image.setAlignment(Element.ALIGN_CENTER);
    doc.add(image);
    doc.add(new Paragraph(new Chunk(" ")));
  }

  static String num(long n) {
    return NumberFormat.getIntegerInstance(ES).format(n);
  }

  static String dec(Double d) {
    if (d == null) {
      return "—";
    }
    NumberFormat f = NumberFormat.getNumberInstance(ES);
    f.setMaximumFractionDigits(1);
    f.setMinimumFractionDigits(1);
    return f.format(d);
  }

  static String pct(Double d) {
    return d == null ? "—" : dec(d) + " %";
  }

  private static String date(java.time.LocalDate d) {
    return d == null ? "" : d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }

  private static String change(long now, long before) {
    if (before == 0) {
      return now == 0 ? "igual" : "sin casos para comparar";
    }
    double pct = (now - before) * 100.0 / before;
    if (Math.abs(pct) < 0.05) {
      return "igual";
    }
    return dec(Math.abs(pct)) + " % " + (pct > 0 ? "más" : "menos");
  }
}
