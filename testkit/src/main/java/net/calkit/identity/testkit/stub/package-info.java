/** A loopback HTTP stub server that serves a fake Cronofy world over the real wire format and records every request. */
@NullMarked
package net.calkit.identity.testkit.stub;

import org.jspecify.annotations.NullMarked;
