import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { withManifestLocales } from './content/languages';
import { checkShownStrings } from './content/manifestWords';
import { contentModules } from './content/plugin';
import { SOURCES_EXCLUDE, SOURCES_INCLUDE } from './sources.config';

const LOCALES_DIR = resolve(import.meta.dirname, 'content/locales');

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Several builds can live side by side (tests of parallel branches, the benchmark).
  outDir: process.env.POCKET_GUIDE_OUT ?? '.output',
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  i18n: { localesDir: LOCALES_DIR },
  hooks: {
    // Safety rule 2: no string the browser shows outside the popup may reveal the purpose, in any
    // locale (content/revealing.ts); the build stops naming the locale, the key and the word.
    'build:manifestGenerated': (_wxt, manifest) => checkShownStrings(manifest, LOCALES_DIR),
    // After @wxt-dev/i18n has listed the _locales files: a language Chrome knows only by region
    // (pt) is written as its regional locales (pt_BR, pt_PT). content/languages.ts, MANIFEST_LOCALES.
    'build:publicAssets': (_wxt, files) => {
      files.splice(0, files.length, ...withManifestLocales(files));
    },
  },
  vite: () => ({ plugins: [preact(), contentModules()] }),
  // Manifest V3 for Firefox too (WXT's default there is V2): its default CSP is the one safety rule 4
  // names, and Firefox then runs the same event-driven background as Chrome (README, "Firefox").
  manifestVersion: 3,
  // `wxt dev` would otherwise start a browser that crashes as root without a sandbox.
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Safety rule 4: `storage` only, so the install shows no warning and websites cannot probe for us.
    permissions: ['storage'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'go-to-page': {
        // Alt+Shift+Q is free in Chrome and Firefox on every platform and accepted by both.
        suggested_key: { default: 'Alt+Shift+Q' },
        description: '__MSG_commandDescription__',
      },
    },
    // Chrome only (Firefox's linter rejects the key): runtime.getContexts, which the exit uses to tell
    // the guide's own pages apart, needs Chrome 116; storage.session 102.
    ...(browser !== 'firefox' && { minimum_chrome_version: '116' }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'pocket-guide@pocket-guide.invalid',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // No gecko_android: Firefox for Android shows the popup as a tab, which puts the reading
        // room into the tab history (safety rule 1). Desktop only, until that can be kept and tested.
      },
    }),
  }),
  zip: { includeSources: SOURCES_INCLUDE, excludeSources: SOURCES_EXCLUDE },
});
