import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protectText, restoreText, type TokenStyle } from './protect.js';

const STYLES: TokenStyle[] = ['brackets', 'xml'];

describe('protectText / restoreText', () => {
  it.each([
    ['a Liquid variable and tag', 'Hi {{customer.first_name}}, {% if order %}your order{% endif %} ships today.', ['{{customer.first_name}}', '{% if order %}', '{% endif %}']],
    ['an order number, an amount and a tracking number', 'Order #1047 (€29.99) left with 1Z999AA10123456784.', ['#1047', '€29.99', '1Z999AA10123456784']],
    ['a URL without its full stop, and an e-mail address', 'See https://shop.example.com/track?id=7. Or write to help@shop.example.', ['https://shop.example.com/track?id=7', 'help@shop.example']],
    ['an Amazon order number and a China Post tracking number', 'Bestellung 112-1234567-1234567, Sendung LX123456785CN', ['112-1234567-1234567', 'LX123456785CN']],
    ['an amount after the number', 'Wir erstatten 1.299,00 € zurück.', ['1.299,00 €']],
  ])('protects %s', (_, text, protectedValues) => {
    const p = protectText(text);
    expect(p.spans.map((s) => s.value)).toEqual(protectedValues);
    for (const value of protectedValues) expect(p.text).not.toContain(value);
    expect(restoreText(p.text, p)).toMatchObject({ ok: true, text });
  });

  it('ends a link where the ASCII ends, even without a space before Chinese text', () => {
    expect(protectText('请看https://t.example/a?b=1这里').spans.map((s) => s.value)).toEqual(['https://t.example/a?b=1']);
  });

  it('protects given names as whole words, longest first, and CJK names inside a sentence', () => {
    const p = protectText('Dear Anna Maria, Annabel and Anna say hi. 王伟你好', { names: ['Anna', 'Anna Maria', '王伟'] });
    expect(p.spans.map((s) => s.value)).toEqual(['Anna Maria', 'Anna', '王伟']);
    expect(p.text).toBe('Dear ⟦1⟧, Annabel and ⟦2⟧ say hi. ⟦3⟧你好');
  });

  it('marks tokens as XML for DeepL and escapes the rest', () => {
    const p = protectText('Order #1047 <b> & {{x}}', { style: 'xml' });
    expect(p.text).toBe('Order <x id="1"/> &lt;b&gt; &amp; <x id="2"/>');
    expect(restoreText('Bestellung <x id="1"/> &lt;b&gt; &amp; <x id="2"></x>', p)).toMatchObject({ ok: true, text: 'Bestellung #1047 <b> & {{x}}' });
  });

  it('reads tokens back in other digits and with spaces a provider put in', () => {
    const p = protectText('Order #1047 costs $5.00');
    expect(restoreText('الطلب ⟦١⟧ يكلف ⟦ 2 ⟧', p)).toMatchObject({ ok: true, text: 'الطلب #1047 يكلف $5.00' });
  });

  it('flags a lost, a repeated and an invented token instead of dropping an entity', () => {
    const p = protectText('Order #1047 costs $5.00 — see {{tracking.url}}');
    const restored = restoreText('Bestellung ⟦1⟧ ⟦1⟧ kostet, siehe ⟦3⟧ ⟦9⟧', p);
    expect(restored.ok).toBe(false);
    expect(restored.missing.map((s) => s.value)).toEqual(['$5.00']);
    expect(restored.duplicated.map((s) => s.value)).toEqual(['#1047']);
    expect(restored.unknown).toEqual([9]);
  });

  it('keeps the token brackets of the input itself apart from its own tokens', () => {
    const text = 'literal ⟦1⟧ and order #1047';
    const p = protectText(text);
    expect(p.text.match(/⟦/g)).toHaveLength(p.spans.length);
    expect(restoreText(p.text, p)).toMatchObject({ ok: true, text });
  });

  it.each(STYLES)('restore ∘ protect is the identity for any text (%s)', (style) => {
    const pieces = fc.constantFrom('{{order.number}}', '{% if x %}', '#1047', 'order 12345678', '$29.99', '1.299,00 €', 'https://x.example/a?b=1', 'a@b.example',
      '1Z999AA10123456784', 'Anna', '⟦', '⟧', '⟦2⟧', '<x id="1"/>', '&amp;', '&', '<', '>', ' ', '\n', '王伟');
    const text = fc.array(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), pieces), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const p = protectText(t, { style, names: ['Anna', '王伟'] });
        const restored = restoreText(p.text, p);
        expect(restored.text).toBe(t);
        expect(restored.ok).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
