/**
 * Legal terms (plazos) of PQRS cases in business days: how many days each type and severity level
 * gets (Ley 1755 de 2015, art. 14, and the seed procedures), the seed organizations' presets, and
 * the clock of one case with its legal events: ampliación (art. 14 parágrafo), solicitud de
 * completar la petición and desistimiento tácito (art. 17), traslado por competencia (art. 21).
 */
package co.ventanilla.terms;
