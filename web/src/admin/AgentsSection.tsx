import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, get, patch, post } from '../api/client';
import { useAgents, useBrands, useTeams } from '../api/lookups';
import type { AgentView } from '../api/types';
import { hasRole } from '../app/roles';
import { useSession } from '../app/session';
import { formatDateTime } from '../format/time';
import { EmptyState, ErrorState, InlineError } from '../shell/states';
import { AdminListCard } from './AdminListCard';
import { SkeletonRows } from '../shell/SkeletonRows';
import { FormDialog } from '../shell/FormDialog';
import { CheckboxGroup } from './CheckboxGroup';
import { changedFields, parseLimit, timeZoneOptions } from './options';

type Role = AgentView['role'];
type Level = AgentView['level'];
const ROLES: Role[] = ['agent', 'lead', 'supervisor', 'admin'];
const LEVELS: Level[] = ['junior', 'intermediate', 'senior'];
const LOCALES = ['en', 'zh-CN'] as const;
const MIN_PASSWORD_LENGTH = 10;

interface AgentLevels {
  baseCurrency: string;
  levels: { level: Level; compensationLimit: number | null }[];
}

interface AgentForm {
  email: string;
  name: string;
  role: Role;
  level: Level;
  locale: (typeof LOCALES)[number];
  timezone: string;
  password: string;
  teamIds: string[];
  brandIds: string[];
  active: boolean;
}

type Editing = { mode: 'create' } | { mode: 'edit'; agent: AgentView } | null;

export function AgentsSection() {
  const { t, i18n } = useTranslation(['admin', 'common']);
  const { session } = useSession();
  const agents = useAgents();
  const teams = useTeams();
  const [editing, setEditing] = useState<Editing>(null);
  const canEdit = hasRole(session.agent.role, 'admin');
  const teamName = (id: string) => teams.data?.find((team) => team.id === id)?.name;

  return (
    <div className="adm-section-body">
      <AdminListCard
        id="agents-title"
        title={t('agents.title')}
        add={canEdit ? { label: t('agents.add'), onClick: () => setEditing({ mode: 'create' }) } : undefined}
        note={!canEdit && <p className="muted small adm-readonly">{t('readOnly.admin')}</p>}
        list={agents}
        skeleton={{ rows: 5, columns: canEdit ? 8 : 7 }}
        head={
          <>
            <th scope="col">{t('agents.columns.name')}</th>
            <th scope="col" className="adm-col-email">{t('agents.columns.email')}</th>
            <th scope="col" className="adm-col-role">{t('agents.columns.role')}</th>
            <th scope="col" className="adm-col-level">{t('agents.columns.level')}</th>
            <th scope="col">{t('agents.columns.teams')}</th>
            <th scope="col" className="adm-col-state">{t('agents.columns.active')}</th>
            <th scope="col" className="adm-col-date">{t('agents.columns.lastLogin')}</th>
          </>
        }
        actions={canEdit ? { className: 'adm-col-actions', label: t('actions') } : undefined}
        rows={(items) =>
          items.map((agent) => (
            <tr key={agent.id} className={agent.active ? '' : 'adm-inactive'} data-testid="agent-row">
              <td>
                {agent.name}
                {agent.id === session.agent.id && <span className="badge">{t('agents.you')}</span>}
              </td>
              <td className="adm-ellipsis" title={agent.email}>
                {agent.email}
              </td>
              <td>{t(`common:roles.${agent.role}`)}</td>
              <td>{t(`levels.${agent.level}`)}</td>
              <td className="adm-wrap">
                {agent.teamIds.length === 0 ? (
                  <span className="muted">—</span>
                ) : (
                  agent.teamIds.map((id) => (
                    <span key={id} className="chip adm-chip">
                      {teamName(id) ?? t('unknown')}
                    </span>
                  ))
                )}
              </td>
              <td>
                <span className={agent.active ? 'chip adm-on' : 'chip adm-off'}>{agent.active ? t('agents.active') : t('agents.inactive')}</span>
              </td>
              <td className="muted small">
                {agent.lastLoginAt ? (
                  <time dateTime={agent.lastLoginAt}>{formatDateTime(agent.lastLoginAt, i18n.language, session.agent.timezone)}</time>
                ) : (
                  t('agents.never')
                )}
              </td>
              {canEdit && (
                <td className="adm-col-actions">
                  <button type="button" className="button" onClick={() => setEditing({ mode: 'edit', agent })}>
                    {t('edit')}
                    <span className="visually-hidden"> {agent.name}</span>
                  </button>
                </td>
              )}
            </tr>
          ))
        }
        empty={<EmptyState title={t('agents.empty')} />}
      />
      <LevelsCard canEdit={canEdit} />
      <AgentDialog editing={editing} onClose={() => setEditing(null)} />
    </div>
  );
}

function blankForm(timezone: string): AgentForm {
  return { email: '', name: '', role: 'agent', level: 'junior', locale: 'en', timezone, password: '', teamIds: [], brandIds: [], active: true };
}

