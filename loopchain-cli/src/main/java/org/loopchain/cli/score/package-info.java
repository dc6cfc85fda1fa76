/** What {@code ./loopchain score} needs besides the node's own SCORE tools: archive manifests and listings. */
package org.loopchain.cli.score;
