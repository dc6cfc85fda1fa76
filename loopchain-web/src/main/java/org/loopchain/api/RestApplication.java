package org.loopchain.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** REST v1 lives under {@code /api/v1} of the web module, which the EAR maps to the server's root. */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {
}
