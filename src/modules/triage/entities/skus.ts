// Product codes after a label ("SKU", "Art.-Nr.", "réf.", "型号", "品番", "артикул", …), upper-cased.

import { type Found, type Span, letterBefore, overlapsAny } from './spans.js';

/** Labels in Latin script: must stand as words. */
const LATIN_LABELS = [
  'sku', 'item\\s*(?:no|nr|number|code|#)', 'product\\s*(?:code|no|number|id)', 'part\\s*(?:no|number|#)',
  'model(?:\\s*(?:no|nr|number|#))?', 'art(?:icle)?\\.?\\s*-?\\s*(?:no|nr)', 'artikel(?:nummer|nr|-nr)?',
  'artikelnr', 'référence produit', 'réf(?:érence)?', 'ref(?:erence)?', 'código(?:\\s+(?:de\\s+)?(?:producto|produto|artículo))?',
  'codigo', 'artículo', 'articulo', 'articolo', 'codice(?:\\s+(?:articolo|prodotto))?', 'modelo', 'modello',
  'modèle', 'produktnummer', 'varenummer', 'varenr', 'artikelnummer', 'tuotenumero', 'tuotekoodi', 'malli',
  'numer\\s+katalogowy', 'kod\\s+produktu', 'ürün\\s+kodu', 'stok\\s+kodu', 'mã\\s+sản\\s+phẩm', 'mã\\s+hàng',
  'kode\\s+produk', 'kod\\s+produk', 'katalogové\\s+číslo', 'kód(?:\\s+produktu)?', 'číslo\\s+produktu',
  'артикул', 'модель', 'код\\s+товара', 'код\\s+товару',
];
/** Labels in scripts without word spacing, or where the boundary checks do not apply. */
const OTHER_LABELS = [
  'מק["״]ט', 'דגם', 'رمز\\s+المنتج', 'رقم\\s+المنتج', 'موديل', 'طراز', 'رمز', 'รหัสสินค้า', 'รุ่น',
  '型号', '型號', '货号', '貨號', '款号', '商品编号', '商品編號', '品番', '型番', '商品コード', '商品番号',
  '모델명', '모델', '품번', '상품\\s*코드', '상품번호',
];

// Group 1 is a Latin-script label: the caller checks it starts a word (no costly look-behind in the scan).
const SKU = new RegExp(
  `(?:((?:${LATIN_LABELS.join('|')})(?![\\p{L}]))|(?:${OTHER_LABELS.join('|')}))` +
    `[.:：#№\\s]{0,4}(?:(?:is|es|ist|est|是|は|는|은)\\s*[:：]?\\s*)?([A-Za-z0-9]+(?:[-_/.][A-Za-z0-9]+)*)(?![A-Za-z0-9])`,
  'giu',
);

const HAS_DIGIT = /\d/;
const UPPER_ONLY = /^[A-Z][A-Z\-_/.]*$/;

/**
 * Codes after a SKU / model / article label. A code without a digit counts only when written in capitals
 * (3+ characters), so "model is broken" yields nothing.
 */
export function findSkus(text: string, taken: readonly Span[] = []): Found<string>[] {
  const out: Found<string>[] = [];
  SKU.lastIndex = 0;
  for (let m = SKU.exec(text); m; m = SKU.exec(text)) {
    if (m[1] && letterBefore(text, m.index)) {
      SKU.lastIndex = m.index + 1;
      continue;
    }
    const code = m[2]!;
    if (code.length < 2 || code.length > 40) continue;
    if (!HAS_DIGIT.test(code) && !(code.length >= 3 && UPPER_ONLY.test(code))) continue;
    const end = m.index + m[0].length;
    const start = end - code.length;
    if (overlapsAny(taken, start, end)) continue;
    out.push({ value: code.toUpperCase(), start, end });
  }
  return out;
}
