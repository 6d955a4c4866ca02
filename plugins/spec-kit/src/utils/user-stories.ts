import type { ListItem, RootContent } from 'mdast';
import {
  blocksAfterLabel,
  labelOf,
  listItemText,
  sectionBlocks,
  topLevelListItems,
  type Section,
  type SpecDocument,
} from '@specloom/core';
import { plainSectionName } from './spec-kit-sections.js';

/** `### User Story 1 - Admin creates an invite link (Priority: P1)`, read apart. */
export interface UserStory {
  /** The story's number as written (`1`), undefined when the heading has none. */
  number?: string;
  /** `US1`: how tasks.md labels the story. */
  label?: string;
  title: string;
  /** `P1` as written, undefined without a `(Priority: …)`. */
  priority?: string;
  section: Section;
  /** The items under `**Acceptance Scenarios**:` (or, without that label, the story's list items). */
  scenarios: ListItem[];
  /** True when the story has an `**Acceptance Scenarios**:` label. */
  labelled: boolean;
}

const storyHeading = /^User Story\b\s*(\d+)?\s*(?:[-–—:.]\s*)?(.*?)\s*(?:\(\s*Priority\s*:?\s*([^)]*?)\s*\))?\s*$/iu;

/** The `User Scenarios & Testing` section(s): stories stand in them. */
export function scenarioSections(document: SpecDocument): Section[] {
  return document.allSections.filter((section) => /^user scenarios (?:&|and) testing$/.test(plainSectionName(section.title)));
}

/** Headings that open a user story: `User Story 1 - …` anywhere in the spec. */
export function userStories(document: SpecDocument): UserStory[] {
  const stories: UserStory[] = [];
  for (const section of document.allSections) {
    const match = storyHeading.exec(section.title);
    if (!match || !/^user story\b/i.test(section.title)) continue;
    const [, number, title, priority] = match;
    const { scenarios, labelled } = acceptanceScenarios(document, section);
    stories.push({
      number,
      label: number === undefined ? undefined : `US${Number(number)}`,
      // `(.*?)` always takes part in the match, if only as ''.
      title: title!.trim(),
      priority: priority?.trim() || undefined,
      section,
      scenarios,
      labelled,
    });
  }
  return stories;
}

function acceptanceScenarios(document: SpecDocument, story: Section): { scenarios: ListItem[]; labelled: boolean } {
  const blocks = sectionBlocks(document, story, { nested: false });
  for (const block of blocks) {
    if (block.type !== 'paragraph' || labelOf(block)?.label !== 'acceptance scenarios') continue;
    const index = document.tree.children.indexOf(block);
    const after: RootContent[] = blocksAfterLabel(document, index).filter((node) => blocks.includes(node));
    return { scenarios: topLevelListItems(after), labelled: true };
  }
  // No label: every list item of the story that reads as a scenario.
  return { scenarios: topLevelListItems(blocks).filter((item) => isGivenWhenThen(listItemText(item))), labelled: false };
}

/** `Given …, When …, Then …`, in that order (spec-kit bolds the words; case does not matter). */
export function isGivenWhenThen(text: string): boolean {
  return /\bgiven\b[\s\S]*\bwhen\b[\s\S]*\bthen\b/i.test(text);
}
