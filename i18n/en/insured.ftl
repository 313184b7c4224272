# Insured persons: log in (guide ① to ⑥)

# ① Login ID
insured-id-title = Enter your login ID
insured-id-intro = Your login ID is made from the symbol (記号) and number (番号) on your health insurance card. If you are not sure, use “Make my ID from my card” below.
insured-id-label = Login ID
insured-id-placeholder = { $prefix }-000000000
insured-id-hint = Your login ID is “{ $prefix }-” followed by the symbol in 3 digits and the number in 6 digits, with zeros added in front of shorter ones (e.g. symbol 91 and number 200001 → { $prefix }-091200001; symbol 123 and number 4567 → { $prefix }-123004567). Full-width digits are fine too.
insured-id-next = Continue to password
insured-card-title = Make my ID from my card
insured-card-intro = Enter the symbol (記号) and number (番号) printed on your card, eligibility certificate or eligibility notice. Missing leading zeros are added for you.
insured-card-symbol = Symbol (記号)
insured-card-symbol-hint = Example: 91
insured-card-number = Number (番号)
insured-card-number-hint = Example: 200001 (without the branch number)
insured-card-preview = Your login ID will be
insured-card-preview-empty = { $prefix }-…
insured-card-which-document = Where the symbol ① and number ② are printed depends on the document.
insured-card-use = Use this ID

# ② Password
insured-password-title = Enter your password
insured-password-for = Login ID: { $login_id }
insured-password-label = Password
insured-password-show = Show
insured-password-hide = Hide
insured-password-empty = Please enter your password.
insured-maybe-family = Voluntarily continued members and special retired members cannot log in here. Please sign up with “Sign up as a family, continued or special retired member” below.
insured-open-family = Sign up as a family, continued or special retired member
insured-password-next = Log in
insured-birth-title = Your first password is your date of birth (8 digits)
insured-birth-label = Date of birth
insured-birth-use = Fill in these 8 digits

# Office
office-title = Contact the KENPOS office
office-phone = Phone: { $phone }
office-hours = Hours: { $hours }
office-email = Email: { $email }

# ③ Consent
consent-title = Personal information and member terms
consent-intro = Please read both documents below and tick the boxes if you agree.
consent-end = — End of document —
consent-scroll-hint = Scroll to the end of “How we use your personal information” to be able to tick its box.
consent-privacy-agree = I agree to “How we use your personal information”
consent-terms-agree = I agree to the “Member terms of use”
consent-next = Proceed to basic setup

# ④ Basic setup
setup-title = Basic setup
setup-login-id = Login ID
setup-login-id-fixed = Your login ID cannot be changed.
setup-email = Email address
setup-email-hint = We send your signup email here. A smartphone email address is fine.
setup-password-why = Your current password is your date of birth, which others can guess. We strongly recommend choosing a new password now.
setup-new-password = New password
setup-password-hint = At least 8 characters. A few words together work well (special characters such as ! or # and capitals are not required).
setup-confirm-password = New password again (to confirm)
setup-password-mismatch = The two passwords are different. Please type them again.
setup-password-choose = Enter a new password, or tick “Keep my date-of-birth password for now”.
setup-keep-initial = Keep my date-of-birth password for now (you can change it after logging in)
setup-newsletter-title = Email newsletter
setup-newsletter = Send me the newsletter
setup-next = Proceed to confirm

# ⑤ Confirm
confirm-title = Check your details
confirm-intro = Please check everything below. Tap “Change” to correct an item.
confirm-change = Change
confirm-password = Password
confirm-password-new = Change to the new password
confirm-password-keep = Keep the date-of-birth password
confirm-newsletter-yes = Yes, send it
confirm-newsletter-no = No
confirm-send = Send email

# ⑥ Email sent
sent-title = We sent you a signup email
sent-to = Sent to: { $email }
sent-expires = The link in the email works until { $day } { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    } { $year }, { $time } Japan time (24 hours).
sent-expires-24h = The link in the email works for 24 hours.
sent-open-link = Open the link in the email to finish signing up. After it expires you need to sign up again.
sent-qr = Scan with your phone
home-title = To log in to KENPOS at home
home-login-id = Your login ID (please write it down)
home-login-email = Your login ID is the email address you registered.
home-half-width = On the KENPOS site, type your login ID and password in half-width (single-byte) characters; full-width characters are not accepted.
home-site = The KENPOS site's address
sent-not-arrived = If the email does not arrive
sent-check-spam = Check your spam or junk folder.
sent-allow-sender = If you use a mobile carrier address, allow email from this domain: { $domain }
sent-resend = Send the email again
sent-resend-wait = You can send it again in { $seconds } s
sent-resent = We sent the email again. The link in the earlier email no longer works.
sent-finish = Finish

# Logged in, nothing owed
ready-title = Your KENPOS account is ready
ready-body = You have already signed up. Log in to KENPOS on your phone or computer to use it.

# Forgot ID or password
recovery-intro = What did you forget?
recovery-email = Your registered email address
recovery-id-hint = We will email your login ID to your registered address.
recovery-id-or-email = Login ID or email address
recovery-password-hint = We will email a link to set a new password to your registered address.
recovery-invalid = Please enter your login ID (starting with { $prefix }-) or your email address.
recovery-send = Send
recovery-sent = If you are registered, we have sent you an email. Please follow its instructions.
recovery-card-title = Insured through your employer and never logged in?
recovery-card-body = Your login ID is made from the symbol and number on your card (or eligibility certificate or notice): “{ $prefix }-” followed by the 3-digit symbol and the 6-digit number. Your first password is your date of birth as 8 digits (for example 19800121 if you were born on 21 January 1980).
recovery-card-registered = Family members, continued and special retired members, and anyone who has already registered an email address: we will email your login ID to that address.
recovery-card-email = Email me my login ID
recovery-both-advice = If you forgot both your login ID and your password, please contact the KENPOS office to reset your signup information.
