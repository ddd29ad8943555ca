import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, get, patch, post } from '../api/client';
import type { Brand } from '../api/types';
import { hasRole } from '../app/roles';
import { useSession } from '../app/session';
import { languageName } from '../format/time';
import { EmptyState, InlineError } from '../shell/states';
import { AdminListCard } from './AdminListCard';
import { FormDialog } from '../shell/FormDialog';
import { BrandRepliesGroup } from './BrandRepliesGroup';
import { changedFields, emptyToNull, languageOptions, replySettingsBody, replySettingsChanges, replySettingsErrors, replySettingsForm, type ReplySettingsForm } from './options';

type Kind = Brand['kind'];
const KINDS: Kind[] = ['shopify', 'woocommerce', 'amazon', 'ebay', 'aliexpress', 'temu', 'shopee', 'walmart', 'etsy', 'other'];

interface BrandForm {
  name: string;
  kind: Kind;
  marketplaceRegion: string;
  supportEmail: string;
  defaultLanguage: string;
  replies: ReplySettingsForm;
}

type Editing = { mode: 'create' } | { mode: 'edit'; brand: Brand } | null;

/** Admin's list includes archived brands; it shares the ['brands'] prefix so one invalidation refreshes both lists. */
const ALL_BRANDS_KEY = ['brands', 'all'] as const;

export function BrandsSection() {
  const { t, i18n } = useTranslation(['admin', 'common']);
  const { session } = useSession();
  const queryClient = useQueryClient();
  const brands = useQuery({
    queryKey: ALL_BRANDS_KEY,
    queryFn: () => get<{ items: Brand[] }>('/api/brands', { includeArchived: 'true' }).then((r) => r.items),
  });
  const [editing, setEditing] = useState<Editing>(null);
  const canEdit = hasRole(session.agent.role, 'admin');
  const columns = canEdit ? 7 : 6;

  const archive = useMutation({
    mutationFn: ({ id, archived }: { id: string; archived: boolean }) => patch<Brand>(`/api/brands/${id}`, { archived }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['brands'] }),
  });

  return (
    <div className="adm-section-body">
      <AdminListCard
        id="brands-title"
        title={t('brands.title')}
        add={canEdit ? { label: t('brands.add'), onClick: () => setEditing({ mode: 'create' }) } : undefined}
        note={
          <>
            <p className="muted small adm-readonly">{canEdit ? t('brands.explain') : t('readOnly.admin')}</p>
            <InlineError error={archive.error} />
          </>
        }
        list={brands}
        skeleton={{ rows: 3, columns }}
        head={
          <>
            <th scope="col" className="adm-col-brand">{t('brands.columns.name')}</th>
            <th scope="col" className="adm-col-kind">{t('brands.columns.kind')}</th>
            <th scope="col" className="adm-col-region">{t('brands.columns.region')}</th>
            <th scope="col">{t('brands.columns.supportEmail')}</th>
            <th scope="col" className="adm-col-lang">{t('brands.columns.language')}</th>
            <th scope="col" className="adm-col-state">{t('brands.columns.status')}</th>
          </>
        }
        actions={canEdit ? { className: 'adm-col-actions-2', label: t('actions') } : undefined}
        rows={(items) =>
          items.map((brand) => (
            <tr key={brand.id} className={brand.archived ? 'adm-inactive' : ''} data-testid="brand-row">
              <td>{brand.name}</td>
              <td>{t(`brands.kinds.${brand.kind}`)}</td>
              <td>{brand.marketplaceRegion ?? <span className="muted">—</span>}</td>
              <td className="adm-break">{brand.supportEmail ?? <span className="muted">—</span>}</td>
              <td>
                {languageName(brand.defaultLanguage, i18n.language)} <span className="muted small">({brand.defaultLanguage})</span>
              </td>
              <td>
                <span className={brand.archived ? 'chip adm-off' : 'chip adm-on'}>{brand.archived ? t('brands.archived') : t('brands.active')}</span>
              </td>
              {canEdit && (
                <td className="adm-col-actions-2">
                  <button type="button" className="button" onClick={() => setEditing({ mode: 'edit', brand })}>
                    {t('edit')}
                    <span className="visually-hidden"> {brand.name}</span>
                  </button>{' '}
                  <button
                    type="button"
                    className={brand.archived ? 'button' : 'button button-danger'}
                    disabled={archive.isPending && archive.variables?.id === brand.id}
                    onClick={() => archive.mutate({ id: brand.id, archived: !brand.archived })}
                  >
                    {brand.archived ? t('brands.restore') : t('brands.archive')}
                    <span className="visually-hidden"> {brand.name}</span>
                  </button>
                </td>
              )}
            </tr>
          ))
        }
        empty={<EmptyState title={t('brands.empty')} />}
      />
      <BrandDialog editing={editing} onClose={() => setEditing(null)} />
    </div>
  );
}

