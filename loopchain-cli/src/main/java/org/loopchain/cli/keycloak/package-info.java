/**
 * The local identity provider's Java side: the realm {@code loopchain} put into a started Keycloak,
 * access tokens for scripts ({@code ./loopchain token}) and {@code ./loopchain audit verify}.
 */
package org.loopchain.cli.keycloak;
