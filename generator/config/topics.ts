import type { TopicDefinition } from '../document-types.ts';

/**
 * The topic taxonomy: one entry per topic page and sidebar group.
 *
 * - `id` is part of the topic's URL (/topics/<id>): never change it once published.
 * - `order` sets the order of the sidebar and the home page.
 * - `keywords` feed the classifier: each occurrence in the question counts
 *   3 points, in the answer 1 point. The highest score is the primary topic;
 *   see classification-overrides.ts for questions the rules get wrong.
 */
export const topics: readonly TopicDefinition[] = [
  {
    id: 'slos-error-budgets',
    title: 'SLOs & error budgets',
    description:
      'Service level indicators and objectives, error budgets and burn rates, and how they steer the balance between shipping features and reliability.',
    order: 1,
    keywords: ['slo', 'slos', 'sli', 'slis', 'service level', 'error budget', 'error budgets', 'burn rate', 'burn-rate', 'reliability work', 'feature velocity', 'customer’s perspective', 'user journeys', 'percentiles', 'shipping new features'],
  },
  {
    id: 'incident-response',
    title: 'Incident response & postmortems',
    description:
      'Detecting, triaging and mitigating incidents, communicating during an outage, and blameless postmortems that lead to lasting fixes.',
    order: 2,
    keywords: ['incident', 'incidents', 'postmortem', 'postmortems', 'root cause', 'triage', 'mitigation', 'mitigate', 'incident commander', 'status page', 'blameless', 'outage', 'high-pressure decision', 'communication', 'rollback'],
  },
  {
    id: 'observability',
    title: 'Monitoring, alerting & observability',
    description:
      'Metrics, logs and traces, actionable alerts without alert fatigue, and finding the gaps between dashboards and what users experience.',
    order: 3,
    keywords: ['monitoring', 'metrics', 'logs', 'traces', 'tracing', 'alert', 'alerts', 'alerting', 'alert fatigue', 'dashboards', 'observability', 'golden signals', 'synthetic', 'pages', 'paging'],
  },
  {
    id: 'troubleshooting',
    title: 'Troubleshooting & debugging',
    description:
      'Narrowing down intermittent errors, latency with idle hosts and failures that affect only one slice of traffic, methodically and under pressure.',
    order: 4,
    keywords: ['troubleshoot', 'debug', 'investigate', 'intermittent', 'latency', 'error rates', 'narrow', 'hypothesis', 'correlation', 'isolate', 'isolation approach', 'specific customer segment'],
  },
  {
    id: 'kubernetes-containers',
    title: 'Kubernetes & containers',
    description:
      'Running workloads on Kubernetes and other orchestrators: probes, resources, restarts, networking, and choosing between VMs, containers and serverless.',
    order: 5,
    keywords: ['kubernetes', 'k8s', 'container', 'containers', 'pod', 'pods', 'kubectl', 'orchestration', 'oomkilled', 'oomkills', 'crashloopbackoff', 'liveness', 'readiness', 'serverless', 'virtual machines', 'ecs', 'nomad', 'helm'],
  },
  {
    id: 'resilient-design',
    title: 'Resilient design & capacity',
    description:
      'Designing systems that degrade gracefully: timeouts, retries, circuit breakers, load shedding, dependency failures, architecture reviews and capacity planning.',
    order: 6,
    keywords: ['cascading', 'circuit breaker', 'circuit breakers', 'rate limiting', 'load shedding', 'backpressure', 'graceful degradation', 'dependency', 'dependencies', 'capacity', 'overprovisioned', 'underprovisioned', 'architecture', 'timeouts', 'retries', 'bulkheads', 'third-party', 'chaos engineering', 'failure injection'],
  },
  {
    id: 'disaster-recovery',
    title: 'Disaster recovery & high availability',
    description:
      'Recovery time and recovery point objectives, backups that really restore, failover, multi-region designs and removing single points of failure.',
    order: 7,
    keywords: ['disaster recovery', 'dr', 'rto', 'rpo', 'recovery time', 'recovery point', 'backup', 'backups', 'restore', 'failover', 'multi-region', 'high availability', 'uptime', 'single points of failure', 'spof', 'spofs', 'replication', 'active-active', 'active-passive', 'database reliability'],
  },
  {
    id: 'safe-delivery',
    title: 'Safe changes & CI/CD',
    description:
      'Canaries, feature flags, progressive rollouts, reliable pipelines, infrastructure as code and the testing that earns confidence before production.',
    order: 8,
    keywords: ['deploy', 'deploys', 'deployment', 'deployments', 'canary', 'canaries', 'feature flag', 'feature flags', 'blue-green', 'rollout', 'rollouts', 'ci/cd', 'pipeline', 'pipelines', 'infrastructure as code', 'terraform', 'configuration drift', 'testing', 'secure', 'guardrails'],
  },
  {
    id: 'sre-culture',
    title: 'SRE practice, toil & culture',
    description:
      'What SRE is, measuring and removing toil, healthy on-call, documentation, mentoring, disagreements and judging whether an SRE team is effective.',
    order: 9,
    keywords: ['site reliability engineering', 'sre team', 'devops', 'toil', 'automation', 'automate', 'on-call', 'on call', 'culture', 'mentor', 'documentation', 'documenting', 'tribal', 'disagreements', 'game days', 'readiness reviews', 'repetitive', 'engineering, more process', 'inherited'],
  },
];
