import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { del, patch, post } from '../api/client';
import { AdminListCard } from '../admin/AdminListCard';
import { hasRole } from '../app/roles';
import { useSession } from '../app/session';
import { formatDateTime } from '../format/time';
import { FormDialog } from '../shell/FormDialog';
import { EmptyState, InlineError } from '../shell/states';
import { RULES_KEY, useRules } from './api';
import { RuleDialog, type Editing } from './RuleDialog';
import { RunsCard } from './RunsCard';
import type { Rule } from './types';
import './automation.css';

/** Admin › Automation: the rules in the order they run, their switches, editor and run log. */
export function AutomationSection() {
  const { t, i18n } = useTranslation(['automation', 'admin']);
  const { session } = useSession();
  const queryClient = useQueryClient();
  const rules = useRules();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Rule | null>(null);
  const [runsOf, setRunsOf] = useState<Rule | null>(null);
  const canEdit = hasRole(session.agent.role, 'admin');
  const actionsClass = canEdit ? 'auto-col-actions' : 'auto-col-actions-read';
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['automation'] });

  const toggle = useMutation({ mutationFn: (rule: Rule) => patch<Rule>(`/api/automation/rules/${rule.id}`, { enabled: !rule.enabled }), onSettled: refresh });
  const move = useMutation({
    mutationFn: ({ rule, by }: { rule: Rule; by: -1 | 1 }) => {
      const ids = (rules.data ?? []).map((r) => r.id);
      const from = ids.indexOf(rule.id);
      const to = from + by;
      if (from < 0 || to < 0 || to >= ids.length) return Promise.resolve(null);
      [ids[from], ids[to]] = [ids[to]!, ids[from]!];
      return post<{ items: Rule[] }>('/api/automation/rules/reorder', { ids });
    },
    onSuccess: (result) => {
      if (result) queryClient.setQueryData(RULES_KEY, result.items);
    },
  });

  const lastRun = (rule: Rule) => {
    if (!rule.lastRun) return <span className="muted">{t('never')}</span>;
    const when = formatDateTime(rule.lastRun.createdAt, i18n.language, session.agent.timezone);
    return rule.lastRun.error ? (
      <span title={rule.lastRun.error}>
        {when} · <span className="auto-outcome-error">{t('lastRunError')}</span>
      </span>
    ) : (
      when
    );
  };

  return (
    <div className="adm-section-body">
      <AdminListCard
        id="automation-title"
        title={t('title')}
        add={canEdit ? { label: t('add'), onClick: () => setEditing({ mode: 'create' }) } : undefined}
        note={
          <>
            <p className="muted small adm-hint">{t('intro')}</p>
            {!canEdit && <p className="muted small adm-readonly">{t('readOnly')}</p>}
            <InlineError error={toggle.error ?? move.error} />
          </>
        }
        list={rules}
        skeleton={{ rows: 3, columns: 6 }}
        head={
          <>
            <th scope="col" className="adm-col-count">{t('columns.order')}</th>
            <th scope="col" className="adm-col-name">{t('columns.name')}</th>
            <th scope="col">{t('columns.trigger')}</th>
            <th scope="col" className="adm-col-state">{t('columns.enabled')}</th>
            <th scope="col" className="adm-col-date">{t('columns.lastRun')}</th>
          </>
        }
        actions={{ className: actionsClass, label: t('admin:actions') }}
        rows={(items) =>
          items.map((rule, index) => (
            <tr key={rule.id} data-testid="automation-rule-row" className={rule.enabled ? undefined : 'adm-inactive'}>
              <td className="adm-num auto-order">{index + 1}</td>
              <td>{rule.name}</td>
              <td>{t(`triggers.${rule.trigger}`)}</td>
              <td>
                <input
                  type="checkbox"
                  checked={rule.enabled}
                  disabled={!canEdit || toggle.isPending}
                  aria-label={t('toggle', { name: rule.name })}
                  onChange={() => toggle.mutate(rule)}
                />
              </td>
              <td>{lastRun(rule)}</td>
              <td className={actionsClass}>
                <button type="button" className="button" aria-expanded={runsOf?.id === rule.id} onClick={() => setRunsOf(runsOf?.id === rule.id ? null : rule)}>
                  {t('showRuns')} ({rule.runCount})<span className="visually-hidden"> {rule.name}</span>
                </button>
                {canEdit && (
                  <>
                    {' '}
                    <button type="button" className="button" disabled={index === 0 || move.isPending} onClick={() => move.mutate({ rule, by: -1 })} aria-label={`${t('moveUp')}: ${rule.name}`}>
                      ↑
                    </button>{' '}
                    <button type="button" className="button" disabled={index === items.length - 1 || move.isPending} onClick={() => move.mutate({ rule, by: 1 })} aria-label={`${t('moveDown')}: ${rule.name}`}>
                      ↓
                    </button>{' '}
                    <button type="button" className="button" onClick={() => setEditing({ mode: 'edit', rule })}>
                      {t('admin:edit')}
                      <span className="visually-hidden"> {rule.name}</span>
                    </button>{' '}
                    <button type="button" className="button button-danger" onClick={() => setDeleting(rule)}>
                      {t('admin:delete')}
                      <span className="visually-hidden"> {rule.name}</span>
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))
        }
        empty={<EmptyState title={t('empty')} hint={canEdit ? t('emptyHint') : undefined} />}
      />
      {runsOf && <RunsCard rule={runsOf} onClose={() => setRunsOf(null)} />}
      <RuleDialog editing={editing} onClose={() => setEditing(null)} />
      <DeleteRuleDialog
        rule={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={(id) => {
          if (runsOf?.id === id) setRunsOf(null);
        }}
      />
    </div>
  );
}

function DeleteRuleDialog({ rule, onClose, onDeleted }: { rule: Rule | null; onClose: () => void; onDeleted: (id: string) => void }) {
  const { t } = useTranslation('automation');
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (id: string) => del<{ deleted: true }>(`/api/automation/rules/${id}`),
    onSuccess: (_result, id) => {
      void queryClient.invalidateQueries({ queryKey: ['automation'] });
      onDeleted(id);
      onClose();
    },
  });
  return (
    <FormDialog
      open={rule !== null}
      danger
      title={t('dialog.deleteTitle', { name: rule?.name ?? '' })}
      description={t('dialog.deleteExplain')}
      submitLabel={t('dialog.deleteConfirm')}
      pending={remove.isPending}
      error={remove.error}
      onSubmit={() => rule && remove.mutate(rule.id)}
      onClose={onClose}
    />
  );
}
