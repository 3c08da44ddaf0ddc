# Language: Vietnamese (vi). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: administration pages. Every key exists in every locale.

## Frame and overview
admin-title = Quản trị
admin-heading = Quản trị
admin-nav-label = Quản trị
admin-nav-overview = Tổng quan
admin-nav-organisations = Tổ chức
admin-nav-staff = Nhân viên
admin-nav-recruiters = Danh mục công ty tuyển dụng
admin-nav-audit = Nhật ký kiểm tra
admin-count-organisations = Tổ chức
admin-count-staff = Tài khoản nhân viên
admin-count-workers = Tài khoản người lao động
admin-recruiters-link = Thêm hoặc sửa công ty tuyển dụng trong danh mục
admin-recent-events = Các sự kiện bảo mật gần nhất
admin-audit-link = Xem toàn bộ nhật ký kiểm tra
admin-save = Lưu thay đổi
admin-saved = Các thay đổi của bạn đã được lưu.
admin-disabled = Bị vô hiệu hóa
admin-enabled = Đang hoạt động
admin-standing = Tình trạng

## Audit log
admin-audit-title = Nhật ký kiểm tra
admin-audit-heading = Nhật ký kiểm tra
admin-audit-intro = 200 sự kiện bảo mật gần nhất, mới nhất ở trên cùng. Thời gian tính theo giờ UTC.
admin-audit-none = Chưa ghi nhận sự kiện nào.
admin-audit-time = Thời gian (UTC)
admin-audit-event = Sự kiện
admin-audit-people = Ai
admin-audit-detail = Chi tiết
admin-audit-actor = Do:
admin-audit-subject = Tài khoản:
admin-outcome-success = Thành công
admin-outcome-failure = Thất bại
admin-outcome-refused = Bị từ chối
admin-event-sign-in = Đăng nhập
admin-event-sign-out = Đăng xuất
admin-event-sign-out-everywhere = Đăng xuất trên mọi thiết bị
admin-event-password-changed = Đã đổi mật khẩu
admin-event-account-created = Đã tạo tài khoản
admin-event-role-changed = Đã đổi vai trò
admin-event-organisation-changed = Tài khoản được chuyển sang tổ chức khác
admin-event-account-disabled = Tài khoản bị vô hiệu hóa
admin-event-account-enabled = Tài khoản được kích hoạt lại
admin-event-organisation-created = Đã thêm tổ chức
admin-event-organisation-updated = Đã sửa thông tin tổ chức
admin-event-recruiter-created = Đã thêm công ty tuyển dụng
admin-event-recruiter-updated = Đã sửa công ty tuyển dụng

## Organisations
admin-organisations-title = Tổ chức
admin-organisations-heading = Tổ chức
admin-organisations-none = Chưa có tổ chức nào được thêm.
admin-organisation-create-heading = Thêm một tổ chức
admin-organisation-create-submit = Thêm tổ chức
admin-organisation-edit-heading = Sửa tổ chức này
admin-field-organisation-name = Tên
admin-field-kind = Loại tổ chức
admin-field-countries = Các nước phụ trách
admin-countries-hint = Mã nước hai chữ cái, cách nhau bằng dấu phẩy hoặc khoảng trắng, ví dụ QA, AE.
admin-field-sectors = Ngành nghề
admin-sectors-hint = Không đánh dấu ô nào nếu tổ chức phụ trách mọi ngành nghề.
admin-sectors-all = Mọi ngành nghề
admin-field-acknowledge-days = Số ngày để xác nhận đã nhận khiếu nại
admin-acknowledge-days-hint = Từ 1 đến 365 ngày. Thường là 7.
admin-field-answer-days = Số ngày để trả lời khiếu nại
admin-answer-days-hint = Từ 1 đến 730 ngày, và không ít hơn số ngày để xác nhận đã nhận. Thường là 90.
admin-deadlines = Thời hạn
admin-deadline-acknowledge = Xác nhận đã nhận trong vòng { $days } ngày
admin-deadline-answer = Trả lời trong vòng { $days } ngày
admin-members-heading = Nhân viên của tổ chức này
admin-members-none = Chưa có ai làm việc cho tổ chức này trên FairRecruit.

