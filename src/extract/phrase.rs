//! The words around a quantity: which verb governs it, which noun it
//! counts or measures, and how to peel verbs, adverbs, qualifiers (国家级)
//! and places (全市, 钢铁行业) off a noun phrase. Only the generic
//! vocabulary of the genre lives here.

use std::sync::LazyLock;

use super::lexicon::{self, Lexicon};
use super::number::{Numeral, Quantity};
use super::period::without_numbering;
use super::verbs::{SHORT_VERBS, VERBS, VERB_INDEX};
use crate::model::TargetKind;
use crate::pattern::Pattern;

/// Adverbs, connectives and bound words that wrap a noun phrase without
/// belonging to it.
const FILLERS: &[&str] = &[
    "进一步",
    "力争",
    "确保",
    "争取",
    "计划",
    "预计",
    "累计",
    "共计",
    "总共",
    "合计",
    "合共",
    "初步",
    "基本",
    "全面",
    "持续",
    "显著",
    "大幅",
    "明显",
    "稳步",
    "率先",
    "先行",
    "提前",
    "年均",
    "年平均",
    "分别",
    "同时",
    "其中",
    "当中",
    "另有",
    "我们",
    "此外",
    // When, and the determiners of what is left or whole (届时整个计划将
    // 提供, 全数落成余下约19,400个单位): no part of a thing's name.
    "届时",
    // A restatement's opener (到2027年实现全覆盖，也就是达到百分之百).
    "也就是说",
    "也就是",
    "也即",
    "余下",
    "整个",
    "全数",
    "已经",
    "先后",
    "陆续",
    "以及",
    "不低于",
    "不少于",
    "不超过",
    "不高于",
    "至少",
    "共",
    "均",
    "将",
    "把",
    "并",
    "已",
    "约",
    "逾",
    "再",
    "和",
    "及",
    "与",
    "的",
    "了",
    "等",
];

/// A year, in digits or Chinese numerals, maybe with its end or a month
/// (2026年底, 二○二六年三月底).
pub const YEAR_AND_MONTH: &str = "(?:\\d{4}|[二一][〇○零][〇○零一二三四五六七八九]{2})年(?:度|底|末)?(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月(?:底|末)?)?";

/// Time words that open a phrase and are no part of what it names (a year
/// in digits or Chinese numerals: 二○二五年; 年内新建25处: what is built).
pub static TIME_PREFIX: LazyLock<Pattern> = lazy_regex!(&format!("^(?:截至|截止)?(?:目前|至今|现时|现在|{YEAR_AND_MONTH}|近年来|[^，。；]{{0,10}}?以来|去年|今年|明年|当年|本学?年度?|[上下]半年|(?:(?:采暖|供暖|雪)季|汛期)(?:前后|期间|内)?|年内|年(?:末|底)前?|当前|全年)"));

/// `s` without the time word it opens with ([`TIME_PREFIX`]: 当年新认定 →
/// 新认定).
pub fn without_time_word(s: &str) -> &str {
    TIME_PREFIX.find(s).map_or(s, |time| &s[time.end()..])
}

/// What follows a time word that is all a phrase names before its verb
/// (年内新建, 全年完成改造): the verb, whose object is named elsewhere. Not
/// where a noun follows the verb (全年新增市场主体).
pub fn time_word_before_verb(words: &str) -> Option<&str> {
    let trimmed = words.trim_start_matches(EDGE_MARKS);
    let time = TIME_PREFIX.find(trimmed)?;
    let rest = &trimmed[time.end()..];
    let named = trim_phrase(rest);
    (named.is_empty() || is_bare_verb(&named)).then_some(rest)
}

/// Prepositions of time or place that may be all a phrase holds once its
/// year is gone (并在2030年或之前…增至): no noun. At a phrase's start they
/// may open one (在用放射源, 在谈项目), so they are never peeled off there.
const PREPOSITIONS: &[&str] = &["在", "于", "并在", "并于"];

/// Bound words that may stand between a verb and its figure (增加至最少1 500
/// 辆). At a phrase's start they open a slogan (“最多跑一次”), so they are
/// never peeled off there.
const BOUNDS_BEFORE_FIGURE: &[&str] = &["最少", "最多"];

/// The 要 that obliges, between a metric and its verb (综合机械化率要达到
/// 76%): never the 要 of a word it closes (纲要, 主要).
const MODALS: &[&str] = &["要"];

/// The 有 of what there is, between a noun and its figure (行业大类有6个).
/// At a phrase's start it opens words of its own (有效, 有机), so it is
/// never peeled off there.
const THERE_IS: &[&str] = &["有"];

/// The words [`trim_phrase`] peels off the start of a phrase, in the order
/// it tries them: verbs and fillers.
static LEADING_WORDS: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    let verbs = VERBS.iter().map(|(v, _)| *v);
    let fillers = FILLERS.iter().chain(PURPOSE).copied();
    Lexicon::new(verbs.chain(fillers).map(|w| (w, ())))
});

/// The 为 of a purpose before what it is for (为全市治理率达到50%打下基础):
/// peeled off a phrase's start only, as nouns end in 为 (违法行为).
const PURPOSE: &[&str] = &["为"];

/// The words [`trim_phrase`] peels off the end of a phrase, in the order
/// it tries them, and that make a phrase empty on their own: verbs, short
/// verbs, verbs of addition (新发布, not 发布 alone), fillers and the 有 of
/// what there is.
static FUNCTION_WORDS: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    let verbs = VERBS
        .iter()
        .chain(SHORT_VERBS)
        .map(|(v, _)| *v)
        .chain(ADDING_VERBS.iter().copied());
    let fillers = FILLERS
        .iter()
        .chain(PREPOSITIONS)
        .chain(BOUNDS_BEFORE_FIGURE)
        .chain(MODALS)
        .chain(THERE_IS)
        .copied();
    Lexicon::new(verbs.chain(fillers).map(|w| (w, ())))
});

/// Punctuation that may be left at the edges of a phrase.
const EDGE_MARKS: &[char] = &[
    '、', ',', '，', ';', '；', ':', '：', '“', '”', '"', '\'', '‘', '’', ' ', '\t', '\u{3000}',
    '(', ')', '（', '）', '—',
];

/// Words after a noun that start its predicate: the noun ends there.
const PREDICATE_STARTS: &[&str] = &[
    "已经",
    "已",
    "均",
    // Who deals with them (其余8宗正由相关部门处理).
    "正由",
    "仍由",
    "被",
    "获",
    "入选",
    "达到",
    "实现",
    "完成",
    "通过",
    "占",
    "分别",
    "累计",
    "正在",
    "将",
    "是",
    "并",
    "用作",
    "用于",
    // A comparison with another time (32 915宗下跌4.4%, 较上年增加; not
    // the 较 of 较高).
    "较上年",
    "较去年",
    "较同期",
    "同比",
    "环比",
    "按年增",
    "按年减",
    "按年上升",
    "按年下",
    "比上年",
    "比去年",
    "下跌",
    "上升",
    "下降",
];

/// Where the first predicate start of a text is.
static PREDICATE: LazyLock<Pattern> = LazyLock::new(|| lexicon::leftmost(PREDICATE_STARTS));

/// Verbs by which a counted thing gains a status: “4家获批碳达峰试点园区”
/// counts 碳达峰试点园区.
const ATTAINMENTS: &[&str] = &[
    "被认定为",
    "被命名为",
    "被评为",
    "认定为",
    "获批",
    "获评",
    // Hong Kong's 获颁 (获颁「至营学校」金奖).
    "获颁",
    "获得",
    "荣获",
    "入选",
    "创建",
    "建成",
    "成为",
    "列入",
];

/// The first attainment verb of a text, the first listed of those starting
/// there.
static ATTAINMENT: LazyLock<Pattern> = LazyLock::new(|| lexicon::leftmost(ATTAINMENTS));

/// Verbs that introduce the counted noun of a report: “全市共培育…124家”.
const COUNT_VERBS: &[&str] = &[
    "累计建成",
    "培育",
    "拥有",
    "建有",
    "共有",
    "现有",
    "已有",
    "约有",
    // 海陵区、高港区分别有示范工厂4家、3家: the places, then what each has.
    "分别有",
    "建成",
    "落成",
    "提供",
    "创建",
    "认定",
    "获评",
    "获批",
    "入选",
    "新增",
    "新建",
    "新改建",
    "改扩建",
    "实施",
    "完成",
    "引进",
    "推出",
    "发生",
    "打造",
    "达到",
    "涵盖",
    "覆盖",
    // Setting up, staffing and equipping (设立三级路长, 聘用养护员, 配备设备).
    "新设立",
    "设立",
    "新组建",
    "组建",
    "聘用",
    "选聘",
    "招募",
    "配备",
];

/// [`COUNT_VERBS`], indexed for finding the last one in a phrase.
static COUNT_VERB_INDEX: LazyLock<Lexicon<()>> =
    LazyLock::new(|| Lexicon::new(COUNT_VERBS.iter().map(|v| (*v, ()))));

/// A level of recognition: an administrative level with 级, maybe with
/// 以上 (国家级, 省级及以上, 县级以上, 省部级, 市州级, 盟市级, 旗县区级,
/// 设区市级, 县（市、区）级;
/// Inner Mongolia's townships and villages are 苏木 and 嘎查), or a
/// graded rank (5A级 scenic areas, 四星级 hotels). A rank before its noun
/// (4A级景区) is part of the name of a class rather than a level of who
/// recognised the thing, and stays with the noun; alone (其中5A级1个) it
/// ranks the things of the whole.
static QUALIFIER: LazyLock<Pattern> = lazy_regex!(
    r"(?:(?:国家|国际|世界|自治区|自治州|地市|设区的?市|县[（(]市[、，,]区[）)]|市[（(]州[）)]|(?:[省市州县区部乡镇村盟旗]|苏木|嘎查|街道|社区){1,3})级|[1-5]A级|[1-5一二三四五]星级)(?:[”\x22]?(?:及以上|以上))?"
);

/// The levels of government that recognise things (国家级, 省级以上,
/// 自治区级, 市级):
/// a count's qualifier alone, as the seeds' gold gives it.
static RECOGNITION_LEVEL: LazyLock<Pattern> =
    lazy_regex!(r"^(?:国家|省|自治区|市|县|区)级(?:[”\x22]?(?:及以上|以上))?$");

/// A size class with nothing after it (大型, 中型以上, 大中型).
static SIZE_ALONE: LazyLock<Pattern> =
    lazy_regex!("^(?:特大|大中|中小|大|中|小|微)型(?:及以上|以上|以下)?$");

/// Heads of the nouns this genre counts: organisations, places, projects
/// and products.
const ENTITY_HEADS: &[&str] = &[
    "企业",
    "公司",
    "集团",
    "工厂",
    "车间",
    "生产线",
    "园区",
    "产业园",
    "示范带",
    "经济带",
    "基地",
    "集群",
    "项目",
    "产品",
    "平台",
    "中心",
    "实验室",
    "示范区",
    "开发区",
    "高新区",
    "城市",
    "县",
    "乡镇",
    "供应链",
    "矿山",
    "标准",
    "专利",
    "品牌",
    "案例",
    "试点",
    "机构",
    "学校",
    "医院",
];

/// Whether `noun` ends in the head of a noun this genre counts
/// ([`ENTITY_HEADS`]).
pub fn names_entity(noun: &str) -> bool {
    // (Quoted or not: 国家“千兆城市”.)
    let noun = noun.trim_end_matches('”');
    ENTITY_HEADS.iter().any(|h| noun.ends_with(h))
}

/// Units that count rounds or kinds rather than things: 四批 is a number
/// of selection rounds even in 四批绿色工厂.
const GROUPING_UNITS: &[&str] = &["批", "批次", "类", "种", "次", "人次"];

/// Whether a figure is rhetoric or the text's own structure rather than a
/// number of things: a Chinese numeral up to ten that counts something
/// other than an entity (三个努力, 两个维护, 四个全面, 六项主要任务,
/// 前三位), or rounds and kinds (四批, 三类). Such small numerals are
/// idioms as often as figures, so only 五家企业, 两个国家级园区 and the
/// like are kept.
fn is_rhetoric(q: &Quantity, noun: &str) -> bool {
    let small = q.numeral == Numeral::Chinese && q.value <= 10.0 && q.counts_things();
    small && (GROUPING_UNITS.contains(&q.unit) || !names_entity(noun))
}

/// Whether a figure is a place in a ranking, after the 前 or 第 its noun
/// ends in (居全省前三位, 进入全球货运机场前二十位, 第3名; not 较禁渔前增长30%).
pub fn is_rank(q: &Quantity, noun: &str) -> bool {
    noun.ends_with(['前', '第']) && matches!(q.unit, "名" | "位" | "强")
}

/// Whether a figure is an idiom or an article rather than a figure (三个
/// 努力, 一批企业). A small numeral before its noun may be; after it
/// (便民桥两座, 自动气象站四个) it counts, unless what stands there is an
/// action (改造一个、管好一个, 协调推进四个全面).
pub fn is_idiom(q: &Quantity, noun: &str, noun_follows: bool) -> bool {
    // 一起 is “together”, or one case each (发现一起、查处一起、曝光一起).
    let together = q.is_indefinite() && q.unit == "起";
    together || (q.is_indefinite() || is_rhetoric(q, noun)) && (noun_follows || ends_in_verb(noun))
}

/// Verbs that say what a text contains, not what anyone commits to.
const OUTLINE_VERBS: &[&str] = &[
    "明确", "提出", "部署", "包括", "包含", "涵盖", "设置", "设定", "列出", "分为", "围绕",
];

/// Nouns naming the parts of a text.
const TEXT_PARTS: &[&str] = &["任务", "措施", "举措", "条款", "方面", "指标", "内容"];

/// Whether a figure counts the parts of the text itself (明确了六个方面
/// 18项重点任务, 提出20条措施): a noun naming them, after a verb saying
/// what the text contains (`pre`, the words before the figure) and no
/// verb committing to anything. The noun may run on into the verb after
/// it (围绕…4个方面设置了18项主要指标).
pub fn is_outline(pre: &str, noun: &str) -> bool {
    TEXT_PARTS
        .iter()
        .any(|p| noun.ends_with(p) || noun.starts_with(p))
        && OUTLINE_VERBS.iter().any(|v| pre.contains(v))
        && governing_kind(pre) == TargetKind::Other
}

/// The kind of commitment of the verb nearest before the figure.
pub fn governing_kind(pre: &str) -> TargetKind {
    if let Some((_, kind)) = SHORT_VERBS.iter().find(|(v, _)| pre.ends_with(v)) {
        if VERB_INDEX.suffixes(pre).next().is_none() {
            return *kind;
        }
    }
    VERB_INDEX
        .last_in(pre)
        .map_or(TargetKind::Other, |(_, _, kind)| kind)
}

/// Peels a list item's numbering (1.), verbs, adverbs, connectives and
/// punctuation off both ends; a phrase that is nothing but such a word
/// (the 已 of 已建成) is empty.
pub fn trim_phrase(s: &str) -> String {
    // A table row's number is no part of its phrase (4⇥完成蓝碳交易项目).
    let s = match s.trim_start().split_once('\t') {
        Some((row, rest)) if !row.is_empty() && row.chars().all(|c| c.is_ascii_digit()) => rest,
        _ => s,
    };
    let mut s = without_doer(without_goal_frame(without_numbering(s)));
    loop {
        let before = s.len();
        s = without_edge_marks(without_examples(without_aside(s)));
        s = MONTH_DEADLINE.find(s).map_or(s, |m| &s[m.end()..]);
        s = PER_HEAD_RATE.find(s).map_or(s, |m| &s[..m.start()]);
        if is_function_word(s) {
            return String::new();
        }
        if let Some(w) = leading_word(s) {
            s = &s[w.len()..];
        } else if let Some(time) = TIME_PREFIX.find(s) {
            // A time word before a filler dates the clause, and is no part
            // of its noun (年内力争执业律师 → 执业律师); before a verb it
            // keeps the verb there (全年新增市场主体: those added).
            if leading_word(&s[time.end()..]).is_some_and(|w| FILLERS.contains(&w)) {
                s = &s[time.end()..];
            }
        }
        if let Some(w) = trailing_word(s) {
            s = &s[..s.len() - w.len()];
        }
        if s.len() == before {
            return s.to_string();
        }
    }
}

