//! Text copied out of a PDF: lines broken at the page's width in the
//! middle of sentences, page numbers (`— 3 —`) on lines of their own, and
//! the document's running header repeated after each page break.
//!
//! A page is taken to be hard-wrapped when a third of its lines or more
//! are about as wide as its widest common line and most of those full
//! lines end inside a sentence; typed paragraphs are one line each, of any
//! width, and end with their punctuation. Then a full line runs on into the next unless
//! it ends a sentence or the next opens a numbered heading; a shorter
//! line ends its paragraph. Page numbers, on any page, and the header
//! lines right after them go.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::pattern::Pattern;

/// A page number on a line of its own: `— 3 —`, `-3-`, `· 3 ·`, a front
/// matter's `— II —`, `第3页`,
/// `第3页 共12页`, `3/12`, and a browser's printed footer, the page's
/// address before its number (`https://…/31842.html　　1/3`).
static PAGE_NUMBER: LazyLock<Pattern> = lazy_regex!(
    r"^(?:[—－\-–─]+\s*(?:\d{1,4}|[IVXivx]{1,5}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])\s*[—－\-–─]+|[·•]\s*\d{1,4}\s*[·•]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|(?:https?://\S+\s+)?\d{1,4}\s*/\s*\d{1,4})$"
);

/// Whether `line` is a page number ([`PAGE_NUMBER`]). Every line is
/// asked; one must end in a digit, a dash, a dot or 页, so most are
/// answered by their last char.
fn is_page_number(line: &str) -> bool {
    line.chars().next_back().is_some_and(|c| {
        c.is_numeric() || matches!(c, '—' | '－' | '-' | '–' | '─' | '·' | '•' | '页')
    }) && PAGE_NUMBER.is_match(line)
}

/// A section's label and the wide space after it (`第二节　`), or a
/// paragraph's number and the tab after it (`4.\t`, in a Hong Kong paper).
static SECTION_LABEL: LazyLock<Pattern> = lazy_regex!(
    r"^(?:第[一二三四五六七八九十百零〇\d]+[编章节条款]\u{3000}+|(?:\d{1,3}[.．]|[（(][一二三四五六七八九十\d]{1,3}[)）])\t)"
);
/// An entry of a table of contents: a heading, a leader of dots and the
/// page it starts on (`第一章 发展基础 ………… 2`).
static CONTENTS_ENTRY: LazyLock<Pattern> =
    lazy_regex!(r"^\S.{0,40}?\s*(?:…{2,}|\.{4,}|·{4,}|-{4,})\s*\d{1,3}$");

/// Whether `line` is an entry of a table of contents ([`CONTENTS_ENTRY`]),
/// which ends in its page's number.
fn is_contents_entry(line: &str) -> bool {
    line.chars().next_back().is_some_and(char::is_numeric) && CONTENTS_ENTRY.is_match(line)
}

/// The heading over a table of contents.
static CONTENTS_HEADING: LazyLock<Pattern> = lazy_regex!(r"^目\s*[录錄]$");

/// The numbers that open a paragraph besides cleaning's usual ones
/// ([`super::furniture::opens_numbered`]): (1), 第四条, and a table's or
/// figure's caption (表1 江西省工业互联网创新发展主要指标).
static MORE_NUMBERS: LazyLock<Pattern> = lazy_regex!(
    r"^(?:[(（]\d+[)）]|第[一二三四五六七八九十百]+[章节条]|[表图]\s*\d+(?:[-—.．]\d+)?[\s:：])"
);

/// Whether `line` opens a numbered heading or item, or a document's
/// record (抄送：…), which starts its own paragraph after whatever line
/// stands above it.
fn opens_heading(line: &str) -> bool {
    super::furniture::opens_numbered(line)
        || MORE_NUMBERS.is_match(line)
        || super::furniture::opens_copied_to(line)
}

/// Punctuation a sentence (or a line that leads into a list) ends with.
const ENDS: &[char] = &['。', '！', '？', '；', '：', '!', '?', ';', ':'];

/// Whether `line` may be a piece of running text: a table's row or a
/// row of metadata fields has its cells apart, by tabs, runs of spaces or
/// many single ones; prose has a space here and there at most.
fn is_prose_line(line: &str) -> bool {
    // A rule (────) runs into nothing; a sentence's last mark wrapped
    // onto a line of its own (。) goes on it.
    if line.chars().count() >= 3 && !line.chars().any(char::is_alphanumeric) {
        return false;
    }
    // A section's label is set apart from its text by a wide space (第二节
    // 提升创新能力。…), and a paragraph's number by a tab (4.<tab>截至…),
    // which between two cells would mark a table row.
    let line = SECTION_LABEL
        .find(line)
        .map_or(line, |label| &line[label.end()..]);
    // One pass: every line of every page is asked, some several times.
    // Inside a title (open on this line), single spaces part the issuers
    // of a joint document (《中国人民银行 国家发展改革委 …》), not cells.
    // A space after a Latin letter (a standard's code: GB 50320, GB/T
    // 29890; ISO 9001) parts no cells.
    let (mut chars, mut spaces) = (0, 0);
    let mut after_space = false;
    let mut after_letter = false;
    let mut in_title = false;
    for c in line.chars() {
        if matches!(c, '\t' | '\u{3000}') || (c == ' ' && after_space) {
            return false;
        }
        in_title = match c {
            '《' => true,
            '》' => false,
            _ => in_title,
        };
        chars += 1;
        spaces += usize::from(c.is_whitespace() && !in_title && !after_letter);
        after_space = c == ' ';
        after_letter = c.is_ascii_alphabetic();
    }
    spaces * 15 <= chars
}

/// Whether `line` ends a sentence, maybe inside a closing quote (…。”).
fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(['”', '’', '」', '』'])
        .ends_with(ENDS)
}

/// Whether a line as set opens with an indent (two spaces or an
/// ideographic one).
fn is_indented(set: &str) -> bool {
    set.starts_with(['\u{3000}', '\t']) || set.starts_with("  ")
}

/// Whether a line as set is pushed to the right, as a signature and its
/// date are (　　　　　　南通市人民政府办公室): its width is its indent, and
/// it runs on into nothing.
fn is_pushed_right(set: &str) -> bool {
    /// An indent wider than a paragraph's two ideographic spaces.
    const DEEP_INDENT_COLUMNS: usize = 8;
    let indent: usize = set
        .chars()
        .take_while(|c| c.is_whitespace())
        .map(|c| if c.is_ascii() { 1 } else { 2 })
        .sum();
    indent >= DEEP_INDENT_COLUMNS
}

