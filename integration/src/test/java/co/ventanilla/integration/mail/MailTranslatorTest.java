package co.ventanilla.integration.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.cases.PqrsType;
import co.ventanilla.correspondence.AutomaticReason;
import co.ventanilla.correspondence.IncomingMail;
import co.ventanilla.correspondence.Mailbox;
import co.ventanilla.correspondence.RadicadoReferences;
import co.ventanilla.intake.SubmittedFile;
import jakarta.activation.DataHandler;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The translation of mails into {@link IncomingMail}: charsets, encoded headers and file names,
 * HTML, what counts as a file, automatic mail, and the radicado a reply quotes. Every mail is built
 * here, most byte by byte, because the point is what arrives on the wire.
 */
class MailTranslatorTest {

  private static final Mailbox SERVICIO = new Mailbox("servicio", null, null);
  private static final Charset CP1252 = Charset.forName("windows-1252");

  /** A mail from its lines, CRLF-separated, encoded in {@code charset} (8-bit where it says so). */
  private static byte[] raw(Charset charset, String... lines) {
    return (String.join("\r\n", lines) + "\r\n").getBytes(charset);
  }

  private static byte[] raw(String... lines) {
    return raw(StandardCharsets.UTF_8, lines);
  }

  private static IncomingMail translate(byte[] raw) throws Exception {
    return MailTranslator.translate(SERVICIO, raw, 25L * 1024 * 1024);
  }

  private static byte[] bytesOf(MimeMessage message) throws Exception {
    message.saveChanges();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    message.writeTo(out);
    return out.toByteArray();
  }

  @Test
  void utf8TextWithAccentsIsReadAsWritten() throws Exception {
    // given
    byte[] mail =
        raw(
            "From: Pedro Salazar <pedro@example.com>",
            "To: servicio@empresa.co",
            "Subject: Reclamo por la factura",
            "Message-ID: <a1@example.com>",
            "Date: Tue, 17 Mar 2026 10:15:00 -0500",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            "Atención: el señor del turno nocturno cobró dos veces. ¿Quién responde?");

    // when
    IncomingMail in = translate(mail);

    // then
    assertEquals(
        "Atención: el señor del turno nocturno cobró dos veces. ¿Quién responde?", in.text());
    assertEquals("pedro@example.com", in.fromAddress());
    assertEquals("Pedro Salazar", in.fromName());
    assertEquals("Reclamo por la factura", in.subject());
    assertEquals("mail:servicio:<a1@example.com>", in.sourceKey());
    assertEquals(Instant.parse("2026-03-17T15:15:00Z"), in.sentAt());
    assertNull(in.automatic());
    assertTrue(in.attachments().isEmpty());
  }

  @Test
  void iso88591BodyIsDecoded() throws Exception {
    byte[] mail =
        raw(
            StandardCharsets.ISO_8859_1,
            "From: ana@example.com",
            "Subject: Queja",
            "Content-Type: text/plain; charset=ISO-8859-1",
            "Content-Transfer-Encoding: 8bit",
            "",
            "El vigilante de la portería fue grosero; exijo atención.");

    assertEquals(
        "El vigilante de la portería fue grosero; exijo atención.", translate(mail).text());
  }

  @Test
  void windows1252LabelledAsIso88591KeepsCurlyQuotesAndEuro() throws Exception {
    // given: Outlook writes windows-1252 (“ ” €) and labels it ISO-8859-1
    byte[] mail =
        raw(
            CP1252,
            "From: ana@example.com",
            "Subject: Cobro",
            "Content-Type: text/plain; charset=iso-8859-1",
            "Content-Transfer-Encoding: 8bit",
            "",
            "Me cobraron “servicio extra” de 20 € sin aviso.");

    assertEquals("Me cobraron “servicio extra” de 20 € sin aviso.", translate(mail).text());
  }

