//! Mojibake from GBK read one byte off: `?,F就` was `。現就`.
//!
//! A page lost a byte of its GBK text (or had one cut off by an inserted
//! annotation); from there every byte pair was decoded shifted by one
//! (showing as odd characters, bopomofo and box drawing) until the decoder
//! fell back in step. A run starts at the `?` that marks the lost byte.
//! Its end is fixed by the bytes, not guessed: every shifted pair has a
//! lead byte as its second byte (0x81 and up), so the run goes on until
//! - an ASCII byte, or a char whose second byte is ASCII: a trail byte or a
//!   letter of the text put the decoder back in step, and the run's bytes
//!   are complete (`?,F`: `F` is the trail of 現);
//! - a `?`: the decoder failed on the last pair and lost its trail byte
//!   (and often the ASCII byte after it); only the last char's lead is
//!   known. A pinyin reading right after (`藢?shí)`) says which char it was.
//!
//! Its characters are re-encoded as GBK (on a page that folds fullwidth
//! forms to ASCII, its halfwidth punctuation as the fullwidth GBK forms it
//! folded) and decoded shifted back, trying every possible lost byte;
//! the language model, and the page's own habits, choose the repair that
//! fits its context, written in the page's form. A run whose text fits
//! better as it is was a real question mark; a run no candidate repairs is
//! dropped and counted. A mark between ASCII chars (`downfile.jsp?classid`)
//! is never a lost byte: a shift only damages two-byte chars.
//!
//! A strict decoder shows no mark where the byte was lost, only a `?` where
//! it failed at the end of the run (`大疑衔绾?` was `大家上午好`). There the
//! run's bytes are the same but its start is unknown: it is read from
//! where the language model stops finding words before the mark, among
//! chars as rare as shifted bytes decode to (injected pairs and real
//! one-char words are common), and a few starts around it are tried. Nor
//! is it known which byte of the first char was lost: its lead, or its
//! trail (`安燃喙堋` was `安全监管`: 燃 is the leads of 全 and 监).

use std::cell::{OnceCell, RefCell};
use std::rc::Rc;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::pinyin::is_reading_of;
use crate::context::CharTrigrams;
use crate::lm::{is_han, LanguageModel};
use crate::pattern::Pattern;
use crate::script::Converter;

/// The letters of a pinyin syllable with its tone marks, as a class.
const SYLLABLE: &str = "[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}";

/// A pinyin annotation, or the rest of one whose `(` a failed pair swallowed.
static READING: LazyLock<Pattern> = lazy_regex!(&format!(r"^\(?({SYLLABLE})\)"));

/// A whole pinyin annotation anywhere, which a repair's context is read
/// without: the model's words run across it (規(guī)模 is 规模).
static ANNOTATION: LazyLock<Pattern> = lazy_regex!(&format!(r"\({SYLLABLE}\)"));

/// The most shifted chars a run may have.
const MAX_RUN_CHARS: usize = 40;

/// Context chars on each side a repair is judged with.
const CONTEXT_CHARS: usize = 6;

/// How far on each side a repaired bracket looks for its partner.
const BRACKET_REACH: usize = 40;

/// A repair whose chars cost more than this each is no repair.
const WORST_FIT: f32 = -13.0;

/// How much a pinyin reading beside the lost byte favours a char it fits.
const READING_BONUS: f32 = 8.0;

/// How much a guessed char gains from each bigram it forms with its
/// neighbour that the document uses elsewhere (times the log of how
/// often): documents repeat their terms.
const RECURRING_BONUS: f32 = 2.0;

/// How many of a lost byte's possible chars the language model scores in
/// full; the rest are ruled out by a cheap estimate.
const FULLY_SCORED: usize = 16;

/// How many first chars of a two-char run with both ends lost are each
/// completed with their likeliest last char and weighed as a pair, beside
/// the pairs that spell a word.
const JOINTLY_GUESSED: usize = 8;

/// What a repair costs for a bracket without its partner nearby.
const UNPAIRED_BRACKET: f32 = -10.0;

/// The result of repairing one text.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Repaired {
    pub text: String,
    pub repaired: usize,
    pub dropped: usize,
}

/// How a run ended, which decides what its bytes lack at the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    /// Back in step: the run's bytes are complete.
    Resynced,
    /// The last pair failed: the last char's trail byte is lost.
    TrailLost,
}

/// Which byte of the first damaged char was lost, as far as is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Start {
    /// The mark stands where the byte was lost, before the shifted chars:
    /// only a lead can be lost there (the byte before the mark ended a
    /// char), and the run's first byte is its trail.
    LeadLost,
    /// No mark shows where the byte was lost: it was the first char's lead
    /// (the run's first byte is the trail) or its trail (the run's first
    /// byte is the lead, paired with the next char's lead).
    Unmarked,
}

/// One reading of the shifted chars after a `?`.
#[derive(Debug, Clone)]
struct Run<'t> {
    /// GBK bytes of the shifted chars.
    bytes: Vec<u8>,
    start: Start,
    end: End,
    /// Byte offset in the text where the run ends.
    stop: usize,
    /// Readings beside the marker (of the first char) and after a
    /// `TrailLost` end (of the last char).
    first_reading: Option<&'t str>,
    last_reading: Option<&'t str>,
}

/// The GBK bytes of one char of a run, or `None` if it cannot be one.
fn gbk_pair(c: char) -> Option<[u8; 2]> {
    let mut buf = [0u8; 4];
    let (enc, _, unmappable) = encoding_rs::GBK.encode(c.encode_utf8(&mut buf));
    match *enc {
        [lead, trail] if !unmappable => Some([lead, trail]),
        _ => None,
    }
}

/// A pinyin reading at byte `at`: its length and syllable.
fn reading_at(text: &str, at: usize) -> Option<(usize, &str)> {
    READING
        .captures(&text[at..])
        .map(|c| (c[0].len(), c.get(1).expect("group").as_str()))
}

