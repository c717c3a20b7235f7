/**
 * Colombian public holidays and the business-day calendar on which every legal term of a PQRS case
 * is counted (Código Sustantivo del Trabajo art. 177 as amended by Ley 51 de 1983, art. 1; Ley 4 de
 * 1913, arts. 59 and 62; Ley 1755 de 2015, art. 14). Plain Java: no container services, safe to
 * share between EJBs.
 */
package co.ventanilla.calendar;
