/**
 * The {@code isnad} command: thin picocli subcommands over {@link org.isnad.pipeline.Pipeline}.
 * Exit codes: 0 all inputs analysed; 1 report written but some inputs rejected; 2 usage error, or a
 * file that cannot be read or written; 3 internal error (a bug: please report it with the message).
 */
package org.isnad.cli;
