package org.dataregistry.database;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded database started the way the app starts it, in a JVM of its own that a test can kill: args are the
 * data directory, a file written once the database is up, and {@code exit-when-it-dies} to install the app's
 * watchdog.
 */
public final class EmbeddedDatabaseProcess {

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), false);
        if (args.length > 2 && args[2].equals("exit-when-it-dies")) {
            DatabaseConfiguration.exitWhenItDies(database);
        }
        Files.writeString(Path.of(args[1]), Long.toString(database.postmaster().pid()));
        Thread.sleep(Long.MAX_VALUE);
    }

    private EmbeddedDatabaseProcess() {}
}
