import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { languageName } from '../format/time';
import { InlineError } from '../shell/states';
import { useDeleteVariant, usePreview, useReviewVariant, useSaveVariant } from './api';
import { detailMessages } from './guard';
import { markReply } from './highlight';
import { directionOf } from './languages';
import { Marked } from './ReplyChecks';
import type { PreviewInput, Template, TemplateVariant } from './types';
import { useDebounced } from './useDebounced';
import { parseShare } from './variants';
import { VersionsPanel } from './VersionsPanel';
import './replies.css';

/** A 422 from saving or previewing: the parser's errors (or the server's message when it named none). */
function parseErrors(error: unknown): { message: string; where: string | null; part?: string }[] {
  if (!(error instanceof ApiError) || error.status !== 422) return [];
  const listed = detailMessages(error.details);
  return listed.length ? listed : [{ message: error.message, where: null }];
}

/** How long the editor waits after typing before asking for a new preview. */
const PREVIEW_DEBOUNCE_MS = 400;

interface Props {
  template: Template;
  language: string;
  brandId: string | null;
  letter: string;
  /** The saved variant, or null for one not saved yet (seeded from `seed`). */
  existing: TemplateVariant | null;
  seed: TemplateVariant | null;
  /** The source-language variant, shown beside an out-of-date translation. */
  source: TemplateVariant | null;
  initialShare: number;
  showShare: boolean;
  /** The other A/B variants of this language and brand: with one other, the two shares are kept at 100%. */
  siblings: TemplateVariant[];
  canEdit: boolean;
  onSaved: () => void;
  onDeleted: () => void;
}

