export { parseEmail } from './parse-email.js';
export { MalformedEmailError } from './malformed-email-error.js';
export type { Address, Attachment, AttachmentLimits, AutoHeaders, OmittedAttachment, ParsedEmail } from './parsed-email.js';
export { stripQuotedText } from './quote-strip.js';
export { classifyMachineMail, loopKey, type MachineKind, type MachineMailVerdict } from './machine-mail.js';
export { extractBounce, type BounceDetails } from './bounce.js';
export { recognizeMarketplace, type Marketplace, type MarketplaceMessage } from './marketplace-relay.js';
