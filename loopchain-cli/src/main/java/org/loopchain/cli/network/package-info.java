/** The config files of a local network: each node's JSON and the channel's channel_manage_data.json. */
package org.loopchain.cli.network;
