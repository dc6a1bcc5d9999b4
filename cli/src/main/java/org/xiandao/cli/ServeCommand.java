package org.xiandao.cli;

import io.javalin.Javalin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.xiandao.store.Store;
import org.xiandao.web.XiandaoServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve an existing store on the web.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws InterruptedException {
        try (Store store = common.open()) {
            serve(store, server);
        }
        return 0;
    }

    /** Starts the server and blocks until the process is stopped. */
    static void serve(Store store, ServerOptions options) throws InterruptedException {
        if (options.port < 0 || options.port > 65535) {
            throw new UsageProblem("--port must be between 0 and 65535, was " + options.port);
        }
        if (options.policies != null && !java.nio.file.Files.isDirectory(options.policies)) {
            throw new UsageProblem("--policies: " + options.policies + " is not a folder");
        }
        var policyService = new org.xiandao.web.policy.PolicyService(store, options.policies);
        policyService.loadErrors().forEach(e -> Output.people().println("policy left out: " + e));
        Javalin app = XiandaoServer.create(store, options.host, policyService);
        try {
            app.start(options.port);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot listen on " + options.host + ":" + options.port
                    + " (is another server using the port? try --port)", e);
        }
        Output.people().printf("Xiandao is serving %s at http://%s:%d/ (Ctrl-C stops it)%n",
                store.location().describe(), options.host, app.port());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }));
        stopped.await();
    }
}
