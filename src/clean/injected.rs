//! Injected anti-scraping characters: random pairs of common characters
//! that content farms insert about once every 30 characters
//! (`新闻上林发布会`, `〔2023〕3上风1号`).
//!
//! For every pair of adjacent Han characters the word-unigram language
//! model ([`crate::lm`]) measures how much more probable its sentence
//! becomes without the pair. Real text seldom gains much; a pair that
//! broke a word or sits between two words as noise gains a lot. The
//! unigram model has no context, so the gain is corrected by how tightly
//! the chars around the pair bind in the dictionary's words
//! ([`LanguageModel::cohesion`]): deleting noise brings together chars
//! that belong together, deleting real text pulls them apart. Nor does it
//! know what stands beside a word, so the character trigrams of clean
//! policy prose ([`CharTrigrams`]) add how well the two chars on each side
//! of the pair follow one another with it and without it; and injectors
//! draw chars that are common words on their own, which bound or rare
//! chars are not. Deleting real text is the worse error, so the bar is
//! high and guarded:
//! - a document is treated as polluted only when several pairs gain far
//!   more than real text ever does; clean documents are left alone;
//! - injectors space their pairs out at a rhythm of their own, so the
//!   pairs that go are chosen together, at the spacing the document's
//!   clearest pairs keep ([`choose`]);
//! - a pair that occurs twice in the document is vocabulary, not noise,
//!   and one whose neighbour joins it in a bigram the document uses
//!   elsewhere needs more evidence;
//! - a pair with a rare character (names, abbreviations) is kept, since
//!   the injected characters are drawn from common ones;
//! - a pair opening with a unit right after a digit (`50个县`) is part of
//!   the count;
//! - document-number prefixes (`(冀政办字〔2023〕`) are not prose: a pair
//!   in one goes when the code reads far better without it
//!   ([`IssuerCodes`]).

use std::ops::Range;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::context::{CharTrigrams, InPlace};
use crate::extract::number::{opens_year, unit_alone};
use crate::issuer_codes::IssuerCodes;
use crate::lm::{is_han, LanguageModel, Lattice};
use crate::pattern::Pattern;
use crate::prose_counts::key2;

/// A pair gaining this much is noise in any document.
const CERTAIN_GAIN: f32 = 26.0;
/// Certain pairs per 1,000 Han chars that mark a document as polluted. Of
/// the pages the tests ship, the clean page highest reaches 2.1 (a Hong
/// Kong policy address, its names and transliterations) and the polluted
/// page lowest 4.5.
const POLLUTED_RATE: f32 = 3.0;
/// A pair gaining this much breaks words as only injected noise does. Of
/// the 890 pages the tests and blind sets ship, no clean page has more
/// than one (a name), and a polluted one at least three; a page whose
/// terms the dictionary lacks (a Taiwan press release: 到府, 场域, 汰役)
/// may reach [`POLLUTED_RATE`] with none (31 at most).
const BREAKING_GAIN: f32 = 36.0;
/// Pairs gaining [`BREAKING_GAIN`] that a polluted document must hold.
const BREAKING_PAIRS: usize = 2;
/// A pair gaining this much is noise on its own evidence, however close
/// to another the injector put it ([`choose`]). The helpers' farm pages
/// put pairs as close as 13 chars (到加…对[取圆]符合, 31); on the unseen
/// pages' benchmark 30 deletes 3% more real text than 36 and 15% less
/// than [`CERTAIN_GAIN`].
const SURE_GAIN: f32 = 30.0;
/// In a polluted document, the pairs gaining this much show the
/// injector's rhythm ([`injector_spacing`]), and a place where nothing
/// belongs counts as gaining it.
const POLLUTED_GAIN: f32 = 22.0;
/// In a polluted document whose injector keeps a rhythm, pairs gaining
/// this much may go, as many as the rhythm allows ([`choose`]). Once the
/// trigrams had read blind sets 231–330 too, 18 was the bar at which both
/// the seeds' benchmark and the unseen pages' (sets 331 on) found 97% of
/// the noise and deleted less than 0.1% of real text: 18.5 misses 0.5%
/// more of the seeds' noise, 17.5 deletes 6% more real text than 18, over
/// the bar on both.
const CHOSEN_GAIN: f32 = 18.0;
/// Gaps between clear pairs that show a rhythm at all.
const RHYTHM_GAPS: usize = 4;
/// The spacing ([`injector_spacing`]) from which an injector keeps a
/// rhythm. Some place their pairs at random, as close as 3 chars apart
/// (the blind sets' farm pages); their pairs go only from
/// [`POLLUTED_GAIN`].
const RHYTHM_SPACING: usize = 12;
/// How a pair's evidence adds up to its gain. The word model's gain counts
/// as one; the other weights were fitted by logistic regression on 10,800
/// pairs injected into blind sets 28–54 (pages neither the dictionary's
/// cohesion, the trigrams nor the seeds' benchmark had seen), common chars
/// and everyday ones half and half, against 47,000 real pairs, and were
/// checked on the held-out half of the pages in a two-fold split. How
/// much a nat of cohesion ([`LanguageModel::cohesion`]) that a deletion
/// brings together or pulls apart counts:
const COHESION_WEIGHT: f32 = 0.652;
/// How much a nat that the trigrams of prose
/// ([`CharTrigrams::deletion_gain`]) say a deletion gains counts.
const TRIGRAM_WEIGHT: f32 = 0.827;
/// What a pair loses when the chars on both sides of it are bound into
/// words that do not reach it: it sits between words, not inside one,
/// where real one-char words stand too.
const LOOSE_PENALTY: f32 = 1.207;
/// Injectors draw common chars that stand as words on their own (的, 我,
/// 唱); a bound or rare char (绩, 磁) is seldom one. By the cost of each
/// char as a one-char word: the commoner's counts for, the rarer's,
/// beyond about e^-2, against, growing with its square.
const COMMONER_WEIGHT: f32 = 0.685;
const RARER_WEIGHT: f32 = -0.352;
const RARER_SQUARE_WEIGHT: f32 = -0.0814;
/// A pair starting this close to another overlaps it or sits next to it,
/// where it borrows its gain from the other's damage.
const NEAR: usize = 4;
/// Injectors space their pairs out: seed 000's come every 16 to 94 chars,
/// most 20 to 35 apart, the shortest gap 0.62 of the usual one. No two
/// pairs go closer than this share of the usual gap between the
/// document's clear pairs ([`injector_spacing`]). On the unseen pages'
/// benchmark (pairs 22 to 42 chars apart) 0.65 deletes 3% less real text
/// and finds as much noise; seed 000 would lose pairs.
const SPACING_SHARE: f32 = 0.6;
/// What a pair loses when a neighbour joins it in a bigram the document
/// uses elsewhere (年前碳达峰: 碳达), unless deleting it brings together a
/// bigram the document uses too (发[看分]布会: 发布). It used to be kept
/// outright, and then a pair before a common ending (休息[青及]时间: 及时,
/// 保障[山点]。: 点。) was never found: a fifth of the noise missed.
const JOINED_PENALTY: f32 = 3.0;
/// Inside a title, a pair with a function word gaining this much goes.
const TITLE_GAIN: f32 = 12.0;
/// The lowest gain any rule looks at: below it, how much a pair gains
/// changes nothing, so its costliest evidence need not be weighed
/// ([`Scorer::score`]).
const LOWEST_GAIN: f32 = TITLE_GAIN;
const _: () = assert!(LOWEST_GAIN <= CHOSEN_GAIN && LOWEST_GAIN <= POLLUTED_GAIN);
/// Han chars in the sample of a long document's sentences ([`score_pairs`]).
const SAMPLE_HAN: usize = 600;
/// Certain pairs a long document's sample must hold for the rest to be
/// scored: one is below [`POLLUTED_RATE`] in a sample of [`SAMPLE_HAN`]
/// chars. Of the 1,020 documents of the bench's 20 MB slice and the 1,445
/// blind pages, every polluted one held four or more; 262 clean ones held
/// one, and were scored whole for nothing.
const SAMPLE_CERTAIN_PAIRS: usize = 2;
/// Pairs with a character rarer than this (as a word) are kept.
const RARE_CHAR_LOGP: f32 = -11.0;
/// Inside a policy's title or a document number's code, where no person is
/// named, chars down to this are taken as drawn by the injector too (《学校
/// 食品安彭吕全…》, 桂瓜方教体卫〔2025〕9号: 彭 -11.0, 瓜 -11.1). Lowering
/// [`RARE_CHAR_LOGP`] itself so far deletes real text of names in prose:
/// 0.103% against 0.091% of the unseen pages' benchmark.
const TITLE_OR_CODE_RARE_CHAR_LOGP: f32 = -12.0;

