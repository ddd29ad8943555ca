import type { Principal } from '../../auth/principal.js';
import type { Db } from '../../database.js';

const NO_AGENT = '00000000-0000-0000-0000-000000000000';

/**
 * Who a template message is written as. An agent (a lead's one-click remediation, a rule acting
 * for its author) signs it and their compensation authority applies; the system signs with the
 * brand alone (the locale pack drops the agent line when there is no name) and has a junior's
 * authority, so an automatic message never promises more than the least senior agent could.
 */
export async function senderPrincipal(db: Db, workspaceId: string, authorAgentId: string | null): Promise<Principal> {
  const agent = authorAgentId
    ? await db
        .selectFrom('agents')
        .select(['id', 'email', 'name', 'role', 'level'])
        .where('id', '=', authorAgentId)
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirst()
    : undefined;
  // Brand access was the caller's to check: a rule or remediation already chose this ticket.
  if (agent) return { agentId: agent.id, workspaceId, email: agent.email, name: agent.name, role: agent.role, level: agent.level, brandIds: [], via: 'token' };
  return { agentId: NO_AGENT, workspaceId, email: 'system@meridian.invalid', name: '', role: 'agent', level: 'junior', brandIds: [], via: 'token' };
}
