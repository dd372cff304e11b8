//! Script: tell simplified from traditional, convert to simplified with
//! OpenCC's t2s dictionaries plus a small domain override table, and fold
//! fullwidth ASCII letters and digits.
//!
//! The conversion is OpenCC's (its `t2s` configuration: at each char, the
//! longest key of TSPhrases or TSCharacters, a phrase winning a tie, is
//! replaced by its first value), done here over the dictionaries in
//! `data/opencc/` rather than through ferrous-opencc, whose matcher
//! allocates the values of every match: on traditional pages that was a
//! tenth of the whole build. A test holds the two to the same output.
//! Entries that would turn common chars into rare ones are kept as the
//! identity ([`in_common_chars`]).

use rustc_hash::FxHashMap;

use crate::model::Script;

/// The domain override table shipped in `data/t2s_overrides.txt`.
const OVERRIDES: &str = include_str!("../data/t2s_overrides.txt");
/// OpenCC's t2s dictionaries, `key\tvalue value…` a line.
const TS_PHRASES: &str = include_str!("../data/opencc/TSPhrases.txt");
const TS_CHARACTERS: &str = include_str!("../data/opencc/TSCharacters.txt");

/// Replacements keyed by their first char, longest first: the longest
/// key that starts a text is replaced.
#[derive(Default)]
struct Replacements {
    by_first: FxHashMap<char, Vec<(String, String)>>,
    /// One bit for each Basic Multilingual Plane char: whether some key
    /// starts with it. Most chars of a text start none, which the bit
    /// tells without hashing.
    first_chars: Vec<u64>,
}

