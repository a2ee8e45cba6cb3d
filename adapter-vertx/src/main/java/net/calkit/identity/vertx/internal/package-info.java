/** The HTTP exchange, status mapping and failure mapping behind the Vert.x adapter; not exported. */
@NullMarked
package net.calkit.identity.vertx.internal;

import org.jspecify.annotations.NullMarked;
