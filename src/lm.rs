//! A word-unigram language model over jieba's dictionary frequencies.
//!
//! `score` is the log-probability of the best segmentation of a string
//! (jieba's own criterion), so comparing a string with and without a span
//! tells how much more probable the text is without it. Cleaning uses it
//! to find injected characters and to choose between mojibake repairs.

use std::collections::{HashMap, HashSet};

/// Log-probabilities of jieba's words, and the longest word length.
pub struct LanguageModel {
    logp: HashMap<Box<str>, f32>,
    max_chars: usize,
    /// Log-probability given to a char the dictionary lacks as a word.
    unknown: f32,
    /// Words the dictionary tags as place names (`ns`).
    places: HashSet<Box<str>>,
}

impl LanguageModel {
    /// Reads a jieba dictionary (`word freq [tag]` a line).
    pub fn from_jieba_dict(dict: &str) -> Self {
        let mut freqs: Vec<(&str, f64)> = Vec::with_capacity(350_000);
        let mut places = HashSet::new();
        let mut total = 0.0;
        for line in dict.lines() {
            let mut parts = line.split_ascii_whitespace();
            let (Some(word), Some(freq)) = (parts.next(), parts.next()) else {
                continue;
            };
            if parts.next() == Some("ns") {
                places.insert(word.into());
            }
            let freq: f64 = freq.parse().unwrap_or(0.0);
            if freq > 0.0 {
                total += freq;
                freqs.push((word, freq));
            }
        }
        let mut logp = HashMap::with_capacity(freqs.len());
        let mut max_chars = 1;
        let mut min = 0.0f32;
        for (word, freq) in freqs {
            let lp = (freq / total).ln() as f32;
            min = min.min(lp);
            max_chars = max_chars.max(word.chars().count());
            logp.insert(word.into(), lp);
        }
        LanguageModel {
            logp,
            max_chars: max_chars.min(8),
            unknown: min - 2.0,
            places,
        }
    }

    /// The log-probability of `word`, if it is in the dictionary.
    pub fn word_logp(&self, word: &str) -> Option<f32> {
        self.logp.get(word).copied()
    }

    /// Whether the dictionary tags `word` as a place name.
    pub fn is_place(&self, word: &str) -> bool {
        self.places.contains(word)
    }

    /// Log-probability of the best segmentation of `text`, and its word count.
    pub fn score(&self, text: &str) -> f32 {
        self.best_path(text).0
    }

    /// Best segmentation score and the words' char lengths, left to right.
    pub fn best_path(&self, text: &str) -> (f32, Vec<usize>) {
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(text.len()))
            .collect();
        let n = bounds.len() - 1;
        let mut best = vec![f32::NEG_INFINITY; n + 1];
        let mut back = vec![0usize; n + 1];
        best[0] = 0.0;
        for i in 0..n {
            if best[i] == f32::NEG_INFINITY {
                continue;
            }
            for len in 1..=self.max_chars.min(n - i) {
                let piece = &text[bounds[i]..bounds[i + len]];
                let lp = match self.logp.get(piece) {
                    Some(lp) => *lp,
                    None if len == 1 => self.unknown_logp(piece),
                    None => continue,
                };
                let s = best[i] + lp;
                if s > best[i + len] {
                    best[i + len] = s;
                    back[i + len] = len;
                }
            }
        }
        let mut lens = Vec::new();
        let mut at = n;
        while at > 0 {
            lens.push(back[at]);
            at -= back[at];
        }
        lens.reverse();
        (best[n], lens)
    }

    /// ASCII and Chinese punctuation are not judged by this model: they
    /// cost nothing, so spans of them never look improbable. Any other
    /// char the dictionary lacks (rare Han, symbols) is unknown.
    fn unknown_logp(&self, piece: &str) -> f32 {
        let free = |c: char| c.is_ascii() || c.is_whitespace() || is_cjk_punctuation(c);
        if piece.chars().all(free) {
            0.0
        } else {
            self.unknown
        }
    }
}

/// CJK symbols and punctuation, and the fullwidth ASCII forms.
pub fn is_cjk_punctuation(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x303F | 0xFF00..=0xFFEF | 0x2010..=0x2027)
}

/// A CJK unified ideograph (basic block or extension A).
pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xF900..=0xFAFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broken_words_score_lower() {
        let lm = LanguageModel::from_jieba_dict(crate::segment::JIEBA_DICT);
        let clean = lm.score("表示热烈欢迎");
        let noisy = lm.score("表示热烈欢南时迎");
        assert!(clean - noisy > 10.0, "{clean} vs {noisy}");
        assert_eq!(lm.best_path("热烈欢迎的人们").1, vec![4, 1, 2]);
    }
}
