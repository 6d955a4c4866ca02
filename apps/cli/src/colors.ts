import picocolors from 'picocolors';
import type { OutputStream } from './runtime.js';

export type Colors = ReturnType<typeof picocolors.createColors>;

/**
 * `--color` / `--no-color` win; then NO_COLOR and FORCE_COLOR (https://no-color.org); otherwise colour only
 * when the stream is a terminal, so piped output and CI logs stay plain.
 */
export function shouldUseColor(
  stream: OutputStream,
  colorOption: boolean | undefined,
  env: Record<string, string | undefined>,
): boolean {
  if (colorOption !== undefined) return colorOption;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return stream.isTTY === true;
}

export function createColors(enabled: boolean): Colors {
  return picocolors.createColors(enabled);
}
