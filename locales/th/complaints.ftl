# Language: Thai (th). Review: machine-drafted, not yet reviewed by a native speaker.
# Complaints: intake, receipts, following a complaint, and the staff's cases.

## The intake form

complaint-new-title = ยื่นเรื่องร้องเรียน
complaint-new-heading = ยื่นเรื่องร้องเรียนแบบเป็นความลับ
complaint-new-intro = เล่าให้เราฟังว่าเกิดอะไรขึ้น เราจะส่งเรื่องไปเฉพาะองค์กรที่คุณเลือก ในประเทศที่อยู่บนเส้นทางการเดินทางของคุณเท่านั้น ต้องกรอกแค่บริษัทจัดหางานและสองประเทศ
complaint-new-safety = คุณไม่ต้องให้ชื่อ อีเมล หรือเบอร์โทรศัพท์ เราไม่เคยถามเรื่องสถานะการเข้าเมืองของคุณ และไม่เคยส่งข้อมูลใด ๆ ให้หน่วยงานตรวจคนเข้าเมือง
complaint-section-recruiter = ใครจัดหางานให้คุณ
complaint-about = เกี่ยวกับ:
complaint-recruiter-hint = ค้นหาบริษัทในทำเนียบ แล้วเลือก "ยื่นเรื่องร้องเรียนแบบเป็นความลับเกี่ยวกับบริษัทจัดหางานนี้" ที่หน้านั้น หรือเขียนชื่อตัวแทนหรือนายหน้าด้านล่าง
complaint-recruiter-find = ค้นหาในทำเนียบ
complaint-recruiter-link = ยื่นเรื่องร้องเรียนแบบเป็นความลับเกี่ยวกับบริษัทจัดหางานนี้
complaint-field-sub-agent = ชื่อตัวแทนหรือนายหน้า
complaint-sub-agent-hint = คนกลางที่ไม่มีใบอนุญาต เช่น นายหน้าในหมู่บ้าน เขียนชื่อตามที่คุณรู้จัก
complaint-field-sub-agent-country = ประเทศที่ตัวแทนคนนี้ทำงาน
complaint-choose = — เลือก —
complaint-section-journey = การเดินทางของคุณ
complaint-field-origin = ประเทศที่คุณเดินทางออกมา
complaint-field-destination = ประเทศที่คุณไป (หรือกำลังจะไป)
complaint-field-stage = ตอนนี้คุณอยู่ที่ไหน
complaint-field-sector = ประเภทงาน
complaint-field-occupation = ตำแหน่งงานของคุณ
complaint-field-departure-year = ปีที่คุณเดินทาง (ค.ศ.)
complaint-section-danger = ความปลอดภัยของคุณ
complaint-field-in-danger = ตอนนี้ฉันตกอยู่ในอันตราย
complaint-in-danger-hint = เลือกช่องนี้ถ้าคุณหรือคนอื่นเสี่ยงที่จะได้รับอันตรายตอนนี้ เรื่องร้องเรียนแบบนี้จะถูกอ่านก่อน ในกรณีฉุกเฉิน ให้โทรหาหมายเลขฉุกเฉินในพื้นที่ด้วย
complaint-field-workers = เรื่องนี้กระทบแรงงานกี่คน รวมตัวคุณด้วย
complaint-section-issues = เกิดอะไรขึ้น
complaint-issues-hint = เลือกทุกข้อที่ตรงกับคุณ จะไม่เลือกเลยแล้วเขียนเล่าอย่างเดียวก็ได้
complaint-field-description = เล่าด้วยคำพูดของคุณเอง
complaint-description-hint = เกิดอะไรขึ้น เมื่อไร และใครเกี่ยวข้อง อย่าเขียนสิ่งที่คุณไม่อยากให้องค์กรเหล่านั้นอ่าน
complaint-section-money = เงิน
complaint-money-hint = ใส่จำนวนเงินเป็นตัวเลข เช่น 1500 หรือ 1500.50
complaint-field-fee = ค่าธรรมเนียมที่คุณจ่ายเพื่อให้ได้งาน
complaint-field-currency = สกุลเงิน
complaint-field-promised-wage = ค่าจ้างต่อเดือนที่ได้รับสัญญาไว้
complaint-field-actual-wage = ค่าจ้างต่อเดือนที่คุณได้รับในเดือนแรก
complaint-field-wage-currency = สกุลเงินของค่าจ้าง
complaint-field-visa-type = ประเภทวีซ่า
complaint-costs-hint = คุณจ่ายเงินค่าอะไรบ้าง เลือกค่าใช้จ่ายทุกประเภทที่จ่าย
complaint-field-lender = คุณกู้เงินมาจ่ายไหม กู้จากใคร
complaint-lender-none = ฉันไม่ได้กู้
complaint-section-remedy = สิ่งที่คุณต้องการ
complaint-section-consent = ใครรับเรื่องร้องเรียนของคุณได้บ้าง
complaint-consent-hint = เรื่องร้องเรียนของคุณจะถูกส่งไปเฉพาะองค์กรประเภทที่คุณเลือก และเฉพาะองค์กรที่ดูแลประเทศของคุณเท่านั้น
complaint-share-labour-inspectorate = หน่วยงานตรวจแรงงาน (ภาครัฐ ในประเทศที่ทำงาน)
complaint-share-origin-authority = หน่วยงานกำกับการจัดหางาน (ภาครัฐ ในประเทศบ้านเกิดของคุณ)
complaint-share-trade-union = สหภาพแรงงาน
complaint-share-legal-aid = องค์กรช่วยเหลือทางกฎหมาย
complaint-no-immigration = ไม่มีองค์กรใดในนี้ที่บังคับใช้กฎหมายตรวจคนเข้าเมือง
complaint-section-contact = เราติดต่อคุณได้อย่างไร
complaint-account-hint = "บัญชีของฉัน" จะเชื่อมเรื่องร้องเรียนนี้กับบัญชีที่คุณเข้าสู่ระบบอยู่ เลือก "เฉพาะเลขรับเรื่องของฉัน" เพื่อไม่เปิดเผยตัวตน: แล้วจะไม่มีอะไรเชื่อมเรื่องนี้กับบัญชีของคุณ
complaint-field-contact = ช่องทางติดต่อที่คุณเลือก (โทรศัพท์ WhatsApp อีเมล หรือบุคคล)
complaint-contact-hint = เฉพาะเมื่อคุณเลือก "ช่องทางติดต่อที่ฉันเลือก" ให้ใช้ช่องทางที่ปลอดภัยสำหรับคุณ
complaint-field-safe-times = เวลาที่ปลอดภัยในการติดต่อคุณ
complaint-contact-consent = ใครดูช่องทางติดต่อนี้ได้ (เฉพาะองค์กรที่ได้รับเรื่องร้องเรียนนี้ด้วย):
complaint-section-behalf = ยื่นเรื่องแทนแรงงาน
complaint-field-behalf-consent = แรงงานยินยอมให้ฉันยื่นเรื่องร้องเรียนนี้แทน และยินยอมตามตัวเลือกด้านบน
complaint-submit = ส่งเรื่องร้องเรียน
complaint-contact-receipt_only = เฉพาะเลขรับเรื่องของฉัน (ไม่เปิดเผยตัวตน)
complaint-contact-account = บัญชีของฉัน
complaint-contact-contact = ช่องทางติดต่อที่ฉันเลือก

