# Language: Vietnamese (vi). Review: machine-drafted, not yet reviewed by a native speaker.
# Notifications: the mails the service sends, the account settings for them and the
# administrators' mail page. A mail says that something happened and links to it; it never
# carries a complaint's words, a worker's name or a receipt.

## Mails

mail-greeting = Xin chào,
mail-open-link = Đăng nhập để đọc:
mail-footer = Bạn nhận được thư này vì tài khoản FairRecruit của bạn đã đăng ký nhận thông báo. Bạn có thể đổi ngôn ngữ hoặc ngừng nhận các thư này trên trang tài khoản của mình:

mail-new-referral-subject = Vụ việc mới cho { $organisation }
mail-new-referral-body = Một vụ việc mới đã được chuyển đến { $organisation } trên FairRecruit.
mail-worker-reply-subject = Một người lao động đã trả lời trong một vụ việc
mail-worker-reply-body = Người lao động đã thêm một tin nhắn vào một vụ việc của tổ chức bạn.
mail-overdue-acknowledge-subject = Một vụ việc đã quá hạn xác nhận tiếp nhận
mail-overdue-acknowledge-body = Một vụ việc của tổ chức bạn chưa được xác nhận tiếp nhận trong thời hạn.
mail-overdue-answer-subject = Một vụ việc đã quá hạn trả lời
mail-overdue-answer-body = Một vụ việc của tổ chức bạn chưa được trả lời trong thời hạn.
mail-complaint-acknowledged-subject = Khiếu nại của bạn đã được tiếp nhận
mail-complaint-acknowledged-body = { $organisation } đã xác nhận tiếp nhận khiếu nại của bạn.
mail-complaint-resolved-subject = Khiếu nại của bạn đã có kết quả
mail-complaint-resolved-body = { $organisation } đã ghi nhận kết quả cho khiếu nại của bạn.
mail-review-approved-subject = Đánh giá của bạn đã được đăng
mail-review-approved-body = Đánh giá của bạn về { $recruiter } đã được đăng. Cảm ơn bạn đã giúp những người lao động khác.
mail-review-rejected-subject = Đánh giá của bạn không được đăng
mail-review-rejected-body = Đánh giá của bạn về { $recruiter } không được đăng. Trang tài khoản của bạn có ghi lý do.
mail-digest-subject = Bản tóm tắt FairRecruit hằng ngày của bạn
mail-digest-body = Kể từ bản tóm tắt trước của bạn:
mail-digest-line-new-referral = { $count } vụ việc mới
mail-digest-line-worker-reply = { $count } câu trả lời từ người lao động
mail-digest-line-overdue-acknowledge = { $count } vụ việc quá hạn xác nhận tiếp nhận
mail-digest-line-overdue-answer = { $count } vụ việc quá hạn trả lời

## Account settings

account-notices-heading = Thông báo
account-notices-hint = Thư được gửi đến địa chỉ ở trên và chỉ báo rằng có điều gì đó thay đổi, không bao giờ ghi nội dung khiếu nại.
account-notices-language = Ngôn ngữ của thư
account-notices-how = Bạn muốn nhận thông báo thế nào?
account-notices-each = Mỗi sự việc một thư
account-notices-digest = Một bản tóm tắt mỗi ngày
account-notices-none = Không nhận thư
account-notices-submit = Lưu cài đặt thông báo
account-notices-saved = Đã lưu cài đặt thông báo.
error-notices-language = Hãy chọn một ngôn ngữ trong danh sách.
error-notices-choice = Hãy chọn cách bạn muốn nhận thông báo.
error-notices-digest-leads = Chỉ người phụ trách của tổ chức mới chọn được bản tóm tắt hằng ngày.

## Administrators: mail

admin-nav-mail = Thư
admin-mail-title = Thư
admin-mail-heading = Thư thông báo
admin-mail-intro = Thông báo nằm chờ trong hộp thư đi cho đến khi máy chủ thư nhận. Thư nào cứ gửi không được, hoặc bị máy chủ từ chối hẳn, sẽ bị bỏ và được liệt kê ở đây cùng lỗi cuối cùng.
admin-mail-pending = Đang chờ gửi
admin-mail-dead = Đã bỏ
admin-mail-none-dead = Không có thư nào bị bỏ.
admin-mail-retry-all-hint = Sau khi sửa cài đặt thư, hãy đưa mọi thư bên dưới trở lại hàng chờ.
admin-mail-retry-all = Thử lại tất cả
admin-mail-created = Ngày tạo
admin-mail-kind = Loại thông báo
admin-mail-recipient = Người nhận
admin-mail-attempts = Số lần thử
admin-mail-error = Lỗi cuối cùng
admin-mail-retry = Thử lại
admin-overview-dead-mail = { admin-mail-heading }: { admin-mail-dead }
admin-mail-retried = { $count } thư đã trở lại hàng chờ.
admin-mail-kind-new-referral = Vụ việc mới
admin-mail-kind-worker-reply = Câu trả lời của người lao động
admin-mail-kind-overdue-acknowledge = Quá hạn xác nhận tiếp nhận
admin-mail-kind-overdue-answer = Quá hạn trả lời
admin-mail-kind-complaint-acknowledged = Khiếu nại đã được tiếp nhận (gửi người lao động)
admin-mail-kind-complaint-resolved = Khiếu nại đã được giải quyết (gửi người lao động)
admin-mail-kind-review-approved = Đánh giá đã được đăng (gửi người viết)
admin-mail-kind-review-rejected = Đánh giá không được đăng (gửi người viết)
admin-mail-kind-digest = Tóm tắt hằng ngày

