import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONDITION_OPS, conditionSchema, type Condition } from './condition.schema.js';
import { evaluateCondition, resolveField } from './evaluate-condition.js';
import type { AutomationFacts } from './facts.js';

const facts: AutomationFacts = {
  ticket: {
    status: 'pending', priority: 'P3', channel: 'marketplace', marketplace: 'amazon', brandId: 'b1', teamId: null, queueId: null,
    assigneeId: null, slaPolicyId: null, tags: ['vip', 'Refund'], intent: 'shipping.track', language: 'de', sentiment: -0.4,
    risk: ['chargeback'], subject: 'Wo ist mein Paket?', customFields: { orderValue: 120, region: 'EU' },
    hoursInStatus: 80, hoursSinceCustomerMessage: 80, hoursSinceAgentReply: null,
  },
  customer: { tier: 'vip', country: 'DE', language: 'de', email: 'anna@example.de' },
  message: { text: 'Ich will eine Rückbuchung (Chargeback) machen!', language: 'de', intent: 'complaint' },
  counts: { buyerMessages: 3, agentReplies: 1, buyerMessagesWithIntent: { 'shipping.track': 2, complaint: 1 }, buyerTexts: ['where is it', 'Tracking please', 'chargeback now'] },
  changed: { status: { from: 'open', to: 'pending' } },
};

const holds = (c: Condition) => evaluateCondition(c, facts);

describe('automation conditions', () => {
  it('reads ticket, customer, message, count and change fields', () => {
    expect(resolveField(facts, 'marketplace')).toBe('amazon');
    expect(resolveField(facts, 'customer.tier')).toBe('vip');
    expect(resolveField(facts, 'message.intent')).toBe('complaint');
    expect(resolveField(facts, 'count.buyerMessagesWithIntent.shipping.track')).toBe(2);
    expect(resolveField(facts, 'count.buyerMessagesWithIntent.item.damaged')).toBe(0);
    expect(resolveField(facts, 'count.buyerMessagesMentioning.tracking')).toBe(1);
    expect(resolveField(facts, 'customFields.region')).toBe('EU');
    expect(resolveField(facts, 'changed.status')).toBe('pending');
    expect(resolveField(facts, 'changed.priority')).toBeUndefined();
  });

  it('compares the way a rule author expects', () => {
    expect(holds({ field: 'marketplace', op: 'eq', value: 'Amazon' })).toBe(true);
    expect(holds({ field: 'tags', op: 'contains', value: 'refund' })).toBe(true);
    expect(holds({ field: 'tags', op: 'in', value: ['x', 'vip'] })).toBe(true);
    expect(holds({ field: 'status', op: 'not_in', value: ['solved', 'closed'] })).toBe(true);
    expect(holds({ field: 'risk', op: 'contains', value: 'chargeback' })).toBe(true);
    expect(holds({ field: 'hoursInStatus', op: 'gte', value: 72 })).toBe(true);
    expect(holds({ field: 'hoursInStatus', op: 'gte', value: 168 })).toBe(false);
    expect(holds({ field: 'hoursSinceAgentReply', op: 'gt', value: 1 })).toBe(false);
    expect(holds({ field: 'hoursSinceAgentReply', op: 'not_exists' })).toBe(true);
    expect(holds({ field: 'customFields.orderValue', op: 'gt', value: 100 })).toBe(true);
    expect(holds({ field: 'message.text', op: 'matches', value: ['chargeback', 'dispute'] })).toBe(true);
    expect(holds({ field: 'subject', op: 'not_contains', value: 'paket' })).toBe(false);
    expect(holds({ all: [{ field: 'channel', op: 'eq', value: 'marketplace' }, { any: [{ field: 'priority', op: 'eq', value: 'P1' }, { field: 'customer.country', op: 'eq', value: 'DE' }] }] })).toBe(true);
    expect(holds({ all: [] })).toBe(true);
    expect(holds({ any: [] })).toBe(false);
  });

  it('validates fields, operators and values with the path of the mistake', () => {
    const bad = (c: unknown) => conditionSchema.safeParse(c).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(bad({ all: [{ field: 'status', op: 'eq', value: 'open' }, { field: 'colour', op: 'eq', value: 'red' }] })).toEqual(['all.1.field: unknown field "colour"']);
    expect(bad({ field: 'count.buyerMessagesWithIntent.shipping.teleport', op: 'gte', value: 2 })?.[0]).toMatch(/^field: .*not an intent/);
    expect(bad({ field: 'status', op: 'like', value: 'x' })?.[0]).toMatch(/^op: /);
    expect(bad({ field: 'status', op: 'in', value: 'open' })).toEqual(['value: "in" needs a list of values']);
    expect(bad({ field: 'hoursInStatus', op: 'gte', value: 'many' })).toEqual(['value: "gte" needs a number']);
    expect(bad({ field: 'status', op: 'exists', value: 'x' })).toEqual(['value: "exists" takes no value']);
    expect(bad({ field: 'message.text', op: 'matches', value: '' })).toEqual(['value: "matches" needs a word or a list of words']);
    expect(bad({ nope: 1 })?.[0]).toMatch(/a condition is/);
    expect(conditionSchema.safeParse({ not: { field: 'changed.status', op: 'exists' } }).success).toBe(true);
  });
});

