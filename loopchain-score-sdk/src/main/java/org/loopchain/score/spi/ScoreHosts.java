package org.loopchain.score.spi;

/** The {@link ScoreHost} bound to the current thread while the engine runs a contract. */
public final class ScoreHosts {

    private static final ThreadLocal<ScoreHost> CURRENT = new ThreadLocal<>();

    private ScoreHosts() {
    }

    /** The bound host; a contract called outside the engine gets {@link IllegalStateException}. */
    public static ScoreHost current() {
        ScoreHost host = CURRENT.get();
        if (host == null) {
            throw new IllegalStateException("no SCORE host: contract code runs only inside the loopchain engine");
        }
        return host;
    }

    /** Binds {@code host} until the returned handle is closed (then the previous one is restored). */
    public static Binding bind(ScoreHost host) {
        ScoreHost previous = CURRENT.get();
        CURRENT.set(host);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** Closing restores the previous binding. */
    @FunctionalInterface
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }
}
