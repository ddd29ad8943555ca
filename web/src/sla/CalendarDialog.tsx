import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTeams } from '../api/lookups';
import { CheckboxGroup } from '../admin/CheckboxGroup';
import { timeZoneOptions } from '../admin/options';
import { useSession } from '../app/session';
import { FormDialog } from '../shell/FormDialog';
import { useSaveCalendar } from './api';
import { calendarBody, calendarForm, firstBadInterval, modernZones, searchZones, type CalendarForm } from './calendar-form';
import { HolidayEditor } from './HolidayEditor';
import { TryDueBox } from './TryDueBox';
import type { CalendarView } from './types';
import { WeeklyHoursEditor } from './WeeklyHoursEditor';

/** Create or edit a business calendar: zone, weekly hours, holidays, teams, default; and try it out. */
export function CalendarDialog({ calendar, open, onClose }: { calendar: CalendarView | null; open: boolean; onClose: () => void }) {
  const { t } = useTranslation(['sla', 'common']);
  const { session } = useSession();
  const teams = useTeams();
  const save = useSaveCalendar();
  const [form, setForm] = useState<CalendarForm>(() => calendarForm(calendar, session.agent.timezone));
  const [localError, setLocalError] = useState<string | null>(null);
  const [zoneQuery, setZoneQuery] = useState('');
  const ids = { name: useId(), zone: useId(), zoneSearch: useId() };
  const zones = useMemo(() => modernZones(timeZoneOptions(form.timezone)), [form.timezone]);
  const shownZones = searchZones(zones, zoneQuery, form.timezone);

  const { reset } = save;
  useEffect(() => {
    if (!open) return;
    reset();
    setLocalError(null);
    setZoneQuery('');
    setForm(calendarForm(calendar, session.agent.timezone));
  }, [open, calendar, reset, session.agent.timezone]);

  const submit = () => {
    const bad = firstBadInterval(form.weekly);
    if (bad) {
      setLocalError(t('calendars.badInterval', { day: t(`days.${bad[0]}`) }));
      return;
    }
    setLocalError(null);
    save.mutate({ id: calendar?.id ?? null, body: calendarBody(form) }, { onSuccess: onClose });
  };

  return (
    <FormDialog
      open={open}
      wide
      title={calendar ? t('calendars.editTitle', { name: calendar.name }) : t('calendars.addTitle')}
      submitLabel={calendar ? t('common:save') : t('calendars.create')}
      pending={save.isPending}
      error={save.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <div className="adm-grid">
        <label className="field" htmlFor={ids.name}>
          <span>{t('calendars.fields.name')}</span>
          <input id={ids.name} type="text" required maxLength={120} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </label>
        <div className="field sla-zone-search">
          <label htmlFor={ids.zone}>{t('calendars.fields.timezone')}</label>
          <input
            id={ids.zoneSearch}
            type="search"
            placeholder={t('calendars.zoneSearch')}
            aria-label={t('calendars.zoneSearch')}
            value={zoneQuery}
            onChange={(e) => setZoneQuery(e.target.value)}
          />
          <select id={ids.zone} value={form.timezone} onChange={(e) => setForm({ ...form, timezone: e.target.value })} data-field="timezone">
            {shownZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox adm-span-2">
          <input type="checkbox" checked={form.isDefault} onChange={(e) => setForm({ ...form, isDefault: e.target.checked })} />
          {t('calendars.fields.isDefault')}
        </label>
      </div>
      <WeeklyHoursEditor weekly={form.weekly} onChange={(weekly) => setForm({ ...form, weekly })} />
      {localError && (
        <p className="inline-error" role="alert">
          {localError}
        </p>
      )}
      <HolidayEditor calendarId={calendar?.id ?? null} holidays={form.holidays} onChange={(holidays) => setForm({ ...form, holidays })} />
      <CheckboxGroup
        legend={t('calendars.fields.teams')}
        hint={t('calendars.teamsHint')}
        options={(teams.data ?? []).map((team) => ({ value: team.id, label: team.name }))}
        value={form.teamIds}
        onChange={(teamIds) => setForm({ ...form, teamIds })}
      />
      <TryDueBox form={form} />
    </FormDialog>
  );
}
