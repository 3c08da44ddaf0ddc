# Language: Vietnamese (vi). Review: machine-drafted, not yet reviewed by a native speaker.
# Complaints: intake, receipts, following a complaint, and the staff's cases.

## The intake form

complaint-new-title = Gửi khiếu nại
complaint-new-heading = Gửi khiếu nại bảo mật
complaint-new-intro = Hãy kể cho chúng tôi chuyện gì đã xảy ra. Chúng tôi chỉ gửi khiếu nại đến các tổ chức bạn chọn, ở các nước trên hành trình của bạn. Chỉ bắt buộc điền công ty tuyển dụng và hai nước.
complaint-new-safety = Bạn không cần cho biết tên, email hay số điện thoại. Chúng tôi không bao giờ hỏi về tình trạng di trú (giấy tờ cư trú) của bạn và không bao giờ chia sẻ bất cứ điều gì với cơ quan di trú hay xuất nhập cảnh.
complaint-section-recruiter = Ai đã tuyển bạn
complaint-about = Về:
complaint-recruiter-hint = Hãy tìm công ty trong danh mục và chọn "Gửi khiếu nại bảo mật về công ty tuyển dụng này" ở đó, hoặc ghi tên người môi giới hay "cò" ở bên dưới.
complaint-recruiter-find = Tìm trong danh mục
complaint-recruiter-link = Gửi khiếu nại bảo mật về công ty tuyển dụng này
complaint-field-sub-agent = Tên người môi giới hoặc "cò"
complaint-sub-agent-hint = Người trung gian không có giấy phép, ví dụ một người môi giới ở làng. Hãy ghi tên theo cách bạn biết.
complaint-field-sub-agent-country = Nước nơi người môi giới này hoạt động
complaint-choose = — chọn —
complaint-section-journey = Hành trình của bạn
complaint-field-origin = Nước bạn ra đi
complaint-field-destination = Nước bạn đến (hoặc định đến)
complaint-field-stage = Hiện giờ bạn đang ở đâu?
complaint-field-sector = Ngành nghề
complaint-field-occupation = Công việc của bạn
complaint-field-departure-year = Năm bạn đi
complaint-section-danger = An toàn của bạn
complaint-field-in-danger = Tôi đang gặp nguy hiểm
complaint-in-danger-hint = Đánh dấu ô này nếu bạn hoặc người khác đang có nguy cơ bị hại ngay lúc này. Những khiếu nại như vậy được đọc trước. Trong trường hợp khẩn cấp, hãy gọi cả số điện thoại khẩn cấp ở nơi bạn đang ở.
complaint-field-workers = Việc này ảnh hưởng đến bao nhiêu người lao động, kể cả bạn?
complaint-section-issues = Chuyện gì đã xảy ra
complaint-issues-hint = Đánh dấu mọi điều đúng với bạn. Bạn cũng có thể không đánh dấu gì và chỉ viết.
complaint-field-description = Kể bằng lời của bạn
complaint-description-hint = Chuyện gì đã xảy ra, khi nào, và những ai có liên quan. Đừng viết điều gì bạn không muốn các tổ chức đọc.
complaint-section-money = Tiền
complaint-money-hint = Ghi số tiền bằng chữ số, ví dụ 1500 hoặc 1500.50 (không dùng dấu chấm để tách hàng nghìn).
complaint-field-fee = Phí bạn đã trả để có việc làm
complaint-field-currency = Đơn vị tiền
complaint-field-promised-wage = Lương tháng bạn được hứa
complaint-field-actual-wage = Lương tháng bạn thực nhận trong tháng đầu tiên
complaint-field-wage-currency = Đơn vị tiền của tiền lương
complaint-field-visa-type = Loại thị thực (visa)
complaint-costs-hint = Bạn đã trả tiền cho những gì? Đánh dấu từng loại chi phí.
complaint-field-lender = Bạn có vay tiền để trả không? Vay của ai?
complaint-lender-none = Tôi không vay
complaint-section-remedy = Bạn yêu cầu gì
complaint-section-consent = Ai được nhận khiếu nại của bạn
complaint-consent-hint = Khiếu nại của bạn chỉ được gửi đến những loại tổ chức bạn đánh dấu, và chỉ đến những tổ chức phụ trách các nước của bạn.
complaint-share-labour-inspectorate = Thanh tra lao động (cơ quan nhà nước, ở nước bạn làm việc)
complaint-share-origin-authority = Cơ quan quản lý tuyển dụng (cơ quan nhà nước, ở nước của bạn)
complaint-share-trade-union = Công đoàn
complaint-share-legal-aid = Tổ chức trợ giúp pháp lý
complaint-no-immigration = Không tổ chức nào trong số này thi hành luật di trú.
complaint-section-contact = Cách chúng tôi liên lạc với bạn
complaint-account-hint = "Tài khoản của tôi" gắn khiếu nại này với tài khoản bạn đang đăng nhập. Chọn "Chỉ mã biên nhận của tôi" để giữ ẩn danh: khi đó không có gì gắn khiếu nại với tài khoản của bạn.
complaint-field-contact = Cách liên lạc bạn chọn (điện thoại, Zalo, WhatsApp, email, hoặc một người)
complaint-contact-hint = Chỉ khi bạn đã chọn "Cách liên lạc tôi chọn". Hãy cho một cách liên lạc an toàn với bạn.
complaint-field-safe-times = Thời gian an toàn để liên lạc với bạn
complaint-contact-consent = Ai được xem cách liên lạc này (chỉ những tổ chức cũng nhận khiếu nại):
complaint-section-behalf = Gửi thay cho một người lao động
complaint-field-behalf-consent = Người lao động đã đồng ý để tôi gửi khiếu nại này thay cho họ, và đồng ý với các lựa chọn ở trên.
complaint-submit = Gửi khiếu nại
complaint-contact-receipt_only = Chỉ mã biên nhận của tôi (ẩn danh)
complaint-contact-account = Tài khoản của tôi
complaint-contact-contact = Cách liên lạc tôi chọn

