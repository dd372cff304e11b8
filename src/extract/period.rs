//! Which year, if any, each clause commits to.
//!
//! Year expressions (2025年, 二〇三〇年, “十四五”) are read with their
//! context into markers: a deadline (到2025年, 2030年前, “十四五”末/期间),
//! a baseline (与2015年相比, 较“十三五”末, 比2020年) or a plain mention
//! (2022年, 截至2023年底); a plan period already over by the latest year
//! the document reports as of is a mention too. A deadline scopes the rest of its sentence and
//! carries on into the following sentences of its paragraph until one
//! speaks of the present or the past. A short heading line such as
//! “2025年主要目标” scopes the paragraphs under it; a numbered one that
//! runs on into its body (“（一）2025年目标 全市…”) is first given a line
//! of its own. Under a heading that names goals (“二、主要目标”), a year
//! opening a clause commits (“2027年，新增…”) unless the sentence reports,
//! and a deadline opening a paragraph scopes the paragraphs after it
//! until the next heading (“到2025年，…。\n——能耗下降13.5%”).

use std::sync::LazyLock;

use regex::RegexSet;

use super::clause::{Clause, Sentence};
use super::document::Document;
use super::lexicon::{self, CharTable};
use super::number::{self, chinese_digit, digits_at, ends_with, fiscal_year_at, starts_with};
use super::{phrase, verbs};
use crate::lm::is_han;
use crate::pattern::Pattern;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Deadline,
    Baseline,
    Mention,
    /// A year that dates a noun (2000年底前建成的小区): neither a
    /// deadline nor a report on the sentence it stands in.
    Dating,
}

/// A year expression with its role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// The whole marker including its context words (到, 较, 相比…), so
    /// that it can be cut out of a metric.
    pub start: usize,
    pub end: usize,
    /// The year expression alone: 2015年, “十三五”末, 上年.
    pub label_start: usize,
    pub label_end: usize,
    /// The year; 0 for a relative baseline (上年).
    pub year: i32,
    pub role: Role,
}

impl Marker {
    /// Whether the marker names its year outright (2026年, 二〇二六年, 明年,
    /// 2025—2027年), not by a plan period (“十四五”), whose name is as
    /// often a topic as a date.
    pub fn names_year(&self, chars: &[char]) -> bool {
        chars[self.label_end - 1] == '年'
    }

    /// Whether the marker is a span of years read as its last one
    /// (2025—2027年, 2025年至2027年).
    pub fn spans_years(&self, chars: &[char]) -> bool {
        chars[self.label_start..self.label_end]
            .iter()
            .any(|c| matches!(c, '至' | '到' | '-' | '—' | '－'))
    }

    /// Each year of a span (2026年至2030年: 2026 to 2030), the year alone
    /// for any other marker.
    pub fn years(&self, chars: &[char]) -> Vec<i32> {
        // (2026—2028年 reads as one year, its last, but for its digits.)
        let first = digits_at(chars, self.label_start, 4)
            .or_else(|| year_at(chars, self.label_start, false).map(|(year, _, _)| year))
            .filter(|&first| self.spans_years(chars) && first < self.year);
        match first {
            Some(first) if self.year - first < MOST_SPANNED_YEARS => (first..=self.year).collect(),
            _ => vec![self.year],
        }
    }
}

/// The most years a span read year by year holds: a plan period's.
const MOST_SPANNED_YEARS: i32 = 10;

/// The commitment a clause is under.
#[derive(Debug, Clone, PartialEq)]
pub struct Scope {
    pub year: i32,
    pub baseline: Option<String>,
    /// The later deadlines inside the clause, each due from its offset on:
    /// “投入强度2025年达到2.2%、2027年达到2.5%”.
    pub then: Vec<(usize, i32)>,
}

impl Scope {
    fn new(year: i32) -> Self {
        Scope {
            year,
            baseline: None,
            then: Vec::new(),
        }
    }

    /// The year due for a figure at char offset `at`.
    pub fn year_at(&self, at: usize) -> i32 {
        self.then
            .iter()
            .rev()
            .find(|(from, _)| *from <= at)
            .map_or(self.year, |(_, year)| *year)
    }
}

const OPEN_QUOTES: &[char] = &['“', '"', '「', '『', '‘', '”'];
const CLOSE_QUOTES: &[char] = &['”', '"', '」', '』', '’', '“'];

const BASELINE_PREFIXES: &[&str] = &["相比", "比较", "与", "较", "比", "同", "在"];
const BASELINE_SUFFIXES: &[&str] = &["相比", "相较", "的基础上", "基础上"];
/// 展望2030年: a plan looking beyond its own end sets goals for that year;
/// so does a year right after a verb of planning (政府规划2025年…达到), or
/// after 于 with a word of intent or expectation, as Hong Kong and Macau
/// releases write their goals (目标于2027年增至400种, 预计于2026年落成,
/// 康文署会于2026年第三季起…).
const DEADLINE_PREFIXES: &[&str] = &[
    "到",
    "至",
    "展望",
    "规划",
    "计划",
    "力争",
    "确保",
    "争取",
    "将于",
    "会于",
    "目标于",
    "预计于",
    "计划于",
    "力争于",
    "争取于",
    "拟于",
    "有望于",
];
/// 在2027年或之前: on or before the year; 今年年底前; 在2026年内: within it.
const DEADLINE_SUFFIXES: &[&str] = &[
    "或之前",
    "或以前",
    "年底前",
    "底前",
    "以前",
    "之前",
    "前",
    "之内",
    "内",
];
const MENTION_PREFIXES: &[&str] = &["截至到", "截至", "截止到", "截止"];
const PLAN_PERIODS: &[&str] = &["期间", "时期", "规划期"];

/// Whether the one-char suffix ending at `end` (the 内 of 2027年内) opens
/// a common noun with the char after it instead (到2027年内陆港数量达到25个:
/// 内陆, not 年内; but 年内建成 is 年内, 内建 being rare, and 年内在… too).
fn opens_common_word(chars: &[char], end: usize) -> bool {
    /// A word far commoner than the dictionary's rarest (内陆 and 内河 stand
    /// near e^-11; 内联 and 内建, at its floor of about e^-13.3, do not).
    const COMMON_LOGP: f32 = -12.0;
    let (Some(&last), Some(&next)) = (
        end.checked_sub(1).and_then(|k| chars.get(k)),
        chars.get(end),
    ) else {
        return false;
    };
    let lm = lexicon::dictionary();
    let word = String::from_iter([last, next]);
    // (A noun or a place: 内在, an adverb, leaves 年内 standing.)
    last == '内'
        && (lm.is_common_noun(&word) || lm.is_place(&word))
        && lm.word_logp(&word).is_some_and(|logp| logp >= COMMON_LOGP)
}

/// Whether `chars` open on months from January to another (1至8月, 1—8月,
/// 1月至8月, 一至八月): after 今年, the part of the year gone by.
fn opens_months_from_january(chars: impl Iterator<Item = char>) -> bool {
    static FROM_JANUARY: LazyLock<Pattern> = lazy_regex!(
        "^(?:1|一)(?:月份?)?\\s*[至到—–\\-~～]\\s*(?:\\d{1,2}|[二三四五六七八九十]{1,2})\\s*月"
    );
    let head: String = chars.take(12).collect();
    FROM_JANUARY.is_match(&head)
}

/// Words that put a clause in the present or past: no commitment there
/// (去年 as the time told of, not as the base of a change: 比去年; 过去一年,
/// 一年来). The word lists tested on every sentence are regexes, one pass
/// each.
static PAST_WORDS: LazyLock<Pattern> = lazy_regex!(
    "目前|现时|截至|截止|同比|近年来|以来|已|(?:^|[^比较与同上])去年|过去[一二两三四五六七八九十几\\d]{0,2}年|[一二两三四五]年来"
);
/// Whether a text holds a word of the present or past, other than the
/// 目前 or 现时 of a change's starting level (由目前的4300余个增加到6000个,
/// 由现时的二十四小时延长至三十六小时), of the plan a goal is set by
/// (根据目前的规划，政府预计在2026年…), the 同比 of a bounded change,
/// which is a goal's (同比分别下降5%以上, 同比再下降10%以上; a report gives the change
/// itself: 同比下降5.2%), or the 已 of what a task takes as its object
/// (改造提升已建高标准农田80万亩, 在已有基础上, 把已接驳的村屋增加至4.5万间,
/// 实现已改造小区长效管理全覆盖) or of the things a task is set for (到2027年，已获批项目全部开工建设;
/// 已投入使用的加装电梯全部接入平台; 令已敷设污水渠的乡村增至580条), or
/// the things whose rate a goal sets (已建设施正常运行率达到85%以上,
/// 实现已投运储能电站在线监测覆盖率100%).
fn speaks_of_past(text: &str) -> bool {
    static STARTING_NOW: LazyLock<Pattern> = lazy_regex!(
        "[由从较比](?:目前|现时)|(?:根据|按照|按)(?:目前|现时)的?(?:规划|计划|安排)|同比(?:分别)?再?(?:下降|增长|减少|提高|增加)[^，。；]{0,12}(?:以上|以内|左右)|(?:改造|提升|盘活|利用|整合|对|在)已(?:建成?|有)|(?:实现|推动|推进|督促|指导|确保)已\\p{Han}{1,3}?的?(?:小区|村|社区|企业|项目|工程|园区|设施)|(?:令|使|把|将|让)已|已(?:建成?|投运|投用|有)\\p{Han}{1,12}?率|已\\p{Han}{1,4}?(?:的\\p{Han}{1,8}?(?:全部|要|须|应)|的?(?:项目|工程|企业|园区)(?:全部|均|要|须|应))"
    );
    PAST_WORDS.is_match(&STARTING_NOW.replace_all(text, ""))
}

/// Words that, in a sentence after a deadline sentence, report the present
/// rather than continue the list of goals (a total handled so far, 共受理…,
/// among them); 今年 too, except where it names the year a section plans
/// ([`scopes`]). Not 累计达到, which sets a
/// cumulative level as often as it reports one (新建5G基站2,500个，累计达到
/// 2.1万个).
static REPORT_WORDS: LazyLock<Pattern> =
    lazy_regex!("共有|拥有|累计(?:[^达]|$)|现有|设有|建有|当前|去年|共(?:受理|办理|接待|举办|开展|完成|收到|处理|发放)");
/// The opening of a sentence that itemises what the sentence before said
/// (到2028年，基本建成…体系。具体包括：…累计培育示范单位500家): its 累计 and
/// 拥有 go on with that sentence, whatever it set or told.
static ITEMISES: LazyLock<Pattern> = lazy_regex!("^(?:具体(?:包括|为|是|有)|主要(?:包括|有))[:：]");

/// A clause naming a later goal as what the sentence's own lay the ground
/// for (为2027年全市治理率达到50%打下坚实基础).
static PURPOSE_FRAME: LazyLock<Pattern> =
    lazy_regex!("^为[^，。；]{2,40}(?:打下|奠定|夯实)[^，。；]{0,6}基础");

/// Words by which a sentence says it states goals (具体目标为：…三年累计
/// 新增普惠托位1.5万个, 今年…主要预期目标是:…, 以2025年…达20%为政策目标; not
/// a slogan's 以打造“15分钟生活圈”为目标, nor 以来…为规划目标的120%): its 累计
/// and 拥有 are of the goals, and a plain year it opens with is committed
/// to.
const STATES_GOALS: &str =
    "目标(?:为|是|如下)|目标[:：]|以[^来上下前后内外，。；“”「」][^，。；“”「」]{0,30}\\d[^，。；“”「」]{0,20}为\\p{Han}{0,4}目标";
static GOAL_STATEMENT: LazyLock<Pattern> = lazy_regex!(STATES_GOALS);
/// Words by which a sentence cites the goals a plan set (…提出到2020年…,
/// 规划到2020年…).
static CITES_GOALS: LazyLock<Pattern> = lazy_regex!("提出|明确|要求|目标|规划");
/// A rate's own 拥有 (每万人拥有律师数, 人均拥有): part of a metric's name.
static RATE_HAS: LazyLock<Pattern> = lazy_regex!("每[^，。；]{0,6}拥有|人均拥有");

/// A total planned (确保三年累计新增二十一座以上, 力争累计建成…): its 累计 sums
/// what is to be done, not what was.
static PLANNED_TOTAL: LazyLock<Pattern> =
    lazy_regex!("(?:确保|力争|争取|计划|将)[^，。；]{0,8}?累计");

/// Whether `text` holds a word of [`REPORT_WORDS`] outside a rate's name
/// and a planned total.
fn has_report_words(text: &str) -> bool {
    let text = RATE_HAS.replace_all(text, "");
    REPORT_WORDS.is_match(&PLANNED_TOTAL.replace_all(&text, ""))
}
/// Words of what exists now with its figure (现有…87处, 现存…, 现有…两万三千余人;
/// 在现有8条…线路基础上, 共有在用电梯4.2万台, 在役工业锅炉共计847台, 在用
/// 电梯约4.2万台), not the idiom of building on what is there (在现有基础上，
/// 新建…120个), land in use (在用地保障方面) nor a goal for what is in use
/// (在用标准机架达到60万架).
static STANDING: LazyLock<Pattern> = lazy_regex!(
    r"(?:(?:现有|现存|共有|在役)(?:[^基，。；][^，。；]{0,23})?|在用[^地，。；][^，。；达提增突超]{0,12}?)[\d一二两三四五六七八九十]"
);
/// The whole a task is done to (对全市58家定点康复机构开展年度绩效评估):
/// what exists, not what the plan makes; unlike [`STANDING`], only in
/// its own clause (…，在国省干线公路沿线新建充电站40座 is a task). As with
/// [`STANDING`], a sentence with a deadline of its own sets a task on them
/// (到2028年，对全市126个老旧小区的供热管网进行改造).
static WHOLE_ACTED_ON: LazyLock<Pattern> =
    lazy_regex!(r"对全[市省区县镇乡][\d一二两三四五六七八九十]");
/// An article of regulations or measures (第九条　强化科技金融支撑。).
static ARTICLE: LazyLock<Pattern> = lazy_regex!("^\\s*第[一二三四五六七八九十百\\d]{1,4}条");

/// The label a paragraph of goals opens on (主要目标：, 发展目标是：).
static GOAL_LABEL: LazyLock<Pattern> =
    lazy_regex!("^\\s*(?:主要|发展|总体|工作|预期)?目标(?:是|为)?[：:]");

/// A span of years a sentence opens on (未来五年, 今后三年内).
static OPENING_SPAN: LazyLock<Pattern> =
    lazy_regex!(r"^\s*(?:未来|今后|此后)[一二三四五六七八九十两\d]{1,3}年");
/// A span of years a clause opens on as the time its task takes (三年内,
/// 三年累计, 力争五年新增), maybe after the plan that sets it (《行动方案》
/// 提出三年内…), with the char after it.
static SPAN_OPENING: LazyLock<Pattern> = lazy_regex!(&format!(
    r"^\s*(?:(?:《[^》]{{1,40}}》|[^，。；]{{0,8}}(?:{}))(?:明确|提出|要求)[，,]?)?(?:力争|争取|计划|确保)?([一二三四五六七八九两]|\d{{1,2}})年(.)",
    verbs::PROVIDING_DOCUMENTS
));

/// The plan's own period a clause opens on, by name (规划期内, 到规划期末),
/// or the plan's own verb (规划新建…等5个运输机场).
static PLAN_PERIOD_OPENING: LazyLock<Pattern> = lazy_regex!(
    r"^\s*(?:(?:到|至|在)?(?:规划|计划|行动|实施|政策)期(?:内|间|末)|规划(?:新建|改扩建))"
);

/// The season a notice is for, as a clause opens on it (本防火期内,
/// 本供暖期内).
static SEASON_OPENING: LazyLock<Pattern> = lazy_regex!(r"^\s*本\p{Han}{2}期(?:内|间)");

/// Whether `text` opens on a span of `years` years that a task takes, not
/// one that looks back (三年来, 三年多来, 三年间) or dates something (三年前,
/// 三年期), or on the plan's period or verb (规划期内重点建设渔港72座).
fn opens_on_span(text: &str, years: i32) -> bool {
    PLAN_PERIOD_OPENING.is_match(text)
        || SPAN_OPENING.captures(text).is_some_and(|c| {
            let n = c[1].parse::<i32>().ok().or_else(|| {
                c[1].chars()
                    .next()
                    .and_then(chinese_digit)
                    .map(|d| d as i32)
            });
            n == Some(years) && !"来前后以的度级底末制期多间半".contains(&c[2])
        })
}

/// Years named relative to the present, which only serve as baselines.
const RELATIVE_YEARS: &[&str] = &["上一年度", "上年度", "上一年", "上年", "去年"];
/// The tasks a text sets for a year (今年六个方面的重点工作, 今年的主要任务),
/// or its goals listed after a colon (明确了全年目标任务：…; not a report's
/// 超额完成全年目标任务); see [`sets_this_years_tasks`].
static THIS_YEARS_TASKS: LazyLock<Pattern> = lazy_regex!(
    "今年[^，。；]{0,8}(?:重点工作|重点任务|主要任务|工作安排|工作任务)|(?:今年|全年)(?:的)?(?:主要)?(?:目标任务|目标|重点工作|重点任务|工作任务)[:：]"
);

/// Whether `text` sets this year's tasks or goals ([`THIS_YEARS_TASKS`]),
/// not what was done against them (年初确定的全年目标：…，实际完成6.3%).
fn sets_this_years_tasks(text: &str) -> bool {
    THIS_YEARS_TASKS.is_match(text)
        && !["实际", "完成情况", "确定的"]
            .iter()
            .any(|w| text.contains(w))
}
/// Words that turn a plain “2024年，…” into a commitment, stating a goal
/// included (今年…主要预期目标是:…).
static COMMITMENT_WORDS: LazyLock<Pattern> =
    lazy_regex!(&format!("{}|预期目标|{STATES_GOALS}", verbs::PLANNING));

/// Whether `text` names the year `present` (2026年).
fn names_year(text: &str, present: Option<i32>) -> bool {
    present.is_some_and(|p| text.contains(&format!("{p}年")))
}

/// Whether `text` holds a word of [`COMMITMENT_WORDS`], the 将 that marks
/// an object (将…纳入考核) and the 争取 of what was secured aside.
fn commits_in(text: &str) -> bool {
    COMMITMENT_WORDS.is_match(&verbs::without_false_plans(text))
}

/// A line that leads into a reply, a reading or a report (现就…提问答复如下：,
/// 现将有关内容解读如下：, a bulletin's 现将2025年…情况公布如下：): what
/// follows answers, explains or publishes what happened, so no year before
/// it goes on into it as a list of goals does (as it does into 现将2026年
/// 十件民生实事项目公布如下：).
static REPLY_LEAD: LazyLock<Pattern> = lazy_regex!(&format!(
    "(?:答复|回复|答覆|解读|说明|报告|汇报|总结|介绍|通报|{}(?:公布|发布))如下",
    verbs::HAPPENED
));

/// A sentence closed by a full stop that still leads into the goals listed
/// after it (…要努力实现以下主要目标。, 主要指标如下。), as one closed by a
/// colon does. (现将有关事项通知如下。 leads into a whole notice, no list;
/// 控制在35微克/立方米以下的目标。 names no list.)
static LIST_LEAD: LazyLock<Pattern> =
    lazy_regex!(r"(?:(?:以下|下列)[^，。；的]{0,6}(?:目标|指标)|(?:目标|指标)如下)。?\s*$");

/// Whether a paragraph whose last mark is `last_mark` and whose last
/// sentence is `text` leads into the lines after it.
fn leads_into_list(last_mark: Option<char>, text: &str) -> bool {
    matches!(last_mark, Some(':' | '：')) || LIST_LEAD.is_match(text)
}

/// A line that leads into a list of the tasks that serve goals just set
/// (围绕上述目标，重点抓好以下四个方面工作：, 主要任务如下：).
static TASK_LEAD: LazyLock<Pattern> =
    lazy_regex!("(?:以下|如下)[^，。；]{0,8}(?:工作|任务|措施)|(?:工作|任务|措施)如下");

/// A speaker turning to the audience (各位代表，…; 同志们！), which ends
/// whatever list of tasks came before.
static ADDRESS: LazyLock<Pattern> = lazy_regex!("^(?:各位代表|同志们|各位委员)[，,！!：:]");

/// The label a paragraph opens with, up to its colon (新华社记者：…,
/// 汪晓琳：…), if it is short and no clause.
pub(super) fn paragraph_label(text: &str) -> Option<&str> {
    let (label, _) = text.split_once(['：', ':'])?;
    let chars = label.chars().count();
    ((2..=24).contains(&chars) && !label.contains(['，', '。', '；', '、', ',', ';', ' ']))
        .then_some(label)
}

/// Whether a label names a speaker by role (新华社记者, 市农业农村局副局长
/// 赵宏涛, 主持人). Not a story's lead into what someone said (市委书记强调).
fn is_role_label(label: &str) -> bool {
    static ROLE: LazyLock<Pattern> =
        lazy_regex!(r"(?:记者|主持人|发言人|负责人|主任|书记|主席|\p{Han}长)\p{Han}{0,4}$");
    static SPEECH_VERB: LazyLock<Pattern> = lazy_regex!("强调|指出|表示|说|介绍|要求|提出");
    ROLE.is_match(label) && !SPEECH_VERB.is_match(label)
}

/// The speakers of a transcript: in a page where a paragraph opens on a
/// speaker's role (黄山日报记者：…), the names that open two paragraphs or
/// more (汪晓琳：…, 程立新：…) label turns too.
fn speaker_names(doc: &Document) -> Vec<&str> {
    let labels: Vec<&str> = doc
        .sentences
        .iter()
        .enumerate()
        .filter(|(k, s)| *k == 0 || doc.sentences[k - 1].paragraph != s.paragraph)
        .filter_map(|(_, s)| paragraph_label(doc.masked_text(s.start, s.end)))
        .collect();
    if !labels.iter().any(|l| is_role_label(l)) {
        return Vec::new();
    }
    let name = |l: &str| (2..=4).contains(&l.chars().count()) && l.chars().all(is_han);
    let mut times: rustc_hash::FxHashMap<&str, usize> = rustc_hash::FxHashMap::default();
    for &label in labels.iter().filter(|l| name(l)) {
        *times.entry(label).or_default() += 1;
    }
    let mut names: Vec<&str> = times
        .into_iter()
        .filter(|&(_, n)| n >= 2)
        .map(|(label, _)| label)
        .collect();
    names.sort_unstable();
    names
}

