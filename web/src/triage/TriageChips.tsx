import { useTranslation } from 'react-i18next';
import { languageName } from '../format/time';
import { isRiskSignal, SENTIMENT_GLYPH, sentimentBucket } from './labels';
import './triage.css';

/** The buyer's language as a chip: the name in the agent's language, the code beside it. */
export function LanguageChip({ language }: { language: string | null }) {
  const { t, i18n } = useTranslation('triage');
  if (!language) return null;
  const name = languageName(language, i18n.language);
  return (
    <span className="chip tri-lang" data-testid="language-chip">
      <span className="visually-hidden">{t('language', { name })}</span>
      <span aria-hidden="true">
        {name} <span className="tri-code">{language.toUpperCase()}</span>
      </span>
    </span>
  );
}

/**
 * Negative, neutral or positive: a glyph, a colour and (in full, or for screen readers and on
 * hover when compact) the word, so it never rests on colour alone.
 */
export function SentimentChip({ sentiment, compact = false }: { sentiment: number | null; compact?: boolean }) {
  const { t } = useTranslation('triage');
  if (sentiment === null) return null;
  const bucket = sentimentBucket(sentiment);
  const label = t('sentiment.label', { value: t(`sentiment.${bucket}`) });
  if (compact) {
    return (
      <span className={`tri-sentiment tri-sentiment-${bucket}`} role="img" aria-label={label} title={label} data-testid="sentiment" data-sentiment={bucket}>
        {SENTIMENT_GLYPH[bucket]}
      </span>
    );
  }
  return (
    <span className={`chip tri-sentiment-chip tri-sentiment-${bucket}`} title={label} data-testid="sentiment" data-sentiment={bucket}>
      <span aria-hidden="true">{SENTIMENT_GLYPH[bucket]} </span>
      <span className="visually-hidden">{label}</span>
      <span aria-hidden="true">{t(`sentiment.${bucket}`)}</span>
    </span>
  );
}

/** A risk code's label; codes this app does not know yet show as they are. */
export function useRiskLabel() {
  const { t } = useTranslation('triage');
  return (code: string) => (isRiskSignal(code) ? t(`risk.${code}`) : code);
}

/** Risk signals as chips; `compact` (inbox rows) is one chip, the first and how many more, all of them on hover. */
export function RiskChips({ risk, compact = false }: { risk: string[]; compact?: boolean }) {
  const { t } = useTranslation('triage');
  const label = useRiskLabel();
  if (risk.length === 0) return null;
  const labels = risk.map(label);
  if (compact) {
    const all = `${t('risk.list')}: ${labels.join(t('summary.listSeparator'))}`;
    return (
      <span className="chip tri-risk tri-risk-compact" title={all} data-testid="risk-chips">
        <span className="visually-hidden">{all}</span>
        <span aria-hidden="true">
          ⚠ {labels[0]}
          {labels.length > 1 && ` ${t('risk.more', { count: labels.length - 1 })}`}
        </span>
      </span>
    );
  }
  return (
    <ul className="tri-risks" aria-label={t('risk.list')} data-testid="risk-chips">
      {risk.map((code, i) => (
        <li key={code} className="chip tri-risk" data-risk={code}>
          <span aria-hidden="true">⚠ </span>
          {labels[i]}
        </li>
      ))}
    </ul>
  );
}
