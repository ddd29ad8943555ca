import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../format/time';
import { InlineError } from '../shell/states';
import { useMessageTranslation } from './api';
import { directionOf } from './languages';
import './replies.css';

/**
 * Under a buyer's message in another language: "Show translation" reveals it in the agent's
 * language, below the original (which stays). Fetched on first opening, then cached.
 */
export function MessageTranslation({ ticketId, messageId, from }: { ticketId: number; messageId: number; from: string }) {
  const { t, i18n } = useTranslation('replies');
  const [open, setOpen] = useState(false);
  const to = i18n.language;
  const translation = useMessageTranslation(ticketId, messageId, to, open);
  const panelId = useId();
  return (
    <div className="rep-msg-translation">
      <button type="button" className="button button-ghost small" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((was) => !was)} data-testid="show-translation">
        {open ? t('translate.hide') : t('translate.show', { language: languageName(from, i18n.language) })}
      </button>
      {open && (
        <div id={panelId} className="rep-translated" data-testid="message-translation">
          {translation.isPending ? (
            <span className="muted small" role="status">
              {t('translate.working')}
            </span>
          ) : translation.isError ? (
            <InlineError error={translation.error} />
          ) : !translation.data.translated ? (
            <span className="muted small">{t('translate.same')}</span>
          ) : (
            <>
              <p className="muted small rep-translated-head">
                {t('translate.from', { language: languageName(translation.data.from || from, i18n.language), provider: translation.data.provider })}
              </p>
              <div className="message-text" lang={translation.data.to} dir={directionOf(translation.data.to)}>
                {translation.data.text}
              </div>
            </>
          )}
        </div>
      )}
    </div>
  );
}
