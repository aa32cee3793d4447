package com.scenehub.voucher;

import com.scenehub.shared.domain.BusinessRuleException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for claims (ADR 0008). Callers (already authorised, their enterprise resolved) queue
 * a {@link Request} and wait; a few writer threads each take whatever has queued up — at most
 * {@code maxBatch} claims — and run it as one transaction, so transaction begin/commit, the commit's
 * WAL flush and the per-programme reads are paid once per batch instead of once per claim.
 * <p>
 * A claim goes to the writer chosen by its enterprise, so batches of different writers rarely want
 * the same cap rows. If a batch fails unexpectedly, each of its claims runs again on its own; claims
 * the batch could not finish (e.g. no budget shard free) also run on their own after its commit.
 * Results are handed out only after the commit.
 */
final class ClaimWriter {

    private static final Logger log = LoggerFactory.getLogger(ClaimWriter.class);

    /** One queued claim; {@code key} is the transfer key ({@code claim:<request key>}). */
    record Request(String actor, Long enterpriseId, Long programmeId, BigDecimal amount, String key,
            CompletableFuture<VoucherSummary> result) {
    }

    /** A batch's answer for a claim that is to run again on its own, after the batch's commit. */
    static final Object ALONE = new Object();

    interface Processor {
        /**
         * Runs the batch in one transaction and returns, per request, a {@link VoucherSummary}, a
         * refusal ({@link RuntimeException}) or {@link #ALONE}. Throws if the transaction failed.
         */
        Map<Request, Object> inOneTransaction(List<Request> batch);

        /** Runs one claim in its own transaction(s), as without the writer. */
        VoucherSummary alone(Request request);
    }

    private final Processor processor;
    private final int maxBatch;
    private final Duration timeout;
    private final List<BlockingQueue<Request>> queues = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong fallbacks = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger waiting = new java.util.concurrent.atomic.AtomicInteger();
    private final Object pauseLock = new Object();
    private boolean paused;
    private volatile boolean stopped;

    ClaimWriter(Processor processor, int writers, int maxBatch, Duration timeout) {
        this.processor = processor;
        this.maxBatch = maxBatch;
        this.timeout = timeout;
        for (int i = 0; i < writers; i++) {
            BlockingQueue<Request> queue = new LinkedBlockingQueue<>();
            queues.add(queue);
            Thread thread = Thread.ofPlatform().daemon().name("voucher-claim-writer-" + i).unstarted(() -> drain(queue));
            threads.add(thread);
            thread.start();
        }
    }

    /** Queues the claim and waits for its result; a refusal is thrown as it was made. */
    VoucherSummary claim(String actor, Long enterpriseId, Long programmeId, BigDecimal amount, String key) {
        if (stopped) {
            throw new IllegalStateException("The claim writer is stopped");
        }
        Request request = new Request(actor, enterpriseId, programmeId, amount, key, new CompletableFuture<>());
        waiting.incrementAndGet();
        queues.get((int) Math.floorMod(enterpriseId, (long) queues.size())).add(request);
        try {
            return request.result().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException refusal) {
                throw refusal;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            // The claim may still be applied later; a retry with the same request key returns it then.
            throw new BusinessRuleException("error.voucher.claim-busy");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void drain(BlockingQueue<Request> queue) {
        List<Request> batch = new ArrayList<>(maxBatch);
        while (!stopped) {
            try {
                batch.add(queue.take());
                awaitResume();
            } catch (InterruptedException e) {
                break;
            }
            queue.drainTo(batch, maxBatch - 1);
            waiting.addAndGet(-batch.size());
            try {
                process(batch);
            } catch (RuntimeException | Error unexpected) {
                log.error("Claim writer failed on a batch of {}", batch.size(), unexpected);
                batch.forEach(r -> r.result().completeExceptionally(unexpected));
            }
            batch.clear();
        }
        for (Request left; (left = queue.poll()) != null; ) {
            left.result().completeExceptionally(new IllegalStateException("The claim writer stopped"));
        }
    }

    private void process(List<Request> batch) {
        Map<Request, Object> outcomes;
        try {
            outcomes = processor.inOneTransaction(batch);
            batches.incrementAndGet();
        } catch (RuntimeException unexpected) {
            fallbacks.incrementAndGet();
            log.warn("A batch of {} claims failed, running them one by one: {}", batch.size(), unexpected.toString());
            outcomes = new IdentityHashMap<>();
            for (Request r : batch) {
                outcomes.put(r, ALONE);
            }
        }
        for (Request r : batch) {
            Object outcome = outcomes.getOrDefault(r, ALONE);
            if (outcome == ALONE) {
                try {
                    r.result().complete(processor.alone(r));
                } catch (RuntimeException refusedOrFailed) {
                    r.result().completeExceptionally(refusedOrFailed);
                }
            } else if (outcome instanceof VoucherSummary voucher) {
                r.result().complete(voucher);
            } else {
                r.result().completeExceptionally((RuntimeException) outcome);
            }
        }
    }

    private void awaitResume() throws InterruptedException {
        synchronized (pauseLock) {
            while (paused) {
                pauseLock.wait();
            }
        }
    }

    /** Holds the writers before their next batch, so that claims queue up (tests, maintenance). */
    void pause() {
        synchronized (pauseLock) {
            paused = true;
        }
    }

    void resume() {
        synchronized (pauseLock) {
            paused = false;
            pauseLock.notifyAll();
        }
    }

    /** Claims queued and not yet in a batch. */
    int queued() {
        return waiting.get();
    }

    /** Batches committed so far. */
    long batches() {
        return batches.get();
    }

    /** Batches that failed and ran one claim per transaction instead. */
    long fallbacks() {
        return fallbacks.get();
    }

    void stop() {
        stopped = true;
        threads.forEach(Thread::interrupt);
    }
}
