/**
 * The JSON of the launcher's files (node configs, channel_manage_data.json) and of the node's REST
 * answers: parsed to maps, lists, strings, numbers, booleans and null; written as Python's
 * {@code json.dump(indent=2)} did, so files written before this module look the same.
 * A separate, tiny copy because the launcher builds this module before the node's own code.
 */
package org.loopchain.cli.json;
