package co.ventanilla.investigations;

/**
 * Kinds of evidence the investigation gathers (seed 002 §4 activity 5: "inspección ocular en el
 * lugar de los hechos, recopilación de informes escritos y verbales (...) recopilación de otros
 * documentos (facturas, inventarios, otros)").
 */
public enum EvidenceKind {
  INSPECCION_OCULAR,
  DECLARACION_ESCRITA,
  DECLARACION_VERBAL,
  FACTURA,
  INVENTARIO,
  DOCUMENTO,
  FOTO,
  VIDEO_CCTV,
  OTRO
}
