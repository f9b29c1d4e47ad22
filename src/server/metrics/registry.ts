import { Registry } from 'prom-client'

/**
 * The process's Prometheus registry, served at /metrics when METRICS_TOKEN is set. Code that has
 * something to count registers its own metric here when that thing exists, e.g. a cache when it
 * is created: `new Counter({ name: 'cache_hits_total', help: '…', registers: [metrics] })`.
 * Nothing registers placeholders for features that do not exist.
 */
export const metrics = new Registry()
