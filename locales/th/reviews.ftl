# Language: Thai (th). Review: machine-drafted, not yet reviewed by a native speaker.
## Reviews of recruiters: the form, the scorecard, the list, moderation.

review-title = รีวิวบริษัทจัดหางาน
review-heading = บอกแรงงานคนอื่นเกี่ยวกับบริษัทจัดหางานนี้
review-intro = ต้องกรอกแค่เส้นทางการเดินทาง ปีที่เดินทาง และคะแนนรวมของคุณ ส่วนอื่นข้ามได้ทั้งหมด เราไม่เคยถามชื่อคุณ และไม่เคยแสดงชื่อคุณ
review-anonymous-note = คุณไม่ได้เข้าสู่ระบบ: รีวิวของคุณจะถูกส่งโดยไม่ผูกกับบัญชีใด และเราไม่เก็บที่อยู่อินเทอร์เน็ตของคุณไว้กับรีวิว
review-signed-in-note = คุณเข้าสู่ระบบอยู่: คุณหารีวิวนี้ได้ในหน้าบัญชีของคุณ และแก้ไขได้ภายหลัง คนอื่นจะไม่เห็นว่าใครเป็นคนเขียน
review-errors-below = มีคำตอบบางข้อที่ต้องแก้ไข ข้อความแจ้งอยู่ข้างคำตอบนั้น ทุกอย่างที่คุณพิมพ์ไว้ยังอยู่ครบ
review-honeypot = เว้นช่องนี้ว่างไว้
review-choose = เลือก…
review-skip = ไม่ขอตอบ
review-yes = ใช่
review-no = ไม่ใช่
review-section-journey = การเดินทางของคุณ
review-field-origin = ประเทศที่คุณเดินทางออกมา
review-field-destination = ประเทศที่คุณไปทำงาน
review-field-year = ปีที่คุณเดินทาง (ค.ศ.)
review-field-sub-agent = ชื่อนายหน้าที่คุณติดต่อด้วย (ถ้ามี)
review-sub-agent-hint = แรงงานหลายคนติดต่อกับนายหน้าในพื้นที่ที่ทำงานให้บริษัทจัดหางาน ถ้าคุณระบุชื่อนายหน้า รีวิวของคุณจะนับให้นายหน้าคนนั้น โดยแสดงว่าไม่มีใบอนุญาต
review-field-sector = ประเภทงาน
review-field-occupation = ตำแหน่งงานของคุณ
review-field-visa = ประเภทวีซ่า
review-rating-scale = 1 = แย่มาก, 5 = ดีมาก
review-section-costs = สิ่งที่คุณจ่ายไป
review-costs-intro = ตามหลักการนายจ้างเป็นผู้จ่ายของ ILO แรงงานไม่ควรต้องจ่ายค่าธรรมเนียมหรือค่าใช้จ่ายใด ๆ ในการจัดหางาน ถึงอย่างนั้น บอกเราว่าคุณจ่ายอะไรไปบ้าง แยกตามค่าใช้จ่ายแต่ละประเภท
review-field-currency = สกุลเงินของจำนวนเงินทั้งหมด
review-currency-hint = ใช้สกุลเงินเดียวสำหรับทุกจำนวนเงินในหน้านี้ รวมถึงค่าจ้างของคุณ เพื่อให้เราเทียบสิ่งที่คุณจ่ายกับสิ่งที่คุณได้รับได้
review-paid-yes = ฉันจ่ายค่านี้
review-paid-no = ฉันไม่ได้จ่าย
review-field-amount = จำนวนเงิน
review-field-paid-to = จ่ายให้
review-field-receipt = คุณได้ใบเสร็จไหม
review-section-loan = เงินกู้
review-field-took-loan = คุณกู้เงินมาจ่ายไหม
review-field-lender = ใครให้กู้
loan-interest-monthly = ดอกเบี้ยต่อเดือน (%)
review-section-wages = ค่าจ้างของคุณ
review-wages-hint = จำนวนต่อเดือน ในสกุลเงินเดียวกับค่าใช้จ่าย
review-field-promised-wage = ค่าจ้างต่อเดือนที่ได้รับสัญญาไว้
review-field-first-wage = เงินที่คุณได้รับสำหรับเดือนแรกที่ทำงานเต็มเดือน
review-first-wage-hint = หลังหักภาษีและรายการหักอื่น ๆ ใส่ 0 ถ้าคุณไม่ได้รับเงิน
review-section-checks = สัญญาจ้างและงานของคุณ
review-section-ratings = คะแนนเพิ่มเติม
review-field-use-again = คุณจะใช้บริษัทจัดหางานนี้อีกไหม
review-section-text = เรื่องราวของคุณ
review-text-hint = อย่าเขียนชื่อ เบอร์โทรศัพท์ เลขหนังสือเดินทาง หรือที่อยู่: ผู้ตรวจสอบเนื้อหาจะลบข้อมูลเหล่านี้ออกก่อนที่คนอื่นจะได้อ่านรีวิวของคุณ
review-field-text = เกิดอะไรขึ้น
review-field-text-language = ภาษาที่คุณใช้เขียน
review-language-other = ภาษาอื่น
review-moderation-note = ผู้ตรวจสอบเนื้อหาอ่านทุกรีวิวก่อนเผยแพร่
review-submit = ส่งรีวิวของฉัน
review-write-link = รีวิวบริษัทจัดหางานนี้

