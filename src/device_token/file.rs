//! The explicit file store: one line, mode 0600, replaced atomically.
//!
//! On Unix the file is created 0600 (its directory 0700 when missing) and a file that
//! group or others may access is refused. On Windows the file inherits the ACL of the
//! user's config directory.
//!
//! The file must belong to the user the kiosk runs as (0600 means only the owner reads
//! it): provision it as that user (`sudo -u kiosk kenpos-kiosk token set`), or as root
//! and then `chown` the file and its directory to that user.

use std::fs::{self, File, OpenOptions};
use std::io::{ErrorKind, Read, Write};
use std::path::{Path, PathBuf};

use zeroize::Zeroizing;

use super::{InvalidToken, MAX_TOKEN_LEN, TokenError};

#[cfg(unix)]
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};

/// Longest file read: the token, `\r\n`, and one byte to detect more.
const MAX_FILE_LEN: usize = MAX_TOKEN_LEN + 3;

/// Writes `token` (already validated) followed by a newline.
pub(super) fn write(path: &Path, token: &str) -> Result<(), TokenError> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.exists() {
        let mut builder = fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        builder.mode(0o700);
        builder
            .create(&dir)
            .map_err(|e| TokenError::io("create directory", &dir, &e))?;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "device-token".to_owned());
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let result = write_new(&tmp, token)
        .and_then(|()| fs::rename(&tmp, path).map_err(|e| TokenError::io("replace", path, &e)));
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result?;
    // Make the rename durable; not every platform can sync a directory.
    if let Ok(dir) = File::open(&dir) {
        let _ = dir.sync_all();
    }
    Ok(())
}

fn write_new(tmp: &Path, token: &str) -> Result<(), TokenError> {
    match fs::remove_file(tmp) {
        Ok(()) => {}
        Err(e) if e.kind() == ErrorKind::NotFound => {}
        Err(e) => return Err(TokenError::io("remove stale", tmp, &e)),
    }
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    options.mode(0o600);
    let mut file = options
        .open(tmp)
        .map_err(|e| TokenError::io("create", tmp, &e))?;
    let mut line = Zeroizing::new(String::with_capacity(token.len() + 1));
    line.push_str(token);
    line.push('\n');
    file.write_all(line.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|e| TokenError::io("write", tmp, &e))
}

/// The file's content (not yet validated), or `None` when there is no file.
pub(super) fn read(path: &Path) -> Result<Option<Zeroizing<String>>, TokenError> {
    let mut file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(TokenError::io("read", path, &e)),
    };
    let meta = file
        .metadata()
        .map_err(|e| TokenError::io("read", path, &e))?;
    if !meta.is_file() {
        return Err(TokenError::NotAFile {
            path: path.to_path_buf(),
        });
    }
    #[cfg(unix)]
    {
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            return Err(TokenError::InsecureFile {
                path: path.to_path_buf(),
                mode,
            });
        }
    }
    let mut buf = Zeroizing::new([0u8; MAX_FILE_LEN]);
    let mut len = 0;
    while len < buf.len() {
        match file.read(&mut buf[len..]) {
            Ok(0) => break,
            Ok(n) => len += n,
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(e) => return Err(TokenError::io("read", path, &e)),
        }
    }
    if len == buf.len() {
        let len = usize::try_from(meta.len()).unwrap_or(usize::MAX);
        return Err(InvalidToken::TooLong { len }.into());
    }
    let text = std::str::from_utf8(&buf[..len]).map_err(|e| InvalidToken::NotPrintable {
        position: e.valid_up_to() + 1,
    })?;
    let mut token = Zeroizing::new(String::with_capacity(len));
    token.push_str(text);
    Ok(Some(token))
}

/// Deletes the file; `true` when it existed.
pub(super) fn remove(path: &Path) -> Result<bool, TokenError> {
    match fs::remove_file(path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(false),
        Err(e) => Err(TokenError::io("remove", path, &e)),
    }
}
