/**
 * The native coin of a channel, moved by ICON v3 transactions and by the channel's SCORE: balances
 * per {@code hx}/{@code cx} account as chain state (the host's {@code 00}-prefixed keys beside the
 * SCORE's), the genesis allocation from the channel's config, {@code value} transfers and step
 * fees, the value of calls to payable methods and what the SCORE sends, and the result of each v3
 * transaction, all covered by the block's result root. Plain Java.
 */
package org.loopchain.coin;
