import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { findGitRoot, scaffoldSpec, type ScaffoldPlan, type ScaffoldRequest, type TemplateDefinition } from '@specloom/core';
import { gitBranchNames } from '../utils/git-branches.js';

/** `014-workspace-invite-links`: a feature folder or branch, and its number. */
const numbered = /^(\d{3,})-/;

/** The feature numbers in use: folders under `specs/`, and branches (local and remote) named `NNN-…`. */
async function usedFeatureNumbers(specsDir: string, cwd: string): Promise<number[]> {
  const folders = await readdir(specsDir, { withFileTypes: true }).catch(() => []);
  const names = folders.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const branches = (await gitBranchNames(cwd)).map((branch) => branch.split('/').at(-1) ?? branch);
  return [...names, ...branches].flatMap((name) => {
    const match = numbered.exec(name);
    return match ? [Number(match[1])] : [];
  });
}

/**
 * `specloom new spec-kit "Workspace invite links"`: `specs/015-workspace-invite-links/spec.md` with the next feature
 * number after every one in `specs/` and on every branch, as spec-kit's `/specify` numbers them. The folder name is
 * the feature branch the spec names; creating the branch is left to the author (git state is never touched).
 */
export async function scaffoldSpecKitFeature(request: ScaffoldRequest, template: TemplateDefinition): Promise<ScaffoldPlan> {
  const root = (await findGitRoot(request.cwd)) ?? request.cwd;
  const specsDir = request.dir ?? path.join(root, 'specs');
  const used = await usedFeatureNumbers(specsDir, request.cwd);
  const next = Math.max(0, ...used) + 1;
  const branch = `${String(next).padStart(3, '0')}-${request.slug}`;
  const markdown = request.markdown ?? '';
  const filled = scaffoldSpec(markdown, template, { title: request.title, today: request.today, author: request.author })
    .replaceAll('[###-feature-name]', branch)
    .replaceAll('[FEATURE DESCRIPTION]', request.title.replaceAll('"', "'"));
  return { files: [{ path: path.join(specsDir, branch, 'spec.md'), text: filled }] };
}
