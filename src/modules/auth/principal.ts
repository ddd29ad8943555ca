import type { Level, Role } from '../agents/agent.table.js';
import { forbidden } from '../../shared/errors.js';

/** Who is calling: an agent, through a session cookie or an API token. */
export interface Principal {
  agentId: string;
  workspaceId: string;
  email: string;
  name: string;
  role: Role;
  level: Level;
  /** Brands this agent may see; empty means all brands of the workspace. */
  brandIds: string[];
  via: 'session' | 'token';
}

const RANK: Record<Role, number> = { agent: 0, lead: 1, supervisor: 2, admin: 3 };

export function hasRole(principal: Principal, minimum: Role): boolean {
  return RANK[principal.role] >= RANK[minimum];
}

export function assertRole(principal: Principal, minimum: Role): void {
  if (!hasRole(principal, minimum)) throw forbidden(`This needs the ${minimum} role or higher.`);
}

export function canSeeBrand(principal: Principal, brandId: string): boolean {
  return principal.brandIds.length === 0 || principal.brandIds.includes(brandId);
}
