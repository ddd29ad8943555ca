import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseAgent, ineligibility, type QueueForRouting, type RoutingCandidate, type TicketForRouting } from './agent-choice.js';
import { explainAssignment } from './explanation.js';
import { DEFAULT_CAPACITY } from './routing.types.js';

const BRAND = 'b0000000-0000-4000-8000-000000000001';
const OTHER_BRAND = 'b0000000-0000-4000-8000-000000000002';
const TEAM = 't0000000-0000-4000-8000-000000000001';

function agent(name: string, extra: Partial<RoutingCandidate> = {}, skills: Partial<RoutingCandidate['skills']> = {}): RoutingCandidate {
  return {
    agentId: `id-${name}`,
    name,
    level: 'intermediate',
    active: true,
    teamIds: [TEAM],
    brandAccess: [],
    presence: 'online',
    onShift: true,
    hasShift: true,
    skills: { languages: [], intents: [], channels: [], brandIds: [], markets: [], ...skills },
    capacity: { ...DEFAULT_CAPACITY },
    load: { chat: 0, email: 0, marketplace: 0, other: 0 },
    lastAssignedAt: null,
    ...extra,
  };
}

const germanEmail: TicketForRouting = { channel: 'email', language: 'de', intent: 'shipping.track', brandId: BRAND, country: 'DE', vip: false };
const leastLoaded: QueueForRouting = { teamId: null, strategy: 'least_loaded', vip: false };
const roundRobin: QueueForRouting = { teamId: null, strategy: 'round_robin', vip: false };
const load = (email: number) => ({ chat: 0, email, marketplace: 0, other: 0 });

describe('who may take a ticket at all', () => {
  it.each([
    ['away', agent('A', { presence: 'away' }), 'not_online'],
    ['offline', agent('A', { presence: 'offline' }), 'not_online'],
    ['off shift', agent('A', { onShift: false }), 'off_shift'],
    ['deactivated', agent('A', { active: false }), 'inactive'],
    ['at capacity for e-mail', agent('A', { load: load(20) }), 'at_capacity'],
    ['limited to another brand', agent('A', {}, { brandIds: [OTHER_BRAND] }), 'brand'],
    ['not allowed to see the brand', agent('A', { brandAccess: [OTHER_BRAND] }), 'brand'],
    ['chat only', agent('A', {}, { channels: ['chat'] }), 'channel'],
    ['outside the queue team', agent('A', { teamIds: [] }), 'not_in_team'],
  ] as const)('an agent %s cannot', (_label, candidate, why) => {
    expect(ineligibility(candidate, germanEmail, { ...leastLoaded, teamId: TEAM })).toBe(why);
  });

  it('capacity is counted per bucket: a full chat load does not stop e-mails', () => {
    const busyChatting = agent('A', { load: { chat: 3, email: 0, marketplace: 0, other: 0 } });
    expect(ineligibility(busyChatting, germanEmail, leastLoaded)).toBeNull();
    expect(ineligibility(busyChatting, { ...germanEmail, channel: 'chat' }, leastLoaded)).toBe('at_capacity');
  });

  it('nobody eligible means no choice', () => {
    expect(chooseAgent([agent('A', { presence: 'away' }), agent('B', { onShift: false })], germanEmail, leastLoaded)).toBeNull();
  });
});

