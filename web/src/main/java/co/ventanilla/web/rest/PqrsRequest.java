package co.ventanilla.web.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /api/pqrs}. Field names are the public contract (the same as the CSV
 * template's columns).
 */
@Schema(
    name = "SolicitudPqrs",
    description = "Una petición, queja, reclamo, sugerencia, felicitación o denuncia.")
public record PqrsRequest(
    @Schema(
            required = true,
            description =
                "peticion, peticion_particular, solicitud_informacion, consulta, queja, reclamo,"
                    + " sugerencia, felicitacion o denuncia (también la inicial P, Q, R, S, F,"
                    + " D); consulta_datos (Ley 1581 de 2012, art. 14: 10 días hábiles) o"
                    + " reclamo_datos (art. 15: 15 días hábiles) para la protección de datos"
                    + " personales",
            example = "queja")
        String tipo,
    @Schema(
            required = true,
            description = "Nombres y apellidos (no exigido si es anónima)",
            example = "María Fernanda Rojas")
        String nombres,
    @Schema(description = "CC, CE, NIT, TI, PA", example = "CC") String tipo_documento,
    @Schema(example = "52123456") String numero_documento,
    @Schema(
            required = true,
            description = "Correo para la respuesta",
            example = "maria.rojas@example.com")
        String correo,
    @Schema(example = "3001234567") String telefono,
    @Schema(example = "Calle 127A # 53A-45, Bogotá") String direccion,
    @Schema(description = "Sede, agencia o puesto", example = "Bogotá") String sede,
    @Schema(required = true, maxLength = 300, example = "Guarda ausente en portería") String asunto,
    @Schema(required = true, example = "El domingo en la noche la portería estuvo sin guarda.")
        String descripcion,
    @Schema(description = "Si es verdadero no se exigen nombres ni datos de contacto")
        Boolean anonimo) {}
