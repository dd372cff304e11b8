//! Citations: the official documents a text names in 《…》 or 〈…〉, with
//! the document number, alias or standard code that follows the title.
//!
//! A title counts when it reads as an official document (ends in a
//! document type such as 方案, 意见, 协定, 通则, or is a dated programme
//! like 中国制造2025); newspapers and programmes (《人民日报》) do not. An
//! alias declared in “（以下简称《指南》）” or “（以下简称“方案”）” makes
//! later mentions of the alias mentions of the full title: in brackets
//! (《指南》), in quotes (“方案”) or bare where the words around it make it
//! a reference (see [`mention_span`]). One entry per cited document:
//! repeated titles, and a bare title after its dated form, add mentions.

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

use super::document::MASK;
use super::number::{ends_with, starts_with};
use super::standards::{self, FoundCode};
use crate::model::Citation;
use crate::pattern::Pattern;

/// The most chars a title in brackets may have.
const TITLE_MAX: usize = 150;

/// A Macau law's or regulation's number and year (第3/2007号法律), cited
/// before its title or in brackets after it.
const MACAU_LAW_NUMBER: &str = r"第\s*\d{1,3}/(?:19|20)\d\d\s*号(?:法律|行政法规|法令)";

/// The mainland's forms of [`DOC_NUMBER`].
const MAINLAND_DOC_NUMBER: &str = r"[\p{Han}A-Za-z]{1,12}\s*[〔\[(（【［]\s*(?:19|20)\d{2}\s*[〕\])）】］]\s*第?\s*\d{1,5}\s*号|\p{Han}{1,16}(?:[ 、]\p{Han}{1,16})?令\s*第\s*(?:\d{1,5}|[一二三四五六七八九十百〇零]{1,6})\s*号|[\p{Han}A-Za-z0-9 ]{1,20}?(?:令|公告|通告)\s*(?:19|20)\d{2}\s*年\s*第\s*\d{1,5}\s*号|\p{Han}{1,16}第\s*\d{1,5}\s*号令";

/// A document number: issuer code, year in any bracket, serial number; or
/// the number of a ministry's or the state's order, which has no year
/// (国务院国资委令第34号, 中华人民共和国主席令第十二号, two issuers'
/// 国务院 中央军委令第761号) or a year with 年 (国家发展改革委等7部门令
/// 2018年第15号, 财政部 税务总局公告2023年第7号), or puts 令 after its
/// number (东湖市人民政府第12号令); or a Macau law's number and year
/// (《道路交通法》（第3/2007号法律）).
static DOC_NUMBER: LazyLock<Pattern> =
    lazy_regex!(&format!("^(?:{MAINLAND_DOC_NUMBER}|{MACAU_LAW_NUMBER})"));

static ALIAS: LazyLock<Pattern> = lazy_regex!("^(?:以下简称|以下称|下称|简称)[:：为]?");

/// A title's own trailing parenthetical: its period (in years, with or
/// without 年: `（2025-2030）`), or that it is a trial, interim or revised
/// version. Dropping it gives the canonical title.
static OWN_PARENTHETICAL: LazyLock<Pattern> = lazy_regex!(
    "[(（][^()（）]*(?:年|(?:19|20)[0-9]{2}|试行|暂行|修订|征求意见稿|草案)[^()（）]*[)）]$"
);

/// An edition or trial status in a title's own parenthetical (`(2023年版)`,
/// `(2024年本)`, `(3.0版)`, `(第三版)`, `(试行)`): only an official document
/// is issued in editions, whatever its title ends in (…标杆水平和基准水平
/// (2023年版)).
static EDITION: LazyLock<Pattern> = lazy_regex!(
    r"[(（][^()（）]*(?:年版|年本|[\d.]+版|第[一二三四五六七八九十\d]+版|修订|修正|试行|暂行|示范文本)[^()（）]*[)）]$"
);

