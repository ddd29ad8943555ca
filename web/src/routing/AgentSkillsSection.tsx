import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBrands } from '../api/lookups';
import { hasRole } from '../app/roles';
import { useSession } from '../app/session';
import { CHANNELS, INTENTS, LANGUAGES } from '../app/taxonomy';
import { AdminListCard } from '../admin/AdminListCard';
import { CheckboxGroup } from '../admin/CheckboxGroup';
import { countryName, languageName } from '../format/time';
import { FormDialog } from '../shell/FormDialog';
import { EmptyState } from '../shell/states';
import { useRoutingAgents, useSaveAgentRouting, useShiftCalendars } from './api';
import { joinList, splitList } from './conditions';
import { PresenceDot } from './PresenceSwitch';
import { BUCKETS, type AgentRouting, type Bucket } from './types';
import './routing.css';

/** Skills, shift, capacity and load of every agent; leads and above edit them. */
export function AgentSkillsSection() {
  const { t, i18n } = useTranslation(['routing', 'admin', 'common']);
  const { session } = useSession();
  const agents = useRoutingAgents();
  const calendars = useShiftCalendars();
  const [editing, setEditing] = useState<AgentRouting | null>(null);
  const canEdit = hasRole(session.agent.role, 'lead');
  const calendarName = (id: string) => calendars.data?.find((c) => c.id === id)?.name ?? id.slice(0, 8);

  return (
    <div className="adm-section-body">
      <AdminListCard
        id="routing-skills-title"
        title={t('skills.title')}
        note={<p className="muted small adm-readonly">{canEdit ? t('skills.note') : t('skills.readOnly')}</p>}
        list={agents}
        skeleton={{ rows: 3, columns: canEdit ? 7 : 6 }}
        head={
          <>
            <th scope="col" className="adm-col-name">{t('skills.columns.name')}</th>
            <th scope="col">{t('skills.columns.presence')}</th>
            <th scope="col">{t('skills.columns.shift')}</th>
            <th scope="col">{t('skills.columns.languages')}</th>
            <th scope="col">{t('skills.columns.skills')}</th>
            <th scope="col">{t('skills.columns.load')}</th>
          </>
        }
        actions={canEdit ? { className: 'adm-col-actions', label: t('admin:actions') } : undefined}
        rows={(items) =>
          items.map((agent) => (
            <tr key={agent.agentId} data-testid="routing-agent-row">
              <td>
                {agent.name}
                <div className="muted small">{t(`admin:levels.${agent.level as 'junior'}`)}</div>
              </td>
              <td>
                <span className="routing-presence-cell">
                  <PresenceDot presence={agent.presence} />
                  {t(`presence.${agent.presence}`)}
                </span>
              </td>
              <td>
                {agent.shiftCalendarId ? (
                  <>
                    <span className={agent.onShift ? 'chip adm-chip adm-on' : 'chip adm-chip adm-off'}>{agent.onShift ? t('skills.onShift') : t('skills.offShift')}</span>
                    <div className="muted small">{calendarName(agent.shiftCalendarId)}</div>
                  </>
                ) : (
                  <span className="muted">{t('skills.noShift')}</span>
                )}
              </td>
              <td className="adm-wrap" data-testid="routing-agent-languages">
                {agent.skills.languages.length === 0
                  ? t('skills.none')
                  : agent.skills.languages.map((l) => (
                      <span key={l.code} className="chip adm-chip" title={languageName(l.code, i18n.language)}>
                        {l.code} {l.proficiency}/5
                      </span>
                    ))}
              </td>
              <td className="adm-wrap small">
                <SkillSummary agent={agent} />
              </td>
              <td>
                <span className="routing-load">
                  {BUCKETS.map((bucket) => (
                    <span key={bucket} className={agent.load[bucket] >= agent.capacity[bucket] ? 'routing-load-full' : undefined}>
                      {t('skills.load', { bucket: t(`buckets.${bucket}`), open: agent.load[bucket], capacity: agent.capacity[bucket] })}
                    </span>
                  ))}
                </span>
              </td>
              {canEdit && (
                <td className="adm-col-actions">
                  <button type="button" className="button" onClick={() => setEditing(agent)}>
                    {t('skills.edit')}
                    <span className="visually-hidden"> {agent.name}</span>
                  </button>
                </td>
              )}
            </tr>
          ))
        }
        empty={<EmptyState title={t('skills.empty')} />}
      />
      <SkillsDialog agent={editing} onClose={() => setEditing(null)} />
    </div>
  );
}

