//! The counts of chars, pairs and triples of chars in the shipped clean
//! prose (`data/prose/`), which [`crate::context::CharTrigrams`] turns into
//! probabilities.
//!
//! Counting millions of chars took half a second at every start of the
//! program, so the build script counts them once: it compiles this file
//! too (`#[path]`), writes [`Tally::encode`] to `$OUT_DIR`, and the crate
//! reads that back ([`decode`]). Being shared with the build script, this
//! file uses nothing else of the crate.

use std::collections::HashMap;

/// Lines with fewer Han chars than this are headings, table rows or
/// signatures, not prose, and are not counted.
pub const MIN_PROSE_HAN: usize = 8;
/// Stands before a line's first char, twice, as its context.
pub const START: char = '\u{2}';
/// Follows a line's last char.
pub const END: char = '\u{3}';
/// Chars are counted by code point in the Basic Multilingual Plane.
const PLANE: usize = 0x1_0000;

/// A CJK unified ideograph (basic block or extension A).
pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xF900..=0xFAFF)
}

/// Whether a line of the prose may write a document number's issuer code:
/// it holds the bracket of the number's year (冀政办字〔2023〕, [2023]). The
/// build script keeps only these lines for [`crate::issuer_codes`].
pub fn may_hold_code(line: &str) -> bool {
    line.contains(['〔', '['])
}

/// The lines of `text` that are prose: trimmed, with enough Han chars.
pub fn prose_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|line| line.chars().filter(|&c| is_han(c)).count() >= MIN_PROSE_HAN)
}

/// What the prose says of one pair of chars `a b`.
#[derive(Clone, Copy, Default, Debug, PartialEq)]
pub struct Pair {
    /// How often `b` follows `a`.
    pub seen: u32,
    /// How often something follows `a b`, and how many different chars do.
    pub followed: u32,
    pub kinds: u32,
}

/// The key of the pair `a b`.
pub fn key2(a: char, b: char) -> u64 {
    (u64::from(a as u32) << 21) | u64::from(b as u32)
}

/// The key of the triple `a b c`.
pub fn key3(a: char, b: char, c: char) -> u64 {
    (key2(a, b) << 21) | u64::from(c as u32)
}

/// The pair's key and the third char of the triple `key`, a [`key3`].
pub fn split_key3(key: u64) -> (u64, u32) {
    (key >> 21, (key & 0x1F_FFFF) as u32)
}

/// The counts of the prose lines of a text, each line read from two
/// [`START`]s to an [`END`].
#[derive(Debug, PartialEq)]
pub struct Tally<P, T> {
    /// Occurrences of each char of the Basic Multilingual Plane, by code
    /// point, [`END`] among them.
    pub chars: Vec<u32>,
    /// For each char as a context: how often something follows it, and
    /// how many different chars do.
    pub after_char: Vec<(u32, u32)>,
    /// Each pair of chars, by [`key2`], as a bigram and as a context.
    pub pairs: P,
    /// Each triple of chars, by [`key3`].
    pub triples: T,
    /// How many chars there are in all, [`END`]s among them.
    pub total: u64,
}

/// A tally as counted, in maps of its own choosing.
pub type Counted = Tally<HashMap<u64, Pair>, HashMap<u64, u32>>;

/// Counts the prose lines of `text`.
pub fn count(text: &str) -> Counted {
    let mut tally = Tally {
        chars: vec![0u32; PLANE],
        after_char: vec![(0u32, 0u32); PLANE],
        pairs: HashMap::<u64, Pair>::new(),
        triples: HashMap::<u64, u32>::new(),
        total: 0,
    };
    for line in prose_lines(text) {
        let (mut x, mut y) = (START, START);
        for z in line.chars().chain([END]) {
            if let Some(n) = tally.chars.get_mut(z as usize) {
                *n += 1;
            }
            tally.total += 1;
            let pair = tally.pairs.entry(key2(y, z)).or_default();
            if let Some(after) = tally.after_char.get_mut(y as usize) {
                after.0 += 1;
                after.1 += u32::from(pair.seen == 0);
            }
            pair.seen += 1;
            let triple = tally.triples.entry(key3(x, y, z)).or_default();
            let context = tally.pairs.entry(key2(x, y)).or_default();
            context.followed += 1;
            context.kinds += u32::from(*triple == 0);
            *triple += 1;
            (x, y) = (y, z);
        }
    }
    tally
}

impl Counted {
    /// The tally as little-endian words: the total, the chars, the
    /// contexts, then the pairs and the triples each preceded by their
    /// number and sorted by key, so the same prose always gives the same
    /// bytes.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        let mut word = |w: u32| out.extend_from_slice(&w.to_le_bytes());
        // A key or the total: two words, the low first.
        let wide = |k: u64, word: &mut dyn FnMut(u32)| {
            word(k as u32);
            word((k >> 32) as u32);
        };
        wide(self.total, &mut word);
        self.chars.iter().for_each(|&n| word(n));
        for &(n, kinds) in &self.after_char {
            word(n);
            word(kinds);
        }
        let mut pairs: Vec<_> = self.pairs.iter().collect();
        pairs.sort_unstable_by_key(|(k, _)| **k);
        word(pairs.len() as u32);
        for (&k, pair) in pairs {
            wide(k, &mut word);
            word(pair.seen);
            word(pair.followed);
            word(pair.kinds);
        }
        let mut triples: Vec<_> = self.triples.iter().collect();
        triples.sort_unstable_by_key(|(k, _)| **k);
        word(triples.len() as u32);
        for (&k, &n) in triples {
            wide(k, &mut word);
            word(n);
        }
        out
    }
}

/// Reads back what [`Tally::encode`] wrote, into maps of the caller's
/// choosing. The bytes are the build script's own, so bytes that do not
/// read are a bug.
pub fn decode<P, T>(bytes: &[u8]) -> Tally<P, T>
where
    P: FromIterator<(u64, Pair)>,
    T: FromIterator<(u64, u32)>,
{
    let mut words = bytes
        .chunks_exact(4)
        .map(|w| u32::from_le_bytes(w.try_into().expect("four bytes")));
    let mut word = move || words.next().expect("the tally is whole");
    let wide = |word: &mut dyn FnMut() -> u32| {
        let low = u64::from(word());
        low | (u64::from(word()) << 32)
    };
    let total = wide(&mut word);
    let chars = (0..PLANE).map(|_| word()).collect();
    let after_char = (0..PLANE).map(|_| (word(), word())).collect();
    let pairs = (0..word())
        .map(|_| {
            let k = wide(&mut word);
            let pair = Pair {
                seen: word(),
                followed: word(),
                kinds: word(),
            };
            (k, pair)
        })
        .collect();
    let triples = (0..word()).map(|_| (wide(&mut word), word())).collect();
    Tally {
        chars,
        after_char,
        pairs,
        triples,
        total,
    }
}
