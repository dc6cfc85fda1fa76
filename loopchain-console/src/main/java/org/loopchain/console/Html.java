package org.loopchain.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** HTML text of the console's pages: escaping, and the frame every page shares (skip link, header, navigation, main). */
final class Html {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fff;line-height:1.45}
            header{background:#12355b;color:#fff;padding:.6rem 1.2rem;display:flex;gap:1.5rem;align-items:center;flex-wrap:wrap}
            header a{color:#fff}header .who{margin-left:auto}
            main{padding:1rem 1.2rem;max-width:72rem}
            table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #999;padding:.3rem .6rem;text-align:left;vertical-align:top}
            th{background:#e8eef5}caption{text-align:left;font-weight:bold;padding:.3rem 0}
            .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;color:#000;padding:.4rem}
            .ok{border-left:6px solid #1a7f37;padding:.5rem .8rem;background:#eaf6ec}
            .wait{border-left:6px solid #9a6700;padding:.5rem .8rem;background:#fff8e5}
            .error{border-left:6px solid #b3261e;padding:.5rem .8rem;background:#fdecea}
            label{display:inline-block;min-width:9rem}input,select,button{font-size:1rem;padding:.25rem .4rem;margin:.15rem 0}
            button{cursor:pointer}:focus{outline:3px solid #f2a900;outline-offset:2px}
            pre{background:#f4f4f4;padding:.6rem;overflow:auto;max-width:70rem}
            form.inline{display:inline}fieldset{margin:.6rem 0;max-width:48rem}
            """;

    private Html() {
    }

    /** {@code value} as HTML text (also safe inside a quoted attribute). */
    static String esc(Object value) {
        String s = String.valueOf(value);
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code value} as a URL query value. */
    static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * A whole page: {@code title} is the document's title and its one {@code h1}; {@code refreshSeconds} &gt; 0
     * reloads it (a change waiting for its block).
     */
    static String page(String contextPath, String title, Viewer viewer, String body, int refreshSeconds) {
        StringBuilder nav = new StringBuilder();
        if (viewer != null && viewer.admin()) {
            nav.append("<a href=\"").append(contextPath).append("/\">Network and channels</a>");
        }
        if (viewer != null && viewer.auditor()) {
            nav.append("<a href=\"").append(contextPath).append("/audit\">Audit: read transactions</a>");
        }
        String who = viewer == null ? "" : "<span class=\"who\">Signed in as <strong id=\"user\">" + esc(viewer.name())
                + "</strong> (" + esc(viewer.rolesText()) + ") <form class=\"inline\" method=\"post\" action=\"" + contextPath
                + "/signout\">" + hiddenCsrf(viewer) + "<button type=\"submit\">Sign out</button></form></span>";
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + (refreshSeconds > 0 ? "<meta http-equiv=\"refresh\" content=\"" + refreshSeconds + "\">" : "")
                + "<title>" + esc(title) + " - loopchain console</title><style>" + STYLE + "</style></head><body>"
                + "<a class=\"skip\" href=\"#main\">Skip to the content</a>"
                + "<header><strong>loopchain console</strong><nav aria-label=\"Console\">" + nav + "</nav>" + who + "</header>"
                + "<main id=\"main\" tabindex=\"-1\"><h1>" + esc(title) + "</h1>" + body + "</main></body></html>";
    }

    /** The hidden field that carries the session's CSRF token in every form that changes something. */
    static String hiddenCsrf(Viewer viewer) {
        return "<input type=\"hidden\" name=\"" + Csrf.FIELD + "\" value=\"" + esc(viewer.csrf()) + "\">";
    }

    static String hidden(String name, Object value) {
        return "<input type=\"hidden\" name=\"" + esc(name) + "\" value=\"" + esc(value) + "\">";
    }

    static String message(String kind, String text) {
        return "<p class=\"" + kind + "\" role=\"" + (kind.equals("error") ? "alert" : "status") + "\">" + text + "</p>";
    }
}
