package org.w3id.registre.server;

import java.util.concurrent.atomic.LongAdder;

import com.github.benmanes.caffeine.cache.Cache;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Hits and misses of one response cache, published in {@code /$/metrics} (Prometheus) as
 * {@code registre_<name>_cache_hits_total}, {@code …_misses_total}, {@code …_entries} and {@code …_bytes}.
 * A miss is an answer computed by the server; a hit is one sent from stored bytes (a 304 included).
 */
final class CacheCounters {

    private final String name;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder bytes = new LongAdder();

    CacheCounters(String name) {
        this.name = name;
    }

    void hit() {
        hits.increment();
    }

    void miss() {
        misses.increment();
    }

    /** Stored bytes, kept up to date by the cache's weigher and removal listener. */
    void stored(long delta) {
        bytes.add(delta);
    }

    long hits() {
        return hits.sum();
    }

    long misses() {
        return misses.sum();
    }

    void register(MeterRegistry registry, Cache<?, ?> cache) {
        String prefix = "registre." + name + ".cache";
        FunctionCounter.builder(prefix + ".hits", hits, LongAdder::doubleValue)
                .description("Answers sent from stored bytes / réponses servies depuis le cache").register(registry);
        FunctionCounter.builder(prefix + ".misses", misses, LongAdder::doubleValue)
                .description("Answers computed / réponses calculées").register(registry);
        Gauge.builder(prefix + ".entries", cache, c -> c.estimatedSize())
                .description("Stored answers / réponses en cache").register(registry);
        Gauge.builder(prefix + ".bytes", bytes, LongAdder::doubleValue)
                .description("Bytes held, gzip forms included / octets en cache").baseUnit("bytes")
                .register(registry);
    }
}
