/**
 * How an SLA clock reads at a glance: its state now (the server's state can be up to a refresh
 * old, the time is not), the words of its countdown, and how often it must be redrawn. Pure.
 */
import type { SlaClockStatus, SlaState } from './types';

/** The part of a clock a countdown needs: a list row's soonest clock or one of a ticket's clocks. */
export interface ClockTiming {
  dueAt: string | null;
  warnAt: string | null;
  /** The server's word for the clock or the ticket: a paused clock does not count down. */
  state?: SlaState | SlaClockStatus | null;
}

/** What a countdown chip shows, before translation. */
export type CountdownLabel =
  | { kind: 'paused' }
  | { kind: 'met' }
  | { kind: 'none' }
  | { kind: 'left'; ms: number }
  | { kind: 'overdue'; ms: number }
  /** Far away: the wall-clock instant reads better than "1 d 14 h left". */
  | { kind: 'dueAt'; at: Date };

export type ChipTone = 'ok' | 'at_risk' | 'breached' | 'paused' | 'met' | 'none';

/** Beyond this the chip names the due time ("due Mon 09:30") instead of counting down. */
export const FAR_AWAY_MS = 12 * 3_600_000;
const SEVERITY: Record<ChipTone, number> = { none: 0, met: 1, paused: 2, ok: 3, at_risk: 4, breached: 5 };

/** The tone of a clock now: breached once its due time passed, at risk once its warning point did. */
export function toneAt(clock: ClockTiming, now: number): ChipTone {
  if (clock.state === 'paused') return 'paused';
  if (clock.state === 'met') return 'met';
  if (clock.state === 'none' && !clock.dueAt) return 'none';
  const fromTime = timeTone(clock, now);
  // The server may know better (a breach on another clock, a ticket already escalated).
  const fromServer: ChipTone | null = clock.state === 'breached' ? 'breached' : clock.state === 'at_risk' ? 'at_risk' : null;
  return fromServer && SEVERITY[fromServer] > SEVERITY[fromTime] ? fromServer : fromTime;
}

function timeTone(clock: ClockTiming, now: number): ChipTone {
  if (!clock.dueAt) return 'none';
  if (now >= Date.parse(clock.dueAt)) return 'breached';
  if (clock.warnAt && now >= Date.parse(clock.warnAt)) return 'at_risk';
  return 'ok';
}

export function countdownLabel(clock: ClockTiming, now: number): CountdownLabel {
  if (clock.state === 'paused') return { kind: 'paused' };
  if (clock.state === 'met') return { kind: 'met' };
  if (!clock.dueAt) return { kind: 'none' };
  const due = Date.parse(clock.dueAt);
  const remaining = due - now;
  if (remaining <= 0) return { kind: 'overdue', ms: -remaining };
  if (remaining > FAR_AWAY_MS) return { kind: 'dueAt', at: new Date(due) };
  return { kind: 'left', ms: remaining };
}

/** Redraw every second in the last minute either side of the due time, every 30 s otherwise. */
export function refreshEveryMs(clock: ClockTiming, now: number): number {
  if (!clock.dueAt || clock.state === 'paused' || clock.state === 'met') return 30_000;
  return Math.abs(Date.parse(clock.dueAt) - now) < 60_000 ? 1_000 : 30_000;
}

export type DurationUnit = 'day' | 'hour' | 'minute' | 'second';

/**
 * At most two units, as an agent reads a deadline: seconds only in the last minute, then minutes,
 * "3 h 20 m", "2 d 4 h". Time left is rounded up (never "0 m left" while there is time), time
 * overdue down (never "overdue 1 m" a second after the deadline).
 */
export function durationParts(ms: number, round: 'up' | 'down'): { unit: DurationUnit; value: number }[] {
  const abs = Math.max(0, ms);
  if (abs < 60_000) {
    const seconds = round === 'up' ? Math.ceil(abs / 1000) : Math.floor(abs / 1000);
    if (seconds < 60) return [{ unit: 'second', value: seconds }];
  }
  const minutes = round === 'up' ? Math.ceil(abs / 60_000) : Math.floor(abs / 60_000);
  if (minutes < 60) return [{ unit: 'minute', value: minutes }];
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? [{ unit: 'hour', value: hours }, { unit: 'minute', value: minutes % 60 }] : [{ unit: 'hour', value: hours }];
  const days = Math.floor(hours / 24);
  return hours % 24 ? [{ unit: 'day', value: days }, { unit: 'hour', value: hours % 24 }] : [{ unit: 'day', value: days }];
}

const unitFormats = new Map<string, Intl.NumberFormat>();
function unitFormat(locale: string, unit: DurationUnit): Intl.NumberFormat {
  const key = `${locale}|${unit}`;
  let format = unitFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'narrow' });
    unitFormats.set(key, format);
  }
  return format;
}

/** "3h 20m" / "3小时20分钟": Intl's narrow units; Chinese runs them together as it writes them. */
export function formatCountdownDuration(ms: number, round: 'up' | 'down', locale: string): string {
  const separator = locale.startsWith('zh') || locale.startsWith('ja') ? '' : ' ';
  return durationParts(ms, round)
    .map((part) => unitFormat(locale, part.unit).format(part.value))
    .join(separator);
}

const dueFormats = new Map<string, Intl.DateTimeFormat>();
function dueFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dueFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dueFormats.set(key, format);
  }
  return format;
}

/**
 * "Mon 09:30" within the coming week, "20 Mar 09:30" beyond it, in the agent's time zone. Day and
 * time are formatted apart and joined with a space, so every locale reads them as two words.
 */
export function formatDueInstant(at: Date, now: number, locale: string, timeZone: string): string {
  const withDate = at.getTime() - now > 6 * 24 * 3_600_000;
  const day = dueFormat(locale, withDate ? { month: 'short', day: 'numeric', timeZone } : { weekday: 'short', timeZone }).format(at);
  const time = dueFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone }).format(at);
  return `${day} ${time}`;
}

/** The most urgent of several clocks (a ticket runs a team and a contract clock at once). */
export function soonestRunning<T extends ClockTiming & { status?: SlaClockStatus }>(clocks: readonly T[]): T | null {
  let best: T | null = null;
  for (const clock of clocks) {
    if (!clock.dueAt || (clock.status && clock.status !== 'running' && clock.status !== 'breached')) continue;
    if (!best || Date.parse(clock.dueAt) < Date.parse(best.dueAt!)) best = clock;
  }
  return best;
}
