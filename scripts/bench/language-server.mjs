// remark-language-server, as it is published: `unified-language-server` with remark as the processor and
// `.remarkrc*` files as its configuration (https://github.com/remarkjs/remark-language-server/blob/main/index.js).
// The bench runs it over stdio (`--stdio`) to time didOpen -> publishDiagnostics.
import { remark } from 'remark';
import { createUnifiedLanguageServer } from 'unified-language-server';

process.title = 'remark-language-server';

createUnifiedLanguageServer({
  configurationSection: 'remark',
  defaultProcessor: remark,
  ignoreName: '.remarkignore',
  packageField: 'remarkConfig',
  pluginPrefix: 'remark',
  processorName: 'remark',
  processorSpecifier: 'remark',
  rcName: '.remarkrc',
});
