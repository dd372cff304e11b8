//! Segment: jieba-rs over simplified text, with jieba's own dictionary
//! (shipped in `data/`, since the word frequencies also feed the language
//! model) and a user dictionary of policy terms.
//!
//! The tokens made here are the ones the index stores: the pipeline
//! segments each document once and hands its words to tantivy as one
//! pre-cut string ([`Segmenter::precut`]), which the indexer only splits.

use std::sync::Arc;

use jieba_rs::Jieba;

use crate::lm::LanguageModel;
use tantivy::tokenizer::{Token, TokenStream};

/// jieba's dictionary: `word freq tag` a line.
pub const JIEBA_DICT: &str = include_str!("../data/jieba_dict.txt");
/// Policy terms that must stay one token: `word tag` a line. jieba's
/// frequencies come from general news text, where the vocabulary of
/// energy, environment and industrial policy is rare or missing.
const USER_DICT: &str = include_str!("../data/user_dict.txt");
/// The frequency a policy term gets at least: enough to beat any split of
/// it into parts, and for the language model to take it as vocabulary.
const USER_WORD_FREQ: usize = 2000;

fn user_words() -> impl Iterator<Item = (&'static str, Option<&'static str>)> {
    USER_DICT.lines().filter_map(|line| {
        let mut parts = line.split_whitespace();
        Some((parts.next()?, parts.next()))
    })
}

/// The language model over the same vocabulary the segmenter uses.
pub fn language_model() -> LanguageModel {
    let mut lm = LanguageModel::from_jieba_dict(JIEBA_DICT);
    lm.add_words(user_words().map(|(word, _)| word), USER_WORD_FREQ as f64);
    lm.tag_verbs(
        user_words()
            .filter(|(_, tag)| *tag == Some("v"))
            .map(|(word, _)| word),
    );
    lm
}

/// A shared jieba instance with the policy terms added.
#[derive(Clone)]
pub struct Segmenter {
    jieba: Arc<Jieba>,
}

impl Segmenter {
    pub fn new() -> anyhow::Result<Self> {
        let mut jieba = Jieba::with_dict(&mut JIEBA_DICT.as_bytes())?;
        for (word, tag) in user_words() {
            let freq = jieba.suggest_freq(word).max(USER_WORD_FREQ);
            jieba.add_word(word, Some(freq), tag);
        }
        Ok(Segmenter {
            jieba: Arc::new(jieba),
        })
    }

    /// The words of `text`, with jieba's HMM for unknown words.
    pub fn words<'a>(&self, text: &'a str) -> Vec<&'a str> {
        self.jieba
            .cut(text, true)
            .into_iter()
            .map(|t| t.word)
            .collect()
    }

    pub fn has_word(&self, word: &str) -> bool {
        self.jieba.has_word(word)
    }

    /// Tokens of `text` (queries, titles): one per word at sequential
    /// positions, white space and punctuation dropped, ASCII lowercased.
    pub fn tokens(&self, text: &str) -> Vec<Token> {
        let mut out = Vec::with_capacity(text.len() / 4);
        self.each_token(text, false, |word, from, to, position| {
            out.push(Token {
                offset_from: from,
                offset_to: to,
                position,
                text: lowercase(word),
                position_length: 1,
            })
        });
        out
    }

    /// The body's index tokens, cut once here and written as one string
    /// for [`PrecutTokens`] to read back: each word, lowercased, is
    /// preceded by [`NEXT_POSITION`], or by [`SAME_POSITION`] for the
    /// dictionary words inside a long word, which share its position so
    /// that `工厂` finds `绿色工厂`. One string instead of a token (and a
    /// `String`) per word: tantivy copies pre-tokenized text whole before
    /// indexing it, and the allocations cost more than the copying.
    pub fn precut(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() * 5 / 4);
        let mut last_position = None;
        self.each_token(text, true, |word, _, _, position| {
            out.push(if last_position == Some(position) {
                SAME_POSITION
            } else {
                NEXT_POSITION
            });
            last_position = Some(position);
            push_lowercase(word, &mut out);
        });
        out
    }

    /// Calls `f(word, byte_start, byte_end, position)` for each word worth
    /// indexing and, with `subwords`, for the dictionary words inside each
    /// word of three or more chars, at that word's position.
    fn each_token(&self, text: &str, subwords: bool, mut f: impl FnMut(&str, usize, usize, usize)) {
        let mut position = 0;
        for t in self.jieba.cut(text, true) {
            if !t.word.chars().any(is_word_char) {
                continue;
            }
            f(t.word, t.byte_start, t.byte_end, position);
            if subwords && t.end - t.start > 2 {
                self.each_subword(t.word, |piece, from, to| {
                    f(piece, t.byte_start + from, t.byte_start + to, position)
                });
            }
            position += 1;
        }
    }

    /// Calls `f(piece, from, to)` for each dictionary word inside `word`
    /// (two chars or more, shorter than `word`), with its byte range.
    fn each_subword(&self, word: &str, mut f: impl FnMut(&str, usize, usize)) {
        let bounds: Vec<usize> = word
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(word.len()))
            .collect();
        let n = bounds.len() - 1;
        for len in 2..n {
            for start in 0..=n - len {
                let (from, to) = (bounds[start], bounds[start + len]);
                if self.jieba.has_word(&word[from..to]) {
                    f(&word[from..to], from, to);
                }
            }
        }
    }
}

