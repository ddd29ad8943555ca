import type { Generated } from 'kysely';
import type { Json, NullableTimestamp } from '../../shared/db-types.js';

export const IDENTITY_KINDS = ['email', 'chat_visitor', 'marketplace_alias', 'phone'] as const;
export type IdentityKind = (typeof IDENTITY_KINDS)[number];

export interface CustomersTable {
  id: Generated<string>;
  workspace_id: string;
  name: Generated<string>;
  first_name: string | null;
  last_name: string | null;
  title: string | null;
  country: string | null;
  language: string | null;
  timezone: string | null;
  tier: Generated<string>;
  notes: Generated<string>;
  custom_fields: Json;
  anonymized_at: NullableTimestamp;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface CustomerIdentitiesTable {
  id: Generated<string>;
  workspace_id: string;
  customer_id: string;
  kind: IdentityKind;
  value: string;
  marketplace: string | null;
  created_at: Generated<Date>;
}
