import type { ColumnType } from 'kysely';

/** Column helpers shared by every table definition. */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
export type Json<T = Record<string, unknown>> = ColumnType<T, T | string | undefined, T | string>;
