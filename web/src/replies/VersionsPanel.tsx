import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nameOf, useAgents } from '../api/lookups';
import { useSession } from '../app/session';
import { formatDateTime } from '../format/time';
import { SkeletonRows } from '../shell/SkeletonRows';
import { ErrorState } from '../shell/states';
import { useVersions } from './api';
import { directionOf } from './languages';
import type { TemplateVariant, TemplateVersion } from './types';
import './replies.css';

/** A variant's history: every saved version, one opened to read, and "Restore" (saves its text as a new version). */
export function VersionsPanel({ variant, canEdit, restoring, onRestore }: { variant: TemplateVariant; canEdit: boolean; restoring: boolean; onRestore: (version: TemplateVersion) => void }) {
  const { t, i18n } = useTranslation(['replies', 'common']);
  const { session } = useSession();
  const versions = useVersions(variant.id);
  const agents = useAgents();
  const [viewing, setViewing] = useState<number | null>(null);
  const headingId = useId();
  const shown = versions.data?.find((v) => v.version === viewing) ?? null;

  return (
    <section className="adm-card rep-versions" aria-labelledby={headingId} data-testid="versions">
      <h3 id={headingId}>{t('versions.title')}</h3>
      {versions.isError ? (
        <ErrorState error={versions.error} onRetry={() => void versions.refetch()} />
      ) : (
        <table className="adm-table">
          <caption className="visually-hidden">{t('versions.title')}</caption>
          <thead>
            <tr>
              <th scope="col" className="rep-col-version">{t('versions.version')}</th>
              <th scope="col">{t('versions.editedBy')}</th>
              <th scope="col" className="adm-col-date">{t('versions.date')}</th>
              <th scope="col" className="rep-col-version-actions">
                <span className="visually-hidden">{t('templates.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.isPending ? (
              <SkeletonRows rows={2} columns={4} />
            ) : (
              versions.data.map((v) => (
                <tr key={v.version} data-testid="version-row" data-version={v.version}>
                  <td className="adm-num">
                    {v.version}
                    {v.version === variant.version && <span className="badge">{t('versions.current')}</span>}
                  </td>
                  <td className="adm-ellipsis">{nameOf(agents.data, v.editedBy) ?? v.editedBy ?? t('versions.starter')}</td>
                  <td className="small">{formatDateTime(v.createdAt, i18n.language, session.agent.timezone)}</td>
                  <td className="rep-col-version-actions">
                    <button type="button" className="button small" aria-pressed={viewing === v.version} onClick={() => setViewing(viewing === v.version ? null : v.version)}>
                      {t('versions.view', { version: v.version })}
                    </button>{' '}
                    {canEdit && v.version !== variant.version && (
                      <button type="button" className="button small" disabled={restoring} onClick={() => onRestore(v)}>
                        {t('versions.restore', { version: v.version })}
                      </button>
                    )}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      )}
      {shown && (
        <div className="rep-old" data-testid="version-view" lang={variant.language} dir={directionOf(variant.language)}>
          <p className="muted small">{t('versions.showing', { version: shown.version })}</p>
          <p>
            <strong>{shown.subject}</strong>
          </p>
          <pre className="rep-code rep-old-body">{shown.body}</pre>
        </div>
      )}
    </section>
  );
}
