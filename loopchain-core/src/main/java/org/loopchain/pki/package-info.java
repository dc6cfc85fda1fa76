/**
 * The network's PKI, in plain Java on BouncyCastle: a root CA, one intermediate CA per
 * organisation, node and admin certificates whose subject carries the role as its OU (as
 * Fabric's NodeOUs do), CRLs, and the membership check that accepts a certificate chain and a
 * signature by its key, or refuses them with the reason.
 *
 * <p>{@link org.loopchain.pki.PkiCommand} is the operator's command line ({@code ./loopchain pki}).
 * The BouncyCastle JCA provider is used as an instance ({@link org.loopchain.pki.Bc#PROVIDER})
 * and never registered, so nothing outlives a redeploy. Time comes from a {@link java.time.Clock}.
 * Admission at the Radio Station does not use this package yet.
 */
package org.loopchain.pki;
