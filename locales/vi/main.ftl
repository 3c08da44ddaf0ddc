# Language: Vietnamese (vi). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: interface messages. Every key exists in every locale.

language-autonym = Tiếng Việt
site-name = FairRecruit

## Page frame
nav-label = Menu chính
nav-skip-to-content = Chuyển đến nội dung
nav-recruiters = Công ty tuyển dụng
nav-rights = Quyền của bạn
language-switcher-label = Ngôn ngữ
footer-free = FairRecruit miễn phí cho người lao động. Bạn không bao giờ phải cho biết tên.
footer-privacy = Chúng tôi không lưu địa chỉ IP của bạn cùng với bất cứ thứ gì bạn gửi.

## Home
home-title = Tìm hiểu công ty tuyển dụng trước khi trả tiền
home-heading = Tìm hiểu công ty tuyển dụng trước khi trả tiền cho bất kỳ ai
home-lead = Tra cứu một công ty tuyển dụng (công ty đưa người đi làm việc ở nước ngoài): giấy phép còn hiệu lực không, công ty đưa người lao động đến những nước nào, những người đã đi qua công ty này gặp chuyện gì.
home-directory-size = { $count ->
    [0] Chưa có công ty tuyển dụng nào trong danh sách.
    [one] Có { $count } công ty tuyển dụng trong danh sách.
   *[other] Có { $count } công ty tuyển dụng trong danh sách.
}
home-what-heading = FairRecruit dùng để làm gì
home-what-lookup = Tìm trong danh sách giấy phép của các công ty tuyển dụng theo tên hoặc số giấy phép.
home-what-review = Kể cho người lao động khác biết bạn đã trả bao nhiêu tiền và bạn được đối xử thế nào.
home-what-complain = Gửi khiếu nại, không cần ghi tên nếu bạn muốn, và theo dõi khiếu nại bằng mã biên nhận.
home-free = Dùng FairRecruit là miễn phí. Theo tiêu chuẩn quốc tế, người sử dụng lao động, chứ không phải bạn, phải trả chi phí tuyển dụng bạn.
home-rights-link = Biết quyền của bạn: ai phải trả chi phí tuyển dụng

## Search
search-label = Tên công ty tuyển dụng hoặc số giấy phép
search-placeholder = ví dụ: Himalaya hoặc 1234/071
search-button = Tìm
filters-heading = Bộ lọc
filter-licensing-country = Nước cấp giấy phép
filter-destination = Đưa người lao động đến
filter-status = Tình trạng giấy phép
filter-any-country = Mọi nước
filter-any-status = Mọi tình trạng
results-title = Công ty tuyển dụng
results-heading = Tìm công ty tuyển dụng
results-none = Không có công ty tuyển dụng nào khớp với tìm kiếm của bạn. Hãy kiểm tra chính tả, thử một phần của tên, hoặc bỏ bớt bộ lọc.
results-empty-directory = Nhập tên hoặc số giấy phép, hoặc chọn một nước, để xem các công ty tuyển dụng.
pager-label = Các trang
pager-previous = Trang trước
pager-next = Trang sau
pager-page = Trang { $page }

## Licence statuses
licence-status-active = Giấy phép còn hiệu lực
licence-status-suspended = Giấy phép bị đình chỉ
licence-status-revoked = Giấy phép bị thu hồi
licence-status-expired = Giấy phép đã hết hạn

## Recruiter profile
recruiter-licence-status = Tình trạng giấy phép
recruiter-licence-number = Số giấy phép
recruiter-licensing-country = Nước cấp phép
recruiter-address = Địa chỉ
recruiter-destinations = Đưa người lao động đến
recruiter-destinations-none = Chưa rõ
recruiter-sub-agent = Người môi giới, không có giấy phép
recruiter-sub-agent-explained = Người lao động cho biết người hoặc văn phòng này làm trung gian (môi giới, "cò"). Không có danh sách giấy phép nào ghi tên họ.
recruiter-not-active-warning = Giấy phép này không còn hiệu lực. Công ty không có giấy phép còn hiệu lực thì không được tuyển người lao động. Đừng trả tiền cho công ty này.
recruiter-history-heading = Lịch sử giấy phép
recruiter-history-date = Ngày
recruiter-history-none = Chưa ghi nhận thay đổi nào về giấy phép.
recruiter-reviews-heading = Người lao động nói gì

