//! CSPRNG tokens; only their SHA-256 is stored.

use rand::TryRngCore;
use sha2::{Digest, Sha256};

/// A new random token: 32 bytes from the OS CSPRNG, hex (64 chars).
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    // OsRng failing means the OS has no entropy source; fall back to the thread RNG,
    // itself seeded from the OS.
    if rand::rngs::OsRng.try_fill_bytes(&mut bytes).is_err() {
        rand::Rng::fill(&mut rand::rng(), &mut bytes);
    }
    hex(&bytes)
}

/// SHA-256 of a token or key, hex.
pub fn hash(value: &str) -> String {
    hex(&Sha256::digest(value.as_bytes()))
}

/// A hash of `value` keyed with the server's secret: without the secret, a stored hash
/// cannot be checked against guessed request bodies (emails, login IDs).
pub fn keyed_hash(secret: &str, value: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(secret.as_bytes());
    hasher.update([0u8]);
    hasher.update(value.as_bytes());
    hex(&hasher.finalize())
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn tokens_are_random_and_hashed() {
        let a = super::new_token();
        assert_eq!(a.len(), 64);
        assert_ne!(a, super::new_token());
        assert_eq!(super::hash(&a), super::hash(&a));
        assert_ne!(super::hash(&a), a);
    }
}
