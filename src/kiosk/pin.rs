//! The staff exit PIN: only its argon2id hash (a PHC string) is kept, in the config.

use std::fmt;

use argon2::Params;
use argon2::password_hash::PasswordHash;
use serde::Deserialize;

/// The shortest PIN `pin hash` accepts.
pub const MIN_PIN_DIGITS: usize = 6;
/// The longest PIN `pin hash` accepts (and the pad lets staff type).
pub const MAX_PIN_DIGITS: usize = 32;

/// Why a PIN or its hash was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PinError {
    /// Fewer than [`MIN_PIN_DIGITS`] digits.
    #[error("the PIN must have at least {MIN_PIN_DIGITS} digits")]
    TooShort,
    /// More than [`MAX_PIN_DIGITS`] digits.
    #[error("the PIN must have at most {MAX_PIN_DIGITS} digits")]
    TooLong,
    /// Something other than the ASCII digits 0–9 (the pad has only those).
    #[error("the PIN may contain only the digits 0-9")]
    NotDigits,
    /// The config value is not an argon2id PHC string.
    #[error(
        "kiosk.exit_pin_hash is not an argon2id PHC string ($argon2id$v=19$m=...,t=...,p=...$salt$hash): {0}; make one with `kenpos-kiosk pin hash`"
    )]
    Malformed(String),
    /// The hash was made with weaker parameters than `pin hash` uses: a stolen config
    /// would give the PIN up quickly.
    #[error(
        "kiosk.exit_pin_hash uses weak argon2id parameters (m={memory_kib} KiB, t={passes}); at least m={MIN_MEMORY_KIB}, t={MIN_PASSES} are needed: make a new one with `kenpos-kiosk pin hash`"
    )]
    Weak {
        /// Memory of the hash, KiB.
        memory_kib: u32,
        /// Passes of the hash.
        passes: u32,
    },
    /// Hashing failed (should not happen with valid parameters).
    #[error("the PIN could not be hashed")]
    Hashing,
}

/// The least memory (KiB) a configured PIN hash may use: `pin hash`'s own (OWASP).
pub const MIN_MEMORY_KIB: u32 = 19 * 1024;
/// The fewest passes a configured PIN hash may use.
pub const MIN_PASSES: u32 = 2;

/// Checks a new PIN: ASCII digits only, [`MIN_PIN_DIGITS`]..=[`MAX_PIN_DIGITS`] of them.
pub fn check_new_pin(pin: &str) -> Result<(), PinError> {
    if !pin.bytes().all(|b| b.is_ascii_digit()) {
        return Err(PinError::NotDigits);
    }
    match pin.len() {
        n if n < MIN_PIN_DIGITS => Err(PinError::TooShort),
        n if n > MAX_PIN_DIGITS => Err(PinError::TooLong),
        _ => Ok(()),
    }
}

/// Hashes a new PIN with argon2id (19 MiB, t=2, p=1, a random 16-byte salt) after
/// [`check_new_pin`]; returns the PHC string to put in `kiosk.exit_pin_hash`.
pub fn hash_pin(pin: &str) -> Result<String, PinError> {
    check_new_pin(pin)?;
    let params = Params::new(19 * 1024, 2, 1, None).map_err(|_| PinError::Hashing)?;
    hash_with(pin, params)
}

/// Hashes with the given argon2id parameters (tests use tiny ones). The working
/// memory goes back to the system afterwards (see [`kenpos_reference::argon`]).
pub fn hash_with(pin: &str, params: Params) -> Result<String, PinError> {
    kenpos_reference::argon::hash(&params, pin.as_bytes()).ok_or(PinError::Hashing)
}

/// `kiosk.exit_pin_hash`: a validated argon2id PHC string (never the PIN).
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct PinHash(String);

impl fmt::Debug for PinHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PinHash(argon2id, ..)")
    }
}

impl TryFrom<String> for PinHash {
    type Error = PinError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        PinHash::parse(value.trim())
    }
}

