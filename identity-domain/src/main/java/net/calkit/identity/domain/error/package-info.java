/** error: see the module README. */
@NullMarked
package net.calkit.identity.domain.error;

import org.jspecify.annotations.NullMarked;
