//! Store: the results an index generation was built from, kept inside the
//! generation so the next build can reuse them.
//!
//! Next to tantivy's files sit `manifest.json`, which names the pipeline
//! that made the records ([`PIPELINE`]) and, per document, its path, the
//! hash of its bytes (the record id) and where its record is, and record
//! files `records-GENERATION.jsonl`, each record one line as
//! `documents.jsonl` has it. A build that finds the same path with the
//! same bytes and the same pipeline reuses the stored record instead of
//! running the pipeline again.
//!
//! Record files never change once written, so a new generation hard-links
//! the ones it still uses and writes only the new records to a file of its
//! own; when more than half of the linked bytes would be records nobody
//! uses any more, it copies the records it keeps instead, which compacts
//! the store. Everything is written before the generation goes live, so
//! the store always agrees with the index beside it.

use std::collections::HashMap;
use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::model::Record;

/// Names the code and data that made the stored records: the crate version
/// and a fingerprint of `src/`, `data/` and `Cargo.lock` (see `build.rs`).
pub const PIPELINE: &str = env!("ZHENGCE_PIPELINE");

const MANIFEST: &str = "manifest.json";

/// Whether a file in a generation folder belongs to the store, not tantivy.
pub fn is_store_file(name: &str) -> bool {
    name == MANIFEST || (name.starts_with("records-") && name.ends_with(".jsonl"))
}

#[derive(Serialize, Deserialize)]
struct Manifest {
    pipeline: String,
    /// Record file names; entries refer to them by index.
    files: Vec<String>,
    documents: Vec<Entry>,
}

/// One stored document.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    path: String,
    /// Hash of the document's bytes (the record id).
    id: String,
    /// Where its record is: which file, and the bytes, newline excluded.
    file: usize,
    offset: u64,
    len: u64,
}

/// A record read back from a store, with the exact JSON it was stored as.
pub struct StoredRecord {
    pub record: Record,
    pub json: Vec<u8>,
}

/// The store of an existing generation, for reading.
pub struct Store {
    dir: PathBuf,
    names: Vec<String>,
    files: Vec<File>,
    entries: HashMap<String, Entry>,
}

impl Store {
    /// Opens the store of `generation`. `None` when it has no store or one
    /// made by another pipeline: its results cannot be reused.
    pub fn open(generation: &Path) -> Result<Option<Store>> {
        let manifest_path = generation.join(MANIFEST);
        let Ok(bytes) = fs::read(&manifest_path) else {
            return Ok(None);
        };
        let Ok(manifest) = serde_json::from_slice::<Manifest>(&bytes) else {
            // Written by an older layout of the store: nothing to reuse.
            return Ok(None);
        };
        if manifest.pipeline != PIPELINE {
            return Ok(None);
        }
        let files = manifest
            .files
            .iter()
            .map(|name| {
                let path = generation.join(name);
                File::open(&path).with_context(|| format!("opening {}", path.display()))
            })
            .collect::<Result<_>>()?;
        let entries = manifest
            .documents
            .into_iter()
            .map(|e| (e.path.clone(), e))
            .collect();
        Ok(Some(Store {
            dir: generation.to_path_buf(),
            names: manifest.files,
            files,
            entries,
        }))
    }

    /// Whether the store holds `path` with exactly the bytes hashed to `id`.
    pub fn has(&self, path: &str, id: &str) -> bool {
        self.entries.get(path).is_some_and(|e| e.id == id)
    }

    /// The paths of every stored document.
    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.entries.keys().map(String::as_str)
    }

    /// Reads back the record stored for `path`.
    pub fn read(&self, path: &str) -> Result<StoredRecord> {
        let entry = self
            .entries
            .get(path)
            .with_context(|| format!("{path} is not in the stored generation"))?;
        let mut json = vec![0; entry.len as usize];
        self.files[entry.file]
            .read_exact_at(&mut json, entry.offset)
            .with_context(|| format!("reading the stored record of {path}"))?;
        let record = serde_json::from_slice(&json)
            .with_context(|| format!("parsing the stored record of {path}"))?;
        Ok(StoredRecord { record, json })
    }
}

/// The record files of the base generation a new one may link.
struct Shared {
    dir: PathBuf,
    names: Vec<String>,
    entries: HashMap<String, Entry>,
    /// Which of `names` a kept record lives in, so finish links it.
    used: Vec<bool>,
}

/// Writes the store of a new generation.
pub struct StoreWriter {
    dir: PathBuf,
    /// This generation's own record file: its name and writer.
    name: String,
    records: BufWriter<File>,
    offset: u64,
    entries: Vec<Entry>,
    shared: Option<Shared>,
}

impl StoreWriter {
    /// Starts the store of `generation`. Records kept from `base` are
    /// shared with it (see the module doc) unless that would keep mostly
    /// dead bytes.
    pub fn create(generation: &Path, base: Option<&Store>) -> Result<Self> {
        let gen_name = generation
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let name = format!("records-{gen_name}.jsonl");
        let path = generation.join(&name);
        let file = File::create(&path).with_context(|| format!("creating {}", path.display()))?;
        let shared = base.filter(|b| mostly_live(b)).map(|b| Shared {
            dir: b.dir.clone(),
            names: b.names.clone(),
            entries: b.entries.clone(),
            used: vec![false; b.names.len()],
        });
        Ok(StoreWriter {
            dir: generation.to_path_buf(),
            name,
            records: BufWriter::with_capacity(1 << 20, file),
            offset: 0,
            entries: Vec::new(),
            shared,
        })
    }

