import { parseSpecDocument } from '@specloom/core';
import { describe, expect, it } from 'vitest';
import { detectFeature } from './feature.js';
import { detectWhyWhatHow } from './why-what-how.js';

const pillars = '## Why (Purpose & Context)\n\nBecause.\n\n## What (Requirements)\n\nThis.\n\n## How (Implementation)\n\nSo.\n';

describe('detecting the dated templates', () => {
  it('recognises a why/what/how spec by its pillars and its SPEC id', () => {
    const spec = `# Specification: Rate limiting\n\n## Overview\n**ID**: SPEC-2026-04-15-002  \n**Status**: Draft  \n\n${pillars}`;
    expect(detectWhyWhatHow(parseSpecDocument(spec)).score).toBe(1);
  });

  it('does not claim a document that only asks why, what and how (a Kubernetes KEP)', () => {
    const kep = '# KEP 3000: Image Promotion\n\n## Summary\n\nText.\n\n## Why a new domain?\n\nText.\n\n## How can we help?\n\nText.\n\n## What exactly are you doing?\n\nText.\n';
    expect(detectWhyWhatHow(parseSpecDocument(kep)).score).toBeLessThan(0.5);
    expect(detectWhyWhatHow(parseSpecDocument(`# Notes\n\n${pillars}`)).score).toBeLessThan(0.5);
  });

  it('recognises a feature spec by its title with its Spec ID or Metadata list', () => {
    const spec = parseSpecDocument('# Feature Specification: Bulk export\n\n## Metadata\n- **Spec ID**: SPEC-2026-03-02-001\n');
    expect(detectFeature(spec)).toEqual({
      score: 1,
      evidence: ['H1 "Feature Specification: …"', '`Spec ID: SPEC-…` field', '`## Metadata` section'],
    });
  });

  it('does not claim a GitHub spec-kit spec.md on its "Feature Specification" title alone', () => {
    const specKit =
      '# Feature Specification: Invite links\n\n**Feature Branch**: `014-invite-links`  \n**Created**: 2025-05-21  \n**Status**: Draft\n\n## User Scenarios & Testing *(mandatory)*\n';
    expect(detectFeature(parseSpecDocument(specKit)).score).toBeLessThan(0.5);
  });
});
