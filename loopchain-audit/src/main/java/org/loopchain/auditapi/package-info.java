/**
 * The audit API, {@code /api/audit/v1} on every node ({@code loopchain-audit.war}): MicroProfile JWT checks
 * the Bearer token ({@link org.loopchain.auditapi.AuditApplication}), {@link org.loopchain.auditapi.AuditGate}
 * lets only the auditor role through, {@link org.loopchain.auditapi.AuditResource} reads, and
 * {@link org.loopchain.auditapi.AuditRecorder} writes every answer, refusals included, to the node's
 * hash-chained audit log before it leaves.
 */
package org.loopchain.auditapi;
