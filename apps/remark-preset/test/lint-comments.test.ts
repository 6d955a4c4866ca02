import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCESS_TIMEOUT, RemarkProject, remarkFinding, type RemarkJsonMessage } from './remark-project.js';

const source = 'examples/mistakes/rfc-usage-metering.md';
/** remark-lint-no-literal-urls warns on this line, so remark-lint's own rules have something to say. */
const literalUrlLine = 'See https://example.com/metering for the pricing sheet.';

/** The same messages with every line from `fromLine` on moved down by `lines`. */
function moveLines(messages: RemarkJsonMessage[], fromLine: number, lines: number): RemarkJsonMessage[] {
  const move = (line: number) => (line >= fromLine ? line + lines : line);
  return messages.map((message) => {
    const place = message.place!;
    return { ...message, place: { start: { ...place.start, line: move(place.start.line) }, end: { ...place.end, line: move(place.end.line) } } };
  });
}

function described(messages: RemarkJsonMessage[]): string[] {
  return messages.map(remarkFinding).sort();
}

function without(messages: RemarkJsonMessage[], ruleIds: string[]): RemarkJsonMessage[] {
  return messages.filter((message) => !ruleIds.includes(String(message.ruleId)));
}

describe('lint comments next to remark-preset-lint-recommended', { timeout: PROCESS_TIMEOUT }, () => {
  let project: RemarkProject;
  let text: string;
  let plain: RemarkJsonMessage[];

  /** Each file is its own remark run, so copies of one spec are not duplicates of each other. */
  async function findings(relativePath: string): Promise<{ messages: RemarkJsonMessage[]; exitCode: number | null }> {
    const { files, exitCode } = await project.remarkJson([relativePath]);
    return { messages: files[0]!.messages, exitCode };
  }

  beforeAll(async () => {
    project = await RemarkProject.create({ plugins: ['remark-preset-lint-recommended', 'remark-preset-lint-specloom'] });
    await project.copy(source, 'original.md');
    text = `${await project.read('original.md')}\n${literalUrlLine}\n`;
    await project.write('plain.md', text);
    plain = (await findings('plain.md')).messages;
  }, PROCESS_TIMEOUT);

  afterAll(() => project.remove());

  it('reports remark-lint’s findings and specloom’s side by side', () => {
    expect(plain.some((message) => message.source === 'remark-lint' && message.ruleId === 'no-literal-urls')).toBe(true);
    expect(plain.filter((message) => message.source === 'specloom').map((message) => message.ruleId)).toEqual(
      expect.arrayContaining(['rfc/title-number', 'rfc/json-valid', 'placeholder']),
    );
  });

  it('disables specloom rules, ids with a slash included, and remark-lint rules', async () => {
    const header = '<!--lint disable rfc/title-number placeholder-->\n\n<!--lint disable no-literal-urls-->\n\n';
    await project.write('disabled.md', header + text);
    const { messages, exitCode } = await findings('disabled.md');
    expect(described(messages)).toEqual(described(moveLines(without(plain, ['rfc/title-number', 'placeholder', 'no-literal-urls']), 1, 4)));
    // Nothing in the comments upsets remark-lint's own comment handling (no "Unknown keyword" failure).
    expect(messages.every((message) => message.source !== 'unified-message-control')).toBe(true);
    expect(exitCode).toBe(1);
  });

  it('ignores a specloom finding in the node after `<!--lint ignore …-->`', async () => {
    const jsonValid = plain.find((message) => message.ruleId === 'rfc/json-valid')!;
    const lines = text.split('\n');
    // The fence that opens the code block the finding is in.
    const fenceLine = lines.slice(0, jsonValid.place!.start.line).findLastIndex((line) => line.startsWith('```')) + 1;
    lines.splice(fenceLine - 1, 0, '<!--lint ignore rfc/json-valid-->', '');
    await project.write('ignored.md', lines.join('\n'));
    const { messages } = await findings('ignored.md');
    expect(described(messages)).toEqual(described(moveLines(without(plain, ['rfc/json-valid']), fenceLine, 2)));
  });

  it('turns specloom findings back on with `<!--lint enable …-->`', async () => {
    const placeholder = plain.find((message) => message.ruleId === 'placeholder')!;
    const lines = text.split('\n');
    // Disabled from the top, enabled again just before the block that holds the placeholder.
    const blockIndex = lines.slice(0, placeholder.place!.start.line).findLastIndex((line) => line.trim() === '') + 1;
    lines.splice(blockIndex, 0, '<!--lint enable placeholder-->', '');
    await project.write('enabled.md', `<!--lint disable placeholder-->\n\n${lines.join('\n')}`);
    const { messages } = await findings('enabled.md');
    expect(described(messages)).toEqual(described(moveLines(moveLines(plain, blockIndex + 1, 2), 1, 2)));
    expect(messages.some((message) => message.ruleId === 'placeholder')).toBe(true);
  });
});
