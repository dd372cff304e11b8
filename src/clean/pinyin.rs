//! Pinyin annotations: `發(fā)展` → `發展`.
//!
//! An annotation goes only when its syllable is a reading of the character
//! before it (or of that character's simplified form), so `(GDP)`, `(试行)`
//! and `(天津)` stay. Han characters injected inside an annotation
//! (`(dòn員秒g)`) go with it. A tone-marked syllable that does not fit the
//! character before it but fits the one three back (`業筆她(yè)`) shows
//! that the two characters between were injected: they go too.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::LazyLock;

use pinyin::ToPinyinMulti;

use crate::lm::is_han;
use crate::pattern::Pattern;

/// `(…)` with Latin letters (plain or tone-marked), possibly Han junk inside.
static ANNOTATION: LazyLock<Pattern> =
    lazy_regex!(r"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ\p{Han}]{1,12}[)）]");

/// Every tone-marked reading the pinyin crate knows, to tell a syllable
/// from an abbreviation like `(GDP)`.
static SYLLABLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    let mut set = HashSet::new();
    for u in 0x4E00u32..=0x9FFF {
        if let Some(multi) = char::from_u32(u).and_then(|c| c.to_pinyin_multi()) {
            for p in multi {
                set.insert(p.with_tone());
            }
        }
    }
    set
});

/// What stripping annotations did to one text.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Stripped {
    pub text: String,
    pub annotations: usize,
    /// Injected characters removed with or beside annotations, in pairs.
    pub injected_pairs: usize,
}

fn readings(c: char, simplified: Option<char>) -> impl Iterator<Item = &'static str> {
    [Some(c), simplified]
        .into_iter()
        .flatten()
        .filter_map(|c| c.to_pinyin_multi())
        .flat_map(|m| m.into_iter().map(|p| p.with_tone()))
}

pub(super) fn is_reading_of(
    syllable: &str,
    c: char,
    simplify: &dyn Fn(char) -> Option<char>,
) -> bool {
    is_han(c) && readings(c, simplify(c)).any(|r| r == syllable)
}

/// Removes pinyin annotations; `simplify` maps a char to its simplified form.
pub fn strip(text: &str, simplify: &dyn Fn(char) -> Option<char>) -> Stripped {
    if !text.contains('(') && !text.contains('（') {
        return Stripped {
            text: text.to_string(),
            ..Default::default()
        };
    }
    let mut out = String::with_capacity(text.len());
    let mut result = Stripped::default();
    let mut last = 0;
    // `find_iter`, not captures: the brackets are one char each side, and
    // finding is several times cheaper than capturing on pages annotated
    // throughout.
    for whole in ANNOTATION.find_iter(text) {
        let inner = whole
            .as_str()
            .strip_prefix(['(', '（'])
            .and_then(|s| s.strip_suffix([')', '）']))
            .expect("the pattern is bracketed");
        let junk = inner.chars().filter(|c| is_han(*c)).count();
        let syllable: Cow<str> = if junk == 0 {
            Cow::Borrowed(inner)
        } else {
            Cow::Owned(inner.chars().filter(|c| !is_han(*c)).collect())
        };
        if syllable.is_empty() {
            continue;
        }
        // What precedes the annotation, as emitted so far plus the gap.
        out.push_str(&text[last..whole.start()]);
        last = whole.start();
        let fits_previous = out
            .chars()
            .next_back()
            .is_some_and(|c| is_reading_of(&syllable, c, simplify));
        if fits_previous {
            result.annotations += 1;
            result.injected_pairs += junk.div_ceil(2);
            last = whole.end();
            continue;
        }
        let tone_marked = !syllable.is_ascii();
        let displaced = tone_marked && junk == 0 && {
            let mut before = out.chars().rev();
            let (a, b, c) = (before.next(), before.next(), before.next());
            a.is_some_and(is_han)
                && b.is_some_and(is_han)
                && c.is_some_and(|c| is_reading_of(&syllable, c, simplify))
        };
        if displaced {
            for _ in 0..2 {
                out.pop();
            }
            result.annotations += 1;
            result.injected_pairs += 1;
            last = whole.end();
        } else if SYLLABLES.contains(&*syllable) && (tone_marked || junk > 0) {
            // A reading of nothing nearby, but no word either: annotation noise.
            result.annotations += 1;
            result.injected_pairs += junk.div_ceil(2);
            last = whole.end();
        }
    }
    out.push_str(&text[last..]);
    result.text = out;
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn none(_: char) -> Option<char> {
        None
    }

    #[test]
    fn removes_readings_and_keeps_real_parentheses() {
        let s = strip("11月(yuè)21日,發(fā)展(GDP)和(试行)(天津)", &none);
        assert_eq!(s.text, "11月21日,發展(GDP)和(试行)(天津)");
        assert_eq!(s.annotations, 2);
    }

    #[test]
    fn junk_inside_and_displaced_annotations_go() {
        let s = strip("新動(dòn員秒g)力。工業筆她(yè)綠色", &none);
        assert_eq!(s.text, "新動力。工業綠色");
        assert_eq!(s.annotations, 2);
        assert_eq!(s.injected_pairs, 2);
    }
}