describe('choosing among eligible agents', () => {
  it('least loaded: the German speaker with fewer open e-mails, explained', () => {
    const anna = agent('Anna Weber', { load: load(4) }, { languages: [{ code: 'de', proficiency: 5 }] });
    const ben = agent('Ben Koch', { load: load(9) }, { languages: [{ code: 'de', proficiency: 5 }] });
    const carl = agent('Carl', { load: load(0) }, { languages: [{ code: 'en', proficiency: 5 }] });
    const choice = chooseAgent([ben, carl, anna], germanEmail, leastLoaded)!;
    expect(choice.agent.name).toBe('Anna Weber');
    expect(explainAssignment(choice.agent.name, choice.reasons)).toBe('assigned to Anna Weber: speaks de (5/5), on shift, 4/20 open e-mails');
  });

  it('the language is preferred only when someone eligible speaks it', () => {
    const carl = agent('Carl', {}, { languages: [{ code: 'en', proficiency: 5 }] });
    const offlineGerman = agent('Dora', { presence: 'offline' }, { languages: [{ code: 'de', proficiency: 5 }] });
    expect(chooseAgent([carl, offlineGerman], germanEmail, leastLoaded)!.agent.name).toBe('Carl');
  });

  it('pt-BR buyers go to Portuguese speakers', () => {
    const pt = agent('Paula', { load: load(10) }, { languages: [{ code: 'pt', proficiency: 4 }] });
    const en = agent('Eve', {}, { languages: [{ code: 'en', proficiency: 5 }] });
    expect(chooseAgent([pt, en], { ...germanEmail, language: 'pt-BR' }, leastLoaded)!.agent.name).toBe('Paula');
  });

  it('equal load: the better speaker, then the one waiting longest since an assignment', () => {
    const fluent = agent('A', { lastAssignedAt: new Date('2026-01-01T10:00:00Z') }, { languages: [{ code: 'de', proficiency: 5 }] });
    const basic = agent('B', { lastAssignedAt: null }, { languages: [{ code: 'de', proficiency: 2 }] });
    expect(chooseAgent([basic, fluent], germanEmail, leastLoaded)!.agent.name).toBe('A');
    const early = agent('C', { lastAssignedAt: new Date('2026-01-01T09:00:00Z') }, { languages: [{ code: 'de', proficiency: 5 }] });
    expect(chooseAgent([fluent, early], germanEmail, leastLoaded)!.agent.name).toBe('C');
  });

  it('load is relative to capacity', () => {
    const big = agent('Big', { load: load(10), capacity: { ...DEFAULT_CAPACITY, email: 40 } });
    const small = agent('Small', { load: load(5), capacity: { ...DEFAULT_CAPACITY, email: 10 } });
    expect(chooseAgent([small, big], germanEmail, leastLoaded)!.agent.name).toBe('Big');
  });

  it('round robin ignores load and takes whoever waited longest', () => {
    const busy = agent('Busy', { load: load(15), lastAssignedAt: new Date('2026-01-01T08:00:00Z') });
    const idle = agent('Idle', { load: load(0), lastAssignedAt: new Date('2026-01-01T09:00:00Z') });
    const choice = chooseAgent([idle, busy], germanEmail, roundRobin)!;
    expect(choice.agent.name).toBe('Busy');
    expect(explainAssignment(choice.agent.name, choice.reasons)).toContain('next in turn');
  });

  it('a VIP queue gives VIP buyers to a senior agent when one is eligible', () => {
    const senior = agent('Senior', { level: 'senior', load: load(12) });
    const junior = agent('Junior', { level: 'junior' });
    const vipQueue = { ...leastLoaded, vip: true };
    expect(chooseAgent([junior, senior], { ...germanEmail, vip: true }, vipQueue)!.agent.name).toBe('Senior');
    expect(chooseAgent([junior, senior], { ...germanEmail, vip: false }, vipQueue)!.agent.name).toBe('Junior');
    expect(chooseAgent([junior, { ...senior, presence: 'away' }], { ...germanEmail, vip: true }, vipQueue)!.agent.name).toBe('Junior');
  });

  it('listed skills that fit come first; a specialist in something else comes last', () => {
    const tracker = agent('Tracker', { load: load(8) }, { intents: ['shipping.track'], markets: ['DE'] });
    const generalist = agent('Generalist', { load: load(5) });
    const refunds = agent('Refunds', { load: load(0) }, { intents: ['return.request'] });
    const choice = chooseAgent([refunds, generalist, tracker], germanEmail, leastLoaded)!;
    expect(choice.agent.name).toBe('Tracker');
    expect(explainAssignment(choice.agent.name, choice.reasons)).toBe('assigned to Tracker: handles shipping.track, covers DE, on shift, 8/20 open e-mails');
    expect(chooseAgent([refunds, generalist], germanEmail, leastLoaded)!.agent.name).toBe('Generalist');
  });
});

describe('properties', () => {
  const candidateArb = fc.record({
    name: fc.string({ minLength: 1, maxLength: 6 }),
    presence: fc.constantFrom('online', 'away', 'offline'),
    onShift: fc.boolean(),
    email: fc.integer({ min: 0, max: 25 }),
    capacity: fc.integer({ min: 0, max: 25 }),
    german: fc.integer({ min: 0, max: 5 }),
    last: fc.option(fc.integer({ min: 0, max: 1e9 }), { nil: null }),
  });
  const candidatesArb = fc.array(candidateArb, { minLength: 0, maxLength: 8 }).map((list) =>
    list.map((c, i) =>
      agent(`${c.name}${i}`, {
        presence: c.presence as RoutingCandidate['presence'],
        onShift: c.onShift,
        load: load(c.email),
        capacity: { ...DEFAULT_CAPACITY, email: c.capacity },
        lastAssignedAt: c.last === null ? null : new Date(c.last),
      }, { languages: c.german > 0 ? [{ code: 'de', proficiency: c.german }] : [] }),
    ),
  );

  it('the chosen agent is always eligible, and someone is chosen whenever anyone is eligible', () => {
    fc.assert(
      fc.property(candidatesArb, fc.constantFrom(leastLoaded, roundRobin), (candidates, queue) => {
        const choice = chooseAgent(candidates, germanEmail, queue);
        const eligible = candidates.filter((c) => ineligibility(c, germanEmail, queue) === null);
        if (eligible.length === 0) return choice === null;
        return choice !== null && ineligibility(choice.agent, germanEmail, queue) === null && choice.agent.load.email < choice.agent.capacity.email;
      }),
    );
  });

  it('least loaded never picks an agent fuller than another eligible German speaker', () => {
    fc.assert(
      fc.property(candidatesArb, (candidates) => {
        const choice = chooseAgent(candidates, germanEmail, leastLoaded);
        if (!choice) return true;
        const ratio = (c: RoutingCandidate) => c.load.email / c.capacity.email;
        const peers = candidates.filter((c) => ineligibility(c, germanEmail, leastLoaded) === null && (c.skills.languages.length > 0) === (choice.agent.skills.languages.length > 0));
        return peers.every((p) => ratio(choice.agent) <= ratio(p));
      }),
    );
  });

  it('the choice does not depend on the order agents are listed in', () => {
    fc.assert(
      fc.property(candidatesArb, fc.constantFrom(leastLoaded, roundRobin), (candidates, queue) => {
        const a = chooseAgent(candidates, germanEmail, queue)?.agent.agentId;
        const b = chooseAgent([...candidates].reverse(), germanEmail, queue)?.agent.agentId;
        return a === b;
      }),
    );
  });
});
