# Language: Vietnamese (vi). Review: machine-drafted, not yet reviewed by a native speaker.
## Accounts: registration, sign-in, the account page, roles and organisations.

field-username = Tên đăng nhập
field-password = Mật khẩu
field-password-confirm = Nhập lại mật khẩu
field-current-password = Mật khẩu hiện tại
field-new-password = Mật khẩu mới
field-email = Địa chỉ email
field-role = Vai trò
field-organisation = Tổ chức

login-title = Đăng nhập
login-heading = Đăng nhập
login-submit = Đăng nhập
login-link = Đăng nhập
login-no-account = Chưa có tài khoản?
login-anonymous-note = Bạn không cần tài khoản để tra cứu công ty tuyển dụng hay để khiếu nại. Có tài khoản thì bạn theo dõi được các đánh giá của mình.

register-title = Tạo tài khoản
register-heading = Tạo tài khoản
register-intro = Chỉ cần tên đăng nhập và mật khẩu. Không cần họ tên, không email, không số điện thoại.
register-username-hint = Từ 3 đến 32 chữ cái hoặc chữ số, ở bất kỳ bảng chữ nào; có thể dùng . _ và -. Nếu không muốn, bạn không cần dùng tên thật.
register-password-hint = Ít nhất 8 ký tự. Vài từ bạn dễ nhớ thì tốt hơn một mật khẩu ngắn và phổ biến.
register-submit = Tạo tài khoản
register-link = Tạo tài khoản
register-privacy = Chúng tôi không lưu địa chỉ internet (IP), thiết bị hay số điện thoại của bạn cùng với tài khoản.
register-have-account = Đã có tài khoản?

account-title = Tài khoản của bạn
account-heading = Tài khoản của bạn
account-admin-link = Quản trị
account-password-heading = Đổi mật khẩu
account-password-submit = Đổi mật khẩu
account-password-saved = Mật khẩu của bạn đã được đổi. Bạn đã được đăng xuất trên mọi thiết bị khác.
account-email-heading = Email nhận thông báo
account-email-hint = Không bắt buộc. Chúng tôi chỉ viết thư để báo có điều gì đó thay đổi, không bao giờ ghi nội dung khiếu nại của bạn. Để trống nếu muốn xóa email.
account-email-submit = Lưu địa chỉ email
account-email-saved = Đã lưu.
account-sessions-heading = Đăng xuất
account-logout = Đăng xuất
account-logout-everywhere = Đăng xuất trên mọi thiết bị
account-logout-everywhere-hint = Nếu bạn dùng điện thoại chung hoặc nghĩ người khác biết mật khẩu của bạn, hãy đăng xuất ở mọi nơi.

role-worker = Người lao động
role-moderator = Người kiểm duyệt
role-inspector = Thanh tra viên lao động
role-union_officer = Cán bộ công đoàn
role-caseworker = Cán bộ hỗ trợ vụ việc (trợ giúp pháp lý)
role-admin = Quản trị viên

org-role-member = thành viên
org-role-lead = người phụ trách

organisation-kind-labour_inspectorate = Thanh tra lao động
organisation-kind-origin_authority = Cơ quan quản lý tuyển dụng của nước phái cử
organisation-kind-trade_union = Công đoàn
organisation-kind-legal_aid = Trợ giúp pháp lý hoặc tổ chức phi chính phủ
organisation-kind-intake_partner = Đối tác tiếp nhận (nhận phản ánh qua tin nhắn hoặc đường dây nóng)

sector-agriculture = Nông nghiệp
sector-construction = Xây dựng
sector-domestic_work = Giúp việc gia đình
sector-manufacturing = Sản xuất (nhà máy)
sector-hospitality = Khách sạn và nhà hàng
sector-fishing = Đánh bắt cá
sector-care = Chăm sóc (người già, người bệnh, trẻ em)
sector-security = Bảo vệ
sector-transport = Vận tải
sector-retail = Cửa hàng và bán lẻ
sector-other = Khác

