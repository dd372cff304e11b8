//! Word lists looked up by the chars around a place rather than word by
//! word. The vocabularies of [`super::verbs`], [`super::phrase`] and
//! [`super::number`] are tried at many places of every text; most places
//! share no first or last char with any word, so indexing the words by
//! those chars turns a pass over the whole list into one hash lookup. The
//! same goes for the one-char tests that open a number or a year, which
//! the scans run on every char of a text: [`CharTable`].

use rustc_hash::FxHashMap;

use super::number::{ends_with, starts_with};
use crate::lm::LanguageModel;
use crate::pattern::Pattern;

/// The word dictionary the extractor asks whether chars make a word or a
/// verb. Extraction takes text alone, so that a caller (a test, a script)
/// needs nothing loaded to call it; the dictionary is the process's one
/// copy, loaded the first time any stage needs it.
pub fn dictionary() -> &'static LanguageModel {
    &crate::pipeline::Resources::get().lm
}

/// A word list indexed by first and by last char. Every lookup yields the
/// words in list order, so the first found is the one a scan of the whole
/// list would have found.
pub struct Lexicon<T: Copy + 'static> {
    by_first: FxHashMap<char, Vec<(&'static str, T)>>,
    by_last: FxHashMap<char, Vec<(&'static str, T)>>,
}

impl<T: Copy + 'static> Lexicon<T> {
    pub fn new(words: impl IntoIterator<Item = (&'static str, T)>) -> Self {
        let mut lexicon = Lexicon {
            by_first: FxHashMap::default(),
            by_last: FxHashMap::default(),
        };
        for (word, value) in words {
            let first = word.chars().next().expect("no empty words");
            let last = word.chars().next_back().expect("no empty words");
            lexicon
                .by_first
                .entry(first)
                .or_default()
                .push((word, value));
            lexicon.by_last.entry(last).or_default().push((word, value));
        }
        lexicon
    }

    /// The words `text` starts with, in list order.
    pub fn prefixes<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (&'static str, T)> + 'a {
        bucket(&self.by_first, text.chars().next())
            .iter()
            .copied()
            .filter(move |(w, _)| text.starts_with(w))
    }

    /// The words `text` ends with, in list order.
    pub fn suffixes<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (&'static str, T)> + 'a {
        bucket(&self.by_last, text.chars().next_back())
            .iter()
            .copied()
            .filter(move |(w, _)| text.ends_with(w))
    }

    /// The words that occur in `chars` starting at `i`, in list order.
    pub fn starting_at<'a>(
        &'a self,
        chars: &'a [char],
        i: usize,
    ) -> impl Iterator<Item = (&'static str, T)> + 'a {
        bucket(&self.by_first, chars.get(i).copied())
            .iter()
            .copied()
            .filter(move |(w, _)| starts_with(chars, i, w))
    }

    /// The words that occur in `chars` ending right before `i`, in list
    /// order.
    pub fn ending_at<'a>(
        &'a self,
        chars: &'a [char],
        i: usize,
    ) -> impl Iterator<Item = (&'static str, T)> + 'a {
        let last = i.checked_sub(1).and_then(|k| chars.get(k)).copied();
        bucket(&self.by_last, last)
            .iter()
            .copied()
            .filter(move |(w, _)| ends_with(chars, i, w))
    }

    /// Of every word's last occurrence in `text`, the one that ends last,
    /// and of several ending there the last listed, with its byte offset:
    /// what the greatest end over each word's `rfind` picks, found by
    /// reading `text` from its end.
    pub fn last_in(&self, text: &str) -> Option<(usize, &'static str, T)> {
        text.char_indices().rev().find_map(|(at, c)| {
            let end = at + c.len_utf8();
            let (word, value) = self.suffixes(&text[..end]).last()?;
            Some((end - word.len(), word, value))
        })
    }
}

/// A predicate on chars tabulated over the Basic Multilingual Plane, for
/// the scans that test every char of a text: one bit lookup instead of a
/// chain of comparisons. It answers exactly as the predicate does; chars
/// beyond the plane ask the predicate itself.
pub struct CharTable {
    bits: Vec<u64>,
    predicate: fn(char) -> bool,
}

impl CharTable {
    pub fn new(predicate: fn(char) -> bool) -> Self {
        let mut bits = vec![0u64; 0x10000 / 64];
        for c in (0..0x10000).filter_map(char::from_u32) {
            if predicate(c) {
                bits[c as usize / 64] |= 1 << (c as u32 % 64);
            }
        }
        CharTable { bits, predicate }
    }

    pub fn contains(&self, c: char) -> bool {
        match self.bits.get(c as usize / 64) {
            Some(word) => word >> (c as u32 % 64) & 1 == 1,
            None => (self.predicate)(c),
        }
    }
}

/// The words of `index` under `key`, in list order.
fn bucket<'a, T>(
    index: &'a FxHashMap<char, Vec<(&'static str, T)>>,
    key: Option<char>,
) -> &'a [(&'static str, T)] {
    key.and_then(|c| index.get(&c)).map_or(&[], Vec::as_slice)
}

