package co.ventanilla.documents;

import com.lowagie.text.Chunk;
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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The constancia de radicación: proof, for the petitioner, that a verbal or written petition was
 * filed, with its radicado, date and term. Seed 003 (COOTRAYAL) §3: "Si la Petición fuese
 * presentada en forma verbal y el solicitante requiere certificado en que conste su presentación,
 * el funcionario competente atenderá tal requerimiento a través de la expedición de la respectiva
 * constancia"; Ley 1755 de 2015, art. 15 (presentación y radicación de peticiones).
 *
 * @param fields label → value, printed in this order
 */
public record Constancia(
    String company, String title, String radicado, Map<String, String> fields, String footer) {

  public Constancia {
    fields = new LinkedHashMap<>(fields);
  }

  /** The constancia as an A4/Letter PDF (Letter: the paper size of Colombian offices). */
  public byte[] pdf() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.LETTER, 56, 56, 56, 56);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle(title + " " + radicado);
      doc.addCreator("Ventanilla");
      doc.open();
      Font companyFont = new Font(Font.HELVETICA, 13, Font.BOLD, new Color(11, 61, 92));
      Font titleFont = new Font(Font.HELVETICA, 16, Font.BOLD);
      Font radicadoFont = new Font(Font.COURIER, 15, Font.BOLD);
      Font label = new Font(Font.HELVETICA, 10, Font.BOLD);
      Font value = new Font(Font.HELVETICA, 10);
      Font small = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);

      doc.add(new Paragraph(company, companyFont));
      Paragraph heading = new Paragraph(title, titleFont);
      heading.setSpacingBefore(14);
      doc.add(heading);
      Paragraph number = new Paragraph(radicado, radicadoFont);
      number.setSpacingAfter(14);
      doc.add(number);

      PdfPTable table = new PdfPTable(new float[] {1.3f, 3f});
      table.setWidthPercentage(100);
      for (Map.Entry<String, String> f : fields.entrySet()) {
        table.addCell(cell(new Phrase(f.getKey(), label), new Color(238, 244, 248)));
        table.addCell(
            cell(new Phrase(f.getValue() == null ? "" : f.getValue(), value), Color.WHITE));
      }
      doc.add(table);

      Paragraph foot = new Paragraph(footer, small);
      foot.setSpacingBefore(18);
      foot.setAlignment(Element.ALIGN_JUSTIFIED);
      doc.add(foot);
      doc.add(new Paragraph(new Chunk(" ")));
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not write the constancia " + radicado, e);
    }
    return out.toByteArray();
  }

  private static PdfPCell cell(Phrase phrase, Color background) {
    PdfPCell cell = new PdfPCell(phrase);
    cell.setPadding(6);
    cell.setBackgroundColor(background);
    cell.setBorderColor(new Color(200, 210, 220));
    return cell;
  }
}
