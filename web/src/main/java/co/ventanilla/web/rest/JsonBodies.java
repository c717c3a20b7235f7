package co.ventanilla.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;

/** The JSON bodies of the staff API: each resource answers its own 400 when this says no. */
public final class JsonBodies {

  private JsonBodies() {}

  /** The body as a JSON object; empty when it is missing, not JSON, or JSON but not an object. */
  public static Optional<JsonObject> object(String body) {
    try {
      JsonValue v = Json.createReader(new StringReader(body == null ? "" : body)).readValue();
      return v.getValueType() == JsonValue.ValueType.OBJECT
          ? Optional.of(v.asJsonObject())
          : Optional.empty();
    } catch (JsonException e) {
      return Optional.empty();
    }
  }
}
