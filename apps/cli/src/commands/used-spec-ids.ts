import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { findGitRoot, type ResolvedConfig, type UsedIds } from '@specloom/core';
import {
  addIdsFromFileName,
  addIdsFromGitBranches,
  addIdsFromText,
  addReservedIds,
  createUsedIds,
  findFiles,
  SpecloomConfigError,
} from '@specloom/core/host';

/** Files bigger than this are not specs; reading them would only slow `new` down. */
const MAX_SPEC_BYTES = 4 * 1024 * 1024;

/**
 * Every RFC number and dated Spec ID already taken: Markdown files on disk (the whole repository, or the config's
 * folder outside git, plus the target folder), every local and remote-tracking branch, and the config's
 * `settings.reservedIds`.
 */
export async function collectUsedSpecIds(config: ResolvedConfig, cwd: string, targetDir: string): Promise<UsedIds> {
  const used = createUsedIds();
  const gitRoot = await findGitRoot(cwd);
  const roots = [...new Set([gitRoot ?? config.rootDir, targetDir])];
  const existing: string[] = [];
  for (const root of roots) {
    if ((await stat(root).catch(() => undefined))?.isDirectory()) existing.push(root);
  }
  const found = existing.length === 0 ? { files: [] } : await findFiles(existing, { cwd });
  for (const file of found.files) {
    addIdsFromFileName(used, path.basename(file));
    const size = (await stat(file).catch(() => undefined))?.size ?? 0;
    if (size > MAX_SPEC_BYTES) continue;
    const text = await readFile(file, 'utf8').catch(() => '');
    addIdsFromText(used, text);
  }
  if (gitRoot !== undefined) await addIdsFromGitBranches(used, gitRoot);

  const { invalid } = addReservedIds(used, config.settings.reservedIds);
  if (invalid.length > 0) {
    throw new SpecloomConfigError(
      `${config.filePath ?? 'config'}: Unexpected value ${JSON.stringify(invalid[0])} in "settings.reservedIds", expected an RFC number (42, "0042", "SPEC 0042") or a Spec ID ("SPEC-2025-01-31-003")`,
    );
  }
  return used;
}
