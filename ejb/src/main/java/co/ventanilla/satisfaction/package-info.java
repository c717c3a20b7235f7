/**
 * The petitioner's and the client's satisfaction: the rating of an answer through a signed link
 * (seed 003 §5.3, scale 5 Excelente to 1 Muy mala) and the semiannual client survey GO-RG-03 (seed
 * 002 §5.1; seed 004, June and December; seed 001 §8.1–8.2, NPS). Beside the case: it uses the
 * cases room through {@code CaseWorkflowService} and read-only queries.
 */
package co.ventanilla.satisfaction;
