export { lintWithRules, createTestConfig, ANY_TEMPLATE, TEST_PLUGIN_NAME } from './engine/testing/lint-with-rules.js';
