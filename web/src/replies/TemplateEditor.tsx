import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nameOf, useBrands } from '../api/lookups';
import { LANGUAGES } from '../app/taxonomy';
import { languageName } from '../format/time';
import { ErrorState, InlineError, LoadingState } from '../shell/states';
import { usePatchTemplate, useTemplate } from './api';
import { ExperimentPanel } from './ExperimentPanel';
import { templateLabel } from './labels';
import { VariantEditor } from './VariantEditor';
import { brandsOf, findVariant, languageOutOfDate, languagesOf, nextLetter, sharesAddUp, sourceVariant, variantsFor } from './variants';
import type { Template } from './types';
import './replies.css';

interface Selection {
  language: string;
  brandId: string | null;
  letter: string;
}

/**
 * One template: a tab per language (source first; out-of-date ones marked), a brand override and
 * the A/B variants of that language, the editor with its live preview, versions and A/B results.
 */
export function TemplateEditor({ id, canEdit, onBack }: { id: string; canEdit: boolean; onBack: () => void }) {
  const { t } = useTranslation(['replies', 'common']);
  const template = useTemplate(id);
  if (template.isPending) return <LoadingState label={t('common:loading')} />;
  if (template.isError) return <ErrorState error={template.error} onRetry={() => void template.refetch()} />;
  return <Editor template={template.data} canEdit={canEdit} onBack={onBack} />;
}