impl PinHash {
    /// Parses and checks a PHC string: algorithm argon2id, valid parameters, a salt
    /// and a hash.
    pub fn parse(phc: &str) -> Result<PinHash, PinError> {
        let parsed = PasswordHash::new(phc).map_err(|e| PinError::Malformed(e.to_string()))?;
        if parsed.algorithm != argon2::ARGON2ID_IDENT {
            return Err(PinError::Malformed(format!(
                "the algorithm is {}, not argon2id",
                parsed.algorithm
            )));
        }
        let params = Params::try_from(&parsed).map_err(|e| PinError::Malformed(e.to_string()))?;
        if parsed.salt.is_none() || parsed.hash.is_none() {
            return Err(PinError::Malformed("salt or hash missing".to_owned()));
        }
        if params.m_cost() < MIN_MEMORY_KIB || params.t_cost() < MIN_PASSES {
            return Err(PinError::Weak {
                memory_kib: params.m_cost(),
                passes: params.t_cost(),
            });
        }
        Ok(PinHash(phc.to_owned()))
    }

    /// Whether `pin` matches (with the parameters stored in the hash). Takes as long as
    /// argon2id takes: run it off the UI thread.
    pub fn verify(&self, pin: &str) -> bool {
        kenpos_reference::argon::verify(&self.0, pin.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cheap() -> Params {
        Params::new(64, 1, 1, None).unwrap()
    }

    #[test]
    fn new_pins_are_six_or_more_ascii_digits() {
        assert_eq!(check_new_pin("12345"), Err(PinError::TooShort));
        assert_eq!(check_new_pin(""), Err(PinError::TooShort));
        assert_eq!(check_new_pin("12345a"), Err(PinError::NotDigits));
        assert_eq!(
            check_new_pin("\u{FF11}\u{FF12}\u{FF13}\u{FF14}\u{FF15}\u{FF16}"),
            Err(PinError::NotDigits)
        );
        assert_eq!(check_new_pin("123 456"), Err(PinError::NotDigits));
        assert_eq!(check_new_pin(&"1".repeat(33)), Err(PinError::TooLong));
        assert_eq!(check_new_pin("123456"), Ok(()));
        assert_eq!(hash_pin("12345"), Err(PinError::TooShort));
    }

    #[test]
    fn a_hash_weaker_than_pin_hashs_own_is_refused() {
        let phc = hash_with("246810", cheap()).unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=64,t=1,p=1$"), "{phc}");
        assert_eq!(
            PinHash::parse(&phc),
            Err(PinError::Weak {
                memory_kib: 64,
                passes: 1
            })
        );
        let fewer_passes = hash_with("246810", Params::new(19 * 1024, 1, 1, None).unwrap());
        assert!(matches!(
            PinHash::parse(&fewer_passes.unwrap()),
            Err(PinError::Weak { passes: 1, .. })
        ));
    }

    #[test]
    fn a_hash_verifies_its_pin_only() {
        let phc = hash_pin("246810").unwrap();
        let hash = PinHash::parse(&phc).unwrap();
        assert!(hash.verify("246810"));
        assert!(!hash.verify("246811"));
        assert!(!hash.verify(""));
        assert!(
            !format!("{hash:?}").contains(&phc[20..]),
            "Debug hides the hash"
        );
        // Two hashes of one PIN differ (random salt).
        assert_ne!(phc, hash_pin("246810").unwrap());
    }

    #[test]
    fn the_production_hash_uses_owasp_parameters() {
        let phc = hash_pin("97531086").unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        assert!(PinHash::parse(&phc).unwrap().verify("97531086"));
    }

    #[test]
    fn malformed_hashes_are_refused() {
        for bad in [
            "",
            "123456",
            "$argon2id$",
            "$argon2i$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
            "$bcrypt$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHQ",
            "$argon2id$v=19$m=1,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
        ] {
            assert!(
                matches!(PinHash::parse(bad), Err(PinError::Malformed(_))),
                "{bad:?}"
            );
        }
    }
}
