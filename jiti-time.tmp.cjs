process.env.JITI_DEBUG = '1';
const { loadFreshModule } = require('@docusaurus/utils');
const t = Date.now();
loadFreshModule(process.cwd() + '/docusaurus.config.ts').then(() => console.error('config loaded in', Date.now() - t, 'ms'));
