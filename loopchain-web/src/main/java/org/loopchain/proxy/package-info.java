/**
 * The loopchain proxy's rules, in plain Java (no server API): which request paths and headers may be
 * forwarded ({@link org.loopchain.proxy.ProxyPath}, {@link org.loopchain.proxy.HopHeaders}), the
 * forwarding client with bounded timeouts and answer size ({@link org.loopchain.proxy.PeerForwarder}),
 * and the choice of peers for a request that names none ({@link org.loopchain.proxy.RoundRobin},
 * {@link org.loopchain.proxy.Failover}). The Radio Station's {@code /api/v1/proxy} resource
 * ({@code org.loopchain.api.rs.ProxyResource}) adapts them; the peers' addresses come only from its
 * registry, never from a request.
 */
package org.loopchain.proxy;