## What went wrong: the ILO indicators of forced labour, then recruitment abuses

complaint-issue-abuse_of_vulnerability = Có người lợi dụng hoàn cảnh khó khăn của tôi
complaint-issue-deception = Tôi bị lừa hoặc bị nói dối
complaint-issue-restriction_of_movement = Tôi không được tự do ra ngoài hoặc rời đi
complaint-issue-isolation = Tôi bị cách ly khỏi người khác
complaint-issue-physical_sexual_violence = Bạo lực thể chất hoặc tình dục
complaint-issue-intimidation_threats = Bị đe dọa hoặc uy hiếp
complaint-issue-retention_of_documents = Hộ chiếu hoặc giấy tờ tùy thân của tôi bị người khác giữ
complaint-issue-withholding_of_wages = Tiền lương của tôi bị giữ lại
complaint-issue-debt_bondage = Tôi phải làm việc để trả nợ
complaint-issue-abusive_conditions = Điều kiện làm việc hoặc chỗ ở rất tồi tệ
complaint-issue-excessive_overtime = Giờ làm việc quá nhiều
complaint-issue-fees_charged = Tôi đã phải trả phí để có việc làm
complaint-issue-job_deception = Công việc hoặc tiền lương không như đã hứa
complaint-issue-contract_substitution = Hợp đồng của tôi bị thay bằng hợp đồng khác
complaint-issue-no_contract = Không có hợp đồng, hoặc có hợp đồng mà tôi không hiểu
complaint-issue-documents_retained = Công ty tuyển dụng giữ giấy tờ của tôi
complaint-issue-wages_unpaid = Không được trả lương
complaint-issue-discrimination = Phân biệt đối xử
complaint-issue-harassment = Quấy rối
complaint-issue-unlicensed_recruiter = Bên tuyển dụng không có giấy phép
complaint-stage-before_departure = Vẫn ở nhà, chưa đi
complaint-stage-in_transit = Đang trên đường đi
complaint-stage-at_destination = Ở nước nơi làm việc
complaint-stage-returned = Đã về nước
complaint-remedy-refund = Lấy lại tiền của tôi
complaint-remedy-unpaid_wages = Được trả tiền lương còn nợ
complaint-remedy-documents_returned = Lấy lại giấy tờ của tôi
complaint-remedy-repatriation = Được về nước
complaint-remedy-change_of_employer = Được đổi chủ sử dụng lao động
complaint-remedy-other = Điều khác

## The receipt

