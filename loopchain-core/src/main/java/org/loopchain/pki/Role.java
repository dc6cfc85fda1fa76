package org.loopchain.pki;

import java.util.Locale;

/** What a certificate lets its holder do; written as the OU of the subject ({@code OU=validator}). */
public enum Role {
    /** a peer that votes on blocks */
    VALIDATOR,
    /** a machine auditor: reads a channel without being a member */
    AUDIT,
    /** a person or tool that administers the network */
    ADMIN;

    /** The OU value: the lower-case name. */
    public String ou() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the accepted values */
    public static Role parse(String text) {
        for (Role role : values()) {
            if (role.ou().equals(text)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + text + "' (validator, audit or admin)");
    }
}
