import type { LicenseNode } from './license-expression.js';

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
