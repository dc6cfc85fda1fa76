/**
 * JSON as loopchain v1 needs it: a strict RFC 8259 parser that keeps key order and integer
 * precision, and a writer that prints exactly what Python 3's {@code json.dumps} prints.
 *
 * <p>The writer is part of the compatibility surface: the v1 transaction hash covers the request
 * body re-serialised by Python, and the REST answers of the original are Python's output, so an
 * auditor can only recompute a hash if every byte matches. Plain Java, no EE dependency.
 */
package org.loopchain.core.json;
