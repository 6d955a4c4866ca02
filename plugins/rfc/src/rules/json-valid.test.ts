import { readRuleDocCases } from '@specloom/testing';
import { fixture, fixtureCase, RFC_FILE_NAME, tester } from '../../test/lint-rule.js';
import rule from './json-valid.js';

const docs = readRuleDocCases(new URL('./json-valid.md', import.meta.url), { filePath: RFC_FILE_NAME });

tester.run('rfc/json-valid', rule, {
  valid: docs.valid,
  invalid: [
    // The trailing comma is removed; `[...]` has no certain fix.
    { ...docs.invalid[0], output: docs.invalid[0].code.replace('"2026-08-01T00:00:00Z",\n', '"2026-08-01T00:00:00Z"\n') },
    {
      name: 'the trailing comma of the invalid fixture, on its line, is removed',
      ...fixtureCase('invalid/invalid-json-block.md'),
      errors: [
        { message: 'Invalid JSON in code block: unexpected `}` after a trailing comma, expected valid JSON without the comma', line: 44, column: 39 },
      ],
      output: fixture('valid/0005-tenant-scoped-api-keys.md').text.replace('# SPEC 0005:', '# SPEC 0108:'),
    },
    {
      name: 'an example abbreviated with `...` or a comment is a warning; other syntax is an error',
      code: ['# SPEC 0005: Scoped API Keys', '', '```json', '{ "scopes": [...] }', '```', '', '```json', '{ "id": 1 // the key id', '}', '```', '', '```json', '{ "id": 1 "name": 2 }', '```', ''].join('\n'),
      filePath: RFC_FILE_NAME,
      errors: [
        { message: 'Invalid JSON in code block: unexpected `...`, expected a JSON value', line: 4, column: 14, severity: 1 },
        { line: 8, severity: 1 },
        { line: 13, severity: 2 },
      ],
    },
    {
      name: 'positions of a json block indented in a list item',
      code: ['# SPEC 0005: Scoped API Keys', '', '- **Request**:', '  ```json', '  {', '    "name": ERP', '  }', '  ```', ''].join('\n'),
      filePath: RFC_FILE_NAME,
      errors: [{ message: 'Invalid JSON in code block: unexpected `ERP`, expected a JSON value', line: 6, column: 13 }],
    },
  ],
});
