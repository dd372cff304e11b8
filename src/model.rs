//! The data types that leave the pipeline: the JSON record of `SCHEMA.md`
//! (schema version 1) and its parts. Field names and order follow the
//! schema exactly; scripts outside the project read them.

use serde::{Deserialize, Serialize};

/// The version of the record layout written to every record.
pub const SCHEMA_VERSION: u32 = 1;

/// One cleaned, extracted document.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Record {
    pub schema_version: u32,
    /// 16 hex chars: xxh3-64 of the raw bytes.
    pub id: String,
    pub path: String,
    pub encoding: String,
    pub script: Script,
    pub title: Option<String>,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub date: Option<String>,
    pub issuer: Option<String>,
    pub region: Option<String>,
    /// Cleaned body in simplified script, paragraphs joined by `\n`.
    pub text: String,
    pub noise: NoiseCounts,
    pub targets: Vec<Target>,
    pub counts: Vec<Count>,
    pub citations: Vec<Citation>,
    pub standards: Vec<Standard>,
}

/// Which script a document was written in.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Script {
    Simplified,
    Traditional,
    Mixed,
}

impl Script {
    pub fn as_str(self) -> &'static str {
        match self {
            Script::Simplified => "simplified",
            Script::Traditional => "traditional",
            Script::Mixed => "mixed",
        }
    }
}

/// How much of each kind of noise cleaning removed from one document.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct NoiseCounts {
    /// Pinyin annotations removed.
    pub pinyin: usize,
    /// Injected anti-scraping character pairs removed.
    pub injected: usize,
    /// Mojibake runs re-decoded.
    pub mojibake_repaired: usize,
    /// Mojibake runs that could not be repaired and were dropped.
    pub mojibake_dropped: usize,
    /// Furniture, spam and markup lines removed.
    pub boilerplate_lines: usize,
}

impl NoiseCounts {
    pub fn add(&mut self, other: &NoiseCounts) {
        self.pinyin += other.pinyin;
        self.injected += other.injected;
        self.mojibake_repaired += other.mojibake_repaired;
        self.mojibake_dropped += other.mojibake_dropped;
        self.boilerplate_lines += other.boilerplate_lines;
    }
}

/// Whether a value is a floor, a ceiling or exact.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    Exact,
    AtLeast,
    AtMost,
}

/// What a target commits to do with its metric.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum TargetKind {
    Reach,
    Decrease,
    Increase,
    Create,
    Maintain,
    Other,
}

/// A number the document commits to reaching by a year.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Target {
    pub year: i32,
    pub value: f64,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub value_max: Option<f64>,
    pub unit: String,
    pub value_text: String,
    pub bound: Bound,
    pub kind: TargetKind,
    pub metric: Option<String>,
    pub subject: Option<String>,
    pub baseline: Option<String>,
    pub sentence: String,
    pub span: [usize; 2],
}

/// How many of something exist or were achieved.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Count {
    pub value: f64,
    pub unit: String,
    pub value_text: String,
    pub subject: Option<String>,
    pub qualifier: Option<String>,
    pub scope: Option<String>,
    /// Index in the same document's `counts` of the whole a 其中 count belongs to.
    pub parent: Option<usize>,
    pub sentence: String,
    pub span: [usize; 2],
}

/// A policy, plan, law or standard the document names.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Citation {
    pub title: String,
    pub canonical: String,
    pub doc_number: Option<String>,
    pub standard: Option<String>,
    pub aliases: Vec<String>,
    pub mentions: usize,
    pub spans: Vec<[usize; 2]>,
}

/// A technical standard by its code, with its title when the text gives one.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Standard {
    pub code: String,
    pub title: Option<String>,
}

/// One search result, as `search --json` prints it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SearchHit {
    pub id: String,
    pub path: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub region: Option<String>,
    pub score: f32,
    pub snippet: String,
}

/// The whole answer of `search --json`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SearchResults {
    pub query: String,
    pub total: usize,
    pub hits: Vec<SearchHit>,
}
