/**
 * The progress report as stable, versioned JSON ({@link
 * org.recovery.persistence.report.ReportJson}) with its JSON Schema shipped beside it: the format
 * apps hand to other programs, so that renaming a core record never changes what they read.
 */
package org.recovery.persistence.report;
