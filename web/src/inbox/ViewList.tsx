import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { del } from '../api/client';
import { useSavedViews } from '../api/lookups';
import type { SavedView } from '../api/types';
import { BUILT_IN_VIEWS, type InboxState } from './filters';

interface Props {
  state: InboxState;
  onOpen: (state: InboxState) => void;
}

/** The inbox's left column: built-in views, then the agent's saved and shared filters. */
export function ViewList({ state, onOpen }: Props) {
  const { t } = useTranslation(['inbox', 'common']);
  const views = useSavedViews();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (view: SavedView) => del(`/api/views/${view.id}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['views'] }),
  });

  return (
    <nav className="view-list" aria-label={t('views.label')}>
      <ul>
        {BUILT_IN_VIEWS.map((view) => (
          <li key={view}>
            <button
              type="button"
              className={state.view === view && Object.keys(state.filters).length === 0 ? 'view active' : 'view'}
              aria-current={state.view === view ? 'page' : undefined}
              onClick={() => onOpen({ view, filters: {} })}
            >
              {t(`views.${view}`)}
            </button>
          </li>
        ))}
      </ul>
      <h2 className="view-heading">{t('views.saved')}</h2>
      {views.data?.length === 0 && <p className="muted small">{t('views.noneSaved')}</p>}
      <ul>
        {views.data?.map((view) => (
          <li key={view.id} className="saved-view">
            <button
              type="button"
              className={state.view === view.id ? 'view active' : 'view'}
              aria-current={state.view === view.id ? 'page' : undefined}
              onClick={() => onOpen({ view: view.id, filters: view.filters })}
              title={view.shared ? t('views.sharedHint') : undefined}
            >
              {view.name}
              {view.shared && <span className="badge">{t('views.shared')}</span>}
            </button>
            {view.mine && (
              <button
                type="button"
                className="icon-button"
                aria-label={t('views.delete', { name: view.name })}
                onClick={() => {
                  if (window.confirm(t('views.confirmDelete', { name: view.name }))) remove.mutate(view);
                }}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
