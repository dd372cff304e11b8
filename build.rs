//! Build script: fingerprints the code and data that make a document's
//! record, so an incremental build can tell whether results stored by an
//! earlier build were made by this same pipeline.
//!
//! The fingerprint covers every file under `src/` and `data/` and the
//! dependency versions in `Cargo.lock`: any change there makes the next
//! build a full one. That is coarser than needed, and always safe.

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
    // FNV-1a over each file's name and bytes: stable, and needs no crate.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in &files {
        let name = file.to_string_lossy();
        let bytes = fs::read(file).unwrap_or_default();
        for b in name.as_bytes().iter().chain([0u8].iter()).chain(&bytes) {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    println!(
        "cargo:rustc-env=ZHENGCE_PIPELINE={}-{hash:016x}",
        std::env::var("CARGO_PKG_VERSION").unwrap_or_default()
    );
}

/// Writes every `.txt` file under `data/prose/`, in path order, to
/// `$OUT_DIR/domain_text.txt`, each ending in a line break.
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
    let out =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("domain_text.txt");
    fs::write(&out, prose).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
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
