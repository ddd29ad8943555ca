import { z } from 'zod';
import { languageCode, ticketId } from '../../../shared/schemas.js';
import { PROVIDER_KINDS } from './translation.table.js';

const provider = z.enum(PROVIDER_KINDS);
const httpUrl = z
  .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
  .max(500);

export const translationSettingsView = z.object({
  enabled: z.boolean(),
  provider: provider.nullable(),
  url: z.string().nullable(),
  model: z.string().nullable(),
  hasApiKey: z.boolean().describe('The key itself is write-only.'),
  costPerMillionChars: z.number(),
});

export const putTranslationSettingsBody = z
  .object({
    provider: provider.describe('openai = any OpenAI-compatible chat-completions endpoint (OpenAI, DeepSeek, Qwen, Ollama, vLLM)'),
    url: httpUrl.optional().describe('Base URL, e.g. https://api.openai.com/v1, https://api-free.deepl.com, http://localhost:5000; defaults to the provider’s public API'),
    apiKey: z.string().trim().min(1).max(500).nullable().optional().describe('Omit to keep the stored key; null removes it'),
    model: z.string().trim().min(1).max(200).nullable().optional().describe('Required for openai (gpt-4o-mini, deepseek-chat, qwen-plus, llama3.1, …)'),
    costPerMillionChars: z.number().min(0).max(1_000_000).optional().describe('What the provider charges per million characters, in the base currency'),
  })
  .strict();

export const translationStatusView = z.object({ enabled: z.boolean(), provider: provider.optional() });

export const testTranslationBody = z.object({ to: languageCode.optional() }).strict();
export const testTranslationView = z.object({ ok: z.literal(true), provider, sample: z.string(), latencyMs: z.number() });

const names = z.array(z.string().trim().min(1).max(100)).max(20);

export const translateBody = z
  .object({
    text: z.string().min(1).max(20_000),
    to: languageCode,
    from: languageCode.nullable().optional(),
    back: z.boolean().optional().describe('Also translate the result back into the source language, to check before sending'),
    names: names.optional().describe('People’s names to keep as written'),
  })
  .strict();

export const translateView = z.object({
  text: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  provider,
  cached: z.boolean(),
  back: z.string().optional(),
});

export const messageTranslationParams = z.object({ id: ticketId, messageId: ticketId }).strict();
export const messageTranslationQuery = z.object({ to: languageCode.optional().describe('Defaults to the agent’s locale') }).strict();
export const messageTranslationView = z.object({
  messageId: z.number(),
  text: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  provider,
  cached: z.boolean(),
  translated: z.boolean().describe('False when the message is already in that language (the original is returned)'),
});

const providerStats = z.object({ calls: z.number(), cachedCalls: z.number(), characters: z.number(), cost: z.number(), errors: z.number() });
export const translationStatsView = providerStats.extend({
  days: z.number(),
  latencyMs: z.object({ p50: z.number().nullable(), p95: z.number().nullable() }),
  byProvider: z.array(providerStats.extend({ provider: z.string() })),
});
