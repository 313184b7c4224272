# kenpos-rules: messages for member-input errors and warnings (English).
# Each message says what is wrong and what to do. Variables are the same as in ja.

## Login ID from the card (symbol and number)

rules-login-prefix-invalid = The first 4 digits of the login ID are not set up correctly. Please tell the staff.
rules-card-symbol-empty = The symbol is missing. Enter the digits printed after “記号” (symbol) on your card or notice.
rules-card-number-empty = The number is missing. Enter the digits printed after “番号” (number) on your card or notice.
rules-login-symbol-not-digits = For the symbol, enter only the digits printed after “記号” (symbol). If your symbol has kana or kanji, please go back to the first screen and choose “Family member, continued or special retired member” instead. If you are not sure, please ask the staff at the help desk.
rules-login-symbol-too-long = The symbol has at most { $max } digits. Check that you entered only the digits after “記号” (symbol).
rules-card-number-not-digits = Enter only digits for the number.
rules-card-number-too-long = The number has at most { $max } digits. Check that you entered only the digits after “番号” (number).
rules-card-number-branch = It looks like the branch number (2 digits, “枝番”) was added to the number. You do not need the branch number: enter “{ $number }”.
rules-card-insurer-in-symbol = The 8 digits in the symbol field look like the insurer number (“保険者番号”). Enter the digits after “記号” (symbol) here. The insurer number is not part of the login ID.
rules-card-insurer-in-number = The 8 digits in the number field look like the insurer number (“保険者番号”). Enter the digits after “番号” (number) here. The insurer number is not part of the login ID.

## Login ID typed whole

rules-login-id-empty = The login ID is missing. Please enter your login ID.
rules-login-id-malformed = This does not look like a login ID. Enter 4 digits, a hyphen and 9 digits.
rules-login-id-malformed-for = This does not look like a login ID. Enter “{ $prefix }-” and 9 digits, for example “{ $prefix }-091200001”.
rules-login-id-wrong-prefix = This login ID does not belong to this health insurance society. Enter a login ID that starts with “{ $prefix }-”.

## Eligibility check

rules-elig-symbol-invalid-char = The symbol contains “{ $found }”, which cannot be used. Enter the symbol exactly as printed on your card or notice.
rules-elig-insurer-in-symbol = The 8 digits in the symbol field look like the insurer number (“保険者番号”). Enter what follows “記号” (symbol) here, and the insurer number in the insurer number field (③).
rules-elig-insurer-in-number = The 8 digits in the number field look like the insurer number (“保険者番号”). Enter the digits after “番号” (number) here, and the insurer number in the insurer number field (③).
rules-elig-symbol-too-long = The symbol is too long (at most { $max } characters). Enter only what is printed after “記号” (symbol).

## Insurer number

rules-insurer-empty = The insurer number is missing. Enter the 8-digit “保険者番号” (insurer number) from your card or notice.
rules-insurer-not-digits = Enter only digits for the insurer number.
rules-insurer-national-health = A 6-digit number is a National Health Insurance insurer number. Members of this society have an 8-digit insurer number: see “保険者番号” on your card or on your eligibility notice.
rules-insurer-wrong-length = You entered { $length } digits. The insurer number has 8 digits. Please check it again.
rules-insurer-check-digit = One of the digits of the insurer number seems to be wrong. Please check each digit against your card or notice.
rules-insurer-not-this-society = This insurer number does not belong to this health insurance society. Please check the insurer number on your card or notice, or ask the staff.

## Birth date

rules-birth-empty = The date of birth is missing. Enter it like “1980/1/21” or “19800121”.
rules-birth-unrecognized = This could not be read as a date. Enter your date of birth like “1980/1/21”, “19800121” or “昭和55年1月21日”.
rules-birth-no-era = A 2-digit year is not enough. Add the Japanese era (for example “S55” or “昭和55年”) or enter the year with 4 digits (for example 1980).
rules-birth-era-year-zero = There is no year 0 in a Japanese era: the first year is year 1 (“元年”). Please check the year.
rules-birth-invalid-month = There is no month { $month }. Months go from 1 to 12. Please check the date.
rules-birth-impossible-day = Month { $month } of that year has no day { $day }. Please check the date.
rules-birth-outside-era = This date is not in the { $given ->
        [meiji] Meiji
        [taisho] Taisho
        [showa] Showa
        [heisei] Heisei
       *[reiwa] Reiwa
    } era. Did you mean { $era ->
        [meiji] Meiji
        [taisho] Taisho
        [showa] Showa
        [heisei] Heisei
       *[reiwa] Reiwa
    } { $era_year } ({ $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $day }, { $year })? If so, please enter it that way.
rules-birth-future = This date of birth is after today. Please check the year.
rules-birth-too-old = This date is more than { $max_age } years ago. Please check the year, and the era if you used one.

## Name in katakana

rules-kana-empty = Your name in katakana is missing. Please enter it with the kana keyboard.
rules-kana-latin = Please enter your name in katakana. Latin letters such as “{ $found }” cannot be used. Use the kana keyboard.
rules-kana-kanji = Please enter your name in katakana. Kanji such as “{ $found }” cannot be used. Use the kana keyboard.
rules-kana-digit = Your name contains the digit “{ $found }”. Please enter your name in katakana only.
rules-kana-symbol = Your name contains “{ $found }”, which cannot be used. Use only katakana, with one space between family name and given name.

## Email address

rules-email-empty = The email address is missing. Please enter your email address.
rules-email-invalid-char = The email address contains “{ $found }”, which cannot be used. Use only letters, digits and special characters such as “.”, “-” and “_”.
rules-email-missing-at = The email address has no “@”. Enter the part before and after the “@”.
rules-email-multiple-at = The email address has more than one “@”. An address has exactly one. Please check it.
rules-email-local-empty = Nothing is entered before the “@”. Please enter the whole address.
rules-email-local-too-long = The part before the “@” is too long (at most { $max } characters). Please check the address.
rules-email-dots = This address has two dots in a row, or a dot at the start or just before the “@”. Such addresses cannot receive our email. Please enter a different email address.
rules-email-domain-empty = Nothing is entered after the “@”. Enter the part after the “@” too, for example “docomo.ne.jp”.
rules-email-domain-missing-dot = The part after the “@” seems incomplete. Enter it to the end, including the dot, for example “gmail.com”.
rules-email-domain-too-long = The part after the “@” is too long (at most { $max } characters). Please check the address.
rules-email-domain-invalid = The part after the “@” does not look right. It should look like “docomo.ne.jp”. Please check it.
rules-email-carrier-filter = { $carrier } addresses often block email from unknown senders, so our email may not arrive. Please allow email from the following sender in your mail settings.

## New password

rules-password-too-short = This password is too short. Use at least { $min } characters.
rules-password-too-long = This password is too long. Use at most { $max } characters.
rules-password-birth-date = This password contains your date of birth, which others can guess. Please choose a different password.
rules-password-login-id = This password contains the digits of your login ID, which others can guess. Please choose a different password.
rules-password-service-name = This password contains “kenpos”, which is easy to guess. Please choose a different password.
rules-password-email = This password contains part of your email address, which is easy to guess. Please choose a different password.
rules-password-guessable = This password is common or easy to guess. Use a longer password that only you know, for example several words together.
