import { useEffect, useId, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../format/time';
import { InlineError } from '../shell/states';
import { useTranslate, useTranslationStatus } from './api';
import { directionOf, sameLanguage } from './languages';
import type { Original } from './types';
import './replies.css';

export interface MyLanguage {
  /** Translation is configured, and the buyer's language is known and not the agent's. */
  available: boolean;
  /** Translation is off for the workspace (or its settings cannot be read). */
  off: boolean;
  on: boolean;
  setOn: (on: boolean) => void;
  agentLanguage: string;
  buyerLanguage: string | null;
  /** What the agent wrote in their own language. */
  text: string;
  setText: (text: string) => void;
  translate: () => void;
  translating: boolean;
  error: unknown;
  /** The back-translation of the buyer-language text, for checking the meaning. */
  back: string | null;
  /** The agent changed their text after translating it: translate again before sending. */
  stale: boolean;
  /** Sent with the reply: what the agent wrote, in which language. */
  original: Original | undefined;
  reset: () => void;
}

const mineKey = (agentId: string, ticketId: number) => `meridian.draft.${agentId}.${ticketId}.mine`;

/**
 * "Write in my language": the agent writes in their own language, Translate turns it into the
 * buyer's (editable) with a back-translation to check it, and the reply goes out in the buyer's
 * language with the agent's text as its original.
 */
export function useMyLanguage({ agentId, ticketId, buyerLanguage, text, setText, active }: {
  agentId: string;
  ticketId: number;
  buyerLanguage: string | null;
  text: string;
  setText: (text: string) => void;
  active: boolean;
}): MyLanguage {
  const { i18n } = useTranslation();
  const agentLanguage = i18n.language;
  const status = useTranslationStatus();
  const off = !status.isPending && status.data?.enabled !== true;
  const available = status.data?.enabled === true && !!buyerLanguage && !sameLanguage(buyerLanguage, agentLanguage);
  const [on, setOn] = useState(false);
  const [mine, setMine] = useState(() => localStorage.getItem(mineKey(agentId, ticketId)) ?? '');
  const [done, setDone] = useState<{ from: string; back: string | null } | null>(null);
  const translate = useTranslate();

  useEffect(() => {
    if (mine) localStorage.setItem(mineKey(agentId, ticketId), mine);
    else localStorage.removeItem(mineKey(agentId, ticketId));
  }, [mine, agentId, ticketId]);

  const using = active && available && on;
  const written = mine.trim() !== '';
  const stale = using && written && (done === null || done.from !== mine);

  return {
    available,
    off,
    on: using,
    setOn,
    agentLanguage,
    buyerLanguage,
    text: mine,
    setText: setMine,
    translate: () => {
      if (!buyerLanguage || !written) return;
      const from = mine;
      translate.mutate(
        { text: from, from: agentLanguage, to: buyerLanguage, back: true },
        {
          onSuccess: (result) => {
            setText(result.text);
            setDone({ from, back: result.back ?? null });
          },
        },
      );
    },
    translating: translate.isPending,
    error: translate.error,
    back: done && text ? done.back : null,
    stale,
    original: using && written && !stale ? { text: mine, language: agentLanguage } : undefined,
    reset: () => {
      setMine('');
      setDone(null);
      translate.reset();
    },
  };
}

/** The switch beside Reply / Note, or a quiet note when translation is off. */
export function TranslationSwitch({ mine }: { mine: MyLanguage }) {
  const { t, i18n } = useTranslation('replies');
  if (mine.off) {
    return (
      <span className="muted small rep-translation-off" data-testid="translation-off">
        {t('translate.off')}
      </span>
    );
  }
  if (!mine.available) return null;
  return (
    <label className="checkbox small rep-switch">
      <input type="checkbox" role="switch" checked={mine.on} onChange={(e) => mine.setOn(e.target.checked)} data-testid="write-in-my-language" />
      <span>{t('translate.switch', { language: languageName(mine.agentLanguage, i18n.language) })}</span>
    </label>
  );
}

/** Under the agent's own text: Translate, the buyer-language text (editable) and its back-translation. */
export function MyLanguagePanel({ mine, text, setText, buyerArea, onTyping, onSend }: {
  mine: MyLanguage;
  text: string;
  setText: (text: string) => void;
  buyerArea: RefObject<HTMLTextAreaElement | null>;
  onTyping: () => void;
  onSend: () => void;
}) {
  const { t, i18n } = useTranslation('replies');
  const id = useId();
  const buyer = mine.buyerLanguage ?? '';
  const buyerName = languageName(buyer, i18n.language);
  return (
    <div className="rep-mine" data-testid="my-language">
      <div className="rep-mine-actions">
        <button type="button" className="button" onClick={mine.translate} disabled={!mine.text.trim() || mine.translating} aria-busy={mine.translating} data-testid="translate">
          {mine.translating ? t('translate.working') : t('translate.button', { language: buyerName })}
        </button>
        {mine.stale && text && <span className="small rep-stale">{t('translate.stale')}</span>}
      </div>
      <InlineError error={mine.error} />
      <label htmlFor={id} className="small rep-mine-label">
        {t('translate.buyerLabel', { language: buyerName })}
      </label>
      <textarea
        id={id}
        ref={buyerArea}
        rows={3}
        value={text}
        lang={buyer || undefined}
        dir={directionOf(buyer)}
        onChange={(e) => {
          setText(e.target.value);
          onTyping();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onSend();
          }
        }}
        data-testid="buyer-text"
      />
      {mine.back && (
        <div className="rep-back" data-testid="back-translation">
          <span className="small muted">{t('translate.back')}</span>
          <p lang={mine.agentLanguage} className="message-text">
            {mine.back}
          </p>
        </div>
      )}
    </div>
  );
}
