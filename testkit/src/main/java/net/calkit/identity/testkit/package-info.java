/** The contract kit: abstract JUnit 5 classes that prove an IdentityApi adapter, and the rule catalogue they cite. */
@NullMarked
package net.calkit.identity.testkit;

import org.jspecify.annotations.NullMarked;