error-username-required = Hãy nhập tên đăng nhập.
error-username-length = Tên đăng nhập có từ 3 đến 32 ký tự.
error-username-characters = Tên đăng nhập chỉ dùng chữ cái, chữ số, dấu chấm, dấu gạch dưới và dấu gạch ngang, không có khoảng trắng.
error-username-taken = Tên đăng nhập này đã có người dùng, hoặc quá giống một tên đã có. Hãy thử tên khác.
error-password-length = Mật khẩu có từ 8 đến 128 ký tự.
error-password-characters = Mật khẩu có ký tự điều khiển vô hình. Hãy gõ lại, không có các ký tự đó.
error-password-common = Mật khẩu này quá dễ đoán. Hãy dùng mật khẩu dài hơn, ví dụ vài từ không liên quan đến nhau.
error-password-mismatch = Hai mật khẩu không giống nhau.
error-password-wrong = Mật khẩu hiện tại không đúng.
error-email-invalid = Đây có vẻ không phải là địa chỉ email.
error-form-invalid = Không đọc được biểu mẫu. Hãy tải lại trang rồi thử lại.
error-form-encoding = Biểu mẫu có ký tự không đọc được.
error-form-fields = Biểu mẫu có một ô chúng tôi không biết, hoặc có cùng một ô hai lần.
error-text-invalid = Nội dung này quá dài hoặc có ký tự điều khiển vô hình.
error-organisation-name-required = Hãy nhập tên tổ chức.
error-organisation-kind = Hãy chọn loại tổ chức.
error-unknown-country = Có một mã nước chúng tôi không biết. Hãy dùng mã hai chữ cái như NP, QA, PH.
error-organisation-countries = Hãy nêu ít nhất một nước mà tổ chức phụ trách.
error-sector-unknown = Hãy chọn ngành nghề trong danh sách.
error-deadline-days = Thời hạn là một số ngày nguyên (xác nhận đã nhận: 1 đến 365, trả lời: 1 đến 730).
error-deadline-order = Thời hạn trả lời không thể sớm hơn thời hạn xác nhận đã nhận.
error-organisation-required = Thanh tra viên, cán bộ công đoàn và cán bộ hỗ trợ vụ việc phải thuộc một tổ chức: hãy chọn một tổ chức.
error-organisation-not-for-role = Người lao động, người kiểm duyệt và quản trị viên không thuộc tổ chức nào.
error-organisation-unknown = Tổ chức đó không tồn tại.
error-role-organisation-kind = Vai trò này không phù hợp với loại tổ chức này (thanh tra viên làm việc ở cơ quan thanh tra lao động hoặc cơ quan quản lý tuyển dụng, cán bộ công đoàn ở công đoàn, cán bộ hỗ trợ vụ việc ở tổ chức trợ giúp pháp lý).
account-session-phone = Một điện thoại
account-session-computer = Trình duyệt trên máy tính
account-session-app = Một ứng dụng hoặc chương trình
account-session-signed-in = Đã đăng nhập
account-session-since = từ { $day }
account-session-current = thiết bị này
account-session-end = Đăng xuất trên thiết bị đó
account-session-ended = Phiên đó đã được đăng xuất.

# Password reset by mail, for staff (issue 16).
reset-link = Nhân viên: quên mật khẩu?
reset-title = Đặt mật khẩu mới
reset-intro = Nhân viên có địa chỉ email trong tài khoản sẽ nhận được một đường dẫn để đặt mật khẩu mới. Đường dẫn chỉ dùng được một lần, trong 30 phút. Nếu không có địa chỉ email, hãy hỏi quản trị viên.
reset-submit = Gửi đường dẫn cho tôi
reset-sent = Nếu đây là tài khoản nhân viên có địa chỉ email, một đường dẫn để đặt mật khẩu mới đang được gửi đến. Đường dẫn chỉ dùng được một lần, trong 30 phút.
reset-back = Quay lại trang đăng nhập
reset-new-heading = Chọn mật khẩu mới
reset-new-intro = Mọi phiên đăng nhập của tài khoản này sẽ kết thúc. Nếu bạn đọc hồ sơ vụ việc, một người phụ trách của tổ chức bạn sẽ cấp lại khóa của tổ chức cho bạn sau khi bạn đăng nhập.
reset-new-submit = Đặt mật khẩu mới
reset-done = Mật khẩu của bạn đã được đổi. Hãy đăng nhập bằng mật khẩu mới.

