/**
 * Rendering a progress report for people: {@link org.recovery.core.report.ReportView} gathers a
 * report with the names, zone and model around it; {@link org.recovery.core.report.MarkdownReport}
 * and {@link org.recovery.core.report.HtmlReport} write it to share with a counsellor, in the words
 * of {@link org.recovery.core.words.Vocabulary}. The stable JSON format lives in
 * recovery-persistence ({@code org.recovery.persistence.report}).
 */
package org.recovery.core.report;
