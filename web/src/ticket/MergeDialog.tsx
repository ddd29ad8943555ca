import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { FormDialog } from '../shell/FormDialog';
import { useMerge } from './useTicket';

/** Merges this ticket into another one the agent names by number; the merged one closes. */
export function MergeDialog({ ticketId, open, onClose }: { ticketId: number; open: boolean; onClose: () => void }) {
  const { t } = useTranslation(['ticket', 'common']);
  const [target, setTarget] = useState('');
  const merge = useMerge(ticketId);
  const [, navigate] = useLocation();

  const submit = () => {
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
    <FormDialog
      open={open}
      title={t('merge.title', { id: ticketId })}
      description={t('merge.explain')}
      submitLabel={t('merge.confirm')}
      pending={merge.isPending}
      error={merge.error}
      danger
      onSubmit={submit}
      onClose={onClose}
    >
      <label className="field">
        <span>{t('merge.target')}</span>
        <input inputMode="numeric" pattern="#?[0-9]+" required value={target} onChange={(e) => setTarget(e.target.value)} placeholder="#1234" autoFocus />
      </label>
    </FormDialog>
  );
}
