import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../shell/states';
import { useHolidaySets, useImportHolidaySet, useImportIcs } from './api';
import { addHoliday, mergeHolidays } from './calendar-form';
import type { HolidayImportResult } from './types';

/**
 * A calendar's closed days: typed one by one, imported from our starter sets (country + years) or
 * from an ICS file. Imports need a saved calendar; their dates join the form at once.
 */
export function HolidayEditor({ calendarId, holidays, onChange }: { calendarId: string | null; holidays: string[]; onChange: (holidays: string[]) => void }) {
  const { t } = useTranslation('sla');
  const sets = useHolidaySets();
  const importSet = useImportHolidaySet();
  const importIcs = useImportIcs();
  const [date, setDate] = useState('');
  const [code, setCode] = useState('');
  const [years, setYears] = useState<number[]>([]);
  const [result, setResult] = useState<HolidayImportResult | null>(null);
  const ids = { date: useId(), set: useId(), file: useId() };
  const chosen = sets.data?.find((set) => set.code === code);

  const imported = (r: HolidayImportResult) => {
    setResult(r);
    onChange(mergeHolidays(holidays, r.added));
  };

  return (
    <fieldset className="adm-checkgroup" data-testid="holidays">
      <legend>{t('calendars.fields.holidays')}</legend>
      {holidays.length === 0 ? (
        <p className="muted small adm-hint">{t('calendars.noHolidays')}</p>
      ) : (
        <ul className="sla-holidays" aria-label={t('calendars.fields.holidays')}>
          {holidays.map((day) => (
            <li key={day} className="chip">
              {day}
              <button type="button" className="icon-button" aria-label={t('calendars.removeHoliday', { date: day })} onClick={() => onChange(holidays.filter((d) => d !== day))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="sla-row" style={{ marginTop: 6 }}>
        <label htmlFor={ids.date} className="visually-hidden">
          {t('calendars.holidayDate')}
        </label>
        <input id={ids.date} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        <button
          type="button"
          className="button"
          disabled={!date}
          onClick={() => {
            onChange(addHoliday(holidays, date));
            setDate('');
          }}
        >
          {t('calendars.addHoliday')}
        </button>
      </div>
      {calendarId ? (
        <>
          <div className="sla-row" style={{ marginTop: 6 }}>
            <label htmlFor={ids.set} className="small">
              {t('calendars.importSet')}
            </label>
            <select id={ids.set} value={code} onChange={(e) => { setCode(e.target.value); setYears([]); }} data-field="holiday-set">
              <option value="">{t('calendars.chooseSet')}</option>
              {sets.data?.map((set) => (
                <option key={set.code} value={set.code}>
                  {set.name} ({set.code})
                </option>
              ))}
            </select>
            {chosen?.years.map((year) => (
              <label key={year} className="checkbox small">
                <input type="checkbox" checked={years.includes(year)} onChange={(e) => setYears(e.target.checked ? [...years, year] : years.filter((y) => y !== year))} />
                {year}
              </label>
            ))}
            <button type="button" className="button" disabled={!code || importSet.isPending} onClick={() => importSet.mutate({ id: calendarId, code, years }, { onSuccess: imported })}>
              {t('calendars.import')}
            </button>
          </div>
          <div className="sla-row" style={{ marginTop: 6 }}>
            <label htmlFor={ids.file} className="small">
              {t('calendars.importIcs')}
            </label>
            <input
              id={ids.file}
              type="file"
              accept=".ics,text/calendar"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void file.text().then((ics) => importIcs.mutate({ id: calendarId, ics }, { onSuccess: imported }));
              }}
            />
          </div>
          <InlineError error={importSet.error ?? importIcs.error} />
          {result && (
            <div role="status" className="small" data-testid="holiday-import-result">
              {t('calendars.imported', { count: result.added.length })}
              {result.warnings.length > 0 && (
                <ul className="sla-warnings">
                  {result.warnings.map((warning, i) => (
                    <li key={i}>{warning}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </>
      ) : (
        <p className="muted small">{t('calendars.importAfterSave')}</p>
      )}
    </fieldset>
  );
}