/// `s` without the marks at its edges, but for a quote or bracket the
/// phrase closes or opens (“家门口”就业服务站, 推行“一网通办”, 自动体外除颤器
/// （AED）), and without an item's bracketed label it opens with ((b)在…).
fn without_edge_marks(s: &str) -> &str {
    let mut start = s.len() - s.trim_start_matches(EDGE_MARKS).len();
    let mut end = start + s.trim_matches(EDGE_MARKS).len();
    // A mark that pairs one inside the phrase stays with it (“双碳”目标,
    // 自动体外除颤器（AED）).
    for (open, close) in [('“', '”'), ('（', '）'), ('(', ')')] {
        let trimmed = &s[start..end];
        let first_close = trimmed
            .find(close)
            .filter(|&c| trimmed.find(open).is_none_or(|o| o > c));
        // An item's label goes with its brackets: （b）在公共道路….
        if let Some(c) =
            first_close.filter(|&c| is_item_label(&trimmed[..c]) && s[..start].ends_with(open))
        {
            start += c + close.len_utf8();
            continue;
        }
        let closes = first_close.is_some();
        let opens = trimmed
            .rfind(open)
            .is_some_and(|o| trimmed.rfind(close).is_none_or(|c| c < o));
        if let Some(before) = s[..start].strip_suffix(open).filter(|_| closes) {
            start = before.len();
        }
        if s[end..].starts_with(close) && opens {
            end += close.len_utf8();
        }
    }
    &s[start..end]
}

/// Whether a bracket holds an item's label: one or two digits or numerals,
/// a letter, or a small Roman numeral (（b）, (12), （三）, （iii）); not a
/// name that mixes them (（5G）).
fn is_item_label(inner: &str) -> bool {
    let n = inner.chars().count();
    let all = |f: fn(char) -> bool| inner.chars().all(f);
    (1..=2).contains(&n)
        && (all(|c| c.is_ascii_digit()) || all(|c| "一二三四五六七八九十".contains(c)))
        || n == 1 && all(|c| c.is_ascii_alphabetic())
        || (1..=4).contains(&n) && all(|c| "ivx".contains(c))
}

/// A phrase without the doer and its modal before the object marker 把
/// (政府将把主航道水深 → 主航道水深): the object is what the figure is of.
/// Not a word 把 opens (把关, 把握).
fn without_doer(s: &str) -> &str {
    const MODALS: [&str; 6] = ["将", "要", "会", "拟", "力争", "争取"];
    let Some(at) = s.rfind('把') else {
        return s;
    };
    let object = &s[at + '把'.len_utf8()..];
    let opens_word = lexicon::dictionary()
        .chars_logp(&s[at..].chars().take(2).collect::<Vec<_>>())
        .is_some();
    let doer = MODALS.iter().any(|m| s[..at].ends_with(m));
    if doer && !opens_word && object.chars().count() >= 2 {
        object
    } else {
        s
    }
}

/// What a measure per head, land or bed opens with (人均, 生均, 亩均).
pub const PER_HEADS: &str = "[人生户亩床]均";

/// Whom or what period a sum is per, right before it (标准提高到每人每年
/// 720元, 人均每月不低于700元, 生均每年): how the figure is measured, no part
/// of what it measures.
static PER_HEAD_RATE: LazyLock<Pattern> = lazy_regex!(&format!(
    r"(?:(?:{PER_HEADS}|每(?:人|生|户|名|亩|床))每(?:年|月|天|日)|每(?:人|生|户|名|亩|床|年|月|天|日))$"
));

/// A deadline by a month of the year in force (9月底前, 6月前), or the
/// month a figure stands at (截至8月底): when, not what.
static MONTH_DEADLINE: LazyLock<Pattern> = lazy_regex!(
    r"^(?:(?:截至|截止到?)(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:底|末|份)?(?:\d{1,2}日)?|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:底|末)?(?:前|以前|之前))"
);

/// The frame a goal is stated in, before its thing: 政府的目标是在(2027年
/// 或之前)将…, 目标为于… .
static GOAL_FRAME: LazyLock<Pattern> =
    lazy_regex!("^[^，。；]{0,8}?目标(?:是|为)[在于]?(?:[^，。；]{0,4}?将)?");

/// The words before a figure without the goal word that introduces it
/// (旅客量目标约3,900万人次, 2028年目标20GW): what the goal is of, maybe
/// nothing. After its figure a goal word is a noun (两个阶段的目标).
pub fn without_goal_word(before_figure: &str) -> &str {
    ["目标值", "目标"]
        .iter()
        .find_map(|w| before_figure.strip_suffix(w))
        .filter(|measure| !measure.ends_with(['的', '之']))
        .unwrap_or(before_figure)
}

/// A phrase without the frame its goal is stated in: 政府的目标是在将公共
/// 充电器 names 公共充电器; one with nothing after its frame names what the
/// goal is of, when the frame opens on it (粮食产量目标为, 国际旅客目标为),
/// or else nothing (政府的目标是).
fn without_goal_frame(s: &str) -> &str {
    /// Fewer chars before 目标 are who sets the goal (政府目标是).
    const MIN_MEASURE_CHARS: usize = 3;
    if !s.contains("目标") {
        return s;
    }
    let Some(frame) = GOAL_FRAME.find(s) else {
        return s;
    };
    let measure = &s[..s.find("目标").unwrap_or(0)];
    if frame.end() == s.len()
        && !measure.ends_with('的')
        && measure.chars().count() >= MIN_MEASURE_CHARS
    {
        return measure;
    }
    &s[frame.end()..]
}

/// Quoted names given as examples before 等 (“红色故都”“客家摇篮”等).
static QUOTED_EXAMPLES: LazyLock<Pattern> = lazy_regex!("^“?[^“”]{1,12}”(?:、?“[^“”]{1,12}”)*等");

/// A phrase without the quoted examples it opens with: “红色故都”“客家摇篮”等
/// 精品旅游公路线路 counts 精品旅游公路线路.
fn without_examples(s: &str) -> &str {
    match QUOTED_EXAMPLES.find(s) {
        Some(m) if s[m.end()..].chars().count() >= 2 => &s[m.end()..],
        _ => s,
    }
}

/// A phrase without the bracketed aside it ends in: 各类博物馆（纪念馆） is
/// a count of 博物馆, the bracket names what else it includes. A Latin
/// abbreviation (自动体外除颤器（AED）) is the same thing's other name, by
/// which readers know and search it: it stays, and so does a word or two
/// that the last word's head may be read as instead (首台（套）, 社区卫生服务
/// 中心（站）, 职业(工种), 县（市、区）): the name is written with them.
fn without_aside(s: &str) -> &str {
    /// Han chars of an alternative to a word's head.
    const ALTERNATIVE_CHARS: usize = 2;
    /// Notes on a phrase, which no head is read as.
    const NOTES: [&str; 7] = ["含", "下同", "暂定", "试行", "草案", "不含", "另计"];
    let (open_mark, close) = match s.chars().last() {
        Some('）') => ('（', '）'),
        Some(')') => ('(', ')'),
        _ => return s,
    };
    match s.rfind(open_mark) {
        Some(open)
            if open > 0 && {
                let inner = &s[open + open_mark.len_utf8()..s.len() - close.len_utf8()];
                let alternative = inner.split('、').all(|word| {
                    (1..=ALTERNATIVE_CHARS).contains(&word.chars().count())
                        && word.chars().all(crate::lm::is_han)
                        && !NOTES.contains(&word)
                });
                !is_abbreviation(inner) && !alternative
            } =>
        {
            &s[..open]
        }
        _ => s,
    }
}

/// Whether a bracket holds a Latin abbreviation (AED, DRG/DIP, Li2O):
/// letters, maybe with digits and joining marks, at least two letters.
fn is_abbreviation(inner: &str) -> bool {
    inner.chars().filter(char::is_ascii_alphabetic).count() >= 2
        && inner
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '&' | '.'))
}

/// A verb or filler on its own.
fn is_function_word(s: &str) -> bool {
    FUNCTION_WORDS.prefixes(s).any(|(w, _)| w.len() == s.len())
}

/// How far past a listed verb its list may reach a 的 that makes it the
/// noun's attribute.
const VERB_LIST_CHARS: usize = 12;

fn leading_word(s: &str) -> Option<&'static str> {
    // Keep 开发区, 建设用地: a verb is only peeled off if a noun remains.
    // 新增 before a verb makes a noun of it (城镇新增就业: the jobs added),
    // and so before a phrase ending in a verb (新增城镇就业, 新增转移就业).
    // A one-char filler that opens a word (约束性指标, 共享单车, 并网光伏),
    // or that leaves no word behind (共富工坊), is part of the noun. Projects are classed by their stage (新开工项目,
    // 签约项目 in a 在建项目 total): before a bare 项目 the verb is the class.
    // A verb before a bare measure names what is measured (推广面积不少于,
    // 建设规模); a filler does not (累计装置容量). Besides [`MEASURES`], the
    // two a verb names alone (种植面积, 投资规模).
    const BARE_MEASURES: [&str; 2] = ["面积", "规模"];
    let is_bare_measure = |rest: &str| {
        let rest = trailing_word(rest).map_or(rest, |w| &rest[..rest.len() - w.len()]);
        is_measure(rest) || BARE_MEASURES.contains(&rest)
    };
    LEADING_WORDS.prefixes(s).map(|(w, _)| w).find(|w| {
        let rest = &s[w.len()..];
        // 新建、改建、扩建的城市道路: verbs listed before 的 qualify the noun.
        let listed_before_de =
            rest.starts_with('、') && rest.chars().take(VERB_LIST_CHARS).any(|c| c == '的');
        // (Nor the verb of a kind: 节约型机关, 开放式, 综合性; nor one a
        // bracket gives an alternative to: 新建（改造）农村公厕.)
        rest.chars().count() >= 2
            && !(rest.starts_with(['区', '型', '式', '性', '（', '(']) || listed_before_de)
            && !(*w == "新增" && (is_bare_verb(rest) || ends_in_verb(rest)))
            && (rest != "项目" || FILLERS.contains(w))
            && (!is_bare_measure(rest) || FILLERS.contains(w))
            && !(w.chars().count() == 1 && (opens_word(s) || leaves_no_word(rest)))
            && !(FILLERS.contains(w) && opens_longer_word(s, w))
    })
}

/// Whether `s` opens with a word longer than `w`, its first part, that the
/// dictionary knows well (计划生育技术服务机构, 基本养老保险): a filler there
/// is the word's own. The rare entries are chance collocations (确保全,
/// 计划供应), after which the filler is one still.
fn opens_longer_word(s: &str, w: &str) -> bool {
    /// The least log-probability of a word that is one (计划生育: -10.6;
    /// 确保全, 计划供应, entered at jieba's least frequency: -13.3).
    const KNOWN_WELL: f32 = -12.0;
    let lm = lexicon::dictionary();
    let chars: Vec<char> = s.chars().take(6).collect();
    (w.chars().count() + 1..=chars.len()).any(|n| {
        lm.chars_logp(&chars[..n])
            .is_some_and(|lp| lp >= KNOWN_WELL)
    })
}

/// Whether `rest`, what a one-char filler would leave, opens with a Han
/// char that starts neither a word nor another verb or filler (富工坊 of
/// 共富工坊; not 把都市 nor 再增设).
fn leaves_no_word(rest: &str) -> bool {
    rest.starts_with(crate::lm::is_han)
        && !opens_word(rest)
        && LEADING_WORDS.prefixes(rest).next().is_none()
        && !FUNCTION_WORDS
            .prefixes(rest)
            .any(|(w, _)| w.chars().count() == 1)
}

/// Items listed before a head they share (小学、初中生均教学用房面积;
/// 粉煤灰、冶炼渣综合利用率): the last item carries the head, which each of
/// the others takes too. The last splits after as many chars as another
/// item has, where what is left opens with a word and what is split off
/// reads as an item: a word of the dictionary (初中), or one of the kind
/// of the item before it (洛阳都市圈 after 郑州都市圈).
pub fn share_head(items: &mut [String]) {
    let Some((last, others)) = items.split_last() else {
        return;
    };
    let Some(before) = others.last().and_then(|o| o.chars().last()) else {
        return;
    };
    let lm = lexicon::dictionary();
    let chars: Vec<char> = last.chars().collect();
    // The last item may be a char longer than the others (果蔬、肉类、水产品
    // 冷链流通率).
    let lengths = others.iter().rev().map(|o| o.chars().count());
    let split = lengths.clone().chain(lengths.map(|n| n + 1)).find(|&n| {
        let Some((item, head)) = (n + 2 <= chars.len()).then(|| chars.split_at(n)) else {
            return false;
        };
        opens_word(&head.iter().collect::<String>())
            && (lm.chars_logp(item).is_some() || item.last() == Some(&before))
    });
    if let Some(n) = split {
        let head: String = chars[n..].iter().collect();
        let others = items.len() - 1;
        items[..others]
            .iter_mut()
            .for_each(|item| item.push_str(&head));
    }
}

/// Whether `s` opens with a word of the dictionary of two to four chars
/// (约束, 再制造).
fn opens_word(s: &str) -> bool {
    let lm = lexicon::dictionary();
    let chars: Vec<char> = s.chars().take(4).collect();
    (2..=chars.len()).any(|n| lm.chars_logp(&chars[..n]).is_some())
}

/// Whether `phrase` ends in a word the dictionary tags as a verb
/// (坚持改造, 管好): an action, not a thing.
pub fn ends_in_verb(phrase: &str) -> bool {
    ends_in_word(phrase, |w| lexicon::dictionary().is_verb(w))
}

/// The things listed before 各 that a figure after it gives each of
/// (新建无烟医疗卫生机构、无烟学校各 → 新建无烟医疗卫生机构, 无烟学校; 小麦、
/// 大豆绿色高质高效示范片各 → 小麦绿色高质高效示范片, …); none unless the
/// phrase ends in 各 after a list.
pub fn each_of(phrase: &str) -> Option<Vec<String>> {
    let list: Vec<char> = phrase.strip_suffix('各')?.chars().collect();
    let mut items = Vec::new();
    let mut from = 0;
    while from <= list.len() {
        let end = next_list_mark(&list, from, list.len()).unwrap_or(list.len());
        let item = trim_phrase(&list[from..end].iter().collect::<String>());
        if !item.is_empty() {
            items.push(item);
        }
        from = end + 1;
    }
    share_head(&mut items);
    (items.len() >= 2).then_some(items)
}

