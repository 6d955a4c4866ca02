export { RuleTester } from './rule-tester.js';
export type { ExpectedError, InvalidCase, RuleTesterCases, RuleTesterOptions, TestFile, ValidCase } from './rule-tester.js';
export { readRuleDocCases } from './rule-doc-cases.js';
export type { RuleDocCaseOptions, RuleDocCases, RuleDocInvalidCase, RuleDocValidCase } from './rule-doc-cases.js';
export { parseSpec, renderSpec } from './render-spec.js';
export type { ParseSpecOptions, ParsedSpec, RenderSpecOptions, RenderedSpec } from './render-spec.js';
export { engineHost } from './hosts/engine-host.js';
export { createRemarkHost, remarkHost, type RemarkHostOptions } from './hosts/remark-host.js';
export type { HostInput, HostMessage, HostResult, HostSetup, RuleTesterHost } from './hosts/host.js';
