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

/**
 * An intent label. A ticket triage could not place (`needsTriage`) must stand out at a glance; one
 * nobody has decided yet reads as "no intent".
 */
export function IntentChip({ intent, confidence, needsTriage = false }: { intent: string | null; confidence?: number | null; needsTriage?: boolean }) {
  const { t } = useTranslation();
  if (!intent) {
    if (needsTriage) {
      return (
        <span className="chip intent-none intent-needs-triage" data-testid="needs-triage">
          <span aria-hidden="true">? </span>
          {t('intentNone')}
        </span>
      );
    }
    return <span className="chip intent-unset">{t('intentUnset')}</span>;
  }
  const label = t(`intents.${intent}` as 'intents.other', { defaultValue: intent });
  return (
    <span className="chip intent" title={confidence != null ? `${intent} · ${Math.round(confidence * 100)}%` : intent}>
      {label}
    </span>
  );
}