/// Reads the runs that may start after the `?` at byte `marker`, shortest
/// first. A halfwidth letter in a run is a trail byte that put the decoder
/// back in step (the run ends there) or, on a page that `folds` fullwidth
/// forms, a fullwidth letter it folded (the run goes on); both readings
/// are returned.
fn scan(text: &str, marker: usize, folds: bool) -> Vec<Run<'_>> {
    let mut at = marker + text[marker..].chars().next().map_or(1, char::len_utf8);
    let first_reading = reading_at(text, at).map(|(len, r)| {
        at += len;
        r
    });
    let mut run = Run {
        bytes: Vec::new(),
        start: Start::LeadLost,
        end: End::Resynced,
        stop: at,
        first_reading,
        last_reading: None,
    };
    let mut runs = Vec::new();
    for (count, c) in text[at..].chars().enumerate() {
        if count == MAX_RUN_CHARS {
            break;
        }
        at += c.len_utf8();
        match c {
            '?' | '\u{FFFD}' => {
                // `??` inside a line is a char lost whole; at a line's end,
                // real punctuation.
                let line_goes_on = text[at..]
                    .chars()
                    .next()
                    .is_some_and(|c| !c.is_whitespace());
                if run.bytes.is_empty() && !line_goes_on {
                    break;
                }
                run.end = End::TrailLost;
                if let Some((len, r)) = reading_at(text, at) {
                    run.last_reading = Some(r);
                    // A whole annotation stays for the pinyin stage; the
                    // rest of a broken one is part of the damage.
                    if !text[at..].starts_with('(') {
                        at += len;
                    }
                }
                run.stop = at;
                runs.push(run);
                break;
            }
            '@'..='~' => {
                let mut resynced = run.clone();
                resynced.bytes.push(c as u8);
                resynced.stop = at;
                runs.push(resynced);
                // A page that keeps its fullwidth forms shows a shifted
                // pair as one: a halfwidth letter is only a trail byte.
                if !folds {
                    break;
                }
                run.bytes.extend_from_slice(&[0xA3, c as u8 + 0x80]);
            }
            // Digits and punctuation the page folded from fullwidth GBK forms.
            '!'..='>' if folds => run.bytes.extend_from_slice(&[0xA3, c as u8 + 0x80]),
            _ if c.is_ascii() => break,
            _ => {
                let Some([lead, trail]) = gbk_pair(c) else {
                    break;
                };
                run.bytes.extend_from_slice(&[lead, trail]);
                if trail < 0x80 {
                    run.stop = at;
                    runs.push(run);
                    break;
                }
            }
        }
    }
    runs
}

/// Chars a repaired run may contain: Han, ASCII and Chinese punctuation.
/// GBK's other symbols (pinyin letters, bopomofo, box drawing, private
/// use) are exactly what shifted bytes decode to.
fn is_text_char(c: char) -> bool {
    is_han(c)
        || c.is_ascii()
        || "。,、;:?!“”‘’《》()〔〕【】…—·".contains(c)
        || ('\u{FF01}'..='\u{FF5E}').contains(&c)
}

/// Decodes GBK strictly, to text chars only.
fn decode_strict(bytes: &[u8]) -> Option<String> {
    let (text, had_errors) = encoding_rs::GBK.decode_without_bom_handling(bytes);
    (!had_errors && text.chars().all(is_text_char)).then(|| text.into_owned())
}

/// The ASCII char a fullwidth form stands for (`，` is `,`), or `c`.
fn halfwidth(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// The punctuation prose is made of, in halfwidth form where it has one.
const PROSE_PUNCTUATION: [char; 5] = ['。', ',', '、', ';', ':'];

/// What a mark of prose punctuation costs on a page that uses every mark
/// as often; the page's own usage moves it up or down.
const PUNCTUATION_COST: f32 = -4.0;

/// How much the page's share of a mark counts against the even share.
/// Measured: at full weight it overrides the bigrams beside the mark (the
/// page's `》。` before a year lost to its many `、`), at none `，` and `；`
/// tie.
const PAGE_HABIT: f32 = 0.5;

/// What any other symbol costs.
const STRAY_SYMBOL_COST: f32 = -15.0;

/// How the page writes its punctuation.
struct Punctuation {
    /// Whether the page writes the fullwidth forms of ASCII as ASCII, as
    /// most republished pages do (`(一)`, `主要目标,`): then shifted pairs
    /// that decode to fullwidth forms show as ASCII too, and repairs must
    /// be written the same way. Told by the punctuation beside Han chars,
    /// which GBK text writes fullwidth: halfwidth there was folded.
    folds: bool,
    /// How often the page uses each mark of [`PROSE_PUNCTUATION`], in
    /// either form, inside a line (`[0]`) and at its end (`[1]`): a page
    /// that lists with `、` still ends its paragraphs with `。`.
    counts: [[u32; PROSE_PUNCTUATION.len()]; 2],
}

/// Where `c` is in [`PROSE_PUNCTUATION`], in either form.
fn prose_mark(c: char) -> Option<usize> {
    PROSE_PUNCTUATION.iter().position(|&p| p == halfwidth(c))
}

/// Whether `c` is a char of prose: Han, or punctuation prose is made of.
fn is_prose(c: char) -> bool {
    is_han(c) || prose_mark(c).is_some() || is_bracket(c)
}

/// Whether a char before `next` ends its line.
fn ends_line(next: Option<char>) -> bool {
    next.is_none_or(|c| c == '\n')
}

impl Punctuation {
    /// Reads how `text` writes its punctuation.
    fn of(text: &str) -> Self {
        let mut counts = [[0; PROSE_PUNCTUATION.len()]; 2];
        let (mut folded, mut kept) = (0usize, 0usize);
        let mut before = ' ';
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            // Most chars are Han, letters or digits: neither punctuation
            // nor telling of it.
            if is_han(c)
                || !matches!(
                    halfwidth(c),
                    '。' | ',' | '、' | ';' | ':' | '(' | ')' | '!'
                )
            {
                before = c;
                continue;
            }
            let next = chars.peek().copied();
            if let Some(i) = prose_mark(c) {
                counts[usize::from(ends_line(next))][i] += 1;
            }
            let beside_han = is_han(before) || next.is_some_and(is_han);
            if beside_han && ",;:()!".contains(halfwidth(c)) {
                if c.is_ascii() {
                    folded += 1;
                } else {
                    kept += 1;
                }
            }
            before = c;
        }
        Punctuation {
            folds: folded >= kept,
            counts,
        }
    }

    /// The language model judges Han text only; other chars get a cost
    /// here, `c` being followed by `next`. Prose punctuation costs little,
    /// and the less the more the page uses it where `c` is (inside a line
    /// or at its end): the model cannot tell `，` from `；` in a lost byte's
    /// place, the page's habit can. Stray symbols cost much.
    fn symbol_cost(&self, c: char, next: Option<char>) -> f32 {
        if is_han(c) || is_bracket(c) {
            // A bracket is judged by whether its partner is near: see
            // `Judge::gain`.
            return 0.0;
        }
        let Some(i) = prose_mark(c) else {
            return STRAY_SYMBOL_COST;
        };
        let counts = &self.counts[usize::from(ends_line(next))];
        let kinds = PROSE_PUNCTUATION.len() as f32;
        let total: u32 = counts.iter().sum();
        // Add-one smoothed share, against the even share of every mark.
        let share = (counts[i] + 1) as f32 / (total as f32 + kinds);
        PUNCTUATION_COST + PAGE_HABIT * (share * kinds).ln()
    }
}

