# Language: Thai (th). Review: machine-drafted, not yet reviewed by a native speaker.
## Accounts: registration, sign-in, the account page, roles and organisations.

field-username = ชื่อผู้ใช้
field-password = รหัสผ่าน
field-password-confirm = รหัสผ่านอีกครั้ง
field-current-password = รหัสผ่านปัจจุบัน
field-new-password = รหัสผ่านใหม่
field-email = ที่อยู่อีเมล
field-role = บทบาท
field-organisation = องค์กร

login-title = เข้าสู่ระบบ
login-heading = เข้าสู่ระบบ
login-submit = เข้าสู่ระบบ
login-link = เข้าสู่ระบบ
login-no-account = ยังไม่มีบัญชีใช่ไหม
login-anonymous-note = คุณไม่ต้องมีบัญชีเพื่อค้นหาบริษัทจัดหางานหรือร้องเรียน บัญชีช่วยให้คุณติดตามรีวิวของคุณได้

register-title = สร้างบัญชี
register-heading = สร้างบัญชี
register-intro = ใช้แค่ชื่อผู้ใช้และรหัสผ่าน ไม่ต้องใช้ชื่อจริง อีเมล หรือเบอร์โทรศัพท์
register-username-hint = ตัวอักษรหรือตัวเลข 3 ถึง 32 ตัว เป็นภาษาใดก็ได้ ใช้ . _ และ - ได้ ถ้าไม่อยากใช้ชื่อจริงก็ไม่ต้องใช้
register-password-hint = อย่างน้อย 8 ตัวอักษร คำสองสามคำที่คุณจำได้ ดีกว่ารหัสผ่านสั้น ๆ ที่คนใช้กันทั่วไป
register-submit = สร้างบัญชี
register-link = สร้างบัญชี
register-privacy = เราไม่เก็บที่อยู่อินเทอร์เน็ต (IP) อุปกรณ์ หรือเบอร์โทรศัพท์ของคุณไว้กับบัญชีของคุณ
register-have-account = มีบัญชีอยู่แล้วใช่ไหม

account-title = บัญชีของคุณ
account-heading = บัญชีของคุณ
account-admin-link = การดูแลระบบ
account-password-heading = เปลี่ยนรหัสผ่าน
account-password-submit = เปลี่ยนรหัสผ่าน
account-password-saved = เปลี่ยนรหัสผ่านแล้ว คุณถูกออกจากระบบในอุปกรณ์อื่นทุกเครื่อง
account-email-heading = อีเมลสำหรับการแจ้งเตือน
account-email-hint = ไม่บังคับ เราจะเขียนถึงคุณเพียงเพื่อบอกว่ามีบางอย่างเปลี่ยนแปลง ไม่เคยบอกว่าเรื่องร้องเรียนของคุณเขียนว่าอะไร เว้นว่างไว้ถ้าต้องการลบอีเมลออก
account-email-submit = บันทึกที่อยู่อีเมล
account-email-saved = บันทึกแล้ว
account-sessions-heading = การออกจากระบบ
account-logout = ออกจากระบบ
account-logout-everywhere = ออกจากระบบในทุกอุปกรณ์
account-logout-everywhere-hint = ถ้าคุณใช้โทรศัพท์ร่วมกับคนอื่น หรือคิดว่ามีคนอื่นรู้รหัสผ่านของคุณ ให้ออกจากระบบในทุกอุปกรณ์

role-worker = แรงงาน
role-moderator = ผู้ตรวจสอบเนื้อหา
role-inspector = พนักงานตรวจแรงงาน
role-union_officer = เจ้าหน้าที่สหภาพแรงงาน
role-caseworker = เจ้าหน้าที่ดูแลรายกรณี (ความช่วยเหลือทางกฎหมาย)
role-admin = ผู้ดูแลระบบ

org-role-member = สมาชิก
org-role-lead = หัวหน้า

