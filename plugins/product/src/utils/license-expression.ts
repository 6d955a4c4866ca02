import parseSpdx from 'spdx-expression-parse';
import correctSpdx from 'spdx-correct';
import { canonicalSpdxId } from './spdx-lists.js';

export type LicenseNode = parseSpdx.Info;

export type LicenseCheck =
  | { kind: 'valid'; expression: LicenseNode }
  /** Not an SPDX expression. `suggestion` is a likely SPDX form; `fix` is set when that form is certain. */
  | { kind: 'invalid'; suggestion?: string; fix?: string }
  /** Nothing written. */
  | { kind: 'empty' };

/**
 * Licenses that have no SPDX identifier but that audits must name (the template's own trap list names
 * Redis's RSALv2). They read as `LicenseRef-…` ids, which SPDX provides for exactly this.
 */
const knownWithoutSpdxId: Array<{ pattern: RegExp; ref: string }> = [
  { pattern: /^(?:RSAL(?:v?2(?:\.0)?|-2\.0)?|Redis Source Available License(?: v?2(?:\.0)?)?)$/i, ref: 'LicenseRef-RSALv2' },
  { pattern: /^Commons[- ]Clause(?: v?1\.0)?$/i, ref: 'LicenseRef-Commons-Clause' },
  { pattern: /^Confluent Community License(?: v?1\.0)?$/i, ref: 'LicenseRef-Confluent-Community' },
  { pattern: /^Elastic License(?: v?1(?:\.0)?)?$/i, ref: 'LicenseRef-Elastic-License' },
  { pattern: /^Proprietary$/i, ref: 'LicenseRef-Proprietary' },
  { pattern: /^Commercial$/i, ref: 'LicenseRef-Commercial' },
];

/** `Apache-2.0 + Commons Clause` / `Apache-2.0 WITH Commons-Clause`: a license with the clause added. */
const withCommonsClause = /^(.+?)\s+(?:\+|&|WITH|with)\s+Commons[- ]Clause(?: v?1\.0)?$/;
/** A note after the license: `Elastic-2.0 (since 7.11)`. */
const trailingNote = /^(.+?)\s*\([^()]*\)$/;
const operator = /^(?:AND|OR|WITH)$/i;

/**
 * Common names of licenses whose SPDX id spdx-correct misses or gets wrong (`BSL` is Boost's id, not
 * Business Source), for the suggestion in messages.
 */
const commonNames: Array<{ pattern: RegExp; id: string }> = [
  { pattern: /^(?:ELv2|Elastic License v?2(?:\.0)?|Elastic-2)$/i, id: 'Elastic-2.0' },
  { pattern: /^(?:BSL|BUSL|Business Source License)[ -]?v?1\.1$/i, id: 'BUSL-1.1' },
  { pattern: /^(?:SSPL|Server Side Public License)(?:[ -]?v?1(?:\.0)?)?$/i, id: 'SSPL-1.0' },
];

function knownRef(text: string): string | undefined {
  return knownWithoutSpdxId.find(({ pattern }) => pattern.test(text.trim()))?.ref;
}

/** Spell each id as the SPDX list does and each operator in capitals; names without an SPDX id become refs. */
function canonicalize(text: string): string {
  const commons = withCommonsClause.exec(text);
  if (commons) return `${canonicalize(commons[1]!)} AND LicenseRef-Commons-Clause`;
  const ref = knownRef(text);
  if (ref) return ref;
  return text.replace(/[A-Za-z0-9.+-]+/g, (word) => {
    if (operator.test(word)) return word.toUpperCase();
    const wordRef = knownRef(word);
    if (wordRef) return wordRef;
    const plus = word.endsWith('+') ? '+' : '';
    const id = canonicalSpdxId(plus ? word.slice(0, -1) : word);
    return id ? id + plus : word;
  });
}

function tryParse(text: string): LicenseNode | undefined {
  try {
    return parseSpdx(text);
  } catch {
    return undefined;
  }
}

/** A single license's SPDX id, exactly or as spdx-correct guesses it. */
function correctOne(text: string): string | undefined {
  const canonical = canonicalize(text.trim());
  if (tryParse(canonical)) return canonical;
  return correctSpdx(text.trim()) ?? undefined;
}

/**
 * Check the License cell of a dependency against the SPDX license list: an SPDX id or expression
 * (`MIT OR Apache-2.0`, `Apache-2.0 WITH LLVM-exception`, `LicenseRef-…`), in any letter case.
 */
