package org.loopchain.node;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The node's database: embedded Derby, created on first use. The name is relative, so Derby puts it
 * under {@code derby.system.home}, which the launcher sets to the node's data directory: one
 * database per node, whichever server runs the EAR.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/loopchain",
        className = "org.apache.derby.jdbc.EmbeddedXADataSource",
        databaseName = "loopchain-db",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {"createDatabase=create"})
@Singleton
public class NodeDataSource {
}
