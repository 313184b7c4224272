//! The device token store: the mock keyring, the 0600 file store, the `token` CLI, a
//! process without D-Bus, and (when `dbus-run-session` and `gnome-keyring-daemon` are
//! installed) the real Secret Service.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;
use std::sync::Once;

use kenpos_kiosk::device_token::{
    DeviceTokenConfig, DeviceTokenStore, InvalidToken, StoreKind, TokenError, TokenStatus,
    install_platform_store,
};
use kenpos_kiosk::token_cli::{TokenCommand, run};

/// Child-process switch for the tests that need a fresh process.
const CHILD_ENV: &str = "KENPOS_TOKEN_TEST_CHILD";

fn mock_store() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| keyring_core::set_default_store(keyring_core::mock::Store::new().unwrap()));
}

fn keyring(user: &str) -> DeviceTokenStore {
    mock_store();
    DeviceTokenStore::Keyring {
        service: "kenpos-kiosk-test".into(),
        user: user.into(),
    }
}

fn file_config(path: &Path) -> DeviceTokenConfig {
    DeviceTokenConfig {
        store: StoreKind::File,
        file: path.to_path_buf(),
    }
}

fn cli(
    command: TokenCommand,
    config: &DeviceTokenConfig,
    stdin: &[u8],
) -> (String, Result<(), TokenError>) {
    let mut out = Vec::new();
    let result = run(&command, config, stdin, &mut out);
    (String::from_utf8(out).unwrap(), result)
}

#[test]
fn mock_keyring_round_trip() {
    let store = keyring("round-trip");
    assert!(matches!(store.status(), TokenStatus::Absent { .. }));
    assert_eq!(store.get().unwrap(), None);
    store.set("tok-ABC_123.xyz\n").unwrap();
    let TokenStatus::Present { store: name } = store.status() else {
        panic!("not present: {:?}", store.status());
    };
    assert_eq!(name, "OS credential store (kenpos-kiosk-test/round-trip)");
    assert_eq!(store.get().unwrap().unwrap().as_str(), "tok-ABC_123.xyz");
    store.set("second").unwrap();
    assert_eq!(store.get().unwrap().unwrap().as_str(), "second");
    assert!(store.clear().unwrap());
    assert!(matches!(store.status(), TokenStatus::Absent { .. }));
    assert!(!store.clear().unwrap());
}

#[test]
fn mock_keyring_validation_leaves_the_token_alone() {
    let store = keyring("validation");
    store.set("good").unwrap();
    let long = "x".repeat(513);
    for (bad, expected) in [
        ("", InvalidToken::Empty),
        ("\n", InvalidToken::Empty),
        ("has space", InvalidToken::NotPrintable { position: 4 }),
        ("tab\there", InvalidToken::NotPrintable { position: 4 }),
        ("トークン", InvalidToken::NotPrintable { position: 1 }),
        (long.as_str(), InvalidToken::TooLong { len: 513 }),
    ] {
        assert_eq!(
            store.set(bad),
            Err(TokenError::Invalid(expected)),
            "{bad:?}"
        );
    }
    assert_eq!(store.get().unwrap().unwrap().as_str(), "good");
    store.set(&"y".repeat(512)).unwrap();
    store.clear().unwrap();
}

#[test]
fn mock_keyring_locked_is_unavailable_with_the_fallback() {
    let store = keyring("locked");
    store.set("tok").unwrap();
    let entry = keyring_core::Entry::new("kenpos-kiosk-test", "locked").unwrap();
    let cred: &keyring_core::mock::Cred = entry.as_any().downcast_ref().unwrap();
    cred.set_error(keyring_core::Error::NoStorageAccess(
        "collection is locked".into(),
    ));
    let TokenStatus::Unavailable { reason, .. } = store.status() else {
        panic!("not unavailable");
    };
    assert!(
        reason.contains("probably locked (collection is locked)"),
        "{reason}"
    );
    assert!(reason.contains("store = \"file\""), "{reason}");
    assert!(matches!(store.status(), TokenStatus::Present { .. }));
    store.clear().unwrap();
}

