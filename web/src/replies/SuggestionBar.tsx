import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../format/time';
import { InlineError } from '../shell/states';
import { useTemplates } from './api';
import { askLabel, optionLabel, templateLabel } from './labels';
import { TEMPLATE_KINDS, type TemplateKind } from './types';
import type { SuggestedReply } from './useSuggestedReply';
import './replies.css';

/**
 * Above the reply box: "Suggest reply", the template in use and a way to pick another, what the
 * reply asks the buyer for, and the resolution options as toggles.
 */
export function SuggestionBar({ reply, showSubject }: { reply: SuggestedReply; showSubject: boolean }) {
  const { t, i18n } = useTranslation(['replies', 'common']);
  const [picking, setPicking] = useState(false);
  const optionsId = useId();
  const s = reply.current;
  const asks = s?.asks ?? [];

  return (
    <div className="rep-bar" data-testid="suggestion-bar">
      <div className="rep-bar-row">
        <button type="button" className="button" onClick={reply.suggest} disabled={reply.loading} aria-busy={reply.loading} data-testid="suggest-reply">
          {t('suggest.button')}
        </button>
        {s && (
          <span className="rep-template small" data-testid="suggestion-template">
            {t('suggest.template', { template: templateLabel(t, s.templateKey), language: languageName(s.language, i18n.language), variant: s.variant })}
          </span>
        )}
        <button type="button" className="button button-ghost small" aria-expanded={picking} onClick={() => setPicking((open) => !open)} data-testid="pick-template">
          {t('suggest.pick')}
        </button>
        <span role="status" className="muted small">
          {reply.loading ? t('suggest.loading') : reply.noTemplate ? t('suggest.noTemplate') : ''}
        </span>
      </div>
      {picking && (
        <TemplatePicker
          current={s?.templateKey ?? null}
          onChoose={(key) => {
            setPicking(false);
            reply.chooseTemplate(key);
          }}
          onCancel={() => setPicking(false)}
        />
      )}
      <InlineError error={reply.error} />
      {reply.offer && (
        <div className="rep-offer" role="alert" data-testid="suggestion-offer">
          <span>{t('suggest.offer')}</span>
          <button type="button" className="button button-primary small" onClick={reply.acceptOffer}>
            {t('suggest.replace')}
          </button>
          <button type="button" className="button small" onClick={reply.declineOffer}>
            {t('suggest.keep')}
          </button>
        </div>
      )}
      {showSubject && s?.subject && (
        <p className="rep-subject small" data-testid="suggestion-subject">
          <span className="muted">{t('suggest.subject')}</span> <span lang={s.language} dir={s.direction}>{s.subject}</span>
        </p>
      )}
      {asks.length > 0 && (
        <p className="rep-asks small" data-testid="suggestion-asks">
          {t('suggest.asks', { facts: asks.map((a) => askLabel(t, a)).join(t('suggest.listSeparator')) })}
        </p>
      )}
      {s && s.options.length > 0 && (
        <fieldset className="rep-options" aria-describedby={optionsId} data-testid="suggestion-options">
          <legend>{t('suggest.options')}</legend>
          <p id={optionsId} className="visually-hidden">
            {t('suggest.optionsHint')}
          </p>
          {s.options.map((option) => (
            <label key={option.key} className="checkbox small" title={option.label}>
              <input
                type="checkbox"
                checked={reply.selected.includes(option.key)}
                disabled={reply.loading}
                onChange={(e) => reply.setOption(option.key, e.target.checked)}
                data-option={option.key}
              />
              <span>{optionLabel(t, option, i18n.language)}</span>
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}

/** Another template for this reply: a kind, then one of its templates. */
function TemplatePicker({ current, onChoose, onCancel }: { current: string | null; onChoose: (key: string) => void; onCancel: () => void }) {
  const { t } = useTranslation(['replies', 'common']);
  const [kind, setKind] = useState<TemplateKind>('intent');
  const [key, setKey] = useState(current ?? '');
  const templates = useTemplates({ kind });
  const ids = { kind: useId(), template: useId() };
  const items = (templates.data ?? []).filter((item) => !item.archived);
  const chosen = items.some((item) => item.key === key) ? key : '';

  return (
    <div className="rep-picker" role="group" aria-label={t('suggest.pickTitle')} data-testid="template-picker">
      <label htmlFor={ids.kind} className="small">
        {t('suggest.kind')}
      </label>
      <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as TemplateKind)}>
        {TEMPLATE_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kinds.${k}`)}
          </option>
        ))}
      </select>
      <label htmlFor={ids.template} className="small">
        {t('suggest.templateLabel')}
      </label>
      <select id={ids.template} value={chosen} onChange={(e) => setKey(e.target.value)} aria-busy={templates.isPending}>
        <option value="" disabled>
          {templates.isPending ? t('common:loading') : items.length === 0 ? t('suggest.noneOfKind') : t('suggest.choose')}
        </option>
        {items.map((item) => (
          <option key={item.id} value={item.key}>
            {templateLabel(t, item.key, item.name)}
          </option>
        ))}
      </select>
      <button type="button" className="button button-primary small" disabled={!chosen} onClick={() => onChoose(chosen)} data-testid="use-template">
        {t('suggest.use')}
      </button>
      <button type="button" className="button button-ghost small" onClick={onCancel}>
        {t('common:cancel')}
      </button>
      <InlineError error={templates.error} />
    </div>
  );
}
