import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precomputedSchemaKey, readPrecomputedSchema } from './precomputed-schema.js';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'specloom-precomputed-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const schema = { metadata: { style: 'bold-lines', fields: [] }, sections: [], placeholders: [] };

describe('a precomputed template schema', () => {
  it('is used for the Markdown it was inferred from, by the same core', async () => {
    const file = path.join(folder, 'spec.md.schema.json');
    await writeFile(file, JSON.stringify({ key: precomputedSchemaKey('# Spec\n'), schema }));
    expect(readPrecomputedSchema(file, '# Spec\n')).toEqual(schema);
  });

  it('is ignored once the Markdown changed, or when the file is unreadable or another core wrote it', async () => {
    const file = path.join(folder, 'spec.md.schema.json');
    await writeFile(file, JSON.stringify({ key: precomputedSchemaKey('# Spec\n'), schema }));
    expect(readPrecomputedSchema(file, '# Spec, edited\n')).toBeUndefined();
    await writeFile(file, JSON.stringify({ key: `${precomputedSchemaKey('# Spec\n').split(':')[0]}:another-core`, schema }));
    expect(readPrecomputedSchema(file, '# Spec\n')).toBeUndefined();
    await writeFile(file, '{ not json');
    expect(readPrecomputedSchema(file, '# Spec\n')).toBeUndefined();
    expect(readPrecomputedSchema(path.join(folder, 'missing.json'), '# Spec\n')).toBeUndefined();
  });
});
