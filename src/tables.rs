//! Tables: the CSV files a build writes to `out/` (documents.jsonl,
//! targets.csv, counts.csv, citations.csv) and the `table` command that
//! prints them as CSV, JSON or Markdown.
//!
//! Files are written under temporary names and renamed when complete, so
//! a failed build leaves the previous tables in place.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

use crate::model::Record;

const TARGET_HEADER: &[&str] = &[
    "doc_id",
    "path",
    "year",
    "value",
    "value_max",
    "unit",
    "value_text",
    "bound",
    "kind",
    "metric",
    "subject",
    "baseline",
    "sentence",
];
const COUNT_HEADER: &[&str] = &[
    "doc_id",
    "path",
    "index",
    "value",
    "unit",
    "value_text",
    "subject",
    "qualifier",
    "scope",
    "parent",
    "sentence",
];
const CITATION_HEADER: &[&str] = &[
    "canonical",
    "title",
    "doc_number",
    "standard",
    "documents",
    "mentions",
    "cited_by",
];

/// The tables `table` can print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TableName {
    Targets,
    Counts,
    Citations,
}

impl TableName {
    fn file(self) -> &'static str {
        match self {
            TableName::Targets => "targets.csv",
            TableName::Counts => "counts.csv",
            TableName::Citations => "citations.csv",
        }
    }
}

/// How `table` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Csv,
    Json,
    Md,
}

/// One cited policy across the corpus.
#[derive(Default)]
struct CitationRow {
    title: String,
    doc_number: Option<String>,
    standard: Option<String>,
    mentions: usize,
    /// Indexes into [`TableWriter::paths`]: a corpus-scale build keeps one
    /// number per citing document here, not a copy of its path.
    cited_by: Vec<u32>,
}

/// Streams records into `out/` as a build goes.
pub struct TableWriter {
    dir: PathBuf,
    documents: BufWriter<File>,
    targets: csv::Writer<File>,
    counts: csv::Writer<File>,
    citations: BTreeMap<String, CitationRow>,
    /// The path of every document added, in order.
    paths: Vec<String>,
    bom: bool,
}

fn tmp_name(dir: &Path, file: &str) -> PathBuf {
    dir.join(format!(".{file}.tmp"))
}

fn csv_writer(dir: &Path, file: &str, header: &[&str], bom: bool) -> Result<csv::Writer<File>> {
    let path = tmp_name(dir, file);
    let mut f = File::create(&path).with_context(|| format!("creating {}", path.display()))?;
    if bom {
        f.write_all("\u{FEFF}".as_bytes())?;
    }
    let mut w = csv::Writer::from_writer(f);
    w.write_record(header)?;
    Ok(w)
}

fn opt(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or("")
}

