/**
 * The pages that send old URLs (renamed slugs, removed questions) and short
 * links (/q/<n>) to where their content lives now, one static HTML file each.
 *
 * It replaces @docusaurus/plugin-client-redirects, whose page template is not
 * valid HTML (no <title>, a <script> between <head> and <body>: three W3C
 * checker errors on every redirect page), and which silently drops a redirect
 * whose target page does not exist; here that fails the build.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { readRedirects } from '../../../contract/read-records.ts';
import { FILES_OPEN_AT_ONCE, forEachLimited } from '../../../lib/for-each-limited.ts';
import { redirectPageFile, redirectPageHtml, redirectProblems } from './server/redirect-page.ts';

export default function redirectPagesPlugin(context: LoadContext): Plugin {
  return {
    name: 'redirect-pages',
    async postBuild({ outDir, routesPaths }) {
      // Read here, not passed as options: plugin options are serialized into every page's main.js.
      const redirects = readRedirects(context.siteDir);
      const problems = redirectProblems(redirects, context.baseUrl, routesPaths);
      if (problems.length > 0) throw new Error(`Redirects that cannot be written:\n${problems.join('\n')}`);
      await forEachLimited(redirects, FILES_OPEN_AT_ONCE, async ({ from, to }) => {
        const file = join(outDir, redirectPageFile(from));
        await mkdir(dirname(file), { recursive: true });
        // `wx`: never overwrite a page the build wrote (redirectProblems already rejects a redirect from an existing route).
        await writeFile(file, redirectPageHtml(context.baseUrl + to.replace(/^\//, '')), { flag: 'wx' });
      });
    },
  };
}
