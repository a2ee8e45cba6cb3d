package net.calkit.identity.domain;

import java.util.Optional;
import java.util.Set;
import net.calkit.identity.domain.internal.Checks;
import net.calkit.identity.domain.internal.OpenEnumRegistry;

/** The service behind a calendar profile, from {@code provider_service} (an open set: unknown values are kept verbatim). */
public record ProviderService(String value) implements OpenEnum {
  private static final OpenEnumRegistry<ProviderService> KNOWN = new OpenEnumRegistry<>(ProviderService::new);

  /** {@code cronofy}: Cronofy. */
  public static final ProviderService CRONOFY = KNOWN.add("cronofy", "Cronofy");
  /** {@code exchange}: Microsoft Exchange. */
  public static final ProviderService EXCHANGE = KNOWN.add("exchange", "Microsoft Exchange");
  /** {@code google}: Google. */
  public static final ProviderService GOOGLE = KNOWN.add("google", "Google");
  /** {@code gsuite}: Google Workspace. */
  public static final ProviderService GSUITE = KNOWN.add("gsuite", "Google Workspace");
  /** {@code icloud}: iCloud. */
  public static final ProviderService ICLOUD = KNOWN.add("icloud", "iCloud");
  /** {@code office365}: Microsoft 365. */
  public static final ProviderService OFFICE365 = KNOWN.add("office365", "Microsoft 365");
  /** {@code outlook_com}: Outlook.com. */
  public static final ProviderService OUTLOOK_COM = KNOWN.add("outlook_com", "Outlook.com");

  /** Validates that the value is non-empty; any other string is accepted. */
  public ProviderService {
    Checks.nonEmpty(value, "provider service");
  }

  /** The constant for a known value or a new instance for an unknown one; never throws for non-empty input. */
  public static ProviderService of(String value) {
    return KNOWN.of(value);
  }

  /** The values this library knows, in documentation order. */
  public static Set<ProviderService> knownValues() {
    return KNOWN.knownValues();
  }

  @Override
  public boolean isKnown() {
    return KNOWN.isKnown(value);
  }

  @Override
  public Optional<String> displayName() {
    return KNOWN.displayName(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
