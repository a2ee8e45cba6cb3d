/** Validation helpers shared by the domain packages; not exported. */
@NullMarked
package net.calkit.identity.domain.internal;

import org.jspecify.annotations.NullMarked;