/// Where the next list mark (、) between `from` and `limit` in `chars`
/// stands: one that ends an item, not one inside brackets (县（市、区）) or
/// between numerals (二、三级渔港).
pub fn next_list_mark(chars: &[char], from: usize, limit: usize) -> Option<usize> {
    let numeral = |k: usize| {
        chars
            .get(k)
            .is_some_and(|&c| "一二三四五六七八九十".contains(c))
    };
    let mut depth = 0usize;
    (from..limit).find(|&at| {
        match chars[at] {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        chars[at] == '、' && depth == 0 && !(at > 0 && numeral(at - 1) && numeral(at + 1))
    })
}

/// Whether `phrase` opens with a word the dictionary tags as a verb
/// (奠定坚实基础): a predicate, not a thing.
pub fn opens_in_verb(phrase: &str) -> bool {
    opens_in_word(phrase, |w| lexicon::dictionary().is_verb(w))
}

/// Whether `phrase` ends in a word of two to four chars that `is`.
fn ends_in_word(phrase: &str, is: impl Fn(&str) -> bool) -> bool {
    phrase
        .char_indices()
        .rev()
        .skip(1)
        .take(3)
        .any(|(at, _)| is(&phrase[at..]))
}

/// Where the longest word of the dictionary, of two to four chars, that
/// `phrase` ends in starts (增加值, not the rare 加值).
fn last_word_start(phrase: &str) -> Option<usize> {
    let lm = lexicon::dictionary();
    phrase
        .char_indices()
        .rev()
        .skip(1)
        .take(3)
        .filter(|&(at, _)| lm.word_logp(&phrase[at..]).is_some())
        .last()
        .map(|(at, _)| at)
}

/// Whether `phrase` opens with a word of two to four chars that `is`
/// ([`ends_in_word`] read from the other end).
fn opens_in_word(phrase: &str, is: impl Fn(&str) -> bool) -> bool {
    let ends = phrase
        .char_indices()
        .map(|(at, _)| at)
        .chain([phrase.len()]);
    ends.skip(2).take(3).any(|end| is(&phrase[..end]))
}

/// What a clause opening with the preposition 对 or 把 does something to:
/// the words up to its first verb, or, when that verb only modifies a
/// noun with 的, up to the verb after that noun (对安全鉴定为三类坝的小型水库实施…
/// → 小型水库); and what is done to it, when a light verb ([`LIGHT_VERBS`])
/// ends the clause on it (对全市乡镇商贸中心实施改造提升 → 全市乡镇商贸中心
/// 改造提升). Not 对标 or 对接, words the preposition opens.
pub fn handled_object(clause: &str) -> Option<String> {
    let clause = clause.trim_start();
    if !clause.starts_with(['对', '把']) || !opens_with_preposition(clause) {
        return None;
    }
    let rest = &clause['对'.len_utf8()..];
    let lm = lexicon::dictionary();
    let verb_after = |from: usize| {
        rest[from..]
            .char_indices()
            .skip(1)
            .map(|(at, _)| from + at)
            .find(|&at| opens_in_word(&rest[at..], |w| lm.is_verb(w)))
    };
    let mut span = 0..verb_after(0)?;
    // A modifier's 的 comes soon after its verb, with no figure between
    // (鉴定为三类坝的; not 给予最高50%的贴息).
    let modifier = &rest[span.end..];
    let modifies = !LIGHT_VERBS.iter().any(|v| modifier.starts_with(v));
    let of = modifier
        .char_indices()
        .take(MODIFIER_CHARS)
        .take_while(|(_, c)| !c.is_ascii_digit())
        .find(|&(_, c)| c == '的')
        .map(|(at, _)| at);
    if let Some(of) = of.filter(|_| modifies) {
        let head = span.end + of + '的'.len_utf8();
        if let Some(verb) = verb_after(head) {
            span = head..verb;
        }
    }
    let object = non_empty(trim_phrase(&rest[span.clone()]))?;
    let done = LIGHT_VERBS
        .iter()
        .find_map(|v| rest[span.end..].strip_prefix(v))
        .map(str::trim)
        .filter(|done| (1..=ACTION_CHARS).contains(&done.chars().count()));
    Some(object + done.unwrap_or_default())
}

/// How far after its verb, in chars, a modifier's 的 is looked for.
const MODIFIER_CHARS: usize = 8;

/// Verbs that carry no action of their own, only the noun after them
/// (实施改造提升, 开展排查, 进行整治).
const LIGHT_VERBS: &[&str] = &["实施", "开展", "进行", "组织"];

/// How long, in chars, what a light verb carries may be to join its
/// object: an action (除险加固), not a clause.
const ACTION_CHARS: usize = 6;

/// Whether `phrase` is one verb alone (办结, 完成): what was done to the
/// things counted before it (收集意见61条，已办结54条), not a thing.
pub fn is_bare_verb(phrase: &str) -> bool {
    lexicon::dictionary().is_verb(phrase) || is_creating_verb(phrase)
}

/// The status a part's figure is given by the verb right after it (其中173宗
/// 已获批 → 获批, 约17.2万项已获遵办 → 获遵办, 均已完成整改 → 完成整改, 其中
/// 23家通过省级验收 → 通过省级验收): the part is the whole's things in that
/// state.
pub fn status_after(after: &str) -> Option<String> {
    /// How many chars a status runs to: a verb and its object, no clause.
    const STATUS_CHARS: usize = 6;
    predicate(after, STATUS_CHARS)
}

/// What the things a figure counts did, when their noun after the figure
/// is the subject of a short predicate to the clause's end (214家企业获得
/// 设备购置补助, 420株古树被社会认养, 13个项目已列入国家级…名录): the count
/// is of the things that did it. `read` is what was read after the figure;
/// `existing`, whether 有 stands before the figure (已有6个项目完成), which
/// makes the noun a subject, so that a verb alone is its predicate.
pub fn predicate_after(after: &str, read: &Qualified, existing: bool) -> Option<String> {
    /// How many chars a predicate runs to: a verb, an object and its
    /// modifiers, but no second clause.
    const PREDICATE_CHARS: usize = 24;
    let noun = read.noun.as_str();
    let at = after.find(noun).filter(|_| !noun.is_empty())?;
    // (The noun, with its level, must open the words after the figure, or
    // end the clause describing it: 5263名在乡村学校从教满30年的教师.)
    let before = after[..at].trim_matches(EDGE_MARKS);
    let level = read.qualifier.as_deref().unwrap_or_default();
    let before = before.strip_suffix(level).unwrap_or(before);
    if !(before.is_empty() || before.ends_with('的')) {
        return None;
    }
    let rest = &after[at + noun.len()..];
    let run = predicate(rest, PREDICATE_CHARS)?;
    // A verb alone may make a noun of the words before it (支持38个项目建设,
    // 完成153个终端标准化运维提升): a predicate has an object, or an adverb
    // before it (6个老旧小区改造已经开工). What things have (14个司法所中已有
    // 11个) is the next figure's.
    let adverb = !rest.trim_start().starts_with(run.as_str());
    ((adverb || existing || !is_bare_verb(&run)) && !run.starts_with('有')).then_some(run)
}

/// The noun `verb` last took in `words`: another bare one (2026年新建
/// 30万亩，2027年新建32万亩) names nothing.
pub fn verb_took_last(verb: &str, words: &str) -> Option<String> {
    words
        .rmatch_indices(verb)
        .map(|(at, _)| &words[at + verb.len()..])
        .find(|rest| rest.starts_with(|c: char| crate::lm::is_han(c)))
        .map(|rest| {
            noun_after(
                &rest[..rest
                    .find(|c: char| !crate::lm::is_han(c))
                    .unwrap_or(rest.len())],
            )
        })
        .filter(|noun| noun.starts_with(|c: char| crate::lm::is_han(c)))
}

/// `s` without the adverb of completion or of all it opens with (已建成 →
/// 建成, 均已完成 → 完成, 全部建成 → 建成).
pub fn without_done_adverb(s: &str) -> &str {
    ["已经", "均已", "都已", "已", "均", "全部", "全面"]
        .iter()
        .find_map(|w| s.strip_prefix(w))
        .unwrap_or(s)
}

/// The predicate `rest` opens with, past an adverb of completion (已, 均已,
/// [`without_done_adverb`]): a verb (or a passive 获, 被, or a verb going
/// on, 正在建设) and what follows it to the clause's end, in at most
/// `max_chars` chars of words and quotes. None when a figure is in or
/// right after it (已使用超过30年: a measure, no state), or it is a copula
/// (均为民办).
fn predicate(rest: &str, max_chars: usize) -> Option<String> {
    let rest = without_done_adverb(rest.trim_start());
    // (A conjunction ends it: 已获遵从而撤销 → 获遵从; 并 opens 并网. A Latin
    // name goes on with it: 完成公用地方LED照明改造.)
    let run: String = rest
        .chars()
        .take_while(|&c| {
            (crate::lm::is_han(c) || c.is_ascii_alphabetic() || "“”「」《》".contains(c))
                && !"而且及".contains(c)
        })
        .take(max_chars + 1)
        .collect();
    let numeral =
        |c: char| c.is_ascii_digit() || c != '一' && super::number::chinese_digit(c).is_some();
    let next = rest[run.len()..].chars().next();
    if next.is_some_and(numeral) || run.chars().any(numeral) || run.starts_with(['为', '是']) {
        return None;
    }
    let lm = lexicon::dictionary();
    let opens_verb = |s: &str| is_bare_verb(s) || opens_in_word(s, |w| lm.is_verb(w));
    // (A passive may take one char as a verb, 获批, 被拒, or name the agent
    // before its verb: 被社会认养, 获法庭加重判刑, 获发相关许可; 正在 keeps
    // the verb going.)
    let is_predicate = run.chars().count() <= max_chars
        && (opens_verb(&run)
            || run
                .strip_prefix(['获', '被'])
                .is_some_and(|verb| !verb.is_empty())
            || run
                .strip_prefix("正在")
                .is_some_and(|verb| !verb.is_empty()));
    is_predicate.then_some(run)
}

/// What a clause's first verb acts on: the words after the first word the
/// dictionary knows as a verb (消防处每年为前线人员举办山火扑救训练课程 →
/// 山火扑救训练课程), trimmed as a phrase. None when no verb or no object.
pub fn object_of_first_verb(clause: &str) -> Option<String> {
    let chars: Vec<char> = clause.chars().collect();
    (0..chars.len()).find_map(|at| object_of_verb_at(&chars, at))
}

/// What a clause's last verb with an object acts on (向全日制高校毕业生发放
/// 生活补贴 → 生活补贴), trimmed as a phrase.
pub fn object_of_last_verb(clause: &str) -> Option<String> {
    let chars: Vec<char> = clause.chars().collect();
    verbs_read(&chars)
        .into_iter()
        .rev()
        .find_map(|(end, _)| object_after(&chars[end..]))
}

/// Where the words the dictionary knows as verbs end in `chars`, read left
/// to right, the longest word the dictionary knows each time (毕业生发放生活
/// 补贴: 毕业生, 发放, not the 生发 and 放生 across them), with each verb's
/// length.
fn verbs_read(chars: &[char]) -> Vec<(usize, usize)> {
    let lm = lexicon::dictionary();
    let mut verbs = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        let word = (2..=4)
            .rev()
            .filter(|&n| at + n <= chars.len())
            .find(|&n| lm.chars_logp(&chars[at..at + n]).is_some());
        match word {
            Some(n) => {
                at += n;
                if lm.is_verb(&String::from_iter(&chars[at - n..at])) {
                    verbs.push((at, n));
                }
            }
            None => at += 1,
        }
    }
    verbs
}

/// The things a figure counts when it is where something was done (在327个
/// 老旧小区建成集中充电场所 → 老旧小区): the words after the figure up to
/// their first verb, two chars or more. None when no verb follows them. A
/// verb they open with is their own (居住社区建成充电设施 → 居住社区).
pub fn noun_before_verb(after: &str) -> Option<String> {
    let chars: Vec<char> = after.chars().collect();
    let (end, n) = verbs_read(&chars).into_iter().find(|&(end, n)| end > n)?;
    let noun = trim_phrase(&String::from_iter(&chars[..end - n]));
    (noun.chars().count() >= 2 && noun.chars().all(|c| crate::lm::is_han(c) || c == '的'))
        .then_some(noun)
}

/// Where the longest verb of two to four chars starting at `at` ends, if
/// one does and words follow it.
fn verb_end(chars: &[char], at: usize) -> Option<usize> {
    let lm = lexicon::dictionary();
    (2..=4)
        .rev()
        .filter(|&n| at + n < chars.len())
        .find(|&n| lm.is_verb(&String::from_iter(&chars[at..at + n])))
        .map(|n| at + n)
}

/// What the longest verb starting at `at` acts on: the words after it,
/// trimmed as a phrase, when they are no bare verb.
fn object_of_verb_at(chars: &[char], at: usize) -> Option<String> {
    let end = verb_end(chars, at)?;
    // (A verb overlapping it runs on: 下设有 → 设有.)
    let verb = (at + 1..end)
        .filter_map(|at| verb_end(chars, at))
        .fold(end, usize::max);
    object_after(&chars[verb..])
}

/// The words after a verb, trimmed as a phrase, when they name an object:
/// two chars or more, no bare verb.
fn object_after(words: &[char]) -> Option<String> {
    let object = trim_phrase(&String::from_iter(words));
    (object.chars().count() >= 2 && !is_bare_verb(&object)).then_some(object)
}

/// Whether `noun`, read before a figure from the words `pre`, is a verb
/// there: a bare verb, a state negated (不合格218批次), or a word that 已
/// makes one (已启动38个: the dictionary has 启动 as a verbal noun).
pub fn acts_before_figure(noun: &str, pre: &str) -> bool {
    is_bare_verb(noun)
        || is_negated_state(noun)
        || pre
            .trim_end()
            .strip_suffix(noun)
            .is_some_and(|lead| lead.ends_with('已'))
            && lexicon::dictionary().word_logp(noun).is_some()
}

/// Whether `phrase` is 不 before a word of the dictionary, and no word
/// itself (不合格, 不达标; not 不动产): a state some of the things counted
/// before are in, no thing (抽检9860批次，不合格218批次).
fn is_negated_state(phrase: &str) -> bool {
    let lm = lexicon::dictionary();
    phrase
        .strip_prefix('不')
        .is_some_and(|state| lm.word_logp(state).is_some() && lm.word_logp(phrase).is_none())
}

/// Whether `phrase` says what something does not do or has not done
/// (未正常运营, 尚未开工, 没有达标): a predicate, no thing. A noun or a
/// time that opens with 未 (未成年人, 未来社区) is none.
pub fn is_negated(phrase: &str) -> bool {
    let lm = lexicon::dictionary();
    let opens_noun = || {
        phrase
            .char_indices()
            .skip(2)
            .map(|(at, _)| &phrase[..at])
            .chain([phrase])
            .any(|word| lm.word_logp(word).is_some() && !lm.is_verb(word))
    };
    ["未", "尚未", "没有", "不再"]
        .iter()
        .any(|w| phrase.starts_with(w))
        && !(phrase.starts_with('未') && opens_noun())
}

/// The verbs of [`VERBS`] that create what their figure measures.
fn creating_verbs() -> impl Iterator<Item = &'static str> {
    VERBS
        .iter()
        .filter(|&&(_, kind)| kind == TargetKind::Create)
        .map(|&(verb, _)| verb)
}

/// The verb of addition (新增, 新建) that `words` put right before
/// `noun`, maybe with its level between (新增省级医学重点专科), or that
/// `words` are alone: the measure is of what is new.
pub fn adding_verb_before<'w>(words: &'w str, noun: &str) -> Option<&'w str> {
    let words = words.trim_matches(|c: char| !crate::lm::is_han(c));
    let before_noun = (!noun.is_empty())
        .then(|| words.find(noun).map(|at| &words[..at]))
        .flatten();
    let before_level = before_noun.map(|b| match QUALIFIER.find_iter(b).last() {
        Some(level) if level.end() == b.len() => &b[..level.start()],
        _ => b,
    });
    ADDING_VERBS
        .iter()
        .copied()
        .find(|verb| words == *verb)
        .or_else(|| before_noun.and_then(|words| joined_adding_verbs(words, noun)))
        .or_else(|| before_noun.and_then(adding_verb_ending))
        .or_else(|| before_level.and_then(adding_verb_ending))
}

/// `text` split at each of the `separators` that stands between words: a
/// joining char that makes a dictionary word with its neighbour (及时,
/// 普及, 和平) is part of it.
pub fn split_outside_words<'t>(text: &'t str, separators: &[char]) -> Vec<&'t str> {
    let lm = lexicon::dictionary();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let in_word = |k: usize| {
        let pair = |a: usize, b: usize| {
            chars
                .get(a)
                .zip(chars.get(b))
                .is_some_and(|(&(_, x), &(_, y))| lm.chars_logp(&[x, y]).is_some())
        };
        chars[k].1 != '、' && (k > 0 && pair(k - 1, k) || pair(k, k + 1))
    };
    let mut pieces = Vec::new();
    let mut from = 0;
    for (k, &(at, c)) in chars.iter().enumerate() {
        if separators.contains(&c) && !in_word(k) {
            pieces.push(&text[from..at]);
            from = at + c.len_utf8();
        }
    }
    pieces.push(&text[from..]);
    pieces
}

/// The marks that join two verbs done together (新建、改扩建, 新建和改造,
/// 新增及更新), read the same by counts and goals.
pub const JOINERS: [char; 4] = ['、', '和', '及', '与'];

/// A verb of addition joined to another verb at the end of `words`
/// before `noun` (新建、改扩建体育场地, 新增和更新, or 新建和 before a noun
/// opening on its verb: 新建和改造农村供水工程): the two are done
/// together, the first adding.
fn joined_adding_verbs<'w>(words: &'w str, noun: &str) -> Option<&'w str> {
    JOINERS.iter().find_map(|&joiner| {
        let at = words.rfind(joiner)?;
        let second = &words[at + joiner.len_utf8()..];
        let first = adding_verb_ending(&words[..at])?;
        let joined = if second.is_empty() {
            leading_verb(noun).is_some()
        } else {
            is_bare_verb(second) || COUNT_VERBS.contains(&second)
        };
        joined.then(|| &words[at - first.len()..])
    })
}

