package co.ventanilla.web.operations;

import co.ventanilla.correspondence.MailQuarantineException;
import co.ventanilla.integration.mail.MailQuarantineDesk;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A quarantined mail exactly as it was read, as a {@code .eml} file staff open in their mail
 * program to see why the intake could not file it.
 */
@Path("cuarentena")
@Tag(name = "Cuarentena", description = "Correo que la radicación no pudo procesar")
public class QuarantinedMailResource {

  static final String RFC822 = "message/rfc822";

  @Inject MailQuarantineDesk desk;

  @GET
  @Path("{id}/original")
  @Operation(
      summary = "Descargar el correo original",
      description = "El correo en cuarentena tal como se leyó del buzón (.eml).")
  @APIResponse(responseCode = "200", description = "El correo")
  @APIResponse(responseCode = "404", description = "No existe")
  public Response original(@PathParam("id") long id) {
    byte[] raw;
    try {
      raw = desk.raw(id);
    } catch (MailQuarantineException e) {
      return Response.status(Response.Status.NOT_FOUND).build();
    }
    return Response.ok(raw, RFC822)
        .header(
            HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cuarentena-" + id + ".eml\"")
        .build();
  }
}