review-sent-title = ได้รับรีวิวแล้ว
review-sent-heading = ขอบคุณสำหรับรีวิวของคุณ
review-sent-moderation = เราได้รับรีวิวของคุณแล้ว ผู้ตรวจสอบเนื้อหาจะอ่านก่อนเผยแพร่
review-sent-account = คุณติดตามสถานะได้ในหน้าบัญชีของคุณ:
review-abuse-heading = สิ่งที่คุณเล่าอาจผิดกฎหมาย
review-abuse-text = การเรียกเก็บค่าธรรมเนียมการจัดหางานจากแรงงาน การยึดหนังสือเดินทางหรือเอกสารประจำตัว การเปลี่ยนสัญญาจ้างหลังเดินทางถึง และการไม่จ่ายค่าจ้างตามที่สัญญาไว้ เป็นสิ่งต้องห้ามตามมาตรฐานสากลและตามกฎหมายของหลายประเทศ คุณร้องเรียนแบบเป็นความลับกับองค์กรที่ดำเนินการได้ โดยไม่ต้องบอกชื่อ
review-abuse-rights-link = รู้สิทธิของคุณ
review-back-to-recruiter = กลับไปที่บริษัทจัดหางาน

error-review-year = ใส่ปีที่คุณเดินทางเป็น ค.ศ. ตั้งแต่ 1970 ถึงปีนี้
error-review-rating = เลือกคะแนนตั้งแต่ 1 ถึง 5
error-review-rating-required = เลือกคะแนนรวมของคุณตั้งแต่ 1 ถึง 5
error-review-text-long = ข้อความนี้ยาวเกินไป ย่อให้เหลือไม่เกิน 5,000 ตัวอักษร
error-review-sub-agent = เขียนชื่อนายหน้าด้วยตัวอักษร หรือเว้นช่องนี้ว่างไว้
error-review-language = เลือกภาษาจากรายการ
error-review-page = เลขหน้าต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 1000
error-review-json = คำขอนี้ไม่ใช่ JSON ที่ถูกต้องสำหรับรีวิว หรือมีช่องที่เราไม่รู้จัก
error-review-cost-repeated = ค่าใช้จ่ายแต่ละประเภทใส่ได้เพียงครั้งเดียว

