//! Demo seed data, following the member guide's examples.
//!
//! Inserted when the database is new and `seed_demo` is on. [`SEED`] lists every person
//! so tests, the README and help-desk training can name them.

use rusqlite::{Connection, params};

use crate::ReferenceError;
use crate::canon;
use crate::password::{self, HashCost};

/// The society's insurer number (passes the check digit).
pub const SOCIETY_INSURER: &str = "06139984";
/// A 特例退職 insurer number of the same society (check digit computed: 4).
pub const RETIREE_INSURER: &str = "63139984";

/// Kind of person in the seed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeedKind {
    /// 被保険者本人: logs in with `7132-` + symbol + number.
    Insured,
    /// 被扶養者: shares the insured's symbol and number; signs up with email.
    Dependent,
    /// 任意継続被保険者: own symbol and number; signs up with email.
    Voluntary,
    /// 特例退職被保険者 (insurer `63…`); signs up with email.
    Retiree,
}

/// One seeded person. Already-registered family members have an email and password.
#[derive(Debug, Clone, Copy)]
pub struct SeedPerson {
    /// Kind.
    pub kind: SeedKind,
    /// 保険者番号.
    pub insurer_number: &'static str,
    /// 記号 as printed.
    pub symbol: &'static str,
    /// 番号 as printed.
    pub number: &'static str,
    /// 枝番.
    pub branch: &'static str,
    /// Name in katakana.
    pub name_kana: &'static str,
    /// Birth date `YYYY-MM-DD` (insured: the initial password is its 8 digits).
    pub birth_date: &'static str,
    /// Registered account: (email, password) for family members; for insured persons who
    /// finished onboarding, (email, new password).
    pub registered: Option<(&'static str, &'static str)>,
}

/// Every seeded person.
pub const SEED: &[SeedPerson] = &[
    // Guide example 1: 7132-091200001 / 20000121 (first login owed).
    SeedPerson {
        kind: SeedKind::Insured,
        insurer_number: SOCIETY_INSURER,
        symbol: "91",
        number: "200001",
        branch: "00",
        name_kana: "ケンコウ　タロウ",
        birth_date: "2000-01-21",
        registered: None,
    },
    // Their dependent, not yet registered (family signup path).
    SeedPerson {
        kind: SeedKind::Dependent,
        insurer_number: SOCIETY_INSURER,
        symbol: "91",
        number: "200001",
        branch: "02",
        name_kana: "ケンコウ　ハナコ",
        birth_date: "2002-05-10",
        registered: None,
    },
    // Guide example 2: 7132-123004567 / 19800121.
    SeedPerson {
        kind: SeedKind::Insured,
        insurer_number: SOCIETY_INSURER,
        symbol: "123",
        number: "4567",
        branch: "00",
        name_kana: "ホケン　ジロウ",
        birth_date: "1980-01-21",
        registered: None,
    },
    // 任意継続: own symbol and number, not yet registered.
    SeedPerson {
        kind: SeedKind::Voluntary,
        insurer_number: SOCIETY_INSURER,
        symbol: "500",
        number: "12345",
        branch: "00",
        name_kana: "ニンイ　ケイコ",
        birth_date: "1965-04-01",
        registered: None,
    },
    // Old paper certificate whose symbol is kana (任意継続, not registered).
    SeedPerson {
        kind: SeedKind::Voluntary,
        insurer_number: SOCIETY_INSURER,
        symbol: "ハビ",
        number: "123456",
        branch: "00",
        name_kana: "カミ　サチコ",
        birth_date: "1958-11-03",
        registered: None,
    },
    // A fully registered household: eligibility → already registered.
    SeedPerson {
        kind: SeedKind::Insured,
        insurer_number: SOCIETY_INSURER,
        symbol: "300",
        number: "300001",
        branch: "00",
        name_kana: "トウロク　イチロウ",
        birth_date: "1975-03-03",
        registered: Some(("ichiro@example.jp", "blue-sky-1975")),
    },
    SeedPerson {
        kind: SeedKind::Dependent,
        insurer_number: SOCIETY_INSURER,
        symbol: "300",
        number: "300001",
        branch: "01",
        name_kana: "トウロク　ミチコ",
        birth_date: "1977-07-07",
        registered: Some(("michiko@example.jp", "green-tea-1977")),
    },
    // 特例退職 member under the second insurer number, not registered.
    SeedPerson {
        kind: SeedKind::Retiree,
        insurer_number: RETIREE_INSURER,
        symbol: "1",
        number: "700001",
        branch: "00",
        name_kana: "タイショク　ゴロウ",
        birth_date: "1955-08-08",
        registered: None,
    },
];

/// The password a seeded member logs in with, if any: a registered member's own, an
/// unregistered insured member's birth date (the first password).
fn seed_password(p: &SeedPerson) -> Option<String> {
    match (p.kind, p.registered) {
        (_, Some((_, pw))) => Some(pw.to_owned()),
        (SeedKind::Insured, None) => Some(p.birth_date.replace('-', "")),
        (_, None) => None,
    }
}

/// Inserts [`SEED`].
pub fn insert(conn: &Connection, cost: HashCost, prefix: &str) -> Result<(), ReferenceError> {
    // Hash the seed passwords in parallel (argon2id is deliberately slow), but leave a
    // core free: the embedded backend seeds while the app opens its window.
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get().saturating_sub(1))
        .clamp(1, SEED.len());
    let mut hashes: Vec<Option<String>> = vec![None; SEED.len()];
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|worker| {
                scope.spawn(move || {
                    SEED.iter()
                        .enumerate()
                        .skip(worker)
                        .step_by(workers)
                        .map(|(i, p)| {
                            (i, seed_password(p).and_then(|pw| password::hash(cost, &pw)))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for handle in handles {
            for (i, hash) in handle.join().unwrap_or_default() {
                hashes[i] = hash;
            }
        }
    });
    for (p, hash) in SEED.iter().zip(hashes) {
        let symbol = canon::symbol(p.symbol);
        let number = canon::number(p.number).ok_or(ReferenceError::Database)?;
        let name = canon::name_kana(p.name_kana).ok_or(ReferenceError::Database)?;
        let kind = match p.kind {
            SeedKind::Insured => "insured",
            SeedKind::Dependent => "dependent",
            SeedKind::Voluntary => "voluntary",
            SeedKind::Retiree => "retiree",
        };
        let (login_id, email, pw, initial, first_login, active) = match (p.kind, p.registered) {
            (SeedKind::Insured, None) => (
                Some(canon::insured_login_id(prefix, p.symbol, p.number)),
                None,
                Some(p.birth_date.replace('-', "")),
                1,
                1,
                1,
            ),
            (SeedKind::Insured, Some((email, pw))) => (
                Some(canon::insured_login_id(prefix, p.symbol, p.number)),
                Some(email.to_owned()),
                Some(pw.to_owned()),
                0,
                0,
                1,
            ),
            (_, Some((email, pw))) => (
                Some(email.to_owned()),
                Some(email.to_owned()),
                Some(pw.to_owned()),
                0,
                0,
                1,
            ),
            (_, None) => (None, None, None, 0, 0, 0),
        };
        if pw.is_some() != hash.is_some() {
            return Err(ReferenceError::Hashing);
        }
        conn.execute(
            "INSERT INTO persons (kind, insurer_number, symbol, number, branch, name_kana, birth_date,
                login_id, email, password_hash, initial_password, first_login, active)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            params![kind, p.insurer_number, symbol, number, p.branch, name, p.birth_date,
                login_id, email, hash, initial, first_login, active],
        )
        .map_err(|_| ReferenceError::Database)?;
    }
    Ok(())
}