/// A regex finding the leftmost occurrence of any of `words`, and of the
/// words starting there the first listed (the leftmost-first semantics of
/// [`regex`]): what the least start over each word's `find` picks, first
/// listed on a tie, in one pass.
pub fn leftmost(words: &[&str]) -> Pattern {
    let alternation: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
    Pattern::new(&alternation.join("|")).expect("escaped words form a regex")
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORDS: &[&str] = &["建成", "累计建成", "提高到", "提高", "到"];

    fn lexicon() -> Lexicon<usize> {
        Lexicon::new(WORDS.iter().enumerate().map(|(k, w)| (*w, k)))
    }

    /// The last occurrence by scanning the list, as `last_in` must find it.
    fn last_by_scan(text: &str) -> Option<(usize, &'static str, usize)> {
        WORDS
            .iter()
            .enumerate()
            .filter_map(|(k, w)| text.rfind(w).map(|at| (at, *w, k)))
            .max_by_key(|(at, w, _)| at + w.len())
    }

    #[test]
    fn lookups_keep_list_order() {
        let lexicon = lexicon();
        let found: Vec<usize> = lexicon.suffixes("全市累计建成").map(|(_, k)| k).collect();
        assert_eq!(found, vec![0, 1]);
        let found: Vec<usize> = lexicon.prefixes("提高到30%").map(|(_, k)| k).collect();
        assert_eq!(found, vec![2, 3]);
        let chars: Vec<char> = "比重提高到".chars().collect();
        assert_eq!(lexicon.ending_at(&chars, 5).count(), 2);
        assert_eq!(lexicon.starting_at(&chars, 2).count(), 2);
        assert_eq!(lexicon.starting_at(&chars, 0).count(), 0);
    }

    #[test]
    fn last_in_agrees_with_a_scan_of_the_list() {
        let lexicon = lexicon();
        for text in [
            "累计建成绿色工厂",
            "建成园区，累计建成",
            "提高到30%，到2025年",
            "提高效率",
            "没有",
            "",
        ] {
            assert_eq!(lexicon.last_in(text), last_by_scan(text), "{text}");
        }
    }

    #[test]
    fn char_tables_answer_as_their_predicate() {
        let table = CharTable::new(|c| matches!(c, '0'..='9' | '十' | '𠀀'));
        for c in ['0', '9', '十', '𠀀', 'a', '百', '𠀁', '\u{ffff}'] {
            assert_eq!(
                table.contains(c),
                matches!(c, '0'..='9' | '十' | '𠀀'),
                "{c}"
            );
        }
    }

    #[test]
    fn leftmost_agrees_with_a_scan_of_the_list() {
        let re = leftmost(WORDS);
        for text in ["累计建成", "要提高到", "到提高", "无"] {
            let by_scan = WORDS
                .iter()
                .filter_map(|w| text.find(w).map(|at| (at, *w)))
                .min_by_key(|(at, _)| *at);
            let found = re.find(text).map(|m| (m.start(), m.as_str()));
            assert_eq!(found, by_scan, "{text}");
        }
    }
}
