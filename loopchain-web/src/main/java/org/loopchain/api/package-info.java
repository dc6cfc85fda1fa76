/**
 * loopchain REST v1 for peers, as JAX-RS resources: parse the request, delegate to the node's beans,
 * answer in the original's shapes (written with Python's {@code json.dumps} spacing). Bad input is
 * answered with a loopchain {@code response_code} and an HTTP 4xx, never a stack trace.
 */
package org.loopchain.api;
