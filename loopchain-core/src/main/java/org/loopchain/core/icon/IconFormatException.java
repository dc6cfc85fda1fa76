package org.loopchain.core.icon;

/**
 * A v3 transaction, address, number or signature that breaks ICON's format rules. The message
 * names the field and the rule, so the JSON-RPC layer can send it back as "invalid params".
 */
public final class IconFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public IconFormatException(String message) {
        super(message);
    }
}
