# Leaving kiosk mode (staff only): PIN pad and staff menu
kiosk-pin-title = Staff only
kiosk-pin-intro = Enter the staff PIN to leave the kiosk screen.
kiosk-pin-empty = PIN not entered
kiosk-pin-ok = OK
kiosk-pin-cancel = Cancel
kiosk-pin-checking = Checking…
kiosk-pin-wrong = The PIN is not correct.
kiosk-pin-locked = Too many wrong PINs. Try again in { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }.
kiosk-menu-title = Staff menu
kiosk-menu-intro = The member's session has ended. What would you like to do?
kiosk-menu-staff-panel = Staff panel
kiosk-menu-back = Back to the kiosk
kiosk-menu-quit = Quit the app