const BRACKETS: [(char, char); 6] = [
    ('《', '》'),
    ('〔', '〕'),
    ('(', ')'),
    ('“', '”'),
    ('【', '】'),
    ('[', ']'),
];

/// Whether a bracket at the end of `before` is closed in `after` (for an
/// opening one) or opened in `before` (for a closing one), before any
/// other bracket of its kind gets in the way. A fullwidth bracket is its
/// halfwidth kind: a page may write its brackets either way, and a repair
/// in the page's form must pair with them (`（纪念馆）`).
fn is_paired(bracket: char, before: &str, after: &str) -> bool {
    let bracket = halfwidth(bracket);
    BRACKETS.iter().any(|&(open, close)| {
        let kind = |c: &char| [open, close].contains(&halfwidth(*c));
        if bracket == open {
            after.chars().take(BRACKET_REACH).find(kind).map(halfwidth) == Some(close)
        } else if bracket == close {
            before
                .chars()
                .rev()
                .take(BRACKET_REACH)
                .find(kind)
                .map(halfwidth)
                == Some(open)
        } else {
            false
        }
    })
}

fn is_bracket(c: char) -> bool {
    let c = halfwidth(c);
    BRACKETS
        .iter()
        .any(|&(open, close)| c == open || c == close)
}

/// Digits are told apart by the model but not by the bigrams: `到2020`
/// and `到2025` are the same use of 到.
fn digit_class(c: char) -> char {
    if c.is_ascii_digit() {
        '0'
    } else {
        c
    }
}

/// What a repair is judged by besides its own text.
struct Context<'a> {
    lm: &'a LanguageModel,
    conv: &'a Converter,
    /// Which char follows which in policy prose, for what the word model
    /// cannot tell apart (two repairs each a word: 补助资金, 管制资金).
    prose: &'a CharTrigrams,
    /// The whole document, whose own bigrams favour a guessed char.
    text: &'a str,
    /// How the page writes its punctuation, read once, when the first
    /// mark needs it.
    punctuation: OnceCell<Punctuation>,
    /// [`Context::neighbours`] already counted: the runs of a page share
    /// neighbours, and each is guessed at from several starts.
    neighbours: RefCell<FxHashMap<(char, Side), Rc<CharCounts>>>,
}

/// How often each char occurs in some place.
type CharCounts = FxHashMap<char, u32>;

/// Which neighbour of a char [`Context::neighbours`] counts.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Side {
    Before,
    After,
}

impl Context<'_> {
    fn punctuation(&self) -> &Punctuation {
        self.punctuation.get_or_init(|| Punctuation::of(self.text))
    }

    /// `c` as the page writes it.
    fn page_form(&self, c: char) -> char {
        if self.punctuation().folds {
            halfwidth(c)
        } else {
            c
        }
    }

    /// How often each char stands on `side` of `anchor` in the document,
    /// counting the bigrams with a Han char or the punctuation of prose in
    /// them (digits as one class): a page repeats its habits with
    /// punctuation (`》。`) as it repeats its terms. Only the anchor's own
    /// occurrences are read, found by a byte search, so a page with one
    /// damaged run pays for two searches, not for counting every bigram.
    fn neighbours(&self, anchor: char, side: Side) -> Rc<CharCounts> {
        let anchor = digit_class(anchor);
        let mut known = self.neighbours.borrow_mut();
        let counts = known
            .entry((anchor, side))
            .or_insert_with(|| Rc::new(self.count_neighbours(anchor, side)));
        Rc::clone(counts)
    }

    fn count_neighbours(&self, anchor: char, side: Side) -> CharCounts {
        let mut counts = FxHashMap::default();
        if anchor.is_whitespace() {
            return counts;
        }
        let anchor_prose = is_han(anchor) || is_prose(anchor);
        let text = self.text;
        // Where the anchor stands, by byte: any digit for the digits' class.
        let starts: Vec<usize> = if anchor == '0' {
            let digits = text.bytes().enumerate().filter(|(_, b)| b.is_ascii_digit());
            digits.map(|(i, _)| i).collect()
        } else {
            let mut utf8 = [0; 4];
            let needle = anchor.encode_utf8(&mut utf8).as_bytes();
            memchr::memmem::find_iter(text.as_bytes(), needle).collect()
        };
        for start in starts {
            let end = start + anchor.len_utf8();
            let neighbour = match side {
                Side::Before => text[..start].chars().next_back(),
                Side::After => text[end..].chars().next(),
            };
            let Some(c) = neighbour.map(digit_class) else {
                continue;
            };
            if !c.is_whitespace() && (anchor_prose || is_han(c) || is_prose(c)) {
                *counts.entry(c).or_default() += 1;
            }
        }
        counts
    }
}

/// Judges candidate texts between a fixed left and right context.
struct Judge<'a> {
    cx: &'a Context<'a>,
    left: String,
    right: String,
    /// The same, simplified for the language model.
    left_simplified: Vec<char>,
    right_simplified: Vec<char>,
    /// Score of the context alone, the same for every candidate; only
    /// judges that compare whole candidates need it.
    without: OnceCell<f32>,
    /// Closing brackets the unknown char right after the candidate may be.
    closers: Vec<char>,
}

