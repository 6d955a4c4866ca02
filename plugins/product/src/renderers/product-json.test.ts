import { describe, expect, it } from 'vitest';
import { fixtureNames, fixtureText, replaceOnce } from '../../test/helpers/fixtures.js';
import { renderProductJson, renderSpec } from '../../test/helpers/render.js';
import { productJsonRenderer } from './product-json.js';

describe('product json renderer', () => {
  it('is the renderer `render --to json` picks for a product spec', async () => {
    const rendered = await renderSpec(fixtureText('valid', 'grid-dynamic-load-balancing.md'), 'json');
    expect(rendered.template).toBe('product');
    expect(rendered.renderer).toBe(productJsonRenderer);
  });

  it('keeps the core document data and adds the product block of the Grid load balancing spec', async () => {
    const json = await renderProductJson(fixtureText('valid', 'grid-dynamic-load-balancing.md'));
    expect(json).toMatchObject({
      template: 'product',
      title: { text: 'Specification: Grid Dynamic Load Balancing v2', name: 'Grid Dynamic Load Balancing v2' },
      status: 'Approved',
      owner: 'Daniel Mensah / Engineering Manager, Grid Optimisation',
      created: '2026-03-16',
    });
    expect(json.metadata.priority).toMatchObject({ raw: 'P0 Critical', line: 7 });
    expect(json.product.productLine).toEqual({ name: 'Grid', initial: 'G' });
    expect(json.product.priority).toEqual({ level: 'P0', label: 'Critical' });
    expect(json.product.spikes).toEqual([
      {
        id: 'G-001',
        description: 'Solve time of the LP for a 120-connector depot with three-phase constraints',
        effort: { text: '4-8h', minHours: 4, maxHours: 8 },
        deliverable: 'Benchmark: p99 solve time on a c6i.large',
        line: 51,
      },
      {
        id: 'G-002',
        description: 'Charger response to SetChargingProfile every 5 seconds on the four most common models',
        effort: { text: '3d', minHours: 24, maxHours: 24 },
        deliverable: 'Lab report with acceptance latency and any firmware faults',
        line: 52,
      },
      {
        id: 'G-003',
        description: 'Meter reading latency from the site gateway to Grid over LTE',
        effort: { text: '2-3d', minHours: 16, maxHours: 24 },
        deliverable: 'Latency histogram from ten production sites',
        line: 53,
      },
      {
        id: 'G-004',
        description: 'Replay of January 2026 depot data through the optimiser',
        effort: { text: '6h', minHours: 6, maxHours: 6 },
        deliverable: 'Notebook comparing peak load and delivered energy with v1',
        line: 54,
      },
    ]);
    expect(json.product.licenseAudit[4]).toEqual({
      dependency: 'certifi',
      license: 'MPL-2.0',
      spdx: 'MPL-2.0',
      risk: 'other',
      commercialUse: { text: '⚠️ Weak copyleft: changes to MPL files must be shared', assessment: 'caution' },
      verdict: { text: '⚠️ Use unmodified', assessment: 'caution' },
      line: 66,
    });
    expect(
      json.product.licenseAudit.map((entry) => [entry.line, entry.dependency, entry.spdx, entry.risk, entry.verdict?.assessment]),
    ).toEqual([
      [62, 'HiGHS', 'MIT', 'other', 'safe'],
      [63, 'highspy', 'MIT', 'other', 'safe'],
      [64, 'numpy', 'BSD-3-Clause', 'other', 'safe'],
      [65, 'ocpp (Python, mobilityhouse)', 'MIT', 'other', 'safe'],
      [66, 'certifi', 'MPL-2.0', 'other', 'caution'],
      [67, 'GLPK', 'GPL-3.0-or-later', 'strong-copyleft', 'restricted'],
    ]);
  });

  it('reads SPDX choices, week efforts and weak copyleft the way the rules do', async () => {
    const sampling = await renderProductJson(fixtureText('valid', 'trace-ocpp-message-sampling.md'));
    expect(sampling.product.productLine).toEqual({ name: 'Trace', initial: 'T' });
    expect(sampling.product.licenseAudit[1]).toMatchObject({
      dependency: 'Zstandard library',
      spdx: 'BSD-3-Clause OR GPL-2.0-only',
      // A choice is as risky as its safest option.
      risk: 'other',
      line: 48,
    });
    const symbolication = await renderProductJson(fixtureText('valid', 'trace-crash-symbolication.md'));
    expect(symbolication.product.spikes.map((spike) => [spike.id, spike.effort])).toEqual([
      ['T-001', { text: '2h', minHours: 2, maxHours: 2 }],
      ['T-002', { text: '3-5d', minHours: 24, maxHours: 40 }],
      ['T-003', { text: '1w', minHours: 40, maxHours: 40 }],
    ]);
    expect(symbolication.product.licenseAudit[3]).toMatchObject({
      dependency: 'libdwarf',
      spdx: 'LGPL-2.1-only',
      verdict: { text: '⚠️ Safe if dynamically linked', assessment: 'caution' },
    });
  });

  it.each(fixtureNames('valid'))('valid/%s: every spike and audited dependency is fully read', async (name) => {
    const { product } = await renderProductJson(fixtureText('valid', name));
    expect(product.productLine).not.toBeNull();
    expect(product.priority).not.toBeNull();
    expect(product.spikes.length).toBeGreaterThan(0);
    for (const spike of product.spikes) {
      expect(spike.id).toMatch(new RegExp(`^${product.productLine!.initial}-\\d{3}$`));
      expect(spike.description).toEqual(expect.any(String));
      expect(spike.deliverable).toEqual(expect.any(String));
      expect(spike.effort?.minHours).toEqual(expect.any(Number));
      expect(spike.effort!.maxHours).toBeGreaterThanOrEqual(spike.effort!.minHours!);
    }
    for (const entry of product.licenseAudit) {
      expect(entry.spdx).toEqual(expect.any(String));
      expect(entry.verdict?.assessment).toEqual(expect.any(String));
    }
  });

  it('shows a trap marked safe as the risk it is, and a non-SPDX license as written with no SPDX id', async () => {
    const agpl = await renderProductJson(fixtureText('invalid', 'agpl-marked-safe.md'));
    expect(agpl.product.licenseAudit[4]).toEqual({
      dependency: 'MinIO (archive storage for exports)',
      license: 'AGPL-3.0-or-later',
      spdx: 'AGPL-3.0-or-later',
      risk: 'trap',
      commercialUse: { text: '✅ Unrestricted', assessment: 'safe' },
      verdict: { text: '✅ Safe', assessment: 'safe' },
      line: 64,
    });
    const notSpdx = await renderProductJson(fixtureText('invalid', 'license-not-spdx.md'));
    expect(notSpdx.product.licenseAudit[4]).toMatchObject({
      dependency: 'OpenTelemetry Rust SDK',
      license: 'Apache 2',
      spdx: null,
      line: 51,
    });
  });

  it('gives no priority when level and label disagree, and spike IDs as written', async () => {
    const mismatch = await renderProductJson(fixtureText('invalid', 'priority-label-mismatch.md'));
    expect(mismatch.product.priority).toBeNull();
    expect(mismatch.metadata.priority?.raw).toBe('P2 High');
    const wrongInitial = await renderProductJson(fixtureText('invalid', 'spike-wrong-initial.md'));
    expect(wrongInitial.product.productLine).toEqual({ name: 'Station', initial: 'S' });
    expect(wrongInitial.product.spikes.map((spike) => [spike.id, spike.line])).toEqual([
      ['S-001', 48],
      ['G-002', 49],
      ['S-003', 50],
    ]);
  });

  it('reads a bare level and a case slip as the priority they name', async () => {
    const text = fixtureText('valid', 'station-shift-handover.md');
    const bare = await renderProductJson(replaceOnce(text, '**Priority**: P2 Medium', '**Priority**: P2'));
    expect(bare.product.priority).toEqual({ level: 'P2', label: 'Medium' });
    const lowerCase = await renderProductJson(replaceOnce(text, '**Priority**: P2 Medium', '**Priority**: p2 medium'));
    expect(lowerCase.product.priority).toEqual({ level: 'P2', label: 'Medium' });
  });

  it('renders a half-filled spec with what it has and null for the rest', async () => {
    let text = fixtureText('valid', 'grid-dynamic-load-balancing.md');
    text = replaceOnce(text, '**Product**: Grid', '**Product**: Station | Grid | Trace | Cross-Product');
    text = replaceOnce(text, '**Priority**: P0 Critical', '**Priority**: P0 Critical | P1 High | P2 Medium | P3 Low');
    text = replaceOnce(text, '| 4-8h | Benchmark: p99 solve time on a c6i.large |', '| a few days | [Working PoC / benchmark / report] |');
    text = replaceOnce(text, '| **G-002** |', '| |');
    text = replaceOnce(text, '| 2-3d |', '| up to 2d |');
    text = replaceOnce(text, '| 6h | Notebook comparing peak load and delivered energy with v1 |', '| Xd | Notebook | extra cell |');
    text = replaceOnce(text, '| GLPK | GPL-3.0-or-later |', '| GLPK | — |');
    text = replaceOnce(text, '| `numpy` | BSD-3-Clause | ✅ Unrestricted | ✅ Safe |', '| `numpy` | BSD-3-Clause |');
    const { product } = await renderProductJson(text);
    expect(product.productLine).toBeNull();
    expect(product.priority).toBeNull();
    expect(product.spikes.map(({ id, effort, deliverable, line }) => ({ id, effort, deliverable, line }))).toEqual([
      { id: 'G-001', effort: { text: 'a few days', minHours: null, maxHours: null }, deliverable: null, line: 51 },
      { id: null, effort: { text: '3d', minHours: 24, maxHours: 24 }, deliverable: 'Lab report with acceptance latency and any firmware faults', line: 52 },
      { id: 'G-003', effort: { text: 'up to 2d', minHours: null, maxHours: 16 }, deliverable: 'Latency histogram from ten production sites', line: 53 },
      { id: 'G-004', effort: null, deliverable: 'Notebook', line: 54 },
    ]);
    expect(product.licenseAudit[2]).toEqual({
      dependency: 'numpy',
      license: 'BSD-3-Clause',
      spdx: 'BSD-3-Clause',
      risk: 'other',
      commercialUse: null,
      verdict: null,
      line: 64,
    });
    expect(product.licenseAudit[5]).toMatchObject({ dependency: 'GLPK', license: null, spdx: null, risk: null, line: 67 });
  });

  it('renders a spec without spike or license tables, and list-item spikes', async () => {
    const text = `# Specification: Trace Quick Fix

> **Status**: Draft
> **Product**: Trace

## 4. Spikes
- **T-001**: Check the \`ring buffer\` wrap-around under load
`;
    const json = await renderProductJson(text);
    expect(json.product).toEqual({
      productLine: { name: 'Trace', initial: 'T' },
      priority: null,
      spikes: [{ id: 'T-001', description: 'Check the ring buffer wrap-around under load', effort: null, deliverable: null, line: 7 }],
      licenseAudit: [],
    });
  });
});
