import type { CachedPhase } from '../cache/lint-cache.js';
import type { DocumentPhase } from '../lint-document.js';

const BOM = '\uFEFF';

function withoutBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** Drop the phase's text when it is the input's own, so it is neither copied between threads nor cached. */
export function toCachedPhase(phase: DocumentPhase, input: string): CachedPhase {
  const { text, ...rest } = phase;
  return text === withoutBom(input) ? rest : phase;
}

export function fromCachedPhase(phase: CachedPhase, input: string): DocumentPhase {
  return { ...phase, text: phase.text ?? withoutBom(input) };
}
