/**
 * Files kept with cases (attachments, the originals of submissions): metadata in one table, the
 * bytes in chunks of another, so neither the case rows nor one SQL packet carry a large file.
 */
package co.ventanilla.attachments;