/// The most lines a title is set over, and the most chars it runs to.
const MOST_TITLE_LINES: usize = 4;
const MOST_TITLE_CHARS: usize = 100;

/// Whether a line could be part of a title: running text with no
/// sentence's punctuation.
fn unpunctuated(r: &Line) -> bool {
    r.prose && !r.text.contains(['。', '，', ',']) && !ends_sentence(r.text)
}

/// Whether a line ends in a document type (…实施方案, …的通知).
fn ends_title(r: &Line) -> bool {
    crate::extract::names_document_type(r.text)
}

/// Whether `line` is a short note in brackets set under a title: its
/// period (（2025—2030年）) or its version (（节选）).
fn is_bracketed_note(line: &str) -> bool {
    const MOST_NOTE_CHARS: usize = 16;
    let t = line.trim();
    t.starts_with(['（', '(']) && t.ends_with(['）', ')']) && t.chars().count() <= MOST_NOTE_CHARS
}

/// The last of the lines from `i` on that make one official title broken
/// across them (市政府办公室关于印发…城市公共供水 / 管网漏损治理…（2025—2027
/// 年） / 的通知; …上半年工作总结及 / 下半年工作计划; 市人民政府办公室 / 关于
/// 印发…): the first holds 关于, ends in a word that joins it to the next or
/// is followed by a line opening with 关于, a plan's name stands over its
/// period in brackets (…发展规划 / （2025—2030年）), or all are centred;
/// the last ends in a document
/// type, none has a sentence's punctuation, and together they are a
/// title's length.
fn title_run(rows: &[Line], i: usize) -> Option<usize> {
    let first = &rows[i];
    // A plan's name over its period (…发展规划 / （2025—2030年）).
    let period_below = rows
        .get(i + 1)
        .is_some_and(|next| is_bracketed_note(next.text) && next.text.contains('年'));
    if period_below && unpunctuated(first) && ends_title(first) {
        return Some(i + 1);
    }
    // A title centred over lines of its own (河南省加快推进农村地区充电 /
    // 基础设施建设实施方案).
    if is_pushed_right(first.set)
        && unpunctuated(first)
        && !ends_title(first)
        && !first.text.starts_with("附件")
        && !opens_heading(first.text)
    {
        let mut chars = first.text.chars().count();
        for (j, row) in rows
            .iter()
            .enumerate()
            .skip(i + 1)
            .take(MOST_TITLE_LINES - 1)
        {
            chars += row.text.chars().count();
            if !is_pushed_right(row.set) || !unpunctuated(row) || chars > MOST_TITLE_CHARS {
                break;
            }
            if ends_title(row) {
                return Some(j);
            }
        }
    }
    // The issuer may stand on a line of its own above 关于…, or the first
    // issuers of a joint document above the last one and its 关于….
    // Joint issuers may fill several lines before the last one's 关于.
    let issuers = super::furniture::is_signatory(first.text);
    let issuer_lines = if issuers {
        rows[i + 1..]
            .iter()
            .take_while(|r| super::furniture::is_signatory(r.text))
            .count()
    } else {
        0
    };
    let joins_next = first.text.ends_with(['及', '和', '与', '暨', '的'])
        || rows
            .get(i + 1)
            .is_some_and(|next| next.text.starts_with("关于"))
        || issuers
            && rows
                .get(i + 1 + issuer_lines)
                .is_some_and(|next| next.text.contains("关于"));
    // Joint issuers side by side before the last one's 关于 (甘肃省发展和改革
    // 委员会　甘肃省能源局关于印) are set apart like a table's cells, no prose.
    let issuers_before_about = {
        let parts: Vec<&str> = first.text.split_whitespace().collect();
        parts.len() >= 2
            && parts[..parts.len() - 1]
                .iter()
                .all(|p| super::furniture::is_signatory(p))
            && parts[parts.len() - 1].contains("关于")
            && !first.text.contains(['。', '，', ','])
    };
    if !(first.text.contains("关于") || joins_next)
        || !(unpunctuated(first) || issuers || issuers_before_about)
    {
        return None;
    }
    let mut chars = first.text.chars().count();
    for (j, row) in rows
        .iter()
        .enumerate()
        .skip(i + 1)
        .take(MOST_TITLE_LINES - 1)
    {
        chars += row.text.chars().count();
        let more_issuers = j <= i + issuer_lines;
        if row.text.is_empty() || !(unpunctuated(row) || more_issuers) || chars > MOST_TITLE_CHARS {
            return None;
        }
        if ends_title(row) {
            // The plan's own title may end a line before its period and
            // the notice's type (…三年行动方案 / （2025—2027年）的通知), or
            // a plan's name before its type (…提升行动 / 实施方案（…）的通知).
            let mut last = j;
            while let Some(next) = rows.get(last + 1).filter(|next| {
                unpunctuated(next)
                    && ends_title(next)
                    && chars + next.text.chars().count() <= MOST_TITLE_CHARS
            }) {
                chars += next.text.chars().count();
                last += 1;
            }
            return Some(last);
        }
    }
    None
}

/// The last of the lines from `i` on that make a cover's title set over
/// lines of its own (苏州市吴江区国民经济和社会发展 / 第十五个五年规划和二〇三五年
/// 远景目标纲要 / （节选）): at the top of the page, a block of unpunctuated
/// lines that a blank line ends, whose last line (or the one above a
/// bracketed note) ends in a document type that no line above it ends in.
/// `i` is the page's first line of text.
fn cover_title_run(rows: &[Line], i: usize) -> Option<usize> {
    let block = rows[i..]
        .iter()
        .take_while(|r| !r.text.is_empty())
        .take(MOST_TITLE_LINES + 1)
        .count();
    if !(2..=MOST_TITLE_LINES).contains(&block)
        || rows[i..i + block]
            .iter()
            .any(|r| !unpunctuated(r) || r.text.contains(['：', ':']))
        || rows[i..i + block]
            .iter()
            .map(|r| r.text.chars().count())
            .sum::<usize>()
            > MOST_TITLE_CHARS
    {
        return None;
    }
    let last = i + block - 1;
    let typed = if is_bracketed_note(rows[last].text) {
        last - 1
    } else {
        last
    };
    (typed > i && ends_title(&rows[typed]) && !rows[i..typed].iter().any(ends_title))
        .then_some(last)
}

