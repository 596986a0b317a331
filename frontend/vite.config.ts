import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import { writeFileSync } from 'node:fs'
import vue from '@vitejs/plugin-vue'
import type { Plugin } from 'vite'

/** Puts back dist/.gitkeep after a build empties dist/: main.go's go:embed needs the folder in a fresh clone. */
function keepGitkeep(): Plugin {
  return {
    name: 'keep-gitkeep',
    apply: 'build',
    closeBundle() {
      writeFileSync(fileURLToPath(new URL('./dist/.gitkeep', import.meta.url)), '')
    },
  }
}

// Vite builds the window's interface into dist/, which the Go binary embeds (main.go, go:embed).
export default defineConfig({
  plugins: [vue(), keepGitkeep()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // The "JavaScript callbacks ran for …" timing report is noise in CI logs.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
  },
})
