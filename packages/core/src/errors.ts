/** A problem with the user's configuration or invocation: the CLI prints `message` and exits 2. */
export class SpecloomConfigError extends Error {
  readonly filePath?: string;
  constructor(message: string, options: { filePath?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'SpecloomConfigError';
    this.filePath = options.filePath;
  }
}
