package org.loopchain.cli.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopchain.cli.CliException;

/** The deploy against a DAS on a loopback socket that answers as a starting Payara does. */
class DeployerTest {
    private static final String BUSY = "{ \"name\":\"V3 cannot process this command at this time, please wait\", \"exit_code\":\"FAILURE\"}";
    private static final String DEPLOYED = "{ \"name\":\"Application deployed with name loopchain.\", \"exit_code\":\"SUCCESS\"}";
    private static final String REFUSED = "{ \"name\":\"Error occurred during deployment\", \"exit_code\":\"FAILURE\"}";

    @TempDir
    Path dir;

    /** Serves one connection per script entry: an answer, or null to close the connection without one. */
    private static final class FakeDas implements AutoCloseable {
        final ServerSocket socket;
        final AtomicInteger connections = new AtomicInteger();

        FakeDas(List<String> script) throws IOException {
            socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
            Thread t = new Thread(() -> serve(new ArrayList<>(script)));
            t.setDaemon(true);
            t.start();
        }

        private void serve(List<String> script) {
            while (!script.isEmpty()) {
                String answer = script.remove(0);
                try (Socket s = socket.accept()) {
                    connections.incrementAndGet();
                    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
                    for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                        // the request line and headers; the deploy has no body
                    }
                    if (answer != null) {
                        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
                        s.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                        s.getOutputStream().write(body);
                        s.getOutputStream().flush();
                    }
                } catch (IOException e) {
                    return;
                }
            }
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private Path archive() throws IOException {
        return Files.writeString(dir.resolve("loopchain.ear"), "an archive");
    }

    @Test
    void aDasThatIsStartingOrDropsTheConnectionIsAskedAgainOnANewConnectionUntilItDeploys() throws Exception {
        Path domain = Files.createDirectories(dir.resolve("rs"));
        try (FakeDas das = new FakeDas(Arrays.asList(BUSY, null, DEPLOYED))) {
            Deployer.deploy(das.port(), "loopchain", archive(), domain, dir.resolve("rs.asadmin.log"), 10);
            assertEquals(3, das.connections.get());
        }
        String log = Files.readString(dir.resolve("rs.asadmin.log"));
        assertTrue(log.contains("cannot process") && log.contains("did not answer") && log.contains("deployed with name"), log);
    }

    @Test
    void aRefusedDeployIsNotRepeatedAndSaysWhy() throws Exception {
        Path domain = Files.createDirectories(dir.resolve("peer0"));
        try (FakeDas das = new FakeDas(List.of(REFUSED, DEPLOYED))) {
            CliException e = assertThrows(CliException.class,
                    () -> Deployer.deploy(das.port(), "loopchain", archive(), domain, dir.resolve("peer0.asadmin.log"), 10));
            assertTrue(e.getMessage().contains("Error occurred during deployment"), e.getMessage());
            assertEquals(1, das.connections.get());
        }
    }
}
