package net.calkit.identity.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.Attention;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.ConnectionState;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.json.IdentityJsonCodec;

/**
 * The {@code --json} view: what the library parsed, re-encoded by {@link IdentityJsonCodec} in the API's
 * own shape and keys. {@code status} and {@code revoke} have no API body, so they get small documented
 * objects of their own (see the README).
 */
final class JsonOutput implements Output {
  private static final JsonFactory JSON = new JsonFactory();

  private final IdentityJsonCodec codec;

  JsonOutput(IdentityJsonCodec codec) {
    this.codec = codec;
  }

  @Override
  public String userInfo(UserInfo info) {
    return line(codec.encodeUserInfo(info));
  }

  @Override
  public String account(Account account) {
    return line(codec.encodeAccount(account));
  }

  @Override
  public String profiles(List<CalendarProfile> profiles) {
    return line(codec.encodeProfiles(profiles));
  }

  @Override
  public String conferencing(UserInfo info) {
    return line(codec.encodeConferencingProfiles(info.conferencingProfiles()));
  }

  /**
   * {@code {"sub": ..., "needs_attention": [{"kind", "profile_id", "label", "state", "relink_url"}],
   * "same_name_profiles": [{"kind", "profile_id", "label", "state"}]}}; states are
   * {@code needs_relink}, {@code initial_sync_pending}, {@code connected} or {@code unknown}.
   */
  @Override
  public String status(UserInfo info) {
    return write(generator -> {
      generator.writeStartObject();
      generator.writeStringField("sub", info.sub().value());
      generator.writeArrayFieldStart("needs_attention");
      for (Attention item : info.needingAttention()) {
        generator.writeStartObject();
        generator.writeStringField("kind", kind(item.kind()));
        generator.writeStringField("profile_id", item.profileId().value());
        generator.writeStringField("label", item.label());
        generator.writeStringField("state", state(item.state()));
        if (item.relinkUrl().isPresent()) {
          generator.writeStringField("relink_url", item.relinkUrl().get().value());
        }
        generator.writeEndObject();
      }
      generator.writeEndArray();
      generator.writeArrayFieldStart("same_name_profiles");
      for (HumanOutput.SameName same : HumanOutput.SameName.of(info)) {
        generator.writeStartObject();
        generator.writeStringField("kind", kind(same.kind()));
        generator.writeStringField("profile_id", same.id().value());
        generator.writeStringField("label", same.label());
        generator.writeStringField("state", state(same.state()));
        generator.writeEndObject();
      }
      generator.writeEndArray();
      generator.writeEndObject();
    });
  }

  /** {@code {"profile_id": ..., "revoked": true}}. */
  @Override
  public String revoked(ProfileId profileId) {
    return write(generator -> {
      generator.writeStartObject();
      generator.writeStringField("profile_id", profileId.value());
      generator.writeBooleanField("revoked", true);
      generator.writeEndObject();
    });
  }

  static String state(ConnectionState state) {
    return state.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String kind(Attention.ProfileKind kind) {
    return kind == Attention.ProfileKind.CALENDAR ? "calendar" : "conferencing";
  }

  private static String line(byte[] json) {
    return new String(json, StandardCharsets.UTF_8) + "\n";
  }

  @FunctionalInterface
  private interface Body {
    void write(JsonGenerator generator) throws IOException;
  }

  private static String write(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      body.write(generator);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return line(out.toByteArray());
  }
}