#[test]
fn cli_against_mock_keyring_never_prints_the_token() {
    mock_store();
    let config = DeviceTokenConfig::default();
    let token = "cli-s3cret-TOKEN";
    let (out, result) = cli(
        TokenCommand::Set,
        &config,
        format!("{token}\nnext line\n").as_bytes(),
    );
    result.unwrap();
    assert_eq!(
        out,
        "device token stored in OS credential store (kenpos-kiosk/device-token)\n"
    );
    let stored = DeviceTokenStore::from_config(&config)
        .get()
        .unwrap()
        .unwrap();
    assert_eq!(stored.as_str(), token, "only the first line is the token");

    let (status, result) = cli(TokenCommand::Status, &config, b"");
    result.unwrap();
    assert_eq!(
        status,
        "store: OS credential store (kenpos-kiosk/device-token)\ntoken: present\n"
    );
    let (cleared, result) = cli(TokenCommand::Clear, &config, b"");
    result.unwrap();
    assert!(
        cleared.starts_with("device token removed from"),
        "{cleared}"
    );
    let (status, result) = cli(TokenCommand::Status, &config, b"");
    result.unwrap();
    assert!(status.ends_with("token: absent\n"), "{status}");
    for text in [&out, &status, &cleared] {
        assert!(!text.contains(token) && !text.contains("s3cret"));
    }
}

