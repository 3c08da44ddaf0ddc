# Language: Thai (th). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: interface messages. Every key exists in every locale.

language-autonym = ไทย
site-name = FairRecruit

## Page frame
nav-label = เมนูหลัก
nav-skip-to-content = ข้ามไปที่เนื้อหา
nav-recruiters = บริษัทจัดหางาน
nav-rights = สิทธิของคุณ
language-switcher-label = ภาษา
footer-free = แรงงานใช้ FairRecruit ได้ฟรี คุณไม่ต้องบอกชื่อของคุณเลย
footer-privacy = เราไม่เก็บที่อยู่ IP ของคุณไว้กับสิ่งใดที่คุณส่งมา

## Home
home-title = ตรวจสอบบริษัทจัดหางานก่อนจ่ายเงิน
home-heading = ตรวจสอบบริษัทจัดหางานก่อนจ่ายเงินให้ใคร
home-lead = ค้นหาบริษัทจัดหางาน: ใบอนุญาตยังใช้ได้ไหม ส่งแรงงานไปที่ไหน และคนอื่นที่ใช้บริษัทนี้เจออะไรมาบ้าง
home-directory-size = { $count ->
    [0] ยังไม่มีบริษัทจัดหางานในรายชื่อ
   *[other] มีบริษัทจัดหางาน { $count } แห่งในรายชื่อ
}
home-what-heading = FairRecruit มีไว้ทำอะไร
home-what-lookup = ค้นหาในรายชื่อใบอนุญาตของบริษัทจัดหางาน ด้วยชื่อหรือเลขที่ใบอนุญาต
home-what-review = บอกแรงงานคนอื่นว่าคุณจ่ายเงินไปเท่าไร และได้รับการปฏิบัติอย่างไร
home-what-complain = ร้องเรียน โดยไม่บอกชื่อก็ได้ถ้าคุณต้องการ แล้วติดตามเรื่องด้วยเลขรับเรื่อง
home-free = ใช้ FairRecruit ได้ฟรี ตามมาตรฐานสากล นายจ้างควรเป็นผู้จ่ายค่าใช้จ่ายในการจัดหางานให้คุณ ไม่ใช่ตัวคุณ
home-rights-link = รู้สิทธิของคุณ: ใครควรเป็นผู้จ่ายค่าจัดหางาน

## Search
search-label = ชื่อบริษัทจัดหางานหรือเลขที่ใบอนุญาต
search-placeholder = เช่น Himalaya หรือ 1234/071
search-button = ค้นหา
filters-heading = ตัวกรอง
filter-licensing-country = ประเทศที่ออกใบอนุญาต
filter-destination = ส่งแรงงานไปที่
filter-status = สถานะใบอนุญาต
filter-any-country = ทุกประเทศ
filter-any-status = ทุกสถานะ
results-title = บริษัทจัดหางาน
results-heading = ค้นหาบริษัทจัดหางาน
results-none = ไม่พบบริษัทจัดหางานที่ตรงกับคำค้นของคุณ ลองตรวจตัวสะกด พิมพ์แค่บางส่วนของชื่อ หรือเอาตัวกรองออก
results-empty-directory = พิมพ์ชื่อหรือเลขที่ใบอนุญาต หรือเลือกประเทศ เพื่อดูรายชื่อบริษัทจัดหางาน
pager-label = หน้า
pager-previous = หน้าก่อนหน้า
pager-next = หน้าถัดไป
pager-page = หน้า { $page }

## Licence statuses
licence-status-active = ใบอนุญาตใช้ได้
licence-status-suspended = ใบอนุญาตถูกพัก
licence-status-revoked = ใบอนุญาตถูกเพิกถอน
licence-status-expired = ใบอนุญาตหมดอายุ

## Recruiter profile
recruiter-licence-status = สถานะใบอนุญาต
recruiter-licence-number = เลขที่ใบอนุญาต
recruiter-licensing-country = ได้รับใบอนุญาตใน
recruiter-address = ที่อยู่
recruiter-destinations = ส่งแรงงานไปที่
recruiter-destinations-none = ไม่ทราบ
recruiter-sub-agent = นายหน้า (ไม่มีใบอนุญาต)
recruiter-sub-agent-explained = แรงงานระบุว่าบุคคลหรือสำนักงานนี้เป็นคนกลาง (นายหน้า) ไม่มีรายชื่อใบอนุญาตใดที่มีชื่อนี้
recruiter-not-active-warning = ใบอนุญาตนี้ใช้ไม่ได้ บริษัทจัดหางานที่ไม่มีใบอนุญาตที่ใช้ได้ ไม่มีสิทธิ์จัดหาแรงงาน อย่าจ่ายเงินให้บริษัทนี้
recruiter-history-heading = ประวัติใบอนุญาต
recruiter-history-date = วันที่
recruiter-history-none = ไม่มีบันทึกการเปลี่ยนแปลงใบอนุญาต
recruiter-reviews-heading = แรงงานพูดถึงบริษัทนี้ว่าอย่างไร

