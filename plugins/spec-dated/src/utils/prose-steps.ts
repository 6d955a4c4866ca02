/** Code block languages that hold Gherkin scenarios. */
export const gherkinLanguages = new Set(['gherkin', 'cucumber', 'feature']);

/** Given/when/then as words in prose acceptance criteria (`Given a driver, when …, then …`). */
export const proseStep = /(?<![\p{L}\p{N}_-])(?:given|when|then)(?![\p{L}\p{N}_-])/giu;

/** True when only the ID, markup and a colon stand between the ID and the first step word. */
export function opensWithStep(idEnd: number, stepStart: number | undefined, text: string): boolean {
  return stepStart !== undefined && /^[\s*_\]:.)–—-]*$/.test(text.slice(idEnd, stepStart));
}
