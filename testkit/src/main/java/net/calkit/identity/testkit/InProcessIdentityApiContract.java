package net.calkit.identity.testkit;

import net.calkit.identity.fake.FakeCronofy;
import net.calkit.identity.ports.IdentityApi;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The contract kit for adapters that answer from a {@link FakeCronofy} world in the same process (the
 * fake adapter, or a decorator around it). Extend it and implement {@link #createApi}:
 *
 * <pre>{@code
 * class FakeIdentityApiContractTest extends InProcessIdentityApiContract {
 *   @Override
 *   protected IdentityApi createApi(FakeCronofy world) {
 *     return FakeIdentityApi.create(world);
 *   }
 * }
 * }</pre>
 *
 * <p>Every test checks one rule of {@link ContractRule}; its display name and every failure message start
 * with the rule's ID. See {@code testkit/RULES.md}.
 */
public abstract non-sealed class InProcessIdentityApiContract extends IdentityApiContract {
  /** For subclasses. */
  protected InProcessIdentityApiContract() {}

  /**
   * A new adapter that answers from {@code world}: a fresh world per test, already holding the kit's
   * registered client ({@link #CLIENT}) and on a clock fixed at {@link #NOW}; the kit seeds it before
   * or after this call, and the adapter must read it live. Must not return null. Called once per test,
   * on first use, so the subclass's own {@code @BeforeEach} methods have run.
   */
  protected abstract IdentityApi createApi(FakeCronofy world);

  @Override
  final void prepare(FakeCronofy world, ExtensionContext context) {}

  @Override
  final IdentityApi open(FakeCronofy world) {
    return validated(createApi(world), "createApi(FakeCronofy)");
  }

  @Override
  final void shutDown() {}
}