function formOf(brand: Brand | null): BrandForm {
  if (!brand) return { name: '', kind: 'shopify', marketplaceRegion: '', supportEmail: '', defaultLanguage: 'en', replies: replySettingsForm() };
  return {
    name: brand.name,
    kind: brand.kind,
    marketplaceRegion: brand.marketplaceRegion ?? '',
    supportEmail: brand.supportEmail ?? '',
    defaultLanguage: brand.defaultLanguage,
    replies: replySettingsForm(brand.replySettings),
  };
}

function BrandDialog({ editing, onClose }: { editing: Editing; onClose: () => void }) {
  const { t, i18n } = useTranslation(['admin', 'common']);
  const queryClient = useQueryClient();
  const [form, setForm] = useState<BrandForm>(() => formOf(null));
  const ids = { name: useId(), kind: useId(), region: useId(), email: useId(), language: useId() };
  const brand = editing?.mode === 'edit' ? editing.brand : null;

  const save = useMutation({
    mutationFn: (value: BrandForm) => {
      const toBody = (f: BrandForm) => ({
        name: f.name.trim(),
        kind: f.kind,
        marketplaceRegion: emptyToNull(f.marketplaceRegion),
        supportEmail: emptyToNull(f.supportEmail),
        defaultLanguage: f.defaultLanguage,
      });
      if (!brand) return post<Brand>('/api/brands', { ...toBody(value), replySettings: replySettingsBody(value.replies) });
      const before = formOf(brand);
      const replySettings = replySettingsChanges(before.replies, value.replies);
      const changes = { ...changedFields(toBody(before), toBody(value)), ...(replySettings ? { replySettings } : {}) };
      if (Object.keys(changes).length === 0) return Promise.resolve(brand);
      return patch<Brand>(`/api/brands/${brand.id}`, changes);
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['brands'] });
      onClose();
    },
  });

  const { reset } = save;
  useEffect(() => {
    if (!editing) return;
    reset();
    setForm(formOf(editing.mode === 'edit' ? editing.brand : null));
  }, [editing, reset]);

  const set = <K extends keyof BrandForm>(key: K, value: BrandForm[K]) => setForm((old) => ({ ...old, [key]: value }));
  const setReply = <K extends keyof ReplySettingsForm>(key: K, value: ReplySettingsForm[K]) =>
    setForm((old) => ({ ...old, replies: { ...old.replies, [key]: value } }));
  // The server's validation errors about reply settings go next to their fields; the dialog's own
  // error line stays for anything else (and for a message no field could take).
  const invalid =
    save.error instanceof ApiError && (save.error.status === 400 || save.error.status === 422)
      ? replySettingsErrors(save.error.details, save.error.message)
      : { fields: {}, complete: false };

  return (
    <FormDialog
      open={editing !== null}
      title={brand ? t('brands.editTitle', { name: brand.name }) : t('brands.addTitle')}
      submitLabel={brand ? t('common:save') : t('brands.create')}
      wide
      pending={save.isPending}
      error={invalid.complete ? null : save.error}
      onSubmit={() => save.mutate(form)}
      onClose={onClose}
    >
      <div className="adm-grid">
        <label className="field adm-span-2" htmlFor={ids.name}>
          <span>{t('brands.fields.name')}</span>
          <input id={ids.name} type="text" required maxLength={120} value={form.name} onChange={(e) => set('name', e.target.value)} />
        </label>
        <label className="field" htmlFor={ids.kind}>
          <span>{t('brands.fields.kind')}</span>
          <select id={ids.kind} value={form.kind} onChange={(e) => set('kind', e.target.value as Kind)}>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`brands.kinds.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={ids.region}>
          <span>{t('brands.fields.region')}</span>
          <input
            id={ids.region}
            type="text"
            maxLength={20}
            value={form.marketplaceRegion}
            placeholder={t('brands.fields.regionPlaceholder')}
            onChange={(e) => set('marketplaceRegion', e.target.value)}
          />
        </label>
        <label className="field" htmlFor={ids.email}>
          <span>{t('brands.fields.supportEmail')}</span>
          <input id={ids.email} type="email" maxLength={254} value={form.supportEmail} onChange={(e) => set('supportEmail', e.target.value)} />
        </label>
        <label className="field" htmlFor={ids.language}>
          <span>{t('brands.fields.language')}</span>
          <select id={ids.language} value={form.defaultLanguage} onChange={(e) => set('defaultLanguage', e.target.value)}>
            {languageOptions(i18n.language, form.defaultLanguage).map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <BrandRepliesGroup value={form.replies} onChange={setReply} errors={invalid.fields} />
    </FormDialog>
  );
}
