import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../triage/format';
import { SkeletonRows } from '../shell/SkeletonRows';
import { ErrorState } from '../shell/states';
import { useExperiment } from './api';
import type { Experiment } from './types';
import './replies.css';

/** A/B results of one language and brand: each variant's outcomes and the significance test's verdict. */
export function ExperimentPanel({ templateId, language, brandId }: { templateId: string; language: string; brandId: string | null }) {
  const { t, i18n } = useTranslation(['replies', 'common']);
  const experiment = useExperiment(templateId, language, brandId, true);
  const headingId = useId();
  const locale = i18n.language;
  const percent = (value: number | null) => (value === null ? '—' : formatPercent(value, locale, 1));
  const number = (value: number | null, digits = 0) => (value === null ? '—' : value.toLocaleString(locale, { maximumFractionDigits: digits }));

  return (
    <section className="adm-card" aria-labelledby={headingId} data-testid="experiment">
      <h3 id={headingId}>{t('experiment.title')}</h3>
      <p className="muted small adm-readonly">{t('experiment.explain')}</p>
      {experiment.isError ? (
        <ErrorState error={experiment.error} onRetry={() => void experiment.refetch()} />
      ) : (
        <>
          <div className="adm-table-wrap">
            <table className="adm-table" aria-busy={experiment.isPending}>
              <caption className="visually-hidden">{t('experiment.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('experiment.variant')}</th>
                  <th scope="col">{t('experiment.share')}</th>
                  <th scope="col">{t('experiment.uses')}</th>
                  <th scope="col">{t('experiment.reopenRate')}</th>
                  <th scope="col">{t('experiment.buyerReplyRate')}</th>
                  <th scope="col">{t('experiment.solvedRate')}</th>
                  <th scope="col">{t('experiment.minutesToSolve')}</th>
                  <th scope="col">{t('experiment.csat')}</th>
                </tr>
              </thead>
              <tbody>
                {experiment.isPending ? (
                  <SkeletonRows rows={2} columns={8} />
                ) : (
                  experiment.data.variants.map((arm) => (
                    <tr key={arm.variant} data-testid="experiment-row" data-variant={arm.variant}>
                      <th scope="row">{t('templates.variant', { letter: arm.variant })}</th>
                      <td className="adm-num">{arm.trafficShare}%</td>
                      <td className="adm-num">{number(arm.uses)}</td>
                      <td className="adm-num">{percent(arm.reopenRate)}</td>
                      <td className="adm-num">{percent(arm.buyerReplyRate)}</td>
                      <td className="adm-num">{percent(arm.solvedRate)}</td>
                      <td className="adm-num">{number(arm.medianMinutesToSolve)}</td>
                      <td className="adm-num">{number(arm.csat, 2)}</td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>
          {experiment.data &&
            (experiment.data.comparisons.length ? experiment.data.comparisons : [experiment.data.comparison]).map((comparison) => (
              <Verdict key={comparison.metric} comparison={comparison} />
            ))}
        </>
      )}
    </section>
  );
}

function Verdict({ comparison }: { comparison: Experiment['comparison'] }) {
  const { t, i18n } = useTranslation('replies');
  const p = comparison.pValue === null ? '—' : comparison.pValue.toLocaleString(i18n.language, { maximumSignificantDigits: 2 });
  const metric = t(`experiment.metrics.${comparison.metric}`);
  const text =
    comparison.verdict === 'winner' && comparison.winner
      ? t('experiment.winner', { letter: comparison.winner, metric, p })
      : comparison.verdict === 'no_difference'
        ? t('experiment.noDifference', { metric, p })
        : t('experiment.notEnoughData', { metric });
  return (
    <p className={`rep-verdict rep-verdict-${comparison.verdict}`} data-testid="experiment-verdict" data-verdict={comparison.verdict} data-metric={comparison.metric}>
      {text}
    </p>
  );
}