/// The fewest full lines that show a page was wrapped.
const LEAST_FULL_LINES: usize = 5;

/// The narrowest width (in half-width columns) a wrapped page is set in.
const LEAST_WIDTH: usize = 24;

/// How much narrower than the page's width a line may be and still be
/// full: a line breaks early before punctuation that may not open one.
const SLACK: usize = 4;

/// The page joined back into paragraphs, and the lines that went (page
/// numbers, running headers), when it was hard-wrapped.
#[derive(Debug, Default)]
pub struct Reflowed {
    pub text: String,
    pub removed_lines: Vec<String>,
}

impl Reflowed {
    fn unchanged(text: &str) -> Self {
        Reflowed {
            text: text.to_string(),
            removed_lines: Vec::new(),
        }
    }
}

/// One line of a page, read once for the several passes that judge it.
struct Line<'a> {
    /// As set, its indent included: a line's width is measured so.
    set: &'a str,
    /// Without its indent: its text is judged so.
    text: &'a str,
    /// [`is_prose_line`] of the text.
    prose: bool,
}

/// Joins the lines of a hard-wrapped page and drops page numbers and
/// running headers; a page with none of them comes back as it was.
pub fn reflow(text: &str) -> Reflowed {
    // A PDF's text marks each new page with a form feed, which trimming
    // takes off the line.
    let feeds: Vec<bool> = text.lines().map(|l| l.contains('\u{c}')).collect();
    let set: Vec<&str> = text.lines().map(str::trim_end).collect();
    let lines: Vec<&str> = set.iter().map(|l| l.trim_start()).collect();
    let dropped = furniture_lines(&lines, &feeds);
    // Most pages are typed: too few of their lines break off inside a
    // sentence for any width to be measured.
    let broken_off = lines
        .iter()
        .filter(|l| l.chars().nth(LEAST_WIDTH / 2).is_some() && !ends_sentence(l))
        .count();
    let wrapped = broken_off >= LEAST_FULL_LINES;
    if !wrapped && !dropped.contains(&true) {
        return Reflowed::unchanged(text);
    }
    let top = lines.iter().position(|l| !l.is_empty());
    let rows: Vec<Line> = set
        .iter()
        .zip(&lines)
        .map(|(&set, &text)| Line {
            set,
            text,
            prose: is_prose_line(text),
        })
        .collect();
    let width = wrapped.then(|| wrap_width(&rows)).flatten();
    if width.is_none() && !dropped.contains(&true) {
        return Reflowed::unchanged(text);
    }
    let (measure, width) = width.unwrap_or((Measure::Columns, usize::MAX));
    let full = |line: &str| measure.of(line).saturating_add(SLACK) >= width;
    // A page that indents its paragraphs' first lines shows where they
    // start: a full line ending a sentence then goes on below, unless the
    // line below is indented.
    let indents = rows
        .iter()
        .filter(|r| r.prose && is_indented(r.set))
        .count()
        >= LEAST_FULL_LINES;
    let mut out = Reflowed::default();
    let mut runs_on = false;
    let mut paragraph = Paragraph::default();
    let mut page_broke = false;
    // The line after a title already joined from several.
    let mut resume_at = 0;
    for (i, row) in rows.iter().enumerate() {
        let line = row.text;
        if i < resume_at {
            continue;
        }
        if dropped[i] {
            out.removed_lines.push(line.to_string());
            page_broke |= is_page_number(line);
            continue;
        }
        if line.is_empty() {
            // A blank line after a sentence's end ends the paragraph (the
            // body before a signature), and so does one after a title
            // (…提质增效三年行动方案（2026—2028年）的通知); a page break
            // inside a sentence does not, even after a word that names a
            // document (…修复效果评估报告 / — 4 — / 应当依法报送…), nor a
            // title's name still open (…遵守《个人资料保护法 / 》（第8/2005号法律）).
            let page_number_next = rows[i + 1..]
                .iter()
                .zip(&dropped[i + 1..])
                .find(|(r, _)| !r.text.is_empty())
                .is_some_and(|(r, &gone)| gone && is_page_number(r.text));
            let breaks_page = page_broke || page_number_next;
            runs_on &= !out.text.ends_with(ENDS)
                && (breaks_page
                    || paragraph.titles > 0
                    || !crate::extract::names_document_type(&out.text));
            continue;
        }
        // A sentence broken by the page goes on below the page's header:
        // a short line with no end of its own there is that header.
        let header =
            std::mem::take(&mut page_broke) && runs_on && !full(row.set) && !ends_sentence(line);
        if header {
            out.removed_lines.push(line.to_string());
            continue;
        }
        let title_end = (!runs_on)
            .then(|| {
                title_run(&rows, i).or_else(|| {
                    (Some(i) == top)
                        .then(|| cover_title_run(&rows, i))
                        .flatten()
                })
            })
            .flatten();
        if let Some(last) = title_end {
            if !out.text.is_empty() {
                out.text.push('\n');
            }
            // Joint issuers set apart on their line stay apart from the next
            // issuer; one issuer runs on into its 关于.
            let mut title = String::new();
            for r in &rows[i..=last] {
                let apart = super::furniture::is_signatory(r.text)
                    || title.contains(char::is_whitespace) && !r.text.starts_with("关于");
                if apart && super::furniture::is_signatory(&title) {
                    title.push(' ');
                }
                title.push_str(r.text);
            }
            out.text.push_str(&title);
            paragraph = Paragraph::opened_by(&title);
            resume_at = last + 1;
            continue;
        }
        // After a sentence's end, or a heading that runs the width of the
        // page (二、聚焦目标任务，全力以赴抓好2026年各项工作), an indent opens
        // the next paragraph; inside a sentence it only hangs (抄送：…，\n
        // 　　　市法院).
        let after_heading = paragraph.heading && !paragraph.ended;
        let opens_paragraph = is_indented(row.set) && (out.text.ends_with(ENDS) || after_heading);
        // A title the line above opened goes on whatever its spaces (《中国人民
        // 银行 国家发展改革委 … / 生态环境部 金融监管总局 …关于…的指导意见》).
        // A line pushed right (a signature) stands on its own; one that
        // lists on (…市纪委 / 　　监委，市中级法院，…) hangs from the line above.
        let prose = row.prose || paragraph.titles > 0;
        let signature = is_pushed_right(row.set) && !line.contains(['，', '、', ',']);
        // A code broken by the wrap (…（GB/T 29 / 890），…) goes on whatever
        // the width of the line it starts on; a year opening a line (a
        // date under a phone number) does not.
        let splits_code = !runs_on
            && line.starts_with(|c: char| c.is_ascii_digit())
            && !OPENS_YEAR.is_match(line)
            && BROKEN_CODE.is_match(last_line_tail(&out.text));
        if (runs_on || splits_code)
            && prose
            && !opens_heading(line)
            && !opens_paragraph
            && !signature
        {
            out.text.push_str(line);
            paragraph.goes_on(line);
        } else {
            if !out.text.is_empty() {
                out.text.push('\n');
            }
            out.text.push_str(line);
            paragraph = Paragraph::opened_by(line);
        }
        // A line that ends on an opening bracket (…设计规范》（) runs on
        // however short it is.
        runs_on = (row.prose || paragraph.titles > 0)
            && (full(row.set) || line.ends_with(['（', '(', '《', '“', '〔']))
            && !is_pushed_right(row.set)
            && (indents || !ends_sentence(line));
    }
    out.text.push('\n');
    out
}

