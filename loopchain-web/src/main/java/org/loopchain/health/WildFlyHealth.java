package org.loopchain.health;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.loopchain.appserver.AppServer;

/**
 * Maps {@link HealthServlet} on {@code /health/*} of the REST port when the node runs on WildFly (whose
 * server sets {@code jboss.server.base.dir}), so that a node answers the same health paths on both servers.
 * On Payara the server's own MicroProfile Health endpoint answers them, and nothing is mapped.
 */
@WebListener
public class WildFlyHealth implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (AppServer.wildFlyBase().isPresent()) {
            event.getServletContext().addServlet("loopchain-health", HealthServlet.class).addMapping("/health/*");
        }
    }
}
