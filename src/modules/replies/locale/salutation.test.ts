import { describe, expect, it } from 'vitest';
import { localePack } from './locale-pack.js';
import { closingLine, honorific, salutation, signOff, type Addressee, type ReplyChannel } from './salutation.js';

interface Case {
  locale: string;
  who: Addressee;
  channel?: ReplyChannel;
  religiousGreeting?: boolean;
  expected: string;
}

const CASES: Record<string, Case> = {
  'de: female with Dr.': { locale: 'de-DE', who: { firstName: 'Anna', lastName: 'Weber', title: 'Frau Dr.' }, expected: 'Sehr geehrte Frau Dr. Weber,' },
  'de: male': { locale: 'de-DE', who: { firstName: 'Jan', lastName: 'Weber', title: 'Herr' }, expected: 'Sehr geehrter Herr Weber,' },
  'de: Prof. Dr., English title': { locale: 'de-DE', who: { lastName: 'Weber', title: 'Mr Prof. Dr.' }, expected: 'Sehr geehrter Herr Prof. Dr. Weber,' },
  'de: gender unknown': { locale: 'de-DE', who: { firstName: 'Anna', lastName: 'Weber' }, expected: 'Guten Tag Anna Weber,' },
  'de: Dr. without gender': { locale: 'de-DE', who: { firstName: 'Anna', lastName: 'Weber', title: 'Dr.' }, expected: 'Guten Tag Dr. Anna Weber,' },
  'de: no name at all': { locale: 'de-DE', who: {}, expected: 'Guten Tag,' },
  'de: title but no surname': { locale: 'de-DE', who: { firstName: 'Anna', title: 'Frau' }, expected: 'Guten Tag Anna,' },
  'de: chat is lighter': { locale: 'de-DE', who: { lastName: 'Weber', title: 'Frau' }, channel: 'chat', expected: 'Hallo Frau Weber!' },
  'de-CH: chat': { locale: 'de-CH', who: { lastName: 'Weber', title: 'Frau' }, channel: 'chat', expected: 'Grüezi Frau Weber!' },
  'de-AT: Mag.': { locale: 'de-AT', who: { lastName: 'Huber', title: 'Frau Mag.' }, expected: 'Sehr geehrte Frau Mag. Huber,' },
  'ja: family name + 様': { locale: 'ja-JP', who: { firstName: '花子', lastName: '山田' }, expected: '山田様' },
  'ja: title ignored, 様 always': { locale: 'ja-JP', who: { firstName: '花子', lastName: '山田', title: 'Mrs' }, expected: '山田様' },
  'ja: full name only': { locale: 'ja-JP', who: { name: '山田花子' }, expected: '山田花子様' },
  'ja: no name': { locale: 'ja-JP', who: {}, expected: 'お客様' },
  'ko: full name + 고객님 (e-mail)': { locale: 'ko-KR', who: { firstName: '민수', lastName: '김' }, expected: '안녕하세요, 김민수 고객님.' },
  'ko: full name + 님 (chat)': { locale: 'ko-KR', who: { firstName: '민수', lastName: '김' }, channel: 'chat', expected: '김민수 님, 안녕하세요!' },
  'ko: Latin name keeps its order': { locale: 'ko-KR', who: { firstName: 'Minsu', lastName: 'Kim' }, expected: '안녕하세요, Minsu Kim 고객님.' },
  'fr: Madame': { locale: 'fr-FR', who: { firstName: 'Claire', lastName: 'Dupont', title: 'Mme' }, expected: 'Madame,' },
  'fr: Monsieur': { locale: 'fr-FR', who: { firstName: 'Luc', lastName: 'Dupont', title: 'M.' }, expected: 'Monsieur,' },
  'fr: Madame in chat': { locale: 'fr-FR', who: { lastName: 'Dupont', title: 'Madame' }, channel: 'chat', expected: 'Bonjour Madame,' },
  'fr: no title': { locale: 'fr-FR', who: { firstName: 'Claire', lastName: 'Dupont' }, expected: 'Bonjour Claire Dupont,' },
  'fr-CA: Madame + name': { locale: 'fr-CA', who: { lastName: 'Tremblay', title: 'Mrs' }, expected: 'Bonjour Madame Tremblay,' },
  'es-ES: Sra.': { locale: 'es-ES', who: { firstName: 'Ana', lastName: 'García', title: 'Sra.' }, expected: 'Estimada Sra. García:' },
  'es-ES: Sr.': { locale: 'es-ES', who: { firstName: 'Luis', lastName: 'García', title: 'Mr.' }, expected: 'Estimado Sr. García:' },
  'es-ES: Dra.': { locale: 'es-ES', who: { lastName: 'García', title: 'Frau Dr.' }, expected: 'Estimada Dra. García:' },
  'es-ES: neutral': { locale: 'es-ES', who: { firstName: 'Ana', lastName: 'García' }, expected: 'Hola, Ana:' },
  'es-MX: warm, first name': { locale: 'es-MX', who: { firstName: 'Ana', lastName: 'García', title: 'Sra.' }, expected: 'Estimada Ana:' },
  'es-MX: no title': { locale: 'es-MX', who: { firstName: 'Ana', lastName: 'García' }, expected: 'Hola, Ana:' },
  'es-MX: chat': { locale: 'es-MX', who: { firstName: 'Ana' }, channel: 'chat', expected: '¡Hola, Ana!' },
  'pt-BR: warm, first name despite title': { locale: 'pt-BR', who: { firstName: 'Ana', lastName: 'Silva', title: 'Sra.' }, expected: 'Olá, Ana!' },
  'pt-BR: chat': { locale: 'pt-BR', who: { firstName: 'Ana' }, channel: 'chat', expected: 'Oi, Ana!' },
  'pt-PT: Cara Sra.': { locale: 'pt-PT', who: { firstName: 'Ana', lastName: 'Silva', title: 'Sra.' }, expected: 'Cara Sra. Silva,' },
  'pt-PT: no title': { locale: 'pt-PT', who: { firstName: 'Ana', lastName: 'Silva' }, expected: 'Olá Ana,' },
  'zh-CN: 尊敬的王女士': { locale: 'zh-CN', who: { firstName: '芳', lastName: '王', title: '女士' }, expected: '尊敬的王女士，您好！' },
  'zh-CN: title from English': { locale: 'zh-CN', who: { firstName: '伟', lastName: '王', title: 'Mr' }, expected: '尊敬的王先生，您好！' },
  'zh-CN: chat': { locale: 'zh-CN', who: { lastName: '王', title: '女士' }, channel: 'chat', expected: '王女士您好！' },
  'zh-CN: no name': { locale: 'zh-CN', who: {}, expected: '尊敬的客户，您好！' },
  'zh-TW: 小姐': { locale: 'zh-TW', who: { lastName: '王', title: '女士' }, expected: '王小姐您好：' },
  'ar: courtesy line': {
    locale: 'ar-SA',
    who: { firstName: 'فاطمة', lastName: 'الحربي', title: 'Mrs' },
    expected: 'السيدة فاطمة الحربي المحترمة،\nتحية طيبة وبعد،',
  },
  'ar: with religious greeting': {
    locale: 'ar-SA',
    who: { firstName: 'فاطمة', lastName: 'الحربي', title: 'Mrs' },
    religiousGreeting: true,
    expected: 'السيدة فاطمة الحربي المحترمة،\nالسلام عليكم ورحمة الله وبركاته،',
  },
  'ar: Dr. male': { locale: 'ar-AE', who: { firstName: 'محمد', lastName: 'العلي', title: 'Dr. Mr.' }, expected: 'الدكتور محمد العلي المحترم،\nتحية طيبة وبعد،' },
  'ar: chat with religious greeting': { locale: 'ar-SA', who: { firstName: 'فاطمة' }, channel: 'chat', religiousGreeting: true, expected: 'السلام عليكم، أهلاً فاطمة!' },
  'ar: chat without': { locale: 'ar-SA', who: { firstName: 'فاطمة' }, channel: 'chat', expected: 'أهلاً فاطمة!' },
  'ar: no name': { locale: 'ar-SA', who: {}, expected: 'عميلنا العزيز،\nتحية طيبة وبعد،' },
  'religious greeting is ignored where the pack has none': { locale: 'de-DE', who: {}, religiousGreeting: true, expected: 'Guten Tag,' },
  'en-US: first name': { locale: 'en-US', who: { firstName: 'Anna', lastName: 'Weber' }, expected: 'Hi Anna,' },
  'en-US: title wins': { locale: 'en-US', who: { firstName: 'Anna', lastName: 'Weber', title: 'Frau' }, expected: 'Dear Ms. Weber,' },
  'en-GB: Dr without full stop': { locale: 'en-GB', who: { lastName: 'Weber', title: 'Dr.' }, expected: 'Dear Dr Weber,' },
  'en-US: no name': { locale: 'en-US', who: {}, channel: 'chat', expected: 'Hi there!' },
  'it: Dott.ssa': { locale: 'it-IT', who: { lastName: 'Rossi', title: 'Dott.ssa' }, expected: 'Gentile Dott.ssa Rossi,' },
  'nl: particle capitalised alone': { locale: 'nl-NL', who: { firstName: 'Jan', lastName: 'van Dijk', title: 'Dhr.' }, expected: 'Geachte heer Van Dijk,' },
  'pl: vocative title, no name': { locale: 'pl-PL', who: { lastName: 'Kowalski', title: 'Pan Dr.' }, expected: 'Szanowny Panie Doktorze,' },
  'pl: female': { locale: 'pl-PL', who: { lastName: 'Kowalska', title: 'Pani' }, expected: 'Szanowna Pani,' },
  'cs: Ing.': { locale: 'cs-CZ', who: { lastName: 'Novák', title: 'Herr Ing.' }, expected: 'Vážený pane inženýre,' },
  'uk: no name (vocative)': { locale: 'uk-UA', who: { firstName: 'Олена', title: 'пані' }, expected: 'Добрий день!' },
  'ru: first name': { locale: 'ru-RU', who: { firstName: 'Анна', lastName: 'Иванова', title: 'Mrs' }, expected: 'Здравствуйте, Анна!' },
  'tr: Sayın + full name': { locale: 'tr-TR', who: { firstName: 'Ayşe', lastName: 'Yılmaz', title: 'Hanım' }, expected: 'Sayın Ayşe Yılmaz,' },
  'tr: chat Hanım after the first name': { locale: 'tr-TR', who: { firstName: 'Ayşe', lastName: 'Yılmaz', title: 'Mrs' }, channel: 'chat', expected: 'Merhaba Ayşe Hanım,' },
  'vi: chị + last word of the name': { locale: 'vi-VN', who: { firstName: 'Thị Lan', lastName: 'Nguyễn', title: 'Ms' }, expected: 'Kính gửi chị Lan,' },
  'vi: gender unknown': { locale: 'vi-VN', who: { name: 'Nguyễn Thị Lan' }, expected: 'Kính gửi Quý khách Nguyễn Thị Lan,' },
  'th: คุณ + first name': { locale: 'th-TH', who: { firstName: 'สมชาย', lastName: 'ใจดี' }, expected: 'เรียน คุณสมชาย' },
  'th: ดร.': { locale: 'th-TH', who: { firstName: 'สมชาย', title: 'Dr.' }, expected: 'เรียน ดร.สมชาย' },
  'id: Ibu + first name': { locale: 'id-ID', who: { firstName: 'Sari', title: 'Mrs' }, expected: 'Halo Ibu Sari,' },
  'id: Kak when gender unknown': { locale: 'id-ID', who: { firstName: 'Sari' }, channel: 'chat', expected: 'Halo Kak Sari!' },
  'ms: religious greeting before': { locale: 'ms-MY', who: { firstName: 'Siti', title: 'Puan' }, religiousGreeting: true, expected: 'Assalamualaikum,\nPuan Siti yang dihormati,' },
  'he: first name': { locale: 'he-IL', who: { firstName: 'נועה', lastName: 'כהן' }, expected: 'שלום נועה,' },
  'sv: first name, no title': { locale: 'sv-SE', who: { firstName: 'Anna', lastName: 'Berg', title: 'Dr.' }, expected: 'Hej Anna!' },
  'full name only: first word is the given name': { locale: 'pt-BR', who: { name: 'Ana Paula Souza' }, expected: 'Olá, Ana!' },
  'shouting name is tidied': { locale: 'en-US', who: { name: 'ANNA WEBER' }, expected: 'Hi Anna,' },
  'title typed into the name field is not a name': { locale: 'pt-BR', who: { name: 'Sra. Ana Souza' }, expected: 'Olá, Ana!' },
  'junk names count as no name': { locale: 'de-DE', who: { firstName: '-', lastName: 'anna@example.com', name: '  ' }, expected: 'Guten Tag,' },
  'marketplace is written like e-mail': { locale: 'de-DE', who: { lastName: 'Weber', title: 'Herr' }, channel: 'marketplace', expected: 'Sehr geehrter Herr Weber,' },
  'social is written like chat': { locale: 'sv-SE', who: { firstName: 'Anna' }, channel: 'social', expected: 'Hej Anna!' },
};

