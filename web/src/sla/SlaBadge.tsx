import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session';
import { countdownLabel, formatCountdownDuration, formatDueInstant, toneAt, type ClockTiming } from './countdown';
import type { SlaMetric } from './types';
import { useCountdownNow } from './useCountdown';
import './sla.css';

/** The words of a countdown in the agent's language: "12m left", "overdue 5m", "due Mon 09:30", "paused". */
export function useCountdownText() {
  const { t, i18n } = useTranslation('sla');
  const { session } = useSession();
  return (clock: ClockTiming, now: number): string => {
    const label = countdownLabel(clock, now);
    switch (label.kind) {
      case 'left':
        return t('badge.left', { duration: formatCountdownDuration(label.ms, 'up', i18n.language) });
      case 'overdue':
        return t('badge.overdue', { duration: formatCountdownDuration(label.ms, 'down', i18n.language) });
      case 'dueAt':
        return t('badge.dueAt', { time: formatDueInstant(label.at, now, i18n.language, session.agent.timezone) });
      default:
        return t(`badge.${label.kind}`);
    }
  };
}

/**
 * A compact SLA chip: neutral while on time, amber past the warning point, red once overdue. (Red
 * is for agents only: buyer-facing text never calls anything overdue.)
 */
export function SlaBadge({ clock, metric, testId = 'sla-badge' }: { clock: ClockTiming; metric?: SlaMetric | null; testId?: string }) {
  const { t } = useTranslation('sla');
  const now = useCountdownNow(clock);
  const text = useCountdownText()(clock, now);
  const tone = toneAt(clock, now);
  const title = [metric ? t(`metric.${metric}`) : null, t(`state.${tone}`)].filter(Boolean).join(' · ');
  return (
    <span className={`chip sla-chip sla-${tone}`} data-testid={testId} data-sla-state={tone} title={title}>
      {text}
    </span>
  );
}
