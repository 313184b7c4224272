//! Argon2id hashes (PHC strings) whose working memory goes back to the system.
//!
//! One run needs `m` KiB (19 MiB for the standard cost). The argon2 crate allocates it
//! with the global allocator; glibc serves such a block with `mmap`, and when it is
//! freed, raises its mmap threshold to that size, so from then on every buffer under
//! 19 MiB (frames, fonts, images) comes from the heap, where it stays: one hash left an
//! app holding ~110 MB where it used ~35 (issue 16). Blocks larger than 32 MiB do not
//! move the threshold, so the memory here is reserved a little above 32 MiB and only
//! `m` KiB of it is written (the rest is never touched, so never backed by RAM).

use argon2::password_hash::{Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};

/// Blocks (1 KiB each) reserved at least: just over glibc's largest mmap threshold.
const RESERVED_BLOCKS: usize = 32 * 1024 + 1;

fn memory(params: &Params) -> Vec<Block> {
    let blocks = params.block_count();
    let mut memory = Vec::with_capacity(blocks.max(RESERVED_BLOCKS));
    memory.resize(blocks, Block::default());
    memory
}

fn run(params: &Params, version: Version, password: &[u8], salt: &[u8], out: &mut [u8]) -> bool {
    let argon = Argon2::new(Algorithm::Argon2id, version, params.clone());
    argon
        .hash_password_into_with_memory(password, salt, out, memory(params))
        .is_ok()
}

/// The PHC string of an argon2id (v19) hash of `password` with a random salt.
pub fn hash(params: &Params, password: &[u8]) -> Option<String> {
    let mut salt = [0u8; 16];
    rand::Rng::fill(&mut rand::rng(), &mut salt);
    let salt_string = SaltString::encode_b64(&salt).ok()?;
    let mut out = vec![0u8; params.output_len().unwrap_or(Params::DEFAULT_OUTPUT_LEN)];
    if !run(params, Version::V0x13, password, &salt, &mut out) {
        return None;
    }
    let phc = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(params).ok()?,
        salt: Some(salt_string.as_salt()),
        hash: Some(Output::new(&out).ok()?),
    };
    Some(phc.to_string())
}

/// Whether `password` matches an argon2id PHC string (its own parameters and salt);
/// false for anything that is not one. The comparison takes constant time.
pub fn verify(phc: &str, password: &[u8]) -> bool {
    let Ok(parsed) = PasswordHash::new(phc) else {
        return false;
    };
    if parsed.algorithm != Algorithm::Argon2id.ident() {
        return false;
    }
    let version = match parsed.version.map(Version::try_from) {
        None => Version::V0x13,
        Some(Ok(version)) => version,
        Some(Err(_)) => return false,
    };
    let Ok(params) = Params::try_from(&parsed) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
        return false;
    };
    let mut salt_bytes = [0u8; 64];
    let Ok(salt) = salt.decode_b64(&mut salt_bytes) else {
        return false;
    };
    let mut out = vec![0u8; expected.len()];
    run(&params, version, password, salt, &mut out)
        && Output::new(&out).is_ok_and(|o| o == expected)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use argon2::password_hash::{PasswordHasher, PasswordVerifier};

    use super::*;

    fn small() -> Params {
        Params::new(256, 2, 1, None).unwrap()
    }

    #[test]
    fn hashes_agree_with_the_argon2_crate_both_ways() {
        let ours = hash(&small(), b"green-tea-1977").unwrap();
        assert!(ours.starts_with("$argon2id$v=19$m=256,t=2,p=1$"), "{ours}");
        let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, small());
        argon
            .verify_password(b"green-tea-1977", &PasswordHash::new(&ours).unwrap())
            .unwrap();
        let salt = SaltString::encode_b64(b"0123456789abcdef").unwrap();
        let theirs = argon
            .hash_password(b"blue-sky-1975", &salt)
            .unwrap()
            .to_string();
        assert!(verify(&theirs, b"blue-sky-1975"));
        assert!(!verify(&theirs, b"blue-sky-1976"));
        assert!(!verify(&ours, b"blue-sky-1975"));
    }

    #[test]
    fn anything_but_an_argon2id_phc_string_is_refused() {
        let argon2i = Argon2::new(Algorithm::Argon2i, Version::V0x13, small())
            .hash_password(b"x", &SaltString::encode_b64(b"0123456789abcdef").unwrap())
            .unwrap()
            .to_string();
        for phc in [
            "",
            "1234",
            "$argon2id$v=19$m=256,t=2,p=1$",
            argon2i.as_str(),
        ] {
            assert!(!verify(phc, b"x"), "{phc}");
        }
    }
}
