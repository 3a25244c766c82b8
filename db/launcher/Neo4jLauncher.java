import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j Community (the embedded engine from Maven Central) with its Bolt connector, for
 * machines without the server distribution or Docker. Started by scripts/db.mjs; all settings
 * come from environment variables that script validates.
 *
 * Run as a single-file source program: java -cp CLASSPATH Neo4jLauncher.java
 */
public final class Neo4jLauncher {
    private Neo4jLauncher() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(require("OPSPOR_NEO4J_HOME"));
        String host = env("OPSPOR_NEO4J_HOST", "127.0.0.1");
        String port = env("OPSPOR_NEO4J_BOLT_PORT", "7687");
        String password = require("OPSPOR_NEO4J_PASSWORD");
        Files.createDirectories(home);
        Files.deleteIfExists(home.resolve("launcher.ready"));

        Map<String, String> config = new HashMap<>();
        config.put("server.bolt.enabled", "true");
        config.put("server.bolt.listen_address", host + ":" + port);
        config.put("server.bolt.tls_level", "DISABLED");
        config.put("dbms.security.auth_enabled", "true");
        // Safety: no LOAD CSV from the local file system, bounded transactions.
        config.put("dbms.security.allow_csv_import_from_file_urls", "false");
        config.put("db.transaction.timeout", env("OPSPOR_NEO4J_TX_TIMEOUT", "120s"));
        config.put("db.memory.transaction.max", env("OPSPOR_NEO4J_TX_MEMORY", "1g"));
        config.put("server.memory.pagecache.size", env("OPSPOR_NEO4J_PAGECACHE", "512m"));
        config.put("db.logs.query.enabled", "OFF");

        StringBuilder conf = new StringBuilder("# written by Neo4jLauncher on every start\n");
        config.forEach((key, value) -> conf.append(key).append('=').append(value).append('\n'));
        Path confFile = home.resolve("neo4j.conf");
        Files.writeString(confFile, conf.toString());

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .loadPropertiesFromFile(confFile)
                .build();
        setPassword(dbms, password);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("opspor-neo4j: shutting down");
            dbms.shutdown();
            try {
                Files.deleteIfExists(home.resolve("launcher.ready"));
            } catch (java.io.IOException ignored) {
                // the next start removes it anyway
            }
            stopped.countDown();
        }));
        // The start script waits for this file: Bolt answers before the password is set.
        Files.writeString(home.resolve("launcher.ready"), String.valueOf(ProcessHandle.current().pid()));
        System.out.println("opspor-neo4j: ready on bolt://" + host + ":" + port);
        stopped.await();
    }

    /** The built-in user `neo4j` gets the configured password; repeating it is harmless. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (!message.contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    private static String env(String key, String fallback) {
        String value = System.getenv(key);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String require(String key) {
        String value = System.getenv(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("missing environment variable " + key);
        }
        return value;
    }
}
