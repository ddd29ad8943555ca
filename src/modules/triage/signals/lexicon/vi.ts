import type { Lexicon } from './types.js';

/**
 * Vietnamese. Tone marks are folded like all Latin accents, so text typed without them still
 * matches; terms are chosen so that their unaccented form is not another common word ("tệ" alone
 * would be "tế" of "quốc tế", so only "rất tệ", "tệ quá"… are listed).
 */
export const vi: Lexicon = {
  risk: {
    chargeback: [
      'chargeback', 'hoàn tiền qua ngân hàng', 'yêu cầu ngân hàng hoàn tiền', 'báo ngân hàng', 'gọi ngân hàng',
      'khiếu nại với ngân hàng', 'khiếu nại ngân hàng', 'tra soát', 'tra soát giao dịch', 'hủy giao dịch thẻ', 'bồi hoàn',
      'yêu cầu bồi hoàn', 'báo cáo ngân hàng', 'nhờ ngân hàng',
    ],
    payment_dispute: [
      'tranh chấp', 'mở tranh chấp', 'khiếu nại paypal', 'khiếu nại trên paypal', 'khiếu nại qua paypal', 'claim paypal',
      'mở khiếu nại trên paypal', 'báo paypal',
    ],
    atoz_claim: [
      'bảo đảm từ a đến z', 'đảm bảo từ a đến z', 'bảo đảm a-z', 'đảm bảo a-z', 'khiếu nại a-z', 'khiếu nại amazon',
      'khiếu nại với amazon', 'báo amazon', 'bảo đảm a đến z',
    ],
    legal_threat: [
      'luật sư', 'khởi kiện', 'kiện ra tòa', 'kiện shop', 'kiện các bạn', 'kiện bên bạn', 'đi kiện', 'tòa án', 'ra tòa',
      'đưa ra pháp luật', 'trước pháp luật', 'nhờ pháp luật', 'hành động pháp lý', 'biện pháp pháp lý', 'công an', 'báo công an', 'trình báo', 'cơ quan chức năng', 'bảo vệ người tiêu dùng',
      'hội bảo vệ người tiêu dùng', 'quản lý thị trường', 'tố cáo',
    ],
    scam_accusation: [
      'lừa đảo', 'bị lừa', 'lừa tiền', 'lừa khách', 'lừa gạt', 'shop lừa', 'lừa người', 'bọn lừa', 'kẻ lừa', 'gian lận',
      'ăn cắp', 'ăn cướp', 'shop ma', 'web lừa', 'trang lừa', 'lừa bịp', 'bịp bợm', 'bọn cướp', 'lừa đảo khách hàng',
    ],
    bad_review_threat: [
      'đánh giá xấu', 'đánh giá tệ', 'đánh giá 1 sao', '1 sao', 'một sao', 'cho 1 sao', 'đánh giá tiêu cực', 'review xấu',
      'review tệ', 'bóc phốt', 'đăng lên facebook', 'đăng facebook', 'lên mạng', 'cảnh báo mọi người', 'bêu rếu',
      'phốt shop',
    ],
    repeated_contact: [
      'lần thứ ba', 'lần thứ 3', 'lần thứ hai', 'lần thứ 2', 'nhắn nhiều lần', 'hỏi nhiều lần', 'nhắn mấy lần', 'hỏi mấy lần',
      'bao nhiêu lần', 'đã nhắn', 'đã hỏi rồi', 'hỏi mãi', 'nhắn mãi', 'đã liên hệ', 'đã gửi email', 'vẫn chưa trả lời',
      'vẫn không trả lời', 'không ai trả lời', 'không trả lời', 'chưa ai trả lời', 'không phản hồi', 'chưa phản hồi',
      'vẫn chưa phản hồi', 'lại nữa', 'hỏi lại lần nữa', 'nhắn lại lần nữa', 'liên hệ nhiều lần',
    ],
  },
  positive: [
    'cảm ơn nhiều', 'rất tốt', 'tốt lắm', 'tốt quá', 'tuyệt vời', 'tuyệt', 'hài lòng', 'rất hài lòng', 'rất thích',
    'thích lắm', 'thích quá', 'ưng ý', 'ưng lắm', 'hàng đẹp', 'đẹp lắm', 'rất đẹp', 'đẹp quá', 'chất lượng tốt',
    'giao hàng nhanh', 'ok lắm', 'xuất sắc', 'đáng tiền', 'ủng hộ', 'hoàn hảo', 'vui lắm', 'yêu shop', 'shop dễ thương',
    'tốt',
  ],
  negative: [
    'tệ quá', 'rất tệ', 'quá tệ', 'tệ hại', 'dở tệ', 'tồi tệ', 'chất lượng kém', 'rất kém', 'kém chất lượng', 'thất vọng',
    'bực mình', 'tức giận', 'bị hỏng', 'hư hỏng', 'bị vỡ', 'bị bể', 'giao chậm', 'quá chậm', 'rất chậm', 'vấn đề', 'bị lỗi',
    'hàng lỗi', 'đồ rác', 'kinh khủng', 'chán quá', 'chán thật', 'không chấp nhận được', 'vô trách nhiệm', 'bức xúc', 'thái độ kém',
    'làm ăn kiểu gì', 'quá đáng',
  ],
  negators: ['không', 'chẳng', 'chả', 'chưa', 'đừng', 'không phải', 'ko', 'kh', 'hok', 'khong'],
  intensifiers: ['rất', 'quá', 'cực kỳ', 'cực', 'siêu', 'thật sự', 'vô cùng', 'hết sức'],
  postIntensifiers: ['lắm', 'quá', 'vãi', 'thật'],
  polite: ['cảm ơn', 'cám ơn', 'cảm ơn shop', 'thanks shop', 'tks shop', 'cảm ơn bạn'],
};
