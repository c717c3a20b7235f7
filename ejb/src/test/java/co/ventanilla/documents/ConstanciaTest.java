package co.ventanilla.documents;

import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.calendar.BusinessCalendar;
import co.ventanilla.cases.CaseFilter;
import co.ventanilla.cases.CaseRepository;
import co.ventanilla.cases.CaseSort;
import co.ventanilla.cases.CaseSummary;
import co.ventanilla.cases.CaseVisibility;
import co.ventanilla.cases.Channel;
import co.ventanilla.cases.InboxCount;
import co.ventanilla.cases.Petitioner;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.cases.Radicado;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConstanciaTest {

  private static PqrsCase phoneCall(boolean anonymous) {
    PqrsCase c =
        PqrsCase.file(
            new Radicado("", 2026, 42),
            "K7P2M9QX4A",
            PqrsType.PETICION,
            Channel.PHONE,
            new Petitioner(
                anonymous ? null : "José Ñáñez Córdoba",
                "CC",
                anonymous ? null : "79555444",
                null,
                "3105556677",
                null,
                anonymous),
            "Medellín",
            "Copia del acta de la visita",
            "Solicito copia del acta de la visita del 3 de marzo.",
            LocalDateTime.of(2026, 3, 17, 9, 30),
            "teléfono",
            "recepcion.ana");
    c.startTerm(15, BusinessCalendar.colombia());
    return c;
  }

  private static String text(byte[] pdf) throws Exception {
    PdfReader reader = new PdfReader(pdf);
    StringBuilder all = new StringBuilder();
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      all.append(extractor.getTextFromPage(page)).append('\n');
    }
    return all.toString();
  }

  private static CaseDocuments documents(PqrsCase c) {
    return new CaseDocuments(new OneCase(c), "DEAS Ltda.", "https://pqrs.deas.example/");
  }

  @Test
  void theConstanciaOfAVerbalPetitionShowsWhatWasFiledAndByWhenItWillBeAnswered() throws Exception {
    // when
    String text = text(documents(phoneCall(false)).constanciaPdf("2026-000042").orElseThrow());

    // then
    assertTrue(text.contains("DEAS Ltda."), text);
    assertTrue(text.contains("Constancia de radicación"), text);
    assertTrue(text.contains("2026-000042"), text);
    assertTrue(text.contains("José Ñáñez Córdoba"), text);
    assertTrue(text.contains("CC 79555444"), text);
    assertTrue(text.contains("Teléfono"), text);
    assertTrue(text.contains("17/03/2026 09:30"), text);
    assertTrue(text.contains("10/04/2026"), text); // 15 business days, Ley 1755 art. 14
    assertTrue(text.contains("K7P2M9QX4A"), text);
    assertTrue(text.contains("recepcion.ana"), text);
    assertTrue(text.contains("Ley 1755 de 2015, art. 15"), text);
  }

  /**
   * The status address is a link whatever the line breaks (a copied address lost its dash and then
   * found nothing), and a QR code.
   */
  @Test
  void theStatusPageIsAClickableLinkWithTheWholeAddressAndAQrCode() throws Exception {
    byte[] pdf = documents(phoneCall(false)).constanciaPdf("2026-000042").orElseThrow();

    com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
    try {
      java.util.List<String> uris = new java.util.ArrayList<>();
      com.lowagie.text.pdf.PdfArray annotations =
          reader.getPageN(1).getAsArray(com.lowagie.text.pdf.PdfName.ANNOTS);
      for (int i = 0; annotations != null && i < annotations.size(); i++) {
        com.lowagie.text.pdf.PdfDictionary a = annotations.getAsDict(i);
        com.lowagie.text.pdf.PdfDictionary action = a.getAsDict(com.lowagie.text.pdf.PdfName.A);
        if (action != null) {
          uris.add(action.getAsString(com.lowagie.text.pdf.PdfName.URI).toUnicodeString());
        }
      }
      assertTrue(
          uris.contains(
              "https://pqrs.deas.example/consulta.xhtml?radicado=2026-000042&codigo=K7P2M9QX4A"),
          uris.toString());
      com.lowagie.text.pdf.PdfDictionary resources =
          reader.getPageN(1).getAsDict(com.lowagie.text.pdf.PdfName.RESOURCES);
      assertTrue(
          resources.getAsDict(com.lowagie.text.pdf.PdfName.XOBJECT) != null,
          "the QR code is drawn as a form XObject");
    } finally {
      reader.close();
    }
  }

  @Test
  void anAnonymousConstanciaCarriesNoPersonalData() throws Exception {
    String text = text(documents(phoneCall(true)).constanciaPdf("2026-000042").orElseThrow());

    assertTrue(text.contains("Anónimo"), text);
    assertTrue(!text.contains("79555444"), text);
  }

  @Test
  void anUnknownRadicadoHasNoConstancia() {
    assertTrue(documents(phoneCall(false)).constanciaPdf("2026-999999").isEmpty());
  }

  /** A repository holding one case. */
  private record OneCase(PqrsCase c) implements CaseRepository {
    @Override
    public void store(PqrsCase pqrsCase) {}

    @Override
    public Optional<PqrsCase> findByRadicado(String radicado) {
      return c.radicado().equals(radicado) ? Optional.of(c) : Optional.empty();
    }

    @Override
    public InboxCount count(
        CaseFilter filter, CaseVisibility visibility, LocalDate today, boolean withPetitioner) {
      return new InboxCount(List.of(1L));
    }

    @Override
    public java.util.Map<String, Long> countBy(
        CaseFilter filter,
        CaseVisibility visibility,
        LocalDate today,
        co.ventanilla.cases.CaseDimension dimension) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<CaseSummary> page(
        CaseFilter filter,
        CaseVisibility visibility,
        LocalDate today,
        boolean withPetitioner,
        CaseSort sort,
        int first,
        int size,
        InboxCount known) {
      return List.of();
    }
  }
}
