/**
 * The report: {@code report.json}, a projection of the pipeline's records, and its contract, the
 * JSON Schema {@code report.schema.json} bundled beside this package. Entry point: {@link
 * org.isnad.report.ReportWriter}.
 */
package org.isnad.report;
