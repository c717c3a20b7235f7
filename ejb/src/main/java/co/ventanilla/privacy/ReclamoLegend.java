package co.ventanilla.privacy;

import java.time.LocalDateTime;

/**
 * "Reclamo en trámite" (Ley 1581 de 2012, art. 15): "Una vez recibido el reclamo completo, se
 * incluirá en la base de datos una leyenda que diga 'reclamo en trámite' y el motivo del mismo, en
 * un término no mayor a dos (2) días hábiles. Dicha leyenda deberá mantenerse hasta que el reclamo
 * sea decidido." Shown with the person's data wherever it appears, while the reclamo is complete
 * (not waiting for what is missing) and not yet answered.
 *
 * @param radicado the reclamo
 * @param reason its motive: the reclamo's subject
 * @param since when it was received
 */
public record ReclamoLegend(String radicado, String reason, LocalDateTime since) {}
