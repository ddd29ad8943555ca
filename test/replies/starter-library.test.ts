import { describe, expect, it } from 'vitest';
import { findHoles } from '../../src/modules/replies/guard/holes.js';
import { previewTemplate } from '../../src/modules/replies/render/preview.js';
import { sampleReplyFacts } from '../../src/modules/replies/render/sample-facts.js';
import { STARTER_TEMPLATE_KEYS } from '../../src/modules/replies/templates/template-catalog.js';
import { hasPhrases, starterLanguages, starterTemplates } from '../../src/modules/replies/templates/starter-library.js';
import { TRIAGE_LANGUAGES } from '../../src/modules/triage/intents.js';

const languages = starterLanguages();

describe('the starter template library', () => {
  it('is written in at least 20 of the N3 languages, each complete', () => {
    expect(languages.filter((l) => (TRIAGE_LANGUAGES as readonly string[]).includes(l)).length).toBeGreaterThanOrEqual(20);
    for (const language of languages) {
      const keys = starterTemplates().filter((t) => t.language === language).map((t) => t.key);
      expect(keys.sort(), language).toEqual([...STARTER_TEMPLATE_KEYS].sort());
      expect(hasPhrases(language), language).toBe(true);
    }
  });

  describe.each(languages)('%s', (language) => {
    const templates = starterTemplates().filter((t) => t.language === language);

    it.each(templates.map((t) => [t.key, t] as const))('%s renders on a realistic ticket with nothing left open', (_key, template) => {
      for (const channel of ['email', 'chat'] as const) {
        const out = previewTemplate(template, sampleReplyFacts(language, channel), { language, channel, sample: true });
        expect(out.unresolved).toEqual([]);
        expect(findHoles(out.text)).toEqual([]);
        expect(findHoles(out.subject)).toEqual([]);
        expect(out.subject.trim()).not.toBe('');
        // The salutation comes from the locale pack: the body does not open with one of its own.
        expect(out.text.length).toBeGreaterThan(40);
      }
    });
  });

  it('the apology names a coupon given only as a percentage (what an SLA remediation sends), in every language', () => {
    for (const language of languages) {
      const template = starterTemplates().find((t) => t.language === language && t.key === 'service.apology_compensation')!;
      const facts = { ...sampleReplyFacts(language), compensation: null, coupon: { code: null, percent: 15 } };
      const out = previewTemplate(template, facts, { language, channel: 'email', sample: true });
      expect(out.text, language).toMatch(/15\s?%|%15/);
      expect(out.unresolved, language).toEqual([]);
      expect(findHoles(out.text), language).toEqual([]);
      // Without any compensation the apology does not invent one.
      const bare = previewTemplate(template, { ...facts, coupon: null }, { language, channel: 'email', sample: true });
      expect(bare.text, language).not.toMatch(/15\s?%|%15/);
    }
  });

  it('never hard-codes a salutation: a template does not start with a greeting the renderer adds anyway', () => {
    const greeting = /^(dear|hello|hi|sehr geehrte|liebe|hallo|bonjour|madame|monsieur|estimad[oa]|hola|olá|prezad[oa]|gentile|beste|geachte|hej|hei|szanown|уважаем|здравствуйте|sayın|merhaba|尊敬的|您好|親愛的|拝啓|안녕하세요|kính gửi|xin chào|halo|yth|عزيزي|السلام عليكم)/iu;
    for (const t of starterTemplates()) expect(greeting.test(t.body.trim()), `${t.language}/${t.key}`).toBe(false);
  });
});
