//! Reading plan files from disk: the one place the library touches the file system for
//! input. It turns paths (files or folders) into UTF-8 documents, or typed errors that
//! name the file and, where there is one, the line.
//!
//! It does not parse: `parse` gets the text. It does not print: the CLI does.

use std::fmt;
use std::path::{Path, PathBuf};

/// Plans larger than this are refused (the largest real plan is about 46 KB).
pub const MAX_PLAN_BYTES: u64 = 4 * 1024 * 1024;

/// A plan document read from disk.
#[derive(Debug, Clone)]
pub struct Document {
    pub path: PathBuf,
    pub text: String,
    /// The raw bytes' SHA-256, hex, for provenance and change detection.
    pub sha256: String,
}

/// Why a path could not be read as a plan.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SourceError {
    #[error("{path}: no such file or directory")]
    NotFound { path: PathBuf },
    #[error("{path}: cannot read: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: the file is empty")]
    Empty { path: PathBuf },
    #[error("{path}:{line}: not valid UTF-8 (byte {byte} of the file); save the plan as UTF-8")]
    NotUtf8 {
        path: PathBuf,
        line: usize,
        byte: usize,
    },
    #[error("{path}:{line}: binary content (a NUL byte); this is not a markdown plan")]
    Binary { path: PathBuf, line: usize },
    #[error(
        "{path}: {size} bytes is more than the {max} bytes a plan may have; is this really a plan?"
    )]
    TooLarge { path: PathBuf, size: u64, max: u64 },
    #[error("{path}: the directory holds no `.md` files")]
    NoMarkdown { path: PathBuf },
}

impl SourceError {
    /// The 1-based line the problem is on, when there is one.
    pub fn line(&self) -> Option<usize> {
        match self {
            SourceError::NotUtf8 { line, .. } | SourceError::Binary { line, .. } => Some(*line),
            _ => None,
        }
    }

    /// The message without the `path:line: ` location in front.
    pub fn reason(&self) -> String {
        let full = self.to_string();
        let mut loc = format!("{}:", self.path().display());
        if let Some(l) = self.line() {
            loc.push_str(&format!("{l}:"));
        }
        full.strip_prefix(&loc)
            .map(|r| r.trim_start().to_string())
            .unwrap_or(full)
    }

    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            SourceError::NotFound { path }
            | SourceError::Io { path, .. }
            | SourceError::Empty { path }
            | SourceError::NotUtf8 { path, .. }
            | SourceError::Binary { path, .. }
            | SourceError::TooLarge { path, .. }
            | SourceError::NoMarkdown { path } => path,
        }
    }
}

/// Expands the given paths: files as given, directories to the `.md` files under them
/// (recursively, sorted). Each path that cannot be expanded is an error of its own.
pub fn expand(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<SourceError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        match std::fs::metadata(p) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                errors.push(SourceError::NotFound { path: p.clone() })
            }
            Err(e) => errors.push(SourceError::Io {
                path: p.clone(),
                source: e,
            }),
            Ok(m) if m.is_dir() => {
                let before = files.len();
                if let Err(e) = walk(p, &mut files) {
                    errors.push(e);
                } else if files.len() == before {
                    errors.push(SourceError::NoMarkdown { path: p.clone() });
                }
            }
            Ok(_) => files.push(p.clone()),
        }
    }
    (files, errors)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), SourceError> {
    let io = |e| SourceError::Io {
        path: dir.to_path_buf(),
        source: e,
    };
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .map_err(io)?;
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out)?;
        } else if p.extension().is_some_and(|e| e.eq_ignore_ascii_case("md")) {
            out.push(p);
        }
    }
    Ok(())
}

/// Reads one plan file, checking size, binary content and UTF-8.
pub fn read(path: &Path) -> Result<Document, SourceError> {
    let p = || path.to_path_buf();
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => SourceError::NotFound { path: p() },
        _ => SourceError::Io {
            path: p(),
            source: e,
        },
    })?;
    if meta.len() > MAX_PLAN_BYTES {
        return Err(SourceError::TooLarge {
            path: p(),
            size: meta.len(),
            max: MAX_PLAN_BYTES,
        });
    }
    let bytes = std::fs::read(path).map_err(|e| SourceError::Io {
        path: p(),
        source: e,
    })?;
    decode(path, bytes)
}

/// Checks bytes already in memory the same way as [`read`].
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<Document, SourceError> {
    let p = || path.to_path_buf();
    if bytes.len() as u64 > MAX_PLAN_BYTES {
        return Err(SourceError::TooLarge {
            path: p(),
            size: bytes.len() as u64,
            max: MAX_PLAN_BYTES,
        });
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(SourceError::Empty { path: p() });
    }
    let line_of = |bytes: &[u8], at: usize| bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(SourceError::Binary {
            path: p(),
            line: line_of(&bytes, at),
        });
    }
    let sha256 = sha256_hex(&bytes);
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = line_of(e.as_bytes(), at);
            return Err(SourceError::NotUtf8 {
                path: p(),
                line,
                byte: at,
            });
        }
    };
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text);
    Ok(Document {
        path: path.to_path_buf(),
        text,
        sha256,
    })
}

/// SHA-256 of bytes as lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(bytes);
    let mut s = String::with_capacity(64);
    for b in digest {
        use fmt::Write;
        let _ = write!(s, "{b:02x}");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(b: &[u8]) -> Result<Document, SourceError> {
        decode(Path::new("x.md"), b.to_vec())
    }

    #[test]
    fn rejects_bad_bytes_with_line() {
        assert!(matches!(dec(b""), Err(SourceError::Empty { .. })));
        assert!(matches!(dec(b"  \n\n"), Err(SourceError::Empty { .. })));
        assert!(matches!(
            dec(b"# a\n\x00\x01"),
            Err(SourceError::Binary { line: 2, .. })
        ));
        let e = dec(b"# a\nb\n\xff\xfe").unwrap_err();
        assert!(matches!(
            e,
            SourceError::NotUtf8 {
                line: 3,
                byte: 6,
                ..
            }
        ));
        assert_eq!(
            e.to_string(),
            "x.md:3: not valid UTF-8 (byte 6 of the file); save the plan as UTF-8"
        );
    }

    #[test]
    fn accepts_and_hashes() {
        let d = dec("\u{feff}# t\n".as_bytes()).unwrap();
        assert_eq!(d.text, "# t\n");
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