  @Test
  void quotedPrintableWindows1252IsDecoded() throws Exception {
    byte[] mail =
        raw(
            "From: ana@example.com",
            "Subject: Sugerencia",
            "Content-Type: text/plain; charset=windows-1252",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            "Sugiero m=E1s se=F1ales en el parqueadero =96 gracias.");

    assertEquals("Sugiero más señales en el parqueadero – gracias.", translate(mail).text());
  }

  @Test
  void bodyWithoutCharsetIsUtf8WhenValidElseWindows1252() throws Exception {
    byte[] utf8 = raw("From: a@example.com", "Subject: x", "", "Conversación en la recepción");
    byte[] latin =
        raw(CP1252, "From: a@example.com", "Subject: x", "", "Conversación en la recepción");

    assertEquals("Conversación en la recepción", translate(utf8).text());
    assertEquals("Conversación en la recepción", translate(latin).text());
  }

  @Test
  void rfc2047SubjectAndSenderNameAreDecoded() throws Exception {
    // given: two adjacent encoded words (RFC 2047 §6.2: the space between them is dropped)
    byte[] mail =
        raw(
            "From: =?UTF-8?Q?Jos=C3=A9_P=C3=A9rez?= <jose@example.com>",
            "Subject: =?ISO-8859-1?Q?Queja_por_atenci=F3n_en_la_porter=EDa?=",
            " =?UTF-8?B?IGRlbCBlZGlmaWNpbyBOb3J0ZQ==?=",
            "",
            "texto");

    // when
    IncomingMail in = translate(mail);

    // then
    assertEquals("Queja por atención en la portería del edificio Norte", in.subject());
    assertEquals("José Pérez", in.fromName());
    assertEquals("jose@example.com", in.fromAddress());
  }

  @Test
  void rawEightBitUtf8HeadersAreRead() throws Exception {
    // RFC 6532 style: UTF-8 straight in the header, no encoded words
    byte[] mail =
        raw(
            "From: Muñoz Peña <munoz@example.com>",
            "Subject: Petición de copia del contrato",
            "",
            "texto");

    IncomingMail in = translate(mail);

    assertEquals("Petición de copia del contrato", in.subject());
    assertEquals("Muñoz Peña", in.fromName());
  }

  @Test
  void rfc2231FileNameIsDecoded() throws Exception {
    byte[] mail =
        raw(
            "From: ana@example.com",
            "Subject: Evidencia",
            "MIME-Version: 1.0",
            "Content-Type: multipart/mixed; boundary=\"b1\"",
            "",
            "--b1",
            "Content-Type: text/plain; charset=UTF-8",
            "",
            "Adjunto la evidencia.",
            "--b1",
            "Content-Type: application/pdf",
            "Content-Disposition: attachment; filename*=UTF-8''evidencia_a%C3%B1o.pdf",
            "Content-Transfer-Encoding: base64",
            "",
            Base64.getEncoder().encodeToString("%PDF-1.4 prueba".getBytes(StandardCharsets.UTF_8)),
            "--b1",
            "Content-Type: image/jpeg",
            "Content-Disposition: attachment;",
            " filename*0*=ISO-8859-1''foto_porter%EDa_;",
            " filename*1=noche.jpg",
            "Content-Transfer-Encoding: base64",
            "",
            Base64.getEncoder()
                .encodeToString(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1}),
            "--b1--");

    // when
    IncomingMail in = translate(mail);

