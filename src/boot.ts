/**
 * The page's first script, an entry of its own (see
 * src/server/boot-script-plugin.ts): it starts loading the description the
 * page opens with while the app's bundle is still on its way. See
 * src/features/spec-loader/api/startup-load.ts.
 */
import { startStartupLoad } from '@/features/spec-loader/api/startup-load'

performance.mark('app-started')
startStartupLoad(window.location.href)