## Know your rights
rights-title = สิทธิของคุณ
rights-heading = สิทธิของคุณเมื่อถูกจัดหาไปทำงานต่างประเทศ
rights-epp-heading = นายจ้างเป็นผู้จ่าย ไม่ใช่คุณ
rights-epp-body = ตามหลักการนายจ้างเป็นผู้จ่าย (Employer Pays Principle) แรงงานไม่ควรต้องจ่ายเงินเพื่อให้ได้งาน นายจ้างควรจ่ายค่าธรรมเนียมและค่าใช้จ่ายทุกอย่างในการจัดหางาน
rights-epp-c181 = อนุสัญญาองค์การแรงงานระหว่างประเทศ (ILO) ฉบับที่ 181 ข้อ 7: สำนักงานจัดหางานจะต้องไม่เรียกเก็บค่าธรรมเนียมหรือค่าใช้จ่ายใด ๆ จากคนงาน ไม่ว่าโดยทางตรงหรือทางอ้อม ทั้งหมดหรือบางส่วน
rights-fees-heading = อะไรบ้างที่นับเป็นค่าธรรมเนียมหรือค่าใช้จ่ายในการจัดหางาน
rights-fees-intro = ค่าบริการของบริษัทจัดหางานไม่ใช่สิ่งที่คุณต้องจ่ายเลย ไม่ว่าใครจะเป็นผู้เก็บ และเก็บเมื่อไร ILO ยังระบุค่าใช้จ่ายที่เกี่ยวข้องต่อไปนี้ ซึ่งนายจ้างควรเป็นผู้จ่าย:
rights-illegitimate = สินบน ส่วย เงินทอน เงินค้ำประกัน เงินมัดจำ และการเรียกเก็บเงินคืนค่าใช้จ่ายที่ผิดกฎหมาย ไม่อนุญาตเลย ไม่ว่ากับใคร
rights-documents-heading = หนังสือเดินทางเป็นของคุณ
rights-documents-body = ไม่มีใครมีสิทธิ์เก็บหนังสือเดินทางหรือบัตรประจำตัวของคุณไว้โดยที่คุณไม่ยินยอม ไม่ว่าจะเป็นบริษัทจัดหางานหรือนายจ้าง การยึดเอกสารเหล่านี้ไว้เป็นสัญญาณของแรงงานบังคับ
rights-contract-heading = สัญญาจ้างของคุณ
rights-contract-body = คุณควรได้รับสัญญาจ้างเป็นลายลักษณ์อักษรก่อนเดินทาง ในภาษาที่คุณเข้าใจ ถ้างาน ค่าจ้าง นายจ้าง หรือเวลาทำงานเปลี่ยนไปเมื่อคุณไปถึง นั่นคือการเปลี่ยนสัญญาจ้าง
rights-help-heading = ถ้ามีปัญหาเกิดขึ้น
rights-help-body = คุณร้องเรียนผ่าน FairRecruit ได้โดยไม่ต้องบอกชื่อ เรื่องร้องเรียนจะถูกส่งไปยังหน่วยงานที่ดำเนินการได้ ทั้งในประเทศต้นทางและประเทศปลายทางของคุณ
rights-not-legal-advice = หน้านี้อธิบายมาตรฐานสากลโดยย่อ ไม่ใช่คำแนะนำทางกฎหมาย

