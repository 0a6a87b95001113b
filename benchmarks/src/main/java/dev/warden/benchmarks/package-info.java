/**
 * JMH benchmarks of Warden's hot paths. Each benchmark class measures Warden beside its baseline (the hand-written
 * lower bound) and its peer library in the same run; see the README's "Benchmarks" section for the commands and the
 * latest figures.
 */
package dev.warden.benchmarks;