impl<'a> Judge<'a> {
    /// The language model is simplified, so the context is simplified once.
    fn new(cx: &'a Context<'a>, left: &str, right: &str) -> Self {
        let simplified = |s: String| cx.conv.to_simplified(&s).chars().collect();
        let left_simplified = simplified(tail(&ANNOTATION.replace_all(left, ""), CONTEXT_CHARS));
        let right_simplified = simplified(head(&ANNOTATION.replace_all(right, ""), CONTEXT_CHARS));
        Judge {
            cx,
            left: left.to_string(),
            right: right.to_string(),
            left_simplified,
            right_simplified,
            without: OnceCell::new(),
            closers: Vec::new(),
        }
    }

    /// The same judge, told that the char after the candidate is lost and
    /// may be any of `closers`.
    fn before_lost(mut self, closers: Vec<char>) -> Self {
        self.closers = closers;
        self
    }

    /// Whether the bracket `c` is closed or opened within reach, or may be
    /// closed by the lost char after it.
    fn pairs(&self, c: char) -> bool {
        is_paired(c, &self.left, &self.right)
            || BRACKETS.iter().any(|&(open, close)| {
                halfwidth(c) == open && self.closers.iter().any(|&k| halfwidth(k) == close)
            })
    }

    /// Log-probability a candidate adds to its context.
    fn gain(&self, candidate: &str) -> f32 {
        let punctuation = self.cx.punctuation();
        let mut nexts = candidate.chars().skip(1).chain(self.right.chars().next());
        let symbols: f32 = candidate
            .chars()
            .map(|c| punctuation.symbol_cost(c, nexts.next()))
            .sum();
        let brackets = candidate
            .char_indices()
            .filter(|&(_, c)| is_bracket(c))
            .filter(|&(i, c)| {
                let before = format!("{}{}", self.left, &candidate[..i]);
                let after = format!("{}{}", &candidate[i + c.len_utf8()..], self.right);
                !is_paired(c, &before, &after)
            })
            .count() as f32
            * UNPAIRED_BRACKET;
        let simplified = self.cx.conv.to_simplified(candidate);
        let with = self.cx.lm.score(&self.window(simplified.chars()));
        let without = *self
            .without
            .get_or_init(|| self.cx.lm.score(&self.window(std::iter::empty())));
        with - without + symbols + brackets
    }

    /// `middle` between the simplified contexts.
    fn window(&self, middle: impl Iterator<Item = char>) -> Vec<char> {
        let mut window = self.left_simplified.clone();
        window.extend(middle);
        window.extend_from_slice(&self.right_simplified);
        window
    }

    /// How well a candidate's simplified chars follow one another and its
    /// neighbours in policy prose.
    fn prose_fit(&self, candidate: &str) -> f32 {
        let simplified = self.cx.conv.to_simplified(candidate);
        let chars = self.left_simplified.last().into_iter().copied();
        let chars: Vec<char> = chars
            .chain(simplified.chars())
            .chain(self.right_simplified.first().copied())
            .collect();
        chars
            .windows(2)
            .map(|w| self.cx.prose.bigram_logp(w[0], w[1]))
            .sum()
    }

    /// The gain per char of a candidate.
    fn fit(&self, candidate: &str) -> f32 {
        self.gain(candidate) / candidate.chars().count().max(1) as f32
    }

    /// The char a lost byte most likely belonged to, between this judge's
    /// contexts: by the language model, bracket pairing, a pinyin reading
    /// beside the damage and the bigrams it forms with its neighbours
    /// that the document uses elsewhere. Only the one char varies, so the
    /// short contexts are all the model needs.
    fn guess(&self, options: impl Iterator<Item = char>, reading: Option<&str>) -> Option<char> {
        self.ranked(options, reading).first().map(|&(_, c)| c)
    }

    /// The options [`Judge::guess`] weighs in full, the likeliest first.
    fn ranked(
        &self,
        options: impl Iterator<Item = char>,
        reading: Option<&str>,
    ) -> Vec<(f32, char)> {
        let lm = self.cx.lm;
        let simplify = |c| self.cx.conv.simplify_char(c);
        let (before, after) = (self.left.chars().last(), self.right.chars().next());
        let following_before = before.map(|b| self.cx.neighbours(b, Side::After));
        let preceding_after = after.map(|a| self.cx.neighbours(a, Side::Before));
        let recurring = |counts: &Option<Rc<CharCounts>>, c: char| {
            let count = counts
                .as_ref()
                .and_then(|counts| counts.get(&digit_class(c)))
                .copied()
                .unwrap_or(0);
            RECURRING_BONUS * (count as f32).ln_1p()
        };
        let (left_char, right_char) = (
            self.left_simplified.last().copied(),
            self.right_simplified.first().copied(),
        );
        // Everything but the model's score of the whole window, and a
        // cheap estimate of it: the char alone or in a word with a
        // neighbour. Only the most promising options get the full score.
        let mut options: Vec<(f32, f32, char, char)> = options
            .map(|c| {
                let s = simplify(c).unwrap_or(c);
                let read = match reading {
                    Some(r) if is_reading_of(r, c, &simplify) => READING_BONUS,
                    _ => 0.0,
                };
                let bracket = if is_bracket(c) && !self.pairs(c) {
                    UNPAIRED_BRACKET
                } else {
                    0.0
                };
                let bonus = self.cx.punctuation().symbol_cost(c, after)
                    + bracket
                    + read
                    + recurring(&following_before, c)
                    + recurring(&preceding_after, c);
                let in_word = [left_char.map(|l| [l, s]), right_char.map(|r| [s, r])]
                    .into_iter()
                    .flatten()
                    .filter_map(|pair| lm.chars_logp(&pair))
                    .fold(lm.char_logp(s), f32::max);
                (bonus + in_word, bonus, c, s)
            })
            .collect();
        options.sort_by(|a, b| b.0.total_cmp(&a.0));
        let mut slot = lm.slot(&self.left_simplified, &self.right_simplified);
        let mut scored: Vec<(f32, char)> = options
            .iter()
            .take(FULLY_SCORED)
            .map(|&(_, bonus, c, s)| (slot.score(s) + bonus, c))
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        scored
    }
}

fn tail(s: &str, n: usize) -> String {
    let chars: Vec<char> = s.chars().rev().take(n).collect();
    chars.into_iter().rev().collect()
}