cost-fee = ค่าธรรมเนียมการจัดหางาน
cost-fee-hint = เงินที่จ่ายเพื่อให้ได้งานหรือจัดการเรื่องงาน ไม่ว่าใครจะเป็นผู้รับเงิน
cost-medical = ค่าตรวจสุขภาพ
cost-medical-hint = การตรวจร่างกาย การตรวจโรค การฉีดวัคซีน
cost-insurance = ค่าประกัน
cost-insurance-hint = ประกันชีวิต ประกันสุขภาพ หรือประกันอุบัติเหตุ กองทุนสวัสดิการแรงงานย้ายถิ่น
cost-skills = ค่าทดสอบฝีมือและภาษา
cost-skills-hint = การทดสอบฝีมือแรงงาน การสอบภาษา ใบรับรอง
cost-training = ค่าฝึกอบรมและปฐมนิเทศ
cost-training-hint = การอบรมก่อนเดินทางหรือหลังเดินทางถึง
cost-equipment = ค่าอุปกรณ์
cost-equipment-hint = เครื่องมือ เครื่องแบบ อุปกรณ์ความปลอดภัย
cost-travel = ค่าเดินทางและที่พัก
cost-travel-hint = ตั๋วและที่พักสำหรับการสัมภาษณ์ การอบรม การนัดเรื่องวีซ่า การเดินทางไป และการเดินทางกลับ
cost-administrative = ค่าเอกสารและใบอนุญาต
cost-administrative-hint = หนังสือเดินทาง วีซ่า การตรวจประวัติ การอนุญาตให้ออกนอกประเทศ บัญชีธนาคาร ใบอนุญาตทำงานและใบอนุญาตให้พำนัก
cost-illegitimate = สินบน เงินมัดจำ และเงินค้ำประกัน
cost-illegitimate-hint = เงินที่ไม่ชอบธรรมในทุกกรณี: สินบน เงินทอน เงินมัดจำ เงินค้ำประกัน การรีดไถ

paid-to-recruiter = บริษัทจัดหางาน
paid-to-sub_agent = นายหน้า
paid-to-employer = นายจ้าง
paid-to-other = คนอื่น

lender-recruiter = บริษัทจัดหางาน
lender-moneylender = ผู้ให้กู้นอกระบบ
lender-bank = ธนาคาร
lender-cooperative = สหกรณ์หรือกลุ่มสินเชื่อรายย่อย
lender-family = ครอบครัวหรือเพื่อน
lender-employer = นายจ้าง
lender-other = คนอื่น

visa-work = วีซ่าทำงาน
visa-domestic_work = วีซ่าแรงงานทำงานบ้าน
visa-seasonal = วีซ่าทำงานตามฤดูกาล
visa-visit = วีซ่าเยี่ยมเยือนหรือท่องเที่ยว
visa-student = วีซ่านักเรียน
visa-other = วีซ่าประเภทอื่น

check-contract_before_departure = คุณได้รับสัญญาจ้างเป็นลายลักษณ์อักษรก่อนเดินทางไหม
check-contract_understood = สัญญาจ้างเป็นภาษาที่คุณเข้าใจไหม
check-contract_substituted = คุณถูกให้เซ็นสัญญาฉบับอื่นหลังเดินทางถึงไหม
check-documents_kept = มีใครเก็บหนังสือเดินทางหรือบัตรประจำตัวของคุณไว้ไหม
check-job_as_promised = งานตรงตามที่สัญญาไว้ไหม
check-wage_as_promised = ค่าจ้างตรงตามที่สัญญาไว้ไหม
check-free_to_change_employer = คุณเปลี่ยนนายจ้างได้อย่างอิสระไหม
check-info_accurate = ข้อมูลที่คุณได้รับก่อนเดินทางถูกต้องไหม

rating-fees_honesty = ความซื่อตรงเรื่องค่าธรรมเนียม
rating-job_truth = ความจริงเกี่ยวกับงาน
rating-contract_documents = สัญญาจ้างและเอกสาร
rating-support_after_arrival = การช่วยเหลือหลังเดินทางถึง
rating-overall = คะแนนรวม

review-status-pending = รอผู้ตรวจสอบเนื้อหา
review-status-approved = เผยแพร่แล้ว
review-status-rejected = ไม่ได้เผยแพร่

