import { describe, expect, it } from 'vitest';
import { edited, renderRfc, rfcFixture } from '../../test/render-fixture.js';

/** The notice above the header card, as a reader sees it. */
function banner(page: string): string | undefined {
  return /<p class="banner" role="note">(.*?)<\/p>/.exec(page)?.[1];
}

describe('rfc html renderer', () => {
  it('shows the decision banner, number badge, approvals table and derived header rows of an approved RFC', async () => {
    const page = await renderRfc(rfcFixture('valid/0008-session-events-v2.md'), 'html');
    expect(banner(page)).toBe('Decision: Approved · status approved · 4 of 4 approvals');
    expect(page).toContain(
      '<h1>SPEC 0008: Session Events v2 with Cumulative Energy <span class="status status-approved">approved</span> <span class="badge badge-rfc-number" title="RFC number">RFC 0008</span></h1>',
    );
    expect(page).toContain('<tr><th scope="row">Backwards compatibility</th><td>Breaking changes</td></tr>');
    expect(page).toContain('<tr><th scope="row">Rollout</th><td>10% → 30% → 60% → 100%</td></tr>');
    expect(page).toContain('<table class="approvals"><caption>Approvals</caption>');
    expect(page).toContain('<thead><tr><th scope="col">Role</th><th scope="col">Approver</th><th scope="col">Approved</th></tr></thead>');
    expect(page).toContain('<tr><td>Security</td><td>@aiko-tanaka</td><td>yes</td></tr>');
    expect(page).toContain('<tr><td>Product Owner</td><td>@farah-haddad</td><td>yes</td></tr>');
  });

  it('says "No decision yet" with the approvals signed so far while in review', async () => {
    const page = await renderRfc(rfcFixture('valid/0005-tenant-scoped-api-keys.md'), 'html');
    expect(banner(page)).toBe('No decision yet · status review · 2 of 4 approvals');
    expect(page).toContain('<tr><td>Tech Lead</td><td>@bob</td><td>no</td></tr>');
    expect(page).toContain('<tr><th scope="row">Backwards compatibility</th><td>No breaking changes</td></tr>');
  });

  it('names a rejected or deferred decision, and a conflict instead of picking one', async () => {
    const draft = rfcFixture('valid/0003-charger-command-queue.md');
    expect(banner(await renderRfc(edited(draft, '- [ ] **Rejected**', '- [x] **Rejected**'), 'html'))).toBe(
      'Decision: Rejected · status draft · 0 of 4 approvals',
    );
    expect(banner(await renderRfc(edited(draft, '- [ ] **Deferred**', '- [x] **Deferred**'), 'html'))).toBe(
      'Decision: Deferred · status draft · 0 of 4 approvals',
    );
    expect(banner(await renderRfc(rfcFixture('invalid/multiple-decisions-checked.md'), 'html'))).toBe(
      'Conflicting decision: Approved and Deferred checked · status approved · 4 of 4 approvals',
    );
  });

  it('renders a defective RFC with what it has: no approvals table, no status that is not a lifecycle value', async () => {
    const page = await renderRfc('# SPEC 12: Remove XML exports\n\n**Status**: Done-ish\n\n## Summary\n\nDrop XML.\n', 'html');
    expect(banner(page)).toBe('No decision yet');
    expect(page).toContain('<span class="badge badge-rfc-number" title="RFC number">RFC 12</span>');
    expect(page).not.toContain('<caption>Approvals</caption>');
    expect(page).not.toContain('Backwards compatibility');
  });

  it('shows hostile text from approval lines escaped, never as markup', async () => {
    // Raw HTML never reaches the checklist text; code spans and character references do.
    let text = rfcFixture('valid/0008-session-events-v2.md');
    text = edited(text, '- [x] Security: @aiko-tanaka', '- [x] Security: `<img src=x onerror=alert(1)>`');
    text = edited(text, '- [x] Tech Lead: @bob', '- [x] &lt;script&gt;alert(2)&lt;/script&gt; Lead: @bob');
    const page = await renderRfc(text, 'html');
    expect(page).toContain('<tr><td>Security</td><td>&lt;img src=x onerror=alert(1)&gt;</td><td>yes</td></tr>');
    expect(page).toContain('<tr><td>&lt;script&gt;alert(2)&lt;/script&gt; Lead</td><td>@bob</td><td>yes</td></tr>');
    expect(page).not.toMatch(/<img[^>]*onerror/);
    expect(page).not.toContain('<script>alert');
  });
});
