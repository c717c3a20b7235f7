package co.ventanilla.web.rest;

import co.ventanilla.improvement.Acpm;
import co.ventanilla.improvement.AcpmAction;
import co.ventanilla.improvement.AcpmFigures;
import co.ventanilla.improvement.AcpmHistoryEntry;
import co.ventanilla.improvement.AcpmNote;
import co.ventanilla.improvement.AcpmProposal;
import co.ventanilla.improvement.AcpmRuleViolation;
import co.ventanilla.improvement.Analysis;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON of the ACPM API: entries, proposals, figures, and the reading of request bodies. */
final class AcpmJson {

  private AcpmJson() {}

  static JsonObject acpm(Acpm a, LocalDate today) {
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("id", a.id())
            .add("numero", a.number())
            .add("origen", a.origin().name().toLowerCase(Locale.ROOT))
            .add("tipo", a.type().name().toLowerCase(Locale.ROOT))
            .add("estado", a.status().name().toLowerCase(Locale.ROOT))
            .add("descripcion", a.description())
            .add("abierta", a.createdAt().toString())
            .add("abiertaPor", a.createdBy())
            .add("vencida", a.overdue(today));
    put(o, "proceso", a.area() == null ? null : a.area().name());
    put(o, "sede", a.agency());
    put(o, "causa", a.cause() == null ? null : a.cause().code());
    JsonArrayBuilder radicados = Json.createArrayBuilder();
    a.sourceRadicados().forEach(radicados::add);
    o.add("radicados", radicados);
    if (a.sourceInvestigationId() != null) {
      o.add("investigacion", a.sourceInvestigationId());
    }
    put(o, "referencia", a.sourceReference());
    o.add("analisis", analysis(a.analysis()));
    JsonArrayBuilder actions = Json.createArrayBuilder();
    for (AcpmAction x : a.actions()) {
      actions.add(
          Json.createObjectBuilder()
              .add("numero", x.number())
              .add("descripcion", x.description())
              .add("responsable", x.owner())
              .add("fechaCompromiso", x.dueDate().toString())
              .add("estado", x.status().name().toLowerCase(Locale.ROOT))
              .add("vencida", x.overdue(today)));
    }
    o.add("acciones", actions);
    JsonArrayBuilder notes = Json.createArrayBuilder();
    for (AcpmNote n : a.notes()) {
      notes.add(
          Json.createObjectBuilder()
              .add("autor", n.author())
              .add("fecha", n.writtenAt().toString())
              .add("texto", n.text()));
    }
    o.add("seguimiento", notes);
    if (a.verifiedAt() != null) {
      JsonObjectBuilder v =
          Json.createObjectBuilder()
              .add("por", a.verifiedBy())
              .add("fecha", a.verifiedAt().toString())
              .add("eficaz", Boolean.TRUE.equals(a.verificationEffective()))
              .add("evidencia", a.verificationEvidence());
      put(v, "archivo", a.verificationFileName());
      o.add("verificacion", v);
    }
    if (a.closedAt() != null) {
      o.add("cerrada", a.closedAt().toString()).add("cerradaPor", a.closedBy());
    }
    JsonArrayBuilder history = Json.createArrayBuilder();
    for (AcpmHistoryEntry h : a.history()) {
      history.add(
          Json.createObjectBuilder()
              .add("fecha", h.occurredAt().toString())
              .add("actor", h.actor())
              .add("texto", h.text()));
    }
    o.add("historial", history);
    return o.build();
  }

  /** A row of the list: without analysis, notes and history. */
  static JsonObject row(Acpm a, LocalDate today) {
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("id", a.id())
            .add("numero", a.number())
            .add("origen", a.origin().name().toLowerCase(Locale.ROOT))
            .add("tipo", a.type().name().toLowerCase(Locale.ROOT))
            .add("estado", a.status().name().toLowerCase(Locale.ROOT))
            .add("descripcion", a.description())
            .add("abierta", a.createdAt().toString())
            .add("acciones", a.actions().size())
            .add("vencida", a.overdue(today));
    put(o, "proceso", a.area() == null ? null : a.area().name());
    put(o, "sede", a.agency());
    return o.build();
  }

