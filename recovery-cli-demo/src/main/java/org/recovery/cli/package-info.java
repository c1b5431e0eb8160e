/**
 * The {@code recovery} command: a thin picocli app over recovery-core and recovery-persistence.
 * {@link org.recovery.cli.Main} is the entry point; every subcommand parses its arguments, runs one
 * core command (or reads one report) through a {@code Session} as the partner named by {@code
 * --as}, and renders the result. Decisions stay in core: a refusal is core's sentence and exit code
 * 1. docs/cli.md is the user guide.
 */
package org.recovery.cli;