## Know your rights
rights-title = Quyền của bạn
rights-heading = Quyền của bạn khi được tuyển đi làm việc ở nước ngoài
rights-epp-heading = Người sử dụng lao động trả, không phải bạn
rights-epp-body = Theo Nguyên tắc Người sử dụng lao động trả phí (Employer Pays Principle), không người lao động nào phải trả tiền để có việc làm. Người sử dụng lao động phải trả mọi khoản phí và chi phí tuyển dụng.
rights-epp-c181 = Công ước số 181 của ILO, Điều 7: các công ty dịch vụ việc làm tư nhân không được thu của người lao động, dù trực tiếp hay gián tiếp, toàn bộ hay một phần, bất kỳ khoản phí hay chi phí nào.
rights-fees-heading = Thế nào là phí tuyển dụng hoặc chi phí tuyển dụng
rights-fees-intro = Phí trả cho dịch vụ của công ty tuyển dụng không bao giờ là khoản bạn phải trả, dù ai thu và thu lúc nào. ILO còn liệt kê các chi phí liên quan sau đây, mà người sử dụng lao động phải trả:
rights-illegitimate = Tiền hối lộ, tiền cống nạp, tiền lại quả, tiền ký quỹ, tiền đặt cọc và các khoản thu hồi chi phí trái phép không bao giờ được phép, với bất kỳ ai.
rights-documents-heading = Hộ chiếu của bạn là của bạn
rights-documents-body = Không ai được giữ hộ chiếu hay thẻ căn cước của bạn trái ý bạn: công ty tuyển dụng không được, người sử dụng lao động cũng không được. Giữ giấy tờ của bạn là một dấu hiệu của lao động cưỡng bức.
rights-contract-heading = Hợp đồng của bạn
rights-contract-body = Bạn phải được nhận hợp đồng bằng văn bản trước khi đi, bằng ngôn ngữ bạn hiểu. Nếu công việc, tiền lương, người sử dụng lao động hoặc giờ làm bị thay đổi khi bạn đến nơi, đó là đánh tráo hợp đồng.
rights-help-heading = Nếu có chuyện không ổn
rights-help-body = Bạn có thể gửi khiếu nại trên FairRecruit mà không cần cho biết tên. Khiếu nại sẽ được chuyển đến các tổ chức có thể hành động ở nước bạn ra đi và nước bạn đến làm việc.
rights-not-legal-advice = Trang này giải thích ngắn gọn các tiêu chuẩn quốc tế. Đây không phải là tư vấn pháp lý.

## Errors
error-go-home = Về trang chủ
error-status = Mã lỗi { $status }
error-invalid-input-title = Có điều gì đó không đúng trong yêu cầu
error-invalid-input = Không hiểu được yêu cầu. Hãy kiểm tra những gì bạn đã nhập rồi thử lại.
error-not-found-title = Không tìm thấy trang
error-not-found = Chúng tôi không tìm thấy trang hoặc công ty tuyển dụng đó. Đường dẫn có thể sai hoặc đã cũ.
error-method-not-allowed-title = Không được phép
error-method-not-allowed = Địa chỉ này không nhận loại yêu cầu đó.
error-payload-too-large-title = Quá nhiều dữ liệu
error-payload-too-large = Dữ liệu gửi đi quá lớn. Hãy gửi ít hơn rồi thử lại.
error-request-timeout-title = Quá chậm
error-request-timeout = Dữ liệu bạn gửi đến quá lâu. Hãy kiểm tra kết nối rồi gửi lại.
error-service-unavailable-title = FairRecruit tạm thời không truy cập được
error-service-unavailable = Hiện chúng tôi không kết nối được với cơ sở dữ liệu. Những gì bạn gửi không bị mất. Vui lòng thử lại sau vài phút.
error-internal-title = Đã có lỗi xảy ra
error-internal = Đã có lỗi xảy ra ở phía chúng tôi. Vui lòng thử lại sau.
error-query-too-long = Nội dung tìm kiếm quá dài. Hãy dùng tối đa 200 ký tự.
error-query-forbidden-chars = Nội dung tìm kiếm có ký tự điều khiển vô hình. Hãy gõ lại, không có các ký tự đó.
error-invalid-encoding = Địa chỉ có ký tự không đọc được.
error-unknown-parameter = Địa chỉ có một tham số chúng tôi không biết.
error-repeated-parameter = Địa chỉ có cùng một tham số hai lần.
error-invalid-country = Hãy chọn một nước trong danh sách.
error-invalid-status = Hãy chọn một tình trạng giấy phép trong danh sách.
error-invalid-page = Số trang phải là số nguyên từ 1 đến 500.
error-invalid-per-page = Số kết quả mỗi trang phải từ 1 đến 100.
error-choice = Hãy chọn trong danh sách.
error-text-long = Nội dung này quá dài.
error-text-chars = Nội dung này có ký tự điều khiển vô hình hoặc ký tự không đọc được. Hãy gõ lại, không có các ký tự đó.
error-text-markup = Nội dung này có dấu "<" đi liền với chữ cái, giống mã máy tính. Hãy viết lại, không có các ký tự đó.
error-amount = Chỉ nhập chữ số, ví dụ 150000 hoặc 1500.50 (dấu chấm chỉ dùng cho phần lẻ), tối đa 10 tỷ.
error-currency = Hãy chọn đơn vị tiền tệ cho các số tiền của bạn.
error-interest = Nhập lãi suất hằng tháng là một số từ 0 đến 100.