fn head(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// The text char each two-byte GBK code decodes to (`None`: not a text
/// char), indexed by `(lead - 0x81) * 256 + trail`. Guessing a lost byte
/// tries every code with the other byte, so they are decoded once.
static PAIRS: LazyLock<Vec<Option<char>>> = LazyLock::new(|| {
    let mut table = vec![None; 126 * 256];
    for lead in 0x81u8..=0xFE {
        for trail in 0x40u8..=0xFE {
            let mut chars = decode_strict(&[lead, trail])
                .into_iter()
                .flat_map(|s| s.chars().collect::<Vec<_>>());
            if let (Some(c), None) = (chars.next(), chars.next()) {
                table[(lead as usize - 0x81) * 256 + trail as usize] = Some(c);
            }
        }
    }
    table
});

/// Every char `lead` could be followed by to make, or `trail` preceded by.
fn chars_with(lead: Option<u8>, trail: Option<u8>) -> impl Iterator<Item = char> {
    let leads = lead.map_or(0x81..=0xFE, |b| b..=b);
    leads.flat_map(move |l| {
        let trails = trail.map_or(0x40..=0xFE, |b| b..=b);
        trails.filter_map(move |t| match l {
            0x81..=0xFE => PAIRS[(l as usize - 0x81) * 256 + t as usize],
            _ => None,
        })
    })
}

/// The best repair of a run, if its bytes decode. The lost byte decides
/// only the first char and a lost trail byte at the end only the last, so
/// each is guessed on its own and the chars between decode as they are.
/// All are written in the page's form.
fn best_repair(run: &Run, left: &str, right: &str, cx: &Context) -> Option<String> {
    let (&first_byte, rest) = run.bytes.split_first()?;
    let (middle, last_lead) = match run.end {
        End::Resynced => (rest, None),
        End::TrailLost => match rest.split_last() {
            Some((&lead, middle)) => (middle, Some(lead)),
            None => return None,
        },
    };
    let middle: String = decode_strict(middle)?
        .chars()
        .map(|c| cx.page_form(c))
        .collect();
    let after_first = match last_lead {
        Some(_) => middle.clone(),
        None => format!("{middle}{right}"),
    };
    let firsts = || {
        let as_trail = chars_with(None, Some(first_byte));
        let as_lead = match run.start {
            Start::LeadLost => None,
            Start::Unmarked => Some(chars_with(Some(first_byte), None)),
        };
        as_trail
            .chain(as_lead.into_iter().flatten())
            .map(|c| cx.page_form(c))
    };
    let with_last = |first: char| -> Option<String> {
        let mut repair = format!("{first}{middle}");
        if let Some(lead) = last_lead {
            let lasts = chars_with(Some(lead), None).map(|c| cx.page_form(c));
            let last =
                Judge::new(cx, &format!("{left}{repair}"), right).guess(lasts, run.last_reading)?;
            repair.push(last);
        }
        Some(repair)
    };
    let guess = |first: Judge| -> Option<String> {
        if !(middle.is_empty() && last_lead.is_some()) {
            return with_last(first.guess(firsts(), run.first_reading)?);
        }
        // Two lost bytes, nothing known between them: the first char has
        // no right context of its own (`怪�` was `补助`, which no char alone
        // after 省级 is likely to be). The pairs that spell a word, and the
        // likeliest first chars each completed, are weighed whole.
        // The dictionary's words are walked from each first char, not
        // looked up for each of its pairs with a last (some 60,000).
        let simplify = |c| cx.conv.simplify_char(c).unwrap_or(c);
        let mut lasts: FxHashMap<char, Vec<char>> = FxHashMap::default();
        for last in chars_with(last_lead, None).map(|c| cx.page_form(c)) {
            lasts.entry(simplify(last)).or_default().push(last);
        }
        let words = firsts().flat_map(|a| {
            let lasts = &lasts;
            cx.lm
                .seconds_of(simplify(a))
                .filter_map(move |s| lasts.get(&s))
                .flatten()
                .map(move |b| format!("{a}{b}"))
        });
        let completed = first
            .ranked(firsts(), run.first_reading)
            .into_iter()
            .take(JOINTLY_GUESSED)
            .filter_map(|(_, c)| with_last(c));
        let whole = Judge::new(cx, left, right);
        words
            .chain(completed)
            .map(|repair| (whole.gain(&repair) + whole.prose_fit(&repair), repair))
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, repair)| repair)
    };
    let repair = guess(Judge::new(cx, left, &after_first))?;
    // A lost trail byte leaves the last char unknown, so a first char
    // opening a title looks unpaired even where the last one closes it:
    // a run of a title's length is often the title (`《工业领域碳达峰实施
    // 方案》`). Where the last may close a title, the reading that lets the
    // first open it is weighed against the other as a whole. Other
    // brackets hold figures and asides, seldom a whole run.
    let closers: Vec<char> = last_lead.map_or_else(Vec::new, |lead| {
        chars_with(Some(lead), None)
            .filter(|&c| c == '》')
            .collect()
    });
    if closers.is_empty() {
        return Some(repair);
    }
    let Some(paired) = guess(Judge::new(cx, left, &after_first).before_lost(closers)) else {
        return Some(repair);
    };
    let whole = Judge::new(cx, left, right);
    Some(if whole.gain(&paired) > whole.gain(&repair) {
        paired
    } else {
        repair
    })
}

/// Punctuation inside and between sentences, halfwidth and fullwidth.
const SENTENCE_PUNCTUATION: &str = "。,、;:?!\u{FF0C}\u{FF1B}\u{FF1A}\u{FF1F}\u{FF01}";

/// The fewest loose chars before a `?` worth trying to repair: one stray
/// char before a question mark is common in real text. Before U+FFFD,
/// which real text never has, one is enough, however common (`怪�` was
/// `补助`: a word lost its first byte, and the decoder failed on its last).
const LEAST_LOOSE: usize = 2;

/// The most common chars, on average, that loose chars before a `?` may be
/// and still be taken for shifted bytes: those decode mostly to rare chars
/// and symbols (疑衔绾, 泄ひ岛托畔⒒: about -10 to -15), where injected
/// pairs and real one-char words are common (信点, 的北: -7 to -9).
const GARBAGE_LOGP: f32 = -9.5;

