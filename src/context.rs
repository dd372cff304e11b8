//! Which char follows which in clean policy prose: character trigrams
//! ([`CharTrigrams`]), which judge injected pairs, and the bigrams under
//! them, which judge mojibake repairs ([`CharTrigrams::bigram_logp`]),
//! counted from the prose under `data/prose/` by the build script
//! ([`crate::prose_counts`]).
//!
//! The word model ([`crate::lm`]) knows words but not what stands beside
//! them, so deleting a real word that leaves fluent text behind
//! (示范[引领]作用) looks to it as good as deleting noise. Runs of chars
//! across word boundaries carry that context: in policy prose 示范 is
//! followed by 引领 often, by a random common char seldom.

use rustc_hash::FxHashMap;

use crate::prose_counts::{self, key2, Tally};
pub use crate::prose_counts::{Pair, END, START};

/// Clean policy prose, a paragraph a line: every file under `data/prose/`
/// (see its README), joined by the build script. None of the seeds, which
/// the synthetic noise benchmark is run on, and none of blind set 331 and
/// the later ones, kept to judge the model on pages it has not read. The
/// program reads what the build script made of it; tests read it whole.
#[cfg(test)]
pub static DOMAIN_TEXT: &str = include_str!(concat!(env!("OUT_DIR"), "/domain_text.txt"));
/// `DOMAIN_TEXT` counted by the build script ([`prose_counts::count`]).
static DOMAIN_COUNTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/prose_counts.bin"));
/// How many counts a char's own frequency weighs as, against what was
/// seen after the char before it, in [`CharTrigrams::bigram_logp`].
const PRIOR_WEIGHT: f64 = 1.0;

/// Character trigrams of clean policy prose, for reading two chars on
/// each side of a suspected injected pair: 持[脸借]续 is improbable chiefly
/// because 持脸 and 脸借 are never seen, and 持续 is. Bigrams alone are too
/// blunt to tell a pair that breaks fluent text from one that sits between
/// two phrases, trigrams too sparse on their own, so the estimate is
/// interpolated down to bigrams and single chars with absolute discounting
/// (a fixed count taken from every seen event and shared out by how many
/// different chars followed the context).
pub struct CharTrigrams {
    /// Occurrences of each char of the Basic Multilingual Plane, by code
    /// point, with line ends ([`END`]); in all; and how many distinct.
    chars: Vec<u32>,
    total: f64,
    distinct: f64,
    /// The same without the line ends, for the bigrams of running text.
    inner_total: f64,
    inner_distinct: f64,
    /// For each char as a context: how often something follows it, and
    /// how many different chars do.
    after_char: Vec<(u32, u32)>,
    /// Each pair of chars, as a bigram and as a context, in one table: a
    /// char's cost reads the pair before it as its context and the pair it
    /// ends as a bigram, and the next char's reads that pair again.
    pairs: FxHashMap<u64, Context>,
    /// The chars that follow each pair, with how often: a pair's
    /// [`Pair::kinds`] entries from its [`Context::first`], in char order.
    /// Read through the pair already looked up, a triple costs one read
    /// of this array, where a table of triples (four times the size of
    /// this, and of the cache) cost a cache miss or two.
    followers: Vec<(u32, u32)>,
}

/// A pair's counts, and where the chars that follow it start in
/// [`CharTrigrams::followers`].
#[derive(Clone, Copy, Default)]
pub struct Context {
    counts: Pair,
    first: u32,
}

impl Context {
    /// How often `c` follows the pair.
    fn then(self, trigrams: &CharTrigrams, c: char) -> u32 {
        let start = self.first as usize;
        let after = &trigrams.followers[start..start + self.counts.kinds as usize];
        after
            .binary_search_by_key(&(c as u32), |&(next, _)| next)
            .map_or(0, |k| after[k].1)
    }
}

/// The trigram costs of a stretch of text, read as the deletions scored
/// in it ask for them and kept for the next: each char's cost in place,
/// and the pair before each char as a context, so a deletion looks up
/// only the pair and the two triples it makes
/// ([`CharTrigrams::deletion_gain`]). Read lazily because only pairs
/// that pass the detector's cheaper tests ask: on the bench's 20 MB
/// slice, a fifth of the chars scored start one. Those pairs cluster and
/// each reads four chars, so the reads fell by about a quarter, not four
/// fifths.
#[derive(Default)]
pub struct InPlace {
    start: usize,
    /// `before[j]`: the two chars before `chars[start + j]`, once read.
    before: Vec<Option<Context>>,
    /// `logp[j]`: the cost of `chars[start + j]` after them, once read.
    logp: Vec<Option<f32>>,
}