/// Whether a paragraph opens on a speaker's turn in a transcript
/// ([`is_role_label`], or one of `names`): the next turn, which no heading
/// or list of the last speaker's reaches into.
fn opens_turn(text: &str, names: &[&str]) -> bool {
    paragraph_label(text).is_some_and(|label| is_role_label(label) || names.contains(&label))
}

/// Words of the headings whose year scopes their section: goals, tasks,
/// the projects to build and the work planned (“二、2026年工作安排”, “三、2026年
/// 工作计划”, “三、重点工程”, “明年工作打算”, “六、下一步工作”). Not a bare 计划, which names programmes (「护理员特别输入计划」).
const SECTION_WORDS: &[&str] = &[
    "目标",
    "指标",
    "任务",
    "安排",
    "打算",
    "工作计划",
    "举措",
    "重点工作",
    "重点工程",
    "下一步",
    "工作思路",
];
/// Whether a heading's text names goals or tasks ([`SECTION_WORDS`]).
fn names_section(text: &str) -> bool {
    SECTION_WORDS.iter().any(|w| text.contains(w))
}

/// Words of the headings whose body commits even without a deadline word:
/// goals only, since a task section may recount what was done.
const GOAL_WORDS: &[&str] = &["目标", "指标"];

/// The numberings of a list item or heading, by rank, highest first: a
/// part or chapter (第二部分, 第三章), 一、, （一）, 1., （1） and the 一是, 二是
/// of items run into their paragraph.
const NUMBERINGS: [&str; 6] = [
    r"第[一二三四五六七八九十]{1,3}(?:部分|章|篇)",
    r"[一二三四五六七八九十]{1,3}、",
    r"[（(][一二三四五六七八九十]{1,3}[)）]",
    r"\d{1,2}[.．、]",
    r"[（(]\d{1,3}[)）]",
    r"[一二三四五六七八九十]{1,2}是",
];

/// After a line's indent.
const INDENT: &str = r"^[ \t\u{3000}]*";

/// A numbering at the start of a line.
static NUMBERING: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(&format!("{INDENT}(?:{})", NUMBERINGS.join("|"))).unwrap());

/// Each rank's numbering at the start of a line: the set tells which match
/// without the cost of capturing groups.
static NUMBERING_RANKS: LazyLock<RegexSet> =
    LazyLock::new(|| RegexSet::new(NUMBERINGS.iter().map(|n| format!("{INDENT}{n}"))).unwrap());

/// `line` without the numbering it opens with (（一）太阳光电 → 太阳光电);
/// a point before a digit is a decimal's (31.0%), and stays.
pub fn without_numbering(line: &str) -> &str {
    match NUMBERING.find(line) {
        Some(m)
            if !(m.as_str().ends_with(['.', '．'])
                && line[m.end()..].starts_with(|c: char| c.is_ascii_digit())) =>
        {
            &line[m.end()..]
        }
        _ => line,
    }
}

/// A numbered heading at the start of a line (一、 （一） 1.), its title of
/// at most 20 chars, and what ends it: spaces, a colon or a full stop.
static RUN_ON_HEADING: LazyLock<Pattern> = lazy_regex!(&format!(
    r"^[ \t\u{{3000}}]*(?:{})[ \u{{3000}}]*([^\s，,。；;：:！？!?、]{{2,20}})([ \t\u{{3000}}]+|[：:。])",
    NUMBERINGS.join("|")
));

/// Turns the end of every numbered heading that runs on into its body on
/// the same line into a line break, so that it scopes like a heading line:
/// only a heading that names a goal or a year (“（一）2025年目标 全市…”,
/// “二、主要目标：到2025年…”), since a numbered lead such as
/// “（一）推进绿色改造。” belongs to its paragraph. Reads only the first
/// chars of each line.
pub fn break_run_on_headings(chars: &mut [char]) {
    let mut line_start = 0;
    while line_start < chars.len() {
        let line_end = chars[line_start..]
            .iter()
            .position(|&c| c == '\n')
            .map_or(chars.len(), |p| line_start + p);
        if let Some(end) = run_on_heading_end(&chars[line_start..line_end]) {
            chars[line_start + end] = '\n';
        }
        line_start = line_end + 1;
    }
}

/// Where a numbered heading naming a goal or a year ends, in chars from the
/// start of its line, when the line runs on into a body after it.
fn run_on_heading_end(line: &[char]) -> Option<usize> {
    // After its indent, a heading's number opens with a Chinese numeral, a
    // bracket or a digit and is closed within five chars by 、 ) ） . or ．
    // (every line RUN_ON_HEADING matches passes): most lines are turned
    // away before collecting their head for the regex.
    let indent = line
        .iter()
        .take_while(|&&c| matches!(c, ' ' | '\t' | '\u{3000}'))
        .count();
    let number = &line[indent..line.len().min(indent + 5)];
    let opens = number
        .first()
        .is_some_and(|&c| "一二三四五六七八九十（(".contains(c) || c.is_numeric());
    if !opens || !number.iter().any(|&c| "、)）.．".contains(c)) {
        return None;
    }
    let head: String = line.iter().take(40).collect();
    // Only a title naming a goal or a year breaks its line, and a year
    // holds 年 or the 五 of “十四五”: a head with none of these nor a
    // goal word is spared the regex too.
    if !head.contains(['年', '五']) && !names_section(&head) {
        return None;
    }
    let caps = RUN_ON_HEADING.captures(&head)?;
    let title: Vec<char> = caps[1].chars().collect();
    let names_goal = names_section(&caps[1]);
    let names_year = (0..title.len()).any(|i| year_at(&title, i, false).is_some());
    let separator = caps.get(2).expect("group 2 always matches");
    let end = head[..separator.start()].chars().count();
    let body = head[..separator.end()].chars().count();
    ((names_goal || names_year) && body < line.len()).then_some(end)
}

/// Whether `chars` date a Republic of China year to its month or a part
/// of it, or span it to another (114年5月, 114年底, 110年上半年, 114年度,
/// 114年至117年, 115至120年): no year of the common era is written so, and
/// no count of years is either. Or whether they name two such years (由
/// 114年的12.4%降至120年的10%以下) and no year of the common era at all,
/// as Taiwan's pages write.
fn has_roc_dating(chars: &[char]) -> bool {
    // A bare ROC year at `at`: 1[0-4]\d, no digit on either side.
    let roc_year = |at: usize| {
        chars
            .get(at..at + 3)
            .is_some_and(|d| d[0] == '1' && ('0'..='4').contains(&d[1]) && d[2].is_ascii_digit())
            && (at == 0 || !chars[at - 1].is_ascii_digit())
            && !chars.get(at + 3).is_some_and(char::is_ascii_digit)
    };
    let spans_to_year = |at: usize| {
        chars.get(at).is_some_and(|c| "至到-".contains(*c))
            && roc_year(at + 1)
            && chars.get(at + 4) == Some(&'年')
    };
    let common_era = chars.windows(5).any(|w| {
        matches!(w[..2], ['1', '9'] | ['2', '0'])
            && w[2..4].iter().all(char::is_ascii_digit)
            && w[4] == '年'
    });
    // (由114年的, 至120年, 120年前, 102年起; not 建校120年, 100年一遇.)
    let dated = |i: usize| {
        i.checked_sub(1)
            .is_some_and(|p| "由至到于在".contains(chars[p]))
            || chars.get(i + 4).is_some_and(|c| "的底度起前".contains(*c))
    };
    let mut named: Vec<&[char]> = (0..chars.len())
        // (A year's first digit first: most chars are none.)
        .filter(|&i| chars[i] == '1' && roc_year(i) && chars.get(i + 3) == Some(&'年') && dated(i))
        .map(|i| &chars[i..i + 3])
        .collect();
    named.sort_unstable();
    named.dedup();
    if !common_era && named.len() >= 2 {
        return true;
    }
    (0..chars.len()).filter(|&i| roc_year(i)).any(|i| {
        if spans_to_year(i + 3) {
            return true;
        }
        if chars.get(i + 3) != Some(&'年') {
            return false;
        }
        let rest = &chars[i + 4..];
        let month_digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
        matches!(rest.first(), Some('度' | '底' | '初'))
            || rest.starts_with(&['上', '半'])
            || rest.starts_with(&['下', '半'])
            || ((1..=2).contains(&month_digits) && rest.get(month_digits) == Some(&'月'))
            || spans_to_year(i + 4)
    })
}

/// Finds every year expression of the masked text, with its role.
pub fn markers(chars: &[char]) -> Vec<Marker> {
    let mut out = Vec::new();
    // A page that dates by the Republic of China calendar anywhere (民国
    // 114年, or a span or month of such years: 114年至117年, 114年5月)
    // writes its other years that way too (115年将再新增…).
    let roc_page = chars.windows(2).any(|w| w == ['民', '国']) || has_roc_dating(chars);
    // The plan periods read as deadlines without a deadline word
    // (“十三五”期间), as indices into `out`.
    let mut periods = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        // 届时 is the year just named (计于2027年完成，届时…将增至7个).
        if chars[i] == '届' && chars.get(i + 1) == Some(&'时') {
            if let Some(m) = then_marker(chars, &out, i) {
                out.push(m);
            }
            i += 2;
            continue;
        }
        if !YEAR_OPENERS.contains(chars[i]) {
            i += 1;
            continue;
        }
        if let Some((year, label_end, plan_period)) = year_at(chars, i, roc_page) {
            let m = marker(chars, i, label_end, year, plan_period);
            // A span's first date (2026年10月1日至2027年…) is read with its
            // last; a span of years keeps both (2016年至2020年).
            let from_date = m.label_start < i && chars[m.label_start..i].contains(&'月');
            while from_date
                && out
                    .last()
                    .is_some_and(|p: &Marker| p.start >= m.label_start)
            {
                out.pop();
            }
            if plan_period && m.role == Role::Deadline && m.start == m.label_start {
                periods.push(out.len());
            }
            out.push(m);
            i = label_end;
            continue;
        }
        // 较上年, 比去年: a baseline without a number.
        let relative = RELATIVE_YEARS.iter().find(|w| starts_with(chars, i, w));
        if let Some(word) = relative {
            let label_end = i + word.chars().count();
            let m = marker(chars, i, label_end, 0, false);
            if m.role == Role::Baseline {
                out.push(m);
            }
            i = label_end;
            continue;
        }
        i += 1;
    }
    // The document's present is the latest year it reports as of
    // (截至2020年底): a plan period that ended by then is the past the
    // document recounts (“十三五”期间，全省累计完成…), not a deadline.
    let present = out
        .iter()
        .filter(|m| {
            m.role == Role::Mention
                && MENTION_PREFIXES
                    .iter()
                    .any(|w| ends_with(chars, m.label_start, w))
        })
        .map(|m| m.year)
        .max();
    if let Some(present) = present {
        for k in periods {
            if out[k].year <= present {
                out[k].role = Role::Mention;
            }
        }
    }
    out
}

/// How far back, in chars, 届时 looks for the year it means.
const THEN_REACH: usize = 120;

/// The marker of 届时 at `i`: the year a deadline or mention before it in
/// its paragraph named, within [`THEN_REACH`] chars (预计于2027年年底前启用，
/// 届时…名额将增至约3 400个), as a deadline of its own sentence.
fn then_marker(chars: &[char], markers: &[Marker], i: usize) -> Option<Marker> {
    let paragraph = line_start(chars, i).max(i.saturating_sub(THEN_REACH));
    let named = markers
        .iter()
        .rev()
        .take_while(|m| m.start >= paragraph)
        .find(|m| m.year > 0 && matches!(m.role, Role::Deadline | Role::Mention))?;
    Some(Marker {
        start: i,
        end: i + 2,
        label_start: i,
        label_end: i + 2,
        year: named.year,
        role: Role::Deadline,
    })
}

/// Whether `m` is a 届时 marker ([`then_marker`]).
fn is_then(chars: &[char], m: &Marker) -> bool {
    chars[m.label_start..m.label_end] == ['届', '时']
}

/// Words that name the year a document was written in. 全年 does only
/// after a verb of planning or in a sentence that commits (力争全年新签约
/// 项目150个, 我们将…全年新认定…400家): a bulletin's 全年 is the year it
/// reports on, the one before its own.
/// When a word of [`PRESENT_YEARS`] names a year.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Naming {
    Always,
    /// Where the work is planned (下半年…计划新建; a bulletin's 全年 is
    /// the year it reports on).
    WherePlanned,
    /// After a deadline word (到年底): on its own, 年底 ends some year the
    /// text names (去年底, 2024年底).
    AfterDeadline,
}

/// Words naming a year by the document's own, with how many years after
/// it (明年 the next) and when they name it.
const PRESENT_YEARS: &[(&str, i32, Naming)] = &[
    // A Taiwan page's 今年度, 明年度: the year as a period of account.
    ("今年度", 0, Naming::Always),
    ("今年", 0, Naming::Always),
    ("全年", 0, Naming::WherePlanned),
    // The season of fire and flood works (今冬明春…新建蓄水池35座), which
    // ends in the next year's spring: written in its autumn.
    ("今冬明春", 1, Naming::Always),
    // This winter's works (今冬新增清洁取暖改造3.2万户), begun in its year.
    ("今冬", 0, Naming::Always),
    ("明年度", 1, Naming::Always),
    ("明年", 1, Naming::Always),
    ("下半年", 0, Naming::WherePlanned),
    // 年内力争…, 年底前达到95%: within or by the end of the year written in.
    ("年内", 0, Naming::WherePlanned),
    ("年底", 0, Naming::AfterDeadline),
];

/// The least a year's work must reach (全年举办招聘会不少于2000场): a
/// requirement, where a bulletin tells its year's figure as it was.
static REQUIRED_LEAST: LazyLock<Pattern> = lazy_regex!("不少于|不低于|至少");

/// Reads `markers` against the year the document was written in: 今年
/// names that year (“今年我市将实施…项目46个”), read as the plain year
/// would be; and a deadline before it has passed, so the document
/// recounts what was reached by then (a plan of 2026: “由2020年的92.1%提高
/// 到2025年的94.6%”, “十四五”期间) rather than commits to it.
pub fn set_present(chars: &[char], year: i32, markers: &mut Vec<Marker>) {
    for m in markers.iter_mut() {
        if m.role == Role::Deadline && m.year < year {
            // (One dating a noun only dates it, and tells no past of the
            // sentence: 力争2000年底前建成的…小区基本完成改造.)
            m.role = if dates_noun(chars, m.end) {
                Role::Dating
            } else {
                Role::Mention
            };
        }
    }
    let mut added = false;
    // The scan visits every char of the page: a bit looked up is cheap, a
    // `str::starts_with` per word is not.
    fn opens_present_year(c: char) -> bool {
        PRESENT_YEARS.iter().any(|(w, _, _)| w.starts_with(c))
    }
    static OPENERS: LazyLock<CharTable> = LazyLock::new(|| CharTable::new(opens_present_year));
    for i in 0..chars.len().saturating_sub(1) {
        if !OPENERS.contains(chars[i]) {
            continue;
        }
        let Some(&(word, ahead, naming)) = PRESENT_YEARS
            .iter()
            .find(|(w, _, _)| starts_with(chars, i, w))
        else {
            continue;
        };
        // (Not a span or another year: 三年内, 5年内, 去年底, 上年底.)
        let other_year = i > 0
            && (chars[i - 1] == '年'
                || word.starts_with('年')
                    && (number::opens_number(chars[i - 1])
                        || "去上前明半个".contains(chars[i - 1])));
        // 全年 after a year its sentence names is that year's
        // (2027年特区政府将…，争取全年入境旅客达到4,000万人次), and so is 全年
        // under a heading or a lead-in naming the next year (二、2027年工作
        // 思路, 2027年，街道将…重点抓好以下工作：), a year's plan made near
        // the end of the one before; so is 年底 (2027年…提高到88%以上；…
        // 年底前平台覆盖率达到100%).
        let sentence_year = matches!(naming, Naming::WherePlanned | Naming::AfterDeadline)
            .then(|| {
                year_before(chars, markers, i)
                    .or_else(|| heading_year(chars, markers, i).filter(|&y| y == year + 1))
            })
            .flatten();
        let deadline = DEADLINE_PREFIXES.iter().any(|w| ends_with(chars, i, w));
        // The year so far (今年以来, 今年上半年, 今年首十个月, 今年前三季度,
        // 今年1至8月) is counted, not planned.
        let end = i + word.chars().count();
        let so_far = ahead == 0
            && (starts_with(chars, end, "以来")
                || starts_with(chars, end, "上半年")
                || matches!(chars.get(end), Some('首' | '前'))
                    && chars.get(end + 1).is_some_and(|&c| number::opens_number(c))
                || opens_months_from_january(chars.iter().skip(end).copied()));
        let names = match naming {
            _ if so_far => false,
            Naming::Always => true,
            Naming::WherePlanned if sentence_year.is_some() => true,
            Naming::WherePlanned => {
                let sentence = sentence_around(chars, i);
                // (In 全年's own clause: 全年举办招聘会不少于2000场.)
                let required = || {
                    word == "全年" && {
                        let clause: String = chars[i..]
                            .iter()
                            .take_while(|&&c| {
                                !super::clause::ends_clause(c) && !super::clause::ends_sentence(c)
                            })
                            .collect();
                        REQUIRED_LEAST.is_match(&clause)
                    }
                };
                // (年内 plans by itself: 年内新增普惠小微贷款300亿元以上.)
                let within = word == "年内";
                deadline
                    || (within
                        || commits_in(&sentence)
                        || sets_this_years_tasks(&sentence)
                        || required())
                        && !paragraph_looks_back(chars, markers, i, year)
            }
            // (年底前 is a deadline of its own.)
            Naming::AfterDeadline => deadline || starts_with(chars, end, "前"),
        };
        if other_year || !names || markers.iter().any(|m| m.start <= i && i < m.end) {
            continue;
        }
        markers.push(marker(
            chars,
            i,
            i + word.chars().count(),
            sentence_year.unwrap_or(year + ahead),
            false,
        ));
        added = true;
    }
    if added {
        markers.sort_by_key(|m| m.start);
    }
}

/// An annual plan's title: the one year it plans the work of and what it
/// calls itself, maybe with a note in brackets (湖州市2027年经济社会发展
/// 工作要点（征求意见稿）, 益阳市2026年化肥农药减量增效工作实施方案).
static ANNUAL_PLAN: LazyLock<Pattern> = lazy_regex!(
    r"^(?:[^0-9]*[^0-9到至])?((?:19|20)\d\d)年度?[^0-9]{0,24}?(?:工作要点|工作计划|工作安排|重点工作|计划|要点|工作方案|实施方案)(?:[（(][^）)]*[）)])?$"
);

/// The year whose work `title` plans, when it names an annual plan, or
/// when the notice it titles issues one (…关于印发《某县2026年工作要点》的
/// 通知; not a reading of one, whose figures explain its rules).
pub fn planned_year(title: &str) -> Option<i32> {
    let title = title.trim();
    let issued = ["印发《", "转发《"]
        .iter()
        .find_map(|w| title.split_once(w))
        .and_then(|(_, rest)| rest.split_once('》'))
        .map(|(inner, _)| inner);
    [Some(title), issued]
        .into_iter()
        .flatten()
        .find_map(|t| ANNUAL_PLAN.captures(t)?[1].parse().ok())
}

/// The span of years in a title (…三年行动方案（2026—2028年）, （2026-2028）,
/// （2026年至2028年）), its first and last year, and whether a plan's name
/// (方案, 计划, 规划, 纲要) stands right before it.
static PLAN_SPAN: LazyLock<Pattern> = lazy_regex!(
    r"((?:方案|计划|规划|纲要)》?)?[（(]((?:19|20)\d\d)年?\s*[—–\-－~～至到]+\s*((?:19|20)\d\d)年?[）)]"
);

/// Words of a norm: what must hold of each thing, in principle or by rule.
static NORM: LazyLock<Pattern> =
    lazy_regex!("原则上|(?:^|[^必无])须|应当|应符合|不得|每个|每一|每[家所座条]");

/// A season or year of account across two years that a title names
/// (2026—2027年度, 2026-2027年秋冬季).
static SEASON_SPAN: LazyLock<Pattern> = lazy_regex!(
    r"((?:19|20)\d\d)年?\s*[—–\-－~～至到]+\s*((?:19|20)\d\d)年?(?:度|秋冬|冬春|采暖|供暖)"
);

/// A span of years opening a plan's name (常德市2026—2027年海绵城市建设提质增效
/// 行动方案), its first and last year: no other year comes before the name's
/// last word (2021—2025年工作总结及2026年工作计划 is no such plan), and the
/// span is of years, not one season or year of account across two
/// (2026—2027年秋冬季…攻坚方案, 2026-2027年度, 2026—2027学年).
static LEADING_SPAN: LazyLock<Pattern> = lazy_regex!(
    r"((?:19|20)\d\d)年?\s*[—–\-－~～至到]+\s*((?:19|20)\d\d)年(?:方案|计划|规划|纲要|[^度秋冬春夏采供学，。；《》\d][^，。；《》\d]{0,29}?(?:方案|计划|规划|纲要))"
);

/// The span of years a title names, in brackets ([`PLAN_SPAN`]) or opening
/// a plan's name ([`LEADING_SPAN`]): its first and last year, and whether
/// a plan's name goes with it (not so for 会议纪要（2026—2028年）).
fn title_span(title: &str) -> Option<(i32, i32, bool)> {
    let (first, last, named) = match PLAN_SPAN.captures(title) {
        Some(span) => (span.get(2)?, span.get(3)?, span.get(1).is_some()),
        None => {
            let span = LEADING_SPAN.captures(title)?;
            (span.get(1)?, span.get(2)?, true)
        }
    };
    Some((
        first.as_str().parse().ok()?,
        last.as_str().parse().ok()?,
        named,
    ))
}