## What went wrong: the ILO indicators of forced labour, then recruitment abuses

complaint-issue-abuse_of_vulnerability = มีคนฉวยโอกาสจากสถานการณ์ที่ยากลำบากของฉัน
complaint-issue-deception = ฉันถูกหลอกหรือถูกโกหก
complaint-issue-restriction_of_movement = ฉันไม่มีอิสระที่จะออกไปข้างนอกหรือออกจากที่นี่
complaint-issue-isolation = ฉันถูกกันไม่ให้พบคนอื่น
complaint-issue-physical_sexual_violence = ความรุนแรงทางร่างกายหรือทางเพศ
complaint-issue-intimidation_threats = การข่มขู่หรือทำให้หวาดกลัว
complaint-issue-retention_of_documents = หนังสือเดินทางหรือบัตรประจำตัวของฉันถูกยึดไว้
complaint-issue-withholding_of_wages = ค่าจ้างของฉันถูกกักไว้
complaint-issue-debt_bondage = ฉันต้องทำงานใช้หนี้
complaint-issue-abusive_conditions = สภาพการทำงานหรือความเป็นอยู่แย่มาก
complaint-issue-excessive_overtime = ต้องทำงานหลายชั่วโมงเกินไปมาก
complaint-issue-fees_charged = ฉันจ่ายค่าธรรมเนียมเพื่อให้ได้งาน
complaint-issue-job_deception = งานหรือค่าจ้างไม่ตรงตามที่สัญญาไว้
complaint-issue-contract_substitution = สัญญาจ้างของฉันถูกเปลี่ยนเป็นฉบับอื่น
complaint-issue-no_contract = ไม่มีสัญญาจ้าง หรือมีแต่ฉันอ่านไม่เข้าใจ
complaint-issue-documents_retained = บริษัทจัดหางานยึดเอกสารของฉันไว้
complaint-issue-wages_unpaid = ไม่ได้รับค่าจ้าง
complaint-issue-discrimination = การเลือกปฏิบัติ
complaint-issue-harassment = การคุกคาม
complaint-issue-unlicensed_recruiter = บริษัทจัดหางานไม่มีใบอนุญาต
complaint-stage-before_departure = ยังอยู่บ้าน ก่อนเดินทาง
complaint-stage-in_transit = อยู่ระหว่างการเดินทาง
complaint-stage-at_destination = อยู่ในประเทศที่ทำงาน
complaint-stage-returned = กลับบ้านแล้ว
complaint-remedy-refund = ได้เงินของฉันคืน
complaint-remedy-unpaid_wages = ได้ค่าจ้างที่ค้างจ่าย
complaint-remedy-documents_returned = ได้เอกสารของฉันคืน
complaint-remedy-repatriation = ได้กลับบ้าน
complaint-remedy-change_of_employer = ได้เปลี่ยนนายจ้าง
complaint-remedy-other = อย่างอื่น

