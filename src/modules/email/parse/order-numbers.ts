// Order and item numbers as the marketplaces write them, found in a subject or body.

const AMAZON_ORDER = /(?<![\d-])(\d{3}-\d{7}-\d{7})(?![\d-])/;
const EBAY_ORDER = /(?<![\d-])(\d{2}-\d{5}-\d{5})(?![\d-])/;
const EBAY_ITEM = /(?:item|artikel(?:nummer)?|objet|oggetto|art[íi]culo|objeto|商品|物品|#)\D{0,25}?(?<!\d)(\d{12})(?!\d)/i;

/** Labels that put an order number next to them, in the languages buyers write in. */
const ORDER_LABEL =
  /(?:order\s*(?:id|no\.?|number|#)|bestell(?:nummer|-nr\.?|ung)|num[ée]ro de (?:la )?commande|n° de commande|n[úu]mero (?:de|do) pedido|numero (?:d['’]ordine|ordine)|ordernummer|bestelnummer|注文番号|订单号|订单编号|訂單編號|訂單號碼|주문 ?번호|номер заказа|رقم الطلب)\s*[:：#№]?\s*/i;

export function amazonOrderNumber(text: string): string | null {
  return AMAZON_ORDER.exec(text)?.[1] ?? null;
}

export function ebayOrderNumber(text: string): string | null {
  return EBAY_ORDER.exec(text)?.[1] ?? null;
}

export function ebayItemNumber(text: string): string | null {
  return EBAY_ITEM.exec(text)?.[1] ?? null;
}

/**
 * An AliExpress order number: 15 to 19 digits after an order label, or a lone 16-digit number
 * (tracking and phone numbers are shorter or carry letters).
 */
export function aliexpressOrderNumber(text: string): string | null {
  const labelled = new RegExp(`${ORDER_LABEL.source}(\\d{15,19})(?!\\d)`, 'i').exec(text);
  if (labelled) return labelled[1]!;
  return /(?<!\d)(\d{16})(?!\d)/.exec(text)?.[1] ?? null;
}
