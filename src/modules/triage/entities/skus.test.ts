import { describe, expect, it } from 'vitest';

import { findSkus } from './skus.js';

const skus = (text: string) => findSkus(text).map((f) => f.value);

describe('SKUs', () => {
  it.each([
    ['SKU: AB-1234', 'AB-1234'],
    ['sku ab-1234', 'AB-1234'],
    ['item no. 55100', '55100'],
    ['Model: XR-200', 'XR-200'],
    ['model number SM-G991B', 'SM-G991B'],
    ['Art.-Nr. 55-100', '55-100'],
    ['Artikelnummer 4711', '4711'],
    ['réf. BX-42', 'BX-42'],
    ['référence produit: BX-42', 'BX-42'],
    ['código 12-ABC', '12-ABC'],
    ['artículo ZP-9', 'ZP-9'],
    ['articolo 889-XL', '889-XL'],
    ['modelo A2337', 'A2337'],
    ['型号：XR-200', 'XR-200'],
    ['产品型号XR-200', 'XR-200'],
    ['货号 8812', '8812'],
    ['品番 ABC-99', 'ABC-99'],
    ['型番：KJ-55X9500H', 'KJ-55X9500H'],
    ['商品コード 4901234', '4901234'],
    ['모델 SM-G991N', 'SM-G991N'],
    ['품번: AB12', 'AB12'],
    ['артикул 12345', '12345'],
    ['модель X-100', 'X-100'],
    ['ürün kodu TR-55', 'TR-55'],
    ['mã sản phẩm VN-77', 'VN-77'],
    ['kode produk ID-88', 'ID-88'],
    ['מק"ט 5521', '5521'],
    ['رمز المنتج AR-1', 'AR-1'],
    ['รหัสสินค้า TH-9', 'TH-9'],
    ['SKU: CHGEU', 'CHGEU'],
  ])('%s → %s', (text, sku) => {
    expect(skus(`Hello, ${text}, thanks`)).toEqual([sku]);
  });

  it('needs a label, and a code that looks like one', () => {
    expect(skus('The model is broken and the reference was wrong')).toEqual([]);
    expect(skus('model: iPhone')).toEqual([]);
    expect(skus('AB-1234 without a label')).toEqual([]);
    expect(skus('remodel 123')).toEqual([]);
  });

  it('skips codes already taken by another entity', () => {
    expect(findSkus('ref 123-1234567-1234567', [[4, 23]])).toEqual([]);
  });
});