/// `(冀政办字〔2023〕`: an issuer abbreviation before a year in brackets,
/// maybe with a pair injected into the year itself (`〔20已要24〕`,
/// `〔2爱口023〕`).
static DOC_NUMBER_PREFIX: LazyLock<Pattern> = lazy_regex!(
    r"[(（\[【]\p{Han}{1,8}(?:[〔\[]\d(?:\p{Han}{2})?\d(?:\p{Han}{2})?\d(?:\p{Han}{2})?\d|[【(（]?(?:19|20)(?:\p{Han}{2})?\d\d)"
);

/// `text` without the pairs starting at the char offsets `starts` (sorted).
pub fn delete(text: &str, starts: &[usize]) -> String {
    let chars: Vec<char> = text.chars().collect();
    delete_pairs(&chars, starts).into_iter().collect()
}

/// The models a pair is judged by: the dictionary's words, which char
/// follows which in clean policy prose, and in document numbers' codes.
#[derive(Clone, Copy)]
pub struct Detector<'m> {
    pub words: &'m LanguageModel,
    pub prose: &'m CharTrigrams,
    pub codes: &'m IssuerCodes,
}

impl Detector<'_> {
    /// Removes injected pairs: the text without them, and the char offsets
    /// where they started, in text order (none unless the document is
    /// polluted).
    pub fn remove(self, text: &str) -> (String, Vec<usize>) {
        let chars: Vec<char> = text.chars().collect();
        let starts = self.detect(text, &chars, 0);
        (delete_pairs(&chars, &starts).into_iter().collect(), starts)
    }

    /// [`Self::remove`] for a `body` under its `headline`, in one pass: the
    /// headline is too short to show pollution by itself, so it is judged
    /// over the body, whose vocabulary it shares (a pair the body uses
    /// stays). The offsets returned are the body's.
    pub fn remove_under_headline(
        self,
        headline: Option<&str>,
        body: &str,
    ) -> (Option<String>, String, Vec<usize>) {
        let Some(headline) = headline else {
            let (text, starts) = self.remove(body);
            return (None, text, starts);
        };
        let text = format!("{headline}\n{body}");
        let chars: Vec<char> = text.chars().collect();
        let skip = headline.chars().count() + 1;
        let starts = self.detect(&text, &chars, skip);
        let split = starts.partition_point(|&i| i < skip);
        let body_starts: Vec<usize> = starts[split..].iter().map(|&i| i - skip).collect();
        (
            Some(
                delete_pairs(&chars[..skip - 1], &starts[..split])
                    .into_iter()
                    .collect(),
            ),
            delete_pairs(&chars[skip..], &body_starts)
                .into_iter()
                .collect(),
            body_starts,
        )
    }

    /// The starts of the injected pairs in `chars` (the chars of `text`), in
    /// text order; none unless the document is polluted. The first
    /// `headline` chars are a headline, whose pairs are judged by their own
    /// evidence, not by the body's rhythm: one gaining [`POLLUTED_GAIN`]
    /// there is sure (a headline is a dozen words: a pair in it at
    /// [`CERTAIN_GAIN`] would be missed as often as found, 建设[手大]工作总结
    /// at 25, and none of the test pages' headlines loses a real char at
    /// this bar).
    fn detect(self, text: &str, chars: &[char], headline: usize) -> Vec<usize> {
        let han = chars.iter().filter(|c| is_han(**c)).count();
        // Document-number prefixes are not scored as prose, and nothing
        // stands between a title and its number.
        let prefixes = doc_number_prefixes(text);
        let numbers = protect(chars.len(), &prefixes);
        let titles = title_spans(chars);
        let Some(candidates) = self.score_pairs(chars, &numbers, &titles, han) else {
            return Vec::new();
        };
        if !is_polluted(&candidates, han) {
            return Vec::new();
        }
        // Once the document is known to be polluted, some places need no
        // more evidence, because nothing belongs there: two chars splitting a
        // number (`〔2023〕3上风1号`; the model does not judge digits, so such a
        // pair gains little however clearly it is noise), a number and its
        // percent sign, a line's numbering (`（七买朋）`) or a word in Latin
        // letters (`30EFLOP数南S`), or between a title and
        // its document number (`》大朋(唐环新〔2023〕1号)`). Inside a title, a
        // pair with a function word of speech needs less (《机器人得就产业…》).
        let structural = (1..chars.len().saturating_sub(2)).filter(|&i| {
            is_han(chars[i])
                && is_han(chars[i + 1])
                && (splits_number(chars, i)
                        // (（期限2025—2027年）: a word there is the bracket's own.)
                        && !(matches!(chars[i - 1], '（' | '(')
                            && self.words.chars_logp(&chars[i..i + 2]).is_some())
                    // (Not a word the numeral opens: 二手车、, 一体化、.)
                    || splits_numbering(chars, i)
                        && self.words.chars_logp(&chars[i - 1..i + 2]).is_none()
                    || splits_latin_word(chars, i)
                    || (chars[i - 1] == '》' && numbers[i + 2]))
        });
        let mut candidates: Vec<(f32, usize)> = candidates
            .into_iter()
            .map(|(gain, i)| {
                let in_title =
                    titles[i] && gain >= TITLE_GAIN && is_title_noise(chars[i], chars[i + 1]);
                let in_headline = i < headline && gain >= POLLUTED_GAIN;
                let lifted = match (in_title, in_headline) {
                    (_, true) => SURE_GAIN,
                    (true, false) => POLLUTED_GAIN,
                    (false, false) => gain,
                };
                (gain.max(lifted), i)
            })
            // (A headline's pair short of that, or of a title's noise, is
            // no one the body's rhythm may choose.)
            .filter(|&(gain, i)| i >= headline || gain >= POLLUTED_GAIN)
            .collect();
        let in_codes = self.pairs_in_codes(chars, &prefixes);
        let mut placed: Vec<usize> = structural.chain(in_codes).collect();
        placed.sort_unstable();
        placed.dedup();
        // A place the model also rated is judged as placed.
        candidates.retain(|(_, i)| placed.binary_search(i).is_err());
        let spacing = injector_spacing(&candidates, &placed);
        // Only a rhythm makes up for the evidence a pair below the usual
        // bar lacks.
        let (threshold, spacing) = if spacing >= RHYTHM_SPACING {
            (CHOSEN_GAIN, spacing)
        } else {
            (POLLUTED_GAIN, NEAR)
        };
        choose(&candidates, &placed, threshold, spacing)
    }

    /// The pairs in the codes of the document numbers `prefixes` start:
    /// a code is no word, so a pair there is judged by what codes are made
    /// of (桂政[外全]办发), and only one the injector could have drawn:
    /// chars not too rare to be drawn
    /// ([`TITLE_OR_CODE_RARE_CHAR_LOGP`]) that make no word.
    fn pairs_in_codes(self, chars: &[char], prefixes: &[Range<usize>]) -> Vec<usize> {
        let drawable = |c| self.words.char_logp(c) >= TITLE_OR_CODE_RARE_CHAR_LOGP;
        let may_be_noise =
            |a, b| drawable(a) && drawable(b) && self.words.chars_logp(&[a, b]).is_none();
        let mut pairs = Vec::new();
        for prefix in prefixes {
            let start = prefix.start + 1;
            let len = chars[start..prefix.end]
                .iter()
                .take_while(|&&c| is_han(c))
                .count();
            // (Not （规划期为2021—2025年）: a code stands before a year's
            // bracket.)
            if matches!(chars.get(start + len), Some('〔' | '[')) {
                let code = &chars[start..start + len];
                let found = self.codes.injected_pairs(code, may_be_noise);
                pairs.extend(found.into_iter().map(|k| start + k));
            }
        }
        pairs
    }

    /// `(gain, index)` for every pair worth considering, local maxima only;
    /// `None` when a sample shows the document (of `han` Han chars) clean.
    ///
    /// Injectors pollute a page throughout, at dozens of pairs per 1,000
    /// chars, so a long document is first scored on every few sentences
    /// (about [`SAMPLE_HAN`] chars, spread through it): with fewer than
    /// [`SAMPLE_CERTAIN_PAIRS`] certain pairs there it is clean, and most
    /// pages are, so the rest is never scored.
    fn score_pairs(
        self,
        chars: &[char],
        protected: &[bool],
        titles: &[bool],
        han: usize,
    ) -> Option<Vec<(f32, usize)>> {
        let mut scorer = Scorer::new(chars, protected, titles, self);
        let spans: Vec<(usize, usize)> = sentence_spans(chars).collect();
        let stride = if han >= 2 * SAMPLE_HAN {
            han / SAMPLE_HAN
        } else {
            1
        };
        spans.iter().step_by(stride).for_each(|&s| scorer.score(s));
        if stride > 1 {
            let certain = scorer.gains.iter().filter(|&&g| g >= CERTAIN_GAIN);
            if certain.count() < SAMPLE_CERTAIN_PAIRS {
                return None;
            }
            let unsampled = spans.iter().enumerate().filter(|(j, _)| j % stride != 0);
            unsampled.for_each(|(_, &s)| scorer.score(s));
        }
        let gains = scorer.gains;
        let peaks = (0..gains.len())
            .filter(|&i| gains[i].is_finite())
            .filter(|&i| (i == 0 || gains[i] >= gains[i - 1]) && gains[i] >= gains[i + 1]);
        Some(peaks.map(|i| (gains[i], i)).collect())
    }
}

