//! A word-unigram language model over jieba's dictionary frequencies.
//!
//! The score of a string is the log-probability of its best segmentation
//! (jieba's own criterion). Cleaning compares a string with and without a
//! span to tell how much more probable the text is without it: injected
//! characters and mojibake repairs are both judged this way.
//!
//! The words live in a char trie, so a lattice position is extended only
//! while some word still starts with what has been read (two or three
//! steps on average), and [`Lattice`] keeps the best scores of every
//! prefix and suffix of a line, so the score of the line without any span
//! is a handful of lookups, not a new segmentation.

use rustc_hash::{FxHashMap, FxHashSet};

/// Words longer than this are never needed to judge noise.
const MAX_WORD_CHARS: usize = 8;
/// The least frequency a word of two or more chars is given.
const WORD_FREQ_FLOOR: f64 = 100.0;
/// Texts up to this many chars are scored without allocating.
const STACK_CHARS: usize = 64;
/// The trie's root has one slot per Basic Multilingual Plane char.
const ROOT_SLOTS: usize = 0x1_0000;

/// Log-probabilities of jieba's words in a char trie.
pub struct LanguageModel {
    /// The root's child for each BMP char (0: none).
    root: Vec<u32>,
    /// Every other edge: `(node << 21) | char` → child node.
    edges: FxHashMap<u64, u32>,
    /// The log-probability of the word ending at each node (NaN: none does).
    node_logp: Vec<f32>,
    /// Log-probability given to a char the dictionary lacks as a word.
    unknown: f32,
    /// Words the dictionary tags as place names (`ns`).
    places: FxHashSet<Box<str>>,
    /// The dictionary's total frequency, which word frequencies are relative to.
    total: f64,
}

