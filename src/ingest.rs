//! Ingest: find the documents under the paths a user names, read them
//! safely, detect their encoding and turn them into text.
//!
//! Every problem with one file becomes a [`Rejection`] naming the file and
//! the reason; the caller reports it and goes on with the rest.

use std::fmt;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use encoding_rs::Encoding;
use xxhash_rust::xxh3::xxh3_64;

/// Files larger than this are rejected unread.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// File name endings the walker picks up inside a folder.
const TEXT_EXTENSIONS: &[&str] = &["txt", "text", "md", "htm", "html", "csv"];

/// Why a file was not turned into a document.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reason {
    /// Not one of the text formats (by its name) inside a walked folder.
    Unsupported,
    /// Could not be opened or read (the OS error says why).
    Unreadable(String),
    /// Larger than [`MAX_FILE_BYTES`].
    TooLarge(u64),
    /// Zero bytes, or nothing but white space after decoding.
    Empty,
    /// NUL bytes or control characters: not text.
    Binary,
    /// No supported encoding decodes it cleanly.
    Undecodable(String),
    /// A directory symlink that leads back to one of its ancestors.
    SymlinkLoop,
    /// A bug in zhengce stopped this document; the rest of the run goes on.
    Internal(String),
}

impl Reason {
    /// A short, stable label used to group failures in the summary.
    pub fn kind(&self) -> &'static str {
        match self {
            Reason::Unsupported => "unsupported type",
            Reason::Unreadable(_) => "unreadable",
            Reason::TooLarge(_) => "too large",
            Reason::Empty => "empty",
            Reason::Binary => "binary",
            Reason::Undecodable(_) => "undecodable",
            Reason::SymlinkLoop => "symlink loop",
            Reason::Internal(_) => "internal error",
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Unsupported => {
                write!(f, "unsupported type (not .txt/.text/.md/.htm/.html/.csv)")
            }
            Reason::Unreadable(e) => write!(f, "unreadable: {e}"),
            Reason::TooLarge(n) => write!(
                f,
                "too large: {n} bytes (limit {} MiB)",
                MAX_FILE_BYTES / 1024 / 1024
            ),
            Reason::Empty => write!(f, "empty"),
            Reason::Binary => write!(f, "binary: contains NUL or control bytes"),
            Reason::Undecodable(e) => write!(f, "undecodable: {e}"),
            Reason::SymlinkLoop => write!(f, "symlink loop"),
            Reason::Internal(e) => write!(f, "internal error (please report): {e}"),
        }
    }
}

/// A file that was not turned into a document, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    pub path: String,
    pub reason: Reason,
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.reason)
    }
}

/// Something to read: a file on disk or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    File(PathBuf),
    Stdin,
}

impl Input {
    pub fn display(&self) -> String {
        match self {
            Input::File(p) => p.display().to_string(),
            Input::Stdin => "-".to_string(),
        }
    }
}

/// A decoded document, before cleaning.
#[derive(Debug, Clone)]
pub struct RawDoc {
    pub path: String,
    pub id: String,
    pub encoding: &'static str,
    /// Size of the file in bytes.
    pub bytes: usize,
    /// Decoded text; HTML already reduced to its text with one line a block.
    pub text: String,
}

/// Lists the inputs under `paths` in a stable order: files as given,
/// folders walked recursively (following links, names sorted) for the
/// text formats. Problems met on the way come back as rejections.
pub fn discover(paths: &[PathBuf]) -> (Vec<Input>, Vec<Rejection>) {
    let mut inputs = Vec::new();
    let mut rejected = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        if !path.is_dir() {
            // A file named by the user is read whatever its ending.
            inputs.push(Input::File(path.clone()));
            continue;
        }
        let walker = walkdir::WalkDir::new(path)
            .follow_links(true)
            .sort_by_file_name();
        for entry in walker {
            match entry {
                Ok(e) if e.file_type().is_dir() => {}
                Ok(e) => {
                    if has_text_extension(e.path()) {
                        inputs.push(Input::File(e.into_path()));
                    } else {
                        rejected.push(Rejection {
                            path: e.path().display().to_string(),
                            reason: Reason::Unsupported,
                        });
                    }
                }
                Err(err) => {
                    let at = err
                        .path()
                        .map(|p| p.display().to_string())
                        .unwrap_or_else(|| path.display().to_string());
                    let reason = if err.loop_ancestor().is_some() {
                        Reason::SymlinkLoop
                    } else {
                        // A dangling link, or a folder we may not list.
                        Reason::Unreadable(io_message(&err))
                    };
                    rejected.push(Rejection { path: at, reason });
                }
            }
        }
    }
    (inputs, rejected)
}

