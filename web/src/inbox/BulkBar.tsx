import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../api/client';
import { useAgents } from '../api/lookups';
import type { BulkResult, UpdateTicketInput } from '../api/types';
import { useSession } from '../app/session';
import { STATUSES } from '../app/taxonomy';
import { InlineError } from '../shell/states';

/** Shown while tickets are selected: assign, set status or add a tag to all of them at once. */
export function BulkBar({ ids, onDone }: { ids: number[]; onDone: () => void }) {
  const { t } = useTranslation(['inbox', 'common']);
  const { session } = useSession();
  const agents = useAgents();
  const queryClient = useQueryClient();
  const [tag, setTag] = useState('');
  const [result, setResult] = useState<BulkResult | null>(null);

  const apply = useMutation({
    mutationFn: (update: UpdateTicketInput) => post<BulkResult>('/api/tickets/bulk', { ids, update }),
    onSuccess: (outcome) => {
      setResult(outcome);
      void queryClient.invalidateQueries({ queryKey: ['tickets'] });
      if (outcome.failed.length === 0) onDone();
    },
  });

  return (
    <div className="bulk-bar" role="region" aria-label={t('bulk.label')}>
      <strong>{t('bulk.selected', { count: ids.length })}</strong>
      <button type="button" className="button" onClick={() => apply.mutate({ assigneeId: session.agent.id })} disabled={apply.isPending}>
        {t('bulk.assignToMe')}
      </button>
      <label className="filter">
        <span className="visually-hidden">{t('bulk.assignTo')}</span>
        <select value="" onChange={(e) => e.target.value && apply.mutate({ assigneeId: e.target.value === 'none' ? null : e.target.value })}>
          <option value="">{t('bulk.assignTo')}</option>
          <option value="none">{t('filters.nobody')}</option>
          {agents.data?.filter((a) => a.active).map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span className="visually-hidden">{t('bulk.setStatus')}</span>
        <select value="" onChange={(e) => e.target.value && apply.mutate({ status: e.target.value as UpdateTicketInput['status'] })}>
          <option value="">{t('bulk.setStatus')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`common:status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <form
        className="bulk-tag"
        onSubmit={(e) => {
          e.preventDefault();
          const value = tag.trim();
          if (value) apply.mutate({ addTags: [value] }, { onSuccess: () => setTag('') });
        }}
      >
        <label>
          <span className="visually-hidden">{t('bulk.addTag')}</span>
          <input value={tag} onChange={(e) => setTag(e.target.value.replace(/[\s,]/g, ''))} placeholder={t('bulk.addTag')} size={12} maxLength={64} />
        </label>
        <button type="submit" className="button" disabled={!tag.trim() || apply.isPending}>
          {t('bulk.tagButton')}
        </button>
      </form>
      <button type="button" className="button button-ghost" onClick={onDone}>
        {t('bulk.clear')}
      </button>
      <InlineError error={apply.error} />
      {result && result.failed.length > 0 && (
        <p className="inline-error" role="alert">
          {t('bulk.someFailed', { count: result.failed.length })} {result.failed.map((f) => `#${f.id}: ${f.message}`).join('; ')}
        </p>
      )}
    </div>
  );
}
