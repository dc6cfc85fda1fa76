/**
 * The admin console, {@code /console} on every node ({@code loopchain-console.war}): server-rendered
 * pages behind an OpenID Connect sign-in ({@link org.loopchain.console.ConsoleSignIn}, Jakarta
 * Security's authorization code mechanism). Admins see the network ({@link org.loopchain.console.NetworkView})
 * and each channel ({@link org.loopchain.console.ChannelServlet}) and change a channel's validators: each
 * change is shown for review, signed with the node's admin key and submitted to the node's own
 * {@code POST /api/v1/validators}, the same signed configuration transaction as {@code ./loopchain
 * validator} ({@link org.loopchain.console.ChangeServlet}). Auditors read transactions
 * ({@link org.loopchain.console.AuditServlet}), every read recorded in the node's audit log. Every
 * form that changes something carries the session's token ({@link org.loopchain.console.Csrf}).
 */
package org.loopchain.console;
