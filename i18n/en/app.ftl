# The whole app
app-title = KENPOS signup help

# Header
header-switch-language = 日本語
header-high-contrast = High contrast
header-large-text = Larger text
header-start-over = Start over
header-demo = DEMO

# Common
common-back = Back

# Step indicator
steps-position = Step { $current } of { $total }
steps-login-id = Login ID
steps-password = Password
steps-consent = Consent
steps-setup = Basic setup
steps-confirm = Confirm
steps-email = Email
steps-ready = Ready to use
steps-eligibility = Eligibility

# Welcome screen
welcome-title = Welcome to KENPOS
welcome-intro = This screen helps you log in or sign up for the first time.
welcome-language-ja = 日本語
welcome-language-en = English
welcome-backend-down = The KENPOS server cannot be reached right now. Please try logging in or signing up a little later, or contact the KENPOS office below.
welcome-choose = Please choose the one that fits you.
welcome-choice-insured = Insured through your employer (the member)
welcome-choice-insured-detail = You belong to the society through your employer (an insured person). Log in with the symbol and number on your card
welcome-choice-family = Family member, continued or special retired member
welcome-choice-family-detail = A family member covered as a dependent, or someone who stayed in the society after leaving work (a voluntarily continued or special retired member). Sign up here
welcome-choice-forgot = Forgot your login ID or password
welcome-choice-forgot-detail = Find your ID, reset your password, or contact the KENPOS office
welcome-not-sure = Not sure which one?

# The "not sure" helper's questions
welcome-helper-title = Let us find out which one fits you
welcome-helper-at-work = Do you work for a company now and belong to this health insurance society through that company?
welcome-helper-family = Does one of these fit you?
    • You are covered by a family member's health insurance as their dependent
    • You left the company but stayed in this health insurance society (a voluntarily continued member)
    • You belong to it as a special retired member
welcome-helper-ask-staff = Please take your card or notice to the staff at the help desk. They will tell you which one to choose.
welcome-helper-yes = Yes
welcome-helper-no = No
welcome-helper-unsure = Not sure

# Forgot the login ID or password (the guide's two links)
forgot-login-or-password = Forgot your login ID or password
forgot-login-id = Forgot your login ID
forgot-password = Forgot your password
forgot-both = Forgot both your login ID and password

# Path names
path-insured-title = Log in as an insured person
path-family-title = First signup for family members, continued and special retired members
path-recovery-title = Forgot your login ID or password

# Config file errors
config-error-title = The configuration file has a problem
config-error-where = File { $file }, line { $line }
config-error-file = File { $file }
config-error-not-found = The configuration file that was named does not exist.
config-error-unreadable = The configuration file cannot be read.
config-error-invalid = The configuration file has a syntax error or a wrong value.
config-error-detail = Details: { $detail }
config-error-fix = For staff: correct the configuration file, then start the app again.
config-error-ca-not-found = The CA certificate file { $ca } (backend.ca_file) does not exist.
config-error-ca-unreadable = The CA certificate file { $ca } (backend.ca_file) cannot be read.
config-error-ca-no-certificate = The CA certificate file { $ca } (backend.ca_file) holds no PEM certificate (-----BEGIN CERTIFICATE-----).
config-error-ca-malformed = The CA certificate file { $ca } (backend.ca_file) holds a malformed certificate.
common-try-again = Try again
common-sending = Sending…
common-loading = Loading…

# A date in words (reading back a birth date)
date-in-words = { $day } { $month ->
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
    } { $year } ({ $era ->
        [meiji] Meiji
        [taisho] Taisho
        [showa] Showa
        [heisei] Heisei
        [reiwa] Reiwa
       *[none] Western
    } { $era_year })

# Staff panel
header-staff = Staff
staff-title = Staff panel
staff-version = App version
staff-backend = Backend
staff-backend-status = Connection
staff-backend-ok = Connected (version { $version }, answered in { $ms } ms)
staff-mode = Display mode
staff-language = Default language
staff-prefix = Login ID prefix
staff-insurers = Insurer numbers
staff-office = Office contact
staff-idle = Idle timers (normal / typing / warning / cap)
staff-token-store = Device token store
staff-refresh = Check again
staff-outbox = Demo outbox
staff-outbox-empty = No emails yet.
staff-outbox-verify = Signup confirmation → { $to }
staff-outbox-login-id = Login ID reminder → { $to }
staff-outbox-reset = Password reset → { $to }
staff-outbox-confirm = Confirm the link
staff-outbox-confirmed = Confirmed

# Birth date (both paths)
birth-hint = For example: 20000121, 2000/1/21, 平成12年1月21日, H12.1.21
birth-readback = { $date } — is that right?

## The anonymous step funnel in the staff panel (issue 18)
stats-title = Where members stop
stats-what = Counted on this kiosk per hour, when a session ends: how many opened each step and how they left it. Nothing about a member is kept.
stats-off = The step count is switched off on this kiosk ([stats] enabled = false).
stats-unreadable = The step count cannot be read: { $reason }
stats-empty = No session has ended in this period yet.
stats-period-day = Last 24 hours
stats-period-week = Last 7 days
stats-period-month = Last 30 days
stats-path-insured = Insured persons: first login
stats-path-family = Family and continued members: sign up
stats-path-recovery = Forgot login ID or password
stats-step-start = Before you start
stats-step-recovery = Forgot ID or password
stats-exit-completed = Went on
stats-exit-back = Back
stats-exit-start-over = Start over
stats-exit-idle = No activity
stats-exit-session-cap = Time limit
stats-exit-other-path = Other path
stats-exit-count = { $exit } { $count }
stats-opened = { $count ->
    [one] 1 opened
   *[other] { $count } opened
}
stats-top-errors = Messages shown most
stats-error-count = { $count } ×
stats-error-where = { $step } ({ $path })
stats-step-summary = { $opened }: { $left }
stats-list-separator = {", "}