impl Replacements {
    /// Adds `(key, value)` pairs; a key already present keeps its value.
    fn add<'d>(&mut self, pairs: impl IntoIterator<Item = (&'d str, &'d str)>) {
        self.first_chars.resize(0x1_0000 / 64, 0);
        for (from, to) in pairs {
            let Some(first) = from.chars().next() else {
                continue;
            };
            if let Some(word) = self.first_chars.get_mut(first as usize / 64) {
                *word |= bit(first);
            }
            let list = self.by_first.entry(first).or_default();
            if !list.iter().any(|(k, _)| k == from) {
                list.push((from.to_string(), to.to_string()));
            }
        }
        // Stable: among keys of one length, the first added wins.
        for list in self.by_first.values_mut() {
            list.sort_by_key(|(k, _)| std::cmp::Reverse(k.len()));
        }
    }

    fn starts_any(&self, text: &str) -> bool {
        text.chars().any(|c| self.starting_with(c).is_some())
    }

    /// The keys starting with `c`, longest first.
    #[inline]
    fn starting_with(&self, c: char) -> Option<&Vec<(String, String)>> {
        match self.first_chars.get(c as usize / 64) {
            Some(word) if word & bit(c) == 0 => None,
            _ => self.by_first.get(&c),
        }
    }

    /// `text` with, at each char, the longest key starting there replaced.
    fn apply(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        'outer: while let Some(c) = rest.chars().next() {
            if let Some(list) = self.starting_with(c) {
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

/// `c`'s bit in its word of a bit set of chars.
fn bit(c: char) -> u64 {
    1 << (c as u32 % 64)
}

/// The entries of an OpenCC dictionary as OpenCC's compiler reads them: a
/// line of exactly one tab, no empty value, the first value taken; a key
/// given twice keeps its last value.
/// The entries of an OpenCC dictionary, those that would turn common chars
/// into rare ones (劏房 → 㓥房, 二噁英 → 二𫫇英) keeping them as they are:
/// mainland texts write the common form, which is what a reader searches for.
fn in_common_chars(
    entries: Vec<(&'static str, &'static str)>,
) -> Vec<(&'static str, &'static str)> {
    let rare = |c: char| matches!(c as u32, 0x3400..=0x4DBF | 0x20000..);
    entries
        .into_iter()
        .map(|(key, value)| {
            if value.chars().any(rare) && !key.chars().any(rare) {
                (key, key)
            } else {
                (key, value)
            }
        })
        .collect()
}

fn opencc_entries(dict: &str) -> Vec<(&str, &str)> {
    let mut entries: Vec<(&str, &str)> = Vec::new();
    let mut index: FxHashMap<&str, usize> = FxHashMap::default();
    for line in dict.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let mut parts = line.split('\t');
        let (Some(key), Some(values), None) = (parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        if key.is_empty() || values.split(' ').any(str::is_empty) {
            continue;
        }
        let value = values.split(' ').next().unwrap_or_default();
        match index.get(key) {
            Some(&i) => entries[i].1 = value,
            None => {
                index.insert(key, entries.len());
                entries.push((key, value));
            }
        }
    }
    entries
}

/// Converts traditional to simplified and classifies scripts.
pub struct Converter {
    /// OpenCC's t2s phrases and characters.
    t2s: Replacements,
    /// The domain overrides, applied before OpenCC's.
    overrides: Replacements,
    /// OpenCC's phrases with no traditional char of their own (答覆): on a
    /// traditional page, the only conversions a line without one can need.
    neutral_phrases: Replacements,
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

impl Default for Converter {
    fn default() -> Self {
        Self::new()
    }
}

impl Converter {
    pub fn new() -> Self {
        let mut t2s = Replacements::default();
        // Phrases first: a phrase wins a tie with a character.
        t2s.add(in_common_chars(opencc_entries(TS_PHRASES)));
        t2s.add(in_common_chars(opencc_entries(TS_CHARACTERS)));
        let mut overrides = Replacements::default();
        overrides.add(OVERRIDES.lines().filter_map(|line| {
            let line = line.trim();
            if line.starts_with('#') {
                return None;
            }
            let mut parts = line.split_whitespace();
            Some((parts.next()?, parts.next()?))
        }));
        let (kind, image) = classify_block(&t2s);
        let mut converter = Converter {
            t2s,
            overrides,
            neutral_phrases: Replacements::default(),
            kind,
            image,
        };
        let neutral: Vec<(&str, &str)> = opencc_entries(TS_PHRASES)
            .into_iter()
            .filter(|(key, _)| !key.chars().any(|c| converter.changes(c)))
            .collect();
        converter.neutral_phrases.add(neutral);
        converter
    }

    /// Whether single-char t2s may change `c`.
    fn changes(&self, c: char) -> bool {
        self.char_kind(c) == CharKind::Traditional || is_outside_block(c)
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
        let text = if self.overrides.starts_any(text) {
            std::borrow::Cow::Owned(self.overrides.apply(text))
        } else {
            std::borrow::Cow::Borrowed(text)
        };
        if text.chars().any(|c| self.changes(c)) {
            self.t2s.apply(&text)
        } else {
            text.into_owned()
        }
    }

    /// Converts a page's lines one by one (t2s phrases never cross a
    /// line). On a page with traditional chars, a line without one of its
    /// own still converts by its phrases (答覆 is 答复, though 答 and 覆 are
    /// simplified chars too).
    pub fn lines_to_simplified(&self, lines: &[&str]) -> Vec<String> {
        let mut converted: Vec<String> = lines.iter().map(|l| self.to_simplified(l)).collect();
        let traditional = converted.iter().zip(lines).any(|(c, l)| c != l);
        if traditional {
            for (c, l) in converted.iter_mut().zip(lines) {
                if c == l && self.neutral_phrases.starts_any(l) {
                    *c = self.neutral_phrases.apply(l);
                }
            }
        }
        converted
    }
}

/// Traditional chars outside the basic CJK block (extension A, compatibility
/// ideographs) are rare; when one occurs, let the dictionaries decide.
fn is_outside_block(c: char) -> bool {
    let u = c as u32;
    (0x3400..=0x4DBF).contains(&u) || (0xF900..=0xFAFF).contains(&u)
}

/// What single-char t2s makes of each char of the CJK basic block: its
/// kind and its image.
fn classify_block(t2s: &Replacements) -> (Vec<CharKind>, Vec<char>) {
    let size = (CJK_END - CJK_START + 1) as usize;
    let mut kind = vec![CharKind::Neutral; size];
    let mut image: Vec<char> = (CJK_START..=CJK_END).filter_map(char::from_u32).collect();
    let mut block = String::with_capacity(size * 4);
    for u in CJK_START..=CJK_END {
        block.push(char::from_u32(u).expect("valid CJK scalar"));
        block.push('\n');
    }
    let converted = t2s.apply(&block);
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
        let conv = Converter::new();
        assert_eq!(conv.to_simplified("綠色供應鍊管理"), "绿色供应链管理");
        assert_eq!(conv.to_simplified("三友氯堿有限"), "三友氯碱有限");
        assert_eq!(conv.to_simplified("隨著《巴黎協定》"), "随着《巴黎协定》");
        assert_eq!(conv.to_simplified("醫務衞生局"), "医务卫生局");
        assert_eq!(
            conv.lines_to_simplified(&["立法會議員的提問", "答覆:"]),
            ["立法会议员的提问", "答复:"]
        );
        assert_eq!(conv.lines_to_simplified(&["答覆:"]), ["答覆:"]);
        // No common char becomes a rare one.
        assert_eq!(conv.to_simplified("劏房住戶"), "劏房住户");
        assert_eq!(conv.to_simplified("二噁英"), "二噁英");
        assert_eq!(conv.detect("綠色工廠評價通則"), Script::Traditional);
        assert_eq!(conv.detect("绿色工厂评价通则"), Script::Simplified);
        assert_eq!(conv.detect("綠色工廠评价通则和发展規劃"), Script::Mixed);
        assert_eq!(fold_fullwidth("ＧＢ／Ｔ　３６１３２"), "GB／T 36132");
    }

    /// The conversion is OpenCC's: every char, every phrase with chars
    /// around it, and every page the project ships convert as
    /// ferrous-opencc's t2s converts them.
    #[test]
    fn converts_exactly_as_opencc() {
        use ferrous_opencc::{config::BuiltinConfig, OpenCC};
        let opencc = OpenCC::from_config(BuiltinConfig::T2s).unwrap();
        let mut t2s = Replacements::default();
        t2s.add(opencc_entries(TS_PHRASES));
        t2s.add(opencc_entries(TS_CHARACTERS));
        let chars: String = (0x3000u32..=0x9FFF)
            .chain(0xF900..=0xFAFF)
            .chain(0x20000..=0x2A6DF)
            .filter_map(char::from_u32)
            .collect();
        assert_eq!(t2s.apply(&chars), opencc.convert(&chars));
        for (phrase, _) in opencc_entries(TS_PHRASES) {
            for text in [
                phrase.to_string(),
                format!("發{phrase}後"),
                format!("{phrase}{phrase}"),
            ] {
                assert_eq!(t2s.apply(&text), opencc.convert(&text), "{text}");
            }
        }
        let root = env!("CARGO_MANIFEST_DIR");
        let mut pages = 0;
        for dir in [
            "corpus",
            "tests/fixtures/pages",
            "tests/fixtures/extract/blind",
        ] {
            for entry in std::fs::read_dir(format!("{root}/{dir}"))
                .unwrap()
                .flatten()
            {
                let Ok(text) = std::fs::read_to_string(entry.path()) else {
                    continue;
                };
                assert_eq!(
                    t2s.apply(&text),
                    opencc.convert(&text),
                    "{:?}",
                    entry.path()
                );
                pages += 1;
            }
        }
        assert!(pages > 20, "{pages}");
    }
}
