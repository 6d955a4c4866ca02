import { existsSync } from 'node:fs';
import path from 'node:path';
import { resolveConfig, ruleDocsUrlOf } from '@specloom/core/host';
import { describe, expect, it } from 'vitest';
import { builtinPlugins } from './builtin-plugins.js';

const repositoryRoot = path.resolve(import.meta.dirname, '../../..');
/** Rule docs are Markdown files in this repository, published at this address. */
const REPOSITORY_URL = 'https://github.com/specloom/specloom/blob/main/';

// Every rule a user can turn on (core and the built-in plugins, as this preset and the CLI load them) says what
// it checks, where it is documented and what it reports: editors, `specloom rules` and remark show all three.
const config = await resolveConfig({}, { rootDir: repositoryRoot, builtinPlugins });

describe('rule meta of core and the built-in plugins', () => {
  it('loads the rules of every built-in plugin', () => {
    const plugins = new Set(config.rules.map((loaded) => loaded.plugin));
    expect([...plugins].sort()).toEqual([...new Set([...config.plugins.map((plugin) => plugin.name)])].sort());
  });

  it.each(config.rules.map((loaded) => [loaded.id, loaded] as const))('%s has a description, a docs url and messages', (_id, loaded) => {
    const { meta } = loaded.rule;
    expect(meta.docs?.description, 'docs.description').toMatch(/^\S[^\n]*$/);

    const url = ruleDocsUrlOf(loaded, config.plugins);
    expect(url, 'docs url').toBeDefined();
    expect(url!.startsWith(REPOSITORY_URL), `docs url ${url} is in this repository`).toBe(true);
    const documentation = path.join(repositoryRoot, url!.slice(REPOSITORY_URL.length));
    expect(existsSync(documentation), `${path.relative(repositoryRoot, documentation)} exists`).toBe(true);

    const messages = Object.entries(meta.messages ?? {});
    expect(messages.length, 'messages').toBeGreaterThan(0);
    for (const [messageId, text] of messages) expect(text, `messages.${messageId}`).toMatch(/\S/);
  });
});
