import { useNow } from '../shell/useNow';
import { refreshEveryMs, type ClockTiming } from './countdown';

/** The time now for a countdown: redrawn every second near its deadline, every 30 s otherwise. */
export function useCountdownNow(clock: ClockTiming | null): number {
  return useNow(clock ? refreshEveryMs(clock, Date.now()) : 30_000);
}
