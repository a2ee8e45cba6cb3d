/** Implementation details of the testkit; not exported. */
@NullMarked
package net.calkit.identity.testkit.internal;

import org.jspecify.annotations.NullMarked;