/// Endings of official document titles, those of Hong Kong, Macao and
/// Taiwan (策略, 蓝图, 纲领, 规例) included, and the Party's proposals for a
/// plan (…关于制定…第十五个五年规划的建议), manuals, quotas, classifications
/// and white papers (…保护状况); an order (…森林草原防火禁火令).
const DOCUMENT_TYPES: &[&str] = &[
    "方案",
    "规划",
    "意见",
    "通知",
    "办法",
    "指南",
    "目录",
    "范围",
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
    // Hong Kong's reference frameworks and directories (香港糖尿病护理参考
    // 概览, 幼稚园概览).
    "概览",
    "说明",
    "规程",
    "体系",
    "方针",
    "公报",
    "通报",
    "协议",
    "备忘录",
    "意见稿",
    "草案",
    "举措",
    "预案",
    "大纲",
    "要点",
    "策略",
    "蓝图",
    "纲领",
    "规例",
    "法典",
    "建议",
    "手册",
    "法规",
    "定额",
    "分类",
    "状况",
    "令",
    "规范条件",
    "准入条件",
    "示范文本",
    "合同文本",
    "方法学",
    // A budget (《2026-27年度财政预算案》).
    "预算案",
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

/// Words that open a reference to a document right before its bare alias
/// (要按照方案要求): prepositions, then demonstratives (按照本方案).
const REFERENCE_PREPOSITIONS: &[&str] = &["按照", "依照", "对照", "遵照", "参照", "根据", "依据"];
const DEMONSTRATIVES: &[&str] = &["上述", "前述", "本", "该", "此"];

/// Words after a bare alias that make it the document: what a document
/// does or has (方案提出, 方案实施期间, 方案的), or a particle tying it to
/// the sentence. A verb that a plan word can also be (规划建设) is not here.
const REFERENCE_FOLLOWERS: &[&str] = &[
    "提出", "明确", "指出", "要求", "规定", "强调", "实施", "包含", "包括", "涵盖", "分为", "围绕",
    "聚焦", "部署", "确定", "设定", "印发", "发布", "出台", "的", "自", "共", "中", "还", "将",
    "从", "对", "已", "是", "所",
];

/// Quotation marks around an alias; cleaning leaves them unpaired (”方案”).
const QUOTE_MARKS: &[char] = &['“', '”', '"', '‘', '’', '「', '」', '『', '』'];

/// Where an alias starts to stand for a citation: right after the
/// declaration that names it.
struct Declaration {
    from: usize,
    index: usize,
}

/// The citations of one text, given its chars, its chars with titles
/// masked (see [`super::document`]) and the standard codes in it.
pub fn extract(chars: &[char], masked: &[char], codes: &[FoundCode]) -> Vec<Citation> {
    let mut found: Vec<Citation> = Vec::new();
    let mut by_canonical: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    // Each alias with its declarations in text order: a mention refers to
    // the latest one before it.
    let mut aliases: FxHashMap<String, Vec<Declaration>> = FxHashMap::default();
    // The spans of the declarations, whose own “方案” is no mention.
    let mut declarations: Vec<[usize; 2]> = Vec::new();
    let mut consumed_until = 0;
    for [start, end] in titles(chars) {
        if start < consumed_until {
            // The 《指南》 inside “（以下简称《指南》）”.
            continue;
        }
        let title: String = chars[start + 1..end - 1]
            .iter()
            .filter(|c| !c.is_whitespace())
            .collect();
        // A document's part may follow its type after a space (《温室气体自愿
        // 减排项目方法学 造林碳汇》).
        let typed_before_part = {
            let inner = &chars[start + 1..end - 1];
            let first = inner.iter().position(|c| c.is_whitespace());
            first.is_some_and(|at| names_document_type(&inner[..at].iter().collect::<String>()))
        };
        let code_before = code_before(chars, codes, consumed_until, start);
        let mut tail = read_tail(chars, end, codes);
        tail.doc_number = tail
            .doc_number
            .or_else(|| law_number_before(chars, consumed_until, start));
        let read_until = std::mem::replace(&mut consumed_until, tail.end);
        let standard = tail
            .standard
            .clone()
            .or_else(|| code_before.map(|c| c.code.clone()));
        let index = match aliases.get(&title).and_then(|d| d.last()) {
            Some(declaration) => declaration.index,
            // A title with a standard code is a standard whatever its last
            // word (《…能源消耗限额》(GB 21256-2013)), and one with a
            // document number a policy (《…基准水平(2023年版)》(发改产业〔2023〕723号)).
            None if is_generic(&title)
                || chars[start] == '「'
                    && !(is_corner_document(&title) || acts_by_plan(chars, start, &title))
                || !(is_official(&title)
                    || typed_before_part
                    || names_law_after(chars, end)
                    || standard.is_some()
                    || tail.doc_number.is_some()) =>
            {
                // A quote in corner brackets that names no document may
                // hold a title (see [`titles`]).
                if chars[start] == '「' {
                    consumed_until = read_until;
                }
                continue;
            }
            None => entry_for(&mut found, &mut by_canonical, &title),
        };
        let citation = &mut found[index];
        citation.mentions += 1;
        citation.spans.push([start, end]);
        if citation.doc_number.is_none() {
            citation.doc_number = tail.doc_number;
        }
        if citation.standard.is_none() {
            citation.standard = standard;
        }
        if let Some(alias) = tail.alias {
            if !citation.aliases.contains(&alias) {
                citation.aliases.push(alias.clone());
            }
            declarations.push([end, tail.end]);
            aliases.entry(alias).or_default().push(Declaration {
                from: tail.end,
                index,
            });
        }
    }
    add_alias_mentions(chars, masked, &aliases, &declarations, &mut found);
    found
}

/// The number a Macau law or regulation is cited by, written before its
/// title (第3/2007号法律《道路交通法》, 第5/2011号行政法规《…》).
static LAW_NUMBER_BEFORE: LazyLock<Pattern> = lazy_regex!(&format!("{MACAU_LAW_NUMBER}$"));

/// The law number right before the title opening at `start`, after
/// `free_from` (where the title before took its tail).
fn law_number_before(chars: &[char], free_from: usize, start: usize) -> Option<String> {
    if !matches!(
        start.checked_sub(1).map(|p| chars[p]),
        Some('律' | '规' | '令')
    ) {
        return None;
    }
    let from = start.saturating_sub(16).max(free_from);
    let before: String = chars[from..start].iter().collect();
    LAW_NUMBER_BEFORE
        .find(&before)
        .map(|m| m.as_str().to_string())
}

/// The span of every title in 《…》, 〈…〉 or 「…」 with its brackets, in text
/// order and without overlaps: 1 to [`TITLE_MAX`] chars on one line with
/// no bracket of their own kind. A title ends at the first close bracket,
/// so an opening bracket can only pair with that one.
fn titles(chars: &[char]) -> Vec<[usize; 2]> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (open, close) = match chars[i] {
            '《' => ('《', '》'),
            '〈' => ('〈', '〉'),
            // Taiwan and Hong Kong quote titles in corner brackets; only the
            // ones named as documents are kept (see [`is_corner_document`]).
            '「' => ('「', '」'),
            _ => {
                i += 1;
                continue;
            }
        };
        // Room for the longest title and its close bracket.
        let after = &chars[i + 1..chars.len().min(i + 2 + TITLE_MAX)];
        match after
            .iter()
            .position(|&c| c == open || c == close || c == '\n')
        {
            Some(n) if n > 0 && after[n] == close => {
                out.push([i, i + n + 2]);
                // A quote in corner brackets is read inside too: a speaker
                // quoted in them may name a title (「要实现《…蓝图2050》…」).
                i += if open == '「' { 1 } else { n + 2 };
            }
            _ => i += 1,
        }
    }
    out
}

