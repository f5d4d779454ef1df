package org.isnad.model;

import static java.util.Objects.requireNonNull;

/**
 * A figure as one article of a story reports it.
 *
 * @param article the article id
 * @param figure the figure, with its span in that article
 */
public record FigureReport(String article, Figure figure) {
  public FigureReport {
    requireNonNull(article, "article must not be null");
    requireNonNull(figure, "figure must not be null");
  }
}