impl LanguageModel {
    /// Reads a jieba dictionary (`word freq [tag]` a line).
    pub fn from_jieba_dict(dict: &str) -> Self {
        let mut words: Vec<(&str, f64)> = Vec::with_capacity(350_000);
        let mut places = FxHashSet::default();
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
            if freq > 0.0 && word.chars().count() <= MAX_WORD_CHARS {
                total += freq;
                words.push((word, freq));
            }
        }
        let mut lm = LanguageModel {
            root: vec![0; ROOT_SLOTS],
            edges: FxHashMap::default(),
            node_logp: vec![f32::NAN],
            unknown: 0.0,
            places,
            total,
        };
        lm.edges.reserve(words.len() * 3 / 2);
        let mut min = 0.0f32;
        for (word, freq) in words {
            let lp = (freq / total).ln() as f32;
            min = min.min(lp);
            // jieba's frequencies come from general text, where much of a
            // field's vocabulary is rare (减排 14, 供暖 35): a word is
            // vocabulary, and no word is taken to be rarer than this.
            let lp = match word.chars().nth(1) {
                Some(_) => lp.max((WORD_FREQ_FLOOR / total).ln() as f32),
                None => lp,
            };
            let node = word.chars().fold(0, |node, c| lm.child_or_insert(node, c));
            lm.node_logp[node as usize] = lp;
        }
        lm.unknown = min - 2.0;
        lm
    }

    /// Adds `words` at frequency `freq`, or keeps a word's dictionary
    /// frequency where that is higher.
    pub fn add_words<'w>(&mut self, words: impl IntoIterator<Item = &'w str>, freq: f64) {
        let lp = (freq / self.total).ln() as f32;
        for word in words
            .into_iter()
            .filter(|w| w.chars().count() <= MAX_WORD_CHARS)
        {
            let node = word
                .chars()
                .fold(0, |node, c| self.child_or_insert(node, c));
            let slot = &mut self.node_logp[node as usize];
            if slot.is_nan() || *slot < lp {
                *slot = lp;
            }
        }
    }

    fn child_or_insert(&mut self, node: u32, c: char) -> u32 {
        if let Some(child) = self.step(node, c) {
            return child;
        }
        let child = self.node_logp.len() as u32;
        self.node_logp.push(f32::NAN);
        if node == 0 && (c as usize) < ROOT_SLOTS {
            self.root[c as usize] = child;
        } else {
            self.edges.insert(edge(node, c), child);
        }
        child
    }

    /// The trie node reached from `node` on `c`.
    #[inline]
    fn step(&self, node: u32, c: char) -> Option<u32> {
        if node == 0 && (c as usize) < ROOT_SLOTS {
            Some(self.root[c as usize]).filter(|&n| n != 0)
        } else {
            self.edges.get(&edge(node, c)).copied()
        }
    }

    /// The log-probability of the word ending at `node`, if one does.
    #[inline]
    fn word_at(&self, node: u32) -> Option<f32> {
        Some(self.node_logp[node as usize]).filter(|lp| !lp.is_nan())
    }

    /// The node reached by reading `chars` from the root.
    fn walk(&self, chars: &[char]) -> Option<u32> {
        chars.iter().try_fold(0, |node, &c| self.step(node, c))
    }

    /// The log-probability of `word`, if it is in the dictionary.
    pub fn word_logp(&self, word: &str) -> Option<f32> {
        let chars: Vec<char> = word.chars().collect();
        self.chars_logp(&chars)
    }

    /// The log-probability of the word `chars` spell, if it is in the dictionary.
    pub fn chars_logp(&self, chars: &[char]) -> Option<f32> {
        self.walk(chars).and_then(|n| self.word_at(n))
    }

    /// Whether the dictionary tags `word` as a place name.
    pub fn is_place(&self, word: &str) -> bool {
        self.places.contains(word)
    }

    /// The cost of `c` as a one-char word. ASCII and Chinese punctuation
    /// are not judged by this model: they cost nothing, so spans of them
    /// never look improbable. Any other char the dictionary lacks (rare
    /// Han, symbols) is unknown.
    pub fn char_logp(&self, c: char) -> f32 {
        if let Some(lp) = self.step(0, c).and_then(|n| self.word_at(n)) {
            lp
        } else if c.is_ascii() || c.is_whitespace() || is_cjk_punctuation(c) {
            0.0
        } else {
            self.unknown
        }
    }

    /// Log-probability of the best segmentation of `chars`. Repairs are
    /// judged on short windows, many per document: up to
    /// [`STACK_CHARS`] the scores live on the stack.
    pub fn score(&self, chars: &[char]) -> f32 {
        let mut stack = [0f32; STACK_CHARS + 1];
        let mut heap = Vec::new();
        let best: &mut [f32] = if chars.len() <= STACK_CHARS {
            &mut stack[..=chars.len()]
        } else {
            heap.resize(chars.len() + 1, 0.0);
            &mut heap
        };
        // `best[i]`: the best score of `chars[..i]`.
        best.fill(f32::NEG_INFINITY);
        best[0] = 0.0;
        for (i, &c) in chars.iter().enumerate() {
            let base = best[i];
            relax(&mut best[i + 1], base + self.char_logp(c));
            self.words_from(chars, i, |end, lp| relax(&mut best[end], base + lp));
        }
        best[chars.len()]
    }

    /// Calls `f(end, logp)` for every word of two or more chars starting
    /// at `chars[start]` (`end` exclusive). Returns how many chars from
    /// `start` on spell a path in the trie (the start of some word).
    #[inline]
    fn words_from(&self, chars: &[char], start: usize, mut f: impl FnMut(usize, f32)) -> usize {
        let Some(mut node) = self.step(0, chars[start]) else {
            return 0;
        };
        let end = chars.len().min(start + MAX_WORD_CHARS);
        for (j, &c) in chars.iter().enumerate().take(end).skip(start + 1) {
            match self.step(node, c) {
                Some(next) => node = next,
                None => return j - start,
            }
            if let Some(lp) = self.word_at(node) {
                f(j + 1, lp);
            }
        }
        end - start
    }
}

fn edge(node: u32, c: char) -> u64 {
    (u64::from(node) << 21) | u64::from(c)
}

/// Best segmentation scores of every prefix and every suffix of a line.
pub struct Lattice<'a> {
    lm: &'a LanguageModel,
    chars: &'a [char],
    /// Every dictionary word in the line, found once for both passes:
    /// `(start, end, logp)`, grouped by start.
    words: Vec<(u32, u32, f32)>,
    /// `forward[i]`: best score of `chars[..i]`.
    forward: Vec<f32>,
    /// `backward[i]`: best score of `chars[i..]`.
    backward: Vec<f32>,
    /// `reach[i]`: how many chars from `i` on spell a path in the trie.
    reach: Vec<u8>,
}

impl<'a> Lattice<'a> {
    /// A lattice of no line yet.
    pub fn new(lm: &'a LanguageModel) -> Self {
        Lattice {
            lm,
            chars: &[],
            words: Vec::new(),
            forward: Vec::new(),
            backward: Vec::new(),
            reach: Vec::new(),
        }
    }

