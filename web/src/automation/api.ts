import { useQuery } from '@tanstack/react-query';
import { get, withQuery } from '../api/client';
import type { Rule, Run } from './types';

export const RULES_KEY = ['automation', 'rules'] as const;

export const useRules = () => useQuery({ queryKey: RULES_KEY, queryFn: () => get<{ items: Rule[] }>('/api/automation/rules').then((r) => r.items) });

export const useRuns = (ruleId: string | null) =>
  useQuery({
    queryKey: ['automation', 'runs', ruleId],
    queryFn: () => get<{ items: Run[] }>(withQuery('/api/automation/runs', { ruleId, limit: 50 })).then((r) => r.items),
    enabled: ruleId !== null,
  });

export const useAutomationFields = () =>
  useQuery({ queryKey: ['automation', 'fields'], queryFn: () => get<{ fields: string[]; prefixes: string[] }>('/api/automation/fields'), staleTime: Infinity });

interface Named {
  id: string;
  name: string;
}

/** Lists the action editor picks from; a module that is not there (yet) just offers nothing. */
const optional = <T,>(path: string) => () => get<{ items: T[] }>(path).then((r) => r.items).catch(() => [] as T[]);

export const useQueues = () => useQuery({ queryKey: ['routing', 'queues'], queryFn: optional<Named>('/api/routing/queues'), staleTime: 60_000 });
export const useSlaPolicies = () => useQuery({ queryKey: ['sla', 'policies'], queryFn: optional<Named>('/api/sla/policies'), staleTime: 60_000 });
export const useTemplateKeys = () =>
  useQuery({ queryKey: ['templates', 'keys'], queryFn: () => optional<{ key: string; name: string }>('/api/templates')(), staleTime: 60_000 });
