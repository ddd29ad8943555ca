import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useTeams } from '../api/lookups';
import { hasRole } from '../app/roles';
import { useSession } from '../app/session';
import { AdminListCard } from '../admin/AdminListCard';
import { FormDialog } from '../shell/FormDialog';
import { EmptyState } from '../shell/states';
import { useDeleteQueue, useQueues, useSaveQueue } from './api';
import { RulesCard } from './RulesCard';
import { STRATEGIES, type Queue } from './types';
import './routing.css';

type Editing<T> = { mode: 'create' } | { mode: 'edit'; item: T } | null;

/** Routing queues and the rules that fill them; admins edit, everyone else reads. */
export function RoutingSection() {
  const { t } = useTranslation(['routing', 'admin', 'common']);
  const { session } = useSession();
  const queues = useQueues();
  const teams = useTeams();
  const [editing, setEditing] = useState<Editing<Queue>>(null);
  const [deleting, setDeleting] = useState<Queue | null>(null);
  const canEdit = hasRole(session.agent.role, 'admin');
  const teamName = (id: string | null) => (id ? (teams.data?.find((team) => team.id === id)?.name ?? '—') : t('queues.anyTeam'));

  return (
    <div className="adm-section-body">
      <AdminListCard
        id="routing-queues-title"
        title={t('queues.title')}
        add={canEdit ? { label: t('queues.add'), onClick: () => setEditing({ mode: 'create' }) } : undefined}
        note={<p className="muted small adm-readonly">{canEdit ? t('queues.note') : t('admin:readOnly.admin')}</p>}
        list={queues}
        skeleton={{ rows: 2, columns: canEdit ? 6 : 5 }}
        head={
          <>
            <th scope="col" className="adm-col-name">{t('queues.columns.name')}</th>
            <th scope="col">{t('queues.columns.team')}</th>
            <th scope="col">{t('queues.columns.strategy')}</th>
            <th scope="col">{t('queues.columns.flags')}</th>
            <th scope="col" className="adm-col-count">{t('queues.columns.waiting')}</th>
          </>
        }
        actions={canEdit ? { className: 'adm-col-actions-2', label: t('admin:actions') } : undefined}
        rows={(items) =>
          items.map((queue) => (
            <tr key={queue.id} data-testid="routing-queue-row">
              <td>{queue.name}</td>
              <td>{teamName(queue.teamId)}</td>
              <td>{t(`strategy.${queue.strategy}`)}</td>
              <td>
                {queue.vip && <span className="chip adm-chip adm-on">{t('queues.vip')}</span>}
                <span className={queue.autoAssign ? 'chip adm-chip adm-on' : 'chip adm-chip adm-off'}>{queue.autoAssign ? t('queues.autoAssign') : t('queues.manual')}</span>
              </td>
              <td className="adm-num">
                {/* The inbox filtered to exactly what this number counts. */}
                <Link href={`/?queueId=${queue.id}&assignee=none&status=new,open`} data-testid="routing-queue-waiting">
                  {queue.waiting}
                  <span className="visually-hidden"> {t('queues.openWaiting', { name: queue.name })}</span>
                </Link>
              </td>
              {canEdit && (
                <td className="adm-col-actions-2">
                  <button type="button" className="button" onClick={() => setEditing({ mode: 'edit', item: queue })}>
                    {t('admin:edit')}
                    <span className="visually-hidden"> {queue.name}</span>
                  </button>{' '}
                  <button type="button" className="button button-danger" onClick={() => setDeleting(queue)}>
                    {t('admin:delete')}
                    <span className="visually-hidden"> {queue.name}</span>
                  </button>
                </td>
              )}
            </tr>
          ))
        }
        empty={<EmptyState title={t('queues.empty')} hint={canEdit ? t('queues.emptyHint') : undefined} />}
      />
      <RulesCard canEdit={canEdit} queues={queues.data ?? []} />
      <QueueDialog editing={editing} onClose={() => setEditing(null)} />
      <DeleteQueueDialog queue={deleting} onClose={() => setDeleting(null)} />
    </div>
  );
}