/// How far before a pair a document number's closing year bracket is
/// looked for: a serial's digits and one more pair (〕2算过9).
const SERIAL_CHARS: usize = 8;

/// How far before a pair a standard's code is looked for: its letters and
/// digits with one more pair (GB/T 21规成7, GB霜急/T 10001).
const CODE_CHARS: usize = 14;

/// A standard's code up to a pair: its letters, maybe with a pair of their
/// own (LY/办器T, GB霜急/T), then digits with at most one pair among them
/// (GB/T 21规成7, HJ 2025).
static CODE_SO_FAR: LazyLock<Pattern> = lazy_regex!(
    r"(?:^|[^A-Za-z])[A-Z]{2,4}(?:\p{Han}{2})?(?:/(?:\p{Han}{2})?[A-Z])?\s?\d+(?:\p{Han}{2}\d+)?$"
);

/// Units that count things right after their number (32北平个 is noise).
const COUNTING_UNITS: &str = "个家项条座所名辆台套处件";

/// Whether `c` can be part of a quantity written with digits (5万至6万,
/// 3月1日, 50余个).
fn is_quantity_char(c: char) -> bool {
    "〇零一二三四五六七八九十百千万亿两年月日号至到或余多个期项条".contains(c)
}

/// Whether the pair at `i` splits a number: between two digits (〔2023〕
/// 3上风1号, 2或为0座, 6热百0%, 4.森舞1万亩; 5万至6万, 3月1日 and 90元和100元 stay), inside a year's
/// brackets or at either end of a period's, or between a number and
/// its percent sign or the unit that counts it (85多球%, 32北平个; 60家国家
/// stays).
fn splits_number(chars: &[char], i: usize) -> bool {
    let (Some(&before), Some(&after)) = (i.checked_sub(1).map(|j| &chars[j]), chars.get(i + 2))
    else {
        return false;
    };
    let (a, b) = (chars[i], chars[i + 1]);
    let loose = || !is_quantity_char(a) && !is_quantity_char(b);
    // A magnitude or a month goes on with a digit only after a digit or a
    // quantity's char (1万2千, 2025年3月5日): one after another char
    // (6[热百]0%, 1,0[还月]89辆) is drawn with it.
    let stray_before_digit = || "十百千万亿月".contains(b) && !is_quantity_char(a);
    // A conjunction between two numbers is followed by the second (5万至6万,
    // 2或3座, 第1至第3批): 2[或为]0座 is noise.
    let stray_conjunction =
        || "或至到和及与".contains(a) && !is_quantity_char(b) && !"第前近每约共".contains(b);
    // A decimal point with its digit before it (4.[森舞]1万亩) is inside the
    // number too.
    let decimal =
        i >= 2 && before == '.' && chars[i - 2].is_ascii_digit() && after.is_ascii_digit();
    // A document number's year in its brackets (〔2026[拿森]〕1号) and a
    // period in brackets (（[山笑]2025—2027年）) hold nothing else; (（截至2025年底）
    // does).
    let year = |from: usize| chars.get(from..).is_some_and(opens_year);
    let opens_period = matches!(before, '（' | '(')
        && year(i + 2)
        && chars
            .get(i + 6)
            .is_some_and(|c| crate::extract::RANGE_SEPARATORS.contains(c));
    // …and at a period's end (（2026—2028年[雪地]）).
    let closes_period = matches!(after, '）' | ')')
        && before == '年'
        && i >= 6
        && year(i - 5)
        && crate::extract::RANGE_SEPARATORS.contains(&chars[i - 6]);
    let bracketed_year = opens_period || in_number_year(chars, i) || closes_period;
    // A standard's code holds only digits and a part's point (GB/T
    // 5296[主邓].1, GB/T 21[规成]7[太号]09.1) up to the dash before its
    // year (JGJ/T 489[池过]—2021), whatever chars a pair draws.
    let dated = |dash: char| crate::extract::RANGE_SEPARATORS.contains(&dash) && year(i + 3);
    let in_code = before.is_ascii_digit()
        && (after.is_ascii_digit()
            || after == '.' && chars.get(i + 3).is_some_and(char::is_ascii_digit)
            || dated(after))
        && CODE_SO_FAR.is_match(
            &chars[i.saturating_sub(CODE_CHARS)..i]
                .iter()
                .collect::<String>(),
        );
    decimal
        || bracketed_year
        || in_serial(chars, i)
        || in_code
        || before.is_ascii_digit()
            && (matches!(after, '%' | '％')
                || after.is_ascii_digit()
                    && (loose() || stray_conjunction() || stray_before_digit())
                    && !joins_quantities(chars, i)
                || COUNTING_UNITS.contains(after)
                    && loose()
                    && !COUNTING_UNITS.contains(a)
                    && !COUNTING_UNITS.contains(b)
                // A digit's magnitude follows it (10万人次): two chars between
                // them that no quantity holds (10[概理]万) split the number.
                || matches!(after, '万' | '亿') && loose())
}

/// Whether the pair at `i` stands in a year, whose four digits hold
/// nothing else whatever chars the pair drew: a document number's, in its
/// brackets (〔2[爱口]023〕, 〔2026[拿森]〕), or one written with 年
/// (2026—203[四喜]0年).
fn in_number_year(chars: &[char], i: usize) -> bool {
    let digit = |j: Option<usize>| {
        j.and_then(|j| chars.get(j))
            .is_some_and(char::is_ascii_digit)
    };
    if !digit(i.checked_sub(1)) && !digit(Some(i + 2)) {
        return false;
    }
    let digits_from =
        |run: &mut dyn Iterator<Item = &char>| run.take_while(|c| c.is_ascii_digit()).count();
    let before = digits_from(&mut chars[..i].iter().rev());
    let after = digits_from(&mut chars[i + 2..].iter());
    let digits: Vec<char> = chars[i - before..i]
        .iter()
        .chain(&chars[i + 2..i + 2 + after])
        .copied()
        .collect();
    let bracketed = i > before
        && matches!(chars[i - 1 - before], '〔' | '[')
        && chars
            .get(i + 2 + after)
            .is_some_and(|c| matches!(c, '〕' | ']'));
    // (Not 未来20[年至]30年, two numbers joined by a connective.)
    let joins_numbers = is_quantity_char(chars[i]) && "至到或和及与、".contains(chars[i + 1]);
    let dated = before > 0
        && after > 0
        && !joins_numbers
        && chars.get(i + 2 + after) == Some(&'年')
        && opens_year(&digits);
    before + after == 4 && (bracketed || dated)
}

/// Whether the pair at `i` stands in a document number's serial, between
/// its year's closing bracket and its 号, which hold digits alone
/// (〔2012〕[长火]42号, 〔2022〕1[间两]5号), or with one more pair
/// (〔2025〕2[算过]9[进物]号). Not 〔2024〕5号），新增2[个型]号: other text
/// stands between the bracket and the pair; nor 〔2021〕5[号和]6号: a
/// serial's 号 ends it.
fn in_serial(chars: &[char], i: usize) -> bool {
    let near = &chars[i.saturating_sub(SERIAL_CHARS)..i];
    if !near.iter().any(|&c| matches!(c, '〕' | ']')) || chars[i..i + 2].contains(&'号') {
        return false;
    }
    let closes_year = |at: usize| at > 0 && chars[at - 1].is_ascii_digit();
    let left = serial_side(chars[..i].iter().rev(), |k, c| {
        matches!(c, '〕' | ']') && closes_year(i - 1 - k)
    });
    let right = serial_side(chars[i + 2..].iter(), |_, c| c == '号');
    match (left, right) {
        (Some((digits, han)), Some((more_digits, more_han))) => {
            digits + more_digits > 0 && han + more_han <= 2
        }
        _ => false,
    }
}