fn io_message(err: &walkdir::Error) -> String {
    err.io_error()
        .map(|e| e.to_string())
        .unwrap_or_else(|| err.to_string())
}

fn has_text_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .map(|e| TEXT_EXTENSIONS.iter().any(|t| e.eq_ignore_ascii_case(t)))
        .unwrap_or(false)
}

/// The bytes of one input, read but not yet decoded.
#[derive(Debug, Clone)]
pub struct RawBytes {
    pub path: String,
    /// [`content_id`] of the bytes.
    pub id: String,
    pub html: bool,
    pub bytes: Vec<u8>,
}

impl RawBytes {
    /// Decodes the bytes into a document.
    pub fn decode(self) -> Result<RawDoc, Rejection> {
        decode_document(&self.path, &self.bytes, self.html).map_err(|reason| Rejection {
            path: self.path,
            reason,
        })
    }
}

/// The document id: a hash of the raw bytes, so it names the content.
pub fn content_id(bytes: &[u8]) -> String {
    format!("{:016x}", xxh3_64(bytes))
}

/// Reads one input's bytes.
pub fn read(input: &Input) -> Result<RawBytes, Rejection> {
    let path = input.display();
    let bytes = read_bytes(input).map_err(|reason| Rejection {
        path: path.clone(),
        reason,
    })?;
    Ok(RawBytes {
        id: content_id(&bytes),
        html: matches!(input, Input::File(p) if is_html(p)),
        path,
        bytes,
    })
}

/// Reads and decodes one input.
pub fn load(input: &Input) -> Result<RawDoc, Rejection> {
    read(input)?.decode()
}

/// Turns bytes into a [`RawDoc`]; `path` is only carried along.
pub fn decode_document(path: &str, bytes: &[u8], html: bool) -> Result<RawDoc, Reason> {
    if bytes.is_empty() {
        return Err(Reason::Empty);
    }
    let (text, encoding) = decode(bytes)?;
    let text = if html || looks_like_html_page(&text) {
        crate::html::to_text(&text)
    } else {
        text
    };
    if text.trim().is_empty() {
        return Err(Reason::Empty);
    }
    Ok(RawDoc {
        path: path.to_string(),
        id: content_id(bytes),
        encoding,
        bytes: bytes.len(),
        text,
    })
}

fn is_html(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .map(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
        .unwrap_or(false)
}

/// A `.txt` that is really a saved web page gets the same treatment as `.html`.
fn looks_like_html_page(text: &str) -> bool {
    let head: String = text
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    head.contains("<!doctype html") || head.contains("<html")
}

fn read_bytes(input: &Input) -> Result<Vec<u8>, Reason> {
    match input {
        Input::Stdin => {
            let mut buf = Vec::new();
            std::io::stdin()
                .take(MAX_FILE_BYTES + 1)
                .read_to_end(&mut buf)
                .map_err(|e| Reason::Unreadable(e.to_string()))?;
            if buf.len() as u64 > MAX_FILE_BYTES {
                return Err(Reason::TooLarge(buf.len() as u64));
            }
            Ok(buf)
        }
        Input::File(p) => {
            let meta = fs::metadata(p).map_err(|e| Reason::Unreadable(e.to_string()))?;
            if !meta.is_file() {
                return Err(Reason::Unreadable("not a regular file".into()));
            }
            if meta.len() > MAX_FILE_BYTES {
                return Err(Reason::TooLarge(meta.len()));
            }
            fs::read(p).map_err(|e| Reason::Unreadable(e.to_string()))
        }
    }
}

/// The encodings a Chinese policy text may honestly come in; a guess
/// outside this list means the bytes are not Chinese text we can read.
fn is_supported_legacy(enc: &'static Encoding) -> bool {
    enc == encoding_rs::GBK || enc == encoding_rs::GB18030 || enc == encoding_rs::BIG5
}

/// How many bytes from the first non-ASCII one the encoding is guessed from:
/// about a thousand CJK chars, which tell GBK from Big5 on every page seen
/// (8 KB gave the same guesses), while chardetng's cost grows with what it
/// is fed.
const DETECTION_BYTES: usize = 2 * 1024;

/// Detects the encoding and decodes. Returns the text and the encoding's name.
pub fn decode(bytes: &[u8]) -> Result<(String, &'static str), Reason> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors && replacement_share(&text) > 0.01 {
            return Err(Reason::Undecodable(format!(
                "invalid {} after its BOM",
                enc.name()
            )));
        }
        return finish(text.into_owned(), enc.name());
    }
    if looks_binary(bytes) {
        return Err(Reason::Binary);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return finish(text.to_string(), "UTF-8");
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    // A few kilobytes of CJK text tell its encoding; the ASCII before the
    // first other byte (an HTML head) tells nothing, and is skipped.
    let text_start = bytes.iter().position(|b| !b.is_ascii()).unwrap_or(0);
    let sample = &bytes[text_start..bytes.len().min(text_start + DETECTION_BYTES)];
    detector.feed(sample, text_start + sample.len() == bytes.len());
    let guess = detector.guess(None, chardetng::Utf8Detection::Allow);
    let guess = if guess == encoding_rs::UTF_8 {
        // Mostly UTF-8 with a few broken bytes: decode lossily below.
        guess
    } else if is_supported_legacy(guess) {
        // GBK and GB18030 agree on GBK's range; GB18030 decodes strictly more.
        if guess == encoding_rs::GBK {
            encoding_rs::GB18030
        } else {
            guess
        }
    } else {
        return Err(Reason::Undecodable(format!(
            "not UTF-8, and the bytes look like {}, not a Chinese encoding",
            guess.name()
        )));
    };
    let (text, _, _) = guess.decode(bytes);
    if replacement_share(&text) > 0.01 {
        return Err(Reason::Undecodable(format!(
            "too many invalid byte sequences for {}",
            guess.name()
        )));
    }
    // Report GBK when every byte was in GBK's range: that is what the page said.
    let name = if guess == encoding_rs::GB18030 && !has_four_byte_gb18030(bytes) {
        "GBK"
    } else {
        guess.name()
    };
    finish(text.into_owned(), name)
}

