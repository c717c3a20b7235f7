package co.ventanilla.investigations;

/**
 * Outside bodies an investigation deals with (seed 002 §4 activity 5, Nota 2: "cooperar con los
 * mecanismos oficiales de investigación externa"): the police (denuncia, station), the Fiscalía
 * (noticia criminal), the Superintendencia de Vigilancia y Seguridad Privada, the insurer.
 */
public enum Authority {
  POLICIA,
  FISCALIA,
  SUPERVIGILANCIA,
  ASEGURADORA,
  OTRA
}
