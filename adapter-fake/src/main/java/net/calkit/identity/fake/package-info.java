/**
 * The in-memory fake Cronofy. {@link net.calkit.identity.fake.FakeCronofy} is the world (accounts,
 * profiles, tokens, scripted faults, an injected clock); {@link net.calkit.identity.fake.FakeCronofy#handle}
 * answers transport-neutral {@link net.calkit.identity.fake.FakeRequest}s with
 * {@link net.calkit.identity.fake.FakeResponse}s, the seam shared by the in-process
 * {@link net.calkit.identity.fake.FakeIdentityApi} and the testkit's HTTP stub server.
 */
@NullMarked
package net.calkit.identity.fake;

import org.jspecify.annotations.NullMarked;
