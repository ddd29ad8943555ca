import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { AdminListCard } from '../admin/AdminListCard';
import { useSession } from '../app/session';
import { formatDateTime } from '../format/time';
import { EmptyState } from '../shell/states';
import { useRuns } from './api';
import { ACTION_TYPES, TRIGGERS, type Rule, type RunOutcome } from './types';

const isActionType = (type: string): type is (typeof ACTION_TYPES)[number] => (ACTION_TYPES as readonly string[]).includes(type);
const isTrigger = (trigger: string): trigger is (typeof TRIGGERS)[number] => (TRIGGERS as readonly string[]).includes(trigger);

/** The run log of one rule, newest first: when, on which ticket, what each action did. */
export function RunsCard({ rule, onClose }: { rule: Rule; onClose: () => void }) {
  const { t, i18n } = useTranslation('automation');
  const { session } = useSession();
  const runs = useRuns(rule.id);

  const outcome = (o: RunOutcome, i: number) => (
    <span key={i} className={`auto-outcome auto-outcome-${o.status}`} title={o.detail}>
      {isActionType(o.type) ? t(`actionTypes.${o.type}`) : o.type}: {t(`runs.status.${o.status}`)}
    </span>
  );

  return (
    <div data-testid="automation-runs">
      <AdminListCard
        id="automation-runs-title"
        title={t('runs.title', { name: rule.name })}
        add={{ label: t('runs.close'), onClick: onClose }}
        list={runs}
        skeleton={{ rows: 2, columns: 6 }}
        head={
          <>
            <th scope="col" className="adm-col-date">{t('runs.time')}</th>
            <th scope="col" className="adm-col-count">{t('runs.ticket')}</th>
            <th scope="col">{t('runs.event')}</th>
            <th scope="col" className="adm-col-count">{t('runs.depth')}</th>
            <th scope="col">{t('runs.actions')}</th>
            <th scope="col">{t('runs.problem')}</th>
          </>
        }
        rows={(items) =>
          items.map((run) => (
            <tr key={run.id} data-testid="automation-run-row">
              <td>{formatDateTime(run.createdAt, i18n.language, session.agent.timezone)}</td>
              <td className="adm-num">{run.ticketId !== null ? <Link href={`/tickets/${run.ticketId}`}>#{run.ticketId}</Link> : '—'}</td>
              <td>{isTrigger(run.trigger) ? t(`triggers.${run.trigger}`) : run.trigger}</td>
              <td className="adm-num">{run.depth}</td>
              <td className="adm-wrap">{run.actions.map(outcome)}</td>
              <td className="adm-wrap muted">{run.error ?? '—'}</td>
            </tr>
          ))
        }
        empty={<EmptyState title={t('runs.empty')} />}
      />
    </div>
  );
}
