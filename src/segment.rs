//! Segment: jieba-rs over simplified text, with jieba's own dictionary
//! (shipped in `data/`, since the word frequencies also feed the language
//! model) and a user dictionary of policy terms.
//!
//! The tokens made here are the ones the index stores: the pipeline
//! segments each document once and hands these to tantivy pre-tokenized.

use std::sync::Arc;

use jieba_rs::Jieba;

use crate::lm::LanguageModel;
use tantivy::tokenizer::Token;

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

    /// Tokens for the index: one per word at sequential positions (white
    /// space and punctuation dropped, ASCII lowercased). With `subwords`,
    /// the dictionary words inside a long word share its position, so
    /// `工厂` finds `绿色工厂`; queries are cut without them.
    pub fn tokens(&self, text: &str, subwords: bool) -> Vec<Token> {
        let mut out = Vec::with_capacity(text.len() / 4);
        let mut position = 0;
        for t in self.jieba.cut(text, true) {
            if !t.word.chars().any(is_word_char) {
                continue;
            }
            out.push(Token {
                offset_from: t.byte_start,
                offset_to: t.byte_end,
                position,
                text: lowercase(t.word),
                position_length: 1,
            });
            if subwords && t.end - t.start > 2 {
                self.push_subwords(t.word, t.byte_start, position, &mut out);
            }
            position += 1;
        }
        out
    }

    fn push_subwords(&self, word: &str, base: usize, position: usize, out: &mut Vec<Token>) {
        let bounds: Vec<usize> = word
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(word.len()))
            .collect();
        let n = bounds.len() - 1;
        for len in 2..n {
            for start in 0..=n - len {
                let piece = &word[bounds[start]..bounds[start + len]];
                if self.jieba.has_word(piece) {
                    out.push(Token {
                        offset_from: base + bounds[start],
                        offset_to: base + bounds[start + len],
                        position,
                        text: lowercase(piece),
                        position_length: 1,
                    });
                }
            }
        }
    }
}

/// A char that makes a token worth indexing: Han is checked first, as the
/// Unicode tables behind `is_alphanumeric` are slow for it.
fn is_word_char(c: char) -> bool {
    crate::lm::is_han(c) || c.is_alphanumeric()
}

/// `word` lowercased. Han words have no case: only words with a char
/// below the CJK blocks pay for the Unicode case tables.
fn lowercase(word: &str) -> String {
    if word.chars().all(|c| c >= '\u{2E80}' || !c.is_uppercase()) {
        word.to_string()
    } else {
        word.to_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_terms_are_one_token_and_carry_subwords() {
        let seg = Segmenter::new().unwrap();
        let words = seg.words("加快建设绿色工厂和绿色供应链");
        assert!(words.contains(&"绿色工厂"), "{words:?}");
        assert!(words.contains(&"绿色供应链"), "{words:?}");
        let toks = seg.tokens("建设绿色工厂。GDP", true);
        let texts: Vec<(&str, usize)> =
            toks.iter().map(|t| (t.text.as_str(), t.position)).collect();
        assert!(texts.contains(&("绿色工厂", 1)), "{texts:?}");
        assert!(texts.contains(&("工厂", 1)), "{texts:?}");
        assert!(texts.contains(&("gdp", 2)), "{texts:?}");
        assert!(!texts.iter().any(|(t, _)| *t == "。"));
    }
}
