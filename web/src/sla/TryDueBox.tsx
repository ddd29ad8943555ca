import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session';
import { formatDateTime } from '../format/time';
import { InlineError } from '../shell/states';
import { previewDue } from './api';
import type { CalendarForm } from './calendar-form';

/** The current local time as a datetime-local value ("2026-03-02T09:30"). */
function localNow(): string {
  const now = new Date();
  now.setMinutes(now.getMinutes() - now.getTimezoneOffset());
  return now.toISOString().slice(0, 16);
}

/** "Try it": when would a ticket arriving at this instant be due after N business minutes, on the calendar as edited? */
export function TryDueBox({ form }: { form: CalendarForm }) {
  const { t, i18n } = useTranslation('sla');
  const { session } = useSession();
  const [start, setStart] = useState(localNow);
  const [minutes, setMinutes] = useState('120');
  const ids = { start: useId(), minutes: useId() };
  const due = useMutation({
    mutationFn: () =>
      previewDue({
        calendar: { timezone: form.timezone, weekly: form.weekly, holidays: form.holidays, special: form.special },
        start: new Date(start).toISOString(),
        minutes: Number(minutes),
      }),
  });
  const valid = start !== '' && /^\d+$/.test(minutes.trim());

  return (
    <div className="sla-try" data-testid="try-due">
      <strong className="small">{t('calendars.try.title')}</strong>
      <div className="sla-row">
        <label htmlFor={ids.start} className="small">
          {t('calendars.try.start')}
        </label>
        <input id={ids.start} type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} />
        <label htmlFor={ids.minutes} className="small">
          {t('calendars.try.minutes')}
        </label>
        <input id={ids.minutes} type="number" min={0} max={525600} value={minutes} onChange={(e) => setMinutes(e.target.value)} style={{ width: 90 }} />
        <button type="button" className="button" disabled={!valid || due.isPending} onClick={() => due.mutate()}>
          {t('calendars.try.run')}
        </button>
      </div>
      {due.data && (
        <p className="small" role="status" data-testid="try-due-result">
          {t('calendars.try.result', {
            agent: formatDateTime(due.data.dueAt, i18n.language, session.agent.timezone),
            calendar: formatDateTime(due.data.dueAt, i18n.language, form.timezone),
            zone: form.timezone,
          })}
        </p>
      )}
      <InlineError error={due.error} />
    </div>
  );
}
