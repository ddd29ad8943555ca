import { describe, expect, it } from 'vitest';
import { compileTemplate, renderLiquid, TemplateSyntaxError } from './liquid.js';

describe('renderLiquid', () => {
  it('fills variables and skips guarded optional data', () => {
    const source = 'Order{% if order.number %} {{ order.number }}{% endif %} for {{ customer.first_name }}';
    expect(renderLiquid(source, { order: { number: '#1042' }, customer: { first_name: 'Anna' } })).toEqual({ output: 'Order #1042 for Anna', unresolved: [] });
    expect(renderLiquid(source, { customer: { first_name: 'Anna' } })).toEqual({ output: 'Order for Anna', unresolved: [] });
  });

  it('leaves a missing variable visibly open and names it, instead of printing nothing', () => {
    const result = renderLiquid('Your parcel {{ tracking.number }} is with {{ tracking.carrier }}.', { tracking: { carrier: 'DHL' } });
    expect(result.output).toBe('Your parcel {{tracking.number}} is with DHL.');
    expect(result.unresolved).toEqual(['tracking.number']);
  });

  it('reports every open variable once, in order', () => {
    const result = renderLiquid('{{ a.b }} {{ c }} {{ a.b }}', {});
    expect(result.unresolved).toEqual(['a.b', 'c']);
    expect(result.output).toBe('{{a.b}} {{c}} {{a.b}}');
  });

  it('loops over lists', () => {
    const out = renderLiquid('{% for o in options %}{{ forloop.index }}. {{ o.label }}\n{% endfor %}', { options: [{ label: 'resend' }, { label: 'refund' }] });
    expect(out.output).toBe('1. resend\n2. refund\n');
  });

  it('does not change the caller’s context', () => {
    const context = { tracking: {} };
    renderLiquid('{{ tracking.url }}', context);
    expect(context).toEqual({ tracking: {} });
  });

  it('names the line of a syntax error', () => {
    expect(() => compileTemplate('Hello\n{% if x %}never closed')).toThrow(TemplateSyntaxError);
    try {
      compileTemplate('Hello\n{% if x %}never closed');
    } catch (error) {
      expect((error as TemplateSyntaxError).line).toBe(2);
    }
  });

  it('refuses filters it does not know rather than ignoring them', () => {
    expect(() => renderLiquid('{{ "x" | no_such_filter }}', {})).toThrow();
  });
});
