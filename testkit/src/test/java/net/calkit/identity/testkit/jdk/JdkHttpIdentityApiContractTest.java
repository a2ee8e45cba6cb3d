package net.calkit.identity.testkit.jdk;

import java.net.URI;
import java.util.Optional;
import net.calkit.identity.domain.DataCenter;
import net.calkit.identity.ports.IdentityApi;
import net.calkit.identity.testkit.HttpIdentityApiContract;

/** The whole contract test of a custom adapter: one factory, one optional capability. */
class JdkHttpIdentityApiContractTest extends HttpIdentityApiContract {
  @Override
  protected IdentityApi createApi(URI baseUri) {
    return JdkHttpIdentityApi.create(baseUri);
  }

  @Override
  protected Optional<URI> baseUriFor(DataCenter dataCenter) {
    return Optional.of(JdkHttpIdentityApi.baseUriFor(dataCenter));
  }
}
