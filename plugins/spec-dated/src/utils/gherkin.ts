/** Step kinds in the order a scenario goes through them. */
export type StepType = 'given' | 'when' | 'then';

export interface GherkinStep {
  /** As written: `Given`, `And`, `*`. */
  keyword: string;
  /** What the step is; `And`/`But`/`*` take the type of the step before, undefined when nothing came before. */
  type: StepType | undefined;
  text: string;
  /** 0-based line in the block and 0-based column of the keyword in that line. */
  line: number;
  column: number;
}

export interface GherkinScenario {
  kind: 'background' | 'scenario' | 'outline';
  /** Text after `Scenario:`; undefined for steps written without a scenario line (as the template does). */
  name?: string;
  line: number;
  column: number;
  steps: GherkinStep[];
  hasExamples: boolean;
  /** A Background in the same Feature or Rule supplies the Given steps. */
  hasBackground: boolean;
  /** Started by a step, not by a `Scenario:` line. */
  implicit: boolean;
}

export interface GherkinBlock {
  /** From a `# language: de` header; other languages have other keywords and are not checked. */
  language?: string;
  scenarios: GherkinScenario[];
  /** True when the block holds no steps and no scenarios at all. */
  empty: boolean;
}

const header =
  /^(Feature|Rule|Background|Scenario Outline|Scenario Template|Scenarios|Scenario|Examples|Example)\s*:\s*(.*)$/i;
const step = /^(Given|When|Then|And|But|GIVEN|WHEN|THEN|AND|BUT)(?=\s)\s*(.*)$|^(\*)\s+(.*)$/;
const stepTypes: Record<string, StepType> = { given: 'given', when: 'when', then: 'then' };

/**
 * Read the scenarios of a Gherkin block: `Feature:`/`Rule:`/`Background:`/`Scenario:` lines, steps, and
 * steps without any scenario line (the feature template's own form). Tables, doc strings, tags, comments and
 * description lines are skipped, so whatever Gherkin a real author writes reads without complaint.
 */
export function parseGherkin(value: string): GherkinBlock {
  const lines = value.split(/\r\n|\r|\n/);
  const block: GherkinBlock = { scenarios: [], empty: true };
  let current: GherkinScenario | undefined;
  /** After `Feature:`/`Rule:` and before the first scenario, free lines are the description. */
  let inDescription = false;
  let featureBackground = false;
  let ruleBackground = false;
  let inRule = false;
  let docString: string | undefined;

  lines.forEach((raw, line) => {
    const text = raw.trim();
    const column = raw.length - raw.trimStart().length;
    if (docString) {
      if (text.startsWith(docString)) docString = undefined;
      return;
    }
    if (text.startsWith('"""') || text.startsWith('```')) {
      docString = text.slice(0, 3);
      return;
    }
    if (text === '' || text.startsWith('|') || text.startsWith('@')) return;
    if (text.startsWith('#')) {
      const language = /^#\s*language\s*:\s*(\S+)/i.exec(text);
      if (language && block.scenarios.length === 0) block.language = language[1];
      return;
    }

    const headerMatch = header.exec(text);
    if (headerMatch) {
      block.empty = false;
      // Both groups take part in every match of `header`.
      const keyword = headerMatch[1]!.toLowerCase();
      const name = headerMatch[2]!.trim() || undefined;
      if (keyword === 'feature' || keyword === 'rule') {
        current = undefined;
        inDescription = true;
        inRule = keyword === 'rule';
        if (inRule) ruleBackground = false;
        return;
      }
      if (keyword === 'examples' || keyword === 'scenarios') {
        if (current) current.hasExamples = true;
        return;
      }
      inDescription = false;
      const kind = keyword === 'background' ? 'background' : keyword.startsWith('scenario ') ? 'outline' : 'scenario';
      if (kind === 'background') {
        if (inRule) ruleBackground = true;
        else featureBackground = true;
      }
      const hasBackground = featureBackground || ruleBackground;
      current = { kind, name, line, column, steps: [], hasExamples: false, hasBackground, implicit: false };
      block.scenarios.push(current);
      return;
    }

    const stepMatch = step.exec(text);
    if (!stepMatch || inDescription) return;
    block.empty = false;
    // One of the two alternatives matched: its keyword and text groups are set.
    const keyword = (stepMatch[1] ?? stepMatch[3])!;
    const isGiven = keyword.toLowerCase() === 'given';
    const last = current?.steps[current.steps.length - 1];
    // Steps without a scenario line start an unnamed scenario; without scenario lines, a Given after a Then
    // can only be the next scenario.
    if (!current || current.hasExamples || (current.implicit && isGiven && last?.type === 'then')) {
      const hasBackground = featureBackground || ruleBackground;
      current = { kind: 'scenario', line, column, steps: [], hasExamples: false, hasBackground, implicit: true };
      block.scenarios.push(current);
    }
    const previous = current.steps[current.steps.length - 1];
    const type = stepTypes[keyword.toLowerCase()] ?? previous?.type;
    current.steps.push({ keyword, type, text: (stepMatch[2] ?? stepMatch[4])!.trim(), line, column });
  });
  return block;
}
