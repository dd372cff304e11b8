//! Script: tell simplified from traditional, convert to simplified with
//! OpenCC's t2s dictionaries (through ferrous-opencc) plus a small domain
//! override table, and fold fullwidth ASCII letters and digits.

use rustc_hash::FxHashMap;

use ferrous_opencc::config::BuiltinConfig;
use ferrous_opencc::OpenCC;

use crate::model::Script;

/// The domain override table shipped in `data/t2s_overrides.txt`.
const OVERRIDES: &str = include_str!("../data/t2s_overrides.txt");

/// Converts traditional to simplified and classifies scripts.
pub struct Converter {
    opencc: OpenCC,
    /// Overrides keyed by first char, longest first.
    overrides: FxHashMap<char, Vec<(String, String)>>,
    /// For each char of the CJK basic block: what single-char t2s makes of it.
    kind: Vec<CharKind>,
    /// For each char of the CJK basic block: its single-char t2s image.
    image: Vec<char>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CharKind {
    Neutral,
    /// Changes under t2s: only traditional text uses it.
    Traditional,
    /// The t2s image of a traditional char that is not itself traditional.
    Simplified,
}

const CJK_START: u32 = 0x4E00;
const CJK_END: u32 = 0x9FFF;

impl Converter {
    pub fn new() -> anyhow::Result<Self> {
        let opencc = OpenCC::from_config(BuiltinConfig::T2s)
            .map_err(|e| anyhow::anyhow!("loading OpenCC t2s: {e}"))?;
        let mut overrides: FxHashMap<char, Vec<(String, String)>> = FxHashMap::default();
        for line in OVERRIDES.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut parts = line.split_whitespace();
            if let (Some(from), Some(to)) = (parts.next(), parts.next()) {
                let first = from.chars().next().expect("non-empty key");
                overrides
                    .entry(first)
                    .or_default()
                    .push((from.to_string(), to.to_string()));
            }
        }
        for list in overrides.values_mut() {
            list.sort_by_key(|(k, _)| std::cmp::Reverse(k.len()));
        }
        let (kind, image) = classify_block(&opencc);
        Ok(Converter {
            opencc,
            overrides,
            kind,
            image,
        })
    }

    fn char_kind(&self, c: char) -> CharKind {
        let u = c as u32;
        if (CJK_START..=CJK_END).contains(&u) {
            self.kind[(u - CJK_START) as usize]
        } else {
            CharKind::Neutral
        }
    }

    /// Counts chars only traditional text uses and chars only simplified text uses.
    pub fn script_counts(&self, text: &str) -> (usize, usize) {
        let (mut trad, mut simp) = (0, 0);
        for c in text.chars() {
            match self.char_kind(c) {
                CharKind::Traditional => trad += 1,
                CharKind::Simplified => simp += 1,
                CharKind::Neutral => {}
            }
        }
        (trad, simp)
    }

    /// The simplified form of one traditional char, if it has one.
    pub fn simplify_char(&self, c: char) -> Option<char> {
        match self.char_kind(c) {
            CharKind::Traditional => Some(self.image[(c as u32 - CJK_START) as usize]),
            _ => None,
        }
    }

    /// Classifies a document's script. Pages converted half-way keep a few
    /// chars of the other script; only a real share of both makes "mixed".
    pub fn detect(&self, text: &str) -> Script {
        let (trad, simp) = self.script_counts(text);
        let total = trad + simp;
        if total == 0 || trad * 10 <= total {
            Script::Simplified
        } else if simp * 5 <= total {
            Script::Traditional
        } else {
            Script::Mixed
        }
    }

