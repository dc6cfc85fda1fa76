package org.loopchain.cli.domain;

/**
 * One setting of every node domain, in both forms: the lines of an asadmin script for a running
 * domain, and the same change made to a stopped domain's domain.xml.
 */
public interface Setting {
    /** Comment lines (without "#") said before the setting in the script; empty for none. */
    String comment();

    /** The asadmin command(s), one a line. */
    String asadmin();

    /** Makes the change in DOMAIN; a missing target element is an error, never a silent skip. */
    void apply(DomainXml domain);
}