function SkillSummary({ agent }: { agent: AgentRouting }) {
  const { t } = useTranslation(['routing', 'common']);
  const { intents, channels, markets, brandIds } = agent.skills;
  const parts = [
    intents.length > 0 && t('skills.intentCount', { count: intents.length }),
    channels.length > 0 && t('skills.onlyChannels', { channels: channels.map((c) => t(`common:channel.${c}`)).join(', ') }),
    markets.length > 0 && t('skills.markets', { markets: markets.join(', ') }),
    brandIds.length > 0 && t('skills.brandCount', { count: brandIds.length }),
  ].filter(Boolean);
  return <>{parts.length > 0 ? parts.join(' · ') : t('skills.none')}</>;
}

interface SkillsForm {
  languages: { code: string; proficiency: number }[];
  intents: string[];
  channels: string[];
  brandIds: string[];
  markets: string;
  shiftCalendarId: string;
  capacity: Record<Bucket, string>;
}

function formOf(agent: AgentRouting): SkillsForm {
  return {
    languages: agent.skills.languages.map((l) => ({ ...l })),
    intents: [...agent.skills.intents],
    channels: [...agent.skills.channels],
    brandIds: [...agent.skills.brandIds],
    markets: joinList(agent.skills.markets),
    shiftCalendarId: agent.shiftCalendarId ?? '',
    capacity: Object.fromEntries(BUCKETS.map((b) => [b, String(agent.capacity[b])])) as Record<Bucket, string>,
  };
}

