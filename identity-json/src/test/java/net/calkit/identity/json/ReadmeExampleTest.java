package net.calkit.identity.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.calkit.identity.domain.ConnectionState;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.error.InvalidResponseException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the README example")
class ReadmeExampleTest {
  @Test
  @DisplayName("runs as written")
  void readme() {
    // --- README example start ---
    IdentityJsonCodec codec = IdentityJsonCodec.create();   // JsonLimits.DEFAULT; thread-safe, share one

    byte[] body = """
        {"sub": "acc_5700a00eb0ccd07000000000", "cronofy.type": "account", "new_top_level_key": [1, 2],
         "cronofy.data": {"profiles": [
           {"provider_name": "caldav", "profile_id": "pro_n23kjnwrw2", "profile_connected": false,
            "profile_relink_url": "https://app.cronofy.com/relink/caldav"}]}}
        """.getBytes(StandardCharsets.UTF_8);
    UserInfo me = codec.decodeUserInfo(body);
    me.profiles().get(0).provider();             // Optional[caldav]: unknown values are kept
    me.profiles().get(0).state();                // NEEDS_RELINK
    byte[] again = codec.encodeUserInfo(me);     // the API's keys and order; unknown keys are not kept

    try {
      codec.decodeUserInfo("{\"sub\": \"acc_1\", \"cronofy.data\": {\"profiles\": [{\"profile_id\": 7}]}}"
          .getBytes(StandardCharsets.UTF_8));
    } catch (InvalidResponseException e) {
      e.getMessage();  // invalid response: $.cronofy.data.profiles[0].profile_id: expected a string, got number [body: ...]
    }

    byte[] refresh = codec.encodeRefreshRequest(ClientCredentials.of("my-client-id", "my-client-secret"),
        RefreshToken.of("the-refresh-token"));
    // --- README example end ---

    assertThat(me.profiles().get(0).provider().orElseThrow().value()).isEqualTo("caldav");
    assertThat(me.profiles().get(0).state()).isEqualTo(ConnectionState.NEEDS_RELINK);
    assertThat(codec.decodeUserInfo(again)).isEqualTo(me);
    assertThat(JsonTrees.keys(again)).containsExactly("sub", "cronofy.type", "cronofy.data");
    assertThatThrownBy(() -> codec.decodeUserInfo(
            "{\"sub\": \"acc_1\", \"cronofy.data\": {\"profiles\": [{\"profile_id\": 7}]}}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageStartingWith("invalid response: $.cronofy.data.profiles[0].profile_id: expected a string, got number [body: ");
    assertThat(JsonTrees.keys(refresh)).containsExactly("client_id", "client_secret", "grant_type", "refresh_token");
    assertThat(List.of(codec.decodeRefreshRequest(refresh).grantType())).containsExactly("refresh_token");
  }
}