organisation-kind-labour_inspectorate = หน่วยงานตรวจแรงงาน
organisation-kind-origin_authority = หน่วยงานกำกับการจัดหางานของประเทศต้นทาง
organisation-kind-trade_union = สหภาพแรงงาน
organisation-kind-legal_aid = องค์กรช่วยเหลือทางกฎหมายหรือองค์กรพัฒนาเอกชน (NGO)
organisation-kind-intake_partner = พันธมิตรรับเรื่อง (รับแจ้งเรื่องผ่านแชตหรือสายด่วน)

sector-agriculture = เกษตรกรรม
sector-construction = ก่อสร้าง
sector-domestic_work = งานบ้าน
sector-manufacturing = การผลิต (โรงงาน)
sector-hospitality = โรงแรมและร้านอาหาร
sector-fishing = ประมง
sector-care = งานดูแลผู้คน (บริบาล)
sector-security = รักษาความปลอดภัย
sector-transport = ขนส่ง
sector-retail = ร้านค้าและค้าปลีก
sector-other = อื่น ๆ

error-username-required = พิมพ์ชื่อผู้ใช้
error-username-length = ชื่อผู้ใช้ต้องมี 3 ถึง 32 ตัวอักษร
error-username-characters = ชื่อผู้ใช้ใช้ได้เฉพาะตัวอักษร ตัวเลข จุด ขีดล่าง และขีดกลาง โดยไม่มีช่องว่าง
error-username-taken = ชื่อผู้ใช้นี้มีคนใช้แล้ว หรือคล้ายกับชื่อที่มีคนใช้มากเกินไป ลองชื่ออื่น
error-password-length = รหัสผ่านต้องมี 8 ถึง 128 ตัวอักษร
error-password-characters = รหัสผ่านมีอักขระควบคุมที่มองไม่เห็น พิมพ์ใหม่โดยไม่มีอักขระเหล่านั้น
error-password-common = รหัสผ่านนี้เดาง่ายเกินไป ใช้รหัสผ่านที่ยาวกว่านี้ เช่น คำหลายคำที่ไม่เกี่ยวข้องกัน
error-password-mismatch = รหัสผ่านทั้งสองไม่ตรงกัน
error-password-wrong = รหัสผ่านปัจจุบันไม่ถูกต้อง
error-email-invalid = นี่ดูไม่เหมือนที่อยู่อีเมล
error-form-invalid = อ่านแบบฟอร์มไม่ได้ โหลดหน้าใหม่แล้วลองอีกครั้ง
error-form-encoding = แบบฟอร์มมีอักขระที่อ่านไม่ได้
error-form-fields = แบบฟอร์มมีช่องที่เราไม่รู้จัก หรือมีช่องเดียวกันซ้ำสองครั้ง
error-text-invalid = ข้อความนี้ยาวเกินไป หรือมีอักขระควบคุมที่มองไม่เห็น
error-organisation-name-required = พิมพ์ชื่อองค์กร
error-organisation-kind = เลือกว่าองค์กรนี้เป็นองค์กรประเภทใด
error-unknown-country = มีรหัสประเทศที่เราไม่รู้จัก ใช้รหัสสองตัวอักษร เช่น NP, QA, PH
error-organisation-countries = ระบุอย่างน้อยหนึ่งประเทศที่องค์กรนี้ดูแล
error-sector-unknown = เลือกประเภทกิจการจากรายการ
error-deadline-days = กำหนดเวลาต้องเป็นจำนวนวันเต็ม (ตอบรับเรื่อง: 1 ถึง 365 วัน ให้คำตอบ: 1 ถึง 730 วัน)
error-deadline-order = กำหนดเวลาให้คำตอบต้องไม่มาก่อนกำหนดเวลาตอบรับเรื่อง
error-organisation-required = พนักงานตรวจแรงงาน เจ้าหน้าที่สหภาพแรงงาน และเจ้าหน้าที่ดูแลรายกรณี ต้องสังกัดองค์กร โปรดเลือกองค์กร
error-organisation-not-for-role = แรงงาน ผู้ตรวจสอบเนื้อหา และผู้ดูแลระบบ ไม่ได้สังกัดองค์กรใด
error-organisation-unknown = ไม่มีองค์กรนั้น
error-role-organisation-kind = บทบาทนี้ไม่เข้ากับองค์กรประเภทนี้ (พนักงานตรวจแรงงานทำงานในหน่วยงานตรวจแรงงานหรือหน่วยงานกำกับการจัดหางาน เจ้าหน้าที่สหภาพทำงานในสหภาพแรงงาน เจ้าหน้าที่ดูแลรายกรณีทำงานในองค์กรช่วยเหลือทางกฎหมาย)
account-session-phone = โทรศัพท์
account-session-computer = เบราว์เซอร์บนคอมพิวเตอร์
account-session-app = แอปหรือโปรแกรม
account-session-signed-in = เข้าสู่ระบบ
account-session-since = ตั้งแต่ { $day }
account-session-current = อุปกรณ์นี้
account-session-end = ออกจากระบบที่อุปกรณ์นั้น
account-session-ended = ออกจากระบบที่อุปกรณ์นั้นแล้ว

