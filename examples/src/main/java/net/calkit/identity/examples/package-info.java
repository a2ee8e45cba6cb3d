/** A downstream application of the library. */
@NullMarked
package net.calkit.identity.examples;

import org.jspecify.annotations.NullMarked;