/// Repairs the damage that ends at the `?` at byte `marker` of `text`,
/// the text before it already written to `written`: the shifted chars
/// before the mark decode from the bytes of all but the first char's lead
/// and the last char's trail, which the mark stands for. Where the damage
/// begins is read from where the language model stops finding words; a
/// few starts around that are tried. Returns where in `written` the
/// damage begins and its repair, if one fits better than what is written.
fn repair_backward(written: &str, text: &str, marker: usize, cx: &Context) -> Option<Backward> {
    // The damage is two-byte chars only: an ASCII byte puts a decoder back
    // in step. It is taken not to reach back over the punctuation of a
    // sentence, which real text before it ends with far more often.
    let before: Vec<(usize, char)> = written
        .char_indices()
        .rev()
        .take(MAX_RUN_CHARS)
        .take_while(|&(_, c)| gbk_pair(c).is_some() && !SENTENCE_PUNCTUATION.contains(c))
        .collect();
    let simplified: Vec<char> = before
        .iter()
        .rev()
        .map(|&(_, c)| cx.conv.simplify_char(c).unwrap_or(c))
        .collect();
    let loose = cx.lm.loose_tail(&simplified);
    let rarity = simplified[simplified.len() - loose..]
        .iter()
        .map(|&c| cx.lm.char_logp(c))
        .sum::<f32>()
        / loose.max(1) as f32;
    // U+FFFD is damage however common the chars before it are.
    let replacement = is_replacement(text, marker);
    let least = if replacement { 1 } else { LEAST_LOOSE };
    if loose < least || !replacement && rarity > GARBAGE_LOGP {
        return None;
    }
    let after = marker + text[marker..].chars().next().map_or(1, char::len_utf8);
    let right = head(&text[after..], BRACKET_REACH);
    let last_reading = reading_at(text, after).map(|(_, r)| r);
    (loose.saturating_sub(1).max(1)..=(loose + 1).min(before.len()))
        .filter_map(|len| {
            let start = before[len - 1].0;
            let garbage = &written[start..];
            let run = Run {
                bytes: garbage.chars().filter_map(gbk_pair).flatten().collect(),
                start: Start::Unmarked,
                end: End::TrailLost,
                stop: after,
                first_reading: None,
                last_reading,
            };
            let left = tail(&written[..start], BRACKET_REACH);
            let repair = best_repair(&run, &left, &right, cx)?;
            let judge = Judge::new(cx, &left, &right);
            // The mark judged as the question mark it may really be.
            let gain = judge.gain(&repair) - judge.gain(&format!("{garbage}。"));
            (gain > 0.0 && judge.fit(&repair) > WORST_FIT).then_some((gain, start, repair))
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, start, repair)| Backward {
            start,
            repair,
            stop: after,
        })
}

/// A repair of damage that ends at a `?`.
struct Backward {
    /// Where the damage begins in the text written so far.
    start: usize,
    repair: String,
    /// Where in the input the damage ends, the mark included.
    stop: usize,
}

impl Backward {
    /// Puts the repair in place of the damage; returns where reading the
    /// input goes on.
    fn apply(self, written: &mut String) -> usize {
        written.truncate(self.start);
        written.push_str(&self.repair);
        self.stop
    }
}

/// Whether the mark at byte `marker` stands between two ASCII chars of the
/// page (`downfile.jsp?classid=0`, `a?b`): that is ASCII text, a URL or
/// code, and a GBK shift damages only two-byte chars. (A lost lead there
/// would need a two-byte char with an ASCII trail between ASCII chars,
/// which such text hardly ever has.) A mark beside a mark is damage. On a
/// page that `folds` fullwidth forms only letters and digits are surely
/// ASCII: its other ASCII may be shifted GBK (`)?,F就` was `)。現就`).
fn between_ascii(text: &str, marker: usize, folds: bool) -> bool {
    let ascii = |c: Option<char>| {
        c.is_some_and(|c| c.is_ascii_graphic() && c != '?' && (!folds || c.is_ascii_alphanumeric()))
    };
    ascii(text[..marker].chars().next_back()) && ascii(text[marker..].chars().nth(1))
}

/// Whether the mark at `marker` stands right before an HTML tag
/// (`补贴?</p>`): a question ending its paragraph in markup that is
/// stripped after this stage, not a lost byte.
fn before_markup(text: &str, marker: usize) -> bool {
    // The mark may be U+FFFD, three bytes long: step over it by chars.
    let mut after = text[marker..].chars().skip(1);
    after.next() == Some('<')
        && after
            .next()
            .is_some_and(|c| c == '/' || c.is_ascii_alphabetic())
}

/// Whether the mark at `marker` is U+FFFD, which real text never has.
fn is_replacement(text: &str, marker: usize) -> bool {
    text[marker..].starts_with('\u{FFFD}')
}

/// Where `text` has a `?` or U+FFFD, in order: each is found by a
/// search for its own bytes, which is much faster than testing every char
/// against both.
fn marks(text: &str) -> impl Iterator<Item = usize> + '_ {
    let mut questions = text.match_indices('?').map(|(i, _)| i).peekable();
    let mut replacements = text.match_indices('\u{FFFD}').map(|(i, _)| i).peekable();
    std::iter::from_fn(move || match (questions.peek(), replacements.peek()) {
        (Some(&q), Some(&r)) if r < q => replacements.next(),
        (Some(_), _) => questions.next(),
        (None, _) => replacements.next(),
    })
}

