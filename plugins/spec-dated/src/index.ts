export { specDatedPlugin as default, specDatedPlugin } from './plugin.js';
export { featureTemplate, featureStatuses, detectFeature } from './templates/feature.js';
export { whyWhatHowTemplate, detectWhyWhatHow } from './templates/why-what-how.js';
export { specIdFamily, specIdFormat, specIdPattern } from './templates/spec-id.js';
export {
  specDatedHtmlRenderer,
  specDatedJsonRenderer,
  specDatedJson,
  traceabilityMarkdownRenderer,
  traceabilityHtmlRenderer,
  type SpecDatedBlock,
  type SpecDatedJson,
} from './renderers/index.js';
