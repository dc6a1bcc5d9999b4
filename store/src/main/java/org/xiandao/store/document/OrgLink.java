package org.xiandao.store.document;

/**
 * An organisation name from documents and its state: LINKED (matched automatically above the threshold),
 * PENDING (waiting for review, with a suggested target when one came close), ACCEPTED (a new organisation),
 * MERGED (a person merged it into an existing one) or REJECTED (not an organisation).
 */
public record OrgLink(String name, String orgType, String status, String targetKind, String targetId, String targetName,
                      Double score, String firstDocument) {}