receipt-title = Mã biên nhận của bạn
receipt-heading = Khiếu nại của bạn đã được nhận
receipt-intro = Đây là mã số biên nhận của bạn:
receipt-once = Chúng tôi chỉ hiện mã này lúc này, một lần duy nhất. Chúng tôi không lưu mã và không thể gửi lại. Không có mã này thì không ai tìm được khiếu nại của bạn — kể cả chính bạn.
receipt-how-write = Hãy chép lại hoặc chụp ảnh, và cất ở nơi an toàn.
receipt-how-track = Để xem tiến trình, trả lời câu hỏi hoặc rút khiếu nại, hãy nhập mã tại
receipt-how-safe = Bất kỳ ai có mã số này đều đọc được các câu trả lời cho khiếu nại của bạn: đừng đưa cho người khác.
receipt-behalf = Hãy đưa mã số này cho người lao động, một cách an toàn.
receipt-routed = Khiếu nại đã được gửi đến { $count } tổ chức.
receipt-unrouted = Chưa có tổ chức nào phụ trách các nước của bạn tham gia. Khiếu nại của bạn vẫn được lưu giữ, và quản trị viên của chúng tôi đang tìm một tổ chức; hãy quay lại kiểm tra bằng mã biên nhận.

## Following a complaint

track-title = Theo dõi khiếu nại
track-heading = Theo dõi khiếu nại của bạn
track-intro = Nhập mã biên nhận 16 chữ số bạn nhận được khi gửi khiếu nại.
track-field-receipt = Mã số biên nhận
track-submit = Xem khiếu nại của tôi
track-lost = Chúng tôi không giữ bản sao nào của mã biên nhận, nên mất mã thì không thể lấy lại. Bạn có thể gửi lại khiếu nại.
track-received = Đã nhận ngày { $day }.
track-is-withdrawn = Bạn đã rút khiếu nại này.
track-no-referrals = Khiếu nại chưa đến tổ chức nào. Chúng tôi đang tìm một tổ chức phụ trách các nước của bạn.
track-kind = Loại
track-status = Tình trạng
track-opened = Ngày tổ chức nhận
track-outcome = Kết quả
track-question-waiting = Tổ chức này đang chờ câu trả lời của bạn.
track-from-you = Bạn
track-from-staff = Tổ chức
track-answer = Câu trả lời của bạn
track-add-information = Bổ sung thông tin
track-send = Gửi
track-message-sent = Tin nhắn của bạn đã được gửi.
track-withdrawn = Khiếu nại của bạn đã được rút. Các tổ chức đã được báo.
track-withdraw-heading = Rút khiếu nại
track-withdraw-hint = Nếu bạn rút, mọi tổ chức sẽ đóng khiếu nại của bạn. Việc này không thể hoàn tác.
track-withdraw-confirm = Có, tôi muốn rút khiếu nại của mình
track-withdraw-submit = Rút
track-linked-heading = Các khiếu nại gắn với tài khoản của bạn
track-linked-hint = Bạn đã chọn gắn các khiếu nại này với tài khoản. Để trả lời hoặc rút, hãy nhập mã biên nhận ở trên.

## Referral statuses, priorities, outcomes

case-status-new = Mới
case-status-acknowledged = Đã xác nhận tiếp nhận
case-status-investigating = Đang điều tra
case-status-awaiting_worker = Đang chờ người lao động
case-status-resolved = Đã giải quyết
case-status-closed = Đã đóng
case-close-reason-out_of_jurisdiction = Ngoài phạm vi trách nhiệm của tổ chức này
case-close-reason-unfounded = Không có cơ sở theo các sự việc đã xác minh
case-close-reason-withdrawn = Người lao động đã rút
case-remedy-money_recovered = Đã thu hồi được tiền
case-remedy-documents_returned = Đã trả lại giấy tờ
case-remedy-licence_action = Xử lý giấy phép của công ty tuyển dụng
case-remedy-prosecution_referral = Chuyển cơ quan truy tố
case-remedy-other = Biện pháp khắc phục khác
case-money-recovered = đã thu hồi { $amount }
case-priority-urgent = Khẩn cấp
case-priority-high = Cao
case-priority-normal = Bình thường
case-priority-low = Thấp
case-action-acknowledge = Xác nhận tiếp nhận
case-action-investigate = Bắt đầu điều tra
case-action-ask_worker = Hỏi người lao động (gửi tin nhắn trước)
case-action-resume = Tiếp tục điều tra
case-action-resolve = Giải quyết, kèm kết quả
case-action-close = Đóng, kèm lý do

## Staff: the queue

