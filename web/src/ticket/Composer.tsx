import { forwardRef, useEffect, useImperativeHandle, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session';
import { InlineError } from '../shell/states';
import { useNote, useReply } from './useTicket';

export type ComposerMode = 'reply' | 'note';
export interface ComposerHandle {
  focus: (mode: ComposerMode) => void;
}

/** Drafts belong to the agent as well as the ticket: a shared computer never shows one agent's draft to another. */
const draftKey = (agentId: string, ticketId: number, mode: ComposerMode) => `meridian.draft.${agentId}.${ticketId}.${mode}`;

/**
 * Reply to the buyer or write an internal note. Drafts survive leaving the ticket (kept in this
 * browser); Ctrl+Enter sends; "send and set status" saves the second click most replies need.
 */
export const Composer = forwardRef<ComposerHandle, { ticketId: number; onTyping: () => void; canReply: boolean }>(function Composer(
  { ticketId, onTyping, canReply },
  ref,
) {
  const { t } = useTranslation(['ticket', 'common']);
  const agentId = useSession().session.agent.id;
  const [mode, setMode] = useState<ComposerMode>(canReply ? 'reply' : 'note');
  const [text, setText] = useState(() => localStorage.getItem(draftKey(agentId, ticketId, mode)) ?? '');
  const area = useRef<HTMLTextAreaElement>(null);
  const reply = useReply(ticketId);
  const note = useNote(ticketId);
  const pending = reply.isPending || note.isPending;
  const error = mode === 'reply' ? reply.error : note.error;

  useImperativeHandle(ref, () => ({
    focus: (next) => {
      switchMode(next);
      window.setTimeout(() => area.current?.focus(), 0);
    },
  }));

  useEffect(() => {
    if (text) localStorage.setItem(draftKey(agentId, ticketId, mode), text);
    else localStorage.removeItem(draftKey(agentId, ticketId, mode));
  }, [text, agentId, ticketId, mode]);

  const switchMode = (next: ComposerMode) => {
    if (next === mode) return;
    setMode(next);
    setText(localStorage.getItem(draftKey(agentId, ticketId, next)) ?? '');
  };

  const send = (status?: 'pending' | 'solved') => {
    const body = text.trim();
    if (!body || pending) return;
    const done = { onSuccess: () => setText('') };
    if (mode === 'note') note.mutate({ text: body }, done);
    else reply.mutate(status ? { text: body, status } : { text: body }, done);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };

  return (
    <form className={`composer composer-${mode}`} onSubmit={submit} aria-label={t('composer.label')}>
      <div className="composer-tabs" role="radiogroup" aria-label={t('composer.kind')}>
        {(['reply', 'note'] as const).map((m) => (
          <label key={m} className={mode === m ? 'composer-tab active' : 'composer-tab'}>
            <input type="radio" name={`composer-mode-${ticketId}`} value={m} checked={mode === m} onChange={() => switchMode(m)} disabled={m === 'reply' && !canReply} />
            {m === 'reply' ? t('composer.reply') : t('composer.note')}
            <kbd aria-hidden="true">{m === 'reply' ? 'r' : 'n'}</kbd>
          </label>
        ))}
      </div>
      <label htmlFor={`composer-text-${ticketId}`} className="visually-hidden">
        {mode === 'reply' ? t('composer.replyLabel') : t('composer.noteLabel')}
      </label>
      <textarea
        id={`composer-text-${ticketId}`}
        ref={area}
        data-testid="composer-text"
        rows={5}
        value={text}
        placeholder={mode === 'reply' ? t('composer.replyPlaceholder') : t('composer.notePlaceholder')}
        onChange={(e) => {
          setText(e.target.value);
          if (mode === 'reply') onTyping();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            send();
          }
          if (e.key === 'Escape') e.currentTarget.blur();
        }}
      />
      <InlineError error={error} />
      <div className="composer-actions">
        {mode === 'reply' ? (
          <>
            <button type="submit" className="button button-primary" disabled={!text.trim() || pending}>
              {pending ? t('composer.sending') : t('composer.send')}
            </button>
            <button type="button" className="button" disabled={!text.trim() || pending} onClick={() => send('pending')}>
              {t('composer.sendPending')}
            </button>
            <button type="button" className="button" disabled={!text.trim() || pending} onClick={() => send('solved')}>
              {t('composer.sendSolved')}
            </button>
          </>
        ) : (
          <button type="submit" className="button button-primary" disabled={!text.trim() || pending}>
            {pending ? t('composer.sending') : t('composer.addNote')}
          </button>
        )}
        <span className="muted small composer-hint">{t('composer.hint')}</span>
      </div>
    </form>
  );
});
