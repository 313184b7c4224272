//! The `kenpos-kiosk` binary.

fn main() {}
