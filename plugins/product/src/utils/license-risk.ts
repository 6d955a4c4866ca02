import { checkLicense, parsedSuggestion, type LicenseNode } from './license-expression.js';

/**
 * `trap`: source-available or non-commercial terms that forbid or charge for commercial use, or network copyleft
 * (AGPL) that reaches a hosted product; `strong-copyleft`: linking makes our code GPL; `other`: permissive and
 * weak copyleft, fine when used as the audit says.
 */
export type LicenseRisk = 'other' | 'strong-copyleft' | 'trap';

const rank: Record<LicenseRisk, number> = { other: 0, 'strong-copyleft': 1, trap: 2 };

const traps = [
  /^AGPL-/,
  /^SSPL-/,
  /^BUSL-/,
  /^Elastic-/,
  /^CC-BY-NC/,
  /^PolyForm-(?:Noncommercial|Small-Business)/,
  /^LicenseRef-(?:RSALv2|Commons-Clause|Confluent-Community|Elastic-License)$/,
];
/** GPL itself and licenses as strong: any derivative work, linked code included, must be released alike. */
const strongCopyleft = [/^GPL-/, /^EUPL-/, /^OSL-/, /^RPL-/, /^Sleepycat$/, /^CECILL-\d/, /^Parity-/];

/** The risk of one license; an exception (`GPL-2.0-only WITH Classpath-exception-2.0`) lifts the copyleft on linking. */
export function licenseRisk(license: string, exception?: string): LicenseRisk {
  if (traps.some((pattern) => pattern.test(license))) return 'trap';
  // Deprecated ids like `GPL-2.0-with-classpath-exception` carry their exception in the name.
  if (exception || /-with-/.test(license)) return 'other';
  return strongCopyleft.some((pattern) => pattern.test(license)) ? 'strong-copyleft' : 'other';
}

export interface ExpressionRisk {
  risk: LicenseRisk;
  /** The licenses that carry the risk, as written in the expression. */
  licenses: string[];
}

/**
 * The risk of an expression: a choice (`OR`) is as risky as its safest option, because we may pick it; a
 * combination (`AND`) is as risky as its riskiest part.
 */
export function expressionRisk(node: LicenseNode): ExpressionRisk {
  if (!('conjunction' in node)) {
    return { risk: licenseRisk(node.license, node.exception), licenses: [node.license + (node.plus ? '+' : '')] };
  }
  const left = expressionRisk(node.left);
  const right = expressionRisk(node.right);
  if (rank[left.risk] === rank[right.risk]) return { risk: left.risk, licenses: [...left.licenses, ...right.licenses] };
  const pickLeft = node.conjunction === 'or' ? rank[left.risk] < rank[right.risk] : rank[left.risk] > rank[right.risk];
  return pickLeft ? left : right;
}

/**
 * License names as authors write them when they do not use SPDX ids (`GNU AGPLv3`, `Server Side Public License`,
 * `BSL 1.1`, `RSALv2`): a trap is a trap however it is spelled.
 */
const trapNames: Array<{ pattern: RegExp; name: string }> = [
  { pattern: /(?<![a-z])A-?GPL|\bAffero\b/i, name: 'AGPL' },
  { pattern: /\bSSPL|\bServer[- ]Side Public License/i, name: 'SSPL' },
  { pattern: /\bBUSL|\bBusiness Source License|\bBSL[- ]?v?1\.1\b/i, name: 'BUSL' },
  { pattern: /\bRSAL|\bRedis Source Available/i, name: 'RSALv2' },
  { pattern: /\bElastic License|\bELv?2\b/i, name: 'Elastic License' },
  { pattern: /\bCommons[- ]Clause\b/i, name: 'Commons Clause' },
  { pattern: /\bConfluent Community License/i, name: 'Confluent Community License' },
  { pattern: /\bNon-?Commercial\b|\bCC[- ]BY[- ]NC|\bPolyForm[- ](?:Noncommercial|Small)/i, name: 'non-commercial terms' },
];
/** `GPL` and `GNU General Public License`, but not LGPL, AGPL or the Lesser/Library GPL. */
const strongCopyleftName = /(?<![a-z-])GPL|\bGNU General Public License/i;

/** The risk of a license named in words, not as an SPDX expression; undefined when no known name is in it. */
export function namedLicenseRisk(text: string): ExpressionRisk | undefined {
  const traps = trapNames.filter(({ pattern }) => pattern.test(text)).map(({ name }) => name);
  if (traps.length > 0) return { risk: 'trap', licenses: traps };
  if (strongCopyleftName.test(text) && !/\bLesser\b|\bLibrary\b|\bexception\b/i.test(text)) {
    return { risk: 'strong-copyleft', licenses: ['GPL'] };
  }
  return undefined;
}

/** A choice written with `/` or `or` (`RSALv2 / SSPLv1`, `MIT or Apache 2.0`): its parts, or one part for anything else. */
function alternatives(text: string): string[] {
  return text.split(/\s*\/\s*|\s+or\s+/i).filter((part) => part.trim() !== '');
}

const rankOf = (risk: ExpressionRisk) => rank[risk.risk];

/**
 * The risk of a License cell however it is written: an SPDX expression, a likely SPDX form of it, or license
 * names in words. A choice (`A / B`) is as risky as its safest option; undefined when nothing in it is known.
 */
export function licenseTextRisk(text: string): ExpressionRisk | undefined {
  const check = checkLicense(text);
  if (check.kind === 'empty') return undefined;
  if (check.kind === 'valid') return expressionRisk(check.expression);
  const parts = alternatives(text);
  const risks = parts.map((part) => {
    const partCheck = checkLicense(part);
    const expression =
      partCheck.kind === 'valid'
        ? partCheck.expression
        : partCheck.kind === 'invalid'
          ? parsedSuggestion(partCheck.suggestion)
          : undefined;
    const guessed = expression ? expressionRisk(expression) : undefined;
    if (guessed?.risk === 'trap') return guessed;
    // Words name a trap surely where a guessed SPDX id may not (`BSL 1.1` is not Boost's `BSL-1.0`).
    const named = namedLicenseRisk(part);
    return named?.risk === 'trap' ? named : (guessed ?? named);
  });
  // A part we cannot read could be the option the team picks: only a risk every option carries counts.
  if (risks.some((risk) => risk === undefined)) return undefined;
  // As for an SPDX `OR`: the safest option; options equally risky are all named.
  return (risks as ExpressionRisk[]).reduce((safest, risk) => {
    if (rankOf(risk) === rankOf(safest)) return { risk: safest.risk, licenses: [...safest.licenses, ...risk.licenses] };
    return rankOf(risk) < rankOf(safest) ? risk : safest;
  });
}
