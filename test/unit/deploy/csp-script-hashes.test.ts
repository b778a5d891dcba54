import { describe, expect, it } from 'vitest';
import { cspScriptHashesMap, inlineScriptHashes } from '../../../deploy/build-files/csp-script-hashes.ts';

/** The CSP specification's example (CSP Level 2, "hash-source"), and one worked out with `openssl dgst -sha256 -binary | base64`. */
const HELLO = { script: "alert('Hello, world.');", hash: "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='" };
const REDIRECT = { script: 'location.replace("/x")', hash: "'sha256-3RB/3GNqEFiEqvDpabXHAPGfiGtPOY2YRqIPiRKNagg='" };

describe('inlineScriptHashes', () => {
  it('hashes every inline script that runs, once each, in page order', () => {
    const html = [
      `<head><script>${REDIRECT.script}</script>`,
      `<script type="text/javascript">${HELLO.script}</script>`,
      `<script type=module>${HELLO.script}</script></head>`,
    ].join('');
    expect(inlineScriptHashes(html)).toEqual([REDIRECT.hash, HELLO.hash]);
  });

  it('leaves out external scripts and data blocks, which CSP does not check by hash', () => {
    const html = [
      `<script src=/sre/assets/js/main.1234abcd.js defer>${HELLO.script}</script>`,
      `<script data-rh=true type=application/ld+json>{"@type":"Question"}</script>`,
      `<script type="application/json">${HELLO.script}</script>`,
    ].join('');
    expect(inlineScriptHashes(html)).toEqual([]);
    // Negative control: the same script inline is hashed.
    expect(inlineScriptHashes(`<script>${HELLO.script}</script>`)).toEqual([HELLO.hash]);
  });

  it('hashes the text exactly as written: whitespace changes the hash', () => {
    expect(inlineScriptHashes(`<script> ${HELLO.script}</script>`)).not.toEqual([HELLO.hash]);
  });
});

describe('cspScriptHashesMap', () => {
  it('maps the URI nginx serves each page at to its hashes, and leaves pages without inline scripts to the default', () => {
    const map = cspScriptHashesMap(
      new Map([
        ['index.html', [REDIRECT.hash, HELLO.hash]],
        ['q/3/index.html', [REDIRECT.hash]],
        ['search.html', []],
      ]),
      '/sre/',
    );
    expect(map).toContain('map $uri $csp_script_hashes {\n    default "";\n');
    expect(map).toContain(`    "/sre/index.html" "${REDIRECT.hash} ${HELLO.hash}";\n`);
    expect(map).toContain(`    "/sre/q/3/index.html" "${REDIRECT.hash}";\n`);
    expect(map).not.toContain('search.html');
    expect(map).toMatch(/^map_hash_bucket_size 64;$/m);
  });

  it('asks for hash buckets big enough for the longest page path', () => {
    // nginx's ngx_hash.c: a bucket holds 8 (value pointer) + the key and its 2-byte length rounded up to 8, and 8 to end it.
    // "/sre/" + 105 bytes = 110: 8 + 112 + 8 = 128 fits 128; 111 bytes: 8 + 120 + 8 = 136 needs the next power of two, 256.
    const pageOf = (length: number) => new Map([[`${'x'.repeat(length - 5 - 5)}.html`, [HELLO.hash]]]);
    expect(cspScriptHashesMap(pageOf(110), '/sre/')).toMatch(/^map_hash_bucket_size 128;$/m);
    expect(cspScriptHashesMap(pageOf(111), '/sre/')).toMatch(/^map_hash_bucket_size 256;$/m);
  });
});
