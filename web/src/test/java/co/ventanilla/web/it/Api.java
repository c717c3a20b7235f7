package co.ventanilla.web.it;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The suite's HTTP client for the deployed product: anonymous calls for the public API, calls with
 * a staff login (HTTP Basic) for the staff API and the test probes.
 */
final class Api {

  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** The password every test account gets. */
  static final String PASSWORD = "Prueba-Segura-2026";

  private final URI base;

  Api(URL base) {
    this.base = URI.create(base.toString());
  }

  URI url(String path) {
    return base.resolve(path);
  }

  /** An anonymous GET. */
  HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(30)).GET());
  }

  /** A GET as {@code user} (with {@link #PASSWORD}, or the admin's password for the admin). */
  HttpResponse<String> get(String path, String user) throws Exception {
    return send(as(user, HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(30)).GET()));
  }

  /** A GET as the administrator: the probes and the staff API. */
  HttpResponse<String> admin(String path) throws Exception {
    return get(path, ItEnvironment.ADMIN);
  }

  HttpResponse<String> postJson(String path, String body) throws Exception {
    return send(
        HttpRequest.newBuilder(url(path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A form POST as {@code user}; returns the body. */
  String form(String path, String body, String user) throws Exception {
    return send(as(
            user,
            HttpRequest.newBuilder(url(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))))
        .body();
  }

  /** A form POST as the administrator; returns the body. */
  String form(String path, String body) throws Exception {
    return form(path, body, ItEnvironment.ADMIN);
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpRequest.Builder as(String user, HttpRequest.Builder request) {
    String password = ItEnvironment.ADMIN.equals(user) ? ItEnvironment.adminPassword() : PASSWORD;
    return request.header("Authorization", basic(user, password));
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static JsonObject json(String body) {
    assertNotNull(body);
    return Json.createReader(new StringReader(body)).readObject();
  }

  /** Files a PQRS through the public API and returns its receipt. */
  JsonObject file(String body) throws Exception {
    return json(postJson("api/pqrs", body).body());
  }

  /** Files a PQRS through the public API and returns its radicado. */
  String radicado(String body) throws Exception {
    return file(body).getString("radicado");
  }

  /** Creates (once) the area {@code name} led by {@code leader}. */
  void area(String name, String leader) throws Exception {
    form("api/test-probe/staff/area", "name=" + enc(name) + "&leader=" + enc(leader));
  }

  /** Creates (once) the agency (sede) {@code name} in {@code city}. */
  void agency(String name, String city) throws Exception {
    form("api/test-probe/staff/agency", "name=" + enc(name) + "&city=" + enc(city));
  }

  /** Creates (once) a staff account with {@link #PASSWORD}. */
  void user(String user, String name, String roles, String areas, boolean receivesProtected)
      throws Exception {
    form(
        "api/test-probe/staff/user",
        "user="
            + enc(user)
            + "&name="
            + enc(name)
            + "&roles="
            + enc(roles)
            + "&areas="
            + enc(areas == null ? "" : areas)
            + "&password="
            + enc(PASSWORD)
            + "&receivesProtected="
            + receivesProtected);
  }

  static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
