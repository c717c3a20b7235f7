package co.ventanilla.web.rest;

import co.ventanilla.intake.SubmissionProblem;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Error answers of the API: {@code {"mensaje": "...", "errores": [{"campo": "...", "mensaje":
 * "..."}]}}. Spanish unless the caller's first preferred language is English.
 */
final class ApiError {

  private static final Locale SPANISH = Locale.forLanguageTag("es-CO");

  private ApiError() {}

  static Locale locale(HttpHeaders headers) {
    if (headers != null) {
      List<Locale> wanted = headers.getAcceptableLanguages();
      if (!wanted.isEmpty() && "en".equals(wanted.get(0).getLanguage())) {
        return Locale.ENGLISH;
      }
    }
    return SPANISH;
  }

  static Response badRequest(List<SubmissionProblem> problems, Locale locale) {
    JsonArrayBuilder errors = Json.createArrayBuilder();
    for (SubmissionProblem p : problems) {
      errors.add(
          Json.createObjectBuilder().add("campo", p.field()).add("mensaje", p.message(locale)));
    }
    JsonObject body =
        Json.createObjectBuilder()
            .add("mensaje", text("api.invalid", locale))
            .add("errores", errors)
            .build();
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(body.toString())
        .build();
  }

  static Response notFound(Locale locale) {
    return Response.status(Response.Status.NOT_FOUND)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(
            Json.createObjectBuilder()
                .add("mensaje", text("api.notFound", locale))
                .build()
                .toString())
        .build();
  }

  /**
   * {@code {"mensaje": message, "errores": [{"campo", "mensaje"}]}} with {@code status} (400 or
   * 422), one error per field, in the caller's language.
   */
  static Response fields(
      int status, String messageKey, java.util.Map<String, String> errors, Locale locale) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    errors.forEach(
        (field, message) ->
            list.add(Json.createObjectBuilder().add("campo", field).add("mensaje", message)));
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(
            Json.createObjectBuilder()
                .add("mensaje", text(messageKey, locale))
                .add("errores", list)
                .build()
                .toString())
        .build();
  }

  /** The text {@code key} of the API's bundle, with its arguments. */
  static String format(String key, Locale locale, Object... args) {
    return new java.text.MessageFormat(text(key, locale), locale).format(args);
  }

  /** {@code {"mensaje": message}} with {@code status}. */
  static Response message(Response.Status status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(Json.createObjectBuilder().add("mensaje", message).build().toString())
        .build();
  }

  private static String text(String key, Locale locale) {
    return ResourceBundle.getBundle(
            "co.ventanilla.web.i18n.Messages",
            locale,
            ApiError.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
        .getString(key);
  }
}
