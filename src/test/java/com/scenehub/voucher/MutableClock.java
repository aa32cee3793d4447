package com.scenehub.voucher;

import com.scenehub.shared.config.ClockConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests move forward (expiry, deadlines); starts at the real time. */
public class MutableClock extends Clock {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

    @Override
    public ZoneId getZone() {
        return ClockConfig.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    public void reset() {
        now.set(Instant.now());
    }

    public void advance(Duration by) {
        now.updateAndGet(i -> i.plus(by));
    }

    public void advanceDays(long days) {
        advance(Duration.ofDays(days));
    }
}
