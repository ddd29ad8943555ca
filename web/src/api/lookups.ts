import { useQuery } from '@tanstack/react-query';
import { get } from './client';
import type { AgentView, Brand, SavedView, Team } from './types';

/** Lists that change rarely and many screens read: fetched once, refreshed after edits. */
const RARELY = 5 * 60_000;

export const useAgents = () =>
  useQuery({ queryKey: ['agents'], queryFn: () => get<{ items: AgentView[] }>('/api/agents').then((r) => r.items), staleTime: RARELY });

export const useBrands = () =>
  useQuery({ queryKey: ['brands'], queryFn: () => get<{ items: Brand[] }>('/api/brands').then((r) => r.items), staleTime: RARELY });

export const useTeams = () =>
  useQuery({ queryKey: ['teams'], queryFn: () => get<{ items: Team[] }>('/api/teams').then((r) => r.items), staleTime: RARELY });

export const useSavedViews = () =>
  useQuery({ queryKey: ['views'], queryFn: () => get<{ items: SavedView[] }>('/api/views').then((r) => r.items), staleTime: RARELY });

/** Name lookup that tolerates ids the list does not hold (deleted agents, other workspaces). */
export function nameOf<T extends { id: string; name: string }>(items: T[] | undefined, id: string | null | undefined): string | null {
  if (!id) return null;
  return items?.find((item) => item.id === id)?.name ?? null;
}