/// Reads one side of a pair in a serial, up to the char `ends` it (given
/// its distance from the pair and itself): how many digits and Han chars
/// stand before it, or `None` if anything else does or it is not near.
fn serial_side<'a>(
    side: impl Iterator<Item = &'a char>,
    ends: impl Fn(usize, char) -> bool,
) -> Option<(usize, usize)> {
    let (mut digits, mut han) = (0, 0);
    for (k, &c) in side.take(SERIAL_CHARS).enumerate() {
        if ends(k, c) {
            return Some((digits, han));
        } else if c.is_ascii_digit() {
            digits += 1;
        } else if is_han(c) && c != '号' {
            han += 1;
        } else {
            return None;
        }
    }
    None
}

/// Whether the pair at `i` stands in the numbering that opens a line,
/// beside its numeral: （两夫四）, （七买朋）, 一况签、 (a heading's 一、)
/// and 三示亚是 (an item's 三是).
fn splits_numbering(chars: &[char], i: usize) -> bool {
    let numeral = |j: usize| chars.get(j).copied().is_some_and(is_small_numeral);
    let is = |j: usize, set: &str| chars.get(j).is_some_and(|c| set.contains(*c));
    let opens_line = |j: usize| {
        chars[..j]
            .iter()
            .rev()
            .find(|c| !matches!(c, ' ' | '\u{3000}' | '\t'))
            .is_none_or(|&c| c == '\n')
    };
    if numeral(i) || numeral(i + 1) || i == 0 {
        return false;
    }
    let bracket_after_numeral =
        i >= 2 && is(i - 2, "（(") && opens_line(i - 2) && numeral(i - 1) && is(i + 2, "）)");
    let bracket_before_numeral =
        is(i - 1, "（(") && opens_line(i - 1) && numeral(i + 2) && is(i + 3, "）)");
    let item = numeral(i - 1) && opens_line(i - 1) && is(i + 2, "是");
    let heading = numeral(i - 1) && opens_line(i - 1) && is(i + 2, "、");
    bracket_after_numeral || bracket_before_numeral || item || heading
}

/// Whether `c` is one of the numerals 一 to 十 (a `match`: every pair of
/// a polluted page asks).
fn is_small_numeral(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
    )
}

/// Whether the pair at `i` is part of a frame of two numerals, each with
/// its word (一企一策, 一区两群): policy slogans are built that way, and
/// each half is a loose one-char word the model would drop. A numeral
/// bound into a word with the char before it (进一步) opens no frame.
fn in_numeral_frame(chars: &[char], i: usize, lm: &LanguageModel) -> bool {
    let numeral = |j: usize| {
        chars
            .get(j)
            .is_some_and(|&c| is_small_numeral(c) || c == '两')
    };
    (0..=2).any(|back| {
        i.checked_sub(back).is_some_and(|f| {
            numeral(f)
                && numeral(f + 2)
                && f.checked_sub(1)
                    .is_none_or(|p| lm.cohesion(chars[p], chars[f]) == 0.0)
        })
    })
}

/// Whether the pair at `i` lies in a correlative frame (越走越亲, 边学边干,
/// 又快又好) or a reduplication (好是好, 看不看, 试一试): a char repeated two
/// apart, as real text pairs them and an injector would not (边民[边边]年 is
/// no frame).
fn in_correlative_frame(chars: &[char], i: usize) -> bool {
    const CORRELATIVES: &str = "越愈边又";
    const REDUPLICATED_BY: &str = "是不一了";
    (i.saturating_sub(2)..=i).any(|f| {
        let (c, middle) = (chars[f], chars.get(f + 1));
        let repeated =
            chars.get(f + 2) == Some(&c) && middle != Some(&c) && chars.get(f + 3) != Some(&c);
        repeated
            && (CORRELATIVES.contains(c) || middle.is_some_and(|m| REDUPLICATED_BY.contains(*m)))
    })
}

/// Whether the pair at `i` sits inside a word in Latin letters (EFLOP[数南]S)
/// or a standard's letters before their slash (GB[霜急]/T).
fn splits_latin_word(chars: &[char], i: usize) -> bool {
    let letter = |j: Option<&char>| j.is_some_and(char::is_ascii_alphabetic);
    // (Not letters named in parallel, each with the pair's first char:
    // C类或D类, A级和B级.)
    let parallel = || {
        let after = chars[i + 2..]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic());
        chars.get(i + 2 + after.count()) == Some(&chars[i])
    };
    i > 0
        && letter(chars.get(i - 1))
        && (letter(chars.get(i + 2)) || chars.get(i + 2) == Some(&'/') && letter(chars.get(i + 3)))
        && !parallel()
}

/// Whether the pair at `i` goes on with the number before it (50个县,
/// 3月份): its first char is the quantity's unit.
fn continues_number(chars: &[char], i: usize) -> bool {
    // (Not a counting unit whose pair a digit follows: 达到9[条史]8%.)
    let inside_number = || {
        COUNTING_UNITS.contains(chars[i])
            && !is_quantity_char(chars[i + 1])
            && chars.get(i + 2).is_some_and(char::is_ascii_digit)
    };
    i > 0 && chars[i - 1].is_ascii_digit() && is_quantity_char(chars[i]) && !inside_number()
        || joins_quantities(chars, i)
}

/// Whether the pair at `i` is the unit of the number before it and a
/// conjunction to the number after (35宗及51宗, 90元和100元, 15岁至30岁).
/// Any other pair of a unit between two numbers is noise: injectors draw
/// common chars, and many are units (20件位25年).
fn joins_quantities(chars: &[char], i: usize) -> bool {
    let digit = |j: Option<usize>| {
        j.and_then(|j| chars.get(j))
            .is_some_and(char::is_ascii_digit)
    };
    digit(i.checked_sub(1))
        && "和及与或至到".contains(chars[i + 1])
        && (digit(Some(i + 2)) || chars.get(i + 2) == Some(&' ') && digit(Some(i + 3)))
        && unit_alone(chars[i].encode_utf8(&mut [0; 4])).is_some()
}

/// Marks the chars inside 《…》 titles.
fn title_spans(chars: &[char]) -> Vec<bool> {
    let mut inside = vec![false; chars.len()];
    let mut open = None;
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '《' => open = Some(i),
            '》' => {
                if let Some(start) = open.take() {
                    inside[start + 1..i].iter_mut().for_each(|x| *x = true);
                }
            }
            '\n' => open = None,
            _ => {}
        }
    }
    inside
}

/// Whether a pair inside a policy title has a function word of speech in
/// it. Titles are noun phrases of set vocabulary; these chars, common in
/// running prose (and so in what injectors draw from), are not part of
/// them except inside words the model already knows.
fn is_title_noise(a: char, b: char) -> bool {
    const SPEECH: &str = "得了吗呢吧啊很也又才我你他她它们那么把被却呀哦没";
    SPEECH.contains(a) || SPEECH.contains(b) || (a == '就' || b == '就') && a != b
}

/// Whether enough pairs gain far more than real text ever does, in a
/// document of `han` Han chars, and some of them more than real text
/// reaches at all.
fn is_polluted(candidates: &[(f32, usize)], han: usize) -> bool {
    let han = han.max(1);
    let certain = candidates
        .iter()
        .filter(|(g, _)| *g >= CERTAIN_GAIN)
        .count();
    let breaking = candidates
        .iter()
        .filter(|(g, _)| *g >= BREAKING_GAIN)
        .count();
    certain >= 3
        && (certain as f32) * 1000.0 / (han as f32) >= POLLUTED_RATE
        && breaking >= BREAKING_PAIRS
}

/// How close two pairs may be: [`SPACING_SHARE`] of the usual gap
/// between the pairs gaining [`POLLUTED_GAIN`] (chosen at [`NEAR`], with
/// the places `placed`), but no more than the shortest gaps there allow
/// (a tenth of them are shorter, less 2, since some of those pairs are
/// real text), and never less than [`NEAR`].
fn injector_spacing(candidates: &[(f32, usize)], placed: &[usize]) -> usize {
    let clear = choose(candidates, placed, POLLUTED_GAIN, NEAR);
    let mut gaps: Vec<usize> = clear.windows(2).map(|w| w[1] - w[0]).collect();
    if gaps.len() < RHYTHM_GAPS {
        return NEAR;
    }
    gaps.sort_unstable();
    let usual = gaps[gaps.len() / 2] as f32;
    let shortest = gaps[gaps.len() / 10].saturating_sub(2);
    ((SPACING_SHARE * usual) as usize).min(shortest).max(NEAR)
}

