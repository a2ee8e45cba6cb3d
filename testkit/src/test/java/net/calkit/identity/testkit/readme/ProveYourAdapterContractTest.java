package net.calkit.identity.testkit.readme;

import java.net.URI;
import net.calkit.identity.ports.IdentityApi;
import net.calkit.identity.testkit.HttpIdentityApiContract;
import net.calkit.identity.testkit.jdk.JdkHttpIdentityApi;

// README quickstart 1 (ReadmeTest checks that README.md shows this code)
// begin:prove
class ProveYourAdapterContractTest extends HttpIdentityApiContract {
  @Override
  protected IdentityApi createApi(URI baseUri) {
    return JdkHttpIdentityApi.create(baseUri); // your adapter, pointed at the kit's stub server
  }
}
// end:prove