    /// Converts to simplified script; text without a traditional char is
    /// returned as it is, with no dictionary work.
    pub fn to_simplified(&self, text: &str) -> String {
        let needs_overrides = text.chars().any(|c| self.overrides.contains_key(&c));
        let text = if needs_overrides {
            std::borrow::Cow::Owned(self.apply_overrides(text))
        } else {
            std::borrow::Cow::Borrowed(text)
        };
        if text
            .chars()
            .any(|c| self.char_kind(c) == CharKind::Traditional || is_outside_block(c))
        {
            self.opencc.convert(&text)
        } else {
            text.into_owned()
        }
    }

    fn apply_overrides(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        'outer: while let Some(c) = rest.chars().next() {
            if let Some(list) = self.overrides.get(&c) {
                for (from, to) in list {
                    if rest.starts_with(from.as_str()) {
                        out.push_str(to);
                        rest = &rest[from.len()..];
                        continue 'outer;
                    }
                }
            }
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
        out
    }
}

/// Traditional chars outside the basic CJK block (extension A, compatibility
/// ideographs) are rare; when one occurs, let OpenCC decide.
fn is_outside_block(c: char) -> bool {
    let u = c as u32;
    (0x3400..=0x4DBF).contains(&u) || (0xF900..=0xFAFF).contains(&u)
}

/// What single-char t2s makes of each char of the CJK basic block: its
/// kind and its image.
fn classify_block(opencc: &OpenCC) -> (Vec<CharKind>, Vec<char>) {
    let size = (CJK_END - CJK_START + 1) as usize;
    let mut kind = vec![CharKind::Neutral; size];
    let mut image: Vec<char> = (CJK_START..=CJK_END).filter_map(char::from_u32).collect();
    // One conversion of the whole block, one char a line, keeps this fast.
    let mut block = String::with_capacity(size * 4);
    for u in CJK_START..=CJK_END {
        block.push(char::from_u32(u).expect("valid CJK scalar"));
        block.push('\n');
    }
    let converted = opencc.convert(&block);
    let mut images = Vec::new();
    for (u, line) in (CJK_START..=CJK_END).zip(converted.split('\n')) {
        let original = char::from_u32(u).expect("valid CJK scalar");
        let mut chars = line.chars();
        if let (Some(img), None) = (chars.next(), chars.next()) {
            if img != original {
                kind[(u - CJK_START) as usize] = CharKind::Traditional;
                image[(u - CJK_START) as usize] = img;
                images.push(img);
            }
        }
    }
    for img in images {
        let u = img as u32;
        if (CJK_START..=CJK_END).contains(&u) {
            let slot = &mut kind[(u - CJK_START) as usize];
            if *slot == CharKind::Neutral {
                *slot = CharKind::Simplified;
            }
        }
    }
    (kind, image)
}

/// Folds fullwidth ASCII letters and digits (and the fullwidth space) to
/// halfwidth; Chinese punctuation stays as it is.
pub fn fold_fullwidth(text: &str) -> String {
    if !text.contains(|c| folded(c).is_some()) {
        return text.to_string();
    }
    text.chars().map(|c| folded(c).unwrap_or(c)).collect()
}

/// The halfwidth form of a fullwidth letter, digit or space.
fn folded(c: char) -> Option<char> {
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => char::from_u32(c as u32 - 0xFEE0),
        '\u{3000}' => Some(' '),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_with_overrides_and_detects() {
        let conv = Converter::new().unwrap();
        assert_eq!(conv.to_simplified("綠色供應鍊管理"), "绿色供应链管理");
        assert_eq!(conv.to_simplified("三友氯堿有限"), "三友氯碱有限");
        assert_eq!(conv.to_simplified("隨著《巴黎協定》"), "随着《巴黎协定》");
        assert_eq!(conv.detect("綠色工廠評價通則"), Script::Traditional);
        assert_eq!(conv.detect("绿色工厂评价通则"), Script::Simplified);
        assert_eq!(conv.detect("綠色工廠评价通则和发展規劃"), Script::Mixed);
        assert_eq!(fold_fullwidth("ＧＢ／Ｔ　３６１３２"), "GB／T 36132");
    }
}
