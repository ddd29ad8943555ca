import { forwardRef, useEffect, useImperativeHandle, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session';
import { InlineError } from '../shell/states';
import { useSendReply } from '../replies/api';
import { findingsNow, sendState, verdictFromError } from '../replies/guard';
import { findVariable } from '../replies/highlight';
import { directionOf } from '../replies/languages';
import { GuardPanel, MarkedPreview, VariableChips } from '../replies/ReplyChecks';
import { SuggestionBar } from '../replies/SuggestionBar';
import type { CheckInput, CheckResult, SendReplyInput } from '../replies/types';
import { useGuard } from '../replies/useGuard';
import { useSuggestedReply } from '../replies/useSuggestedReply';
import { MyLanguagePanel, TranslationSwitch, useMyLanguage } from '../replies/WriteInMyLanguage';
import { useNote, useTicket } from './useTicket';

export type ComposerMode = 'reply' | 'note';
export interface ComposerHandle {
  focus: (mode: ComposerMode) => void;
}

/** Drafts belong to the agent as well as the ticket: a shared computer never shows one agent's draft to another. */
const draftKey = (agentId: string, ticketId: number, mode: ComposerMode) => `meridian.draft.${agentId}.${ticketId}.${mode}`;

/**
 * Reply to the buyer or write an internal note. Drafts survive leaving the ticket (kept in this
 * browser); Ctrl+Enter sends; "send and set status" saves the second click most replies need.
 * A reply starts from the suggested reply, is checked by the guard as it is typed (holes and
 * blocking findings keep Send disabled) and can be written in the agent's language and translated.
 */
export const Composer = forwardRef<ComposerHandle, { ticketId: number; onTyping: () => void; canReply: boolean }>(function Composer(
  { ticketId, onTyping, canReply },
  ref,
) {
  const { t } = useTranslation(['ticket', 'common', 'replies']);
  const { session } = useSession();
  const agentId = session.agent.id;
  const ticket = useTicket(ticketId).data;
  const [mode, setMode] = useState<ComposerMode>(canReply ? 'reply' : 'note');
  const [text, setText] = useState(() => localStorage.getItem(draftKey(agentId, ticketId, mode)) ?? '');
  const [reason, setReason] = useState('');
  // The verdict of a refused send (422), for the text it was given for.
  const [refused, setRefused] = useState<{ text: string; verdict: CheckResult } | null>(null);
  // The other mode's text while this one is shown (an untouched suggestion is not in localStorage).
  const parked = useRef<Partial<Record<ComposerMode, string>>>({});
  const area = useRef<HTMLTextAreaElement>(null);
  const buyerArea = useRef<HTMLTextAreaElement>(null);
  const reply = useSendReply(ticketId);
  const note = useNote(ticketId);
  const pending = reply.isPending || note.isPending;
  const replying = mode === 'reply';

  const suggestion = useSuggestedReply({ ticketId, text, setText, active: canReply && replying });
  const buyerLanguage = suggestion.applied?.language ?? ticket?.language ?? ticket?.customer.language ?? null;
  const mine = useMyLanguage({ agentId, ticketId, buyerLanguage, text, setText, active: replying });

  const checkInput: CheckInput | null = replying
    ? { text, ...(buyerLanguage ? { language: buyerLanguage } : {}), ...(mine.original ? { original: mine.original } : {}) }
    : null;
  const guard = useGuard(ticketId, checkInput, replying && canReply);
  const wasRefused = refused !== null && refused.text === text;
  const verdict = wasRefused ? refused.verdict : guard.verdict;
  const fresh = wasRefused || guard.fresh;
  const state = sendState({ text, original: mine.original?.text, verdict, fresh, role: session.agent.role, translationStale: mine.stale });
  const holes = wasRefused ? refused.verdict.holes : guard.holes;
  const error = replying ? (verdictFromError(reply.error) ? null : reply.error) : note.error;

  useImperativeHandle(ref, () => ({
    focus: (next) => {
      switchMode(next);
      window.setTimeout(() => area.current?.focus(), 0);
    },
  }));

  // An untouched suggestion is not a draft: next time the ticket opens, a fresh one is made.
  const untouched = replying && suggestion.untouched;
  useEffect(() => {
    if (text && !untouched) localStorage.setItem(draftKey(agentId, ticketId, mode), text);
    else localStorage.removeItem(draftKey(agentId, ticketId, mode));
  }, [text, agentId, ticketId, mode, untouched]);

  const switchMode = (next: ComposerMode) => {
    if (next === mode) return;
    parked.current[mode] = text;
    setMode(next);
    setText(parked.current[next] ?? localStorage.getItem(draftKey(agentId, ticketId, next)) ?? '');
  };

  const send = (status?: 'pending' | 'solved', override?: boolean) => {
    const body = text.trim();
    if (!body || pending) return;
    if (mode === 'note') {
      note.mutate({ text: body }, { onSuccess: () => setText('') });
      return;
    }
    if (!(override ? state.canOverride : state.canSend)) return;
    const applied = suggestion.applied;
    const input: SendReplyInput = {
      text: body,
      ...(status ? { status } : {}),
      ...(applied ? { templateId: applied.templateId, variantId: applied.variantId } : {}),
      ...(buyerLanguage ? { language: buyerLanguage } : {}),
      ...(mine.original ? { original: mine.original } : {}),
      ...(override ? { override: { reason: reason.trim() } } : {}),
    };
    reply.mutate(input, {
      onSuccess: () => {
        setText('');
        setReason('');
        setRefused(null);
        suggestion.reset();
        mine.reset();
      },
      onError: (failure) => {
        const named = verdictFromError(failure);
        if (named) setRefused({ text, verdict: named });
      },
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };

  /** A chip was clicked: select that variable (or placeholder) in the box holding the buyer's text. */
  const selectHole = (token: string) => {
    const box = mine.on ? buyerArea.current : area.current;
    if (!box) return;
    const range = findVariable(text, token) ?? (text.includes(token) ? ([text.indexOf(token), text.indexOf(token) + token.length] as [number, number]) : null);
    box.focus();
    if (range) box.setSelectionRange(range[0], range[1]);
  };

  const direction = directionOf(buyerLanguage);
  const disabled = !text.trim() || pending;
  const sendDisabled = disabled || !state.canSend;

  return (
    <form className={`composer composer-${mode} rep-composer`} onSubmit={submit} aria-label={t('composer.label')}>
      <div className="rep-composer-top">
        <div className="composer-tabs" role="radiogroup" aria-label={t('composer.kind')}>
          {(['reply', 'note'] as const).map((m) => (
            <label key={m} className={mode === m ? 'composer-tab active' : 'composer-tab'}>
              <input type="radio" name={`composer-mode-${ticketId}`} value={m} checked={mode === m} onChange={() => switchMode(m)} disabled={m === 'reply' && !canReply} />
              {m === 'reply' ? t('composer.reply') : t('composer.note')}
              <kbd aria-hidden="true">{m === 'reply' ? 'r' : 'n'}</kbd>
            </label>
          ))}
        </div>
        {replying && canReply && <TranslationSwitch mine={mine} />}
      </div>
      <div className="rep-composer-body">
        {replying && canReply && <SuggestionBar reply={suggestion} showSubject={ticket?.channel === 'email'} />}
        <label htmlFor={`composer-text-${ticketId}`} className="visually-hidden">
          {replying ? (mine.on ? t('replies:translate.mineLabel') : t('composer.replyLabel')) : t('composer.noteLabel')}
        </label>
        <textarea
          id={`composer-text-${ticketId}`}
          ref={area}
          data-testid="composer-text"
          rows={5}
          value={replying && mine.on ? mine.text : text}
          lang={replying ? (mine.on ? mine.agentLanguage : (buyerLanguage ?? undefined)) : undefined}
          dir={replying && !mine.on ? direction : 'auto'}
          placeholder={replying ? (mine.on ? t('replies:translate.minePlaceholder') : t('composer.replyPlaceholder')) : t('composer.notePlaceholder')}
          onChange={(e) => {
            if (replying && mine.on) mine.setText(e.target.value);
            else setText(e.target.value);
            if (replying) onTyping();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              send();
            }
            if (e.key === 'Escape') e.currentTarget.blur();
          }}
        />
        {replying && mine.on && <MyLanguagePanel mine={mine} text={text} setText={setText} buyerArea={buyerArea} onTyping={onTyping} onSend={() => send()} />}
        {replying && (
          <>
            <VariableChips text={text} holes={holes} onSelect={selectHole} />
            <MarkedPreview text={text} holes={holes} language={buyerLanguage ?? undefined} direction={direction} />
          </>
        )}
        <InlineError error={error} />
      </div>
      <div className="rep-composer-foot">
        {replying && text.trim() && (
          <GuardPanel
            holes={holes}
            findings={findingsNow(text, mine.original?.text, verdict, fresh)}
            checking={guard.checking}
            state={state}
            error={guard.error}
            override={{ reason, setReason, send: () => send(undefined, true), pending }}
          />
        )}
        <div className="composer-actions">
          {replying ? (
            <>
              <button type="submit" className="button button-primary" disabled={sendDisabled} data-blocked-by={state.blockedBy ?? undefined}>
                {pending ? t('composer.sending') : t('composer.send')}
              </button>
              <button type="button" className="button" disabled={sendDisabled} onClick={() => send('pending')}>
                {t('composer.sendPending')}
              </button>
              <button type="button" className="button" disabled={sendDisabled} onClick={() => send('solved')}>
                {t('composer.sendSolved')}
              </button>
            </>
          ) : (
            <button type="submit" className="button button-primary" disabled={disabled}>
              {pending ? t('composer.sending') : t('composer.addNote')}
            </button>
          )}
          <span className="muted small composer-hint">{t('composer.hint')}</span>
        </div>
      </div>
    </form>
  );
});