#[cfg(unix)]
mod file_store {
    use super::*;
    use std::fs;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &Path) -> u32 {
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn set_creates_0600_file_and_0700_dir() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("etc/kenpos-kiosk/device-token");
        let store = DeviceTokenStore::from_config(&file_config(&path));
        assert!(matches!(store.status(), TokenStatus::Absent { .. }));
        assert_eq!(store.get().unwrap(), None);
        store.set("file-tok-1\n").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "file-tok-1\n");
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(path.parent().unwrap()), 0o700);
        assert_eq!(store.get().unwrap().unwrap().as_str(), "file-tok-1");
        assert_eq!(
            store.status(),
            TokenStatus::Present {
                store: format!("file {}", path.display())
            }
        );
        let names: Vec<_> = fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["device-token"], "no temporary file left behind");
    }

    #[test]
    fn world_readable_file_is_refused_with_chmod_advice() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("device-token");
        fs::write(&path, "tok\n").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        let store = DeviceTokenStore::from_config(&file_config(&path));
        let error = store.get().unwrap_err();
        assert_eq!(
            error,
            TokenError::InsecureFile {
                path: path.clone(),
                mode: 0o644
            }
        );
        let message = error.to_string();
        assert!(
            message.contains(&format!("run `chmod 600 {}`", path.display())),
            "{message}"
        );
        assert!(!message.contains("tok\n"));
        let TokenStatus::Unavailable { reason, .. } = store.status() else {
            panic!("not unavailable");
        };
        assert_eq!(reason, message);
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        assert!(matches!(
            store.get(),
            Err(TokenError::InsecureFile { mode: 0o640, .. })
        ));
        // set replaces the loose file with a 0600 one.
        store.set("fresh").unwrap();
        assert_eq!(mode(&path), 0o600);
        assert_eq!(store.get().unwrap().unwrap().as_str(), "fresh");
    }

    #[test]
    fn hand_written_file_and_bad_content() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("device-token");
        let store = DeviceTokenStore::from_config(&file_config(&path));
        for (content, expected) in [
            (&b"crlf-tok\r\n"[..], Ok("crlf-tok")),
            (b"bare", Ok("bare")),
        ] {
            fs::write(&path, content).unwrap();
            fs::set_permissions(&path, fs::Permissions::from_mode(0o400)).unwrap();
            assert_eq!(
                store.get().map(|t| t.unwrap().to_string()),
                expected.map(String::from)
            );
            fs::remove_file(&path).unwrap();
        }
        for (content, expected) in [
            (&b""[..], InvalidToken::Empty),
            (b"two words\n", InvalidToken::NotPrintable { position: 4 }),
            (b"ab\xff\n", InvalidToken::NotPrintable { position: 3 }),
        ] {
            fs::write(&path, content).unwrap();
            fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
            assert_eq!(store.get(), Err(TokenError::Invalid(expected)));
        }
        fs::write(&path, "z".repeat(600)).unwrap();
        assert_eq!(
            store.get(),
            Err(TokenError::Invalid(InvalidToken::TooLong { len: 600 }))
        );
        assert!(store.clear().unwrap());
        assert!(!path.exists());
        assert!(!store.clear().unwrap());
        assert!(matches!(store.status(), TokenStatus::Absent { .. }));
    }

    #[test]
    fn cli_against_file_never_prints_the_token() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("device-token");
        let config = file_config(&path);
        let (out, result) = cli(TokenCommand::Set, &config, b"file-cli-SECRET\n");
        result.unwrap();
        assert_eq!(
            out,
            format!("device token stored in file {}\n", path.display())
        );
        assert_eq!(fs::read_to_string(&path).unwrap(), "file-cli-SECRET\n");
        let (status, result) = cli(TokenCommand::Status, &config, b"");
        result.unwrap();
        assert!(status.ends_with("token: present\n"), "{status}");
        let (empty, result) = cli(TokenCommand::Set, &config, b"");
        assert_eq!(result, Err(TokenError::Invalid(InvalidToken::Empty)));
        assert_eq!(empty, "");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o604)).unwrap();
        let (loose, result) = cli(TokenCommand::Status, &config, b"");
        assert!(
            loose.ends_with("token: unavailable (see the error below)\n"),
            "{loose}"
        );
        assert!(matches!(result, Err(TokenError::InsecureFile { .. })));
        let (cleared, result) = cli(TokenCommand::Clear, &config, b"");
        result.unwrap();
        assert!(
            cleared.starts_with("device token removed from file"),
            "{cleared}"
        );
        let (again, result) = cli(TokenCommand::Clear, &config, b"");
        result.unwrap();
        assert!(
            again.starts_with("no device token was stored in file"),
            "{again}"
        );
        for text in [&out, &status, &loose, &cleared] {
            assert!(!text.contains("SECRET"));
        }
    }
}

/// Runs one `#[ignore]`d test of this binary in a child process (through `wrapper`,
/// e.g. `dbus-run-session`), returning (success, stdout + stderr).
#[cfg(all(unix, not(target_os = "macos")))]
fn run_child(mut command: Command, test: &str, role: &str) -> (bool, String) {
    let exe = std::env::current_exe().unwrap();
    let output = command
        .arg(exe)
        .args([
            "--exact",
            test,
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, role)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), text)
}

#[cfg(all(unix, not(target_os = "macos")))]
#[test]
fn without_dbus_the_keyring_is_unavailable_and_says_so() {
    let mut command = Command::new("env");
    command
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/kenpos-kiosk-test-bus",
        )
        .env_remove("XDG_RUNTIME_DIR");
    let (ok, text) = run_child(command, "no_dbus_child", "no-dbus");
    assert!(ok && text.contains("NO-DBUS-OK"), "{text}");
}