inspect-title = Vụ việc
inspect-heading = Các vụ việc của tổ chức bạn
inspect-filter-status = Tình trạng
inspect-filter-priority = Mức ưu tiên
inspect-filter-country = Nước (nước đi hoặc nước đến)
inspect-filter-recruiter = Mã số công ty tuyển dụng
inspect-filter-overdue = Chỉ vụ việc quá hạn
inspect-filter-submit = Lọc
inspect-status-open = Vụ việc đang mở
inspect-status-all = Tất cả vụ việc
inspect-priority-any = Mọi mức ưu tiên
inspect-country-any = Mọi nước
inspect-escalations-heading = Báo cáo lên cấp trên (người phụ trách)
inspect-escalations-none = Không có vụ việc nào quá hạn.
inspect-escalation-acknowledge = không xác nhận tiếp nhận đúng hạn
inspect-escalation-answer = không trả lời đúng hạn
inspect-queue-heading = Hàng chờ: khẩn cấp nhất trước, rồi đến cũ nhất
inspect-empty = Không có vụ việc nào phù hợp.
inspect-same-recruiter = Tất cả vụ việc về công ty tuyển dụng này

## Staff: one case

case-title = Vụ việc { $id }
case-back = Quay lại danh sách vụ việc
case-saved = Đã lưu.
case-withdrawn = Người lao động đã rút khiếu nại này.
case-on-behalf = Do cán bộ hỗ trợ vụ việc gửi thay cho người lao động, với sự đồng ý của người lao động.
case-recruiter-profile = Hồ sơ công ty tuyển dụng
case-in-danger = Đang gặp nguy hiểm
case-overdue = Quá hạn
case-sub-agent = Môi giới không có giấy phép
case-priority = Mức ưu tiên
case-priority-overridden = (do nhân viên đặt)
case-status = Tình trạng
case-collective = Vụ việc tập thể
case-facts-heading = Nội dung khiếu nại
case-fact-received = Ngày nhận
case-fact-corridor = Tuyến di cư
case-fact-workers = Số người lao động bị ảnh hưởng
case-fact-acknowledge-by = Hạn xác nhận tiếp nhận
case-fact-answer-by = Hạn trả lời
case-fact-licensing-country = Nước cấp phép
case-fact-sector = Ngành nghề
case-fact-occupation = Nghề nghiệp
case-fact-departure-year = Năm xuất cảnh
case-fact-stage = Nơi người lao động đang ở
case-fact-fee = Phí đã trả để có việc làm
case-fact-promised-wage = Lương tháng được hứa
case-fact-actual-wage = Lương nhận được trong tháng đầu tiên
case-fact-issues = Chuyện gì đã xảy ra
case-fact-remedies = Người lao động yêu cầu gì
case-fact-description = Lời kể của người lao động
case-fact-contact = Cách liên lạc người lao động đã chọn
case-fact-safe-times = Thời gian an toàn để liên lạc
case-fact-costs = Các chi phí đã trả
case-fact-loan = Khoản vay để trả
case-fact-visa-type = Loại thị thực
case-contact-heading = Liên lạc
case-contact-withheld = Người lao động đã để lại cách liên lạc nhưng không cho phép loại tổ chức của bạn xem. Hãy viết cho họ qua phần tin nhắn bên dưới: họ đọc tin nhắn bằng mã biên nhận.
case-contact-none = Người lao động chỉ theo dõi khiếu nại bằng mã biên nhận. Hãy viết cho họ qua phần tin nhắn bên dưới.
case-collective-heading = Vụ việc tập thể
case-collective-member = Thuộc vụ việc tập thể { $id }:
case-same-recruiter = { $count ->
    [0] Không có vụ việc đang mở nào khác ở đây về công ty tuyển dụng này.
    [one] Có { $count } vụ việc đang mở khác ở đây về công ty tuyển dụng này.
   *[other] Có { $count } vụ việc đang mở khác ở đây về công ty tuyển dụng này.
}
case-group-submit = Gộp thành một vụ việc tập thể
case-actions-heading = Bước tiếp theo
case-field-action = Bước
case-field-reason = Lý do hoặc ghi chú (bắt buộc khi đóng)
case-field-priority-reason = Lý do (bắt buộc)
case-field-close-reason = Lý do đóng
case-field-remedies = Kết quả: các biện pháp khắc phục đạt được
case-field-amount = Số tiền đã thu hồi
case-field-whole-group = Áp dụng cho mọi vụ việc trong vụ việc tập thể
case-action-submit = Ghi nhận bước này
case-messages-heading = Tin nhắn và ghi chú
case-messages-none = Chưa có tin nhắn nào.
case-note = Ghi chú nội bộ
case-from-worker = Từ người lao động
case-to-worker = Gửi người lao động
case-field-message = Tin nhắn gửi người lao động
case-field-internal = Ghi chú nội bộ (người lao động không bao giờ thấy)
case-message-submit = Gửi
case-priority-heading = Đổi mức ưu tiên
case-priority-submit = Đổi mức ưu tiên
case-refer-heading = Chuyển tiếp
case-refer-hint = Mở một vụ việc tại tổ chức khác. Chỉ hiện những loại tổ chức mà người lao động đã đồng ý.
case-field-organisation = Tổ chức
case-refer-submit = Chuyển tiếp
case-timeline-heading = Dòng thời gian
case-step-opened = Mở vụ việc
case-step-referred-on = Chuyển tiếp sang tổ chức khác
case-step-priority = Đổi mức ưu tiên
case-step-grouped = Được gộp vào vụ việc tập thể
case-step-escalated = Trễ hạn: đã báo người phụ trách

