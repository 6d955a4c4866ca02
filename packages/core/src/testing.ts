export { lintWithRules, createTestConfig, ANY_TEMPLATE, TEST_PLUGIN_NAME, type LintWithRulesOptions, type TestConfigOptions } from './engine/testing/lint-with-rules.js';
