package co.ventanilla.web.rest;

import co.ventanilla.investigations.Codes;
import co.ventanilla.investigations.InvestigationFile;
import co.ventanilla.investigations.InvestigationService;
import co.ventanilla.investigations.Modality;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Opening the investigation of a case (GO-PD-03 §4 actividad 2). */
@Path("casos/{radicado}/investigacion")
@Tag(name = "Investigaciones", description = "Investigaciones de siniestros y novedades graves")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class InvestigationOpeningResource {

  @Inject InvestigationService investigations;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(
      summary = "Abrir la investigación de un caso",
      description =
          "La abren la Dirección SIG, el líder del proceso del caso o la gerencia, con la modalidad"
              + " (hurto, intento_intrusion, dano, agresion, violacion_derechos_humanos,"
              + " incumplimiento_ley, sancion_autoridad, otro) y el motivo. Solo casos de nivel 4,"
              + " denuncias o que aleguen un delito, una agresión, una violación de derechos o un"
              + " incumplimiento de ley; una por caso. El caso pasa a En investigación y su término"
              + " de la Ley 1755 sigue corriendo.")
  @APIResponse(responseCode = "201", description = "Abierta; Location apunta a la investigación")
  @APIResponse(responseCode = "400", description = "Modalidad o motivo faltante o inválido")
  @APIResponse(
      responseCode = "403",
      description = "Quien llama no puede abrirla (queda registrado)")
  @APIResponse(responseCode = "404", description = "No existe el caso")
  @APIResponse(responseCode = "409", description = "El caso ya tiene investigación o no la admite")
  public Response open(
      @PathParam("radicado") String radicado,
      @FormParam("modalidad") String modality,
      @FormParam("motivo") String reason) {
    Modality m = Codes.parse(Modality.class, modality, "modalidad", "modality.unknown");
    InvestigationFile f = investigations.open(radicado, m, reason);
    return Response.created(
            uri.getBaseUriBuilder().path("investigaciones").path(String.valueOf(f.id())).build())
        .entity(InvestigationJson.file(f).toString())
        .build();
  }
}
