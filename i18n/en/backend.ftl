# Messages about talking to the KENPOS backend; they match kenpos-client's ClientError.

backend-offline = We cannot reach the KENPOS server. What you entered is kept. Please wait a moment and press “Try again”. If this continues, please ask the staff.
backend-timeout = The server is taking too long to answer. What you entered is kept. Please wait a moment and press “Try again”.
backend-server-error = Something went wrong on the server. What you entered is kept. Please press “Try again” in a little while. If this continues, please ask the staff.
backend-invalid-response = The server gave an unexpected answer. Please try again in a little while. If this continues, please ask the staff.
backend-validation = Some entries need checking. Please look at the items marked in red.
backend-consent-outdated = “How we use your personal information” or the member terms have been updated. Please read them again and agree.
backend-login-failed = The login ID or the password is not correct. Please check them again. If you forgot them, use “Forgot your login ID” or “Forgot your password” below.
backend-consent-required = Please first read and agree to “How we use your personal information” and the member terms.
backend-setup-required = Please first fill in the basic setup (email address and so on).
backend-already-onboarded = Your first-time setup is already complete. You can use KENPOS now.
backend-eligibility-no-match = We could not confirm these numbers (symbol, number, insurer number). Please compare them with your document and enter them again.
backend-eligibility-already-registered = Everyone who can sign up under these numbers already has an account. Please log in, or use “Forgot your login ID or password”.
backend-signup-person-not-found = We could not confirm this name (in katakana) and date of birth. Please check that they are exactly as on your document.
backend-link-invalid = This link cannot be used. It was already used or replaced by a newer email. Please use the link in the newest email.
backend-resend-invalid = We could not resend the email. Please start the signup again.
backend-idempotency-key-reused = This did not match what was sent before, so it was not accepted. Please send it again.
backend-rejected = This request was not accepted. Please start again, or ask the staff.
backend-throttled = There have been too many attempts. Please wait about { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } and try again.
backend-locked = After too many failed attempts, this login ID is locked for a while. Please contact the KENPOS office.
backend-session-expired = Your login has expired because some time has passed. Please log in again.
backend-login-flow-expired = Some time has passed. Please enter your login ID again.
backend-eligibility-expired = Some time has passed. Please enter the symbol, number and insurer number again.
backend-link-expired = The link has expired (it is valid for 24 hours). Please sign up again from the start.
backend-expired = This has expired. Please start again.
backend-unauthorized = This kiosk is not allowed to connect to KENPOS. Please ask the staff.
backend-certificate = This kiosk cannot confirm that it is talking to the real KENPOS server (its certificate is not trusted). Please ask the staff.

backend-field-required = Please fill this in.
backend-field-too-long = This is too long.
backend-field-email-invalid = This email address does not look right. Please check it.
backend-field-email-taken = This email address is already in use. Please use another address, or log in with this one.
backend-field-password-too-short = Please use at least 8 characters.
backend-field-password-too-long = Please use at most 128 characters.
backend-field-password-is-birth-date = Your date of birth cannot be your password. Please choose another.
backend-field-password-contains-login-id = The password cannot contain the digits of your login ID. Please choose another.
backend-field-password-contains-service-name = The password cannot contain “kenpos”. Please choose another.
backend-field-password-contains-email = The password cannot contain part of your email address. Please choose another.
backend-field-password-guessable = This password is common or easy to guess. Please choose a longer one that only you know, for example a few words together.
backend-field-name-kana-invalid = Please enter your name in katakana.
backend-field-birth-date-invalid = Please enter a valid date of birth.
backend-field-insurer-number-invalid = The insurer number is not correct. Please check the 8-digit insurer number on your document.
backend-field-number-invalid = Please enter the number in digits.
backend-field-consent-version-stale = This has been updated. Please read it again.
backend-field-invalid = Please check this item again.
