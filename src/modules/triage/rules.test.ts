import { describe, expect, it } from 'vitest';
import { INTENTS } from './intents.js';
import { missingFacts } from './missing-facts.js';
import { applyOrderContext } from './order-context.js';
import { DEFAULT_PRIORITY, priorityFor } from './priority.js';
import { decideSwitch } from './retrain.js';
import type { Entities } from './triage.types.js';

const none: Entities = { orders: [], tracking: [], emails: [], phones: [], amounts: [], dates: [], skus: [] };

describe('priority', () => {
  it('follows the seller practice: security and refunds first, logistics second, product questions third', () => {
    expect(priorityFor('account.access', [])).toBe('P1');
    expect(priorityFor('return.status', [])).toBe('P1');
    expect(priorityFor('shipping.delay', [])).toBe('P2');
    expect(priorityFor('product.info', [])).toBe('P3');
    expect(priorityFor('feedback.review', [])).toBe('P4');
  });

  it('goes one step up with a risk signal, never past P1', () => {
    expect(priorityFor('product.info', ['bad_review_threat'])).toBe('P2');
    expect(priorityFor('shipping.delay', ['chargeback', 'legal_threat'])).toBe('P1');
    expect(priorityFor('account.access', ['scam_accusation'])).toBe('P1');
  });

  it('has a default for every intent of the taxonomy', () => {
    for (const intent of INTENTS) expect(DEFAULT_PRIORITY[intent]).toMatch(/^P[1-4]$/);
  });
});

describe('missing facts', () => {
  it('asks a damaged-item claim for the order, the item and photos', () => {
    expect(missingFacts('item.damaged', { entities: none })).toEqual(['order_number', 'sku', 'photos']);
  });

  it('never asks for what the message or the order already gives', () => {
    const entities = { ...none, orders: ['#1047'], skus: ['MUG-200'] };
    expect(missingFacts('item.damaged', { entities, hasAttachments: true })).toEqual([]);
    expect(missingFacts('item.damaged', { entities: none, order: { fulfillment: 'fulfilled', skus: ['MUG-200'] }, hasAttachments: true })).toEqual([]);
    expect(missingFacts('account.access', { entities: none, customerEmail: true })).toEqual([]);
  });

  it('takes either number for a parcel question: the order gives the tracking, the tracking the order', () => {
    expect(missingFacts('shipping.track', { entities: none })).toEqual(['order_number', 'tracking_number']);
    expect(missingFacts('shipping.track', { entities: { ...none, orders: ['#1047'] } })).toEqual([]);
    expect(missingFacts('shipping.track', { entities: { ...none, tracking: [{ number: 'LX123456785CN', carrier: 'china-post', valid: true, url: null }] } })).toEqual([]);
  });

  it('asks nothing for praise', () => {
    expect(missingFacts('feedback.review', { entities: none })).toEqual([]);
  });
});

describe('the linked order', () => {
  const probabilities = Float64Array.from(INTENTS.map((i) => (i === 'shipping.track' ? 0.5 : i === 'shipping.delay' ? 0.3 : i === 'order.status' ? 0.1 : 0.1 / 24)));

  it('turns "where is it?" into a non-receipt when the carrier says delivered', () => {
    const decided = applyOrderContext({ intent: 'shipping.track', confidence: 0.5 }, probabilities, { fulfillment: 'fulfilled', trackingStatus: 'delivered' });
    expect(decided.intent).toBe('shipping.not_received');
    expect(decided.confidence).toBeCloseTo(0.5 + 0.3 + 0.1 + 0.1 / 24, 10);
  });

  it('turns it into a status question when the order has not shipped', () => {
    expect(applyOrderContext({ intent: 'shipping.delay', confidence: 0.3 }, probabilities, { fulfillment: 'unfulfilled' }).intent).toBe('order.status');
  });

  it('leaves other intents and in-transit parcels alone', () => {
    expect(applyOrderContext({ intent: 'shipping.track', confidence: 0.5 }, probabilities, { fulfillment: 'fulfilled', trackingStatus: 'in_transit' })).toEqual({ intent: 'shipping.track', confidence: 0.5 });
    expect(applyOrderContext({ intent: 'item.damaged', confidence: 0.8 }, probabilities, { fulfillment: 'unfulfilled' }).intent).toBe('item.damaged');
  });
});

describe('the retrain switch rule', () => {
  const scores = { accuracy: 0.9, macroF1: 0.88, coverage: 0.8, precision: 0.96, languageAccuracy: 0.99 };

  it('switches to a candidate that scores no worse', () => {
    expect(decideSwitch(scores, scores).activate).toBe(true);
    expect(decideSwitch({ ...scores, macroF1: 0.9, accuracy: 0.91 }, scores).activate).toBe(true);
  });

  it('keeps the current model when the candidate is worse on any count, and says which', () => {
    const worseF1 = decideSwitch({ ...scores, macroF1: 0.87 }, scores);
    expect(worseF1.activate).toBe(false);
    expect(worseF1.reason).toContain('macro-F1 87.00% < 88.00%');
    expect(decideSwitch({ ...scores, accuracy: 0.89 }, scores).activate).toBe(false);
    expect(decideSwitch({ ...scores, coverage: 0.7, macroF1: 0.95 }, scores).activate).toBe(false);
  });
});
