import type { SpecloomSettings } from './lint-request.js';

/** `settings.specloom` of the ESLint config, checked: a mistake stops ESLint with a message naming the key. */
export function readSpecloomSettings(settings: Record<string, unknown>): SpecloomSettings {
  const value = settings.specloom;
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError('settings.specloom: Unexpected value, expected an object such as { today: "2026-01-31", workspace: false }');
  }
  const { today, workspace, ...rest } = value as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0) throw new TypeError(`settings.specloom: Unexpected key "${unknown[0]}", expected "today" or "workspace"`);
  if (today !== undefined && (typeof today !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(today))) {
    throw new TypeError(`settings.specloom.today: Unexpected ${JSON.stringify(today)}, expected an ISO date (YYYY-MM-DD) such as "2026-01-31"`);
  }
  if (workspace !== undefined && typeof workspace !== 'boolean') {
    throw new TypeError(`settings.specloom.workspace: Unexpected ${JSON.stringify(workspace)}, expected true or false`);
  }
  return { ...(today === undefined ? {} : { today }), ...(workspace === undefined ? {} : { workspace }) };
}
