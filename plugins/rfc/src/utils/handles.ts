/**
 * GitHub handle syntax: `@` and up to 39 letters, digits or single inner hyphens; a team is `@org/team-name`;
 * Enterprise Managed Users add `_shortcode`.
 */
const handlePattern = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:_[A-Za-z0-9]+)?(?:\/[A-Za-z0-9][A-Za-z0-9_.-]*)?$/;

export function isHandle(text: string): boolean {
  return handlePattern.test(text);
}

