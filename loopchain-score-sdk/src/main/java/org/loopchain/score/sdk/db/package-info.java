/**
 * The storage containers behind {@code Context.newVarDB}, {@code newDictDB}, {@code newArrayDB} and
 * {@code newBranchDB}: each slot is one key in the host's storage (see {@link
 * org.loopchain.score.sdk.db.StoragePath} for the key layout and {@link
 * org.loopchain.score.sdk.db.ValueCodec} for the value bytes), and every access is metered. The
 * engine uses {@link org.loopchain.score.sdk.db.ContainerSpec} and
 * {@link org.loopchain.score.sdk.db.Containers#restore} to keep containers held in contract fields.
 */
package org.loopchain.score.sdk.db;
