#!/usr/bin/env node
import { main } from './main.js';
import { removeTemporaryFilesOnSignal } from './remove-temporary-files-on-signal.js';

removeTemporaryFilesOnSignal();

// `specloom lint | head` closes the pipe early: that is the reader's choice, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

// exitCode, not process.exit(): lets piped stdout finish flushing.
process.exitCode = await main(process.argv);
