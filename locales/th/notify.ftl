# Language: Thai (th). Review: machine-drafted, not yet reviewed by a native speaker.
# Notifications: the mails the service sends, the account settings for them and the
# administrators' mail page. A mail says that something happened and links to it; it never
# carries a complaint's words, a worker's name or a receipt.

## Mails

mail-greeting = สวัสดี
mail-open-link = เข้าสู่ระบบเพื่ออ่าน:
mail-footer = คุณได้รับอีเมลนี้เพราะบัญชี FairRecruit ของคุณขอรับการแจ้งเตือน คุณเปลี่ยนภาษาหรือหยุดรับอีเมลเหล่านี้ได้ที่หน้าบัญชีของคุณ:

mail-new-referral-subject = เรื่องใหม่สำหรับ { $organisation }
mail-new-referral-body = มีเรื่องใหม่ส่งต่อมายัง { $organisation } บน FairRecruit
mail-worker-reply-subject = แรงงานตอบกลับในเรื่องหนึ่ง
mail-worker-reply-body = แรงงานได้เพิ่มข้อความในเรื่องหนึ่งขององค์กรคุณ
mail-overdue-acknowledge-subject = มีเรื่องที่เลยกำหนดเวลาตอบรับเรื่อง
mail-overdue-acknowledge-body = มีเรื่องหนึ่งขององค์กรคุณที่ยังไม่ได้ตอบรับภายในกำหนดเวลา
mail-overdue-answer-subject = มีเรื่องที่เลยกำหนดเวลาให้คำตอบ
mail-overdue-answer-body = มีเรื่องหนึ่งขององค์กรคุณที่ยังไม่ได้ให้คำตอบภายในกำหนดเวลา
mail-complaint-acknowledged-subject = องค์กรได้รับเรื่องร้องเรียนของคุณแล้ว
mail-complaint-acknowledged-body = { $organisation } ได้ตอบรับเรื่องร้องเรียนของคุณแล้ว
mail-complaint-resolved-subject = เรื่องร้องเรียนของคุณมีผลแล้ว
mail-complaint-resolved-body = { $organisation } ได้บันทึกผลของเรื่องร้องเรียนของคุณแล้ว
mail-review-approved-subject = รีวิวของคุณเผยแพร่แล้ว
mail-review-approved-body = รีวิว { $recruiter } ของคุณเผยแพร่แล้ว ขอบคุณที่ช่วยแรงงานคนอื่น
mail-review-rejected-subject = รีวิวของคุณไม่ได้เผยแพร่
mail-review-rejected-body = รีวิว { $recruiter } ของคุณไม่ได้เผยแพร่ ดูเหตุผลได้ที่หน้าบัญชีของคุณ
mail-digest-subject = สรุปประจำวันจาก FairRecruit ของคุณ
mail-digest-body = ตั้งแต่สรุปครั้งล่าสุดของคุณ:
mail-digest-line-new-referral = { $count ->
   *[other] เรื่องใหม่ { $count } เรื่อง
}
mail-digest-line-worker-reply = { $count ->
   *[other] คำตอบจากแรงงาน { $count } รายการ
}
mail-digest-line-overdue-acknowledge = { $count ->
   *[other] เรื่องที่เลยกำหนดเวลาตอบรับเรื่อง { $count } เรื่อง
}
mail-digest-line-overdue-answer = { $count ->
   *[other] เรื่องที่เลยกำหนดเวลาให้คำตอบ { $count } เรื่อง
}

## Account settings

account-notices-heading = การแจ้งเตือน
account-notices-hint = อีเมลจะส่งไปยังที่อยู่ด้านบน และบอกเพียงว่ามีบางอย่างเปลี่ยนแปลง ไม่เคยบอกว่าเรื่องร้องเรียนเขียนว่าอะไร
account-notices-language = ภาษาของอีเมล
account-notices-how = คุณต้องการรับแบบไหน
account-notices-each = อีเมลหนึ่งฉบับต่อหนึ่งเหตุการณ์
account-notices-digest = สรุปวันละหนึ่งฉบับ
account-notices-none = ไม่รับอีเมล
account-notices-submit = บันทึกการตั้งค่าการแจ้งเตือน
account-notices-saved = บันทึกการตั้งค่าการแจ้งเตือนแล้ว
error-notices-language = เลือกภาษาหนึ่งจากรายการ
error-notices-choice = เลือกวิธีที่คุณต้องการรับการแจ้งเตือน
error-notices-digest-leads = เฉพาะหัวหน้าขององค์กรเท่านั้นที่เลือกรับสรุปประจำวันได้

