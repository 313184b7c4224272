//! kenpos-kiosk: the assisted first-login and signup kiosk for KENPOS.
