package net.calkit.identity.testkit.fake;

import net.calkit.identity.fake.FakeCronofy;
import net.calkit.identity.fake.FakeIdentityApi;
import net.calkit.identity.ports.IdentityApi;
import net.calkit.identity.testkit.InProcessIdentityApiContract;

/** The fake adapter, proven in-process. */
class FakeIdentityApiContractTest extends InProcessIdentityApiContract {
  @Override
  protected IdentityApi createApi(FakeCronofy world) {
    return FakeIdentityApi.create(world);
  }
}