## Administrators: mail

admin-nav-mail = อีเมล
admin-mail-title = อีเมล
admin-mail-heading = การแจ้งเตือนทางอีเมล
admin-mail-intro = การแจ้งเตือนจะรออยู่ในกล่องขาออกจนกว่าเซิร์ฟเวอร์อีเมลจะรับไป อีเมลที่ส่งไม่สำเร็จซ้ำ ๆ หรือที่เซิร์ฟเวอร์ปฏิเสธอย่างถาวร จะถูกเลิกส่ง และแสดงไว้ที่นี่พร้อมข้อผิดพลาดล่าสุด
admin-mail-pending = รอส่ง
admin-mail-dead = เลิกส่งแล้ว
admin-mail-none-dead = ไม่มีอีเมลที่เลิกส่ง
admin-mail-retry-all-hint = หลังจากแก้ไขการตั้งค่าอีเมลแล้ว ให้นำอีเมลทั้งหมดด้านล่างกลับเข้าคิว
admin-mail-retry-all = ลองส่งทั้งหมดอีกครั้ง
admin-mail-created = สร้างเมื่อ
admin-mail-kind = การแจ้งเตือน
admin-mail-recipient = ผู้รับ
admin-mail-attempts = จำนวนครั้งที่ลอง
admin-mail-error = ข้อผิดพลาดล่าสุด
admin-mail-retry = ลองอีกครั้ง
admin-overview-dead-mail = { admin-mail-heading }: { admin-mail-dead }
admin-mail-retried = { $count ->
   *[other] นำอีเมล { $count } ฉบับกลับเข้าคิวแล้ว
}
admin-mail-kind-new-referral = เรื่องใหม่
admin-mail-kind-worker-reply = คำตอบของแรงงาน
admin-mail-kind-overdue-acknowledge = เลยกำหนดตอบรับเรื่อง
admin-mail-kind-overdue-answer = เลยกำหนดให้คำตอบ
admin-mail-kind-complaint-acknowledged = ตอบรับเรื่องร้องเรียนแล้ว (ถึงแรงงาน)
admin-mail-kind-complaint-resolved = เรื่องร้องเรียนได้ข้อยุติ (ถึงแรงงาน)
admin-mail-kind-review-approved = รีวิวเผยแพร่แล้ว (ถึงผู้เขียน)
admin-mail-kind-review-rejected = รีวิวไม่ได้เผยแพร่ (ถึงผู้เขียน)
admin-mail-kind-digest = สรุปประจำวัน

## Watchlists

