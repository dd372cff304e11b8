//! Technical standards cited by code (GB/T 36132, GB 18918, ISO 14001, and
//! the sector codes of agriculture, water, health, transport, building,
//! and local standards: NY/T, SL, WS/T, JT/T, JGJ, DB33/T, DB41/…),
//! normalised as “PREFIX NUMBER” whatever the spacing, width or year suffix.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Citation, Standard};

static CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(GB/T|GB/Z|GB|HJ/T|HJ|ISO/IEC|ISO|IEC|JB/T|YB/T|HG/T|QB/T|JC/T|SH/T|DL/T|NB/T|SJ/T|YD/T|NY/T|NY|SL|LY/T|SC/T|WS/T|WS|YY/T|JT/T|JTG|GA/T|CJJ|CJ/T|JGJ|AQ/T|MZ/T|DB\d{2,6}/T|DB\d{2,6}/?|T/[A-Z]{2,12})\s?(\d{1,6}(?:\.\d{1,3})*)(?:\s?[-—–:]\s?(?:19|20)\d{2})?",
    )
    .unwrap()
});

/// A standard code found in a text, with its span in chars.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundCode {
    pub code: String,
    pub start: usize,
    pub end: usize,
}

/// Every standard code of `chars`, in order.
pub fn find(chars: &[char]) -> Vec<FoundCode> {
    // Every code opens with a capital letter: a text without one, as many
    // are, is spared folding.
    if !chars.iter().any(|&c| fold(c).is_ascii_uppercase()) {
        return Vec::new();
    }
    // Folding fullwidth letters to ASCII keeps one char per char, so char
    // offsets of the folded text are those of the original. Room for three
    // bytes a char, as most are Chinese, saves growing the string.
    let mut folded = String::with_capacity(chars.len() * 3);
    folded.extend(chars.iter().map(|&c| fold(c)));
    let mut out = Vec::new();
    let mut cursor = (0usize, 0usize); // (byte, char) of the last conversion
    for caps in CODE.captures_iter(&folded) {
        let whole = caps.get(0).expect("group 0 always matches");
        let start = char_offset(&folded, &mut cursor, whole.start());
        if start > 0 && (chars[start - 1].is_ascii_alphabetic() || fold(chars[start - 1]) == '/') {
            continue;
        }
        let end = char_offset(&folded, &mut cursor, whole.end());
        out.push(FoundCode {
            code: format!("{} {}", &caps[1], &caps[2]),
            start,
            end,
        });
    }
    out
}

/// The code when `text` is a standard code and nothing else.
pub fn parse_code(text: &str) -> Option<String> {
    let folded: String = text.trim().chars().map(fold).collect();
    let caps = CODE.captures(&folded)?;
    let whole = caps.get(0)?;
    (whole.start() == 0 && whole.end() == folded.len())
        .then(|| format!("{} {}", &caps[1], &caps[2]))
}

/// The standards of a document, one per code in order of appearance, with
/// the title of the first citation that carries the code when there is one.
pub fn list(found: &[FoundCode], citations: &[Citation]) -> Vec<Standard> {
    let mut titles: HashMap<&str, &str> = HashMap::new();
    for c in citations {
        if let Some(code) = c.standard.as_deref() {
            titles.entry(code).or_insert(&c.title);
        }
    }
    let mut seen: HashSet<&str> = HashSet::new();
    found
        .iter()
        .map(|f| f.code.as_str())
        .chain(citations.iter().filter_map(|c| c.standard.as_deref()))
        .filter(|code| seen.insert(code))
        .map(|code| Standard {
            code: code.to_string(),
            title: titles.get(code).map(|t| t.to_string()),
        })
        .collect()
}

fn fold(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// Converts a byte offset of `text` to a char offset, moving a cursor
/// forward so that converting increasing offsets stays linear.
fn char_offset(text: &str, cursor: &mut (usize, usize), byte: usize) -> usize {
    let (from_byte, from_char) = *cursor;
    let chars = if byte >= from_byte {
        from_char + text[from_byte..byte].chars().count()
    } else {
        text[..byte].chars().count()
    };
    *cursor = (byte, chars);
    chars
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(s: &str) -> Vec<String> {
        let chars: Vec<char> = s.chars().collect();
        find(&chars).into_iter().map(|f| f.code).collect()
    }

    #[test]
    fn normalises_codes() {
        assert_eq!(codes("通过GB/T 19001要求"), vec!["GB/T 19001"]);
        assert_eq!(codes("《绿色工厂评价通则》(GB/T36132)"), vec!["GB/T 36132"]);
        assert_eq!(codes("ＧＢ／Ｔ　36132-2018"), vec!["GB/T 36132"]);
        assert_eq!(
            codes("ISO 14001:2015认证和GB 18918"),
            vec!["ISO 14001", "GB 18918"]
        );
        assert!(codes("EGB 12").is_empty());
        assert_eq!(
            codes("执行SL 687和NY/T 1119-2019，参照DB33/T 2345-2021、DB3301/T 65"),
            vec!["SL 687", "NY/T 1119", "DB33/T 2345", "DB3301/T 65"]
        );
        // A mandatory local standard is written with a bare slash.
        assert_eq!(codes("《标准》（DB41/ 2178—2021）"), vec!["DB41/ 2178"]);
    }

    #[test]
    fn parses_whole_codes_only() {
        assert_eq!(parse_code("GB/T36132").as_deref(), Some("GB/T 36132"));
        assert_eq!(parse_code("GB/T36132 附录"), None);
    }
}
