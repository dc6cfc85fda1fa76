package org.loopchain.core.tx;

import java.util.Map;

/**
 * A signed configuration a transaction carries (a SCORE configuration, a validator change): the
 * channel it changes and the transaction data it is ({@link ConfigBodies} finds it there again).
 */
public interface SignedConfig {

    String channel();

    /** The transaction data: {@code {"<field>": {..., signatures}}}. */
    Map<String, Object> toJson();
}
