//! Regexes that first look for the text they cannot match without.
//!
//! Most of the pipeline's patterns are alternations of phrases (`其中|从…看|
//! …中，`), asked of every line or sentence, and most of the time they
//! fail. The regex crate speeds up a search by the literals a match must
//! start with, but an alternation with a branch opening on a class
//! (`[0-9]…中，`) has none, and one whose branches open with common words
//! (工作, 报告) stops at each of them; its automaton then reads most of the
//! sentence to fail. A [`Pattern`] works out from the pattern's syntax a
//! set of needles, one of which every match contains (a word from each
//! branch, the rarest-looking part of each sequence), and runs the regex
//! only on text holding one: a vectorised scan for a few words is several
//! times cheaper than the automaton's walk, and it never changes what
//! matches.

use std::borrow::Cow;
use std::ops::Deref;

use aho_corasick::packed;
use memchr::memmem;
use regex::{CaptureMatches, Captures, Match, Matches, Regex, Replacer};
use regex_syntax::hir::{Class, Hir, HirKind, Look};

/// A class of at most this many chars is as good as its chars as
/// needles (`[，、]`, `[›»]`); a wider one (`\p{Han}`, `\d`) is no needle.
const MOST_CLASS_CHARS: u32 = 8;
/// Sets of more needles than this cost more to look for than they save.
const MOST_NEEDLES: usize = 48;

/// A compiled regex with the needles its matches contain.
pub struct Pattern {
    regex: Regex,
    /// Every match contains one of these; `None` where looking for them
    /// would not pay ([`worth_looking_for`]).
    needles: Option<Needles>,
}

impl Pattern {
    pub fn new(pattern: &str) -> Result<Self, regex::Error> {
        let regex = Regex::new(pattern)?;
        // The regex compiled, so its syntax parses.
        let needles = regex_syntax::parse(pattern)
            .ok()
            .filter(worth_looking_for)
            .and_then(|hir| needles(&hir))
            .and_then(Needles::new);
        Ok(Pattern { regex, needles })
    }

    /// Whether `haystack` holds a needle, so that a match is possible.
    fn may_match(&self, haystack: &str) -> bool {
        self.needles
            .as_ref()
            .is_none_or(|needles| needles.any_in(haystack.as_bytes()))
    }

    pub fn is_match(&self, haystack: &str) -> bool {
        self.may_match(haystack) && self.regex.is_match(haystack)
    }

    pub fn find<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        self.regex.find(self.searched(haystack))
    }

    pub fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        self.regex.captures(self.searched(haystack))
    }

    pub fn find_iter<'r, 'h>(&'r self, haystack: &'h str) -> Matches<'r, 'h> {
        self.regex.find_iter(self.searched(haystack))
    }

    pub fn captures_iter<'r, 'h>(&'r self, haystack: &'h str) -> CaptureMatches<'r, 'h> {
        self.regex.captures_iter(self.searched(haystack))
    }

    pub fn replace<'h, R: Replacer>(&self, haystack: &'h str, rep: R) -> Cow<'h, str> {
        if self.may_match(haystack) {
            self.regex.replace(haystack, rep)
        } else {
            Cow::Borrowed(haystack)
        }
    }

    pub fn replace_all<'h, R: Replacer>(&self, haystack: &'h str, rep: R) -> Cow<'h, str> {
        if self.may_match(haystack) {
            self.regex.replace_all(haystack, rep)
        } else {
            Cow::Borrowed(haystack)
        }
    }

    /// What the regex searches: `haystack`, or its empty end when it
    /// holds no needle, where a pattern with needles, which never matches
    /// the empty string, fails at once.
    fn searched<'h>(&self, haystack: &'h str) -> &'h str {
        if self.may_match(haystack) {
            haystack
        } else {
            &haystack[haystack.len()..]
        }
    }
}

/// A searcher for needles, the fastest for their number: one is found
/// by `memmem`, a few by Teddy's vectorised fingerprints. (An
/// Aho-Corasick automaton steps byte by byte through Chinese text, whose
/// lead bytes are all alike and foil its prefilters: it costs more than
/// most regexes it would spare.)
enum Needles {
    One(memmem::Finder<'static>),
    Few(packed::Searcher),
}

impl Needles {
    fn new(set: Vec<Vec<u8>>) -> Option<Self> {
        match set.as_slice() {
            [one] => Some(Needles::One(memmem::Finder::new(one).into_owned())),
            _ => packed::Config::new()
                .builder()
                .extend(&set)
                .build()
                .map(Needles::Few),
        }
    }

    fn any_in(&self, haystack: &[u8]) -> bool {
        match self {
            Needles::One(finder) => finder.find(haystack).is_some(),
            Needles::Few(searcher) => searcher.find(haystack).is_some(),
        }
    }
}

/// The regex itself, for what [`Pattern`] does not speed up.
impl Deref for Pattern {
    type Target = Regex;

