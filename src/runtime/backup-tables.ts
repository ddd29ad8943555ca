import type { BackupTable } from '../platform/db/backup.js';

/** What a backup holds, parents before children. Sessions and setup links are left out on purpose. */
export const BACKUP_TABLES: BackupTable[] = [
  { name: 'workspaces', orderBy: 'id' },
  { name: 'brands', orderBy: 'id' },
  { name: 'teams', orderBy: 'id' },
  { name: 'agent_levels', orderBy: 'workspace_id, level' },
  { name: 'agents', orderBy: 'id' },
  { name: 'agent_teams', orderBy: 'agent_id, team_id' },
  { name: 'api_tokens', orderBy: 'id' },
  { name: 'saved_views', orderBy: 'id' },
  { name: 'customers', orderBy: 'id' },
  { name: 'customer_identities', orderBy: 'id' },
  { name: 'tickets', orderBy: 'id', identity: 'id' },
  { name: 'messages', orderBy: 'id', identity: 'id' },
  { name: 'attachments', orderBy: 'id' },
  { name: 'ticket_events', orderBy: 'id', identity: 'id' },
  { name: 'audit_log', orderBy: 'id', identity: 'id' },
  { name: 'mailboxes', orderBy: 'id' },
  { name: 'inbound_emails', orderBy: 'id', identity: 'id' },
  { name: 'email_thread_refs', orderBy: 'workspace_id, ref' },
  { name: 'outbound_emails', orderBy: 'id', identity: 'id' },
  { name: 'triage_corrections', orderBy: 'id', identity: 'id' },
  { name: 'triage_models', orderBy: 'id', identity: 'id' },
  { name: 'jobs', orderBy: 'id', identity: 'id' },
];
