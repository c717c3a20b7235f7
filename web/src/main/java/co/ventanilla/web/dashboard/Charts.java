package co.ventanilla.web.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;

/**
 * Whether a Chart.js chart has anything to draw ({@code #{charts.hasData(view.chart)}}): the pages
 * say "Sin datos para el período" instead of an empty frame (issue #18, item 7).
 */
@Named
@ApplicationScoped
public class Charts {

  /** False for no chart, no dataset, or datasets whose values are all empty or zero. */
  public boolean hasData(String chartJson) {
    return !empty(chartJson);
  }

  /** True for no chart, no dataset, or datasets whose values are all empty or zero. */
  boolean empty(String chartJson) {
    if (chartJson == null || chartJson.isBlank()) {
      return true;
    }
    try (var reader = Json.createReader(new StringReader(chartJson))) {
      JsonObject data = reader.readObject().getJsonObject("data");
      if (data == null || !data.containsKey("datasets")) {
        return true;
      }
      for (JsonValue set : data.getJsonArray("datasets")) {
        JsonArray values = set.asJsonObject().getJsonArray("data");
        if (values == null) {
          continue;
        }
        for (JsonValue v : values) {
          if (v instanceof JsonNumber n && n.doubleValue() != 0) {
            return false;
          }
          if (v instanceof JsonObject point && point.containsKey("y")) {
            JsonValue y = point.get("y");
            if (y instanceof JsonNumber n && n.doubleValue() != 0) {
              return false;
            }
          }
        }
      }
      return true;
    } catch (RuntimeException notAChart) {
      return false; // not ours to judge: draw it
    }
  }
}
