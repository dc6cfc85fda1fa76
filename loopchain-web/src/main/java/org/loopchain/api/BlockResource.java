package org.loopchain.api;

import static org.loopchain.api.Replies.map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.loopchain.channel.Channel;
import org.loopchain.consensus.CertificateProof;
import org.loopchain.core.block.Block;
import org.loopchain.core.tx.Transaction;

/**
 * {@code /api/v1/blocks}: the last block, or one block with its transactions by {@code hash} or
 * {@code height}. {@code block_data_json} holds exactly the fields the v1 block hash covers (and the
 * height and leader); the leader's signature and key, the result root and the commit certificate
 * ({@link CertificateProof}) follow at the top level.
 */
@Path("blocks")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class BlockResource {

    @Inject
    private Channels channels;

    @GET
    public Response get(@QueryParam("hash") String hash, @QueryParam("height") String height,
            @QueryParam("channel") String channelParam) {
        Channel channel = channels.resolve(channelParam,
                m -> Replies.error(404, ResponseCodes.UNKNOWN_CHANNEL, m));
        if (hash != null && height != null) {
            throw Replies.error(400, ResponseCodes.FAIL_VALIDATE_PARAMS, "give either 'hash' or 'height', not both");
        }
        if (hash != null) {
            String h = Channels.hash(hash, m -> Replies.error(400, ResponseCodes.FAIL_VALIDATE_PARAMS, m));
            Block block = channels.manager().blocks().blockByHash(channel.name(), h).orElseThrow(
                    () -> Replies.error(404, ResponseCodes.WRONG_BLOCK_HASH, "no block " + h + " in channel " + channel.name()));
            return withTransactions(channel, block);
        }
        if (height != null) {
            long at = parseHeight(height);
            Block block = channels.manager().blocks().blockByHeight(channel.name(), at).orElseThrow(
                    () -> Replies.error(404, ResponseCodes.WRONG_BLOCK_HASH, "no block at height " + at + " in channel "
                            + channel.name() + " (last is " + channel.status().height() + ")"));
            return withTransactions(channel, block);
        }
        Block last = channels.manager().blocks().lastBlock(channel.name()).orElseThrow(
                () -> Replies.error(404, ResponseCodes.WRONG_BLOCK_HASH, "channel " + channel.name() + " has no block yet"));
        Map<String, Object> body = map("response_code", 0);
        body.putAll(header(last));
        body.put("commit_certificate", certificate(channel, last));
        return Replies.ok(body);
    }

    private Response withTransactions(Channel channel, Block block) {
        Map<String, Object> body = map("response_code", 0);
        body.putAll(header(block));
        body.put("commit_certificate", certificate(channel, block));
        List<Transaction> txs = channels.manager().blocks().transactionsOf(block.channel(), block.height());
        if (txs.isEmpty()) {
            body.put("tx_data_json", "");
        } else {
            List<Object> list = new ArrayList<>(txs.size());
            for (Transaction tx : txs) {
                list.add(map("tx_hash", tx.hash(), "timestamp", tx.timestampMicros(), "data_string", tx.data(),
                        "peer_id", tx.meta().peerId()));
            }
            body.put("tx_data_json", list);
        }
        return Replies.ok(body);
    }

    private static Map<String, Object> header(Block b) {
        return map("block_hash", b.hash(),
                "block_data_json", map("prev_block_hash", b.prevHash(), "merkle_tree_root_hash", b.merkleRoot(),
                        "time_stamp", String.valueOf(b.timestampMicros()), "height", String.valueOf(b.height()),
                        "peer_id", b.peerId()),
                "signature", b.signature(), "public_key", b.publicKey(), "result_root", b.resultRoot());
    }

    /**
     * The certificate that committed {@code block} (see {@link CertificateProof}), with the keys of the
     * validators of its own height; null for genesis or a lone peer's block.
     */
    private Map<String, Object> certificate(Channel channel, Block block) {
        return channels.manager().certificate(channel.name(), block.height())
                .map(c -> CertificateProof.json(c, channel.validatorHistory().map(h -> h.at(block.height()))
                        .orElse(null))).orElse(null);
    }

    private static long parseHeight(String raw) {
        if (!raw.matches("[0-9]{1,18}")) {
            throw Replies.error(400, ResponseCodes.FAIL_VALIDATE_PARAMS,
                    "malformed height (a whole number >= 0 expected): " + Channels.clip(raw));
        }
        return Long.parseLong(raw);
    }
}