#[test]
#[ignore = "run in a child process by without_dbus_the_keyring_is_unavailable_and_says_so"]
fn no_dbus_child() {
    if std::env::var(CHILD_ENV).as_deref() != Ok("no-dbus") {
        return;
    }
    let error = install_platform_store().unwrap_err();
    let message = error.to_string();
    assert!(
        matches!(error, TokenError::NoCredentialStore { .. }),
        "{error:?}"
    );
    assert!(
        message.starts_with("no credential store is running ("),
        "{message}"
    );
    assert!(
        message.contains("set [device_token] store = \"file\""),
        "{message}"
    );
    let config = DeviceTokenConfig::default();
    let TokenStatus::Unavailable { reason, .. } = DeviceTokenStore::from_config(&config).status()
    else {
        panic!("not unavailable");
    };
    assert_eq!(reason, message, "status keeps the platform's reason");
    let (out, result) = cli(TokenCommand::Status, &config, b"");
    assert!(
        out.ends_with("token: unavailable (see the error below)\n"),
        "{out}"
    );
    assert_eq!(result, Err(error.clone()));
    let (_, result) = cli(TokenCommand::Set, &config, b"never-stored\n");
    assert_eq!(result, Err(error));
    println!("NO-DBUS-OK: {message}");
}

#[cfg(all(unix, not(target_os = "macos")))]
fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

#[cfg(all(unix, not(target_os = "macos")))]
#[test]
fn real_secret_service_round_trip() {
    let missing: Vec<_> = ["dbus-run-session", "gnome-keyring-daemon", "timeout"]
        .into_iter()
        .filter(|p| !on_path(p))
        .collect();
    if !missing.is_empty() {
        println!(
            "SKIPPED real_secret_service_round_trip: {} not installed \
             (Debian: dbus-daemon, dbus-user-session, gnome-keyring)",
            missing.join(", ")
        );
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let runtime = home.path().join("run");
    std::fs::create_dir(&runtime).unwrap();
    std::fs::set_permissions(
        &runtime,
        std::os::unix::fs::PermissionsExt::from_mode(0o700),
    )
    .unwrap();
    let mut command = Command::new("timeout");
    command
        .args(["60", "dbus-run-session", "--", "sh", "-c"])
        .arg(
            "echo kiosk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null \
             && exec \"$@\"",
        )
        .arg("sh")
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("XDG_RUNTIME_DIR", &runtime)
        .env_remove("DBUS_SESSION_BUS_ADDRESS");
    let (ok, text) = run_child(command, "real_store_child", "real");
    if let Some(reason) = text
        .lines()
        .find(|l| l.starts_with("REAL-STORE-UNAVAILABLE"))
    {
        println!("SKIPPED real_secret_service_round_trip: {reason}");
        return;
    }
    assert!(ok && text.contains("REAL-STORE-OK"), "{text}");
    let line = text.lines().find_map(|l| l.split_once("REAL-STORE-OK: "));
    println!(
        "real Secret Service round trip ran: {}",
        line.map_or("", |(_, done)| done)
    );
}

#[test]
#[ignore = "run inside dbus-run-session by real_secret_service_round_trip"]
fn real_store_child() {
    if std::env::var(CHILD_ENV).as_deref() != Ok("real") {
        return;
    }
    if let Err(error) = install_platform_store() {
        println!("REAL-STORE-UNAVAILABLE: {error}");
        return;
    }
    let config = DeviceTokenConfig::default();
    let store = DeviceTokenStore::from_config(&config);
    assert!(
        matches!(store.status(), TokenStatus::Absent { .. }),
        "{:?}",
        store.status()
    );
    let (out, result) = cli(TokenCommand::Set, &config, b"real-store-TOKEN-42\n");
    result.unwrap();
    assert!(!out.contains("TOKEN-42"));
    assert!(matches!(store.status(), TokenStatus::Present { .. }));
    assert_eq!(
        store.get().unwrap().unwrap().as_str(),
        "real-store-TOKEN-42"
    );
    store.set("replaced").unwrap();
    assert_eq!(store.get().unwrap().unwrap().as_str(), "replaced");
    assert!(store.clear().unwrap());
    assert!(matches!(store.status(), TokenStatus::Absent { .. }));
    assert!(!store.clear().unwrap());
    println!("REAL-STORE-OK: set, status, get, replace, clear against gnome-keyring");
}
