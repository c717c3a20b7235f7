package co.ventanilla.documents;

import co.ventanilla.cases.CaseRepository;
import co.ventanilla.cases.CaseTexts;
import co.ventanilla.cases.Petitioner;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.config.ConfigKeys;
import co.ventanilla.terms.TermLaw;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Documents about one case, built from what is stored; texts in Spanish from the bundle. */
@Stateless
public class CaseDocuments {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final int DESCRIPTION_MAX = 1500;

  @Inject CaseRepository cases;

  @Inject
  @ConfigProperty(name = ConfigKeys.COMPANY_NAME, defaultValue = "Ventanilla")
  String company;

  @Inject
  @ConfigProperty(name = ConfigKeys.PUBLIC_URL, defaultValue = "http://localhost:8080/")
  String publicUrl;

  public CaseDocuments() {}

  /** For use outside a container. */
  public CaseDocuments(CaseRepository cases, String company, String publicUrl) {
    this.cases = cases;
    this.company = company;
    this.publicUrl = publicUrl;
  }

  /** The constancia de radicación of {@code radicado} as PDF, when the case exists. */
  public Optional<byte[]> constanciaPdf(String radicado) {
    return cases.findByRadicado(radicado).map(c -> constancia(c).pdf());
  }

  /** The constancia of a case: what was filed, when, how, and by when it will be answered. */
  public Constancia constancia(PqrsCase c) {
    Petitioner p = c.petitioner();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(text("constancia.receivedAt"), c.receivedAt().format(DATE_TIME));
    fields.put(text("constancia.channel"), text("channel." + c.channel().name()));
    fields.put(text("constancia.type"), capitalized(text("type." + c.type().name())));
    fields.put(
        text("constancia.petitioner"),
        p.anonymous() || p.names() == null ? text("constancia.anonymous") : p.names());
    if (!p.anonymous() && p.documentNumber() != null) {
      fields.put(
          text("constancia.document"),
          (p.documentType() == null ? "" : p.documentType() + " ") + p.documentNumber());
    }
    if (c.agency() != null) {
      fields.put(text("constancia.agency"), c.agency());
    }
    fields.put(text("constancia.subject"), c.subject());
    fields.put(text("constancia.description"), shortened(c.description()));
    fields.put(
        text("constancia.term"),
        c.dueDate() == null
            ? text("constancia.noTerm")
            : text(
                "constancia.dueBy",
                c.dueDate().format(DATE),
                c.termDays(),
                TermLaw.of(c.type()).termBasis()));
    fields.put(text("constancia.trackingCode"), c.trackingCode());
    String status =
        (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/")
            + "consulta.xhtml?radicado="
            + c.radicado()
            + "&codigo="
            + c.trackingCode();
    fields.put(text("constancia.registeredBy"), c.history().get(0).actor());
    return new Constancia(
        company,
        text("constancia.title"),
        c.radicado(),
        fields,
        text("constancia.footer"),
        text("constancia.status"),
        status);
  }

  private static String shortened(String description) {
    return description.length() <= DESCRIPTION_MAX
        ? description
        : description.substring(0, DESCRIPTION_MAX) + "…";
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String text(String key, Object... args) {
    return CaseTexts.spanish(key, args);
  }
}
