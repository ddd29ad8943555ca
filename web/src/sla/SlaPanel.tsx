import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../api/types';
import { hasRole } from '../app/roles';
import { useSession } from '../app/session';
import { formatDateTime } from '../format/time';
import { soonestRunning } from './countdown';
import { RemediationButtons } from './RemediationButtons';
import { SlaBadge } from './SlaBadge';
import type { SlaClock, SlaClockKind, TicketSla } from './types';
import './sla.css';

const KINDS: readonly SlaClockKind[] = ['team', 'contract'];

/**
 * The ticket's SLA in the sidebar: each running clock with its own countdown, the team's
 * business-hours clock and the marketplace's contractual clock apart, pauses and breaches, and for
 * leads the remediation buttons. The ticket refetches on live changes; the countdowns tick locally.
 */
export function SlaPanel({ ticket }: { ticket: TicketDetail }) {
  const { t, i18n } = useTranslation('sla');
  const { session } = useSession();
  const sla = ticket.sla;
  if (!sla) return null;
  const clocks = sla.clocks ?? [];
  const soonest = soonestRunning(clocks);
  const canRemedy = hasRole(session.agent.role, 'lead') && ticket.mergedIntoId === null && !['solved', 'closed'].includes(ticket.status);

  return (
    <section className="side-card sla-card" aria-labelledby="sla-title" data-testid="sla-panel" data-sla-state={sla.state}>
      <h2 id="sla-title">
        {t('panel.title')}
        {soonest && <SlaBadge clock={{ dueAt: soonest.dueAt, warnAt: soonest.warnAt, state: sla.state === 'paused' ? 'paused' : soonest.status }} metric={soonest.metric} testId="sla-panel-badge" />}
      </h2>
      {clocks.length === 0 ? (
        <p className="muted small">{sla.policy ? t('panel.noClocks') : t('panel.noPolicy')}</p>
      ) : (
        KINDS.map((kind) => <ClockGroup key={kind} kind={kind} clocks={clocks.filter((c) => c.kind === kind)} />)
      )}
      {sla.pausedSince && !clocks.some((c) => c.status === 'paused') && (
        <p className="small muted" data-testid="sla-paused">
          {t('panel.pausedSince', { time: formatDateTime(sla.pausedSince, i18n.language, session.agent.timezone) })}
        </p>
      )}
      <Breaches sla={sla} />
      {canRemedy && <RemediationButtons ticket={ticket} />}
    </section>
  );
}

function ClockGroup({ kind, clocks }: { kind: SlaClockKind; clocks: SlaClock[] }) {
  const { t } = useTranslation('sla');
  if (clocks.length === 0) return null;
  const policies = [...new Map(clocks.map((c) => [c.policy.id, c.policy.name])).values()];
  return (
    <div className="sla-group" data-testid="sla-clock-group" data-kind={kind}>
      <h3>
        <span className={`chip sla-kind sla-kind-${kind}`}>{t(`kind.${kind}`)}</span>
        <span className="muted">{policies.join(', ')}</span>
      </h3>
      <ul className="sla-clocks">
        {clocks.map((clock) => (
          <ClockRow key={`${clock.policy.id}-${clock.metric}`} clock={clock} />
        ))}
      </ul>
    </div>
  );
}

function ClockRow({ clock }: { clock: SlaClock }) {
  const { t, i18n } = useTranslation('sla');
  const { session } = useSession();
  const when = (iso: string) => formatDateTime(iso, i18n.language, session.agent.timezone);
  const detail =
    clock.status === 'met' && clock.metAt
      ? t('panel.metAt', { time: when(clock.metAt) })
      : clock.status === 'paused' && clock.pausedSince
        ? t('panel.pausedSince', { time: when(clock.pausedSince) })
        : clock.status === 'breached' && clock.breachedAt
          ? t('panel.breachedAt', { time: when(clock.breachedAt) })
          : clock.dueAt
            ? t('panel.dueAt', { time: when(clock.dueAt) })
            : null;
  return (
    <li className="sla-clock" data-testid="sla-clock" data-kind={clock.kind} data-metric={clock.metric} data-status={clock.status}>
      <span>{t(`metric.${clock.metric}`)}</span>
      <SlaBadge clock={{ dueAt: clock.dueAt, warnAt: clock.warnAt, state: clock.status }} metric={clock.metric} testId="sla-clock-badge" />
      <span className="sla-clock-detail">
        {clock.businessTime ? t('time.business') : t('time.calendar')}
        {detail && ` · ${detail}`}
      </span>
    </li>
  );
}

function Breaches({ sla }: { sla: TicketSla }) {
  const { t, i18n } = useTranslation('sla');
  const { session } = useSession();
  if (!sla.breaches?.length) return null;
  return (
    <ul className="sla-breaches" aria-label={t('panel.breaches')} data-testid="sla-breaches">
      {sla.breaches.map((breach) => (
        <li key={`${breach.clock}-${breach.policy.id}-${breach.metric}-${breach.breachedAt}`}>
          {t('panel.breach', {
            metric: t(`metric.${breach.metric}`),
            policy: breach.policy.name,
            time: formatDateTime(breach.breachedAt, i18n.language, session.agent.timezone),
          })}
        </li>
      ))}
    </ul>
  );
}