/// Adds the mentions of declared aliases outside brackets (“方案”, 方案提出)
/// to the citations they stand for, keeping every citation's spans in
/// text order. Aliases are found leftmost-longest, so 实施方案 wins over
/// 方案.
fn add_alias_mentions(
    chars: &[char],
    masked: &[char],
    aliases: &FxHashMap<String, Vec<Declaration>>,
    declarations: &[[usize; 2]],
    found: &mut [Citation],
) {
    if aliases.is_empty() {
        return;
    }
    let (names, declared): (Vec<&String>, Vec<&Vec<Declaration>>) = aliases.iter().unzip();
    let generic: Vec<bool> = names.iter().map(|a| is_generic(a)).collect();
    let trie = AliasTrie::new(&names);
    let mut next_declaration = 0;
    let mut start = 0;
    while start < chars.len() {
        let Some((alias, end)) = trie.longest_at(chars, start) else {
            start += 1;
            continue;
        };
        while declarations
            .get(next_declaration)
            .is_some_and(|d| d[1] <= start)
        {
            next_declaration += 1;
        }
        let in_declaration = declarations
            .get(next_declaration)
            .is_some_and(|d| d[0] <= start);
        let governing = declared[alias]
            .partition_point(|d| d.from <= start)
            .checked_sub(1);
        if masked[start] != MASK && !in_declaration {
            if let (Some(k), Some(span)) =
                (governing, mention_span(chars, start, end, generic[alias]))
            {
                let citation = &mut found[declared[alias][k].index];
                citation.mentions += 1;
                citation.spans.push(span);
            }
        }
        start = end;
    }
    for citation in found {
        citation.spans.sort_unstable();
    }
}

/// The declared aliases in a char trie: finding the longest one at a
/// position walks at most the longest alias, however many there are.
struct AliasTrie {
    edges: FxHashMap<(usize, char), usize>,
    /// The alias that ends at each node, by index.
    alias_at: Vec<Option<usize>>,
}

impl AliasTrie {
    fn new(aliases: &[&String]) -> Self {
        let mut trie = AliasTrie {
            edges: FxHashMap::default(),
            alias_at: vec![None],
        };
        for (index, alias) in aliases.iter().enumerate() {
            let mut node = 0;
            for c in alias.chars() {
                let fresh = trie.alias_at.len();
                node = *trie.edges.entry((node, c)).or_insert(fresh);
                if node == fresh {
                    trie.alias_at.push(None);
                }
            }
            trie.alias_at[node] = Some(index);
        }
        trie
    }

    /// The longest alias starting at `start`: its index and end.
    fn longest_at(&self, chars: &[char], start: usize) -> Option<(usize, usize)> {
        let mut node = 0;
        let mut longest = None;
        for (end, &c) in chars.iter().enumerate().skip(start) {
            let Some(&next) = self.edges.get(&(node, c)) else {
                break;
            };
            node = next;
            if let Some(alias) = self.alias_at[node] {
                longest = Some((alias, end + 1));
            }
        }
        longest
    }
}

/// The span of an alias found at `[start, end)` outside brackets, when it
/// is a mention. A quoted alias (“方案”) always is. A bare one must be
/// followed by what a document does or has (方案提出, 方案实施期间) or
/// end its clause; a generic one (方案, 指南, 实施方案: words any plan
/// contains) must also open its clause, possibly after a reference word
/// (按照本方案), so that 5个重点专项实施方案 or 制定创建指南 stay out.
fn mention_span(chars: &[char], start: usize, end: usize, generic: bool) -> Option<[usize; 2]> {
    let quoted = start > 0
        && QUOTE_MARKS.contains(&chars[start - 1])
        && chars.get(end).is_some_and(|c| QUOTE_MARKS.contains(c));
    if quoted {
        return Some([start - 1, end + 1]);
    }
    let followed = chars.get(end).is_none_or(|&c| is_boundary(c))
        || REFERENCE_FOLLOWERS
            .iter()
            .any(|w| starts_with(chars, end, w));
    let opens = !generic || opens_reference(chars, start);
    (followed && opens).then_some([start, end])
}