interface QueueForm {
  name: string;
  teamId: string;
  strategy: Queue['strategy'];
  vip: boolean;
  autoAssign: boolean;
}

const EMPTY_QUEUE: QueueForm = { name: '', teamId: '', strategy: 'least_loaded', vip: false, autoAssign: true };

function QueueDialog({ editing, onClose }: { editing: Editing<Queue>; onClose: () => void }) {
  const { t } = useTranslation(['routing', 'common']);
  const teams = useTeams();
  const save = useSaveQueue();
  const [form, setForm] = useState<QueueForm>(EMPTY_QUEUE);
  const nameId = useId();
  const teamId = useId();
  const strategyId = useId();
  const queue = editing?.mode === 'edit' ? editing.item : null;
  const { reset } = save;

  useEffect(() => {
    if (!editing) return;
    reset();
    setForm(editing.mode === 'edit' ? { name: editing.item.name, teamId: editing.item.teamId ?? '', strategy: editing.item.strategy, vip: editing.item.vip, autoAssign: editing.item.autoAssign } : EMPTY_QUEUE);
  }, [editing, reset]);

  const submit = () =>
    save.mutate(
      { ...(queue ? { id: queue.id } : {}), body: { name: form.name.trim(), teamId: form.teamId || null, strategy: form.strategy, vip: form.vip, autoAssign: form.autoAssign } },
      { onSuccess: onClose },
    );

  return (
    <FormDialog
      open={editing !== null}
      title={queue ? t('queues.editTitle', { name: queue.name }) : t('queues.addTitle')}
      submitLabel={queue ? t('common:save') : t('queues.create')}
      pending={save.isPending}
      error={save.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <label className="field" htmlFor={nameId}>
        <span>{t('queues.fields.name')}</span>
        <input id={nameId} type="text" required maxLength={120} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
      </label>
      <label className="field" htmlFor={teamId}>
        <span>{t('queues.fields.team')}</span>
        <select id={teamId} value={form.teamId} onChange={(e) => setForm({ ...form, teamId: e.target.value })}>
          <option value="">{t('queues.anyTeam')}</option>
          {(teams.data ?? []).map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor={strategyId}>
        <span>{t('queues.fields.strategy')}</span>
        <select id={strategyId} value={form.strategy} aria-describedby={`${strategyId}-hint`} onChange={(e) => setForm({ ...form, strategy: e.target.value as Queue['strategy'] })}>
          {STRATEGIES.map((s) => (
            <option key={s} value={s}>
              {t(`strategy.${s}`)}
            </option>
          ))}
        </select>
        <small id={`${strategyId}-hint`} className="muted">
          {t('queues.fields.strategyHint')}
        </small>
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={form.autoAssign} onChange={(e) => setForm({ ...form, autoAssign: e.target.checked })} />
        <span>{t('queues.fields.autoAssign')}</span>
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={form.vip} onChange={(e) => setForm({ ...form, vip: e.target.checked })} />
        <span>{t('queues.fields.vip')}</span>
      </label>
    </FormDialog>
  );
}

function DeleteQueueDialog({ queue, onClose }: { queue: Queue | null; onClose: () => void }) {
  const { t } = useTranslation('routing');
  const remove = useDeleteQueue();
  const { reset } = remove;
  useEffect(() => {
    if (queue) reset();
  }, [queue, reset]);
  return (
    <FormDialog
      open={queue !== null}
      danger
      title={t('queues.deleteTitle', { name: queue?.name ?? '' })}
      description={t('queues.deleteExplain')}
      submitLabel={t('queues.deleteConfirm')}
      pending={remove.isPending}
      error={remove.error}
      onSubmit={() => queue && remove.mutate(queue.id, { onSuccess: onClose })}
      onClose={onClose}
    />
  );
}