## The receipt

receipt-title = เลขรับเรื่องของคุณ
receipt-heading = เราได้รับเรื่องร้องเรียนของคุณแล้ว
receipt-intro = นี่คือเลขรับเรื่องของคุณ:
receipt-once = เราแสดงเลขนี้เพียงครั้งเดียว ตอนนี้เท่านั้น เราไม่ได้เก็บเลขนี้ไว้และส่งให้อีกไม่ได้ ถ้าไม่มีเลขนี้ จะไม่มีใครหาเรื่องร้องเรียนของคุณเจอ แม้แต่ตัวคุณเอง
receipt-how-write = จดไว้หรือถ่ายรูปไว้ แล้วเก็บไว้ในที่ปลอดภัย
receipt-how-track = หากต้องการดูความคืบหน้า ตอบคำถาม หรือถอนเรื่อง ให้ใส่เลขนี้ที่
receipt-how-safe = ใครก็ตามที่มีเลขนี้ อ่านคำตอบของเรื่องร้องเรียนของคุณได้: อย่าให้คนอื่นรู้
receipt-behalf = ให้เลขนี้กับแรงงานอย่างปลอดภัย
receipt-routed = { $count ->
   *[other] ส่งเรื่องไปยังองค์กร { $count } แห่งแล้ว
}
receipt-unrouted = ยังไม่มีองค์กรที่ดูแลประเทศของคุณเข้าร่วม เราเก็บเรื่องร้องเรียนของคุณไว้ และผู้ดูแลระบบของเรากำลังหาองค์กรอยู่ กลับมาตรวจดูอีกครั้งด้วยเลขรับเรื่องของคุณ

## Following a complaint

