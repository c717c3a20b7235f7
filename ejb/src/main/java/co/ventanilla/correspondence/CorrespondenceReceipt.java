package co.ventanilla.correspondence;

/**
 * What {@link CorrespondenceService#receive} did: the case the message was appended to and the
 * message's id. {@code alreadyReceived}: the same source key had been appended before; nothing new
 * was stored.
 */
public record CorrespondenceReceipt(String radicado, Long messageId, boolean alreadyReceived) {}