  private static JsonObject analysis(Analysis an) {
    JsonArrayBuilder whys = Json.createArrayBuilder();
    for (String w : an.whys()) {
      if (w == null) {
        whys.addNull();
      } else {
        whys.add(w);
      }
    }
    JsonObjectBuilder o = Json.createObjectBuilder().add("porques", whys);
    put(o, "causaRaiz", an.rootCause());
    put(o, "metodo", an.method());
    put(o, "manoDeObra", an.manpower());
    put(o, "maquina", an.machine());
    put(o, "material", an.material());
    put(o, "medicion", an.measurement());
    put(o, "medioAmbiente", an.environment());
    return o.build();
  }

  static Analysis analysis(JsonObject body) {
    List<String> whys = new ArrayList<>();
    if (body.containsKey("porques")
        && body.get("porques").getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue v : body.getJsonArray("porques")) {
        whys.add(v instanceof JsonString s ? s.getString() : null);
      }
    }
    return new Analysis(
        whys,
        string(body, "causaRaiz"),
        string(body, "metodo"),
        string(body, "manoDeObra"),
        string(body, "maquina"),
        string(body, "material"),
        string(body, "medicion"),
        string(body, "medioAmbiente"));
  }

  static JsonObject proposal(AcpmProposal p) {
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("id", p.id())
            .add("regla", p.rule().name().toLowerCase(Locale.ROOT))
            .add("alcance", p.scope().name().toLowerCase(Locale.ROOT))
            .add("estado", p.status().name().toLowerCase(Locale.ROOT))
            .add("desde", p.windowFrom().toString())
            .add("hasta", p.windowTo().toString())
            .add("ocurrencias", p.occurrences())
            .add("creada", p.createdAt().toString())
            .add("texto", co.ventanilla.improvement.ProposalService.describe(p));
    put(o, "causa", p.cause() == null ? null : p.cause().code());
    put(o, "proceso", p.area() == null ? null : p.area().name());
    put(o, "sede", p.agency());
    put(o, "asunto", p.subject());
    if (p.measured() != null) {
      o.add("medida", p.measured());
    }
    if (p.target() != null) {
      o.add("meta", p.target());
    }
    JsonArrayBuilder radicados = Json.createArrayBuilder();
    p.radicados().forEach(radicados::add);
    o.add("radicados", radicados);
    put(o, "decididaPor", p.decidedBy());
    put(o, "decidida", p.decidedAt() == null ? null : p.decidedAt().toString());
    put(o, "motivo", p.dismissReason());
    if (p.acpmId() != null) {
      o.add("acpm", p.acpmId());
    }
    return o.build();
  }

  static JsonObject figures(AcpmFigures f) {
    return Json.createObjectBuilder()
        .add("total", count(f.total()))
        .add("porTipo", counts(f.byType()))
        .add("porOrigen", counts(f.byOrigin()))
        .add("propuestasPendientes", f.pendingProposals())
        .build();
  }

  private static JsonObject counts(Map<String, AcpmFigures.Count> m) {
    JsonObjectBuilder o = Json.createObjectBuilder();
    m.forEach((k, v) -> o.add(k.toLowerCase(Locale.ROOT), count(v)));
    return o.build();
  }

  private static JsonObject count(AcpmFigures.Count c) {
    return Json.createObjectBuilder()
        .add("abiertas", c.open())
        .add("cerradas", c.closed())
        .add("vencidas", c.overdue())
        .build();
  }

  // ---------------------------------------------------------------------------------------------

  /** The body as a JSON object, or a 400 naming {@code cuerpo}. */
  static JsonObject body(String body) {
    return JsonBodies.object(body).orElseThrow(() -> AcpmRuleViolation.field("cuerpo", "api.body"));
  }

  static String string(JsonObject o, String key) {
    if (!o.containsKey(key) || o.isNull(key)) {
      return null;
    }
    JsonValue v = o.get(key);
    return v instanceof JsonString s ? s.getString() : v.toString();
  }

  /** {@code value} as a constant of {@code type} (any case), null for none, else a 400. */
  static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      throw AcpmRuleViolation.field(field, "api.value", value);
    }
  }

  static LocalDate date(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw AcpmRuleViolation.field(field, "api.date", value);
    }
  }

  private static void put(JsonObjectBuilder o, String key, String value) {
    if (value != null) {
      o.add(key, value);
    }
  }
}