fn finish(text: String, name: &'static str) -> Result<(String, &'static str), Reason> {
    if text.trim().is_empty() {
        return Err(Reason::Empty);
    }
    if control_share(&text) > 0.05 {
        return Err(Reason::Binary);
    }
    Ok((text, name))
}

/// NUL bytes never occur in 8-bit text encodings; UTF-16 without a BOM is
/// treated as binary too, since nothing reliable tells its byte order.
fn looks_binary(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(8192)].contains(&0)
}

fn replacement_share(text: &str) -> f64 {
    share(text, |c| c == '\u{FFFD}')
}

fn control_share(text: &str) -> f64 {
    share(text, |c| {
        c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')
    })
}

fn share(text: &str, pred: impl Fn(char) -> bool) -> f64 {
    let mut total = 0usize;
    let mut hits = 0usize;
    for c in text.chars().take(1 << 20) {
        total += 1;
        hits += pred(c) as usize;
    }
    if total == 0 {
        0.0
    } else {
        hits as f64 / total as f64
    }
}

/// GB18030's four-byte sequences have an ASCII digit as second byte.
fn has_four_byte_gb18030(bytes: &[u8]) -> bool {
    let mut i = 0;
    while i + 1 < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            i += 1;
            continue;
        }
        if bytes[i + 1].is_ascii_digit() {
            return true;
        }
        i += 2;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_gbk_and_big5() {
        let text = "綠色工廠評價通則";
        let (big5, _, _) = encoding_rs::BIG5.encode(text);
        let (back, enc) = decode(&big5).unwrap();
        assert_eq!(back, text);
        assert_eq!(enc, "Big5");
        let simp = "绿色工厂评价通则,到2025年建成绿色园区30个。";
        let (gbk, _, _) = encoding_rs::GBK.encode(simp);
        let (back, enc) = decode(&gbk).unwrap();
        assert_eq!(back, simp);
        assert_eq!(enc, "GBK");
    }

    #[test]
    fn utf16_with_bom_and_utf8_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "绿色工厂".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(
            decode(&bytes).unwrap(),
            ("绿色工厂".to_string(), "UTF-16LE")
        );
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        bytes.extend_from_slice("绿色".as_bytes());
        assert_eq!(decode(&bytes).unwrap(), ("绿色".to_string(), "UTF-8"));
    }

    #[test]
    fn rejects_binary_and_garbage() {
        assert_eq!(decode(b"PK\x03\x04\x00\x00abc"), Err(Reason::Binary));
        assert!(matches!(decode(b"   \n "), Err(Reason::Empty)));
        let garbage: Vec<u8> = (0..400)
            .map(|i| [0x80u8, 0xFF, 0x81, 0x7F][i % 4])
            .collect();
        assert!(matches!(
            decode(&garbage),
            Err(Reason::Undecodable(_)) | Err(Reason::Binary)
        ));
    }
}