track-title = ติดตามเรื่องร้องเรียนของคุณ
track-heading = ติดตามเรื่องร้องเรียนของคุณ
track-intro = ใส่เลขรับเรื่อง 16 หลักที่คุณได้รับตอนยื่นเรื่องร้องเรียน
track-field-receipt = เลขรับเรื่อง
track-submit = แสดงเรื่องร้องเรียนของฉัน
track-lost = เราไม่ได้เก็บสำเนาเลขรับเรื่องไว้ ถ้าเลขรับเรื่องหายจึงกู้คืนไม่ได้ คุณยื่นเรื่องร้องเรียนใหม่ได้
track-received = ได้รับเมื่อ { $day }
track-is-withdrawn = คุณถอนเรื่องร้องเรียนนี้แล้ว
track-no-referrals = เรื่องนี้ยังไม่ถึงองค์กรใด เรากำลังหาองค์กรที่ดูแลประเทศของคุณ
track-kind = ประเภท
track-status = สถานะ
track-opened = องค์กรได้รับเมื่อ
track-outcome = ผลลัพธ์
track-question-waiting = องค์กรนี้กำลังรอคำตอบจากคุณ
track-from-you = คุณ
track-from-staff = องค์กร
track-answer = คำตอบของคุณ
track-add-information = เพิ่มข้อมูล
track-send = ส่ง
track-message-sent = ส่งข้อความของคุณแล้ว
track-withdrawn = ถอนเรื่องร้องเรียนของคุณแล้ว องค์กรต่าง ๆ ได้รับแจ้งแล้ว
track-withdraw-heading = ถอนเรื่องร้องเรียน
track-withdraw-hint = ถ้าคุณถอนเรื่อง ทุกองค์กรจะปิดเรื่องร้องเรียนของคุณ และยกเลิกการถอนไม่ได้
track-withdraw-confirm = ใช่ ฉันต้องการถอนเรื่องร้องเรียนของฉัน
track-withdraw-submit = ถอนเรื่อง
track-linked-heading = เรื่องร้องเรียนที่เชื่อมกับบัญชีของคุณ
track-linked-hint = คุณเลือกเชื่อมเรื่องเหล่านี้กับบัญชีของคุณ หากต้องการตอบหรือถอนเรื่อง ให้ใส่เลขรับเรื่องด้านบน

## Referral statuses, priorities, outcomes

case-status-new = ใหม่
case-status-acknowledged = ตอบรับเรื่องแล้ว
case-status-investigating = กำลังสอบสวน
case-status-awaiting_worker = รอแรงงานตอบ
case-status-resolved = ได้ข้อยุติแล้ว
case-status-closed = ปิดเรื่องแล้ว
case-close-reason-out_of_jurisdiction = อยู่นอกความรับผิดชอบขององค์กรนี้
case-close-reason-unfounded = ข้อเท็จจริงที่พบไม่สนับสนุนเรื่องร้องเรียน
case-close-reason-withdrawn = แรงงานถอนเรื่อง
case-remedy-money_recovered = ได้เงินคืน
case-remedy-documents_returned = ได้เอกสารคืน
case-remedy-licence_action = ดำเนินการกับใบอนุญาตของบริษัทจัดหางาน
case-remedy-prosecution_referral = ส่งเรื่องเพื่อดำเนินคดี
case-remedy-other = การเยียวยาอื่น
case-money-recovered = ได้คืน { $amount }
case-priority-urgent = เร่งด่วน
case-priority-high = สูง
case-priority-normal = ปกติ
case-priority-low = ต่ำ
case-action-acknowledge = ตอบรับเรื่อง
case-action-investigate = เริ่มสอบสวน
case-action-ask_worker = ถามแรงงาน (ส่งข้อความก่อน)
case-action-resume = สอบสวนต่อ
case-action-resolve = ยุติเรื่องพร้อมผลลัพธ์
case-action-close = ปิดเรื่องพร้อมเหตุผล

## Staff: the queue