/// The verb `phrase` opens with (改造农村供水工程 → 改造), the longest of
/// two to four chars.
pub fn leading_verb(phrase: &str) -> Option<&str> {
    // The ends of its first two, three and four chars.
    let ends = phrase
        .char_indices()
        .map(|(at, _)| at)
        .chain([phrase.len()]);
    let ends: Vec<usize> = ends.skip(2).take(3).collect();
    ends.into_iter()
        .rev()
        .map(|end| &phrase[..end])
        .find(|verb| is_bare_verb(verb))
}

/// The verb `words` close on (以上、建成 → 建成), the longest of two to
/// four chars.
pub fn trailing_verb(words: &str) -> Option<&str> {
    // The starts of its last two, three and four chars.
    let starts: Vec<usize> = words
        .char_indices()
        .rev()
        .map(|(at, _)| at)
        .skip(1)
        .take(3)
        .collect();
    starts
        .into_iter()
        .rev()
        .map(|start| &words[start..])
        .find(|verb| is_bare_verb(verb))
}

/// The verb of addition `words` end on, not after a char that closes a
/// word with its 新 ([`new_closes_word`]).
pub fn adding_verb_ending(words: &str) -> Option<&'static str> {
    ADDING_VERBS.iter().copied().find(|verb| {
        words
            .strip_suffix(verb)
            .is_some_and(|before| !new_closes_word(before))
    })
}

/// Whether the 新 of a verb of addition right after `before` closes a word
/// with its last char (最新发布, 重新认定, 创新推广, 更新建设): no addition.
/// (Not 其中新增: 中新 is a name.)
fn new_closes_word(before: &str) -> bool {
    /// The words 新 closes that say how, not that something was added.
    const NOT_ADDED: [char; 10] = ['最', '重', '创', '更', '全', '崭', '革', '翻', '刷', '焕'];
    before
        .chars()
        .next_back()
        .is_some_and(|c| NOT_ADDED.contains(&c))
}

/// The verbs of addition, longest first: the creating verbs that open
/// with 新 (新增, 新建, 新开工), 新 before another (新认定, 新引进, 新发布)
/// and 新改建 (roads built or rebuilt).
static ADDING_VERBS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    /// Creating verbs that 新 does not open a verb of addition with: a
    /// total's (累计建成) and a task's (完成).
    const NOT_AFTER_NEW: &[&str] = &["累计建成", "完成"];
    let mut verbs: Vec<&'static str> = vec!["新改建"];
    for verb in creating_verbs() {
        if verb.starts_with('新') {
            verbs.push(verb);
        } else if !NOT_AFTER_NEW.contains(&verb) {
            verbs.push(Box::leak(format!("新{verb}").into_boxed_str()));
        }
    }
    verbs.sort_by_key(|verb| std::cmp::Reverse(verb.len()));
    verbs
});

/// `noun` without the verb of addition it opens with (新增规模以上工业企业
/// → 规模以上工业企业): the things themselves, not those added.
pub fn without_adding_verb(noun: &str) -> &str {
    leading_adding_verb(noun).map_or(noun, |verb| &noun[verb.len()..])
}

/// The verb of addition `noun` opens with (新增规模以上工业企业 → 新增).
pub fn leading_adding_verb(noun: &str) -> Option<&'static str> {
    ADDING_VERBS
        .iter()
        .copied()
        .find(|verb| noun.starts_with(verb))
}

/// Whether `phrase` is a verb that creates what its figure measures
/// (新建, 新增), whatever the dictionary tags it (新建 is also a county).
pub fn is_creating_verb(phrase: &str) -> bool {
    creating_verbs().any(|verb| verb == phrase)
}

/// The creating verb `words` end on (全市共建成 → 建成), the longest.
pub fn creating_verb_ending(words: &str) -> Option<&'static str> {
    creating_verbs()
        .filter(|verb| words.ends_with(verb))
        .max_by_key(|verb| verb.len())
}

/// How much rarer than its last char alone a word may be and still be
/// read as a word where that char could be a verb (雷达 against 达).
const COMMON_WORD_NATS: f32 = 3.0;

/// How much less probable than a filler on its own a verb it closes may be
/// and still be read as that verb (签约 is 4 nats below 约, 统共 7 below 共).
const RARE_VERB_NATS: f32 = 5.0;

/// Nouns that end in a verb of [`FUNCTION_WORDS`]: 违法行为 keeps its 为,
/// 违法建设 (illegal buildings) its 建设.
const NOUNS_ENDING_IN_VERBS: &[&str] = &[
    "行为",
    "违法建设",
    "违章建设",
    "国有",
    "公有",
    "私有",
    "所有",
    "集体所有",
];

fn trailing_word(s: &str) -> Option<&'static str> {
    let lm = lexicon::dictionary();
    // The word the last char makes with the char before it (雷达, 签约).
    let mut last = s.chars().rev();
    let pair = last
        .next()
        .zip(last.next())
        .map(|(end, before)| (end, [before, end], String::from_iter([before, end])));
    // A one-char verb that ends a common word of the dictionary other than
    // a verb is that word's (天气雷达2部: 雷达, not 达; the rare 已为 and
    // 高达 are no such words). A one-char filler that closes a verb with
    // the char before it is that verb's (在线签约12.9万份: 签约, not “about”;
    // 涉及, 参与), unless the verb is rare beside the filler alone (全系统共:
    // 统共).
    let keeps_pair = |w: &str| {
        let Some((end, chars, word)) = &pair else {
            return false;
        };
        if SHORT_VERBS.iter().any(|(v, _)| *v == w) {
            lm.chars_logp(chars)
                .is_some_and(|lp| lp >= lm.char_logp(*end) - COMMON_WORD_NATS)
                && !lm.is_verb(word)
        } else {
            w.chars().count() == 1
                && lm.is_verb(word)
                && lm
                    .word_logp(word)
                    .is_some_and(|lp| lp >= lm.char_logp(*end) - RARE_VERB_NATS)
        }
    };
    let closes_word = |w: &str| {
        MODALS.contains(&w)
            && pair
                .as_ref()
                .is_some_and(|(_, chars, _)| lm.chars_logp(chars).is_some())
    };
    // A verb of improvement after another verb that follows a noun names
    // one task on it (民宿改造提升), no figure's verb; after a verb alone
    // (改造提升, 新建和改造提升) the two go as verbs do.
    let joins_verb = |w: &str| {
        let improves = VERBS
            .iter()
            .any(|(v, kind)| *v == w && *kind == TargetKind::Increase);
        if w.chars().count() != 2 || !improves {
            return false;
        }
        let before = &s[..s.len() - w.len()];
        last_word_start(before)
            .filter(|&at| lm.is_verb(&before[at..]))
            .is_some_and(|at| {
                let noun = &before[..at];
                noun.chars()
                    .next_back()
                    .is_some_and(|c| crate::lm::is_han(c) && !"和及与或并、".contains(c))
                    && !ends_in_verb(noun)
            })
    };
    let ends_noun = |w: &str| {
        keeps_pair(w)
            || closes_word(w)
            || joins_verb(w)
            || NOUNS_ENDING_IN_VERBS
                .iter()
                .any(|n| n.len() > w.len() && s.ends_with(n))
    };
    // (A verb of addition goes whole: 当年新发布, not 当年新.)
    if let Some(adding) = adding_verb_ending(s).filter(|v| s.len() > v.len()) {
        return Some(adding);
    }
    FUNCTION_WORDS
        .suffixes(s)
        .map(|(w, _)| w)
        .find(|w| s.len() > w.len() && !ends_noun(w))
}

/// The noun right after a figure (“10家绿色园区” → 绿色园区): it ends
/// where a predicate starts. A predicate right after the figure that ends
/// in 的 is a relative clause, and the noun follows it (“1所达到三级医院
/// 服务能力的县级综合医院” → 县级综合医院).
pub fn noun_after(after: &str) -> String {
    // A bracket right after the figure holds an aside (300家（其中国家级
    // 龙头企业30家）), whose words name other things.
    // A tab ends the figure's cell: the next cell (a deadline, who leads
    // the task) names nothing the figure counts.
    if after.starts_with(['（', '(']) || after.trim_start_matches(' ').starts_with('\t') {
        return String::new();
    }
    let after = after.trim_start_matches(EDGE_MARKS);
    // A conjunction joins the next figure's noun (客运量约1.2亿人次及货运量约
    // 1,000万公吨), not this one's (和 opens 和美乡村, 与 a relative clause:
    // 27个与「海绵城市」相关的工程项目).
    if after.starts_with('及') || after.starts_with("以及") {
        return String::new();
    }
    // (Not the 的 of 的士, Hong Kong's taxis.)
    let after = match after.strip_prefix('的') {
        Some(rest) if !rest.starts_with('士') => rest,
        _ => after,
    };
    // Divisions counted with those alongside them in brackets (21个市(州),
    // 3个县（市、区）1∶5万地质灾害风险调查评价, 80%以上的县（市）) keep their
    // brackets.
    let divisions: String = after.chars().take(divisions_len(after)).collect();
    if divisions.ends_with(['）', ')']) {
        let rest = &after[divisions.len()..];
        let more = if rest.starts_with(|c: char| crate::lm::is_han(c) || c.is_alphanumeric()) {
            noun_after(rest)
        } else {
            String::new()
        };
        return divisions + &more;
    }
    let dated = ATTAINMENT
        .find_iter(after)
        .find(|m| dates_what_follows(&after[m.end()..]))
        .map_or(after.len(), |m| m.start());
    // A share written out in words (…行政区的百分之八十三点七) is the next
    // figure, none of the noun; one quoted is a slogan's (“六个百分之百”).
    let quoted = |at: usize| after[..at].matches('“').count() > after[..at].matches('”').count();
    let share = after
        .match_indices("百分之")
        .map(|(at, _)| at)
        .find(|&at| !quoted(at))
        .unwrap_or(after.len());
    // A date after the noun opens its predicate (约2 000个人才公寓单位于2027年
    // 落成).
    let dated_predicate = DATED_PREDICATE
        .find(after)
        .map_or(after.len(), |m| m.start());
    let end = PREDICATE
        .find(after)
        .map_or(after.len(), |m| m.start())
        .min(dated)
        .min(dated_predicate)
        .min(share);
    let end = end - among_len(&after[..end], &after[end..]);
    let noun = match after.split_once('的') {
        Some((_, noun)) if end == 0 && !noun.is_empty() => return noun_after(noun),
        _ => with_opening_verb(&after[..end]),
    };
    // (A clause so opened may describe the noun after its 的: 5263名在乡村
    // 学校从教满30年的教师.)
    if opens_with_preposition(&noun) && !noun.contains('的') {
        return String::new();
    }
    // The next cell of a table row (62万个⇥97%) names nothing; GDP does;
    // nor does the date of the next figure (由3 985家增至二〇二五年的4 694家).
    let date = |c: char| {
        c.is_ascii_digit()
            || super::number::chinese_digit(c).is_some()
            || "年月日底末的".contains(c)
    };
    if noun.chars().any(char::is_alphabetic) && !noun.chars().all(date) {
        noun
    } else {
        String::new()
    }
}

/// The length of the 中 that closes `noun` as “among” the things it names
/// when its clause ends there (第二期的34个试点项目中，有17个…): a
/// postposition, no part of the noun, unless the dictionary's best reading
/// binds it into a word (12所高中, 3个城中村), or it follows a verb as the
/// 中 of what is under way (7宗仍在处理中, 4座施工中).
fn among_len(noun: &str, rest: &str) -> usize {
    let closes_clause = rest.is_empty() || rest.starts_with(['，', ',', '：', ':']);
    let Some(head) = noun
        .strip_suffix('中')
        .filter(|h| closes_clause && !h.is_empty() && !ends_in_verb(h))
    else {
        return 0;
    };
    let lm = lexicon::dictionary();
    let head: Vec<char> = head.chars().collect();
    let whole: Vec<char> = noun.chars().collect();
    let apart = lm.score(&head) + lm.char_logp('中');
    if apart >= lm.score(&whole) {
        '中'.len_utf8()
    } else {
        0
    }
}

/// A year the words after a noun are dated by (于2027年, 于二〇二七年).
static DATED_PREDICATE: LazyLock<Pattern> =
    lazy_regex!("于(?:\\d{4}|二[〇零○][〇零○一二三四五六七八九]{2})年");

/// A noun right after its figure, trimmed as any phrase but keeping the
/// verb that opens it: there it qualifies the noun (200个延长时间服务名额,
/// 30个提升服务中心), as no predicate comes between a figure and its noun.
pub fn with_opening_verb(after: &str) -> String {
    let noun = trim_phrase(after);
    let raw = after.trim_matches(EDGE_MARKS);
    match raw.strip_suffix(noun.as_str()) {
        Some(verb)
            if !noun.is_empty()
                && leading_word(raw) == Some(verb)
                && lexicon::dictionary().is_verb(verb)
                && !FILLERS.contains(&verb) =>
        {
            raw.to_string()
        }
        _ => noun,
    }
}

/// What all the things a figure counts reach, when they all do (23个行政村
/// 全部实现城乡供水管网覆盖 → 行政村全部实现城乡供水管网覆盖) or each completes
/// it (1000家企业完成数字化改造): the figure is all there are, or as many as
/// will, and what they reach is what the goal measures. `noun` is
/// the noun read from `after`, the words after the figure.
pub fn all_reaching(after: &str, noun: &str) -> Option<String> {
    const ALL: &[&str] = &["全部", "均", "都"];
    let bare = ALL
        .iter()
        .find_map(|w| noun.strip_suffix(w))
        .unwrap_or(noun);
    if bare.is_empty() {
        return None;
    }
    let at = after.find(bare)? + bare.len();
    let rest = &after[at..];
    // (Not the 均 of 年均 or 均衡, nor the 都 of 都市.)
    let means_all = |w: &str| match w {
        "均" => is_distributive_jun(bare.chars().last(), rest[w.len()..].chars().next()),
        "都" => !rest[w.len()..].starts_with(['市', '会']),
        _ => true,
    };
    // (Or each of them completes it: 1000家出口型制造企业完成数字化改造.)
    let all = ALL
        .iter()
        .find(|w| rest.starts_with(*w) && means_all(w))
        .or_else(|| rest.starts_with("完成").then_some(&""))?;
    // (The verb stays: what is reached is an act, 实现…覆盖; a figure's
    // digits after it are the next figure's.)
    let reached = rest[all.len()..]
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches(|c: char| c.is_ascii_digit() || !c.is_alphanumeric());
    (!reached.is_empty()).then(|| format!("{bare}{all}{reached}"))
}

/// Whether 均 between the chars `before` and `after` it spreads over the
/// things before it (均达到, 均建成), not part of an average (年均, 人均) or
/// a word (均衡, 均等).
pub fn is_distributive_jun(before: Option<char>, after: Option<char>) -> bool {
    !before.is_some_and(|c| "年人平户亩生日月季周".contains(c))
        && !after.is_some_and(|c| "值衡匀等价".contains(c))
}

/// Whether `words` open with a preposition, not with a word it starts
/// (向社会开放体育场地, not 在建项目 or 对口支援县): after a figure they say
/// what the things counted do, and name none.
fn opens_with_preposition(words: &str) -> bool {
    const PREPOSITIONS: &[char] = &['向', '对', '从', '为', '在', '与', '给', '把', '被'];
    let mut chars = words.chars();
    let (Some(first), Some(second)) = (chars.next(), chars.next()) else {
        return false;
    };
    PREPOSITIONS.contains(&first)
        && crate::extract::lexicon::dictionary()
            .word_logp(&format!("{first}{second}"))
            .is_none()
}

/// Whether the words after a verb open with a localizer of time (建成后,
/// 创建以来): the verb dates what follows, it gives no status, and the
/// noun before it ends there (8个项目建成后闲置 counts the 项目).
fn dates_what_follows(rest: &str) -> bool {
    ["后", "前", "时", "以后", "以来", "之后", "之前"]
        .iter()
        .any(|w| rest.starts_with(w))
}