/// The first year of the span of years `title` names.
pub fn span_start(title: &str) -> Option<i32> {
    title_span(title).map(|(first, _, _)| first)
}

/// A five-year plan a title names (《河南省“十五五”中医药传承创新发展规划》
/// 政策解读): the plan's number, and its name's last word, not a proposal
/// for one (十五五规划建议).
static FIVE_YEAR_PLAN: LazyLock<Pattern> = lazy_regex!(
    r"十([一二三四五六七八九])五[”\x22]?[^，。；“”]{0,30}?(?:规划|纲要|方案|计划)(?:[》（(]|[^建]*$)"
);

/// The last year of the plan `title` names with its span of years, or as
/// a five-year plan.
pub fn planned_end(title: &str) -> Option<i32> {
    if let Some((_, last, named)) = title_span(title) {
        return named.then_some(last);
    }
    let plan = FIVE_YEAR_PLAN.captures(title)?;
    five_year_plan_end(plan[1].chars().next()?)
}

/// The last year of the five-year plan whose number is 十 and `ordinal`
/// (the 四 of 十四五): the fourteenth ends in 2025.
fn five_year_plan_end(ordinal: char) -> Option<i32> {
    let n = chinese_digit(ordinal).filter(|&n| n > 0)? as i32;
    Some(1955 + 5 * (10 + n))
}

/// The titles of `doc`: its headings above its first numbered one.
fn titles(doc: &Document) -> impl Iterator<Item = &str> {
    doc.sentences
        .iter()
        .enumerate()
        .take_while(|(_, s)| numbering_rank(&doc.masked[s.start..]).is_none())
        .filter(|&(i, _)| is_heading(doc, i))
        .map(|(_, s)| doc.masked_text(s.start, s.end))
}

/// Whether a title of `doc` names the year `year` and calls the document
/// an annual plan (2026年数字经济发展工作要点); a report's section of next
/// year's work (五、2026年工作安排) does not.
fn names_annual_plan(doc: &Document, year: i32) -> bool {
    titles(doc).any(|t| planned_year(t) == Some(year))
}

/// The title of `doc` that names a plan over several years.
fn plan_title_of(doc: &Document) -> Option<&str> {
    titles(doc).find(|t| planned_end(t).is_some())
}

/// `lead` without the label of a list's item it opens with ((c) 在2027年，
/// a) 2027年, ① 2027年), which the numberings of headings do not cover
/// (a numbered line, 2.漳州市2026年第一批…, keeps its lead as it was).
fn without_item_label(lead: &[char]) -> &[char] {
    let start = lead
        .iter()
        .position(|c| !c.is_whitespace())
        .unwrap_or(lead.len());
    let rest = &lead[start..];
    let label_char = |c: &char| c.is_ascii_alphabetic();
    let label_len = match rest {
        ['(' | '（', inner @ ..] => inner
            .iter()
            .take(3)
            .position(|c| matches!(c, ')' | '）'))
            .filter(|&k| k > 0 && inner[..k].iter().all(label_char))
            .map(|k| k + 2),
        [c, ')' | '.' | '．' | '、', ..] if label_char(c) => Some(2),
        ['①'..='⑳', ..] => Some(1),
        _ => None,
    };
    match label_len {
        Some(len) => {
            let after = &rest[len..];
            &after[after.iter().take_while(|c| c.is_whitespace()).count()..]
        }
        None => lead,
    }
}

/// Whether a year after `lead`, the start of its clause, opens the
/// clause: nothing but space or an opening quote stands before it, or
/// only who acts or the word that picks a part (我市2026年将新建…, 气象局
/// 明年将新增…, 其中2025年开工建设…): a few Han chars that end in no verb
/// nor in the 是 of a year described (今年是“十五五”开局之年). When a
/// figure's verb follows the year (`verb_follows`), the lead may be the
/// metric itself, which is longer (太阳光电装置容量2028年达到20GW).
fn opens_after_subject(lead: &[char], verb_follows: bool) -> bool {
    /// The longest subject read before a year: a city, a bureau.
    const SUBJECT_CHARS: usize = 6;
    /// The longest metric read before a year and its verb.
    const METRIC_CHARS: usize = 10;
    // However long the name of who sets it, a goal stated before its
    // year (政府的目标是在2028年把…) opens on the year.
    static GOAL_LEAD: LazyLock<Pattern> = lazy_regex!("^\\p{Han}{0,10}目标(?:是|为)[在于]?$");
    let longest = if verb_follows {
        METRIC_CHARS
    } else {
        SUBJECT_CHARS
    };
    // (The lead is written out only for a rule that reads words: most
    // leads are turned away by their length or chars first.)
    let text = || lead.iter().collect::<String>();
    lead.contains(&'标') && GOAL_LEAD.is_match(&text())
        || lead.len() <= longest
            && lead.iter().all(|&c| is_han(c))
            && lead.last() != Some(&'是')
            && !phrase::ends_in_verb(&text())
}

/// Whether the paragraph up to `chars[i]` has named a year before `year`
/// (one of `markers`) or looked back over the last one (2025年是…收官之年。
/// 一年来,…全年地区生产总值预计达到…): its 全年 is that year's, as a report
/// of early in the next estimates it.
fn paragraph_looks_back(chars: &[char], markers: &[Marker], i: usize, year: i32) -> bool {
    const LOOKING_BACK: &[&str] = &["一年来", "过去一年", "回顾"];
    let start = line_start(chars, i);
    markers
        .iter()
        .any(|m| (start..i).contains(&m.start) && (1990..year).contains(&m.year))
        || (start..i).any(|k| LOOKING_BACK.iter().any(|w| starts_with(chars, k, w)))
        || last_opening(
            chars,
            markers.iter().filter(|m| m.start < i && m.year >= 1990),
        )
        .is_some_and(|(line, y)| y < year && !opens_section_between(chars, line, i))
}

/// Whether a line after the one starting at `from`, up to the line of
/// `chars[i]`, opens a section of tasks or of a policy's content (二、
/// 《若干措施》的主要内容有哪些？, 三、重点任务): a year a line opened with
/// before it (2025年，全省…) speaks no more for what follows (…全年组织招聘会
/// 不少于2000场). A bulletin's sections (二、农业) go on telling its year.
fn opens_section_between(chars: &[char], from: usize, i: usize) -> bool {
    /// The highest ranks of [`NUMBERINGS`]: parts and 一、.
    const SECTION_RANKS: u8 = 2;
    let last = line_start(chars, i);
    let mut at = from;
    while let Some(newline) = chars[at..last].iter().position(|&c| c == '\n') {
        at += newline + 1;
        let line_end = chars[at..]
            .iter()
            .position(|&c| c == '\n')
            .map_or(chars.len(), |p| at + p);
        let head = &chars[at..line_end.min(at + 12)];
        if numbering_rank(head).is_some_and(|rank| rank <= SECTION_RANKS) {
            let line: String = chars[at..line_end].iter().collect();
            if names_section(&line) || line.contains('《') {
                return true;
            }
        }
    }
    false
}

/// How far into its line a year may stand and still open it (四、).
const OPENING_YEAR: usize = 6;

/// The year the last line of `markers` opens with: its first, not a plan's
/// period named after it (2027年是“十五五”规划实施的关键之年).
fn last_opening_year<'m>(chars: &[char], markers: impl Iterator<Item = &'m Marker>) -> Option<i32> {
    last_opening(chars, markers).map(|(_, year)| year)
}

/// [`last_opening_year`] with where its line starts.
fn last_opening<'m>(
    chars: &[char],
    markers: impl Iterator<Item = &'m Marker>,
) -> Option<(usize, i32)> {
    markers
        .map(|m| (line_start(chars, m.start), m))
        .filter(|(line, m)| m.start - line <= OPENING_YEAR)
        .max_by_key(|&(line, m)| (line, std::cmp::Reverse(m.start)))
        .map(|(line, m)| (line, m.year))
}

/// The year named at the opening of the last line before `chars[i]` that
/// heads what follows: a short line with no sentence end (二、2027年工作思路)
/// or one leading into a list (2027年，街道将…重点抓好以下工作：).
fn heading_year(chars: &[char], markers: &[Marker], i: usize) -> Option<i32> {
    /// The longest a heading line runs.
    const HEADING_CHARS: usize = 30;
    let heads = |m: &&Marker| {
        let start = line_start(chars, m.start);
        let end = chars[m.start..]
            .iter()
            .position(|&c| c == '\n')
            .map_or(chars.len(), |p| m.start + p);
        let line = &chars[start..end];
        let last = line.iter().rev().find(|c| !c.is_whitespace());
        matches!(last, Some('：' | ':'))
            || line.len() <= HEADING_CHARS && !line.iter().any(|&c| super::clause::ends_sentence(c))
    };
    // A deadline's lead-in (到2027年，全市将实现以下目标：) sets goals, not the
    // year the work after it is planned for.
    last_opening_year(
        chars,
        markers
            .iter()
            .filter(|m| m.start < i && m.year >= 1990 && m.role != Role::Deadline)
            .filter(heads),
    )
}

/// Where the line holding `chars[i]` starts.
fn line_start(chars: &[char], i: usize) -> usize {
    chars[..i]
        .iter()
        .rposition(|&c| c == '\n')
        .map_or(0, |p| p + 1)
}

/// The year of the last year marker before `i` in its sentence.
fn year_before(chars: &[char], markers: &[Marker], i: usize) -> Option<i32> {
    let start = sentence_start(chars, i);
    markers
        .iter()
        .rfind(|m| start <= m.start && m.end <= i)
        .map(|m| m.year)
}

/// Where the sentence holding `chars[i]` starts.
fn sentence_start(chars: &[char], i: usize) -> usize {
    let ends = |c: &char| super::clause::ends_sentence(*c);
    chars[..i].iter().rposition(ends).map_or(0, |p| p + 1)
}

/// The sentence around `chars[i]`, up to its ends (。！？ or a line end).
fn sentence_around(chars: &[char], i: usize) -> String {
    let start = sentence_start(chars, i);
    let end = chars[i..]
        .iter()
        .position(|&c| super::clause::ends_sentence(c))
        .map_or(chars.len(), |p| i + p);
    chars[start..end].iter().collect()
}

/// [`may_open_year`], tabulated for testing every char of a text.
static YEAR_OPENERS: LazyLock<CharTable> = LazyLock::new(|| CharTable::new(may_open_year));

/// Whether a year expression (2025年, 二〇三〇年, “十四五”, 民国115年) or a relative
/// year (上年, 去年) can start with `c`: the one-char test that spares
/// [`year_at`] and [`RELATIVE_YEARS`] the other chars of the text. It
/// accepts every first char those two do, and a few more (两).
fn may_open_year(c: char) -> bool {
    c.is_ascii_digit()
        || chinese_digit(c).is_some()
        || matches!(c, '十' | '上' | '去' | '民')
        || OPEN_QUOTES.contains(&c)
}

