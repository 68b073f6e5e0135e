// The build test/bench/profile.mjs profiles: the production build's settings, unminified (its functions keep
// their names, which the profile sorts into phases), in .output-profile so the production build stays.
import { defineConfig } from 'wxt';
import preactPreset from '@preact/preset-vite';
import base from '../../wxt.config';

export default defineConfig({ ...base, outDir: '.output-profile', vite: () => ({ plugins: [preactPreset()], build: { minify: false } }) });