    fn deref(&self) -> &Regex {
        &self.regex
    }
}

/// Whether a scan for needles could save the regex's own search: not for
/// a pattern anchored at the start, whose automaton fails within a few
/// chars, for less than the scan costs.
fn worth_looking_for(hir: &Hir) -> bool {
    !hir.properties().look_set_prefix().contains(Look::Start)
}

/// A set of needles one of which every match of `hir` contains, if there
/// is one small enough to be worth looking for. A needle of one byte (an
/// ASCII letter or mark) is none: it is in most lines, and makes the
/// vectorised scan stop at every one.
fn needles(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    match hir.kind() {
        HirKind::Literal(literal) => (literal.0.len() > 1).then(|| vec![literal.0.to_vec()]),
        HirKind::Class(Class::Unicode(class)) => {
            let size: u32 = class
                .iter()
                .map(|r| r.end() as u32 - r.start() as u32 + 1)
                .sum();
            (size <= MOST_CLASS_CHARS && class.iter().all(|r| !r.start().is_ascii())).then(|| {
                let chars = class.iter().flat_map(|r| r.start()..=r.end());
                chars.map(|c| c.to_string().into_bytes()).collect()
            })
        }
        HirKind::Repetition(rep) if rep.min > 0 => needles(&rep.sub),
        HirKind::Capture(capture) => needles(&capture.sub),
        // Any one part's needles do; the rarest-looking set is best.
        HirKind::Concat(parts) => parts.iter().filter_map(needles).min_by_key(|set| cost(set)),
        // Each branch must bring its own.
        HirKind::Alternation(branches) => {
            let mut set = Vec::new();
            for branch in branches {
                set.extend(needles(branch)?);
            }
            set.sort_unstable();
            set.dedup();
            (set.len() <= MOST_NEEDLES).then_some(set)
        }
        HirKind::Empty | HirKind::Look(_) | HirKind::Repetition(_) => None,
        HirKind::Class(Class::Bytes(_)) => None,
    }
}

/// How often a set of needles may be expected in text, roughly: more
/// needles are found more often, longer ones less.
fn cost(set: &[Vec<u8>]) -> usize {
    let shortest = set.iter().map(Vec::len).min().unwrap_or(0);
    set.len() * 16 / shortest.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn needles_of(pattern: &str) -> Option<Vec<String>> {
        let hir = regex_syntax::parse(pattern).unwrap();
        needles(&hir).map(|set| {
            set.into_iter()
                .map(|n| String::from_utf8(n).unwrap())
                .collect()
        })
    }

    #[test]
    fn every_branch_of_an_alternation_brings_a_needle() {
        let set = needles_of("其中|从[^，。]{1,8}看|[0-9][^，。]{0,12}中[，,]").unwrap();
        assert_eq!(set, ["中", "从", "其中"]);
        // A branch that can match without any word leaves no needle.
        assert_eq!(needles_of("其中|[0-9]+"), None);
        assert_eq!(needles_of("其中|看?"), None);
        // Nor does one whose only word is a byte.
        assert_eq!(needles_of("其中|[。!?]"), None);
    }

    #[test]
    fn a_sequence_is_looked_for_by_its_rarest_part() {
        // 分 (one Han char) against ， and 、 (two): the word is the needle;
        // a class with an ASCII mark brings none.
        assert_eq!(needles_of("[，、]分[^。]{1,4}看").unwrap(), ["分"]);
        assert_eq!(needles_of("[，,]{1,2}[。!?]"), None);
        assert_eq!(needles_of(r"\d+(?:亿|万)?元").unwrap(), ["元"]);
    }

    #[test]
    fn a_pattern_matches_as_its_regex_does() {
        let cases = [
            (
                "其中|从[^，。；、]{1,8}看|[0-9][^，。；、]{0,12}中[，,]",
                "从行业分布看，",
            ),
            (
                "其中|从[^，。；、]{1,8}看|[0-9][^，。；、]{0,12}中[，,]",
                "全市共有企业120家",
            ),
            ("(?i:home)\\s*[>›»→]|首页", "HOME > 新闻"),
            ("(?i:home)\\s*[>›»→]|首页", "回到主页"),
            ("^当前位置", "当前位置：首页"),
            ("(完成|达到)(\\d+)", "已完成120个"),
        ];
        for (pattern, text) in cases {
            let (regex, ours) = (Regex::new(pattern).unwrap(), Pattern::new(pattern).unwrap());
            assert_eq!(
                ours.is_match(text),
                regex.is_match(text),
                "{pattern} {text}"
            );
            assert_eq!(
                ours.find(text).map(|m| m.range()),
                regex.find(text).map(|m| m.range())
            );
            assert_eq!(ours.find_iter(text).count(), regex.find_iter(text).count());
            assert_eq!(ours.replace_all(text, "#"), regex.replace_all(text, "#"));
        }
    }

    #[test]
    fn text_without_a_needle_is_not_searched() {
        let pattern = Pattern::new("其中|从[^，。；、]{1,8}看").unwrap();
        assert!(!pattern.may_match("全市共有企业120家"));
        assert!(pattern.may_match("从行业看"));
        // Not where the regex fails fast by itself.
        assert!(Pattern::new("^(?:当前位置|首页)")
            .unwrap()
            .needles
            .is_none());
    }
}