/// What the paragraph being joined holds, kept up as lines join it so that
/// no line rescans it.
#[derive(Default)]
struct Paragraph {
    /// It opens a numbered heading (二、…).
    heading: bool,
    /// A sentence ends inside it.
    ended: bool,
    /// 《 less 》: a title still open.
    titles: i64,
}

impl Paragraph {
    fn opened_by(line: &str) -> Self {
        let mut paragraph = Paragraph {
            heading: opens_heading(line),
            ..Paragraph::default()
        };
        paragraph.goes_on(line);
        paragraph
    }

    fn goes_on(&mut self, line: &str) {
        self.ended |= line.contains(ENDS);
        for c in line.chars() {
            match c {
                '《' => self.titles += 1,
                '》' => self.titles -= 1,
                _ => {}
            }
        }
    }
}

/// How a line's width is measured: a PDF sets lines by their width on the
/// page, where an ASCII char takes half a Han char's; a program that wraps
/// text counts chars.
#[derive(Debug, Clone, Copy)]
enum Measure {
    Columns,
    Chars,
}

impl Measure {
    fn of(self, line: &str) -> usize {
        match self {
            // Two columns a char but one for ASCII, counted without
            // decoding: an ASCII char is one byte.
            Measure::Columns => {
                2 * line.chars().count() - line.bytes().filter(u8::is_ascii).count()
            }
            Measure::Chars => 2 * line.chars().count(),
        }
    }
}

/// The measure and width a page was wrapped at, if it was: of the
/// widths the two measures find, and the narrowest width of a page
/// wrapped at varying widths, the one by which most lines run on.
fn wrap_width(lines: &[Line]) -> Option<(Measure, usize)> {
    let runs_on = |(measure, width): (Measure, usize)| {
        lines
            .iter()
            .filter(|l| l.prose && measure.of(l.set) + SLACK >= width && !ends_sentence(l.text))
            .count()
    };
    [Measure::Columns, Measure::Chars]
        .into_iter()
        .filter_map(|m| Some((m, width_by(lines, m)?)))
        .chain(ragged_width(lines).map(|w| (Measure::Chars, w)))
        .max_by_key(|&candidate| runs_on(candidate))
}

/// A page broken at varying widths (a converter that breaks anywhere
/// between 30 and 40 chars): two thirds of its long lines or more end
/// inside a sentence, and their widths keep close together (the fifth
/// narrowest at least three quarters of the fifth widest). Any line about
/// as wide as the fifth narrowest runs on.
fn ragged_width(lines: &[Line]) -> Option<usize> {
    let long: Vec<&str> = lines
        .iter()
        .filter(|l| l.prose && Measure::Chars.of(l.text) >= 2 * LEAST_WIDTH)
        .map(|l| l.text)
        .collect();
    let mut broken: Vec<usize> = long
        .iter()
        .filter(|l| !ends_sentence(l))
        .map(|l| Measure::Chars.of(l))
        .collect();
    if broken.len() < LEAST_FULL_LINES || broken.len() * 3 < long.len() * 2 {
        return None;
    }
    broken.sort_unstable();
    let (narrow, wide) = (broken[broken.len() / 5], broken[broken.len() * 4 / 5]);
    (narrow * 4 >= wide * 3).then_some(narrow)
}

/// The width a page was wrapped at by `measure`, if it was: the widest
/// width many lines reach, where a third
/// of the lines are that wide (the others end paragraphs or head them)
/// and most of those end inside a sentence.
fn width_by(lines: &[Line], measure: Measure) -> Option<usize> {
    let lines: Vec<&Line> = lines.iter().filter(|l| !l.text.is_empty()).collect();
    let prose: Vec<(&str, usize)> = lines
        .iter()
        .filter(|l| l.prose)
        .map(|l| (l.set, measure.of(l.set)))
        .collect();
    let mut counts: HashMap<usize, usize> = HashMap::new();
    for &(_, w) in prose.iter().filter(|&&(_, w)| w >= LEAST_WIDTH) {
        *counts.entry(w).or_default() += 1;
    }
    // The page's width: the widest width with a run of lines at or just
    // under it.
    let width = counts
        .keys()
        .copied()
        .filter(|&w| {
            let near: usize = (w.saturating_sub(SLACK)..=w)
                .map(|k| counts.get(&k).copied().unwrap_or(0))
                .sum();
            near >= LEAST_FULL_LINES
        })
        .max()?;
    let full: Vec<&str> = prose
        .iter()
        .filter(|&&(_, w)| w + SLACK >= width && w <= width)
        .map(|&(l, _)| l)
        .collect();
    let inside_sentence = full.iter().filter(|l| !ends_sentence(l)).count();
    (full.len() * 3 >= lines.len() && inside_sentence * 2 >= full.len()).then_some(width)
}