/// When the words after a count say what status the counted things gained
/// (“国家高新区创建了国家级绿色工业园区”), splits them into what is
/// counted (国家高新区) and the status (国家级绿色工业园区).
pub fn attainment(after: &str) -> Option<(String, String)> {
    // A copula right after the figure also gives a status: “2家为国家级示范企业”.
    let copula = ["为", "是"]
        .into_iter()
        .find(|c| after.starts_with(c))
        .map(|c| (0, c));
    let (at, verb) = copula.or_else(|| ATTAINMENT.find(after).map(|m| (m.start(), m.as_str())))?;
    if dates_what_follows(&after[at + verb.len()..]) {
        return None;
    }
    let mut object = &after[at + verb.len()..];
    object = object.strip_prefix('了').unwrap_or(object);
    while let Some(v) = ["建设", "为"].iter().find(|v| object.starts_with(*v)) {
        object = &object[v.len()..];
    }
    // A status may open with a clause describing it (为在香港以外水域作业的
    // 捕捞渔船): the status is what its 的 leads to.
    if opens_with_preposition(object) {
        object = object.rsplit_once('的').map_or(object, |(_, head)| head);
    }
    let object = noun_after(object);
    // What is received is no status (4.3万家小微企业获得信用贷款, 9个地区组织
    // 获批资助 count the 企业 and the 组织).
    let received = ["获得", "获批"].contains(&verb) && RECEIVED.is_match(&object);
    // One char left is the verb's own (获批准): no status named.
    let named = object.chars().nth(1).is_some();
    let holder = &after[..at];
    let holder = DATED_PREDICATE
        .find(holder)
        .map_or(holder, |m| &holder[..m.start()]);
    (named && !received).then(|| (trim_phrase(holder), object))
}

/// What things get that they do not become: money, help, a service, a
/// certificate (42间本地渔场获得认证).
static RECEIVED: LazyLock<Pattern> = lazy_regex!(
    "(?:贷款|授信|融资|补贴|补助|资助|奖励|资金|支持|帮扶|服务|认证|许可|授权|资质|证书)$"
);

/// The kinds of division a report counts by the dozen, maybe with those
/// counted alongside them in brackets: 县（市、区）, 区（市）县, 乡镇（街道）,
/// 村（社区）, 州（市）.
static DIVISIONS: LazyLock<Pattern> = lazy_regex!(
    r"^(?:乡镇|街道|社区|行政村|[县市区乡镇村旗州盟])(?:[（(](?:乡镇|街道|社区|行政村|[县市区乡镇村旗州盟、])+[）)]|[县市区])*"
);

/// How many chars the divisions opening `text` take (县（市、区）: 6), 0
/// when none does.
pub fn divisions_len(text: &str) -> usize {
    DIVISIONS
        .find(text)
        .map_or(0, |divisions| divisions.as_str().chars().count())
}

/// What the divisions counted right after a figure do, with them
/// (31个县（市、区）开展林业碳票试点 → 县（市、区）开展林业碳票试点): a count
/// of the places that do so. None when no such division opens `after`
/// or no deed follows it in its clause.
pub fn divisions_doing(after: &str) -> Option<String> {
    /// How long a deed is read, in chars.
    const DEED_CHARS: usize = 24;
    let divisions = DIVISIONS.find(after)?;
    let deed: String = after[divisions.end()..]
        .chars()
        .take_while(|&c| crate::lm::is_han(c) || c.is_ascii_alphanumeric() || "“”".contains(c))
        .take(DEED_CHARS)
        .collect();
    let opens_deed = deed
        .chars()
        .next()
        .is_some_and(|c| !"的和及与或等".contains(c));
    (opens_deed && deed.chars().count() >= 2).then(|| format!("{}{deed}", divisions.as_str()))
}

/// The kind a part of a whole is of when the words between 其中 and its
/// figure say it in a clause of their own, ending in 的 (由县级综合医院牵头的,
/// 达到省级标准的有, 通过资质认定（CMA）的): the clause with its 的. Not a
/// bare level (国家级的).
pub fn kind_of_part(own: &str) -> Option<&str> {
    let kind = own.trim_end_matches(['有', '为', '是', '共', '计']);
    let clause = kind.strip_suffix('的')?;
    let words: Vec<char> = outside_brackets(clause).collect();
    let all_han = words.iter().all(|&c| crate::lm::is_han(c));
    (words.len() >= 3 && all_han && !clause.ends_with('级')).then_some(kind)
}

/// What the things after a figure are, when a clause ending in 的有 stands
/// before it (全省村集体开展农业生产托管服务的有5318个村 → 开展农业生产托管服务的):
/// the clause with its 的, past the region it opens with.
pub fn described_before(pre: &str) -> Option<String> {
    let clause = pre.trim_end().strip_suffix("的有")?;
    let clause = clause.rsplit(['，', ',', '；', ';', '：', ':']).next()?;
    let (_, rest) = split_subject(&trim_phrase(clause));
    kind_of_part(&format!("{}的", trim_phrase(&rest))).map(String::from)
}

/// Whether a noun after a figure in `unit` only stands for the things
/// named before it: a unit of housing in Hong Kong usage (落成公營房屋約2.8萬
/// 個單位, 簡約公屋合共提供約3萬個單位) or of modules (投放人工鱼礁共1,200个
/// 单元), counted by 个; 128家单位 are organisations.
pub fn stands_for_noun_before(noun: &str, unit: &str) -> bool {
    matches!(noun, "单位" | "单元") && unit == "个"
}

/// Prepositions that name whom an action is done for or aimed at, with
/// their object right before a figure (为困难群众1362户发放采暖补贴).
static BENEFICIARY: LazyLock<Pattern> = lazy_regex!(r"(为|向|给|帮助|帮扶)(\p{Han}{2,10})$");

/// What a figure of things counts when it stands between the object of a
/// preposition and the verb done for them (为困难群众1362户发放采暖补贴 →
/// 困难群众, 向中小企业300家推送政策): what follows the figure opens with
/// a verb, so it tells the action, not the things. The preposition must
/// stand as a word of its own (not the 给 of 给予, the 为 of 作为 or 为民).
pub fn beneficiary_before(pre: &str, after: &str) -> Option<String> {
    let lm = lexicon::dictionary();
    // The longest word opening what follows (退役军人, not 退役; 脱贫户, not
    // 脱贫) is a verb.
    let opening: Vec<char> = after.chars().take(4).collect();
    let first_word = (2..=opening.len())
        .rev()
        .find(|&n| lm.chars_logp(&opening[..n]).is_some())
        .map(|n| String::from_iter(&opening[..n]));
    if !first_word.is_some_and(|w| lm.is_verb(&w)) {
        return None;
    }
    let caps = BENEFICIARY.captures(pre)?;
    let (prep, object) = (caps.get(1)?, caps.get(2)?);
    let joins = |a: Option<char>, b: Option<char>| {
        a.zip(b)
            .is_some_and(|(a, b)| lm.chars_logp(&[a, b]).is_some())
    };
    let first_of_object = object.as_str().chars().next();
    let prep_last = prep.as_str().chars().last();
    let before_prep = pre[..prep.start()].chars().last();
    let prep_first = prep.as_str().chars().next();
    if joins(prep_last, first_of_object) || joins(before_prep, prep_first) {
        return None;
    }
    // (Not a relative clause whose noun the figure's unit is, 向不符合条件的
    // 327人, nor a place, 为全县2860名独居、空巢老年人, 帮助全乡326户, nor a
    // verb's object, 为本地企业培训3200名人员.)
    let raw = object.as_str();
    let object = trim_phrase(raw);
    let ends_in_action = ends_in_word(&object, |w| lm.describes(w));
    let division = object.chars().count() <= 3
        && object.ends_with(['省', '市', '县', '区', '乡', '镇', '村'])
        || object.ends_with("社区")
        || object.ends_with("街道");
    (!object.is_empty()
        && !raw.ends_with('的')
        && !is_place(&object)
        && !division
        && !ends_in_action)
        .then_some(object)
}

/// Whether the words before a stand-in noun's figure name the things it
/// stands for (公营房屋), not an action (可供兴建约4,150个单位).
pub fn names_things_stood_for(before: &str) -> bool {
    !before.is_empty() && !ends_in_verb(before) && !is_bare_verb(before)
}

/// What a stand-in noun ([`stands_for_noun_before`]) counts when its own
/// clause names nothing before the figure: the things the clause before
/// it tells of, the object of its verb (政府已在全港8幅用地推展简约公屋项目)
/// or, with none, what the verb is said of (首批简约公屋项目已于2025年落成,
/// 新城A区多幅地段的经济房屋将陆续落成), its time and manner left out, and
/// named with the stand-in (首批简约公屋项目单位).
pub fn things_told_before(clause_before: &str, stand_in: &str) -> Option<String> {
    static HOUSING: LazyLock<Pattern> = lazy_regex!("[房屋楼寓宅舍]|单位");
    /// Words that end what a clause is said of and open how or when.
    static SAID_OF_ENDS: LazyLock<Pattern> =
        lazy_regex!("已|将[^军]|预计|计划|拟|陆续|正在|亦|于\\d|在\\d|方面");
    // A clause with figures of its own (在全港8幅用地推展…) counts other
    // things.
    if holds_figure(clause_before) {
        return None;
    }
    let (_, object) = split_at_count_verb(clause_before);
    let said_of = SAID_OF_ENDS
        .find(&object)
        .map_or(&object[..], |m| &object[..m.start()]);
    let things = trim_phrase(said_of);
    // Only housing has units so (on the mainland, 单位 are organisations:
    // 开展消防安全培训，覆盖1000个单位).
    (things.chars().count() >= 2
        && !things.contains(|c: char| c.is_ascii_digit())
        && HOUSING.is_match(&things))
    .then(|| with_stand_in(things, stand_in))
}

/// A year written out in digits (2024年), which is no figure of what a
/// phrase tells.
static YEAR_DIGITS: LazyLock<Pattern> = lazy_regex!(r"\d{4}年");

/// Whether `text` holds a figure in digits besides its years (在全港8幅用地,
/// 获得融资2860亿元; not 于2025年落成).
pub fn holds_figure(text: &str) -> bool {
    YEAR_DIGITS
        .replace_all(text, "")
        .contains(|c: char| c.is_ascii_digit())
}

/// The things a stand-in noun stands for, named with it (过渡性房屋,
/// 单位 → 过渡性房屋单位; 人工鱼礁, 单元 → 人工鱼礁单元): a reader may look for
/// either word.
pub fn with_stand_in(things: String, stand_in: &str) -> String {
    if things.ends_with(stand_in) {
        things
    } else {
        things + stand_in
    }
}

/// The last kind of housing `text` names, with the stand-in after it
/// (政府于2025年推出首批「人才公寓」试点项目 → 人才公寓单位; 已落成的过渡性
/// 房屋项目共22个 → 过渡性房屋单位): what a stand-in later in the sentence
/// counts when no clause right before it tells.
pub fn housing_named(text: &str, stand_in: &str) -> Option<String> {
    static HOUSING_NOUN: LazyLock<Pattern> = lazy_regex!(
        "(?:过渡性|简约|公营|公共|私营|私人|资助出售|人才|长者|经济|社会|青年|首置|出租|安置|保障性|租赁)?(?:房屋|公屋|居屋|公寓|宿舍|住宅)"
    );
    // (Not a body named after housing: 房屋委员会, 房屋署.)
    let body = |end: usize| text[end..].starts_with(['委', '署', '局', '处']);
    let found = HOUSING_NOUN
        .find_iter(text)
        .filter(|m| !body(m.end()))
        .last()?;
    Some(with_stand_in(found.as_str().to_string(), stand_in))
}

/// A noun that points back at a kind of thing or a measure named before
/// (这类基地, 此类项目, 上述企业, 这一比例): the pointer, and the head noun
/// it keeps.
static POINTS_BACK: LazyLock<Pattern> =
    lazy_regex!("^(?:这类|此类|该类|这些|上述|这批|此批|该批|这一|此一|这项|该项)(\\p{Han}{1,6})$");

/// How far back, in chars, the things a pointing noun means are looked for.
const POINTED_CHARS: usize = 300;

/// The things a noun that points back (这类基地: [`POINTS_BACK`]) means:
/// the last phrase of `before` that ends in its head noun, with what
/// qualifies it but without the figure or verb before it (每个县至少建设
/// 1所非遗传承教学基地，目前已建成这类基地97个 → 非遗传承教学基地). `None`
/// when the noun points at nothing, or at nothing more than its head.
pub fn pointed_at(noun: &str, before: &str) -> Option<String> {
    let head = POINTS_BACK.captures(noun)?.get(1)?.as_str();
    let from = before
        .char_indices()
        .rev()
        .nth(POINTED_CHARS)
        .map_or(0, |(at, _)| at);
    let before = &before[from..];
    let end = before.rfind(head)? + head.len();
    let opening = before[..end]
        .rfind(|c: char| "，,。；;：:、\n（）()《》".contains(c))
        .map_or(0, |at| {
            at + before[at..].chars().next().map_or(0, char::len_utf8)
        });
    let chunk: Vec<char> = before[opening..end].chars().collect();
    // (Past the last figure and its unit: 1所 of 1所非遗传承教学基地.)
    let past_figure = super::number::scan(&chunk).last().map_or(0, |q| q.end);
    let phrase: String = chunk[past_figure..].iter().collect();
    let (_, things) = split_at_count_verb(&phrase);
    let things = trim_phrase(&things);
    (things.len() > head.len() && things.ends_with(head) && !POINTS_BACK.is_match(&things))
        .then_some(things)
}

/// Splits a report's words before a count at its verb: “全市共培育省级以上
/// 绿色工厂” → (全市, 省级以上绿色工厂). Without a verb all is object.
/// When nothing follows the verb, what is counted stands before it, with
/// the measure that names it (“全市新能源汽车保有量达到” → (全市,
/// 新能源汽车保有量)): a reader may look for either word.
pub fn split_at_count_verb(pre: &str) -> (String, String) {
    // 新 before a verb is of the verb (当年新认定9家).
    // A verb that makes a noun with the char after it (发放项目认定书)
    // counts nothing: the verb before it may.
    let mut search = pre.len();
    // Nor does one closing a relative clause (开展职业技能等级认定的企业):
    // the clause describes the noun after its 的; nor one naming a kind of
    // the short head after it, inside what an earlier one acts on.
    let verb = loop {
        match COUNT_VERB_INDEX.last_in(&pre[..search]) {
            Some((at, verb, _))
                if is_compound_end(verb, &pre[at + verb.len()..])
                    || at > 0 && pre[at + verb.len()..].starts_with('的')
                    || names_kind_of_head(&pre[..at], &pre[at + verb.len()..]) =>
            {
                search = at
            }
            found => break found.map(|(at, verb, _)| (at, at + verb.len())),
        }
    };
    let found = verb
        .map(|(at, end)| match pre[..at].strip_suffix('新') {
            Some(before) => (before.len(), end),
            None => (at, end),
        })
        .into_iter()
        .chain(place_has(pre))
        .max_by_key(|(_, end)| *end);
    match found {
        Some((at, end)) => {
            let object = trim_phrase(&pre[end..]);
            // What is counted may be a verb that the count verb makes a
            // noun of (城镇新增就业21.3万人): the two name it together, with
            // the words before them that are no region (城镇新增就业). 新增
            // does so with a verb's phrase too, which names it whole
            // (“十四五”期间新增城镇就业27.6万人).
            if &pre[at..end] == "新增" && !is_bare_verb(&object) && ends_in_verb(&object) {
                return (trim_phrase(&pre[..at]), format!("新增{object}"));
            }
            if is_bare_verb(&object) {
                let (region, rest) = split_subject(&trim_phrase(&pre[..at]));
                let (region, rest) = match region {
                    Some(region) => (region, rest),
                    None if is_place(&rest) => (rest, String::new()),
                    None => (String::new(), rest),
                };
                return (region, format!("{rest}{}{object}", &pre[at..end]));
            }
            if !object.is_empty() {
                return (trim_phrase(&pre[..at]), object);
            }
            let measured = trim_phrase(&pre[..at]);
            let bare = without_measure(&measured);
            let (region, noun) = split_subject(bare);
            let measure = &measured[bare.len()..];
            (region.unwrap_or_default(), trim_phrase(&noun) + measure)
        }
        None => (String::new(), trim_phrase(pre)),
    }
}

