import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';
import { fileURLToPath } from 'node:url';
import { readSidebar } from './contract/read-records.ts';
import { SIDEBAR_ID } from './contract/urls.ts';

type Sidebar = SidebarsConfig[string];

/** One category per topic, linking to its topic page; the generator decides the order. */
const sidebars = {
  [SIDEBAR_ID]: readSidebar(fileURLToPath(new URL('.', import.meta.url))) as Sidebar,
} satisfies SidebarsConfig;

export default sidebars;