fn num(v: f64) -> String {
    // Integral values print without a fraction; others as Rust prints them.
    if v.fract() == 0.0 && v.abs() < 1e17 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

impl TableWriter {
    /// Starts writing into `dir`; `bom` prefixes CSV files with a UTF-8 BOM (for Excel).
    pub fn create(dir: &Path, bom: bool) -> Result<Self> {
        fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        let docs_path = tmp_name(dir, "documents.jsonl");
        let documents = BufWriter::new(
            File::create(&docs_path)
                .with_context(|| format!("creating {}", docs_path.display()))?,
        );
        Ok(TableWriter {
            dir: dir.to_path_buf(),
            documents,
            targets: csv_writer(dir, "targets.csv", TARGET_HEADER, bom)?,
            counts: csv_writer(dir, "counts.csv", COUNT_HEADER, bom)?,
            citations: BTreeMap::new(),
            paths: Vec::new(),
            bom,
        })
    }

    /// Adds one document's rows; `json` is the record as serialized once
    /// for both `documents.jsonl` and the index generation's store.
    pub fn add(&mut self, r: &Record, json: &[u8]) -> Result<()> {
        self.documents.write_all(json)?;
        self.documents.write_all(b"\n")?;
        for t in &r.targets {
            let bound = serde_json::to_value(t.bound)?;
            let kind = serde_json::to_value(t.kind)?;
            self.targets.write_record([
                r.id.as_str(),
                r.path.as_str(),
                &t.year.to_string(),
                &num(t.value),
                &t.value_max.map(num).unwrap_or_default(),
                &t.unit,
                &t.value_text,
                bound.as_str().unwrap_or(""),
                kind.as_str().unwrap_or(""),
                opt(&t.metric),
                opt(&t.subject),
                opt(&t.baseline),
                &t.sentence,
            ])?;
        }
        for (i, c) in r.counts.iter().enumerate() {
            self.counts.write_record([
                r.id.as_str(),
                r.path.as_str(),
                &i.to_string(),
                &num(c.value),
                &c.unit,
                &c.value_text,
                opt(&c.subject),
                opt(&c.qualifier),
                opt(&c.scope),
                &c.parent.map(|p| p.to_string()).unwrap_or_default(),
                &c.sentence,
            ])?;
        }
        let doc = self.paths.len() as u32;
        self.paths.push(r.path.clone());
        for c in &r.citations {
            let row = self.citations.entry(c.canonical.clone()).or_default();
            // The longest form seen is the most informative title.
            if c.title.chars().count() > row.title.chars().count() {
                row.title = c.title.clone();
            }
            if row.doc_number.is_none() {
                row.doc_number = c.doc_number.clone();
            }
            if row.standard.is_none() {
                row.standard = c.standard.clone();
            }
            row.mentions += c.mentions;
            if row.cited_by.last() != Some(&doc) {
                row.cited_by.push(doc);
            }
        }
        Ok(())
    }

    /// Writes the corpus-wide citation table and renames every file into place.
    pub fn finish(mut self) -> Result<()> {
        self.documents.flush()?;
        self.targets.flush()?;
        self.counts.flush()?;
        let mut cit = csv_writer(&self.dir, "citations.csv", CITATION_HEADER, self.bom)?;
        let mut rows: Vec<(&String, &CitationRow)> = self.citations.iter().collect();
        // Most cited first; ties by canonical title for a stable order.
        rows.sort_by(|a, b| {
            b.1.cited_by
                .len()
                .cmp(&a.1.cited_by.len())
                .then(a.0.cmp(b.0))
        });
        for (canonical, row) in rows {
            cit.write_record([
                canonical.as_str(),
                row.title.as_str(),
                opt(&row.doc_number),
                opt(&row.standard),
                &row.cited_by.len().to_string(),
                &row.mentions.to_string(),
                &row.cited_by
                    .iter()
                    .map(|&d| self.paths[d as usize].as_str())
                    .collect::<Vec<_>>()
                    .join(";"),
            ])?;
        }
        cit.flush()?;
        for file in [
            "documents.jsonl",
            "targets.csv",
            "counts.csv",
            "citations.csv",
        ] {
            fs::rename(tmp_name(&self.dir, file), self.dir.join(file))?;
        }
        Ok(())
    }
}

/// Prints one table of the last build in `out`.
pub fn print(out: &Path, table: TableName, format: Format, bom: bool) -> Result<String> {
    let path = out.join(table.file());
    if !path.exists() {
        bail!("no {} (run `zhengce build` first)", path.display());
    }
    let mut reader =
        csv::Reader::from_path(&path).with_context(|| format!("reading {}", path.display()))?;
    let header: Vec<String> = reader
        .headers()?
        .iter()
        .map(|h| h.trim_start_matches('\u{FEFF}').to_string())
        .collect();
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.map(|r| r.iter().map(str::to_string).collect()))
        .collect::<Result<_, _>>()?;
    let mut s = String::new();
    match format {
        Format::Csv => {
            let mut w = csv::Writer::from_writer(Vec::new());
            w.write_record(&header)?;
            for row in &rows {
                w.write_record(row)?;
            }
            if bom {
                s.push('\u{FEFF}');
            }
            s.push_str(&String::from_utf8(w.into_inner()?)?);
        }
        Format::Json => {
            let objects: Vec<serde_json::Map<String, serde_json::Value>> = rows
                .iter()
                .map(|row| {
                    header
                        .iter()
                        .zip(row)
                        .map(|(h, v)| (h.clone(), serde_json::Value::String(v.clone())))
                        .collect()
                })
                .collect();
            s = serde_json::to_string_pretty(&objects)?;
            s.push('\n');
        }
        Format::Md => {
            let cell = |v: &str| v.replace('|', "\\|").replace('\n', " ");
            s.push_str(&format!("| {} |\n", header.join(" | ")));
            s.push_str(&format!("|{}\n", "---|".repeat(header.len())));
            for row in &rows {
                let cells: Vec<String> = row.iter().map(|v| cell(v)).collect();
                s.push_str(&format!("| {} |\n", cells.join(" | ")));
            }
        }
    }
    Ok(s)
}
