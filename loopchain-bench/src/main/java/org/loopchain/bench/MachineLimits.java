package org.loopchain.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.loopchain.consensus.CoreJsonForms;
import org.loopchain.core.crypto.Hashes;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.json.Json;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxMeta;
import org.loopchain.core.tx.V1Transactions;

/**
 * What this machine can do at most, measured in the bench's JVM before the load, with the nodes'
 * own code: secp256k1 verifications per second of v1 transactions ({@link V1Transactions#verify},
 * the check a peer runs on every transaction it did not make: the hash recomputed, then the
 * signature, by libsecp256k1 where it loads as in the nodes) and SHA-256 hashes per second of a
 * bench transaction's wire form ({@link Hashes#sha256}), each on one thread per core; and Derby
 * commits per second on one connection ({@link DerbyCommits}).
 *
 * <p>Every peer verifies every transaction once, so P peers sharing this machine commit at most
 * {@code verify/s ÷ P} transactions per second: the signature ceiling {@link #ceilingLine} compares
 * the run with.
 */
final class MachineLimits {

    private static final String CHANNEL = "loopchain_default";
    private static final int TRANSACTIONS = 1000;

    /**
     * The measured limits.
     *
     * @param threads      threads of the verify and hash runs (one per available processor)
     * @param each         how long each was measured (after a warm-up of a sixth of it)
     * @param signers      keys the verified transactions are signed with (one per peer)
     * @param verify       v1 transactions verified
     * @param sha256       SHA-256 hashes of {@code payloadBytes} bytes
     * @param payloadBytes the size of a bench transaction's wire form
     * @param derby        Derby commits
     * @param scratch      where the Derby database was made
     */
    record Limits(int threads, Duration each, int signers, Throughput.Rate verify, Throughput.Rate sha256, int payloadBytes,
                  Throughput.Rate derby, Path scratch) {

        /** The "machine limits" block of the report. */
        String block() {
            return String.format(Locale.ROOT, "%-16s %d threads (one per core), %.1f s each after a %.1f s warm-up"
                    + " (--no-limits skips this)%n", "machine limits", threads, each.toMillis() / 1e3, each.toMillis() / 6e3)
                    + String.format(Locale.ROOT, "%-16s %.0f verify/s (%s; V1Transactions.verify of bench txs signed by %d keys)%n",
                    "secp256k1", verify.perSecond(), PeerKey.implementation(), signers)
                    + String.format(Locale.ROOT, "%-16s %.0f hash/s of %d B (a bench tx's wire form)%n",
                    "SHA-256", sha256.perSecond(), payloadBytes)
                    + String.format(Locale.ROOT, "%-16s %.0f commits/s (embedded, under %s: one INSERT + commit at a time"
                    + " on one connection, default durability)%n", "Derby", derby.perSecond(), scratch);
        }
    }

    private MachineLimits() {
    }

    /**
     * Measures each limit for {@code each} (plus its warm-up), the Derby database under
     * {@code scratch} (best on the disk the nodes' databases are on); the transactions are signed
     * by {@code signers} keys, as many as the peers that receive the load.
     *
     * @throws IllegalStateException if a correctly signed transaction did not verify
     */
    static Limits measure(Duration each, int signers, Path scratch) throws IOException, SQLException {
        int threads = Runtime.getRuntime().availableProcessors();
        List<Transaction> txs = benchTransactions(TRANSACTIONS, signers);
        Throughput.Rate verify = verifications(txs, threads, each);
        if (verify.failed() > 0) {
            throw new IllegalStateException(verify.failed() + " verifications of correctly signed transactions failed");
        }
        byte[] payload = Json.pyDumps(CoreJsonForms.tx(txs.get(0))).getBytes(StandardCharsets.UTF_8);
        Throughput.Rate sha256 = hashes(payload, threads, each);
        return new Limits(threads, each, signers, verify, sha256, payload.length, DerbyCommits.measure(scratch, each), scratch);
    }

    /**
     * {@code count} v1 transactions with bench bodies, as {@code signers} peers receive and sign
     * them ({@link V1Transactions#create}: a real hash and a real signature each).
     */
    static List<Transaction> benchTransactions(int count, int signers) {
        SecureRandom random = new SecureRandom();
        List<PeerKey> keys = new ArrayList<>();
        List<TxMeta> metas = new ArrayList<>();
        for (int p = 0; p < signers; p++) {
            keys.add(PeerKey.generate(random));
            metas.add(new TxMeta(UUID.randomUUID().toString(), "loopchain/default", "0", CHANNEL));
        }
        long micros = System.currentTimeMillis() * 1000;
        List<Transaction> txs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            txs.add(V1Transactions.create(CHANNEL, metas.get(i % signers), Json.parse(Bench.body(i)), micros + i, keys.get(i % signers)));
        }
        return txs;
    }

    /** {@link V1Transactions#verify} over {@code txs} round and round; a transaction that does not verify counts as failed. */
    static Throughput.Rate verifications(List<Transaction> txs, int threads, Duration duration) {
        return Throughput.measure(threads, duration, i -> V1Transactions.verify(txs.get((int) (i % txs.size()))));
    }

    /** SHA-256 of {@code payload}, each result compared with the first (so none can be skipped). */
    static Throughput.Rate hashes(byte[] payload, int threads, Duration duration) {
        byte[] expected = Hashes.sha256(payload);
        return Throughput.measure(threads, duration, i -> Arrays.equals(Hashes.sha256(payload), expected));
    }

    /**
     * {@code signature ceiling  V verify/s ÷ P peers = C tx/s; committed/ceiling = R}: each of the
     * {@code peers} verifies every transaction once, all on this machine's cores.
     */
    static String ceilingLine(double verifyPerSecond, int peers, double committedPerSecond) {
        double ceiling = verifyPerSecond / peers;
        return String.format(Locale.ROOT, "signature ceiling  %.0f verify/s ÷ %d peers = %.0f tx/s; committed/ceiling = %.2f",
                verifyPerSecond, peers, ceiling, ceiling <= 0 ? 0 : committedPerSecond / ceiling);
    }
}
