import { defineWebExtConfig } from 'wxt';

// Headless machines have no browser for `wxt dev` to open.
export default defineWebExtConfig({ disabled: true });
