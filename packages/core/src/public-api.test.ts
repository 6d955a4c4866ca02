import { describe, expect, expectTypeOf, it } from 'vitest';
import * as core from './index.js';
import type {
  DocumentRule,
  DocumentSchema,
  Engine,
  Fix,
  LintMessage,
  LintFilesOutcome,
  LintResult,
  MetadataFieldSchema,
  RenderContext,
  Renderer,
  ReportDescriptor,
  ResolvedConfig,
  Rule,
  RuleContext,
  RuleMeta,
  SectionSchema,
  SpecDocument,
  SpecloomConfig,
  SpecloomPlugin,
  TemplateDefinition,
  WorkspaceContext,
  WorkspaceRule,
} from './index.js';
import * as host from './host.js';
import * as testing from './testing.js';

/**
 * Plugins and apps build on these names. Removing or renaming one breaks every plugin that uses it, so the
 * lists change only on purpose: update them together with a changeset that says what changed.
 */
describe('the public API of @specloom/core', () => {
  it('exports exactly these values for plugin authors', () => {
    expect(Object.keys(core).sort()).toEqual([
      'SPEC_DOCUMENT_SCHEMA_ID',
      'SpecParseError',
      'blocksAfterLabel',
      'calendarProblem',
      'cellAt',
      'cellTextPosition',
      'checkDate',
      'containsPlaceholder',
      'defineConfig',
      'definePlugin',
      'defineRule',
      'documentFacts',
      'documentToJson',
      'editDistance',
      'escapeHtml',
      'fieldValues',
      'findGitRoot',
      'findIds',
      'findLabelledParagraphs',
      'findPlaceholders',
      'findSections',
      'findTextPosition',
      'findTextRange',
      'firstLine',
      'isFirstStatus',
      'isFutureDate',
      'isInSection',
      'isPickList',
      'isStatusAtLeast',
      'isStatusIn',
      'isoDateOf',
      'joinWords',
      'labelOf',
      'lineEndAt',
      'listItemText',
      'markdownToSafeHtml',
      'metadataText',
      'nodePosition',
      'normalizeId',
      'normalizeName',
      'parseSpecDocument',
      'plainText',
      'pointAt',
      'positionAt',
      'positionFromOffsets',
      'proseTextNodes',
      'quote',
      'quoteList',
      'readStatus',
      'readTemplateFile',
      'renderHtmlPage',
      'renderHtmlTable',
      'scaffoldSpec',
      'sectionBlocks',
      'sectionEvidence',
      'sectionParts',
      'sectionTables',
      'sectionsAround',
      'shortenText',
      'supersedeFields',
      'templateFromMarkdown',
      'topLevelListItems',
      'updateField',
      'z',
    ]);
  });

  it('exports exactly these values for hosts from @specloom/core/host', () => {
    expect(Object.keys(host).sort()).toEqual([
      'CONFIG_SCHEMA_ID',
      'CORE_PLUGIN_NAME',
      'DEFAULT_MAX_FILE_TIME_MS',
      'DETECT_THRESHOLD',
      'PARALLEL_THRESHOLD',
      'SPEC_INDEX_SCHEMA_ID',
      'SpecloomConfigError',
      'TimeBudgetError',
      'WriteRefusedError',
      'addIdsFromGitBranches',
      'applyFixes',
      'checkDeferredWorkspace',
      'checkStatusTransition',
      'configJsonSchema',
      'corePlugin',
      'coreRenderers',
      'createConfigIgnoreFilter',
      'createEngine',
      'createHostLintRun',
      'createMarkdownProcessor',
      'createTemplateAssigner',
      'createUsedIdCollector',
      'findConfigFile',
      'findFiles',
      'groupIndex',
      'hashConfig',
      'hashContent',
      'htmlRenderer',
      'indexEntry',
      'inferSchema',
      'jsonRenderer',
      'loadConfig',
      'relocatePaths',
      'removeTemporaryFilesSync',
      'renderIndexHtml',
      'renderIndexJson',
      'renderIndexMarkdown',
      'resolveConfig',
      'resolveEnabledRules',
      'resolveLimits',
      'rewriteStatus',
      'ruleDocsUrlOf',
      'ruleOptionsJsonSchema',
      'rulesForTemplate',
      'runEachWithinTime',
      'runLintWorker',
      'runWithinTime',
      'selectRenderer',
      'slugifyTitle',
      'writeFileAtomic',
      'writePrecomputedSchemas',
    ]);
  });

  it('keeps each value in one of the two entry points', () => {
    expect(Object.keys(core).filter((name) => name in host)).toEqual([]);
  });

  it('exports the rule test helpers from @specloom/core/testing', () => {
    expect(Object.keys(testing).sort()).toEqual(['ANY_TEMPLATE', 'TEST_PLUGIN_NAME', 'createTestConfig', 'lintWithRules']);
  });

  it('exports the plugin types a plugin is written against', () => {
    // Type-level: `pnpm typecheck` fails when one of these names disappears or changes shape.
    expectTypeOf<SpecloomPlugin['templates']>().toEqualTypeOf<TemplateDefinition[] | undefined>();
    expectTypeOf<SpecloomPlugin['rules']>().toEqualTypeOf<Record<string, Rule> | undefined>();
    expectTypeOf<SpecloomPlugin['renderers']>().toEqualTypeOf<Renderer[] | undefined>();
    expectTypeOf<TemplateDefinition['schema']>().toEqualTypeOf<DocumentSchema>();
    expectTypeOf<DocumentSchema['sections']>().toEqualTypeOf<SectionSchema[]>();
    expectTypeOf<DocumentSchema['metadata']['fields']>().toEqualTypeOf<MetadataFieldSchema[]>();
    expectTypeOf<Renderer['render']>().parameters.toEqualTypeOf<[SpecDocument, RenderContext]>();
    expectTypeOf<DocumentRule['create']>().parameter(0).toEqualTypeOf<RuleContext<unknown>>();
    expectTypeOf<WorkspaceRule['check']>().parameter(0).toEqualTypeOf<WorkspaceContext<unknown, unknown>>();
    expectTypeOf<RuleMeta['messages']>().toEqualTypeOf<Record<string, string>>();
    expectTypeOf<ReportDescriptor['fix']>().toEqualTypeOf<Fix | Fix[] | undefined>();
    expectTypeOf<Fix>().toEqualTypeOf<{ range: [number, number]; text: string }>();
    expectTypeOf<LintResult['messages']>().toEqualTypeOf<LintMessage[]>();
    expectTypeOf<SpecloomConfig['plugins']>().toEqualTypeOf<Array<string | SpecloomPlugin> | undefined>();
    expectTypeOf<ResolvedConfig['plugins']>().toEqualTypeOf<SpecloomPlugin[]>();
    expectTypeOf(core.definePlugin).returns.toEqualTypeOf<SpecloomPlugin>();
    expectTypeOf(core.templateFromMarkdown).returns.toEqualTypeOf<TemplateDefinition>();
  });

  it('exports the host types a host is written against', () => {
    expectTypeOf(host.createEngine).returns.toEqualTypeOf<Engine>();
    expectTypeOf<Engine['lintFiles']>().returns.toEqualTypeOf<Promise<LintFilesOutcome>>();
    expectTypeOf<LintFilesOutcome['results']>().toEqualTypeOf<LintResult[]>();
    expectTypeOf(host.createHostLintRun).returns.toEqualTypeOf<host.HostLintRun>();
  });
});