function Editor({ template, canEdit, onBack }: { template: Template; canEdit: boolean; onBack: () => void }) {
  const { t, i18n } = useTranslation(['replies', 'common']);
  const brands = useBrands();
  const patch = usePatchTemplate(template.id);
  const [selection, setSelection] = useState<Selection>({ language: template.sourceLanguage, brandId: null, letter: 'A' });
  // Languages and variants added here but not saved yet.
  const [added, setAdded] = useState<string[]>([]);
  const [newLetter, setNewLetter] = useState<{ letter: string; share: number } | null>(null);
  const ids = { brand: useId(), addLanguage: useId(), heading: useId() };

  const languages = [...new Set([...languagesOf(template), ...added])];
  const variants = variantsFor(template, selection.language, selection.brandId);
  const letters = [...new Set([...variants.map((v) => v.variant), ...(newLetter ? [newLetter.letter] : []), 'A'])].sort();
  const existing = findVariant(template, selection.language, selection.brandId, selection.letter);
  // A new variant starts from the nearest text: this language's A (this brand, then all brands), else the source.
  const seed = existing ?? findVariant(template, selection.language, selection.brandId, 'A') ?? findVariant(template, selection.language, null, 'A') ?? sourceVariant(template);
  const source = sourceVariant(template);
  const overriddenBrands = brandsOf(template, selection.language);
  const shares = variants.map((v) => v.trafficShare);

  const select = (next: Partial<Selection>) => setSelection((old) => ({ ...old, letter: 'A', ...next }));
  const addVariant = () => {
    const letter = nextLetter(variants);
    setNewLetter({ letter, share: 50 });
    setSelection((old) => ({ ...old, letter }));
  };

  return (
    <div className="adm-section-body" data-testid="template-editor">
      <section className="adm-card" aria-labelledby={ids.heading}>
        <div className="adm-card-head">
          <div>
            <button type="button" className="button button-ghost small" onClick={onBack}>
              ← {t('templates.back')}
            </button>
            <h2 id={ids.heading}>
              {templateLabel(t, template.key, template.name)} <span className="muted rep-mono small">{template.key}</span>
            </h2>
          </div>
          {canEdit && (
            <button type="button" className="button" disabled={patch.isPending} onClick={() => patch.mutate({ archived: !template.archived })}>
              {template.archived ? t('templates.restore') : t('templates.archive')}
            </button>
          )}
        </div>
        <p className="muted small adm-readonly">
          {t('templates.facts', {
            kind: t(`kinds.${template.kind}`),
            language: languageName(template.sourceLanguage, i18n.language),
            channels: template.channels.length ? template.channels.map((c) => t(`common:channel.${c}` as 'common:channel.email', { defaultValue: c })).join(', ') : t('templates.allChannels'),
          })}
          {template.archived && <span className="chip adm-off adm-chip"> {t('templates.archived')}</span>}
        </p>
        <InlineError error={patch.error} />

        <div className="rep-lang-row">
          <div className="rep-lang-tabs" role="tablist" aria-label={t('templates.languages')}>
            {languages.map((language) => {
              const outdated = languageOutOfDate(template, language);
              return (
                <button
                  key={language}
                  type="button"
                  role="tab"
                  aria-selected={selection.language === language}
                  className={selection.language === language ? 'rep-tab active' : 'rep-tab'}
                  onClick={() => {
                    setNewLetter(null);
                    select({ language, brandId: null });
                  }}
                  data-language={language}
                  data-out-of-date={outdated || undefined}
                >
                  {languageName(language, i18n.language)} <span className="muted small">({language})</span>
                  {language === template.sourceLanguage && <span className="badge">{t('templates.source')}</span>}
                  {outdated && <span className="badge rep-badge-outdated">{t('templates.outOfDate')}</span>}
                </button>
              );
            })}
          </div>
          {canEdit && (
            <span className="rep-add-language">
              <label htmlFor={ids.addLanguage} className="visually-hidden">
                {t('templates.addLanguage')}
              </label>
              <select
                id={ids.addLanguage}
                value=""
                onChange={(e) => {
                  const language = e.target.value;
                  if (!language) return;
                  setAdded((old) => [...old, language]);
                  setNewLetter(null);
                  select({ language, brandId: null });
                }}
              >
                <option value="">{t('templates.addLanguage')}</option>
                {LANGUAGES.filter((code) => !languages.includes(code)).map((code) => (
                  <option key={code} value={code}>
                    {languageName(code, i18n.language)} ({code})
                  </option>
                ))}
              </select>
            </span>
          )}
        </div>

        <div className="rep-variant-bar">
          <label htmlFor={ids.brand} className="small">
            {t('templates.brand')}
          </label>
          <select
            id={ids.brand}
            value={selection.brandId ?? ''}
            onChange={(e) => {
              setNewLetter(null);
              select({ brandId: e.target.value || null });
            }}
            data-testid="template-brand"
          >
            <option value="">{t('templates.allBrands')}</option>
            {(brands.data ?? []).map((brand) => (
              <option key={brand.id} value={brand.id}>
                {overriddenBrands.includes(brand.id) ? t('templates.brandOverridden', { brand: brand.name }) : brand.name}
              </option>
            ))}
          </select>
          <div className="rep-letters" role="tablist" aria-label={t('templates.variants')}>
            {letters.map((letter) => {
              const v = variants.find((x) => x.variant === letter);
              return (
                <button
                  key={letter}
                  type="button"
                  role="tab"
                  aria-selected={selection.letter === letter}
                  className={selection.letter === letter ? 'rep-tab active' : 'rep-tab'}
                  onClick={() => setSelection((old) => ({ ...old, letter }))}
                  data-variant={letter}
                >
                  {t('templates.variant', { letter })}
                  {v && variants.length > 1 && <span className="muted small"> · {v.trafficShare}%</span>}
                  {!v && <span className="muted small"> · {t('templates.unsaved')}</span>}
                </button>
              );
            })}
          </div>
          {canEdit && variants.length > 0 && !newLetter && (
            <button type="button" className="button small" onClick={addVariant} data-testid="add-variant">
              {t('templates.addVariant', { letter: nextLetter(variants) })}
            </button>
          )}
        </div>
        {selection.brandId && !existing && selection.letter === 'A' && (
          <p className="muted small">{t('templates.noOverride', { brand: nameOf(brands.data, selection.brandId) ?? '' })}</p>
        )}
        {!sharesAddUp(shares) && <p className="adm-warning small">{t('templates.sharesOff', { total: shares.reduce((a, b) => a + b, 0) })}</p>}
      </section>

      <VariantEditor
        key={`${template.id}|${selection.language}|${selection.brandId ?? ''}|${selection.letter}|${existing?.version ?? 0}`}
        template={template}
        language={selection.language}
        brandId={selection.brandId}
        letter={selection.letter}
        existing={existing}
        seed={seed}
        source={source}
        initialShare={existing?.trafficShare ?? newLetter?.share ?? (variants.length > 0 ? 50 : 100)}
        showShare={letters.length > 1}
        siblings={variants.filter((v) => v.variant !== selection.letter)}
        canEdit={canEdit}
        onSaved={() => setNewLetter(null)}
        onDeleted={() => setSelection((old) => ({ ...old, letter: 'A' }))}
      />

      {variants.length > 1 && <ExperimentPanel templateId={template.id} language={selection.language} brandId={selection.brandId} />}
    </div>
  );
}