/// Page numbers, the running header (a line that follows more than one
/// page break, or follows one and opens the page; once known, wherever
/// it stands after the first page break or atop the first page), and a
/// table of contents. A page breaks at a page number or a form feed
/// (`feeds`).
fn furniture_lines(lines: &[&str], feeds: &[bool]) -> Vec<bool> {
    let mut dropped: Vec<bool> = lines
        .iter()
        .map(|l| is_page_number(l) || is_contents_entry(l))
        .collect();
    let entry_after = |i: usize| {
        lines[i + 1..]
            .iter()
            .find(|l| !l.is_empty())
            .is_some_and(|l| is_contents_entry(l))
    };
    for i in 0..lines.len() {
        if CONTENTS_HEADING.is_match(lines[i]) && entry_after(i) {
            dropped[i] = true;
        }
    }
    let next_text = |from: usize| (from..lines.len()).find(|&j| !lines[j].is_empty());
    let breaks = |i: usize| dropped[i] || feeds[i];
    let mut after_numbers: Vec<usize> = (0..lines.len())
        .filter(|&i| breaks(i))
        .filter_map(|i| next_text(i + 1))
        .collect();
    // A page number and the form feed after it break one page.
    after_numbers.dedup();
    let first = next_text(0).map(|i| lines[i]);
    for &j in &after_numbers {
        let repeated = after_numbers
            .iter()
            .filter(|&&k| lines[k] == lines[j])
            .count()
            > 1;
        if repeated || Some(lines[j]) == first || is_spread_header(lines[j]) {
            dropped[j] = true;
        }
    }
    let headers: Vec<&str> = after_numbers
        .iter()
        .filter(|&&j| dropped[j] && !is_page_number(lines[j]))
        .map(|&j| lines[j])
        .collect();
    if let Some(first_break) = (0..lines.len()).find(|&i| feeds[i] || is_page_number(lines[i])) {
        for i in first_break..lines.len() {
            dropped[i] |= headers.contains(&lines[i]);
        }
    }
    // The first page may open with the header too, when it is a gazette's
    // two parts set apart (元谋县人民政府公报　　　　2026年第2期); a header
    // that is the document's title is its headline there.
    if let Some(top) = next_text(0) {
        let two_parts =
            lines[top].trim().contains("\u{3000}\u{3000}") || lines[top].trim().contains("  ");
        dropped[top] |= two_parts && headers.contains(&lines[top]);
    }
    dropped
}

/// The end of the text's last line, as far as [`BROKEN_CODE`] reads: the
/// paragraph being joined is not scanned again for each line.
fn last_line_tail(text: &str) -> &str {
    const TAIL_CHARS: usize = 16;
    let from = text
        .char_indices()
        .rev()
        .nth(TAIL_CHARS)
        .map_or(0, |(i, _)| i);
    let tail = &text[from..];
    tail.rfind('\n').map_or(tail, |nl| &tail[nl + 1..])
}

/// A standard's or a product's code cut after its first digits (GB/T 29).
static BROKEN_CODE: LazyLock<Pattern> = lazy_regex!(r"[A-Z]{1,5}(?:/[A-Z]{1,2})?\s?\d+$");
/// A year opening a line (2026年3月5日).
static OPENS_YEAR: LazyLock<Pattern> = lazy_regex!(r"^\d{4}年");

