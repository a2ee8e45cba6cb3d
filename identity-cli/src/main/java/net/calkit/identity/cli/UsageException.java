package net.calkit.identity.cli;

/** Bad command-line input or configuration: exit code 2, and no request is sent. The message never holds a secret. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message, null, false, false);
  }
}