describe('salutation', () => {
  it.each(Object.entries(CASES))('%s', (_, c) => {
    const text = salutation(localePack(c.locale), c.who, { channel: c.channel ?? 'email', religiousGreeting: c.religiousGreeting ?? false });
    expect(text).toBe(c.expected);
  });
});

describe('honorific', () => {
  it.each([
    ['de-DE', 'Frau Prof. Dr.', 'Frau Prof. Dr.'],
    ['de-DE', 'Mrs', 'Frau'],
    ['de-DE', 'Dr.', 'Dr.'],
    ['en-GB', 'Frau Dr.', 'Dr'],
    ['en-US', 'Ms.', 'Ms.'],
    ['fr-FR', 'Madame', 'Mme'],
    ['fr-FR', 'Mr', 'M.'],
    ['es-ES', 'Sra.', 'Sra.'],
    ['es-MX', 'Dra.', 'Dra.'],
    ['it-IT', 'Frau Dr.', 'Dott.ssa'],
    ['pl-PL', 'Pani Dr.', 'Pani dr'],
    ['zh-CN', '女士', '女士'],
    ['zh-CN', 'Prof.', '教授'],
    ['tr-TR', 'Mr', 'Bey'],
    ['ar-SA', 'Sr.', 'السيد'],
    ['he-IL', 'Mrs', "גב'"],
  ])('%s %s → %s', (locale, title, expected) => {
    expect(honorific(localePack(locale), { title })).toBe(expected);
  });

  it('is the fixed suffix in Japanese and Korean, title or not', () => {
    expect(honorific(localePack('ja-JP'), {})).toBe('様');
    expect(honorific(localePack('ko-KR'), { title: 'Mr' })).toBe('고객님');
  });

  it('is null when there is no title, or the locale uses none', () => {
    expect(honorific(localePack('de-DE'), { firstName: 'Anna' })).toBeNull();
    expect(honorific(localePack('sv-SE'), { title: 'Frau Dr.' })).toBeNull();
    expect(honorific(localePack('fr-FR'), { title: 'Dr.' })).toBeNull();
  });

  it('reads a title typed into the name field', () => {
    expect(honorific(localePack('es-ES'), { name: 'Sra. Ana García' })).toBe('Sra.');
  });
});

