/** The application service: token refresh, retries and deadlines over the ports. */
@NullMarked
package net.calkit.identity.client;

import org.jspecify.annotations.NullMarked;
