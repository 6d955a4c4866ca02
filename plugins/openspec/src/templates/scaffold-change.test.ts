import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { readTemplateFile } from '@specloom/core';
import { changeProposalTemplate } from './change-proposal.js';

let project: string;
beforeEach(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'specloom-openspec-new-'));
});
afterEach(() => rm(project, { recursive: true, force: true }));

const request = (cwd: string) => ({
  title: 'Add rate limiting',
  slug: 'add-rate-limiting',
  today: '2026-01-15',
  cwd,
  markdown: readTemplateFile(import.meta.url, 'templates/proposal.md').markdown,
  settings: {},
});

it('lays the change out as openspec new change does, under the nearest openspec/ folder', async () => {
  await mkdir(path.join(project, 'openspec/specs'), { recursive: true });
  await mkdir(path.join(project, 'services/identity'), { recursive: true });
  const plan = await changeProposalTemplate.scaffold!(request(path.join(project, 'services/identity')));
  expect(plan.files.map((file) => path.relative(project, file.path))).toEqual([
    'openspec/changes/add-rate-limiting/proposal.md',
    'openspec/changes/add-rate-limiting/tasks.md',
    'openspec/changes/add-rate-limiting/.openspec.yaml',
  ]);
  expect(plan.files[0]?.text.split('\n')[0]).toBe('# Change: Add rate limiting');
  expect(plan.files[2]?.text).toBe('schema: spec-driven\ncreated: 2026-01-15\n');
});

it('takes the next free change ID when an active or archived change has the slug', async () => {
  await mkdir(path.join(project, 'openspec/changes/add-rate-limiting'), { recursive: true });
  await mkdir(path.join(project, 'openspec/changes/archive/2025-11-02-add-rate-limiting-2'), { recursive: true });
  const plan = await changeProposalTemplate.scaffold!(request(project));
  expect(path.relative(project, plan.files[0]!.path)).toBe('openspec/changes/add-rate-limiting-3/proposal.md');
});