    /// Scores `chars`, with `unit[i]` the cost of `chars[i]` as a one-char
    /// word (the caller may adjust it, e.g. for how often the document
    /// itself uses the char). The buffers of the last line are reused: a
    /// document is scored a sentence at a time.
    pub fn rescore(&mut self, chars: &'a [char], unit: &[f32]) {
        let (lm, n) = (self.lm, chars.len());
        self.chars = chars;
        let words = &mut self.words;
        words.clear();
        self.reach.clear();
        self.reach.extend((0..n).map(|i| {
            lm.words_from(chars, i, |end, lp| words.push((i as u32, end as u32, lp))) as u8
        }));
        let forward = &mut self.forward;
        forward.clear();
        forward.resize(n + 1, f32::NEG_INFINITY);
        forward[0] = 0.0;
        let mut next = 0;
        for i in 0..n {
            let base = forward[i];
            relax(&mut forward[i + 1], base + unit[i]);
            while let Some(&(_, end, lp)) = words.get(next).filter(|w| w.0 as usize == i) {
                relax(&mut forward[end as usize], base + lp);
                next += 1;
            }
        }
        let backward = &mut self.backward;
        backward.clear();
        backward.resize(n + 1, f32::NEG_INFINITY);
        backward[n] = 0.0;
        let mut next = words.len();
        for i in (0..n).rev() {
            let mut best = unit[i] + backward[i + 1];
            while next > 0 && words[next - 1].0 as usize == i {
                next -= 1;
                let (_, end, lp) = words[next];
                relax(&mut best, lp + backward[end as usize]);
            }
            backward[i] = best;
        }
    }

    /// The score of the whole line.
    pub fn best(&self) -> f32 {
        self.backward[0]
    }

    /// The score of the line with `chars[start..end]` deleted: the best of
    /// joining the prefix and suffix at a word boundary, or through a word
    /// that the deletion brings together.
    pub fn without(&self, start: usize, end: usize) -> f32 {
        let chars = self.chars;
        let mut best = self.forward[start] + self.backward[end];
        for left in (start.saturating_sub(MAX_WORD_CHARS - 1)..start).rev() {
            // Most lefts start no word that reaches the deletion: one lookup
            // rules them out, without walking the trie.
            if usize::from(self.reach[left]) < start - left {
                continue;
            }
            let Some(mut node) = self.lm.walk(&chars[left..start]) else {
                continue;
            };
            let room = MAX_WORD_CHARS - (start - left);
            for (j, &c) in chars.iter().enumerate().skip(end).take(room) {
                match self.lm.step(node, c) {
                    Some(next) => node = next,
                    None => break,
                }
                if let Some(lp) = self.lm.word_at(node) {
                    relax(&mut best, self.forward[left] + lp + self.backward[j + 1]);
                }
            }
        }
        best
    }
}

fn relax(slot: &mut f32, score: f32) {
    if score > *slot {
        *slot = score;
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

    fn lm() -> LanguageModel {
        LanguageModel::from_jieba_dict(crate::segment::JIEBA_DICT)
    }

    #[test]
    fn broken_words_score_lower() {
        let lm = lm();
        let score = |s: &str| lm.score(&s.chars().collect::<Vec<_>>());
        let clean = score("表示热烈欢迎");
        let noisy = score("表示热烈欢南时迎");
        // Long texts are scored on the heap, the same way.
        let long = "表示热烈欢迎".repeat(20);
        assert!((score(&long) - 20.0 * clean).abs() < 1e-2);
        assert!(clean - noisy > 10.0, "{clean} vs {noisy}");
        assert_eq!(lm.word_logp("欢迎"), lm.word_logp("欢迎"));
        assert!(lm.word_logp("欢南").is_none());
    }

    #[test]
    fn without_matches_scoring_the_shorter_line() {
        let lm = lm();
        let line = "向记者朋友表示热烈欢南时迎,积极组织绿色工厂";
        let chars: Vec<char> = line.chars().collect();
        let unit: Vec<f32> = chars.iter().map(|&c| lm.char_logp(c)).collect();
        let mut lattice = Lattice::new(&lm);
        lattice.rescore(&chars, &unit);
        assert!((lattice.best() - lm.score(&chars)).abs() < 1e-3);
        for start in 0..chars.len() - 2 {
            let shorter: Vec<char> = chars[..start]
                .iter()
                .chain(&chars[start + 2..])
                .copied()
                .collect();
            let direct = lm.score(&shorter);
            let fast = lattice.without(start, start + 2);
            assert!(
                (direct - fast).abs() < 1e-3,
                "{shorter:?}: {direct} vs {fast}"
            );
        }
    }
}