function formOf(agent: AgentView): AgentForm {
  return {
    email: agent.email,
    name: agent.name,
    role: agent.role,
    level: agent.level,
    locale: agent.locale === 'zh-CN' ? 'zh-CN' : 'en',
    timezone: agent.timezone,
    password: '',
    teamIds: agent.teamIds,
    brandIds: agent.brandIds,
    active: agent.active,
  };
}

function AgentDialog({ editing, onClose }: { editing: Editing; onClose: () => void }) {
  const { t } = useTranslation(['admin', 'common']);
  const { session } = useSession();
  const queryClient = useQueryClient();
  const teams = useTeams();
  const brands = useBrands();
  const [form, setForm] = useState<AgentForm>(() => blankForm(session.agent.timezone));
  const ids = { email: useId(), name: useId(), role: useId(), level: useId(), locale: useId(), timezone: useId(), password: useId() };
  const editingAgent = editing?.mode === 'edit' ? editing.agent : null;
  const isSelf = editingAgent?.id === session.agent.id;

  const save = useMutation({
    mutationFn: (value: AgentForm) => {
      if (!editingAgent) {
        const { password, active: _active, ...rest } = value;
        return post<AgentView>('/api/agents', password ? { ...rest, password } : rest);
      }
      const { role, level, teamIds, brandIds, active, name } = value;
      const before = formOf(editingAgent);
      const changes = changedFields(
        { role: before.role, level: before.level, teamIds: before.teamIds, brandIds: before.brandIds, active: before.active, name: before.name },
        { role, level, teamIds, brandIds, active, name },
      );
      if (Object.keys(changes).length === 0) return Promise.resolve(editingAgent);
      return patch<AgentView>(`/api/agents/${editingAgent.id}`, changes);
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['agents'] });
      void queryClient.invalidateQueries({ queryKey: ['teams'] });
      onClose();
    },
  });

  const { reset } = save;
  useEffect(() => {
    if (!editing) return;
    reset();
    setForm(editing.mode === 'edit' ? formOf(editing.agent) : blankForm(session.agent.timezone));
  }, [editing, reset, session.agent.timezone]);

  const set = <K extends keyof AgentForm>(key: K, value: AgentForm[K]) => setForm((old) => ({ ...old, [key]: value }));
  const zones = timeZoneOptions(form.timezone);

  return (
    <FormDialog
      open={editing !== null}
      wide
      title={editingAgent ? t('agents.editTitle', { name: editingAgent.name }) : t('agents.addTitle')}
      description={editingAgent ? editingAgent.email : undefined}
      submitLabel={editingAgent ? t('common:save') : t('agents.create')}
      pending={save.isPending}
      error={save.error}
      onSubmit={() => save.mutate(form)}
      onClose={onClose}
    >
      <div className="adm-grid">
        {!editingAgent && (
          <label className="field" htmlFor={ids.email}>
            <span>{t('agents.fields.email')}</span>
            <input id={ids.email} type="email" required autoComplete="off" maxLength={254} value={form.email} onChange={(e) => set('email', e.target.value)} />
          </label>
        )}
        <label className="field" htmlFor={ids.name}>
          <span>{t('agents.fields.name')}</span>
          <input id={ids.name} type="text" required maxLength={200} value={form.name} onChange={(e) => set('name', e.target.value)} />
        </label>
        <label className="field" htmlFor={ids.role}>
          <span>{t('agents.fields.role')}</span>
          <select id={ids.role} value={form.role} onChange={(e) => set('role', e.target.value as Role)}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`common:roles.${role}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={ids.level}>
          <span>{t('agents.fields.level')}</span>
          <select id={ids.level} value={form.level} onChange={(e) => set('level', e.target.value as Level)}>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`levels.${level}`)}
              </option>
            ))}
          </select>
        </label>
        {!editingAgent && (
          <>
            <label className="field" htmlFor={ids.locale}>
              <span>{t('agents.fields.locale')}</span>
              <select id={ids.locale} value={form.locale} onChange={(e) => set('locale', e.target.value as AgentForm['locale'])}>
                {LOCALES.map((locale) => (
                  <option key={locale} value={locale}>
                    {t(`locales.${locale}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field" htmlFor={ids.timezone}>
              <span>{t('agents.fields.timezone')}</span>
              <select id={ids.timezone} value={form.timezone} onChange={(e) => set('timezone', e.target.value)}>
                {zones.map((zone) => (
                  <option key={zone} value={zone}>
                    {zone}
                  </option>
                ))}
              </select>
            </label>
            <label className="field adm-span-2" htmlFor={ids.password}>
              <span>{t('agents.fields.password')}</span>
              <input
                id={ids.password}
                type="password"
                autoComplete="new-password"
                minLength={MIN_PASSWORD_LENGTH}
                maxLength={1024}
                value={form.password}
                onChange={(e) => set('password', e.target.value)}
                aria-describedby={`${ids.password}-hint`}
              />
              <small id={`${ids.password}-hint`} className="muted">
                {t('agents.fields.passwordHint', { min: MIN_PASSWORD_LENGTH })}
              </small>
            </label>
          </>
        )}
      </div>
      <CheckboxGroup
        legend={t('agents.fields.teams')}
        options={(teams.data ?? []).map((team) => ({ value: team.id, label: team.name }))}
        value={form.teamIds}
        onChange={(value) => set('teamIds', value)}
      />
      <CheckboxGroup
        legend={t('agents.fields.brands')}
        hint={t('agents.fields.brandsHint')}
        options={(brands.data ?? []).map((brand) => ({ value: brand.id, label: brand.name }))}
        value={form.brandIds}
        onChange={(value) => set('brandIds', value)}
      />
      {editingAgent && (
        <label className="checkbox">
          <input type="checkbox" checked={form.active} disabled={isSelf} onChange={(e) => set('active', e.target.checked)} />
          <span>{t('agents.fields.active')}</span>
          {isSelf && <span className="muted small">{t('agents.selfActive')}</span>}
        </label>
      )}
      {editingAgent && !form.active && editingAgent.active && <p className="adm-warning small">{t('agents.deactivateHint')}</p>}
    </FormDialog>
  );
}