/** Subject and body of one variant, its live preview, save (Liquid errors shown), "Mark reviewed", versions and delete. */
export function VariantEditor({ template, language, brandId, letter, existing, seed, source, initialShare, showShare, siblings, canEdit, onSaved, onDeleted }: Props) {
  const { t, i18n } = useTranslation(['replies', 'common']);
  const [subject, setSubject] = useState(seed?.subject ?? '');
  const [body, setBody] = useState(seed?.body ?? '');
  const [share, setShare] = useState(String(initialShare));
  const [ticketId, setTicketId] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const save = useSaveVariant(template.id);
  const review = useReviewVariant(template.id);
  const remove = useDeleteVariant(template.id);
  const ids = { subject: useId(), body: useId(), share: useId(), ticket: useId(), heading: useId(), preview: useId() };
  const direction = directionOf(language);
  const readOnly = !canEdit;
  const isSource = language === template.sourceLanguage && brandId === null && letter === 'A';
  const outOfDate = existing?.outOfDate === true;
  const parsedShare = parseShare(share);
  const changed = !existing || existing.subject !== subject || existing.body !== body || (showShare && parsedShare !== existing.trafficShare);

  const ticketNumber = /^\d+$/.test(ticketId.trim()) ? Number(ticketId.trim()) : undefined;
  const previewKey = useDebounced(JSON.stringify({ subject, body, language, ...(ticketNumber ? { ticketId: ticketNumber } : {}) }), PREVIEW_DEBOUNCE_MS);
  const preview = usePreview(JSON.parse(previewKey) as PreviewInput);
  const liquidErrors = parseErrors(save.error);
  const previewErrors = parseErrors(preview.error);
  const errorText = (e: { message: string; where: string | null; part?: string }) => {
    const part = e.part === 'subject' ? t('editor.subject') : e.part === 'body' ? t('editor.body') : null;
    if (e.where) return part ? t('editor.errorInAt', { part, line: e.where, message: e.message }) : t('editor.errorAt', { line: e.where, message: e.message });
    return part ? t('editor.errorIn', { part, message: e.message }) : e.message;
  };

  const submit = async (content = { subject, body }) => {
    const share = showShare && parsedShare !== null ? parsedShare : undefined;
    try {
      await save.mutateAsync({ language, brandId, variant: letter, ...(share !== undefined ? { trafficShare: share } : {}), subject: content.subject, body: content.body });
      // Two variants: the other one takes the rest of the traffic (its text unchanged, so no new version).
      const other = siblings.length === 1 ? siblings[0] : undefined;
      if (share !== undefined && other && other.trafficShare + share !== 100) {
        await save.mutateAsync({ language, brandId, variant: other.variant, trafficShare: 100 - share, subject: other.subject, body: other.body });
      }
      onSaved();
    } catch {
      // Shown from save.error.
    }
  };

  return (
    <div className="rep-editor-grid">
      <section className="adm-card rep-editor" aria-labelledby={ids.heading} data-testid="variant-editor" data-language={language} data-variant={letter}>
        <div className="adm-card-head">
          <h3 id={ids.heading}>
            {t('editor.title', { language: languageName(language, i18n.language), letter })}
            {existing && <span className="muted small"> · {t('editor.version', { version: existing.version })}</span>}
          </h3>
          {outOfDate && (
            <span className="chip rep-outdated" data-testid="variant-out-of-date">
              {t('templates.outOfDate')}
            </span>
          )}
        </div>
        {!existing && <p className="muted small adm-readonly">{t('editor.unsaved')}</p>}
        {isSource && <p className="muted small adm-readonly">{t('editor.sourceHint')}</p>}
        <label className="field" htmlFor={ids.subject}>
          <span>{t('editor.subject')}</span>
          <input id={ids.subject} type="text" value={subject} readOnly={readOnly} maxLength={500} lang={language} dir={direction} onChange={(e) => setSubject(e.target.value)} data-testid="variant-subject" />
        </label>
        <label className="field" htmlFor={ids.body}>
          <span>{t('editor.body')}</span>
          <textarea
            id={ids.body}
            className="rep-code"
            rows={14}
            value={body}
            readOnly={readOnly}
            lang={language}
            dir={direction}
            spellCheck={false}
            onChange={(e) => setBody(e.target.value)}
            aria-describedby={`${ids.body}-hint`}
            data-testid="variant-body"
          />
          <small id={`${ids.body}-hint`} className="muted">
            {t('editor.bodyHint', { example: '{{ order.number }}' })}
          </small>
        </label>
        {showShare && (
          <label className="field rep-share" htmlFor={ids.share}>
            <span>{t('editor.share')}</span>
            <input id={ids.share} type="number" min={0} max={100} step={1} value={share} readOnly={readOnly} onChange={(e) => setShare(e.target.value)} aria-invalid={parsedShare === null} />
          </label>
        )}
        {liquidErrors.length > 0 && (
          <ul className="rep-liquid-errors" role="alert" aria-label={t('editor.liquidErrors')} data-testid="liquid-errors">
            {liquidErrors.map((e, i) => (
              <li key={i}>{errorText(e)}</li>
            ))}
          </ul>
        )}
        {liquidErrors.length === 0 && <InlineError error={save.error} />}
        {canEdit && (
          <div className="adm-actions">
            <button type="button" className="button button-primary" disabled={!changed || save.isPending || parsedShare === null || !body.trim()} aria-busy={save.isPending} onClick={() => void submit()} data-testid="save-variant">
              {save.isPending ? t('editor.saving') : t('common:save')}
            </button>
            {existing && !isSource && (
              confirmDelete ? (
                <>
                  <button type="button" className="button button-danger" disabled={remove.isPending} onClick={() => existing && remove.mutate(existing.id, { onSuccess: onDeleted })}>
                    {t('editor.confirmDelete')}
                  </button>
                  <button type="button" className="button button-ghost" onClick={() => setConfirmDelete(false)}>
                    {t('common:cancel')}
                  </button>
                </>
              ) : (
                <button type="button" className="button button-ghost" onClick={() => setConfirmDelete(true)}>
                  {t('editor.delete')}
                </button>
              )
            )}
          </div>
        )}
        <InlineError error={remove.error} />
      </section>

      <section className="adm-card rep-side" aria-labelledby={ids.preview}>
        {outOfDate && source && (
          <div className="rep-source" data-testid="source-text">
            <h3>{t('editor.sourceTitle', { language: languageName(source.language, i18n.language), version: source.version })}</h3>
            <p className="muted small">{t('editor.outOfDateHint')}</p>
            <div className="rep-source-text" lang={source.language} dir={directionOf(source.language)}>
              <strong>{source.subject}</strong>
              {'\n\n'}
              {source.body}
            </div>
            {canEdit && existing && (
              <button type="button" className="button" disabled={review.isPending} onClick={() => review.mutate(existing.id)} data-testid="mark-reviewed">
                {t('editor.markReviewed')}
              </button>
            )}
            <InlineError error={review.error} />
          </div>
        )}
        <div className="adm-card-head">
          <h3 id={ids.preview}>{t('editor.preview')}</h3>
          <label className="rep-preview-ticket small" htmlFor={ids.ticket}>
            <span>{t('editor.previewTicket')}</span>
            <input id={ids.ticket} type="text" inputMode="numeric" value={ticketId} placeholder={t('editor.sampleTicket')} onChange={(e) => setTicketId(e.target.value)} size={8} />
          </label>
        </div>
        <div aria-live="polite" aria-busy={preview.isFetching} data-testid="template-preview" data-stale={preview.isFetching || previewKey !== JSON.stringify({ subject, body, language, ...(ticketNumber ? { ticketId: ticketNumber } : {}) }) || undefined}>
          {preview.data && (
            <div lang={preview.data.locale} dir={preview.data.direction} className="rep-rendered">
              <p className="rep-rendered-subject">
                <span className="muted small">{t('editor.subject')}: </span>
                <Marked pieces={markReply(preview.data.subject)} />
              </p>
              <div className="rep-rendered-text" data-testid="preview-text">
                <Marked pieces={markReply(preview.data.text)} />
              </div>
            </div>
          )}
          {preview.data && preview.data.unresolved.length > 0 && (
            <p className="small rep-unresolved" data-testid="preview-unresolved">
              {t('editor.unresolved')}{' '}
              {preview.data.unresolved.map((name) => (
                <span key={name} className="chip rep-chip-variable adm-chip rep-mono">{`{{${name}}}`}</span>
              ))}
            </p>
          )}
          {previewErrors.length > 0 ? (
            <ul className="rep-liquid-errors" aria-label={t('editor.liquidErrors')}>
              {previewErrors.map((e, i) => (
                <li key={i}>{errorText(e)}</li>
              ))}
            </ul>
          ) : (
            <InlineError error={preview.error} />
          )}
        </div>
      </section>

      {existing && (
        <VersionsPanel
          variant={existing}
          canEdit={canEdit}
          restoring={save.isPending}
          onRestore={(old) => {
            setSubject(old.subject);
            setBody(old.body);
            void submit({ subject: old.subject, body: old.body });
          }}
        />
      )}
    </div>
  );
}
