import type { LintMessage, ReportDescriptor, RuleContext, SpecDocument, TemplateDefinition } from '../types/index.js';
import { createRuleMessage } from './create-message.js';
import type { EnabledRule } from './resolve-enabled-rules.js';

/** What stays the same for every document of one run. */
export interface RunEnvironment {
  settings: Record<string, unknown>;
  today: string;
}

/** The context handed to a rule's `create` (or a workspace rule's `collect`) for one document. */
export function createRuleContext(
  rule: EnabledRule,
  document: SpecDocument,
  template: TemplateDefinition | undefined,
  environment: RunEnvironment,
  messages: LintMessage[],
): RuleContext {
  return {
    id: rule.id,
    document,
    template,
    schema: template?.schema,
    options: rule.options,
    settings: environment.settings,
    today: environment.today,
    report(descriptor: ReportDescriptor) {
      messages.push(createRuleMessage(rule, descriptor, document.text));
    },
  };
}