const scalar = fc.oneof(fc.string({ maxLength: 8 }), fc.integer({ min: -5, max: 200 }), fc.double(), fc.boolean(), fc.constant(null));
const fieldName = fc.oneof(
  fc.constantFrom('status', 'priority', 'tags', 'risk', 'hoursInStatus', 'customer.tier', 'message.text', 'count.buyerMessages', 'changed.status', 'customFields.region', 'count.buyerMessagesWithIntent.shipping.track', 'count.buyerMessagesMentioning.x'),
  fc.string({ maxLength: 12 }),
);
const comparison = fc.record({ field: fieldName, op: fc.oneof(fc.constantFrom(...CONDITION_OPS), fc.string({ maxLength: 4 })), value: fc.oneof(scalar, fc.array(scalar, { maxLength: 4 }), fc.constant(undefined)) });
const { condition } = fc.letrec<{ condition: unknown }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    comparison,
    fc.record({ all: fc.array(tie('condition'), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('condition'), { maxLength: 3 }) }),
    fc.record({ not: tie('condition') }),
    fc.anything(),
  ),
}));
const anyFacts = fc.oneof(fc.constant(facts), fc.anything(), fc.record({ ticket: fc.dictionary(fc.string({ maxLength: 8 }), fc.anything()), counts: fc.anything(), changed: fc.anything() }));

describe('automation conditions, property-based', () => {
  it('never throws, whatever the facts and the condition', () => {
    fc.assert(fc.property(condition, anyFacts, (c, f) => typeof evaluateCondition(c, f) === 'boolean'), { numRuns: 2000 });
  });

  it('"not" inverts any condition', () => {
    fc.assert(fc.property(condition, anyFacts, (c, f) => evaluateCondition({ not: c }, f) === !evaluateCondition(c, f)), { numRuns: 2000 });
  });

  it('"all" is every, "any" is some', () => {
    fc.assert(
      fc.property(fc.array(condition, { maxLength: 4 }), anyFacts, (cs, f) => {
        const each = cs.map((c) => evaluateCondition(c, f));
        return evaluateCondition({ all: cs }, f) === each.every(Boolean) && evaluateCondition({ any: cs }, f) === each.some(Boolean);
      }),
    );
  });

  it('eq and neq, in and not_in, exists and not_exists are opposites', () => {
    fc.assert(
      fc.property(fieldName, fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })), anyFacts, (field, value, f) => {
        const e = (op: string, v?: unknown) => evaluateCondition({ field, op, value: v }, f);
        return e('eq', value) !== e('neq', value) && e('in', [value]) !== e('not_in', [value]) && e('exists') !== e('not_exists');
      }),
    );
  });
});
