package score;

/**
 * A contract reverted on purpose ({@link Context#revert(int, String)}). The call fails with result
 * code 32 + {@link #getCode()}; all its writes and event logs are dropped.
 */
public class UserRevertedException extends RevertedException {

    private int statusCode;

    public UserRevertedException() {
        super();
    }

    public UserRevertedException(String message) {
        super(message);
    }

    public UserRevertedException(String message, Throwable cause) {
        super(message, cause);
    }

    public UserRevertedException(Throwable cause) {
        super(cause);
    }

    public UserRevertedException(int code) {
        super();
        statusCode = code;
    }

    public UserRevertedException(int code, String message) {
        super(message);
        statusCode = code;
    }

    public UserRevertedException(int code, String message, Throwable cause) {
        super(message, cause);
        statusCode = code;
    }

    public UserRevertedException(int code, Throwable cause) {
        super(cause);
        statusCode = code;
    }

    /** The contract's own failure code (0 unless given). */
    public int getCode() {
        return statusCode;
    }
}
