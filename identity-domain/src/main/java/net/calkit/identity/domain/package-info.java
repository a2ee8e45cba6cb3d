/** model: see the module README. */
@NullMarked
package net.calkit.identity.domain;

import org.jspecify.annotations.NullMarked;
