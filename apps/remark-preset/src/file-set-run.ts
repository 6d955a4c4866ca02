import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { configRequestFor, lintFile } from './lint-file.js';
import { createFileConfigLoader, type SettledFileConfig } from './load-file-config.js';
import { createLintSession } from './lint-session.js';
import type { PresetSettings } from './preset-options.js';

/** What unified-engine (remark-cli, remark-language-server) hands plugins: the set of files of one run. */
export interface FileSetLike {
  /** Add a step that runs once every file of the set has been transformed. */
  use(completer: (fileSet: unknown) => void): unknown;
}

export type Next = (error?: unknown) => void;

/** specloom's part of one remark run: shared by the processors unified-engine builds for each file. */
export interface FileSetRun {
  transform(tree: Root, file: VFile, settings: PresetSettings, next: Next): void;
  problem(file: VFile, reason: string, next: Next): void;
}

const runs = new WeakMap<FileSetLike, FileSetRun>();

export function fileSetRunFor(fileSet: FileSetLike): FileSetRun {
  let run = runs.get(fileSet);
  if (!run) {
    run = createFileSetRun(fileSet);
    runs.set(fileSet, run);
  }
  return run;
}

function hasFatalMessage(file: VFile): boolean {
  return file.messages.some((message) => message.fatal === true);
}

/**
 * Files are linted as remark transforms them; the workspace phase runs in unified-engine's file-set step,
 * after every file is transformed and before anything is reported.
 *
 * While a config loads (the first files of a run), the files waiting for it are held and then released
 * together, those with a fatal message (from a plugin before this one) first. unified-engine's queue flushes
 * as soon as every file without a fatal message has arrived and never finishes a file that arrives after
 * that, so a fatal file must not still be on its way when the last other file arrives.
 */
function createFileSetRun(fileSet: FileSetLike): FileSetRun {
  const loader = createFileConfigLoader();
  const session = createLintSession();
  const held: Array<{ file: VFile; next: Next }> = [];
  let loading = 0;

  fileSet.use(function specloomWorkspaceRules() {
    session.finish();
  });

  function release(): void {
    if (loading > 0) return;
    const batch = held.splice(0).sort((left, right) => Number(hasFatalMessage(right.file)) - Number(hasFatalMessage(left.file)));
    for (const { next } of batch) next();
  }

  return {
    transform(tree, file, settings, next) {
      const { request, filePath } = configRequestFor(file, settings.rules);
      const settled = loader.peek(request);
      if (settled && loading === 0) {
        lintFile(session, tree, file, filePath, settled, settings.today);
        next();
        return;
      }
      loading++;
      // Settled either way: a failed load becomes the file's outcome and lintFile's errors a message on the file.
      void loader
        .load(request)
        .then(
          (fileConfig): SettledFileConfig => ({ fileConfig }),
          (error: unknown): SettledFileConfig => ({ error }),
        )
        .then((outcome) => {
          try {
            lintFile(session, tree, file, filePath, outcome, settings.today);
          } catch (error) {
            // Never leave a file hanging in the pipeline: its error becomes a message on it.
            session.problem(file, `specloom crashed: ${error instanceof Error ? error.message : String(error)}`);
          }
          held.push({ file, next });
          loading--;
          release();
        });
    },

    problem(file, reason, next) {
      session.problem(file, reason);
      next();
    },
  };
}