/// Whether a count verb between `before` and a short head `rest` names a
/// kind of the head (认定机构, 认定考核) rather than what is done to it:
/// it follows the noun an earlier verb acts on (全省共备案职业技能等级认定
/// 机构1426家 counts 认定机构, which were 备案), or a verb that takes the
/// two as its object (参加认定考试1.2万人次), but not a count verb it runs on
/// from (建成投用项目), nor nothing.
fn names_kind_of_head(before: &str, rest: &str) -> bool {
    /// Chars of a head that a verb before it may name a kind of.
    const HEAD_CHARS: usize = 2;
    let head = len_outside_brackets(&trim_phrase(rest));
    let ends_in_count_verb = |text: &str| COUNT_VERB_INDEX.suffixes(text).next().is_some();
    (1..=HEAD_CHARS).contains(&head)
        && before.chars().next_back().is_some_and(crate::lm::is_han)
        && !ends_in_count_verb(before)
        && before
            .char_indices()
            .map(|(at, c)| &before[..at + c.len_utf8()])
            .any(|earlier| ends_in_verb(earlier) || ends_in_count_verb(earlier))
}

/// How many chars of `phrase` stand outside brackets: an alternative in
/// them (机构（企业）, 镇（街道）) adds no length to what a rule measures.
pub fn len_outside_brackets(phrase: &str) -> usize {
    outside_brackets(phrase).count()
}

/// The chars of `phrase` outside brackets.
fn outside_brackets(phrase: &str) -> impl Iterator<Item = char> + '_ {
    let mut depth = 0usize;
    phrase.chars().filter(move |&c| match c {
        '（' | '(' => {
            depth += 1;
            false
        }
        '）' | ')' => {
            depth = depth.saturating_sub(1);
            false
        }
        _ => depth == 0,
    })
}

/// Whether `rest`, what follows `verb`, opens with a char that closes a
/// word of the dictionary with it (认定书, 建设者, 建成区面积, 开发区): the
/// verb is part of a noun there.
fn is_compound_end(verb: &str, rest: &str) -> bool {
    /// A noun this long after the verb is its own phrase: the verb acts on
    /// it.
    const MOST_REST_CHARS: usize = 8;
    if rest.chars().nth(MOST_REST_CHARS).is_some() {
        return false;
    }
    let rest = trim_phrase(rest);
    let lm = lexicon::dictionary();
    // (Not where that char opens a word of its own, 发生地质灾害 is no
    // 发生地, nor where the longer word is a verb too: 认定为.)
    rest.chars().next().is_some_and(|next| {
        let word: String = verb.chars().chain([next]).collect();
        lm.word_logp(&word).is_some()
            && !lm.is_verb(&word)
            && (rest.chars().count() == 1 || !opens_word(&rest))
    })
}

/// Words that turn a counted noun into a measure of it: 企业数量, 汽车保有量,
/// 道路总长, 公路里程, 太阳光电装置容量. A longer word comes before the word
/// it ends in.
const MEASURES: &[&str] = &[
    "保有量",
    // Taiwan's capacities (装机容量 and 装机规模 keep their name in counts).
    "装置容量",
    "设置容量",
    "并网容量",
    "数量",
    "总数",
    "总量",
    "总长度",
    "总长",
    "长度",
    "通车总里程",
    "总里程",
    "通车里程",
    "营业里程",
    "运营里程",
    "里程",
    "总面积",
];

/// Measures named alone that keep their name, of the owner counted before
/// them (装机规模 → 新型储能电站装机规模; 中医类医院27个，实有床位6860张;
/// 举办科普讲座11.35万次，参加人数1862.4万人次: those who came to them). The
/// measure words that stand for their owner instead (总数, 长度, 里程:
/// [`is_measure`]) take its noun as an elliptic figure does.
pub const OWNED_MEASURES: &[&str] = &[
    "规模",
    "装机规模",
    "容量",
    "装机容量",
    "装机",
    "面积",
    "床位",
    "实有床位",
    "编制床位",
    "开放床位",
    "参加人数",
    "参与人数",
    "参观人数",
    "受训人数",
    "受益人数",
];

/// Units that count people or their visits.
pub const PEOPLE_UNITS: &[&str] = &["人", "人次", "名", "位"];

/// Whether the things `owner` names, counted before in `owner_unit`, own a
/// measure named alone after them (`measure`, one of [`OWNED_MEASURES`]:
/// 标准地2000宗、面积7万亩). Beds are an institution's, not people's
/// (卫生技术人员4.2万人，实有床位…) nor a measure's (客房总数…); no measure
/// owns another (编制床位…，实有床位…).
pub fn owns_measure(owner: &str, owner_unit: &str, measure: &str) -> bool {
    let beds = measure.ends_with("床位");
    OWNED_MEASURES.contains(&measure)
        && !(beds && (PEOPLE_UNITS.contains(&owner_unit) || without_measure(owner) != owner))
        && !OWNED_MEASURES.iter().any(|m| owner.ends_with(m))
}

/// A phrase without the measure word it ends in: 企业数量 → 企业.
pub fn without_measure(phrase: &str) -> &str {
    MEASURES
        .iter()
        .find_map(|m| phrase.strip_suffix(m))
        .unwrap_or(phrase)
}

/// The verb a measure named by an act opens with (建成面积, 改造规模 →
/// 建成, 改造): the measure ([`is_measure`], [`OWNED_MEASURES`]) of what
/// was done by it, its things left out.
pub fn act_of_measure(phrase: &str) -> Option<&str> {
    let (at, _) = phrase.char_indices().nth(2)?;
    let (verb, measure) = phrase.split_at(at);
    ((is_measure(measure) || OWNED_MEASURES.contains(&measure))
        && lexicon::dictionary().is_verb(verb))
    .then_some(verb)
}

/// Whether a phrase is only a measure word, its noun left out
/// (新增企业213家、总数突破2600家).
pub fn is_measure(phrase: &str) -> bool {
    MEASURES.contains(&phrase)
}

/// A body's 有: what it has (管理委员会有委员29名).
pub const BODY_HAS: &str = "(?:委员会|协会|学会|商会|联合会|中心|公司|集团)有";

/// The 有 of “我市有…”, “全省有…”, “管理委员会有委员29名”: a verb only after
/// a place or a body.
fn place_has(pre: &str) -> Option<(usize, usize)> {
    // 全国有, but not the 国有 of 国有博物馆 (state-owned). Where 有 opens
    // a word and the char after it none (全市有效发明专利, but 全县有限额
    // 以上企业), the place ends before the word.
    static PLACE_HAS: LazyLock<Pattern> = lazy_regex!(&format!("[市省县区内]有|全国有|{BODY_HAS}"));
    PLACE_HAS.find_iter(pre).last().map(|m| {
        let at = m.end() - "有".len();
        if opens_word(&pre[at..]) && !opens_word(&pre[m.end()..]) {
            (at, at)
        } else {
            (at, m.end())
        }
    })
}

/// A noun phrase split into an optional place or sector, an optional level
/// of recognition, and the noun itself. A sector (5G行业虚拟专网) or a tier
/// of administration (村级服务点) stays at the head of the noun too.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Qualified {
    pub place: Option<String>,
    pub qualifier: Option<String>,
    pub noun: String,
}

impl Qualified {
    /// The noun without the tier or sector it keeps at its head (村级服务点 →
    /// 服务点), as other items that share it with a level of their own name
    /// it (国家级、省级、村级服务点).
    pub fn bare_noun(&self) -> &str {
        [&self.qualifier, &self.place]
            .into_iter()
            .flatten()
            .find_map(|head| self.noun.strip_prefix(head.as_str()))
            .filter(|rest| !rest.is_empty())
            .unwrap_or(&self.noun)
    }
}

/// “全省国家级绿色工厂” → place 全省, qualifier 国家级, noun 绿色工厂.
pub fn split_qualifier(phrase: &str) -> Qualified {
    // 县级市, 地级市: a level and a division's suffix name a kind of place.
    let found = QUALIFIER
        .find(phrase)
        .map(|m| without_names_end(phrase, m.start(), m.as_str()))
        .filter(|(at, q)| !is_division_kind(&phrase[at + q.len()..]))
        .filter(|(at, q)| {
            let graded = q.contains("A级") || q.contains("星级");
            !graded || trim_phrase(&phrase[at + q.len()..]).is_empty()
        });
    match found {
        // A city's own level by its name (揭阳市级直播电商基地): the name is
        // the level's, not where the things are.
        Some((at, q)) if names_own_level(&phrase[..at], q) => Qualified {
            place: None,
            qualifier: Some(phrase[..at + q.len()].to_string()),
            noun: trim_phrase(&phrase[at + q.len()..]),
        },
        // A level of recognition (国家级, 省级以上) qualifies the noun; a tier
        // of administration or a rank (村级服务点, 市县级文物保护单位, 国际级
        // 赛事) is part of its name too, and stays in it.
        // One char after the level names nothing by itself: the level is
        // part of the name (县级社, 省级馆).
        Some((at, q)) => {
            let noun = trim_phrase(&phrase[at + q.len()..]);
            let named = noun.chars().nth(1).is_some();
            Qualified {
                place: non_empty(trim_phrase(&phrase[..at])),
                qualifier: Some(q.to_string()),
                noun: if RECOGNITION_LEVEL.is_match(q) && named || noun.is_empty() {
                    noun
                } else {
                    format!("{q}{noun}")
                },
            }
        }
        None if is_place(phrase) => Qualified {
            place: non_empty(phrase.to_string()),
            ..Qualified::default()
        },
        // A size alone (其中大型14处、中型以上2处) sorts the things of the
        // whole, as a level alone does.
        None if SIZE_ALONE.is_match(phrase) => Qualified {
            qualifier: Some(phrase.to_string()),
            ..Qualified::default()
        },
        // “农村地区5G基站”: a sector or area word ends the place, and
        // still qualifies the noun (5G行业虚拟专网, 国际及地区航线).
        None => match place_end(phrase) {
            Some(end) => Qualified {
                place: Some(phrase[..end].to_string()),
                qualifier: None,
                noun: trim_phrase(phrase),
            },
            None => Qualified {
                noun: phrase.to_string(),
                ..Qualified::default()
            },
        },
    }
}

/// A level found from the 州 that ends a city's name (荆州市级 is 荆州's
/// 市级, not a 州市级 of 荆): the level starts after it. 州市级 alone, after
/// a pointer or after a division (各州市级, 云南省州市级) is the
/// prefectures' tier.
fn without_names_end<'a>(phrase: &str, at: usize, level: &'a str) -> (usize, &'a str) {
    let named = phrase[..at].chars().next_back().is_some_and(|c| {
        crate::lm::is_han(c) && !PLACE_POINTERS.contains(&c) && !DIVISION_ENDS.contains(&c)
    });
    match level.strip_prefix('州') {
        Some(rest) if named && !rest.starts_with('级') => (at + '州'.len_utf8(), rest),
        _ => (at, level),
    }
}

/// Chars that point at a place or rank it instead of naming it (本市, 各县,
/// 全区, 该市): no place's name opens with them.
pub const PLACE_POINTERS: [char; 7] = ['本', '我', '各', '全', '该', '每', '其'];

/// How a division's name ends (衡阳县, 揭阳市).
pub const DIVISION_ENDS: [char; 8] = ['省', '市', '县', '区', '镇', '乡', '州', '旗'];

/// Whether `name`, right before the level `level`, is the bare name of the
/// city or county that level is (揭阳 of 揭阳市级, 长沙 of 长沙市级), not a
/// pointer (其他县级) nor a place with its suffix (揭阳市市级); a city's
/// name may end in 州 itself (荆州 of 荆州市级).
fn names_own_level(name: &str, level: &str) -> bool {
    const MOST_NAME_CHARS: usize = 4;
    ["市级", "县级", "州级"]
        .iter()
        .any(|l| level.starts_with(l))
        && (2..=MOST_NAME_CHARS).contains(&name.chars().count())
        && name.chars().all(crate::lm::is_han)
        && !name.starts_with(PLACE_POINTERS)
        && (!name.ends_with(DIVISION_ENDS)
            || name.ends_with('州')
                && level.starts_with("市级")
                && lexicon::dictionary().is_place(name))
}

/// Where a leading place ends inside a noun phrase: after its last sector
/// or area word (行业, 领域, 地区), when a noun of two chars or more follows
/// and the word neither ends a longer one (银行业金融机构: 银行) nor opens
/// one (行业性工资集体协商: 行业性). Alone at
/// the start it names no place but opens the noun (地区康健中心); after
/// people or an organisation, 地区 is the noun's own, whose they are
/// (长者地区中心, 跨国公司地区总部; 矿山领域 is still a sector).
fn place_end(phrase: &str) -> Option<usize> {
    let lm = lexicon::dictionary();
    ["行业", "领域", "地区"]
        .iter()
        .filter_map(|w| phrase.rfind(w).map(|at| (at, w)))
        .filter(|&(at, _)| at > 0)
        .filter(|&(at, w)| {
            let owner = &phrase[..at];
            let before = owner.chars().next_back();
            let first = w.chars().next();
            let owned = *w == "地区"
                && ["公司", "集团", "企业", "机构", "者", "人"]
                    .iter()
                    .any(|o| owner.ends_with(o));
            // (行业性, 行业协会: the word and one or two chars after it.)
            let opens_longer = (1..=2).any(|more| {
                let rest: Vec<char> = phrase[at + w.len()..].chars().take(more).collect();
                let longer: Vec<char> = w.chars().chain(rest.iter().copied()).collect();
                rest.len() == more && lm.chars_logp(&longer).is_some()
            });
            !owned
                && before
                    .zip(first)
                    .is_none_or(|(b, f)| lm.chars_logp(&[b, f]).is_none())
                && !opens_longer
        })
        .map(|(at, w)| at + w.len())
        .filter(|&end| phrase[end..].chars().count() >= 2)
        .max()
}

/// Whether a phrase names a region or a sector rather than a thing: not
/// a kind of place (设市城市38个, 地级市17个), which is counted.
pub fn is_place(phrase: &str) -> bool {
    // Divisions given as alternatives in brackets (县（市）, 县（市、区）)
    // name places as the first does.
    let divisions = |inner: &str| {
        inner
            .split('、')
            .all(|d| !d.is_empty() && divisions_len(d) == d.chars().count())
    };
    let phrase = match phrase
        .strip_suffix(['）', ')'])
        .and_then(|p| p.rsplit_once(['（', '(']))
    {
        Some((first, inner)) if divisions(inner) => first,
        _ => phrase,
    };
    let kind = ["城市", "级市", "辖市", "区市"]
        .iter()
        .any(|k| phrase.ends_with(k));
    !kind
        && !names_kind_of_division(phrase)
        && !is_market(phrase)
        && ([
            "行业",
            "领域",
            "地区",
            "经济区",
            "新城",
            "市",
            "省",
            "县",
            "州",
        ]
        .iter()
        .any(|end| phrase.ends_with(end))
            || (phrase.ends_with('区') && !ends_in_area_noun(phrase))
            || is_named_zone(phrase))
}

/// Whether `phrase` names one development zone by its place (苏州工业园区,
/// 昆山开发区, 杭州高新区): a district a figure belongs to, where a zone
/// named by its kind (省级工业园区, 化工园区) is a thing counted.
fn is_named_zone(phrase: &str) -> bool {
    const ZONES: &[&str] = &[
        "园区",
        "高新区",
        "开发区",
        "经济技术开发区",
        "高新技术产业开发区",
        "经开区",
        "保税区",
        "自贸区",
    ];
    let lm = lexicon::dictionary();
    ZONES.iter().any(|zone| {
        phrase.strip_suffix(zone).is_some_and(|stem| {
            let chars: Vec<char> = stem.chars().collect();
            chars.len() <= 4
                && (2..=3).any(|n| {
                    chars.len() >= n && lm.is_place(&chars[..n].iter().collect::<String>())
                })
        })
    })
}

