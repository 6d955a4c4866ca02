// The README's main job: lint the built-in examples. Clean examples pass and the ones in examples/mistakes
// show their findings, so exit code 1 (findings reported) is the expected outcome; 2 means specloom failed.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../apps/cli/dist/bin.js', import.meta.url));
const { status } = spawnSync(process.execPath, [bin, 'lint', 'examples', ...process.argv.slice(2)], { stdio: 'inherit' });
if (status === 2 || status === null) process.exit(2);