/// The starts of the pairs that go, in text order: of the `candidates`
/// gaining `threshold`, and the pairs `placed` where nothing belongs
/// (inside a number or a line's numbering), the set with the most gain
/// above `threshold` in which no two pairs are closer than `spacing`.
///
/// Chosen together, the pairs an injector spaced out at its rhythm keep
/// each other: a real word gaining a little more than the noise beside it
/// no longer crowds two pairs out, and real text between two pairs goes
/// only if it gains more than both. The pairs `placed` all go, on stronger
/// evidence than any gain. They and the pairs gaining [`SURE_GAIN`] are
/// sure on their own evidence, however close the injector put them
/// (关[根当]于…分[问定]类, 18 chars apart), and keep only [`NEAR`] from each
/// other.
fn choose(
    candidates: &[(f32, usize)],
    placed: &[usize],
    threshold: f32,
    spacing: usize,
) -> Vec<usize> {
    /// Outweighs any gain, so a place where nothing belongs always goes.
    const PLACED: f64 = 1e6;
    /// What a pair gaining just the threshold weighs: it goes too, as
    /// every pair weighs something, so a set is never the worse for one
    /// more.
    const AT_THRESHOLD: f64 = 1e-3;
    /// How near two such places may be: one char between them.
    const PLACED_GAP: usize = 3;
    // Summed in f64: a page full of numbers places hundreds of pairs, and
    // an f32 sum of their weights would lose a gain's fractions.
    let mut items: Vec<(usize, f64, bool)> = candidates
        .iter()
        .filter(|(gain, _)| *gain >= threshold)
        .map(|&(gain, i)| {
            let weight = f64::from(gain - threshold) + AT_THRESHOLD;
            (i, weight, gain >= SURE_GAIN)
        })
        .chain(placed.iter().map(|&i| (i, PLACED, true)))
        .collect();
    items.sort_by_key(|&(i, ..)| i);
    // best[k]: the most gain of a set whose last pair is items[k], and the
    // pair before it there. Two pairs closer than `spacing` are never
    // next to each other in a set unless both are sure; a third next to
    // one of them is then `spacing` from both unless it is sure too, so
    // checking each pair against the one before it is enough.
    let mut best: Vec<(f64, Option<usize>)> = Vec::with_capacity(items.len());
    // prefix[k]: the index of the best set's end among items[..=k].
    let mut prefix: Vec<usize> = Vec::with_capacity(items.len());
    for (k, &(i, weight, sure)) in items.iter().enumerate() {
        let far = items[..k].partition_point(|&(j, ..)| j + spacing <= i);
        let mut before = far.checked_sub(1).map(|f| prefix[f]);
        if sure {
            // (Two places where nothing belongs may keep one char between
            // them: 〔2025〕2[算过]9[进物]号.)
            let gap = |j: usize| {
                if weight >= PLACED && items[j].1 >= PLACED {
                    PLACED_GAP
                } else {
                    NEAR
                }
            };
            let near_sure = (far..k).filter(|&j| items[j].2 && items[j].0 + gap(j) <= i);
            for j in near_sure {
                if before.is_none_or(|b| best[j].0 > best[b].0) {
                    before = Some(j);
                }
            }
        }
        best.push((weight + before.map_or(0.0, |b| best[b].0), before));
        let leader = match prefix.last() {
            Some(&p) if best[p].0 >= best[k].0 => p,
            _ => k,
        };
        prefix.push(leader);
    }
    let mut chosen = Vec::new();
    let mut at = prefix.last().copied();
    while let Some(k) = at {
        chosen.push(items[k].0);
        at = best[k].1;
    }
    chosen.reverse();
    chosen
}

