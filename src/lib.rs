//! zhengce: clean, segment, extract and index Chinese policy press releases.
//!
//! The pipeline, one module a stage: [`ingest`] (files, encodings, HTML) →
//! [`clean`] (mojibake, furniture, pinyin, script, injected characters,
//! metadata) → [`segment`] (jieba-rs) → [`extract`] (targets, counts,
//! citations) → [`index`] (tantivy) and [`tables`]. [`pipeline`] runs the
//! stages over many documents in parallel; [`model`] holds the record
//! types of `SCHEMA.md`. [`store`] keeps each index generation's records
//! for incremental builds; [`stats`] and [`bench`] measure speed.
//! [`pattern`] is the regex type of every stage's patterns.

/// A `LazyLock<Pattern>` compiled from `pattern` on first use. The
/// patterns are constants of the code, so one that does not compile is a
/// bug.
macro_rules! lazy_regex {
    ($pattern:expr $(,)?) => {
        std::sync::LazyLock::new(|| $crate::pattern::Pattern::new($pattern).expect("valid regex"))
    };
}

pub mod bench;
pub mod clean;
pub mod context;
pub mod extract;
pub mod html;
pub mod index;
pub mod ingest;
pub mod issuer_codes;
pub mod lm;
pub mod model;
pub mod pattern;
pub mod pipeline;
pub mod prose_counts;
pub mod script;
pub mod segment;
pub mod stats;
pub mod store;
pub mod tables;
pub mod text;
