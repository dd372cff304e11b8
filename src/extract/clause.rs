//! Splits a text into paragraphs, sentences and clauses, the units that
//! year scopes, 分别 lists and 其中 links work on.
//!
//! Sentences end at 。！？!? or a line break; clauses end at ，,；;：: (a
//! semicolon also starts a new clause group, which ends a 其中 list).
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

pub fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '\n')
}

fn ends_group(c: char) -> bool {
    matches!(c, '；' | ';')
}

pub fn ends_clause(c: char) -> bool {
    matches!(c, '，' | ',' | '：' | ':') || ends_group(c)
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
        let thousands_comma = c == ',' && is_thousands_comma(chars, i);
        if (ends_clause(c) && !thousands_comma) || ends_sentence(c) {
            push_clause(&mut current, chars, clause_start, i, group);
            clause_start = i + 1;
            if ends_group(c) {
                group += 1;
            }
        }
        if ends_sentence(c) {
            current.end = i;
            if !current.clauses.is_empty() {
                out.push(current);
            }
            if c == '\n' {
                paragraph += 1;
            }
            current = Sentence {
                start: i + 1,
                end: i + 1,
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
}
