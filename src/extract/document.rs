//! The char-indexed view of one text that every extractor reads: the
//! chars, a copy with the inside of each 《…》 title blanked, the sentences
//! and clauses, and the quantities found outside titles.

use std::sync::LazyLock;

use crate::pattern::Pattern;

use super::clause::{self, Clause, Sentence};
use super::number::{self, Numeral, Quantity};
use super::period;

/// Stands in for each char inside a 《…》 or 〈…〉 title in [`Document::masked`].
pub const MASK: char = '〓';

/// The longest `sentence` a record carries, in chars.
pub const CONTEXT: usize = 400;

pub struct Document {
    pub chars: Vec<char>,
    /// `chars` with every title's inside replaced by [`MASK`], so that the
    /// 2025 of 《中国制造2025》 or the 2030年前 of 《2030年前碳达峰行动方案》
    /// is neither a figure nor a deadline, and with a line break after
    /// each heading that runs on into its body (see
    /// [`period::break_run_on_headings`]).
    pub masked: Vec<char>,
    pub sentences: Vec<Sentence>,
    /// Whether each sentence stands in a note (注：…, 说明：…), which
    /// defines terms under a table and neither sets goals nor counts.
    pub in_note: Vec<bool>,
    /// Every quantity of `masked`, in order, but those that are no
    /// figure: in short quoted names ([`in_quoted_name`]), ages naming
    /// whom a noun is of, ranks and the things ranked ([`drop_ranks`]),
    /// the 一 of a refrain and how many departments issued a document.
    pub quantities: Vec<Quantity>,
    /// `chars` and `masked` as strings, with the byte offset of each char
    /// (and of the end), so that the markers every extractor looks up are
    /// found in slices instead of a string collected per look-up.
    text_str: Indexed,
    masked_str: Indexed,
}

/// A string with the byte offset of each of its chars, and of its end
/// (`u32`: ingest refuses files over 64 MiB).
struct Indexed {
    string: String,
    byte_at: Vec<u32>,
}

impl Indexed {
    /// `text` itself, indexed.
    fn of_text(text: &str) -> Self {
        let mut byte_at = Vec::with_capacity(text.len() + 1);
        byte_at.extend(text.char_indices().map(|(at, _)| at as u32));
        byte_at.push(text.len() as u32);
        Indexed {
            string: text.to_owned(),
            byte_at,
        }
    }

    /// `chars` as a string, indexed.
    fn of_chars(chars: &[char]) -> Self {
        let mut string = String::with_capacity(chars.len() * 3);
        let mut byte_at = Vec::with_capacity(chars.len() + 1);
        for &c in chars {
            byte_at.push(string.len() as u32);
            string.push(c);
        }
        byte_at.push(string.len() as u32);
        Indexed { string, byte_at }
    }

    fn slice(&self, start: usize, end: usize) -> &str {
        &self.string[self.byte_at[start.min(end)] as usize..self.byte_at[end] as usize]
    }
}

impl Document {
    pub fn new(text: &str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let mut masked = mask_titles(&chars);
        period::break_run_on_headings(&mut masked);
        let sentences = clause::sentences(&masked);
        let in_note = notes(&masked, &sentences);
        let mut quantities = number::scan(&masked);
        drop_ranks(&masked, &mut quantities);
        quantities.retain(|q| {
            !in_quoted_name(&masked, q)
                && !in_definition(&masked, q)
                && !names_an_age(&masked, q)
                && !names_a_format(&masked, q)
                && !names_degrees(&masked, q)
                && !in_refrain(&masked, q)
                && !names_issuers(&masked, q)
                && !is_share_of_plan(&masked, q)
                && !is_typical(&masked, q)
        });
        Document {
            text_str: Indexed::of_text(text),
            masked_str: Indexed::of_chars(&masked),
            chars,
            masked,
            sentences,
            in_note,
            quantities,
        }
    }

