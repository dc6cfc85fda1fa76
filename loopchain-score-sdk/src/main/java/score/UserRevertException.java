package score;

/**
 * A failure an {@link score.annotation.External} method reports with its own code: the call
 * fails with result code 32 + {@link #getCode()} (clamped by the engine). Subclasses may override
 * {@link #getCode()}.
 */
public class UserRevertException extends RuntimeException {

    public UserRevertException() {
    }

    public UserRevertException(String message) {
        super(message);
    }

    public UserRevertException(String message, Throwable cause) {
        super(message, cause);
    }

    public UserRevertException(Throwable cause) {
        super(cause);
    }

    /** The failure code; 0 unless a subclass says otherwise. */
    public int getCode() {
        return 0;
    }
}