reject-reason-not_a_review = ไม่ใช่รีวิวของบริษัทจัดหางานนี้
reject-reason-spam = โฆษณาหรือสแปม
reject-reason-abusive = ใช้คำหยาบคายหรือข่มขู่
reject-reason-personal_data = มีข้อมูลส่วนบุคคลมากเกินกว่าจะเผยแพร่ได้
reject-reason-duplicate = ซ้ำกับรีวิวอื่น
reject-reason-wrong_recruiter = เกี่ยวกับบริษัทจัดหางานอื่น
reject-reason-other = เหตุผลอื่น

score-heading = ผลคะแนน
score-no-reviews = ยังไม่มีรีวิวที่เผยแพร่
score-rating-out-of-five = { $rating } จาก 5
score-review-count = { $count ->
   *[other] จาก { $count } รีวิว
}
score-rating-explained = คะแนนจะเอนเข้าหาค่าเฉลี่ยของบริษัทจัดหางานทั้งหมด จนกว่าจะมีแรงงานรีวิวบริษัทนี้มากพอ รีวิวเพียงไม่กี่รายการจึงทำให้บริษัทดูดีมากหรือแย่มากไม่ได้
score-rating-mean = คะแนนรวมเฉลี่ย
score-share-charged = แรงงานที่ถูกเรียกเก็บค่าธรรมเนียมหรือค่าใช้จ่าย
score-share-documents = แรงงานที่ถูกเก็บหนังสือเดินทางหรือบัตรประจำตัวไว้
score-share-substituted = แรงงานที่ถูกเปลี่ยนสัญญาจ้าง
score-share-job-not = แรงงานที่ได้งานไม่ตรงตามที่สัญญาไว้
score-share-again = แรงงานที่จะใช้บริษัทนี้อีก
score-median-cost = ค่ามัธยฐานของเงินที่จ่ายทั้งหมด ({ $currency })
score-median-ratio = ค่ามัธยฐานของค่าใช้จ่ายเมื่อเทียบกับค่าจ้างเดือนแรก
score-months-of-wages = เท่ากับค่าจ้าง { $months } เดือน
score-withheld = ยังมีรีวิวไม่พอ
score-k-explained = ตัวเลขจะแสดงเมื่อมีแรงงานตอบอย่างน้อย 5 คน เพื่อไม่ให้ใครถูกระบุตัวได้

review-language-filter = แสดงรีวิวที่เขียนเป็นภาษา
review-language-any = ทุกภาษา
review-language-filter-submit = แสดง
review-list-empty = ยังไม่มีรีวิวที่เผยแพร่
review-rating-line = ได้คะแนน { $rating } จาก 5
review-departed = เดินทางปี { $year }
review-would-use-again = จะใช้บริษัทจัดหางานนี้อีก
review-would-not-use-again = จะไม่ใช้บริษัทจัดหางานนี้อีก

pii-phone = เบอร์โทรศัพท์
pii-email = ที่อยู่อีเมล
pii-passport = เลขหนังสือเดินทางหรือเลขบัตรประจำตัว
pii-url = ที่อยู่เว็บ

