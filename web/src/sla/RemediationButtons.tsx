import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { useBrands } from '../api/lookups';
import type { TicketDetail } from '../api/types';
import { sortFindings } from '../replies/guard';
import { useFindingMessage } from '../replies/ReplyChecks';
import type { Finding } from '../replies/types';
import { useSession } from '../app/session';
import { formatDateTime } from '../format/time';
import { InlineError } from '../shell/states';
import { remediationPreview, useSendRemediation, useSlaSettings } from './api';
import { couponHint } from './remediation';
import { REMEDIATION_KINDS, type RemediationKind } from './types';

/**
 * A lead's remedies for a late ticket: an interim update with a concrete time, an escalation
 * notice, an apology (with a coupon where the shop may offer one). Each sends in one click; its
 * preview is a click away. A send the reply guard blocks shows why, and the lead may override.
 */
export function RemediationButtons({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation('sla');
  const brands = useBrands();
  const settings = useSlaSettings();
  const send = useSendRemediation(ticket.id);
  const [previewing, setPreviewing] = useState<RemediationKind | null>(null);
  const [override, setOverride] = useState(false);
  const [sent, setSent] = useState<RemediationKind | null>(null);
  const blocked = blockedFindings(send.error);
  const brand = brands.data?.find((b) => b.id === ticket.brandId);
  const hint = couponHint(ticket, brand?.kind, settings.data?.remediation.couponPercent);
  const overrideId = useId();

  const sendKind = (kind: RemediationKind, withOverride = false) => {
    setSent(null);
    send.mutate({ kind, override: withOverride }, { onSuccess: () => { setSent(kind); setOverride(false); setPreviewing(null); } });
  };

  return (
    <div className="sla-remedy" data-testid="sla-remediation">
      <h3 className="small">{t('remedy.title')}</h3>
      <div className="sla-remedy-buttons">
        {REMEDIATION_KINDS.map((kind) => (
          <div key={kind} className="sla-row">
            <button
              type="button"
              className="button"
              disabled={send.isPending}
              aria-busy={send.isPending && send.variables?.kind === kind}
              onClick={() => sendKind(kind)}
              data-remedy={kind}
            >
              {t(`remedy.send.${kind}`)}
              {kind === 'apology' && (
                <span className="sla-remedy-hint" data-testid="coupon-hint">
                  {' '}
                  ({hint.kind === 'coupon' ? t('remedy.withCoupon', { percent: hint.percent }) : hint.kind === 'marketplace' ? t('remedy.noCoupon') : t('remedy.withoutCoupon')})
                </span>
              )}
            </button>
            <button
              type="button"
              className="button button-ghost small"
              aria-expanded={previewing === kind}
              onClick={() => setPreviewing(previewing === kind ? null : kind)}
              data-preview={kind}
            >
              {t('remedy.preview')}
              <span className="visually-hidden"> {t(`remedy.send.${kind}`)}</span>
            </button>
          </div>
        ))}
      </div>
      {previewing && <Preview ticketId={ticket.id} kind={previewing} onSend={() => sendKind(previewing, override)} pending={send.isPending} />}
      {sent && (
        <p className="sla-sent" role="status" data-testid="sla-remedy-sent">
          {t(`remedy.sent.${sent}`)}
        </p>
      )}
      {blocked ? (
        <div className="sla-preview" data-testid="sla-remedy-blocked">
          <p className="small">{t('remedy.blocked')}</p>
          <FindingList findings={blocked} />
          <label className="checkbox small" htmlFor={overrideId}>
            <input id={overrideId} type="checkbox" checked={override} onChange={(e) => setOverride(e.target.checked)} />
            {t('remedy.override')}
          </label>
          <button type="button" className="button button-danger" disabled={!override || send.isPending} onClick={() => send.variables && sendKind(send.variables.kind, true)}>
            {t('remedy.sendAnyway')}
          </button>
        </div>
      ) : (
        <InlineError error={send.error} />
      )}
    </div>
  );
}

function Preview({ ticketId, kind, onSend, pending }: { ticketId: number; kind: RemediationKind; onSend: () => void; pending: boolean }) {
  const { t, i18n } = useTranslation('sla');
  const { session } = useSession();
  const preview = useQuery({ queryKey: ['sla-remediation', ticketId, kind], queryFn: () => remediationPreview(ticketId, kind), staleTime: 10_000 });
  return (
    <div className="sla-preview" data-testid="sla-remedy-preview" data-kind={kind}>
      {preview.isPending && <span className="skeleton" />}
      <InlineError error={preview.error} />
      {preview.data && (
        <>
          {preview.data.subject && <strong className="small">{preview.data.subject}</strong>}
          <p className="sla-preview-text">{preview.data.text}</p>
          {preview.data.replyBy && (
            <span className="small muted">
              {t('remedy.replyBy', { time: formatDateTime(preview.data.replyBy, i18n.language, session.agent.timezone) })}
              {preview.data.buyerTimeZone &&
                ` · ${t('remedy.buyerTime', { time: formatDateTime(preview.data.replyBy, i18n.language, preview.data.buyerTimeZone), zone: preview.data.buyerTimeZone })}`}
            </span>
          )}
          <FindingList findings={preview.data.findings} />
          <button type="button" className="button button-primary" onClick={onSend} disabled={pending}>
            {t(`remedy.send.${kind}`)}
          </button>
        </>
      )}
    </div>
  );
}

function FindingList({ findings }: { findings: Finding[] }) {
  const { t } = useTranslation('replies');
  const message = useFindingMessage();
  if (findings.length === 0) return null;
  return (
    <ul className="rep-findings" aria-label={t('guard.findings')}>
      {sortFindings(findings).map((finding, i) => (
        <li key={`${finding.rule}-${i}`} className={`rep-finding rep-finding-${finding.severity}`} data-testid="guard-finding" data-severity={finding.severity}>
          <span className={`chip rep-sev rep-sev-${finding.severity}`}>{t(`guard.severity.${finding.severity}`)}</span> <span>{message(finding)}</span>
        </li>
      ))}
    </ul>
  );
}

/** The findings of a send the guard refused (422 with details.findings); null for any other outcome. */
function blockedFindings(error: unknown): Finding[] | null {
  if (!(error instanceof ApiError) || error.status !== 422) return null;
  const details = error.details as { findings?: unknown } | undefined;
  return Array.isArray(details?.findings) ? (details.findings as Finding[]) : null;
}
