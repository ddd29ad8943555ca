import type { Lexicon } from './types.js';

const none: Lexicon['risk'] = {
  chargeback: [],
  payment_dispute: [],
  atoz_claim: [],
  legal_threat: [],
  scam_accusation: [],
  bad_review_threat: [],
  repeated_contact: [],
};

/** In force in every language: emoji, and the English thanks that buyers mix into any language. */
export const UNIVERSAL: Lexicon = {
  risk: none,
  positive: [
    '😊', '😀', '😃', '😄', '😁', '😍', '🥰', '😘', '☺', '🙂', '👍', '❤', '♥', '💕', '💖', '💗', '💓', '💯', '🙏', '👏', '🎉',
    '🤩', '😇', '🤗', '🥳', '👌', '💪', '🌟', '⭐⭐⭐⭐⭐',
  ],
  negative: [
    '😡', '🤬', '😠', '👎', '😤', '😞', '😢', '😭', '😩', '😫', '💩', '🙄', '😒', '😣', '😖', '😔', '😟', '☹', '🙁', '😕',
    '🤮', '🤢', '💢', '😿',
  ],
  negators: [],
  intensifiers: [],
  polite: ['thanks', 'thank you', 'thx', 'tks', 'tnx', 'thank u', 'thanks again', 'thank you again'],
};