/// Whether `phrase` ends in a word of two chars for a market or shop
/// that only looks like a city (超市, 夜市, 门市, 集市): the dictionary's
/// word, no place, and no place's name running into it (江门市, 杭州市).
/// Not the whole or this one of a city (全市, 本市, 该市).
fn is_market(phrase: &str) -> bool {
    let Some(stem) = phrase.strip_suffix('市') else {
        return false;
    };
    let lm = lexicon::dictionary();
    let mut before = stem.chars().rev();
    let Some(first) = before.next() else {
        return false;
    };
    let word = [first, '市'];
    // (江门市: 江门 is the place's name, 门市 only looks like a word.)
    let name_runs_in = before
        .next()
        .is_some_and(|c| lm.chars_logp(&[c, first]).is_some());
    !"全本我该各外他此两每分".contains(first)
        && lm.chars_logp(&word).is_some()
        && !lm.is_place(&String::from_iter(word))
        && !name_runs_in
        && !lm.is_place(phrase)
}

/// Whether `phrase` names a kind of county, city or province, not one of
/// them (示范县52个, 全程机械化示范县, 重点县): the word before the
/// division's suffix is one of the dictionary's, but no place, and the
/// two together are no place either.
fn names_kind_of_division(phrase: &str) -> bool {
    let lm = lexicon::dictionary();
    let Some(stem) = ["县", "市", "省", "州"]
        .iter()
        .find_map(|suffix| phrase.strip_suffix(suffix))
    else {
        return false;
    };
    // After what sorts the places (开通预约响应服务的县), the suffix names
    // the kind of those that do so. (Alone, as in 全市18个县, or after
    // what governs them, 全省下辖的县, it names how the place is divided,
    // which no report counts.)
    if let Some(sorting) = stem.strip_suffix('的') {
        return !["辖", "属"].iter().any(|w| sorting.ends_with(w));
    }
    let word_before = stem
        .char_indices()
        .rev()
        .skip(1)
        .take(3)
        .map(|(at, _)| &stem[at..])
        .filter(|w| lm.word_logp(w).is_some())
        .last();
    // (A rare name the dictionary tags as a person's is a county's there,
    // 寿光市; a common word it so tags is a kind, 文明县.)
    let county_name =
        |w: &str| lm.is_name(w) && lm.word_logp(w).is_some_and(|lp| lp < RARE_NAME_LOGP);
    word_before.is_some_and(|w| {
        !lm.is_place(w)
            && !county_name(w)
            && !lm.is_place(&phrase[stem.len() - w.len()..])
            && !lm.is_place(phrase)
    })
}

/// Below this log-probability a word tagged as a person's name is rare
/// enough to be a county's (寿光: -15.2, 德清: -14.6; 文明, 智慧 are common).
const RARE_NAME_LOGP: f32 = -13.0;

/// Whether what follows a level is a division's suffix alone (县级市).
fn is_division_kind(rest: &str) -> bool {
    ["市", "区", "县", "镇"].contains(&rest)
}

/// Whether `phrase` ends in an area a report counts (示范区, 老旧小区,
/// 儿童活动区, 危险区, 地质灾害风险区): a thing, not a district, whatever its
/// suffix. An area named by what is done or found there is one (the word
/// before its 区 a verb, a verbal noun, an adjective or a common noun); so
/// are [`AREA_NOUNS`].
pub fn ends_in_area_noun(phrase: &str) -> bool {
    // A word of two chars (全区 is the whole district), that with its 区
    // names no place the dictionary knows (安定区, 振兴区), and not right
    // after a city's or a province's name (定西市安定区).
    let lm = lexicon::dictionary();
    let described = phrase.strip_suffix('区').is_some_and(|stem| {
        let mut starts = stem.char_indices().rev().map(|(at, _)| at);
        let Some(at) = starts.nth(1) else {
            return false;
        };
        let after_division = starts
            .next()
            .is_some_and(|before| stem[before..at].starts_with(['市', '省', '州', '县', '盟']));
        let word = &stem[at..];
        (lm.describes(word) || lm.is_common_noun(word))
            && !lm.is_place(&phrase[at..])
            && !after_division
    });
    described || AREA_NOUNS.iter().any(|n| phrase.ends_with(n))
}

/// Areas that are things a report counts (老旧小区132个, 示范区5个), not
/// the district a figure belongs to (清江浦区41个).
const AREA_NOUNS: &[&str] = &[
    "园区",
    "小区",
    "社区",
    "景区",
    "街区",
    "片区",
    "专区",
    "校区",
    "厂区",
    "矿区",
    "库区",
    "灌区",
    "林区",
    "牧区",
    "功能区",
    "先行区",
];

/// Splits the subject off a metric: “重庆市规模以上工业企业单位增加值能耗”
/// → (重庆市规模以上工业企业, 单位增加值能耗); “全省单位GDP能耗” →
/// (全省, 单位GDP能耗); a region named by the writer's own (我市, 本省)
/// is one too.
pub fn split_subject(phrase: &str) -> (Option<String>, String) {
    static REGION: LazyLock<Pattern> =
        lazy_regex!("^(?:全国|[全我本][省市区县]|[\\p{Han}]{2,6}?(?:省|市|自治区))");
    let holder_end = ["企业", "行业"]
        .iter()
        .filter_map(|w| phrase.rfind(w).map(|at| at + w.len()))
        .filter(|&end| phrase[end..].chars().count() >= 2)
        .max();
    let region_end = REGION
        .find(phrase)
        .map(|m| m.end())
        // (Not 市场, nor the level of 安排省级财政资金.)
        .filter(|&end| {
            !phrase[end..].starts_with(['场', '级']) && phrase[end..].chars().count() >= 2
        });
    match holder_end.or(region_end) {
        Some(end) => (Some(phrase[..end].to_string()), trim_phrase(&phrase[end..])),
        None => (None, phrase.to_string()),
    }
}

