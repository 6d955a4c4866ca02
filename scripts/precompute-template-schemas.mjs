// Build step of a plugin package (run from its folder after tsup): infer the schema of each `templates/*.md` it
// ships with the built core and store it in `dist/templates/`, where `readTemplateFile` finds it. A run then loads
// 13 small JSON files instead of parsing 13 template documents (~0.5 s of every CLI start, editor or ESLint run).
import { writePrecomputedSchemas } from '../packages/core/dist/host.js';

writePrecomputedSchemas(process.cwd());
