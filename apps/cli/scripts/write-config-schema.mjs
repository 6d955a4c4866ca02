// Runs after tsup (`pnpm build`): writes dist/config.schema.json from the config validator and the built-in rules,
// so the shipped schema is generated from the code it describes. A test checks it is current.
import { writeFile } from 'node:fs/promises';
import { builtinConfigJsonSchema } from '../dist/config-json-schema.js';

const target = new URL('../dist/config.schema.json', import.meta.url);
await writeFile(target, `${JSON.stringify(await builtinConfigJsonSchema(), null, 2)}\n`);
