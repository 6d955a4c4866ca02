import { describe, expect, expectTypeOf, it } from 'vitest';
import * as core from './index.js';
import type {
  DocumentRule,
  DocumentSchema,
  Fix,
  LintMessage,
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
import * as testing from './testing.js';

/**
 * Plugins and apps build on these names. Removing or renaming one breaks every plugin that uses it, so the
 * list changes only on purpose: update it together with a changeset that says what changed.
 */
describe('the public API of @specloom/core', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(core).sort()).toEqual([
      'CONFIG_SCHEMA_ID',
      'CORE_PLUGIN_NAME',
      'DEFAULT_MAX_FILE_TIME_MS',
      'DETECT_THRESHOLD',
      'PARALLEL_THRESHOLD',
      'SPEC_DOCUMENT_SCHEMA_ID',
      'SPEC_INDEX_SCHEMA_ID',
      'SpecParseError',
      'SpecloomConfigError',
      'TimeBudgetError',
      'WriteRefusedError',
      'addIdsFromFileName',
      'addIdsFromGitBranches',
      'addIdsFromText',
      'addReservedIds',
      'applyFixes',
      'blocksAfterLabel',
      'calendarProblem',
      'cellAt',
      'cellTextPosition',
      'checkDate',
      'checkDeferredWorkspace',
      'checkStatusTransition',
      'configJsonSchema',
      'containsPlaceholder',
      'corePlugin',
      'coreRenderers',
      'createConfigIgnoreFilter',
      'createEngine',
      'createIncrementalLintRun',
      'createMarkdownProcessor',
      'createParsedLintRun',
      'createTemplateAssigner',
      'createUsedIds',
      'defineConfig',
      'definePlugin',
      'defineRule',
      'documentFacts',
      'documentToJson',
      'editDistance',
      'escapeHtml',
      'fieldValues',
      'findConfigFile',
      'findFiles',
      'findGitRoot',
      'findIds',
      'findLabelledParagraphs',
      'findPlaceholders',
      'findSections',
      'findTextPosition',
      'findTextRange',
      'firstLine',
      'formatRfcNumber',
      'groupIndex',
      'hashConfig',
      'hashContent',
      'htmlRenderer',
      'indexEntry',
      'inferSchema',
      'isFirstStatus',
      'isFutureDate',
      'isInSection',
      'isPickList',
      'isStatusAtLeast',
      'isStatusIn',
      'isoDateOf',
      'joinWords',
      'jsonRenderer',
      'labelOf',
      'lineEndAt',
      'lintFilesConcurrently',
      'listItemText',
      'loadConfig',
      'markdownToSafeHtml',
      'metadataText',
      'nextDatedId',
      'nextRfcNumber',
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
      'relocatePaths',
      'removeTemporaryFilesSync',
      'renderHtmlPage',
      'renderHtmlTable',
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
      'scaffoldSpec',
      'sectionBlocks',
      'sectionEvidence',
      'sectionParts',
      'sectionTables',
      'sectionsAround',
      'selectRenderer',
      'shortenText',
      'slugifyTitle',
      'supersedeFields',
      'templateFromMarkdown',
      'topLevelListItems',
      'updateField',
      'writeFileAtomic',
    ]);
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
});
