package org.loopchain.score.host;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.loopchain.core.config.ChannelManageData.ChannelDefinition;
import org.loopchain.core.config.ConfigKeys;
import org.loopchain.core.config.ScorePackage;
import org.loopchain.node.NodeRuntime;

/**
 * Which SCORE each channel runs on this peer. Every two seconds it re-reads the channels'
 * {@code score_package} and the deployed archives, so an {@code asadmin deploy}, redeploy or
 * undeploy (and a changed pin) takes effect without restarting the node.
 */
@Singleton
@Startup
@DependsOn("NodeRuntime")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ScoreRegistry {

    private static final Logger LOG = Logger.getLogger(ScoreRegistry.class.getName());

    @EJB
    private NodeRuntime node;
    @Resource
    private ManagedScheduledExecutorService scheduler;

    private final Map<String, ScoreBinding> bindings = new ConcurrentHashMap<>();
    private DeployedArchives archives;

    @PostConstruct
    void start() {
        String dir = node.config().get(ConfigKeys.SCORE_DEPLOY_DIR);
        Path root = !dir.isEmpty() ? Path.of(dir)
                : Path.of(System.getProperty("com.sun.aas.instanceRoot", "."), "applications", "__internal");
        archives = new DeployedArchives(root);
        refresh();
        if (node.isPeer()) {
            scheduler.scheduleWithFixedDelay(this::refreshQuietly, 2, 2, TimeUnit.SECONDS);
        }
    }

    /** How {@code channel} stands on this peer. */
    public ScoreBinding binding(String channel) {
        return bindings.computeIfAbsent(channel, c -> ScoreBinding.none(pinned(c)));
    }

    /** Re-reads the pins and the deployed archives now. */
    public void refresh() {
        List<DeployedArchives.Deployed> deployed = archives.scan();
        for (String channel : node.channelNames()) {
            ScoreBinding next = ScoreBindings.of(channel, pinned(channel), deployed);
            ScoreBinding previous = bindings.put(channel, next);
            if (previous == null || previous.state() != next.state() || !previous.message().equals(next.message())) {
                LOG.info(() -> "channel " + channel + ": SCORE " + next.state() + ": " + next.message());
            }
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot refresh the deployed SCOREs", e);
        }
    }

    private ScorePackage pinned(String channel) {
        return node.reloadedChannelDefinition(channel).map(ChannelDefinition::score)
                .orElseGet(() -> ScorePackage.named(node.config().get(ConfigKeys.SCORE_PACKAGE)));
    }
}
