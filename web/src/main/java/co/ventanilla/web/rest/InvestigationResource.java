package co.ventanilla.web.rest;

import co.ventanilla.investigations.Codes;
import co.ventanilla.investigations.CommitteeRole;
import co.ventanilla.investigations.EvidenceKind;
import co.ventanilla.investigations.InvestigationRuleViolation;
import co.ventanilla.investigations.InvestigationService;
import co.ventanilla.investigations.PartyKind;
import co.ventanilla.investigations.UploadedFile;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The staff API over investigations, with the intranet's login (HTTP Basic) and the same access:
 * only the committee's members, the Dirección SIG and the administrator see an investigation;
 * anyone else gets {@code 403} and the refusal is written in the case's access journal. Protected
 * parties appear as their pseudonym to whoever is not their custodian.
 */
@Path("investigaciones")
@Tag(name = "Investigaciones", description = "Investigaciones de siniestros y novedades graves")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class InvestigationResource {

  private static final String PDF = "application/pdf";

  @Inject InvestigationService investigations;

  @GET
  @Operation(
      summary = "Las investigaciones de quien llama",
      description =
          "Las del comité del que es miembro; todas para la Dirección SIG y el administrador.")
  @APIResponse(responseCode = "200", description = "{investigaciones: [...]}")
  @APIResponse(
      responseCode = "403",
      description = "El rol de quien llama no trabaja investigaciones")
  public Response list() {
    JsonArrayBuilder rows = Json.createArrayBuilder();
    investigations.mine().forEach(s -> rows.add(InvestigationJson.summary(s)));
    return Response.ok(Json.createObjectBuilder().add("investigaciones", rows).build().toString())
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Una investigación, como la puede ver quien llama")
  @APIResponse(responseCode = "200", description = "La investigación")
  @APIResponse(responseCode = "403", description = "No es del comité (queda registrado)")
  @APIResponse(responseCode = "404", description = "No existe")
  public Response get(@PathParam("id") long id) {
    return Response.ok(InvestigationJson.file(investigations.get(id)).toString()).build();
  }

  @POST
  @Path("{id}/miembros")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(
      summary = "Nombrar un miembro del comité",
      description =
          "usuario (del personal), rol (operaciones, sig, gestion_humana, gerencia, invitado) y"
              + " preside (true para que presida). Queda nombrado también en el caso.")
  @APIResponse(responseCode = "204", description = "Nombrado")
  @APIResponse(responseCode = "400", description = "Usuario o rol inválido")
  @APIResponse(responseCode = "403", description = "No es del comité ni de la Dirección SIG")
  public Response member(
      @PathParam("id") long id,
      @FormParam("usuario") String user,
      @FormParam("rol") String role,
      @FormParam("preside") @DefaultValue("false") boolean chair) {
    investigations.addMember(
        id, user, Codes.parse(CommitteeRole.class, role, "rol", "member.role_unknown"), chair);
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}/miembros/{usuario}")
  @Operation(
      summary = "Retirar un miembro del comité",
      description =
          "motivo (obligatorio) queda en la línea de tiempo. Quien preside no puede retirarse"
              + " antes de que presida otro miembro. Sale también del caso, salvo que sea su"
              + " responsable o el líder de su proceso.")
  @APIResponse(responseCode = "204", description = "Retirado")
  @APIResponse(responseCode = "400", description = "No es miembro, preside o falta el motivo")
  @APIResponse(responseCode = "403", description = "No es del comité ni de la Dirección SIG")
  public Response removeMember(
      @PathParam("id") long id,
      @PathParam("usuario") String user,
      @QueryParam("motivo") String reason) {
    investigations.removeMember(id, user, reason);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/partes")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(
      summary = "Agregar una parte",
      description =
          "tipo (denunciante, testigo, victima, involucrado), nombres, documento, contacto, notas y"
              + " protegida (true: solo quien preside y la Dirección SIG ven su identidad; los demás"
              + " ven un seudónimo, p. ej. Testigo 2).")
  @APIResponse(responseCode = "201", description = "{id, etiqueta}")
  @APIResponse(responseCode = "400", description = "Tipo o nombres faltantes")
  public Response party(
      @PathParam("id") long id,
      @FormParam("tipo") String kind,
      @FormParam("nombres") String names,
      @FormParam("documento") String document,
      @FormParam("contacto") String contact,
      @FormParam("notas") String notes,
      @FormParam("protegida") @DefaultValue("false") boolean protect) {
    PartyKind k = Codes.parse(PartyKind.class, kind, "tipo", "party.kind_unknown");
    long party = investigations.addParty(id, k, names, document, contact, notes, protect);
    return Response.status(Response.Status.CREATED)
        .entity(Json.createObjectBuilder().add("id", party).build().toString())
        .build();
  }

  @POST
  @Path("{id}/evidencias")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Agregar una evidencia",
      description =
          "multipart/form-data con archivo, tipo (inspeccion_ocular, declaracion_escrita,"
              + " declaracion_verbal, factura, inventario, documento, foto, video_cctv, otro),"
              + " descripcion y, opcional, fuente. El archivo se revisa por su contenido y se guarda"
              + " por partes, con su SHA-256. Nada se borra: una evidencia solo se reemplaza.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.MULTIPART_FORM_DATA,
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      requiredProperties = {"archivo", "tipo", "descripcion"},
                      properties = {
                        @SchemaProperty(
                            name = "archivo",
                            type = SchemaType.STRING,
                            format = "binary"),
                        @SchemaProperty(name = "tipo", type = SchemaType.STRING),
                        @SchemaProperty(name = "descripcion", type = SchemaType.STRING),
                        @SchemaProperty(name = "fuente", type = SchemaType.STRING)
                      })))
  @APIResponse(responseCode = "201", description = "La evidencia guardada, con su sha256")
  @APIResponse(responseCode = "400", description = "Archivo, tipo o descripción inválidos")
  @APIResponse(responseCode = "403", description = "No es del comité (queda registrado)")
  @APIResponse(responseCode = "409", description = "La investigación está cerrada")
  public Response evidence(@PathParam("id") long id, List<EntityPart> parts) throws IOException {
    EvidenceKind kind =
        Codes.parse(EvidenceKind.class, text(parts, "tipo"), "tipo", "evidence.kind_unknown");
    Optional<EntityPart> file =
        parts == null
            ? Optional.empty()
            : parts.stream().filter(p -> "archivo".equals(p.getName())).findFirst();
    if (file.isEmpty()) {
      throw InvestigationRuleViolation.field("archivo", "file.required");
    }
    java.nio.file.Path spool = Files.createTempFile("evidencia-", ".upload");
    try {
      try (InputStream in = file.get().getContent()) {
        Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
      }
      var stored =
          investigations.addEvidence(
              id,
              kind,
              text(parts, "descripcion"),
              text(parts, "fuente"),
              new UploadedFile(file.get().getFileName().orElse(null), spool));
      return Response.status(Response.Status.CREATED)
          .entity(InvestigationJson.evidence(stored).toString())
          .build();
    } finally {
      Files.deleteIfExists(spool);
    }
  }

  @GET
  @Path("{id}/integridad")
  @Operation(
      summary = "Verificar la integridad de las evidencias",
      description =
          "Recalcula el SHA-256 de cada archivo guardado y nombra los que no coinciden con el"
              + " registrado: {verificadas, alteradas: [{id, numero, archivo, sha256Registrado,"
              + " sha256Actual}]}.")
  @APIResponse(responseCode = "200", description = "El resultado")
  @APIResponse(responseCode = "403", description = "No es del comité (queda registrado)")
  public Response integrity(@PathParam("id") long id) {
    return Response.ok(InvestigationJson.integrity(investigations.verifyIntegrity(id)).toString())
        .build();
  }

  @GET
  @Path("{id}/informe")
  @Produces(PDF)
  @Operation(
      summary = "Informe final (PDF)",
      description =
          "Hechos, pérdidas, comité, partes (las protegidas con seudónimo para quien no es su"
              + " custodio), evidencias con su SHA-256, sesiones, autoridades, conclusiones y línea"
              + " de tiempo. Con version=peticionario, sin las secciones internas.")
  @APIResponse(responseCode = "200", description = "El PDF")
  @APIResponse(responseCode = "403", description = "No es del comité (queda registrado)")
  public Response report(
      @PathParam("id") long id, @QueryParam("version") @DefaultValue("interna") String version) {
    byte[] pdf = investigations.finalReport(id, !"peticionario".equalsIgnoreCase(version));
    return Response.ok(pdf, PDF)
        .header("Content-Disposition", "inline; filename=\"informe-final-" + id + ".pdf\"")
        .build();
  }

  @GET
  @Path("{id}/acta-atencion")
  @Produces(PDF)
  @Operation(summary = "Acta de atención al usuario por hurto (PDF para firmas)")
  @APIResponse(responseCode = "200", description = "El PDF")
  public Response acta(@PathParam("id") long id) {
    return Response.ok(investigations.actaDeAtencion(id), PDF)
        .header("Content-Disposition", "inline; filename=\"acta-atencion-" + id + ".pdf\"")
        .build();
  }

  @GET
  @Path("{id}/sesiones/{sesion}/acta")
  @Produces(PDF)
  @Operation(summary = "Acta de una sesión del comité (PDF, con su SHA-256 si está aprobada)")
  @APIResponse(responseCode = "200", description = "El PDF")
  public Response sessionActa(@PathParam("id") long id, @PathParam("sesion") long session) {
    return Response.ok(investigations.sessionActa(id, session), PDF)
        .header("Content-Disposition", "inline; filename=\"acta-" + id + "-" + session + ".pdf\"")
        .build();
  }

  @GET
  @Path("{id}/evidencias/{evidencia}/archivo")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Descargar el archivo de una evidencia (por partes, sin cargarlo entero)")
  @APIResponse(responseCode = "200", description = "El archivo")
  @APIResponse(responseCode = "403", description = "No es del comité (queda registrado)")
  public Response evidenceFile(@PathParam("id") long id, @PathParam("evidencia") long evidence) {
    var e = investigations.evidenceFile(id, evidence);
    if (e.fileName() == null) {
      return ApiError.notFound(ApiError.locale(null));
    }
    jakarta.ws.rs.core.StreamingOutput body = out -> investigations.download(id, evidence, out);
    return Response.ok(body, e.mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + e.fileName().replaceAll("[\"\\\\\\r\\n]", "_") + "\"")
        .header("Content-Length", e.size())
        .build();
  }

  private static String text(List<EntityPart> parts, String name) throws IOException {
    if (parts != null) {
      for (EntityPart part : parts) {
        if (name.equals(part.getName())) {
          return part.getContent(String.class);
        }
      }
    }
    return null;
  }
}
