// What mail clients write above the history they quote, per language. Every pattern is anchored
// and its wildcards bounded, and lines are length-checked before matching: no input can make
// one of them backtrack for long.

/** "On … wrote:" lines (or two or three lines joined: clients wrap long ones). Always end in a colon. */
export const ATTRIBUTION_LINES: readonly RegExp[] = [
  /^On\s.{4,300}\swrote\s?:$/i, // English: Gmail, Apple Mail, Thunderbird, Yahoo
  /^Am\s.{4,300}\sschrieb\s?.{0,300}:$/i, // German
  /^Le\s.{4,300}\sa\sécrit\s?:$/i, // French
  /^El\s.{4,300}\sescribi[óo]\s?:$/i, // Spanish
  /^Il\s.{4,300}\sha\sscritto\s?:$/i, // Italian
  /^(?:Em|No dia)\s.{4,300}\sescreveu\s?:$/i, // Portuguese
  /^Op\s.{4,300}\s(?:schreef\s.{0,300}|het volgende geschreven\s?):$/i, // Dutch
  /^.{4,300}(?:写道|寫道)\s?[:：]$/, // Chinese, simplified and traditional
  /^\d{4}年\d{1,2}月\d{1,2}日.{0,20}\d{1,2}:\d{2}.{0,300}[:：]$/, // Japanese (Gmail)
  /^.{4,300}(?:のメール|書きました)\s?[:：]$/, // Japanese (Apple Mail and others)
  /^.{4,300}(?:님이 작성|\s작성)\s?[:：]$/, // Korean
  /^.{0,40}\d{4}\s?г\.,?\s.{0,20}\d{1,2}:\d{2}.{0,300}:$/i, // Russian (Gmail: "вт, 3 мар. 2026 г. в 10:02, …:")
  /^.{4,300}\s(?:пишет|написал|написала|написал\(а\))\s?:$/i, // Russian (other clients)
  /^في\s.{4,300}(?:كتب|تمت كتابة).{0,300}:$/, // Arabic
  /^W dniu\s.{4,300}\s(?:pisze|napisał|napisała|napisał\(a\))\s?:$/i, // Polish
  /^Dne\s.{4,300}\snapsal(?:a|\(a\))?\s?:$/i, // Czech
  /^Den\s.{4,300}\sskrev\s.{0,300}:$/i, // Swedish, Danish, Norwegian
  /^.{4,300}\sşunu yazdı\s?:$/i, // Turkish
];

/** The words between the dashes of "-----Original Message-----" and its relatives. */
export const ORIGINAL_MESSAGE_TITLES: ReadonlySet<string> = new Set([
  'original message', 'original', 'ursprüngliche nachricht', 'originalnachricht', "message d'origine", 'message original',
  'mensaje original', 'messaggio originale', 'mensagem original', 'oorspronkelijk bericht', 'origineel bericht',
  '原始邮件', '原始郵件', '原邮件', '元のメッセージ', '원본 메시지', 'исходное сообщение', 'الرسالة الأصلية', 'رسالة أصلية',
  // Where a marketplace relay ends the buyer's words and starts its own footer.
  'end of message', 'ende der nachricht', 'fin du message', 'fin del mensaje', 'fine del messaggio', 'fim da mensagem',
  'einde van het bericht', 'slut på meddelandet', 'koniec wiadomości', 'mesaj sonu', 'メッセージの終わり', '消息结束',
  // Where a delivery failure notice starts the copy of the returned message.
  'returned message', 'undelivered message', 'original message follows',
]);

/** A line that introduces a forwarded message: what follows is content, not history to cut. */
export const FORWARD_INTRODUCTION = new RegExp(
  `^[-=_ ]*(?:${[
    'forwarded message', 'begin forwarded message', 'weitergeleitete nachricht', 'anfang der weitergeleiteten nachricht', 'message transféré',
    'début du message réexpédié', 'mensaje reenviado', 'messaggio inoltrato', 'mensagem encaminhada', 'doorgestuurd bericht', '转发邮件',
    '轉寄郵件', '転送されたメッセージ', '전달된 메시지', 'пересланное сообщение', 'الرسالة المعاد توجيهها',
  ].join('|')})[-=_ :：]*$`,
  'i',
);

