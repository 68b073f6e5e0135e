import { defineConfig } from 'wxt';
import preactPreset from '@preact/preset-vite';

// Firefox's gecko settings only go into the Firefox manifest.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preactPreset()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // alarms: one "next reminder"; notifications: the reminders. The log lives in IndexedDB, which needs no permission.
    permissions: ['alarms', 'notifications'],
    icons: { 16: '/icons/16.png', 32: '/icons/32.png', 48: '/icons/48.png', 128: '/icons/128.png' },
    action: { default_icon: { 16: '/icons/16.png', 32: '/icons/32.png' } },
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
