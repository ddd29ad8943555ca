import type { OnBreach, SlaConditions, SlaTargets } from './policy.schemas.js';

interface StarterPolicy {
  name: string;
  kind: 'team' | 'contract';
  conditions: SlaConditions;
  targets: SlaTargets;
  pauseOnPending: boolean;
  pauseOnHold: boolean;
  warnFraction: number;
  onBreach: OnBreach;
}

const MIN = 60;
const HOUR = 3600;
const business = (seconds: number) => ({ seconds, businessTime: true });
const calendar = (seconds: number) => ({ seconds, businessTime: false });
const escalate: OnBreach = { raisePriority: true, reassign: 'none', remediation: 'none' };

/**
 * The starter set, in order (the first matching team policy wins; a contract policy runs beside it).
 * First-response figures are SPEC C4's seller practice: P1 30 min, P2 2 h, P3 6 h, P4 (e-mail) 24 h
 * business time, live chat 30 s, Amazon 24 h calendar time. Next-response targets repeat the first
 * response's. The resolution targets (P1 8 h, P2 24 h, P3 48 h, P4 72 h business time) and the
 * chat next response (2 min) are our own choice: the spec gives none.
 */
export const STARTER_SLA_POLICIES: readonly StarterPolicy[] = [
  {
    name: 'Live chat',
    kind: 'team',
    conditions: { channels: ['chat'] },
    // A chat is answered while the buyer is still there: calendar time, whatever the hours.
    targets: { firstResponse: calendar(30), nextResponse: calendar(2 * MIN), resolution: null },
    pauseOnPending: true,
    pauseOnHold: false,
    warnFraction: 0.75,
    onBreach: escalate,
  },
  ...(
    [
      ['P1 — urgent', 'P1', 30 * MIN, 8 * HOUR],
      ['P2', 'P2', 2 * HOUR, 24 * HOUR],
      ['P3', 'P3', 6 * HOUR, 48 * HOUR],
      ['P4', 'P4', 24 * HOUR, 72 * HOUR],
    ] as const
  ).map(([name, priority, response, resolution]) => ({
    name,
    kind: 'team' as const,
    conditions: { priorities: [priority] },
    targets: { firstResponse: business(response), nextResponse: business(response), resolution: business(resolution) },
    pauseOnPending: true,
    pauseOnHold: false,
    warnFraction: 0.75,
    onBreach: escalate,
  })),
  {
    name: 'Amazon buyer messages',
    kind: 'contract',
    conditions: { marketplaces: ['amazon'] },
    // Amazon's own 24-hour rule counts every hour, weekends included, and does not stop for us.
    targets: { firstResponse: calendar(24 * HOUR), nextResponse: calendar(24 * HOUR), resolution: null },
    pauseOnPending: false,
    pauseOnHold: false,
    warnFraction: 0.75,
    onBreach: escalate,
  },
];
