import type { UsedIds } from '../authoring/spec-ids.js';
import type { SpecDocument } from './document.js';
import type { Rule } from './rule.js';
import type { DocumentSchema } from './schema.js';

/**
 * A template a plugin contributes: its id, its schema and how its documents are recognised. Build one from the
 * template's Markdown with `templateFromMarkdown` and refine the inferred schema in code.
 */
export interface TemplateDefinition {
  /** Template id: `rfc`, `feature`. Unique across loaded plugins. */
  id: string;
  description: string;
  schema: DocumentSchema;
  /**
   * How sure this template is that the document is one of its own: 0 (no) to 1 (certain), alone or with the
   * evidence it saw (shown by `specloom templates --explain`). The engine picks the highest score of at least
   * 0.5 unless front matter `template:` or a config glob names one. Score only on evidence specific to this
   * template: a title shape or front matter keys that other formats share are not enough on their own.
   */
  detect?(document: SpecDocument): number | TemplateMatch;
  /** Path of the template Markdown the schema came from, for `specloom new`. */
  source?: string;
  /**
   * How `specloom new` writes a document of this template, for formats that keep each document in a folder named
   * by an ID (spec-kit's `specs/015-feature/spec.md`, OpenSpec's `openspec/changes/<change-id>/`): the hook picks
   * the next free ID where the format looks for it and returns the files to write. `new` writes them (never over
   * an existing file) and prints their paths. Without it, `new` writes `<dir>/<slug>.md` from `source`.
   */
  scaffold?(request: ScaffoldRequest): ScaffoldPlan | Promise<ScaffoldPlan>;
  /**
   * The ID `specloom new` gives a new document of this template (the next free RFC number, the next dated Spec ID),
   * from the IDs in use on disk, on every branch and reserved in config; the file is named `<id>-<slug>.md`.
   */
  nextId?(used: UsedIds, today: string): string;
  /** The H1 text of a new document (`SPEC 0007: Billing webhooks`); default: the template's prefix and the title. */
  formatTitle?(title: string, id: string | undefined): string;
  /** Last touches on a new document's text, with config settings (a product's spike ID initial). */
  finishScaffold?(text: string, values: { product?: string; settings: Record<string, unknown> }): string;
}

/** What `specloom new <template> "<title>"` hands a template's `scaffold` hook. */
export interface ScaffoldRequest {
  /** The title as typed, white space collapsed. */
  title: string;
  /** The title as a path-safe slug (`billing-webhooks`), as `new` names files. */
  slug: string;
  /** Today (ISO `YYYY-MM-DD`), local time. */
  today: string;
  /** `--author`, else `git config user.name`; undefined when neither is set. */
  author?: string;
  /** The folder `--dir` names (absolute); undefined without `--dir`, so the hook uses its format's usual place. */
  dir?: string;
  /** The folder `new` runs in (absolute). */
  cwd: string;
  /** The template Markdown (`source`), read; undefined for a template without one. */
  markdown?: string;
  /** Shared settings from config. */
  settings: Record<string, unknown>;
}

/** The files a `scaffold` hook asks `specloom new` to write, in order. */
export interface ScaffoldPlan {
  /** Absolute paths, or paths relative to the request's `cwd`. */
  files: Array<{ path: string; text: string }>;
}

/** A `detect` answer with the evidence behind it: `['H1 "Feature Specification: …"', 'Spec ID field']`. */
export interface TemplateMatch {
  score: number;
  evidence: string[];
}

/** What a renderer is given besides the document. */
export interface RenderContext {
  /** Today (ISO), fixed per run. */
  today: string;
  template?: TemplateDefinition;
  /** Shared settings from config (`settings.products`), as rules see them. */
  settings?: Record<string, unknown>;
}

/** Turns one document into text in some format (`html`, `json`, `md`). */
export interface Renderer {
  /** What `specloom render --to` names: `html`, `json`, or a plugin's own (`traceability-md`). */
  format: string;
  /** File extension of the output without the dot (`traceability.md`); default: the format. */
  extension?: string;
  /** Which templates it renders; omitted means any. */
  templates?: string[];
  render(document: SpecDocument, context: RenderContext): string;
}

/**
 * What a plugin module exports (as its default export, or as `plugin`): templates, rules and renderers under one
 * name. A plugin's rules run only on its own templates unless a rule's `meta.templates` names others. Write it
 * with `definePlugin` for type checking; see docs/writing-a-plugin.md.
 */
export interface SpecloomPlugin {
  /** Short name; prefixes its rule ids (`rfc` -> `rfc/decision-single`). */
  name: string;
  /** Base url of rule docs; a rule's url defaults to `${docsUrl}/${rule-name}.md`. */
  docsUrl?: string;
  templates?: TemplateDefinition[];
  /** Rules by name without the plugin prefix. */
  rules?: Record<string, Rule>;
  renderers?: Renderer[];
}