impl InPlace {
    /// Starts reading `chars[start..end]` and the two chars past its
    /// end, forgetting what was read before (the buffers are reused):
    /// each char's log-probability after the two before it, [`START`]
    /// standing before the text and [`END`] past its end.
    pub fn reset(&mut self, (start, end): (usize, usize)) {
        self.start = start;
        self.before.clear();
        self.before.resize(end + 3 - start, None);
        self.logp.clear();
        self.logp.resize(end + 2 - start, None);
    }
}

/// What each seen event gives up to the lower-order estimate.
const DISCOUNT: f64 = 0.75;

impl CharTrigrams {
    /// The counts of the shipped domain text.
    pub fn domain() -> Self {
        Self::from_tally(prose_counts::decode(DOMAIN_COUNTS))
    }

    /// Counts the prose lines of `text` here and now.
    #[cfg(test)]
    fn count(text: &str) -> Self {
        let tally = prose_counts::count(text);
        let mut triples: Vec<(u64, u32)> = tally.triples.into_iter().collect();
        triples.sort_unstable();
        Self::from_tally(Tally {
            chars: tally.chars,
            after_char: tally.after_char,
            pairs: tally.pairs.into_iter().collect(),
            triples,
            total: tally.total,
        })
    }

    /// From a tally whose triples are in key order, as
    /// [`prose_counts::decode`] reads them: a pair's followers are then
    /// the run of triples its key opens.
    fn from_tally(tally: Tally<FxHashMap<u64, Pair>, Vec<(u64, u32)>>) -> Self {
        let distinct = tally.chars.iter().filter(|&&n| n > 0).count() as f64;
        let ends = tally.chars[END as usize];
        let mut pairs: FxHashMap<u64, Context> = tally
            .pairs
            .into_iter()
            .map(|(k, counts)| (k, Context { counts, first: 0 }))
            .collect();
        let mut followers = Vec::with_capacity(tally.triples.len());
        let mut context = None;
        for (k, (key, n)) in tally.triples.into_iter().enumerate() {
            let (pair, next) = prose_counts::split_key3(key);
            if context != Some(pair) {
                context = Some(pair);
                pairs
                    .get_mut(&pair)
                    .expect("a triple's pair is counted")
                    .first = u32::try_from(k).expect("fewer than 2^32 triples");
            }
            followers.push((next, n));
        }
        CharTrigrams {
            total: tally.total as f64,
            distinct,
            inner_total: (tally.total - u64::from(ends)) as f64,
            inner_distinct: distinct - f64::from(u8::from(ends > 0)),
            chars: tally.chars,
            after_char: tally.after_char,
            pairs,
            followers,
        }
    }

    fn char_count(&self, c: char) -> u32 {
        self.chars.get(c as usize).copied().unwrap_or(0)
    }

    fn unigram(&self, c: char) -> f64 {
        own_frequency(f64::from(self.char_count(c)), self.total, self.distinct)
    }

    fn pair(&self, a: char, b: char) -> Context {
        self.pairs.get(&key2(a, b)).copied().unwrap_or_default()
    }

    /// The log-probability that `b` follows `a` inside a line of prose,
    /// smoothed towards `b`'s own frequency (a Dirichlet prior), so a
    /// bigram never seen is improbable in proportion to how common its
    /// second char is, not impossible. A mojibake repair's chars are
    /// judged by it: two repairs that each make a word (补助资金, 管制资金)
    /// differ in how they follow their neighbours.
    pub fn bigram_logp(&self, a: char, b: char) -> f32 {
        let mark = |c: char| c == START || c == END;
        let inner = |c: char| if mark(c) { 0 } else { self.char_count(c) };
        let own = own_frequency(f64::from(inner(b)), self.inner_total, self.inner_distinct);
        let seen = if mark(a) || mark(b) {
            0
        } else {
            self.pair(a, b).counts.seen
        };
        ((f64::from(seen) + PRIOR_WEIGHT * own) / (f64::from(inner(a)) + PRIOR_WEIGHT)).ln() as f32
    }

