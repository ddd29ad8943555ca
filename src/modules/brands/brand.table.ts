import type { Generated } from 'kysely';
import type { Json, NullableTimestamp } from '../../shared/db-types.js';

export const BRAND_KINDS = [
  'shopify', 'woocommerce', 'amazon', 'ebay', 'aliexpress', 'temu', 'shopee', 'walmart', 'etsy', 'other',
] as const;
export type BrandKind = (typeof BRAND_KINDS)[number];

export interface BrandsTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  kind: BrandKind;
  marketplace_region: string | null;
  support_email: string | null;
  default_language: Generated<string>;
  settings: Json;
  archived_at: NullableTimestamp;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
