package org.isnad.serve;

import static java.util.Objects.requireNonNull;

/**
 * How the server listens and what it accepts.
 *
 * @param host the address to bind; {@code 127.0.0.1} unless the user asks for another
 * @param port the port; 0 picks a free one
 * @param maxUriChars the longest request target (path and query) answered; longer gets 414
 * @param maxBodyBytes the largest request body; larger gets 413
 * @param maxInFlight requests accepted at once; more get 429 (long polls are counted apart)
 * @param maxWaiting long polls held open at once; more get 429
 * @param maxWorking requests worked on at once; the other accepted ones wait their turn, first come
 *     first served (answers are CPU work: run all at once, each would take as long as all of them)
 */
public record ServerConfig(String host, int port, int maxUriChars, int maxBodyBytes, int maxInFlight,
    int maxWaiting, int maxWorking) {

  public static final String LOCALHOST = "127.0.0.1";

  public ServerConfig {
    requireNonNull(host, "host must not be null");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535: " + port);
    }
    if (maxUriChars < 256 || maxBodyBytes < 1024 || maxInFlight < 1 || maxWaiting < 1 || maxWorking < 1) {
      throw new IllegalArgumentException("limits too small: uri " + maxUriChars + ", body " + maxBodyBytes
          + ", in flight " + maxInFlight + ", waiting " + maxWaiting + ", working " + maxWorking);
    }
  }

  /** Localhost on {@code port}, with the default limits: two requests worked on per processor. */
  public static ServerConfig localhost(int port) {
    return new ServerConfig(LOCALHOST, port, 2048, 16 * 1024, 512, 1024,
        2 * Runtime.getRuntime().availableProcessors());
  }

  public ServerConfig withHost(String newHost) {
    return new ServerConfig(newHost, port, maxUriChars, maxBodyBytes, maxInFlight, maxWaiting, maxWorking);
  }

  public ServerConfig withMaxWorking(int n) {
    return new ServerConfig(host, port, maxUriChars, maxBodyBytes, maxInFlight, maxWaiting, n);
  }
}
