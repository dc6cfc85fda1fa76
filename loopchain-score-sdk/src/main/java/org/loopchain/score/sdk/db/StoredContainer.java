package org.loopchain.score.sdk.db;

/** A container created by {@code Context.new…DB}, as opposed to a sub-database of a branch. */
public interface StoredContainer {

    ContainerSpec spec();
}
