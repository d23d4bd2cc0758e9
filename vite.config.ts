/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { sandboxPlugin } from './src/sandbox/vite-plugin.ts'
import { descriptionFetchPlugin } from './src/server/description-fetch-plugin.ts'
import { earlyScriptPlugin } from './src/server/early-script-plugin.ts'
import { prerenderShellPlugin } from './src/server/prerender-shell-plugin.ts'
import { securityHeadersPlugin } from './src/server/security-headers-plugin.ts'
import { swaggerUiVirtualListPlugin } from './src/server/swagger-ui-virtual-list-plugin.ts'

export default defineConfig({
  plugins: [
    react(),
    earlyScriptPlugin(),
    prerenderShellPlugin(),
    securityHeadersPlugin(),
    descriptionFetchPlugin(),
    swaggerUiVirtualListPlugin(),
    sandboxPlugin(),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    // Swagger UI is one large chunk by nature; it loads lazily, after the shell.
    chunkSizeWarningLimit: 1600,
    // Every browser that runs the app preloads modules natively.
    modulePreload: { polyfill: false },
  },
  // An ES-module worker can load the YAML parser as its own chunk, only for YAML.
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/sandbox/**', 'src/server/**', 'src/**/*.node.test.ts'],
          setupFiles: ['src/testing/setup-tests.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'sandbox',
          environment: 'node',
          include: ['src/sandbox/**/*.test.ts', 'src/server/**/*.test.ts'],
        },
      },
      {
        extends: true,
        // App modules checked against files on disk (the real description in ../shared).
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.node.test.ts'],
        },
      },
    ],
  },
})
