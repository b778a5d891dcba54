/**
 * Route matching by lookup for the routes Docusaurus's own client matches on every page: its `preload` and
 * `normalizeLocation` call react-router-config's matchRoutes, which walks each list of routes in order until a route
 * matches. The docs' list has a route per question, so each page rendered walked half of it, twice: at 2,000 questions,
 * 15 s of each SSG worker's 70 s (README.md "Build time and size"), and the same walk on every navigation in the
 * browser. This plugin points the bundler's `react-router-config` at a stand-in whose matchRoutes finds the route of
 * an exact-path list in a map (src/routing/exact-route-lookup.ts) and walks every other list as before; its
 * renderRoutes is react-router-config's own. Node-side uses of the package (the broken-links check) are not bundled
 * and keep the original.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from '@docusaurus/types';

export default function routeLookupPlugin(): Plugin {
  return {
    name: 'route-lookup',
    configureWebpack: () => ({
      resolve: {
        alias: {
          // `$`: the package itself only, the way Docusaurus imports it; the stand-in imports the original by its file.
          'react-router-config$': fileURLToPath(new URL('./client/react-router-config.ts', import.meta.url)),
        },
      },
    }),
  };
}