    /// The probability that `b` follows `a`, the pair `ab` looked up.
    fn bigram(&self, a: char, b: char, ab: Pair) -> f64 {
        let lower = self.unigram(b);
        match self.after_char.get(a as usize) {
            Some(&(n, kinds)) if n > 0 => discounted(ab.seen, n, kinds, lower),
            _ => lower,
        }
    }

    /// The log-probability that `c` follows `a b`.
    pub fn logp(&self, a: char, b: char, c: char) -> f32 {
        self.logp_given(b, c, self.pair(a, b), self.pair(b, c))
    }

    /// [`Self::logp`] with the pairs `ab` and `bc` looked up (`a` is
    /// read through `ab`).
    fn logp_given(&self, b: char, c: char, ab: Context, bc: Context) -> f32 {
        let lower = self.bigram(b, c, bc.counts);
        let p = if ab.counts.followed > 0 {
            discounted(ab.then(self, c), ab.counts.followed, ab.counts.kinds, lower)
        } else {
            lower
        };
        p.ln() as f32
    }

    /// The pair before `chars[k]` as a context, read through `in_place`.
    fn before(&self, chars: &[char], k: usize, in_place: &mut InPlace) -> Context {
        let slot = &mut in_place.before[k - in_place.start];
        *slot.get_or_insert_with(|| self.pair(char_at(chars, k, 2), char_at(chars, k, 1)))
    }

    /// What `chars[k]` costs after the two chars before it, read through
    /// `in_place`.
    fn logp_in_place(&self, chars: &[char], k: usize, in_place: &mut InPlace) -> f32 {
        if let Some(logp) = in_place.logp[k - in_place.start] {
            return logp;
        }
        let [b, c] = [1, 0].map(|back| char_at(chars, k, back));
        let (ab, bc) = (
            self.before(chars, k, in_place),
            self.before(chars, k + 1, in_place),
        );
        let logp = self.logp_given(b, c, ab, bc);
        in_place.logp[k - in_place.start] = Some(logp);
        logp
    }

    /// What the pair at `i` and the two chars after it cost in place.
    pub fn kept(&self, chars: &[char], i: usize, in_place: &mut InPlace) -> f32 {
        (i..i + 4)
            .map(|k| self.logp_in_place(chars, k, in_place))
            .sum()
    }

    /// How much more probable `chars` is without the pair at `i`, read from
    /// the two chars on each side: what the two after it cost after the
    /// two before it, against what the pair and the two after it cost in
    /// place (`in_place`, read over a stretch holding them).
    pub fn deletion_gain(&self, chars: &[char], i: usize, in_place: &mut InPlace) -> f32 {
        let l1 = char_at(chars, i, 1);
        let [r1, r2] = [char_at(chars, i + 2, 0), char_at(chars, i + 3, 0)];
        let joined = self.pair(l1, r1);
        let (left, right) = (
            self.before(chars, i, in_place),
            self.before(chars, i + 4, in_place),
        );
        self.logp_given(l1, r1, left, joined) + self.logp_given(r1, r2, joined, right)
            - self.kept(chars, i, in_place)
    }
}

/// The char `back` places before `chars[k]`: [`START`] before the text,
/// [`END`] past its end.
fn char_at(chars: &[char], k: usize, back: usize) -> char {
    match k.checked_sub(back) {
        Some(j) => chars.get(j).copied().unwrap_or(END),
        None => START,
    }
}

/// A char's own frequency, `count` of `total`, smoothed by half a count
/// for each of the `distinct` chars, so that none is impossible.
fn own_frequency(count: f64, total: f64, distinct: f64) -> f64 {
    (count + 0.5) / (total + 0.5 * distinct)
}

