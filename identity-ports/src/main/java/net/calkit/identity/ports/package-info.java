/** The driven ports adapters implement: one attempt per call, no policy. */
@NullMarked
package net.calkit.identity.ports;

import org.jspecify.annotations.NullMarked;
