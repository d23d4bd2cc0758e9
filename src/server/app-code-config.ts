import type { Alias, InlineConfig, ResolvedConfig } from 'vite'

/**
 * What a Vite run of its own needs to load the app's modules as the main
 * build does (its root, mode, `@/` alias and defines), without the main
 * config's plugins: the prerender and the first script's bundle use it.
 */
export function appCodeConfig(config: ResolvedConfig): InlineConfig {
  return {
    configFile: false,
    root: config.root,
    mode: config.mode,
    resolve: { alias: config.resolve.alias as Alias[] },
    define: config.define,
  }
}