inspect-title = เรื่องร้องเรียน
inspect-heading = เรื่องร้องเรียนขององค์กรคุณ
inspect-filter-status = สถานะ
inspect-filter-priority = ลำดับความสำคัญ
inspect-filter-country = ประเทศ (ต้นทางหรือปลายทาง)
inspect-filter-recruiter = รหัสบริษัทจัดหางาน
inspect-filter-overdue = เฉพาะเรื่องที่เกินกำหนด
inspect-filter-submit = กรอง
inspect-status-open = เรื่องที่เปิดอยู่
inspect-status-all = เรื่องทั้งหมด
inspect-priority-any = ทุกระดับความสำคัญ
inspect-country-any = ทุกประเทศ
inspect-escalations-heading = เรื่องที่ยกระดับ (สำหรับหัวหน้า)
inspect-escalations-none = ไม่มีเรื่องที่เกินกำหนด
inspect-escalation-acknowledge = ไม่ได้ตอบรับเรื่องภายในกำหนด
inspect-escalation-answer = ไม่ได้ให้คำตอบภายในกำหนด
inspect-queue-heading = คิว: เรื่องเร่งด่วนที่สุดก่อน แล้วจึงเรื่องที่เก่าที่สุด
inspect-empty = ไม่มีเรื่องที่ตรงกัน
inspect-same-recruiter = ทุกเรื่องเกี่ยวกับบริษัทจัดหางานนี้

## Staff: one case

case-title = เรื่องเลขที่ { $id }
case-back = กลับไปที่รายการเรื่อง
case-saved = บันทึกแล้ว
case-withdrawn = แรงงานถอนเรื่องร้องเรียนนี้แล้ว
case-on-behalf = ยื่นโดยเจ้าหน้าที่ดูแลรายกรณีแทนแรงงาน โดยได้รับความยินยอมจากแรงงาน
case-recruiter-profile = ข้อมูลบริษัทจัดหางาน
case-in-danger = ตกอยู่ในอันตรายตอนนี้
case-overdue = เกินกำหนด
case-sub-agent = ตัวแทนที่ไม่มีใบอนุญาต
case-priority = ลำดับความสำคัญ
case-priority-overridden = (กำหนดโดยเจ้าหน้าที่)
case-status = สถานะ
case-collective = เรื่องร้องเรียนแบบกลุ่ม
case-facts-heading = เรื่องร้องเรียน
case-fact-received = ได้รับเมื่อ
case-fact-corridor = เส้นทางย้ายถิ่น
case-fact-workers = จำนวนแรงงานที่ได้รับผลกระทบ
case-fact-acknowledge-by = ตอบรับเรื่องภายใน
case-fact-answer-by = ให้คำตอบภายใน
case-fact-licensing-country = ประเทศที่ออกใบอนุญาต
case-fact-sector = ประเภทกิจการ
case-fact-occupation = อาชีพ
case-fact-departure-year = ปีที่เดินทาง
case-fact-stage = ที่ที่แรงงานอยู่ตอนนี้
case-fact-fee = ค่าธรรมเนียมที่จ่ายเพื่อให้ได้งาน
case-fact-promised-wage = ค่าจ้างต่อเดือนที่สัญญาไว้
case-fact-actual-wage = ค่าจ้างที่ได้รับในเดือนแรก
case-fact-issues = เกิดอะไรขึ้น
case-fact-remedies = สิ่งที่แรงงานต้องการ
case-fact-description = คำบอกเล่าของแรงงาน
case-fact-contact = ช่องทางติดต่อที่แรงงานเลือก
case-fact-safe-times = เวลาที่ปลอดภัยในการติดต่อ
case-fact-costs = ค่าใช้จ่ายที่จ่ายไป
case-fact-loan = เงินกู้ที่ใช้จ่าย
case-fact-visa-type = ประเภทวีซ่า
case-contact-heading = การติดต่อ
case-contact-withheld = แรงงานให้ช่องทางติดต่อไว้ แต่ไม่อนุญาตให้องค์กรประเภทของคุณเห็น เขียนถึงแรงงานผ่านข้อความด้านล่าง: แรงงานอ่านข้อความได้ด้วยเลขรับเรื่อง
case-contact-none = แรงงานติดตามเรื่องร้องเรียนด้วยเลขรับเรื่องเท่านั้น เขียนถึงแรงงานผ่านข้อความด้านล่าง
case-collective-heading = เรื่องร้องเรียนแบบกลุ่ม
case-collective-member = เป็นส่วนหนึ่งของเรื่องร้องเรียนแบบกลุ่ม { $id }:
case-same-recruiter = { $count ->
    [0] ไม่มีเรื่องอื่นที่เปิดอยู่ที่นี่ซึ่งเกี่ยวกับบริษัทจัดหางานนี้
   *[other] มีเรื่องอื่นที่เปิดอยู่ที่นี่ { $count } เรื่อง ซึ่งเกี่ยวกับบริษัทจัดหางานนี้
}
case-group-submit = รวมเป็นเรื่องร้องเรียนแบบกลุ่มเรื่องเดียว
case-actions-heading = ขั้นตอนถัดไป
case-field-action = ขั้นตอน
case-field-reason = เหตุผลหรือบันทึก (ต้องระบุเมื่อปิดเรื่อง)
case-field-priority-reason = เหตุผล (ต้องระบุ)
case-field-close-reason = เหตุผลที่ปิดเรื่อง
case-field-remedies = ผลลัพธ์: การเยียวยาที่ได้รับ
case-field-amount = เงินที่ได้คืน (จำนวน)
case-field-whole-group = ใช้กับทุกเรื่องในเรื่องร้องเรียนแบบกลุ่ม
case-action-submit = บันทึกขั้นตอนนี้
case-messages-heading = ข้อความและบันทึก
case-messages-none = ยังไม่มีข้อความ
case-note = บันทึกภายใน
case-from-worker = จากแรงงาน
case-to-worker = ถึงแรงงาน
case-field-message = ข้อความถึงแรงงาน
case-field-internal = บันทึกภายใน (แรงงานจะไม่เห็นเลย)
case-message-submit = ส่ง
case-priority-heading = เปลี่ยนลำดับความสำคัญ
case-priority-submit = เปลี่ยนลำดับความสำคัญ
case-refer-heading = ส่งต่อ
case-refer-hint = เปิดเรื่องที่องค์กรอื่น ระบบจะเสนอเฉพาะองค์กรประเภทที่แรงงานยินยอมเท่านั้น
case-field-organisation = องค์กร
case-refer-submit = ส่งต่อ
case-timeline-heading = ลำดับเหตุการณ์
case-step-opened = เปิดเรื่อง
case-step-referred-on = ส่งต่อไปยังองค์กรอื่น
case-step-priority = เปลี่ยนลำดับความสำคัญ
case-step-grouped = เพิ่มเข้าในเรื่องร้องเรียนแบบกลุ่ม
case-step-escalated = เลยกำหนดเวลา: แจ้งหัวหน้าแล้ว

