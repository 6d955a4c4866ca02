import type { DocumentRule, TableCell } from '@specloom/core';
import { containsPlaceholder, findTextPosition, quote, shortenText } from '@specloom/core';
import { readAssessment, type Assessment } from '../utils/assessment.js';
import { licenseTextRisk } from '../utils/license-risk.js';
import { licenseRows } from '../utils/license-tables.js';

const rule: DocumentRule = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow license traps (AGPL, SSPL, RSALv2, BUSL, Elastic, Commons Clause) and strong copyleft marked safe, and verdicts that contradict Commercial Use',
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      trap: '{{licenses}} is a known license trap: expected a restricted verdict, not {{marked}}',
      copyleft: '{{licenses}} is strong copyleft: expected a restricted or conditional verdict, not {{marked}}',
      disagree:
        'Unexpected verdict {{verdict}} for {{dependency}}, expected a {{expected}} verdict to agree with Commercial Use {{commercialUse}}',
    },
  },

  create(context) {
    return {
      document() {
        for (const { dependency, license, commercialUse, verdict } of licenseRows(context.document)) {
          const cells = [license, commercialUse, verdict].filter((cell): cell is TableCell => cell !== undefined);
          // A row still holding template text says nothing yet; the placeholder rule reports it.
          if (cells.some((cell) => containsPlaceholder(cell.text, context.schema))) continue;
          const verdictSays = verdict && readAssessment(verdict.text);
          const commercialSays = commercialUse && readAssessment(commercialUse.text);
          const risk = license ? licenseTextRisk(license.text) : undefined;
          const risky = risk !== undefined && risk.risk !== 'other';
          if (risky) {
            // The verdict says whether it is marked safe; without a readable verdict, Commercial Use does. A trap
            // called unrestricted is wrong even under a careful verdict.
            const markedSafe =
              verdictSays === 'safe'
                ? verdict
                : commercialSays === 'safe' && (!verdictSays || risk.risk === 'trap')
                  ? commercialUse
                  : undefined;
            if (markedSafe) {
              context.report({
                messageId: risk.risk === 'trap' ? 'trap' : 'copyleft',
                data: { licenses: risk.licenses.join(' AND '), marked: quote(shortenText(markedSafe.text, 40)) },
                position: findTextPosition(context.document, markedSafe.position, markedSafe.text) ?? markedSafe.position,
                // Strong copyleft can be fine (a CI-only tool, nothing distributed): a warning, not an error.
                severity: risk.risk === 'trap' ? undefined : 'warn',
              });
              continue;
            }
            // A careful verdict on a risky license is right even if Commercial Use sounds relaxed.
            if (verdictSays === 'restricted') continue;
          }
          if (verdict && commercialUse && verdictSays && commercialSays && opposite(verdictSays, commercialSays)) {
            context.report({
              messageId: 'disagree',
              data: {
                verdict: quote(shortenText(verdict.text, 40)),
                dependency: dependency ? quote(shortenText(dependency, 40)) : 'this dependency',
                expected: commercialSays === 'safe' ? 'safe' : 'restricted',
                commercialUse: quote(shortenText(commercialUse.text, 40)),
              },
              position: findTextPosition(context.document, verdict.position, verdict.text) ?? verdict.position,
            });
          }
        }
      },
    };
  },
};

/** Safe against restricted; a caution on either side leaves room for judgement. */
function opposite(left: Assessment, right: Assessment): boolean {
  return (left === 'safe' && right === 'restricted') || (left === 'restricted' && right === 'safe');
}

export default rule;
