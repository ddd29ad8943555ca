import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { del, patch, post } from '../api/client';
import { useTeams } from '../api/lookups';
import type { Team } from '../api/types';
import { hasRole } from '../app/roles';
import { useSession } from '../app/session';
import { EmptyState } from '../shell/states';
import { AdminListCard } from './AdminListCard';
import { FormDialog } from '../shell/FormDialog';
import { changedFields, timeZoneOptions } from './options';

interface TeamForm {
  name: string;
  description: string;
  timezone: string;
}

type Editing = { mode: 'create' } | { mode: 'edit'; team: Team } | null;

export function TeamsSection() {
  const { t } = useTranslation(['admin', 'common']);
  const { session } = useSession();
  const teams = useTeams();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Team | null>(null);
  const canEdit = hasRole(session.agent.role, 'supervisor');
  const columns = canEdit ? 5 : 4;

  return (
    <div className="adm-section-body">
      <AdminListCard
        id="teams-title"
        title={t('teams.title')}
        add={canEdit ? { label: t('teams.add'), onClick: () => setEditing({ mode: 'create' }) } : undefined}
        note={!canEdit && <p className="muted small adm-readonly">{t('readOnly.supervisor')}</p>}
        list={teams}
        skeleton={{ rows: 3, columns }}
        head={
          <>
            <th scope="col" className="adm-col-name">{t('teams.columns.name')}</th>
            <th scope="col">{t('teams.columns.description')}</th>
            <th scope="col" className="adm-col-zone">{t('teams.columns.timezone')}</th>
            <th scope="col" className="adm-col-count">{t('teams.columns.members')}</th>
          </>
        }
        actions={canEdit ? { className: 'adm-col-actions-2', label: t('actions') } : undefined}
        rows={(items) =>
          items.map((team) => (
            <tr key={team.id} data-testid="team-row">
              <td>{team.name}</td>
              <td className="adm-wrap muted">{team.description || '—'}</td>
              <td>{team.timezone}</td>
              <td className="adm-num">{team.memberCount}</td>
              {canEdit && (
                <td className="adm-col-actions-2">
                  <button type="button" className="button" onClick={() => setEditing({ mode: 'edit', team })}>
                    {t('edit')}
                    <span className="visually-hidden"> {team.name}</span>
                  </button>{' '}
                  <button type="button" className="button button-danger" onClick={() => setDeleting(team)}>
                    {t('delete')}
                    <span className="visually-hidden"> {team.name}</span>
                  </button>
                </td>
              )}
            </tr>
          ))
        }
        empty={<EmptyState title={t('teams.empty')} hint={canEdit ? t('teams.emptyHint') : undefined} />}
      />
      <TeamDialog editing={editing} onClose={() => setEditing(null)} />
      <DeleteTeamDialog team={deleting} onClose={() => setDeleting(null)} />
    </div>
  );
}

function TeamDialog({ editing, onClose }: { editing: Editing; onClose: () => void }) {
  const { t } = useTranslation(['admin', 'common']);
  const { session } = useSession();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<TeamForm>({ name: '', description: '', timezone: session.agent.timezone });
  const nameId = useId();
  const descriptionId = useId();
  const zoneId = useId();
  const team = editing?.mode === 'edit' ? editing.team : null;

  const save = useMutation({
    mutationFn: (value: TeamForm) => {
      const body = { ...value, name: value.name.trim(), description: value.description.trim() };
      if (!team) return post<Team>('/api/teams', body);
      const changes = changedFields({ name: team.name, description: team.description, timezone: team.timezone }, body);
      if (Object.keys(changes).length === 0) return Promise.resolve(team);
      return patch<Team>(`/api/teams/${team.id}`, changes);
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['teams'] });
      onClose();
    },
  });

  const { reset } = save;
  useEffect(() => {
    if (!editing) return;
    reset();
    setForm(
      editing.mode === 'edit'
        ? { name: editing.team.name, description: editing.team.description, timezone: editing.team.timezone }
        : { name: '', description: '', timezone: session.agent.timezone },
    );
  }, [editing, reset, session.agent.timezone]);

  return (
    <FormDialog
      open={editing !== null}
      title={team ? t('teams.editTitle', { name: team.name }) : t('teams.addTitle')}
      submitLabel={team ? t('common:save') : t('teams.create')}
      pending={save.isPending}
      error={save.error}
      onSubmit={() => save.mutate(form)}
      onClose={onClose}
    >
      <label className="field" htmlFor={nameId}>
        <span>{t('teams.fields.name')}</span>
        <input id={nameId} type="text" required maxLength={120} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
      </label>
      <label className="field" htmlFor={zoneId}>
        <span>{t('teams.fields.timezone')}</span>
        <select id={zoneId} value={form.timezone} onChange={(e) => setForm({ ...form, timezone: e.target.value })}>
          {timeZoneOptions(form.timezone).map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor={descriptionId}>
        <span>{t('teams.fields.description')}</span>
        <textarea id={descriptionId} rows={3} maxLength={2000} value={form.description} onChange={(e) => setForm({ ...form, description: e.target.value })} />
      </label>
    </FormDialog>
  );
}

function DeleteTeamDialog({ team, onClose }: { team: Team | null; onClose: () => void }) {
  const { t } = useTranslation(['admin', 'common']);
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (id: string) => del<{ deleted: true }>(`/api/teams/${id}`),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['teams'] });
      void queryClient.invalidateQueries({ queryKey: ['agents'] });
      onClose();
    },
  });
  const { reset } = remove;
  useEffect(() => {
    if (team) reset();
  }, [team, reset]);

  return (
    <FormDialog
      open={team !== null}
      danger
      title={t('teams.deleteTitle', { name: team?.name ?? '' })}
      description={t('teams.deleteExplain', { count: team?.memberCount ?? 0 })}
      submitLabel={t('teams.deleteConfirm')}
      pending={remove.isPending}
      error={remove.error}
      onSubmit={() => team && remove.mutate(team.id)}
      onClose={onClose}
    />
  );
}
