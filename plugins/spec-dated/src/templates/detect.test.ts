import { parseSpecDocument } from '@specloom/core';
import { describe, expect, it } from 'vitest';
import { detectFeature } from './feature.js';
import { detectWhyWhatHow } from './why-what-how.js';

const pillars = '## Why (Purpose & Context)\n\nBecause.\n\n## What (Requirements)\n\nThis.\n\n## How (Implementation)\n\nSo.\n';

describe('detecting the dated templates', () => {
  it('recognises a why/what/how spec by its pillars and its SPEC id', () => {
    const spec = `# Specification: Rate limiting\n\n## Overview\n**ID**: SPEC-2026-04-15-002  \n**Status**: Draft  \n\n${pillars}`;
    expect(detectWhyWhatHow(parseSpecDocument(spec))).toBe(1);
  });

  it('does not claim a document that only asks why, what and how (a Kubernetes KEP)', () => {
    const kep = '# KEP 3000: Image Promotion\n\n## Summary\n\nText.\n\n## Why a new domain?\n\nText.\n\n## How can we help?\n\nText.\n\n## What exactly are you doing?\n\nText.\n';
    expect(detectWhyWhatHow(parseSpecDocument(kep))).toBeLessThan(0.5);
    expect(detectWhyWhatHow(parseSpecDocument(`# Notes\n\n${pillars}`))).toBeLessThan(0.5);
  });

  it('recognises a feature spec by its title', () => {
    expect(detectFeature(parseSpecDocument('# Feature Specification: Bulk export\n\n## Metadata\n- **Spec ID**: SPEC-2026-03-02-001\n'))).toBe(1);
  });
});