/// A year expression at `i`: (year, end, whether it is a five-year plan).
/// On a `roc_page`, three digits before 年 are a Republic of China year.
fn year_at(chars: &[char], i: usize, roc_page: bool) -> Option<(i32, usize, bool)> {
    // “十四五”, the fourteenth five-year plan.
    let quote = usize::from(OPEN_QUOTES.contains(&chars[i]));
    if chars.get(i + quote) == Some(&'十') && chars.get(i + quote + 2) == Some(&'五') {
        let year = five_year_plan_end(*chars.get(i + quote + 1)?)?;
        let mut end = i + quote + 3;
        if chars.get(end).is_some_and(|c| CLOSE_QUOTES.contains(c)) {
            end += 1;
        }
        // The end of the plan period: “十三五”末, “十四五”期末.
        if starts_with(chars, end, "期末") {
            end += 2;
        } else if chars.get(end) == Some(&'末') {
            end += 1;
        }
        // Its opening (“十五五”开局之际, 开局之年, 起步之年) is its first year.
        if ["开局", "起步", "开篇"]
            .iter()
            .any(|w| starts_with(chars, end, w))
        {
            return Some((year - 4, end, true));
        }
        return Some((year, end, true));
    }
    if i > 0 && chars[i - 1].is_ascii_digit() {
        return None;
    }
    let (year, mut end) = roc_year_at(chars, i, roc_page)
        .or_else(|| common_era_year_at(chars, i))
        .or_else(|| fiscal_year_at(chars, i))?;
    // 2026年度, 115年度: the year as a period of account.
    if chars.get(end) == Some(&'度') {
        end += 1;
    }
    // 2024年6月底前, 2026年5月31日前: the month and its day belong to the
    // expression, so that a deadline word after them is read.
    let numbered = |end: usize, most: usize, marks: &[char]| {
        (1..=most).find(|&n| {
            chars.get(end..end + n).is_some_and(|run| {
                run.iter()
                    .all(|&c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
            }) && chars.get(end + n).is_some_and(|c| marks.contains(c))
        })
    };
    if let Some(n) = numbered(end, 2, &['月']) {
        end += n + 1;
        if let Some(n) = numbered(end, 3, &['日', '号']) {
            end += n + 1;
        }
    }
    if starts_with(chars, end, "年底") {
        end += 2;
    } else if matches!(chars.get(end), Some('底' | '末')) {
        end += 1;
    }
    Some((year, end, false))
}

/// A year of the common era written at `i` in digits or Chinese numerals
/// (2025年, 二〇二五年), and the end of its 年.
fn common_era_year_at(chars: &[char], i: usize) -> Option<(i32, usize)> {
    let digit = |c: char| {
        c.to_digit(10)
            .map(|d| d as i32)
            .or_else(|| chinese_digit(c).map(|d| d as i32))
    };
    let mut year = 0;
    for k in 0..4 {
        year = year * 10 + digit(*chars.get(i + k)?)?;
    }
    let mut end = i + 4;
    if chars.get(end) == Some(&' ') {
        end += 1;
    }
    (chars.get(end) == Some(&'年') && (1949..=2100).contains(&year)).then_some((year, end + 1))
}

/// A Republic of China year at `i` as the common era's, and the end of
/// its 年: 民国115年 anywhere, a bare 115年 on a `roc_page` (1911 + 115).
fn roc_year_at(chars: &[char], i: usize, roc_page: bool) -> Option<(i32, usize)> {
    let prefixed = starts_with(chars, i, "民国");
    let from = if prefixed { i + 2 } else { i };
    let digits = chars[from..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let counted = if prefixed {
        (2..=3).contains(&digits)
    } else {
        roc_page && digits == 3
    };
    if !counted || chars.get(from + digits) != Some(&'年') {
        return None;
    }
    let n: i32 = chars[from..from + digits]
        .iter()
        .collect::<String>()
        .parse()
        .ok()?;
    Some((1911 + n, from + digits + 1))
}

/// Whether the words after a year at `from` close on 基础上 within a few
/// Han chars (2026年试点基础上, 2025年工作的基础上).
fn grounds_on(chars: &[char], from: usize) -> bool {
    const MOST_CHARS: usize = 8;
    let words: String = chars[from..]
        .iter()
        .take(MOST_CHARS + 3)
        .take_while(|&&c| is_han(c))
        .collect();
    words.find("基础上").is_some_and(|at| at > 0)
}

fn marker(
    chars: &[char],
    label_start: usize,
    label_end: usize,
    mut year: i32,
    plan: bool,
) -> Marker {
    let mut start = label_start;
    while start > 0 && chars[start - 1] == ' ' {
        start -= 1;
    }
    let prefix =
        |words: &[&'static str]| words.iter().copied().find(|w| ends_with(chars, start, w));
    // The 前 of 今年前三季度 counts periods from the start of the year; it
    // is no deadline.
    let counts_periods = |w: &str| {
        w == "前"
            && chars
                .get(label_end + 1)
                .is_some_and(|&c| number::opens_number(c))
    };
    let suffix = |words: &[&'static str]| {
        words.iter().copied().find(|w| {
            starts_with(chars, label_end, w)
                && !counts_periods(w)
                && !opens_common_word(chars, label_end + w.chars().count())
        })
    };
    // 2016年至2020年, 2016-2020年 and 3月12日至2024年3月18日 are spans of
    // time, not deadlines.
    let after_range = start >= 2
        && matches!(chars[start - 1], '至' | '到' | '-' | '—' | '－')
        && (matches!(chars[start - 2], '年' | '月' | '日') || is_year_digit(chars[start - 2]));
    // 至113年8月, 至2024年8月: a month after the year makes 至 the as-of of
    // a report (截至), not a deadline.
    let dated_to_month = chars[label_start..label_end].contains(&'月')
        || chars
            .get(label_end..label_end + 3)
            .is_some_and(|w| w[0].is_ascii_digit() && (w[1] == '月' || w[2] == '月'));
    let as_of = prefix(&["至"]).filter(|_| dated_to_month);
    // 已于2025年内投入服务, 已于2026年3月底前完成: what was done within a
    // year or by a time, not a deadline.
    let done_already = prefix(&["已于", "已在", "已"]).is_some();
    let (role, prefix_word, suffix_len) = if let Some(p) = prefix(MENTION_PREFIXES).or(as_of) {
        (Role::Mention, Some(p), None)
    } else if after_range {
        (Role::Mention, None, None)
    } else if prefix(&["由", "从"]).is_some()
        && suffix(&["的"]).is_some()
        && !arrives_in_year(chars, label_end)
    {
        // 到2030年，…由2025年的12.4%降至10%: the level a change starts
        // from, under a deadline set before. (Its 由 stays for the metric
        // to be cut before.) One arriving in a year of its own (由106年的
        // 51亿元增加至115年的1,024亿元) is told as a whole by that year.
        (Role::Baseline, None, None)
    } else if prefix(&["在"]).is_some() && grounds_on(chars, label_end) {
        // 在2026年试点基础上，扩大…: what the year did is where the goal
        // starts from.
        (Role::Baseline, Some("在"), None)
    } else if let Some(s) = suffix(BASELINE_SUFFIXES) {
        (
            Role::Baseline,
            prefix(BASELINE_PREFIXES),
            Some(s.chars().count()),
        )
    } else if let Some(p) = prefix(BASELINE_PREFIXES).filter(|p| *p != "在") {
        (Role::Baseline, Some(p), None)
    } else if let Some(s) = suffix(DEADLINE_SUFFIXES).filter(|_| !done_already) {
        let prefix_word = prefix(DEADLINE_PREFIXES);
        let after = label_end + s.chars().count();
        let role = if prefix_word.is_none() && dates_noun(chars, after) {
            Role::Dating
        } else {
            Role::Deadline
        };
        (role, prefix_word, Some(s.chars().count()))
    } else if let Some(len) = season_deadline(chars, label_end) {
        (Role::Deadline, prefix(DEADLINE_PREFIXES), Some(len))
    } else if GOALS_OF_YEAR.is_match(&String::from_iter(
        &chars[label_end..(label_end + 12).min(chars.len())],
    )) {
        // 明确了2027年阶段性目标：…: the goals listed after it are that
        // year's.
        (Role::Deadline, prefix(DEADLINE_PREFIXES), None)
    } else if let Some((len, years)) = spread_from(chars, label_end) {
        // The work is due in the last of the years it is spread over.
        year += years - 1;
        (Role::Deadline, None, Some(len))
    } else if let Some(p) = prefix(DEADLINE_PREFIXES) {
        (Role::Deadline, Some(p), None)
    } else if plan && (chars[label_end - 1] == '末' || suffix(PLAN_PERIODS).is_some()) {
        let period = suffix(PLAN_PERIODS).map(|s| s.chars().count());
        (Role::Deadline, None, period)
    } else {
        (Role::Mention, None, None)
    };
    let end = label_end + suffix_len.unwrap_or(0);
    // A span of years (2025—2027年, 2025年至2027年) is read as its last
    // year from where it starts: opening a clause that commits, it sets
    // goals for that year (2025—2027年，力争开工建设中型水库十二座).
    let span_start = after_range.then(|| year_span_start(chars, start)).flatten();
    let start = span_start.unwrap_or(start - prefix_word.map_or(0, |p| p.chars().count()));
    Marker {
        start,
        end,
        label_start: span_start.unwrap_or(label_start),
        label_end,
        year,
        role,
    }
}

/// After a year, the label of its goals listed after a colon (2027年阶段性
/// 目标：, 2027年的主要目标是：).
static GOALS_OF_YEAR: LazyLock<Pattern> =
    lazy_regex!("^(?:的)?(?:阶段性|主要|预期|工作|年度)?目标(?:任务)?(?:是|为)?[：:]");

/// The length of a season or festival of the year closing before `at` and
/// the 前 that makes it a deadline (2026年台风季节前, 汛期前, 春节前, 年中前,
/// 供暖季之前, 三季度前): up to four Han chars ending in 季, 度, 节, 期 or
/// 中, the 前 not counting periods (2026年度前三季度). Only after a year
/// written out: 今年节前 is as often when this year's work was done.
fn season_deadline(chars: &[char], at: usize) -> Option<usize> {
    if at < 2 || !is_year_digit(chars[at - 2]) {
        return None;
    }
    let season = chars[at..]
        .iter()
        .take(5)
        .take_while(|&&c| is_han(c) && c != '前')
        .count();
    let ends_season = (1..=season)
        .rev()
        .find(|&n| matches!(chars[at + n - 1], '季' | '度' | '节' | '期' | '中'))?;
    let len = ["前", "之前"]
        .iter()
        .find(|w| starts_with(chars, at + ends_season, w))
        .map(|w| ends_season + w.chars().count())?;
    let counts_periods = chars
        .get(at + len)
        .is_some_and(|&c| number::opens_number(c));
    (!counts_periods).then_some(len)
}

/// The length of a start (起, 开始) after a year and of the span of years
/// the work is spread over from it (2026年起，分三年完成…, 从2026年开始用
/// 3年时间…), with how many years that span.
fn spread_from(chars: &[char], at: usize) -> Option<(usize, i32)> {
    let start = ["起", "开始"].iter().find(|w| starts_with(chars, at, w))?;
    let mut k = at + start.chars().count();
    if chars.get(k).is_some_and(|&c| matches!(c, '，' | ',')) {
        k += 1;
    }
    let spread = ["分", "用", "利用", "通过"]
        .iter()
        .find(|w| starts_with(chars, k, w))?;
    k += spread.chars().count();
    let years = match *chars.get(k)? {
        c if c.is_ascii_digit() => c.to_digit(10)? as i32,
        c => number::chinese_digit(c).filter(|&n| n > 0)? as i32,
    };
    if chars.get(k + 1) != Some(&'年') {
        return None;
    }
    let time = if starts_with(chars, k + 2, "时间") {
        2
    } else {
        0
    };
    Some((k + 2 + time - at, years))
}

/// Whether the sentence after `from` arrives at a level in a year of its
/// own (…降至2027年的30微克, 增加至115年的): 至 or 到 before a year.
fn arrives_in_year(chars: &[char], from: usize) -> bool {
    let end = chars[from..]
        .iter()
        .position(|c| "。；;！？\n".contains(*c))
        .map_or(chars.len(), |p| from + p);
    (from..end).any(|i| {
        matches!(chars[i], '至' | '到')
            && i + 1 < end
            && year_at(chars, i + 1, true)
                .is_some_and(|(_, year_end, plan)| !plan && year_end <= end)
    })
}

/// Where a span of years ending at `to` (the start of its last year)
/// starts: the first year's first digit (2025—, 2025年至, 2025-, 115至,
/// 2026年10月1日至, a season's); none for a span of dates in one year
/// (3月12日至).
fn year_span_start(chars: &[char], to: usize) -> Option<usize> {
    let dash = to.checked_sub(1)?;
    let mut end = dash;
    for mark in ['日', '月'] {
        if end > 0 && chars[end - 1] == mark {
            let digits = chars[..end - 1]
                .iter()
                .rev()
                .take_while(|&&c| c.is_ascii_digit() || c == '十' || chinese_digit(c).is_some())
                .count();
            end -= 1 + digits;
        }
    }
    if end > 0 && chars[end - 1] == '年' {
        end -= 1;
    } else if end < dash {
        return None;
    }
    // The first year is written as the last: in four digits, or in three
    // by the Republic of China calendar (115至120年).
    let width = chars[to..]
        .iter()
        .take_while(|&&c| is_year_digit(c))
        .count();
    if !(3..=4).contains(&width) {
        return None;
    }
    let from = end.checked_sub(width)?;
    let digits = chars[from..end].iter().all(|&c| is_year_digit(c));
    let alone = from == 0 || !is_year_digit(chars[from - 1]);
    (digits && alone).then_some(from)
}

/// A digit of a year as written in figures or in Chinese (二○二六; never 两).
fn is_year_digit(c: char) -> bool {
    c.is_ascii_digit() || c != '两' && super::number::chinese_digit(c).is_some()
}

/// Whether the words at `at` make the year before them an attribute of a
/// noun: a few chars ending in 的 (前建成的, 以前注册的, 前将到期的). A
/// preposition bringing in the object of the goal opens none (前将货车的比例
/// 提升至…), nor one of place (前于合适的政府场地安装…).
fn dates_noun(chars: &[char], at: usize) -> bool {
    let brings_object = verbs::opens_goal_predicate(chars, at) || chars.get(at) == Some(&'于');
    !brings_object
        && (1..=4).any(|n| {
            chars
                .get(at..at + n + 1)
                .is_some_and(|run| run[n] == '的' && run[..n].iter().all(|&c| is_han(c)))
        })
}

/// The scope of every clause: `scopes[sentence][clause]`, in a document
/// written in `present` when its date is known, under its page's `title`.
/// `sections[k]`: sentence `k`'s [`Section`]; a sentence that reports (in
/// a section that looks back: 一、发展基础 … 2025年，全市PM2.5平均浓度
/// 降至26微克/立方米, in a page of 2025) commits to none of its plain years.
pub fn scopes(
    doc: &Document,
    markers: &[Marker],
    present: Option<i32>,
    sections: &[Section],
    title: Option<&str>,
) -> Vec<Vec<Option<Scope>>> {
    let mut out = Vec::with_capacity(doc.sentences.len());
    let mut heading: Option<Scope> = None;
    let mut carried: Option<Scope> = None;
    // The deadline of a line that leads into a list (还提出,到2025年:): it
    // holds for the lines after it down to a heading, or to a question
    // (a legislator's questions after 就此，政府可否告知本会： list no
    // goals), or to the next paragraph numbered as the line's own or above
    // (6. 下半年将推出以下措施：（1）…（2）… 7. 社区旅游方面，…): with the
    // rank of the line's paragraph.
    let mut listed: Option<(Scope, Option<u8>)> = None;
    let mut paragraph_rank: Option<u8> = None;
    // A list of tasks led into after goals were set (围绕上述目标，重点抓好
    // 以下四个方面工作：): the year of those goals, and the rank of the
    // list's numbered items once the first is read. Each item heads a
    // section of tasks for that year, down to the first paragraph that is
    // no item (or, under an item headed on a line of its own, to the next
    // heading).
    let mut task_list: Option<(Scope, Option<u8>)> = None;
    // Whether the list's last item was a heading alone on its line
    // (（一）坚定不移抓工业强县), whose tasks follow in paragraphs of their own.
    let mut item_headed = false;
    // Whether the list's last item led into a list of its own (（五）用心办好
    // 民生实事。…主要包括：), whose unnumbered lines (- 新增城镇就业2万人以上；)
    // are the item's.
    let mut item_led_into = false;
    // Whether the section's heading names the page's own year.
    let mut heading_names_present = false;
    // Whether the last heading names goals, and whether goals or tasks.
    let mut goal_section = false;
    // The heading's scope and section before a paragraph opened on a goals'
    // label, while its goals go on.
    let mut labelled_goals: Option<(Option<Scope>, bool)> = None;
    let mut task_section = false;
    // Whether the last heading asks for goals (主要目标有哪些？).
    let mut goal_question = false;
    // Whether the section's year is only its plan's last year (see
    // `plan_tasks` below).
    let mut plan_heading = false;
    // The numbering rank of the heading whose section this is, if it has one.
    let mut heading_rank: Option<u8> = None;
    // The years the document has committed to so far.
    let mut committed: Vec<i32> = Vec::new();
    // Whether a heading, or the page's title, names the document an annual
    // plan of its own year (太原市2026年数字经济发展工作要点): its sections
    // of tasks are that year's whatever later goals it also sets.
    let annual_plan = present
        .is_some_and(|p| names_annual_plan(doc, p) || title.and_then(planned_year) == Some(p));
    // The last year of a plan over several years the page is, or explains
    // (金华市水安全保障提升三年行动方案（2026—2028年）): the tasks it sets with
    // no year of their own (市区新建改造排涝泵站12座, 三年改造提升农村供水管网2600
    // 公里) are to be done by then.
    let plan_title = title
        .filter(|t| planned_end(t).is_some())
        .or_else(|| plan_title_of(doc));
    let plan_end = plan_title
        .and_then(planned_end)
        .filter(|&end| present.is_none_or(|p| end > p));
    // How many years that plan spans, with its last year: from the span
    // its title gives, or five for a five-year plan, which gives none.
    let plan_span = plan_end.map(|end| {
        let start = plan_title.and_then(span_start);
        (start.map_or(5, |start| end - start + 1), end)
    });
    // A notice for a season or year of account across two years (关于做好
    // 2026—2027年度森林防灭火工作的通知) is a plan for it as well, whose
    // period (本防火期内) ends in its last year.
    let season_span = title
        .and_then(|t| SEASON_SPAN.captures(t))
        .and_then(|c| Some((c[1].parse::<i32>().ok()?, c[2].parse::<i32>().ok()?)))
        .filter(|&(first, last)| last == first + 1 && present.is_none_or(|p| last >= p))
        .map(|(first, last)| (last - first + 1, last));
    let speakers = speaker_names(doc);
    let mut paragraph = usize::MAX;
    // Whether the paragraph opens on a year already over (2025年，全省…圆满
    // 完成…。全省累计出版…112部): it tells of that year to its end, but
    // where a sentence names a year of its own or commits.
    let mut paragraph_past = false;
    // Whether the sentence before, in this paragraph, told of what exists:
    // a breakdown of it (…截至2025年底，全省装机612万千瓦。其中，电源侧储能245
    // 万千瓦) tells of the same, whatever heading stands above.
    let mut last_reported = false;
    for (index, sentence) in doc.sentences.iter().enumerate() {
        // Collected only for the sentences whose words are read.
        let sentence_text = || doc.masked_text(sentence.start, sentence.end);
        let own = starting_in(markers, sentence.start, sentence.end);
        // The year the sentence opens on, if it opens on one.
        let opening = own
            .first()
            .filter(|m| m.start - sentence.start <= OPENING_YEAR);
        let opens_paragraph = sentence.paragraph != paragraph;
        let last_mark = last_mark(doc, sentence);
        // A short line of a list (培育…企业5家以上；) is an item, not a heading.
        let is_item = listed.is_some() && matches!(last_mark, Some('；' | ';' | '。'));
        let is_heading = opens_paragraph && !is_item && is_heading(doc, index);
        if opens_paragraph {
            paragraph = sentence.paragraph;
            carried = None;
            last_reported = false;
            paragraph_past = opening
                .is_some_and(|m| m.role == Role::Mention && present.is_some_and(|p| m.year < p));
            paragraph_rank = numbering_rank(&doc.masked[sentence.start..]);
            // A speaker's turn ends the list a line before led into, and so
            // does a paragraph numbered as the line's own or above.
            let sibling = listed
                .as_ref()
                .and_then(|(_, lead)| *lead)
                .is_some_and(|lead| paragraph_rank.is_some_and(|r| r <= lead));
            if is_heading || sibling || opens_turn(sentence_text(), &speakers) {
                listed = None;
            }
        }
        let rank = || numbering_rank(&doc.masked[sentence.start..]);
        // A paragraph of the task list is either its next item or ends it.
        let mut item = None;
        if let Some((scope, item_rank)) = task_list.as_mut().filter(|_| opens_paragraph) {
            if let Some(r) = rank().filter(|&r| item_rank.is_none_or(|k| k == r)) {
                *item_rank = Some(r);
                item = Some(scope.clone());
            }
        }
        // A paragraph under an item's heading is the item's own, and so is
        // any up to the next heading that is no subheading of the item, or
        // to the speaker turning to the audience (各位代表，…).
        let list_rank = task_list.as_ref().and_then(|(_, r)| *r);
        let subheading = || rank().zip(list_rank).is_some_and(|(r, k)| r > k);
        let in_item = item.is_none()
            && (item_headed && (!is_heading || subheading())
                || item_led_into && !is_heading && rank().is_none())
            && !(opens_paragraph && ADDRESS.is_match(sentence_text()));
        let list_ended =
            opens_paragraph && item.is_none() && !in_item && task_list.take().is_some();
        if opens_paragraph && !in_item {
            item_headed = item.is_some() && is_heading;
            item_led_into = false;
        }
        if item.is_some() || is_heading && !in_item {
            labelled_goals = None;
        }
        if let Some(scope) = item {
            // An item of the list: a section of tasks for its year.
            (heading, goal_section, task_section, heading_rank) = (Some(scope), false, true, None);
            plan_heading = false;
        } else if is_heading && !in_item {
            let text = sentence_text();
            let names = names_section(text);
            // A question that asks for no goals or tasks (今年招生工作有哪些
            // 新变化？) heads a report, whatever year it names.
            // A section of tasks with no year of its own, in a text that
            // has set goals for the year it is written in and no later one
            // (an annual plan: 二、今年主要目标 … 三、重点任务), sets tasks
            // for that year.
            let annual =
                |p: &i32| annual_plan || committed.contains(p) && committed.iter().all(|y| y <= p);
            // Nor does one inside a section that reports (二、绩效目标完成情况
            // … 1．数量指标).
            // In an annual plan every section of its own sets that year's
            // tasks, however its heading names them (二、提升港口枢纽能级).
            let this_years = || {
                present
                    .filter(|p| {
                        (names || annual_plan) && annual(p) && sections[index] != Section::Reports
                    })
                    .map(Scope::new)
            };
            // A section of tasks in a plan over several years, once the
            // plan has set goals for its last year and none later, sets
            // tasks for that year.
            let plan_tasks = || {
                plan_end
                    .filter(|end| {
                        names
                            && committed.contains(end)
                            && committed.iter().all(|y| y <= end)
                            && sections[index] != Section::Reports
                    })
                    .map(Scope::new)
            };
            let own_scope = heading_scope(text, own, present)
                .filter(|_| names || !asks_question(doc, sentence))
                .or_else(this_years);
            let plan_scope = own_scope.is_none().then(plan_tasks).flatten();
            let from_plan = plan_scope.is_some();
            let scope = own_scope.or(plan_scope);
            let names_goal = GOAL_WORDS.iter().any(|w| text.contains(w));
            // A numbered subsection of a section of goals or tasks (三、重点
            // 任务 … （一）全力抓好粮食生产) is one too, under its year.
            let subsection = (task_section || goal_section)
                && rank()
                    .zip(heading_rank)
                    .is_some_and(|(rank, outer)| rank > outer);
            if subsection {
                task_section |= names;
                goal_section |= names_goal;
                heading_names_present |= names_year(text, present);
                if scope.is_some() {
                    plan_heading = from_plan;
                }
                heading = scope.or(heading.take());
            } else {
                (task_section, goal_section) = (names, names_goal);
                goal_question = names_goal && asks_question(doc, sentence);
                heading_names_present = names_year(text, present);
                heading = scope;
                plan_heading = from_plan;
                heading_rank = rank();
            }
        } else if opens_paragraph && !in_item && GOAL_LABEL.is_match(sentence_text()) {
            // A paragraph opening on its goals' label (主要目标：到2028年，…)
            // opens a section of goals inside its heading's, as a heading
            // naming them would, up to the next numbered paragraph (第一条
            // 支持企业…, 1. …): unnumbered ones state its goals one by one.
            labelled_goals = Some((heading.clone(), goal_section));
            goal_section = true;
        } else if let Some((outer, outer_goals)) = labelled_goals
            .take_if(|_| opens_paragraph && (rank().is_some() || ARTICLE.is_match(sentence_text())))
        {
            (heading, goal_section) = (outer, outer_goals);
        } else if list_ended
            || opens_paragraph && heading_rank.is_some_and(|h| rank().is_some_and(|r| r <= h))
            || opens_paragraph && opens_turn(sentence_text(), &speakers)
        {
            // The end of a task list, or the next item of the heading's own
            // rank or above (“（四）锚定“十五五”目标” … “（五）兜牢民生底线。…”),
            // ends its section, though it names no goal itself.
            heading = None;
            plan_heading = false;
            heading_names_present = false;
            (goal_section, task_section, heading_rank) = (false, false, None);
            goal_question = false;
        }
        // A question for goals that names no year (二、主要目标有哪些？) is
        // answered by goals: the deadline the first sets (到2028年，…) holds
        // for the paragraphs after it (具体来看：…达到8000公里). Not so a
        // heading that reports on goals (一、主要指标完成情况).
        // In a plan over several years, the goals that name no year of
        // their own are its last year's (力争三年新增加装电梯1500台), whatever
        // year the first names (到2026年底完成改造150个).
        // Goals that name no year at all in such a plan (…以2030年为规划期末
        // …主要指标包括：——…达到80个) are its last year's too.
        if goal_question && heading.is_none() {
            let ahead = |m: &&Marker| present.is_none_or(|p| m.year >= p);
            heading = match own.iter().filter(ahead).find(|m| m.role == Role::Deadline) {
                Some(m) => Some(plan_end.filter(|&end| end >= m.year).unwrap_or(m.year)),
                None => plan_end,
            }
            .map(Scope::new);
        }
        let ends_paragraph = doc
            .sentences
            .get(index + 1)
            .is_none_or(|next| next.paragraph != sentence.paragraph);
        if ends_paragraph && task_list.is_some() && leads_into_list(last_mark, sentence_text()) {
            item_led_into = true;
        }
        if ends_paragraph && own.is_empty() && leads_into_list(last_mark, sentence_text()) {
            // The goals the tasks serve are this year's, when the section's
            // heading names it (二、2026年主要目标和重点工作, though a vision
            // to 2030 came between), else the last ones set for a year not
            // yet over.
            let not_over = |y: &i32| present.is_none_or(|p| *y >= p);
            let goals = present
                .filter(|p| heading_names_present && committed.contains(p))
                .or_else(|| committed.iter().copied().rfind(not_over));
            if let Some(year) = goals.filter(|_| TASK_LEAD.is_match(sentence_text())) {
                task_list = Some((Scope::new(year), None));
            }
        }
        // A clause opening on the plan's own span of years (三年内新建…,
        // 规划期内重点建设渔港72座) sets the plan's last year: that year for
        // each clause, none on a page of no such plan. A plan whose title
        // gives no span runs from the page's year to the last goal it has
        // set (到2028年底… on a page of 2026: 三年建设公共停车场20处).
        let span = plan_span.or_else(|| {
            let p = present?;
            let end = committed.iter().copied().filter(|&y| y > p).max()?;
            Some((end - p + 1, end))
        });
        let plan_spans: Vec<Option<i32>> = if sections[index] == Section::Reports {
            Vec::new()
        } else {
            sentence
                .clauses
                .iter()
                .map(|clause| {
                    let text = doc.masked_text(clause.start, clause.end);
                    span.filter(|&(years, _)| opens_on_span(text, years))
                        .or(season_span.filter(|_| SEASON_OPENING.is_match(text)))
                        .map(|(_, end)| end)
                })
                .collect()
        };
        // A note under a table (注：1．规模以上工业统计范围为…2000万元及以上…)
        // defines its terms and sets nothing.
        if doc.in_note[index]
            || own.is_empty()
                && carried.is_none()
                && heading.is_none()
                && listed.is_none()
                && plan_spans.iter().all(Option::is_none)
            // A plan's task that sets a norm (新建标准化厂房原则上以多层为主，首层层高
            // 不低于8米; 每个开发区至少建设1处) has no deadline of its own: it
            // holds for every year.
            || own.is_empty()
                && carried.is_none()
                && listed.is_none()
                && plan_heading
                && NORM.is_match(sentence_text())
        {
            // No year of its own and none to inherit: every clause is free
            // and stays so whatever words the sentence holds.
            out.push(vec![None; sentence.clauses.len()]);
            continue;
        }
        let text = sentence_text();
        // A forecast (预估将于…增加至120年的近120万人) commits to nothing; the
        // sentences after it go on with what the paragraph set before. One
        // after a goal (力争…达到85万平方米，预计全年惠及…) leaves the goal's
        // clauses as they are.
        let forecast_at = verbs::FORECAST
            .find(text)
            .map(|m| sentence.start + text[..m.start()].chars().count());
        let forecast = |clause: &Clause| forecast_at.is_some_and(|at| clause.end > at);
        // (Clauses before it that only date it, 2026年，预计全年…, set no goal.)
        let forecast_opens = forecast_at.is_some()
            && sentence
                .clauses
                .iter()
                .take_while(|c| !forecast(c))
                .all(|c| doc.quantities_in(c.start, c.end).is_empty());
        if forecast_opens {
            out.push(vec![None; sentence.clauses.len()]);
            continue;
        }
        // Under a heading that sets this year's tasks (二、2024年工作安排),
        // 今年 is the year planned (今年新改建农村公路1000公里); elsewhere it
        // reports what this year has done so far.
        // So is it in a sentence that plans (报告明确了今年六个方面的重点工作…力争),
        // unless it counts from the year's start (今年以来, 今年前三季度).
        // Neither plans when it tells what is done already (今年已争取…).
        let so_far = text.contains("今年以来")
            || text.contains("今年前")
            || text
                .match_indices("今年")
                .any(|(at, word)| opens_months_from_january(text[at + word.len()..].chars()));
        let plans_this_year = !text.contains('已')
            && (task_section && heading.as_ref().map(|h| h.year) == present
                || !so_far
                    && (sets_this_years_tasks(text) || text.contains("今年") && commits_in(text)));
        // So does a year written out in the body of a section of goals (二、
        // 工作目标 … 分年度看，2026年新增和改造城市绿地1000公顷), where no report
        // stands, and 今年 there when the section names no later year; a
        // season ending this year (2025—2026年度，…共发生森林火灾5起) does not.
        let goal_body = goal_section && !is_heading && sections[index] != Section::Reports;
        let heading_this_year = heading.as_ref().is_none_or(|h| Some(h.year) == present);
        let written_out = |m: &Marker| {
            let first = doc.masked[m.label_start];
            first.is_ascii_digit() || chinese_digit(first).is_some()
        };
        // (Not the date a status is given as of, in an annual plan too:
        // 截至2026年6月末.)
        let as_of = |m: &Marker| {
            MENTION_PREFIXES
                .iter()
                .any(|w| ends_with(&doc.masked, m.label_start, w))
        };
        // A schedule of years (2026年完成改造线路120条，2027年完成110条，2028年
        // 完成80条) plans its first, this year, with the ones to come.
        let opens_clause = |m: &Marker| {
            sentence.clauses.iter().any(|c| {
                c.start <= m.label_start
                    && doc.masked[c.start..m.label_start]
                        .iter()
                        .all(|ch| ch.is_whitespace())
            })
        };
        let scheduled = |m: &Marker| {
            !text.contains('已')
                && opens_clause(m)
                && own.iter().any(|later| {
                    later.label_start > m.label_start
                        && later.year > m.year
                        && later.role == Role::Mention
                        && written_out(later)
                        && opens_clause(later)
                })
        };
        let this_year = |m: &Marker| {
            let in_goals =
                goal_body && !m.spans_years(&doc.masked) && (heading_this_year || written_out(m));
            (plans_this_year || in_goals || written_out(m) && scheduled(m))
                && !as_of(m)
                && Some(m.year) == present
        };
        // A sentence about the present ends a carried deadline; only one
        // about the past or a past year ends a heading's.
        // What follows the figures (…10万亩，目前项目初步设计已通过省级评审)
        // does not turn a plan of them into a report.
        let planned_head = || {
            let figures_end = figure_clause_end(doc, sentence, sentence.start, Figure::Last);
            let head = doc.masked_text(sentence.start, figures_end);
            commits_in(head) && !speaks_of_past(head)
        };
        // Nor does a sentence that opens by stating its goals (主要目标是：…
        // 案件数量同比下降20%; not 现时全港约有3 400辆…，政府目标是…, nor
        // 目标是新增…1.2万人，实际新增1.35万人，同比增长8%).
        let states_goals_first = || {
            GOAL_STATEMENT.find(text).is_some_and(|m| {
                // (Not a goal told with its outcome, 实际…; a goal's own
                // 已平整的熟地 or 现时运作中 stays the goal's.)
                let outcome = text[m.end()..].contains("实际");
                !outcome && !speaks_of_past(&text[..m.start()])
            })
        };
        // Under the heading of a later year (三、2027年工作思路) or of goals
        // (二、总体目标) a change on the year before (固定资产投资同比增长6%)
        // is planned too.
        let later_heading = heading
            .as_ref()
            .is_some_and(|h| present.is_some_and(|p| h.year > p));
        // (In a section of goals, only a sentence opening on this year or a
        // later one: 2026年，全市…能耗同比下降3.5%.)
        let opens_ahead = opening
            .is_some_and(|m| !m.spans_years(&doc.chars) && present.is_some_and(|p| m.year >= p));
        let unplanned = |text: &str| {
            if later_heading || goal_section && opens_ahead {
                speaks_of_past(&text.replace("同比", ""))
            } else {
                speaks_of_past(text)
            }
        };
        let looks_back = unplanned(text) && !planned_head() && !states_goals_first();
        // Where a report turns to a goal, the goal's clauses are read as
        // a sentence of their own and the report's stay free.
        let goal_from = looks_back
            .then(|| committing_tail(doc, sentence, own, present))
            .flatten();
        let past_words = looks_back && goal_from.is_none();
        // Where this year's goal turns to how far it has come, the goal's
        // clauses are the year's and the progress's report.
        let progress_from = progress_tail(doc, sentence, present);
        let report_words = past_words
            || sections[index] == Section::Reports
            || has_report_words(text)
                && has_report_words(&undated_text(doc, sentence, own))
                && !GOAL_STATEMENT.is_match(text)
                && !ITEMISES.is_match(text)
            || (text.contains("今年") && !plans_this_year);
        // A year it only mentions puts it in the past, unless the year is
        // still to come (…方面，2026年将新增…30家 on a page of 2025) and
        // not a part of a total (全市计划建设筹集1.5万套，其中2026年…: the
        // total is over more years than one). Among a plan's tasks, the
        // total is the plan's and the part is due in a year of it (新建区域
        // 自动气象站214个，其中2026年完成110个).
        let past = past_words
            || own.iter().any(|m| {
                let part = doc.masked[..m.label_start].ends_with(&['其', '中']);
                m.role == Role::Mention
                    && !this_year(m)
                    && !(part && plan_heading)
                    && (part || present.is_none_or(|p| m.year <= p))
            })
            || paragraph_past && own.is_empty() && !commits_in(text)
            || last_reported && own.is_empty() && text.starts_with("其中") && !commits_in(text);
        let reports = past || report_words;
        // In a section that reports, a deadline come by now is met (二、
        // “十四五”时期取得的重大成就 … 增加到2025年的5200亿元, on a page of
        // December 2025), unless the sentence commits to it (下一步，…到
        // 2026年底…达到15家), cites the goals a plan set (…实施方案(2016-
        // 2020年)》，提出到2020年…) or looks further ahead too (到2025年、
        // 2027年和2030年…分别达到…).
        let meets_deadlines = sections[index] == Section::Reports
            && !plans_this_year
            && !own
                .iter()
                .any(|m| m.role == Role::Deadline && present.is_some_and(|p| m.year > p))
            && !commits_in(text)
            && !CITES_GOALS.is_match(text);
        // The body of a goal section commits unless it reports; its
        // heading only names the section.
        let states_goal = goal_section && !is_heading && !report_words;
        // A sentence about the past (2022年…以来，累计争取资金…) commits to
        // none of its plain years, whatever verbs it uses.
        let commits = !past_words && (states_goal || commits_in(text));
        // A plain year commits only by words up to its first figure's
        // clause: a forecast after it (2025年，全市落实制种面积102.6万亩，预计
        // 生产种子4.8亿公斤) does not make that figure a goal.
        let commits_by_figure = |from: usize| {
            let first_figure_end = figure_clause_end(doc, sentence, from, Figure::First);
            states_goal || commits_in(doc.masked_text(sentence.start, first_figure_end))
        };
        // A sentence that opens on a span of years of its own (未来五年，公营
        // 房屋总建屋量约十九万个单位) is not under the deadline before it.
        let own_span = OPENING_SPAN.is_match(text);
        let mut current = carried
            .take()
            .filter(|_| !reports && !own_span)
            .or_else(|| {
                listed
                    .as_ref()
                    .map(|(scope, _)| scope.clone())
                    .filter(|_| !past)
            })
            .or_else(|| heading.clone().filter(|_| !past));
        let mut clause_scopes: Vec<Option<Scope>> = Vec::with_capacity(sentence.clauses.len());
        // The clause group being read, and the scope to go back to when it
        // ends: a deadline after a clause of the group that was under
        // another year (“全年新认定…400家，力争到2027年…突破4500家；新建
        // 5G基站2000个”) is that group's aside.
        let (mut group, mut group_first) = (usize::MAX, 0);
        let mut resume: Option<Scope> = None;
        // Whether a clause before has said what exists now: the list it
        // opens goes on in the clauses of its group after (全县现有生态护林员
        // 1846名，瞭望塔22座，森林防火视频监控点68个), until one commits
        // (全市现有养老机构86家，力争新建…20个).
        let mut standing_list = false;
        let opening_clause = usize::from(GOAL_LABEL.is_match(text));
        for (k, clause) in sentence.clauses.iter().enumerate() {
            if forecast(clause) {
                clause_scopes.push(None);
                continue;
            }
            let before_clause = current.clone();
            if clause.group != group {
                standing_list = false;
                if let Some(scope) = resume.take() {
                    current = Some(scope);
                }
                (group, group_first) = (clause.group, k);
            }
            if let Some(end) = plan_spans.get(k).copied().flatten() {
                current = Some(Scope::new(end));
            }
            // The deadlines of the clause: (offset, year).
            let mut deadlines: Vec<(usize, i32)> = Vec::new();
            let mut clause_baseline = None;
            // Whether the clause opens on a year already over (…到2028年
            // 累计制修订标准达到100项；三是…，2025年全省共抽检…5120批次): it
            // tells what was done in it, under no deadline before.
            let mut opens_past_year = false;
            for m in starting_in(own, clause.start, clause.end) {
                let lead = without_item_label(&doc.masked[clause.start..m.label_start]);
                let opens_plainly = lead
                    .iter()
                    .all(|c| c.is_whitespace() || OPEN_QUOTES.contains(c));
                let opens_clause = opens_plainly
                    || m.names_year(&doc.masked)
                        && starting_in(own, clause.start, m.label_start).is_empty()
                        && opens_after_subject(lead, verbs::starts_at(&doc.masked, m.label_end));
                // A plain year commits when it opens a clause of a
                // committing sentence, or a year already committed to
                // (“一、工作目标 2024年，…” then “（二）… 2024年，…”), or
                // when a figure's verb follows it under a deadline
                // (“到2025年…；强度2025年达到2.2%、2027年达到2.5%”).
                // A later year opening a clause of a sentence already
                // under a deadline goes on with its schedule (“2025年…达到
                // 570万千瓦；2030年…提高至1300万千瓦”).
                // Where the sentence looks back, only its own deadline can
                // stand as `current`, and it goes on only while it is still
                // ahead (已依…检讨，规划2030年…；2050年…; not 到2025年底已建成
                // …，2026年一季度新增… on a page of 2026).
                let later = current.as_ref().is_some_and(|c| {
                    m.year > c.year && (!past_words || present.is_some_and(|p| c.year > p))
                });
                let recommits = later || (!report_words && committed.contains(&m.year));
                // Nor can a year be committed to once it is over; a year
                // to come, or the page's own in a section of tasks (“三、
                // 重点任务 … 2025年遴选发布200个以上典型场景”), is one unless
                // the sentence reports.
                let over = present.is_some_and(|p| m.year < p);
                // The page's own year is not over: a figure of it held to a
                // bound (参加境外展会200场次以上, 提高到22%以上) is one to
                // reach; a report of it tells the year so far (1—5月).
                let bounded = || {
                    doc.quantities_in(clause.start, sentence.end)
                        .iter()
                        .any(|q| number::bounded_by_word(&doc.masked, q))
                };
                // (A year still to come is no report whatever words its
                // sentence holds: 2030年累计并网容量达13.1GW.)
                let ahead = !is_heading
                    && present.is_some_and(|p| {
                        m.year > p && !past_words && sections[index] != Section::Reports
                            || !report_words && m.year == p && (task_section || bounded())
                    });
                // A figure's verb, or 的 and the figure, after the year
                // (提高到2027年的50%以上、2030年的65%).
                let dated_figure = doc.masked.get(m.label_end) == Some(&'的')
                    && doc
                        .masked
                        .get(m.label_end + 1)
                        .is_some_and(|&c| number::opens_number(c));
                let due = current.is_some()
                    && (dated_figure
                        || verbs::starts_at(&doc.masked, m.label_end)
                        || verb_then_figure(&doc.masked, m.label_end));
                // A sentence that plans this year names it where it likes
                // (报告明确了今年六个方面的重点工作。), and the sentences after
                // it go on under it.
                let planned_now = this_year(m);
                let met = meets_deadlines && present.is_some_and(|p| m.year <= p);
                match m.role {
                    Role::Deadline if met => continue,
                    Role::Deadline => {}
                    Role::Mention
                        if !over
                            && ((opens_clause
                                && (commits && commits_by_figure(m.label_end)
                                    || recommits
                                    || ahead))
                                || due
                                || planned_now) => {}
                    Role::Dating => continue,
                    Role::Baseline => {
                        let label = doc.text(m.label_start, m.label_end).to_string();
                        // “与2015年相比，” on its own holds for the clauses
                        // after it; “较2020年下降5%” only for its clause.
                        let stands_alone = doc.masked[clause.start..clause.end]
                            .iter()
                            .enumerate()
                            .all(|(k, c)| {
                                (m.start..m.end).contains(&(clause.start + k)) || c.is_whitespace()
                            });
                        if stands_alone {
                            if let Some(scope) = current.as_mut() {
                                scope.baseline = Some(label);
                            }
                        } else {
                            clause_baseline = Some(label);
                        }
                        continue;
                    }
                    Role::Mention => {
                        // (Not a base year, 以2025年为基数, a year a span
                        // starts from, 2025年以来, nor a word a year is read
                        // from, 全年.)
                        const STARTS_SPAN: [&str; 7] =
                            ["为", "以来", "起", "开始", "至", "到", "—"];
                        let rest = doc.masked_text(m.label_end, clause.end);
                        opens_past_year |= over
                            && opens_plainly
                            && doc.masked[m.label_start..m.label_end]
                                .iter()
                                .any(|&c| number::opens_number(c))
                            && !STARTS_SPAN.iter().any(|w| rest.starts_with(w));
                        continue;
                    }
                }
                deadlines.push((m.label_start, m.year));
                // A plan's outlook past its end (展望2030年，力争…) sets that
                // year's goals but no later work: its tasks are still due
                // at its end.
                let outlook = plan_end.is_some_and(|end| m.year > end)
                    && ["展望", "展望到", "展望至"]
                        .iter()
                        .any(|w| ends_with(&doc.masked, m.label_start, w));
                if !outlook && !committed.contains(&m.year) {
                    committed.push(m.year);
                }
                // (Not when the clauses before it hold no figure: 第二步，到2030年，…)
                let group_start = sentence.clauses[group_first].start;
                let interrupted = current.take().filter(|c| {
                    k > group_first
                        && c.year != m.year
                        && !doc.quantities_in(group_start, clause.start).is_empty()
                });
                if resume.is_none() {
                    resume = interrupted;
                }
                current = Some(Scope::new(m.year));
                if goal_section
                    && opens_paragraph
                    && k == opening_clause
                    && (!heading_names_present || Some(m.year) == present)
                {
                    // “二、主要目标\n到2025年，…”: the year of the section,
                    // unless its heading names the page's own (二、2026年主要
                    // 目标和重点工作, though a vision to 2030 comes after), or
                    // right after the label of a paragraph of goals (主要目标：
                    // 到2028年，…).
                    heading.clone_from(&current);
                }
            }
            // A clause can only hold a past word when its sentence does.
            let reported = goal_from.is_some_and(|start| clause.start < start)
                || past_words && speaks_of_past(doc.masked_text(clause.start, clause.end));
            if deadlines.is_empty() && (reported || opens_past_year) {
                current = None;
            }
            if let Some(from) = progress_from {
                current = (clause.start < from)
                    .then(|| present.map(Scope::new))
                    .flatten();
            }
            // A goal a report turns to with no year of its own is this
            // year's (…执业律师6,135名，年内力争…达到6,500名).
            if goal_from == Some(clause.start)
                && current.is_none()
                && starting_in(own, clause.start, clause.end).is_empty()
            {
                current = present.map(Scope::new);
            }
            // What exists now (全市现有危险化学品重大危险源87处) is no task,
            // whatever section it stands in, unless the sentence sets a
            // deadline of its own by then (not one after it: …全省现有专兼职
            // 管护人员两万三千余人，到2028年实现…).
            let clause_text = doc.masked_text(clause.start, clause.end);
            standing_list = deadlines.is_empty()
                && (standing_list && !commits_in(clause_text) || STANDING.is_match(clause_text));
            let standing = current.is_some()
                && (standing_list || WHOLE_ACTED_ON.is_match(clause_text))
                && !own
                    .iter()
                    .any(|m| m.role == Role::Deadline && m.start < clause.end);
            let mut scope = if standing { None } else { current.clone() };
            if let Some(scope) = scope.as_mut() {
                if let Some(label) = clause_baseline {
                    scope.baseline = Some(label);
                }
                // Figures before the clause's second deadline are due by
                // its first.
                if let Some(((_, first), later)) = deadlines.split_first() {
                    scope.year = *first;
                    scope.then = later.to_vec();
                }
            }
            // A deadline closing its clause group, in a short clause of no
            // figure (新增处理能力750吨/日，确保2027年底前建成投运), is the one
            // the goals before it in the group are due by, where the group
            // names no year before it; the sentences after go on as before
            // it. (Figures under no goal, a status told, stay so.)
            let group_start = sentence.clauses[group_first].start;
            let trailing = deadlines
                .first()
                .and_then(|&(at, _)| own.iter().find(|m| m.label_start == at))
                .filter(|m| {
                    let group_end = sentence.clauses[k..]
                        .iter()
                        .take_while(|c| c.group == clause.group)
                        .last()
                        .map_or(clause.end, |c| c.end);
                    k > group_first
                        && !past_words
                        && closes_group(doc, m, clause)
                        && starting_in(own, group_start, clause.start).is_empty()
                        && doc.quantities_in(clause.start, group_end).is_empty()
                        && !doc.quantities_in(group_start, clause.start).is_empty()
                });
            if let Some(m) = trailing {
                let goals = clause_scopes[group_first..].iter_mut().flatten();
                let mut dated = false;
                for goal in goals {
                    goal.year = m.year;
                    dated = true;
                }
                if dated {
                    current = before_clause;
                }
            }
            clause_scopes.push(scope);
        }
        if ends_paragraph {
            let text = sentence_text();
            if current.is_some() && leads_into_list(last_mark, text) && !REPLY_LEAD.is_match(text) {
                listed = current.clone().map(|scope| (scope, paragraph_rank));
            } else if asks_question(doc, sentence) {
                listed = None;
            }
        }
        // A goal a report turned to is that sentence's own: the next
        // sentence does not go on under its year. So is a later goal the
        // sentence names as what its own lay the ground for (…达到43%以上，
        // 为2027年全市治理率达到50%打下坚实基础。具体目标如下：): what
        // follows goes on under the year of the goals before it.
        let grounds_later = sentence
            .clauses
            .last()
            .is_some_and(|last| PURPOSE_FRAME.is_match(doc.masked_text(last.start, last.end)));
        // So is the year of a part of a total over several years (三年累计完成
        // 投资1200亿元以上，其中2026年完成投资380亿元。全省铁路货物发送量达到
        // 8000万吨): the next sentence goes on under the total's.
        let dates_part = sentence.clauses.last().is_some_and(|last| {
            own.iter().any(|m| {
                m.start >= last.start && doc.masked_text(last.start, m.start).trim() == "其中"
            })
        });
        carried = if grounds_later || dates_part {
            clause_scopes
                .iter()
                .rev()
                .skip(1)
                .find_map(Clone::clone)
                .or(current)
        } else {
            current
        }
        // (Nor is the year 届时 points back to: it dates its own sentence.)
        .filter(|_| {
            goal_from.is_none()
                && progress_from.is_none()
                && !own.iter().any(|m| is_then(&doc.chars, m))
        });
        last_reported = reports && clause_scopes.iter().all(Option::is_none);
        out.push(clause_scopes);
    }
    out
}

/// Whether the deadline `m` closes its clause with a few words of
/// completion (确保2027年底前建成投运, 2028年底前投入运营, 力争2027年底前全部完工):
/// a year written out, after no more than a word of commitment, with no
/// new object after it (not 到2027年实现县级…全覆盖, 以期在2028年前…订定路线图),
/// nor a start (2026年底前开工建设), nor a clause of its own (…排涝泵站12座，
/// 到2027年，市区基本消除…).
fn closes_group(doc: &Document, m: &Marker, clause: &Clause) -> bool {
    const COMMITMENTS: &[&str] = &[
        "",
        "确保",
        "力争",
        "争取",
        "计划",
        "计划于",
        "并",
        "并于",
        "于",
        "将于",
        "拟于",
    ];
    /// Besides coming into use ([`verbs::COME_TO_USE`]).
    const COMPLETIONS: &[&str] = &["建成", "完成", "投运", "投入", "落成", "启用", "推出"];
    const COMPLETION_CHARS: usize = 6;
    let lead = doc.masked_text(clause.start, m.start).trim();
    let rest = doc.masked_text(m.end, clause.end).trim();
    let done = ["全部", "全面", "基本", "如期"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    number::opens_number(doc.masked[m.label_start])
        && COMMITMENTS.contains(&lead)
        && rest.chars().count() <= COMPLETION_CHARS
        && rest.chars().all(is_han)
        && COMPLETIONS
            .iter()
            .chain(verbs::COME_TO_USE)
            .any(|w| done.starts_with(w))
}

/// Whether a word the dictionary knows as a verb stands at `i`, right
/// before a figure: a year opening it dates the figure (其中2026年实施35处、
/// 2027年实施45处), whatever the verb.
fn verb_then_figure(chars: &[char], i: usize) -> bool {
    const VERB_CHARS: usize = 2;
    chars.get(i..i + VERB_CHARS).is_some_and(|verb| {
        chars
            .get(i + VERB_CHARS)
            .is_some_and(|&c| number::opens_number(c))
            && lexicon::dictionary().is_verb(&verb.iter().collect::<String>())
    })
}

/// What a sentence's place in the document says of it, the strongest
/// first: inside a section that reports, a heading of tasks plans nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    /// It tells of what was done, whatever words it uses: it names a year
    /// over before the page was written (2023年，全市新增外贸企业386家, on a
    /// page of 2024), or it stands in the section of a heading that looks
    /// back (一、2023年工作回顾 … （二）创新动能持续增强。…新建省级以上创新平台
    /// 28个) or of one inside it.
    Reports,
    /// It stands in a plan's section of goals, tasks or measures (三、重点任务
    /// … 新建、改扩建公办幼儿园25所): what it does is planned, even in a
    /// document that reviews work done elsewhere.
    Plans,
    /// Its place says neither.
    Open,
}

/// Each sentence's [`Section`]. A heading's section runs until an item of
/// its rank or above, or a heading without a number, opens another. Once
/// numbered headings have begun, a heading without a number (a table's
/// caption, 表1 2025年度…完成情况) stands at the rank of the last of them.
/// A `bulletin` reports what happened: its heading of key work (十二、教育改革
/// 发展重点工作) opens a section of plans only with a year named that is not
/// over (or any year, with none known); 下一步工作打算 still plans.
pub fn sections(
    doc: &Document,
    markers: &[Marker],
    present: Option<i32>,
    bulletin: bool,
) -> Vec<Section> {
    let names_past = |own: &[Marker]| {
        present.is_some_and(|p| {
            own.iter()
                .any(|m| m.role == Role::Mention && m.year > 0 && m.year < p)
        })
    };
    let names_year_ahead = |own: &[Marker]| {
        own.iter()
            .any(|m| m.year > 0 && present.is_none_or(|p| m.year >= p))
    };
    // The headings whose sections the sentence is in, outermost first:
    // their numbering rank (None: none) and what their sections are.
    let mut open: Vec<(Option<u8>, Section)> = Vec::new();
    let mut last_rank = None;
    let mut paragraph = usize::MAX;
    let mut out = Vec::with_capacity(doc.sentences.len());
    for (index, sentence) in doc.sentences.iter().enumerate() {
        let own = starting_in(markers, sentence.start, sentence.end);
        if sentence.paragraph != paragraph {
            paragraph = sentence.paragraph;
            let heading = is_heading(doc, index);
            let numbered = numbering_rank(&doc.masked[sentence.start..]);
            if heading && numbered.is_some() {
                last_rank = numbered;
            }
            let rank = numbered.or(last_rank.filter(|_| heading));
            match rank {
                Some(rank) => open.retain(|(outer, _)| outer.is_none_or(|o| o < rank)),
                None if heading => open.clear(),
                None => {}
            }
            if heading {
                let text = doc.masked_text(sentence.start, sentence.end);
                // (A heading of both, 二、工作基础和主要目标, says neither.)
                let back = looks_back(text);
                let plans = heads_plan(text)
                    && !(bulletin && heads_key_work(text) && !names_year_ahead(own));
                let section = if names_past(own) || back && !plans {
                    Section::Reports
                } else if plans && !back {
                    Section::Plans
                } else {
                    Section::Open
                };
                open.push((rank, section));
            }
        }
        out.push(if names_past(own) {
            Section::Reports
        } else {
            open.iter().map(|&(_, s)| s).min().unwrap_or(Section::Open)
        });
    }
    out
}

/// Whether a heading names the key work of a year (十二、教育改革发展重点工作).
fn heads_key_work(heading: &str) -> bool {
    heading
        .trim_end_matches(|c: char| !is_han(c))
        .ends_with("重点工作")
}

/// Whether a heading names a plan's section of goals, tasks or measures
/// (二、主要目标, 三、重点任务, 四、保障措施): a word of [`SECTION_WORDS`], or
/// 措施, as its last word, since a review's heading may open with one
/// (（二）重点任务扎实推进).
fn heads_plan(heading: &str) -> bool {
    let heading = heading.trim_end_matches(|c: char| !is_han(c));
    SECTION_WORDS
        .iter()
        .chain(&["措施"])
        .any(|w| heading.ends_with(w))
}

/// The text of `sentence` without its clauses under a deadline or a span
/// of years of their own, from it to the end of its clause group: words of
/// report there are the goal's (2025年完成改造200万千瓦，到2027年累计完成
/// 改造500万千瓦; 2026—2027年全市累计更新改造渔船800艘), not a report on
/// the rest. (A span over by the page's date is the past anyway.)
fn undated_text(doc: &Document, sentence: &Sentence, own: &[Marker]) -> String {
    let mut text = String::new();
    let mut dated_group = None;
    for clause in &sentence.clauses {
        let deadline = starting_in(own, clause.start, clause.end)
            .iter()
            .any(|m| m.role == Role::Deadline || m.spans_years(&doc.masked));
        if deadline {
            dated_group = Some(clause.group);
        }
        if dated_group != Some(clause.group) {
            text.push_str(doc.masked_text(clause.start, clause.end));
        }
    }
    text
}

/// Words opening a clause about the year written in (年内力争…, 今年计划…).
const THIS_YEAR_OPENERS: [&str; 4] = ["年内", "今年", "全年", "本年"];

/// Where a sentence turns from a report to a goal of its own: the start
/// of the first clause after its first that names a year to come and,
/// with the clauses after it, commits to it with no word of the past
/// (“港澳药械通”措施已扩展至53间指定医疗机构，我们会争取在2027年把指定医疗机构增加
/// 至80间; 执业律师6,135名，年内力争执业律师达到6,500名). What the sentence
/// reports before it is where the goal starts from, not a sign that the
/// whole sentence looks back.
fn committing_tail(
    doc: &Document,
    sentence: &Sentence,
    own: &[Marker],
    present: Option<i32>,
) -> Option<usize> {
    let last = sentence.clauses.last()?;
    sentence.clauses.iter().skip(1).find_map(|clause| {
        // (Not after a year over that it is then the 年内 of: 2025年上半年
        // …，年内力争….)
        let this_year = || {
            let text = doc.masked_text(clause.start, clause.end).trim_start();
            let after_past = starting_in(own, sentence.start, clause.start)
                .iter()
                .any(|m| present.is_some_and(|p| m.year < p));
            present.is_some()
                && !after_past
                && THIS_YEAR_OPENERS.iter().any(|w| text.starts_with(w))
        };
        let ahead = starting_in(own, clause.start, clause.end)
            .iter()
            .any(|m| present.is_none_or(|p| m.year >= p))
            || this_year();
        let tail = || doc.masked_text(clause.start, last.end);
        ahead
            .then(tail)
            .filter(|tail| commits_in(tail) && !speaks_of_past(tail))
            .map(|_| clause.start)
    })
}

/// Where a sentence turns from this year's goal to how far it has come
/// (今年全市计划加装电梯1500台，截至8月底，已开工1120台; 全年计划改造老化管道
/// 86公里，截至10月底已完成81.4公里): the start of the first clause after the
/// first that opens on the date or the 已 of its progress, when the clauses
/// before it open on this year and commit to it with no word of the past.
/// The progress does not turn the goal into a report.
fn progress_tail(doc: &Document, sentence: &Sentence, present: Option<i32>) -> Option<usize> {
    /// Words opening a clause of progress so far.
    const PROGRESS: [&str; 5] = ["截至", "截止", "目前", "已", "现已"];
    present?;
    let head_start = sentence.clauses.first()?.start;
    sentence.clauses.iter().skip(1).find_map(|clause| {
        let text = doc.masked_text(clause.start, clause.end).trim_start();
        let head = doc.masked_text(head_start, clause.start);
        (PROGRESS.iter().any(|w| text.starts_with(w))
            && THIS_YEAR_OPENERS
                .iter()
                .any(|w| head.trim_start().starts_with(w))
            && commits_in(head)
            && !speaks_of_past(head)
            && !doc.quantities_in(head_start, clause.start).is_empty())
        .then_some(clause.start)
    })
}

/// The markers whose year expression starts in `[start, end)`; `markers`
/// is in text order.
fn starting_in(markers: &[Marker], start: usize, end: usize) -> &[Marker] {
    let from = markers.partition_point(|m| m.label_start < start);
    let to = markers.partition_point(|m| m.label_start < end);
    &markers[from..to.max(from)]
}

/// A line of its own that is short and has no full stop: a heading. A
/// line ending in a colon leads into what follows (实现上述目标,重点抓好以下
/// 工作:), inside the section it stands in.
fn is_heading(doc: &Document, index: usize) -> bool {
    let sentence = &doc.sentences[index];
    let alone = doc
        .sentences
        .get(index + 1)
        .is_none_or(|next| next.paragraph != sentence.paragraph);
    // A question on a line of its own heads its answer
    // (三、在推动智能化改造方面有哪些重点举措？), and so does a numbered
    // label closed by a full stop (（三）主要目标。), not an item of a list
    // giving a figure (7.一般工业固体废物综合利用率达到62%。).
    let numbered_label = doc.masked.get(sentence.end) == Some(&'。')
        && sentence.clauses.len() == 1
        && numbering_rank(&doc.masked[sentence.start..]).is_some()
        && doc.quantities_in(sentence.start, sentence.end).is_empty();
    let line_end = sentence.end + usize::from(asks_question(doc, sentence) || numbered_label);
    let ends_line = doc.masked.get(line_end).is_none_or(|&c| c == '\n');
    let last_mark = last_mark(doc, sentence);
    let leads_in = matches!(last_mark, Some(':' | '：'));
    // A line closed by a semicolon is an item of a list (城中村改造项目开工
    // 41个，筹集保障性住房2.3万套；), however short.
    let item = matches!(last_mark, Some(';' | '；'));
    // A table's row (地区生产总值增长\t5.8%左右) is short and alone too,
    // and so is a table's caption (表1 太康县2026年夏粮收购进度表), which
    // heads the table, not the paragraphs after it.
    let line = &doc.masked[sentence.start..sentence.end];
    let row = line.iter().any(|&c| matches!(c, '\t' | '|' | '｜'));
    let caption = matches!(line, ['表' | '图', d, ..] if d.is_ascii_digit());
    // Nor is a sentence of clauses giving a figure, with no numbering of a
    // heading (a summary's line: 到2030年，非遗相关产业年产值力争突破300亿元),
    // unless bracketed as a note on what comes before or after it.
    let told = line.iter().any(|&c| matches!(c, '，' | ','))
        && !matches!(line.first(), Some('（' | '('))
        && !doc.quantities_in(sentence.start, sentence.end).is_empty()
        && numbering_rank(line).is_none();
    alone
        && ends_line
        && !leads_in
        && !item
        && !row
        && !caption
        && !told
        && sentence.end - sentence.start <= 30
}

/// The last char of `sentence` that is no space: the mark it closes on.
fn last_mark(doc: &Document, sentence: &Sentence) -> Option<char> {
    doc.masked[sentence.start..sentence.end]
        .iter()
        .rev()
        .find(|c| !c.is_whitespace())
        .copied()
}

/// Which figure of a sentence [`figure_clause_end`] looks for.
#[derive(Clone, Copy, PartialEq)]
enum Figure {
    First,
    Last,
}

/// Where the clause of `sentence` ends that holds its first or last figure
/// from `from` on; the sentence's end if it holds none.
fn figure_clause_end(doc: &Document, sentence: &Sentence, from: usize, which: Figure) -> usize {
    let holds_figure =
        |c: &&Clause| c.end > from && !doc.quantities_in(c.start.max(from), c.end).is_empty();
    let clause = match which {
        Figure::First => sentence.clauses.iter().find(holds_figure),
        Figure::Last => sentence.clauses.iter().rev().find(holds_figure),
    };
    clause.map_or(sentence.end, |c| c.end)
}

/// Whether `sentence` ends in a question mark.
fn asks_question(doc: &Document, sentence: &Sentence) -> bool {
    matches!(doc.masked.get(sentence.end), Some('？' | '?'))
}

/// The year a heading line sets for the paragraphs under it, if any: a
/// deadline's, or a plain year's when the heading names goals or tasks
/// and does not look back (not 表1 2025年度主要绩效指标完成情况), or
/// when the year has not begun before the document was written and the
/// heading does not look back (“2024年重点抓好五方面工作” in a page of
/// 2024, not “2024年工作回顾”).
fn heading_scope(text: &str, own: &[Marker], present: Option<i32>) -> Option<Scope> {
    let names_goal = names_section(text);
    let looks_back = looks_back(text);
    let ahead = |year: i32| present.is_some_and(|p| year >= p);
    // A heading that looks back sets no goals, even by a deadline it names
    // (二、“十四五”时期取得的重大成就, （一）到2025年目标完成情况).
    own.iter()
        .filter(|_| !looks_back)
        .find(|m| {
            m.role == Role::Deadline || (m.role == Role::Mention && (names_goal || ahead(m.year)))
        })
        .map(|m| Scope::new(m.year))
}

/// Whether `line` opens with an item run into its paragraph (一是, 二是):
/// the items of one speech or report, not headings of its sections.
pub fn opens_run_in_item(line: &[char]) -> bool {
    // (Only a Chinese numeral opens one, and most sentences open otherwise:
    // every sentence is asked.)
    first_after_indent(line).is_some_and(|c| chinese_digit(c).is_some() || c == '十')
        && numbering_rank(line) == Some(NUMBERINGS.len() as u8)
}

/// The first char of `line` after its indent, where a numbering stands.
fn first_after_indent(line: &[char]) -> Option<char> {
    line.iter()
        .copied()
        .find(|c| !matches!(c, ' ' | '\t' | '\u{3000}'))
}

/// The rank of the numbering a line opens with, highest first (see
/// [`NUMBERINGS`]).
fn numbering_rank(line: &[char]) -> Option<u8> {
    // Every numbering of [`NUMBERINGS`] opens with one of these, after the
    // indent (a new numbering must be let through here too): most lines
    // are spared the regex.
    let opens = first_after_indent(line).is_some_and(|c| {
        matches!(c, '第' | '（' | '(')
            || c.is_ascii_digit()
            || chinese_digit(c).is_some()
            || c == '十'
    });
    if !opens {
        return None;
    }
    let head: String = line.iter().take(12).collect();
    // (1.1 总体目标 is numbered: only a phrase keeps a decimal's point.)
    // Of ranks matching at once, the highest is the one an alternation of
    // them would take.
    let rank = NUMBERING_RANKS.matches(&head).into_iter().next()?;
    Some(rank as u8 + 1)
}

/// Words of headings that look back on work done or on how things stand
/// (一、发展基础, 一、工作基础, 一、现状与形势, 一、客观看待2025年经济运行, 二、“十四五”时期
/// 取得的重大成就). 完成 is not one of them: a task heading may name what
/// is to be done (（三）完成…任务); nor is 成果 (（四）巩固拓展脱贫攻坚成果).
const REVIEW_WORDS: &[&str] = &[
    "回顾",
    "总结",
    "成效",
    "成绩",
    "成就",
    "情况",
    "进展",
    "现状",
    "发展基础",
    "工作基础",
    "现实基础",
    "基础条件",
    "形势",
    "经济运行",
];

/// Whether a heading or a table's caption looks back ([`REVIEW_WORDS`]);
/// not one whose verb works on it (二、夯实工作基础, 改善基础条件).
pub(super) fn looks_back(heading: &str) -> bool {
    const WORKS_ON: [&str; 7] = ["夯实", "筑牢", "打牢", "改善", "完善", "巩固", "加强"];
    REVIEW_WORDS.iter().any(|w| {
        heading
            .find(w)
            .is_some_and(|at| !WORKS_ON.iter().any(|v| heading[..at].ends_with(v)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`scopes`] with the sentences that report worked out from the markers.
    fn scopes_of(
        doc: &Document,
        found: &[Marker],
        present: Option<i32>,
    ) -> Vec<Vec<Option<Scope>>> {
        scopes_under_title(doc, found, present, None)
    }

    /// [`scopes_of`] on a page with the headline `title`.
    fn scopes_under_title(
        doc: &Document,
        found: &[Marker],
        present: Option<i32>,
        title: Option<&str>,
    ) -> Vec<Vec<Option<Scope>>> {
        scopes(
            doc,
            found,
            present,
            &sections(doc, found, present, false),
            title,
        )
    }

    fn roles(s: &str) -> Vec<(i32, Role)> {
        let chars: Vec<char> = s.chars().collect();
        markers(&chars)
            .into_iter()
            .map(|m| (m.year, m.role))
            .collect()
    }

    #[test]
    fn this_year_is_the_documents_year() {
        let doc = Document::new("今年我市将实施超低排放改造项目46个。");
        let mut found = markers(&doc.masked);
        set_present(&doc.masked, 2024, &mut found);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].year, 2024);
        let scope = scopes_of(&doc, &found, Some(2024))[0][0].clone();
        assert_eq!(scope.map(|s| s.year), Some(2024));
        // 全年 is this year only when planned.
        let doc = Document::new("开发区力争全年新签约项目150个以上。全年新签约项目142个。我们将推进产业强市，全年新认定高新技术企业400家。");
        let mut found = markers(&doc.masked);
        set_present(&doc.masked, 2024, &mut found);
        let roles: Vec<(i32, Role)> = found.iter().map(|m| (m.year, m.role)).collect();
        assert_eq!(roles, vec![(2024, Role::Deadline), (2024, Role::Mention)]);
        // The first half of this year is reported, not planned.
        let doc = Document::new("今年上半年，覆盖率是89%。");
        let mut found = markers(&doc.masked);
        set_present(&doc.masked, 2024, &mut found);
        assert!(found.is_empty());
        // …or when it sets the least the year must reach.
        let doc = Document::new(
            "全年举办招聘会不少于2000场。全年举办招聘会2136场。全年新增企业120家，至少10家为外资。",
        );
        let mut found = markers(&doc.masked);
        set_present(&doc.masked, 2024, &mut found);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].start, 0);
    }

    #[test]
    fn a_section_that_looks_back_reports_down_to_the_next_of_its_rank() {
        let text = "一、2023年工作回顾\n（一）产业加快发展。全年新开工项目386个。\n（二）创新动能增强。新建创新平台28个。\n二、2024年工作安排\n（一）推动产业升级。新建创新平台20个。";
        let doc = Document::new(text);
        let mut found = markers(&doc.masked);
        set_present(&doc.masked, 2024, &mut found);
        let reported: Vec<&str> = sections(&doc, &found, Some(2024), false)
            .into_iter()
            .zip(&doc.sentences)
            .filter(|(r, _)| *r == Section::Reports)
            .map(|(_, s)| doc.text(s.start, s.end))
            .collect();
        assert_eq!(reported.len(), 5, "{reported:?}");
        assert!(reported.last().unwrap().contains("28个"));
    }

    #[test]
    fn a_plain_year_in_a_section_that_looks_back_commits_to_nothing() {
        let text = "一、发展基础\n2025年，全市PM2.5平均浓度降至26微克/立方米。\n二、主要目标\n2030年，全市PM2.5平均浓度降至24微克/立方米。";
        let years = years_written_in(text, Some(2025));
        assert_eq!(years[1], vec![None, None]);
        assert_eq!(years[3], vec![Some(2030), Some(2030)]);
    }

    #[test]
    fn a_deadline_leading_into_a_list_holds_down_to_its_full_stop() {
        let text = "此外，《行动计划》还提出，到2025年：\n培育数字经济企业5家以上；\n累计建成智能工厂1000家；\n数字贸易额突破1万亿元。\n全省已建成5G基站12万个。";
        let years: Vec<Option<i32>> = years_written_in(text, Some(2023))
            .into_iter()
            .map(|s| s.last().copied().flatten())
            .collect();
        assert_eq!(
            years,
            vec![Some(2025), Some(2025), Some(2025), Some(2025), None]
        );
    }

    #[test]
    fn a_list_of_tasks_led_into_after_goals_is_for_their_year() {
        let text = "今年全省经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。\n围绕上述目标，重点抓好以下四个方面工作：\n（一）推进产业链建设。全年推进亿元以上工业项目2000个。\n（二）推进数字化转型。新建5G基站1.2万个。\n各位代表，制造业是立省之本。全省已建成5G基站9.6万个。";
        let years: Vec<Vec<Option<i32>>> = years_written_in(text, Some(2025));
        // Every sentence of the two items is under 2025; the paragraph
        // after the list is not.
        for item in &years[2..6] {
            assert!(item.iter().all(|y| *y == Some(2025)), "{years:?}");
        }
        assert!(
            years[6..].iter().flatten().all(Option::is_none),
            "{years:?}"
        );
        // Without goals set before it, a list of tasks has no year.
        let untimed = text.replace(
            "今年全省经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。\n",
            "",
        );
        assert!(years_written_in(&untimed, Some(2025))
            .iter()
            .flatten()
            .all(Option::is_none));
    }

    #[test]
    fn an_item_headed_on_its_own_line_holds_the_paragraphs_under_it() {
        let text = "今年全省经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。\n围绕上述目标，重点抓好以下两个方面工作：\n（一）推进产业链建设\n聚焦主导产业。新增规上工业企业60家以上。\n（二）推进数字化转型\n新建5G基站1.2万个。\n各位代表，制造业是立省之本。";
        let years: Vec<Vec<Option<i32>>> = years_written_in(text, Some(2025));
        // Both items' paragraphs are under 2025; the speaker turning to the
        // audience ends the list.
        for sentence in &years[2..7] {
            assert!(sentence.iter().all(|y| *y == Some(2025)), "{years:?}");
        }
        let closing = text.replace("制造业是立省之本。", "全省新增规上工业企业500家。");
        let years = years_written_in(&closing, Some(2025));
        assert!(years[7].iter().all(Option::is_none), "{years:?}");
        // A subheading numbered under the item is the item's own.
        let sub = text.replace("聚焦主导产业。", "1．聚焦主导产业\n");
        let years = years_written_in(&sub, Some(2025));
        assert!(years[4].iter().all(|y| *y == Some(2025)), "{years:?}");
        // A heading that is no item ends the list.
        let ended = text.replace("各位代表，", "三、其他\n各位代表，");
        let years = years_written_in(&ended, Some(2025));
        assert!(years[8].iter().all(Option::is_none), "{years:?}");
    }

    #[test]
    fn a_line_leading_into_a_list_holds_down_to_the_next_paragraph_numbered_as_its_own() {
        let text =
            "6. 为此，特区政府下半年将推出以下措施：\n（1）力争全年国际旅客达到300万人次。\n\
                    7. 旅游局上半年推出旅游产品62款。";
        let years = years_written_in(text, Some(2026));
        assert!(years[1].iter().all(|y| *y == Some(2026)), "{years:?}");
        assert!(years[2].iter().all(Option::is_none), "{years:?}");
        // An item of a task list that leads into lines of its own keeps
        // them, and the list goes on after them.
        let text = "今年主要预期目标是：地区生产总值增长6%左右。\n重点抓好以下两个方面工作：\n\
                    （一）办好民生实事。今年将办好十件民生实事，主要包括：\n- 新增城镇就业2万人以上；\n\
                    （二）推进城乡融合发展。新创建和美乡村示范村12个。";
        let years = years_written_in(text, Some(2026));
        let last = years.last().unwrap();
        assert!(last.iter().all(|y| *y == Some(2026)), "{years:?}");
    }

    #[test]
    fn a_change_on_the_year_before_under_a_heading_of_goals_is_planned() {
        let text = "二、总体目标\n2026年，全市试点园区单位工业增加值能耗同比下降3.5%，新增分布式光伏装机容量60万千瓦。";
        let years = years_written_in(text, Some(2026));
        assert!(years[1].iter().all(|y| *y == Some(2026)), "{years:?}");
        // Elsewhere it reports the year so far.
        let text = text.replace("二、总体目标", "二、工作进展");
        let years = years_written_in(&text, Some(2026));
        assert!(years[1].iter().all(Option::is_none), "{years:?}");
    }

    #[test]
    fn the_year_of_a_part_of_a_total_dates_only_its_clause() {
        let text = "到2028年，全省铁路营业里程达到6200公里以上。三年累计完成铁路建设投资1200亿元以上，其中2026年完成投资380亿元。全省铁路货物发送量达到8000万吨。";
        let years = years_written_in(text, Some(2026));
        assert_eq!(years[1], vec![Some(2028), Some(2026)]);
        assert!(years[2].iter().all(|y| *y == Some(2028)), "{years:?}");
    }

    #[test]
    fn a_question_for_goals_is_answered_by_the_deadline_its_first_goal_sets() {
        let text = "二、《行动方案》的主要目标有哪些？\n《行动方案》提出，到2028年，24小时森林火灾扑灭率达到95%以上。\n具体来看：新建改造防火应急道路3500公里。";
        let years = years_written_in(text, Some(2026));
        assert!(years[2].iter().all(|y| *y == Some(2028)), "{years:?}");
        // A heading that reports on goals is no question for them.
        let report = text.replace("二、《行动方案》的主要目标有哪些？", "一、主要指标完成情况");
        let years = years_written_in(&report, Some(2026));
        assert!(years[2].iter().all(Option::is_none), "{years:?}");
        // In a plan over several years, the goals that name no year are its
        // last year's, whatever year the first names.
        let text = "二、主要目标有哪些？\n《计划》明确，到2026年底完成改造150个。\n力争三年新增加装电梯1500台。";
        let title = "《某市老旧小区改造三年行动计划（2026—2028年）》政策解读";
        let years = years_under_title(text, Some(2026), Some(title));
        assert_eq!(years[1..], [vec![Some(2028), Some(2026)], vec![Some(2028)]]);
        let years = years_written_in(text, Some(2026));
        assert_eq!(years[2], vec![Some(2026)]);
        // Goals that name no year at all are such a plan's last year's.
        let text = "三、《规划》确定的主要目标有哪些？\n《规划》以2030年为规划期末，提出了总体目标。主要指标包括：\n——风险调查更加精细。完成风险调查评价的县达到80个。";
        let title = "《湖南省地质灾害防治“十五五”规划》政策解读";
        let years = years_under_title(text, Some(2026), Some(title));
        assert!(years[3].iter().all(|y| *y == Some(2030)), "{years:?}");
        let years = years_written_in(text, Some(2026));
        assert!(years[3].iter().all(Option::is_none), "{years:?}");
    }

    #[test]
    fn a_year_a_goal_builds_on_is_no_deadline() {
        let text = "二、2027年工作计划\n在2026年试点基础上，扩大盐碱地改良面积至5000亩。";
        let years = years_written_in(text, Some(2026));
        assert!(years[1].iter().all(|y| *y == Some(2027)), "{years:?}");
    }

    #[test]
    fn a_plans_span_runs_from_the_pages_year_to_its_last_goal() {
        let text = "一、工作目标\n到2028年底，城区新增停车泊位1.5万个。\n三、主要任务\n（二）加快公共停车场建设。三年建设公共停车场20处以上，其中立体停车库不少于4处。";
        let years = years_written_in(text, Some(2026));
        assert!(years[4].iter().all(|y| *y == Some(2028)), "{years:?}");
        // Not a span of other years.
        let two = text.replace("三年建设", "两年建设");
        let years = years_written_in(&two, Some(2026));
        assert!(years[4].iter().all(Option::is_none), "{years:?}");
    }

    #[test]
    fn a_speakers_turn_ends_what_the_last_turn_set() {
        // A transcript's turns go by the speakers' names once a role names
        // one of them; the goals a summary line set end at the first turn.
        let text = "2027年目标：保护率99%，新建古树公园20个\n以下为发布会文字实录：\n汪晓琳：各位记者朋友，上午好！\n程立新：谢谢。全市共落实各级树长5800余名。\n黄山日报记者：请问保险工作开展得怎么样？\n程立新：谢谢您的提问。全市建成监测点位1650个。\n汪晓琳：感谢各位。";
        let years = years_written_in(text, Some(2026));
        assert!(years[0].iter().all(|y| *y == Some(2027)), "{years:?}");
        assert!(
            years[3..].iter().flatten().all(Option::is_none),
            "{years:?}"
        );
        // Names that open turns are no turns where no role speaks.
        let plan = "2027年目标：保护率99%\n以下为具体任务：\n程立新：新建古树公园20个。\n汪晓琳：落实树长5800名。\n程立新：建成监测点位1650个。";
        let years = years_written_in(plan, Some(2026));
        assert!(
            years[2..].iter().flatten().all(|y| *y == Some(2027)),
            "{years:?}"
        );
    }

    #[test]
    fn the_past_a_task_takes_as_its_object_leaves_it_a_task() {
        // What is already done, as the object of a task, and a change held
        // to a bound from last year's level.
        let text = "三、2027年工作思路\n（二）加快城市更新步伐。完成老旧小区改造9个；建成完整社区2个，实现已改造小区长效管理全覆盖。\n（三）深化反诈宣传。推动诈骗发案数同比再下降10%以上，反诈宣传覆盖率达到95%。";
        let years = years_written_in(text, Some(2026));
        assert!(years[2].iter().all(|y| *y == Some(2027)), "{years:?}");
        assert!(years[4].iter().all(|y| *y == Some(2027)), "{years:?}");
        // Told as done, the same words report.
        let done = text.replace("实现已改造小区", "已实现改造小区");
        let years = years_written_in(&done, Some(2026));
        assert!(years[2].iter().all(Option::is_none), "{years:?}");
    }

    #[test]
    fn a_change_on_last_year_under_a_later_years_heading_is_planned() {
        let text = "三、2027年工作思路\n（四）经济发展量质齐升。新增市场主体800户以上，固定资产投资同比增长6%，力争新引进亿元以上项目4个。";
        let years = years_written_in(text, Some(2026));
        assert!(years[2].iter().all(|y| *y == Some(2027)), "{years:?}");
        // In a report of this year's, the same words report.
        let reported = text.replace("三、2027年工作思路", "一、2026年工作总结");
        let years = years_written_in(&reported, Some(2026));
        assert!(years[2].iter().all(Option::is_none), "{years:?}");
    }

    #[test]
    fn a_later_step_of_goals_keeps_its_own_deadline_through_its_clauses() {
        let text = "二、《规划》的主要目标有哪些？\n第一步，到2027年，律师数达到7.5名。\n第二步，到2030年，基本建成服务体系：律师数达到9名以上；满意度达到98%以上。";
        let years = years_written_in(text, Some(2026));
        // (第二步 itself holds no figure.)
        assert!(years[2][1..].iter().all(|y| *y == Some(2030)), "{years:?}");
        // A clause with a figure under the section's year before it makes
        // the later deadline an aside of that clause's group.
        let aside = "二、主要目标有哪些？\n到2027年，律师数达到7.5名。\n满意度达到98%，力争到2030年律师数达到9名；调解成功率达到97%。";
        let years = years_written_in(aside, Some(2026));
        assert_eq!(years[2].last(), Some(&Some(2027)), "{years:?}");
    }

    #[test]
    fn a_reply_is_no_list_of_the_goal_before_it() {
        let text = "政府会继续推动减废回收，以达致在2035年或之前摆脱依赖堆填区的目标。现就议员的提问答复如下：\n政府于本年推出公众教育计划，举办超过1600场推广活动。";
        let years = years_written_in(text, Some(2024));
        assert_eq!(years[2], vec![None, None], "{years:?}");
        // A lead-in to goals passes its deadline on.
        let text = "到2035年，基本摆脱依赖堆填区。主要目标如下：\n举办超过1600场推广活动。";
        let years = years_written_in(text, Some(2024));
        assert_eq!(years[2], vec![Some(2035)], "{years:?}");
    }

    #[test]
    fn this_year_is_the_year_a_section_of_its_tasks_plans() {
        let text = "二、2024年工作安排\n今年新改建农村公路1000公里，新建5G基站3000个。";
        let years = years_written_in(text, Some(2024));
        assert_eq!(years[1], vec![Some(2024), Some(2024)]);
        // Elsewhere it reports this year's work so far.
        let years = years_written_in("今年新改建农村公路1000公里。", Some(2024));
        assert_eq!(years, vec![vec![None]]);
    }

    #[test]
    fn this_year_planned_by_its_sentence_and_last_years_whole_year() {
        // A sentence that plans with 今年 plans the present year; one that
        // counts from the year's start reports.
        let years = years_written_in("今年力争新增高新技术企业400家以上。", Some(2026));
        assert_eq!(years, vec![vec![Some(2026)]]);
        let years = years_written_in("今年以来，全市新增高新技术企业120家。", Some(2026));
        assert_eq!(years, vec![vec![None, None]]);
        // Nor the year so far, even where the sentence strives.
        let years = years_written_in(
            "积极争取会展落户，今年首十个月共举办会展活动1126项。",
            Some(2025),
        );
        assert_eq!(years, vec![vec![None, None]]);
        // A sentence setting this year's tasks leads the ones after it.
        let text = "报告明确了今年六个方面的重点工作。实施技术改造项目800个以上。";
        let years = years_written_in(text, Some(2026));
        assert_eq!(years[1], vec![Some(2026)]);
        let years = years_written_in("今年已争取增发国债资金9.8亿元。", Some(2024));
        assert_eq!(years, vec![vec![None]]);
        // 全年 after last year named in its paragraph is that year's.
        let doc = Document::new("2025年是收官之年。一年来，全年地区生产总值预计达到5380亿元。");
        let mut found = markers(&doc.masked);
        set_present(&doc.masked, 2026, &mut found);
        assert!(found.iter().all(|m| m.year != 2026), "{found:?}");
        // 全年 after a year its own sentence names is that year's.
        let text = "2027年特区政府将继续优化旅游休闲业，争取全年入境旅客达到4,000万人次。";
        let doc = Document::new(text);
        let mut found = markers(&doc.masked);
        set_present(&doc.masked, 2026, &mut found);
        assert_eq!(
            found.iter().map(|m| m.year).collect::<Vec<_>>(),
            [2027, 2027]
        );
        // A plan's span, however its years are joined; not a bare span.
        for title in [
            "金华市水安全保障提升三年行动方案（2026—2028年）",
            "某市行动计划（2026-2028）",
            "某市行动计划（2026年至2028年）",
            "《某市行动计划（2026——2028年）》政策解读",
            "关于印发《常德市2026—2028年海绵城市建设提质增效行动方案》的通知",
        ] {
            assert_eq!(planned_end(title), Some(2028), "{title}");
        }
        assert_eq!(
            span_start("常德市2026—2028年海绵城市建设行动方案"),
            Some(2026)
        );
        assert_eq!(planned_end("会议纪要（2026—2028年）"), None);
        // A span before the name must be of years, with no other year in
        // between.
        assert_eq!(
            planned_end("邯郸市2026—2027年秋冬季大气污染综合治理攻坚方案"),
            None
        );
        assert_eq!(planned_end("2021—2025年工作总结及2026年工作计划"), None);
        // A five-year plan by its number, not a proposal for one.
        for title in [
            "《河南省“十五五”中医药传承创新发展规划》政策解读",
            "霞浦县“十五五”应急管理体系建设规划",
            "某市十五五规划纲要（草案）",
        ] {
            assert_eq!(planned_end(title), Some(2030), "{title}");
        }
        assert_eq!(planned_end("大同市“十四五”文物保护利用规划"), Some(2025));
        assert_eq!(planned_end("关于十五五规划建议的解读"), None);
        assert_eq!(planned_end("“十五五”开局之年工作会议召开"), None);
        // 全年 under a heading or a lead-in naming next year is next year's;
        // under one naming a later deadline it stays this year's.
        let text = "一、2026年工作总结\n全年新增加装电梯27部。\n二、2027年工作思路\n\
                    2027年是“十五五”规划实施的关键之年，街道将重点抓好以下工作：\n\
                    （一）持续推进加装电梯。力争全年新增加装电梯不少于30部。";
        let doc = Document::new(text);
        let mut found = markers(&doc.masked);
        set_present(&doc.masked, 2026, &mut found);
        let planned: Vec<i32> = found
            .iter()
            .filter(|m| doc.masked[m.label_start..m.label_end] == ['全', '年'])
            .map(|m| m.year)
            .collect();
        assert_eq!(planned, [2027], "{found:?}");
        let text = "到2027年，全市将实现以下目标：\n（一）力争全年引进重点项目30个。";
        let doc = Document::new(text);
        let mut found = markers(&doc.masked);
        set_present(&doc.masked, 2026, &mut found);
        assert!(found.iter().any(|m| m.year == 2026), "{found:?}");
    }

    #[test]
    fn next_year_and_the_planned_rest_of_this_one() {
        let years = |text: &str| {
            let doc = Document::new(text);
            let mut found = markers(&doc.masked);
            set_present(&doc.masked, 2025, &mut found);
            found.iter().map(|m| m.year).collect::<Vec<i32>>()
        };
        assert_eq!(years("明年将再新建回收网点500个。"), vec![2026]);
        assert_eq!(years("今冬明春计划新建蓄水池35座。"), vec![2026]);
        assert_eq!(years("今冬新增清洁取暖改造3.2万户。"), vec![2025]);
        assert_eq!(
            years("下半年，计划新建公路5公里；到年底，覆盖率达到80%。"),
            vec![2025, 2025]
        );
        // Reported, or the end of a year the text names, they date nothing.
        assert!(years("下半年以来，新建公路5公里。去年底建成3座。").is_empty());
    }

    #[test]
    fn deadlines_before_the_documents_year_have_passed() {
        let text =
            "“十四五”期间，入园率由2020年的92.1%提高到2025年的94.6%。到2030年，入园率达到96%。";
        let doc = Document::new(text);
        let mut found = markers(&doc.masked);
        set_present(&doc.masked, 2026, &mut found);
        let roles: Vec<(i32, Role)> = found.iter().map(|m| (m.year, m.role)).collect();
        assert_eq!(
            roles,
            vec![
                (2025, Role::Mention),
                (2020, Role::Mention),
                (2025, Role::Mention),
                (2030, Role::Deadline)
            ]
        );
        // Written in 2025, the same plan still commits to 2025.
        let mut found = markers(&doc.masked);
        set_present(&doc.masked, 2025, &mut found);
        assert_eq!(found[2].role, Role::Deadline);
    }

    #[test]
    fn reads_roles() {
        assert_eq!(roles("到2025年，"), vec![(2025, Role::Deadline)]);
        assert_eq!(roles("2030年前实现"), vec![(2030, Role::Deadline)]);
        assert_eq!(
            roles("目标在2027年或之前兴建"),
            vec![(2027, Role::Deadline)]
        );
        assert_eq!(
            roles("政府规划2025年装置容量达到"),
            vec![(2025, Role::Deadline)]
        );
        assert_eq!(
            roles("2024年前三季度新增网店326家"),
            vec![(2024, Role::Mention)]
        );
        // (A span of dates is read as its last.)
        assert_eq!(
            roles("公示期为2024年3月12日至2024年3月18日"),
            vec![(2024, Role::Mention)]
        );
        assert_eq!(roles("与2015年相比"), vec![(2015, Role::Baseline)]);
        assert_eq!(roles("较“十三五”末下降"), vec![(2020, Role::Baseline)]);
        assert_eq!(roles("到“十四五”末"), vec![(2025, Role::Deadline)]);
        assert_eq!(roles("“十五五”期间"), vec![(2030, Role::Deadline)]);
        assert_eq!(roles("2022年，"), vec![(2022, Role::Mention)]);
        assert_eq!(roles("截至2023年底"), vec![(2023, Role::Mention)]);
        assert_eq!(roles("“十二五”以来"), vec![(2015, Role::Mention)]);
        // A period's opening is its first year.
        assert_eq!(roles("“十五五”开局之际，"), vec![(2026, Role::Mention)]);
        assert_eq!(roles("到二〇三〇年"), vec![(2030, Role::Deadline)]);
        assert_eq!(roles("展望2030年，"), vec![(2030, Role::Deadline)]);
        assert_eq!(
            roles("计划在二〇二六年内完成500幢"),
            vec![(2026, Role::Deadline)]
        );
        assert_eq!(
            roles("2016年至2020年"),
            vec![(2016, Role::Mention), (2020, Role::Mention)]
        );
    }

    #[test]
    fn plan_periods_over_by_the_present_are_the_past() {
        assert_eq!(
            roles("“十三五”期间，累计完成投资。截至2020年底，“十四五”期间"),
            vec![
                (2020, Role::Mention),
                (2020, Role::Mention),
                (2025, Role::Deadline)
            ]
        );
        assert_eq!(
            roles("“十三五”期间，累计完成投资。"),
            vec![(2020, Role::Deadline)]
        );
    }

    #[test]
    fn months_and_dated_nouns() {
        assert_eq!(roles("2024年6月底前，完成"), vec![(2024, Role::Deadline)]);
        assert_eq!(roles("2023年11月21日，"), vec![(2023, Role::Mention)]);
        assert_eq!(roles("2026年5月31日前完成"), vec![(2026, Role::Deadline)]);
        assert_eq!(
            roles("到2025年底，改造2000年底前建成的小区"),
            vec![(2025, Role::Deadline), (2000, Role::Dating)]
        );
        // The object of the goal after 将 or 把 is no noun the year dates.
        assert_eq!(
            roles("2030年前将货车的比例提升至90%"),
            vec![(2030, Role::Deadline)]
        );
        // Nor is the place of the work after 于.
        assert_eq!(
            roles("目标是在2030年前于合适的政府场地安装30兆瓦的储能系统"),
            vec![(2030, Role::Deadline)]
        );
    }

    #[test]
    fn baseline_label_keeps_its_end_word() {
        let chars: Vec<char> = "较“十三五”末分别".chars().collect();
        let m = &markers(&chars)[0];
        let label: String = chars[m.label_start..m.label_end].iter().collect();
        assert_eq!(label, "“十三五”末");
        assert_eq!((m.start, m.end), (0, 7));
    }

    fn scoped_years(s: &str) -> Vec<Vec<Option<i32>>> {
        years_written_in(s, None)
    }

    /// The year of every clause of every sentence of `s`, written in `present`.
    fn years_written_in(s: &str, present: Option<i32>) -> Vec<Vec<Option<i32>>> {
        years_under_title(s, present, None)
    }

    /// [`years_written_in`] on a page with the headline `title`.
    fn years_under_title(
        s: &str,
        present: Option<i32>,
        title: Option<&str>,
    ) -> Vec<Vec<Option<i32>>> {
        let doc = Document::new(s);
        let mut found = markers(&doc.masked);
        if let Some(year) = present {
            set_present(&doc.masked, year, &mut found);
        }
        scopes_under_title(&doc, &found, present, title)
            .into_iter()
            .map(|v| v.into_iter().map(|s| s.map(|s| s.year)).collect())
            .collect()
    }

    #[test]
    fn deadlines_scope_the_rest_of_the_sentence_and_carry_on() {
        let years = scoped_years("甲,到2025年,乙,丙。丁。目前,戊。");
        assert_eq!(
            years,
            vec![
                vec![None, Some(2025), Some(2025), Some(2025)],
                vec![Some(2025)],
                vec![None, None]
            ]
        );
        assert_eq!(
            scoped_years("2022年,能耗同比下降7.3%。"),
            vec![vec![None, None]]
        );
        assert_eq!(
            scoped_years("2024年,力争新增50家。"),
            vec![vec![Some(2024), Some(2024)]]
        );
        // The next steps a report ends on plan its page's year.
        let doc = Document::new("六、下一步工作\n2026年，全市好评率保持在99.5%以上。");
        let found = markers(&doc.masked);
        let years: Vec<Vec<Option<i32>>> = scopes_of(&doc, &found, Some(2026))
            .iter()
            .map(|s| s.iter().map(|c| c.as_ref().map(|c| c.year)).collect())
            .collect();
        assert_eq!(years.last(), Some(&vec![Some(2026), Some(2026)]));
        // A rate's 拥有 names a metric, it reports nothing.
        assert_eq!(
            scoped_years("到2027年,基本建成体系。每万人拥有律师数达到4名。"),
            vec![vec![Some(2027), Some(2027)], vec![Some(2027)]]
        );
    }

    /// The scope of clause `k` of the first sentence of `text`, which has one.
    fn first_sentence_scope(text: &str, k: usize) -> Scope {
        let doc = Document::new(text);
        scopes_of(&doc, &markers(&doc.masked), None)[0][k]
            .clone()
            .unwrap()
    }

    /// Where `figure` starts in `text`, in chars.
    fn char_offset(text: &str, figure: &str) -> usize {
        text[..text.find(figure).unwrap()].chars().count()
    }

    #[test]
    fn a_past_deadline_dating_a_noun_leaves_the_sentence_a_plan() {
        let text = "具体目标如下：三年累计完成城镇老旧小区改造420个以上；力争2000年底前建成的需改造城镇老旧小区基本完成改造任务。";
        let doc = Document::new(text);
        let mut found = markers(&doc.masked);
        set_present(&doc.masked, 2026, &mut found);
        assert_eq!(
            found.iter().map(|m| m.role).collect::<Vec<_>>(),
            vec![Role::Dating]
        );
    }

    #[test]
    fn work_spread_over_years_from_a_start_is_due_in_the_last() {
        let text = "2026年起，分三年完成全市3400间普通教室照明改造。从2026年开始用3年时间新建口袋公园120个。";
        assert_eq!(
            roles(text),
            vec![(2028, Role::Deadline), (2028, Role::Deadline)]
        );
        assert_eq!(
            roles("2026年起，全市新建口袋公园120个。"),
            vec![(2026, Role::Mention)]
        );
    }

    #[test]
    fn a_season_of_a_year_closed_by_before_is_a_deadline() {
        let roles_of = |s: &str| roles(s).into_iter().map(|(_, r)| r).collect::<Vec<_>>();
        for text in [
            "各地要在2026年台风季节前完成病险水库除险加固120座。",
            "2027年汛期前新建应急避难场所35处。",
            "2026年三季度之前建成充电桩300个。",
            "确保2027年年中前完成。",
        ] {
            assert_eq!(roles_of(text), vec![Role::Deadline], "{text}");
        }
        // 前 counting the periods of a year, or no 前 at all.
        for text in [
            "2026年度前三季度，新增就业3.2万人。",
            "2026年春节期间，接待游客120万人次。",
        ] {
            assert_eq!(roles_of(text), vec![Role::Mention], "{text}");
        }
        // This year's festival is as often past.
        let text = "今年节前，我们对全市烟花爆竹产品开展了专项抽检，共抽检产品120批次。";
        let found = crate::extract::extract_dated(text, Some(2026));
        assert!(found.targets.is_empty());
    }

    #[test]
    fn a_year_with_a_verb_is_due_under_a_deadline() {
        let text = "到2025年，比重达到35%；强度2025年达到2.2%、2027年达到2.5%。";
        let scope = first_sentence_scope(text, 2);
        assert_eq!(scope.year_at(char_offset(text, "2.2%")), 2025);
        assert_eq!(scope.year_at(char_offset(text, "2.5%")), 2027);
        // Without a deadline before, the same words report.
        assert_eq!(scoped_years("强度2022年达到2.2%。"), vec![vec![None]]);
        // Any verb the dictionary knows dates the figure right after it.
        let text =
            "到2028年，实施工程治理120处，其中2026年实施35处、2027年实施45处、2028年实施40处。";
        let scope = first_sentence_scope(text, 2);
        assert_eq!(scope.year_at(char_offset(text, "35处")), 2026);
        assert_eq!(scope.year_at(char_offset(text, "45处")), 2027);
        assert_eq!(scope.year_at(char_offset(text, "40处")), 2028);
    }

    #[test]
    fn a_deadline_inside_a_group_is_its_aside() {
        let text = "我们将推进产业强市，全年新认定企业400家，力争到2027年企业总数突破4500家；新建5G基站2000个。";
        assert_eq!(
            years_written_in(text, Some(2025))[0],
            vec![None, Some(2025), Some(2027), Some(2025)]
        );
        // A year and 的 before a figure make it due then.
        let text = "到2025年，覆盖率提高到2027年的50%以上、2030年的65%。";
        let scope = first_sentence_scope(text, 1);
        assert_eq!(scope.year_at(char_offset(text, "65%")), 2030);
    }

    #[test]
    fn the_past_commits_to_none_of_its_years() {
        let text = "2022年入选示范县以来，累计争取资金3800万元，建成商贸中心16个。";
        assert!(scoped_years(text)[0].iter().all(Option::is_none));
        // Nor does a year over before the page was written.
        let doc = Document::new("2022年，力争新增企业20家。");
        let found = markers(&doc.masked);
        assert_eq!(
            scopes_of(&doc, &found, None)[0][1].as_ref().map(|s| s.year),
            Some(2022)
        );
        assert!(scopes_of(&doc, &found, Some(2025))[0]
            .iter()
            .all(Option::is_none));
        // A year to come commits; the page's own does in a section of tasks.
        let doc = Document::new("2026年，新增企业20家。");
        let found = markers(&doc.masked);
        let year = |present, s: usize, c: usize| {
            scopes_of(&doc, &found, present)[s][c]
                .as_ref()
                .map(|s| s.year)
        };
        assert_eq!(year(Some(2025), 0, 1), Some(2026));
        assert_eq!(year(Some(2026), 0, 1), None);
        let doc = Document::new("三、重点任务\n2026年，新增企业20家。");
        let found = markers(&doc.masked);
        assert_eq!(
            scopes_of(&doc, &found, Some(2026))[1][1]
                .as_ref()
                .map(|s| s.year),
            Some(2026)
        );
    }

    #[test]
    fn a_year_committed_to_commits_again() {
        let text = "一、工作目标\n2024年，浓度下降5%。\n二、重点任务\n2024年，煤炭消费下降3%。\n2023年，能耗下降4%。";
        assert_eq!(
            scoped_years(text),
            vec![
                vec![None],
                vec![Some(2024), Some(2024)],
                vec![None],
                vec![Some(2024), Some(2024)],
                vec![None, None]
            ]
        );
        // A later year goes on with the schedule of its sentence.
        let text = "政府规划2025年累计装机达到570万千瓦；2030年累计装机进一步提高至1300万千瓦。";
        assert_eq!(scoped_years(text), vec![vec![Some(2025), Some(2030)]]);
    }

    #[test]
    fn run_on_headings_scope_like_heading_lines() {
        // “（一）2025年目标” heads its own line's body and the next line.
        let years = scoped_years("（一）2025年目标 能耗下降10%。\n新增绿色工厂50家。");
        assert_eq!(years, vec![vec![None], vec![Some(2025)], vec![Some(2025)]]);
        let years = scoped_years("二、主要目标：到2026年，能耗下降10%。");
        assert_eq!(years, vec![vec![None], vec![Some(2026), Some(2026)]]);
        // A numbered lead that names no goal or year stays in its paragraph.
        let doc = Document::new("（一）推进绿色改造。实施改造项目120个。");
        assert_eq!(doc.sentences.len(), 2);
        assert_eq!(doc.sentences[1].paragraph, 0);
    }

    #[test]
    fn a_short_line_giving_a_goal_heads_nothing() {
        let text = "划重点：\n到2030年，非遗相关产业年产值力争突破300亿元\n一是传承活力持续增强。三年来累计培训传承人两千三百余人次。";
        let years = years_under_title(text, Some(2026), None);
        assert_eq!(years[1], vec![Some(2030), Some(2030)]);
        assert!(
            years[2..].iter().flatten().all(Option::is_none),
            "{years:?}"
        );
    }

    #[test]
    fn a_paragraph_opening_on_its_goals_label_carries_its_deadline_on() {
        let text = "二、总体要求\n坚持园区为主体。\n主要目标：到2028年，全市生物医药产业营业收入力争突破1200亿元。\n园区承载能力明显增强。建成标准化厂房200万平方米以上。\n三、重点任务\n（一）做强园区。";
        let years = years_under_title(text, Some(2026), None);
        assert_eq!(years[3..5], [vec![Some(2028)], vec![Some(2028)]]);
        assert_eq!(years[6], vec![None]);
        // Without the label, the paragraphs after are no goals.
        let years = years_under_title(&text.replace("主要目标：", ""), Some(2026), None);
        assert_eq!(years[3..5], [vec![None], vec![None]]);
        // Nor are numbered articles after it.
        let articles = text.replace("园区承载能力明显增强。", "第一条　支持企业加大研发投入。");
        let years = years_under_title(&articles, Some(2026), None);
        assert_eq!(years[3..5], [vec![None], vec![None]]);
    }

    #[test]
    fn goal_sections_commit_and_carry_their_lead_deadline() {
        let text = "二、发展目标\n2027年，新增绿色工厂40家。\n三、主要目标\n到2025年，体系基本建立。\n——能耗下降13.5%。\n四、保障措施\n强化考核。";
        assert_eq!(
            scoped_years(text),
            vec![
                vec![None],
                vec![Some(2027), Some(2027)],
                vec![None],
                vec![Some(2025), Some(2025)],
                vec![Some(2025)],
                vec![None],
                vec![None]
            ]
        );
        // A report in a goal section, or a year in a task section, does
        // not commit.
        let text =
            "二、主要目标\n2022年，全市能耗同比下降4%。\n三、重点任务\n2023年，完成投资100亿元。";
        assert!(scoped_years(text)
            .into_iter()
            .flatten()
            .all(|y| y.is_none()));
    }

    #[test]
    fn headings_scope_the_paragraphs_below() {
        let years = scoped_years("2027年主要目标\n新增绿色工厂50家。\n二、重点任务\n推进改造。");
        assert_eq!(
            years,
            vec![vec![None], vec![Some(2027)], vec![None], vec![None]]
        );
        // A line leading into a list is no heading: the section goes on.
        let years = scoped_years("二、2024年主要预期目标\n重点抓好以下工作:\n新建口袋公园30个。");
        assert_eq!(years[2], vec![Some(2024)]);
        // The work a report plans for the year ahead.
        let years = scoped_years(
            "二、2026年工作安排\n2026年是开局之年。主要预期目标是:生产总值增长6%。\n（二）深化乡村振兴。新建高标准农田2万亩。",
        );
        assert!(years[2].iter().all(|&y| y == Some(2026)), "{years:?}");
        assert_eq!(years[4], vec![Some(2026)]);
        // The next item of a heading's rank ends its section.
        let years = scoped_years(
            "（四）锚定“十五五”目标。力争到“十五五”末，城镇化率达到70%。\n（五）兜牢民生底线。持续办好十件民生实事。",
        );
        assert_eq!(years.last(), Some(&vec![None]), "{years:?}");
        assert_eq!(
            numbering_rank(&"第二部分 二〇二六年施政方针".chars().collect::<Vec<_>>()),
            Some(1)
        );
        assert_eq!(
            numbering_rank(&"　　二、重点任务".chars().collect::<Vec<_>>()),
            Some(2)
        );
        assert_eq!(
            numbering_rank(&"（12）推进".chars().collect::<Vec<_>>()),
            Some(5)
        );
        assert_eq!(numbering_rank(&"2025年".chars().collect::<Vec<_>>()), None);
        // A heading of the year the page was written in plans, unless it
        // looks back.
        let scoped = |text: &str, present| {
            let doc = Document::new(text);
            let found = markers(&doc.masked);
            scopes_of(&doc, &found, present)[1][0]
                .as_ref()
                .map(|s| s.year)
        };
        let plans = "2024年重点抓好五方面工作\n全年完成病险水库除险加固200座。";
        assert_eq!(scoped(plans, Some(2024)), Some(2024));
        assert_eq!(scoped(plans, Some(2025)), None);
        assert_eq!(scoped(plans, None), None);
        let review = "2024年工作回顾\n全年完成病险水库除险加固200座。";
        assert_eq!(scoped(review, Some(2024)), None);
    }

    /// The (year, value) of the targets and the values of the counts found
    /// in `text`, written in `year`.
    fn read_in(text: &str, year: i32) -> (Vec<(i32, f64)>, Vec<f64>) {
        let found = crate::extract::extract_dated(text, Some(year));
        (
            found.targets.iter().map(|t| (t.year, t.value)).collect(),
            found.counts.iter().map(|c| c.value).collect(),
        )
    }

    #[test]
    fn a_review_of_a_period_ending_now_meets_its_deadlines() {
        // The heading names the period and looks back: it sets no year, and
        // a deadline of the page's own year under it is met.
        let text = "关于十五五规划建议的解读\n二、“十四五”时期发展取得的重大成就\n                    “十四五”期间累计新增城镇就业27.6万人。\n\
                    全市地区生产总值由2020年的3645.2亿元增加到2025年的5200亿元左右。\n\
                    三、“十五五”时期的主要目标\n到2030年，地区生产总值突破7000亿元。";
        let (targets, counts) = read_in(text, 2025);
        assert_eq!(targets, vec![(2030, 700_000_000_000.0)]);
        assert_eq!(counts, vec![276_000.0]);
        // A plan's goals it cites, or one it commits to, are targets still.
        let cited = "二、“十四五”时期发展取得的重大成就\n\
                     《绿色制造体系建设实施方案(2021-2025年)》提出，到2025年，建成100家绿色工厂。";
        assert_eq!(read_in(cited, 2025).0, vec![(2025, 100.0)]);
    }

    #[test]
    fn a_lettered_item_opens_on_its_year_and_a_short_item_is_no_heading() {
        // (c) labels an item: the year after it opens its clause.
        let text = "政府订下以下目标：\n(c) 在2027年，举办不少于250项大型盛事；\n\
                    (d) 在2027年底前，把路线增加至150条。";
        assert_eq!(read_in(text, 2026).0, vec![(2027, 250.0), (2027, 150.0)]);
        // A short line closed by a semicolon is an item of the review's
        // list, not a heading over the lines after it.
        let text = "一、2025年工作回顾\n2025年，全市累计推进城市更新项目327个。其中：\n\
                    城中村改造项目开工41个，筹集保障性住房2.3万套；\n\
                    历史建筑活化利用项目19个。";
        assert_eq!(read_in(text, 2026).1, vec![327.0, 41.0, 23_000.0, 19.0]);
    }

    #[test]
    fn a_caption_among_numbered_headings_closes_at_the_next_of_their_rank() {
        // The caption's 完成情况 looks back; the section after it plans.
        let text = "紫云县衔接资金绩效自评报告\n一、绩效目标完成情况\n全年新建产业路42.6公里。\n\
                    表1 2025年度主要绩效指标完成情况\n二、下一步工作打算\n\
                    （一）优化结构。2026年用于产业发展的比例达到60%以上。";
        assert_eq!(read_in(text, 2026), (vec![(2026, 60.0)], vec![42.6]));
        // A part outranks the numbered headings inside it: the review of the
        // first part does not reach into the second.
        let parts = "第一部分 二〇二五年施政工作回顾\n一、支援就业\n\
                     持续开办职业技能提升计划，今年共推出各类职业培训课程124项。\n\
                     第二部分 二〇二六年施政方针\n一、保障居民就业\n\
                     持续实施本地居民优先就业政策。二〇二六年，全年提供各类职业培训名额5,000个，\
                     重点培育大健康、金融等产业所需人才。";
        assert!(read_in(parts, 2025).0.contains(&(2026, 5000.0)));
    }

    #[test]
    fn a_heading_inside_a_report_plans_nothing_for_the_year() {
        // 预计2026年 commits the page's own year, which would make a plain
        // heading of its own (1．数量指标) a section of this year's tasks.
        let text = "二、绩效目标完成情况\n其余项目均已开工，预计2026年上半年全部完工。\n\
                    （一）产出指标完成情况\n1．数量指标。全年新建产业路42.6公里，扶持新型农业经营主体87家。";
        assert_eq!(read_in(text, 2026), (vec![], vec![42.6, 87.0]));
    }

    #[test]
    fn a_paragraph_opening_on_a_past_year_tells_of_it_to_its_end() {
        let text = "2026年全省地方志工作要点\n\
                    2025年，全省地方志系统圆满完成各项任务。全省累计出版志书112部，建成方志馆41个。\n\
                    一、全面启动第三轮修志工作\n全年出版县级志书20部。";
        let (targets, counts) = read_in(text, 2026);
        assert_eq!(counts, vec![112.0, 41.0]);
        assert!(
            !targets.iter().any(|&(_, v)| v == 112.0 || v == 41.0),
            "{targets:?}"
        );
        // A sentence of that paragraph that commits is under the heading's year.
        let commits = "2026年全省地方志工作要点\n\
                       2025年，全省圆满完成各项任务。今年将出版志书30部。";
        assert_eq!(read_in(commits, 2026).0, vec![(2026, 30.0)]);
    }

    #[test]
    fn a_notice_issuing_an_annual_plan_plans_its_year() {
        assert_eq!(
            planned_year("湖州市2027年经济社会发展工作要点（征求意见稿）"),
            Some(2027)
        );
        assert_eq!(
            planned_year("某县人民政府关于印发《某县2027年重点工作安排》的通知"),
            Some(2027)
        );
        assert_eq!(planned_year("《某县2027年重点工作安排》政策解读"), None);
        assert_eq!(
            planned_year("益阳市2026年化肥农药减量增效工作实施方案"),
            Some(2026)
        );
        assert_eq!(planned_year("湖南省到2027年制造业数字化转型实施方案"), None);
        assert_eq!(
            planned_year("关于印发《某县2026—2028年行动计划》的通知"),
            None
        );
    }

    #[test]
    fn an_annual_plans_sections_set_its_years_tasks_whatever_their_headings() {
        let text = "钦州市2026年推进港产城融合发展工作要点\n\
                    二、提升港口枢纽能级\n\
                    （二）拓展航线和班列网络。新开内外贸集装箱航线不少于5条，外贸航线总数达到50条以上。";
        assert_eq!(read_in(text, 2026).0, vec![(2026, 5.0), (2026, 50.0)]);
    }

    #[test]
    fn a_goal_sections_body_plans_this_years_work() {
        let text = "二、工作目标\n分年度看，2026年新增和改造城市绿地1000公顷；2027年建成区绿化覆盖率达到43.3%。";
        assert_eq!(read_in(text, 2026).0, vec![(2026, 1000.0), (2027, 43.3)]);
        // Under the year its first goal set, a year written out still does.
        let text = "二、工作目标\n到2028年，全市城市绿地率达到40%。\n分年度看，2026年新增和改造城市绿地1000公顷。";
        assert_eq!(read_in(text, 2026).0, vec![(2028, 40.0), (2026, 1000.0)]);
    }

    #[test]
    fn a_season_across_two_years_sets_goals_for_its_last() {
        let text = "2026年10月1日至2027年3月31日，力争全市PM2.5平均浓度控制在62微克/立方米以内。";
        assert_eq!(read_in(text, 2026).0, vec![(2027, 62.0)]);
        let text = "2026年至2027年，力争全市PM2.5平均浓度控制在62微克/立方米以内。";
        assert_eq!(read_in(text, 2026).0, vec![(2027, 62.0)]);
        let text = "二〇二六年十月一日至二〇二七年三月三十一日，力争全市PM2.5平均浓度控制在62微克/立方米以内。";
        assert_eq!(read_in(text, 2026).0, vec![(2027, 62.0)]);
        // Its first date is no year of its own, even in a section of goals.
        let text = "一、工作目标\n2026年10月1日至2027年3月31日，全市PM2.5平均浓度控制在62微克/立方米以内。";
        assert_eq!(read_in(text, 2026).0, vec![(2027, 62.0)]);
    }

    #[test]
    fn the_period_of_a_seasons_notice_ends_in_its_last_year() {
        let text = "一、工作目标\n本防火期内，全市森林火灾受害率控制在0.9‰以内，森林火灾当日扑灭率达到95%以上。";
        let title = "龙泉市人民政府办公室关于做好2026—2027年度森林防灭火工作的通知";
        let years = years_under_title(text, Some(2026), Some(title));
        assert_eq!(years[1], vec![Some(2027), Some(2027), Some(2027)]);
        // Without such a title the period names no year.
        let years = years_under_title(text, Some(2026), Some("关于做好森林防灭火工作的通知"));
        assert!(years[1].iter().all(Option::is_none), "{years:?}");
    }

    #[test]
    fn a_plans_own_span_opening_a_clause_sets_its_last_year() {
        let text = "（一）实施道路照明补短板工程。三年内新建、改造道路照明灯具2.6万盏，其中2026年完成8000盏以上。";
        let title = "绵阳市城市照明提升三年行动方案（2026—2028年）";
        let years = years_under_title(text, Some(2026), Some(title));
        assert_eq!(years[1], vec![Some(2028), Some(2026)]);
        // A span of other years, or one that looks back, sets none.
        for other in ["五年内新建", "三年来新建", "三年多来新建"] {
            let text = text.replace("三年内新建", other);
            let years = years_under_title(&text, Some(2026), Some(title));
            assert_eq!(years[1][0], None, "{other}");
        }
        // So does one the plan is told to set.
        let told = text.replace("三年内新建", "《行动方案》提出三年内新建");
        let years = years_under_title(&told, Some(2026), Some(title));
        assert_eq!(years[1][0], Some(2028));
        // The plan's period named as such sets it too, with no section
        // around the sentence to lend a year.
        let text = "《规划》构建渔港空间格局。规划期内重点建设渔港72座，其中新建13座。";
        let title = "《福建省渔港经济区建设规划（2026—2030年）》政策解读";
        let years = years_under_title(text, Some(2026), Some(title));
        assert_eq!(years[1][0], Some(2030));
        let years = years_under_title(&text.replace("规划期内", ""), Some(2026), Some(title));
        assert_eq!(years[1][0], None);
        // So does its verb of planning.
        let text = "一是有序新建机场。规划新建乐山、阆中等5个运输机场。";
        let years = years_under_title(text, Some(2026), Some(title));
        assert_eq!(years[1][0], Some(2030));
        let text = "一是有序新建机场。规划建设范围覆盖15个乡镇。";
        let years = years_under_title(text, Some(2026), Some(title));
        assert_eq!(years[1][0], None);
        // A total the plan ensures (确保三年累计新增…) sums work to come: its
        // 累计 reports nothing, and the years before it stay planned.
        let text = "1.科学规划站点布局。2026年新开工加氢站6座，2027年新增投运8座，确保三年累计新增二十一座以上。";
        let title = "淄博市加氢站建设行动方案（2026—2028年）";
        let years = years_under_title(text, Some(2026), Some(title));
        assert_eq!(years[1], vec![Some(2026), Some(2027), Some(2028)]);
    }

    #[test]
    fn a_speech_at_the_years_end_reviews_it() {
        let text = "一、客观看待2025年经济运行，进一步坚定发展信心\n\
                    预计全年地区生产总值达到1860亿元、增长6.1%。\n\
                    一是产业发展势头良好。全年新增规模以上工业企业126家，总数达到1180家。";
        assert_eq!(read_in(text, 2025), (vec![], vec![126.0, 1180.0]));
    }

    #[test]
    fn a_heading_that_reviews_goals_sets_none() {
        let text = "表1 2025年度衔接资金主要绩效指标完成情况\n项目验收合格率达到100%。";
        assert_eq!(read_in(text, 2026).0, vec![]);
        let text = "一、2026年主要指标\n项目验收合格率达到100%。";
        assert_eq!(read_in(text, 2026).0, vec![(2026, 100.0)]);
    }

    #[test]
    fn what_each_one_is_given_is_no_goal() {
        let text = "到2027年，全市新建零工市场20个，对每名离校未就业毕业生至少提供1次职业指导、3个岗位信息。";
        assert_eq!(read_in(text, 2026).0, vec![(2027, 20.0)]);
    }

    #[test]
    fn an_estimate_of_the_year_is_no_goal() {
        let text = "一、2025年施政回顾\n旅游业持续复苏，全年入境旅客预计约3,950万人次。\n\
                    二、2026年施政方针\n2026年，力争入境旅客达到4,000万人次。";
        assert_eq!(read_in(text, 2025).0, vec![(2026, 40_000_000.0)]);
    }

    #[test]
    fn a_numbering_is_peeled_off_but_a_decimal_is_not() {
        assert_eq!(without_numbering("1.农村网络零售额"), "农村网络零售额");
        assert_eq!(without_numbering("（三）完成治理项目"), "完成治理项目");
        assert_eq!(
            without_numbering("31.0%（其中直流快充桩"),
            "31.0%（其中直流快充桩"
        );
        let chars = |s: &str| s.chars().collect::<Vec<char>>();
        assert_eq!(numbering_rank(&chars("2.新建加氢站")), Some(4));
        assert_eq!(numbering_rank(&chars("1.1 总体目标")), Some(4));
    }
}
