import path from 'node:path';
import type { WorkspaceRule } from '@specloom/core';
import { ruleDocsUrl } from '../utils/docs-url.js';
import { collectFeatureFacts, featureFolders, type FeatureFacts } from '../utils/feature-facts.js';

/** A spec-kit feature folder: `014-workspace-invite-links`, named after the branch. */
const numberedFolder = /^\d{3,}-/;

const rule: WorkspaceRule<FeatureFacts> = {
  meta: {
    type: 'problem',
    scope: 'workspace',
    docs: {
      description: 'Require spec.md, plan.md and tasks.md of one feature folder to name the same feature branch',
      url: ruleDocsUrl('feature-branch'),
      recommended: true,
    },
    defaultSeverity: 'error',
    messages: {
      mismatch: 'Unexpected feature branch "{{branch}}" in "{{field}}", expected "{{expected}}" as {{source}} names it',
      folder: 'Unexpected feature branch "{{branch}}" in folder "{{folder}}", expected the folder named after the branch',
    },
  },

  collect: collectFeatureFacts,

  check(context) {
    for (const folder of featureFolders(context.entries)) {
      // The spec names the branch; without it, the plan does; tasks only point at the folder.
      const reference = [folder.spec, folder.plan, folder.tasks].find((entry) => entry?.facts.branch !== undefined);
      if (!reference) continue;
      const expected = reference.facts.branch!.branch;
      const source = path.basename(reference.path);
      const mentions = [
        { entry: folder.plan, mention: folder.plan?.facts.branch },
        { entry: folder.plan, mention: folder.plan?.facts.inputFolder },
        { entry: folder.tasks, mention: folder.tasks?.facts.branch },
      ];
      for (const { entry, mention } of mentions) {
        if (!entry || !mention || (entry === reference && mention === reference.facts.branch) || mention.branch === expected) continue;
        context.report({
          path: entry.path,
          messageId: 'mismatch',
          data: { branch: mention.branch, field: mention.field, expected, source },
          position: mention.position,
        });
      }
      const folderName = path.basename(reference.facts.folder);
      if (folder.spec?.facts.branch && numberedFolder.test(folderName) && folder.spec.facts.branch.branch !== folderName) {
        context.report({
          path: folder.spec.path,
          messageId: 'folder',
          data: { branch: folder.spec.facts.branch.branch, folder: folderName },
          position: folder.spec.facts.branch.position,
        });
      }
    }
  },
};

export default rule;
