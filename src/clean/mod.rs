//! Clean: turn a decoded page into the body a careful reader keeps, in
//! simplified script, and pull out its metadata.
//!
//! The stages run in the order their mechanisms need: mojibake is repaired
//! on the original characters (it needs their GBK bytes); markup and
//! furniture go next, judged as whole lines; pinyin before t2s (readings
//! are checked against the original character too); injected characters
//! after t2s (the language model is simplified).

mod furniture;
mod injected;
mod markup;
mod metadata;
mod mojibake;
mod pinyin;

use std::borrow::Cow;

use crate::model::{NoiseCounts, Script};
use crate::pipeline::Resources;
use crate::script::fold_fullwidth;

/// The outcome of cleaning one document.
#[derive(Debug, Clone)]
pub struct Cleaned {
    /// The body in simplified script.
    pub text: String,
    /// The body in the document's own script (for `clean --script original`).
    pub original: String,
    pub script: Script,
    pub title: Option<String>,
    pub date: Option<String>,
    pub issuer: Option<String>,
    pub region: Option<String>,
    pub noise: NoiseCounts,
    /// What was removed and why, one line each (for `clean --explain`).
    pub explain: Vec<String>,
}

/// Invisible characters pages use as padding or watermarks.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{FEFF}' | '\u{2060}' | '\u{00AD}'
    )
}

/// `raw` without invisible chars, with plain spaces and `\n` line ends;
/// most pages need none of it, and are borrowed as they are.
fn normalise_chars(raw: &str) -> Cow<'_, str> {
    if !raw.contains(|c| is_invisible(c) || c == '\u{A0}' || c == '\r') {
        return Cow::Borrowed(raw);
    }
    let text: String = raw
        .chars()
        .filter(|c| !is_invisible(*c))
        .map(|c| if c == '\u{A0}' { ' ' } else { c })
        .collect();
    Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
}

/// Cleans one document's decoded text.
pub fn clean(raw: &str, res: &Resources) -> Cleaned {
    let mut noise = NoiseCounts::default();
    let mut explain = Vec::new();
    let text = normalise_chars(raw);

    let repaired = mojibake::repair(&text, &res.lm, &res.converter);
    noise.mojibake_repaired = repaired.repaired;
    noise.mojibake_dropped = repaired.dropped;
    if repaired.repaired + repaired.dropped > 0 {
        explain.push(format!(
            "mojibake: {} runs repaired, {} dropped",
            repaired.repaired, repaired.dropped
        ));
    }

    let unmarked = markup::strip(&repaired.text);
    for line in &unmarked.removed_lines {
        explain.push(format!("markup: {line}"));
    }
    // Pinyin goes before furniture, whose vocabulary it would hide.
    let stripped = pinyin::strip(&unmarked.text, &|c| res.converter.simplify_char(c));
    noise.pinyin = stripped.annotations;
    if stripped.annotations > 0 {
        explain.push(format!(
            "pinyin: {} annotations removed",
            stripped.annotations
        ));
    }
    let lines: Vec<&str> = stripped
        .text
        .lines()
        .map(|l| l.trim().trim_end_matches(['|', ' ']).trim())
        .filter(|l| !l.is_empty())
        .collect();
    // Lines are converted one by one (t2s phrases never cross a line) so
    // that furniture is judged in simplified script, with one vocabulary.
    let simplified_lines: Vec<String> = crate::stats::timed(crate::stats::Stage::T2s, || {
        lines
            .iter()
            .map(|l| fold_fullwidth(&res.converter.to_simplified(l)))
            .collect()
    });
    let judged: Vec<&str> = simplified_lines.iter().map(String::as_str).collect();
    let sorted = furniture::sort(&judged);
    noise.boilerplate_lines = sorted.removed.len() + unmarked.removed_lines.len();
    for &(why, i) in &sorted.removed {
        explain.push(format!("{}: {}", why.as_str(), lines[i]));
    }
    let join = |of: &[&str]| -> String {
        let kept: Vec<&str> = sorted
            .kept
            .iter()
            .map(|&i| furniture::without_trailing_emoji(of[i]))
            .collect();
        kept.join("\n")
    };
    let original = join(&lines);
    let simplified = join(&judged);
    let script = res.converter.detect(&original);
    // The closing issuer line is a name, not prose: keep it out of the model's way.
    let (body, closing) = metadata::split_issuer(&simplified);
    let (mut text, pairs) = injected::remove(body, &res.lm);
    text.push_str(closing);
    noise.injected = pairs + stripped.injected_pairs;
    if noise.injected > 0 {
        explain.push(format!(
            "injected: {} character pairs removed",
            noise.injected
        ));
    }

    let title = sorted.title.or_else(|| {
        unmarked
            .title
            .map(|t| fold_fullwidth(&res.converter.to_simplified(&t)))
    });
    let date = sorted.date.or(unmarked.date);
    let issuer = metadata::issuer(&text).or(sorted.issuer);
    // Who published the page says where it is from when the document does not.
    let publishers: Vec<&str> = [issuer.as_deref(), sorted.masthead.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    // Only Taiwan dates its pages in the ROC calendar: a page that names
    // no place (its 全国 is Taiwan's) is about Taiwan.
    let region = metadata::region(title.as_deref(), &text, &publishers, &res.lm)
        .or_else(|| sorted.roc_dated.then(|| metadata::TAIWAN.to_string()));
    Cleaned {
        original: if script == Script::Simplified {
            text.clone()
        } else {
            original
        },
        text,
        script,
        title,
        date,
        issuer,
        region,
        noise,
        explain,
    }
}
