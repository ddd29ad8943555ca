import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRole } from '../app/roles';
import { useSession } from '../app/session';
import { formatDateTime } from '../format/time';
import { SkeletonRows } from '../shell/SkeletonRows';
import { EmptyState, ErrorState, InlineError } from '../shell/states';
import { useRefreshModel, useRetrain, useRetrainRuns, useTriageModel, type RetrainRun } from './api';
import { usePercent } from './format';
import './triage.css';

const RUN_COLUMNS = 7;
/** How long the runs table keeps asking for the run a "Retrain now" started. */
const WAIT_FOR_RUN_MS = 5 * 60_000;
const TRIGGERS = ['cli', 'schedule', 'api'] as const;

/**
 * Admin → Triage model: the model in use and how it scored on the dev set; for supervisors and
 * admins, the retraining runs (each with both models' scores and the decision) and "Retrain now".
 */
export function TriageModelSection() {
  const { t } = useTranslation(['triage', 'common']);
  const { session } = useSession();
  const canRetrain = hasRole(session.agent.role, 'supervisor');
  return (
    <div className="adm-section-body">
      <ModelCard />
      {canRetrain ? (
        <RunsCard />
      ) : (
        <section className="adm-card" aria-label={t('model.runsTitle')}>
          <p className="muted small adm-readonly">{t('model.supervisorOnly')}</p>
        </section>
      )}
    </div>
  );
}

function ModelCard() {
  const { t, i18n } = useTranslation(['triage', 'common']);
  const { session } = useSession();
  const model = useTriageModel();
  const percent = usePercent(1);
  const whole = usePercent(0);
  const headingId = useId();
  const count = (n: number) => n.toLocaleString(i18n.language);
  const m = model.data;
  const facts: [string, string, string?][] = m
    ? [
        [t('model.createdAt'), formatDateTime(m.createdAt, i18n.language, session.agent.timezone)],
        [t('model.trainExamples'), count(m.trainExamples)],
        [t('model.devExamples'), count(m.devExamples)],
        [t('model.corrections'), count(m.corrections)],
        [t('model.accuracy'), percent(m.dev.accuracy)],
        [t('model.macroF1'), percent(m.dev.macroF1)],
        [t('model.coverage', { precision: percent(m.dev.precision) }), percent(m.dev.coverage), t('model.coverageHint')],
        [t('model.languageAccuracy'), percent(m.dev.languageAccuracy)],
        [t('model.abstainBelow'), t('model.abstainValue', { confidence: whole(m.abstainBelow) })],
      ]
    : [];
  return (
    <section className="adm-card" aria-labelledby={headingId} data-testid="triage-model">
      <div className="adm-card-head">
        <h2 id={headingId}>{t('model.factsTitle')}</h2>
      </div>
      <p className="muted small adm-readonly">{t('model.explain')}</p>
      {model.isError ? (
        <ErrorState error={model.error} onRetry={() => void model.refetch()} />
      ) : model.isPending ? (
        <span className="skeleton" aria-hidden="true" />
      ) : (
        <dl className="tri-facts">
          {facts.map(([label, value, hint]) => (
            <div key={label} title={hint}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

function RunsCard() {
  const { t, i18n } = useTranslation(['triage', 'common']);
  const { session } = useSession();
  const headingId = useId();
  // The newest run when "Retrain now" was answered: the table polls until a newer one appears.
  const [waiting, setWaiting] = useState<{ after: number; since: number } | null>(null);
  const runs = useRetrainRuns(true, waiting !== null);
  const retrain = useRetrain();
  const refreshModel = useRefreshModel();
  const newest = runs.data?.items[0]?.id ?? 0;

  useEffect(() => {
    if (!waiting) return;
    if (newest > waiting.after) {
      setWaiting(null);
      refreshModel();
      return;
    }
    const timer = setTimeout(() => setWaiting(null), Math.max(0, waiting.since + WAIT_FOR_RUN_MS - Date.now()));
    return () => clearTimeout(timer);
  }, [newest, waiting, refreshModel]);

  const [notice, setNotice] = useState<string | null>(null);
  const start = () =>
    retrain.mutate(undefined, {
      onSuccess: ({ queued }) => {
        setNotice(queued ? t('model.queued') : t('model.alreadyQueued'));
        setWaiting({ after: newest, since: Date.now() });
      },
    });

  const percent = usePercent(1);
  const scores = (s: Record<string, number>) =>
    s.accuracy === undefined ? '—' : t('model.scores', { accuracy: percent(s.accuracy), f1: s.macroF1 === undefined ? '—' : percent(s.macroF1) });
  const trigger = (value: string) => ((TRIGGERS as readonly string[]).includes(value) ? t(`model.triggers.${value as (typeof TRIGGERS)[number]}`) : value);
  const items = runs.data?.items ?? [];

  return (
    <section className="adm-card" aria-labelledby={headingId}>
      <div className="adm-card-head">
        <h2 id={headingId}>{t('model.runsTitle')}</h2>
        <button type="button" className="button button-primary" onClick={start} disabled={retrain.isPending || waiting !== null} aria-busy={retrain.isPending || waiting !== null} data-testid="retrain">
          {retrain.isPending || waiting ? t('model.retraining') : t('model.retrain')}
        </button>
      </div>
      {runs.data && (
        <dl className="tri-facts tri-status">
          <div>
            <dt>{t('model.pendingCorrections')}</dt>
            <dd data-testid="pending-corrections">{runs.data.pendingCorrections.toLocaleString(i18n.language)}</dd>
          </div>
        </dl>
      )}
      <p role="status" className="muted small adm-readonly">
        {notice}
      </p>
      <InlineError error={retrain.error} />
      {runs.isError && !runs.data ? (
        <ErrorState error={runs.error} onRetry={() => void runs.refetch()} />
      ) : (
        <div className="adm-table-wrap">
          <table className="adm-table" data-testid="triage-runs" aria-busy={runs.isPending}>
            <caption className="visually-hidden">{t('model.runsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col" className="tri-col-date">{t('model.columns.date')}</th>
                <th scope="col" className="tri-col-trigger">{t('model.columns.trigger')}</th>
                <th scope="col" className="tri-col-decision">{t('model.columns.decision')}</th>
                <th scope="col" className="tri-col-score">{t('model.columns.candidate')}</th>
                <th scope="col" className="tri-col-score">{t('model.columns.current')}</th>
                <th scope="col" className="tri-col-count">{t('model.columns.corrections')}</th>
                <th scope="col">{t('model.columns.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {runs.isPending ? (
                <SkeletonRows rows={3} columns={RUN_COLUMNS} />
              ) : (
                items.map((run: RetrainRun) => (
                  <tr key={run.id} data-testid="triage-run" data-decision={run.decision}>
                    <td className="small">
                      <time dateTime={run.createdAt}>{formatDateTime(run.createdAt, i18n.language, session.agent.timezone)}</time>
                    </td>
                    <td>{trigger(run.trigger)}</td>
                    <td>
                      <span className={`chip ${run.decision === 'activated' ? 'tri-activated' : 'tri-kept'}`}>{t(`model.decisions.${run.decision}`)}</span>
                    </td>
                    <td className="adm-wrap small">{scores(run.candidate)}</td>
                    <td className="adm-wrap small">{scores(run.current)}</td>
                    <td className="adm-num">{run.corrections.toLocaleString(i18n.language)}</td>
                    <td className="adm-wrap small" title={run.reason}>
                      {run.reason}
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
          {!runs.isPending && items.length === 0 && <EmptyState title={t('model.noRuns')} hint={t('model.noRunsHint')} />}
        </div>
      )}
    </section>
  );
}
