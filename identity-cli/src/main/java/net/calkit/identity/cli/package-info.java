/** The cronofy-identity command-line tool: {@link net.calkit.identity.cli.Main} and its package-private parts. */
@NullMarked
package net.calkit.identity.cli;

import org.jspecify.annotations.NullMarked;