    /// Stores a newly made record's JSON (one line, no newline).
    pub fn add(&mut self, path: &str, id: &str, json: &[u8]) -> Result<()> {
        self.records.write_all(json)?;
        self.records.write_all(b"\n")?;
        self.entries.push(Entry {
            path: path.to_string(),
            id: id.to_string(),
            // This generation's own file comes after the shared ones.
            file: usize::MAX,
            offset: self.offset,
            len: json.len() as u64,
        });
        self.offset += json.len() as u64 + 1;
        Ok(())
    }

    /// Keeps the base generation's record of `path` (its JSON is `json`):
    /// shared when the base's files are shared, else copied.
    pub fn keep(&mut self, path: &str, id: &str, json: &[u8]) -> Result<()> {
        if let Some(shared) = &mut self.shared {
            if let Some(entry) = shared.entries.get(path).filter(|e| e.id == id) {
                shared.used[entry.file] = true;
                self.entries.push(entry.clone());
                return Ok(());
            }
        }
        self.add(path, id, json)
    }

    /// Flushes the records, links the shared files in and writes the manifest.
    pub fn finish(mut self) -> Result<()> {
        let file = self.records.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        // Old file indexes → new ones, for the shared files this store uses.
        let mut files = Vec::new();
        let mut renumber = HashMap::new();
        if let Some(shared) = &self.shared {
            for (i, name) in shared.names.iter().enumerate() {
                if !shared.used[i] {
                    continue;
                }
                let (from, to) = (shared.dir.join(name), self.dir.join(name));
                if fs::hard_link(&from, &to).is_err() {
                    fs::copy(&from, &to).with_context(|| format!("copying {}", from.display()))?;
                }
                renumber.insert(i, files.len());
                files.push(name.clone());
            }
        }
        let own = files.len();
        files.push(self.name);
        for entry in &mut self.entries {
            entry.file = if entry.file == usize::MAX {
                own
            } else {
                renumber[&entry.file]
            };
        }
        let manifest = Manifest {
            pipeline: PIPELINE.to_string(),
            files,
            documents: self.entries,
        };
        let path = self.dir.join(MANIFEST);
        let mut out = BufWriter::new(
            File::create(&path).with_context(|| format!("creating {}", path.display()))?,
        );
        serde_json::to_writer(&mut out, &manifest)?;
        out.flush()?;
        Ok(())
    }
}

/// Whether at least half of the bytes in `store`'s record files belong to
/// records it still holds.
fn mostly_live(store: &Store) -> bool {
    let live: u64 = store.entries.values().map(|e| e.len + 1).sum();
    let total: u64 = store
        .files
        .iter()
        .filter_map(|f| f.metadata().ok())
        .map(|m| m.len())
        .sum();
    live * 2 >= total
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{NoiseCounts, Script, SCHEMA_VERSION};

    fn record(path: &str, text: &str) -> Record {
        Record {
            schema_version: SCHEMA_VERSION,
            id: "0123456789abcdef".into(),
            path: path.into(),
            encoding: "UTF-8".into(),
            script: Script::Simplified,
            title: None,
            date: None,
            issuer: None,
            region: None,
            text: text.into(),
            noise: NoiseCounts::default(),
            targets: vec![],
            counts: vec![],
            citations: vec![],
            standards: vec![],
        }
    }

    #[test]
    fn stored_records_read_back_by_path_and_hash() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = StoreWriter::create(dir.path(), None).unwrap();
        for (path, text) in [("a.txt", "绿色工厂"), ("b.txt", "碳达峰")] {
            let json = serde_json::to_vec(&record(path, text)).unwrap();
            w.add(path, "0123456789abcdef", &json).unwrap();
        }
        w.finish().unwrap();
        let store = Store::open(dir.path()).unwrap().expect("same pipeline");
        assert!(store.has("b.txt", "0123456789abcdef"));
        assert!(!store.has("b.txt", "fedcba9876543210"));
        assert!(!store.has("c.txt", "0123456789abcdef"));
        let b = store.read("b.txt").unwrap();
        assert_eq!(b.record, record("b.txt", "碳达峰"));
        assert_eq!(b.json, serde_json::to_vec(&b.record).unwrap());
        let mut paths: Vec<&str> = store.paths().collect();
        paths.sort();
        assert_eq!(paths, ["a.txt", "b.txt"]);
    }

    #[test]
    fn a_new_generation_shares_kept_records_and_outlives_the_old_one() {
        let root = tempfile::tempdir().unwrap();
        let (one, two) = (root.path().join("gen-1"), root.path().join("gen-2"));
        fs::create_dir_all(&one).unwrap();
        fs::create_dir_all(&two).unwrap();
        let json = |path, text| serde_json::to_vec(&record(path, text)).unwrap();
        let mut w = StoreWriter::create(&one, None).unwrap();
        w.add("a.txt", "0123456789abcdef", &json("a.txt", "绿色工厂"))
            .unwrap();
        w.add("b.txt", "0123456789abcdef", &json("b.txt", "碳达峰"))
            .unwrap();
        w.finish().unwrap();

        let base = Store::open(&one).unwrap().unwrap();
        let mut w = StoreWriter::create(&two, Some(&base)).unwrap();
        let kept = base.read("a.txt").unwrap();
        w.keep("a.txt", "0123456789abcdef", &kept.json).unwrap();
        w.add("b.txt", "fedcba9876543210", &json("b.txt", "碳中和"))
            .unwrap();
        w.finish().unwrap();
        drop(base);
        fs::remove_dir_all(&one).unwrap();

        let store = Store::open(&two).unwrap().unwrap();
        assert_eq!(store.names.len(), 2, "one shared file, one of its own");
        assert_eq!(store.read("a.txt").unwrap().record.text, "绿色工厂");
        assert_eq!(store.read("b.txt").unwrap().record.text, "碳中和");
        assert!(store.has("b.txt", "fedcba9876543210"));
    }
}
