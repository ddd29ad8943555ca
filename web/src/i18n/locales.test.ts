import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = new URL('./', import.meta.url);
type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const load = (locale: string, file: string) => leaves(JSON.parse(readFileSync(new URL(`${locale}/${file}`, DIR), 'utf8')) as Tree);
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('UI translations', () => {
  const files = readdirSync(new URL('en/', DIR)).filter((f) => f.endsWith('.json'));

  it.each(files)('%s has the same keys in English and Chinese', (file) => {
    const en = load('en', file);
    const zh = load('zh-CN', file);
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it.each(files)('%s keeps every {{placeholder}} in the Chinese text', (file) => {
    const en = load('en', file);
    const zh = load('zh-CN', file);
    for (const [key, text] of en) expect(placeholders(zh.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it.each(files)('%s has no empty or untranslated Chinese strings', (file) => {
    const en = load('en', file);
    const zh = load('zh-CN', file);
    // A plain English word left in the Chinese file; codes and proper names (P1, API, Shopify)
    // read the same in both languages.
    for (const [key, text] of zh) {
      expect(text.trim(), key).not.toBe('');
      if (/\b[a-z]{4,}\b/.test(text.replace(/\{\{\w+\}\}/g, ''))) expect(text, `${key} looks untranslated`).not.toBe(en.get(key));
    }
  });
});
