package co.ventanilla.imports;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An import as the ledger has it: which file, who, when, how it went. */
public record BuzonImportSummary(
    long id,
    String fileName,
    String sha256,
    String uploader,
    String agency,
    LocalDate collectionDate,
    LocalDateTime startedAt,
    LocalDateTime finishedAt,
    BuzonImportStatus status,
    int created,
    int rejected,
    int duplicates,
    String failure) {}
