package org.loopchain.score.sdk.db;

/**
 * What identifies a container created by {@code Context.new…DB}: its kind, its id and the class of
 * its (leaf) values. The engine keeps it for a contract field holding a container and recreates
 * the container with {@link Containers#restore}.
 */
public record ContainerSpec(ContainerKind kind, String id, Class<?> valueClass) {
}