## Administrators

unrouted-title = เรื่องร้องเรียนที่ยังไม่ได้ส่งต่อ
unrouted-heading = เรื่องร้องเรียนที่ไม่มีองค์กรใดได้รับ
unrouted-intro = เรื่องร้องเรียนเหล่านี้ไม่ตรงกับประเทศที่องค์กรใดดูแล ร่วมกับประเภทองค์กรที่แรงงานยินยอม ให้เพิ่มองค์กรที่ดูแลเรื่องเหล่านี้ เนื้อหาของเรื่องจะไม่แสดงที่นี่
unrouted-none = ทุกเรื่องร้องเรียนถึงองค์กรแล้ว
unrouted-recruiter = บริษัทจัดหางาน
unrouted-kinds = ประเภทที่ยินยอม
unrouted-count = เรื่องร้องเรียนที่ยังไม่ได้ส่งต่อ
unrouted-route-hint = หลังจากเพิ่มองค์กรที่ดูแลเรื่องเหล่านี้แล้ว ให้ส่งต่อเรื่องร้องเรียนที่รออยู่อีกครั้ง
unrouted-route-submit = ส่งต่อเรื่องร้องเรียนที่รออยู่อีกครั้ง
unrouted-routed = { $count ->
   *[other] เรื่องร้องเรียน { $count } เรื่องถึงองค์กรแล้ว
}

## Errors