/// Whether the words before `at` open a reference, after an optional
/// demonstrative: a preposition, or a clause boundary (a demonstrative
/// alone is not enough: the 本 of 基本方案 is part of a word).
fn opens_reference(chars: &[char], mut at: usize) -> bool {
    if let Some(word) = DEMONSTRATIVES.iter().find(|w| ends_with(chars, at, w)) {
        at -= word.chars().count();
    }
    REFERENCE_PREPOSITIONS
        .iter()
        .any(|w| ends_with(chars, at, w))
        || at == 0
        || is_boundary(chars[at - 1])
}

/// Punctuation, brackets, quotes or space: not part of a word.
fn is_boundary(c: char) -> bool {
    !c.is_alphanumeric()
}

/// The index of the entry for `title`, created if new. A bare title and its
/// dated or trial form are one document; two different periods are two.
/// `by_canonical` lists the entries of each canonical title.
fn entry_for(
    found: &mut Vec<Citation>,
    by_canonical: &mut FxHashMap<String, Vec<usize>>,
    title: &str,
) -> usize {
    let canonical = canonical(title);
    let entries = by_canonical.entry(canonical.clone()).or_default();
    let same = entries.iter().copied().find(|&i| {
        let c = &found[i];
        c.title == title || c.title == canonical || title == canonical
    });
    match same {
        Some(index) => {
            if title.chars().count() > found[index].title.chars().count() {
                found[index].title = title.to_string();
            }
            index
        }
        None => {
            entries.push(found.len());
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

/// The title without its trailing period and version parentheticals
/// (`…行动方案（2025—2027年）（征求意见稿）`), so the same policy merges
/// across documents.
pub fn canonical(title: &str) -> String {
    let mut title = title;
    // The parentheticals close the title: no other title has one.
    while title.ends_with([')', '）']) {
        match OWN_PARENTHETICAL.find(title) {
            Some(m) => title = &title[..m.start()],
            None => break,
        }
    }
    title.to_string()
}

/// Whether `title` ends in the name of a kind of document (…的通知,
/// …行动方案): what an official title ends in. A study a government had
/// made names its subject at length (雨水排放整体计划检讨研究, 油麻地及旺角地区
/// 研究); a short one is a journal's or a book's (《经济研究》).
pub fn names_document_type(title: &str) -> bool {
    /// The fewest chars a study's subject takes.
    const STUDY_SUBJECT_CHARS: usize = 6;
    let study = title
        .strip_suffix("研究")
        .is_some_and(|subject| subject.chars().count() >= STUDY_SUBJECT_CHARS);
    study || DOCUMENT_TYPES.iter().any(|t| title.ends_with(t))
}

fn is_official(title: &str) -> bool {
    let bare = canonical(title);
    let bare = bare.trim_end_matches(QUOTES);
    let dated_programme = bare.len() > 4 && bare.chars().rev().take(4).all(|c| c.is_ascii_digit());
    let typed = without_version(bare).unwrap_or(bare);
    dated_programme
        || names_document_type(typed)
        || without_part(typed).is_some_and(names_document_type)
        || EDITION.is_match(title.trim_end_matches(QUOTES))
}

/// A title without the part of a document it names in a closing
/// parenthetical (植物检疫条例实施细则(林业部分) → 植物检疫条例实施细则), if
/// it ends in one.
fn without_part(title: &str) -> Option<&str> {
    static PART: LazyLock<Pattern> = lazy_regex!("[(（][^()（）]{1,8}部分[)）]$");
    PART.find(title).map(|m| &title[..m.start()])
}

/// A title without the version number it ends in (长照十年计划2.0 →
/// 长照十年计划), if it ends in one.
fn without_version(title: &str) -> Option<&str> {
    let bare = title.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    (bare.len() < title.len() && title.ends_with(|c: char| c.is_ascii_digit())).then_some(bare)
}

/// Whether a title in corner brackets names a law, a rule or a plan's
/// text: Hong Kong and Taiwan quote the names of schemes that way too
/// (「绿色专线小巴试验计划」), which are programmes, not documents. A plan
/// dated by its period (「国家发展计划（114至117年）」) or its version
/// (「长照十年计划2.0」) is a plan's text.
fn is_corner_document(title: &str) -> bool {
    const CORNER_TYPES: &[&str] = &[
        "法",
        "条例",
        "办法",
        "规定",
        "规则",
        "细则",
        "说明",
        "规划",
        "纲要",
        "方案",
        "标准",
        "准则",
        "指引",
        "要点",
        "白皮书",
    ];
    let dated_period = title.ends_with(['）', ')'])
        && title
            .rfind(['（', '('])
            .is_some_and(|open| title[open..].contains('年'));
    let versioned = without_version(title).is_some_and(|t| t.ends_with("计划"));
    dated_period || versioned || CORNER_TYPES.iter().any(|t| title.ends_with(t))
}

/// Whether a plan in corner brackets is one that work goes by (依据「花莲县
/// 净零转型推动计划」): a scheme is run, a plan's text is followed.
fn acts_by_plan(chars: &[char], open: usize, title: &str) -> bool {
    const BY: &[&str] = &["依据", "根据", "依照", "按照", "遵照", "依"];
    title.ends_with("计划") && BY.iter().any(|w| ends_with(chars, open, w))
}

/// Whether the word after a title's close names it a law (《限制提供塑胶袋》
/// 法律, 《…》行政法规), as Macau and Hong Kong cite laws whose titles end
/// in no document type.
fn names_law_after(chars: &[char], at: usize) -> bool {
    const LAW_WORDS: &[&str] = &["法律", "行政法规", "法令", "法案", "条例"];
    LAW_WORDS.iter().any(|w| starts_with(chars, at, w))
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

/// The code written right before a title (GB/T 32161《…》), with nothing
/// but space on the same line between, unless the tail of the title before, which ends at
/// `free_from`, took it (《甲》GB 1-2020和《乙》). Codes are in text order,
/// so a binary search keeps this linear in the titles.
fn code_before<'a>(
    chars: &[char],
    codes: &'a [FoundCode],
    free_from: usize,
    start: usize,
) -> Option<&'a FoundCode> {
    let last = codes.partition_point(|c| c.end <= start).checked_sub(1)?;
    let code = &codes[last];
    let adjacent = chars[code.end..start].iter().all(|&c| is_space(c));
    (adjacent && code.start >= free_from).then_some(code)
}

/// The code starting at `at`, after any space: a code written after a
/// title without brackets (《…》GB 55015-2021).
fn code_at<'a>(chars: &[char], codes: &'a [FoundCode], at: usize) -> Option<&'a FoundCode> {
    let at = skip_space(chars, at);
    codes
        .get(codes.partition_point(|c| c.start < at))
        .filter(|c| c.start == at)
}

