//! Splits a text into paragraphs, sentences and clauses, the units that
//! year scopes, 分别 lists and 其中 links work on.
//!
//! Sentences end at 。！？!? or a line break; clauses end at ，,；;：: (a
//! semicolon also starts a new clause group, which ends a 其中 list). A
//! run-on sentence (a table flattened into one line, text without stops)
//! is cut once it grows past [`LONGEST_SENTENCE`] chars, so that what the
//! extractors read back within a sentence stays bounded and extraction
//! linear.
//! Splitting runs on the title-masked text so that punctuation inside
//! 《…》 never splits.

/// A clause: `[start, end)` in chars, without its closing punctuation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clause {
    pub start: usize,
    pub end: usize,
    /// Index of the semicolon-separated part of the sentence it belongs to.
    pub group: usize,
}

/// A sentence: `[start, end)` in chars, without its closing punctuation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Index of the line (paragraph) it belongs to.
    pub paragraph: usize,
    pub clauses: Vec<Clause>,
}

impl Sentence {
    /// The clause right before `clause` in this sentence, if any.
    pub fn clause_before(&self, clause: &Clause) -> Option<&Clause> {
        let at = self.clauses.iter().position(|c| c.start == clause.start)?;
        self.clauses.get(at.checked_sub(1)?)
    }

    /// The clause right after `clause` in this sentence, if any.
    pub fn clause_after(&self, clause: &Clause) -> Option<&Clause> {
        let at = self.clauses.iter().position(|c| c.start == clause.start)?;
        self.clauses.get(at + 1)
    }
}

/// How long a sentence grows before the next clause's end, 、 or space
/// ends it too; at twice this it ends at any char. No real sentence is so
/// long: the longest in the pages the project ships is under 400 chars.
pub const LONGEST_SENTENCE: usize = 2_000;

pub fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '\n')
}

fn ends_group(c: char) -> bool {
    matches!(c, '；' | ';')
}

pub fn ends_clause(c: char) -> bool {
    matches!(c, '，' | ',' | '：' | ':') || ends_group(c)
}

/// Whether `c` ends an item of a list (、) or anything larger.
pub fn ends_item(c: char) -> bool {
    c == '、' || ends_clause(c) || ends_sentence(c)
}

/// Splits `chars` (title-masked) into sentences and clauses; empty ones are
/// dropped.
pub fn sentences(chars: &[char]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut paragraph = 0;
    let mut current = Sentence {
        start: 0,
        end: 0,
        paragraph,
        clauses: Vec::new(),
    };
    let mut clause_start = 0;
    let mut group = 0;
    for (i, &c) in chars.iter().enumerate() {
        // Most chars are Han, which end nothing: only a sentence run on past
        // twice the longest is cut at one.
        if crate::lm::is_han(c) && i - current.start < 2 * LONGEST_SENTENCE {
            continue;
        }
        let thousands_comma = c == ',' && is_thousands_comma(chars, i);
        // (Not inside a figure: 1,200 or 3 985.)
        let digit = |k: usize| chars.get(k).is_some_and(char::is_ascii_digit);
        let inside_figure = thousands_comma || c == ' ' && i > 0 && digit(i - 1) && digit(i + 1);
        let separates = !inside_figure && (ends_item(c) || c.is_whitespace());
        let length = i - current.start;
        let run_on = length >= 2 * LONGEST_SENTENCE || length >= LONGEST_SENTENCE && separates;
        // A cut inside a word leaves its char to the next sentence.
        let next = if separates { i + 1 } else { i };
        if (ends_clause(c) && !thousands_comma) || ends_sentence(c) || run_on {
            push_clause(&mut current, chars, clause_start, i, group);
            clause_start = next;
            if ends_group(c) {
                group += 1;
            }
        }
        if ends_sentence(c) || run_on {
            current.end = i;
            if !current.clauses.is_empty() {
                out.push(current);
            }
            if c == '\n' {
                paragraph += 1;
            }
            current = Sentence {
                start: next,
                end: next,
                paragraph,
                clauses: Vec::new(),
            };
            group = 0;
        }
    }
    push_clause(&mut current, chars, clause_start, chars.len(), group);
    current.end = chars.len();
    if !current.clauses.is_empty() {
        out.push(current);
    }
    out
}

fn push_clause(sentence: &mut Sentence, chars: &[char], start: usize, end: usize, group: usize) {
    if chars[start..end].iter().any(|c| !c.is_whitespace()) {
        sentence.clauses.push(Clause { start, end, group });
    }
}

/// A comma inside 1,200 is not a clause boundary.
fn is_thousands_comma(chars: &[char], i: usize) -> bool {
    let digit = |k: usize| chars.get(k).is_some_and(|c| c.is_ascii_digit());
    i > 0 && digit(i - 1) && (1..=3).all(|k| digit(i + k)) && !digit(i + 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_sentences_clauses_and_groups() {
        let chars: Vec<char> = "甲,乙；丙。丁\n戊1,200家，己".chars().collect();
        let s = sentences(&chars);
        assert_eq!(s.len(), 3);
        let groups: Vec<usize> = s[0].clauses.iter().map(|c| c.group).collect();
        assert_eq!(groups, vec![0, 0, 1]);
        assert_eq!(s[2].paragraph, 1);
        assert_eq!(s[2].clauses.len(), 2);
    }

    #[test]
    fn run_on_sentences_are_cut() {
        // A run-on sentence ends at the first clause's end past the bound.
        let text = format!("{}，乙丙。", "甲".repeat(LONGEST_SENTENCE));
        let chars: Vec<char> = text.chars().collect();
        let s = sentences(&chars);
        assert_eq!(s.len(), 2);
        assert_eq!((s[0].start, s[0].end), (0, LONGEST_SENTENCE));
        assert_eq!(s[1].start, LONGEST_SENTENCE + 1);
        // With nothing to cut at, it ends at twice the bound, and the
        // next sentence keeps the char it was cut before.
        let chars: Vec<char> = "甲".repeat(2 * LONGEST_SENTENCE + 5).chars().collect();
        let s = sentences(&chars);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].end, 2 * LONGEST_SENTENCE);
        assert_eq!((s[1].start, s[1].end), (2 * LONGEST_SENTENCE, chars.len()));
    }
}
