import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { readTemplateFile } from '@specloom/core';
import { specKitSpecTemplate } from './spec.js';

let project: string;
beforeEach(async () => {
  // Outside any git work tree, so only the folders on disk count.
  project = await mkdtemp(path.join(tmpdir(), 'specloom-spec-kit-new-'));
});
afterEach(() => rm(project, { recursive: true, force: true }));

function request(dir?: string) {
  return { title: 'Bulk "CSV" export', slug: 'bulk-csv-export', today: '2026-01-15', author: 'Ada', cwd: project, dir, markdown: readTemplateFile(import.meta.url, 'templates/spec-template.md').markdown, settings: {} };
}

it('numbers the feature after the highest folder in specs/ and fills branch, date, status and input', async () => {
  await mkdir(path.join(project, 'specs/003-login'), { recursive: true });
  await mkdir(path.join(project, 'specs/014-workspace-invite-links'), { recursive: true });
  const plan = await specKitSpecTemplate.scaffold!(request());
  expect(plan.files.map((file) => path.relative(project, file.path))).toEqual(['specs/015-bulk-csv-export/spec.md']);
  const text = plan.files[0]?.text ?? '';
  expect(text.split('\n').slice(0, 6)).toEqual([
    '# Feature Specification: Bulk "CSV" export',
    '',
    '**Feature Branch**: `015-bulk-csv-export`  ',
    '**Created**: 2026-01-15  ',
    '**Status**: Draft  ',
    '**Input**: User description: "Bulk \'CSV\' export"',
  ]);
});

it('starts at 001 in an empty project, and writes into --dir when given', async () => {
  const first = await specKitSpecTemplate.scaffold!(request());
  expect(path.relative(project, first.files[0]!.path)).toBe('specs/001-bulk-csv-export/spec.md');
  const elsewhere = await specKitSpecTemplate.scaffold!(request(path.join(project, 'docs/features')));
  expect(path.relative(project, elsewhere.files[0]!.path)).toBe('docs/features/001-bulk-csv-export/spec.md');
});
