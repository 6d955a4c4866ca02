/** The number in an ADR title (`ADR-7: …` -> `7`), with its offset inside the title text. */
export function adrNumber(titleText: string): { number: string; index: number } | undefined {
  const match = /^ADR-(\d+)\s*:/.exec(titleText);
  return match ? { number: match[1]!, index: 'ADR-'.length } : undefined;
}