    /// The original text of `[start, end)`.
    pub fn text(&self, start: usize, end: usize) -> &str {
        self.text_str.slice(start, end)
    }

    /// The words after a figure at `from` in which a change it starts
    /// arrives (…提高到): a few chars of its clause, or of the next one
    /// when the figure closes its own (由106年的10.7万人，成长至113年的…).
    pub fn change_after(&self, sentence: &Sentence, clause: &Clause, from: usize) -> &str {
        const LEAD_CHARS: usize = 8;
        let closes_clause = self
            .text(from, clause.end)
            .trim_end_matches(['，', ','])
            .is_empty();
        match sentence.clause_after(clause) {
            Some(next) if closes_clause => self.text(from, next.end.min(next.start + LEAD_CHARS)),
            _ => self.text(from, clause.end.min(from + LEAD_CHARS)),
        }
    }

    /// The masked text of `[start, end)`, for looking up markers.
    pub fn masked_text(&self, start: usize, end: usize) -> &str {
        self.masked_str.slice(start, end)
    }

    /// The sentence a record was found in, for its `sentence` field. A
    /// sentence longer than [`CONTEXT`] chars (a table flattened into one
    /// line) is cut to a window around `span`, so output stays linear.
    pub fn context(&self, sentence: &Sentence, span: [usize; 2]) -> String {
        if sentence.end - sentence.start <= CONTEXT {
            return self.text(sentence.start, sentence.end).to_string();
        }
        let start = span[0].saturating_sub(CONTEXT / 2).max(sentence.start);
        let end = (span[1] + CONTEXT / 2).min(sentence.end);
        self.text(start, end).to_string()
    }

    /// Whether `q` is an article (一件事) or a class's name (三类医疗器械,
    /// but not the bound of 四类以上营运船舶) opening a noun, not a figure.
    pub fn is_in_noun(&self, q: &Quantity) -> bool {
        self.masked
            .get(q.end)
            .copied()
            .is_some_and(crate::lm::is_han)
            && (q.is_indefinite() || q.names_class() && q.bound == crate::model::Bound::Exact)
    }

    /// The quantities that start inside `[start, end)`.
    pub fn quantities_in(&self, start: usize, end: usize) -> &[Quantity] {
        let from = self.quantities.partition_point(|q| q.start < start);
        let to = self.quantities.partition_point(|q| q.start < end);
        &self.quantities[from..to.max(from)]
    }
}

/// Whether `q` is an age naming whom a noun is of (6岁儿童, 0-6岁婴幼儿,
/// 60岁以上老年人), not a figure: an age as a figure ends its phrase
/// (人均预期寿命达到80岁。).
fn names_an_age(chars: &[char], q: &Quantity) -> bool {
    q.unit == "岁" && chars.get(q.end).is_some_and(|&c| crate::lm::is_han(c))
}

/// What a share of the plan done follows (年度任务的, 计划的), and the words
/// that say it again (…的百分之七十八，也就是78%).
static SHARE_OF_PLAN: LazyLock<Pattern> =
    lazy_regex!("(?:任务|计划|目标)(?:总量)?的(?:[^，。；]{1,12}[，,](?:也就是说?|亦即|即))?$");

/// Whether `q` is how much of a plan is done (目前已完成年度任务的12%,
/// 完成年度计划的106.2%): the plan's progress, neither a level reached nor
/// a goal of its own, and no sign that the sentence's other figures report.
fn is_share_of_plan(chars: &[char], q: &Quantity) -> bool {
    /// Chars before the figure that may hold the share's words.
    const LOOK_BACK: usize = 30;
    // (The words end in 的, 是, 说 or 即 right before the figure: most
    // figures need no string.)
    let ends_right = q
        .start
        .checked_sub(1)
        .is_some_and(|i| matches!(chars[i], '的' | '是' | '说' | '即'));
    q.unit == "%" && ends_right && words_before_match(chars, q, LOOK_BACK, &SHARE_OF_PLAN)
}

