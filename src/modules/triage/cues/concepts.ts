/**
 * Cross-lingual cue concepts: language-independent ids for what a buyer's phrase signals. Each
 * language's lexicon (`lexicon/<lang>.ts`) lists the phrases of every concept, so the model sees
 * `cue:refund` whether the buyer wrote "refund", "Erstattung", "退款" or "hoàn tiền", and what it
 * learns from one language's examples transfers to the others.
 *
 * The order is a contract with feature hashing and saved models: append new concepts at the end,
 * never reorder or reuse an id.
 */
export const CUE_CONCEPTS = [
  // product questions
  /** how to use, set up, pair, charge, wash, assemble; manual, instructions, what is in the box */
  'how_to_use',
  /** size, size chart, fit, measurements, dimensions */
  'size_fit',
  /** material, fabric, specs, weight, battery capacity, certificates */
  'material_spec',
  /** compatible with, fits (a model), works with */
  'compatible',
  /** in stock, available, restock, sold out */
  'in_stock',
  /** how much is it, price */
  'price_question',
  /** the buyer has not ordered yet: "before I order", "if I buy", "thinking of buying" */
  'before_buying',
  // shipping options (pre-sale)
  /** do you ship to <country>, international shipping */
  'ship_to_country',
  /** shipping cost, free shipping, postage */
  'shipping_cost',
  /** how long does delivery take, delivery time, express / faster shipping */
  'delivery_time',
  // promotions
  /** discount, coupon, promo code, sale, voucher, code does not work */
  'discount',
  /** bulk, wholesale, MOQ, large quantity, reseller */
  'bulk_wholesale',
  // policies
  /** return policy, how many days to return, who pays return shipping */
  'return_policy',
  /** warranty, guarantee */
  'warranty',
  // orders
  /** how to order, place an order, custom order, reserve */
  'place_order',
  /** checkout / cart does not work, cannot complete the order */
  'checkout_problem',
  /** order confirmation, did you receive my order */
  'order_confirmation',
  /** when will it ship, not shipped yet, still processing */
  'when_ship',
  /** change the order: size, colour, quantity, add or remove an item */
  'change_order',
  /** change the delivery address, wrong address on the order */
  'change_address',
  /** cancel, cancellation */
  'cancel',
  // payment
  /** how to pay, PayPal, card, bank transfer, instalments, cash on delivery */
  'payment_method',
  /** payment declined / failed / pending, charged twice, wrong amount, overcharged */
  'payment_problem',
  /** invoice, receipt, VAT invoice, company or tax details */
  'invoice',
  // logistics
  /** where is my parcel / order */
  'where_parcel',
  /** tracking number, tracking link, tracking status */
  'tracking',
  /** late, delayed, still not arrived, stuck, no tracking update */
  'late',
  /** tracking says delivered */
  'marked_delivered',
  /** did not receive, never got it */
  'not_received',
  /** neighbour, locker, parcel shop, mailbox, wrong address delivered */
  'neighbour_locker',
  /** customs, import duty or VAT to pay, customs documents, returned to sender */
  'customs',
  // after-sale
  /** broken, cracked, damaged, crushed, scratched */
  'broken_damaged',
  /** missing part, piece, accessory, incomplete */
  'missing_part',
  /** does not work, does not turn on, defective */
  'not_working',
  /** on arrival, when I opened the package, out of the box */
  'on_arrival',
  /** wrong item, wrong colour / size / model, not what I ordered */
  'wrong_item',
  /** I want to return it, send it back */
  'want_return',
  /** exchange, swap for another size or colour */
  'exchange',
  /** refund, money back */
  'refund',
  /** where is my refund, refund not received yet */
  'refund_status',
  /** I sent the return back, did you receive my return */
  'return_shipped',
  /** stopped working, worked at first, after weeks of use */
  'stopped_working',
  /** repair, fix, replacement under warranty, service centre */
  'repair',
  // feedback
  /** bad service, unacceptable, disappointed, rude */
  'bad_service',
  /** manager, supervisor, escalate, formal complaint */
  'manager_escalate',
  /** nobody answers, waiting for a reply, slow answers */
  'slow_reply',
  /** scam, fraud, lawyer, chargeback, dispute, police, bad review threat */
  'threat',
  /** thank you, great, love it, recommend */
  'thanks_praise',
  /** review, rating, stars, feedback */
  'review',
  /** suggestion, idea, it would be nice if, please add */
  'suggestion',
  // account
  /** account, profile, register, sign up */
  'account',
  /** cannot log in, account locked, hacked, suspicious login */
  'login_problem',
  /** password, forgot password, reset */
  'password_reset',
  /** verification code, SMS code, one-time code, 2FA */
  'verification_code',
  /** delete / close account, GDPR, personal data */
  'delete_account',
  /** unsubscribe, newsletter, stop the emails */
  'unsubscribe',
  /** change e-mail, name, phone number in the account, merge accounts */
  'edit_account',
  // contact / other
  /** a real person, human, live agent, not a bot */
  'human_agent',
  /** phone number, call me, call back, hotline */
  'phone_call',
  /** SEO, marketing, partnership, supplier or manufacturer pitch */
  'business_offer',
  /** job, vacancy, CV, internship */
  'job_application',
] as const;

export type CueConcept = (typeof CUE_CONCEPTS)[number];

/**
 * One language's phrases for every concept, as its buyers write them to a shop.
 *
 * Phrase syntax:
 * - Lower-case; Latin accents do not matter (phrases and text are folded alike: "rückerstattung"
 *   also matches "ruckerstattung"; German ä/ö/ü, Nordic ø/å also match ae/oe/ue, oe/aa).
 * - In space-delimited scripts (Latin, Cyrillic, Arabic, Hebrew) a phrase matches whole words
 *   only. A trailing `*` lets the last word go on ("возврат*" matches "возврата"). Arabic and
 *   Hebrew phrases also match after a clitic prefix (و ب ل ال…, ו ה ב ל…).
 * - Han, kana, Hangul and Thai phrases match anywhere (no word boundaries).
 * - Multi-word phrases use one space; the text's whitespace is collapsed before matching.
 * - At each position the longest phrase wins, so "return policy" (return_policy) hides "return".
 */
export type CueLexicon = Record<CueConcept, string[]>;

export const CUE_INDEX: ReadonlyMap<string, number> = new Map(CUE_CONCEPTS.map((id, i) => [id, i]));
