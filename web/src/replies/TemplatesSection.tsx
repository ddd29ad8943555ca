import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminListCard } from '../admin/AdminListCard';
import { hasRole } from '../app/roles';
import { LANGUAGES } from '../app/taxonomy';
import { useSession } from '../app/session';
import { languageName } from '../format/time';
import { EmptyState } from '../shell/states';
import { useTemplates, type TemplateFilters } from './api';
import { templateLabel } from './labels';
import { NewTemplateDialog } from './NewTemplateDialog';
import { TemplateEditor } from './TemplateEditor';
import { TEMPLATE_KINDS, type TemplateKind } from './types';
import './replies.css';

/**
 * Admin → Templates: the library (starter and custom), filterable by kind, language and "out of
 * date"; opening one edits its variants. Leads and above edit; agents read.
 */
export function TemplatesSection() {
  const { session } = useSession();
  const canEdit = hasRole(session.agent.role, 'lead');
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [filters, setFilters] = useState<TemplateFilters>({});

  if (openId) return <TemplateEditor id={openId} canEdit={canEdit} onBack={() => setOpenId(null)} />;
  return (
    <div className="adm-section-body">
      <TemplateList filters={filters} setFilters={setFilters} canEdit={canEdit} onOpen={setOpenId} onCreate={() => setCreating(true)} />
      <NewTemplateDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          setOpenId(id);
        }}
      />
    </div>
  );
}

function TemplateList({ filters, setFilters, canEdit, onOpen, onCreate }: {
  filters: TemplateFilters;
  setFilters: (filters: TemplateFilters) => void;
  canEdit: boolean;
  onOpen: (id: string) => void;
  onCreate: () => void;
}) {
  const { t, i18n } = useTranslation(['replies', 'common']);
  const templates = useTemplates(filters);
  const ids = { kind: useId(), language: useId() };
  return (
    <AdminListCard
      id="templates-title"
      title={t('templates.title')}
      add={canEdit ? { label: t('templates.add'), onClick: onCreate } : undefined}
      note={
        <>
          <p className="muted small adm-readonly">{canEdit ? t('templates.explain') : t('templates.readOnly')}</p>
          <div className="rep-filters" role="group" aria-label={t('templates.filters')}>
            <label htmlFor={ids.kind} className="small">
              {t('templates.kind')}
            </label>
            <select id={ids.kind} value={filters.kind ?? ''} onChange={(e) => setFilters({ ...filters, kind: e.target.value as TemplateKind | '' })} data-testid="templates-kind">
              <option value="">{t('templates.allKinds')}</option>
              {TEMPLATE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kinds.${kind}`)}
                </option>
              ))}
            </select>
            <label htmlFor={ids.language} className="small">
              {t('templates.language')}
            </label>
            <select id={ids.language} value={filters.language ?? ''} onChange={(e) => setFilters({ ...filters, language: e.target.value })} data-testid="templates-language">
              <option value="">{t('templates.allLanguages')}</option>
              {LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {languageName(code, i18n.language)} ({code})
                </option>
              ))}
            </select>
            <label className="checkbox small">
              <input type="checkbox" checked={filters.outOfDate === true} onChange={(e) => setFilters({ ...filters, outOfDate: e.target.checked })} data-testid="templates-out-of-date" />
              <span>{t('templates.onlyOutOfDate')}</span>
            </label>
          </div>
        </>
      }
      list={templates}
      skeleton={{ rows: 6, columns: 6 }}
      head={
        <>
          <th scope="col" className="rep-col-key">{t('templates.columns.key')}</th>
          <th scope="col">{t('templates.columns.name')}</th>
          <th scope="col" className="adm-col-kind">{t('templates.columns.kind')}</th>
          <th scope="col" className="adm-col-count">{t('templates.columns.languages')}</th>
          <th scope="col" className="rep-col-state">{t('templates.columns.state')}</th>
        </>
      }
      actions={{ className: 'adm-col-actions', label: t('templates.actions') }}
      rows={(items) =>
        items.map((item) => (
          <tr key={item.id} className={item.archived ? 'adm-inactive' : ''} data-testid="template-row" data-key={item.key}>
            <td className="rep-mono adm-ellipsis" title={item.key}>
              {item.key}
            </td>
            <td className="adm-ellipsis">{templateLabel(t, item.key, item.name)}</td>
            <td>{t(`kinds.${item.kind}`)}</td>
            <td className="adm-num" title={item.languages.join(', ')}>
              {item.languages.length}
            </td>
            <td className="adm-wrap">
              {item.outOfDate > 0 && (
                <span className="chip rep-outdated adm-chip" data-testid="out-of-date-badge">
                  {t('templates.outOfDateCount', { count: item.outOfDate })}
                </span>
              )}
              {item.hasExperiment && <span className="chip rep-ab adm-chip">{t('templates.abTest')}</span>}
              {item.archived && <span className="chip adm-off adm-chip">{t('templates.archived')}</span>}
            </td>
            <td className="adm-col-actions">
              <button type="button" className="button" onClick={() => onOpen(item.id)}>
                {t('templates.open')}
                <span className="visually-hidden"> {item.key}</span>
              </button>
            </td>
          </tr>
        ))
      }
      empty={<EmptyState title={t('templates.empty')} />}
    />
  );
}
