import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { InlineError } from '../shell/states';
import { useMerge } from './useTicket';
import { useModalDialog } from '../shell/useModalDialog';

/** Merges this ticket into another one the agent names by number; the merged one closes. */
export function MergeDialog({ ticketId, open, onClose }: { ticketId: number; open: boolean; onClose: () => void }) {
  const { t } = useTranslation(['ticket', 'common']);
  const ref = useModalDialog(open);
  const [target, setTarget] = useState('');
  const merge = useMerge(ticketId);
  const [, navigate] = useLocation();


  const submit = (event: FormEvent) => {
    event.preventDefault();
    const targetId = Number(target.replace(/^#/, ''));
    if (!Number.isInteger(targetId) || targetId <= 0) return;
    merge.mutate(
      { targetId },
      {
        onSuccess: (merged) => {
          onClose();
          navigate(`/tickets/${merged.id}`);
        },
      },
    );
  };

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={`merge-title-${ticketId}`} onClose={onClose}>
      <form onSubmit={submit} className="stack">
        <h2 id={`merge-title-${ticketId}`}>{t('merge.title', { id: ticketId })}</h2>
        <p className="muted">{t('merge.explain')}</p>
        <label className="field">
          <span>{t('merge.target')}</span>
          <input inputMode="numeric" pattern="#?[0-9]+" required value={target} onChange={(e) => setTarget(e.target.value)} placeholder="#1234" autoFocus />
        </label>
        <InlineError error={merge.error} />
        <div className="composer-actions">
          <button type="submit" className="button button-danger" disabled={merge.isPending}>
            {t('merge.confirm')}
          </button>
          <button type="button" className="button button-ghost" onClick={onClose}>
            {t('common:cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
