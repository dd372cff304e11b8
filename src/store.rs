//! Store: the results an index generation was built from, kept inside the
//! generation so the next build can reuse them.
//!
//! Two files sit next to tantivy's: `records.jsonl`, every document's
//! record as `documents.jsonl` has it, and `manifest.json`, which names the
//! pipeline that made them ([`PIPELINE`]) and, per document, its path, the
//! hash of its bytes (the record id) and where its record is in
//! `records.jsonl`. A build that finds the same path with the same bytes
//! and the same pipeline copies the stored record instead of running the
//! pipeline again. Both files are written before the generation goes live,
//! so they always agree with the index beside them.

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
const RECORDS: &str = "records.jsonl";

/// Whether a file in a generation folder belongs to the store, not tantivy.
pub fn is_store_file(name: &str) -> bool {
    name == MANIFEST || name == RECORDS
}

#[derive(Serialize, Deserialize)]
struct Manifest {
    pipeline: String,
    documents: Vec<Entry>,
}

/// One stored document.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    path: String,
    /// Hash of the document's bytes (the record id).
    id: String,
    /// Where its record is in `records.jsonl`, newline excluded.
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
    entries: HashMap<String, Entry>,
    records: File,
}

impl Store {
    /// Opens the store of `generation`. `None` when it has no store or one
    /// made by another pipeline: its results cannot be reused.
    pub fn open(generation: &Path) -> Result<Option<Store>> {
        let manifest_path = generation.join(MANIFEST);
        let Ok(bytes) = fs::read(&manifest_path) else {
            return Ok(None);
        };
        let manifest: Manifest = serde_json::from_slice(&bytes)
            .with_context(|| format!("reading {}", manifest_path.display()))?;
        if manifest.pipeline != PIPELINE {
            return Ok(None);
        }
        let records_path = generation.join(RECORDS);
        let records = File::open(&records_path)
            .with_context(|| format!("opening {}", records_path.display()))?;
        let entries = manifest
            .documents
            .into_iter()
            .map(|e| (e.path.clone(), e))
            .collect();
        Ok(Some(Store { entries, records }))
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
        self.records
            .read_exact_at(&mut json, entry.offset)
            .with_context(|| format!("reading the stored record of {path}"))?;
        let record = serde_json::from_slice(&json)
            .with_context(|| format!("parsing the stored record of {path}"))?;
        Ok(StoredRecord { record, json })
    }
}

/// Writes the store of a new generation.
pub struct StoreWriter {
    dir: PathBuf,
    records: BufWriter<File>,
    offset: u64,
    entries: Vec<Entry>,
}

impl StoreWriter {
    pub fn create(generation: &Path) -> Result<Self> {
        let path = generation.join(RECORDS);
        let file = File::create(&path).with_context(|| format!("creating {}", path.display()))?;
        Ok(StoreWriter {
            dir: generation.to_path_buf(),
            records: BufWriter::with_capacity(1 << 20, file),
            offset: 0,
            entries: Vec::new(),
        })
    }

    /// Stores one document's record JSON (one line, no newline).
    pub fn add(&mut self, path: &str, id: &str, json: &[u8]) -> Result<()> {
        self.records.write_all(json)?;
        self.records.write_all(b"\n")?;
        self.entries.push(Entry {
            path: path.to_string(),
            id: id.to_string(),
            offset: self.offset,
            len: json.len() as u64,
        });
        self.offset += json.len() as u64 + 1;
        Ok(())
    }

    /// Flushes the records and writes the manifest.
    pub fn finish(self) -> Result<()> {
        let file = self.records.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        let manifest = Manifest {
            pipeline: PIPELINE.to_string(),
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
        let mut w = StoreWriter::create(dir.path()).unwrap();
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
}
