/**
 * Audit access to a channel's data: the reads an auditor may make ({@link org.loopchain.audit.AuditReader}) and
 * the append-only, hash-chained record of every audit read and refusal ({@link org.loopchain.audit.AuditChain}).
 * Plain Java: the audit web module authenticates the caller and stores the entries.
 */
package org.loopchain.audit;
