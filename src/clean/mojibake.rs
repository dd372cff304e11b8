//! Mojibake from GBK read one byte off: `?,F就` was `。現就`.
//!
//! A page lost one byte of its GBK text; from there every byte pair was
//! decoded shifted by one (showing as odd characters, bopomofo and box
//! drawing) until an ASCII byte put the decoder back in step. A run starts
//! at the `?` that marks the lost byte and ends with that ASCII byte. Its
//! characters are re-encoded as GBK (halfwidth punctuation as the
//! fullwidth GBK forms the page normalised away) and decoded shifted back,
//! trying every possible lost lead byte; the language model chooses the
//! repair that fits its context. A run no candidate decodes cleanly is
//! dropped and counted.

use std::sync::LazyLock;

use regex::Regex;

use crate::lm::{is_han, LanguageModel};

/// `?` then up to 40 non-ASCII chars or punctuation (pinyin annotations
/// allowed inside), ended by the ASCII byte that resynchronised the decoder.
static RUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[?\x{FFFD}]((?:[^\x00-\x7F\n]|[!-/:-@\[-`{-~]|\(?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)){1,40}?[@-~&&[^()\[\]{}|]])")
        .expect("valid regex")
});

static PINYIN_REMNANT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)").expect("valid regex"));

static ANNOTATION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)").expect("valid regex"));

/// Chars of at least this many GBK bytes must decode for a repair to count.
const CONTEXT_CHARS: usize = 6;

/// The result of repairing one text.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Repaired {
    pub text: String,
    pub repaired: usize,
    pub dropped: usize,
}

/// GBK bytes of a run's chars, reading ASCII punctuation as its fullwidth form.
fn run_bytes(run: &str) -> Option<Vec<u8>> {
    let mut bytes = Vec::with_capacity(run.len());
    for c in run.chars() {
        if c == '?' || c == '\u{FFFD}' {
            return None;
        }
        if c.is_ascii_alphanumeric() || c == '@' {
            bytes.push(c as u8);
        } else if c.is_ascii_punctuation() {
            bytes.extend_from_slice(&[0xA3, c as u8 + 0x80]);
        } else {
            let s = c.to_string();
            let (enc, _, unmappable) = encoding_rs::GBK.encode(&s);
            if unmappable || enc.len() != 2 {
                return None;
            }
            bytes.extend_from_slice(&enc);
        }
    }
    Some(bytes)
}

/// Chars a repaired run may contain: Han, ASCII and Chinese punctuation.
/// GBK's other symbols (pinyin letters, bopomofo, box drawing, private
/// use) are exactly what shifted bytes decode to.
fn is_text_char(c: char) -> bool {
    is_han(c)
        || c.is_ascii()
        || "。,、;:?!“”‘’《》()〔〕【】…—·".contains(c)
        || ('\u{FF01}'..='\u{FF5E}').contains(&c)
}

/// Decodes GBK strictly, to text chars only.
fn decode_strict(bytes: &[u8]) -> Option<String> {
    let (text, had_errors) = encoding_rs::GBK.decode_without_bom_handling(bytes);
    (!had_errors && text.chars().all(is_text_char)).then(|| text.into_owned())
}

/// Candidate repairs: the lost byte restored as every possible lead byte,
/// or the run's first byte taken as a stray.
fn candidates(bytes: &[u8]) -> impl Iterator<Item = String> + '_ {
    let restored = (0x81u8..=0xFE).filter_map(move |lead| {
        let mut b = Vec::with_capacity(bytes.len() + 1);
        b.push(lead);
        b.extend_from_slice(bytes);
        decode_strict(&b)
    });
    let stray = bytes.get(1..).and_then(decode_strict);
    restored.chain(stray)
}

/// Log-probability a repair adds to its context, per char of the repair.
/// The language model is simplified, so both are simplified first.
/// `without` is the score of the context alone, the same for every candidate.
fn fit(
    lm: &LanguageModel,
    simplify: &dyn Fn(&str) -> String,
    (left, right, without): (&str, &str, f32),
    candidate: &str,
) -> f32 {
    let symbols: f32 = candidate.chars().map(symbol_cost).sum();
    let with = lm.score(&simplify(&format!("{left}{candidate}{right}"))) + symbols;
    (with - without) / candidate.chars().count().max(1) as f32
}

/// The language model judges Han text only; other chars get a cost here,
/// low for the punctuation prose is made of, high for stray symbols.
fn symbol_cost(c: char) -> f32 {
    if is_han(c) {
        0.0
    } else if "。,、;:“”《》()".contains(c) || "，；：（）".contains(c) {
        -4.0
    } else {
        -15.0
    }
}

/// A repair whose chars cost more than this each is no repair.
const WORST_FIT: f32 = -13.0;

/// Repairs every mojibake run in `text`.
pub fn repair(text: &str, lm: &LanguageModel, simplify: &dyn Fn(&str) -> String) -> Repaired {
    if !text.contains('?') && !text.contains('\u{FFFD}') {
        return Repaired {
            text: text.to_string(),
            ..Default::default()
        };
    }
    let mut out = Repaired {
        text: String::with_capacity(text.len()),
        ..Default::default()
    };
    let mut last = 0;
    for m in RUN.captures_iter(text) {
        let whole = m.get(0).expect("match");
        // Annotations added after the damage, whole or with their `(` lost.
        let run = ANNOTATION.replace_all(&m[1], "");
        let run = PINYIN_REMNANT.replace(&run, "");
        let Some(bytes) = run_bytes(&run) else {
            continue;
        };
        if bytes.len() < 2 && !run.chars().any(|c| c.is_ascii_alphabetic()) {
            continue;
        }
        out.text.push_str(&text[last..whole.start()]);
        last = whole.end();
        let left: String = {
            let chars: Vec<char> = out.text.chars().rev().take(CONTEXT_CHARS).collect();
            chars.into_iter().rev().collect()
        };
        let right: String = text[whole.end()..].chars().take(CONTEXT_CHARS).collect();
        let without = lm.score(&simplify(&format!("{left}{right}")));
        let context = (left.as_str(), right.as_str(), without);
        let best = candidates(&bytes)
            .map(|c| (fit(lm, simplify, context, &c), c))
            .max_by(|a, b| a.0.total_cmp(&b.0));
        match best {
            Some((score, repair)) if score > WORST_FIT => {
                out.text.push_str(&repair);
                out.repaired += 1;
            }
            _ => out.dropped += 1,
        }
    }
    out.text.push_str(&text[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repairs_shifted_runs() {
        let lm = LanguageModel::from_jieba_dict(crate::segment::JIEBA_DICT);
        let conv = crate::script::Converter::new().unwrap();
        let simplify = |s: &str| conv.to_simplified(s);
        let r = repair(
            "(以下簡稱《指南》)?,F(xiàn)就《指南》有關內容解讀如下",
            &lm,
            &simplify,
        );
        // The annotation after the run belongs to the pinyin stage.
        assert_eq!(
            r.text,
            "(以下簡稱《指南》)。現(xiàn)就《指南》有關內容解讀如下"
        );
        assert_eq!(r.repaired, 1);
        let r = repair("持續落實工業環?!耙粛忞p責”工作機制", &lm, &simplify);
        // Repaired or dropped, the shifted chars never reach the index.
        assert_eq!(r.repaired + r.dropped, 1);
        assert!(
            !r.text.contains('耙') && r.text.contains("一崗雙責”工作機制"),
            "{}",
            r.text
        );
        let r = repair("沒有亂碼的文字?", &lm, &simplify);
        assert_eq!(r.text, "沒有亂碼的文字?");
    }
}
