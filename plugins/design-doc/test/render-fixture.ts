import { readFileSync } from 'node:fs';
import type { SpecDocumentJson } from '@specloom/core';
import { renderSpec } from '@specloom/testing';
import { designDocPlugin } from '../src/index.js';
import type { DesignDocJson } from '../src/renderers/index.js';

const plugins = [designDocPlugin];

/** Render a text as `specloom render --to <format>` does with this plugin loaded. */
export async function renderDesignDoc(text: string, format: 'html' | 'json', filePath = 'docs/design/spec.md'): Promise<string> {
  return (await renderSpec(text, { plugins, format, filePath, today: '2026-11-22' })).output;
}

export async function renderDesignDocJson(text: string): Promise<SpecDocumentJson & { designDoc: DesignDocJson }> {
  return JSON.parse(await renderDesignDoc(text, 'json')) as SpecDocumentJson & { designDoc: DesignDocJson };
}

/** A fixture's text: `valid/approved-feature-flag-service.md`. */
export function designDocFixture(name: string): string {
  return readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
}

/** The text with `from` replaced by `to`; throws when `from` is not in it, so an edit cannot silently miss. */
export function edited(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`The text does not contain ${JSON.stringify(from)}`);
  return text.replace(from, to);
}