/// In a pre-cut body ([`Segmenter::precut`]): the word after this takes
/// the next position.
pub const NEXT_POSITION: char = '\u{1F}';
/// In a pre-cut body: the word after this shares the previous word's position.
pub const SAME_POSITION: char = '\u{1E}';

/// Reads back the tokens of a pre-cut body ([`Segmenter::precut`]) into
/// one reused [`Token`]: the indexer's half of segmenting once.
pub struct PrecutTokens<'a> {
    rest: &'a str,
    /// Byte offset of `rest` in the pre-cut string.
    offset: usize,
    token: Token,
}

impl<'a> PrecutTokens<'a> {
    pub fn new(precut: &'a str) -> Self {
        PrecutTokens {
            rest: precut,
            offset: 0,
            token: Token::default(),
        }
    }
}

impl TokenStream for PrecutTokens<'_> {
    fn advance(&mut self) -> bool {
        let mut chars = self.rest.chars();
        let position = match chars.next() {
            Some(NEXT_POSITION) if self.offset == 0 => 0,
            Some(NEXT_POSITION) => self.token.position + 1,
            Some(SAME_POSITION) => self.token.position,
            _ => return false,
        };
        let word = chars.as_str();
        // Both marks are ASCII, whose bytes occur in UTF-8 only as those
        // chars: a byte search finds them without decoding the word.
        let len = word
            .bytes()
            .position(|b| b == NEXT_POSITION as u8 || b == SAME_POSITION as u8)
            .unwrap_or(word.len());
        let from = self.offset + NEXT_POSITION.len_utf8();
        self.token.text.clear();
        self.token.text.push_str(&word[..len]);
        (self.token.offset_from, self.token.offset_to) = (from, from + len);
        self.token.position = position;
        self.offset = from + len;
        self.rest = &word[len..];
        true
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

/// A char that makes a token worth indexing: Han is checked first, as the
/// Unicode tables behind `is_alphanumeric` are slow for it.
fn is_word_char(c: char) -> bool {
    crate::lm::is_han(c) || c.is_alphanumeric()
}

/// `word` lowercased.
fn lowercase(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    push_lowercase(word, &mut out);
    out
}

/// Appends `word` lowercased and without the pre-cut separators. Han
/// words have no case: only words with a char below the CJK blocks pay
/// for the Unicode case tables.
fn push_lowercase(word: &str, out: &mut String) {
    if word
        .chars()
        .all(|c| c >= '\u{2E80}' || !c.is_uppercase() && !c.is_control())
    {
        out.push_str(word);
    } else {
        out.extend(
            word.chars()
                .filter(|c| !c.is_control())
                .flat_map(char::to_lowercase),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_lowercased_in_every_script_and_lose_controls() {
        for (word, lower) in [
            ("绿色工厂", "绿色工厂"),
            ("pm2.5", "pm2.5"),
            ("GDP", "gdp"),
            ("ÉTÉ", "été"),
            ("ⅢA级", "ⅲa级"),
            ("ΑΒΓ", "αβγ"),
            ("a\u{1F}b\u{85}c", "abc"),
        ] {
            let mut out = String::new();
            push_lowercase(word, &mut out);
            assert_eq!(out, lower, "{word}");
        }
    }

    #[test]
    fn the_policy_terms_verbs_are_verbs_to_the_language_model() {
        let lm = language_model();
        // (整治 is a noun in jieba's dictionary; 赋能 is not in it.)
        assert!(lm.is_verb("整治") && lm.is_verb("赋能") && lm.is_verb("改造"));
        assert!(!lm.is_verb("绿色工厂"));
    }

    #[test]
    fn policy_terms_are_one_token_and_carry_subwords() {
        let seg = Segmenter::new().unwrap();
        let words = seg.words("加快建设绿色工厂和绿色供应链");
        assert!(words.contains(&"绿色工厂"), "{words:?}");
        assert!(words.contains(&"绿色供应链"), "{words:?}");
        let precut = seg.precut("建设绿色工厂。GDP");
        let mut read = PrecutTokens::new(&precut);
        let mut texts = Vec::new();
        while read.advance() {
            let t = read.token();
            assert_eq!(&precut[t.offset_from..t.offset_to], t.text);
            texts.push((t.text.clone(), t.position));
        }
        let texts: Vec<(&str, usize)> = texts.iter().map(|(t, p)| (t.as_str(), *p)).collect();
        assert!(texts.contains(&("绿色工厂", 1)), "{texts:?}");
        assert!(texts.contains(&("工厂", 1)), "{texts:?}");
        assert!(texts.contains(&("gdp", 2)), "{texts:?}");
        assert_eq!(texts[0], ("建设", 0));
        let query: Vec<(String, usize)> = seg
            .tokens("建设绿色工厂。GDP")
            .into_iter()
            .map(|t| (t.text, t.position))
            .collect();
        assert_eq!(
            query,
            [("建设", 0), ("绿色工厂", 1), ("gdp", 2)].map(|(t, p)| (t.to_string(), p))
        );
        assert!(!texts.iter().any(|(t, _)| *t == "。"));
    }
}
