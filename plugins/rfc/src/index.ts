export { rfcPlugin as default, rfcPlugin } from './plugin.js';
export { rfcTemplate, detectRfc } from './templates/rfc.js';
