package org.loopchain.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one request per connection, for requests no HTTP client sends:
 * any bytes as the request (odd methods, raw non-ASCII in the request line, a body that does not
 * match its headers), written at once, in slow pieces, or stalled half way.
 */
final class RawHttp {

    /** How long a read may wait for the server: longer than any timeout of the node. */
    static final int READ_TIMEOUT_MILLIS = 60_000;

    /** An answer; {@code status} 0 with {@code failure} when the connection ended without one (dropped). */
    record Answer(int status, Map<String, String> headers, byte[] body, String failure) {

        boolean dropped() {
            return status == 0;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        static Answer dropped(String why) {
            return new Answer(0, Map.of(), new byte[0], why);
        }
    }

    private RawHttp() {
    }

    /** Sends {@code request} whole and reads the answer. */
    static Answer exchange(int port, byte[] request) {
        return exchange(port, request, request.length, 0);
    }

    /**
     * Sends {@code request} in pieces of {@code piece} bytes with {@code pauseMillis} between them
     * (a slow client), then reads the answer.
     */
    static Answer exchange(int port, byte[] request, int piece, long pauseMillis) {
        try (Socket s = connect(port)) {
            OutputStream out = s.getOutputStream();
            for (int at = 0; at < request.length; at += piece) {
                if (at > 0 && pauseMillis > 0) {
                    Thread.sleep(pauseMillis);
                }
                out.write(request, at, Math.min(piece, request.length - at));
                out.flush();
            }
            return read(s.getInputStream());
        } catch (IOException e) {
            return Answer.dropped(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.dropped("interrupted");
        }
    }

    /** Opens a connection and writes {@code start} only: the rest of the request never comes. */
    static Socket stall(int port, byte[] start) throws IOException {
        Socket s = connect(port);
        s.getOutputStream().write(start);
        s.getOutputStream().flush();
        return s;
    }

    /** Reads the answer on a connection opened by {@link #stall}, and closes it. */
    static Answer answerOf(Socket stalled) {
        try (stalled) {
            return read(stalled.getInputStream());
        } catch (IOException e) {
            return Answer.dropped(e.toString());
        }
    }

    /** A request: the method, the target as raw bytes (anything, even non-ASCII), headers, body. */
    static byte[] request(String method, byte[] target, Map<String, String> headers, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 256);
        out.writeBytes(method.getBytes(StandardCharsets.ISO_8859_1));
        out.write(' ');
        out.writeBytes(target);
        StringBuilder head = new StringBuilder(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static Socket connect(int port) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        s.setSoTimeout(READ_TIMEOUT_MILLIS);
        return s;
    }

    private static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            return Answer.dropped("connection closed before a status line");
        }
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            return Answer.dropped("not an HTTP status line: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
            int colon = h.indexOf(':');
            if (colon > 0) {
                headers.merge(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim(),
                        (a, b) -> a + ", " + b);
            }
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunked(in);
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else {
            body = in.readAllBytes();
        }
        return new Answer(status, headers, body, "");
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String size = line(in); size != null; size = line(in)) {
            int n = Integer.parseInt(size.split(";", 2)[0].trim(), 16);
            if (n == 0) {
                break;
            }
            out.writeBytes(in.readNBytes(n));
            line(in);
        }
        return out.toByteArray();
    }

    /** A CRLF-terminated line (ISO-8859-1), or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c = in.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n') {
            if (c != '\r') {
                sb.append((char) c);
            }
            c = in.read();
        }
        return sb.toString();
    }
}
