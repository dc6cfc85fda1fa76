package org.loopchain.score.engine;

import java.util.Arrays;

/**
 * What an {@code @EventLog} method's body becomes: {@link #emit} logs the event the ICON way, the
 * signature and the first {@code indexed} arguments as indexed values, the rest as data.
 */
public final class EventLogs {

    private EventLogs() {
    }

    /**
     * Logs {@code signature} (e.g. {@code Transfer(Address,Address,int,bytes)}) with {@code args}.
     * Called by instrumented code only.
     */
    public static void emit(String signature, int indexed, Object[] args) {
        Object[] indexedValues = new Object[indexed + 1];
        indexedValues[0] = signature;
        System.arraycopy(args, 0, indexedValues, 1, indexed);
        score.Context.logEvent(indexedValues, Arrays.copyOfRange(args, indexed, args.length));
    }
}