admin-mail-kind-watch-summary = สรุปรายการเฝ้าดูประจำสัปดาห์
mail-watch-summary-subject = สรุปรายการเฝ้าดูประจำสัปดาห์ของคุณ
mail-watch-summary-body = สิ่งที่เปลี่ยนแปลงในสัปดาห์นี้เกี่ยวกับบริษัทจัดหางานที่คุณเฝ้าดู:
mail-watch-line = { $recruiter }: { $changes }
mail-watch-reviews = { $count ->
   *[other] รีวิวใหม่ { $count } รายการ
}
mail-watch-rating = คะแนน { $from } → { $to }
mail-watch-rating-new = คะแนนตอนนี้ { $to }
mail-watch-complaints = เรื่องร้องเรียนใหม่ { $count } เรื่อง
mail-watch-complaints-few = เรื่องร้องเรียนใหม่น้อยกว่า 5 เรื่อง
watchlist-title = รายการเฝ้าดู
watchlist-heading = รายการเฝ้าดูของฉัน
watchlist-intro = บริษัทจัดหางานที่คุณติดตาม สัปดาห์ละครั้ง คุณจะได้รับอีเมลหนึ่งฉบับที่บอกว่ามีอะไรเปลี่ยนแปลงเกี่ยวกับบริษัทเหล่านี้: รีวิวใหม่ คะแนน ใบอนุญาต เรื่องร้องเรียนใหม่ (เฉพาะจำนวน ไม่เคยบอกว่าใคร)
watchlist-empty = คุณยังไม่ได้เฝ้าดูบริษัทจัดหางานใด
watchlist-reviews = { $count ->
   *[other] { $count } รีวิว
}
watchlist-rating = คะแนน { $rating } จาก 5
watchlist-rating-few = รีวิวน้อยเกินไปที่จะให้คะแนน
watchlist-remove = เลิกเฝ้าดู
watchlist-add-heading = เฝ้าดูบริษัทจัดหางาน
watchlist-add-label = เลขที่ใบอนุญาตหรือรหัส FairRecruit
watchlist-add-hint = เลขที่ใบอนุญาตตามที่อยู่ในทำเนียบ หรือรหัสที่อยู่ท้ายที่อยู่หน้าเว็บของบริษัทจัดหางาน ได้สูงสุด { $max } บริษัท
watchlist-add-submit = เฝ้าดู
watchlist-added = เพิ่มในรายการเฝ้าดูของคุณแล้ว
watchlist-removed = ลบออกจากรายการเฝ้าดูของคุณแล้ว
error-watch-recruiter = ไม่มีบริษัทจัดหางานในทำเนียบที่มีเลขที่ใบอนุญาตหรือรหัสนี้
error-watch-limit = รายการเฝ้าดูของคุณเต็มแล้ว เลิกเฝ้าดูบริษัทหนึ่งก่อนจึงจะเพิ่มบริษัทอื่นได้
recruiter-watch-link = สำหรับสหภาพแรงงานและพนักงานตรวจแรงงาน: เพิ่มบริษัทจัดหางานนี้ในรายการเฝ้าดูของคุณ

mail-password-reset-subject = ตั้งรหัสผ่าน FairRecruit ใหม่
mail-password-reset-body = มีผู้ขอตั้งรหัสผ่านใหม่สำหรับบัญชี FairRecruit ของคุณ ซึ่งเราหวังว่าเป็นคุณ ลิงก์ด้านล่างใช้ได้ครั้งเดียว ภายใน 30 นาที ถ้าไม่ใช่คุณ ไม่ต้องทำอะไร: รหัสผ่านของคุณจะยังเหมือนเดิม
admin-mail-kind-password-reset = ลิงก์ตั้งรหัสผ่านใหม่ (ถึงเจ้าหน้าที่)

mail-second-factor-reset-subject = การเข้าสู่ระบบสองขั้นตอนของบัญชี FairRecruit ของคุณถูกรีเซ็ตแล้ว
mail-second-factor-reset-body = ผู้ดูแลระบบได้รีเซ็ตการเข้าสู่ระบบสองขั้นตอนของบัญชี FairRecruit ของคุณ และทำให้คุณออกจากระบบในทุกอุปกรณ์ เมื่อเข้าสู่ระบบครั้งถัดไป ให้ตั้งค่าแอปยืนยันตัวตนอีกครั้ง ถ้าคุณไม่ได้ขอเรื่องนี้ ให้แจ้งผู้ดูแลระบบของคุณทันที
admin-mail-kind-second-factor-reset = รีเซ็ตการเข้าสู่ระบบสองขั้นตอน (ถึงเจ้าหน้าที่)
admin-mail-kind-webhook-acknowledged = เว็บฮุกสถานะ: รับเรื่องแล้ว (ถึงพันธมิตรรับเรื่อง)
admin-mail-kind-webhook-question = เว็บฮุกสถานะ: ข้อความถึงแรงงาน (ถึงพันธมิตรรับเรื่อง)
admin-mail-kind-webhook-resolved = เว็บฮุกสถานะ: แก้ไขแล้ว (ถึงพันธมิตรรับเรื่อง)
admin-mail-kind-webhook-closed = เว็บฮุกสถานะ: ปิดแล้ว (ถึงพันธมิตรรับเรื่อง)