## Administrators

unrouted-title = Khiếu nại chưa được chuyển đi
unrouted-heading = Khiếu nại chưa tổ chức nào nhận
unrouted-intro = Các khiếu nại này không khớp với các nước của bất kỳ tổ chức nào thuộc loại mà người lao động đã đồng ý. Hãy thêm một tổ chức phụ trách các nước đó. Nội dung khiếu nại không hiển thị ở đây.
unrouted-none = Mọi khiếu nại đều đã đến một tổ chức.
unrouted-recruiter = Công ty tuyển dụng
unrouted-kinds = Các loại tổ chức được đồng ý
unrouted-count = Khiếu nại chưa được chuyển đi
unrouted-route-hint = Sau khi thêm một tổ chức phụ trách các khiếu nại này, hãy chuyển lại các khiếu nại đang chờ.
unrouted-route-submit = Chuyển lại các khiếu nại đang chờ
unrouted-routed = { $count } khiếu nại đã đến một tổ chức.

## Errors

error-complaint-recruiter-required = Hãy chọn công ty tuyển dụng trong danh mục, hoặc ghi tên người môi giới.
error-complaint-recruiter-both = Hãy chọn một công ty trong danh mục hoặc ghi tên người môi giới, không chọn cả hai.
error-complaint-recruiter-unknown = Chúng tôi không tìm thấy công ty tuyển dụng đó trong danh mục.
error-complaint-country-required = Hãy chọn nước.
error-complaint-corridor-same = Hai nước phải khác nhau.
error-complaint-year = Hãy ghi một năm, ví dụ 2024.
error-complaint-workers = Hãy ghi số người lao động từ 1 đến 100.000.
error-complaint-lender = Hãy chọn ai đã cho vay, hoặc để trống phần lãi suất.
error-complaint-consent-required = Hãy chọn ít nhất một loại tổ chức được nhận khiếu nại của bạn.
error-complaint-contact-consent = Cách liên lạc của bạn chỉ có thể gửi đến những tổ chức cũng nhận khiếu nại.
error-complaint-contact-consent-required = Hãy chọn ai được xem cách liên lạc của bạn.
error-complaint-contact-required = Hãy ghi cách liên lạc bạn muốn, hoặc chọn "Chỉ mã biên nhận của tôi".
error-complaint-account-needed = Hãy đăng nhập để gắn khiếu nại với tài khoản của bạn, hoặc chọn "Chỉ mã biên nhận của tôi".
error-complaint-behalf-consent = Hãy xác nhận rằng người lao động đồng ý để bạn gửi khiếu nại thay cho họ.
error-track-receipt-format = Mã biên nhận gồm 16 chữ số, ví dụ 1234-5678-9012-3456.
error-track-receipt-unknown = Không có khiếu nại nào với mã biên nhận này. Hãy kiểm tra các chữ số rồi thử lại.
error-track-referral = Đây không phải là một trong các tổ chức nhận khiếu nại của bạn.
error-track-referral-closed = Tổ chức này đã đóng khiếu nại của bạn; tổ chức không thể nhận tin nhắn nữa.
error-track-withdraw-confirm = Hãy đánh dấu vào ô để xác nhận bạn muốn rút khiếu nại.
error-case-transition = Không thể làm bước này từ tình trạng hiện tại của vụ việc.
error-case-action-unknown = Hãy chọn một bước trong danh sách.
error-case-close-reason = Hãy chọn lý do đóng vụ việc.
error-case-reason-required = Hãy ghi lý do.
error-case-outcome-required = Hãy chọn ít nhất một biện pháp khắc phục đã đạt được.
error-case-money-required = Hãy ghi số tiền và đơn vị tiền đã thu hồi.
error-case-money-unexpected = Số tiền chỉ đi kèm với "Đã thu hồi được tiền".
error-case-message-required = Hãy viết tin nhắn.
error-case-priority = Hãy chọn một mức ưu tiên trong danh sách.
error-case-refer-self = Vụ việc đã ở tổ chức này rồi.
error-case-refer-consent = Người lao động không đồng ý chia sẻ khiếu nại với loại tổ chức này.
error-case-refer-coverage = Tổ chức này không hoạt động ở các nước của khiếu nại này.
error-case-refer-exists = Tổ chức này đã có khiếu nại này.
error-case-group-alone = Không có vụ việc đang mở nào khác ở đây về công ty tuyển dụng này.
error-case-filter = Một bộ lọc có giá trị chúng tôi không biết.

