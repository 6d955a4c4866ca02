import { errorText } from './create-message.js';

/** Why a file could not be read, in words (`ENOENT` alone tells a user little). */
export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'Cannot read file: it does not exist';
  if (code === 'EISDIR') return 'Cannot read file: it is a directory, expected a Markdown file';
  if (code === 'EACCES' || code === 'EPERM') return 'Cannot read file: permission denied';
  return `Cannot read file: ${errorText(error)}`;
}