# Password reset by mail, for staff (issue 16).
reset-link = เจ้าหน้าที่: ลืมรหัสผ่านใช่ไหม
reset-title = ตั้งรหัสผ่านใหม่
reset-intro = เจ้าหน้าที่ที่มีที่อยู่อีเมลในบัญชี จะได้รับลิงก์สำหรับตั้งรหัสผ่านใหม่ ลิงก์ใช้ได้ครั้งเดียว ภายใน 30 นาที ถ้าไม่มีที่อยู่อีเมล ให้ขอจากผู้ดูแลระบบ
reset-submit = ส่งลิงก์ให้ฉัน
reset-sent = ถ้านี่เป็นบัญชีเจ้าหน้าที่ที่มีที่อยู่อีเมล ลิงก์สำหรับตั้งรหัสผ่านใหม่กำลังส่งไป ลิงก์ใช้ได้ครั้งเดียว ภายใน 30 นาที
reset-back = กลับไปหน้าเข้าสู่ระบบ
reset-new-heading = เลือกรหัสผ่านใหม่
reset-new-intro = การเข้าสู่ระบบทุกแห่งของบัญชีนี้จะสิ้นสุดลง ถ้าคุณเป็นผู้อ่านเรื่องร้องเรียน หัวหน้าในองค์กรของคุณจะมอบกุญแจขององค์กรให้คุณอีกครั้งหลังจากคุณเข้าสู่ระบบ
reset-new-submit = ตั้งรหัสผ่านใหม่
reset-done = เปลี่ยนรหัสผ่านแล้ว เข้าสู่ระบบด้วยรหัสผ่านใหม่

