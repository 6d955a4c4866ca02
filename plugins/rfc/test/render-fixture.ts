import { readFileSync } from 'node:fs';
import type { SpecDocumentJson } from '@specloom/core';
import { renderSpec } from '@specloom/testing';
import { rfcPlugin } from '../src/index.js';
import type { RfcJson } from '../src/renderers/index.js';

const plugins = [rfcPlugin];

/** Render a text as `specloom render --to <format>` does with this plugin loaded. */
export async function renderRfc(text: string, format: 'html' | 'json', filePath = 'docs/rfcs/spec.md'): Promise<string> {
  return (await renderSpec(text, { plugins, format, filePath, today: '2026-11-22' })).output;
}

export async function renderRfcJson(text: string): Promise<SpecDocumentJson & { rfc: RfcJson }> {
  return JSON.parse(await renderRfc(text, 'json')) as SpecDocumentJson & { rfc: RfcJson };
}

/** A fixture's text: `valid/0008-session-events-v2.md`. */
export function rfcFixture(name: string): string {
  return readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
}

/** The text with `from` replaced by `to`; throws when `from` is not in it, so an edit cannot silently miss. */
export function edited(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`The text does not contain ${JSON.stringify(from)}`);
  return text.replace(from, to);
}
