import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nameOf, useTeams } from '../api/lookups';
import { AdminListCard } from '../admin/AdminListCard';
import { hasRole } from '../app/roles';
import { useSession } from '../app/session';
import { FormDialog } from '../shell/FormDialog';
import { EmptyState } from '../shell/states';
import { useCalendars, useDeleteCalendar } from './api';
import { CalendarDialog } from './CalendarDialog';
import { weeklySummary } from './calendar-form';
import type { CalendarView } from './types';
import './sla.css';

type Editing = { mode: 'create' } | { mode: 'edit'; calendar: CalendarView } | null;

/** Admin → Business hours: the calendars SLA clocks count in, per team, with holidays. Admins edit; others read. */
export function CalendarsSection() {
  const { t } = useTranslation(['sla', 'admin']);
  const { session } = useSession();
  const calendars = useCalendars();
  const teams = useTeams();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<CalendarView | null>(null);
  const canEdit = hasRole(session.agent.role, 'admin');
  const dayName = (day: string) => t(`days.${day}` as 'days.mon');

  return (
    <div className="adm-section-body">
      <AdminListCard
        id="calendars-title"
        title={t('calendars.title')}
        add={canEdit ? { label: t('calendars.add'), onClick: () => setEditing({ mode: 'create' }) } : undefined}
        note={<p className="muted small adm-readonly">{canEdit ? t('calendars.explain') : t('admin:readOnly.admin')}</p>}
        list={calendars}
        skeleton={{ rows: 3, columns: canEdit ? 5 : 4 }}
        head={
          <>
            <th scope="col" className="adm-col-name">{t('calendars.columns.name')}</th>
            <th scope="col" className="adm-col-zone">{t('calendars.columns.timezone')}</th>
            <th scope="col">{t('calendars.columns.hours')}</th>
            <th scope="col" className="adm-col-brand">{t('calendars.columns.teams')}</th>
          </>
        }
        actions={canEdit ? { className: 'adm-col-actions-2', label: t('admin:actions') } : undefined}
        rows={(items) =>
          items.map((calendar) => (
            <tr key={calendar.id} data-testid="calendar-row">
              <td>
                {calendar.name}
                {calendar.isDefault && <span className="badge">{t('calendars.default')}</span>}
              </td>
              <td>{calendar.timezone}</td>
              <td className="adm-wrap small">
                {weeklySummary(calendar.weekly, dayName) || t('calendars.closed')}
                {calendar.holidays.length > 0 && <span className="muted"> · {t('calendars.holidayCount', { count: calendar.holidays.length })}</span>}
              </td>
              <td className="adm-wrap">{calendar.teamIds.map((id) => nameOf(teams.data, id) ?? id).join(', ') || <span className="muted">—</span>}</td>
              {canEdit && (
                <td className="adm-col-actions-2">
                  <button type="button" className="button" onClick={() => setEditing({ mode: 'edit', calendar })}>
                    {t('admin:edit')}
                    <span className="visually-hidden"> {calendar.name}</span>
                  </button>{' '}
                  <button type="button" className="button button-danger" onClick={() => setDeleting(calendar)}>
                    {t('admin:delete')}
                    <span className="visually-hidden"> {calendar.name}</span>
                  </button>
                </td>
              )}
            </tr>
          ))
        }
        empty={<EmptyState title={t('calendars.empty')} hint={canEdit ? t('calendars.emptyHint') : undefined} />}
      />
      <CalendarDialog calendar={editing?.mode === 'edit' ? editing.calendar : null} open={editing !== null} onClose={() => setEditing(null)} />
      <DeleteCalendarDialog calendar={deleting} onClose={() => setDeleting(null)} />
    </div>
  );
}

function DeleteCalendarDialog({ calendar, onClose }: { calendar: CalendarView | null; onClose: () => void }) {
  const { t } = useTranslation('sla');
  const remove = useDeleteCalendar();
  return (
    <FormDialog
      open={calendar !== null}
      danger
      title={t('calendars.deleteTitle', { name: calendar?.name ?? '' })}
      description={t('calendars.deleteExplain')}
      submitLabel={t('calendars.deleteConfirm')}
      pending={remove.isPending}
      error={remove.error}
      onSubmit={() => calendar && remove.mutate(calendar.id, { onSuccess: onClose })}
      onClose={() => {
        remove.reset();
        onClose();
      }}
    />
  );
}
