package org.loopchain.pki;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where the PKI's PEM files live under a {@code pki/} directory:
 * {@code ca/ca.crt, ca.key, crl.pem}; {@code orgs/ORG/ca.crt, ca.key, crl.pem};
 * {@code nodes/NAME/node.crt, node.key, chain.pem} (the node's certificate, then its org CA's).
 */
public record PkiLayout(Path dir) {

    /** Organisation and node names: they become directory names and subject values. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    /** @throws IllegalArgumentException unless {@code name} is 1-64 of letters, digits, '_', '.', '-', not starting with a symbol */
    public static String checkName(String what, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("bad " + what + " name '" + name
                    + "': 1-64 letters, digits, '_', '.' or '-', starting with a letter or digit");
        }
        return name;
    }

    public Path rootDir() {
        return dir.resolve("ca");
    }

    public Path rootCert() {
        return rootDir().resolve("ca.crt");
    }

    public Path rootKey() {
        return rootDir().resolve("ca.key");
    }

    public Path rootCrl() {
        return rootDir().resolve("crl.pem");
    }

    public Path orgsDir() {
        return dir.resolve("orgs");
    }

    public Path orgDir(String org) {
        return orgsDir().resolve(checkName("organisation", org));
    }

    public Path orgCert(String org) {
        return orgDir(org).resolve("ca.crt");
    }

    public Path orgKey(String org) {
        return orgDir(org).resolve("ca.key");
    }

    public Path orgCrl(String org) {
        return orgDir(org).resolve("crl.pem");
    }

    public Path nodeDir(String name) {
        return dir.resolve("nodes").resolve(checkName("node", name));
    }

    public Path nodeCert(String name) {
        return nodeDir(name).resolve("node.crt");
    }

    public Path nodeKey(String name) {
        return nodeDir(name).resolve("node.key");
    }

    public Path nodeChain(String name) {
        return nodeDir(name).resolve("chain.pem");
    }
}
