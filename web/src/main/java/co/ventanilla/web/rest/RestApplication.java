package co.ventanilla.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

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
@SecurityScheme(
    securitySchemeName = "basico",
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "Cuentas del personal (las mismas de la intranet).")
@SecurityScheme(
    securitySchemeName = "clienteApi",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description =
        "Clave de un cliente del API (vt_...), creada por un administrador; su propio límite por"
            + " hora en lugar del de la dirección.")
public class RestApplication extends Application {}
