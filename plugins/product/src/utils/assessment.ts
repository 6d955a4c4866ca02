/** What a Commercial Use or Verdict cell says, reduced to three levels. */
export type Assessment = 'safe' | 'caution' | 'restricted';

const symbols: Array<[RegExp, Assessment]> = [
  [/✅|✔|☑|🟢|👍/u, 'safe'],
  [/⚠|🟡|🟠|❗|❕/u, 'caution'],
  [/❌|✖|✗|⛔|🚫|🔴|🛑|👎/u, 'restricted'],
];
const restrictedWords =
  /\b(?:restricted|not allowed|forbidden|prohibited|blocked|rejected|reject|avoid|do not use|don't use|not safe|unsafe|banned|denied|not permitted|no)\b/i;
const cautionWords =
  /\b(?:caution|review|conditional(?:ly)?|conditions|limited|if|only|unless|weak copyleft|attribution|needs?|requires?)\b/i;
const safeWords = /\b(?:safe|unrestricted|allowed|approved|ok|okay|yes|permitted|permissive|fine|clear)\b/i;

/**
 * Read a Commercial Use or Verdict cell: the first status symbol decides (`✅ Safe`, `⚠️ Use unmodified`,
 * `❌ Restricted: CI only`); without one, its words do. Undefined when it says neither.
 */
export function readAssessment(text: string): Assessment | undefined {
  let first: { index: number; assessment: Assessment } | undefined;
  for (const [pattern, assessment] of symbols) {
    const match = pattern.exec(text);
    if (match && (!first || match.index < first.index)) first = { index: match.index, assessment };
  }
  if (first) return first.assessment;
  if (restrictedWords.test(text)) return 'restricted';
  if (cautionWords.test(text)) return 'caution';
  if (safeWords.test(text)) return 'safe';
  return undefined;
}
