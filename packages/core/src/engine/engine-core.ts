import type { ResolvedConfig } from '../types/index.js';
import { createTemplateAssigner, type AssignTemplate } from './assign-template.js';
import { resolveLimits, type Limits } from './limits.js';
import { resolveEnabledRules, rulesForTemplate, type EnabledRules } from './resolve-enabled-rules.js';

/** What an engine computes once from its config and reuses for every file. */
export interface EngineCore {
  config: ResolvedConfig;
  assignTemplate: AssignTemplate;
  rules: EnabledRules;
  /** Nesting depth and time each file may take, defaults filled in. */
  limits: Limits;
  /** The enabled rules that run on documents of one template, computed once per template. */
  rulesFor(templateId: string): EnabledRules;
}

export function createEngineCore(config: ResolvedConfig): EngineCore {
  const rules = resolveEnabledRules(config);
  const byTemplate = new Map<string, EnabledRules>();
  function rulesFor(templateId: string): EnabledRules {
    let applicable = byTemplate.get(templateId);
    if (!applicable) byTemplate.set(templateId, (applicable = rulesForTemplate(rules, templateId)));
    return applicable;
  }
  return { config, assignTemplate: createTemplateAssigner(config), rules, limits: resolveLimits(config), rulesFor };
}
