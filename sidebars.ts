import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';
import { readGeneratedJson } from './contract/read-generated-json.ts';

type Sidebar = SidebarsConfig[string];

/** One category per topic, linking to its topic page; the generator decides the order. */
const sidebars = {
  questions: readGeneratedJson<Sidebar>('sidebar.json'),
} satisfies SidebarsConfig;

export default sidebars;
