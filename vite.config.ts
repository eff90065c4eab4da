import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

const dir = (p: string) => fileURLToPath(new URL(p, import.meta.url));

const alias = {
  '@shared': dir('./shared'),
  '@server': dir('./server'),
  '@client': dir('./client'),
  '@catalogs': dir('./catalogs'),
  '@tests': dir('./tests'),
  '@scripts': dir('./scripts'),
};

export default defineConfig({
  root: dir('./client'),
  publicDir: dir('./client/public'),
  plugins: [vue()],
  // vue-i18n: composition API only, no devtools, messages compiled without eval (strict CSP).
  define: {
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __INTLIFY_JIT_COMPILATION__: true,
  },
  resolve: { alias },
  build: { outDir: dir('./dist/client'), emptyOutDir: true, target: 'es2022' },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  test: {
    root: dir('.'),
    // One `npm test`: the browser code runs under happy-dom, everything else under node.
    projects: [
      {
        extends: true,
        test: {
          name: 'client',
          include: ['client/**/*.test.ts'],
          environment: 'happy-dom',
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'tests/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/globalSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