/// An absolute-discounting estimate: `seen` of `n` events after a context
/// that `kinds` different chars followed, less the discount, plus the share
/// of the `lower`-order estimate the discounts pay for.
fn discounted(seen: u32, n: u32, kinds: u32, lower: f64) -> f64 {
    let n = f64::from(n);
    (f64::from(seen) - DISCOUNT).max(0.0) / n + DISCOUNT * f64::from(kinds) / n * lower
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prose_counts::{is_han, MIN_PROSE_HAN};

    #[test]
    fn the_build_counted_the_domain_text() {
        let built: prose_counts::Counted = prose_counts::decode(DOMAIN_COUNTS);
        assert!(built == prose_counts::count(DOMAIN_TEXT));
    }

    #[test]
    fn a_bigram_seen_is_likelier_than_one_never_seen() {
        let bigrams = CharTrigrams::count("推动绿色低碳循环发展\n绿色工厂的认定和管理");
        assert!(bigrams.bigram_logp('绿', '色') > bigrams.bigram_logp('绿', '发'));
        // Never seen, the likelier of two is the more common second char.
        assert!(bigrams.bigram_logp('工', '色') > bigrams.bigram_logp('工', '推'));
        // A line break ends a run: 展 never precedes 绿.
        assert!(bigrams.bigram_logp('展', '绿') < bigrams.bigram_logp('色', '低'));
        // Line ends are no chars of the text.
        assert!(bigrams.bigram_logp('展', END) < bigrams.bigram_logp('色', '低'));
    }

    #[test]
    fn headings_and_table_rows_are_not_prose() {
        let counts = CharTrigrams::count("一、主要目标\n钢铁行业\t12\t3.5\n推动绿色低碳循环发展");
        assert_eq!(counts.char_count('标'), 0);
        assert_eq!(counts.char_count('钢'), 0);
        assert_eq!(counts.char_count('推'), 1);
        assert_eq!(counts.char_count(END), 1);
    }

    #[test]
    fn deleting_noise_gains_and_deleting_prose_does_not() {
        let domain = CharTrigrams::domain();
        // 发挥示范[引领]作用: prose, where 示范作用 would read as well to a
        // word model; but 范引 and 领作 are how policy text runs.
        let gain = |text: &str| {
            let chars: Vec<char> = text.chars().collect();
            let mut in_place = InPlace::default();
            in_place.reset((0, chars.len()));
            let kept: f32 = (2..6)
                .map(|k| domain.logp(chars[k - 2], chars[k - 1], chars[k]))
                .sum();
            assert!((domain.kept(&chars, 2, &mut in_place) - kept).abs() < 1e-4);
            domain.deletion_gain(&chars, 2, &mut in_place)
        };
        let prose = gain("示范引领作用");
        // 热烈欢[南时]迎: a pair of common chars pushed into a word.
        let noise = gain("烈欢南时迎各");
        assert!(noise - prose > 8.0, "noise {noise}, prose {prose}");
    }

    #[test]
    fn each_pair_reads_the_chars_that_follow_it_as_counted() {
        let text = "推动绿色低碳循环发展\n推进绿色制造体系建设\n绿色低碳绿色发展绿色制造";
        let counted = prose_counts::count(text);
        let trigrams = CharTrigrams::count(text);
        for (&key, &n) in &counted.triples {
            let (pair, next) = prose_counts::split_key3(key);
            let c = char::from_u32(next).unwrap();
            assert_eq!(trigrams.pairs[&pair].then(&trigrams, c), n, "{key:x}");
        }
        // 色 is followed by 低 and 制, never by 推.
        let after = trigrams.pair('绿', '色');
        assert_eq!(after.then(&trigrams, '低'), 2);
        assert_eq!(after.then(&trigrams, '推'), 0);
        assert_eq!(trigrams.pair('碳', '推').then(&trigrams, '进'), 0);
    }

    #[test]
    fn a_trigram_seen_is_likelier_than_its_bigram_alone_says() {
        let trigrams = CharTrigrams::count("推动绿色低碳循环发展\n推进绿色制造体系建设");
        // 色 follows 动绿 and 进绿 alike; what follows 绿色 depends on what came before.
        assert!(trigrams.logp('动', '绿', '色') > trigrams.logp('动', '绿', '制'));
        assert!(trigrams.logp('绿', '色', '低') > trigrams.logp('绿', '色', '推'));
        // A line starts after two STARTs and ends with END.
        assert!(trigrams.logp(START, START, '推') > trigrams.logp(START, START, '色'));
        assert!(trigrams.logp('发', '展', END) > trigrams.logp('发', '展', '推'));
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
