import { createHash } from 'node:crypto';
import type { LintMessage, LintResult, RuleMeta } from '@specloom/core';
import { displayPath } from '../display-path.js';
import type { ReportContext } from './report-context.js';

interface CodeQualityIssue {
  type: 'issue';
  check_name: string;
  description: string;
  categories: string[];
  severity: 'minor' | 'major' | 'critical';
  fingerprint: string;
  location: { path: string; lines: { begin: number; end: number } };
}

/** Code Climate's categories by rule type: a problem is a bug risk in the spec, a suggestion about clarity. */
const CATEGORY_BY_RULE_TYPE: Record<RuleMeta['type'], string> = {
  problem: 'Bug Risk',
  suggestion: 'Clarity',
  layout: 'Style',
};

function severityOf(message: LintMessage): CodeQualityIssue['severity'] {
  if (message.fatal === true) return 'critical';
  return message.severity === 2 ? 'major' : 'minor';
}

/**
 * A fingerprint that survives edits elsewhere in the file: path, rule and message, never the line, plus how many
 * identical findings came before in the same file, so two equal findings stay two issues.
 */
function fingerprintOf(path: string, message: LintMessage, seen: Map<string, number>): string {
  const key = JSON.stringify([path, message.ruleId, message.message]);
  const occurrence = seen.get(key) ?? 0;
  seen.set(key, occurrence + 1);
  return createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex');
}

/**
 * GitLab's Code Quality report (a subset of Code Climate's issue format) for `artifacts:reports:codequality`:
 * merge requests show new and fixed findings, told apart by their fingerprints.
 */
export function formatGitlab(results: LintResult[], context: ReportContext): string {
  const ruleTypes = new Map(context.config.rules.map((loaded) => [loaded.id, loaded.rule.meta.type]));
  const issues: CodeQualityIssue[] = [];
  for (const result of results) {
    const path = displayPath(result.filePath, context.cwd);
    const seen = new Map<string, number>();
    for (const message of result.messages) {
      issues.push({
        type: 'issue',
        check_name: message.ruleId ?? 'specloom',
        description: message.message,
        // A problem with the file itself (no rule) means it could not be checked: a bug risk.
        categories: [CATEGORY_BY_RULE_TYPE[ruleTypes.get(message.ruleId ?? '') ?? 'problem']],
        severity: severityOf(message),
        fingerprint: fingerprintOf(path, message, seen),
        location: { path, lines: { begin: message.line, end: Math.max(message.endLine, message.line) } },
      });
    }
  }
  return JSON.stringify(issues, null, 2);
}