    // then
    assertEquals("Adjunto la evidencia.", in.text());
    assertEquals(
        List.of("evidencia_año.pdf", "foto_portería_noche.jpg"),
        in.attachments().stream().map(SubmittedFile::fileName).toList());
    assertEquals("application/pdf", in.attachments().get(0).mediaType());
    assertEquals(
        "%PDF-1.4 prueba", new String(in.attachments().get(0).content(), StandardCharsets.UTF_8));
    assertEquals("image/jpeg", in.attachments().get(1).mediaType());
  }

  @Test
  void rfc2047FileNameAsOutlookWritesItIsDecoded() throws Exception {
    byte[] mail =
        raw(
            "From: ana@example.com",
            "Subject: Evidencia",
            "Content-Type: multipart/mixed; boundary=b2",
            "",
            "--b2",
            "Content-Type: text/plain",
            "",
            "Ver adjunto",
            "--b2",
            "Content-Type: application/pdf; name=\"=?UTF-8?B?ZXZpZGVuY2lhX2HDsW8ucGRm?=\"",
            "Content-Disposition: attachment; filename=\"=?UTF-8?B?ZXZpZGVuY2lhX2HDsW8ucGRm?=\"",
            "Content-Transfer-Encoding: base64",
            "",
            Base64.getEncoder().encodeToString("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)),
            "--b2--");

    assertEquals("evidencia_año.pdf", translate(mail).attachments().get(0).fileName());
  }

  @Test
  void fileNamesBuiltByJakartaMailRoundTrip() throws Exception {
    // given: a mail written by Jakarta Mail itself (RFC 2231 parameters)
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
    message.setFrom(new InternetAddress("ana@example.com", "Ana Muñoz", "UTF-8"));
    message.setSubject("Evidencia del daño", "UTF-8");
    MimeBodyPart text = new MimeBodyPart();
    text.setText("Adjunto fotos del daño.", "UTF-8");
    MimeBodyPart pdf = new MimeBodyPart();
    pdf.setDataHandler(
        new DataHandler(new ByteArrayDataSource("%PDF-1.7".getBytes(), "application/pdf")));
    pdf.setFileName("evidencia_año.pdf");
    message.setContent(new MimeMultipart(text, pdf));

    // when
    IncomingMail in = translate(bytesOf(message));

    // then
    assertEquals("Evidencia del daño", in.subject());
    assertEquals("Ana Muñoz", in.fromName());
    assertEquals("Adjunto fotos del daño.", in.text());
    assertEquals("evidencia_año.pdf", in.attachments().get(0).fileName());
  }

  @Test
  void htmlOnlyMailBecomesPlainTextWithoutMarkupOrScripts() throws Exception {
    byte[] mail =
        raw(
            "From: ana@example.com",
            "Subject: Queja",
            "Content-Type: text/html; charset=UTF-8",
            "",
            "<html><head><title>t</title><style>p{color:red}</style></head><body>",
            "<script>alert('x')</script>",
            "<p>Buenos d&iacute;as,</p><p>El guarda <b>no</b> dej&oacute; entrar<br>a mi madre.</p>",
            "<ul><li>Fecha: 3 de marzo</li><li>Sede: Norte</li></ul>",
            "<div>Gracias &amp; saludos</div><!-- comentario --></body></html>");

    String text = translate(mail).text();

    assertEquals(
        "Buenos días,\nEl guarda no dejó entrar\na mi madre.\n- Fecha: 3 de marzo\n"
            + "- Sede: Norte\nGracias & saludos",
        text);
    assertFalse(text.contains("<"));
    assertFalse(text.contains("alert"));
    assertFalse(text.contains("color"));
  }

  @Test
  void htmlWithoutDeclaredCharsetUsesItsMetaCharset() throws Exception {
    byte[] mail =
        raw(
            CP1252,
            "From: ana@example.com",
            "Subject: x",
            "Content-Type: text/html",
            "",
            "<html><head><meta charset=\"windows-1252\"></head><body>Atención</body></html>");

    assertEquals("Atención", translate(mail).text());
  }

  @Test
  void alternativeReadsThePlainTextAndKeepsTheImagePastedInTheHtml() throws Exception {
    byte[] mail =
        raw(
            "From: ana@example.com",
            "Subject: Foto",
            "Content-Type: multipart/alternative; boundary=alt",
            "",
            "--alt",
            "Content-Type: text/plain; charset=UTF-8",
            "",
            "Ver la foto del daño.",
            "--alt",
            "Content-Type: multipart/related; boundary=rel",
            "",
            "--rel",
            "Content-Type: text/html; charset=UTF-8",
            "",
            "<p>Ver la foto del <b>daño</b>.</p><img src=\"cid:foto1\">",
            "--rel",
            "Content-Type: image/png",
            "Content-ID: <foto1>",
            "Content-Transfer-Encoding: base64",
            "",
            "iVBORw0KGgo=",
            "--rel--",
            "--alt--");

    IncomingMail in = translate(mail);

    assertEquals("Ver la foto del daño.", in.text());
    assertEquals(1, in.attachments().size());
    assertEquals("image/png", in.attachments().get(0).mediaType());
    assertTrue(in.attachments().get(0).fileName().startsWith("adjunto-1"));
  }

  @Test
  void anAttachedMailIsKeptAsAnEmlFile() throws Exception {
    byte[] mail =
        raw(
            "From: ana@example.com",
            "Subject: Reenvío",
            "Content-Type: multipart/mixed; boundary=m",
            "",
            "--m",
            "Content-Type: text/plain",
            "",
            "Les reenvío el correo del supervisor.",
            "--m",
            "Content-Type: message/rfc822",
            "",
            "From: supervisor@empresa.co",
            "Subject: Turnos",
            "",
            "Los turnos cambian.",
            "--m--");

    IncomingMail in = translate(mail);

    assertEquals("Les reenvío el correo del supervisor.", in.text());
    assertEquals(1, in.attachments().size());
    assertTrue(in.attachments().get(0).fileName().endsWith(".eml"));
    assertTrue(
        new String(in.attachments().get(0).content(), StandardCharsets.UTF_8)
            .contains("Los turnos cambian."));
  }

  @Test
  void aBrokenMultipartIsReadAsTextRatherThanRefused() throws Exception {
    byte[] mail =
        raw(
            "From: ana@example.com",
            "Subject: Roto",
            "Content-Type: multipart/mixed; boundary=nunca",
            "",
            "El límite nunca aparece en el cuerpo.");

    assertEquals("El límite nunca aparece en el cuerpo.", translate(mail).text());
  }

  @Test
  void withoutMessageIdTheKeyIsTheHashOfTheRawMail() throws Exception {
    byte[] mail = raw("From: a@example.com", "Subject: x", "", "uno");
    byte[] other = raw("From: a@example.com", "Subject: x", "", "dos");

    IncomingMail in = translate(mail);

    assertTrue(in.sourceKey().startsWith("mail:servicio:sha256:"));
    assertEquals(in.sourceKey(), translate(mail).sourceKey());
    assertFalse(in.sourceKey().equals(translate(other).sourceKey()));
    assertNull(in.messageId());
    assertNull(in.sentAt());
  }

  @Test
  void aMailWithoutSubjectOrFromStillTranslates() throws Exception {
    IncomingMail in = translate(raw("Message-ID: <x@y>", "", "solo texto"));

    assertNull(in.subject());
    assertNull(in.fromAddress());
    assertEquals("solo texto", in.text());
  }

  @Test
  void anOversizedMailKeepsItsTextButNoFiles() throws Exception {
    byte[] mail =
        raw(
            "From: ana@example.com",
            "Subject: Video",
            "Content-Type: multipart/mixed; boundary=v",
            "",
            "--v",
            "Content-Type: text/plain",
            "",
            "Adjunto el video.",
            "--v",
            "Content-Type: video/mp4",
            "Content-Disposition: attachment; filename=video.mp4",
            "Content-Transfer-Encoding: base64",
            "",
            Base64.getEncoder().encodeToString(new byte[4096]),
            "--v--");

    IncomingMail in = MailTranslator.translate(SERVICIO, mail, 1024);

    assertTrue(in.oversized());
    assertEquals("Adjunto el video.", in.text());
    assertTrue(in.attachments().isEmpty());
    assertEquals(mail.length, in.raw().length);
  }

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "none",
      value = {
        "Auto-Submitted | auto-replied | AUTO_REPLY",
        "Auto-Submitted | Auto-Generated; owner-email=x@y | AUTO_REPLY",
        "Auto-Submitted | no | none",
        "X-Auto-Response-Suppress | OOF, AutoReply | AUTO_REPLY",
        "X-Auto-Response-Suppress | None | none",
        "X-Autoreply | yes | AUTO_REPLY",
        "Precedence | auto_reply | AUTO_REPLY",
        "Precedence | bulk | LIST_OR_BULK",
        "Precedence | list | LIST_OR_BULK",
        "Precedence | junk | LIST_OR_BULK",
        "List-Id | Vecinos <vecinos.example.com> | LIST_OR_BULK",
        "X-Loop | pqrs@empresa.co | LOOP",
        "X-Ventanilla-Radicado | 2026-000042 | OWN_MAIL",
        "Return-Path | <> | BOUNCE",
        "X-Failed-Recipients | nadie@example.com | BOUNCE",
        "X-Mailer | Thunderbird | none"
      })
  void automaticMailIsRecognisedByItsHeaders(String header, String value, AutomaticReason reason)
      throws Exception {
    byte[] mail =
        raw(
            "From: Ana <ana@example.com>",
            header + ": " + value,
            "Subject: Respuesta automática: Radicado 2026-000042",
            "",
            "Estoy fuera de la oficina.");

    assertEquals(reason, translate(mail).automatic());
  }

  @Test
  void deliveryStatusReportIsABounce() throws Exception {
    byte[] mail =
        raw(
            "From: Mail Delivery System <MAILER-DAEMON@mx.example.com>",
            "Subject: Undelivered Mail Returned to Sender",
            "Content-Type: multipart/report; report-type=delivery-status; boundary=r",
            "",
            "--r",
            "Content-Type: text/plain",
            "",
            "No se pudo entregar el mensaje.",
            "--r",
            "Content-Type: message/delivery-status",
            "",
            "Reporting-MTA: dns; mx.example.com",
            "",
            "Final-Recipient: rfc822; nadie@example.com",
            "Action: failed",
            "Status: 5.1.1",
            "--r--");

    assertEquals(AutomaticReason.BOUNCE, translate(mail).automatic());
  }

  @Test
  void readReceiptIsRecognised() throws Exception {
    byte[] mail =
        raw(
            "From: ana@example.com",
            "Subject: Leído: Radicado 2026-000042",
            "Content-Type: multipart/report; report-type=disposition-notification; boundary=r",
            "",
            "--r",
            "Content-Type: text/plain",
            "",
            "Su mensaje fue leído.",
            "--r",
            "Content-Type: message/disposition-notification",
            "",
            "Disposition: manual-action/MDN-sent-manually; displayed",
            "--r--");

    assertEquals(AutomaticReason.READ_RECEIPT, translate(mail).automatic());
  }

  @Test
  void theRadicadoOfAReplyIsFoundInTheSubjectOrTheQuotedHtmlBody() throws Exception {
    // given: a reply whose subject lost the radicado, quoting our acknowledgement in HTML (QP)
    byte[] mail =
        raw(
            "From: pedro@example.com",
            "Subject: RE: Su solicitud",
            "Content-Type: text/html; charset=UTF-8",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            "<p>Adjunto lo que pidieron.</p><blockquote>Su caso qued=C3=B3 radicado con el =",
            "n=C3=BAmero <b>PQRS-2026-000042</b>.</blockquote>");

    // when
    IncomingMail in = translate(mail);

    // then
    assertEquals(
        List.of("PQRS-2026-000042", "2026-000042"),
        RadicadoReferences.candidates(in.subject(), in.text(), "PQRS-"));
    assertEquals(
        List.of("2026-000042"), RadicadoReferences.candidates("Radicado 2026-000042", "", null));
  }

  @Test
  void theMailboxDecidesNothingHereButTravelsWithTheMail() throws Exception {
    Mailbox denuncias = new Mailbox("denuncias", PqrsType.DENUNCIA, "Sede Norte");

    IncomingMail in =
        MailTranslator.translate(
            denuncias, raw("Message-ID: <d1@x>", "From: a@example.com", "", "t"), 0);

    assertEquals(denuncias, in.mailbox());
    assertEquals("mail:denuncias:<d1@x>", in.sourceKey());
    assertFalse(in.oversized());
  }
}
