import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preactPreset from '@preact/preset-vite';
import type { MinifyOptions } from 'terser';

/**
 * Content scripts are minified by terser, not esbuild: about 1 KB gzip less on the seller script, whose
 * budget scripts/check-bundle-size.mjs checks. Safe transforms only. ascii_only writes the Chinese page
 * words as \u escapes, which gzip smaller than UTF-8 (template literals, whose raw text is used, stay as they are).
 * safari10 workarounds are for a browser this extension does not run in.
 */
const CONTENT_SCRIPT_TERSER: MinifyOptions = { ecma: 2020, safari10: false, compress: { passes: 2 }, format: { ascii_only: true } };

// Firefox's gecko settings only go into the Firefox manifest.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preactPreset()] }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      // The other entrypoints keep the polyfill and esbuild (fast builds, no budget of their own).
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      // The content script's few calls (runtime.sendMessage, runtime.onMessage with sendResponse, i18n.getMessage)
      // are promise-based or synchronous in Chrome MV3 and Firefox alike: it takes WXT's own `browser` and
      // leaves out the polyfill, 2.6 KB gzip of its 20 KB budget. Every other entrypoint keeps the polyfill.
      const alias = config.resolve?.alias;
      const others = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      // WXT's content-script context is replaced by the script's own smaller one (lib/content/script-context.ts).
      const ownContext = resolve(import.meta.dirname, 'lib/content/script-context.ts');
      // The badge's JSX makes DOM nodes directly (lib/content/dom-jsx.ts): Preact stays in the extension's pages.
      const domJsx = resolve(import.meta.dirname, 'lib/content/dom-jsx.ts');
      config.resolve = {
        ...config.resolve,
        alias: [
          { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' },
          { find: /^wxt\/utils\/content-script-context$/, replacement: ownContext },
          { find: /^preact(\/jsx-runtime)?$/, replacement: domJsx },
          ...others,
        ],
      };
      if (config.build?.minify === false) return; // dev builds stay unminified
      config.build = { ...config.build, minify: 'terser', terserOptions: CONTENT_SCRIPT_TERSER };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // alarms: one "next reminder"; notifications: the reminders. The log lives in IndexedDB, which needs no permission.
    // WXT adds sidePanel to Chrome's build for entrypoints/sidepanel (issue 25); Firefox's sidebar needs none.
    permissions: ['alarms', 'notifications'],
    // A keyboard shortcut opens the day view beside the page: Chrome's side panel through the worker
    // (lib/background/side-panel.ts), Firefox's sidebar by its built-in command.
    commands:
      browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+D' }, description: '__MSG_cmd_open_panel__' } }
        : { 'open-side-panel': { suggested_key: { default: 'Alt+Shift+D' }, description: '__MSG_cmd_open_panel__' } },
    icons: { 16: '/icons/16.png', 32: '/icons/32.png', 48: '/icons/48.png', 128: '/icons/128.png' },
    // The toolbar icon is set in entrypoints/popup/index.html: an `action` here is dropped from the MV2
    // (Firefox) manifest, whose browser_action WXT builds from the popup alone.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'deadline-sentinel@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  webExt: { disabled: true },
  // The AMO sources archive: what builds the extension, not what the demo or a benchmark run left behind.
  zip: { excludeSources: ['demo-output/**'] },
});