## Staff
admin-staff-title = Nhân viên
admin-staff-heading = Tài khoản nhân viên
admin-staff-none = Chưa có tài khoản nhân viên nào.
admin-staff-create-heading = Thêm tài khoản nhân viên
admin-staff-create-submit = Thêm tài khoản
admin-staff-password-hint = Ít nhất 8 ký tự, không phải mật khẩu phổ biến. Hãy đưa mật khẩu cho người đó một cách an toàn; họ có thể đổi mật khẩu trên trang tài khoản của mình.
admin-organisation-none = Không thuộc tổ chức nào
admin-organisation-hint = Thanh tra viên thuộc cơ quan thanh tra lao động hoặc cơ quan quản lý của nước phái cử, cán bộ công đoàn thuộc công đoàn, cán bộ hỗ trợ vụ việc thuộc tổ chức trợ giúp pháp lý. Người kiểm duyệt và quản trị viên không thuộc tổ chức nào.
admin-field-lead = Người phụ trách tổ chức (được báo khi có vụ việc cần chuyển lên cấp trên và vụ việc quá hạn)
admin-field-disabled = Tài khoản bị vô hiệu hóa (người này không đăng nhập được)
admin-staff-edit-heading = Sửa tài khoản này
admin-staff-edit-hint = Khi lưu thay đổi, người đó sẽ bị đăng xuất ngay trên mọi thiết bị.
admin-staff-self-hint = Đây là tài khoản của chính bạn: bạn không thể bỏ vai trò quản trị viên của mình hoặc vô hiệu hóa tài khoản này.

## Recruiter directory
admin-recruiters-title = Danh mục công ty tuyển dụng
admin-recruiters-heading = Danh mục công ty tuyển dụng
admin-recruiter-create-heading = Thêm một công ty tuyển dụng có giấy phép
admin-recruiter-create-submit = Thêm công ty tuyển dụng
admin-recruiter-edit-heading = Sửa thông tin công ty tuyển dụng này
admin-recruiter-edit-hint = Mỗi thay đổi về tình trạng giấy phép sẽ được thêm vào lịch sử giấy phép công khai của công ty, ghi ngày hôm nay.
admin-recruiter-public-link = Xem trang hồ sơ công khai
admin-field-recruiter-name = Tên công ty
admin-field-licensing-country = Nước cấp giấy phép
admin-licensing-country-hint = Mã nước hai chữ cái, ví dụ NP là Nepal.

## Errors
admin-error-role = Hãy chọn một vai trò trong danh sách.
admin-error-own-role = Bạn không thể bỏ vai trò quản trị viên của chính mình. Hãy nhờ một quản trị viên khác.
admin-error-own-disable = Bạn không thể vô hiệu hóa tài khoản của chính mình. Hãy nhờ một quản trị viên khác.
admin-error-country-code = Hãy dùng mã nước hai chữ cái như NP, QA hoặc AE, cách nhau bằng dấu phẩy.
admin-error-destinations-too-many = Chỉ nêu tối đa 60 nước đến.
admin-error-name-required = Hãy nhập tên công ty.
admin-error-licence-required = Hãy nhập số giấy phép.
admin-error-licence-taken = Một công ty tuyển dụng khác ở nước này đã có số giấy phép này.

## Audit details: labels of the recorded values
admin-detail-separator = ;
admin-detail-role = Vai trò
admin-detail-organisation = Tổ chức
admin-detail-kind = Loại
admin-detail-countries = Các nước
admin-detail-sectors = Ngành nghề
admin-detail-days = Thời hạn (ngày)
admin-detail-recruiter = Công ty tuyển dụng
admin-detail-status = Tình trạng giấy phép
admin-detail-reason = Lý do
admin-detail-reason-throttled = quá nhiều lần thử
admin-detail-reason-disabled = tài khoản bị vô hiệu hóa

