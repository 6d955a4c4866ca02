import {
  documentFacts,
  metadataText,
  renderHtmlPage,
  type HeaderField,
  type RenderContext,
  type Renderer,
  type SpecDocument,
} from '@specloom/core';
import { spikeSection } from '../utils/spikes.js';
import { productTemplate } from '../templates/product.js';
import { readProductData, type LicenseAuditEntry, type SpikeData } from './product-data.js';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function formatHours(hours: number): string {
  return `${Number(hours.toFixed(2))}`;
}

/** `3 spikes, 50–62 h estimated`: the total only when every spike gives both bounds. */
function spikeSummary(spikes: SpikeData[]): string {
  const summary = plural(spikes.length, 'spike', 'spikes');
  const bounds = spikes.map((spike) => spike.effort);
  if (!bounds.every((effort) => effort?.minHours != null && effort.maxHours != null)) return summary;
  const minimum = bounds.reduce((sum, effort) => sum + effort!.minHours!, 0);
  const maximum = bounds.reduce((sum, effort) => sum + effort!.maxHours!, 0);
  const total = minimum === maximum ? formatHours(minimum) : `${formatHours(minimum)}–${formatHours(maximum)}`;
  return `${summary}, ${total} h estimated`;
}

/** `6 dependencies: 4 safe, 1 caution, 1 restricted; strong copyleft: GLPK under GPL-3.0-or-later`. */
function licenseSummary(entries: LicenseAuditEntry[]): string {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const key = entry.verdict?.assessment ?? 'without a verdict';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const verdicts = ['safe', 'caution', 'restricted', 'without a verdict']
    .filter((key) => counts.has(key))
    .map((key) => `${counts.get(key)} ${key}`);
  const parts = [`${plural(entries.length, 'dependency', 'dependencies')}: ${verdicts.join(', ')}`];
  const named = (risk: LicenseAuditEntry['risk']) =>
    entries
      .filter((entry) => entry.risk === risk)
      .map((entry) => `${entry.dependency ?? 'unnamed dependency'} under ${entry.spdx ?? entry.license ?? ''}`);
  const traps = named('trap');
  if (traps.length > 0) parts.push(`known license ${traps.length === 1 ? 'trap' : 'traps'}: ${traps.join(', ')}`);
  const copyleft = named('strong-copyleft');
  if (copyleft.length > 0) parts.push(`strong copyleft: ${copyleft.join(', ')}`);
  return parts.join('; ');
}

/** The header fields in the order a product reviewer reads them, then any others the spec adds. */
function headerFields(document: SpecDocument, context: RenderContext, data: ReturnType<typeof readProductData>): HeaderField[] {
  const facts = documentFacts(document, context.template);
  const statusField = (context.template?.schema.status?.field ?? 'Status').toLowerCase();
  const fixed: Array<[label: string, name: string, value: string | undefined]> = [
    ['Title', 'title', facts.title],
    ['Status', statusField, facts.status],
    ['Owner', 'owner', metadataText(document.metadata['owner'])],
    ['Created', 'created', metadataText(document.metadata['created'])],
    ['Priority', 'priority', metadataText(document.metadata['priority'])],
    ['Product', 'product', metadataText(document.metadata['product'])],
  ];
  const shown = new Set(fixed.map(([, name]) => name));
  // Without front matter the title is the H1, and a `**Title**:` header field is a field like any other.
  if (!document.frontMatter) shown.delete('title');
  shown.add('template');
  const fields: HeaderField[] = fixed.flatMap(([label, , value]) => (value === undefined ? [] : [{ label, value }]));
  for (const entry of document.metadataEntries) {
    if (shown.has(entry.name)) continue;
    shown.add(entry.name);
    fields.push({ label: entry.key, value: metadataText(entry) ?? '' });
  }
  if (data.spikes.length > 0) fields.push({ label: 'Spikes', value: spikeSummary(data.spikes) });
  else if (spikeSection(document)) fields.push({ label: 'Spikes', value: 'None listed' });
  if (data.licenseAudit.length > 0) fields.push({ label: 'License audit', value: licenseSummary(data.licenseAudit) });
  return fields;
}

/**
 * Core's sanitized page with a product header card: product and priority badges beside the status (only when
 * the plugin can read them; the card shows the fields as written), the header fields in a fixed order, the spike
 * count with its total effort and a summary of the license audit's verdicts and risky licenses.
 */
export const productHtmlRenderer: Renderer = {
  format: 'html',
  templates: [productTemplate.id],
  render(document, context) {
    const data = readProductData(document, context.template?.schema ?? productTemplate.schema, context.settings);
    const badges: HeaderField[] = [];
    if (data.productLine) badges.push({ label: 'Product', value: data.productLine.name });
    if (data.priority) badges.push({ label: 'Priority', value: `${data.priority.level} ${data.priority.label}` });
    return renderHtmlPage(document, {
      context,
      badges,
      headerFields: headerFields(document, context, data),
      replaceMetadata: true,
    });
  },
};
