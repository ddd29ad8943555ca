import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { STARTER_TEMPLATE_KEYS } from './template-catalog.js';

const STARTER_DIR = fileURLToPath(new URL('./starter/', import.meta.url));

export interface TemplateSource {
  subject: string;
  body: string;
}

export interface StarterTemplate extends TemplateSource {
  key: string;
  language: string;
}

/** Localized pieces the renderer composes around a template (see starter/README.md). */
export interface Phrases {
  asks: Record<string, string> & { frame: string };
  options: Record<string, string>;
  tracking_status: Record<string, string>;
}

/** Splits a template file into subject and body: `subject: …`, a `---` line, then the body. */
export function parseTemplateFile(raw: string): TemplateSource {
  const match = /^subject:[ \t]*(.*)\r?\n---\r?\n([\s\S]*)$/.exec(raw.replace(/^\uFEFF/, ''));
  if (!match) throw new Error('expected "subject: …" on the first line, then a line "---", then the body');
  return { subject: match[1]!.trim(), body: match[2]!.replace(/\s+$/, '') + '\n' };
}

let library: { templates: StarterTemplate[]; phrases: Map<string, Phrases> } | null = null;

function load() {
  if (library) return library;
  const templates: StarterTemplate[] = [];
  const phrases = new Map<string, Phrases>();
  const languages = existsSync(STARTER_DIR) ? readdirSync(STARTER_DIR).filter((d) => /^[a-z]{2,3}$/.test(d)).sort() : [];
  for (const language of languages) {
    const dir = path.join(STARTER_DIR, language);
    for (const key of STARTER_TEMPLATE_KEYS) {
      const file = path.join(dir, `${key}.liquid`);
      if (!existsSync(file)) continue;
      try {
        templates.push({ key, language, ...parseTemplateFile(readFileSync(file, 'utf8')) });
      } catch (error) {
        throw new Error(`starter template ${language}/${key}.liquid: ${(error as Error).message}`);
      }
    }
    const phraseFile = path.join(dir, 'phrases.json');
    if (existsSync(phraseFile)) phrases.set(language, JSON.parse(readFileSync(phraseFile, 'utf8')) as Phrases);
  }
  library = { templates, phrases };
  return library;
}

export function starterTemplates(): readonly StarterTemplate[] {
  return load().templates;
}

/** The languages the starter library is written in. */
export function starterLanguages(): string[] {
  return [...new Set(load().templates.map((t) => t.language))];
}

/** The phrases of a language, or English's when the library has none in it. */
export function phrasesFor(language: string): Phrases {
  const all = load().phrases;
  const found = all.get(language) ?? all.get('en');
  if (!found) throw new Error('the starter library has no phrases.json for English');
  return found;
}

export function hasPhrases(language: string): boolean {
  return load().phrases.has(language);
}