export function checkLicense(raw: string): LicenseCheck {
  const text = raw.replace(/`/g, '').replace(/\s+/g, ' ').trim();
  // spdx-correct throws on an empty string.
  if (text === '') return { kind: 'empty' };
  const candidates = [text];
  // The license before a trailing note (`MIT (see NOTICE)`), unless the whole text is one parenthesized expression.
  const beforeNote = /^\(.*\)$/.test(text) ? undefined : trailingNote.exec(text)?.[1];
  if (beforeNote !== undefined) candidates.push(beforeNote);
  for (const candidate of candidates) {
    const expression = tryParse(canonicalize(candidate));
    if (expression) return { kind: 'valid', expression };
  }
  return { kind: 'invalid', ...suggest(beforeNote ?? text) };
}

/** A name compared without case, punctuation and the words "license", "version", "v": `Apache License 2.0` = `apache20`. */
function spellingKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\b(?:the|license|licence|version)\b/g, '')
    .replace(/v(?=\d)/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** True when `suggestion` is `text` spelled the SPDX way, not a guess at a different license. */
function sameSpelling(text: string, suggestion: string): boolean {
  return spellingKey(text) !== '' && spellingKey(text) === spellingKey(suggestion);
}

/**
 * One license name as an SPDX id: an id in any spelling or a known name without one (certain), a curated common
 * name (`SSPLv1`, `Elastic License 2.0`: certain), or spdx-correct's guess (certain only when it merely respells).
 */
function resolveName(text: string): { id: string; certain: boolean } | undefined {
  const canonical = canonicalize(text.trim());
  if (tryParse(canonical) && !/\s/.test(canonical)) return { id: canonical, certain: true };
  const common = commonNames.find(({ pattern }) => pattern.test(text.trim()));
  if (common) return { id: common.id, certain: true };
  const corrected = text.trim() === '' ? undefined : correctSpdx(text.trim());
  return corrected ? { id: corrected, certain: sameSpelling(text, corrected) } : undefined;
}

/** What the author most likely meant, for the message (and a fix when it is certain). */
function suggest(text: string): { suggestion?: string; fix?: string } {
  // `MIT/Apache-2.0` is the Cargo/npm shorthand for a choice: SPDX writes it `MIT OR Apache-2.0`.
  const slashParts = text.split(/\s*\/\s*/);
  if (slashParts.length > 1) {
    const ids = slashParts.map(resolveName);
    if (ids.every((id) => id !== undefined)) {
      const expression = ids.map((id) => id.id).join(' OR ');
      return { suggestion: expression, ...(ids.every((id) => id.certain) ? { fix: expression } : {}) };
    }
  }
  // `MIT, Apache-2.0` could mean either operator.
  const commaParts = text.split(/\s*,\s*/);
  if (commaParts.length > 1) {
    const ids = commaParts.map(correctOne);
    if (ids.every(Boolean)) return { suggestion: `${ids.join(' OR ')}" or "${ids.join(' AND ')}` };
  }
  const common = commonNames.find(({ pattern }) => pattern.test(text));
  if (common) return { suggestion: common.id };
  const whole = correctSpdx(text);
  if (whole && !/\bOR\b|\bAND\b/i.test(text)) {
    // `Apache 2.0` -> `Apache-2.0` only respells; `GPLv3` -> `GPL-3.0-or-later` picks a variant the author did not.
    return sameSpelling(text, whole) ? { suggestion: whole, fix: whole } : { suggestion: whole };
  }
  const parts = text.split(/\s+(OR|AND|or|and)\s+/);
  if (parts.length > 1) {
    const corrected = parts.map((part, index) => (index % 2 === 1 ? part.toUpperCase() : correctOne(part)));
    if (corrected.every(Boolean)) return { suggestion: corrected.join(' ') };
  }
  return {};
}

/** The license ids of an expression's leaves, in order. */
export function licensesOf(node: LicenseNode): string[] {
  return 'conjunction' in node ? [...licensesOf(node.left), ...licensesOf(node.right)] : [node.license];
}

/** An expression back as text, the way SPDX writes it. */
export function formatLicense(node: LicenseNode): string {
  if (!('conjunction' in node)) {
    return `${node.license}${node.plus ? '+' : ''}${node.exception ? ` WITH ${node.exception}` : ''}`;
  }
  const side = (child: LicenseNode) =>
    'conjunction' in child && child.conjunction !== node.conjunction ? `(${formatLicense(child)})` : formatLicense(child);
  return `${side(node.left)} ${node.conjunction.toUpperCase()} ${side(node.right)}`;
}

/**
 * A suggested SPDX form as an expression, so a non-SPDX name (`AGPLv3`) still shows what it is for the
 * license's risk; license-spdx reports the spelling itself.
 */
export function parsedSuggestion(suggestion: string | undefined): LicenseNode | undefined {
  return suggestion ? tryParse(suggestion) : undefined;
}
