import { aliexpressOrderNumber, amazonOrderNumber, ebayItemNumber, ebayOrderNumber } from './order-numbers.js';
import type { Address, ParsedEmail } from './parsed-email.js';

export type Marketplace = 'amazon' | 'ebay' | 'aliexpress';

export interface MarketplaceMessage {
  marketplace: Marketplace;
  /** Country of the marketplace site (ISO 3166), when the address tells. */
  region: string | null;
  /** The buyer's relay alias or marketplace user name. */
  buyerAlias: string | null;
  orderNumber: string | null;
  /** Stable for one conversation on the marketplace: the order, else the item and buyer, else the buyer. */
  threadKey: string | null;
}

const SITE_REGION: Record<string, string> = {
  com: 'US', 'co.uk': 'GB', de: 'DE', fr: 'FR', it: 'IT', es: 'ES', nl: 'NL', se: 'SE', pl: 'PL', 'com.tr': 'TR',
  'com.be': 'BE', be: 'BE', ae: 'AE', sa: 'SA', eg: 'EG', in: 'IN', 'co.jp': 'JP', 'com.au': 'AU', sg: 'SG', 'com.sg': 'SG',
  ca: 'CA', 'com.mx': 'MX', 'com.br': 'BR', at: 'AT', ch: 'CH', ie: 'IE', 'com.hk': 'HK', 'com.my': 'MY', ph: 'PH',
};

const AMAZON_RELAY = /^marketplace\.amazon\.(com|co\.uk|de|fr|it|es|nl|se|pl|com\.tr|com\.be|ae|sa|eg|in|co\.jp|com\.au|sg|ca|com\.mx|com\.br)$/;
const EBAY_RELAY = /^members\.ebay\.((?:com|co)(?:\.[a-z]{2})?|[a-z]{2})$/;
const EBAY_SENDER = /(?:^|\.)ebay\.((?:com|co)(?:\.[a-z]{2})?|[a-z]{2})$/;
const ALIEXPRESS_SENDER = /(?:^|\.)aliexpress\.(com|ru|us)$/;

/** Notification wording that says a buyer wrote, as opposed to eBay's own announcements. */
const EBAY_BUYER_MESSAGE =
  /sent (?:you )?a (?:message|question)|new message from|has a question|hat (?:ihnen )?eine (?:nachricht|frage)|neue nachricht von|vous a envoyé un message|nouveau message de|te ha enviado un mensaje|nuevo mensaje de|ti ha inviato un messaggio|nuovo messaggio da|heeft (?:u )?een bericht gestuurd/i;

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

function localPart(address: string): string {
  return address.slice(0, address.lastIndexOf('@'));
}

function senders(email: ParsedEmail): Address[] {
  return [email.from, ...email.replyTo];
}

/**
 * Recognises a buyer message relayed by Amazon, eBay or AliExpress, with the order it is about:
 * the marketplace sets the SLA, and its conversation is one ticket.
 */
export function recognizeMarketplace(email: ParsedEmail): MarketplaceMessage | null {
  const searchable = `${email.subject}\n${email.text}`;
  for (const sender of senders(email)) {
    const amazon = AMAZON_RELAY.exec(domainOf(sender.address));
    if (amazon) return amazonMessage(localPart(sender.address), SITE_REGION[amazon[1]!] ?? null, searchable);
  }
  for (const sender of senders(email)) {
    const ebay = EBAY_RELAY.exec(domainOf(sender.address));
    if (ebay) return ebayMessage(localPart(sender.address), SITE_REGION[ebay[1]!] ?? null, searchable);
  }
  const ebaySender = EBAY_SENDER.exec(domainOf(email.from.address));
  if (ebaySender && EBAY_BUYER_MESSAGE.test(searchable)) return ebayMessage(ebayUserName(searchable), SITE_REGION[ebaySender[1]!] ?? null, searchable);
  const aliexpress = ALIEXPRESS_SENDER.exec(domainOf(email.from.address));
  if (aliexpress) return aliexpressMessage(email, searchable);
  return null;
}

function amazonMessage(alias: string, region: string | null, searchable: string): MarketplaceMessage {
  const orderNumber = amazonOrderNumber(searchable);
  const buyerAlias = alias.toLowerCase() || null;
  return { marketplace: 'amazon', region, buyerAlias, orderNumber, threadKey: keyOf('amazon', orderNumber, buyerAlias) };
}

function ebayMessage(alias: string | null, region: string | null, searchable: string): MarketplaceMessage {
  const orderNumber = ebayOrderNumber(searchable);
  const buyerAlias = alias?.toLowerCase() || null;
  const item = ebayItemNumber(searchable);
  const threadKey = orderNumber ? `ebay:${orderNumber}` : item && buyerAlias ? `ebay:${buyerAlias}:${item}` : keyOf('ebay', null, buyerAlias);
  return { marketplace: 'ebay', region, buyerAlias, orderNumber, threadKey };
}

function aliexpressMessage(email: ParsedEmail, searchable: string): MarketplaceMessage {
  const orderNumber = aliexpressOrderNumber(searchable);
  const buyerAlias = aliexpressBuyer(searchable);
  const site = /^([a-z]{2})\.aliexpress\./.exec(domainOf(email.from.address));
  return { marketplace: 'aliexpress', region: site ? site[1]!.toUpperCase() : null, buyerAlias, orderNumber, threadKey: keyOf('aliexpress', orderNumber, buyerAlias) };
}

function keyOf(marketplace: Marketplace, orderNumber: string | null, buyerAlias: string | null): string | null {
  if (orderNumber) return `${marketplace}:${orderNumber}`;
  return buyerAlias ? `${marketplace}:${buyerAlias}` : null;
}

const USER = '([a-z0-9][a-z0-9._*-]{2,63})';
/** Where eBay's notifications name the buyer: "New message from: name", "name sent a message …". */
const EBAY_USER_NAME = [
  new RegExp(`\\b(?:new message from|neue nachricht von|nouveau message de|nuevo mensaje de|nuovo messaggio da|nieuw bericht van):?\\s+${USER}`, 'i'),
  new RegExp(`^${USER} (?:has sent|sent) (?:you )?a (?:message|question)`, 'im'),
  new RegExp(`^${USER} (?:hat Ihnen eine|vous a envoyé un|te ha enviado un|ti ha inviato un|heeft u een)`, 'im'),
];

function ebayUserName(text: string): string | null {
  for (const pattern of EBAY_USER_NAME) {
    const match = pattern.exec(text);
    if (match) return match[1]!;
  }
  return null;
}

function aliexpressBuyer(text: string): string | null {
  const match = /(?:buyer|käufer|acheteur|comprador|acquirente|koper|покупатель|买家|買家|購入者|구매자|المشتري)\s*[:：]\s*([^\n,]{2,60})/i.exec(text);
  return match ? match[1]!.trim() : null;
}