/// Skips space within the line: what follows a title is on its line.
fn skip_space(chars: &[char], mut at: usize) -> usize {
    while chars.get(at).is_some_and(|&c| is_space(c)) {
        at += 1;
    }
    at
}

fn is_space(c: char) -> bool {
    c.is_whitespace() && c != '\n'
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

fn read_tail(chars: &[char], mut at: usize, codes: &[FoundCode]) -> Tail {
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
    // So may a code, before any parenthetical.
    if let Some(code) = code_at(chars, codes, at) {
        tail.standard = Some(code.code.clone());
        at = code.end;
        tail.end = at;
    }
    for _ in 0..3 {
        at = skip_space(chars, at);
        let Some((inner, close)) = parenthetical(chars, at) else {
            break;
        };
        let inner: String = inner.iter().collect();
        // One parenthetical may hold several parts: (浙政办发〔2023〕18号，以下简称《行动计划》).
        let read_all = inner
            .split([',', '，', ';', '；'])
            .all(|part| read_part(part.trim(), &mut tail));
        if !read_all {
            break;
        }
        at = close + 1;
        tail.end = at;
    }
    tail
}

/// The title inside `text` when `text` is one title in 《》 and nothing
/// else (《更新版路线图》).
pub fn bare_title(text: &str) -> Option<&str> {
    text.strip_prefix('《')
        .and_then(|t| t.strip_suffix('》'))
        .filter(|t| !t.is_empty() && !t.contains(['《', '》']))
}

/// Reads one part of a parenthetical after a title into `tail`: an alias
/// declaration (or a short name alone in its own brackets), a document number, a standard code or the title's own
/// period or version. False when it is none of these.
fn read_part(part: &str, tail: &mut Tail) -> bool {
    // A bare title in the brackets is a short name too: 《…路线图（2026年
    // 更新版）》（《更新版路线图》）.
    let bare = bare_title(part);
    if let Some(m) = ALIAS.find(part) {
        tail.alias =
            Some(part[m.end()..].trim_matches(QUOTES).to_string()).filter(|a| !a.is_empty());
    } else if let Some(alias) = bare {
        tail.alias = Some(alias.to_string());
    } else if let Some(number) = DOC_NUMBER.find(part).filter(|m| m.end() == part.len()) {
        tail.doc_number = Some(number.as_str().to_string());
    } else if let Some(code) = standards::parse_code(part) {
        tail.standard = Some(code);
    } else {
        return OWN_PARENTHETICAL.is_match(&format!("({part})"));
    }
    true
}

/// A document number starting exactly at `at`.
fn doc_number_at(chars: &[char], at: usize) -> Option<String> {
    let ahead = &chars[at.min(chars.len())..(at + 30).min(chars.len())];
    // Every document number ends in 号.
    if !ahead.contains(&'号') {
        return None;
    }
    let ahead: String = ahead.iter().collect();
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
    use crate::extract::document::Document;

    fn cite(text: &str) -> Vec<Citation> {
        let doc = Document::new(text);
        extract(&doc.chars, &doc.masked, &standards::find(&doc.chars))
    }

    #[test]
    fn titles_pair_with_their_first_close() {
        let spans = |s: &str| titles(&s.chars().collect::<Vec<_>>());
        assert_eq!(spans("《甲《乙》〈丙《丁》〉"), vec![[2, 5], [5, 11]]);
        assert!(spans("《》《甲\n》").is_empty());
        let long = format!("《{}》", "甲".repeat(TITLE_MAX));
        assert_eq!(spans(&long), vec![[0, TITLE_MAX + 2]]);
        assert!(spans(&format!("《{}》", "甲".repeat(TITLE_MAX + 1))).is_empty());
    }

    #[test]
    fn a_quote_in_corner_brackets_a_short_name_in_brackets_and_a_code() {
        let text = "局长表示：「要实现《香港气候行动蓝图2050》定下的目标。」政府公布《香港电动车普及化路线图（2026年更新版）》（《更新版路线图》）。《更新版路线图》提出，依据《中华人民共和国民法典》有关规定办理。";
        let found = cite(text);
        let titles: Vec<(&str, &[String], usize)> = found
            .iter()
            .map(|c| (c.title.as_str(), c.aliases.as_slice(), c.mentions))
            .collect();
        assert_eq!(
            titles,
            [
                ("香港气候行动蓝图2050", &[][..], 1),
                (
                    "香港电动车普及化路线图（2026年更新版）",
                    &["更新版路线图".to_string()][..],
                    2
                ),
                ("中华人民共和国民法典", &[][..], 1),
            ]
        );
    }

    #[test]
    fn proposals_manuals_quotas_and_classifications_are_cited() {
        let text = "全会审议通过了《中共长沙市雨花区委关于制定雨花区国民经济和社会发展第十五个五年规划的建议》，并按《雨水渠设计手册》《宁夏回族自治区有关行业用水定额》《战略性新兴产业分类（2018）》《河南省中小学生校外培训服务合同（示范文本）》执行。";
        let titles: Vec<String> = cite(text).into_iter().map(|c| c.title).collect();
        assert_eq!(titles.len(), 5, "{titles:?}");
        // A work's title is none.
        assert!(cite("观看了《山河星火》。").is_empty());
        // Conditions, model texts, methodologies and numbered editions are
        // documents too.
        let text = "符合《新能源汽车废旧动力电池综合利用行业规范条件》，制定《邢台市户用光伏屋顶租赁合同示范文本》，按照《温室气体自愿减排项目方法学 造林碳汇》，执行《全国税务机关纳税服务规范（3.0版）》。";
        let titles: Vec<String> = cite(text).into_iter().map(|c| c.title).collect();
        assert_eq!(titles.len(), 4, "{titles:?}");
        // And a part of one.
        let titles: Vec<String> = cite("严格执行《植物检疫条例实施细则(林业部分)》。")
            .into_iter()
            .map(|c| c.title)
            .collect();
        assert_eq!(titles, ["植物检疫条例实施细则(林业部分)"]);
        let text = "参照《香港糖尿病护理参考概览》和《国家基本公共卫生服务规范（第三版）》。";
        let titles: Vec<String> = cite(text).into_iter().map(|c| c.title).collect();
        assert_eq!(titles.len(), 2, "{titles:?}");
        // So is a budget.
        let text = "政府已在《2026-27年度财政预算案》中预留HK$2.3亿元。";
        let titles: Vec<String> = cite(text).into_iter().map(|c| c.title).collect();
        assert_eq!(titles, ["2026-27年度财政预算案"]);
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
    fn a_draft_of_a_dated_plan_is_a_citation() {
        let text = "起草了《成都市再生水利用提升行动方案（2025—2027年）（征求意见稿）》（以下简称《行动方案》）。《行动方案》提出目标。";
        let found = cite(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].canonical, "成都市再生水利用提升行动方案");
        assert_eq!(found[0].mentions, 2);
    }

    #[test]
    fn odd_quotes_and_generic_titles() {
        let text = "《重庆市实施方案》(以下简称”方案”)。3个《办法》出台，《方案》明确。";
        let found = cite(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].aliases, vec!["方案"]);
        assert_eq!(found[0].mentions, 2);
    }

    /// The text of each mention of the citation titled `title`.
    fn mentions(text: &str, title: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        let found = cite(text);
        let citation = found.iter().find(|c| c.title == title).unwrap();
        assert_eq!(citation.mentions, citation.spans.len());
        citation
            .spans
            .iter()
            .map(|s| chars[s[0]..s[1]].iter().collect())
            .collect()
    }

    #[test]
    fn quoted_and_bare_aliases_are_mentions() {
        let text = "印发《江苏省工业领域节能降碳实施方案》(以下简称“方案”)。方案实施期间，各市要按照方案要求，”方案”还明确，本方案自印发之日起施行，根据该方案的部署推进。";
        assert_eq!(
            mentions(text, "江苏省工业领域节能降碳实施方案"),
            vec![
                "《江苏省工业领域节能降碳实施方案》",
                "方案",
                "方案",
                "”方案”",
                "方案",
                "方案"
            ]
        );
        let text = "《绿色制造工程实施指南(2016-2020年)》(以下简称《指南》)。按照《指南》要求，指南提出，“指南”明确。";
        assert_eq!(mentions(text, "绿色制造工程实施指南(2016-2020年)").len(), 4);
    }

    #[test]
    fn generic_words_are_not_alias_mentions() {
        // Before its declaration, inside another title, inside a compound
        // (实施方案, 基本方案, 创建指南), or used as a verb or modifier
        // (方案设计), the word is not the alias.
        let text = "方案提出。《宁波市绿色工厂实施方案》(以下简称“方案”)。各县制定实施方案，报送基本方案和《园区建设方案》，方案设计要科学，制定绿色工厂创建指南。";
        assert_eq!(
            mentions(text, "宁波市绿色工厂实施方案"),
            vec!["《宁波市绿色工厂实施方案》"]
        );
        // A distinctive alias needs no opening word, only a following one.
        let text = "《大气污染防治行动计划》(以下简称“大气十条”)，落实大气十条，大气十条实施以来成效明显，大气十条款项另计。";
        assert_eq!(mentions(text, "大气污染防治行动计划").len(), 3);
    }

    #[test]
    fn a_mention_refers_to_the_latest_declaration() {
        let text = "《甲省节水方案》(以下简称“方案”)，方案提出节水。《乙市节能方案》(以下简称“方案”)，方案提出节能。";
        assert_eq!(
            mentions(text, "甲省节水方案"),
            vec!["《甲省节水方案》", "方案"]
        );
        assert_eq!(
            mentions(text, "乙市节能方案"),
            vec!["《乙市节能方案》", "方案"]
        );
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
    fn number_and_alias_in_one_parenthetical() {
        let found = cite("印发《浙江省数字经济行动计划(2023—2025年)》(浙政办发〔2023〕18号,以下简称《行动计划》)。对照《行动计划》落实。");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].doc_number.as_deref(), Some("浙政办发〔2023〕18号"));
        assert_eq!(found[0].aliases, vec!["行动计划"]);
        assert_eq!(found[0].mentions, 2);
    }

    #[test]
    fn orders_and_standards_of_any_name() {
        let found = cite("《中央企业投资监督管理办法》（国务院国资委令第34号）、《粗钢生产主要工序单位产品能源消耗限额》（GB 21256-2013）和《钢铁工业大气污染物排放标准》（DB41/ 2178—2021）");
        assert_eq!(found[0].doc_number.as_deref(), Some("国务院国资委令第34号"));
        // Two issuers of one order, apart by a space.
        let joint = cite(
            "《无人驾驶航空器飞行管理暂行条例》（国务院 中央军委令第761号）自2024年1月1日起施行。",
        );
        assert_eq!(
            joint[0].doc_number.as_deref(),
            Some("国务院 中央军委令第761号")
        );
        assert_eq!(found[1].standard.as_deref(), Some("GB 21256"));
        assert_eq!(found[2].standard.as_deref(), Some("DB41/2178"));
    }

    #[test]
    fn a_code_after_a_title_is_its_own() {
        let found = cite("执行《建筑节能与可再生能源利用通用规范》GB 55015-2021和《建筑环境通用规范》GB 55016-2021，涂料应符合《环境标志产品技术要求　水性涂料》HJ 2537-2014的要求。");
        let standards: Vec<(&str, Option<&str>)> = found
            .iter()
            .map(|c| (c.title.as_str(), c.standard.as_deref()))
            .collect();
        assert_eq!(
            standards,
            vec![
                ("建筑节能与可再生能源利用通用规范", Some("GB 55015")),
                ("建筑环境通用规范", Some("GB 55016")),
                ("环境标志产品技术要求水性涂料", Some("HJ 2537")),
            ]
        );
        // What follows a title is on its line.
        let found = cite("《建筑环境通用规范》\nGB 55016-2021的要求。");
        assert_eq!(found[0].standard, None);
    }

    #[test]
    fn a_code_before_a_title_only_when_adjacent() {
        let found = cite("按照GB/T 19022—2003《测量管理体系　测量过程和测量设备的要求》建立体系。");
        assert_eq!(found[0].standard.as_deref(), Some("GB/T 19022"));
        let found = cite("执行GB 50189和《绿色建筑评价标准》。");
        assert_eq!(found[0].standard, None);
        // Nor when the title before took it in its parenthetical.
        let found = cite("《公共建筑节能设计标准》（GB 50189）《绿色建筑评价标准》");
        assert_eq!(found[1].standard, None);
    }

    #[test]
    fn strategies_and_blueprints_are_documents() {
        let found =
            cite("按《房屋条例》（第283章）及《长远房屋策略》的原则，落实《香港智慧城市蓝图》。");
        let titles: Vec<&str> = found.iter().map(|c| c.title.as_str()).collect();
        assert_eq!(titles, vec!["房屋条例", "长远房屋策略", "香港智慧城市蓝图"]);
        let found = cite("修订完善《江西省防汛抗旱应急预案》，落实《全民健身计划实施大纲》。");
        let titles: Vec<&str> = found.iter().map(|c| c.title.as_str()).collect();
        assert_eq!(
            titles,
            vec!["江西省防汛抗旱应急预案", "全民健身计划实施大纲"]
        );
        // A government's study names its subject at length; a journal
        // does not.
        let found = cite("按《雨水排放整体计划检讨研究》推展工程，见《经济研究》。");
        let titles: Vec<&str> = found.iter().map(|c| c.title.as_str()).collect();
        assert_eq!(titles, vec!["雨水排放整体计划检讨研究"]);
    }

    #[test]
    fn a_macau_law_is_numbered_before_its_title() {
        let found =
            cite("研究修订第3/2007号法律《道路交通法》的相关规定,并依照《道路交通法》执行。");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].doc_number.as_deref(), Some("第3/2007号法律"));
        assert_eq!(found[0].mentions, 2);
    }

    #[test]
    fn corner_brackets_quote_a_document_when_it_is_named_one() {
        let found = cite("交通部依据「大众运输事业补贴办法」给予补助，推动「全面电动化」目标，推出「绿色专线小巴试验计划」。");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].title, "大众运输事业补贴办法");
        let dated = cite("纳入「国家发展计划（114至117年）」之韧性供水重点工作。");
        assert_eq!(dated.len(), 1);
        let more = cite("延续「长照十年计划2.0」并参考「高龄社会白皮书」。");
        assert_eq!(more.len(), 2);
        let macau = cite("依据《道路交通法》（第3/2007号法律）处罚。");
        assert_eq!(macau[0].doc_number.as_deref(), Some("第3/2007号法律"));
        let points = cite("依「农业部农产品冷链物流设施补助作业要点」办理。");
        assert_eq!(points[0].title, "农业部农产品冷链物流设施补助作业要点");
        // A plan that work goes by is its text; one that is launched, a scheme.
        let by = cite("依据「花莲县净零转型推动计划」，推出「绿色专线小巴试验计划」。");
        let titles: Vec<&str> = by.iter().map(|c| c.title.as_str()).collect();
        assert_eq!(titles, vec!["花莲县净零转型推动计划"]);
    }

    #[test]
    fn a_title_named_a_law_by_the_word_after_it_is_cited() {
        let found = cite("《限制提供塑胶袋》法律实施以来，塑胶袋用量下降。《澳门日报》报道。");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].title, "限制提供塑胶袋");
    }

    #[test]
    fn a_scope_of_what_a_policy_covers_is_a_document() {
        let found =
            cite("我县执行《山东省2024—2026年农机购置与应用补贴机具种类范围》，共涵盖15大类。");
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].title,
            "山东省2024—2026年农机购置与应用补贴机具种类范围"
        );
    }

    #[test]
    fn a_period_in_years_without_nian_is_the_titles_own() {
        let found = cite("特区政府公布《澳门电动车推广及充电设施发展计划（2025-2030）》（下称《计划》），《计划》落实《澳门环境保护规划（2021-2025）》。");
        let titles: Vec<(&str, &str)> = found
            .iter()
            .map(|c| (c.title.as_str(), c.canonical.as_str()))
            .collect();
        assert_eq!(
            titles,
            vec![
                (
                    "澳门电动车推广及充电设施发展计划（2025-2030）",
                    "澳门电动车推广及充电设施发展计划"
                ),
                ("澳门环境保护规划（2021-2025）", "澳门环境保护规划"),
            ]
        );
        assert_eq!(found[0].aliases, vec!["计划"]);
    }

    #[test]
    fn work_points_and_editions_are_documents() {
        let found = cite("现将《绵阳市2025年节能降碳工作要点》转发给你们。对标《工业重点领域能效标杆水平和基准水平(2023年版)》,不看《人民日报》。");
        let titles: Vec<&str> = found.iter().map(|c| c.title.as_str()).collect();
        assert_eq!(
            titles,
            vec![
                "绵阳市2025年节能降碳工作要点",
                "工业重点领域能效标杆水平和基准水平(2023年版)"
            ]
        );
    }

    #[test]
    fn number_after_own_parenthetical() {
        let found = cite("《唐山市机器人产业发展规划(2023-2035年)》（试行）(唐环新〔2023〕1号)");
        assert_eq!(found[0].doc_number.as_deref(), Some("唐环新〔2023〕1号"));
        assert_eq!(found[0].canonical, "唐山市机器人产业发展规划");
    }

    #[test]
    fn numbers_of_orders_and_announcements() {
        for (text, number) in [
            (
                "《重点用能单位节能管理办法》(国家发展改革委等7部门令2018年第15号)",
                "国家发展改革委等7部门令2018年第15号",
            ),
            (
                "《关于研发费用的公告》(财政部 税务总局公告2023年第7号)",
                "财政部 税务总局公告2023年第7号",
            ),
            (
                "《东湖市科学技术奖励办法》(东湖市人民政府第12号令)",
                "东湖市人民政府第12号令",
            ),
        ] {
            let found = cite(text);
            assert_eq!(
                found.first().and_then(|c| c.doc_number.as_deref()),
                Some(number),
                "{text}"
            );
        }
        // A title with a number is a policy whatever its last word.
        let found = cite("《能效标杆水平和基准水平(2023年版)》(发改产业〔2023〕723号)");
        assert_eq!(
            found[0].doc_number.as_deref(),
            Some("发改产业〔2023〕723号")
        );
    }
}
