import type { ColumnType, Generated } from 'kysely';
import type { Json, NullableTimestamp } from '../../../shared/db-types.js';

export const TEMPLATE_KINDS = ['intent', 'service', 'custom'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export interface ReplyTemplatesTable {
  id: Generated<string>;
  workspace_id: string;
  key: string;
  kind: TemplateKind;
  intent: string | null;
  name: string;
  source_language: Generated<string>;
  channels: ColumnType<string[], string[] | undefined, string[]>;
  archived_at: NullableTimestamp;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ReplyTemplateVariantsTable {
  id: Generated<string>;
  workspace_id: string;
  template_id: string;
  language: string;
  brand_id: string | null;
  variant: Generated<string>;
  traffic_share: Generated<number>;
  subject: string;
  body: string;
  version: Generated<number>;
  reviewed_source_version: number | null;
  out_of_date: Generated<boolean>;
  origin: Generated<'starter' | 'custom'>;
  updated_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ReplyTemplateVersionsTable {
  id: Generated<number>;
  variant_id: string;
  version: number;
  subject: string;
  body: string;
  edited_by: string | null;
  created_at: Generated<Date>;
}

export interface ReplyTemplateUsesTable {
  id: Generated<number>;
  workspace_id: string;
  template_id: string;
  variant_id: string | null;
  variant: string;
  language: string;
  ticket_id: number;
  message_id: number | null;
  sent_at: Generated<Date>;
}

export interface ReplyPoliciesTable {
  id: Generated<string>;
  workspace_id: string;
  brand_id: string | null;
  rules: Json;
  updated_by: string | null;
  updated_at: Generated<Date>;
}
