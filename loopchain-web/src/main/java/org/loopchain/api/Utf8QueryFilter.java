package org.loopchain.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Query strings are UTF-8: a client that sends {@code é} unescaped in the request line (its two
 * UTF-8 bytes) gets {@code é}, as one that sends {@code %C3%A9} does. The server hands such a query
 * string over with each byte as one character (ISO-8859-1), which JAX-RS and
 * {@link TransactionSubmitFilter} then read as {@code Ã©}; this filter percent-encodes those bytes, so
 * both decode them as UTF-8. Mapped in {@code web.xml} ahead of every other filter.
 */
public class Utf8QueryFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        String escaped = escapeNonAscii(query);
        if (escaped == null || escaped.equals(query)) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getQueryString() {
                return escaped;
            }
        }, response);
    }

    /**
     * The query string with every character beyond ASCII percent-encoded: one up to U+00FF is a raw
     * byte of the request line ({@code %XX}), one beyond (never from the server, kept for safety)
     * is encoded as its UTF-8 bytes. Null stays null.
     */
    static String escapeNonAscii(String query) {
        if (query == null || query.chars().allMatch(c -> c < 0x80)) {
            return query;
        }
        StringBuilder sb = new StringBuilder(query.length() * 3);
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c < 0x80) {
                sb.append(c);
            } else if (c <= 0xFF) {
                percent(sb, c);
            } else {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    percent(sb, b & 0xFF);
                }
            }
        }
        return sb.toString();
    }

    private static void percent(StringBuilder sb, int b) {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
    }
}
