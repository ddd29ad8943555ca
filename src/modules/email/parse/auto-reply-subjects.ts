// Subjects that out-of-office assistants and autoresponders put in front, per language. Outlook
// prefixes its absence replies with "Automatic reply:" in the sender's language, so those count
// as out-of-office too.

/** Absence notices. Matched at the start of the subject (after any "[…]" tag). */
export const OUT_OF_OFFICE_SUBJECT = new RegExp(
  '^(?:' +
    [
      'out of (?:the )?office', 'automatic reply', 'auto(?:matic)?[- ]?reply:? ?out of', 'abwesenheitsnotiz', 'abwesend:', 'automatische antwort',
      'r[ée]ponse automatique', 'absent(?:e)? du bureau', "message d'absence", 'respuesta autom[áa]tica', 'fuera de la oficina',
      'risposta automatica', 'fuori sede', "fuori dall'ufficio", 'resposta autom[áa]tica', 'ausente do escrit[óo]rio',
      'automatisch antwoord', 'afwezigheidsbericht', 'afwezig:', '自动回复', '自動回覆', '自動回复', '自動応答', '自動返信',
      // Bare 不在, 休假 and 부재 also start buyers' subjects ("不在票が入っていました": a missed-delivery slip).
      '不在(?:通知|のお知らせ|連絡|中)', '休假中', '자동 응답', '자동응답', '부재 ?중 ?(?:안내|알림|회신)',
      'автоответ', 'автовідповідь', 'автоматический ответ', 'нет на месте', 'رد تلقائي', 'الرد التلقائي', 'خارج المكتب',
    ].join('|') +
    ')',
  'i',
);

/** Other automatic answers: acknowledgements from ticket systems and generic responders. */
export const AUTO_REPLY_SUBJECT = /^(?:auto[- ]?(?:reply|response|responder|antwort)|autoreply|autorespond|automated (?:reply|response)|we (?:have )?received your (?:message|request|e-?mail|ticket))/i;

/** The subjects of delivery failure notices. */
export const BOUNCE_SUBJECT =
  /^(?:undeliver(?:ed|able)|delivery (?:status notification|failure|has failed)|returned mail|failure notice|mail delivery (?:failed|failure|subsystem)|non remis|unzustellbar|nicht zustellbar|no se puede entregar|non recapitabile|onbestelbaar|配信不能|退信|系统退信|发送失败|無法傳遞|전달되지 않음|не доставлено|недоставленное|تعذر التسليم)/i;

/** A subject with list tags ("[Shop] ") and spacing stripped, for the anchored patterns above. */
export function subjectForMatching(subject: string): string {
  return subject.replace(/^(?:\s*\[[^\]]{0,60}\])+/, '').replace(/\s+/g, ' ').trim();
}
