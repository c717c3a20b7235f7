package co.ventanilla.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The JSON API, under {@code /api}. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Ventanilla API",
            version = "1",
            description =
                "Radicación y consulta de PQRS (peticiones, quejas, reclamos, sugerencias,"
                    + " felicitaciones y denuncias). Los mensajes de error van en español."))
public class RestApplication extends Application {}
