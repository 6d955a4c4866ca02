// Prints vitest's JSON results as the plain closing line CI reads: "N passed, N failed[, N skipped]".
import { readFileSync } from 'node:fs';

const resultsFile = process.argv[2] ?? '.vitest-results.json';
const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
const skipped = results.numPendingTests + results.numTodoTests;
const summary = `${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`;
console.log(`tests: ${summary}`);