/// Whether the `look_back` chars before `q` end in words `pattern` (which
/// ends in `$`) matches.
fn words_before_match(chars: &[char], q: &Quantity, look_back: usize, pattern: &Pattern) -> bool {
    let before: String = chars[q.start.saturating_sub(look_back)..q.start]
        .iter()
        .collect();
    pattern.is_match(&before)
}

/// What a typical size or range follows (面积一般在400平方米至10000平方米之
/// 间, 通常为3至5人): a description of what a thing is, in its clause.
static TYPICAL: LazyLock<Pattern> = lazy_regex!("(?:一般|通常|大多)(?:在|为|是)[^，。；,;]{0,20}$");

/// Whether `q` gives what is typical of a thing, not a figure of it.
fn is_typical(chars: &[char], q: &Quantity) -> bool {
    /// Chars before the figure that may hold the words.
    const LOOK_BACK: usize = 24;
    let window = &chars[q.start.saturating_sub(LOOK_BACK)..q.start];
    // (Most figures have none of the words' second chars near: no string.)
    window.iter().any(|c| matches!(c, '般' | '常' | '多'))
        && words_before_match(chars, q, LOOK_BACK, &TYPICAL)
}

/// Whether `q` names a format (11人制足球场, 三年制大专, 两部制水价): how
/// a thing is played, taught or priced, not how many (组织专家5人制定细则
/// and 破解10项制约因素 count).
fn names_a_format(chars: &[char], q: &Quantity) -> bool {
    // (Units a format counts in; a count before 制药, 制种, 制氢 is of the
    // things: 12家制药企业.)
    matches!(
        q.unit,
        "人" | "年" | "部" | "班" | "轨" | "级" | "段" | "轮" | "票"
    ) && chars.get(q.end) == Some(&'制')
        && !chars
            .get(q.end + 1)
            .is_some_and(|c| "定订作造止度约".contains(*c))
}

/// Whether `q` is a temperature or an angle (不低于26度, 360度全景): 度 is
/// Taiwan's kilowatt-hour only in the quantities electricity comes in
/// (950亿度, 2.5万度).
fn names_degrees(chars: &[char], q: &Quantity) -> bool {
    q.unit == "度"
        && !chars[q.start..q.end]
            .iter()
            .any(|c| matches!(c, '万' | '亿'))
}

/// How far before a rank the figure of what is ranked may stand, and how
/// far before either the word that ranks.
const RANKED_CHARS: usize = 8;

/// Words that put something in a ranking (居全省前3位, 进入全国前十名,
/// 退出…后20名).
const RANKING: &[&str] = &[
    "全国", "全省", "全市", "全区", "居", "排名", "排在", "进入", "跻身", "退出", "位列", "名列",
];

/// Drops ranks (居全省前3位, 退出全国168个重点城市后20名, 排名下降6位: a
/// place in a ranking or a move in it, not a figure) and the number of things ranked, right before
/// one (168个重点城市). A 前 or 后 of time (春节前后1.2万名) ranks nothing:
/// a ranking word stands before the rank or what is ranked.
fn drop_ranks(chars: &[char], quantities: &mut Vec<Quantity>) {
    let ranked_after = |at: usize| {
        let from = at.saturating_sub(RANKED_CHARS);
        (from..at).any(|k| RANKING.iter().any(|w| number::starts_with(chars, k, w)))
    };
    // A place (前3位) or a move by places in a ranking (排名下降6位; not
    // 全区村医下降15名).
    let placed = |q: &Quantity| {
        const MOVES: &[&str] = &["上升", "下降", "提升", "前移", "后移"];
        const RANKS: &[&str] = &["排名", "位次", "名次"];
        let moved = || {
            MOVES.iter().any(|w| number::ends_with(chars, q.start, w))
                && (q.start.saturating_sub(RANKED_CHARS)..q.start)
                    .any(|k| RANKS.iter().any(|w| number::starts_with(chars, k, w)))
        };
        matches!(q.unit, "名" | "位")
            && q.start > 0
            && (matches!(chars[q.start - 1], '前' | '后') || moved())
    };
    // Whether the figure at `k` counts the things the rank after it ranks.
    let field = |k: usize| {
        let (q, next) = (&quantities[k], quantities.get(k + 1));
        next.is_some_and(|next| {
            q.counts_things()
                && placed(next)
                && next.start - q.end <= RANKED_CHARS
                && chars[q.end..next.start]
                    .iter()
                    .all(|&c| crate::lm::is_han(c))
        })
    };
    let fields: Vec<bool> = (0..quantities.len())
        .map(|k| field(k) && ranked_after(quantities[k].start))
        .collect();
    let ranks: Vec<bool> = (0..quantities.len())
        .map(|k| {
            let q = &quantities[k];
            placed(q) && (ranked_after(q.start) || k > 0 && fields[k - 1])
        })
        .collect();
    let mut k = 0;
    quantities.retain(|_| {
        k += 1;
        !ranks[k - 1] && !fields[k - 1]
    });
}