/// Repairs every mojibake run in `text`.
pub fn repair(text: &str, lm: &LanguageModel, conv: &Converter, prose: &CharTrigrams) -> Repaired {
    let mut out = Repaired {
        text: String::with_capacity(text.len()),
        ..Default::default()
    };
    let cx = Context {
        lm,
        conv,
        prose,
        text,
        punctuation: OnceCell::new(),
        neighbours: RefCell::default(),
    };
    let mut last = 0;
    for marker in marks(text) {
        if marker < last
            || between_ascii(text, marker, cx.punctuation().folds)
            || before_markup(text, marker)
        {
            continue;
        }
        out.text.push_str(&text[last..marker]);
        last = marker;
        let runs = scan(text, marker, cx.punctuation().folds);
        let Some(far) = runs.iter().map(|r| r.stop).max() else {
            // Nothing shifted can follow the mark; the damage may end at it.
            if let Some(repaired) = repair_backward(&out.text, text, marker, &cx) {
                last = repaired.apply(&mut out.text);
                out.repaired += 1;
            } else if is_replacement(text, marker) {
                // Not a question mark: what the decoder lost is lost.
                last = marker + '\u{FFFD}'.len_utf8();
                out.dropped += 1;
            }
            continue;
        };
        let left = tail(&out.text, BRACKET_REACH);
        let right = head(&text[far..], BRACKET_REACH);
        let judge = Judge::new(&cx, &left, &right);
        // Every reading of the run, each covering the same span.
        let best = runs
            .iter()
            .filter_map(|run| {
                let rest = &text[run.stop..far];
                let repair = best_repair(run, &left, &format!("{rest}{right}"), &cx)?;
                let option = format!("{repair}{rest}");
                Some((judge.gain(&option), option, repair))
            })
            .max_by(|a, b| a.0.total_cmp(&b.0));
        let written = &text[marker..far];
        let written_gain = judge.gain(written);
        match best {
            Some((gain, option, repair))
                if gain > written_gain && judge.fit(&repair) > WORST_FIT =>
            {
                out.text.push_str(&option);
                out.repaired += 1;
                last = far;
                continue;
            }
            _ => {}
        }
        // The damage may end at the mark instead (`大疑衔绾?` was `大家上午好`).
        if let Some(repaired) = repair_backward(&out.text, text, marker, &cx) {
            last = repaired.apply(&mut out.text);
            out.repaired += 1;
        } else if written_gain / written.chars().count() as f32 > WORST_FIT {
            // A real question mark before real text.
            out.text.push_str(written);
            last = far;
        } else {
            last = far;
            out.dropped += 1;
        }
    }
    out.text.push_str(&text[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The process-wide models and converter, loaded once for all tests.
    fn fixture() -> (
        &'static LanguageModel,
        &'static Converter,
        &'static CharTrigrams,
    ) {
        let res = crate::pipeline::Resources::get();
        (&res.lm, &res.converter, &res.prose)
    }

    #[test]
    fn repairs_runs_marked_only_at_their_end() {
        let (lm, conv, prose) = fixture();
        let r = repair(
            "各位媒体朋友们,大疑衔绾?!首先,我代表唐山市",
            lm,
            conv,
            prose,
        );
        assert!(r.text.starts_with("各位媒体朋友们,大家上午"), "{}", r.text);
        assert!(r.text.ends_with("!首先,我代表唐山市"), "{}", r.text);
        assert_eq!(r.repaired, 1);
        // Real questions, and a question after an injected pair (common
        // chars, not the rare ones shifted bytes make), stay as they are.
        for text in ["出台的背景是什么?\n二、", "有什么行动和成效信点?\n"] {
            assert_eq!(repair(text, lm, conv, prose).text, text);
        }
    }

    #[test]
    fn a_title_opened_by_the_lost_byte_is_closed_by_the_lost_trail() {
        let (lm, conv, prose) = fixture();
        let r = repair(
            "为贯彻落实?豆ひ盗煊蛱即锓迨凳┓桨浮?(工信部联节〔2022〕88号)要求。",
            lm,
            conv,
            prose,
        );
        assert_eq!(
            r.text,
            "为贯彻落实《工业领域碳达峰实施方案》(工信部联节〔2022〕88号)要求。"
        );
    }

    #[test]
    fn repairs_runs_resynchronised_by_a_trail_byte() {
        let (lm, conv, prose) = fixture();
        let r = repair(
            "(以下簡稱《指南》)?,F(xiàn)就《指南》有關內容解讀如下",
            lm,
            conv,
            prose,
        );
        // The annotation after the run belongs to the pinyin stage.
        assert_eq!(
            r.text,
            "(以下簡稱《指南》)。現(xiàn)就《指南》有關內容解讀如下"
        );
        assert_eq!(r.repaired, 1);
        let r = repair("持續落實工業環?!耙粛忞p責”工作機制", lm, conv, prose);
        // Repaired or dropped, the shifted chars never reach the index.
        assert_eq!(r.repaired + r.dropped, 1);
        assert!(
            !r.text.contains('耙') && r.text.contains("一崗雙責”工作機制"),
            "{}",
            r.text
        );
    }

    #[test]
    fn repairs_runs_whose_last_trail_byte_was_lost() {
        let (lm, conv, prose) = fixture();
        // 《指南》提出了實施 with its first byte lost and 實's trail
        // swallowed with the `(` of its annotation.
        let r = repair(
            "發展的制造業體系?!吨改稀诽岢隽藢?shí)施綠色制造工程",
            lm,
            conv,
            prose,
        );
        assert_eq!(r.text, "發展的制造業體系。《指南》提出了實施綠色制造工程");
        assert_eq!(r.repaired, 1);
    }

    /// `clean` with its GBK bytes read one byte off, as the pages show it:
    /// a `?` for the lost byte, fullwidth forms folded, errors as `?`.
    fn shifted(clean: &str) -> String {
        let fullwidth: String = clean
            .chars()
            .map(|c| match c {
                '!'..='~' if !c.is_ascii_alphanumeric() => {
                    char::from_u32(c as u32 + 0xFEE0).unwrap()
                }
                _ => c,
            })
            .collect();
        let (bytes, _, _) = encoding_rs::GBK.encode(&fullwidth);
        let (text, _) = encoding_rs::GBK.decode_without_bom_handling(&bytes[1..]);
        let folded: String = text
            .chars()
            .map(|c| match c {
                '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap(),
                '\u{FFFD}' => '?',
                _ => c,
            })
            .collect();
        format!("?{folded}")
    }

    #[test]
    fn repairs_runs_ended_by_a_letter_or_a_digit() {
        let (lm, conv, prose) = fixture();
        let before = "推行ISO 14001环境管理体系认证,提高企业安全生产和节";
        // 能管理水平。通过G: the letter G is the trail byte of the last
        // shifted pair; a fullwidth Ｍ (folded to M) is one of the pairs.
        let run = shifted("能管理水平。通过G");
        assert!(run.contains('M'), "{run}");
        let r = repair(&format!("{before}{run}B/T 19001认证"), lm, conv, prose);
        assert_eq!(r.text, format!("{before}能管理水平。通过GB/T 19001认证"));
        // Before a digit the last pair fails and loses its trail byte; the
        // document's own bigrams (》等, 等 before a number) choose the char.
        let run = shifted("实施方案》等5个");
        assert!(run.ends_with("?5个"), "{run}");
        let r = repair(
            &format!("出台《实施意见》等3个文件。印发了《制造业绿色发展行动{run}重点专项实施方案"),
            lm,
            conv,
            prose,
        );
        assert_eq!(
            r.text,
            "出台《实施意见》等3个文件。印发了《制造业绿色发展行动实施方案》等5个重点专项实施方案"
        );
        // A char lost whole before a digit shows as `??`.
        let r = repair("园区营业收入。2023??1—9月", lm, conv, prose);
        assert_eq!((r.text.as_str(), r.dropped), ("园区营业收入。20231—9月", 1));
    }

    #[test]
    fn repairs_runs_whose_first_trail_byte_was_lost() {
        let (lm, conv, prose) = fixture();
        // 全 (C8 AB) lost its trail: its lead paired with 监's as 燃, so
        // the lost byte is after the run's first byte, not before it.
        let r = repair(
            "（五）强化文物安燃喙堋Ｂ涫滴奈锇踩?直接责任人公告公示制度。",
            lm,
            conv,
            prose,
        );
        assert_eq!(
            r.text,
            "（五）强化文物安全监管。落实文物安全直接责任人公告公示制度。"
        );
        assert_eq!(r.repaired, 1);
    }

    #[test]
    fn writes_repairs_in_the_pages_form() {
        let (lm, conv, prose) = fixture();
        // A page that keeps its fullwidth forms gets `（` back, paired with
        // the `）` after it (有 lost its trail too).
        let r = repair(
            "截至2021年底，全市共有不可移动文物5396处。全市共痈骼嗖┪锕荩?纪念馆）27家，其中国有博物馆19家。",
            lm,
            conv,
            prose,
        );
        assert_eq!(
            r.text,
            "截至2021年底，全市共有不可移动文物5396处。全市共有各类博物馆（纪念馆）27家，其中国有博物馆19家。"
        );
    }

    #[test]
    fn chooses_the_punctuation_the_page_uses_there() {
        let (lm, conv, prose) = fixture();
        // The model cannot tell `，` from `；`: the page uses `，` far more.
        let r = repair(
            "同时也要看到，我市文镒试吹愣嗝婀悖?部分低级别文物保护状况堪忧，考古研究水平不高，人才匮乏。",
            lm,
            conv,
            prose,
        );
        assert_eq!(
            r.text,
            "同时也要看到，我市文物资源点多面广，部分低级别文物保护状况堪忧，考古研究水平不高，人才匮乏。"
        );
        // A page that lists with `、` inside its lines still ends them with `。`.
        let lists = "推动工业、能源、建筑、交通、农业、生活等领域节约。\n";
        let r = repair(
            &format!("{lists}推进绿色工厂、绿色园区、绿色供应链和绿色产品建设，完善评价曜肌?\n"),
            lm,
            conv,
            prose,
        );
        assert_eq!(
            r.text,
            format!("{lists}推进绿色工厂、绿色园区、绿色供应链和绿色产品建设，完善评价标准。\n")
        );
        // Inside a line, the marks the page puts beside the same chars:
        // its `》。`, not its many `、`.
        let before = "入选《绿色工厂名单》。入选《节水企业名单》。推动工业、能源、建筑、交通、农业等领域节能,装备入选《工艺技术";
        let run = shifted("设备目录》。2022年");
        assert!(run.ends_with("?2022年"), "{run}");
        let r = repair(&format!("{before}{run},全市能耗下降。"), lm, conv, prose);
        assert_eq!(r.text, format!("{before}设备目录》。2022年,全市能耗下降。"));
    }

    #[test]
    fn keeps_question_marks_in_ascii_text() {
        let (lm, conv, prose) = fixture();
        for text in [
            // Fullwidth punctuation kept, and folded.
            "详见[附件1：食品安全监督抽检不合格产品信息](https://scjgj.huzhou.gov.cn/module/download/downfile.jsp?classid=0&filename=2407051016.xlsx)。",
            "详见附件1(https://scjgj.huzhou.gov.cn/module/download/downfile.jsp?classid=0&filename=2407051016.xlsx)。",
            "统计脚本hm.js?3f5a9c,不计入正文。",
            // A question ending its paragraph in markup.
            "<p>问一:灵活就业人员可以享受哪些补贴?</p>\n<p>答:符合条件的可申请社会保险补贴。</p>",
        ] {
            let r = repair(text, lm, conv, prose);
            assert_eq!((r.text.as_str(), r.repaired + r.dropped), (text, 0));
        }
        // A replacement char, three bytes long, alone or before a tag.
        for text in ["\u{FFFD}", "补贴\u{FFFD}</p>"] {
            repair(text, lm, conv, prose);
        }
    }

    #[test]
    fn reads_the_context_without_its_pinyin_annotations() {
        let (lm, conv, prose) = fixture();
        // 模化 lost its first byte: the model finds 規模 only across (guī).
        let r = repair("坚持高值化、規(guī)?;?、集約化利用原則", lm, conv, prose);
        assert_eq!(r.text, "坚持高值化、規(guī)模化、集約化利用原則");
    }

    #[test]
    fn a_replacement_char_is_never_left_in_the_text() {
        let (lm, conv, prose) = fixture();
        // 补助 lost its first byte: 怪 is its middle two, and the decoder
        // failed on the last, which it showed as U+FFFD.
        let r = repair(
            "按照《山西省既有建筑节能改造省级怪\u{FFFD}资金管理办法》执行。",
            lm,
            conv,
            prose,
        );
        assert_eq!(
            r.text,
            "按照《山西省既有建筑节能改造省级补助资金管理办法》执行。"
        );
        // A char the decoder lost whole cannot be read back: the mark goes.
        let r = repair(
            "其中高速公路68公里,\u{FFFD}道和省道231公里。",
            lm,
            conv,
            prose,
        );
        assert_eq!(
            (r.text.as_str(), r.dropped),
            ("其中高速公路68公里,道和省道231公里。", 1)
        );
    }

    #[test]
    fn keeps_real_question_marks() {
        let (lm, conv, prose) = fixture();
        for text in [
            "沒有亂碼的文字?",
            "主要目标是什么?到2025年,单位产值能耗下降",
            "怎么办?我们认为应当加快推进",
            "三、主要内容包括哪些方面?今后开展的主要目标和思路是什么?\n答:",
        ] {
            let r = repair(text, lm, conv, prose);
            assert_eq!(r.text, text);
            assert_eq!(r.repaired + r.dropped, 0);
        }
    }
}
