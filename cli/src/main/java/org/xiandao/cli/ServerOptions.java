package org.xiandao.cli;

import picocli.CommandLine.Option;

/** Where the web server listens. */
final class ServerOptions {

    @Option(names = "--port", defaultValue = "7070", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--policies", paramLabel = "DIR", description = "Serve the .policy files of this folder instead of the shipped ones;"
            + " files that do not check are left out and listed on the calculator page.")
    java.nio.file.Path policies;
}
