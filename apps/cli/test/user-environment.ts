/**
 * The environment a user's shell has when a hook runner, CI or npx starts a tool: without vitest's settings for
 * this process (`NODE_OPTIONS`, its source condition), without the `npm_*` / `pnpm_*` variables `pnpm vitest`
 * exports, without forced colours; `extra` on top.
 */
export function userEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['NODE_OPTIONS', 'FORCE_COLOR', 'VITEST', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'NODE_ENV']) delete environment[name];
  for (const name of Object.keys(environment)) if (/^(npm|pnpm)_/iu.test(name)) delete environment[name];
  return { ...environment, NO_COLOR: '1', npm_config_update_notifier: 'false', ...extra };
}