## Two-step sign-in (a second factor)
field-second-factor-code = รหัสจากแอปยืนยันตัวตน หรือรหัสกู้คืน
login-code-hint = เฉพาะเมื่อบัญชีของคุณเปิดการเข้าสู่ระบบสองขั้นตอน (บัญชีเจ้าหน้าที่เปิดไว้เสมอ) ถ้าไม่ใช่ ให้เว้นว่างไว้
field-second-factor-current = รหัสจากแอปปัจจุบันของคุณ หรือรหัสกู้คืน
field-second-factor-new-code = รหัสหกหลักที่แอปแสดงอยู่ตอนนี้
two-factor-title = การเข้าสู่ระบบสองขั้นตอน
two-factor-heading = การเข้าสู่ระบบสองขั้นตอน
two-factor-on = เปิดการเข้าสู่ระบบสองขั้นตอนอยู่: เวลาเข้าสู่ระบบต้องใช้รหัสจากโทรศัพท์ของคุณ นอกเหนือจากรหัสผ่าน
two-factor-off = ปิดการเข้าสู่ระบบสองขั้นตอนอยู่
two-factor-manage = จัดการ
two-factor-set-up = ตั้งค่า
two-factor-recovery-left = { $count ->
   *[other] คุณมีรหัสกู้คืนที่ยังไม่ได้ใช้ { $count } รหัส
}
two-factor-replace-heading = ย้ายไปยังโทรศัพท์หรือแอปใหม่
two-factor-required = บัญชีของคุณเปิดดูเรื่องร้องเรียนของแรงงานได้ จึงต้องมีขั้นตอนที่สอง คือรหัสหกหลักจากแอปในโทรศัพท์ของคุณ นอกเหนือจากรหัสผ่าน ตั้งค่าตอนนี้เพื่อใช้งานต่อ
two-factor-optional = คุณป้องกันบัญชีด้วยขั้นตอนที่สองได้ คือรหัสหกหลักจากแอปในโทรศัพท์ของคุณ นอกเหนือจากรหัสผ่าน
two-factor-step-app = ติดตั้งแอปยืนยันตัวตนในโทรศัพท์ของคุณ (เช่น Aegis, FreeOTP, Google Authenticator หรือ Microsoft Authenticator)
two-factor-step-scan = ในแอป ให้เพิ่มบัญชีแล้วสแกนรหัสนี้
two-factor-qr-label = คิวอาร์โค้ดสำหรับแอปยืนยันตัวตนของคุณ
two-factor-step-key = ถ้าแอปสแกนไม่ได้ ให้พิมพ์คีย์นี้:
two-factor-step-code = พิมพ์รหัสหกหลักที่แอปแสดง
two-factor-submit = เปิดการเข้าสู่ระบบสองขั้นตอน
two-factor-off-heading = ปิดการเข้าสู่ระบบสองขั้นตอน
two-factor-off-submit = ปิด
two-factor-off-done = ปิดการเข้าสู่ระบบสองขั้นตอนแล้ว
two-factor-back = กลับไปที่บัญชีของคุณ
two-factor-recovery-used = คุณเข้าสู่ระบบด้วยรหัสกู้คืน ซึ่งใช้ซ้ำไม่ได้ ถ้าโทรศัพท์ของคุณหาย ให้ตั้งค่าเครื่องใหม่ด้านล่าง
recovery-codes-title = รหัสกู้คืน
recovery-codes-heading = รหัสกู้คืนของคุณ
recovery-codes-done = เปิดการเข้าสู่ระบบสองขั้นตอนแล้ว
recovery-codes-explain = ถ้าโทรศัพท์หาย ให้เข้าสู่ระบบด้วยรหัสใดรหัสหนึ่งนี้แทนรหัสหกหลัก แต่ละรหัสใช้ได้ครั้งเดียว จดไว้หรือพิมพ์ออกมา แล้วเก็บไว้ในที่ปลอดภัย ห่างจากโทรศัพท์ของคุณ
recovery-codes-once = รหัสเหล่านี้แสดงเฉพาะตอนนี้เท่านั้น รหัสกู้คืนชุดก่อน ๆ ใช้ไม่ได้อีกแล้ว
reset-code-hint = บัญชีของคุณเปิดการเข้าสู่ระบบสองขั้นตอน: พิมพ์รหัสจากแอป หรือรหัสกู้คืน
error-second-factor-code = รหัสนั้นไม่ถูกต้อง หรือถูกใช้ไปแล้ว พิมพ์รหัสที่แอปแสดงอยู่ตอนนี้
error-second-factor-expired = หน้านี้เปิดไว้นานเกินไป สแกนรหัสใหม่ด้านล่างแล้วลองอีกครั้ง
error-second-factor-required = ตั้งค่าการเข้าสู่ระบบสองขั้นตอนบนเว็บไซต์ก่อน (บัญชี แล้วไปที่การเข้าสู่ระบบสองขั้นตอน)
