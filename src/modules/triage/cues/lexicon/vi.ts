import type { CueLexicon } from '../concepts.js';

/**
 * Vietnamese. Diacritics are folded away, so "hoàn tiền" also matches the unaccented "hoan tien"
 * that many buyers type; phrases are kept to two syllables or more, since single folded syllables
 * collide with each other and with English. Chat shorthand: "k"/"ko" for không, "dc"/"đc" for được, "sp" for sản phẩm.
 */
export const vi: CueLexicon = {
  how_to_use: [
    'cách dùng', 'cách sử dụng', 'sử dụng như thế nào', 'dùng như thế nào', 'dùng sao', 'dùng thế nào', 'hướng dẫn', 'hướng dẫn sử dụng',
    'sách hướng dẫn', 'cài đặt', 'lắp đặt', 'thiết lập', 'kết nối', 'cách kết nối', 'ghép đôi', 'bluetooth', 'cách sạc', 'sạc bao lâu',
    'thời gian sạc', 'giặt máy', 'giặt tay', 'cách giặt', 'máy rửa bát', 'vệ sinh', 'cách vệ sinh', 'lắp ráp', 'cách lắp', 'bật máy', 'cách bật',
    'trong hộp có gì', 'phụ kiện đi kèm', 'lưu ý khi dùng',
  ],
  size_fit: [
    'kích thước', 'kích cỡ', 'size nào', 'bảng size', 'chọn size', 'tư vấn size', 'form nhỏ', 'form rộng', 'form chuẩn', 'số đo', 'chiều dài',
    'chiều rộng', 'chiều cao', 'vòng ngực', 'vòng eo', 'vòng mông', 'cân nặng', 'size giày',
  ],
  material_spec: [
    'chất liệu', 'làm bằng', 'chất vải', 'vải gì', 'cotton', 'cô tông', 'da thật', 'da pu', 'inox', 'thép không gỉ', 'nhựa', 'chống nước',
    'dung lượng', 'dung lượng pin', 'thời lượng pin', 'công suất', 'trọng lượng', 'nặng bao nhiêu', 'thông số', 'thông số kỹ thuật', 'chứng nhận',
    'chứng chỉ', 'màu sắc', 'có màu gì', 'màu khác', 'thành phần',
  ],
  compatible: [
    'tương thích', 'dùng được cho', 'dùng được với', 'có vừa', 'vừa với', 'hợp với', 'lắp được', 'cho điện thoại', 'cho iphone',
    'cho samsung', 'có dùng được',
  ],
  in_stock: [
    'còn hàng', 'hết hàng', 'còn không', 'còn ko', 'còn k', 'có sẵn', 'sẵn hàng', 'tồn kho', 'khi nào có hàng', 'khi nào về hàng', 'về hàng',
    'đặt trước', 'giữ hàng',
  ],
  price_question: ['giá bao nhiêu', 'giá sao', 'giá cả', 'bao nhiêu tiền', 'bao nhiêu vậy', 'nhiêu tiền', 'giá tiền', 'báo giá', 'rẻ hơn', 'giá sỉ bao nhiêu', 'giá lẻ'],
  before_buying: [
    'trước khi mua', 'trước khi đặt', 'nếu mua', 'nếu đặt', 'nếu em đặt', 'nếu mình đặt', 'định mua', 'muốn mua', 'đang tính mua', 'đang phân vân',
    'quan tâm', 'có ý định mua',
  ],
  ship_to_country: [
    'ship đi', 'ship sang', 'ship ra', 'gửi sang', 'gửi đi nước ngoài', 'giao đến', 'giao tới', 'ship tới', 'ship quốc tế', 'quốc tế', 'nước ngoài',
    'về việt nam', 'ship về', 'nước nào',
  ],
  shipping_cost: [
    'phí ship', 'phí vận chuyển', 'phí giao hàng', 'tiền ship', 'ship bao nhiêu', 'phí ship bao nhiêu', 'miễn phí ship', 'free ship', 'freeship',
    'miễn phí vận chuyển', 'đơn tối thiểu',
  ],
  delivery_time: [
    'bao lâu', 'mấy ngày', 'bao nhiêu ngày', 'khi nào nhận', 'khi nào tới', 'khi nào đến', 'thời gian giao', 'thời gian giao hàng', 'thời gian ship',
    'kịp không', 'giao nhanh', 'ship nhanh', 'hỏa tốc', 'giao hỏa tốc', 'trong ngày',   ],
  discount: [
    'giảm giá', 'mã giảm giá', 'mã giảm', 'voucher', 'coupon', 'khuyến mãi', 'khuyến mại', 'ưu đãi', 'sale', 'flash sale', 'mã không dùng được',
    'mã không áp dụng được', 'mã hết hạn', 'điểm thưởng', 'tích điểm', 'quà tặng', 'tặng kèm', 'thẻ quà tặng', 'chiết khấu',
  ],
  bulk_wholesale: [
    'giá sỉ', 'bán sỉ', 'lấy sỉ', 'mua sỉ', 'số lượng lớn', 'mua nhiều', 'đơn lớn', 'tối thiểu bao nhiêu', 'số lượng tối thiểu', 'đại lý', 'cộng tác viên',
    'nhà phân phối', 'bán lại', 'cho cửa hàng', 'cho công ty', '000 cái', '00 cái',
  ],
  return_policy: [
    'chính sách đổi trả', 'chính sách hoàn trả', 'chính sách đổi', 'điều kiện đổi trả', 'có được đổi', 'được đổi không', 'được trả không',
    'có đổi trả', 'đổi trả được không', 'nếu không vừa', 'nếu không thích', 'bao nhiêu ngày đổi', 'ngày đổi trả', 'đổi trả miễn phí',
    'ai chịu phí', 'phí đổi trả',
  ],
  warranty: ['bảo hành', 'thời gian bảo hành', 'bảo hành bao lâu', 'còn bảo hành', 'phiếu bảo hành', 'năm bảo hành', 'tháng bảo hành', 'bảo hành chính hãng'],
  place_order: [
    'đặt hàng', 'cách đặt hàng', 'đặt như thế nào', 'đặt sao', 'mua như thế nào', 'mua sao', 'lên đơn', 'chốt đơn', 'đặt qua điện thoại', 'đặt riêng',
    'làm theo yêu cầu', 'in tên', 'khắc tên', 'giữ giúp', 'không cần tài khoản',
  ],
  checkout_problem: [
    'giỏ hàng', 'thanh toán không được', 'không đặt được', 'không thể đặt', 'không đặt hàng được', 'không mua được', 'bị treo', 'bị đơ', 'load mãi',
    'lỗi khi đặt', 'nút đặt hàng', 'không bấm được',
  ],
  order_confirmation: [
    'xác nhận đơn', 'xác nhận đơn hàng', 'email xác nhận', 'chưa nhận được xác nhận', 'đã nhận được đơn', 'nhận được đơn chưa', 'đơn đã đặt thành công',
    'đặt thành công', 'trạng thái đơn', 'tình trạng đơn', 'mã đơn', 'mã đơn hàng', 'số đơn',
  ],
  when_ship: [
    'khi nào gửi', 'khi nào giao', 'bao giờ gửi', 'bao giờ giao', 'khi nào ship', 'bao giờ ship', 'đã gửi chưa', 'gửi hàng chưa', 'ship chưa',
    'giao chưa', 'chưa gửi', 'chưa giao hàng', 'chưa ship', 'đang chuẩn bị', 'chờ lấy hàng', 'đang xử lý', 'chờ xác nhận', 'đóng gói',
  ],
  change_order: [
    'đổi đơn', 'sửa đơn', 'thay đổi đơn', 'thay đổi đơn hàng', 'đổi size', 'đổi màu', 'đổi số lượng', 'thêm món', 'thêm sản phẩm',     'bỏ bớt', 'thay vì', 'chỉnh đơn',
  ],
  change_address: [
    'đổi địa chỉ', 'thay đổi địa chỉ', 'sửa địa chỉ', 'địa chỉ sai', 'sai địa chỉ', 'ghi sai địa chỉ', 'địa chỉ mới', 'địa chỉ khác', 'địa chỉ giao hàng',
    'chuyển nhà', 'mã bưu điện', 'số nhà',
  ],
  cancel: ['hủy đơn', 'huỷ đơn', 'hủy giúp', 'hủy đơn hàng', 'không lấy nữa', 'không mua nữa', 'không cần nữa', 'đổi ý', 'phí hủy'],
  payment_method: [
    'phương thức thanh toán', 'hình thức thanh toán', 'thanh toán bằng', 'thanh toán như thế nào', 'thanh toán sao', 'trả bằng', 'chuyển khoản',
    'thẻ tín dụng', 'thẻ visa', 'thẻ atm', 'momo', 'zalopay', 'vnpay', 'ship cod', 'thanh toán khi nhận hàng', 'trả góp', 'tiền mặt', 'đơn vị tiền',
    'bằng đô',
  ],
  payment_problem: [
    'thanh toán thất bại', 'thanh toán không thành công', 'thanh toán lỗi', 'lỗi thanh toán', 'bị từ chối', 'thẻ bị từ chối', 'giao dịch thất bại',
    'chờ thanh toán', 'đang chờ thanh toán', 'bị trừ tiền hai lần', 'trừ tiền 0 lần', 'trừ 0 lần', 'trừ hai lần', 'trừ tiền hai lần',
    'thanh toán hai lần', 'bị trừ tiền', 'trừ tiền', 'đã trừ tiền', 'sai số tiền', 'trừ nhiều hơn', 'tỷ giá', 'phí chuyển đổi', 'không thanh toán được',
  ],
  invoice: [
    'hóa đơn', 'hoá đơn', 'hóa đơn vat', 'hóa đơn đỏ', 'xuất hóa đơn', 'biên lai', 'biên nhận', 'mã số thuế', 'tên công ty', 'thông tin công ty',
    'kế toán',
  ],
  where_parcel: [
    'hàng đâu', 'đơn đâu', 'đơn hàng đâu', 'hàng của tôi đâu', 'hàng của em đâu', 'hàng em đâu', 'đơn của em', 'đơn của tôi', 'tới đâu rồi',
    'đến đâu rồi', 'đang ở đâu', 'ở đâu rồi', 'kiện hàng', 'gói hàng',
  ],
  tracking: [
    'mã vận đơn', 'mã vận chuyển', 'mã theo dõi', 'tra cứu', 'theo dõi đơn', 'kiểm tra đơn', 'tracking', 'nghĩa là gì', 'là sao', 'đang vận chuyển',
    'đang giao', 'đang trung chuyển', 'kho phân loại', 'link không vào được', 'giao hàng nhanh', 'ghn', 'ghtk', 'viettel post', 'j&t',
  ],
  late: [
    'giao chậm', 'ship chậm', 'chậm quá', 'lâu quá', 'bị trễ', 'chưa nhận được hàng', 'vẫn chưa nhận', 'vẫn chưa tới', 'vẫn chưa đến',
    'chưa thấy hàng', 'mấy tuần', 'cả tuần', 'cả tháng', 'một tháng', 'quá hạn', 'ngày dự kiến', 'lẽ ra phải', 'đáng lẽ', 'đứng im', 'không cập nhật',
    'không nhúc nhích', 'vẫn trạng thái', 'chờ mãi', 'vẫn đang chờ',
  ],
  marked_delivered: [
    'đã giao', 'giao thành công', 'đã giao thành công', 'báo đã giao', 'báo giao thành công', 'hiện đã giao', 'trạng thái đã giao', 'đã nhận hàng',
    'người nhận đã ký', 'ký nhận',
  ],
  not_received: [
    'chưa nhận được', 'không nhận được', 'chưa nhận', 'không nhận', 'chưa có hàng', 'không thấy hàng', 'không có hàng', 'tìm không thấy',
    'bị mất', 'mất hàng', 'thất lạc', 'bị trộm', 'chưa giao',
  ],
  neighbour_locker: [
    'hàng xóm', 'nhà bên cạnh', 'tủ đồ', 'tủ nhận hàng', 'điểm nhận hàng', 'bưu cục', 'bưu điện', 'hộp thư', 'bảo vệ', 'lễ tân', 'trước cửa',
    'giao nhầm', 'nhầm địa chỉ', 'địa chỉ khác', 'người khác nhận',
  ],
  customs: [
    'hải quan', 'thông quan', 'thuế nhập khẩu', 'thuế', 'phí hải quan', 'đóng thuế', 'nộp thuế', 'vat nhập khẩu', 'nhập khẩu', 'tờ khai', 'giấy tờ',
    'căn cước', 'cccd', 'cmnd', 'hộ chiếu', 'hoàn về người gửi', 'trả về người gửi', 'hoàn hàng', 'bị hoàn',
  ],
  broken_damaged: [
    'bị vỡ', 'vỡ rồi', 'bị hỏng', 'hư hỏng', 'bị hư', 'bị nứt', 'vết nứt', 'bị móp', 'móp méo', 'bị bẹp', 'trầy xước', 'bị trầy', 'bị xước',
    'vết xước', 'bị rách', 'thủng', 'bị cong', 'bị bẩn', 'vết bẩn', 'bị ố', 'chảy nước', 'bị rò', 'lỗi sản phẩm', 'hàng lỗi', 'hàng bị lỗi',
    'bị lỗi', 'hộp bị rách', 'hộp bị móp', 'bị bể',
  ],
  missing_part: [
    'bị thiếu', 'thiếu hàng', 'thiếu mất', 'giao thiếu', 'không có trong hộp', 'không kèm', 'không đủ', 'thiếu sạc', 'thiếu dây',
    'thiếu ốc', 'thiếu hướng dẫn', 'chỉ có một', 'chỉ có 0', 'hộp rỗng', 'hộp trống', 'linh kiện', 'phụ kiện',
  ],
  not_working: [
    'không hoạt động', 'không dùng được', 'không chạy', 'không lên', 'không bật được', 'không lên nguồn', 'không sạc được', 'sạc không vào',
    'không kết nối được', 'không ghép được', 'không có tiếng', 'mất tiếng', 'không lên hình', 'không phản hồi', 'bị liệt', 'báo lỗi', 'nhấp nháy',
    'nóng máy', 'quá nóng', 'tự tắt',
  ],
  on_arrival: [
    'vừa nhận', 'mới nhận', 'nhận được hàng', 'hàng tới', 'hôm nay nhận', 'khi nhận', 'lúc nhận', 'mở hộp', 'mở ra',
    'khui hộp', 'bóc hộp', 'mới mở', 'ngay từ đầu', 'lần đầu dùng', 'dùng lần đầu', 'mới tinh',
  ],
  wrong_item: [
    'giao sai', 'gửi sai', 'ship sai', 'nhầm hàng', 'sai hàng', 'sai màu', 'sai size', 'sai mẫu', 'sai số lượng', 'không đúng hàng', 'không đúng màu',
    'không đúng size', 'không phải hàng', 'không giống đơn', 'khác với đơn', 'đặt màu', 'đặt size', 'đặt mà', 'mà giao', 'mà nhận được', 'thay vì',
  ],
  want_return: [
    'trả hàng', 'hoàn hàng', 'muốn trả', 'gửi trả', 'gửi lại', 'trả lại', 'hoàn trả', 'yêu cầu trả hàng', 'không vừa', 'bị chật', 'chật quá', 'rộng quá',
    'nhỏ quá', 'to quá', 'ngắn quá', 'dài quá', 'không giống hình', 'không giống mô tả', 'khác hình', 'không thích',
  ],
  exchange: ['đổi hàng', 'đổi sang', 'đổi size khác', 'đổi cái khác', 'đổi lại', 'lên size', 'xuống size', 'size lớn hơn', 'size nhỏ hơn', 'đổi trả'],
  refund: ['hoàn tiền', 'trả tiền', 'trả lại tiền', 'lấy lại tiền', 'hoàn lại tiền', 'tiền của tôi', 'đền bù', 'bồi thường', 'refund'],
  refund_status: [
    'tiền đâu', 'tiền hoàn đâu', 'khi nào hoàn tiền', 'bao giờ hoàn tiền', 'khi nào nhận được tiền', 'chưa hoàn tiền', 'chưa nhận được tiền',
    'chưa nhận tiền hoàn', 'tiền chưa về', 'chưa thấy tiền', 'đợi hoàn tiền', 'chờ hoàn tiền', 'đã duyệt hoàn tiền', 'hứa hoàn tiền',
    'trạng thái hoàn tiền',
  ],
  return_shipped: [
    'đã gửi trả', 'đã trả hàng', 'đã gửi lại', 'đã hoàn hàng', 'hàng trả về', 'hàng hoàn', 'shop nhận được hàng trả', 'nhận được hàng hoàn chưa',
    'mã vận đơn trả hàng', 'gửi bưu cục rồi',
  ],
  stopped_working: [
    'không còn hoạt động', 'ngừng hoạt động', 'tự nhiên', 'đột nhiên', 'tự dưng', 'lúc đầu', 'ban đầu', 'dùng tốt', 'dùng được vài',
    'sau một tuần', 'sau 0 tuần', 'sau một tháng', 'sau 0 tháng', 'sau vài ngày', 'sau vài tuần', 'được một thời gian', 'dùng bình thường',
    'bong tróc', 'bị bong', 'phai màu', 'bạc màu', 'bị sờn',
  ],
  repair: ['sửa chữa', 'sửa giúp', 'sửa được', 'bảo hành đổi mới', 'đổi mới', 'thay mới', 'thay linh kiện', 'trung tâm bảo hành', 'gửi bảo hành', 'linh kiện thay thế'],
  bad_service: [
    'tệ quá', 'quá tệ', 'dịch vụ tệ', 'thất vọng', 'bực mình', 'bực quá', 'bức xúc', 'không hài lòng', 'chán quá', 'làm ăn kiểu',
    'thái độ', 'vô trách nhiệm', 'không chuyên nghiệp', 'lừa dối', 'không bao giờ mua', 'tệ nhất', 'quá đáng', 'coi thường', 'trả lời tự động',
  ],
  manager_escalate: ['quản lý', 'người quản lý', 'cấp trên', 'chủ shop', 'người phụ trách', 'khiếu nại', 'phàn nàn', 'khiếu nại chính thức', 'báo cáo'],
  slow_reply: [
    'không trả lời', 'ko trả lời', 'k trả lời', 'không ai trả lời', 'không phản hồi', 'chưa trả lời', 'chưa phản hồi', 'trả lời chậm', 'rep chậm',
    'không rep', 'ko rep', 'chờ phản hồi', 'chờ trả lời', 'làm ngơ', 'nhiều lần', 'mấy lần', 'lần thứ ba', 'nhắn mãi', 'có ai không',
  ],
  threat: [
    'lừa đảo', 'gian lận', 'ăn cướp', 'luật sư', 'khởi kiện', 'tòa án', 'công an', 'tố cáo', 'bảo vệ người tiêu dùng',
    'khiếu nại lên sàn', 'tranh chấp', 'đánh giá 0 sao', 'đánh giá xấu', 'một sao', 'bóc phốt', 'mạng xã hội',
  ],
  thanks_praise: [
    'cảm ơn', 'cám ơn', 'thank', 'tks', 'rất tốt', 'tuyệt vời', 'xuất sắc', 'hoàn hảo', 'đẹp lắm', 'rất đẹp', 'ưng lắm', 'ưng ý', 'hài lòng',
    'rất hài lòng', 'thích lắm', 'sẽ ủng hộ', 'ủng hộ shop', 'giao nhanh lắm', 'đóng gói cẩn thận', 'shop nhiệt tình', 'nhiệt tình', 'chất lượng tốt',
    'đáng tiền', 'recommend',
  ],
  review: ['đánh giá', 'review', 'nhận xét', 'bình luận', '0 sao', 'năm sao', 'feedback', 'phản hồi tốt'],
  suggestion: [
    'góp ý', 'đề xuất', 'gợi ý', 'ý tưởng', 'nên có', 'giá mà', 'ước gì', 'thêm màu', 'thêm size', 'shop nên', 'lần sau', 'sau này', 'tương lai',
  ],
  account: ['tài khoản', 'hồ sơ', 'đăng ký', 'tạo tài khoản', 'tên đăng nhập', 'thành viên'],
  login_problem: [
    'đăng nhập', 'không đăng nhập được', 'ko đăng nhập được', 'không vào được tài khoản', 'không vào được', 'bị khóa', 'khóa tài khoản',
    'tài khoản bị khóa', 'bị chặn', 'bị vô hiệu hóa', 'bị hack', 'bị hack tài khoản', 'ai đó đăng nhập', 'đăng nhập lạ', 'hoạt động đáng ngờ',
    'không phải tôi', 'bị đăng xuất',
  ],
  password_reset: ['mật khẩu', 'quên mật khẩu', 'đặt lại mật khẩu', 'lấy lại mật khẩu', 'mật khẩu mới', 'đổi mật khẩu', 'sai mật khẩu', 'quên pass'],
  verification_code: [
    'mã xác nhận', 'mã xác thực', 'mã otp', 'otp', 'mã sms', 'tin nhắn sms', 'sms', 'xác thực', 'xác minh', 'xác minh 0 bước', 'kích hoạt',
    'mã kích hoạt', 'không nhận được mã', 'chưa nhận được mã', 'mã không về', 'không có mã',
  ],
  delete_account: [
    'xóa tài khoản', 'xoá tài khoản', 'hủy tài khoản', 'đóng tài khoản', 'thông tin cá nhân', 'dữ liệu cá nhân', 'xóa dữ liệu', 'xóa thông tin',
    'quyền riêng tư', 'bảo mật thông tin',
  ],
  unsubscribe: [
    'hủy đăng ký', 'huỷ đăng ký', 'ngừng nhận', 'không muốn nhận', 'bản tin', 'newsletter', 'email quảng cáo', 'tin nhắn quảng cáo', 'quảng cáo',
    'đừng gửi', 'ngừng gửi', 'spam', 'làm phiền',
  ],
  edit_account: [
    'đổi email', 'thay đổi email', 'đổi mail', 'email mới', 'đổi tên', 'sửa tên', 'đổi số điện thoại', 'đổi sđt', 'thay đổi số điện thoại',
    'cập nhật thông tin', 'sửa thông tin', 'chỉnh sửa hồ sơ', 'gộp tài khoản', 'hai tài khoản',
  ],
  human_agent: ['nhân viên', 'người thật', 'tư vấn viên', 'chăm sóc khách hàng', 'cskh', 'gặp người', 'nói chuyện với', 'không phải bot', 'chatbot', 'trả lời tự động'],
  phone_call: ['điện thoại', 'số điện thoại', 'sđt', 'sdt', 'gọi điện', 'gọi lại', 'gọi cho', 'gọi mình', 'gọi em', 'hotline', 'tổng đài', 'zalo'],
  business_offer: [
    'seo', 'quảng cáo facebook', 'chạy quảng cáo', 'marketing', 'tiếp thị', 'hợp tác', 'đối tác', 'cơ hội hợp tác', 'nhà sản xuất',     'nhà máy', 'nhà cung cấp', 'cung cấp nguồn hàng', 'tăng doanh số', 'thiết kế website', 'kol', 'koc', 'tài trợ', 'affiliate',
  ],
  job_application: [
    'tuyển dụng', 'ứng tuyển', 'xin việc', 'việc làm', 'cv', 'hồ sơ xin việc', 'thực tập', 'bán thời gian', 'toàn thời gian', 'part time',
    'làm thêm', 'tìm việc', 'làm việc tại',
  ],
};
