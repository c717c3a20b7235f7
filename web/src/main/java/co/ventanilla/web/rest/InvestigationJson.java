package co.ventanilla.web.rest;

import co.ventanilla.investigations.Codes;
import co.ventanilla.investigations.IntegrityReport;
import co.ventanilla.investigations.InvestigationFile;
import co.ventanilla.investigations.InvestigationSummary;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Investigations as the API writes them, in Spanish field names. Built from {@link
 * InvestigationFile}, so a protected party the caller may not see is already its pseudonym.
 */
final class InvestigationJson {

  private InvestigationJson() {}

  static JsonObject summary(InvestigationSummary s) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("id", s.id())
            .add("radicado", s.radicado())
            .add("modalidad", Codes.code(s.modality()))
            .add("estado", Codes.code(s.status()))
            .add("abierta", s.openedAt().toString())
            .add("miembros", s.members())
            .add("evidencias", s.evidence())
            .add("tareasVencidas", s.overdueTasks());
    opt(b, "preside", s.chair());
    return b.build();
  }

  static JsonObject file(InvestigationFile f) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("id", f.id())
            .add("radicado", f.radicado())
            .add("modalidad", Codes.code(f.modality()))
            .add("motivo", f.reason())
            .add("estado", Codes.code(f.status()))
            .add("abiertaPor", f.openedBy())
            .add("abierta", f.openedAt().toString());
    InvestigationFile.Facts x = f.facts();
    JsonObjectBuilder facts = Json.createObjectBuilder();
    opt(facts, "fecha", x.occurredAt());
    opt(facts, "sede", x.agency());
    opt(facts, "cliente", x.client());
    opt(facts, "puesto", x.post());
    opt(facts, "relato", x.narrative());
    opt(facts, "guardasDeTurno", x.guardsOnDuty());
    opt(facts, "minuta", x.minutaReference());
    opt(facts, "aseguradora", x.insurer());
    opt(facts, "poliza", x.policyNumber());
    opt(facts, "reclamacion", x.claimNumber());
    b.add("hechos", facts);
    JsonArrayBuilder members = Json.createArrayBuilder();
    f.members()
        .forEach(
            m ->
                members.add(
                    Json.createObjectBuilder()
                        .add("usuario", m.userName())
                        .add("rol", Codes.code(m.role()))
                        .add("preside", m.chair())));
    b.add("comite", members);
    JsonArrayBuilder losses = Json.createArrayBuilder();
    f.losses()
        .forEach(
            l ->
                losses.add(
                    Json.createObjectBuilder()
                        .add("tipo", Codes.code(l.kind()))
                        .add("descripcion", l.description())
                        .add("valor", l.amount())));
    b.add("perdidas", losses).add("perdidaNeta", f.netLoss());
    JsonArrayBuilder parties = Json.createArrayBuilder();
    f.parties()
        .forEach(
            p -> {
              JsonObjectBuilder pb =
                  Json.createObjectBuilder()
                      .add("id", p.id())
                      .add("tipo", Codes.code(p.kind()))
                      .add("etiqueta", p.label())
                      .add("protegida", p.protectedParty())
                      .add("nombre", p.names());
              opt(pb, "documento", p.document());
              opt(pb, "contacto", p.contact());
              parties.add(pb);
            });
    b.add("partes", parties);
    JsonArrayBuilder evidence = Json.createArrayBuilder();
    f.evidence().forEach(e -> evidence.add(evidence(e)));
    b.add("evidencias", evidence);
    JsonArrayBuilder sessions = Json.createArrayBuilder();
    f.sessions()
        .forEach(
            s -> {
              JsonObjectBuilder sb =
                  Json.createObjectBuilder()
                      .add("id", s.id())
                      .add("numero", s.number())
                      .add("version", s.version())
                      .add("fecha", s.heldOn().toString())
                      .add("estado", Codes.code(s.status()));
              opt(sb, "sha256", s.contentSha256());
              sessions.add(sb);
            });
    b.add("sesiones", sessions);
    JsonArrayBuilder documents = Json.createArrayBuilder();
    f.documents()
        .forEach(
            d ->
                documents.add(
                    Json.createObjectBuilder()
                        .add("id", d.id())
                        .add("nombre", d.name())
                        .add("recibido", d.receivedAt() != null)));
    b.add("documentos", documents);
    InvestigationFile.Conclusions c = f.conclusions();
    JsonObjectBuilder conclusions = Json.createObjectBuilder();
    opt(conclusions, "causa", c.cause());
    opt(conclusions, "reclamacion", Codes.code(c.claimDecision()));
    opt(conclusions, "valorReconocido", c.claimAmount());
    b.add("conclusiones", conclusions);
    JsonArrayBuilder timeline = Json.createArrayBuilder();
    f.timeline()
        .forEach(
            t ->
                timeline.add(
                    Json.createObjectBuilder()
                        .add("fecha", t.at().toString())
                        .add("quien", t.actor())
                        .add("que", t.text())));
    b.add("lineaDeTiempo", timeline);
    return b.build();
  }

  static JsonObject evidence(InvestigationFile.EvidenceView e) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("id", e.id())
            .add("numero", e.number())
            .add("tipo", Codes.code(e.kind()))
            .add("descripcion", e.description())
            .add("agregadaPor", e.addedBy())
            .add("agregada", e.addedAt().toString())
            .add("reemplazada", e.superseded());
    opt(b, "fuente", e.source());
    opt(b, "archivo", e.fileName());
    opt(b, "tipoDeContenido", e.mediaType());
    opt(b, "tamano", e.size());
    opt(b, "sha256", e.sha256());
    return b.build();
  }

  static JsonObject integrity(IntegrityReport r) {
    JsonArrayBuilder altered = Json.createArrayBuilder();
    r.altered()
        .forEach(
            a ->
                altered.add(
                    Json.createObjectBuilder()
                        .add("id", a.evidenceId())
                        .add("numero", a.number())
                        .add("archivo", a.fileName() == null ? "" : a.fileName())
                        .add("sha256Registrado", a.expected())
                        .add("sha256Actual", a.actual())));
    return Json.createObjectBuilder()
        .add("verificadas", r.verified())
        .add("alteradas", altered)
        .build();
  }

  private static void opt(JsonObjectBuilder b, String name, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof Number n && !(value instanceof java.math.BigDecimal)) {
      b.add(name, n.longValue());
    } else if (value instanceof java.math.BigDecimal d) {
      b.add(name, d);
    } else {
      b.add(name, value.toString());
    }
  }
}
