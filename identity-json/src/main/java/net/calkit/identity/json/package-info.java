/** The Cronofy wire format: JSON bytes to domain values and back. */
@NullMarked
package net.calkit.identity.json;

import org.jspecify.annotations.NullMarked;