/// Whether `q` tells how many departments issued a document (国家发展
/// 改革委等23部门《关于…的指导意见》, 十五部门联合印发《…》): who issued it,
/// not a figure.
fn names_issuers(chars: &[char], q: &Quantity) -> bool {
    const ISSUING: &[&str] = &["《", "联合", "印发", "发布", "出台", "制定", "共同"];
    q.unit == "部门" && ISSUING.iter().any(|w| number::starts_with(chars, q.end, w))
}

/// The most chars an item of a refrain holds, and the most before its 一.
const REFRAIN_ITEM_CHARS: usize = 8;
const REFRAIN_LEAD_CHARS: usize = 4;

/// Whether `q` is the 一 of a refrain, short items that each end on the
/// same 一 and unit (发现一户、鉴定一户、改造一户; 改造一片、见效一片;
/// 开工建设一批、建成投产一批): a way of working, not a count. An item
/// that ends on another figure (文化馆各一个、博物馆3个) is a count.
fn in_refrain(chars: &[char], q: &Quantity) -> bool {
    if q.value != 1.0 || q.numeral != Numeral::Chinese {
        return false;
    }
    let written = &chars[q.start..q.end];
    let closes_item = |end: usize| chars.get(end).is_none_or(|&c| clause::ends_item(c));
    if !closes_item(q.end) {
        return false;
    }
    // An item of a refrain is a few chars and its 一 and unit, a verb
    // among them (发现一户、鉴定一户), no count of a named thing (新建幼儿园
    // 一所、改扩建一所) or of a level (国家级一项、省级一项).
    let lead = |end: usize| {
        let from = end.saturating_sub(REFRAIN_ITEM_CHARS);
        let start = chars[from..end]
            .iter()
            .rposition(|&c| clause::ends_item(c))
            .map_or(from, |p| from + p + 1);
        chars[start..end].iter().collect::<String>()
    };
    let ends_in_verb = |lead: &str| {
        let two = lead.char_indices().rev().nth(1).map_or(0, |(at, _)| at);
        super::phrase::is_bare_verb(&lead[two..]) || super::phrase::is_bare_verb(lead)
    };
    let own = lead(q.start);
    let short = |lead: &str| (1..=REFRAIN_LEAD_CHARS).contains(&lead.chars().count());
    let is_item = |end: usize| {
        end > written.len() && chars[end - written.len()..end] == *written && {
            let other = lead(end - written.len());
            short(&other) && (ends_in_verb(&other) || ends_in_verb(&own))
        }
    };
    if !short(&own) {
        return false;
    }
    // The item before ends at the separator before this one; the one
    // after, at the next separator (or the text's end) after its own.
    let from = q.start.saturating_sub(REFRAIN_ITEM_CHARS);
    let before = chars[from..q.start]
        .iter()
        .rposition(|&c| clause::ends_item(c))
        .is_some_and(|p| is_item(from + p));
    let to = chars.len().min(q.end + 1 + REFRAIN_ITEM_CHARS);
    let after = chars
        .get(q.end + 1..to)
        .and_then(|next| next.iter().position(|&c| clause::ends_item(c)))
        .map(|p| q.end + 1 + p)
        .or((to == chars.len()).then_some(to))
        .filter(|&end| end > q.end + 1)
        .is_some_and(is_item);
    before || after
}