pub fn non_empty(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joining_chars_inside_words_split_nothing() {
        let joins = ['、', '和', '及'];
        assert_eq!(split_outside_words("能耗和水耗", &joins), ["能耗", "水耗"]);
        assert_eq!(
            split_outside_words("报告及时率、规范处置率", &joins),
            ["报告及时率", "规范处置率"]
        );
        assert_eq!(
            split_outside_words("普及率及巩固率", &joins),
            ["普及率", "巩固率"]
        );
    }

    #[test]
    fn kinds() {
        assert_eq!(governing_kind("能耗下降"), TargetKind::Decrease);
        assert_eq!(governing_kind("比例提高到"), TargetKind::Reach);
        assert_eq!(
            governing_kind("建成绿色园区30个、绿色工厂"),
            TargetKind::Create
        );
        assert_eq!(governing_kind("利用率保持在"), TargetKind::Maintain);
        assert_eq!(governing_kind("综合能耗为"), TargetKind::Reach);
    }

    #[test]
    fn a_time_or_a_determiner_names_no_thing() {
        assert_eq!(trim_phrase("届时过渡性房屋单位总数"), "过渡性房屋单位总数");
        // A verb before a bare measure names what it measures; a filler
        // leaves the measure alone, for its owner to be found.
        assert_eq!(trim_phrase("推广面积不少于"), "推广面积");
        assert_eq!(trim_phrase("建设规模"), "建设规模");
        assert_eq!(trim_phrase("累计装置容量"), "装置容量");
        assert_eq!(trim_phrase("届时整个"), "");
        assert_eq!(trim_phrase("全数余下约"), "");
    }

    #[test]
    fn what_is_not_done_is_no_noun_but_a_minor_is() {
        assert!(is_negated_state("不合格") && is_negated_state("不达标"));
        assert!(!is_negated_state("不动产") && !is_negated_state("合格"));
        assert!(is_negated("未正常运营"));
        assert!(is_negated("尚未开工"));
        assert!(!is_negated("未成年人"));
        assert!(!is_negated("未来社区"));
        assert!(!is_negated("养老服务设施"));
    }

    #[test]
    fn verbs_of_addition_are_found_through_a_level_and_after_新() {
        assert_eq!(
            adding_verb_before("全年新增省级医学重点专科", "医学重点专科"),
            Some("新增")
        );
        assert_eq!(
            adding_verb_before("全年新改建农村公路", "农村公路"),
            Some("新改建")
        );
        assert_eq!(
            adding_verb_before("新引进产业链项目", "产业链项目"),
            Some("新引进")
        );
        assert_eq!(adding_verb_before("累计引进产业链项目", "产业链项目"), None);
        assert_eq!(without_adding_verb("新认定新型研发机构"), "新型研发机构");
        assert_eq!(trim_phrase("新发布"), "");
        assert_eq!(trim_phrase("市场最新发布"), "市场最新");
        assert_eq!(
            adding_verb_before("重新认定高新技术企业", "高新技术企业"),
            None
        );
        assert_eq!(trim_phrase("当年新发布"), "当年");
    }

    #[test]
    fn an_obliging_要_ends_no_metric_but_a_word_keeps_its_要() {
        assert_eq!(trim_phrase("综合机械化率要"), "综合机械化率");
        assert_eq!(trim_phrase("规划纲要"), "规划纲要");
    }

    #[test]
    fn trims() {
        assert_eq!(trim_phrase("、绿色工厂"), "绿色工厂");
        // A bracket the phrase pairs stays; a Latin abbreviation is kept as
        // the thing's other name, a Han aside and an item's label are not.
        assert_eq!(
            trim_phrase("自动体外除颤器（AED）"),
            "自动体外除颤器（AED）"
        );
        assert_eq!(trim_phrase("各类博物馆（纪念馆）"), "各类博物馆");
        // A word or two the head may be read as instead stays.
        assert_eq!(trim_phrase("国际首台（套）"), "国际首台（套）");
        assert_eq!(
            trim_phrase("社区卫生服务中心（站）"),
            "社区卫生服务中心（站）"
        );
        assert_eq!(len_outside_brackets("所有镇（街道）"), 3);
        // Divisions so given name places as the first does.
        assert!(is_place("县（市）") && is_place("全市各县(市)"));
        assert_eq!(trim_phrase("新建（改造）农村公厕"), "新建（改造）农村公厕");
        assert_eq!(
            trim_phrase("（b）在政府建筑物设置绿化天台"),
            "在政府建筑物设置绿化天台"
        );
        // A speaker's 我们 is who acts, no part of the thing.
        assert_eq!(trim_phrase("我们再增设"), "增设");
        assert_eq!(trim_phrase("——培育骨干经营主体"), "骨干经营主体");
        // Verbs listed before 的 qualify the noun; a verb alone goes.
        assert_eq!(
            trim_phrase("新建、改建的城市道路达标率"),
            "新建、改建的城市道路达标率"
        );
        assert_eq!(trim_phrase("新建城市道路"), "城市道路");
        assert_eq!(trim_phrase("实现年节水量"), "年节水量");
        // A time word before a verb dates the clause; quotes the phrase
        // closes or opens stay.
        assert_eq!(trim_phrase("年内力争执业律师"), "执业律师");
        assert_eq!(trim_phrase("全年新增市场主体"), "全年新增市场主体");
        assert_eq!(trim_phrase("政府将把主航道水深"), "主航道水深");
        assert_eq!(trim_phrase("4\t完成蓝碳交易项目"), "蓝碳交易项目");
        assert_eq!(trim_phrase("要把关口前移"), "要把关口前移");
        assert_eq!(trim_phrase("新建“家门口”就业服务站"), "“家门口”就业服务站");
        assert_eq!(trim_phrase("推行“一网通办”，"), "推行“一网通办”");
        assert_eq!(trim_phrase("“绿色工厂”"), "绿色工厂");
        assert_eq!(trim_phrase("2026年度预算"), "2026年度预算");
        // A filler opening a word the dictionary knows well is the word's;
        // before a chance collocation (确保全) it goes.
        assert_eq!(trim_phrase("计划生育技术服务机构"), "计划生育技术服务机构");
        assert_eq!(trim_phrase("基本养老保险参保率"), "基本养老保险参保率");
        assert_eq!(trim_phrase("确保全市儿童友好社区"), "全市儿童友好社区");
        assert_eq!(trim_phrase("计划供应工业用地"), "供应工业用地");
        assert_eq!(trim_phrase("节约型机关"), "节约型机关");
        assert_eq!(trim_phrase("为全市治理率"), "全市治理率");
        assert_eq!(trim_phrase("违法行为"), "违法行为");
        assert_eq!(trim_phrase("9月底前支出进度"), "支出进度");
        assert_eq!(trim_phrase("截至8月底已惠及老年人"), "惠及老年人");
        // A verb of improvement after a noun's own verb names the task.
        assert_eq!(trim_phrase("民宿改造提升"), "民宿改造提升");
        assert_eq!(trim_phrase("覆盖率提升"), "覆盖率");
        // (增加值 is the word there, not the rare verb 加值.)
        assert_eq!(trim_phrase("产业增加值突破"), "产业增加值");
        assert_eq!(trim_phrase("新建和改造提升"), "改造");
        assert_eq!(
            trim_phrase("工业固体废物综合利用率达到"),
            "工业固体废物综合利用率"
        );
        assert_eq!(trim_phrase("威海火炬高技术开发区"), "威海火炬高技术开发区");
        // A one-char filler goes, unless it opens a word.
        assert_eq!(trim_phrase("已建成公共充电桩"), "公共充电桩");
        assert_eq!(trim_phrase("约束性指标"), "约束性指标");
        assert_eq!(trim_phrase("在线签约"), "在线签约");
        assert_eq!(trim_phrase("总投资约"), "总投资");
        assert_eq!(trim_phrase("共享单车"), "共享单车");
        assert_eq!(trim_phrase("再制造产业规模"), "再制造产业规模");
        // A project's stage is its class; quoted examples are not the noun.
        assert_eq!(trim_phrase("其中新开工项目"), "新开工项目");
        assert_eq!(trim_phrase("新开工亿元以上项目"), "亿元以上项目");
        assert_eq!(
            trim_phrase("“红色故都”“客家摇篮”等精品旅游公路线路"),
            "精品旅游公路线路"
        );
    }

    #[test]
    fn places_and_kinds_of_places() {
        let split = |p: &str| split_qualifier(p).place;
        assert_eq!(
            split("全市钢铁行业绿色工厂").as_deref(),
            Some("全市钢铁行业")
        );
        assert_eq!(split("银行业金融机构"), None);
        let level = |p: &str| split_qualifier(p).qualifier;
        assert_eq!(level("设区市级妇幼保健机构").as_deref(), Some("设区市级"));
        assert_eq!(
            level("县（市、区）级妇幼保健机构").as_deref(),
            Some("县（市、区）级")
        );
        assert_eq!(split("开展行业性工资集体协商"), None);
        assert_eq!(split("全市建筑行业协会会员单位"), None);
        assert_eq!(split("农村地区5G基站").as_deref(), Some("农村地区"));
        // Whose the area is, not where: the area word is the noun's.
        assert_eq!(split("长者地区中心"), None);
        assert_eq!(split("跨国公司地区总部"), None);
        assert_eq!(
            split("试点地区智慧农业应用场景").as_deref(),
            Some("试点地区")
        );
        assert!(is_place("吉林省"));
        assert!(!is_place("全程机械化示范县"));
        assert!(!is_place("重点县"));
        // (A county whose name the dictionary tags as a person's.)
        assert!(is_place("寿光市"));
        assert!(!is_place("文明县"));
        // A market only looks like a city.
        assert!(!is_place("超市") && !is_place("农村便民超市") && !is_place("夜市"));
        assert!(is_place("厦门市") && is_place("江门市") && is_place("杭州市") && is_place("沙市"));
        assert!(is_place("全市") && is_place("本市") && is_place("该市"));
        // An area named by what is done or found there is a thing counted;
        // a district is named by a name.
        assert!(!is_place("公园儿童活动区"));
        assert!(!is_place("地质灾害危险区"));
        assert!(!is_place("集中安置区"));
        assert!(!is_place("地质灾害风险区") && !is_place("高风险区"));
        assert!(is_place("和平区") && is_place("鼓楼区") && is_place("攀西经济区"));
        assert!(is_place("清江浦区"));
        assert!(is_place("芙蓉区"));
        assert!(is_place("雨花区"));
        assert!(is_place("全区"));
        assert!(is_place("安定区"));
        assert!(is_place("定西市安定区"));
        assert!(is_place("丹东市振兴区"));
        assert!(!is_place("开发区"));
    }

    #[test]
    fn what_all_the_things_counted_reach_names_them() {
        let reaching = |after: &str| all_reaching(after, &noun_after(after));
        assert_eq!(
            reaching("行政村全部实现城乡供水管网覆盖").as_deref(),
            Some("行政村全部实现城乡供水管网覆盖")
        );
        assert_eq!(
            reaching("设区市均建成标准化古籍修复室").as_deref(),
            Some("设区市均建成标准化古籍修复室")
        );
        assert_eq!(
            reaching("出口型制造企业完成数字化改造").as_deref(),
            Some("出口型制造企业完成数字化改造")
        );
        assert_eq!(
            reaching("农户全部完成改厕").as_deref(),
            Some("农户全部完成改厕")
        );
        // An average is no “all”, and things that reach nothing are named
        // as they were.
        assert_eq!(reaching("重点产业链营业收入年均增长"), None);
        assert_eq!(reaching("城乡基本公共服务均等"), None);
        assert_eq!(reaching("绿色工厂"), None);
    }

    #[test]
    fn a_handled_object_skips_a_modifiers_verb_but_not_a_grants_amount() {
        assert_eq!(
            handled_object("对安全鉴定为三类坝的小型水库实施除险加固").as_deref(),
            Some("小型水库除险加固")
        );
        assert_eq!(
            handled_object("对小微企业给予最高50%的贴息支持").as_deref(),
            Some("小微企业")
        );
    }

    #[test]
    fn nouns_after() {
        assert_eq!(
            noun_after("绿色设计产品名单已经评价发布"),
            "绿色设计产品名单"
        );
        assert_eq!(noun_after("的绿色示范园区"), "绿色示范园区");
        assert_eq!(noun_after("县级行政区的百分之八十三点七"), "县级行政区");
        assert!(noun_after("施工工地落实“六个百分之百”").ends_with("百分之百”"));
        // A verb right after the figure qualifies its noun.
        assert_eq!(noun_after("延长时间服务名额"), "延长时间服务名额");
        // A table's next cell (a deadline, who leads) is no noun of the figure.
        assert_eq!(noun_after("\t2026年10月31日\t市城管执法局"), "");
        assert_eq!(noun_after(" \t市城管执法局"), "");
        assert_eq!(
            noun_after("达到三级医院服务能力的县级综合医院"),
            "县级综合医院"
        );
        // A bracket after the figure is an aside, not its noun.
        assert_eq!(noun_after("（其中国家级林业重点龙头企业"), "");
        // 各 gives the figure to each thing listed before it.
        assert_eq!(
            each_of("小麦、大豆绿色高质高效示范片各"),
            Some(vec![
                "小麦绿色高质高效示范片".to_string(),
                "大豆绿色高质高效示范片".to_string()
            ])
        );
        assert_eq!(each_of("无烟学校各"), None);
        assert_eq!(
            each_of("县（市、区）、乡镇（街道）各"),
            Some(vec!["县（市、区）".to_string(), "乡镇（街道）".to_string()])
        );
        assert_eq!(each_of("无烟学校、无烟机关"), None);
        // A conjunction leads to the next figure's noun.
        assert_eq!(noun_after("及货运量约"), "");
        assert_eq!(noun_after("和美乡村"), "和美乡村");
        assert_eq!(noun_after("获批碳达峰试点园区"), "");
        // The 中 of “among” them closes no noun; that of a word does.
        assert_eq!(noun_after("试点项目中"), "试点项目");
        assert_eq!(noun_after("普通高中"), "普通高中");
        assert_eq!(noun_after("仍在处理中"), "仍在处理中");
        // Divisions keep those counted alongside them in brackets.
        assert_eq!(noun_after("市(州)。"), "市(州)");
        assert_eq!(
            noun_after("县（市、区）1∶5万地质灾害风险调查评价"),
            "县（市、区）1∶5万地质灾害风险调查评价"
        );
        let (holder, status) = attainment("国家高新区创建了国家级绿色工业园区").unwrap();
        assert_eq!(
            (holder.as_str(), status.as_str()),
            ("国家高新区", "国家级绿色工业园区")
        );
        let (holder, status) = attainment("获批建设国家生态工业示范园").unwrap();
        assert_eq!(
            (holder.as_str(), status.as_str()),
            ("", "国家生态工业示范园")
        );
        // Items listed before a head they share each take it.
        let shared = |items: &[&str]| {
            let mut items: Vec<String> = items.iter().map(|s| s.to_string()).collect();
            share_head(&mut items);
            items
        };
        assert_eq!(
            shared(&["小学", "初中生均教学及辅助用房面积"]),
            ["小学生均教学及辅助用房面积", "初中生均教学及辅助用房面积"]
        );
        assert_eq!(
            shared(&["黑木耳", "榛子", "蓝莓种植面积"]),
            ["黑木耳种植面积", "榛子种植面积", "蓝莓种植面积"]
        );
        assert_eq!(
            shared(&["果蔬", "肉类", "水产品冷链流通率"]),
            ["果蔬冷链流通率", "肉类冷链流通率", "水产品冷链流通率"]
        );
        assert_eq!(
            shared(&["郑州都市圈", "洛阳都市圈常住人口城镇化率"])[0],
            "郑州都市圈常住人口城镇化率"
        );
        // Whole metrics of their own, or a last item that splits into no
        // item and word, stay as they are.
        assert_eq!(
            shared(&["单位增加值能耗", "水耗"]),
            ["单位增加值能耗", "水耗"]
        );
        assert_eq!(
            shared(&["GDP", "一般公共预算收入"]),
            ["GDP", "一般公共预算收入"]
        );
        // The next cell of a table row names nothing.
        assert_eq!(noun_after("\t97%"), "");
        // A verb that dates what follows gives no status; the noun ends there.
        assert_eq!(attainment("项目建成后闲置或运营效益不佳"), None);
        // What is received is no status.
        assert_eq!(attainment("小微企业获得信用贷款"), None);
        assert_eq!(attainment("地区组织获批资助"), None);
        assert!(attainment("企业获得国家级绿色工厂称号").is_some());
        assert_eq!(noun_after("项目建成后闲置或运营效益不佳"), "项目");
        assert_eq!(noun_after("下跌4.4%"), "");
    }

    #[test]
    fn splits() {
        assert_eq!(
            split_at_count_verb("全市共培育省级以上绿色工厂"),
            ("全市".to_string(), "省级以上绿色工厂".to_string())
        );
        assert_eq!(
            split_at_count_verb("全市城镇新增就业"),
            ("全市".to_string(), "城镇新增就业".to_string())
        );
        assert_eq!(
            split_at_count_verb("全市新能源汽车保有量达到"),
            ("全市".to_string(), "新能源汽车保有量".to_string())
        );
        assert_eq!(
            split_at_count_verb("高新技术企业数量达到").1,
            "高新技术企业数量"
        );
        // A verb that makes a noun with the char after it counts nothing.
        assert_eq!(split_at_count_verb("发放项目认定书").1, "发放项目认定书");
        // Nor does one closing a relative clause before 的.
        assert_eq!(
            split_at_count_verb("全市备案开展技能等级认定的企业").1,
            "全市备案开展技能等级认定的企业"
        );
        // Nor does one naming a kind of the short head after it, in what
        // an earlier verb acts on; right after that verb it is its own.
        assert_eq!(
            split_at_count_verb("全省共有职业技能等级认定机构"),
            ("全省".to_string(), "职业技能等级认定机构".to_string())
        );
        assert_eq!(
            split_at_count_verb("全年组织职业技能等级认定考核").1,
            "全年组织职业技能等级认定考核"
        );
        assert!(split_at_count_verb("全省共备案职业技能等级认定机构")
            .1
            .ends_with("职业技能等级认定机构"));
        assert_eq!(split_at_count_verb("全市建成投用项目").1, "投用项目");
        assert_eq!(split_at_count_verb("参加认定考试").1, "参加认定考试");
        // …and with the char after it opening a longer noun.
        assert_eq!(
            split_at_count_verb("全市城市建成区面积").1,
            "全市城市建成区面积"
        );
        assert_eq!(
            split_at_count_verb("我市有拓展纤维、成山轮胎、天润曲轴"),
            (
                "我市".to_string(),
                "拓展纤维、成山轮胎、天润曲轴".to_string()
            )
        );
        // A size alone sorts the whole's things; before a noun it is the noun's.
        let q = split_qualifier("中型以上");
        assert_eq!(
            (q.qualifier.as_deref(), q.noun.as_str()),
            (Some("中型以上"), "")
        );
        assert_eq!(split_qualifier("大型超市").qualifier, None);
        // A tier of administration stays in the noun it names; a level of
        // recognition does not.
        let q = split_qualifier("村级招呼站");
        assert_eq!(
            (q.qualifier.as_deref(), q.noun.as_str()),
            (Some("村级"), "村级招呼站")
        );
        // Other levels listed before it share the noun without the tier.
        assert_eq!(q.bare_noun(), "招呼站");
        // A measure named alone is its owner's, but beds are no people's.
        assert!(owns_measure("标准地", "宗", "面积"));
        assert!(!owns_measure("卫生技术人员", "人", "实有床位"));
        assert!(!owns_measure("编制床位", "张", "实有床位"));
        let q = split_qualifier("国家级绿色工厂");
        assert_eq!(
            (q.qualifier.as_deref(), q.noun.as_str()),
            (Some("国家级"), "绿色工厂")
        );
        // A sector or area word gives the place and stays in the noun.
        let q = split_qualifier("5G行业虚拟专网");
        assert_eq!(
            (q.place.as_deref(), q.noun.as_str()),
            (Some("5G行业"), "5G行业虚拟专网")
        );
        let q = split_qualifier("农村地区快递业务量");
        assert_eq!(
            (q.place.as_deref(), q.noun.as_str()),
            (Some("农村地区"), "农村地区快递业务量")
        );
        let q = split_qualifier("省级以上绿色工厂");
        assert_eq!(
            (q.qualifier.as_deref(), q.noun.as_str()),
            (Some("省级以上"), "绿色工厂")
        );
        // An autonomous region's level is one word, not 自治 and 区级.
        let q = split_qualifier("自治区级自然保护区");
        assert_eq!(
            (q.place, q.qualifier.as_deref(), q.noun.as_str()),
            (None, Some("自治区级"), "自然保护区")
        );
        // Inner Mongolia's leagues and banners are levels too.
        let q = split_qualifier("县级社");
        assert_eq!(
            (q.qualifier.as_deref(), q.noun.as_str()),
            (Some("县级"), "县级社")
        );
        let q = split_qualifier("荆州市级示范合作社");
        assert_eq!(
            (q.place, q.qualifier.as_deref(), q.noun.as_str()),
            (None, Some("荆州市级"), "示范合作社")
        );
        let q = split_qualifier("各州市级林长");
        assert_eq!(q.qualifier.as_deref(), Some("州市级"));
        let q = split_qualifier("盟市级林长");
        assert_eq!((q.place, q.qualifier.as_deref()), (None, Some("盟市级")));
        for level in ["旗县区级", "苏木乡镇级", "嘎查村级", "街道级"] {
            let q = split_qualifier(&format!("{level}林长"));
            assert_eq!((q.place, q.qualifier.as_deref()), (None, Some(level)));
        }
        // A city's bare name before its level is the level's; a pointer or
        // a named place stays the place.
        let q = split_qualifier("揭阳市级直播电商基地");
        assert_eq!(
            (q.place, q.qualifier.as_deref(), q.noun.as_str()),
            (None, Some("揭阳市级"), "直播电商基地")
        );
        let q = split_qualifier("其他县级示范点");
        assert_eq!(
            (q.place.as_deref(), q.qualifier.as_deref()),
            (Some("其他"), Some("县级"))
        );
        // A goal's frame goes; a preposition alone is no noun, but one
        // opening a noun stays part of it.
        assert_eq!(trim_phrase("政府的目标是在将公共充电器"), "公共充电器");
        // A stand-in noun counts what the clause before tells of.
        assert_eq!(
            things_told_before("首批简约公屋项目已于2025年落成", "单位").as_deref(),
            Some("首批简约公屋项目单位")
        );
        assert_eq!(
            things_told_before("新城A区多幅地段的经济房屋将陆续落成", "单位").as_deref(),
            Some("新城A区多幅地段的经济房屋单位")
        );
        // Or the housing named earlier in its sentence.
        assert_eq!(
            housing_named(
                "政府于2025年推出首批「人才公寓」试点项目，由香港科技园公司营运",
                "单位"
            )
            .as_deref(),
            Some("人才公寓单位")
        );
        assert_eq!(housing_named("房屋委员会表示", "单位").as_deref(), None);
        // A year opens a predicate after a noun; a comparison does not.
        assert!(DATED_PREDICATE.is_match("单位于2027年落成"));
        assert!(DATED_PREDICATE.is_match("项目于二〇二七年落成"));
        assert!(!DATED_PREDICATE.is_match("营业收入高于2000万元"));
        assert_eq!(
            things_told_before("政府已在全港8幅用地推展简约公屋项目", "单位"),
            None
        );
        // On the mainland 单位 are organisations.
        assert_eq!(things_told_before("组织开展消防安全培训", "单位"), None);
    }

    #[test]
    fn a_noun_pointing_back_means_the_things_named_before() {
        let before = "我们将推动每个县（市、区）至少建设1所非遗传承教学基地，目前已建成";
        assert_eq!(
            pointed_at("这类基地", before).as_deref(),
            Some("非遗传承教学基地")
        );
        assert_eq!(
            pointed_at("上述企业", "全市认定专精特新中小企业120家。").as_deref(),
            Some("专精特新中小企业")
        );
        // Nothing more than the head named, or nothing at all.
        // (A quoted word is part of the phrase.)
        assert_eq!(
            pointed_at("这一比例", "全市助餐点“明厨亮灶”比例达到百分之八十五，").as_deref(),
            Some("全市助餐点“明厨亮灶”比例")
        );
        assert_eq!(pointed_at("这类基地", "建成基地5个，"), None);
        assert_eq!(pointed_at("这类基地", "全市新建公园5个，"), None);
        assert_eq!(pointed_at("示范基地", "建设1所非遗传承教学基地，"), None);
        assert_eq!(
            pointed_at(
                "这一比例",
                "我市数据中心绿电使用比例已经达到85%。按照计划，到2028年，"
            )
            .as_deref(),
            Some("我市数据中心绿电使用比例")
        );
        // A frame opening on what the goal is of names that.
        assert_eq!(trim_phrase("粮食产量目标为"), "粮食产量");
        assert_eq!(trim_phrase("政府的目标是"), "");
        assert_eq!(without_goal_word("太阳光电目标值"), "太阳光电");
        assert_eq!(without_goal_word("目标"), "");
        assert_eq!(without_goal_word("目标任务"), "目标任务");
        assert_eq!(trim_phrase("并于"), "");
        assert_eq!(trim_phrase("在用放射源"), "在用放射源");
        // A measure word goes, the longest first.
        for (phrase, noun) in [
            ("农村公路总里程", "农村公路"),
            ("高速公路通车总里程", "高速公路"),
            ("铁路营业里程", "铁路"),
            ("企业数量", "企业"),
        ] {
            assert_eq!(without_measure(phrase), noun);
        }
        // Any level with 以上, two divisions' level (which, no level of
        // recognition alone, stays in the noun too); a grade before its
        // noun is part of it, alone a level.
        assert_eq!(split_qualifier("5A级景区").noun, "5A级景区");
        assert_eq!(split_qualifier("5A级").qualifier.as_deref(), Some("5A级"));
        for (phrase, level, noun) in [
            ("县级以上龙头企业", "县级以上", "龙头企业"),
            (
                "市州级制造业数字化转型促进中心",
                "市州级",
                "市州级制造业数字化转型促进中心",
            ),
        ] {
            let q = split_qualifier(phrase);
            assert_eq!(
                (q.place, q.qualifier.as_deref(), q.noun.as_str()),
                (None, Some(level), noun)
            );
        }
        assert_eq!(
            split_subject("重庆市规模以上工业企业单位增加值能耗"),
            (
                Some("重庆市规模以上工业企业".to_string()),
                "单位增加值能耗".to_string()
            )
        );
        assert_eq!(split_subject("全省单位GDP能耗").0.as_deref(), Some("全省"));
        assert_eq!(split_subject("电力市场化交易比重").0, None);
        assert_eq!(split_subject("安排省级财政专项资金").0, None);
    }
}
