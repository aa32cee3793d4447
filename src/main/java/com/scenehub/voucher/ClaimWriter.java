package com.scenehub.voucher;

import com.scenehub.shared.domain.BusinessRuleException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for claims (ADR 0008). Callers (already authorised, their enterprise resolved) queue
 * a {@link Request} and wait; a writer thread takes whatever has queued up — at most
 * {@code maxBatch} claims — and runs it as one transaction, so transaction begin/commit, the commit's
 * WAL flush and the per-programme reads are paid once per batch instead of once per claim.
 * <p>
 * One writer thread per node: two writers (measured in session 3) made smaller batches and cost more
 * CPU per claim. If a batch fails unexpectedly, each of its claims runs again on its own;
 * claims the batch could not finish (e.g. no budget shard free) also run on their own after its
 * commit. Results are handed out only after the commit.
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
    private final long lingerNanos;
    private final Duration timeout;
    private final Thread thread;
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong fallbacks = new AtomicLong();
    private final AtomicLong batchedClaims = new AtomicLong();
    private final AtomicLong aloneClaims = new AtomicLong();
    // Guarded by "this": the queue and pause.
    private final ArrayDeque<Request> queue = new ArrayDeque<>();
    private boolean paused;
    private volatile boolean stopped;

    /**
     * @param linger how long a writer that found fewer than {@code maxBatch} claims waits for more
     *        (a longer batch costs each claim in it a little latency and saves a commit)
     */
    ClaimWriter(Processor processor, int maxBatch, Duration linger, Duration timeout) {
        this.processor = processor;
        this.maxBatch = maxBatch;
        this.lingerNanos = linger.toNanos();
        this.timeout = timeout;
        this.thread = Thread.ofPlatform().daemon().name("voucher-claim-writer").start(this::drain);
    }

    /** Queues the claim and waits for its result; a refusal is thrown as it was made. */
    VoucherSummary claim(String actor, Long enterpriseId, Long programmeId, BigDecimal amount, String key) {
        if (stopped) {
            throw new IllegalStateException("The claim writer is stopped");
        }
        Request request = new Request(actor, enterpriseId, programmeId, amount, key, new CompletableFuture<>());
        synchronized (this) {
            queue.add(request);
            notifyAll();
        }
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

    private void drain() {
        while (!stopped) {
            List<Request> batch;
            try {
                batch = nextBatch();
            } catch (InterruptedException e) {
                break;
            }
            try {
                process(batch);
            } catch (RuntimeException | Error unexpected) {
                log.error("Claim writer failed on a batch of {}", batch.size(), unexpected);
                batch.forEach(r -> r.result().completeExceptionally(unexpected));
            }
        }
        synchronized (this) {
            for (Request left; (left = queue.poll()) != null; ) {
                left.result().completeExceptionally(new IllegalStateException("The claim writer stopped"));
            }
        }
    }

    /** The next batch: up to {@code maxBatch} queued claims, oldest first, after the linger if fewer. */
    private synchronized List<Request> nextBatch() throws InterruptedException {
        long lingerUntil = System.nanoTime() + lingerNanos;
        while (true) {
            int queued = paused ? 0 : queue.size();
            if (queued >= maxBatch || (queued > 0 && System.nanoTime() >= lingerUntil)) {
                break;
            }
            if (queued == 0) {
                wait();
                lingerUntil = System.nanoTime() + lingerNanos; // the linger starts with the first claim
                continue;
            }
            TimeUnit.NANOSECONDS.timedWait(this, Math.max(1, lingerUntil - System.nanoTime()));
        }
        List<Request> batch = new ArrayList<>(maxBatch);
        while (batch.size() < maxBatch && !queue.isEmpty()) {
            batch.add(queue.poll());
        }
        return batch;
    }

    private void process(List<Request> batch) {
        Map<Request, Object> outcomes;
        try {
            outcomes = processor.inOneTransaction(batch);
            batches.incrementAndGet();
            batchedClaims.addAndGet(batch.size());
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
                aloneClaims.incrementAndGet();
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

    /** Holds the writer before its next batch, so that claims queue up (tests, maintenance). */
    synchronized void pause() {
        paused = true;
    }

    synchronized void resume() {
        paused = false;
        notifyAll();
    }

    /** Claims queued and not yet in a batch. */
    synchronized int queued() {
        return queue.size();
    }

    /** Batches committed so far. */
    long batches() {
        return batches.get();
    }

    /** Claims in committed batches (including those the batch left to run alone). */
    long batchedClaims() {
        return batchedClaims.get();
    }

    /** Claims that ran in their own transaction (left by a batch, or after a batch failed). */
    long aloneClaims() {
        return aloneClaims.get();
    }

    /** Batches that failed and ran one claim per transaction instead. */
    long fallbacks() {
        return fallbacks.get();
    }

    void stop() {
        stopped = true;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
