import { describe, expect, it } from 'vitest';
import { readSpecloomSettings } from './read-specloom-settings.js';

describe('readSpecloomSettings', () => {
  it('reads `today` and `workspace`, and nothing when there are no specloom settings', () => {
    expect(readSpecloomSettings({})).toEqual({});
    expect(readSpecloomSettings({ specloom: { today: '2026-01-31', workspace: false } })).toEqual({ today: '2026-01-31', workspace: false });
  });

  it('names the key and what was expected when a setting is wrong', () => {
    expect(() => readSpecloomSettings({ specloom: 'yes' })).toThrow('settings.specloom: Unexpected value, expected an object');
    expect(() => readSpecloomSettings({ specloom: { todya: '2026-01-31' } })).toThrow('Unexpected key "todya", expected "today" or "workspace"');
    expect(() => readSpecloomSettings({ specloom: { today: '31/01/2026' } })).toThrow('settings.specloom.today: Unexpected "31/01/2026"');
    expect(() => readSpecloomSettings({ specloom: { workspace: 'off' } })).toThrow('settings.specloom.workspace: Unexpected "off", expected true or false');
  });
});
