import { createEngine } from '@specloom/core/host';
import type { HostMessage, RuleTesterHost } from './host.js';

/** The core engine, as the CLI runs it: every file of a case is one workspace. */
export const engineHost: RuleTesterHost = {
  name: 'engine',
  async lint(inputs, setup) {
    const results = createEngine(setup.config).lintTexts(
      inputs.map((input) => ({ text: input.text, filePath: input.filePath })),
      { fix: setup.fix, today: setup.today },
    );
    return results.map((result) => ({
      filePath: result.filePath,
      messages: result.messages.map(
        (message): HostMessage => ({
          ruleId: message.ruleId,
          severity: message.severity,
          message: message.message,
          line: message.line,
          column: message.column,
          endLine: message.endLine,
          endColumn: message.endColumn,
          ...(message.fix ? { fix: message.fix } : {}),
        }),
      ),
      ...(result.output !== undefined ? { output: result.output } : {}),
    }));
  },
};
