import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../api/client';
import { useAgents, useBrands } from '../api/lookups';
import type { SavedView } from '../api/types';
import { CHANNELS, INTENTS, LANGUAGES, PRIORITIES, RISK_SIGNALS, STATUSES } from '../app/taxonomy';
import { languageName } from '../format/time';
import { FOCUS_SEARCH_EVENT } from '../shell/Layout';
import { InlineError } from '../shell/states';
import { useQueues } from '../routing/api';
import { listQuery, type FilterKey, type InboxState } from './filters';

/** Orders the list API offers; "any" is its default, most recently updated first. */
const SORTS = ['due', '-created_at', 'created_at', 'updated_at', 'priority'] as const;

interface Props {
  title: React.ReactNode;
  state: InboxState;
  onChange: (key: FilterKey, value: string | null) => void;
  onSaved: (view: SavedView) => void;
}

export function FilterBar({ title, state, onChange, onSaved }: Props) {
  const { t, i18n } = useTranslation(['inbox', 'common', 'triage']);
  const agents = useAgents();
  const brands = useBrands();
  const queues = useQueues();
  const search = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(state.filters.q ?? '');
  const effective = listQuery(state);

  useEffect(() => setText(state.filters.q ?? ''), [state.filters.q]);
  useEffect(() => {
    const focus = () => search.current?.focus();
    window.addEventListener(FOCUS_SEARCH_EVENT, focus);
    return () => window.removeEventListener(FOCUS_SEARCH_EVENT, focus);
  }, []);

  // Each filter is one compact select whose empty choice names it ("Status: any"), so the whole
  // filter row fits one line on a laptop screen; the label stays for screen readers.
  const select = (key: FilterKey, label: string, options: { value: string; label: string }[], anyLabel = t('filters.anyOf', { what: label })) => {
    const value = effective[key] ?? '';
    const combined = value && !options.some((o) => o.value === value);
    return (
      <label className={value ? 'filter filter-set' : 'filter'}>
        <span className="visually-hidden">{label}</span>
        <select value={value} onChange={(e) => onChange(key, e.target.value || null)} data-filter={key}>
          <option value="">{anyLabel}</option>
          {combined && (
            <option value={value}>
              {label}: {value.split(',').map((v) => options.find((o) => o.value === v)?.label ?? v).join(' + ')}
            </option>
          )}
          {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
          ))}
        </select>
      </label>
    );
  };

  return (
    <div className="filter-bar">
      <div className="inbox-title-row">
        {title}
        <form
          role="search"
          className="search"
          onSubmit={(e) => {
            e.preventDefault();
            onChange('q', text.trim() || null);
          }}
        >
          <label className="visually-hidden" htmlFor="inbox-search">
            {t('filters.search')}
          </label>
          <input
            id="inbox-search"
            ref={search}
            type="search"
            value={text}
            placeholder={t('filters.searchPlaceholder')}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') e.currentTarget.blur();
            }}
            aria-keyshortcuts="/"
            maxLength={256}
          />
        </form>
        <SaveView filters={effective} onSaved={onSaved} />
      </div>
      <div className="filters">
        {select('status', t('columns.status'), STATUSES.map((s) => ({ value: s, label: t(`common:status.${s}`) })))}
        {select('priority', t('columns.priority'), PRIORITIES.map((p) => ({ value: p, label: t(`common:priority.${p}`) })))}
        {select('language', t('columns.language'), LANGUAGES.map((l) => ({ value: l, label: `${languageName(l, i18n.language)} (${l})` })))}
        {select('intent', t('columns.intent'), INTENTS.map((code) => ({ value: code, label: t(`common:intents.${code}` as 'common:intents.other') })))}
        {select(
          'risk',
          t('columns.risk'),
          [{ value: 'any', label: t('filters.riskAny') }, ...RISK_SIGNALS.map((code) => ({ value: code, label: t(`triage:risk.${code}`) }))],
          t('filters.riskAll'),
        )}
        {select('brandId', t('columns.brand'), (brands.data ?? []).map((b) => ({ value: b.id, label: b.name })))}
        {/* Only workspaces that route work have queues to filter by. */}
        {(queues.data?.length ?? 0) > 0 && select('queueId', t('columns.queue'), (queues.data ?? []).map((q) => ({ value: q.id, label: q.name })))}
        {select('channel', t('columns.channel'), CHANNELS.map((c) => ({ value: c, label: t(`common:channel.${c}`) })))}
        {select('assignee', t('columns.assignee'), [
          { value: 'me', label: t('filters.me') },
          { value: 'none', label: t('filters.nobody') },
          ...(agents.data ?? []).map((a) => ({ value: a.id, label: a.name })),
        ])}
        {select('sort', t('sort.label'), SORTS.map((value) => ({ value, label: t(`sort.${value}`) })), t('sort.-updated_at'))}
        <label className="filter">
          <span className="visually-hidden">{t('columns.tag')}</span>
          <input
            type="text"
            defaultValue={state.filters.tag ?? ''}
            key={state.filters.tag ?? ''}
            placeholder={t('filters.tagPlaceholder')}
            onBlur={(e) => onChange('tag', e.target.value.trim() || null)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') onChange('tag', e.currentTarget.value.trim() || null);
            }}
            size={10}
          />
        </label>
      </div>
    </div>
  );
}

function SaveView({ filters, onSaved }: { filters: Record<string, string>; onSaved: (view: SavedView) => void }) {
  const { t } = useTranslation(['inbox', 'common']);
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const save = useMutation({
    mutationFn: () => post<SavedView>('/api/views', { name: name.trim(), filters, shared }),
    onSuccess: (view) => {
      void queryClient.invalidateQueries({ queryKey: ['views'] });
      setOpen(false);
      setName('');
      onSaved(view);
    },
  });
  if (!open) {
    return (
      <button type="button" className="button button-ghost" onClick={() => setOpen(true)}>
        {t('views.save')}
      </button>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim()) save.mutate();
  };
  return (
    <form className="save-view" onSubmit={submit}>
      <label className="field-inline">
        <span className="visually-hidden">{t('views.name')}</span>
        <input autoFocus required maxLength={80} placeholder={t('views.name')} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />
        {t('views.shareWithTeam')}
      </label>
      <button type="submit" className="button button-primary" disabled={save.isPending}>
        {t('views.saveConfirm')}
      </button>
      <button type="button" className="button button-ghost" onClick={() => setOpen(false)}>
        {t('common:cancel')}
      </button>
      <InlineError error={save.error} />
    </form>
  );
}