moderate-title = การตรวจสอบเนื้อหา
moderate-heading = รีวิวที่รอการตรวจสอบ
moderate-pending-count = { $count ->
   *[other] มีรีวิวรออยู่ { $count } รายการ เรียงจากเก่าที่สุดก่อน
}
moderate-empty = ไม่มีรีวิวที่รออยู่
moderate-approved = เผยแพร่รีวิวแล้ว
moderate-rejected = ปฏิเสธรีวิวแล้ว
moderate-gone = ผู้ตรวจสอบเนื้อหาคนอื่นตัดสินใจเรื่องรีวิวนี้ไปแล้ว
moderate-review-title = ตรวจสอบรีวิว
moderate-review-heading = รีวิวที่รอการตรวจสอบ
moderate-back = กลับไปที่คิว
moderate-status = สถานะ:
moderate-corridor = เส้นทาง
moderate-sub-agent-note = รีวิวนี้ระบุชื่อนายหน้า เมื่อเผยแพร่แล้วจะนับให้:
moderate-no-text = แรงงานไม่ได้เขียนข้อความ
moderate-collected-paper = เก็บบนกระดาษโดย { $who }
moderate-collected-partner = ส่งโดยองค์กรพันธมิตร { $who }
moderate-collected-phone = เก็บทางโทรศัพท์โดย { $who }
moderate-collected-batch = ชุดนำเข้า { $batch }
moderate-redact-found = พบข้อมูลส่วนบุคคล: รายการที่เลือกไว้จะถูกแทนที่ด้วย […] เมื่อคุณเผยแพร่
moderate-redact-text = ลบข้อความนี้ออกด้วย (ตรงตามตัวอักษร)
moderate-redact-text-hint = ทุกที่ที่ข้อความนี้ปรากฏจะถูกแทนที่ด้วย […] เว้นว่างไว้ถ้าไม่มีอะไรต้องลบเพิ่ม
moderate-approve = เผยแพร่
moderate-reason = เหตุผลที่ปฏิเสธ
moderate-reject = ปฏิเสธ
moderate-error-span = รายการข้อมูลส่วนบุคคลนั้นไม่อยู่ในข้อความแล้ว โหลดหน้าใหม่
moderate-error-redact-text = ข้อความที่จะลบยาวเกินไป หรือมีอักขระควบคุม
moderate-error-redact-missing = ข้อความที่จะลบไม่ปรากฏในรีวิว
moderate-error-reason = เลือกเหตุผลที่ปฏิเสธ

account-reviews-heading = รีวิวของคุณ
account-reviews-none = คุณยังไม่ได้รีวิวบริษัทจัดหางานใด
account-review-edit = แก้ไข
account-review-year = เดินทางปี { $year }
review-abuse-complaint-link = ร้องเรียนแบบเป็นความลับ
review-abuse-complaint-hint = แบบฟอร์มร้องเรียนจะเปิดขึ้นพร้อมสิ่งที่คุณเขียนในรีวิวนี้ คุณตรวจดู เพิ่มสิ่งที่เกิดขึ้น และเลือกว่าใครดูได้บ้าง คุณไม่ต้องบอกชื่อ
moderate-changed = ผู้เขียนแก้ไขรีวิวนี้หลังจากคุณเปิดดู อ่านอีกครั้งด้านล่างแล้วค่อยตัดสินใจ

## The worker's gender: optional, never shown on a review (only counted, k = 5).
review-field-gender = เพศ
review-gender-hint = ไม่บังคับ จะไม่แสดงพร้อมรีวิวของคุณเลย ใช้นับเฉพาะในรายงานเกี่ยวกับกลุ่มแรงงานอย่างน้อย 5 คนเท่านั้น
gender-woman = หญิง
gender-man = ชาย
gender-another = เพศอื่น
moderate-names-title = ชื่อที่รอเข้าทำเนียบ
moderate-names-hint = แรงงานระบุชื่อนายหน้าเหล่านี้ในเรื่องร้องเรียนหรือรีวิว ชื่อที่คุณอนุมัติจะเข้าสู่ทำเนียบสาธารณะในการเผยแพร่รายสัปดาห์ครั้งถัดไป ปฏิเสธคำด่าทอ ชื่อบุคคลทั่วไป และสิ่งใดก็ตามที่ไม่ใช่ผู้จัดหางาน
moderate-names-empty = ไม่มีชื่อที่รออยู่
moderate-names-looks-like = คล้ายกับบริษัทจัดหางานที่อยู่ในรายชื่อ:
moderate-names-approve = อนุมัติ
moderate-names-refuse = ปฏิเสธ
moderate-names-approved = อนุมัติแล้ว: ชื่อนี้จะเข้าสู่ทำเนียบในการเผยแพร่รายสัปดาห์ครั้งถัดไป
moderate-names-refused = ปฏิเสธแล้ว: ชื่อนี้จะไม่อยู่ในทำเนียบ
moderate-names-gone = ผู้ตรวจสอบเนื้อหาคนอื่นตัดสินใจเรื่องชื่อนี้ไปแล้ว
moderate-names-more = ยังมีชื่ออื่นรออยู่: ตัดสินใจชื่อเหล่านี้ก่อนจึงจะเห็นชื่อถัดไป
