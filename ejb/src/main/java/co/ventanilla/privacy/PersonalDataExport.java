package co.ventanilla.privacy;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A person's data as the answer to a consulta (Ley 1581 de 2012, art. 14: "toda la información
 * contenida en el registro individual o que esté vinculada con la identificación del Titular"): as
 * JSON for the API and as a PDF to attach to the answer. Field names are Spanish, as in the rest of
 * the API.
 */
public final class PersonalDataExport {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private PersonalDataExport() {}

  /** The file as JSON. */
  public static JsonObject json(DataSubjectFile f, LocalDateTime generatedAt) {
    JsonArrayBuilder cases = Json.createArrayBuilder();
    for (DataSubjectFile.CaseData c : f.cases()) {
      JsonObjectBuilder b =
          Json.createObjectBuilder()
              .add("radicado", c.radicado())
              .add("tipo", c.type())
              .add("estado", c.state().toLowerCase(java.util.Locale.ROOT))
              .add("canal", c.channel().toLowerCase(java.util.Locale.ROOT))
              .add("recibido", c.receivedAt().toString());
      opt(b, "sede", c.agency());
      opt(b, "vence", c.dueDate());
      opt(b, "cerrado", c.closedAt());
      opt(b, "nombres", c.names());
      opt(b, "tipoDocumento", c.documentType());
      opt(b, "numeroDocumento", c.documentNumber());
      opt(b, "correo", c.email());
      opt(b, "telefono", c.phone());
      opt(b, "direccion", c.address());
      opt(b, "asunto", c.subject());
      opt(b, "descripcion", c.description());
      if (c.consentPolicyVersion() != null) {
        JsonObjectBuilder consent =
            Json.createObjectBuilder().add("versionPolitica", c.consentPolicyVersion());
        opt(consent, "otorgada", c.consentGivenAt());
        opt(consent, "sha256Texto", c.consentPolicySha256());
        opt(consent, "canal", c.consentChannel());
        opt(consent, "origen", c.consentOrigin());
        b.add("autorizacion", consent);
      }
      cases.add(b);
    }
    JsonArrayBuilder messages = Json.createArrayBuilder();
    for (DataSubjectFile.MessageData m : f.messages()) {
      JsonObjectBuilder b =
          Json.createObjectBuilder()
              .add("radicado", m.radicado())
              .add("sentido", m.direction())
              .add("fecha", m.occurredAt().toString());
      opt(b, "de", m.from());
      opt(b, "para", m.to());
      opt(b, "asunto", m.subject());
      messages.add(b);
    }
    JsonArrayBuilder files = Json.createArrayBuilder();
    for (DataSubjectFile.AttachmentData a : f.attachments()) {
      files.add(
          Json.createObjectBuilder()
              .add("id", a.id())
              .add("radicado", a.radicado())
              .add("nombre", a.fileName())
              .add("tipo", a.mediaType())
              .add("bytes", a.sizeBytes()));
    }
    JsonArrayBuilder parties = Json.createArrayBuilder();
    for (DataSubjectFile.PartyData p : f.parties()) {
      JsonObjectBuilder b =
          Json.createObjectBuilder()
              .add("investigacion", p.investigationId())
              .add("radicado", p.radicado())
              .add("calidad", p.kind().toLowerCase(java.util.Locale.ROOT))
              .add("nombres", p.names());
      opt(b, "documento", p.document());
      opt(b, "contacto", p.contact());
      parties.add(b);
    }
    JsonArrayBuilder blocks = Json.createArrayBuilder();
    for (Block bl : f.blocks()) {
      JsonObjectBuilder b =
          Json.createObjectBuilder().add("radicado", bl.radicado()).add("motivo", bl.reason());
      opt(b, "hasta", bl.until());
      blocks.add(b);
    }
    JsonArrayBuilder earlier = Json.createArrayBuilder();
    for (DataSubjectFile.AnonymisationData a : f.anonymisations()) {
      earlier.add(
          Json.createObjectBuilder()
              .add("fecha", a.doneAt().toString())
              .add("por", a.doneBy())
              .add("motivo", a.reason())
              .add("casos", a.cases())
              .add("radicados", a.radicados()));
    }
    JsonObjectBuilder out =
        Json.createObjectBuilder()
            .add("generado", generatedAt.toString())
            .add(
                "fundamento",
                "Ley 1581 de 2012, art. 14: información vinculada con la identificación del"
                    + " titular")
            .add("casos", cases)
            .add("correos", messages)
            .add("adjuntos", files)
            .add("partesDeInvestigaciones", parties)
            .add("bloqueos", blocks)
            .add("anonimizaciones", earlier);
    if (f.legend() != null) {
      out.add(
          "reclamoEnTramite",
          Json.createObjectBuilder()
              .add("radicado", f.legend().radicado())
              .add("motivo", f.legend().reason())
              .add("desde", f.legend().since().toString()));
    }
    return out.build();
  }