## Setting a staff member's password
admin-password-heading = Đặt mật khẩu mới
admin-password-hint = Dành cho nhân viên bị mất mật khẩu. Mọi phiên đăng nhập của họ kết thúc ngay. Hãy đưa mật khẩu mới cho họ một cách an toàn; họ có thể đổi mật khẩu trên trang tài khoản của mình.
admin-password-submit = Đặt mật khẩu
admin-error-own-password = Hãy đổi mật khẩu của chính bạn trên trang tài khoản của bạn.
admin-event-password-reset = Mật khẩu do quản trị viên đặt
admin-warning-look-alike = Tên này giống tên một công ty đã có trong danh mục. Tên chưa được lưu.
admin-look-alike-list = Hãy kiểm tra để chắc rằng đây không phải là một trong các công ty sau:
admin-look-alike-confirm = Đây là một công ty khác: vẫn lưu

## Two-step sign-in
admin-second-factor-on = đã thiết lập
admin-second-factor-off = chưa thiết lập (sẽ được yêu cầu ở lần đăng nhập tới)
admin-second-factor-heading = Đặt lại đăng nhập hai bước
admin-second-factor-hint = Dành cho người bị mất cả điện thoại lẫn mã khôi phục. Mọi phiên đăng nhập của họ kết thúc; ở lần đăng nhập tới, họ thiết lập một ứng dụng mới. Họ sẽ được báo qua email.
admin-second-factor-submit = Đặt lại đăng nhập hai bước
admin-event-second-factor-enrolled = Đã thiết lập đăng nhập hai bước
admin-event-second-factor-replaced = Đăng nhập hai bước được chuyển sang ứng dụng mới
admin-event-second-factor-removed = Đã tắt đăng nhập hai bước
admin-event-second-factor-reset = Quản trị viên đã đặt lại đăng nhập hai bước
admin-detail-reason-second-factor = mã sai hoặc đã dùng rồi
admin-detail-reason-no-second-factor = chưa thiết lập đăng nhập hai bước
admin-detail-reason-recovery-code = bằng mã khôi phục

## API keys of intake partners (issue 18)
admin-partner-keys-link = Khóa API
admin-partner-keys-title = Khóa API của { $name }
admin-partner-keys-intro = Khóa cho phép chatbot hoặc hệ thống đường dây nóng của đối tác này gửi khiếu nại và đánh giá thay cho người lao động, với sự đồng ý mà họ đã đưa ra, và theo dõi những gì nó đã gửi. Không gì khác. Khóa chỉ hiển thị một lần khi được tạo; chỉ giá trị băm (hash) của khóa được lưu lại.
admin-partner-keys-none = Đối tác này chưa có khóa nào.
admin-partner-keys-col-name = Tên
admin-partner-keys-col-made = Ngày tạo
admin-partner-keys-col-expires = Hết hạn
admin-partner-keys-col-used = Dùng lần cuối
admin-partner-keys-col-state = Trạng thái
admin-partner-keys-never = chưa bao giờ
admin-partner-keys-active = đang hoạt động
admin-partner-keys-revoked = đã thu hồi
admin-partner-keys-expired = đã hết hạn
admin-partner-keys-revoke = Thu hồi
admin-partner-keys-create-heading = Tạo khóa
admin-partner-keys-name = Tên của khóa
admin-partner-keys-name-hint = Ghi rõ nơi dùng khóa, ví dụ "Bot WhatsApp" hoặc "Đường dây nóng, Kathmandu".
admin-partner-keys-days = Hiệu lực (số ngày, từ 1 đến 365)
admin-partner-keys-create = Tạo khóa này
admin-partner-keys-shown-once = Khóa mới chỉ hiển thị lúc này. Hãy sao chép vào hệ thống của đối tác: không ai có thể xem lại khóa này. Nếu bị mất, hãy thu hồi và tạo khóa khác.
admin-partner-keys-revoked-done = Khóa đã bị thu hồi: từ nay mọi yêu cầu dùng khóa này đều bị từ chối.
error-partner-key-name = Hãy đặt tên cho khóa, dài từ 1 đến 100 ký tự.
error-partner-key-days = Khóa có hiệu lực từ 1 đến 365 ngày.
error-partner-key-not-partner = Khóa API chỉ dành cho tổ chức thuộc loại đối tác tiếp nhận.
