package co.ventanilla.web.rest;

import co.ventanilla.documents.CaseDocuments;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The constancia de radicación of a case as PDF, printed by staff for a petitioner who filed in
 * person, by phone or by letter (seed 003 §3; Ley 1755 de 2015, art. 15). It shows personal data:
 * an intranet resource (protected with the intranet's login).
 */
@Path("casos/{radicado}/constancia")
@Tag(name = "Casos", description = "Documentos de un caso")
public class ConstanciaResource {

  @Inject CaseDocuments documents;
  @Context HttpHeaders headers;

  @GET
  @Produces("application/pdf")
  @Operation(summary = "Constancia de radicación (PDF)")
  @APIResponse(responseCode = "200", description = "El PDF")
  @APIResponse(responseCode = "404", description = "No existe el caso")
  public Response constancia(@PathParam("radicado") String radicado) {
    return documents
        .constanciaPdf(radicado)
        .map(
            pdf ->
                Response.ok(pdf, "application/pdf")
                    .header(
                        "Content-Disposition",
                        "inline; filename=\"constancia-"
                            + radicado.replaceAll("[^A-Za-z0-9-]", "")
                            + ".pdf\"")
                    .build())
        .orElseGet(() -> ApiError.notFound(ApiError.locale(headers)));
  }
}
