import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import { processDueSlaEvents, SLA_TICK_BATCH, type SlaTickResult } from './process-due-events.js';

/** The longest the loop sleeps: a deadline set by another process is seen within this time. */
export const SLA_TICK_MAX_SLEEP_MS = 1_000;
/** The shortest sleep between rounds with nothing due (keeps an idle loop from spinning). */
export const SLA_TICK_MIN_SLEEP_MS = 10;

export interface SlaTimerOptions {
  onError: (error: unknown) => void;
  /** After each batch, with the instant it committed (the benchmark measures delays with it). */
  onBatch?: (result: SlaTickResult, committedAt: Date) => void;
}

/**
 * The SLA ticker loop of a serving process: handles every due warning and breach, then sleeps
 * until the earliest next one (at most 1 s, so deadlines written by other processes are picked up
 * without LISTEN). Several processes may run it at once; the clocks are claimed with SKIP LOCKED.
 */
export function startSlaTicker(db: Kysely<Database>, options: SlaTimerOptions): () => Promise<void> {
  let stopped = false;
  let wake: (() => void) | null = null;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => ((wake = null), resolve()), ms);
      wake = () => (clearTimeout(timer), (wake = null), resolve());
    });

  const loop = (async () => {
    while (!stopped) {
      let pause = SLA_TICK_MAX_SLEEP_MS;
      try {
        for (;;) {
          const result = await processDueSlaEvents(db, new Date(), SLA_TICK_BATCH);
          if (result.claimed > 0) options.onBatch?.(result, new Date());
          for (const failure of result.failures) options.onError(failure.error);
          if (result.claimed < SLA_TICK_BATCH || stopped) break;
        }
        const next = await db.selectFrom('sla_clocks').select((eb) => eb.fn.min('next_event_at').as('at')).where('next_event_at', 'is not', null).executeTakeFirst();
        const at = next?.at ? new Date(next.at as Date | string).getTime() : null;
        if (at !== null) pause = Math.min(SLA_TICK_MAX_SLEEP_MS, Math.max(SLA_TICK_MIN_SLEEP_MS, at - Date.now()));
      } catch (error) {
        options.onError(error);
      }
      if (!stopped) await sleep(pause);
    }
  })();

  return async () => {
    stopped = true;
    (wake as (() => void) | null)?.();
    await loop;
  };
}
