import type { LintMessage, LintResult } from '@specloom/core';
import { displayPath } from '../display-path.js';
import { escapeXmlAttribute, escapeXmlText } from './escape-xml.js';
import type { ReportContext } from './report-context.js';

function describeMessage(message: LintMessage): string {
  const severity = message.severity === 2 ? 'error' : 'warning';
  const rule = message.ruleId === null ? '' : ` (${message.ruleId})`;
  return `${message.line}:${message.column} ${severity} ${message.message}${rule}`;
}

function testCase(result: LintResult, cwd: string): string {
  const name = escapeXmlAttribute(displayPath(result.filePath, cwd));
  const classname = escapeXmlAttribute(`specloom.${result.template ?? 'no-template'}`);
  const errors = result.messages.filter((message) => message.severity === 2);
  const warnings = result.messages.filter((message) => message.severity === 1);
  let body = '';
  for (const error of errors) {
    const type = escapeXmlAttribute(error.ruleId ?? 'file');
    body += `      <failure message="${escapeXmlAttribute(error.message)}" type="${type}">${escapeXmlText(describeMessage(error))}</failure>\n`;
  }
  // A file no template claims was not tested: CI dashboards show it as skipped, with the reason.
  if (result.note !== undefined && result.messages.length === 0) body += `      <skipped message="${escapeXmlAttribute(result.note)}"/>\n`;
  // Warnings do not fail the build, so they are not failures; the test's output keeps them visible.
  if (warnings.length > 0) body += `      <system-out>${escapeXmlText(warnings.map(describeMessage).join('\n'))}</system-out>\n`;
  if (body === '') return `    <testcase name="${name}" classname="${classname}" time="0"/>\n`;
  return `    <testcase name="${name}" classname="${classname}" time="0">\n${body}    </testcase>\n`;
}

/**
 * JUnit XML for CI test reports (GitLab, Jenkins, Azure): one test suite, one test case per file, one
 * `<failure>` per error. Warnings go to the test case's output, a skipped file is `<skipped>`.
 */
export function formatJunit(results: LintResult[], context: ReportContext): string {
  // The counts are of test cases (files), as JUnit readers expect: a file with three errors is one failed test.
  const failed = results.filter((result) => result.errorCount > 0).length;
  const skipped = results.filter((result) => result.note !== undefined && result.messages.length === 0).length;
  const counts = `tests="${results.length}" failures="${failed}" errors="0" skipped="${skipped}" time="0"`;
  let xml = '<?xml version="1.0" encoding="UTF-8"?>\n';
  xml += `<testsuites name="specloom" ${counts}>\n`;
  xml += `  <testsuite name="specloom" ${counts}>\n`;
  for (const result of results) xml += testCase(result, context.cwd);
  xml += '  </testsuite>\n</testsuites>\n';
  return xml;
}
