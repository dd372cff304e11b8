//! Citations: the official documents a text names in 《…》 or 〈…〉, with
//! the document number, alias or standard code that follows the title.
//!
//! A title counts when it reads as an official document (ends in a
//! document type such as 方案, 意见, 协定, 通则, or is a dated programme
//! like 中国制造2025); newspapers and programmes (《人民日报》) do not. An
//! alias declared in “（以下简称《指南》）” makes later 《指南》 mentions of
//! the full title. One entry per cited document: repeated titles, and a
//! bare title after its dated form, add mentions.

use std::sync::LazyLock;

use regex::Regex;

use super::standards::{self, char_offset, FoundCode};
use crate::model::Citation;

static TITLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new("《([^《》\n]{1,150})》|〈([^〈〉\n]{1,150})〉").unwrap());

/// A document number: issuer code, year in any bracket, serial number.
static DOC_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\p{Han}A-Za-z]{1,12}\s*[〔\[(（【［]\s*(?:19|20)\d{2}\s*[〕\])）】］]\s*第?\s*\d{1,5}\s*号")
        .unwrap()
});

static ALIAS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new("^(?:以下简称|以下称|下称|简称)[:：为]?").unwrap());

/// A title's own trailing parenthetical: its period, or that it is a trial,
/// interim or revised version. Dropping it gives the canonical title.
static OWN_PARENTHETICAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new("[(（][^()（）]*(?:年|试行|暂行|修订|征求意见稿|草案)[^()（）]*[)）]$").unwrap()
});

/// Endings of official document titles.
const DOCUMENT_TYPES: &[&str] = &[
    "方案",
    "规划",
    "意见",
    "通知",
    "办法",
    "指南",
    "目录",
    "标准",
    "条例",
    "法",
    "决定",
    "措施",
    "计划",
    "纲要",
    "协定",
    "议程",
    "通则",
    "政策",
    "规定",
    "细则",
    "规则",
    "公告",
    "通告",
    "报告",
    "批复",
    "函",
    "要求",
    "清单",
    "名录",
    "名单",
    "战略",
    "行动",
    "工程",
    "制度",
    "公约",
    "宣言",
    "守则",
    "准则",
    "章程",
    "规范",
    "导则",
    "指引",
    "决议",
    "议定书",
    "框架",
    "倡议",
    "路线图",
    "白皮书",
    "规程",
    "体系",
    "方针",
    "公报",
    "协议",
    "备忘录",
    "意见稿",
    "草案",
    "举措",
];

/// Words that, with a document type, make a generic reference rather than
/// a title: 《实施方案》, 《管理办法》.
const GENERIC_WORDS: &[&str] = &[
    "实施", "管理", "行动", "指导", "若干", "工作", "评价", "有关", "相关", "总体", "专项", "本",
    "该", "此",
];

const QUOTES: &[char] = &[
    '“', '”', '"', '\'', '‘', '’', '「', '」', '『', '』', '《', '》', '〈', '〉', ' ', '\u{3000}',
];

/// The citations of one text, given its chars and the standard codes in it.
pub fn extract(text: &str, chars: &[char], codes: &[FoundCode]) -> Vec<Citation> {
    let mut found: Vec<Citation> = Vec::new();
    let mut aliases: Vec<(String, usize)> = Vec::new();
    let mut consumed_until = 0;
    let mut cursor = (0, 0);
    for caps in TITLE.captures_iter(text) {
        let whole = caps.get(0).expect("group 0 always matches");
        let start = char_offset(text, &mut cursor, whole.start());
        let end = char_offset(text, &mut cursor, whole.end());
        if start < consumed_until {
            // The 《指南》 inside “（以下简称《指南》）”.
            continue;
        }
        let title: String = caps
            .get(1)
            .or_else(|| caps.get(2))
            .map_or("", |m| m.as_str())
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        let tail = read_tail(chars, end);
        consumed_until = tail.end;
        let index = match aliases.iter().rev().find(|(alias, _)| *alias == title) {
            Some(&(_, index)) => index,
            None if is_generic(&title) || !is_official(&title) => continue,
            None => entry_for(&mut found, &title),
        };
        let citation = &mut found[index];
        citation.mentions += 1;
        citation.spans.push([start, end]);
        if citation.doc_number.is_none() {
            citation.doc_number = tail.doc_number;
        }
        let code_before = codes.iter().find(|c| c.end == start || c.end + 1 == start);
        if citation.standard.is_none() {
            citation.standard = tail
                .standard
                .or_else(|| code_before.map(|c| c.code.clone()));
        }
        if let Some(alias) = tail.alias {
            if !citation.aliases.contains(&alias) {
                citation.aliases.push(alias.clone());
            }
            aliases.push((alias, index));
        }
    }
    found
}

/// The index of the entry for `title`, created if new. A bare title and its
/// dated or trial form are one document; two different periods are two.
fn entry_for(found: &mut Vec<Citation>, title: &str) -> usize {
    let canonical = canonical(title);
    let same = found.iter().position(|c| {
        c.canonical == canonical && (c.title == title || c.title == canonical || title == canonical)
    });
    match same {
        Some(index) => {
            if title.chars().count() > found[index].title.chars().count() {
                found[index].title = title.to_string();
            }
            index
        }
        None => {
            found.push(Citation {
                title: title.to_string(),
                canonical,
                doc_number: None,
                standard: None,
                aliases: Vec::new(),
                mentions: 0,
                spans: Vec::new(),
            });
            found.len() - 1
        }
    }
}

/// The title without its trailing period or version parenthetical, so the
/// same policy merges across documents.
pub fn canonical(title: &str) -> String {
    OWN_PARENTHETICAL.replace(title, "").into_owned()
}

