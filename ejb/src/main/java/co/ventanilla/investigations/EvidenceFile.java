package co.ventanilla.investigations;

/**
 * A file as stored for an investigation: its name, media type (detected from the bytes), size, the
 * stored content's id and the SHA-256 computed while it was stored.
 */
public record EvidenceFile(
    String fileName, String mediaType, long size, Long contentId, String sha256) {}
