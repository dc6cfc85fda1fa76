package org.loopchain.pki;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.crypto.PeerKeyFile;

/**
 * A node's identity from its certificate: the {@code chain.pem} that {@code ./loopchain pki node}
 * writes (the member certificate, then its organisation CA's) and the {@code node.key} beside it,
 * which becomes the key the node signs its joins, transactions, blocks and votes with. The key
 * must be the certificate's, on secp256k1.
 *
 * @param key the node's signing key
 * @param pem the chain as read, presented when the node joins a channel
 * @param certificate the member certificate (the chain's first)
 */
public record NodeCertificate(PeerKey key, String pem, X509Certificate certificate) {

    /** The key file next to a chain: {@code node.key}. */
    public static final String KEY_FILE = "node.key";

    /**
     * Reads {@code chainPem} and the {@code node.key} in its directory.
     *
     * @throws IllegalArgumentException naming the file at fault: unreadable, not PEM, a CA
     *         certificate, no key, a key that is not secp256k1 or not the certificate's
     */
    public static NodeCertificate load(Path chainPem) {
        String pem;
        try {
            pem = Files.readString(chainPem);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the certificate chain " + chainPem + " (" + e.getMessage() + ")", e);
        }
        List<X509Certificate> chain;
        try {
            chain = Pem.certificates(pem);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(chainPem + ": not a PEM certificate chain (" + e.getMessage() + ")", e);
        }
        X509Certificate leaf = chain.get(0);
        if (leaf.getBasicConstraints() >= 0) {
            throw new IllegalArgumentException(chainPem + ": the first certificate is a CA's, not a node's");
        }
        Path keyFile = chainPem.toAbsolutePath().resolveSibling(KEY_FILE);
        if (!Files.isRegularFile(keyFile)) {
            throw new IllegalArgumentException(chainPem + ": no " + KEY_FILE + " beside it (the node's key stays in its directory)");
        }
        PeerKey key;
        try {
            key = PeerKeyFile.load(keyFile);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(keyFile + ": not a secp256k1 node key (" + e.getMessage() + ")", e);
        }
        if (!Base64.getEncoder().encodeToString(leaf.getPublicKey().getEncoded()).equals(key.publicKeyBase64())) {
            throw new IllegalArgumentException(keyFile + " is not the key of " + leaf.getSubjectX500Principal().getName());
        }
        return new NodeCertificate(key, pem, leaf);
    }
}
