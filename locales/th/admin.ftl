# Language: Thai (th). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: administration pages. Every key exists in every locale.

## Frame and overview
admin-title = การดูแลระบบ
admin-heading = การดูแลระบบ
admin-nav-label = การดูแลระบบ
admin-nav-overview = ภาพรวม
admin-nav-organisations = องค์กร
admin-nav-staff = เจ้าหน้าที่
admin-nav-recruiters = ทำเนียบบริษัทจัดหางาน
admin-nav-audit = บันทึกการตรวจสอบ
admin-count-organisations = องค์กร
admin-count-staff = บัญชีเจ้าหน้าที่
admin-count-workers = บัญชีแรงงาน
admin-recruiters-link = เพิ่มหรือแก้ไขบริษัทจัดหางานในทำเนียบ
admin-recent-events = เหตุการณ์ด้านความปลอดภัยล่าสุด
admin-audit-link = ดูบันทึกการตรวจสอบทั้งหมด
admin-save = บันทึกการเปลี่ยนแปลง
admin-saved = บันทึกการเปลี่ยนแปลงของคุณแล้ว
admin-disabled = ถูกระงับ
admin-enabled = ใช้งานอยู่
admin-standing = สถานะ

## Audit log
admin-audit-title = บันทึกการตรวจสอบ
admin-audit-heading = บันทึกการตรวจสอบ
admin-audit-intro = เหตุการณ์ด้านความปลอดภัยล่าสุด 200 รายการ เรียงจากใหม่ไปเก่า เวลาเป็นเวลา UTC
admin-audit-none = ยังไม่มีเหตุการณ์ที่บันทึกไว้
admin-audit-time = เวลา (UTC)
admin-audit-event = เหตุการณ์
admin-audit-people = ผู้เกี่ยวข้อง
admin-audit-detail = รายละเอียด
admin-audit-actor = โดย:
admin-audit-subject = บัญชี:
admin-outcome-success = สำเร็จ
admin-outcome-failure = ล้มเหลว
admin-outcome-refused = ถูกปฏิเสธ
admin-event-sign-in = เข้าสู่ระบบ
admin-event-sign-out = ออกจากระบบ
admin-event-sign-out-everywhere = ออกจากระบบทุกอุปกรณ์
admin-event-password-changed = เปลี่ยนรหัสผ่าน
admin-event-account-created = สร้างบัญชี
admin-event-role-changed = เปลี่ยนบทบาท
admin-event-organisation-changed = ย้ายบัญชีไปองค์กรอื่น
admin-event-account-disabled = ระงับบัญชี
admin-event-account-enabled = เปิดใช้บัญชีอีกครั้ง
admin-event-organisation-created = เพิ่มองค์กร
admin-event-organisation-updated = เปลี่ยนรายละเอียดองค์กร
admin-event-recruiter-created = เพิ่มบริษัทจัดหางาน
admin-event-recruiter-updated = แก้ไขบริษัทจัดหางาน

## Organisations
admin-organisations-title = องค์กร
admin-organisations-heading = องค์กร
admin-organisations-none = ยังไม่มีการเพิ่มองค์กรใด
admin-organisation-create-heading = เพิ่มองค์กร
admin-organisation-create-submit = เพิ่มองค์กร
admin-organisation-edit-heading = แก้ไของค์กรนี้
admin-field-organisation-name = ชื่อ
admin-field-kind = ประเภทองค์กร
admin-field-countries = ประเทศที่ดูแล
admin-countries-hint = รหัสประเทศสองตัวอักษร คั่นด้วยจุลภาคหรือช่องว่าง เช่น QA, AE
admin-field-sectors = ประเภทกิจการ
admin-sectors-hint = ไม่ต้องเลือกช่องใดเลย ถ้าองค์กรนี้ดูแลทุกประเภทกิจการ
admin-sectors-all = ทุกประเภทกิจการ
admin-field-acknowledge-days = จำนวนวันสำหรับตอบรับเรื่องร้องเรียน
admin-acknowledge-days-hint = ตั้งแต่ 1 ถึง 365 วัน ปกติคือ 7 วัน
admin-field-answer-days = จำนวนวันสำหรับให้คำตอบเรื่องร้องเรียน
admin-answer-days-hint = ตั้งแต่ 1 ถึง 730 วัน และไม่น้อยกว่าจำนวนวันสำหรับตอบรับเรื่อง ปกติคือ 90 วัน
admin-deadlines = กำหนดเวลา
admin-deadline-acknowledge = { $days ->
   *[other] ตอบรับเรื่องภายใน { $days } วัน
}
admin-deadline-answer = { $days ->
   *[other] ให้คำตอบภายใน { $days } วัน
}
admin-members-heading = เจ้าหน้าที่ขององค์กรนี้
admin-members-none = ยังไม่มีผู้ใดทำงานให้องค์กรนี้บน FairRecruit

