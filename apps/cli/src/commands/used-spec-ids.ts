import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { findGitRoot, type ResolvedConfig, type UsedIds } from '@specloom/core';
import { addIdsFromGitBranches, createUsedIdCollector, findFiles } from '@specloom/core/host';

/** Files bigger than this are not specs; reading them would only slow `new` down. */
const MAX_SPEC_BYTES = 4 * 1024 * 1024;

/**
 * Every document ID already taken (the templates' `workspace` ID families): Markdown files on disk (the whole
 * repository, or the config's folder outside git, plus the target folder), every local and remote-tracking
 * branch, and the config's `settings.reservedIds` (checked when the config was resolved).
 */
export async function collectUsedSpecIds(config: ResolvedConfig, cwd: string, targetDir: string): Promise<UsedIds> {
  const collector = createUsedIdCollector(config.templates);
  const gitRoot = await findGitRoot(cwd);
  const roots = [...new Set([gitRoot ?? config.rootDir, targetDir])];
  const existing: string[] = [];
  for (const root of roots) {
    if ((await stat(root).catch(() => undefined))?.isDirectory()) existing.push(root);
  }
  const found = existing.length === 0 ? { files: [] } : await findFiles(existing, { cwd });
  for (const file of found.files) {
    collector.addFileName(path.basename(file));
    const size = (await stat(file).catch(() => undefined))?.size ?? 0;
    if (size > MAX_SPEC_BYTES) continue;
    collector.addText(await readFile(file, 'utf8').catch(() => ''));
  }
  if (gitRoot !== undefined) await addIdsFromGitBranches(collector, gitRoot);
  collector.addReserved(config.settings.reservedIds);
  return collector.used;
}
