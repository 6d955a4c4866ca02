export { default as licenseSpdx } from './license-spdx.js';
export { default as licenseVerdict } from './license-verdict.js';
export { default as owner } from './owner.js';
export { default as priority } from './priority.js';
export { default as spikeEffort } from './spike-effort.js';
export { default as spikeFilled } from './spike-filled.js';
export { default as spikeId } from './spike-id.js';
export { default as unitTestsTable } from './unit-tests-table.js';