function SkillsDialog({ agent, onClose }: { agent: AgentRouting | null; onClose: () => void }) {
  const { t, i18n } = useTranslation(['routing', 'common']);
  const brands = useBrands();
  const calendars = useShiftCalendars();
  const save = useSaveAgentRouting();
  const [form, setForm] = useState<SkillsForm | null>(null);
  const shiftId = useId();
  const marketsId = useId();
  const { reset } = save;

  useEffect(() => {
    if (!agent) return;
    reset();
    setForm(formOf(agent));
  }, [agent, reset]);

  const submit = () => {
    if (!agent || !form) return;
    save.mutate(
      {
        agentId: agent.agentId,
        body: {
          skills: {
            languages: form.languages.filter((l) => l.code),
            intents: form.intents,
            channels: form.channels,
            brandIds: form.brandIds,
            markets: splitList(form.markets).map((m) => m.toUpperCase()),
          },
          shiftCalendarId: form.shiftCalendarId || null,
          capacity: Object.fromEntries(BUCKETS.map((b) => [b, Number(form.capacity[b])])),
        },
      },
      { onSuccess: onClose },
    );
  };

  const setLanguage = (index: number, change: Partial<{ code: string; proficiency: number }>) =>
    form && setForm({ ...form, languages: form.languages.map((l, i) => (i === index ? { ...l, ...change } : l)) });
  const unusedLanguage = form ? LANGUAGES.find((code) => !form.languages.some((l) => l.code === code)) : undefined;

  return (
    <FormDialog
      open={agent !== null && form !== null}
      wide
      title={t('skills.editTitle', { name: agent?.name ?? '' })}
      submitLabel={t('common:save')}
      pending={save.isPending}
      error={save.error}
      onSubmit={submit}
      onClose={onClose}
    >
      {form && (
        <div className="adm-grid">
          <fieldset className="adm-checkgroup adm-span-2">
            <legend>{t('skills.fields.languages')}</legend>
            <p className="muted small adm-hint">{t('skills.fields.languagesHint')}</p>
            {form.languages.map((language, index) => (
              <div key={index} className="routing-lang-row" data-testid="routing-language-row">
                <label className="field">
                  <span>{t('skills.fields.language')}</span>
                  <select value={language.code} onChange={(e) => setLanguage(index, { code: e.target.value })}>
                    {[...new Set([language.code, ...LANGUAGES])].map((code) => (
                      <option key={code} value={code}>
                        {languageName(code, i18n.language)} ({code})
                      </option>
                    ))}
                  </select>
                </label>
                <label className="field">
                  <span>{t('skills.fields.proficiency')}</span>
                  <select value={language.proficiency} onChange={(e) => setLanguage(index, { proficiency: Number(e.target.value) })}>
                    {[1, 2, 3, 4, 5].map((p) => (
                      <option key={p} value={p}>
                        {t(`proficiency.${p as 1}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="button" className="button button-ghost" onClick={() => setForm({ ...form, languages: form.languages.filter((_, i) => i !== index) })}>
                  {t('skills.fields.remove')}
                  <span className="visually-hidden"> {languageName(language.code, i18n.language)}</span>
                </button>
              </div>
            ))}
            {unusedLanguage && (
              <button type="button" className="button" onClick={() => setForm({ ...form, languages: [...form.languages, { code: unusedLanguage, proficiency: 3 }] })}>
                {t('skills.fields.addLanguage')}
              </button>
            )}
          </fieldset>

          <div className="adm-span-2 routing-intents">
            <CheckboxGroup
              legend={t('skills.fields.intents')}
              hint={t('skills.fields.intentsHint')}
              options={INTENTS.map((code) => ({ value: code, label: t(`common:intents.${code}` as 'common:intents.other', { defaultValue: code }) }))}
              value={form.intents}
              onChange={(intents) => setForm({ ...form, intents })}
            />
          </div>
          <CheckboxGroup
            legend={t('skills.fields.channels')}
            hint={t('skills.fields.channelsHint')}
            options={CHANNELS.map((c) => ({ value: c, label: t(`common:channel.${c}`) }))}
            value={form.channels}
            onChange={(channels) => setForm({ ...form, channels })}
          />
          <CheckboxGroup
            legend={t('skills.fields.brands')}
            hint={t('skills.fields.brandsHint')}
            options={(brands.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
            value={form.brandIds}
            onChange={(brandIds) => setForm({ ...form, brandIds })}
          />
          <label className="field adm-span-2" htmlFor={marketsId}>
            <span>{t('skills.fields.markets')}</span>
            <input
              id={marketsId}
              type="text"
              value={form.markets}
              placeholder="DE, AT, CH"
              aria-describedby={`${marketsId}-hint`}
              onChange={(e) => setForm({ ...form, markets: e.target.value })}
            />
            <small id={`${marketsId}-hint`} className="muted">
              {t('skills.fields.marketsHint')}
              {splitList(form.markets).length > 0 && ` (${splitList(form.markets).map((m) => countryName(m.toUpperCase(), i18n.language)).join(', ')})`}
            </small>
          </label>
          <label className="field adm-span-2" htmlFor={shiftId}>
            <span>{t('skills.fields.shift')}</span>
            <select id={shiftId} value={form.shiftCalendarId} onChange={(e) => setForm({ ...form, shiftCalendarId: e.target.value })}>
              <option value="">{t('skills.fields.noShift')}</option>
              {(calendars.data ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({c.timezone})
                </option>
              ))}
            </select>
            {calendars.data?.length === 0 && <small className="muted">{t('skills.fields.calendarsMissing')}</small>}
          </label>
          <fieldset className="adm-checkgroup adm-span-2">
            <legend>{t('skills.fields.capacity')}</legend>
            <p className="muted small adm-hint">{t('skills.fields.capacityHint')}</p>
            <div className="routing-capacity">
              {BUCKETS.map((bucket) => (
                <label key={bucket} className="field">
                  <span>{t(`buckets.${bucket}`)}</span>
                  <input
                    type="number"
                    min={0}
                    max={1000}
                    required
                    value={form.capacity[bucket]}
                    onChange={(e) => setForm({ ...form, capacity: { ...form.capacity, [bucket]: e.target.value } })}
                  />
                </label>
              ))}
            </div>
          </fieldset>
        </div>
      )}
    </FormDialog>
  );
}