## Evidence (photos, documents, voice notes)
evidence-heading = Ảnh, tài liệu và tin nhắn thoại
evidence-hint = Thêm ảnh chụp hợp đồng, biên lai một khoản phí, phiếu lương hoặc tin nhắn của công ty tuyển dụng, một tệp PDF, hoặc một tin nhắn thoại. Dữ liệu vị trí và thông tin về điện thoại sẽ được xóa khỏi ảnh.
evidence-field-files = Tệp
evidence-files-hint = Ảnh (JPEG, PNG, WebP), PDF, hoặc tin nhắn thoại (MP3, Ogg, M4A, AMR); có thể chọn nhiều tệp cùng lúc.
evidence-field-share = Ai được xem các tệp này
evidence-submit = Gửi các tệp
evidence-sent = Các tệp của bạn đã được thêm vào khiếu nại.
evidence-location-removed = Dữ liệu vị trí và thông tin về điện thoại đã được xóa khỏi ảnh của bạn.
evidence-choose-again = Chưa có gì được gửi. Hãy chọn lại các tệp: trình duyệt không giữ lại chúng.
evidence-kind-photo = Ảnh
evidence-kind-document = Tài liệu
evidence-kind-voice = Tin nhắn thoại
evidence-size-kb = { $count } KB
error-evidence-type = Loại tệp này không được chấp nhận. Hãy gửi ảnh (JPEG, PNG, WebP), tài liệu PDF hoặc tin nhắn thoại (MP3, Ogg, M4A, AMR).
error-evidence-unreadable = Một tệp không đọc được: tệp có thể bị hỏng, bị cắt ngắn hoặc bị khóa bằng mật khẩu.
error-evidence-pixels = Một ảnh quá lớn. Hãy gửi bản nhỏ hơn.
error-evidence-too-large = Một tệp lớn hơn mức cho phép. Hãy gửi bản nhỏ hơn.
error-evidence-too-many = Quá nhiều tệp cùng lúc. Hãy gửi thành nhiều lần.
error-evidence-none = Hãy chọn ít nhất một tệp.
error-evidence-share = Hãy chọn ai được xem các tệp, trong số các tổ chức đã nhận khiếu nại của bạn.
error-evidence-complaint-full = Khiếu nại này đã lưu số tệp tối đa có thể. Hãy chỉ gửi những tệp quan trọng nhất.
error-evidence-truncated = Việc tải lên bị ngắt giữa chừng. Hãy thử lại.
evidence-from-staff = do tổ chức gửi cho bạn
evidence-sent-by-you = do tổ chức của bạn gửi
evidence-staff-field = Gửi tệp cho người lao động
evidence-staff-hint = Một biểu mẫu, một quyết định hoặc một lá thư. Người lao động mở tệp bằng mã biên nhận; không tổ chức nào khác thấy được. Ảnh sẽ bị xóa dữ liệu vị trí.
evidence-staff-submit = Gửi cho người lao động
error-webhook-url-malformed = Nhập địa chỉ web đầy đủ (https://…) tối đa 2.000 ký tự, không có tên người dùng hay mật khẩu.
error-webhook-url-not-https = Địa chỉ phải bắt đầu bằng https://.
error-webhook-url-private = Địa chỉ này trỏ tới mạng riêng, cục bộ hoặc dành riêng. Hãy dùng một địa chỉ trên internet công cộng.
error-webhook-url-unresolved = Không tìm thấy tên máy chủ của địa chỉ này. Hãy kiểm tra chính tả.
