/**
 * npm run bench:source -- --questions 2000 --out /tmp/source.txt [--focus-topic ID] [--focus-share 0.75]
 *
 * Writes a synthetic source (synthetic-source.ts) to a file, for a build of
 * the site at scale: `npx tsx generator/cli.ts --source FILE --lock /tmp/lock.json`,
 * then `npm run build` without its pregenerate (`npx docusaurus build`).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { syntheticSource } from './synthetic-source.ts';

const { values } = parseArgs({
  options: {
    questions: { type: 'string', default: '2000' },
    out: { type: 'string' },
    'focus-topic': { type: 'string' },
    'focus-share': { type: 'string' },
  },
});
if (!values.out) throw new Error('write-synthetic-source: pass --out FILE, the file to write the source to');
const count = Number(values.questions);
if (!Number.isInteger(count) || count < 1) throw new Error(`write-synthetic-source: --questions "${values.questions}" is not a positive whole number`);
writeFileSync(
  values.out,
  syntheticSource(count, {
    focusTopic: values['focus-topic'],
    focusShare: values['focus-share'] === undefined ? undefined : Number(values['focus-share']),
  }),
);
console.log(`Wrote ${count} synthetic questions to ${values.out}.`);
