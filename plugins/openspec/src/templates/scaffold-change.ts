import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { findGitRoot, readTemplateFile, scaffoldSpec, type ScaffoldPlan, type ScaffoldRequest, type TemplateDefinition } from '@specloom/core';

/** Change IDs in use: active changes, and archived ones (`archive/2025-06-01-<id>`), whose IDs stay taken. */
async function usedChangeIds(changesDir: string): Promise<Set<string>> {
  const names = (await readdir(changesDir, { withFileTypes: true }).catch(() => [])).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const archived = (await readdir(path.join(changesDir, 'archive'), { withFileTypes: true }).catch(() => []))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name.replace(/^\d{4}-\d{2}-\d{2}-/, ''));
  return new Set([...names.filter((name) => name !== 'archive'), ...archived]);
}

/** The nearest folder at or above `cwd` that holds `openspec/`, else the git root, else `cwd`. */
async function projectRoot(cwd: string): Promise<string> {
  for (let folder = cwd; ; folder = path.dirname(folder)) {
    const found = await readdir(folder, { withFileTypes: true }).catch(() => []);
    if (found.some((entry) => entry.isDirectory() && entry.name === 'openspec')) return folder;
    if (path.dirname(folder) === folder) break;
  }
  return (await findGitRoot(cwd)) ?? cwd;
}

/** The project's schema from `openspec/config.yaml` (`schema: spec-driven`), for the change's `.openspec.yaml`. */
async function projectSchema(openspecDir: string): Promise<string> {
  const config = await readFile(path.join(openspecDir, 'config.yaml'), 'utf8').catch(() => '');
  return /^schema:\s*["']?([\w-]+)["']?\s*$/m.exec(config)?.[1] ?? 'spec-driven';
}

/**
 * `specloom new openspec-change "Add rate limiting"`: `openspec/changes/add-rate-limiting/` with proposal.md,
 * tasks.md and `.openspec.yaml`, as `openspec new change` lays a change out. The ID is the title's kebab-case slug,
 * with `-2`, `-3`… when an active or archived change already has it.
 */
export async function scaffoldChange(request: ScaffoldRequest, template: TemplateDefinition): Promise<ScaffoldPlan> {
  const root = await projectRoot(request.cwd);
  const changesDir = request.dir ?? path.join(root, 'openspec', 'changes');
  const used = await usedChangeIds(changesDir);
  let id = request.slug;
  for (let suffix = 2; used.has(id); suffix++) id = `${request.slug}-${suffix}`;
  const folder = path.join(changesDir, id);
  const proposal = scaffoldSpec(request.markdown ?? '', template, { title: request.title, today: request.today, author: request.author });
  const schema = await projectSchema(path.dirname(changesDir));
  return {
    files: [
      { path: path.join(folder, 'proposal.md'), text: proposal },
      { path: path.join(folder, 'tasks.md'), text: readTemplateFile(import.meta.url, 'templates/tasks.md').markdown },
      { path: path.join(folder, '.openspec.yaml'), text: `schema: ${schema}\ncreated: ${request.today}\n` },
    ],
  };
}
