const STEP_MS = 15 * 60_000;
const MAX_STEPS = 4 * 48;
const formatters = new Map<string, Intl.DateTimeFormat>();

function localClock(instant: Date, timeZone: string): { hour: number; minute: number } {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  const parts = f.formatToParts(instant);
  return { hour: Number(parts.find((p) => p.type === 'hour')!.value), minute: Number(parts.find((p) => p.type === 'minute')!.value) };
}

/**
 * A time to promise a buyer, never earlier than `earliest`: the next full hour on the buyer's
 * own clock, moved to 09:00 when it would fall at night (20:00–09:00) there. "By 4:18 AM your
 * time" is accurate and reads like a machine; "by 9:00" is a promise a person makes.
 */
export function humaneDeadline(earliest: Date, timeZone: string): Date {
  let t = Math.ceil(earliest.getTime() / STEP_MS) * STEP_MS;
  for (let i = 0; i < MAX_STEPS; i++, t += STEP_MS) {
    const { hour, minute } = localClock(new Date(t), timeZone);
    if (minute === 0 && hour >= 9 && hour < 20) return new Date(t);
  }
  return earliest;
}
