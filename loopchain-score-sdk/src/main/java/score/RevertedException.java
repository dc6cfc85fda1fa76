package score;

/** A call into another contract failed. Loopchain has no inter-contract calls, so only contracts throw it. */
public class RevertedException extends RuntimeException {

    public RevertedException() {
        super();
    }

    public RevertedException(String message) {
        super(message);
    }

    public RevertedException(String message, Throwable cause) {
        super(message, cause);
    }

    public RevertedException(Throwable cause) {
        super(cause);
    }
}