## Watchlists

admin-mail-kind-watch-summary = Tóm tắt hằng tuần danh sách theo dõi
mail-watch-summary-subject = Tóm tắt hằng tuần danh sách theo dõi của bạn
mail-watch-summary-body = Những thay đổi trong tuần này về các công ty tuyển dụng bạn theo dõi:
mail-watch-line = { $recruiter }: { $changes }
mail-watch-reviews = { $count } đánh giá mới
mail-watch-rating = điểm { $from } → { $to }
mail-watch-rating-new = điểm hiện tại { $to }
mail-watch-complaints = { $count } khiếu nại mới
mail-watch-complaints-few = dưới 5 khiếu nại mới
watchlist-title = Danh sách theo dõi
watchlist-heading = Danh sách theo dõi của tôi
watchlist-intro = Các công ty tuyển dụng bạn theo dõi. Mỗi tuần một lần, bạn nhận một thư cho biết những gì đã thay đổi về họ: đánh giá mới, điểm số, giấy phép, khiếu nại mới (chỉ có số lượng, không bao giờ có tên người gửi).
watchlist-empty = Bạn chưa theo dõi công ty tuyển dụng nào.
watchlist-reviews = { $count } đánh giá
watchlist-rating = điểm { $rating } trên 5
watchlist-rating-few = quá ít đánh giá để chấm điểm
watchlist-remove = Ngừng theo dõi
watchlist-add-heading = Theo dõi một công ty tuyển dụng
watchlist-add-label = Số giấy phép hoặc mã số FairRecruit
watchlist-add-hint = Số giấy phép như ghi trong danh mục, hoặc mã số ở cuối địa chỉ trang của công ty. Tối đa { $max } công ty.
watchlist-add-submit = Theo dõi
watchlist-added = Đã thêm vào danh sách theo dõi của bạn.
watchlist-removed = Đã xóa khỏi danh sách theo dõi của bạn.
error-watch-recruiter = Không có công ty tuyển dụng nào trong danh mục có số giấy phép hoặc mã số này.
error-watch-limit = Danh sách theo dõi của bạn đã đầy. Hãy ngừng theo dõi một công ty trước khi thêm công ty khác.
recruiter-watch-link = Công đoàn và thanh tra: thêm công ty tuyển dụng này vào danh sách theo dõi của bạn

mail-password-reset-subject = Đặt mật khẩu FairRecruit mới
mail-password-reset-body = Có người, chúng tôi hy vọng là bạn, đã yêu cầu đặt mật khẩu mới cho tài khoản FairRecruit của bạn. Đường dẫn bên dưới chỉ dùng được một lần, trong 30 phút. Nếu không phải bạn, đừng làm gì cả: mật khẩu của bạn vẫn giữ nguyên.
admin-mail-kind-password-reset = Đường dẫn đặt lại mật khẩu (gửi nhân viên)

mail-second-factor-reset-subject = Đăng nhập hai bước FairRecruit của bạn đã được đặt lại
mail-second-factor-reset-body = Một quản trị viên đã đặt lại đăng nhập hai bước cho tài khoản FairRecruit của bạn và đã đăng xuất bạn ở mọi nơi. Ở lần đăng nhập tới, hãy thiết lập lại ứng dụng xác thực. Nếu bạn không yêu cầu việc này, hãy báo ngay cho quản trị viên của bạn.
admin-mail-kind-second-factor-reset = Đặt lại đăng nhập hai bước (gửi nhân viên)
admin-mail-kind-webhook-acknowledged = Webhook trạng thái: đã tiếp nhận (gửi đối tác tiếp nhận)
admin-mail-kind-webhook-question = Webhook trạng thái: tin nhắn cho người lao động (gửi đối tác tiếp nhận)
admin-mail-kind-webhook-resolved = Webhook trạng thái: đã giải quyết (gửi đối tác tiếp nhận)
admin-mail-kind-webhook-closed = Webhook trạng thái: đã đóng (gửi đối tác tiếp nhận)
