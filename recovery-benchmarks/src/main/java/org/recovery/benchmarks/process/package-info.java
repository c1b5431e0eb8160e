/** The floors that the process-level benchmarks ({@code scripts/benchmarks}) compare against. */
package org.recovery.benchmarks.process;
