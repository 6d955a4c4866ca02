import { describe, expect, it } from 'vitest';
import { edited, renderRfcJson, rfcFixture } from '../../test/render-fixture.js';

describe('rfc json renderer', () => {
  it('adds the rfc block of an approved RFC with breaking changes, read from the fixture', async () => {
    const json = await renderRfcJson(rfcFixture('valid/0008-session-events-v2.md'));
    expect(json.template).toBe('rfc');
    expect(json.id).toBe('SPEC 0008');
    expect(json.status).toBe('approved');
    expect(json.rfc).toEqual({
      number: 8,
      decision: 'approved',
      approvals: [
        { role: 'Architect', who: '@alice-chen', approved: true, line: 226 },
        { role: 'Tech Lead', who: '@bob', approved: true, line: 227 },
        { role: 'Security', who: '@aiko-tanaka', approved: true, line: 228 },
        { role: 'Product Owner', who: '@farah-haddad', approved: true, line: 229 },
      ],
      backwardsCompatibility: 'breaking',
      reviewers: ['@alice-chen', '@bob', '@lena-fischer'],
      // The rollback criterion "sequence gaps exceed 0.01%" is a threshold, not a step.
      rollout: [
        { percent: 10, line: 132, ramp: 1 },
        { percent: 30, line: 132, ramp: 1 },
        { percent: 60, line: 132, ramp: 1 },
        { percent: 100, line: 132, ramp: 1 },
      ],
    });
  });

  it('reads a review RFC: no decision yet, two of four approvals, no breaking changes', async () => {
    const { rfc } = await renderRfcJson(rfcFixture('valid/0005-tenant-scoped-api-keys.md'));
    expect(rfc.number).toBe(5);
    expect(rfc.decision).toBeNull();
    expect(rfc.approvals.map((approval) => [approval.role, approval.approved, approval.line])).toEqual([
      ['Architect', true, 222],
      ['Tech Lead', false, 223],
      ['Security', true, 224],
      ['Product Owner', false, 225],
    ]);
    expect(rfc.backwardsCompatibility).toBe('none');
    expect(rfc.reviewers).toEqual(['@alice-chen', '@bob', '@ravi-iyer']);
    expect(rfc.rollout.map((step) => step.percent)).toEqual([5, 25, 100]);
  });

  it('leaves the compatibility answer null in a draft where neither box is checked', async () => {
    const { rfc } = await renderRfcJson(rfcFixture('valid/0003-charger-command-queue.md'));
    expect(rfc.backwardsCompatibility).toBeNull();
    expect(rfc.decision).toBeNull();
    expect(rfc.approvals.every((approval) => !approval.approved)).toBe(true);
  });

  it('names a single Rejected or Deferred decision', async () => {
    const text = rfcFixture('valid/0003-charger-command-queue.md');
    expect((await renderRfcJson(edited(text, '- [ ] **Rejected**', '- [x] **Rejected**'))).rfc.decision).toBe('rejected');
    expect((await renderRfcJson(edited(text, '- [ ] **Deferred**', '- [X] **Deferred**'))).rfc.decision).toBe('deferred');
  });

  it('gives no decision when two are checked, rather than picking one', async () => {
    const { rfc } = await renderRfcJson(rfcFixture('invalid/multiple-decisions-checked.md'));
    expect(rfc.decision).toBeNull();
    expect(rfc.approvals).toHaveLength(4);
  });

  it('keeps a reviewer note out of the handle and the template text out of the data', async () => {
    const { rfc } = await renderRfcJson(rfcFixture('variations/0042-charger-firmware-signing.md'));
    expect(rfc.reviewers).toEqual(['@alice-chen', '@bob']);

    const template = rfcFixture('../../templates/rfc-spec.md');
    const json = await renderRfcJson(template);
    expect(json.rfc).toMatchObject({
      number: 1,
      decision: null,
      backwardsCompatibility: null,
      rollout: [{ percent: 5 }, { percent: 25 }, { percent: 50 }, { percent: 100 }],
    });
    // `- [ ] Architect: @name` names nobody yet.
    expect(json.rfc.approvals[0]).toEqual({ role: 'Architect', who: null, approved: false, line: 226 });
  });

  it('renders a partly written RFC with missing sections as nulls and empty lists', async () => {
    const json = await renderRfcJson('# SPEC 0042: Charger firmware signing\n\n**Status**: draft\n\n## Summary\n\nSign firmware images.\n');
    expect(json.rfc).toEqual({ number: 42, decision: null, approvals: [], backwardsCompatibility: null, reviewers: [], rollout: [] });
  });
});
