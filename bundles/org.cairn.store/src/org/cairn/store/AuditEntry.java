package org.cairn.store;

/**
 * An audit event as the log holds it, with its number in the chain (the number {@code audit verify} names).
 *
 * @param number the event's place in the chain, from 1
 * @param event  the event
 */
public record AuditEntry(long number, AuditEvent event) {
}