describe('signOff and closingLine', () => {
  const who = { agentName: 'Lena', brandName: 'Nordlicht', channel: 'email' as const };

  it.each([
    ['de-DE', ['Mit freundlichen Grüßen', 'Lena', 'Nordlicht']],
    ['fr-FR', ['Bien cordialement,', 'Lena', 'Nordlicht']],
    ['pt-BR', ['Abraços,', 'Lena', 'Equipe Nordlicht']],
    ['pt-PT', ['Com os melhores cumprimentos,', 'Lena', 'Nordlicht']],
    ['ja-JP', ['今後ともよろしくお願いいたします。', 'Nordlicht カスタマーサポート', '担当：Lena']],
    ['ko-KR', ['감사합니다.', 'Nordlicht 고객센터 Lena 드림']],
    ['zh-CN', ['祝您购物愉快！', 'Nordlicht 客服 Lena']],
  ])('%s signs in its own order', (locale, expected) => {
    expect(signOff(localePack(locale), who)).toEqual(expected);
  });

  it('drops lines whose agent or brand is empty', () => {
    expect(signOff(localePack('ja-JP'), { ...who, agentName: ' ' })).toEqual(['今後ともよろしくお願いいたします。', 'Nordlicht カスタマーサポート']);
    expect(signOff(localePack('de-DE'), { ...who, brandName: '' })).toEqual(['Mit freundlichen Grüßen', 'Lena']);
  });

  it('chat and social messages are not signed and have no closing line', () => {
    for (const channel of ['chat', 'social'] as const) {
      expect(signOff(localePack('de-DE'), { ...who, channel })).toEqual([]);
      expect(closingLine(localePack('de-DE'), { channel })).toBeNull();
    }
  });

  it('letter-style channels get the closing line', () => {
    expect(closingLine(localePack('fr-FR'), { channel: 'web_form' })).toBe('Nous restons à votre disposition pour toute question.');
  });
});
