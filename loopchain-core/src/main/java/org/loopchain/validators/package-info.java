/**
 * Validator-set changes as events in a channel's own chain: the admin-signed configuration
 * transaction ({@link org.loopchain.validators.ValidatorConfig}), the check of its admin signatures
 * ({@link org.loopchain.validators.AdminSignatures}) and the history that gives the validator set of
 * every height ({@link org.loopchain.validators.ValidatorHistory}), rebuilt by replaying the chain.
 * Plain Java; the consensus reads it through {@link org.loopchain.consensus.ValidatorSets}.
 */
package org.loopchain.validators;
