import { pathToFileURL } from 'node:url';
import type { LintMessage, LintResult } from '@specloom/core';
import { displayPath } from '../display-path.js';
import type { ReportContext } from './report-context.js';

/** Where GitHub code scanning and other SARIF consumers resolve relative artifact URIs from: the checkout root. */
const SOURCE_ROOT = '%SRCROOT%';
const SPECLOOM_URL = 'https://github.com/specloom/specloom';

type SarifLevel = 'error' | 'warning';

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId: string };
    region: SarifRegion;
  };
}

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel | 'none' };
  properties: { plugin: string; recommended: boolean; fixable: boolean };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: SarifLocation[];
}

interface SarifNotification {
  level: 'error';
  message: { text: string };
  locations: SarifLocation[];
}

function levelOf(severity: 1 | 2): SarifLevel {
  return severity === 2 ? 'error' : 'warning';
}

/** A relative URI reference: `/` separators, each segment percent-encoded (spaces, `#`, `%` in file names). */
function artifactUri(filePath: string, cwd: string): string {
  return displayPath(filePath, cwd)
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function locationOf(result: LintResult, message: LintMessage, cwd: string): SarifLocation {
  // SARIF regions are 1-based with an exclusive end column, as ESLint's and specloom's positions are.
  const endLine = Math.max(message.endLine, message.line);
  const endColumn = endLine === message.line ? Math.max(message.endColumn, message.column) : message.endColumn;
  return {
    physicalLocation: {
      artifactLocation: { uri: artifactUri(result.filePath, cwd), uriBaseId: SOURCE_ROOT },
      region: { startLine: message.line, startColumn: message.column, endLine, endColumn: Math.max(endColumn, 1) },
    },
  };
}

/** One `rules[]` entry per rule of the config, enabled ones with their configured level, so `ruleIndex` is stable for a config. */
function describeRules(context: ReportContext): SarifRule[] {
  return context.config.rules.map((loaded) => {
    const severity = context.config.ruleSettings.get(loaded.id)?.severity;
    const rule: SarifRule = {
      id: loaded.id,
      shortDescription: { text: loaded.rule.meta.docs.description },
      defaultConfiguration: { level: severity === 'error' ? 'error' : severity === 'warn' ? 'warning' : 'none' },
      properties: {
        plugin: loaded.plugin,
        recommended: loaded.rule.meta.docs.recommended,
        fixable: loaded.rule.meta.fixable !== undefined,
      },
    };
    if (loaded.rule.meta.docs.url !== undefined) rule.helpUri = loaded.rule.meta.docs.url;
    return rule;
  });
}

/**
 * SARIF 2.1.0 for code scanning (`github/codeql-action/upload-sarif`): one run, tool `specloom` with every rule of
 * the config, one result per message with a relative artifact URI and a region. Problems with a file itself
 * (unreadable, unparsable: no rule id) are tool execution notifications, as the SARIF spec has them, not results.
 */
export function formatSarif(results: LintResult[], context: ReportContext): string {
  const rules = describeRules(context);
  const ruleIndexes = new Map(rules.map((rule, index) => [rule.id, index]));
  const sarifResults: SarifResult[] = [];
  const notifications: SarifNotification[] = [];

  for (const result of results) {
    for (const message of result.messages) {
      const location = locationOf(result, message, context.cwd);
      if (message.ruleId === null) {
        notifications.push({ level: 'error', message: { text: message.message }, locations: [location] });
        continue;
      }
      let ruleIndex = ruleIndexes.get(message.ruleId);
      if (ruleIndex === undefined) {
        // A rule a config file's plugin registered outside `config.rules` still gets an entry to point at.
        ruleIndex = rules.length;
        rules.push({
          id: message.ruleId,
          shortDescription: { text: message.ruleId },
          defaultConfiguration: { level: levelOf(message.severity) },
          properties: { plugin: 'unknown', recommended: false, fixable: false },
        });
        ruleIndexes.set(message.ruleId, ruleIndex);
      }
      sarifResults.push({
        ruleId: message.ruleId,
        ruleIndex,
        level: levelOf(message.severity),
        message: { text: message.message },
        locations: [location],
      });
    }
  }

  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'specloom',
            version: context.version,
            semanticVersion: context.version,
            informationUri: SPECLOOM_URL,
            rules,
          },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: pathToFileURL(withTrailingSlash(context.cwd)).href } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}

/** A base URI names a folder only with a trailing slash; without it, relative URIs would resolve beside it. */
function withTrailingSlash(folder: string): string {
  return folder.endsWith('/') || folder.endsWith('\\') ? folder : `${folder}/`;
}
