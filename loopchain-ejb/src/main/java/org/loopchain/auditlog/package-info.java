/** The node's audit log on JPA (table {@code LC_AUDIT}): the {@link org.loopchain.audit.AuditLog} port's adapter. */
package org.loopchain.auditlog;