fn is_official(title: &str) -> bool {
    let bare = canonical(title);
    let bare = bare.trim_end_matches(QUOTES);
    let dated_programme = bare.len() > 4 && bare.chars().rev().take(4).all(|c| c.is_ascii_digit());
    dated_programme || DOCUMENT_TYPES.iter().any(|t| bare.ends_with(t))
}

/// Whether a title is only document-type words: 《办法》, 《实施方案》.
fn is_generic(title: &str) -> bool {
    let mut rest = canonical(title);
    loop {
        let word = DOCUMENT_TYPES
            .iter()
            .chain(GENERIC_WORDS)
            .find(|w| rest.ends_with(*w));
        match word {
            Some(w) => rest.truncate(rest.len() - w.len()),
            None => return rest.trim_matches(QUOTES).is_empty(),
        }
    }
}

/// What follows a title: a document number, an alias declaration, a
/// standard code, possibly after the title's own parenthetical.
#[derive(Debug, Default)]
struct Tail {
    doc_number: Option<String>,
    alias: Option<String>,
    standard: Option<String>,
    /// Char offset where the tail ends.
    end: usize,
}

fn read_tail(chars: &[char], mut at: usize) -> Tail {
    let mut tail = Tail {
        end: at,
        ..Tail::default()
    };
    // A number may also follow without parentheses: 《…》冀政办字〔2023〕31号.
    if let Some(number) = doc_number_at(chars, at) {
        tail.end = at + number.chars().count();
        tail.doc_number = Some(number);
        return tail;
    }
    for _ in 0..3 {
        while chars.get(at).is_some_and(|c| c.is_whitespace()) {
            at += 1;
        }
        let Some((inner, close)) = parenthetical(chars, at) else {
            break;
        };
        let inner: String = inner.iter().collect();
        let inner = inner.trim();
        if let Some(m) = ALIAS.find(inner) {
            tail.alias =
                Some(inner[m.end()..].trim_matches(QUOTES).to_string()).filter(|a| !a.is_empty());
        } else if let Some(number) = DOC_NUMBER.find(inner).filter(|m| m.end() == inner.len()) {
            tail.doc_number = Some(number.as_str().to_string());
        } else if let Some(code) = standards::parse_code(inner) {
            tail.standard = Some(code);
        } else if !OWN_PARENTHETICAL.is_match(&format!("({inner})")) {
            break;
        }
        at = close + 1;
        tail.end = at;
    }
    tail
}

/// A document number starting exactly at `at`.
fn doc_number_at(chars: &[char], at: usize) -> Option<String> {
    let ahead: String = chars[at.min(chars.len())..(at + 30).min(chars.len())]
        .iter()
        .collect();
    DOC_NUMBER
        .find(&ahead)
        .map(|m| m.as_str().to_string())
        .filter(|n| !n.starts_with(['(', '（']))
}

/// The inside of a parenthetical (in round, square or lenticular brackets)
/// opening at `at` and the offset of its closing bracket; nested brackets
/// (冀政办字(2023)31号) are allowed.
fn parenthetical(chars: &[char], at: usize) -> Option<(&[char], usize)> {
    if !matches!(chars.get(at), Some('(' | '（' | '【' | '[' | '［')) {
        return None;
    }
    let mut depth = 0;
    for (k, &c) in chars.iter().enumerate().skip(at).take(80) {
        match c {
            '(' | '（' | '【' | '[' | '［' => depth += 1,
            ')' | '）' | '】' | ']' | '］' => {
                depth -= 1;
                if depth == 0 {
                    return Some((&chars[at + 1..k], k));
                }
            }
            '\n' => return None,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cite(text: &str) -> Vec<Citation> {
        let chars: Vec<char> = text.chars().collect();
        extract(text, &chars, &standards::find(&chars))
    }

    #[test]
    fn numbers_aliases_and_mentions() {
        let text = "印发《河北省若干措施》（冀政办字〔2024〕8号）和《绿色制造工程实施指南(2016-2020年)》(以下简称《指南》)。《指南》提出目标，《人民日报》报道。";
        let found = cite(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].doc_number.as_deref(), Some("冀政办字〔2024〕8号"));
        assert_eq!(found[1].canonical, "绿色制造工程实施指南");
        assert_eq!(found[1].aliases, vec!["指南"]);
        assert_eq!(found[1].mentions, 2);
    }

    #[test]
    fn odd_quotes_and_generic_titles() {
        let text = "《重庆市实施方案》(以下简称”方案”)。3个《办法》出台，《方案》明确。";
        let found = cite(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].aliases, vec!["方案"]);
        assert_eq!(found[0].mentions, 2);
    }

    #[test]
    fn standards_and_consecutive_titles() {
        let found = cite(
            "《绿色工厂评价通则》(GB/T36132)、《巴黎协定》《2030年可持续发展议程》《中国制造2025》",
        );
        let titles: Vec<&str> = found.iter().map(|c| c.title.as_str()).collect();
        assert_eq!(
            titles,
            vec![
                "绿色工厂评价通则",
                "巴黎协定",
                "2030年可持续发展议程",
                "中国制造2025"
            ]
        );
        assert_eq!(found[0].standard.as_deref(), Some("GB/T 36132"));
    }

    #[test]
    fn number_after_own_parenthetical() {
        let found = cite("《唐山市机器人产业发展规划(2023-2035年)》（试行）(唐环新〔2023〕1号)");
        assert_eq!(found[0].doc_number.as_deref(), Some("唐环新〔2023〕1号"));
        assert_eq!(found[0].canonical, "唐山市机器人产业发展规划");
    }
}
