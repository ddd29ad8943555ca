import { describe, expect, it } from 'vitest';
import { actionListSchema, maskAction, SECRET_MASK } from './action.schema.js';
import { shiftPriority } from './apply-actions.js';

const problems = (input: unknown) => actionListSchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('automation actions', () => {
  it('accepts each action type in its own shape', () => {
    const ok = actionListSchema.safeParse([
      { type: 'set_status', value: 'solved' },
      { type: 'set_priority', value: 'up' },
      { type: 'add_tags', tags: ['vip'] },
      { type: 'route' },
      { type: 'set_sla_policy', policyId: null },
      { type: 'send_template', templateKey: 'service.interim_update' },
      { type: 'notify', to: 'leads', message: 'Look at this one' },
      { type: 'webhook', url: 'https://erp.example.com/hook', secret: 'a-long-secret' },
    ]);
    expect(ok.success).toBe(true);
  });

  it('names the path of what is wrong', () => {
    expect(problems([{ type: 'set_priority', value: 'P9' }])?.[0]).toMatch(/^0\.value: /);
    expect(problems([{ type: 'add_tags', tags: ['ok'] }, { type: 'teleport' }])).toEqual(['1.type: unknown action type "teleport"; one of set_status, set_priority, add_tags, remove_tags, assign, route, set_team, set_sla_policy, send_template, add_note, notify, webhook']);
    expect(problems([{ type: 'notify', to: 'agents', message: 'x' }])).toEqual(['0.agentIds: to "agents" needs agentIds']);
    expect(problems([{ type: 'add_tags', tags: ['x'], colour: 'red' }])?.[0]).toMatch(/colour/);
    expect(problems([{ type: 'webhook', url: 'https://x.example', secret: 'short' }])).toEqual(['0.secret: must be at least 8 characters']);
    expect(problems([])).toEqual([': a rule needs at least one action']);
  });

  it('never shows a webhook secret, and reads the mask back as "keep the stored one"', () => {
    expect(maskAction({ type: 'webhook', url: 'https://x.example', secret: 'a-long-secret' })).toEqual({ type: 'webhook', url: 'https://x.example', secret: SECRET_MASK, hasSecret: true });
    expect(actionListSchema.parse([{ type: 'webhook', url: 'https://x.example', secret: SECRET_MASK }])).toEqual([{ type: 'webhook', url: 'https://x.example' }]);
  });

  it('moves priority up towards P1 and down towards P4, stopping at the ends', () => {
    expect(shiftPriority('P3', 'up')).toBe('P2');
    expect(shiftPriority('P1', 'up')).toBe('P1');
    expect(shiftPriority('P3', 'down')).toBe('P4');
    expect(shiftPriority('P4', 'down')).toBe('P4');
  });
});
