package co.ventanilla.improvement;

/**
 * Abierta while its actions are worked; verificada once someone other than the actions' owners
 * found it effective with evidence; cerrada by the Dirección SIG after that, never before.
 */
public enum AcpmStatus {
  ABIERTA,
  VERIFICADA,
  CERRADA
}
