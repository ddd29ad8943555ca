import type { BusinessCalendarsTable, SlaClocksTable, SlaPausesTable, SlaPoliciesTable } from './sla/sla.tables.js';
import type { Kysely, Transaction } from 'kysely';
import type { AutomationRulesTable, AutomationRunsTable } from './automation/automation.table.js';
import type { JobsTable } from '../platform/jobs/job.table.js';
import type { AgentLevelsTable, AgentsTable } from './agents/agent.table.js';
import type { AuditLogTable } from './audit/audit.table.js';
import type { ApiTokensTable, SessionsTable, SetupTokensTable } from './auth/auth.table.js';
import type { BrandsTable } from './brands/brand.table.js';
import type { EmailThreadRefsTable, InboundEmailsTable, MailboxesTable, OutboundEmailsTable } from './email/email.table.js';
import type { CustomerIdentitiesTable, CustomersTable } from './customers/customer.table.js';
import type { TriageCorrectionsTable, TriageModelsTable } from './triage/triage.table.js';
import type {
  ReplyPoliciesTable,
  ReplyTemplatesTable,
  ReplyTemplateUsesTable,
  ReplyTemplateVariantsTable,
  ReplyTemplateVersionsTable,
} from './replies/templates/template.table.js';
import type { TranslationCallsTable, TranslationSettingsTable, TranslationsTable } from './replies/translation/translation.table.js';
import type { AgentTeamsTable, TeamsTable } from './teams/team.table.js';
import type { SavedViewsTable } from './views/view.table.js';
import type { AttachmentsTable, MessagesTable, TicketEventsTable, TicketsTable } from './tickets/ticket.table.js';
import type { WorkspacesTable } from './workspaces/workspace.table.js';
import type { NotificationsTable } from './notifications/notification.table.js';
import type { AgentRoutingTable, RoutingQueuesTable, RoutingRulesTable } from './routing/routing.table.js';
import type { SlaSettingsTable } from './sla/off-hours/sla-settings.table.js';

/** The whole schema as Kysely sees it; each module owns its own table types. */
export interface Database {
  workspaces: WorkspacesTable;
  brands: BrandsTable;
  teams: TeamsTable;
  agent_teams: AgentTeamsTable;
  agents: AgentsTable;
  agent_levels: AgentLevelsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  setup_tokens: SetupTokensTable;
  customers: CustomersTable;
  customer_identities: CustomerIdentitiesTable;
  tickets: TicketsTable;
  messages: MessagesTable;
  attachments: AttachmentsTable;
  ticket_events: TicketEventsTable;
  audit_log: AuditLogTable;
  jobs: JobsTable;
  saved_views: SavedViewsTable;
  mailboxes: MailboxesTable;
  inbound_emails: InboundEmailsTable;
  email_thread_refs: EmailThreadRefsTable;
  outbound_emails: OutboundEmailsTable;
  triage_corrections: TriageCorrectionsTable;
  triage_models: TriageModelsTable;
  reply_templates: ReplyTemplatesTable;
  reply_template_variants: ReplyTemplateVariantsTable;
  reply_template_versions: ReplyTemplateVersionsTable;
  reply_template_uses: ReplyTemplateUsesTable;
  reply_policies: ReplyPoliciesTable;
  translation_settings: TranslationSettingsTable;
  translations: TranslationsTable;
  translation_calls: TranslationCallsTable;
  notifications: NotificationsTable;
  // Issue 7 tables (sla, routing, automation) are added below by their modules.
  sla_settings: SlaSettingsTable;
  business_calendars: BusinessCalendarsTable;
  sla_policies: SlaPoliciesTable;
  sla_clocks: SlaClocksTable;
  sla_pauses: SlaPausesTable;
  automation_rules: AutomationRulesTable;
  automation_runs: AutomationRunsTable;
  agent_routing: AgentRoutingTable;
  routing_queues: RoutingQueuesTable;
  routing_rules: RoutingRulesTable;
}

/** A database handle or an open transaction: queries take it first, callers own transactions. */
export type Db = Kysely<Database> | Transaction<Database>;