## Lists
# The mark that separates items of a list (a space follows it).
list-separator = ,
nav-account = Tài khoản
nav-sign-in = Đăng nhập
error-unauthorized-title = Vui lòng đăng nhập
error-unauthorized = Bạn cần đăng nhập để làm việc này. Phiên đăng nhập của bạn có thể đã hết.
error-forbidden-title = Không được phép
error-forbidden = Tài khoản của bạn không mở được trang này.
error-conflict-title = Đã nhận trước đó
error-conflict = Yêu cầu này mâu thuẫn với một yêu cầu đã nhận trước đó. Không có gì mới được lưu.
error-idempotency-reused = Idempotency-Key này đã được dùng cho một yêu cầu khác. Hãy dùng khóa mới cho yêu cầu mới; không có gì mới được lưu.
error-idempotency-in-progress = Yêu cầu đầu tiên có Idempotency-Key này vẫn đang được xử lý. Hãy thử lại sau giây lát để nhận câu trả lời cho yêu cầu đó.
error-idempotency-key = Tiêu đề (header) Idempotency-Key phải gồm từ 1 đến 255 ký tự ASCII nhìn thấy được, ví dụ một UUID ngẫu nhiên.
error-attestation-language = Ngôn ngữ trong xác nhận đồng ý (attestation) phải là một trong các mã ngôn ngữ của dịch vụ này, ví dụ ne, ar hoặc id.
error-attestation-channel = Kênh trong xác nhận đồng ý (attestation) phải là một trong các giá trị: whatsapp, viber, messenger, telegram, signal, sms, hotline, in_person, other.
error-attestation-time = consented_at trong xác nhận đồng ý (attestation) phải là ngày giờ kèm độ lệch múi giờ (RFC 3339), không ở tương lai và không quá 30 ngày trước. Nếu sự đồng ý cũ hơn, hãy hỏi lại người lao động.
error-partner-reference = Mã tham chiếu của đối tác (reference) phải gồm từ 1 đến 100 ký tự ASCII nhìn thấy được, không có dấu cách.
error-partner-reference-taken = Đối tác này đã gửi một khiếu nại với mã tham chiếu này. Hãy dùng mã tham chiếu mới cho cuộc trò chuyện mới, hoặc dùng cùng Idempotency-Key để gửi lại một yêu cầu.
error-too-many-requests-title = Vui lòng chờ
error-too-many-requests = Quá nhiều lần thử trong thời gian ngắn. Hãy chờ một chút rồi thử lại.
error-sign-in-failed = Tên đăng nhập, mật khẩu hoặc mã không đúng.
error-csrf = Biểu mẫu này đã hết hạn. Hãy quay lại, tải lại trang rồi gửi lại.
error-cross-site = Biểu mẫu này được gửi từ một trang web khác, nên chúng tôi đã từ chối.

## The API reference page (/api/docs), for developers of apps and partner organisations.
# Browser tab title.
api-docs-title = Tài liệu tham khảo API
api-docs-intro = API JSON dành cho ứng dụng và các tổ chức đối tác: từng thao tác, nhận vào gì và trả lời gì. Các mô tả bên dưới bằng tiếng Anh.
# Link to the same reference as a machine-readable file.
api-docs-openapi = Cùng nội dung này dưới dạng tài liệu OpenAPI (JSON)
# Heading of the list of operations (such as "GET /api/v1/recruiters").
api-docs-operations = Các thao tác
# Shown under an operation that needs the caller to be signed in with a token.
api-docs-bearer = Cần mã truy cập (bearer token), gửi trong Authorization: Bearer …
api-docs-parameters = Tham số
# Heading: what the caller sends in the request's body.
api-docs-body = Nội dung yêu cầu
# Heading: the HTTP answers the operation may give (200, 400 …).
api-docs-answers = Câu trả lời
# Heading of the list of data types (JSON objects) the operations use.
api-docs-types = Kiểu dữ liệu
# Column heading: a field's or parameter's name.
api-docs-name = Tên
# Column heading: a field's data type (string, integer …).
api-docs-type = Kiểu
api-docs-description = Mô tả
# Marks a field the caller must send.
api-docs-required = bắt buộc

## Drafts kept on the phone (review and complaint forms)
draft-kept = Những gì bạn nhập ở đây được lưu làm bản nháp chỉ trên điện thoại này, cho đến khi bạn gửi hoặc xóa. Bất kỳ ai dùng điện thoại này đều có thể đọc được.
draft-files = Ảnh và tệp không được lưu trong bản nháp: hãy chọn lại trước khi gửi.
draft-restored = Bản nháp của bạn đã được khôi phục. Hãy kiểm tra rồi gửi.
draft-delete = Xóa bản nháp
error-csrf-stale = Biểu mẫu này đã hết hạn nên chưa có gì được gửi. Mọi thứ bạn đã nhập nằm bên dưới: hãy kiểm tra và gửi lại.
