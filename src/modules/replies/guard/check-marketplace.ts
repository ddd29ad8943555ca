/** A marketplace's messaging rules that are not wording: links off the marketplace and attachments. */

import type { CompiledMarketplace } from './compile-rules.js';
import type { ReplyEntities } from './entities.js';
import type { FindingSink, GuardContext } from './guard-types.js';

export function checkLinks(text: string, language: string, entities: ReplyEntities, market: CompiledMarketplace, sink: FindingSink): void {
  const links = market.rules.externalLinks;
  if (!links || links.severity === 'off' || !market.linkAllowed) return;
  for (const link of entities.links) {
    if (market.linkAllowed(link.value)) continue;
    sink.add({
      rule: 'marketplace.external_link',
      severity: links.severity,
      message: `Links to ${link.value}: ${market.rules.label} allows only links needed to complete the order.`,
      excerpt: text.slice(link.start, link.end),
      index: link.start,
      language,
      params: { marketplace: market.id, host: link.value },
    });
  }
}

const MB = 1024 * 1024;
const mb = (bytes: number): number => Math.round((bytes / MB) * 10) / 10;

/** The file's extension, or (none in the name) the subtype of its content type ("image/jpeg" → "jpeg"). */
function extension(filename: string, contentType: string | undefined): string {
  const dot = filename.lastIndexOf('.');
  if (dot >= 0 && dot < filename.length - 1) return filename.slice(dot + 1).toLowerCase();
  return contentType?.split('/')[1]?.split(/[;+]/)[0]?.trim().toLowerCase() ?? '';
}

export function checkAttachments(ctx: GuardContext, language: string, market: CompiledMarketplace, sink: FindingSink): void {
  const rules = market.rules.attachments;
  const files = ctx.attachments ?? [];
  if (!rules || rules.severity === 'off' || files.length === 0) return;
  const severity = rules.severity;
  const label = market.rules.label;
  let total = 0;
  for (const file of files) {
    total += file.sizeBytes;
    const ext = extension(file.filename, file.contentType);
    if (!market.extensions.has(ext)) {
      sink.add({
        rule: 'marketplace.attachment_type',
        severity,
        message: `Attachment ${file.filename} is ${ext ? `a .${ext} file` : 'a file without an extension'}; ${label} accepts ${[...market.extensions].join(', ')}.`,
        excerpt: file.filename,
        index: -1,
        language,
        params: { marketplace: market.id, filename: file.filename, extension: ext },
      });
    }
    if (file.sizeBytes > rules.maxBytesPerFile) {
      sink.add({
        rule: 'marketplace.attachment_size',
        severity,
        message: `Attachment ${file.filename} is ${mb(file.sizeBytes)} MB; ${label} accepts at most ${mb(rules.maxBytesPerFile)} MB a file.`,
        excerpt: file.filename,
        index: -1,
        language,
        params: { marketplace: market.id, filename: file.filename, sizeBytes: file.sizeBytes, maxBytes: rules.maxBytesPerFile },
      });
    }
  }
  if (rules.maxTotalBytes !== undefined && total > rules.maxTotalBytes && files.length > 1) {
    sink.add({
      rule: 'marketplace.attachment_total',
      severity,
      message: `The attachments come to ${mb(total)} MB; ${label} accepts at most ${mb(rules.maxTotalBytes)} MB a message.`,
      excerpt: files.map((f) => f.filename).join(', '),
      index: -1,
      language,
      params: { marketplace: market.id, totalBytes: total, maxBytes: rules.maxTotalBytes },
    });
  }
  if (rules.maxFiles !== undefined && files.length > rules.maxFiles) {
    sink.add({
      rule: 'marketplace.attachment_count',
      severity,
      message: `${files.length} attachments; ${label} accepts at most ${rules.maxFiles} a message.`,
      excerpt: files.map((f) => f.filename).join(', '),
      index: -1,
      language,
      params: { marketplace: market.id, count: files.length, maxFiles: rules.maxFiles },
    });
  }
}
