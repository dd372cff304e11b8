//! Which char follows which in clean policy prose: a character-bigram
//! model counted from the prose under `data/prose/` when the process
//! starts.
//!
//! The word model ([`crate::lm`]) knows words but not what stands beside
//! them, so deleting a real word that leaves fluent text behind
//! (示范[引领]作用) looks to it as good as deleting noise. Bigrams across
//! word boundaries carry that context: in policy prose 示范 is followed by
//! 引领 often, by a random common char seldom.
//!
//! The counts are smoothed towards each char's own frequency (a Dirichlet
//! prior), so a bigram never seen is improbable in proportion to how
//! common its second char is, not impossible.

use rustc_hash::FxHashMap;

use crate::lm::is_han;

/// Clean policy prose, a paragraph a line: every file under `data/prose/`
/// (see its README), joined by the build script. None of the seeds, which
/// the synthetic noise benchmark is run on, and none of blind sets 22–24
/// and 28–54, kept to judge the model on pages it has not read.
const DOMAIN_TEXT: &str = include_str!(concat!(env!("OUT_DIR"), "/domain_text.txt"));
/// Lines with fewer Han chars than this are headings, table rows or
/// signatures, not prose, and are not counted.
const MIN_PROSE_HAN: usize = 8;
/// How many counts the char's own frequency weighs as, against what was
/// seen after the char before it.
const PRIOR_WEIGHT: f64 = 1.0;

/// Character-bigram statistics of clean policy text.
pub struct CharBigrams {
    /// How often each pair of chars stands side by side (`key(a, b)`).
    pairs: FxHashMap<u64, u32>,
    /// How often each char of the Basic Multilingual Plane occurs (indexed
    /// by code point: the detector asks for two or three per pair), and
    /// how many chars there are in all.
    chars: Vec<u32>,
    total: f64,
    /// How many distinct chars there are, for smoothing each char's own
    /// frequency.
    distinct: f64,
}

impl CharBigrams {
    /// Counts the bigrams of the shipped domain text.
    pub fn domain() -> Self {
        Self::count(DOMAIN_TEXT)
    }

    /// Counts the bigrams of the prose lines of `text` (line breaks end a
    /// run).
    fn count(text: &str) -> Self {
        let mut pairs = FxHashMap::default();
        let mut chars = vec![0u32; 0x1_0000];
        let mut total = 0.0;
        let prose = text
            .lines()
            .map(str::trim)
            .filter(|line| line.chars().filter(|&c| is_han(c)).count() >= MIN_PROSE_HAN);
        for line in prose {
            let mut prev = None;
            for c in line.chars() {
                if let Some(count) = chars.get_mut(c as usize) {
                    *count += 1;
                }
                total += 1.0;
                if let Some(p) = prev {
                    *pairs.entry(key(p, c)).or_default() += 1;
                }
                prev = Some(c);
            }
        }
        let distinct = chars.iter().filter(|&&n| n > 0).count() as f64;
        CharBigrams {
            pairs,
            chars,
            total,
            distinct,
        }
    }

    fn char_count(&self, c: char) -> f64 {
        self.chars.get(c as usize).copied().unwrap_or(0) as f64
    }

    /// The log-probability that `b` follows `a`.
    pub fn logp(&self, a: char, b: char) -> f32 {
        let own = (self.char_count(b) + 0.5) / (self.total + 0.5 * self.distinct);
        let seen = self.pairs.get(&key(a, b)).copied().unwrap_or(0) as f64;
        ((seen + PRIOR_WEIGHT * own) / (self.char_count(a) + PRIOR_WEIGHT)).ln() as f32
    }

    /// How much more probable the text around `x y` is without them: what
    /// joining `before` to `after` costs, against what `before x`, `x y`
    /// and `y after` cost. A missing neighbour (the start or end of a
    /// sentence) leaves its terms out.
    pub fn deletion_gain(
        &self,
        before: Option<char>,
        x: char,
        y: char,
        after: Option<char>,
    ) -> f32 {
        let joined = match (before, after) {
            (Some(l), Some(r)) => self.logp(l, r),
            _ => 0.0,
        };
        let kept = before.map_or(0.0, |l| self.logp(l, x))
            + self.logp(x, y)
            + after.map_or(0.0, |r| self.logp(y, r));
        joined - kept
    }
}

fn key(a: char, b: char) -> u64 {
    (u64::from(a as u32) << 32) | u64::from(b as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bigram_seen_is_likelier_than_one_never_seen() {
        let bigrams = CharBigrams::count("推动绿色低碳循环发展\n绿色工厂的认定和管理");
        assert!(bigrams.logp('绿', '色') > bigrams.logp('绿', '发'));
        // Never seen, the likelier of two is the more common second char.
        assert!(bigrams.logp('工', '色') > bigrams.logp('工', '推'));
        // A line break ends a run: 展 never precedes 绿.
        assert!(bigrams.logp('展', '绿') < bigrams.logp('色', '低'));
    }

    #[test]
    fn headings_and_table_rows_are_not_prose() {
        let bigrams = CharBigrams::count("一、主要目标\n钢铁行业\t12\t3.5\n推动绿色低碳循环发展");
        assert_eq!(bigrams.char_count('标'), 0.0);
        assert_eq!(bigrams.char_count('钢'), 0.0);
        assert_eq!(bigrams.char_count('推'), 1.0);
    }

    #[test]
    fn deleting_noise_gains_and_deleting_prose_does_not() {
        let domain = CharBigrams::domain();
        // 示范[引领]作用: prose, where 示范作用 would read as well to a word
        // model; but 范引 and 领作 are how policy text runs.
        let prose = domain.deletion_gain(Some('范'), '引', '领', Some('作'));
        // 欢[南时]迎: a pair of common chars pushed into a word.
        let noise = domain.deletion_gain(Some('欢'), '南', '时', Some('迎'));
        assert!(noise - prose > 8.0, "noise {noise}, prose {prose}");
    }

    #[test]
    fn the_domain_text_holds_none_of_the_benchmark_texts() {
        // The synthetic noise benchmark injects pairs into the seeds'
        // clean texts; a model that had counted them would be tested on
        // what it learned from.
        let domain: std::collections::HashSet<&str> = DOMAIN_TEXT.lines().collect();
        let seeds = [
            include_str!("../tests/fixtures/clean/000.clean.txt"),
            include_str!("../tests/fixtures/clean/001.clean.txt"),
            include_str!("../tests/fixtures/clean/002.clean.txt"),
            include_str!("../tests/fixtures/clean/003.clean.txt"),
            include_str!("../tests/fixtures/clean/004.clean.txt"),
        ];
        for line in seeds.iter().flat_map(|s| s.lines()) {
            let han = line.chars().filter(|&c| is_han(c)).count();
            assert!(
                han < MIN_PROSE_HAN || !domain.contains(line.trim()),
                "{line}"
            );
        }
    }
}