/// Whether a line opening a page is a running header by its shape, even
/// where it heads only one page (the even pages' `2026年第5期　　　　规范性文件`):
/// two short parts set wide apart, no sentence in them, one naming the
/// gazette or its issue (公报, 第5期) and one holding no figure (a table's
/// row at the top of a page holds its figure).
fn is_spread_header(line: &str) -> bool {
    const MOST_CHARS: usize = 30;
    let parts: Vec<&str> = line
        .trim()
        .split("\u{3000}\u{3000}\u{3000}")
        .flat_map(|p| p.split("    "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    parts.len() == 2
        && parts.iter().map(|p| p.chars().count()).sum::<usize>() <= MOST_CHARS
        && !line.contains(['。', '，', '；', '：'])
        && parts.iter().any(|p| p.contains("公报") || p.contains('期'))
        && parts
            .iter()
            .any(|p| !p.contains(|c: char| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `paragraph` indented by two ideographic spaces and set in lines of
    /// `width` chars, as a PDF sets a paragraph.
    fn indented(paragraph: &str, width: usize) -> Vec<String> {
        let chars: Vec<char> = "\u{3000}\u{3000}"
            .chars()
            .chain(paragraph.chars())
            .collect();
        chars.chunks(width).map(|c| c.iter().collect()).collect()
    }

    /// Asserts that the reflowed page holds `piece`, showing the page if not.
    fn assert_holds(out: &Reflowed, piece: &str) {
        assert!(out.text.contains(piece), "{}", out.text);
    }

    /// Asserts that the reflowed page opens with `head`, showing the page if not.
    fn assert_opens(out: &Reflowed, head: &str) {
        assert!(out.text.starts_with(head), "{}", out.text);
    }

    /// The reflowed page of `head` over the usual wrapped paragraphs.
    fn reflow_under(head: &str) -> Reflowed {
        reflow(&format!("{head}{}", wrapped(&PARAGRAPHS, &[17], 4)))
    }

    /// The reflowed page of the usual wrapped paragraphs over `tail`.
    fn reflow_over(tail: &str) -> Reflowed {
        reflow(&format!("{}\n{tail}", wrapped(&PARAGRAPHS, &[17], 4)))
    }

    /// `paragraphs` wrapped at `widths` chars a line in turn, with a page
    /// number and the running header after every `page` lines.
    fn wrapped(paragraphs: &[&str], widths: &[usize], page: usize) -> String {
        let mut out = vec!["某市人民政府文件".to_string()];
        let mut n = 0;
        for p in paragraphs {
            let mut rest: Vec<char> = p.chars().collect();
            while !rest.is_empty() {
                let line: Vec<char> = rest
                    .drain(..widths[n % widths.len()].min(rest.len()))
                    .collect();
                out.push(line.iter().collect());
                n += 1;
                if n % page == 0 {
                    out.push(format!("— {} —", n / page));
                    out.push("某市人民政府文件".to_string());
                }
            }
        }
        out.join("\n")
    }

    const PARAGRAPHS: [&str; 3] = [
        "一、总体目标",
        "到2025年,全市规模以上工业单位增加值能耗较2020年下降16%,累计培育国家级绿色工厂30家以上,绿色制造体系基本建成,工业绿色发展水平明显提升。",
        "二、重点任务。加快推进重点行业节能降碳改造,实施一批节能降碳技术改造项目,推动钢铁、建材、化工等行业能效达到标杆水平,确保完成省下达的目标任务。",
    ];

    #[test]
    fn a_paragraph_number_set_apart_by_a_tab_opens_running_text() {
        // A Hong Kong paper numbers its paragraphs 1.<tab>…: the tab is no
        // cell's edge, so the first line runs on like the others.
        let numbered: Vec<String> = PARAGRAPHS[1..]
            .iter()
            .enumerate()
            .map(|(k, p)| format!("{}.\t{p}", k + 1))
            .collect();
        let numbered: Vec<&str> = numbered.iter().map(String::as_str).collect();
        let out = reflow(&wrapped(&numbered, &[17], 4));
        assert_eq!(
            out.text,
            format!("某市人民政府文件\n{}\n", numbered.join("\n"))
        );
    }

    #[test]
    fn a_form_feed_breaks_the_page_so_the_header_atop_the_first_page_goes() {
        // A cover, then each page opening with the running header after a
        // form feed; the front matter numbered in roman.
        let body = wrapped(&PARAGRAPHS, &[17], 4).replace("某市人民政府文件\n", "");
        let page = format!(
            "某区发展规划\n某区人民政府\n— I —\n\u{c}\n某区发展规划（节选）\n{}",
            body.replace("—\n", "—\n\u{c}\n某区发展规划（节选）\n")
        );
        let out = reflow(&page);
        assert_eq!(
            out.text,
            format!("某区发展规划\n某区人民政府\n{}\n", PARAGRAPHS.join("\n"))
        );
        assert!(out.removed_lines.contains(&"— I —".to_string()));
    }

    #[test]
    fn a_standards_code_and_an_open_bracket_run_on_past_the_wrap() {
        // A phone number is no code: a date below it stays apart.
        assert!(!BROKEN_CODE.is_match("联系人：李明，联系电话：0571-87654321"));
        assert!(BROKEN_CODE.is_match("和《粮油储藏技术规范》（GB/T 29"));
        let wrap = |chars: &[char]| -> Vec<String> {
            chars.chunks(28).map(|c| c.iter().collect()).collect()
        };
        let lead: Vec<char> = "\u{3000}\u{3000}4.建设高标准粮仓。严格执行国家和行业的有关规定及《粮食平房仓设计规范》（"
            .chars()
            .collect();
        let mut lines = wrap(&lead);
        lines.push("GB 50320）和《粮油储藏技术规范》（GB/T 29".to_string());
        lines.push("890），在县粮食储备库、城关粮库等库点新建高标准粮仓。".to_string());
        let body: Vec<char> = PARAGRAPHS[1..]
            .iter()
            .flat_map(|p| format!("\u{3000}\u{3000}{p}").chars().collect::<Vec<_>>())
            .collect();
        lines.extend(wrap(&body));
        let out = reflow(&lines.join("\n"));
        assert_holds(
            &out,
            "《粮食平房仓设计规范》（GB 50320）和《粮油储藏技术规范》（GB/T 29890），在县",
        );
    }

    #[test]
    fn a_header_set_in_two_parts_wide_apart_is_known_by_its_shape() {
        assert!(is_spread_header(
            "2026年第5期\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}规范性文件"
        ));
        assert!(is_spread_header("某市人民政府公报      2026年第2期"));
        // A table's row, a sentence, a heading.
        assert!(!is_spread_header(
            "3\u{3000}工伤认定平均办理时限\u{3000}28\u{3000}≤20"
        ));
        assert!(!is_spread_header(
            "班前十分钟”等培训方式。针对新就业形态劳动者，联合平台企"
        ));
        assert!(!is_spread_header("三、主要任务"));
        assert!(!is_spread_header("专精特新企业数        30家"));
    }

    #[test]
    fn a_tables_caption_opens_a_paragraph_of_its_own() {
        // Paragraphs indented, so a full line ending a sentence runs on:
        // the second one's last line is full (66 chars and the indent).
        let full_last = "加快推进重点行业节能降碳改造,实施一批节能降碳技术改造项目,推动钢铁、建材、化工等行业能效达到标杆水平,确保完成省里下达的目标任务。";
        let mut lines = Vec::new();
        for paragraph in [
            PARAGRAPHS[1],
            PARAGRAPHS[2],
            PARAGRAPHS[1],
            PARAGRAPHS[2],
            full_last,
        ] {
            lines.extend(indented(paragraph, 17));
        }
        lines.push("表1 某市国民经济和社会发展主要指标".to_string());
        lines.push("指标 2025年 2030年".to_string());
        let out = reflow(&lines.join("\n"));
        assert_holds(&out, "\n表1 某市国民经济和社会发展主要指标\n");
    }

    #[test]
    fn a_covers_title_set_over_lines_of_its_own_is_one_title() {
        let cover =
            "某市国民经济和社会发展\n第十五个五年规划纲要\n（节选）\n\n某市发展和改革委员会\n";
        let out = reflow_under(cover);
        assert_opens(
            &out,
            "某市国民经济和社会发展第十五个五年规划纲要（节选）\n某市发展和改革委员会\n",
        );
        // Lines that end in no document type are no title.
        let lines = "某市人民政府\n办公室\n\n";
        let out = reflow_under(lines);
        assert_opens(&out, "某市人民政府\n办公室\n");
    }

    #[test]
    fn a_browsers_printed_header_and_footer_go() {
        let header =
            "2026/3/2 16:05\u{3000}\u{3000}\u{3000}某市生态环境局关于印发《某市工作方案》的通知";
        let footer = |n: usize| {
            format!("https://sthjj.example.gov.cn/html/2026/31842.html\u{3000}\u{3000}{n}/2")
        };
        let page = [
            header.to_string(),
            PARAGRAPHS[1].to_string(),
            footer(1),
            header.to_string(),
            PARAGRAPHS[2].to_string(),
            footer(2),
        ]
        .join("\n");
        let out = reflow(&page);
        assert_eq!(out.text, format!("{}\n{}\n", PARAGRAPHS[1], PARAGRAPHS[2]));
    }

    #[test]
    fn a_wrapped_page_is_joined_back_into_its_paragraphs() {
        let page = wrapped(&PARAGRAPHS, &[17], 4);
        let out = reflow(&page);
        let expected = format!("某市人民政府文件\n{}\n", PARAGRAPHS.join("\n"));
        assert_eq!(out.text, expected);
        assert_eq!(
            out.removed_lines,
            vec!["— 1 —", "某市人民政府文件", "— 2 —", "某市人民政府文件"]
        );
    }

    #[test]
    fn a_section_label_set_apart_by_a_wide_space_opens_prose() {
        let section = "\u{3000}\u{3000}第二节\u{3000}提升创新能力。支持龙头企业牵头组建创新联合体，到2027年新增省级以上研发平台20个，培育科技型中小企业200家，推动产学研深度融合，加快科技成果就地转化。";
        let chars: Vec<char> = section.chars().collect();
        let lines: Vec<String> = chars.chunks(34).map(|c| c.iter().collect()).collect();
        let page = format!(
            "某开发区发展规划\n{}\n",
            vec![lines.join("\n"); 4].join("\n")
        );
        let joined = section.trim_start_matches('\u{3000}');
        assert_eq!(
            reflow(&page).text,
            format!("某开发区发展规划\n{}\n", [joined; 4].join("\n"))
        );
    }

    #[test]
    fn a_blank_line_after_a_title_ends_it() {
        // The title is wider than the page's lines, and no sentence ends it.
        let title =
            "某市人民政府办公室关于印发某市农村厕所革命提质增效三年行动方案（2026—2028年）的通知";
        let body = wrapped(&PARAGRAPHS, &[17], 4).replacen("某市人民政府文件\n", "", 1);
        let page = format!("某市人民政府文件\n{title}\n\n各县区人民政府，市政府各部门：\n{body}");
        let out = reflow(&page);
        assert_holds(&out, &format!("{title}\n各县区人民政府"));
    }

    #[test]
    fn a_title_naming_a_law_runs_on_over_a_page_break() {
        let broken =
            "部门和单位严格遵守《个人资料保护法\n\n某市人民政府文件\n\n》（第8/2005号法律）。";
        let out = reflow_over(broken);
        assert_holds(&out, "《个人资料保护法》（第8/2005号法律）。");
        // So does a sentence broken by a page after a word naming a document.
        let broken = "各地形成的修复效果评估报告和验收报告\n\n— 9 —\n\n某市人民政府文件\n\n应当依法报送备案。";
        let out = reflow_over(broken);
        assert_holds(&out, "验收报告应当依法报送备案。");
    }

    #[test]
    fn page_numbers_in_their_usual_forms() {
        for number in [
            "— 3 —",
            "-3-",
            "· 17 ·",
            "第3页",
            "第3页 共12页",
            "3/12",
            "— II —",
            "— Ⅳ —",
            "https://www.example.gov.cn/art/31842.html　　1/3",
        ] {
            assert!(is_page_number(number), "{number}");
        }
        assert!(!is_page_number("· 全市新建5G基站1200个"));
        assert!(!is_page_number("全市新建5G基站1200个。"));
        assert!(is_contents_entry("第一章 发展基础 ………………… 2"));
        assert!(!is_contents_entry("第一章 发展基础 ………………… 第2页"));
    }

    #[test]
    fn a_table_of_contents_and_every_running_header_after_the_first_break_go() {
        // The header stands after the contents too, where no page number
        // precedes it; the contents' entries end in leaders and pages.
        let page = format!(
            "某区发展规划\n— 1 —\n目  录\n前言 ………………………… 1\n第一章 发展基础 ………………… 2\n\n某区发展规划\n{}",
            wrapped(&PARAGRAPHS, &[17], 4).replacen("某市人民政府文件\n", "", 1).replace("某市人民政府文件", "某区发展规划")
        );
        let out = reflow(&page);
        assert_eq!(
            out.text,
            format!("某区发展规划\n{}\n", PARAGRAPHS.join("\n"))
        );
        assert!(out.removed_lines.contains(&"目  录".to_string()));
        assert!(out
            .removed_lines
            .contains(&"第一章 发展基础 ………………… 2".to_string()));
    }

    #[test]
    fn a_page_that_indents_its_paragraphs_runs_on_past_a_line_ending_a_sentence() {
        // The first sentence fills the indented first line exactly.
        let paragraph = "基本建成产教深度融合、校企协同育人、布局结构合理的现代职业教育体系。职业教育服务产业转型升级的能力显著增强，省级产教融合型企业达到两千家，建成高水平专业群三百个左右，匹配度明显提高。";
        let set = |p: &str| indented(p, 36);
        let mut lines = vec!["某市人民政府文件".to_string()];
        for _ in 0..6 {
            lines.extend(set(paragraph));
        }
        lines.extend(["".into(), "某市人民政府".into(), "2025年4月15日".into()]);
        let out = reflow(&lines.join("\n"));
        let body = [paragraph; 6].join("\n");
        let expected = format!("某市人民政府文件\n{body}\n某市人民政府\n2025年4月15日\n");
        assert_eq!(out.text, expected);
    }

    #[test]
    fn an_indent_after_a_heading_as_wide_as_the_page_opens_a_paragraph() {
        let paragraph = "基本建成产教深度融合、校企协同育人、布局结构合理的现代职业教育体系，职业教育服务产业转型升级的能力显著增强，省级产教融合型企业达到两千家。";
        let set = |p: &str| indented(p, 28);
        let heading = "二、聚焦目标任务，全力以赴抓好2026年各项工作";
        let mut lines = Vec::new();
        for _ in 0..4 {
            lines.extend(set(paragraph));
        }
        lines.push(format!("\u{3000}\u{3000}{heading}"));
        lines.extend(set(paragraph));
        let out = reflow(&lines.join("\n"));
        let expected = format!("{}\n{heading}\n{paragraph}\n", [paragraph; 4].join("\n"));
        assert_eq!(out.text, expected);
    }

    #[test]
    fn a_joint_documents_title_runs_on_whatever_its_spaces() {
        let title = "《中国人民银行 国家发展改革委 工业和信息化部 财政部 生态环境部 金融监管总局 中国证监会 国家外汇局关于进一步强化金融支持绿色低碳发展的指导意见》";
        let paragraph = format!("为深入贯彻落实党中央、国务院关于做好绿色金融大文章的决策部署，认真落实{title}（银发〔2024〕12号），加快构建与我省绿色低碳转型相适应的绿色金融体系，更好服务国家生态文明试验区建设，经省政府同意，现提出如下实施意见。");
        let set = |p: &str| indented(p, 34);
        let other = "加快构建与我省绿色低碳转型相适应的绿色金融体系，健全绿色金融标准体系和政策体系，推动金融机构加大对重点领域低碳转型的支持力度，提升服务质效。";
        let mut lines = Vec::new();
        for _ in 0..3 {
            lines.extend(set(other));
        }
        lines.extend(set(&paragraph));
        let out = reflow(&lines.join("\n"));
        assert_holds(&out, &format!("\n{paragraph}\n"));
    }

    #[test]
    fn a_joint_notices_first_issuers_open_its_title() {
        let head = "某省卫生健康委员会 某省教育厅 某省财政厅\n某省人力资源和社会保障厅关于加强基层卫生\n健康人才队伍建设的实施意见\n";
        let out = reflow_under(head);
        assert_opens(&out, "某省卫生健康委员会 某省教育厅 某省财政厅 某省人力资源和社会保障厅关于加强基层卫生健康人才队伍建设的实施意见\n");
        // Over two lines of issuers, set apart by ideographic spaces.
        let head = "某市人力资源和社会保障局\u{3000}某市财政局\n某市应急管理局\u{3000}某市卫生健康委员会\n关于印发《某市工伤预防五年行动计划\n（2026—2030年）》的通知\n";
        let out = reflow_under(head);
        assert_opens(&out, "某市人力资源和社会保障局\u{3000}某市财政局 某市应急管理局\u{3000}某市卫生健康委员会关于印发《某市工伤预防五年行动计划（2026—2030年）》的通知\n");
        // Side by side on the line of the last one's 关于.
        let head = "某省发展和改革委员会\u{3000}某省能源局关于印\n发《某省加快推动新型储能高质量发展实施方\n案（2026—2028年）》的通知\n";
        let out = reflow_under(head);
        assert_opens(&out, "某省发展和改革委员会\u{3000}某省能源局关于印发《某省加快推动新型储能高质量发展实施方案（2026—2028年）》的通知\n");
    }

    #[test]
    fn the_running_header_goes_atop_the_first_page_too() {
        let header = "某县人民政府公报　　　　2026年第2期";
        let body = "各乡（镇）人民政府，县直各部门：现将方案印发给你们，请认真贯彻落实。";
        let page =
            format!("{header}\n标题\n{body}\n— 1 —\n{header}\n{body}\n— 2 —\n{header}\n{body}");
        let out = reflow(&page);
        assert!(!out.text.contains("公报"), "{}", out.text);
        assert_opens(&out, "标题\n");
    }

    #[test]
    fn a_title_broken_over_short_lines_is_one_line() {
        // (the title as the PDF broke it, the title whole)
        let titles = [
            // 关于 opens it and a document type ends it.
            (
                "市政府办公室关于印发某市城市公共供水\n管网漏损治理三年行动方案（2025—2027年）\n的通知",
                "市政府办公室关于印发某市城市公共供水管网漏损治理三年行动方案（2025—2027年）的通知",
            ),
            // The plan's name ends a line before its period and the notice's type.
            (
                "市政府办公室关于印发\n某市完整社区建设三年行动方案\n（2025—2027年）的通知",
                "市政府办公室关于印发某市完整社区建设三年行动方案（2025—2027年）的通知",
            ),
            // The issuer stands on its own line above 关于….
            (
                "德州市人民政府办公室\n关于印发德州市深入推进节水型社会建设\n行动计划（2025—2027年）的通知",
                "德州市人民政府办公室关于印发德州市深入推进节水型社会建设行动计划（2025—2027年）的通知",
            ),
            // A plan's name ends a line before its type.
            (
                "某县人民政府办公室\n关于印发某县农村生活污水治理提升行动\n实施方案（2026—2027年）的通知",
                "某县人民政府办公室关于印发某县农村生活污水治理提升行动实施方案（2026—2027年）的通知",
            ),
            // A plan's period in brackets stands under its name.
            (
                "江门高新区产业园区高质量发展规划\n（2025—2030年）",
                "江门高新区产业园区高质量发展规划（2025—2030年）",
            ),
            // A title centred over lines of its own.
            (
                "          河南省加快推进农村地区充电\n             基础设施建设实施方案",
                "河南省加快推进农村地区充电基础设施建设实施方案",
            ),
        ];
        for (broken, whole) in titles {
            let page = format!("{broken}\n{}", wrapped(&PARAGRAPHS, &[17], 4));
            let out = reflow(&page);
            assert_opens(&out, &format!("{whole}\n"));
        }
    }

    #[test]
    fn a_record_opens_its_own_paragraph_after_an_unfinished_line() {
        let out = reflow_over("\u{3000}\u{3000}附件：某省农村地区充电基础设施建设主要目标分解表\n抄送：省委各部门，省人大常委会办公厅。\n");
        assert!(
            out.text.ends_with("\n附件：某省农村地区充电基础设施建设主要目标分解表\n抄送：省委各部门，省人大常委会办公厅。\n"),
            "{}",
            out.text
        );
    }

    #[test]
    fn a_signature_pushed_right_runs_on_into_nothing() {
        let signature = "\u{3000}".repeat(14);
        let out = reflow_over(&format!("{signature}某市人民政府办公室\n{signature}\u{3000}2025年3月20日\n\u{3000}\u{3000}（此件公开发布）\n"));
        assert!(
            out.text
                .ends_with("\n某市人民政府办公室\n2025年3月20日\n（此件公开发布）\n"),
            "{}",
            out.text
        );
        // A rule runs into nothing; a list under 抄送 hangs from its line.
        let rule = "─".repeat(34);
        let out = reflow_over(&format!("{rule}\n\u{3000}抄送：市委各部门，市人大常委会办公室，市政协办公室，市纪\n{signature}监委，市中级法院。\n"));
        assert!(
            out.text.ends_with(&format!("\n{rule}\n抄送：市委各部门，市人大常委会办公室，市政协办公室，市纪监委，市中级法院。\n")),
            "{}",
            out.text
        );
        // Nor does a full line without an end run on into it.
        let attachment = "\u{3000}\u{3000}附件：2025年度各县（市、区）河湖长制考核得分";
        let out = reflow_over(&format!("{attachment}\n{signature}某市人民政府办公室\n"));
        assert!(
            out.text.ends_with("考核得分\n某市人民政府办公室\n"),
            "{}",
            out.text
        );
    }

    #[test]
    fn a_page_broken_at_varying_widths_is_joined_back_too() {
        let paragraphs = [PARAGRAPHS[1], PARAGRAPHS[2], PARAGRAPHS[1], PARAGRAPHS[2]];
        let page = wrapped(&paragraphs, &[24, 27, 25, 29, 26], 100);
        let out = reflow(&page);
        let expected = format!("某市人民政府文件\n{}\n", paragraphs.join("\n"));
        assert_eq!(out.text, expected);
    }

    #[test]
    fn typed_paragraphs_are_left_alone() {
        let page = format!("{}\n", PARAGRAPHS.join("\n"));
        let out = reflow(&page);
        assert_eq!(out.text, page);
        assert!(out.removed_lines.is_empty());
        // Only a page number goes.
        let out = reflow(&format!("{page}— 1 —\n"));
        assert_eq!(out.text, page);
        assert_eq!(out.removed_lines, vec!["— 1 —"]);
    }
}
