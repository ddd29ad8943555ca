import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../api/types';
import { INTENT_GROUPS, INTENTS } from '../app/taxonomy';
import { IntentChip } from '../shell/chips';
import type { useCorrectIntent } from './api';
import { firstTriage } from './labels';
import { usePercent } from './format';
import './triage.css';

interface Props {
  ticket: TicketDetail;
  correct: ReturnType<typeof useCorrectIntent>;
}

/**
 * The ticket header's intent: a button opening a menu of the taxonomy's intents, grouped; choosing
 * one saves it at once (and teaches the model). A ticket triage could not place also offers its
 * best guess as a one-click "Confirm".
 */
export function IntentMenu({ ticket, correct }: Props) {
  const { t } = useTranslation(['triage', 'common', 'ticket']);
  const percent = usePercent();
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLSpanElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const locked = ticket.mergedIntoId !== null;
  const intentLabel = (code: string) => t(`common:intents.${code}` as 'common:intents.other', { defaultValue: code });

  const guess = ticket.needsTriage ? firstTriage(ticket.messages) : null;
  const guessIntent = guess && INTENTS.includes(guess.intent) ? guess.intent : null;

  const items = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitemradio"]') ?? [])];
  const close = (focusTrigger: boolean) => {
    setOpen(false);
    if (focusTrigger) trigger.current?.focus();
  };
  const choose = (intent: string) => {
    close(true);
    if (intent !== ticket.intent || ticket.needsTriage) correct.mutate(intent);
  };

  // Opening moves focus into the menu (to the current intent); a click elsewhere closes it.
  useEffect(() => {
    if (!open) return;
    const list = items();
    (list.find((item) => item.getAttribute('aria-checked') === 'true') ?? list[0])?.focus();
    const onPointer = (event: MouseEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointer);
    return () => document.removeEventListener('mousedown', onPointer);
  }, [open]);

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (index: number) => list[(index + list.length) % list.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focus(at + 1);
        break;
      case 'ArrowUp':
        focus(at - 1);
        break;
      case 'Home':
        focus(0);
        break;
      case 'End':
        focus(list.length - 1);
        break;
      case 'Escape':
        close(true);
        break;
      case 'Tab':
        setOpen(false);
        return;
      default:
        // Type-ahead: the next intent starting with the letter. Letters must not reach the page's shortcuts.
        if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
          const key = event.key.toLocaleLowerCase();
          const next = list.findIndex((item, i) => i > at && item.textContent?.trim().toLocaleLowerCase().startsWith(key));
          const wrapped = next >= 0 ? next : list.findIndex((item) => item.textContent?.trim().toLocaleLowerCase().startsWith(key));
          if (wrapped >= 0) focus(wrapped);
          break;
        }
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const current = ticket.intent ? intentLabel(ticket.intent) : ticket.needsTriage ? t('common:intentNone') : t('intent.unset');
  const sourceHint = ticket.intentSource ? t(`intent.source.${ticket.intentSource}`) : ticket.needsTriage ? t('intent.needsTriageHint') : '';
  const confidenceHint = ticket.intentConfidence != null && ticket.intentSource === 'triage' ? ` · ${t('intent.confidence', { confidence: percent(ticket.intentConfidence) })}` : '';

  return (
    <span className="tri-intent" ref={wrapper}>
      <button
        ref={trigger}
        type="button"
        className="tri-intent-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('intent.button', { intent: current })}
        title={`${sourceHint}${confidenceHint}`}
        disabled={locked}
        onClick={() => setOpen((was) => !was)}
        data-testid="intent-button"
      >
        <IntentChip intent={ticket.intent} confidence={ticket.intentConfidence} needsTriage={ticket.needsTriage} />
        <span className="tri-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {ticket.needsTriage && !locked && (
        <>
          {guessIntent && guess && (
            <button
              type="button"
              className="button small tri-confirm"
              title={t('intent.confirmHint', { confidence: percent(guess.confidence) })}
              disabled={correct.isPending}
              onClick={() => correct.mutate(guessIntent)}
              data-testid="intent-confirm"
            >
              {t('intent.confirm', { intent: intentLabel(guessIntent) })}
            </button>
          )}
          <button type="button" className="button button-ghost small" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(true)}>
            {t('intent.choose')}
          </button>
        </>
      )}
      {open && (
        <div ref={menu} id={menuId} role="menu" aria-label={t('intent.menu')} className="tri-menu" onKeyDown={onMenuKey} data-testid="intent-menu">
          {Object.entries(INTENT_GROUPS).map(([group, codes]) => {
            const groupLabel = t(`ticket:intentGroups.${group}` as 'ticket:intentGroups.other');
            return (
              <div key={group} role="group" aria-label={groupLabel} className="tri-menu-group">
                <div className="tri-menu-heading" aria-hidden="true">
                  {groupLabel}
                </div>
                {codes.map((code) => (
                  <button
                    key={code}
                    type="button"
                    role="menuitemradio"
                    aria-checked={code === ticket.intent}
                    tabIndex={-1}
                    className="tri-menu-item"
                    data-intent={code}
                    onClick={() => choose(code)}
                  >
                    {intentLabel(code)}
                  </button>
                ))}
              </div>
            );
          })}
        </div>
      )}
    </span>
  );
}