/// The most chars a quoted name holds (“三年行动”, “百日攻坚”, “一网通办”).
const QUOTED_NAME_CHARS: usize = 6;

/// The most chars a quoted slogan of several names holds (“300米见绿、
/// 500米见园”).
const QUOTED_SLOGAN_CHARS: usize = 20;

/// How far a bracket that defines a term may reach around its figure.
const DEFINITION_CHARS: usize = 16;

/// Whether `q` stands inside a bracket set between the words of a noun,
/// which defines the term by words or a bound (长时储能（连续放电时长4小时
/// 及以上）装机, 30人以下（含30人）的企业): no figure of the sentence. A
/// bracket after a figure (87个（其中国家级9个）), closing a clause, or
/// giving the noun's figure alone (留宿旅客(4,726,118人次)上升6.3%, Macao's
/// way) is none.
fn in_definition(chars: &[char], q: &Quantity) -> bool {
    let is_han = crate::lm::is_han;
    let Some((open, close)) = enclosing(chars, q, DEFINITION_CHARS, &['（', '('], &['）', ')'])
    else {
        return false;
    };
    let defines = q.bound != crate::model::Bound::Exact
        || chars[open + 1..q.start]
            .iter()
            .any(|&c| is_han(c) && !number::is_numeral(c));
    defines
        && open > 0
        && is_han(chars[open - 1])
        && chars.get(close + 1).copied().is_some_and(is_han)
}

/// The nearest brackets (of `opens` and `closes`) around `q`, within
/// `reach` chars of it, when they pair: no other bracket of either kind
/// stands between them and `q`.
fn enclosing(
    chars: &[char],
    q: &Quantity,
    reach: usize,
    opens: &[char],
    closes: &[char],
) -> Option<(usize, usize)> {
    let bracket = |c: &char| opens.contains(c) || closes.contains(c);
    let from = q.start.saturating_sub(reach);
    let to = chars.len().min(q.end + reach);
    let open = chars[from..q.start]
        .iter()
        .rposition(bracket)
        .map(|p| from + p)
        .filter(|&p| opens.contains(&chars[p]))?;
    let close = chars[q.end..to]
        .iter()
        .position(bracket)
        .map(|p| q.end + p)
        .filter(|&p| closes.contains(&chars[p]))?;
    Some((open, close))
}

/// Whether `q` stands inside a short quotation, which names a campaign or
/// a slogan (实施“三年行动”, 开展“百日攻坚”), or inside one of the short
/// names a quoted slogan lists (“300米见绿、500米见园”): a figure quoted with
/// its context (“到2025年新增就业10万人”) takes more room.
fn in_quoted_name(chars: &[char], q: &Quantity) -> bool {
    let Some((open, close)) = enclosing(chars, q, QUOTED_SLOGAN_CHARS, &['“'], &['”']) else {
        return false;
    };
    if close - open - 1 > QUOTED_SLOGAN_CHARS || chars[open + 1..close].contains(&'\n') {
        return false;
    }
    // In a list of names each opens on its figure (300米见绿); one that ends
    // on it in figures (出栏200万头、产粮5亿斤) is a goal quoted; in words
    // (“成熟一个、推进一个”) it is still a slogan.
    let listed = chars[open + 1..close].contains(&'、');
    let name_start = chars[open..q.start]
        .iter()
        .rposition(|&c| c == '“' || c == '、')
        .map_or(open, |p| open + p);
    let name_end = chars[q.end..=close]
        .iter()
        .position(|&c| c == '”' || c == '、')
        .map_or(close, |p| q.end + p);
    name_end - name_start - 1 <= QUOTED_NAME_CHARS
        && (!listed || name_end > q.end || q.numeral != Numeral::Arabic)
}