## Staff
admin-staff-title = เจ้าหน้าที่
admin-staff-heading = บัญชีเจ้าหน้าที่
admin-staff-none = ยังไม่มีบัญชีเจ้าหน้าที่
admin-staff-create-heading = เพิ่มบัญชีเจ้าหน้าที่
admin-staff-create-submit = เพิ่มบัญชี
admin-staff-password-hint = อย่างน้อย 8 ตัวอักษร และไม่ใช่รหัสผ่านที่ใช้กันทั่วไป ส่งรหัสผ่านให้ผู้ใช้อย่างปลอดภัย ผู้ใช้เปลี่ยนรหัสผ่านได้ที่หน้าบัญชีของตน
admin-organisation-none = ไม่มีองค์กร
admin-organisation-hint = พนักงานตรวจแรงงานสังกัดหน่วยงานตรวจแรงงานหรือหน่วยงานของประเทศต้นทาง เจ้าหน้าที่สหภาพสังกัดสหภาพแรงงาน เจ้าหน้าที่ดูแลรายกรณีสังกัดองค์กรช่วยเหลือทางกฎหมาย ผู้ตรวจสอบเนื้อหาและผู้ดูแลระบบไม่สังกัดองค์กรใด
admin-field-lead = หัวหน้าขององค์กร (ได้รับแจ้งเมื่อมีการยกระดับเรื่องและเมื่อมีเรื่องเกินกำหนด)
admin-field-disabled = ระงับบัญชี (ผู้ใช้เข้าสู่ระบบไม่ได้)
admin-staff-edit-heading = แก้ไขบัญชีนี้
admin-staff-edit-hint = การบันทึกการเปลี่ยนแปลงจะทำให้ผู้ใช้ออกจากระบบในทุกอุปกรณ์ทันที
admin-staff-self-hint = นี่คือบัญชีของคุณเอง: คุณไม่สามารถถอดบทบาทผู้ดูแลระบบของตนเอง หรือระงับบัญชีนี้ได้

## Recruiter directory
admin-recruiters-title = ทำเนียบบริษัทจัดหางาน
admin-recruiters-heading = ทำเนียบบริษัทจัดหางาน
admin-recruiter-create-heading = เพิ่มบริษัทจัดหางานที่ได้รับใบอนุญาต
admin-recruiter-create-submit = เพิ่มบริษัทจัดหางาน
admin-recruiter-edit-heading = แก้ไขข้อมูลบริษัทจัดหางานนี้
admin-recruiter-edit-hint = การเปลี่ยนสถานะใบอนุญาตจะถูกเพิ่มลงในประวัติใบอนุญาตที่เปิดเผยต่อสาธารณะของบริษัทจัดหางาน พร้อมวันที่ของวันนี้
admin-recruiter-public-link = ดูหน้าข้อมูลสาธารณะ
admin-field-recruiter-name = ชื่อบริษัทจัดหางาน
admin-field-licensing-country = ประเทศที่ออกใบอนุญาต
admin-licensing-country-hint = รหัสประเทศสองตัวอักษร เช่น NP สำหรับเนปาล

## Errors
admin-error-role = เลือกบทบาทจากรายการ
admin-error-own-role = คุณไม่สามารถถอดบทบาทผู้ดูแลระบบของตนเองได้ โปรดขอให้ผู้ดูแลระบบคนอื่นทำ
admin-error-own-disable = คุณไม่สามารถระงับบัญชีของตนเองได้ โปรดขอให้ผู้ดูแลระบบคนอื่นทำ
admin-error-country-code = ใช้รหัสประเทศสองตัวอักษร เช่น NP, QA หรือ AE คั่นด้วยจุลภาค
admin-error-destinations-too-many = ระบุประเทศปลายทางได้ไม่เกิน 60 ประเทศ
admin-error-name-required = ระบุชื่อบริษัทจัดหางาน
admin-error-licence-required = ระบุเลขที่ใบอนุญาต
admin-error-licence-taken = มีบริษัทจัดหางานอื่นถือเลขที่ใบอนุญาตนี้ในประเทศนี้แล้ว

## Audit details: labels of the recorded values
admin-detail-separator = ;
admin-detail-role = บทบาท
admin-detail-organisation = องค์กร
admin-detail-kind = ประเภท
admin-detail-countries = ประเทศ
admin-detail-sectors = ประเภทกิจการ
admin-detail-days = กำหนดเวลา (วัน)
admin-detail-recruiter = บริษัทจัดหางาน
admin-detail-status = สถานะใบอนุญาต
admin-detail-reason = เหตุผล
admin-detail-reason-throttled = พยายามหลายครั้งเกินไป
admin-detail-reason-disabled = บัญชีถูกระงับ

