package org.newsgraph;

/**
 * The root of newsgraph's own errors. Messages name the offending input or value and, where there
 * is one, the fix. The CLI maps these to exit codes and the server to HTTP statuses.
 */
public class NewsgraphException extends RuntimeException {
  public NewsgraphException(String message) {
    super(message);
  }

  public NewsgraphException(String message, Throwable cause) {
    super(message, cause);
  }

  /** An input that cannot become an article: empty, binary, undecodable, missing, too large. */
  public static class BadInput extends NewsgraphException {
    private final String input;

    public BadInput(String input, String reason) {
      super(input + ": " + reason);
      this.input = input;
    }

    public BadInput(String input, String reason, Throwable cause) {
      super(input + ": " + reason, cause);
      this.input = input;
    }

    public String input() {
      return input;
    }
  }

  /** The store cannot be opened or written (locked by another process, corrupt, full disk). */
  public static class StoreFailure extends NewsgraphException {
    public StoreFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** A command or option used wrongly; the CLI answers with exit code 2. */
  public static class Usage extends NewsgraphException {
    public Usage(String message) {
      super(message);
    }
  }
}