/// Blanks the inside of 《…》 and 〈…〉 (the brackets stay). An opening
/// bracket without a close on the same line is left alone.
fn mask_titles(chars: &[char]) -> Vec<char> {
    let mut masked = chars.to_vec();
    // Where the last failed search for each kind of close bracket stopped:
    // a later opening bracket before that point cannot close either, which
    // keeps this linear on lines full of unclosed brackets.
    let mut hopeless_until = [0usize; 2];
    let mut i = 0;
    while i < chars.len() {
        let (kind, close) = match chars[i] {
            '《' => (0, '》'),
            '〈' => (1, '〉'),
            _ => {
                i += 1;
                continue;
            }
        };
        if i < hopeless_until[kind] {
            i += 1;
            continue;
        }
        let stop = chars[i + 1..]
            .iter()
            .position(|&c| c == close || c == '\n')
            .map_or(chars.len(), |p| i + 1 + p);
        if chars.get(stop) == Some(&close) {
            masked[i + 1..stop].fill(MASK);
            i = stop + 1;
        } else {
            hopeless_until[kind] = stop;
            i += 1;
        }
    }
    masked
}

/// Whether each sentence stands on a line that opens with a note's label
/// (注：…, 说明：…). Sentences come in order, so the start of their line
/// is found by one pass over the text, not a search back per sentence
/// (which is quadratic on a page set on one long line).
fn notes(chars: &[char], sentences: &[Sentence]) -> Vec<bool> {
    let mut line_start = 0;
    let mut scanned = 0;
    sentences
        .iter()
        .map(|s| {
            if let Some(p) = chars[scanned..s.start].iter().rposition(|&c| c == '\n') {
                line_start = scanned + p + 1;
            }
            scanned = s.start;
            opens_note(&chars[line_start..])
        })
        .collect()
}

