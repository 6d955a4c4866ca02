import type { SpecloomPlugin } from '../types/plugin.js';
import { idFamiliesProblem } from '../schema/id-families-problem.js';
import { describeValue, formatKeyPath, isPlainObject, type KeyPath } from './config-messages.js';

/**
 * What is wrong with a value meant to be a plugin, as `"rules.foo" is missing "create"; expected …`,
 * or undefined when it has the shape the engine relies on.
 */
export function findPluginProblem(value: unknown): string | undefined {
  if (!isPlainObject(value)) {
    return `it is ${describeValue(value)}; expected a plugin object { name, rules?, templates?, renderers? }`;
  }
  if (typeof value.name !== 'string' || value.name === '') {
    return at(['name'], value.name, 'a non-empty string');
  }
  if (value.docsUrl !== undefined && typeof value.docsUrl !== 'string') {
    return at(['docsUrl'], value.docsUrl, 'a string');
  }
  return findRulesProblem(value.rules) ?? findTemplatesProblem(value.templates) ?? findRenderersProblem(value.renderers);
}

export function isValidPlugin(value: unknown): value is SpecloomPlugin {
  return findPluginProblem(value) === undefined;
}

const RULE_FORM = 'a rule { meta, create } or { meta, collect, check }';

function findRulesProblem(rules: unknown): string | undefined {
  if (rules === undefined) return undefined;
  if (!isPlainObject(rules)) return at(['rules'], rules, 'an object of rules by name');
  for (const [name, rule] of Object.entries(rules)) {
    const keyPath = ['rules', name];
    if (!isPlainObject(rule)) return at(keyPath, rule, RULE_FORM);
    const meta = rule.meta;
    if (!isPlainObject(meta)) return at([...keyPath, 'meta'], meta, 'a rule meta object { type, docs, messages }');
    if (!isPlainObject(meta.docs)) return at([...keyPath, 'meta', 'docs'], meta.docs, 'an object { description, recommended }');
    if (!isPlainObject(meta.messages)) return at([...keyPath, 'meta', 'messages'], meta.messages, 'an object of message templates');
    if (meta.schema !== undefined && !(isPlainObject(meta.schema) && typeof meta.schema.safeParse === 'function')) {
      return at([...keyPath, 'meta', 'schema'], meta.schema, 'a zod schema');
    }
    if (meta.defaultSeverity !== undefined && meta.defaultSeverity !== 'warn' && meta.defaultSeverity !== 'error') {
      return at([...keyPath, 'meta', 'defaultSeverity'], meta.defaultSeverity, '"warn" or "error"');
    }
    // The engine tells the two kinds apart by `meta.scope`, so it must agree with the functions present.
    const hasWorkspaceFunctions = typeof rule.collect === 'function' && typeof rule.check === 'function';
    if (meta.scope === 'workspace') {
      if (!hasWorkspaceFunctions) {
        return `"${formatKeyPath(keyPath)}" is a workspace rule without "collect" and "check" functions; expected ${RULE_FORM}`;
      }
    } else if (typeof rule.create !== 'function') {
      return hasWorkspaceFunctions
        ? at([...keyPath, 'meta', 'scope'], meta.scope, '"workspace" for a rule with "collect" and "check"')
        : `"${formatKeyPath(keyPath)}" has no "create" function (nor "collect" and "check"); expected ${RULE_FORM}`;
    }
  }
  return undefined;
}

function findTemplatesProblem(templates: unknown): string | undefined {
  if (templates === undefined) return undefined;
  if (!Array.isArray(templates)) return at(['templates'], templates, 'an array of templates');
  for (const [index, template] of templates.entries()) {
    const keyPath = ['templates', index];
    if (!isPlainObject(template)) return at(keyPath, template, 'a template { id, description, schema }');
    if (typeof template.id !== 'string' || template.id === '') return at([...keyPath, 'id'], template.id, 'a non-empty string');
    // A schema built on first use (`templateFromMarkdown`) is core's own work: checking it here would build it.
    const builtOnUse = typeof Object.getOwnPropertyDescriptor(template, 'schema')?.get === 'function';
    if (!builtOnUse && !isPlainObject(template.schema)) return at([...keyPath, 'schema'], template.schema, 'a DocumentSchema object');
    if (!builtOnUse && isPlainObject(template.schema)) {
      const familyProblem = idFamiliesProblem(template.schema.idFamilies, [...keyPath, 'schema', 'idFamilies']);
      if (familyProblem !== undefined) return familyProblem;
    }
    if (template.detect !== undefined && typeof template.detect !== 'function') {
      return at([...keyPath, 'detect'], template.detect, 'a function');
    }
    for (const hook of ['scaffold', 'nextId', 'formatTitle', 'finishScaffold'] as const) {
      if (template[hook] !== undefined && typeof template[hook] !== 'function') return at([...keyPath, hook], template[hook], 'a function');
    }
  }
  return undefined;
}

function findRenderersProblem(renderers: unknown): string | undefined {
  if (renderers === undefined) return undefined;
  if (!Array.isArray(renderers)) return at(['renderers'], renderers, 'an array of renderers');
  for (const [index, renderer] of renderers.entries()) {
    const keyPath = ['renderers', index];
    if (!isPlainObject(renderer)) return at(keyPath, renderer, 'a renderer { format, render }');
    if (typeof renderer.format !== 'string' || renderer.format === '') {
      return at([...keyPath, 'format'], renderer.format, 'a non-empty string');
    }
    if (typeof renderer.render !== 'function') return at([...keyPath, 'render'], renderer.render, 'a function');
  }
  return undefined;
}

function at(keyPath: KeyPath, value: unknown, expected: string): string {
  return `"${formatKeyPath(keyPath)}" is ${describeValue(value)}; expected ${expected}`;
}
