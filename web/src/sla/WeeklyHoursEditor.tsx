import { useTranslation } from 'react-i18next';
import { addInterval, copyToWeekdays, isOvernight, isTime, removeInterval, setIntervalTime } from './calendar-form';
import { WEEKDAYS, type WeeklyHours } from './types';

/** The week's opening hours: per day any number of intervals; one that ends before it starts runs overnight. */
export function WeeklyHoursEditor({ weekly, onChange }: { weekly: WeeklyHours; onChange: (weekly: WeeklyHours) => void }) {
  const { t } = useTranslation('sla');
  return (
    <fieldset className="adm-checkgroup" data-testid="weekly-hours">
      <legend>{t('calendars.fields.weekly')}</legend>
      <p className="muted small adm-hint">{t('calendars.weeklyHint')}</p>
      <div className="sla-weekly">
        {WEEKDAYS.map((day) => (
          <div key={day} className="sla-day" data-day={day}>
            <span className="sla-day-name">{t(`days.${day}`)}</span>
            <div className="sla-intervals">
              {weekly[day].length === 0 && <span className="muted small">{t('calendars.closed')}</span>}
              {weekly[day].map((interval, index) => {
                const label = t('calendars.intervalLabel', { day: t(`days.${day}`), n: index + 1 });
                return (
                  <div key={index} className="sla-interval">
                    {([0, 1] as const).map((end) => (
                      <input
                        key={end}
                        type="text"
                        inputMode="numeric"
                        size={5}
                        maxLength={5}
                        placeholder={end === 0 ? '09:00' : '18:00'}
                        aria-label={`${label} ${end === 0 ? t('calendars.from') : t('calendars.to')}`}
                        aria-invalid={!isTime(interval[end])}
                        value={interval[end]}
                        onChange={(e) => onChange(setIntervalTime(weekly, day, index, end, e.target.value.trim()))}
                        data-interval={`${day}-${index}-${end === 0 ? 'from' : 'to'}`}
                      />
                    ))}
                    {isOvernight(interval) && <span className="chip sla-overnight">{t('calendars.overnight')}</span>}
                    <button type="button" className="icon-button" aria-label={t('calendars.removeInterval', { what: label })} onClick={() => onChange(removeInterval(weekly, day, index))}>
                      ×
                    </button>
                  </div>
                );
              })}
              <div className="sla-row">
                <button type="button" className="button button-ghost small" onClick={() => onChange(addInterval(weekly, day))} data-add-interval={day}>
                  + {t('calendars.addInterval')}
                </button>
                {day === 'mon' && (
                  <button type="button" className="button button-ghost small" onClick={() => onChange(copyToWeekdays(weekly, 'mon'))}>
                    {t('calendars.copyToWeekdays')}
                  </button>
                )}
              </div>
            </div>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