/// Whether `line` opens with a note's label.
fn opens_note(line: &[char]) -> bool {
    let label: String = line
        .iter()
        .skip_while(|c| c.is_whitespace())
        .take(3)
        .collect();
    ["注：", "注:", "说明：", "说明:"]
        .iter()
        .any(|l| label.starts_with(l))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The values of the figures `text` holds.
    fn values(text: &str) -> Vec<f64> {
        Document::new(text)
            .quantities
            .iter()
            .map(|q| q.value)
            .collect()
    }

    #[test]
    fn a_share_of_the_plan_done_is_no_figure() {
        let told_twice = "新建农田420万亩，目前已完成年度任务的百分之七十八，也就是78%左右。";
        assert_eq!(values(told_twice), vec![4_200_000.0]);
        assert_eq!(values("灯具3186盏，完成年度计划的106.2%。"), vec![3186.0]);
        assert_eq!(values("覆盖率达到78%，也就是说全覆盖。"), vec![78.0]);
        // Nor is what is typical of a thing.
        let typical = "口袋公园面积一般在400平方米至10000平方米之间，全市新建50个。";
        assert_eq!(values(typical), vec![50.0]);
    }

    #[test]
    fn titles_hide_their_numbers() {
        let doc = Document::new("《中国制造2025》提出建成100家");
        assert_eq!(doc.quantities.len(), 1);
        assert_eq!(doc.quantities[0].value, 100.0);
        assert_eq!(doc.masked[1], MASK);
    }

    #[test]
    fn a_bracket_defining_a_term_holds_no_figure() {
        assert_eq!(
            values("其中长时储能（连续放电时长4小时及以上）装机达到200万千瓦。"),
            vec![2e6]
        );
        assert_eq!(values("对职工总数30人以下（含30人）的企业。"), vec![30.0]);
        // A figure alone in its bracket is the noun's, and one after a
        // figure breaks it down.
        assert_eq!(
            values("其中留宿旅客(4,726,118人次)上升6.3%。"),
            vec![4_726_118.0, 6.3]
        );
        assert_eq!(values("绿色工厂87个（其中国家级9个）。"), vec![87.0, 9.0]);
    }

    #[test]
    fn notes_are_known_by_their_line() {
        let doc = Document::new(
            "新增企业5家。\n注：企业指规上企业。口径同上。\n全年完成3项。说明：见附表。",
        );
        let noted: Vec<bool> = doc.in_note.clone();
        let texts: Vec<&str> = doc
            .sentences
            .iter()
            .map(|s| doc.text(s.start, s.end))
            .collect();
        let in_note = |t: &str| noted[texts.iter().position(|x| x.contains(t)).unwrap()];
        // Every sentence of a note's line is in the note, not those of
        // the lines around it, nor a label that does not open its line.
        assert!(in_note("企业指"));
        assert!(in_note("口径同上"));
        assert!(!in_note("新增企业"));
        assert!(!in_note("全年完成"));
        assert!(!in_note("见附表"));
    }

    #[test]
    fn quoted_names_hold_no_figures() {
        assert_eq!(
            values("实施制造业高质量发展“三年行动”，新开工项目400个。"),
            vec![400.0]
        );
        assert_eq!(values("新增“四上”企业826家。"), vec![826.0]);
        // An age that names whom a noun is of is no figure; one that ends
        // its phrase is.
        assert_eq!(values("全市6岁儿童近视率下降3%。"), vec![3.0]);
        assert_eq!(values("人均预期寿命达到80岁。"), vec![80.0]);
        // So do the names a quoted slogan lists.
        assert_eq!(
            values("基本实现出门“300米见绿、500米见园”，新建口袋公园30个。"),
            vec![30.0]
        );
        assert_eq!(
            values("力争实现“出栏200万头、产粮5亿斤”。"),
            vec![2_000_000.0, 500_000_000.0]
        );
        // A rank is no figure, nor the size of the field ranked.
        assert_eq!(
            values("全市环境空气质量综合指数退出全国168个重点城市后20名，新建公园3个。"),
            vec![3.0]
        );
        // A 前 or 后 of time ranks nothing; a share before a rank is no
        // number of things ranked.
        assert_eq!(values("春节前后1.2万名农民工返乡就业。"), vec![12_000.0]);
        assert_eq!(values("一般公共预算收入增长12.3%居全省前3位。"), vec![12.3]);
        // Who issued a document is no figure.
        assert_eq!(
            values("省教育厅等十五部门联合印发《实施方案》，新增学校3所。"),
            vec![3.0]
        );
        assert_eq!(
            values("国家发展改革委等23部门《关于推进儿童友好城市建设的指导意见》"),
            Vec::<f64>::new()
        );
        // The items of a refrain count nothing; a list's items do.
        assert_eq!(
            values("做到发现一户、鉴定一户、改造一户、销号一户。"),
            Vec::<f64>::new()
        );
        assert_eq!(values("改造一片、见效一片。"), Vec::<f64>::new());
        assert_eq!(values("全县新建幼儿园一所、改扩建一所。"), vec![1.0, 1.0]);
        assert_eq!(values("全市建成公园一个"), vec![1.0]);
        assert_eq!(values("新增国家级一项、省级一项。"), vec![1.0, 1.0]);
        assert_eq!(
            values("共有文化馆和公共图书馆各一个、博物馆3个。"),
            vec![1.0, 3.0]
        );
        assert_eq!(values("建成一个中心、一个平台。"), vec![1.0, 1.0]);
        // A figure quoted with its context is still one.
        assert_eq!(
            values("提出“到2025年新增就业10万人”的目标。"),
            vec![100_000.0]
        );
    }
}
