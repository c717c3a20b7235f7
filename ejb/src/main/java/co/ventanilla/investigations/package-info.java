/**
 * Investigations of siniestros and grave incidents (seed 002, GO-PD-03 §4 activities 2 and 5 and
 * level 4 of the MANEJO DE PQRS table; seed 000, "Instructivo – procedimiento interno para realizar
 * investigaciones por siniestros" and the "Acta de atención al usuario por hurto"): an aggregate of
 * its own ({@link co.ventanilla.investigations.Investigation}) beside the case it was opened from,
 * which it reaches only through the case's services. Its committee, facts and losses, parties (with
 * protected identities), evidence with chain of custody, sessions (actas), documents requested from
 * the client, contacts with authorities, conclusions and the final report.
 */
package co.ventanilla.investigations;