## Errors
error-go-home = ไปหน้าแรก
error-status = รหัสข้อผิดพลาด { $status }
error-invalid-input-title = คำขอมีบางอย่างไม่ถูกต้อง
error-invalid-input = ไม่เข้าใจคำขอนี้ ตรวจสิ่งที่คุณพิมพ์แล้วลองใหม่
error-not-found-title = ไม่พบหน้านี้
error-not-found = เราไม่พบหน้าหรือบริษัทจัดหางานนั้น ลิงก์อาจผิดหรือเก่าแล้ว
error-method-not-allowed-title = ไม่อนุญาต
error-method-not-allowed = ที่อยู่นี้ไม่รับคำขอแบบนั้น
error-payload-too-large-title = ข้อมูลมากเกินไป
error-payload-too-large = สิ่งที่ส่งมามีขนาดใหญ่เกินไป ส่งให้น้อยลงแล้วลองใหม่
error-request-timeout-title = ช้าเกินไป
error-request-timeout = สิ่งที่คุณส่งใช้เวลานานเกินไปกว่าจะมาถึง ตรวจการเชื่อมต่อแล้วส่งใหม่
error-service-unavailable-title = FairRecruit ใช้งานไม่ได้ชั่วคราว
error-service-unavailable = ตอนนี้เราเชื่อมต่อฐานข้อมูลไม่ได้ สิ่งที่คุณส่งมาไม่ได้หายไป โปรดลองใหม่ในอีกไม่กี่นาที
error-internal-title = เกิดข้อผิดพลาด
error-internal = เกิดข้อผิดพลาดที่ฝั่งของเรา โปรดลองใหม่ภายหลัง
error-query-too-long = คำค้นยาวเกินไป ใช้ได้ไม่เกิน 200 ตัวอักษร
error-query-forbidden-chars = คำค้นมีอักขระควบคุมที่มองไม่เห็น พิมพ์ใหม่โดยไม่มีอักขระเหล่านั้น
error-invalid-encoding = ที่อยู่นี้มีอักขระที่อ่านไม่ได้
error-unknown-parameter = ที่อยู่นี้มีการตั้งค่าที่เราไม่รู้จัก
error-repeated-parameter = ที่อยู่นี้มีการตั้งค่าเดียวกันซ้ำสองครั้ง
error-invalid-country = เลือกประเทศจากรายการ
error-invalid-status = เลือกสถานะใบอนุญาตจากรายการ
error-invalid-page = เลขหน้าต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 500
error-invalid-per-page = จำนวนผลลัพธ์ต่อหน้าต้องอยู่ระหว่าง 1 ถึง 100
error-choice = เลือกจากรายการ
error-text-long = ข้อความนี้ยาวเกินไป
error-text-chars = ข้อความนี้มีอักขระควบคุมที่มองไม่เห็น หรืออักขระที่อ่านไม่ได้ พิมพ์ใหม่โดยไม่มีอักขระเหล่านั้น
error-text-markup = ข้อความนี้มี "<" ตามด้วยตัวอักษร เหมือนโค้ดคอมพิวเตอร์ เขียนใหม่โดยไม่มีสิ่งเหล่านี้
error-amount = ใส่จำนวนเงินเป็นตัวเลขเท่านั้น เช่น 150000 หรือ 1500.50 ไม่เกิน 10,000,000,000
error-currency = เลือกสกุลเงินของจำนวนเงินที่คุณใส่
error-interest = ใส่ดอกเบี้ยต่อเดือนเป็นตัวเลขตั้งแต่ 0 ถึง 100

