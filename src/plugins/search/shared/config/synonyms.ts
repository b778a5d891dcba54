/**
 * The search's vocabulary decisions, in one place to review.
 *
 * `synonymGroups`: each group lists ways of saying the same thing. A query for
 * any entry also finds pages that use any other entry of its group, in both
 * directions: "rto" finds "recovery time objective" and the other way round.
 * Add only true equivalents (an abbreviation and its expansion, two names for
 * one practice), never merely related ideas: "terraform" is a tool for IaC,
 * not a synonym of it. Entries are matched as whole words after the same
 * normalisation as the text (case, plurals and word forms do not matter), and
 * the words of a multi-word entry must appear in the same field of a page.
 *
 * `compoundWords`: terms English writes as one word, with a hyphen, a slash or
 * as two words ("on-call", "on call", "oncall"). All spellings are indexed and
 * searched as the joined word, so each finds the others.
 */
export const synonymGroups: readonly (readonly string[])[] = [
  ['slo', 'service level objective'],
  ['sli', 'service level indicator'],
  ['sla', 'service level agreement'],
  ['error budget', 'error budgets'],
  ['rto', 'recovery time objective'],
  ['rpo', 'recovery point objective'],
  ['mttr', 'mean time to recovery', 'mean time to restore', 'mean time to repair', 'time to recover'],
  ['mttd', 'mean time to detect', 'time to detect'],
  ['k8s', 'kubernetes'],
  ['ci/cd', 'continuous integration', 'continuous delivery', 'continuous deployment'],
  ['iac', 'infrastructure as code'],
  ['dr', 'disaster recovery'],
  ['ha', 'high availability'],
  ['spof', 'single point of failure'],
  ['on-call', 'pager', 'paging'],
  ['postmortem', 'post-incident review', 'incident review', 'incident retrospective'],
  ['rca', 'root cause analysis'],
  ['sre', 'site reliability engineering', 'site reliability engineer'],
  ['vm', 'virtual machine'],
  ['db', 'database'],
  ['oom', 'out of memory', 'oomkilled'],
  ['o11y', 'observability'],
  ['chaos engineering', 'fault injection', 'failure injection'],
  ['feature flag', 'feature toggle'],
  ['rate limiting', 'throttling'],
  ['runbook', 'playbook'],
  ['crashloopbackoff', 'crash loop', 'restart loop'],
  ['latency', 'response time'],
  ['outage', 'downtime'],
];

export const compoundWords: readonly string[] = [
  'on call',
  'post mortem',
  'run book',
  'play book',
  'roll back',
  'roll out',
  'fail over',
  'back pressure',
  'blue green',
  'health check',
  'game day',
  'multi region',
  'dead lock',
  'ci cd',
];
