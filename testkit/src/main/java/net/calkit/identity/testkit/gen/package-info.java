/** Seeded generators of valid domain values, wire bodies and broken bodies, and a reporter for the seed. */
@NullMarked
package net.calkit.identity.testkit.gen;

import org.jspecify.annotations.NullMarked;