function LevelsCard({ canEdit }: { canEdit: boolean }) {
  const { t, i18n } = useTranslation(['admin', 'common']);
  const queryClient = useQueryClient();
  const headingId = useId();
  const levels = useQuery({ queryKey: ['agent-levels'], queryFn: () => get<AgentLevels>('/api/agent-levels') });
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!levels.data) return;
    setDrafts(Object.fromEntries(levels.data.levels.map((l) => [l.level, l.compensationLimit === null ? '' : String(l.compensationLimit)])));
  }, [levels.data]);

  const save = useMutation({
    mutationFn: (body: { levels: { level: Level; compensationLimit: number | null }[] }) => api<AgentLevels>('PUT', '/api/agent-levels', body),
    onSuccess: (data) => {
      queryClient.setQueryData(['agent-levels'], data);
      void queryClient.invalidateQueries({ queryKey: ['agents'] });
      setSaved(true);
    },
  });

  const parsed = LEVELS.map((level) => ({ level, compensationLimit: parseLimit(drafts[level] ?? '') }));
  const invalid = parsed.some((p) => p.compensationLimit === undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (invalid) return;
    save.mutate({ levels: parsed.map((p) => ({ level: p.level, compensationLimit: p.compensationLimit ?? null })) });
  };

  const money = (value: number | null, currency: string) =>
    value === null ? t('levelsCard.noLimit') : new Intl.NumberFormat(i18n.language, { style: 'currency', currency }).format(value);

  return (
    <section aria-labelledby={headingId} className="adm-card adm-levels">
      <h2 id={headingId}>{t('levelsCard.title')}</h2>
      <p className="muted small">{t('levelsCard.explain', { currency: levels.data?.baseCurrency ?? '…' })}</p>
      {levels.isError ? (
        <ErrorState error={levels.error} onRetry={() => void levels.refetch()} />
      ) : (
        <form onSubmit={submit}>
          <table className="adm-table adm-levels-table" aria-busy={levels.isPending}>
            <thead>
              <tr>
                <th scope="col">{t('agents.columns.level')}</th>
                <th scope="col">{t('levelsCard.limit', { currency: levels.data?.baseCurrency ?? '' })}</th>
              </tr>
            </thead>
            <tbody>
              {levels.isPending ? (
                <SkeletonRows rows={3} columns={2} />
              ) : (
                LEVELS.map((level) => {
                  const current = levels.data.levels.find((l) => l.level === level)?.compensationLimit ?? null;
                  const bad = parseLimit(drafts[level] ?? '') === undefined;
                  const inputId = `level-limit-${level}`;
                  return (
                    <tr key={level}>
                      <th scope="row">
                        {canEdit ? <label htmlFor={inputId}>{t(`levels.${level}`)}</label> : t(`levels.${level}`)}
                      </th>
                      <td>
                        {canEdit ? (
                          <>
                            <input
                              id={inputId}
                              type="text"
                              inputMode="decimal"
                              className="adm-money"
                              value={drafts[level] ?? ''}
                              placeholder={t('levelsCard.noLimit')}
                              aria-invalid={bad}
                              aria-describedby={bad ? `${inputId}-error` : undefined}
                              onChange={(e) => {
                                setSaved(false);
                                setDrafts((old) => ({ ...old, [level]: e.target.value }));
                              }}
                            />
                            {bad && (
                              <span id={`${inputId}-error`} className="inline-error small adm-field-error" role="alert">
                                {t('levelsCard.invalid')}
                              </span>
                            )}
                          </>
                        ) : (
                          money(current, levels.data.baseCurrency)
                        )}
                      </td>
                    </tr>
                  );
                })
              )}
            </tbody>
          </table>
          {canEdit && (
            <div className="adm-actions">
              <button type="submit" className="button button-primary" disabled={save.isPending || invalid || levels.isPending}>
                {t('levelsCard.save')}
              </button>
              <span className="muted small" role="status">
                {saved && !save.isPending ? t('saved') : ''}
              </span>
            </div>
          )}
          <InlineError error={save.error} />
        </form>
      )}
    </section>
  );
}
