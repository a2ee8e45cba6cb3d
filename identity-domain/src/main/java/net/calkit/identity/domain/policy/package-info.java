/** policy: see the module README. */
@NullMarked
package net.calkit.identity.domain.policy;

import org.jspecify.annotations.NullMarked;
