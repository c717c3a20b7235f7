package co.ventanilla.improvement;

import java.io.Serializable;
import java.util.List;

/**
 * What a new ACPM is opened with, as a screen or the API sends it: origin, type, description, the
 * process (area id) and agency, the cause (id in the shared list), and the source records — the
 * radicados of the cases, the investigation's id, or a reference (a survey campaign, an audit).
 */
public record NewAcpm(
    AcpmOrigin origin,
    AcpmType type,
    String description,
    Long areaId,
    String agency,
    Long causeId,
    List<String> radicados,
    Long investigationId,
    String reference)
    implements Serializable {}