const label = (words: string[]) => words.join('|');

/** Outlook-style header blocks ("From: … Sent: … To: … Subject: …"), localised. */
export const HEADER_LABELS = {
  from: new RegExp(`^(?:${label(['From', 'Von', 'De', 'Da', 'Van', 'Från', 'Fra', 'Od', 'Kimden', 'От', 'Від', 'Expéditeur', 'Remetente', 'Mittente', 'Afzender', 'Absender', '发件人', '寄件者', '寄件人', '差出人', '送信者', '보낸 사람', '보낸사람', 'من'])})\\s?[:：]`, 'i'),
  sent: new RegExp(`^(?:${label(['Sent', 'Date', 'Gesendet', 'Datum', 'Envoyé', 'Enviado', 'Enviada', 'Fecha', 'Inviato', 'Data', 'Verzonden', 'Skickat', 'Sendt', 'Wysłano', 'Gönderildi', 'Tarih', 'Отправлено', 'Дата', 'Надіслано', '发送时间', '日期', '时间', '寄件日期', '傳送時間', '送信日時', '日付', '보낸 날짜', '날짜', 'المرسل', 'تاريخ الإرسال', 'التاريخ', 'أرسلت'])})\\s?[:：]`, 'i'),
  to: new RegExp(`^(?:${label(['To', 'An', 'À', 'A', 'Para', 'Aan', 'Till', 'Til', 'Do', 'Kime', 'Кому', '收件人', '收件者', '宛先', '받는 사람', '받는사람', 'إلى'])})\\s?[:：]`, 'i'),
  cc: new RegExp(`^(?:${label(['Cc', 'Kopie', 'Copie', 'Copia', 'Kopia', '抄送', '副本', '抄送人', 'Копия', 'نسخة'])})\\s?[:：]`, 'i'),
  subject: new RegExp(`^(?:${label(['Subject', 'Betreff', 'Objet', 'Asunto', 'Oggetto', 'Assunto', 'Onderwerp', 'Ämne', 'Emne', 'Temat', 'Konu', 'Тема', '主题', '主旨', '件名', '제목', 'الموضوع'])})\\s?[:：]`, 'i'),
};

/** Lines mail apps on phones append ("Sent from my iPhone"), and everything after them is history. */
export const MOBILE_SIGNATURES: readonly RegExp[] = [
  /^Sent (?:from|with|via) (?:my|the|Mail|Outlook|Yahoo|Gmail|AOL)\b.{0,60}$/i,
  /^Get Outlook for .{2,20}$/i,
  /^(?:Von meinem .{1,40} gesendet|Gesendet (?:von|mit) (?:meinem|der) .{1,40})\.?$/i,
  /^Envoyé (?:de|depuis) (?:mon|ma|l')\s?.{1,40}$/i,
  /^Enviado (?:desde|do|pelo|a partir do|de) (?:mi|meu|o meu|my) .{1,40}$/i,
  /^Inviato da(?:l mio)? .{1,40}$/i,
  /^(?:Verzonden|Verstuurd) (?:vanaf|met|van) mijn .{1,40}$/i,
  /^(?:发自|來自|来自|發自|寄自)我的.{1,30}$/,
  /^从我的.{1,30}发送$|^從我的.{1,30}傳送$/,
  /^发自.{1,16}(?:邮箱|郵箱|邮箱大师)(?:\s.{0,20})?$/,
  /^.{1,30}から送信$/,
  /^.{1,30}에서 보냄$/,
  /^Отправлено (?:с|из|со) .{1,40}$/i,
  /^(?:أرسلت|أُرسلت|مرسل|تم الإرسال) من .{1,40}$/,
  /^Wysłane z .{1,40}$/i,
  /^.{1,40}(?:'[a-z]{1,4})? gönderildi$/i,
];
