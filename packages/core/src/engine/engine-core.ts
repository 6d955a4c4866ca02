import type { ResolvedConfig } from '../types/index.js';
import { createTemplateAssigner, type AssignTemplate } from './assign-template.js';
import { resolveEnabledRules, type EnabledRules } from './resolve-enabled-rules.js';

/** What an engine computes once from its config and reuses for every file. */
export interface EngineCore {
  config: ResolvedConfig;
  assignTemplate: AssignTemplate;
  rules: EnabledRules;
}

export function createEngineCore(config: ResolvedConfig): EngineCore {
  return { config, assignTemplate: createTemplateAssigner(config), rules: resolveEnabledRules(config) };
}
