/** The Vert.x adapter: {@link net.calkit.identity.vertx.VertxIdentityApi}, its options and a Vert.x scheduler. */
@NullMarked
package net.calkit.identity.vertx;

import org.jspecify.annotations.NullMarked;
