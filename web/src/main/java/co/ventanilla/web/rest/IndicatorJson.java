package co.ventanilla.web.rest;

import co.ventanilla.reports.Dimension;
import co.ventanilla.reports.Figures;
import co.ventanilla.reports.IndicatorRow;
import co.ventanilla.reports.Indicators;
import co.ventanilla.reports.Recurrence;
import co.ventanilla.reports.ReportRun;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;

/** The indicators and the reports as the staff API writes them (Spanish keys). */
final class IndicatorJson {

  private IndicatorJson() {}

  static JsonObject indicators(Indicators ind) {
    JsonObjectBuilder o = Json.createObjectBuilder();
    o.add("desde", ind.period().from().toString());
    o.add("hasta", ind.period().to().toString());
    o.add("vencidosAl", ind.asOf().toString());
    figures(o, ind.total());
    JsonObjectBuilder before = Json.createObjectBuilder();
    before.add("desde", ind.previousPeriod().from().toString());
    before.add("hasta", ind.previousPeriod().to().toString());
    figures(before, ind.previousTotal());
    o.add("periodoAnterior", before);
    for (Dimension d : Dimension.values()) {
      JsonObjectBuilder slices = Json.createObjectBuilder();
      for (IndicatorRow r : ind.by(d)) {
        JsonObjectBuilder slice = Json.createObjectBuilder().add("nombre", r.label());
        figures(slice, r.current());
        slice.add("anterior", figures(Json.createObjectBuilder(), r.previous()));
        slices.add(r.key().isEmpty() ? "sin_dato" : r.key(), slice);
      }
      o.add(d.apiName(), slices);
    }
    JsonArrayBuilder top = Json.createArrayBuilder();
    for (Recurrence r : ind.recurrence()) {
      top.add(
          Json.createObjectBuilder()
              .add("asunto", r.subject())
              .add("casos", r.count())
              .add("casosAnterior", r.previousCount())
              .add("cambio", r.change()));
    }
    o.add("asuntosFrecuentes", top);
    return o.build();
  }

  static JsonObjectBuilder figures(JsonObjectBuilder o, Figures f) {
    o.add("recibidos", f.received());
    o.add("respondidos", f.answered());
    o.add("respondidosConTermino", f.answeredWithTerm());
    o.add("respondidosEnTermino", f.answeredInTerm());
    number(o, "porcentajeEnTermino", f.pctInTerm());
    number(o, "diasHabilesPromedio", f.meanDays());
    number(o, "diasHabilesMediana", f.medianDays());
    number(o, "porcentajePrimerNivel", f.pctFirstLevel());
    number(o, "indiceSatisfaccion", f.ratingMean());
    number(o, "porcentajeSatisfechos", f.pctSatisfied());
    o.add("calificaciones", f.ratings());
    o.add("vencidosAbiertos", f.overdueOpen());
    o.add("improcedentes", f.improcedentes());
    o.add("traslados", f.traslados());
    return o;
  }

  private static void number(JsonObjectBuilder o, String key, Double value) {
    if (value == null) {
      o.addNull(key);
    } else {
      o.add(key, value);
    }
  }

  static JsonObject report(ReportRun r, URI self) {
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("id", r.id())
            .add("tipo", r.kind().code())
            .add("periodo", r.periodCode())
            .add("desde", r.period().from().toString())
            .add("hasta", r.period().to().toString())
            .add("generado", r.createdAt().toString())
            .add("generadoPor", r.requestedBy())
            .add("programado", r.scheduled())
            .add("milisegundos", r.generationMillis())
            .add("pdf", self.resolve(r.id() + "/pdf").toString())
            .add("xlsx", self.resolve(r.id() + "/xlsx").toString());
    if (r.mailedAt() != null) {
      o.add("enviado", r.mailedAt().toString());
      o.add("destinatarios", r.recipients() == null ? "" : r.recipients());
    } else {
      o.addNull("enviado");
    }
    return o.build();
  }
}
