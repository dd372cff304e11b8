//! Build script: fingerprints the code and data that make a document's
//! record, so an incremental build can tell whether results stored by an
//! earlier build were made by this same pipeline.
//!
//! The fingerprint covers every file under `src/` and `data/` and the
//! dependency versions in `Cargo.lock`: any change there makes the next
//! build a full one. That is coarser than needed, and always safe.
//!
//! It also joins the shipped prose under `data/prose/` and counts its
//! chars ([`prose_counts`]), so the program does not count them at every
//! start.

// Its `decode` is the crate's half.
#[allow(dead_code)]
#[path = "src/prose_counts.rs"]
mod prose_counts;

use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let mut files = Vec::new();
    for root in ["src", "data"] {
        collect(Path::new(root), &mut files);
        println!("cargo:rerun-if-changed={root}");
    }
    files.push(PathBuf::from("Cargo.lock"));
    println!("cargo:rerun-if-changed=Cargo.lock");
    files.sort();
    join_prose(&files);
    let mut hash = FNV_START;
    for file in &files {
        let name = file.to_string_lossy();
        let bytes = fs::read(file).unwrap_or_default();
        hash = fnv(hash, name.as_bytes());
        hash = fnv(hash, &[0]);
        hash = fnv(hash, &bytes);
    }
    println!(
        "cargo:rustc-env=ZHENGCE_PIPELINE={}-{hash:016x}",
        std::env::var("CARGO_PKG_VERSION").unwrap_or_default()
    );
}

/// Writes every `.txt` file under `data/prose/`, in path order, to
/// `$OUT_DIR/domain_text.txt`, each ending in a line break; its counts to
/// `$OUT_DIR/prose_counts.bin`; and its lines holding a bracket, where
/// document numbers' issuer codes are written, to
/// `$OUT_DIR/bracketed_prose.txt`. The program reads the last two alone.
fn join_prose(files: &[PathBuf]) {
    let mut prose = String::new();
    for file in files
        .iter()
        .filter(|f| f.starts_with("data/prose") && f.extension().is_some_and(|e| e == "txt"))
    {
        let text = fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        prose.push_str(text.trim_end());
        prose.push('\n');
    }
    let dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let write = |name: &str, bytes: &[u8]| {
        let out = dir.join(name);
        fs::write(&out, bytes).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
    };
    write("domain_text.txt", prose.as_bytes());
    let bracketed: String = prose
        .lines()
        .filter(|l| prose_counts::may_hold_code(l))
        .flat_map(|l| [l, "\n"])
        .collect();
    write("bracketed_prose.txt", bracketed.as_bytes());
    // Counting takes seconds in an unoptimised build script, and the
    // script runs again on every change under `src/`: the counts are made
    // again only when the prose or the counting code changed.
    let made_from = fnv(
        fnv(FNV_START, prose.as_bytes()),
        include_bytes!("src/prose_counts.rs"),
    )
    .to_string();
    let key = dir.join("prose_counts.key");
    if fs::read_to_string(&key).ok().as_deref() != Some(&made_from)
        || !dir.join("prose_counts.bin").exists()
    {
        write("prose_counts.bin", &prose_counts::count(&prose).encode());
        write("prose_counts.key", made_from.as_bytes());
    }
}

/// FNV-1a: stable, and needs no crate.
const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

fn fnv(mut hash: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else {
            out.push(path);
        }
    }
}
