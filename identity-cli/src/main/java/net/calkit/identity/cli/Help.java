package net.calkit.identity.cli;

/** The {@code --help} text. */
final class Help {
  private Help() {}

  static String text() {
    StringBuilder out = new StringBuilder();
    out.append("Usage: cronofy-identity [OPTIONS] COMMAND [PROFILE_ID]\n\n");
    out.append("Shows a Cronofy account's identity and the health of its calendar and conferencing connections.\n");
    out.append("With no access token from any source it runs a demo against a built-in stub server on loopback.\n\n");
    out.append("Commands:\n");
    for (Command command : Command.values()) {
      String usage = command.operand().isEmpty() ? command.word() : command.word() + " " + command.operand();
      out.append(String.format("  %-22s%s\n", usage, command.summary()));
    }
    out.append("\nOptions:\n");
    option(out, "--data-center ID", "us, uk, de, au, ca or sg, any case (env CRONOFY_DATA_CENTER; default us)");
    option(out, "--base-url URL", "API base URL instead of the data center's host: https, or http to loopback only");
    option(out, "--token TOKEN", "access token (env CRONOFY_ACCESS_TOKEN)");
    option(out, "--token-file FILE", "JSON {\"access_token\": ..., \"refresh_token\": ...}; rewritten atomically");
    option(out, "", "with the new tokens whenever a refresh happens");
    option(out, "--refresh-token TOKEN", "refresh token (env CRONOFY_REFRESH_TOKEN)");
    option(out, "--client-id ID", "OAuth client ID (env CRONOFY_CLIENT_ID)");
    option(out, "--client-secret SECRET", "OAuth client secret (env CRONOFY_CLIENT_SECRET); with a refresh token and");
    option(out, "", "the client ID, a 401 triggers one refresh and one replay");
    option(out, "--timeout SECONDS", "whole-call deadline, retries included (default 30)");
    option(out, "--json", "print what the library parsed in the API's own JSON shape");
    option(out, "--demo", "use the built-in demo account even when a token is given");
    option(out, "-h, --help", "print this help and exit");
    option(out, "-V, --version", "print the version and exit");
    out.append("\nPrecedence: an option beats the token file, which beats the environment.\n");
    out.append("\nExit codes:\n");
    exit(out, 0, "success");
    exit(out, 2, "usage or bad input (nothing was sent)");
    exit(out, 3, "unauthorized or invalid grant (after the refresh attempt, when refresh credentials exist)");
    exit(out, 4, "insufficient scope (403)");
    exit(out, 5, "rate limited, after retries");
    exit(out, 6, "server error (500, 502, 503, 504 after retries)");
    exit(out, 7, "transport failure or timeout");
    exit(out, 8, "invalid response (malformed or non-JSON body, over the size limit)");
    exit(out, 9, "not found");
    exit(out, 10, "any other API error (402, 422, 423, unexpected status, redirect, token file not rewritten)");
    out.append("\nExamples:\n");
    out.append("  cronofy-identity status\n");
    out.append("  CRONOFY_ACCESS_TOKEN=... cronofy-identity --data-center uk profiles --json\n");
    out.append("  cronofy-identity --token-file tokens.json --client-id ID --client-secret SECRET status\n");
    out.append("  cronofy-identity --token-file tokens.json revoke pro_n23kjnwrw2\n");
    return out.toString();
  }

  private static void option(StringBuilder out, String name, String description) {
    out.append(String.format("  %-24s%s\n", name, description));
  }

  private static void exit(StringBuilder out, int code, String meaning) {
    out.append(String.format("  %-4d%s\n", code, meaning));
  }
}