error-complaint-recruiter-required = เลือกบริษัทจัดหางานในทำเนียบ หรือเขียนชื่อตัวแทนหรือนายหน้า
error-complaint-recruiter-both = ระบุบริษัทจัดหางานจากทำเนียบ หรือชื่อตัวแทน อย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสองอย่าง
error-complaint-recruiter-unknown = เราไม่พบบริษัทจัดหางานนั้นในทำเนียบ
error-complaint-country-required = เลือกประเทศ
error-complaint-corridor-same = สองประเทศต้องไม่ใช่ประเทศเดียวกัน
error-complaint-year = ระบุปี ค.ศ. เช่น 2024
error-complaint-workers = ระบุจำนวนแรงงานตั้งแต่ 1 ถึง 100,000
error-complaint-lender = เลือกว่าใครให้กู้เงิน หรือเว้นช่องดอกเบี้ยว่างไว้
error-complaint-consent-required = เลือกองค์กรอย่างน้อยหนึ่งประเภทที่รับเรื่องร้องเรียนของคุณได้
error-complaint-contact-consent = ช่องทางติดต่อของคุณส่งได้เฉพาะองค์กรที่ได้รับเรื่องร้องเรียนนี้ด้วยเท่านั้น
error-complaint-contact-consent-required = เลือกว่าใครดูช่องทางติดต่อของคุณได้
error-complaint-contact-required = เขียนช่องทางที่คุณต้องการให้ติดต่อ หรือเลือก "เฉพาะเลขรับเรื่องของฉัน"
error-complaint-account-needed = เข้าสู่ระบบเพื่อเชื่อมเรื่องร้องเรียนกับบัญชีของคุณ หรือเลือก "เฉพาะเลขรับเรื่องของฉัน"
error-complaint-behalf-consent = ยืนยันว่าแรงงานยินยอมให้คุณยื่นเรื่องแทน
error-track-receipt-format = เลขรับเรื่องมี 16 หลัก เช่น 1234-5678-9012-3456
error-track-receipt-unknown = ไม่มีเรื่องร้องเรียนที่ใช้เลขรับเรื่องนี้ ตรวจตัวเลขแล้วลองใหม่
error-track-referral = นี่ไม่ใช่องค์กรที่ได้รับเรื่องร้องเรียนของคุณ
error-track-referral-closed = องค์กรนี้ปิดเรื่องร้องเรียนของคุณแล้ว จึงรับข้อความไม่ได้
error-track-withdraw-confirm = เลือกช่องเพื่อยืนยันว่าคุณต้องการถอนเรื่อง
error-case-transition = ทำขั้นตอนนี้ไม่ได้จากสถานะปัจจุบันของเรื่อง
error-case-action-unknown = เลือกขั้นตอนจากรายการ
error-case-close-reason = เลือกเหตุผลที่ปิดเรื่อง
error-case-reason-required = เขียนเหตุผล
error-case-outcome-required = เลือกการเยียวยาที่ได้รับอย่างน้อยหนึ่งรายการ
error-case-money-required = ระบุจำนวนเงินและสกุลเงินของเงินที่ได้คืน
error-case-money-unexpected = ใส่จำนวนเงินได้เฉพาะกับ "ได้เงินคืน" เท่านั้น
error-case-message-required = เขียนข้อความ
error-case-priority = เลือกลำดับความสำคัญจากรายการ
error-case-refer-self = เรื่องนี้อยู่ที่องค์กรนี้อยู่แล้ว
error-case-refer-consent = แรงงานไม่ได้ยินยอมให้ส่งเรื่องร้องเรียนให้องค์กรประเภทนี้
error-case-refer-coverage = องค์กรนี้ไม่ได้ทำงานในประเทศของเรื่องร้องเรียนนี้
error-case-refer-exists = องค์กรนี้มีเรื่องร้องเรียนนี้อยู่แล้ว
error-case-group-alone = ไม่มีเรื่องอื่นที่เปิดอยู่ที่นี่ซึ่งเกี่ยวกับบริษัทจัดหางานนี้
error-case-filter = ตัวกรองมีค่าที่เราไม่รู้จัก

