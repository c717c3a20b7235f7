package co.ventanilla.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Anchor;
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
import com.lowagie.text.pdf.PdfTemplate;
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
 * <p>The status page's address is printed as a link (clickable in the PDF, whole however the line
 * breaks) and as a QR code for a phone's camera, so nobody has to retype it.
 *
 * @param fields label → value, printed in this order
 * @param statusLabel the label of the status page's address
 * @param statusUrl the public status page of this case with its tracking code; null: none printed
 */
public record Constancia(
    String company,
    String title,
    String radicado,
    Map<String, String> fields,
    String footer,
    String statusLabel,
    String statusUrl) {

  /** A constancia without the status page's address. */
  public Constancia(
      String company, String title, String radicado, Map<String, String> fields, String footer) {
    this(company, title, radicado, fields, footer, null, null);
  }

  public Constancia {
    fields = new LinkedHashMap<>(fields);
  }

  /** The constancia as an A4/Letter PDF (Letter: the paper size of Colombian offices). */
  public byte[] pdf() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.LETTER, 56, 56, 56, 56);
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, out);
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
      if (statusUrl != null) {
        doc.add(statusBlock(writer, label, small));
      }

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

  /** The status page's address: a QR code beside the label and the clickable address. */
  private PdfPTable statusBlock(PdfWriter writer, Font label, Font small) throws DocumentException {
    PdfPTable block = new PdfPTable(new float[] {1f, 3.3f});
    block.setWidthPercentage(100);
    block.setSpacingBefore(12);
    PdfPCell qr = new PdfPCell(Image.getInstance(qrCode(writer, statusUrl, 96)));
    qr.setBorder(PdfPCell.NO_BORDER);
    qr.setPadding(4);
    block.addCell(qr);
    Paragraph text = new Paragraph(statusLabel == null ? "" : statusLabel, label);
    Font link = new Font(Font.HELVETICA, 9, Font.UNDERLINE, new Color(11, 106, 162));
    Anchor anchor = new Anchor(statusUrl, link);
    anchor.setReference(statusUrl);
    Paragraph address = new Paragraph();
    address.add(anchor);
    address.setSpacingBefore(4);
    PdfPCell right = new PdfPCell();
    right.setBorder(PdfPCell.NO_BORDER);
    right.setVerticalAlignment(Element.ALIGN_MIDDLE);
    right.addElement(text);
    right.addElement(address);
    right.addElement(new Paragraph(radicado, small));
    block.addCell(right);
    return block;
  }

  /**
   * {@code content} as a QR code (ISO/IEC 18004, error correction M), drawn as vector squares in a
   * {@code size}-point template: sharp at any print resolution.
   */
  static PdfTemplate qrCode(PdfWriter writer, String content, float size) {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  content,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      2,
                      EncodeHintType.CHARACTER_SET,
                      "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalStateException("Could not encode a QR code of " + content, e);
    }
    int n = matrix.getWidth();
    float module = size / n;
    PdfTemplate t = writer.getDirectContent().createTemplate(size, size);
    t.setColorFill(Color.BLACK);
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        if (matrix.get(x, y)) {
          t.rectangle(x * module, size - (y + 1) * module, module, module);
        }
      }
    }
    t.fill();
    return t;
  }

  private static PdfPCell cell(Phrase phrase, Color background) {
    PdfPCell cell = new PdfPCell(phrase);
    cell.setPadding(6);
    cell.setBackgroundColor(background);
    cell.setBorderColor(new Color(200, 210, 220));
    return cell;
  }
}
