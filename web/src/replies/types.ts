/**
 * The replies API's shapes, taken type-only from the server's zod schemas (as api/types.ts does),
 * so the app and the API cannot drift apart unnoticed. Nothing of the server reaches the bundle.
 */
import type { z } from 'zod';
import type {
  checkReplyBody,
  createTemplateBody,
  experimentView,
  findingView,
  guardView,
  holeView,
  policyView,
  previewBody,
  previewView,
  saveVariantBody,
  suggestionView,
  templateSummary as templateSummarySchema,
  templateView,
  variantView,
  versionsView,
} from '../../../src/modules/replies/replies.schemas.js';
import type {
  messageTranslationView,
  putTranslationSettingsBody,
  testTranslationView,
  translateBody,
  translateView,
  translationSettingsView,
  translationStatsView,
  translationStatusView,
} from '../../../src/modules/replies/translation/translation.schemas.js';
import type { ReplyInput } from '../../../src/modules/tickets/ticket.schemas.js';

export type TemplateKind = 'intent' | 'service' | 'custom';
export const TEMPLATE_KINDS: TemplateKind[] = ['intent', 'service', 'custom'];

export type TemplateSummary = z.infer<typeof templateSummarySchema>;
export type Template = z.infer<typeof templateView>;
export type TemplateVariant = z.infer<typeof variantView>;
export type TemplateVersion = z.infer<typeof versionsView>['items'][number];
export type SaveVariantInput = z.input<typeof saveVariantBody>;
export type CreateTemplateInput = z.input<typeof createTemplateBody>;
export type PreviewInput = z.input<typeof previewBody>;
export type Preview = z.infer<typeof previewView>;
export type Experiment = z.infer<typeof experimentView>;
export type ExperimentArm = Experiment['variants'][number];

/** Facts a reply asks the buyer for (replies:asks.*). */
export const ASKS = ['order_number', 'tracking_number', 'destination', 'photos', 'sku', 'email', 'amount'] as const;

export type Suggestion = z.infer<typeof suggestionView>;
export type ResolutionOption = Suggestion['options'][number];
export type Finding = z.infer<typeof findingView>;
export type Hole = z.infer<typeof holeView>;
export type CheckResult = z.infer<typeof guardView>;
export type CheckInput = z.input<typeof checkReplyBody>;
export type Original = NonNullable<CheckInput['original']>;
export type SendReplyInput = Omit<ReplyInput, 'status' | 'html'> & { text: string; status?: 'pending' | 'solved' };

export type PolicyDocument = z.infer<typeof policyView>;

export type TranslationProvider = 'openai' | 'deepl' | 'libretranslate';
export const TRANSLATION_PROVIDERS: TranslationProvider[] = ['openai', 'deepl', 'libretranslate'];
export type TranslationSettings = z.infer<typeof translationSettingsView>;
export type TranslationStatus = z.infer<typeof translationStatusView>;
export type TranslationSettingsInput = z.input<typeof putTranslationSettingsBody>;
export type TranslationTest = z.infer<typeof testTranslationView>;
export type TranslateInput = z.input<typeof translateBody>;
export type Translation = z.infer<typeof translateView>;
export type MessageTranslation = z.infer<typeof messageTranslationView>;
export type TranslationStats = z.infer<typeof translationStatsView>;