## Two-step sign-in (a second factor)
field-second-factor-code = Mã từ ứng dụng xác thực, hoặc mã khôi phục
login-code-hint = Chỉ khi tài khoản của bạn có đăng nhập hai bước (tài khoản nhân viên luôn có). Nếu không, hãy để trống.
field-second-factor-current = Mã từ ứng dụng hiện tại, hoặc mã khôi phục
field-second-factor-new-code = Mã sáu chữ số mà ứng dụng đang hiển thị
two-factor-title = Đăng nhập hai bước
two-factor-heading = Đăng nhập hai bước
two-factor-on = Đăng nhập hai bước đang bật: khi đăng nhập, ngoài mật khẩu bạn còn phải nhập mã từ điện thoại.
two-factor-off = Đăng nhập hai bước đang tắt.
two-factor-manage = Quản lý
two-factor-set-up = Thiết lập
two-factor-recovery-left = Bạn còn { $count } mã khôi phục chưa dùng.
two-factor-replace-heading = Chuyển sang điện thoại hoặc ứng dụng mới
two-factor-required = Tài khoản của bạn mở được các khiếu nại của người lao động, nên cần thêm bước thứ hai: một mã sáu chữ số từ ứng dụng trên điện thoại, ngoài mật khẩu. Hãy thiết lập ngay để tiếp tục.
two-factor-optional = Bạn có thể bảo vệ tài khoản bằng bước thứ hai: một mã sáu chữ số từ ứng dụng trên điện thoại, ngoài mật khẩu.
two-factor-step-app = Cài một ứng dụng xác thực trên điện thoại (ví dụ Aegis, FreeOTP, Google Authenticator hoặc Microsoft Authenticator).
two-factor-step-scan = Trong ứng dụng, hãy thêm một tài khoản và quét mã này.
two-factor-qr-label = Mã QR cho ứng dụng xác thực của bạn
two-factor-step-key = Nếu ứng dụng không quét được, hãy nhập khóa này:
two-factor-step-code = Nhập mã sáu chữ số mà ứng dụng hiển thị.
two-factor-submit = Bật đăng nhập hai bước
two-factor-off-heading = Tắt đăng nhập hai bước
two-factor-off-submit = Tắt
two-factor-off-done = Đăng nhập hai bước đã được tắt.
two-factor-back = Quay lại tài khoản của bạn
two-factor-recovery-used = Bạn đã đăng nhập bằng một mã khôi phục, mã này không dùng lại được. Nếu bạn bị mất điện thoại, hãy thiết lập điện thoại mới ở bên dưới.
recovery-codes-title = Mã khôi phục
recovery-codes-heading = Các mã khôi phục của bạn
recovery-codes-done = Đăng nhập hai bước đã được bật.
recovery-codes-explain = Nếu mất điện thoại, hãy đăng nhập bằng một trong các mã này thay cho sáu chữ số. Mỗi mã chỉ dùng được một lần. Hãy chép lại hoặc in ra, và cất ở nơi an toàn, tách xa điện thoại.
recovery-codes-once = Các mã này chỉ hiển thị lúc này. Mọi mã khôi phục trước đây không còn dùng được nữa.
reset-code-hint = Tài khoản của bạn có đăng nhập hai bước: hãy nhập mã từ ứng dụng, hoặc một mã khôi phục.
error-second-factor-code = Mã đó không đúng hoặc đã được dùng. Hãy nhập mã mà ứng dụng đang hiển thị.
error-second-factor-expired = Trang này đã mở quá lâu. Hãy quét mã mới bên dưới rồi thử lại.
error-second-factor-required = Trước hết hãy thiết lập đăng nhập hai bước trên trang web (Tài khoản, rồi Đăng nhập hai bước).
