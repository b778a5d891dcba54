import { normalizePluginOptions } from '@docusaurus/utils-validation';
import { describe, expect, test } from 'vitest';
import { DEFAULT_OPTIONS, type PluginOptions, type UserOptions, validateOptions } from '../../../src/plugins/offline/options.ts';
import { webAppManifest } from '../../../src/plugins/offline/server/web-app-manifest.ts';

const validate = (options: UserOptions) => validateOptions({ validate: (schema, value) => normalizePluginOptions<PluginOptions>(schema, value), options });

describe('the web app manifest', () => {
  test('has every URL relative to itself, so it works under any base URL, with the icons Chromium asks for', () => {
    const manifest = webAppManifest({
      name: 'SRE Interview Questions',
      shortName: 'SRE Q&A',
      description: 'd',
      themeColor: '#0b5cad',
      backgroundColor: '#ffffff',
    });
    expect(manifest).toEqual({
      id: './',
      name: 'SRE Interview Questions',
      short_name: 'SRE Q&A',
      description: 'd',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: '#0b5cad',
      background_color: '#ffffff',
      icons: [
        { src: 'img/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'img/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'img/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    });
  });
});

describe('the options', () => {
  test('default to the whole site up to 400 pages, the shell being the home, search and /study pages', () => {
    expect(validate({})).toMatchObject({ maxPrecachedPages: 400, shellPages: ['/', '/search', '/study'], exclude: DEFAULT_OPTIONS.exclude });
  });

  test('reject what cannot work, naming the option', () => {
    expect(() => validate({ maxPrecachedPages: 0 })).toThrow(/maxPrecachedPages/);
    expect(() => validate({ exclude: ['/img/og'] })).toThrow(/"exclude" items must be folders relative to the build/);
    expect(() => validate({ shellPages: ['search'] })).toThrow(/"shellPages" items must be site paths/);
    expect(() => validate({ themeColor: 'blue' })).toThrow(/must be a colour such as "#0b5cad"/);
  });
});
