package org.loopchain.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.loopchain.channel.Channel;
import org.loopchain.core.crypto.Hex;
import org.loopchain.service.ChainService;

/** Request parameters common to the resources: the channel (default {@code LOOPCHAIN_DEFAULT_CHANNEL}) and hashes. */
@ApplicationScoped
public class Channels {

    @EJB
    private ChainService manager;

    /**
     * The named channel, or the default one when {@code name} is null.
     *
     * @param error builds the endpoint-shaped error for an unknown channel from a message
     */
    public Channel resolve(String name, Function<String, ApiException> error) {
        String wanted = name == null || name.isEmpty() ? manager.defaultChannel() : name;
        return manager.channel(wanted).orElseThrow(() -> error.apply("unknown channel: " + clip(wanted)));
    }

    public ChainService manager() {
        return manager;
    }

    /**
     * The channel a POST names: the {@code channel} query parameter, else a top-level
     * {@code "channel"} string in the body, else null (the default channel).
     *
     * @param error builds the endpoint-shaped error for a body {@code "channel"} that is not a string
     */
    static String named(String param, Map<String, Object> body, Function<String, ApiException> error) {
        if (param != null) {
            return param;
        }
        Object c = body.get("channel");
        if (c != null && !(c instanceof String)) {
            throw error.apply("'channel' must be a string");
        }
        return (String) c;
    }

    /** A 64-hex-digit hash in lower case, or the endpoint's error. */
    static String hash(String raw, Function<String, ApiException> error) {
        if (raw == null || raw.isEmpty()) {
            throw error.apply("the parameter 'hash' is required");
        }
        if (!Hex.isHash(raw)) {
            throw error.apply("malformed hash (64 hex digits expected): " + clip(raw));
        }
        return raw.toLowerCase(Locale.ROOT);
    }

    /**
     * Echoes client input back only in a short, printable form: control, format, private-use and
     * unpaired surrogate characters become {@code ?}; any other character (UTF-8 decoded, so {@code é}
     * stays {@code é}) is kept, and the JSON writer escapes it as Python's {@code json.dumps} does.
     */
    static String clip(String s) {
        String printable = s.replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}]", "?");
        int codePoints = printable.codePointCount(0, printable.length());
        return codePoints <= 80 ? printable : printable.substring(0, printable.offsetByCodePoints(0, 80)) + "...";
    }
}
