import { useTranslation } from 'react-i18next';
import type { MessageView } from '../api/types';
import { useSession } from '../app/session';
import { formatMessageTime } from '../format/time';
import { DeliveryStatus, EmailBadges, EmailDetailsButton } from '../email/MessageEmail';
import { HighlightedHtml, HighlightedText, TriageSummary } from '../triage/MessageTriage';
import { useTranslationOn } from '../replies/api';
import { isRtl, needsTranslation } from '../replies/languages';
import { MessageTranslation } from '../replies/MessageTranslation';

function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

/** The language a message is written in, as stored or as triage detected it. */
const languageOf = (message: MessageView) => message.language ?? message.triage?.language ?? null;

/** Right-to-left scripts (Arabic, Hebrew…) read right to left; anything else follows its first letters. */
const directionFor = (language: string | null) => (isRtl(language) ? 'rtl' : 'auto');

/**
 * The messages, oldest first: buyer, agents and internal notes each look different. A buyer's
 * message in a language other than the agent's offers its translation under the original.
 */
export function Conversation({ messages, buyerName, buyerTimeZone }: { messages: MessageView[]; buyerName: string; buyerTimeZone: string | null }) {
  const { t, i18n } = useTranslation(['ticket', 'common', 'replies']);
  const { session } = useSession();
  const translation = useTranslationOn();
  if (messages.length === 0) return <p className="muted">{t('noMessages')}</p>;
  const foreign = (message: MessageView) => message.direction === 'inbound' && needsTranslation(languageOf(message), i18n.language);
  return (
    <>
    {translation.known && !translation.on && messages.some(foreign) && (
      <p className="muted small" data-testid="conversation-translation-off">
        {t('replies:translate.offConversation')}
      </p>
    )}
    {/* Focusable, so the conversation scrolls from the keyboard (arrow keys, Page Up/Down) once it outgrows its panel. */}
    <ol className="conversation" data-testid="conversation" aria-label={t('conversation')} tabIndex={0}>
      {messages.map((message) => {
        // Triage is shown on the buyer's messages only.
        const triage = message.direction === 'inbound' ? message.triage : null;
        const language = languageOf(message);
        const author =
          message.direction === 'inbound' ? message.author.name || buyerName : message.author.name || t(`authorKind.${message.author.kind}`);
        return (
          <li key={message.id} className={`message message-${message.direction}`} data-testid="message" data-direction={message.direction}>
            <header className="message-head">
              <strong>{author}</strong>
              <span className="muted small">
                {message.direction === 'note' ? t('internalNote') : message.direction === 'outbound' ? t('toBuyer') : t('fromBuyer')}
              </span>
              {message.source && <EmailBadges source={message.source} />}
              <time className="muted small" dateTime={message.createdAt} title={message.createdAt}>
                {formatMessageTime(message.createdAt, i18n.language, session.agent.timezone)}
                {buyerTimeZone && buyerTimeZone !== session.agent.timezone && (
                  <span className="buyer-time">
                    {' · '}
                    {t('buyerTime', { time: formatMessageTime(message.createdAt, i18n.language, buyerTimeZone) })}
                  </span>
                )}
              </time>
              {/* An e-mail stays behind an inbound message (stored raw) and an outbound one (in the outbox). */}
              {(message.source?.inboundId != null || message.delivery) && <EmailDetailsButton messageId={message.id} />}
            </header>
            {message.html ? (
              // Sanitised on the server when stored (allow-list of tags, no scripts, styles or remote loads);
              // triage's entities are marked in its text nodes after render.
              <div dir={directionFor(language)}>
                <HighlightedHtml html={message.html} triage={triage} lang={language ?? undefined} />
              </div>
            ) : (
              <div className="message-body message-text" lang={language ?? undefined} dir={directionFor(language)}>
                {triage ? <HighlightedText text={message.text} triage={triage} /> : message.text}
              </div>
            )}
            {message.attachments.length > 0 && (
              <ul className="attachments" aria-label={t('attachments')}>
                {message.attachments.map((file) => (
                  <li key={file.id}>
                    <a href={`/api/attachments/${file.id}`} download={file.filename}>
                      📎 {file.filename}
                    </a>{' '}
                    <span className="muted small">{formatBytes(file.sizeBytes, i18n.language)}</span>
                  </li>
                ))}
              </ul>
            )}
            {translation.on && foreign(message) && language && <MessageTranslation ticketId={message.ticketId} messageId={message.id} from={language} />}
            {triage && <TriageSummary triage={triage} />}
            {message.delivery && <DeliveryStatus messageId={message.id} ticketId={message.ticketId} delivery={message.delivery} />}
          </li>
        );
      })}
    </ol>
    </>
  );
}
