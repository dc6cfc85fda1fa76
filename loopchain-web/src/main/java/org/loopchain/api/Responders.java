package org.loopchain.api;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Two threads that answer asynchronous submissions once the journal has stored their transactions, so
 * the journal's writer goes straight back to the database. Made once by the server's managed thread
 * factory: a {@code ManagedExecutorService} captures and restores the caller's context for every
 * task, which cost the journal's writer a service-loader scan per answered request.
 */
@ApplicationScoped
public class Responders {

    private static final int THREADS = 2;

    @Resource
    private ManagedThreadFactory threads;
    private ExecutorService pool;

    @PostConstruct
    void start() {
        pool = Executors.newFixedThreadPool(THREADS, threads);
    }

    @PreDestroy
    void stop() {
        pool.shutdown();
    }

    /**
     * The pool itself; take it on the request's thread (the bean is made, with its injections, in the
     * web module's context) and hand it to the completion.
     */
    public Executor executor() {
        return pool;
    }
}
