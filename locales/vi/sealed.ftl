# Language: Vietnamese (vi). Review: machine-drafted, not yet reviewed by a native speaker.
# Sealed cases (issue 14): who can open a complaint's words, and an organisation's key.

sealed-open = Bạn có thể đọc lời kể trong vụ việc này.
sealed-unreadable = (đã niêm phong: không mở được ở đây)
error-sealed-sign-in-again = Phiên đăng nhập này không mở được nội dung vụ việc đã niêm phong. Hãy đăng xuất rồi đăng nhập lại.
error-sealed-not-given = Bạn chưa giữ khóa của tổ chức mình. Một người phụ trách của tổ chức có thể cấp khóa cho bạn trên trang khóa của tổ chức.
error-sealed-waiting = Vụ việc này đến tổ chức của bạn sau khi khiếu nại đã được gửi; lời kể sẽ mở được cho bạn vào lần tới người lao động xem khiếu nại bằng mã biên nhận của họ.
error-sealed-destroyed = Những gì người lao động đã viết đã bị xóa.
error-sealed-no-key = Tổ chức của bạn chưa có khóa. Người phụ trách tạo khóa trên trang khóa của tổ chức.

track-your-words = Những gì bạn đã viết

org-key-link = Khóa của tổ chức bạn
org-key-title = Khóa của tổ chức bạn
org-key-intro = Khiếu nại được lưu trữ ở dạng niêm phong. Chỉ những thành viên giữ khóa của tổ chức bạn mới đọc được những gì người lao động đã viết cho tổ chức; quản trị viên không đọc được.
org-key-none = Tổ chức của bạn chưa có khóa, nên chưa thể niêm phong gì cho tổ chức.
org-key-make = Tạo khóa
org-key-you-hold = Bạn đang giữ khóa.
org-key-you-lack = Bạn chưa giữ khóa. Hãy nhờ một người phụ trách của tổ chức cấp khóa cho bạn.
org-key-members = Thành viên
org-key-lead = người phụ trách
org-key-holds = đang giữ khóa
org-key-lacks = chưa giữ khóa
org-key-not-signed-in = chưa đăng nhập kể từ khi khiếu nại được niêm phong
org-key-give = Cấp khóa
org-key-given = Đã cấp khóa.
org-key-code-heading = Mã khôi phục của tổ chức bạn
org-key-code-hint = Hãy chép lại và cất ở nơi an toàn, tách xa máy tính này. Mã chỉ hiển thị lần này thôi. Nếu mọi người phụ trách đều mất mật khẩu, mã này giúp lấy lại khóa.
org-key-recover-heading = Lấy lại khóa bằng mã khôi phục
org-key-recover-hint = Khi dùng mã, mã sẽ được thay bằng một mã mới, chỉ hiển thị một lần.
org-key-code-field = Mã khôi phục
org-key-recover = Lấy lại khóa
org-key-error-exists = Tổ chức của bạn đã có khóa.
org-key-error-no-keyring = Thành viên này chưa đăng nhập kể từ khi khiếu nại được niêm phong. Có thể cấp khóa cho họ sau khi họ đăng nhập.
org-key-error-code-format = Mã khôi phục gồm 24 chữ cái và chữ số, chia thành các nhóm bốn ký tự.
org-key-error-code-wrong = Đây không phải mã khôi phục của tổ chức bạn.
org-key-error-none = Tổ chức của bạn chưa có khóa.

track-delete-heading = Xóa những gì bạn đã viết
track-delete-hint = Lời kể của bạn, thông tin liên lạc của bạn và các tin nhắn với các tổ chức sẽ bị xóa ngay bây giờ, vĩnh viễn. Các tổ chức vẫn giữ các sự việc (công ty tuyển dụng, các nước, chuyện gì đã xảy ra) và ghi chú riêng của họ.
track-delete-confirm = Tôi hiểu việc này không thể hoàn tác
track-delete-submit = Xóa những gì tôi đã viết
track-delete-confirm-required = Hãy đánh dấu vào ô để xác nhận.
track-deleted = Những gì bạn đã viết đã bị xóa.

org-retention-heading = Vụ việc được lưu giữ bao lâu
org-retention-now = Những gì người lao động đã viết sẽ bị hủy { $days } ngày sau khi vụ việc được giải quyết hoặc đóng (30 ngày sau khi khiếu nại bị rút).
org-retention-field = Số ngày
org-retention-hint = Từ 30 đến 3650. Các sự việc được tính trong báo cáo vẫn được giữ lại.
org-retention-submit = Lưu
org-retention-saved = Đã lưu.
org-retention-error-days = Nhập số ngày từ 30 đến 3650.

admin-password-key-hint = Họ cũng mất khóa của tổ chức, và bạn không thể đọc các vụ việc của họ: một người phụ trách của tổ chức họ sẽ cấp lại khóa cho họ.
sealed-grantors = Những người phụ trách có thể cấp khóa: { $names }.
