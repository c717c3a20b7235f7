package co.ventanilla.investigations;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The PDFs of an investigation, written with OpenPDF from an {@link InvestigationFile} (so
 * protected parties appear as whoever asks may see them, and as their pseudonym in anything
 * attached to the case):
 *
 * <ul>
 *   <li>the "Acta de atención al usuario por hurto" (seed 000), with lines for signatures;
 *   <li>a session's acta, with the SHA-256 of its content once approved;
 *   <li>the final report: facts, losses, parties, evidence with hashes, sessions, authorities,
 *       conclusions and timeline; without the internal sections (parties, evidence, sessions,
 *       votes, timeline, responsibilities and sanctions) for the petitioner.
 * </ul>
 */
public final class InvestigationReports {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final Color BLUE = new Color(11, 61, 92);
  private static final Color SHADE = new Color(238, 244, 248);
  private static final Font TITLE = new Font(Font.HELVETICA, 15, Font.BOLD, BLUE);
  private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD, BLUE);
  private static final Font LABEL = new Font(Font.HELVETICA, 9, Font.BOLD);
  private static final Font VALUE = new Font(Font.HELVETICA, 9);
  private static final Font MONO = new Font(Font.COURIER, 8);

  private InvestigationReports() {}

  /** The acta de atención al usuario por hurto, to be signed by the victim and who attended. */
  public static byte[] actaDeAtencion(InvestigationFile f) {
    return write(
        "Acta de atención al usuario por hurto " + f.radicado(),
        doc -> {
          InvestigationFile.Acta a = f.acta();
          doc.add(new Paragraph("ACTA DE ATENCIÓN AL USUARIO POR HURTO", TITLE));
          doc.add(
              new Paragraph(
                  "Caso " + f.radicado() + " · Modalidad: " + label(f.modality()), VALUE));
          Map<String, String> rows = new LinkedHashMap<>();
          rows.put("Fecha y hora de la atención", moment(a.attendedAt()));
          rows.put("Lugar", a.place());
          rows.put("Víctima", a.victim());
          rows.put("Documento", a.victimDocument());
          rows.put("Relato de los hechos", a.narrative());
          rows.put("Bienes hurtados", a.items());
          rows.put("Autoridades notificadas", a.authoritiesNotified());
          rows.put("Atendió", a.recordedBy());
          doc.add(table(rows));
          PdfPTable signatures = new PdfPTable(2);
          signatures.setWidthPercentage(100);
          signatures.setSpacingBefore(60);
          signatures.addCell(signature("Firma de la víctima"));
          signatures.addCell(signature("Firma de quien atiende"));
          doc.add(signatures);
        });
  }

  /** A session's acta; an approved one prints the SHA-256 of its content. */
  public static byte[] sessionActa(InvestigationFile f, InvestigationFile.SessionView s) {
    return write(
        "Acta " + s.number() + " " + f.radicado(),
        doc -> {
          doc.add(
              new Paragraph(
                  "ACTA DE COMITÉ No. " + s.number() + " (versión " + s.version() + ")", TITLE));
          doc.add(new Paragraph("Investigación del caso " + f.radicado(), VALUE));
          Map<String, String> rows = new LinkedHashMap<>();
          rows.put("Fecha", day(s.heldOn()));
          rows.put("Asistentes", s.attendees());
          rows.put("Orden del día", s.agenda());
          rows.put("Desarrollo", s.developments());
          rows.put("Decisiones", s.decisions());
          rows.put("Estado", label(s.status()));
          if (s.correctionReason() != null) {
            rows.put("Corrige la versión anterior", s.correctionReason());
          }
          if (s.approvedAt() != null) {
            rows.put("Aprobada por", s.approvedBy() + " el " + moment(s.approvedAt()));
          }
          doc.add(table(rows));
          if (!s.tasks().isEmpty()) {
            doc.add(heading("Tareas"));
            PdfPTable t = grid("Tarea", "Responsable", "Fecha límite", "Cumplida");
            for (InvestigationFile.TaskView task : s.tasks()) {
              row(
                  t,
                  task.description(),
                  task.owner(),
                  day(task.dueOn()),
                  task.done() ? "Sí" : "No");
            }
            doc.add(t);
          }
          if (s.contentSha256() != null) {
            Paragraph hash = new Paragraph("SHA-256 del contenido: " + s.contentSha256(), MONO);
            hash.setSpacingBefore(16);
            doc.add(hash);
          }
        });
  }

  /**
   * The final report; {@code internal} false leaves out what is for the committee only (parties,
   * evidence, sessions, votes, timeline, responsibilities and sanctions).
   */
  public static byte[] finalReport(InvestigationFile f, boolean internal) {
    return write(
        "Informe final " + f.radicado(),
        doc -> {
          doc.add(new Paragraph("INFORME FINAL DE INVESTIGACIÓN", TITLE));
          doc.add(
              new Paragraph(
                  "Caso "
                      + f.radicado()
                      + " · Modalidad: "
                      + label(f.modality())
                      + " · Estado: "
                      + label(f.status())
                      + (internal ? " · Uso interno del comité" : ""),
                  VALUE));
          doc.add(heading("Hechos"));
          InvestigationFile.Facts x = f.facts();
          Map<String, String> facts = new LinkedHashMap<>();
          facts.put("Fecha y hora", moment(x.occurredAt()));
          facts.put("Sede", x.agency());
          facts.put("Cliente", x.client());
          facts.put("Puesto", x.post());
          facts.put("Relato", x.narrative());
          if (internal) {
            facts.put("Guardas de turno", x.guardsOnDuty());
            facts.put("Minuta", x.minutaReference());
          }
          facts.put("Aseguradora", x.insurer());
          facts.put("Póliza", x.policyNumber());
          facts.put("Reclamación", x.claimNumber());
          doc.add(table(facts));

          doc.add(heading("Pérdidas y recuperaciones (COP)"));
          PdfPTable losses = grid("Tipo", "Descripción", "Valor");
          for (InvestigationFile.LossView l : f.losses()) {
            row(losses, label(l.kind()), l.description(), cop(l.amount()));
          }
          row(losses, "", "Pérdida neta", cop(f.netLoss()));
          doc.add(losses);

          if (internal) {
            doc.add(heading("Comité"));
            PdfPTable members = grid("Miembro", "Rol", "Preside");
            for (InvestigationFile.MemberView m : f.members()) {
              row(members, m.userName(), label(m.role()), m.chair() ? "Sí" : "");
            }
            doc.add(members);

            doc.add(heading("Partes"));
            PdfPTable parties = grid("Parte", "Nombre", "Protegida");
            for (InvestigationFile.PartyView p : f.parties()) {
              row(parties, p.label(), p.names(), p.protectedParty() ? "Sí" : "No");
            }
            doc.add(parties);

            doc.add(heading("Evidencias"));
            PdfPTable evidence = grid("No.", "Tipo", "Descripción", "Archivo", "SHA-256");
            for (InvestigationFile.EvidenceView e : f.evidence()) {
              row(
                  evidence,
                  String.valueOf(e.number()),
                  label(e.kind()),
                  e.description()
                      + (e.superseded() ? " (reemplazada: " + e.supersededReason() + ")" : ""),
                  e.fileName(),
                  e.sha256());
            }
            doc.add(evidence);

            doc.add(heading("Sesiones del comité"));
            PdfPTable sessions = grid("Acta", "Fecha", "Estado", "Decisiones", "SHA-256");
            for (InvestigationFile.SessionView s : f.sessions()) {
              row(
                  sessions,
                  s.number() + "." + s.version(),
                  day(s.heldOn()),
                  label(s.status()),
                  s.decisions(),
                  s.contentSha256());
            }
            doc.add(sessions);
          }

          doc.add(heading("Autoridades"));
          PdfPTable authorities = grid("Autoridad", "Sentido", "Referencia", "Fecha");
          for (InvestigationFile.AuthorityView a : f.authorities()) {
            row(
                authorities,
                label(a.authority()),
                label(a.direction()),
                a.reference(),
                day(a.occurredOn()));
          }
          doc.add(authorities);

          doc.add(heading("Conclusiones"));
          InvestigationFile.Conclusions c = f.conclusions();
          Map<String, String> conclusions = new LinkedHashMap<>();
          conclusions.put("Causa", c.cause());
          if (internal) {
            conclusions.put("Responsabilidades", c.responsibilities());
            conclusions.put("Sanciones y medidas disciplinarias", c.sanctions());
          }
          conclusions.put("Medidas de recuperación o mitigación", c.measures());
          conclusions.put(
              "Reclamación",
              c.claimDecision() == null
                  ? null
                  : label(c.claimDecision())
                      + (c.claimAmount() == null ? "" : " por " + cop(c.claimAmount())));
          conclusions.put("Acciones de mejora", String.join("\n", c.improvements()));
          doc.add(table(conclusions));

          if (internal) {
            doc.add(heading("Votación"));
            PdfPTable votes = grid("Miembro", "Voto", "Nota");
            for (InvestigationFile.VoteView v : f.votes()) {
              row(votes, v.userName(), v.inFavour() ? "A favor" : "En contra", v.note());
            }
            doc.add(votes);
            doc.add(heading("Línea de tiempo"));
            PdfPTable timeline = grid("Fecha", "Quién", "Qué");
            for (InvestigationFile.TimelineView t : f.timeline()) {
              row(timeline, moment(t.at()), t.actor(), t.text());
            }
            doc.add(timeline);
          }
          if (f.closedAt() != null) {
            Paragraph closed =
                new Paragraph("Cerrada por " + f.closedBy() + " el " + moment(f.closedAt()), VALUE);
            closed.setSpacingBefore(12);
            doc.add(closed);
          }
        });
  }

  // ---------------------------------------------------------------------------------------------

  private interface Body {
    void write(Document doc) throws DocumentException;
  }

  private static byte[] write(String title, Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.LETTER, 48, 48, 48, 48);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle(title);
      doc.addCreator("Ventanilla");
      doc.open();
      body.write(doc);
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not write " + title, e);
    }
    return out.toByteArray();
  }

  private static Paragraph heading(String text) {
    Paragraph p = new Paragraph(text, HEADING);
    p.setSpacingBefore(12);
    p.setSpacingAfter(4);
    return p;
  }

  private static PdfPTable table(Map<String, String> rows) {
    PdfPTable t = new PdfPTable(new float[] {1.4f, 3.6f});
    t.setWidthPercentage(100);
    t.setSpacingBefore(8);
    for (Map.Entry<String, String> r : rows.entrySet()) {
      t.addCell(cell(r.getKey(), LABEL, SHADE));
      t.addCell(cell(r.getValue(), VALUE, Color.WHITE));
    }
    return t;
  }

  private static PdfPTable grid(String... headers) {
    PdfPTable t = new PdfPTable(headers.length);
    t.setWidthPercentage(100);
    for (String h : headers) {
      t.addCell(cell(h, LABEL, SHADE));
    }
    t.setHeaderRows(1);
    return t;
  }

  private static void row(PdfPTable t, String... values) {
    for (String v : values) {
      t.addCell(cell(v, v != null && v.matches("[0-9a-f]{64}") ? MONO : VALUE, Color.WHITE));
    }
  }

  private static PdfPCell cell(String text, Font font, Color background) {
    PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
    c.setBackgroundColor(background);
    c.setPadding(4);
    c.setBorderColor(new Color(200, 210, 220));
    return c;
  }

  private static PdfPCell signature(String who) {
    PdfPCell c = new PdfPCell(new Phrase("______________________________\n" + who, VALUE));
    c.setBorder(0);
    c.setHorizontalAlignment(Element.ALIGN_CENTER);
    return c;
  }

  static String label(Enum<?> value) {
    if (value == null) {
      return "";
    }
    String s = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    s = s.replace("dano", "daño").replace("intrusion", "intrusión").replace("gestion", "gestión");
    s =
        s.replace("sancion", "sanción")
            .replace("recuperacion", "recuperación")
            .replace("perdida", "pérdida");
    s =
        s.replace("policia", "policía")
            .replace("fiscalia", "fiscalía")
            .replace("victima", "víctima");
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String cop(BigDecimal amount) {
    return amount == null ? "" : Investigation.cop(amount);
  }

  private static String day(LocalDate d) {
    return d == null ? "" : d.format(DAY);
  }

  private static String moment(LocalDateTime t) {
    return t == null ? "" : t.format(MOMENT);
  }

  /** For tests: the labels of {@code values}. */
  static List<String> labels(Enum<?>... values) {
    return java.util.Arrays.stream(values).map(InvestigationReports::label).toList();
  }
}
