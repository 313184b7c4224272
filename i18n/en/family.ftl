# First signup for family members (dependents), voluntarily continued and special retired members (guide ① to ⑤)

# ① Start
family-start-body = Family members (dependents), voluntarily continued members and special retired members sign up here the first time they use KENPOS. We first check your insurance, then you register your name, date of birth, email address and a password.
family-start-ready = Please have ready
family-start-ready-list = • Your notice of eligibility information, eligibility certificate or health insurance card (showing the symbol, number and insurer number)
    • A phone that can receive email
    • If you only have a My Number card, show the symbol, number and insurer number in Mynaportal
family-start-next = Proceed to initial signup page

# ② Eligibility check
family-eligibility-title = First signup (eligibility check)
family-eligibility-intro = With your document at hand, enter the symbol, number and insurer number. The picture shows where each is printed.
family-symbol = Symbol ① (記号, required)
family-number = Number ② (番号, required)
family-insurer = Insurer number ③ (保険者番号, required)
family-half-width-ok = Full-width characters are fixed for you.
family-symbol-keypad-digits = Type digits
family-symbol-keypad-kana = Type kana
family-symbol-kana-hint = If your symbol is in kana (for example ハビ), tap “Type kana”.
family-which-document = Where ①, ② and ③ are printed depends on the document.
family-privacy-title = How we use what you enter
family-purpose = We ask for the symbol, number and insurer number to check that you can use KENPOS (your eligibility). The check is for the health insurance society's health services, as the Health Insurance Act (article 194-2) allows. This kiosk does not keep them.
family-inquiry-consent = We check your eligibility with your health insurance society using what you enter, and receive the result.
family-inquiry-employer = Your employer, or another organisation you belong to, may be told that this check was made.
family-inquiry-voluntary = Giving personal information is up to you. But without the required items, we may not be able to provide the service.
family-privacy-contact = For disclosure requests, complaints or questions about personal information, please contact:
    { $organisation }, { $desk }
    { $address }
    Email: { $email }
family-privacy-manager = At { $organisation }, the person responsible for personal information (personal information protection manager) is the { $title }.
family-eligibility-next = Agree and proceed to the personal information and terms step
family-registered-login = If you are already registered, log in to KENPOS on your phone with the email address you registered.

# ③ Basic setup
family-name = Name in katakana (氏名カナ)
family-name-hint = Example: ケンコウ ハナコ (a space between family and given name). Hiragana is turned into katakana for you.
family-birth = Date of birth
family-email-is-login = The email address you register here becomes your login ID. A smartphone email address is fine.
family-password = Password
family-confirm-password = Password again (to confirm)

# ④ Confirm
family-login-email = Email address (login ID)
family-password-set = Set (not shown)
