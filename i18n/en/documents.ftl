# Document guide: drawings of the documents members hold, and where 記号 ①, 番号 ②
# and 保険者番号 ③ are printed

## Document names (picker buttons)
document-picker-prompt = Which document do you have?
document-name-card = Health insurance card (plastic card)
document-name-paper = Health insurance certificate (paper)
document-name-certificate = Eligibility certificate (資格確認書)
document-name-notice = Notice of eligibility information (資格情報のお知らせ)
document-name-mynumber = Only a My Number card

## Titles printed on the documents (shown as printed)
document-title-card = 健康保険 被保険者証
document-title-certificate = 健康保険 資格確認書
document-title-paper = 健康保険被保険者証
document-title-notice = 資格情報のお知らせ
document-cutout = ----- Cut-out part (キリトリ) -----

## Captions printed on the documents (as printed); .gloss explains them in English
document-caption-symbol = 記号
    .gloss = Symbol
document-caption-number = 番号
    .gloss = Number
document-caption-branch = （枝番）
    .gloss = Branch no.
document-caption-insurer-number = 保険者番号
    .gloss = Insurer number
document-caption-insurer-name = 保険者名称
    .gloss = Insurer name
document-caption-name = 氏名
    .gloss = Name
document-caption-birth = 生年月日
    .gloss = Date of birth
document-caption-sex = 性別
    .gloss = Sex
document-caption-acquired = 資格取得年月日
    .gloss = Date insured from
document-caption-issued = 交付
    .gloss = Issued
document-caption-issued-on = 交付年月日
    .gloss = Date issued
document-caption-valid-until = 有効期限
    .gloss = Valid until
document-caption-shogo = 証号
    .gloss = Symbol and number
# On the insured person's screen (login ID)
document-caption-kind-insured = 本人（被保険者）
    .gloss = Insured person (the member)
# On the family and voluntarily continued members' screen (first signup): a dependent's card
document-caption-kind-family = 家族（被扶養者）
    .gloss = Family member (dependent)

## Sample values (as printed on the documents)
# The insured person's screen, every document: the member guide's login-ID example (symbol 91, number 200001 → 7132-091200001)
document-sample-insured-symbol = 91
document-sample-insured-number = 200001
# The family and voluntarily continued members' screen: the member guide's samples (ハビ 123456 in the paper certificate's 証号 box)
document-sample-family-symbol = 1234
document-sample-family-number = 12345
document-sample-family-paper-symbol = ハビ
document-sample-family-paper-number = 123456
document-sample-branch = 01
# Sample values. The insurer name and number are drawn from the config (society.name_ja, the first of insurer_numbers); these are used only when none is set.
document-sample-insurer-number = 06139984
document-sample-insurer-name = けんぽす健康保険組合
document-sample-name = ケンコウ タロウ
document-sample-addressee = ケンコウ タロウ 様
document-sample-birth = 昭和55年1月21日
document-sample-sex = 男
document-sample-acquired = 平成20年4月1日
document-sample-date-issued = 令和2年4月1日
document-sample-date-valid = 令和7年12月1日
document-sample-date-certificate-valid = 令和12年7月31日

## Branch number
document-branch-note = Not needed
document-branch-explained = Do not enter the branch number (枝番, 2 digits). Do not add it to the end of the number.

## Lines under the drawing (where each number is printed). ① and ② are the same on both screens, so they quote no sample (the drawing above shows that screen's own)
document-where-card-symbol = ① Symbol (記号): top row, the digits right after 記号
document-where-card-number = ② Number (番号): the digits right after 番号, without the branch number
document-where-card-insurer = ③ Insurer number (保険者番号): lower down, the 8 digits after 保険者番号 (e.g. { $insurer })
document-where-paper-symbol = ① Symbol (記号): the first part of the 証号 box; it may be kana or kanji
document-where-paper-number = ② Number (番号): the digits in the second part of the 証号 box
document-where-paper-insurer = ③ Insurer number (保険者番号): the 8 digits in the 保険者番号 box (e.g. { $insurer })
document-where-notice-symbol = ① Symbol (記号): the 記号 row of the table
document-where-notice-number = ② Number (番号): the 番号 row of the table, without the branch number
document-where-notice-insurer = ③ Insurer number (保険者番号): the 8 digits in the 保険者番号 row (e.g. { $insurer })

## Members with only a My Number card
document-mynumber-title = Your My Number card does not show these numbers
document-mynumber-note = The symbol, number and insurer number are not printed on either side of the My Number card.
document-mynumber-where = Look at the paper “Notice of eligibility information” (資格情報のお知らせ), or open your health insurance information in マイナポータル (Mynaportal) on your phone. If you are unsure, please ask the staff at the desk.