## Evidence (photos, documents, voice notes)
evidence-heading = รูปภาพ เอกสาร และข้อความเสียง
evidence-hint = เพิ่มรูปสัญญาจ้าง ใบเสร็จค่าธรรมเนียม สลิปเงินเดือน หรือข้อความจากบริษัทจัดหางาน ไฟล์ PDF หรือข้อความเสียง ข้อมูลตำแหน่งที่ตั้งและรายละเอียดของโทรศัพท์จะถูกลบออกจากรูปภาพ
evidence-field-files = ไฟล์
evidence-files-hint = รูปภาพ (JPEG, PNG, WebP), PDF หรือข้อความเสียง (MP3, Ogg, M4A, AMR) ส่งได้หลายไฟล์พร้อมกัน
evidence-field-share = ใครดูไฟล์เหล่านี้ได้
evidence-submit = ส่งไฟล์
evidence-sent = เพิ่มไฟล์ของคุณเข้าในเรื่องร้องเรียนแล้ว
evidence-location-removed = ลบข้อมูลตำแหน่งที่ตั้งและรายละเอียดของโทรศัพท์ออกจากรูปภาพของคุณแล้ว
evidence-choose-again = ยังไม่ได้ส่งอะไรไป เลือกไฟล์อีกครั้ง: เบราว์เซอร์ไม่ได้เก็บไฟล์ไว้
evidence-kind-photo = รูปภาพ
evidence-kind-document = เอกสาร
evidence-kind-voice = ข้อความเสียง
evidence-size-kb = { $count } KB
error-evidence-type = ไม่รับไฟล์ประเภทนี้ ส่งรูปภาพ (JPEG, PNG, WebP) เอกสาร PDF หรือข้อความเสียง (MP3, Ogg, M4A, AMR)
error-evidence-unreadable = อ่านไฟล์หนึ่งไม่ได้: ไฟล์อาจเสีย ไม่ครบ หรือถูกล็อกด้วยรหัสผ่าน
error-evidence-pixels = รูปภาพหนึ่งใหญ่เกินไป ส่งรูปที่เล็กกว่านี้
error-evidence-too-large = ไฟล์หนึ่งใหญ่เกินกว่าที่อนุญาต ส่งไฟล์ที่เล็กกว่านี้
error-evidence-too-many = ไฟล์มากเกินไปในครั้งเดียว แบ่งส่งหลายครั้ง
error-evidence-none = เลือกไฟล์อย่างน้อยหนึ่งไฟล์
error-evidence-share = เลือกว่าใครดูไฟล์ได้ จากองค์กรที่ได้รับเรื่องร้องเรียนของคุณ
error-evidence-complaint-full = เรื่องร้องเรียนนี้เก็บไฟล์ได้เต็มแล้ว ส่งเฉพาะไฟล์ที่สำคัญที่สุด
error-evidence-truncated = การอัปโหลดถูกตัดขาด ลองใหม่
evidence-from-staff = องค์กรส่งให้คุณ
evidence-sent-by-you = ส่งโดยองค์กรของคุณ
evidence-staff-field = ส่งไฟล์ให้แรงงาน
evidence-staff-hint = แบบฟอร์ม คำวินิจฉัย หรือจดหมาย แรงงานเปิดไฟล์ได้ด้วยเลขรับเรื่อง องค์กรอื่นจะไม่เห็นไฟล์เหล่านี้ ข้อมูลตำแหน่งที่ตั้งจะถูกลบออกจากรูปภาพ
evidence-staff-submit = ส่งให้แรงงาน
error-webhook-url-malformed = กรอกที่อยู่เว็บแบบเต็ม (https://…) ไม่เกิน 2,000 ตัวอักษร โดยไม่มีชื่อผู้ใช้หรือรหัสผ่าน
error-webhook-url-not-https = ที่อยู่ต้องขึ้นต้นด้วย https://
error-webhook-url-private = ที่อยู่นี้ชี้ไปยังเครือข่ายส่วนตัว ภายใน หรือสงวนไว้ โปรดใช้ที่อยู่บนอินเทอร์เน็ตสาธารณะ
error-webhook-url-unresolved = ไม่พบชื่อโฮสต์ของที่อยู่นี้ โปรดตรวจสอบการสะกด