## Setting a staff member's password
admin-password-heading = ตั้งรหัสผ่านใหม่
admin-password-hint = สำหรับเจ้าหน้าที่ที่ทำรหัสผ่านหาย การเข้าสู่ระบบทั้งหมดของผู้นั้นจะสิ้นสุดทันที ส่งรหัสผ่านใหม่ให้อย่างปลอดภัย ผู้นั้นเปลี่ยนรหัสผ่านได้ที่หน้าบัญชีของตน
admin-password-submit = ตั้งรหัสผ่าน
admin-error-own-password = เปลี่ยนรหัสผ่านของคุณเองที่หน้าบัญชีของคุณ
admin-event-password-reset = ผู้ดูแลระบบตั้งรหัสผ่านให้
admin-warning-look-alike = ชื่อนี้คล้ายกับชื่อบริษัทจัดหางานที่อยู่ในรายชื่อ จึงยังไม่ได้บันทึก
admin-look-alike-list = ตรวจสอบว่าไม่ใช่บริษัทใดบริษัทหนึ่งต่อไปนี้:
admin-look-alike-confirm = นี่เป็นบริษัทอื่น: บันทึกต่อไป

## Two-step sign-in
admin-second-factor-on = ตั้งค่าแล้ว
admin-second-factor-off = ยังไม่ได้ตั้งค่า (จะถูกขอให้ตั้งค่าเมื่อเข้าสู่ระบบครั้งถัดไป)
admin-second-factor-heading = รีเซ็ตการเข้าสู่ระบบสองขั้นตอน
admin-second-factor-hint = สำหรับผู้ที่ทำทั้งโทรศัพท์และรหัสกู้คืนหาย การเข้าสู่ระบบทั้งหมดของผู้นั้นจะสิ้นสุด และเมื่อเข้าสู่ระบบครั้งถัดไปจะต้องตั้งค่าแอปใหม่ ผู้นั้นจะได้รับแจ้งทางอีเมล
admin-second-factor-submit = รีเซ็ตการเข้าสู่ระบบสองขั้นตอน
admin-event-second-factor-enrolled = ตั้งค่าการเข้าสู่ระบบสองขั้นตอน
admin-event-second-factor-replaced = ย้ายการเข้าสู่ระบบสองขั้นตอนไปแอปใหม่
admin-event-second-factor-removed = ปิดการเข้าสู่ระบบสองขั้นตอน
admin-event-second-factor-reset = ผู้ดูแลระบบรีเซ็ตการเข้าสู่ระบบสองขั้นตอน
admin-detail-reason-second-factor = รหัสผิดหรือใช้ซ้ำ
admin-detail-reason-no-second-factor = ยังไม่ได้ตั้งค่าการเข้าสู่ระบบสองขั้นตอน
admin-detail-reason-recovery-code = ด้วยรหัสกู้คืน

## API keys of intake partners (issue 18)
admin-partner-keys-link = คีย์ API
admin-partner-keys-title = คีย์ API ของ { $name }
admin-partner-keys-intro = คีย์ช่วยให้แชตบอตหรือระบบสายด่วนของพันธมิตรรายนี้ยื่นเรื่องร้องเรียนและรีวิวแทนแรงงานได้ ตามความยินยอมที่แรงงานให้ไว้ และติดตามเรื่องที่ยื่นไปแล้ว ทำอย่างอื่นไม่ได้ คีย์จะแสดงเพียงครั้งเดียวตอนสร้าง ระบบเก็บไว้เพียงค่าแฮช (hash) ของคีย์
admin-partner-keys-none = พันธมิตรรายนี้ยังไม่มีคีย์
admin-partner-keys-col-name = ชื่อ
admin-partner-keys-col-made = สร้างเมื่อ
admin-partner-keys-col-expires = หมดอายุ
admin-partner-keys-col-used = ใช้ล่าสุด
admin-partner-keys-col-state = สถานะ
admin-partner-keys-never = ไม่เคยใช้
admin-partner-keys-active = ใช้งานอยู่
admin-partner-keys-revoked = เพิกถอนแล้ว
admin-partner-keys-expired = หมดอายุแล้ว
admin-partner-keys-revoke = เพิกถอน
admin-partner-keys-create-heading = สร้างคีย์
admin-partner-keys-name = ชื่อคีย์
admin-partner-keys-name-hint = ระบุว่าใช้ที่ไหน เช่น "บอต WhatsApp" หรือ "สายด่วน กาฐมาณฑุ"
admin-partner-keys-days = ใช้ได้นาน (วัน 1 ถึง 365)
admin-partner-keys-create = สร้างคีย์นี้
admin-partner-keys-shown-once = คีย์ใหม่จะแสดงเฉพาะตอนนี้เท่านั้น คัดลอกไปใส่ในระบบของพันธมิตร: จะไม่มีใครเห็นคีย์นี้ได้อีก หากคีย์หาย ให้เพิกถอนแล้วสร้างใหม่
admin-partner-keys-revoked-done = เพิกถอนคีย์แล้ว: นับจากนี้ทุกคำขอที่ใช้คีย์นี้จะถูกปฏิเสธ
error-partner-key-name = ตั้งชื่อคีย์ยาว 1 ถึง 100 อักขระ
error-partner-key-days = คีย์มีอายุใช้งาน 1 ถึง 365 วัน
error-partner-key-not-partner = คีย์ API ใช้ได้เฉพาะองค์กรประเภทพันธมิตรรับเรื่องเท่านั้น