  /** The file as a PDF for the answer to the consulta. */
  public static byte[] pdf(DataSubjectFile f, LocalDateTime generatedAt, String company) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.LETTER, 48, 48, 48, 48);
    Font title = new Font(Font.HELVETICA, 16, Font.BOLD);
    Font h = new Font(Font.HELVETICA, 12, Font.BOLD);
    Font text = new Font(Font.HELVETICA, 9);
    try {
      PdfWriter.getInstance(doc, out);
      doc.open();
      doc.add(new Paragraph(company == null ? "" : company, h));
      doc.add(new Paragraph("Datos personales del titular", title));
      doc.add(
          new Paragraph(
              "Respuesta a la consulta (Ley 1581 de 2012, art. 14). Generado el "
                  + STAMP.format(generatedAt)
                  + ".",
              text));
      if (f.legend() != null) {
        doc.add(
            new Paragraph(
                "Reclamo en trámite: " + f.legend().radicado() + " — " + f.legend().reason(), h));
      }
      doc.add(new Paragraph("Casos", h));
      PdfPTable table = new PdfPTable(new float[] {2, 2, 3, 3, 4});
      table.setWidthPercentage(100);
      for (String head : new String[] {"Radicado", "Tipo", "Titular", "Contacto", "Asunto"}) {
        table.addCell(new Paragraph(head, new Font(Font.HELVETICA, 9, Font.BOLD)));
      }
      for (DataSubjectFile.CaseData c : f.cases()) {
        table.addCell(new Paragraph(c.radicado(), text));
        table.addCell(new Paragraph(c.type(), text));
        table.addCell(
            new Paragraph(
                nz(c.names())
                    + (c.documentNumber() == null
                        ? ""
                        : "\n" + nz(c.documentType()) + " " + c.documentNumber()),
                text));
        table.addCell(
            new Paragraph(
                String.join("\n", nz(c.email()), nz(c.phone()), nz(c.address())).strip(), text));
        table.addCell(new Paragraph(nz(c.subject()), text));
      }
      doc.add(table);
      doc.add(new Paragraph("Correos: " + f.messages().size(), h));
      for (DataSubjectFile.MessageData m : f.messages()) {
        doc.add(
            new Paragraph(
                m.radicado()
                    + " · "
                    + STAMP.format(m.occurredAt())
                    + " · "
                    + nz(m.from())
                    + " · "
                    + nz(m.subject()),
                text));
      }
      doc.add(new Paragraph("Adjuntos: " + f.attachments().size(), h));
      for (DataSubjectFile.AttachmentData a : f.attachments()) {
        doc.add(
            new Paragraph(
                a.radicado() + " · " + a.fileName() + " · " + a.sizeBytes() + " B", text));
      }
      doc.add(new Paragraph("Partes de investigaciones: " + f.parties().size(), h));
      for (DataSubjectFile.PartyData p : f.parties()) {
        doc.add(
            new Paragraph(
                p.radicado() + " · " + p.kind() + " · " + p.names() + " · " + nz(p.document()),
                text));
      }
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static void opt(JsonObjectBuilder b, String name, Object value) {
    if (value != null) {
      b.add(name, value.toString());
    }
  }
}
