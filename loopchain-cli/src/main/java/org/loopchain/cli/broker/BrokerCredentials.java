package org.loopchain.cli.broker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.loopchain.cli.CliException;

/**
 * A node's login at the broker: the user is its config file's name without {@code .json} ({@code rs},
 * {@code peer0}, ...), the password a random one in {@code NAME.broker-password} beside that file
 * (rw------- , made when first needed). The broker's side ({@link BrokerSecurity}) and the node's side
 * (its resource adapter) read the same file, so a node on another host takes the file along with its
 * config (README, "Two hosts").
 *
 * @param user     the broker user
 * @param password its password
 */
public record BrokerCredentials(String user, String password) {

    static final String SUFFIX = ".broker-password";

    /** The credentials of the node whose config file is {@code config}; the password file is made if missing. */
    public static BrokerCredentials of(Path config) {
        String file = config.getFileName().toString();
        String user = file.endsWith(".json") ? file.substring(0, file.length() - 5) : file;
        Path secret = config.toAbsolutePath().resolveSibling(user + SUFFIX);
        try {
            if (!Files.exists(secret)) {
                byte[] bytes = new byte[24];
                new SecureRandom().nextBytes(bytes);
                Path partial = Files.createTempFile(secret.getParent(), user, ".partial");
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
                Files.writeString(partial, HexFormat.of().formatHex(bytes) + "\n", StandardCharsets.UTF_8);
                try {
                    Files.move(partial, secret); // of two made at once (nodes prepared in parallel) the first stays
                } catch (FileAlreadyExistsException e) {
                    Files.delete(partial);
                }
            }
            String password = Files.readString(secret, StandardCharsets.UTF_8).strip();
            if (!password.matches("[0-9a-f]{16,128}")) {
                throw new CliException(secret + " is not a broker password (16-128 hex digits)");
            }
            return new BrokerCredentials(user, password);
        } catch (IOException e) {
            throw new CliException("cannot read or make " + secret + ": " + e.getMessage());
        }
    }
}
