/** JMH benchmarks of the codec, the Vert.x adapter and the fake, each beside its baseline. */
@NullMarked
package net.calkit.identity.benchmarks;

import org.jspecify.annotations.NullMarked;