## Lists
# The mark that separates items of a list (a space follows it).
list-separator = ,
nav-account = บัญชี
nav-sign-in = เข้าสู่ระบบ
error-unauthorized-title = โปรดเข้าสู่ระบบ
error-unauthorized = คุณต้องเข้าสู่ระบบก่อน การเข้าสู่ระบบของคุณอาจหมดเวลาแล้ว
error-forbidden-title = ไม่อนุญาต
error-forbidden = บัญชีของคุณเปิดหน้านี้ไม่ได้
error-conflict-title = ได้รับแล้ว
error-conflict = คำขอนี้ขัดแย้งกับคำขอที่ได้รับก่อนหน้านี้ ไม่มีการบันทึกข้อมูลใหม่
error-idempotency-reused = Idempotency-Key นี้เคยใช้กับคำขออื่นแล้ว ใช้คีย์ใหม่สำหรับคำขอใหม่ ไม่มีการบันทึกข้อมูลใหม่
error-idempotency-in-progress = คำขอแรกที่ใช้ Idempotency-Key นี้ยังอยู่ระหว่างการตอบกลับ รอสักครู่แล้วลองใหม่เพื่อรับคำตอบของคำขอนั้น
error-idempotency-key = ส่วนหัว (header) Idempotency-Key ต้องมีอักขระ ASCII ที่มองเห็นได้ 1 ถึง 255 ตัว เช่น UUID แบบสุ่ม
error-attestation-language = ภาษาในการยืนยันความยินยอม (attestation) ต้องเป็นรหัสภาษาหนึ่งของบริการนี้ เช่น ne, ar หรือ id
error-attestation-channel = ช่องทางในการยืนยันความยินยอม (attestation) ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: whatsapp, viber, messenger, telegram, signal, sms, hotline, in_person, other
error-attestation-time = consented_at ในการยืนยันความยินยอม (attestation) ต้องเป็นวันที่และเวลาพร้อมค่าต่างเขตเวลา (RFC 3339) ต้องไม่อยู่ในอนาคตและย้อนหลังได้ไม่เกิน 30 วัน หากความยินยอมเก่ากว่านั้น ให้ถามแรงงานอีกครั้ง
error-partner-reference = เลขอ้างอิงของพันธมิตร (reference) ต้องมีอักขระ ASCII ที่มองเห็นได้ 1 ถึง 100 ตัว โดยไม่มีช่องว่าง
error-partner-reference-taken = พันธมิตรรายนี้ได้ยื่นเรื่องร้องเรียนภายใต้เลขอ้างอิงนี้แล้ว ใช้เลขอ้างอิงใหม่สำหรับการสนทนาใหม่ หรือใช้ Idempotency-Key เดิมเพื่อส่งคำขอซ้ำ
error-too-many-requests-title = โปรดรอสักครู่
error-too-many-requests = คุณลองหลายครั้งเกินไปในเวลาสั้น ๆ รอสักครู่แล้วลองใหม่
error-sign-in-failed = ชื่อผู้ใช้ รหัสผ่าน หรือรหัสยืนยันไม่ถูกต้อง
error-csrf = แบบฟอร์มนี้หมดอายุแล้ว กลับไป โหลดหน้าใหม่ แล้วส่งอีกครั้ง
error-cross-site = แบบฟอร์มนี้ถูกส่งมาจากเว็บไซต์อื่น เราจึงไม่รับ

## The API reference page (/api/docs), for developers of apps and partner organisations.
# Browser tab title.
api-docs-title = เอกสารอ้างอิง API
api-docs-intro = JSON API สำหรับแอปและองค์กรพันธมิตร: แต่ละการดำเนินการรับอะไรและตอบอะไร คำอธิบายด้านล่างเป็นภาษาอังกฤษ
# Link to the same reference as a machine-readable file.
api-docs-openapi = เอกสารอ้างอิงเดียวกันในรูปแบบเอกสาร OpenAPI (JSON)
# Heading of the list of operations (such as "GET /api/v1/recruiters").
api-docs-operations = การดำเนินการ
# Shown under an operation that needs the caller to be signed in with a token.
api-docs-bearer = ต้องใช้ bearer token (Authorization: Bearer …)
api-docs-parameters = พารามิเตอร์
# Heading: what the caller sends in the request's body.
api-docs-body = เนื้อหาของคำขอ
# Heading: the HTTP answers the operation may give (200, 400 …).
api-docs-answers = คำตอบ
# Heading of the list of data types (JSON objects) the operations use.
api-docs-types = ประเภทข้อมูล
# Column heading: a field's or parameter's name.
api-docs-name = ชื่อ
# Column heading: a field's data type (string, integer …).
api-docs-type = ประเภท
api-docs-description = คำอธิบาย
# Marks a field the caller must send.
api-docs-required = ต้องระบุ

## Drafts kept on the phone (review and complaint forms)
draft-kept = สิ่งที่คุณพิมพ์ที่นี่จะถูกเก็บเป็นฉบับร่างไว้ในโทรศัพท์เครื่องนี้เท่านั้น จนกว่าคุณจะส่งหรือลบ ใครก็ตามที่ใช้โทรศัพท์เครื่องนี้สามารถอ่านได้
draft-files = รูปภาพและไฟล์จะไม่ถูกเก็บไว้ในฉบับร่าง: โปรดเลือกใหม่อีกครั้งก่อนส่ง
draft-restored = นำฉบับร่างของคุณกลับมาแล้ว ตรวจสอบแล้วจึงส่ง
draft-delete = ลบฉบับร่าง
error-csrf-stale = แบบฟอร์มนี้หมดอายุแล้ว จึงยังไม่มีสิ่งใดถูกส่ง ทุกอย่างที่คุณพิมพ์อยู่ด้านล่าง: ตรวจสอบแล้วส่งอีกครั้ง
