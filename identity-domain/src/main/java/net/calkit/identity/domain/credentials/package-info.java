/** credentials: see the module README. */
@NullMarked
package net.calkit.identity.domain.credentials;

import org.jspecify.annotations.NullMarked;