/// `chars` without the pairs starting at `starts` (sorted).
fn delete_pairs(chars: &[char], starts: &[usize]) -> Vec<char> {
    let mut out = Vec::with_capacity(chars.len());
    let mut next = starts.iter().peekable();
    let mut i = 0;
    while i < chars.len() {
        if next.peek() == Some(&&i) {
            next.next();
            i += 2;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// Scores the pairs of a document's sentences, one sentence at a time.
struct Scorer<'a> {
    chars: &'a [char],
    model: Detector<'a>,
    /// Chars of document-number prefixes, never scored.
    protected: &'a [bool],
    /// Chars inside a policy's title.
    titles: &'a [bool],
    /// How often each pair of chars occurs in the document, by
    /// [`key2`]: one word to hash, where a tuple of chars is two.
    seen: FxHashMap<u64, u32>,
    lattice: Lattice<'a>,
    unit: Vec<f32>,
    /// The sentence's trigram costs in place.
    in_place: InPlace,
    /// `gains[i]`: what deleting the pair at `i` gains; -inf where not scored.
    gains: Vec<f32>,
}

impl<'a> Scorer<'a> {
    fn new(
        chars: &'a [char],
        protected: &'a [bool],
        titles: &'a [bool],
        model: Detector<'a>,
    ) -> Self {
        let mut seen: FxHashMap<u64, u32> =
            FxHashMap::with_capacity_and_hasher(chars.len(), Default::default());
        for w in chars.windows(2) {
            *seen.entry(key2(w[0], w[1])).or_default() += 1;
        }
        Scorer {
            chars,
            model,
            protected,
            titles,
            seen,
            lattice: Lattice::new(model.words),
            unit: Vec::new(),
            in_place: InPlace::default(),
            gains: vec![f32::NEG_INFINITY; chars.len()],
        }
    }

    /// Scores the pairs of the sentence `chars[start..end]`.
    fn score(&mut self, (start, end): (usize, usize)) {
        let (chars, lm) = (self.chars, self.model.words);
        let sentence = &chars[start..end];
        self.unit.clear();
        self.unit.extend(sentence.iter().map(|&c| lm.char_logp(c)));
        self.lattice.rescore(sentence, &self.unit);
        let prose = self.model.prose;
        self.in_place.reset((start, end));
        for i in start..end.saturating_sub(1) {
            let (a, b) = (chars[i], chars[i + 1]);
            if !is_han(a)
                || !is_han(b)
                || self.protected[i]
                || self.protected[i + 1]
                || continues_number(chars, i)
                || in_numeral_frame(chars, i, lm)
                || in_correlative_frame(chars, i)
            {
                continue;
            }
            // A pair that is vocabulary stays; one that a neighbour joins
            // in a bigram the document uses elsewhere pays
            // [`JOINED_PENALTY`].
            let seen = &self.seen;
            let rarest = self.unit[i - start].min(self.unit[i + 1 - start]);
            let rare = if self.titles[i] && self.titles[i + 1] {
                TITLE_OR_CODE_RARE_CHAR_LOGP
            } else {
                RARE_CHAR_LOGP
            };
            if seen[&key2(a, b)] > 1 || rarest < rare {
                continue;
            }
            let recurs = |(x, y)| seen.get(&key2(x, y)).is_some_and(|&n| n > 1);
            let (before, after) = (i.checked_sub(1).map(|j| chars[j]), chars.get(i + 2));
            let joined =
                before.is_some_and(|l| recurs((l, a))) || after.is_some_and(|&r| recurs((b, r)));
            let mends = || {
                before
                    .zip(after)
                    .is_some_and(|(l, &r)| seen.contains_key(&key2(l, r)))
            };
            let joined_penalty = if joined && !mends() {
                JOINED_PENALTY
            } else {
                0.0
            };
            let kept = prose.kept(chars, i, &mut self.in_place);
            let words = pair_gain(sentence, i - start, &self.lattice, lm)
                + char_commonness(self.unit[i - start], self.unit[i + 1 - start])
                - joined_penalty;
            // The trigrams' two look-ups per pair cost more than the rest
            // of its evidence. They gain at most what the pair and the two
            // chars after it cost in place (`-kept`); a pair that stays
            // below [`LOWEST_GAIN`] even so is left at that bound, which
            // keeps every comparison the rules make with a gain that
            // counts (a neighbour's peak among them) as it was.
            let most = words - TRIGRAM_WEIGHT * kept;
            self.gains[i] = if most < LOWEST_GAIN {
                most
            } else {
                words + TRIGRAM_WEIGHT * prose.deletion_gain(chars, i, &mut self.in_place)
            };
        }
    }
}

/// How much more probable `sentence` (scored by `lattice`) becomes
/// without the pair at `i`, corrected by what the deletion binds and
/// unbinds, less [`LOOSE_PENALTY`] for a pair between two words.
fn pair_gain(sentence: &[char], i: usize, lattice: &Lattice, lm: &LanguageModel) -> f32 {
    let loose = !lattice.word_ends_at(i) && !lattice.word_starts_at(i + 2);
    lattice.without(i, i + 2) - lattice.best()
        + COHESION_WEIGHT * cohesion_change(sentence, i, loose, lm)
        - if loose { LOOSE_PENALTY } else { 0.0 }
}

/// What the pair's chars, by their costs as one-char words, say of
/// whether an injector drew them.
fn char_commonness(a: f32, b: f32) -> f32 {
    let (rarer, commoner) = (a.min(b), a.max(b));
    COMMONER_WEIGHT * commoner + RARER_WEIGHT * rarer + RARER_SQUARE_WEIGHT * rarer * rarer
}

/// How much more tightly the chars around the pair at `i` bind once it
/// is gone: what joins its neighbours, less what joins each of them to
/// the pair and the pair's two chars to each other. A pair injected into
/// a word brings back what binds (欢[南时]迎); real text pulls apart what
/// binds (化率 in 数控化率). What joins the neighbours counts only when
/// they are `loose`, neither bound into a word on its far side: one that
/// is (电商[等新]业态: 商业) was not torn from the other by the pair.
fn cohesion_change(chars: &[char], i: usize, loose: bool, lm: &LanguageModel) -> f32 {
    let (a, b) = (chars[i], chars[i + 1]);
    let before = i.checked_sub(1).map(|j| chars[j]);
    let after = chars.get(i + 2).copied();
    let bind = |x: Option<char>, y: Option<char>| match (x, y) {
        (Some(x), Some(y)) => lm.cohesion(x, y),
        _ => 0.0,
    };
    let brought_together = if loose { bind(before, after) } else { 0.0 };
    brought_together - bind(before, Some(a)) - lm.cohesion(a, b) - bind(Some(b), after)
}

/// Each sentence's span, its closing mark included: words never cross
/// these marks, so sentences are scored apart and no lattice grows with
/// the document.
fn sentence_spans(chars: &[char]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let ends = chars
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(c, '\n' | '。' | '!' | '?' | ';'))
        .map(|(i, _)| i + 1)
        .chain((!chars.is_empty()).then_some(chars.len()));
    ends.scan(0, |start, end| Some((std::mem::replace(start, end), end)))
}

/// The char ranges of the document-number prefixes in `text`, from the
/// bracket before the code to the year.
fn doc_number_prefixes(text: &str) -> Vec<Range<usize>> {
    let mut chars_before = 0;
    let mut bytes_before = 0;
    let mut prefixes = Vec::new();
    for m in DOC_NUMBER_PREFIX.find_iter(text) {
        chars_before += text[bytes_before..m.start()].chars().count();
        bytes_before = m.start();
        prefixes.push(chars_before..chars_before + m.as_str().chars().count());
    }
    prefixes
}

/// Marks the chars of `ranges` among `len`.
fn protect(len: usize, ranges: &[Range<usize>]) -> Vec<bool> {
    let mut protected = vec![false; len];
    ranges.iter().for_each(|r| protected[r.clone()].fill(true));
    protected
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detector() -> Detector<'static> {
        let res = crate::pipeline::Resources::get();
        Detector {
            words: &res.lm,
            prose: &res.prose,
            codes: &res.codes,
        }
    }

    /// Removes injected pairs; returns the text and how many pairs went.
    fn remove(text: &str) -> (String, usize) {
        let (text, starts) = detector().remove(text);
        (text, starts.len())
    }

    #[test]
    fn leaves_clean_text_alone_and_cleans_polluted_text() {
        let clean = "绿色制造是推动工业绿色发展的重要抓手。全国新型工业化推进大会明确提出,全面推动工业绿色发展,深入实施绿色制造工程,推动重点行业绿色化改造。";
        assert_eq!(remove(clean), (clean.to_string(), 0));
        let noisy = "唐山市政府新闻办召开绿色制造体系建设工作新闻上林发布会,我代表唐通唱山市工业和信息化局,向记者朋友表示热烈欢南时迎,积极组织绿色工厂、绿色什懂园区和绿色供应链管理企中静业创建工作。";
        let (out, n) = remove(noisy);
        assert!(n >= 3, "{out}");
        assert!(out.contains("热烈欢迎"), "{out}");
        assert!(out.contains("唐山市工业"), "{out}");
    }

    #[test]
    fn terms_the_dictionary_lacks_do_not_make_a_page_polluted() {
        // A Taiwan press release: 到府, 场域, 汰役, 宝特瓶 gain as much as
        // noise does, often enough, but none breaks words as noise does.
        let taiwan = "目前全国368个乡镇市区清洁队皆已执行垃圾强制分类，并配置资源回收车7,426辆，定时定点收运家户资源物；登记有案的回收业者及处理业者共1,318家。其中废容器回收量约132.5万公吨，包括宝特瓶、铁铝罐、玻璃容器、铝箔包及纸容器等；废机动车辆及废轮胎回收后经拆解、破碎及分选，转制为再生钢材。民众汰换大型家电时，可透过贩卖业者「买新机、收旧机」的逆向回收服务，或拨打清洁队专线预约免费到府回收。环境部并将逐步扩大循环容器的适用场域，民众可在甲店借、乙店还；太阳光电板将陆续进入汰役期，可将玻璃、铝框、矽晶片及银、铜等有价金属分离回收。部分县市则因辖区幅员广阔、人口分散，并优先布建于偏乡及离岛地区。";
        assert_eq!(remove(taiwan).1, 0);
        let gains = |gains: &[f32]| -> Vec<(f32, usize)> {
            gains
                .iter()
                .enumerate()
                .map(|(i, &g)| (g, i * 30))
                .collect()
        };
        assert!(!is_polluted(
            &gains(&[31.0, 30.0, 29.0, 28.0, 27.0, 26.5]),
            1_000
        ));
        assert!(is_polluted(&gains(&[50.0, 42.0, 41.0, 30.0]), 1_000));
    }

    #[test]
    fn a_pair_after_a_decimal_point_splits_its_number() {
        let noisy = "唐山市政府新闻办召开绿色制造体系建设工作新闻上林发布会,我代表唐通唱山市工业和信息化局,向记者朋友表示热烈欢南时迎,全市板蓝根种植面积4.森舞1万亩,积极组织绿色工厂、绿色什懂园区和绿色供应链管理企中静业创建工作。";
        let (out, _) = remove(noisy);
        assert!(out.contains("4.1万亩"), "{out}");
    }

    #[test]
    fn a_pair_before_a_document_numbers_number_sign_splits_its_serial() {
        let noisy = "唐山市政府新闻办召开绿色制造体系建设工作新闻上林发布会,我代表唐通唱山市工业和信息化局,向记者朋友表示热烈欢南时迎,按照《行动计划》(闽政办〔2025〕2算过9进物号)部署要求,积极组织绿色工厂、绿色什懂园区和绿色供应链管理企中静业创建工作。";
        let (out, _) = remove(noisy);
        assert!(out.contains("〔2025〕29号"), "{out}");
        // A pair after a count right past the number is judged on its own.
        let chars: Vec<char> = "（国函〔2024〕5号），新增2个型号".chars().collect();
        let at = chars.iter().position(|&c| c == '个').unwrap();
        assert!(!splits_number(&chars, at));
    }

    #[test]
    fn a_pair_inside_a_standards_code_splits_it() {
        let at = |text: &str, pair: &str| {
            let chars: Vec<char> = text.chars().collect();
            let first = pair.chars().next().unwrap();
            let i = chars.iter().position(|&c| c == first).unwrap();
            splits_number(&chars, i)
        };
        assert!(at("符合《信息技术》（GB/T 5296主邓.1—2012）要求", "主邓"));
        assert!(at(
            "执行《中医临床术语》（GB/T 21规成7太号09.1—2020）",
            "太号"
        ));
        assert!(at(
            "按照《历史建筑数字化技术标准》（JGJ/T 489池过—2021）执行",
            "池过"
        ));
        // (With a pair in its letters too.)
        assert!(at(
            "按照《森林火险区划等级》（LY/办器T 10反到63—2008）",
            "反到"
        ));
        // Outside a code, a pair with a counting char stays (2太号7个).
        assert!(!at("全年新增2太号7个", "太号"));
    }

    #[test]
    fn a_long_document_is_judged_from_a_sample_of_its_sentences() {
        let clean = include_str!("../../tests/fixtures/clean/004.clean.txt");
        let han = clean.chars().filter(|c| is_han(*c)).count();
        assert!(han >= 3 * SAMPLE_HAN, "long enough to be sampled: {han}");
        let chars: Vec<char> = clean.chars().collect();
        let numbers = protect(chars.len(), &doc_number_prefixes(clean));
        let titles = title_spans(&chars);
        assert_eq!(detector().score_pairs(&chars, &numbers, &titles, han), None);
        // Polluted throughout, it shows in the sample and every sentence
        // is scored.
        let (polluted, injected) = inject_every(clean, 29);
        let (_, removed) = remove(&polluted);
        assert!(removed * 10 >= injected * 6, "{removed} of {injected}");
    }

    /// `clean` with a random pair of common chars after every `period`th
    /// char (where it is Han), and how many pairs went in.
    fn inject_every(clean: &str, period: usize) -> (String, usize) {
        let common: Vec<char> = "的一是不了人我在有他这中大来上个国到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可里后小么心多天而能好都然没日于起还发成事只作当想看文无开手用主行方又如前所本见经头面公同".chars().collect();
        let mut rng = crate::bench::corpus::Rng::new(&[2026]);
        let mut polluted = String::new();
        let mut injected = 0;
        for (i, c) in clean.chars().enumerate() {
            polluted.push(c);
            if i % period == period - 1 && is_han(c) {
                polluted.push(*rng.pick(&common));
                polluted.push(*rng.pick(&common));
                injected += 1;
            }
        }
        (polluted, injected)
    }

    #[test]
    fn a_headline_is_judged_with_its_polluted_body() {
        let clean = include_str!("../../tests/fixtures/clean/004.clean.txt");
        let (body, _) = inject_every(clean, 29);
        let headline = "唐山市绿色制造体系建设实施据儿方案";
        let (title, text, starts) = detector().remove_under_headline(Some(headline), &body);
        assert_eq!(title.as_deref(), Some("唐山市绿色制造体系建设实施方案"));
        // So does one gaining less than a certain pair, however close to
        // another the injector put it.
        let headline = "丹棱县2025年现代农业园区建设手大工作总结和2026年工作舞水打算";
        let (title, ..) = detector().remove_under_headline(Some(headline), &body);
        assert_eq!(
            title.as_deref(),
            Some("丹棱县2025年现代农业园区建设工作总结和2026年工作打算")
        );
        // The offsets are the body's own.
        assert!(!starts.is_empty());
        assert_eq!(delete(&body, &starts), text);
        // Over a clean body, a headline is never touched.
        let (title, text, starts) = detector().remove_under_headline(Some(headline), clean);
        assert_eq!((title.as_deref(), text.as_str()), (Some(headline), clean));
        assert!(starts.is_empty());
    }

    #[test]
    fn an_injector_packing_pairs_closely_is_followed() {
        let clean: String = include_str!("../../tests/fixtures/clean/001.clean.txt")
            .chars()
            .take(900)
            .collect();
        let (polluted, injected) = inject_every(&clean, 9);
        let (out, removed) = remove(&polluted);
        // 51 of 84; 40 with the usual spacing kept.
        assert!(
            removed * 20 >= injected * 11,
            "{removed} of {injected}: {out}"
        );
    }

    #[test]
    fn titles_and_their_numbers_leave_no_room_for_pairs() {
        let polluted = "唐山市政府新闻办召开绿色制造体系建设工作新闻上林发布会,我代表唐通唱山市工业和信息化局,向记者朋友表示热烈欢南时迎,积极组织绿色工厂、绿色什懂园区和绿色供应链管理企中静业创建工作。";
        let titles = "先后出台《唐山市机器人产业发展规划(2023-2035年)》大朋(唐环新〔2023〕1号)、《唐山市机器人得就产业高质量发展实施方案》和《关于印发工业领域碳达峰实施方案的通知》。";
        let (out, _) = remove(&format!("{polluted}\n{titles}"));
        assert!(out.contains("年)》(唐环新〔2023〕1号)"), "{out}");
        assert!(
            out.contains("《唐山市机器人产业高质量发展实施方案》"),
            "{out}"
        );
        assert!(
            out.contains("《关于印发工业领域碳达峰实施方案的通知》"),
            "{out}"
        );
        // A year's brackets hold nothing else but a word of their own.
        let periods =
            "出台《唐山市氢能产业发展方案（日风2026—2028年）》，实施期（期限2026—2028年）内推进。";
        let (out, _) = remove(&format!("{polluted}\n{periods}"));
        assert!(out.contains("方案（2026—2028年）》"), "{out}");
        assert!(out.contains("（期限2026—2028年）"), "{out}");
        // A code is judged by what codes are made of: a pair of common
        // chars in one goes, a place the model does not know stays.
        let codes =
            "按照《若干措施》（桂政外全办发〔2025〕27号）和《若干政策》（沭政规发〔2025〕3号）。";
        let (out, _) = remove(&format!("{polluted}\n{codes}"));
        assert!(out.contains("（桂政办发〔2025〕27号）"), "{out}");
        assert!(out.contains("（沭政规发〔2025〕3号）"), "{out}");
        // Inside a title or a code, chars as rare as surnames are drawn
        // by the injector too; in prose a name may have them.
        let rare = "根据《学校食品安彭吕全与营养健康管理规定》和《工作方案》（桂瓜方教体卫〔2025〕9号），由冯晓东同志负责。";
        let (out, _) = remove(&format!("{polluted}\n{rare}"));
        assert!(out.contains("《学校食品安全与营养健康管理规定》"), "{out}");
        assert!(out.contains("（桂教体卫〔2025〕9号）"), "{out}");
        assert!(out.contains("由冯晓东同志负责"), "{out}");
        // Words in brackets before a year are no code.
        let period = "实施《行动计划》（规划期为2021—2025年）。";
        let (out, _) = remove(&format!("{polluted}\n{period}"));
        assert!(out.contains("（规划期为2021—2025年）"), "{out}");
        // A clean document keeps even an odd title.
        let clean = "印发《唐山市机器人得就产业发展方案》。";
        assert_eq!(remove(clean).0, clean);
    }

    #[test]
    fn a_line_numbering_a_percent_and_a_count_leave_no_room_for_pairs() {
        let polluted = "唐山市政府新闻办召开绿色制造体系建设工作新闻上林发布会,我代表唐通唱山市工业和信息化局,向记者朋友表示热烈欢南时迎,积极组织绿色工厂、绿色什懂园区和绿色供应链管理企中静业创建工作。";
        let items = "（两夫四）待遇保障更加有力。\n（七买朋）医保信息化建设加快推进，比例达到85多球%以上。\n三示亚是深化医药价格改革。全市32北平个镇街中，甲县、乙县分别建成换电站3座和2座。\n一况签、工作基础\n二手车、新能源汽车以旧换新补贴持续发放。";
        let (out, _) = remove(&format!("{polluted}\n{items}"));
        for kept in [
            "\n（四）待遇",
            "\n（七）医保",
            "达到85%以上",
            "\n三是深化",
            "全市32个镇街",
            "3座和2座",
            "\n一、工作基础",
            "\n二手车、新能源",
        ] {
            assert!(out.contains(kept), "{kept}: {out}");
        }
        // Numbering and percents of a clean document stay as they are.
        let clean = "（十二）比例达到85多%。";
        assert_eq!(remove(clean).0, clean);
    }

    #[test]
    fn numeral_frames_stay_but_a_pair_after_a_bound_numeral_goes() {
        let polluted = "唐山市政府新闻办召开绿色制造体系建设工作新闻上林发布会,我代表唐通唱山市工业和信息化局,向记者朋友表示热烈欢南时迎,积极组织绿色工厂、绿色什懂园区和绿色供应链管理企中静业创建工作。";
        let frames = "对入库企业实施“一企一策”精准服务,实行“一数一源一标准”,按照“一区两群”功能定位,遏制“两高一资”项目建设,进一教两步提升工业水效。";
        let (out, _) = remove(&format!("{polluted}\n{frames}"));
        for kept in ["一企一策", "一数一源一标准", "一区两群", "两高一资"] {
            assert!(out.contains(kept), "{kept}: {out}");
        }
        assert!(out.contains("进一步提升"), "{out}");
    }

    #[test]
    fn a_pair_that_breaks_a_repeated_bigram_goes_if_it_mends_another() {
        let polluted = "唐山市政府新闻办召开绿色制造体系建设工作新闻上林发布会,我代表唐通唱山市工业和信息化局,向记者朋友表示热烈欢南时迎,积极组织绿色工厂、绿色什懂园区和绿色供应链管理企中静业创建工作。";
        // 分布 recurs (分布式), but so does 发布, which deleting 看分 mends.
        let text = format!("{polluted}\n向参加本次发看分布会的各位记者朋友致谢。推广分布式光伏。");
        let (out, _) = remove(&text);
        assert!(out.contains("本次发布会"), "{out}");
        assert!(out.contains("分布式光伏"), "{out}");
    }

    #[test]
    fn deleting_noise_brings_together_chars_that_bind() {
        let lm = &crate::pipeline::Resources::get().lm;
        let chars = |s: &str| s.chars().collect::<Vec<char>>();
        assert!(cohesion_change(&chars("表示热烈欢南时迎"), 5, true, lm) > 5.0);
        // 化率 binds (城镇化率): deleting it pulls real text apart.
        assert!(cohesion_change(&chars("常住人口城镇化率达到"), 6, true, lm) < -1.0);
        // Neighbours bound into words on their far side (电商, 业态) were
        // not torn apart: 商业 is no evidence.
        let trade = chars("发展直播电商等新业态");
        assert!(cohesion_change(&trade, 6, true, lm) > 2.0);
        assert!(cohesion_change(&trade, 6, false, lm) <= 0.0);
    }

    #[test]
    fn pairs_are_chosen_together_at_the_injectors_spacing() {
        let above = |by: f32| CHOSEN_GAIN + by;
        // A real word gaining a little more than the two pairs beside it
        // does not crowd both out.
        let candidates = [(above(5.0), 10), (above(6.0), 20), (above(5.0), 30)];
        assert_eq!(choose(&candidates, &[], CHOSEN_GAIN, 15), vec![10, 30]);
        // But gaining more than both, it goes instead.
        let candidates = [(above(2.0), 10), (above(6.0), 20), (above(2.0), 30)];
        assert_eq!(choose(&candidates, &[], CHOSEN_GAIN, 15), vec![20]);
        // The spacing holds on both sides; a pair below the bar never goes.
        let candidates = [(above(1.0), 10), (above(9.0), 24), (above(-0.1), 60)];
        assert_eq!(choose(&candidates, &[], CHOSEN_GAIN, 15), vec![24]);
        let candidates = [(above(1.0), 10), (above(9.0), 25)];
        assert_eq!(choose(&candidates, &[], CHOSEN_GAIN, 15), vec![10, 25]);
    }

    #[test]
    fn places_where_nothing_belongs_and_sure_pairs_all_go() {
        // Two places inside one number (〔20已要24〕3上风1号) go however close,
        // unless they touch, and a pair gaining more between them does not.
        let candidates = [(CHOSEN_GAIN + 20.0, 12)];
        let placed = [10, 10 + NEAR];
        assert_eq!(
            choose(&candidates, &placed, CHOSEN_GAIN, 15),
            vec![10, 10 + NEAR]
        );
        // One char between them is apart (〔2025〕2[算过]9[进物]号); none is
        // touching.
        assert_eq!(choose(&[], &[10, 13], CHOSEN_GAIN, 15), vec![10, 13]);
        assert_eq!(choose(&[], &[10, 12], CHOSEN_GAIN, 15), vec![10]);
        // Two pairs gaining that much on their own evidence are as sure.
        let candidates = [(SURE_GAIN, 10), (SURE_GAIN + 1.0, 20)];
        assert_eq!(choose(&candidates, &[], CHOSEN_GAIN, 15), vec![10, 20]);
        let candidates = [(SURE_GAIN - 1.0, 10), (SURE_GAIN + 1.0, 20)];
        assert_eq!(choose(&candidates, &[], CHOSEN_GAIN, 15), vec![20]);
    }

    #[test]
    fn the_spacing_follows_the_clear_pairs_rhythm() {
        let every = |gap: usize| -> Vec<(f32, usize)> {
            (0..10).map(|k| (POLLUTED_GAIN + 5.0, k * gap)).collect()
        };
        assert_eq!(injector_spacing(&every(30), &[]), 18);
        assert_eq!(injector_spacing(&every(10), &[]), 6);
        // An injector placing its pairs at random keeps no rhythm, however
        // far apart most of them are.
        let mut at = 0;
        let random: Vec<(f32, usize)> = [30, 30, 5, 30, 30, 30, 4, 30, 30, 30, 30]
            .iter()
            .map(|gap| {
                at += gap;
                (POLLUTED_GAIN + 5.0, at)
            })
            .collect();
        assert_eq!(injector_spacing(&random, &[]), NEAR);
        // Too few clear pairs to show a rhythm.
        assert_eq!(injector_spacing(&every(30)[..1], &[]), NEAR);
    }

    #[test]
    fn a_pair_splitting_a_number_is_noise_but_a_quantity_is_not() {
        let chars = |s: &str| s.chars().collect::<Vec<char>>();
        assert!(splits_number(&chars("〔2023〕3上风1号"), 7));
        assert!(splits_number(&chars("〔2木问023〕"), 2));
        assert!(!splits_number(&chars("增加5万至6万人"), 3));
        assert!(!splits_number(&chars("2023年3月1日"), 4));
        // The unit of the number before, and a conjunction.
        assert!(!splits_number(&chars("分别为90元和100元"), 5));
        assert!(!splits_number(&chars("612宗及655宗"), 3));
        // A conjunction with a char no quantity holds is no quantity.
        assert!(splits_number(&chars("整治维护渔港2或为0座"), 7));
        assert!(!splits_number(&chars("分第1至第3批实施"), 3));
        // A magnitude after any char but a digit or a unit (6[热百]0%).
        assert!(splits_number(&chars("比例达到6热百0%以上"), 5));
        assert!(splits_number(&chars("推广1,0还月89辆"), 5));
        assert!(!splits_number(&chars("于2025年前3季度"), 5));
        // A digit's magnitude after two chars no quantity holds.
        assert!(splits_number(&chars("能力达到10概理万人次"), 6));
        assert!(!splits_number(&chars("培训2期千人"), 3));
        assert!(!splits_number(&chars("引进1家百亿级企业"), 3));
        // A year's brackets: a document number's and a plan's period.
        assert!(splits_number(&chars("〔2026拿森〕1号"), 5));
        // Common or counting chars, nothing but digits belongs in a year's
        // brackets or a serial.
        assert!(splits_number(&chars("（湘政办发〔2至天025〕18非两号）"), 7));
        assert!(splits_number(
            &chars("（湘政办发〔2至天025〕18非两号）"),
            15
        ));
        assert!(splits_number(&chars("〔2012〕长火42号"), 6));
        assert!(splits_number(&chars("（2026—203四喜0年）"), 9));
        assert!(splits_number(&chars("（冀政办字〔202爱口3〕31号）"), 9));
        assert!(!splits_number(&chars("未来20年至30年"), 4));
        assert!(!splits_number(&chars("〔2021〕5号和6号"), 8));
        assert!(!splits_number(&chars("〔2023〕1号至3号"), 8));
        assert!(splits_number(&chars("〔2022〕1间两5号"), 7));
        assert!(!splits_number(&chars("全年新增12个，其中18非两号"), 14));
        assert!(splits_number(&chars("方案（山笑2025—2027年）"), 3));
        assert!(splits_number(&chars("（2026—2028年雪地）"), 11));
        assert!(!splits_number(&chars("（截至2025年底）"), 1));
        assert!(!splits_number(&chars("（2026—2028年度）"), 10));
        // (A word there, 期限, is kept by the detector, which knows words.)
        assert!(continues_number(&chars("遴选50个县开展"), 4));
        // A counting unit whose pair a digit follows is inside the number.
        assert!(!continues_number(&chars("达到9条史8%以上"), 3));
        assert!(!continues_number(&chars("工厂21离外家"), 4));
        assert!(continues_number(&chars("别为42宗、35宗及51宗"), 8));
        assert!(!continues_number(&chars("2.11场余万件"), 4));
        assert!(splits_number(&chars("机制。20件位25年"), 5));
        assert!(splits_latin_word(&chars("达到30EFLOP数南S"), 9));
        // A standard's letters before their slash, and its digits after.
        let code = chars("（GB霜急/T 10001课色.1—2023）");
        assert!(splits_latin_word(&code, 3));
        assert!(splits_number(&code, 13));
        assert!(in_correlative_frame(&chars("越走越亲"), 2));
        assert!(in_correlative_frame(&chars("情越走越亲"), 1));
        assert!(!in_correlative_frame(&chars("越走了吗"), 1));
        assert!(in_correlative_frame(&chars("农产品好是好"), 4));
        assert!(!in_correlative_frame(&chars("边民边边年"), 2));
        assert!(!splits_latin_word(&chars("GDP增长6%"), 3));
        // Letters named in parallel are no word split.
        assert!(!splits_latin_word(&chars("降至C类或D类"), 3));
        assert!(!splits_latin_word(&chars("A级和BB级"), 1));
    }
}
