// Reply and forward prefixes as mail clients write them in the languages we serve, each with an
// optional counter ("Re[2]:", "AW(3):"), any number of times, in any mix.
const PREFIX =
  /^\s*(?:(?:re|r|aw|antw|antwort|sv|vs|ref|réf|rép|res|enc|rv|fw|fwd|wg|tr|doorst|odp|ynt|ha|回复|回覆|答复|答覆|转发|轉寄|転送|返信|회신|답장|전달|ответ|отв|пересл|رد|إعادة توجيه|fw|fwd)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*)+/iu;

const TICKET_TOKEN = /\s*\[#\d{1,15}\]\s*/g;

/** A ticket subject from an e-mail subject: no Re:/AW:/回复: chain, no [#123] token, never empty. */
export function ticketSubject(subject: string, fallback = '(no subject)'): string {
  let current = subject.replace(TICKET_TOKEN, ' ').replace(/\s+/g, ' ').trim();
  for (let guard = 0; guard < 20; guard++) {
    const next = current.replace(PREFIX, '').trim();
    if (next === current) break;
    current = next;
  }
  return (current || fallback).slice(0, 500);
}
