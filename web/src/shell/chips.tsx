import { useTranslation } from 'react-i18next';

export function PriorityChip({ priority }: { priority: string }) {
  const { t } = useTranslation();
  return (
    <span className={`chip priority-${priority.toLowerCase()}`} title={t(`priority.${priority}` as 'priority.P1')}>
      {priority}
    </span>
  );
}

export function StatusChip({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`chip status-${status}`}>{t(`status.${status}` as 'status.open')}</span>;
}

/** An intent label; unknown means triage has not placed it yet, which agents must see at a glance. */
export function IntentChip({ intent, confidence }: { intent: string | null; confidence?: number | null }) {
  const { t } = useTranslation();
  if (!intent) return <span className="chip intent-none">{t('intentNone')}</span>;
  const label = t(`intents.${intent}` as 'intents.other', { defaultValue: intent });
  return (
    <span className="chip intent" title={confidence != null ? `${intent} · ${Math.round(confidence * 100)}%` : intent}>
      {label}
    </span>
  );
}
