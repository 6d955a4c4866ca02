import type { Nodes, Parents } from 'mdast';
import type { z } from 'zod';
import type { Position, SpecDocument } from './document.js';
import type { DocumentSchema } from './schema.js';
import type { TemplateDefinition } from './plugin.js';

/** `off | warn | error`, or ESLint's numeric form. */
export type SeverityName = 'off' | 'warn' | 'error';
export type Severity = SeverityName | 0 | 1 | 2;

/** A text edit on the original document text: replace `[start, end)` with `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface RuleDocs {
  /** One line, imperative: "Require the sections of the template". */
  description: string;
  /** Where the rule is documented; filled in by the engine from the plugin when absent. */
  url?: string;
  /** On in the zero-config default. */
  recommended: boolean;
}

export interface RuleMeta<Options = unknown> {
  /** `problem`: the spec is wrong; `suggestion`: it could be better; `layout`: form only. */
  type: 'problem' | 'suggestion' | 'layout';
  docs: RuleDocs;
  /** Present when the rule can return fixes. */
  fixable?: 'code';
  /** True when the rule can report suggestions (uncertain fixes). */
  hasSuggestions?: boolean;
  /** Severity when enabled without an explicit one (default `error`). */
  defaultSeverity?: Exclude<SeverityName, 'off'>;
  /** Options schema; the engine validates configured options with it and reports bad ones as config errors. */
  schema?: z.ZodType<Options>;
  defaultOptions?: Options;
  /** Message templates by id. `{{name}}` is replaced from the report's `data`. */
  messages: Record<string, string>;
  /**
   * Template ids the rule runs on. Default: the templates of the rule's own plugin (every template when the
   * plugin has none, as for core rules), so a plugin's rules never see another family's documents.
   */
  templates?: string[];
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  /** Where: an explicit position, or an mdast node (its position is used). Defaults to the document start. */
  position?: Position;
  node?: Nodes;
  fix?: Fix | Fix[];
  /**
   * Changes that may be right but are not certain (a near-miss key rename): editors and ESLint offer them, `--fix`
   * never applies them. `desc` says what each does.
   */
  suggest?: Array<{ desc: string; fix: Fix | Fix[] }>;
  /**
   * Ask for a softer severity than configured (status-dependent strictness: a placeholder is a warning
   * while Draft). The engine uses the lower of this and the configured severity.
   */
  severity?: Exclude<SeverityName, 'off'>;
}

export interface RuleContext<Options = unknown> {
  /** Full rule id: `rfc/decision-single`, or `section-required` for core rules. */
  id: string;
  document: SpecDocument;
  /** The document's template and its schema, when it has one. */
  template?: TemplateDefinition;
  schema?: DocumentSchema;
  /** Configured options merged over `meta.defaultOptions`. */
  options: Options;
  /** Shared settings from config. */
  settings: Record<string, unknown>;
  /** Today (ISO `YYYY-MM-DD`), fixed for a run so results are reproducible. */
  today: string;
  report(descriptor: ReportDescriptor): void;
}

/** Visitors keyed by mdast node type, called during the engine's single traversal. */
export type NodeVisitors = {
  [Type in Nodes['type']]?: (node: Extract<Nodes, { type: Type }>, parent: Parents | undefined) => void;
};

export type RuleVisitors = NodeVisitors & {
  /** Before the traversal. Most schema-driven rules only need this: the SpecDocument is already built. */
  document?: () => void;
  /** After the traversal. */
  'document:exit'?: () => void;
};

/** A rule that looks at one document at a time. */
export interface DocumentRule<Options = unknown> {
  meta: RuleMeta<Options> & { scope?: 'document' };
  create(context: RuleContext<Options>): RuleVisitors | void;
}

export interface WorkspaceEntry<Facts> {
  path: string;
  template?: string;
  facts: Facts;
}

export interface WorkspaceReportDescriptor extends ReportDescriptor {
  /** The file the message belongs to (one of the entries' paths). */
  path: string;
}

export interface WorkspaceContext<Facts, Options = unknown> {
  id: string;
  entries: Array<WorkspaceEntry<Facts>>;
  options: Options;
  settings: Record<string, unknown>;
  today: string;
  report(descriptor: WorkspaceReportDescriptor): void;
}

/**
 * A rule that sees every document of the run: `collect` keeps small facts per document (IDs, titles;
 * never trees), `check` compares them once all documents are read.
 */
export interface WorkspaceRule<Facts = unknown, Options = unknown> {
  meta: RuleMeta<Options> & { scope: 'workspace' };
  collect(context: RuleContext<Options>): Facts | undefined;
  check(context: WorkspaceContext<Facts, Options>): void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry holds rules of every options type
export type Rule<Options = any> = DocumentRule<Options> | WorkspaceRule<any, Options>;
