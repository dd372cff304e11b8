//! Counts: how many of something exist or were achieved
//! (“全市共培育省级以上绿色工厂124家，其中国家级41家”).
//!
//! A count is a figure in a counting unit (家, 个, 项…) in a sentence that
//! reports (截至, 目前, 已, 累计, 拥有, 获批, 了…) and outside any target
//! scope. Its noun is read after the figure (3家国家级绿色工厂), after a
//! status verb (4家获批碳达峰试点园区) or before it (绿色工厂124家); the
//! level (国家级) goes to `qualifier`, the region or sector to `scope`. A
//! “其中” count points to its whole through `parent` and inherits what it
//! does not repeat.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::sync::LazyLock;

use super::clause::{Clause, Sentence};
use super::document::Document;
use super::number::{Numeral, Quantity};
use super::period::{Scope, Section};
use super::phrase::{self, Qualified, PEOPLE_UNITS, PER_HEADS};
use crate::model::{Bound, Count};
use crate::pattern::Pattern;

/// How far back from a figure its noun is looked for, in chars.
const WINDOW: usize = 40;

/// Words that make a sentence a report of what exists (目前, and Hong
/// Kong's 现时; what a body has set up or runs: 设有, 下辖 (Hong Kong's
/// 辖下), 旗下, 所属, but not
/// what it must set up: 应建有), including the attributions of news (据介绍) and
/// comparisons with last year (同比).
/// 共 totals (全市共培育) only outside the words it forms (共同体, 公共, 共享).
const REPORT_WORDS: &str = "截至|截止|目前|现时|已|累计|(?:^|[^应须要])(?:设有|建有)|下设|下辖|辖下|旗下|所属|拟(?:认定|命名|授予|列入|入选)|共有|拥有|现有|获批|获评|入选|了|(?:近|多|(?:^|[^〇○零一二三四五六七八九十两\\d])[一二两三四五六七八九十几]+|(?:^|\\D)\\d{1,2})年来|过去(?:[一二两三四五六七八九十几]+|\\d{1,2})年|先后|被(?:认定|评|命名)为|[市省县区]有|全国有|(?:^|[^公])共[^同享建治赢性识产青和用担通生存商]|据[^，。；]{0,8}?(?:介绍|悉|统计|了解)|同比|年末|(?:居|位列)全国(?:首位|第|前)|[较比](?:上年|去年|\\d{4}年)[底末]?(?:同期)?(?:增加|增长|减少|下降|提高|净增)";
static REPORTS: LazyLock<Pattern> = lazy_regex!(&format!("{REPORT_WORDS}|{}", phrase::BODY_HAS));

/// Words by which a whole document reviews work done (an annual review:
/// “2023年，全市…各项工作取得新成效”; a press conference that introduces
/// how a kind of work has gone: 介绍我市2025年城市排水防涝工作有关情况,
/// 介绍2025年全市港口发展情况). In one, every figure in a sentence
/// that neither plans nor commits to a year reports what was done
/// (“全年实施城市更新重点项目86个”). So does a news story's lede, which
/// tells where the reporter learnt what it reports (记者从省能源局获悉,
/// 记者从全市城市更新工作推进会上获悉, 记者在采访中了解到), and a
/// written answer to a legislator's question (现就…的提问综合答复如下; not
/// a reply to a deputy's proposal, 现将办理情况答复如下, which plans too).
static REVIEW: LazyLock<Pattern> = lazy_regex!("记者[^。，]{0,20}?(?:获悉|了解到)|工作(?:综述|总结)|(?:总结|报告|汇报|通报|公布)如下|提问[^。]{0,60}(?:答复|答覆|回复|回覆)如下|统计公报|取得(?:了)?(?:新|显著|积极|明显|重要|长足)?的?(?:成效|成绩|进展)|一年来|过去一年|(?:介绍|通报)[^。《]{0,30}(?:工作|发展)(?:有关|相关|进展)?情况",);

/// A news headline's result (…村均集体经营性收入达23.6万元, …同比增长18.6%,
/// …突破百万标箱): a level reached, in a headline that sets no goal.
static RESULT: LazyLock<Pattern> = lazy_regex!("(?:达|达到|突破|超过|增长|增至|首破)[0-9百千万亿]");
/// A deadline or a goal named in a headline (到2027年…突破1000亿元, …目标).
static HEADLINE_GOAL: LazyLock<Pattern> = lazy_regex!("到20\\d\\d|目标");

/// Whether a page's `title` tells a result reached, as a news story of
/// what was done does: the page reports. Not a headline that plans (力争…)
/// or names a document (…方案, …通知).
fn tells_result(title: &str) -> bool {
    RESULT.is_match(title)
        && !HEADLINE_GOAL.is_match(title)
        && !intends(title)
        && !super::names_document_type(title)
}

/// Words of intent: a sentence with one plans rather than reports, even
/// when no year makes it a target. 拟 plans, but not where a list
/// notice proposes what its evaluation found (拟认定…等42家企业为省级绿色工厂):
/// that reports the list. What a document provides (方案明确，新建…200公里;
/// 《意见》提出：…) is planned too, in a news story of its issue as anywhere;
/// work done as one requires (按照《…》要求，建成…46个) is not.
static INTENT: LazyLock<Pattern> = lazy_regex!(&format!(
    "{}|下一步|拟(?:[^认命授列入]|$)|(?:{}|》)(?:明确|提出)[，,：:]",
    super::verbs::PLANNING,
    super::verbs::PROVIDING_DOCUMENTS
));

/// Whether `text` holds a word of [`INTENT`], the 将 that marks an object
/// (将…纳入考核) and the 争取 of funds or support secured (积极争取中央和
/// 省级湿地保护补助资金2860万元) aside ([`super::verbs::without_false_plans`]).
fn intends(text: &str) -> bool {
    INTENT.is_match(&super::verbs::without_false_plans(text))
}

/// A quota's noun, and the verbs that hand one down to a lower level.
static QUOTA: LazyLock<Pattern> = lazy_regex!("(?:任务|指标)$");
static HANDED_DOWN: LazyLock<Pattern> = lazy_regex!("下达|分解|下发");

/// Words by which a clause states a goal or looks ahead, whatever the rest
/// of its sentence reports (政府已觅得土地，在未来十年兴建约410 000个单位).
static AHEAD: LazyLock<Pattern> =
    lazy_regex!("目标(?:为|是|在)|未来[一二两三四五六七八九十几数]+年");

/// A document telling its own structure in chapters, parts and articles
/// (《办法》共六章三十二条, 《实施意见》共分为五个部分18条, 本细则共5章): its
/// parts are no count of what exists. What it did or holds (该计划共资助186
/// 个项目, 《规划》共设置12项主要指标) is.
static DOCUMENT_PARTS: LazyLock<Pattern> = lazy_regex!(
    "^\\s*(?:《〓+》|[本该](?:办法|方案|意见|规划|条例|措施|细则))[^，。；]{0,3}?(?:共|分为|包括|包含)[^，。；]{0,4}?[0-9一二三四五六七八九十]+个?(?:章|部分|条|款|节)"
);

/// Words that break a figure down, as a report of what exists does
/// (“家电行业绿色工厂47家，其中国家级21家”, “从行业分布看，…”,
/// “抽检发现的49批次不合格食品中，农药残留超标21批次”, a bulletin's “按所在区
/// 分，黄埔区29家…”, “分区域看，…”, a notice's “本批历史建筑中，鲤城区41处…”).
/// Plans break goals down too, so these
/// report only in a sentence without intent; a goal with a year is
/// outside the counts anyway.
static BREAKDOWN: LazyLock<Pattern> = lazy_regex!(&format!(
    "其中|从[^，。；、]{{1,8}}看|[0-9][^，。；、]{{0,12}}中[，,]|^(?:本批|此批|该批|上述|这些|此次|本次)[^，。；、]{{1,12}}中[，,]|(?:^|[，,。；;：:])(?:{SORTS_BY})[，,：:]"
));

/// How a sentence says it sorts things by a trait (按所在区分, 分县(市、区)
/// 看, 从行业分布看).
const SORTS_BY: &str = "从[^，。；、]{1,8}看|按[^，。；、]{1,8}分|分[^，。；]{1,10}?看";

/// A clause that only says how the things after it are sorted (分区县看，).
static SORTS_ALONE: LazyLock<Pattern> = lazy_regex!(&format!("^(?:{SORTS_BY})[，,：:]?$"));

/// A sentence that opens by sorting a whole told before it by a trait
/// (按所在区分，…; 从行业分布看，…; 分县(市、区)看,…). What it sorts is the
/// whole as told before any breakdown began (by parts, 其中…, or by
/// another trait).
static OPENS_SORTING: LazyLock<Pattern> = lazy_regex!(&format!("^(?:{SORTS_BY})[，,：:]"));

/// A change from one level to another (由3 985家增至4 694家, 由2022年的…
/// 提高到…, 由改革前的351个整合为216个): in a sentence that does not plan,
/// a change that happened.
static CHANGED: LazyLock<Pattern> = lazy_regex!(&format!(
    "由[^，。；]{{0,24}}?(?:{})",
    super::verbs::arriving()
));

/// The years a sentence opens on, as the time it tells of (2025年，…;
/// 2023年、2024年及2025年，计划分别批出…), after any bracketed numbering of
/// its item (（一）).
static OPENING_YEARS: LazyLock<Pattern> = lazy_regex!(
    r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）])?((?:(?:19|20)\d\d年[、和及至]?){1,4})[，,]"
);

/// Whether `text` opens on years that are all over by `present`: it tells
/// of what happened then.
fn opens_on_past_years(text: &str, present: Option<i32>) -> bool {
    let (Some(present), Some(opening)) = (present, OPENING_YEARS.captures(text)) else {
        return false;
    };
    opening[1]
        .split(|ch: char| !ch.is_ascii_digit())
        .filter(|y| !y.is_empty())
        .all(|y| y.parse::<i32>().is_ok_and(|y| y < present))
}

/// Whether `text` tells of years already over and says nothing of what
/// will be done. Its 计划 cannot plan those years: it names a scheme
/// (2023年、2024年及2025年，计划分别批出…) or the plan they were measured
/// against (2025年，全县计划新建…18座，实际完成23座); one that goes on (计划再
/// 改造120个) plans.
fn reports_past_years(text: &str, present: Option<i32>) -> bool {
    if !opens_on_past_years(text, present) {
        return false;
    }
    /// A 计划 that does not go on: a scheme's or a measure's name.
    static NAMED_PLAN: LazyLock<Pattern> = lazy_regex!("计划([^再还将]|$)");
    !intends(&NAMED_PLAN.replace_all(text, "$1"))
}

/// Things a count may count (企业, 单位, 项目, 家庭), with the classifiers
/// that count them: a noun ending in one counts them, whatever measure
/// opens it, and a count may break its things down by them.
const ENTITY_CLASSIFIERS: &[(&str, &[&str])] = &[
    ("企业", &["家", "个", "户", "间"]),
    // 全国重点文物保护单位9处.
    ("单位", &["家", "个", "处"]),
    ("机构", &["家", "个", "所", "间"]),
    ("项目", &["个", "项"]),
    ("家庭", &["户", "个"]),
    ("学校", &["所", "个", "间"]),
    ("医院", &["家", "所", "个", "间"]),
    ("卫生院", &["家", "所", "个"]),
    ("卫生室", &["家", "所", "个"]),
];

/// Whether a part's `noun` names who holds the things its whole counts,
/// not a kind of them: an entity (医院, 基层医疗卫生机构) in a unit that does
/// not count such entities (26.41万张 beds, 1.12亿人次 visits).
fn is_owner(noun: &str, q: &Quantity) -> bool {
    entity_classifiers(noun).is_some_and(|classifiers| !classifiers.contains(&q.unit))
}

/// The classifiers of the entity `noun` ends in, if it ends in one of
/// [`ENTITY_CLASSIFIERS`].
fn entity_classifiers(noun: &str) -> Option<&'static [&'static str]> {
    ENTITY_CLASSIFIERS
        .iter()
        .find(|(head, _)| noun.ends_with(head))
        .map(|&(_, classifiers)| classifiers)
}

/// A comparison opening the sentence or a clause (与2020年相比，…): the
/// changes told after it are differences between then and now.
static COMPARED_WITH: LazyLock<Pattern> =
    lazy_regex!(r"(?:^|[，,：:])\s*[与同][^，。；]{1,24}?(?:相比|相较)");

/// A change told right after the stock it changes, in the same unit
/// (小麦播种面积8559.4万亩，增加12.6万亩).
static BARE_CHANGE: LazyLock<Pattern> = lazy_regex!(&format!(r"^[，,]\s*{CHANGE_BEFORE_FIGURE}"));

/// A verb of change right before its figure (增加了, 减少约): what changed
/// by the figure.
const CHANGE_BEFORE_FIGURE: &str = "(?:增加|减少|增长|下降|净增|净减|提高)了?[约近]?$";

/// Whether `q` is what a stock grew or shrank by since a time the sentence
/// compares with (与2020年相比，城镇人口增加203.4万人), or the level it is
/// compared with (与2020年普查的6102.7万人相比), or since the stock told
/// just before it ([`BARE_CHANGE`]), not how much exists now.
fn is_difference(doc: &Document, sentence: &Sentence, q: &Quantity) -> bool {
    let follows_its_stock = doc
        .quantities_in(sentence.start, q.start)
        .last()
        .is_some_and(|stock| {
            stock.unit == q.unit && BARE_CHANGE.is_match(doc.masked_text(stock.end, q.start))
        });
    if follows_its_stock {
        return true;
    }
    let at = doc.masked_text(sentence.start, q.start).len();
    let changed = ["增加", "减少"]
        .iter()
        .any(|w| super::number::ends_with(&doc.masked, q.start, w));
    // A comparison before the change, or one the figure stands inside.
    COMPARED_WITH
        .find_iter(doc.masked_text(sentence.start, sentence.end))
        .any(|m| m.start() < at && (changed || m.end() > at))
}

/// A figure right after 可 and its verb: what one may do or a capacity,
/// not what exists (but 专利转让许可13600次 and 批出许可申请286宗: 许可 and
/// 认可 are words of their own).
static PERMITTED: LazyLock<Pattern> = lazy_regex!(r"(?:^|[^许认])可\p{Han}{1,2}$");

/// Whether `pre` ends on what someone may or can do: [`PERMITTED`], or 能
/// and a verb (一个人能管, 一个月能挣). A 能 of a word (日处理能力, 重点用能
/// 单位, 储能电站) is none. The figure after it is no count.
fn may_or_can_do(pre: &str) -> bool {
    if PERMITTED.is_match(pre) {
        return true;
    }
    const VERB_CHARS: usize = 2;
    let lm = super::lexicon::dictionary();
    let Some(at) = pre
        .rfind('能')
        .filter(|&at| pre[at..].chars().count() <= VERB_CHARS + 2)
    else {
        return false;
    };
    let in_word = pre[..at]
        .chars()
        .next_back()
        .is_some_and(|before| lm.chars_logp(&[before, '能']).is_some());
    let verb = pre[at + '能'.len_utf8()..].trim_start_matches('多');
    !in_word && (1..=VERB_CHARS).contains(&verb.chars().count()) && lm.describes(verb)
}

/// The months or quarters of a year so far, as statistics report them.
static PERIOD_TO_DATE: LazyLock<Pattern> = lazy_regex!("前[0-9一二三四五六七八九十]{1,2}个?月|前[一二三]季度|[一二三四]季度|上半年|[0-9]{1,2}[—－-][0-9]{1,2}月");

/// A rate, not what exists: per so many people or households (每万人,
/// 每千人口, 每百户), per year (每年培育省级绿色工厂40家以上), or for each
/// one of something (每个托育机构至少与1家医疗机构签约).
static RATE: LazyLock<Pattern> = lazy_regex!("每[十百千万\\d]|每一?年|每一?[个家所名户位座条项人]");

/// A clause framing the figures after it as so many of every hundred or
/// thousand (每100户居民中，有85户…; 每千名老人中…): a share, not things.
static PER_HUNDRED: LazyLock<Pattern> = lazy_regex!("^每[十百千万\\d]+[^，。；]{0,8}中$");

/// A measure per head, not what exists (人均体育场地面积2.41平方米, 生均教学
/// 及辅助用房面积, 亩均税收): the noun opens with it, maybe after its place
/// or time (中心城区人均…, 年末人均…). Not where it only says which things
/// are counted (生均图书等指标全部达标的学校19所, 亩均效益评价企业1200家) nor
/// inside a word (公共卫生均等化). Whose head it is may come first
/// (进城农民工人均居住面积).
fn is_per_head(noun: &str, counts_things: bool) -> bool {
    static PER_HEAD: LazyLock<Pattern> = lazy_regex!(&format!(
        "^(?:\\p{{Han}}{{0,6}}?(?:市|县|区|省|城区|年末|全国))?{PER_HEADS}|^\\p{{Han}}{{1,8}}?(?:[民工员者人户]|对象)人均"
    ));
    let head = noun.rsplit('的').next().unwrap_or_default();
    PER_HEAD.is_match(head) && !(counts_things && entity_classifiers(head).is_some())
}

/// The level of another time a change is measured from, right before its
/// figure (较2020年的约7,100宗增加约两成半, 比上年同期的).
static COMPARED_LEVEL: LazyLock<Pattern> =
    lazy_regex!("[较比](?:\\d{4}年|上年|去年|上一年)[^，。；]{0,6}的(?:约|近|逾)?$");

/// A measure per head right before its figure (运动场地面积198.2万平方米，
/// 生均14.71平方米).
static PER_HEAD_BEFORE: LazyLock<Pattern> = lazy_regex!(&format!("{PER_HEADS}(?:约|达到?|为)?$"));

/// A level held year after year (林草生态建设任务连续四年超过1500万亩),
/// not what exists.
static SUSTAINED: LazyLock<Pattern> = lazy_regex!("连续[0-9一二两三四五六七八九十]+年");

/// The topic a sentence opens on, maybe after the date it is told as of
/// (工业意外方面，…; 在私人斜坡方面，…; 截至2025年底，全市企业海外仓中，…), or
/// the things its figures are drawn from (本批拟认定的示范工厂中，…分别有4家、
/// 3家; one with a figure of its own is a count, see `framed`).
/// Not a turn of the argument (另一方面, 其他方面) nor a field of work
/// (生态建设方面), which names no things. Or what a list after a colon
/// gives place by place (各县（市、区）实名制就业人数分别为：鲤城区2136人，…).
static TOPIC: LazyLock<Pattern> = lazy_regex!(
    "^(?:[（(]?[一二三四五六七八九十\\d]{1,3}[、.．)）]\\s*)?(?:截至[^，。；]{2,12}[，,])?(?:在|就)?(?:([^，。；、在]{2,12}?)方面[，,]|([^，。；、在\\d]{2,16}?)当?中[，,]|(?:各[县市区地乡镇街道]{1,4}(?:[（(][^）)]*[）)])?)?([^，。；：]{2,30}?)分别(?:为|是|有)[：:])"
);
static NO_TOPIC: LazyLock<Pattern> =
    lazy_regex!("^(?:另一|一|其他|其它|各|这|此|多|同时|与此同时)|(?:建设|工作|发展|管理|领域)$");

/// What befalls the people counted in the events before them
/// (道路运输事故912起、死亡803人).
const CASUALTIES: &[&str] = &["死亡", "受伤", "遇难", "失踪", "获救", "伤亡"];

/// Endings of the lists things are selected into.
const LISTS: &[&str] = &["名单", "目录", "榜单", "清单", "名录"];

/// Nouns of the people a body is made of, which name their body elsewhere.
const MEMBERS: &[&str] = &["成员", "队员", "会员", "委员"];

/// A year of the Republic of China opening a noun (113年8月的…): a time,
/// no part of what is counted.
static ROC_YEAR: LazyLock<Pattern> =
    lazy_regex!("^1[01]\\d年(?:度|底|末)?(?:\\d{1,2}月(?:底|末)?)?的?");

/// Extracts the counts of every reporting sentence, in text order.
/// `sections[k]`: what sentence `k`'s place says of it
/// ([`super::period::sections`]).
pub fn extract(
    text: &str,
    title: Option<&str>,
    present: Option<i32>,
    doc: &Document,
    scopes: &[Vec<Option<Scope>>],
    sections: &[Section],
) -> Vec<Count> {
    let mut out: Vec<Count> = Vec::new();
    // The counts read only for their noun: levels a change starts from.
    let mut starting_levels: Vec<usize> = Vec::new();
    // The paragraph whose last sentence reported: a sentence after it that
    // neither commits nor plans goes on with the report (“2021年以来，全市
    // 累计完成…。建成城市口袋公园136个。”).
    let mut reporting = None;
    // The last paragraph a sentence reported in, whatever came after it.
    let mut reported = None;
    // The paragraph of a report's list: a reporting sentence that ends on
    // a colon (…涵盖以下类别：) leads into the lines after it, which go on
    // with it while they report too.
    let mut listing: Option<usize> = None;
    // Which clauses hold a figure that can count things.
    let countable: Vec<Vec<bool>> = doc
        .sentences
        .iter()
        .map(|s| {
            s.clauses
                .iter()
                .map(|c| countable_in(doc, c).next().is_some())
                .collect()
        })
        .collect();
    let to_read = sentences_to_read(doc, scopes, &countable);
    // A review's words inside a goal (到2027年…取得显著成效) review nothing;
    // in the page's title they frame all of it.
    // A bulletin's title (…生态环境状况公报（摘要）) frames one too.
    let reviews = title
        .is_some_and(|t| REVIEW.is_match(t) || super::is_bulletin(t) || tells_result(t))
        || REVIEW.is_match(text)
            && doc.sentences.iter().zip(scopes).any(|(s, scope)| {
                scope.iter().all(Option::is_none)
                    && REVIEW.is_match(doc.masked_text(s.start, s.end))
            });
    // Whether each sentence plans its figures, asked by both the document's
    // review and the sentence's own reading, worked out once.
    let planning: Vec<OnceCell<bool>> = vec![OnceCell::new(); doc.sentences.len()];
    let plans = |k: usize| {
        *planning[k].get_or_init(|| plans_figures(doc, &doc.sentences[k], &countable[k]))
    };
    let review = reviews || mostly_reports(doc, scopes, &countable, plans);
    let sentences = doc.sentences.iter().zip(scopes);
    // The province the text is speaking of: a paragraph, sentence or
    // clause group opening with a province's name speaks of it until
    // another one does or the paragraph ends (广东…。山东…；河南…).
    let mut province: Option<&str> = None;
    // The place a paragraph opens with as its label (衡阳县：…): its counts
    // with no place of their own are there.
    let mut labelled: Option<String> = None;
    let mut paragraph = None;
    // The whole that sentences sorting things break down (the last count
    // of the last sentence that opened no breakdown, by parts or by a
    // trait), where `out` ended before this sentence, and whether the
    // sentence before opened a breakdown.
    let mut whole_told: Option<usize> = None;
    let mut counted_before = 0;
    let mut opens_breakdown = false;
    for (k, (((sentence, clause_scopes), read), &section)) in
        sentences.zip(to_read).zip(sections).enumerate()
    {
        if !opens_breakdown && out.len() > counted_before {
            let last = out.len() - 1;
            whole_told = Some(out[last].parent.unwrap_or(last));
        }
        // Where `out` ended before the sentence before this one.
        let counted_before_last = std::mem::replace(&mut counted_before, out.len());
        let opening = doc.masked_text(sentence.start, sentence.end);
        let sorts = OPENS_SORTING.is_match(opening);
        let opens_part = opens_on_parts(opening);
        opens_breakdown = sorts || opens_part;
        if paragraph != Some(sentence.paragraph) {
            paragraph = Some(sentence.paragraph);
            province = None;
            labelled = place_label(&doc.chars[sentence.start..sentence.end]);
        }
        province = opening_province(&doc.chars[sentence.start..]).or(province);
        // The items of a report (一是…。二是…。三是…) go on with it from
        // paragraph to paragraph, through the label that opens each.
        let opens_item = super::period::opens_run_in_item(&doc.masked[sentence.start..]);
        if opens_item && reported.is_some_and(|p: usize| p + 1 == sentence.paragraph) {
            reporting = Some(sentence.paragraph);
            reported = reporting;
        }
        if !read && opens_item && reporting == Some(sentence.paragraph) {
            continue;
        }
        // A note under a table defines its terms and counts nothing.
        if !read || doc.in_note[k] {
            // No sentence asks whether this one reported.
            reporting = None;
            continue;
        }
        let text = doc.masked_text(sentence.start, sentence.end);
        // A table row whose label measures per head (生均教学及辅助用房面积⇥
        // 小学4.5平方米、初中5.8平方米) counts nothing in its cells.
        let per_head_row =
            text.contains('\t') && is_per_head(text.split('\t').next().unwrap_or_default(), false);
        let follows_report =
            reporting == Some(sentence.paragraph) && clause_scopes.iter().all(Option::is_none);
        let in_list = listing.is_some_and(|p| p + 1 == sentence.paragraph)
            && clause_scopes.iter().all(Option::is_none);
        // A report word suffices; otherwise a sentence that does not plan
        // reports when it goes on with a report, breaks a figure down or
        // tells a change from one level to another.
        // Tested in that order, most sentences need one regex.
        // This year's figures with no word of intent, or a period's so far
        // (前4月, 一季度, 1—4月), are what was done; a plan says 将, 力争, 计划.
        // (Both asked only when the cheaper tests before them leave it open.)
        let this_year = || text.contains("今年") || PERIOD_TO_DATE.is_match(text);
        let breaks_down_cell = OnceCell::new();
        let breaks_down = || *breaks_down_cell.get_or_init(|| BREAKDOWN.is_match(text));
        // Where the sentence starts saying what each one is given: the
        // figures after it are a standard.
        let given_to_each = super::verbs::given_to_each_from(text).map(|at| sentence.start + at);
        // A sentence that tells of years already over reports too.
        // A document's review does not reach into a plan's sections.
        let reports = REPORTS.is_match(text)
            || reports_past_years(text, present)
            || (!plans(k)
                && (review && section != Section::Plans
                    || follows_report
                    || in_list
                    || this_year()
                    || section == Section::Reports
                    || breaks_down()
                    || CHANGED.is_match(text)));
        if !reports {
            reporting = None;
            listing = None;
            continue;
        }
        reporting = Some(sentence.paragraph);
        reported = reporting;
        // (Not a last clause that plans: …，下一步重点做好以下工作：.)
        let last_clause = text
            .trim_end()
            .rsplit(['，', ',', '；'])
            .next()
            .unwrap_or_default();
        let colon = matches!(doc.masked.get(sentence.end), Some('：' | ':'))
            || text.trim_end().ends_with(['：', ':']);
        listing = if colon {
            (!PLANS_AHEAD.is_match(last_clause)).then_some(sentence.paragraph)
        } else {
            in_list.then_some(sentence.paragraph)
        };
        // The count a following 其中 count is part of, and whether a 其中
        // list is open (it closes at a semicolon).
        // The counts a following 其中 count can be part of, with their
        // clause groups.
        let mut wholes: Vec<(usize, usize)> = Vec::new();
        // A sentence opening on its parts (当中…138项) breaks down the whole
        // the sentence before told.
        if let Some(told) = whole_told.filter(|_| opens_part) {
            wholes.push((told, usize::MAX));
        }
        let mut parts_open = false;
        // The count a bracket opened right after holds the parts listed in
        // it, until it closes.
        let mut bracketed_whole: Option<usize> = None;
        let mut group = usize::MAX;
        // The last count of the clause group: a figure without a noun of
        // its own (“累计达到67家”, “、芜湖市256个”) counts what it counted.
        let mut last: Option<usize> = None;
        // A breakdown sentence (从区域分布看，南昌市562家、…) breaks down the
        // count before it: its first figures count what that one counted,
        // the whole's things where that one was a part (…其中市级23家。从区
        // 域看，南昌市562家: 新型研发机构, of no level). One that opens by
        // sorting breaks down the whole told before ([`OPENS_SORTING`]).
        let mut broken_down = if sorts {
            whole_told
        } else {
            breaks_down()
                .then(|| out.len().checked_sub(1))
                .flatten()
                .map(|last| out[last].parent.unwrap_or(last))
        };
        // The county or district a clause group opens with (吴兴区年末绿色贷款
        // 余额…，开立企业碳账户2746个；南浔区…): its counts are that place's.
        let mut group_place: Option<String> = None;
        for (at, (clause, scope)) in sentence.clauses.iter().zip(clause_scopes).enumerate() {
            if clause.group != group {
                group = clause.group;
                parts_open = false;
                last = None;
                province = opening_province(&doc.chars[clause.start..]).or(province);
                // (After what sorts the places: 分区县看，吴兴区….)
                let opening = sentence.clauses[at..]
                    .iter()
                    .take_while(|c| c.group == group)
                    .find(|c| !SORTS_ALONE.is_match(doc.masked_text(c.start, c.end)));
                group_place = opening.and_then(|c| opening_division(&doc.chars[c.start..c.end]));
            }
            // 其中：医院26.41万张: the colon after 其中 opens the parts.
            let lead = doc.masked_text(clause.start.saturating_sub(3), clause.start);
            parts_open |= lead.ends_with("其中：") || lead.ends_with("其中:");
            let clause_text = doc.masked_text(clause.start, clause.end);
            // (A clause with nothing countable has nothing more to read.)
            let quantities: Vec<&Quantity> = countable_in(doc, clause).collect();
            if quantities.is_empty()
                || scope.is_some()
                || AHEAD.is_match(clause_text)
                || DOCUMENT_PARTS.is_match(clause_text)
                || super::verbs::FORECAST.is_match(doc.masked_text(sentence.start, clause.end))
                    // (What has already happened is no forecast: 预计未来三至四年…
                    // 供应约为107 000个单位，当中包括已落成但未售出的单位约21 500个.)
                    && !clause_text.contains('已')
            {
                // A goal, or an estimate of what will come.
                continue;
            }
            let listed = quantities.first().map_or_else(Vec::new, |first| {
                let lead = doc.text(clause.start, first.start);
                // A clause that opens on 分别 distributes over the list the
                // clause before it ends on (批发和零售业、住宿和餐饮业市场主体数量
                // 居前两位，分别为3.86万户和1.12万户), and that list may rank
                // the things a clause before it frames (…的企业中，杭州市、…和
                // 温州市位居前五，分别为624家…).
                let lead = match at.checked_sub(1).map(|before| &sentence.clauses[before]) {
                    Some(before) if lead.trim_start().starts_with("分别") => {
                        let frame = at
                            .checked_sub(2)
                            .map(|k| doc.text(sentence.clauses[k].start, sentence.clauses[k].end))
                            .filter(|frame| whole_among(frame).is_some())
                            .map_or(String::new(), |frame| format!("{frame}，"));
                        Cow::Owned(format!(
                            "{frame}{}{lead}",
                            doc.text(before.start, before.end)
                        ))
                    }
                    _ => Cow::Borrowed(lead),
                };
                respectively_listed(&lead, quantities.len())
            });
            let after_end = |k: usize| {
                let (q, next) = (quantities[k], quantities.get(k + 1));
                // (A figure read across the clause's end, 0,0２0家 split at
                // its comma, has nothing after it in the clause.)
                let next_start = next.map_or(clause.end, |n| n.start).max(q.end);
                // (Not the brackets of the divisions counted: 31个县（市、区）
                // 开展….)
                let divisions = phrase::divisions_len(doc.text(q.end, next_start));
                let from = q.end + divisions;
                doc.masked[from..next_start]
                    .iter()
                    // “87个（其中国家级9个）”: a bracket after the figure
                    // opens a breakdown or a note, not the noun.
                    .position(|&c| matches!(c, '、' | '（' | '('))
                    .map_or(next_start, |p| {
                        // (Not when a figure follows the list: 经济房屋36,866个单位、
                        // 社会房屋14,520个单位 lists two counts.)
                        (next_start == clause.end)
                            .then(|| shared_head_end(&doc.masked[from..next_start], p))
                            .flatten()
                            .map_or(from + p, |e| from + e)
                    })
            };
            let mut previous_end = clause.start;
            // The verb of addition the clause's list opened with.
            let mut list_verb: Option<String> = None;
            // The level the clause's list opened with (国家级…示范企业4家、
            // 示范街道（乡镇）3个): its next items are of that level too.
            let mut list_level: Option<String> = None;
            for (i, q) in quantities.iter().enumerate() {
                let pre_start = previous_end.max(q.start.saturating_sub(WINDOW));
                // An article with its noun (“高效办成一件事”重点事项28个) or a
                // class's name (三类医疗器械注册证64张) is part of the next
                // figure's noun, no bound of it.
                if !doc.is_in_noun(q) {
                    previous_end = q.end;
                }
                let pre = doc.text(pre_start, q.start);
                // 3.9万、4.5万及5.7万辆电动私家车: the figures of a list
                // that share their unit share the noun after the last.
                let last_listed = (i..quantities.len())
                    .take_while(|&k| {
                        k == i || {
                            let (a, b) = (quantities[k - 1], quantities[k]);
                            b.unit == a.unit
                                && b.start == a.end + 1
                                && matches!(doc.masked[a.end], '、' | '及' | '和' | '与' | '或')
                        }
                    })
                    .last()
                    .unwrap_or(i);
                let after = doc.text(quantities[last_listed].end, after_end(last_listed));
                // The figure a rate is worked out on (人均体育场地面积按常住人口
                // 6539万人计算) is its basis, not a count of what exists.
                if pre.contains('按') && WORKED_OUT_ON.is_match(after) {
                    continue;
                }
                // The figure a breakdown is framed in (“49批次不合格食品中，”)
                // repeats a count already made: the figures after it are
                // that count's parts.
                let framed = after
                    .trim_end()
                    .ends_with('中')
                    .then(|| {
                        out.iter()
                            .rposition(|c| c.value == q.value && c.unit == q.unit)
                    })
                    .flatten();
                if let Some(whole) = framed {
                    wholes.push((whole, group));
                    last = Some(whole);
                    parts_open = true;
                    // The sentence's later breakdowns (；从行业看，…) break it down too.
                    broken_down = Some(whole);
                    continue;
                }
                // The level a change starts from (三级医院由2020年的128家增加到
                // 163家) no longer stands: it is read for its noun, which the
                // level it arrives at takes, and dropped.
                let starting = super::verbs::starting_level_at(pre).filter(|_| {
                    super::verbs::arrives_in(doc.change_after(sentence, clause, q.end))
                });
                let pre = match starting {
                    Some(at) => &pre[..at],
                    // The second measure of a pair (装机规模186.5万千瓦/372万千瓦时)
                    // restates what the first one counted.
                    None if pre == "/" => "",
                    None => pre,
                };
                // A figure standing alone after a label and its colon
                // (氢燃料电池巴士试验：12宗；水资源总量：25.3亿立方米) counts
                // what the label names.
                let pre = match labelled_figure(doc, sentence, clause, q, pre, after) {
                    Some(label) => label,
                    None => pre,
                };
                // (So is a share told as so many of every hundred: 每100户居民中，
                // 有85户….)
                let per_hundred = || {
                    sentence.clause_before(clause).is_some_and(|before| {
                        PER_HUNDRED.is_match(doc.masked_text(before.start, before.end))
                    })
                };
                if after.trim_start().starts_with(['《', '〈'])
                    || SUSTAINED.is_match(pre)
                    || RATE.is_match(pre)
                    || per_hundred()
                    || may_or_can_do(pre.trim_end())
                    || super::number::held_by_rule(&doc.masked, q)
                    || super::number::reaches_area(&doc.masked, q)
                    || given_to_each.is_some_and(|at| at <= q.start)
                {
                    // “3个《办法》”: documents are cited, not counted; nor is
                    // a level held year after year, nor a rate per head
                    // (每万名就业人员中高技能人才648人) or per year, nor what one may
                    // do (每类产品可补贴1件, 可容纳215万人), nor the reach of
                    // an area (沿江1公里范围内), nor what each one is given
                    // (对每一名就业困难人员…至少提供1次职业指导).
                    continue;
                }
                // A bracket opened right after a count holds a part of it
                // (龙头企业31家（国家级4家）), though that count is a part itself.
                let opened =
                    last.filter(|&l| pre.starts_with(['（', '(']) && out[l].span[1] == pre_start);
                let still_open = |w: usize| {
                    !doc.masked_text(out[w].span[1], q.start)
                        .contains(['）', ')'])
                };
                bracketed_whole = opened.or(bracketed_whole.filter(|&w| still_open(w)));
                let part_of_last = bracketed_whole.filter(|&w| out[w].unit == q.unit);
                // (Hong Kong opens a part with 当中: …38宗…申请，当中31宗已获批;
                // the rest are a part too: 其余8宗正由相关部门处理.)
                let opening = pre.trim_start_matches(|c: char| !crate::lm::is_han(c));
                let marks_part = pre.contains(PART_WORDS[0])
                    || part_of_last.is_some()
                    || PART_WORDS[1..].iter().any(|w| opening.starts_with(w));
                parts_open |= marks_part;
                // “装机规模480万千瓦/1600万千瓦时”: a figure paired with
                // another measure of the same thing has its noun before it.
                // A figure in brackets right after its noun (参团入境旅客
                // (1,218,604人次)按年上升4.5%), as Macao's statistics give
                // them, has its noun before the bracket too.
                let bracketed = pre.ends_with(['(', '（'])
                    && doc
                        .masked
                        .get(q.end)
                        .is_some_and(|c| matches!(c, ')' | '）'));
                // (Nor has a starting level its noun in the verb by which it
                // arrives: 由351个整合为216个.)
                let arriving = starting.is_some() && super::verbs::is_arrival(after);
                let after = if after.starts_with('/') || bracketed || arriving {
                    ""
                } else {
                    after
                };
                let pre = if bracketed {
                    pre.trim_end_matches(['(', '（'])
                } else {
                    pre
                };
                let (mut read, noun_follows) = read_noun(pre, after, q);
                // 首批简约公屋项目已于2025年落成，提供约3,000个单位: the housing
                // the clause before tells of.
                if phrase::stands_for_noun_before(&read.noun, q.unit) {
                    let before = sentence.clause_before(clause);
                    let things = before
                        .and_then(|b| {
                            phrase::things_told_before(doc.text(b.start, b.end), &read.noun)
                        })
                        .or_else(|| {
                            phrase::housing_named(doc.text(sentence.start, q.start), &read.noun)
                        });
                    if let Some(things) = things {
                        read.noun = things;
                    }
                } else if !noun_follows && phrase::is_bare_verb(&read.noun) {
                    // 开行跨境电商专列，累计开行146列: a verb done again says
                    // what the clause before did it to.
                    let before = sentence.clause_before(clause);
                    if let Some(object) =
                        before.and_then(|b| object_of(doc.text(b.start, b.end), &read.noun))
                    {
                        read.noun = object;
                    }
                } else if noun_follows
                    && PEOPLE_UNITS.contains(&q.unit)
                    && phrase::is_bare_verb(&read.noun)
                    && read.qualifier.is_none()
                {
                    // 举办山火扑救训练课程，共有约3 800人次参与: people
                    // taking part in what the clause before held, or in what
                    // drew them (相关活动共吸引约26万人次参与), or those drawn
                    // (吸引市民及旅客约2,860万人次参与).
                    let held = drawn_by(pre).or_else(|| named_before(doc, sentence, clause));
                    if let Some(held) = held {
                        read.qualifier = Some(std::mem::replace(&mut read.noun, held));
                    }
                }
                // An owner's share of the things the sentence's frame names
                // (基层医疗卫生机构床位中，乡镇卫生院9326张): those things,
                // held by it; so are those a clause with 的 and no head of
                // its own sorts out (企业海外仓中，面积超过1万平方米的有47个).
                let sorts_out =
                    || pre.trim_end().ends_with("的有") && !phrase::names_entity(&read.noun);
                if !noun_follows
                    && read.qualifier.is_none()
                    && (is_owner(&read.noun, q) || sorts_out())
                {
                    let framed = TOPIC
                        .captures(text)
                        .and_then(|topic| topic.get(2))
                        .map(|things| phrase::trim_phrase(things.as_str()))
                        .filter(|things| !NO_TOPIC.is_match(things) && !is_owner(things, q));
                    if let Some(things) = framed {
                        read.qualifier = Some(std::mem::replace(&mut read.noun, things));
                    }
                }
                // A quota handed down (省、市下达我县耕地保有量任务58.62万亩, 分解
                // …指标) is one to meet, not what exists; a task done (完成…任务)
                // is.
                if QUOTA.is_match(&read.noun) && HANDED_DOWN.is_match(pre) && !pre.contains("完成")
                {
                    continue;
                }
                // “新型储能电站63座，装机规模482万千瓦”: a measure named
                // alone is of what the sentence counted just before it, not
                // of what those reach (海外仓68个，覆盖32个国家和地区，总面积…).
                if read.place.is_none() {
                    let owner = things_before(&out, out.len(), doc, sentence).map(|i| &out[i]);
                    if let Some(owner) = owner_of_measure(owner, sentence, &read.noun, pre) {
                        read.noun.insert_str(0, &owner);
                    }
                }
                // A size class named alone, its bounded figure and 的 (有) right
                // before the count (…的研制企业11家，10亿—100亿元的63家; 超过10亿元
                // 的有15个), sorts the
                // things the sentence counted just before it, in the same unit.
                let class = doc
                    .quantities_in(clause.start, q.start)
                    .last()
                    .filter(|c| classes(doc, c, q) && is_bounded(&doc.masked, c));
                let sorted_things = out
                    .last()
                    .filter(|c| c.span[0] >= sentence.start && c.unit == q.unit)
                    .and_then(|c| c.subject.as_deref());
                if let (Some(_), Some(things)) = (class, sorted_things) {
                    if read.place.is_none() && read.qualifier.is_none() {
                        let things = things.rsplit('的').next().unwrap_or(things).to_string();
                        read.qualifier = Some(std::mem::replace(&mut read.noun, things));
                    }
                }
                // Members named alone (设有山火控制队，成员约460名) are the
                // members of what the clause before set up.
                if MEMBERS.contains(&read.noun.as_str()) && read.place.is_none() {
                    if let Some(body) = named_before(doc, sentence, clause) {
                        read.noun.insert_str(0, &body);
                    }
                }
                // What was added (新建高标准农田31.2万亩, 新增规模以上工业企业14家)
                // is a flow, not the stock: a table summing the stock must
                // tell them apart.
                if !noun_follows {
                    // An item of a list the figure before opened: it names
                    // its things at once, with no verb of its own.
                    let continues_list = pre.starts_with('、')
                        && !read.noun.is_empty()
                        && !phrase::is_measure(&read.noun)
                        && !phrase::is_bare_verb(&read.noun)
                        && opens_on_its_noun(&pre['、'.len_utf8()..], &read);
                    match phrase::adding_verb_before(pre, &read.noun) {
                        Some(verb) => {
                            // (A verb joined to the one the noun opens on,
                            // 新建和 改造…, is listed with it.)
                            let mut listed = verb.to_string();
                            if verb.ends_with(phrase::JOINERS) {
                                listed += phrase::leading_verb(&read.noun).unwrap_or_default();
                            }
                            read.noun.insert_str(0, verb);
                            list_verb = Some(listed);
                        }
                        // The next items of its list are added too (新建便民桥
                        // 两座、蓄水池一座), but not one with a verb of its own
                        // (、改扩建幼儿园12所, 、改造3所) or a measure of the
                        // things before (、总长41.5公里).
                        None if continues_list => {
                            if let Some(verb) = &list_verb {
                                read.noun.insert_str(0, verb);
                            }
                        }
                        None => list_verb = None,
                    }
                    // Its level, or the one the list named last.
                    match &read.qualifier {
                        Some(level) => list_level = Some(level.clone()),
                        None if continues_list => read.qualifier.clone_from(&list_level),
                        None => list_level = None,
                    }
                } else if let Some(verb) = phrase::adding_verb_ending(pre.trim_end()) {
                    // So are the things after the figure that a verb of
                    // addition right before it made (全年新建3个村级老年食堂).
                    if !read.noun.is_empty() && !read.noun.starts_with(verb) {
                        read.noun.insert_str(0, verb);
                    }
                }
                // “甲县、乙县分别建成充电站3座和2座”, “国家级、省级绿色工厂
                // 分别7家和19家”: the k-th figure goes with the k-th item.
                match listed.get(i) {
                    Some(Item::Place(place, things)) => {
                        // (The first figure's noun may run on from the list:
                        // 郑州、洛阳、南阳三市立案数分别为512件.)
                        if let Some(things) = things
                            .as_ref()
                            .filter(|t| read.noun.is_empty() || read.noun.ends_with(&t.noun))
                        {
                            read = things.clone();
                        }
                        read.place = Some(place.clone());
                    }
                    Some(Item::Level(level)) => read = level.clone(),
                    None => {}
                }
                // “其中年综合能源消费量5万吨标准煤以上的76家”: words ending in
                // 的 before a part's figure say which of the whole it
                // counts; what it counts is the whole's noun.
                if !wholes.is_empty()
                    && (marks_part || parts_open)
                    && pre.trim_end().ends_with('的')
                {
                    let which = std::mem::take(&mut read.noun);
                    read.qualifier = read.qualifier.or(phrase::non_empty(which));
                }
                let span = if noun_follows && last_listed == i {
                    [q.start, after_end(i)]
                } else if noun_follows {
                    [q.start, q.end]
                } else {
                    [pre_start + leading_marks(pre), q.end]
                };
                // A part belongs to the last whole counted in its unit
                // (“老旧小区132个，涉及居民3.1万户，其中清江浦区41个”: 个), or
                // else to the last whole of its clause group: a whole that
                // is no count (提取公积金71.5亿元，其中租房提取13.2万人次) does
                // not hand its parts to one across a semicolon.
                let whole = part_of_last.or_else(|| {
                    wholes
                        .iter()
                        .rev()
                        .find(|&&(w, _)| out[w].unit == q.unit)
                        .or(wholes.last().filter(|&&(_, g)| g == group))
                        .map(|&(w, _)| w)
                });
                // “低保对象5.82万户9.37万人”: a figure right after another
                // counts the same things in another unit, and is a part
                // where that one is.
                // A part named only by what was built or mended (其中新建
                // 6.1万套、改建3.7万套), by how far it has come (其中已建成并
                // 投入使用17.8万套, 已竣工12个), by what was done to it with no
                // noun after the figure (其中2025年受理3.8万件，) or by what it
                // does not do (其中19个未正常运营) is of the whole's things; the
                // verb qualifies them.
                let own = pre
                    .rsplit(['、', '，', ',', '；'])
                    .next()
                    .unwrap_or_default()
                    .trim();
                let own = PART_WORDS
                    .iter()
                    .find_map(|w| own.strip_prefix(w))
                    .unwrap_or(own)
                    .trim();
                if (marks_part || parts_open) && read.qualifier.is_none() {
                    let verb = if read.noun.is_empty() {
                        own
                    } else {
                        read.noun.as_str()
                    };
                    // (A time word dates the verb: 其中当年新认定57家; 已
                    // tells it done: 其中已建成24.8万套.)
                    let verb = phrase::without_done_adverb(phrase::without_time_word(verb));
                    // (Of events, the verb names the event: 其中滑坡27起; a
                    // figure in another unit than the wholes' is no part:
                    // 其中新建12处、改造33处，受益28.6万人.)
                    let of_whole_unit = wholes.iter().any(|&(w, _)| out[w].unit == q.unit);
                    let done_to_verb = |v: &str| {
                        phrase::is_creating_verb(v)
                            || phrase::is_bare_verb(v)
                                && (of_whole_unit && !noun_follows && !counts_events(q)
                                    || v.ends_with(['建', '造', '修', '治']))
                            || v.chars().count() <= 4
                                && super::verbs::COME_TO_USE.iter().any(|w| v.ends_with(w))
                            || noun_follows && phrase::is_negated(v)
                    };
                    // (新 before a verb names the ones it did this time:
                    // 其中新认定57家, 新发放1.16万张.)
                    let done_to_one = |v: &str| {
                        done_to_verb(v)
                            || v.strip_prefix('新')
                                .is_some_and(|rest| !rest.is_empty() && done_to_verb(rest))
                    };
                    // (Verbs joined, each done to them: 新建和改造提升2.8万亩.)
                    let done_to = |v: &str| {
                        v.split(phrase::JOINERS)
                            .all(|one| !one.is_empty() && done_to_one(one))
                    };
                    if done_to(verb) {
                        read.qualifier = Some(verb.to_string());
                        read.noun.clear();
                    }
                }
                // (A total word may stand between: 抢险队伍36支共1800人.)
                let between = pre.trim();
                let between = ["共计", "合计", "总计", "共"]
                    .iter()
                    .find_map(|w| between.strip_prefix(w))
                    .unwrap_or(between);
                // (Or the verb by which a starting level arrives at this
                // one: 国有林场由351个整合为216个.)
                let arrived = last.is_some_and(|l| starting_levels.last() == Some(&l))
                    && super::verbs::is_arrival(between);
                let restated =
                    last.filter(|_| read.noun.is_empty() && between.trim().is_empty() || arrived);
                let (whole, is_part) = match restated {
                    // Its whole is the one counted in its own unit.
                    Some(i) => match out[i].parent {
                        Some(parent) => (whole.or(Some(parent)), true),
                        None => (None, false),
                    },
                    None => {
                        // (After the first, a part names its owner alone:
                        // 其中医院26.41万张，基层医疗卫生机构6.12万张; unless
                        // the whole names one too, being the first part of a
                        // whole told before.)
                        let named_by_owner = || {
                            whole.is_some_and(|w| {
                                !is_owner(out[w].subject.as_deref().unwrap_or_default(), q)
                            }) && is_owner(&read.noun, q)
                        };
                        let part =
                            marks_part || parts_open && (read.noun.is_empty() || named_by_owner());
                        (whole, whole.is_some() && part)
                    }
                };
                if let Some(of) = restated.map(|i| &out[i]) {
                    read.noun = of.subject.clone().unwrap_or_default();
                    read.qualifier = of.qualifier.clone();
                    read.place = of.scope.clone();
                } else if is_part {
                    let of: &Count = &out[whole.unwrap_or_default()];
                    let whole_noun = of.subject.clone().unwrap_or_default();
                    if let Some(kind) = phrase::kind_of_part(own).filter(|_| !noun_follows) {
                        // 医共体18个，其中由县级综合医院牵头的10个: the whole's
                        // things of that kind.
                        read.noun = whole_noun;
                        read.qualifier = Some(kind.to_string());
                        read.place = None;
                    } else if read.noun.is_empty()
                        || noun_follows && phrase::is_bare_verb(&read.noun)
                    {
                        read.noun = whole_noun;
                        // 共接获286宗申请，其中173宗已获批: those approved
                        // (其中681间参加计划: those taking part).
                        if read.qualifier.is_none() {
                            read.qualifier = phrase::status_after(after);
                        }
                    } else if is_owner(&read.noun, q) && read.noun != whole_noun {
                        // 床位33.86万张，其中：医院26.41万张: the part is
                        // the whole's things held by a kind of owner.
                        let owner = std::mem::replace(&mut read.noun, whole_noun);
                        read.qualifier = Some(read.qualifier.unwrap_or_default() + &owner);
                    }
                    // The parts of what was added were added (新评定等级民宿86家，
                    // 其中白金宿7家).
                    let added =
                        phrase::leading_adding_verb(of.subject.as_deref().unwrap_or_default())
                            .filter(|added| {
                                !read.noun.starts_with(added) && read.qualifier.is_none()
                            });
                    if let Some(added) = added {
                        // (With the whole's level: 新增省级医学重点专科32个，
                        // 其中中医专科12个 → 新增省级.)
                        let level = of.qualifier.as_deref().unwrap_or_default();
                        read.qualifier = Some(format!("{added}{level}"));
                    }
                    read.qualifier = read.qualifier.or_else(|| of.qualifier.clone());
                    read.place = read.place.or_else(|| of.scope.clone());
                } else if read.noun.is_empty()
                    || (phrase::is_measure(&read.noun)
                        // (A noun after its figure is what it counts: 3152宗、
                        // 2874宗申请.)
                        || !noun_follows
                            && phrase::acts_before_figure(&read.noun, pre)
                            && !counts_events(q))
                        && read.qualifier.is_none()
                {
                    // An elliptic figure of the same unit (after a verb
                    // alone: 已办结54条; after a level alone: 国家级…项目8项、
                    // 省级96项), or a measure of the things counted before it
                    // in any unit (城市道路23条、总长41.5公里), takes the noun
                    // and level of that count; its own place or level, if it
                    // names one, replaces that count's.
                    let measured = phrase::is_measure(&read.noun);
                    // (Or another measure of the same thing, paired with it:
                    // 装机规模482.6万千瓦、1016万千瓦时.)
                    let paired = |of: &Count| {
                        of.span[1] + 1 == q.start && matches!(doc.masked[of.span[1]], '/' | '、')
                    };
                    // Places told one by one, a clause group each (分区看，禅城区
                    // 停车泊位46.2万个；南海区108.9万个；…), count what the first
                    // of them counted.
                    let of = last
                        .or(broken_down)
                        .and_then(|i| match measured && tells_reach(doc, sentence, &out[i]) {
                            true => things_before(&out, i, doc, sentence),
                            false => Some(i),
                        })
                        .map(|i| &out[i])
                        .filter(|of| measured || of.unit == q.unit || paired(of))
                        .or_else(|| {
                            read.place.as_ref()?;
                            out[counted_before..]
                                .iter()
                                .find(|c| c.unit == q.unit && c.scope.is_some())
                        })
                        .or_else(|| {
                            // (Places breaking down a whole told before
                            // other figures of its sentence: …共完成背街小巷
                            // 整治提升286条，总长度约132公里，惠及居民18.6万户。
                            // 其中，鼓楼区完成52条….)
                            read.place.as_ref().filter(|_| opens_breakdown)?;
                            out[counted_before_last..counted_before]
                                .iter()
                                .rev()
                                .find(|c| c.unit == q.unit && c.scope.is_some())
                        });
                    // A sentence that opens on its topic (工业意外方面，二〇二五年
                    // 共录得7 806宗) counts that, not what the sentence before counted.
                    // (What its figures are drawn from names the things of a
                    // figure with no noun at all, not what was done to them,
                    // when it names things: not 三年中 or 专项整治中.)
                    let topic = TOPIC
                        .captures(text)
                        .and_then(
                            |topic| match (topic.get(1).or(topic.get(3)), topic.get(2)) {
                                (Some(t), _)
                                    if read.noun.is_empty() || phrase::is_bare_verb(&read.noun) =>
                                {
                                    Some(t)
                                }
                                // (A place's share names no things: they are
                                // those the frame names, 旅游景区中，鼓楼区12家.)
                                (_, Some(t))
                                    if read.noun.is_empty()
                                        && of.is_none()
                                        && (phrase::names_entity(t.as_str())
                                            || read.place.is_some()) =>
                                {
                                    Some(t)
                                }
                                _ => None,
                            },
                        )
                        .map(|topic| phrase::trim_phrase(topic.as_str()))
                        .filter(|topic| !NO_TOPIC.is_match(topic) && !is_owner(topic, q))
                        .filter(|_| of.is_none_or(|of| of.span[0] < sentence.start));
                    let of = of.filter(|_| topic.is_none());
                    if let Some(topic) = topic {
                        read.noun = topic;
                    }
                    // How far a goal of the clause before has come (全年计划
                    // 完成抽检5200批次，截至10月底已完成4876批次): what its verb
                    // acts on there.
                    let acts = phrase::acts_before_figure(&read.noun, pre);
                    let after_goal = at
                        .checked_sub(1)
                        .is_some_and(|before| clause_scopes[before].is_some());
                    if (read.noun.is_empty() || acts) && of.is_none() && after_goal {
                        let verb = if acts {
                            Some(read.noun.as_str())
                        } else {
                            phrase::trailing_verb(pre.trim_end())
                        };
                        let done =
                            sentence
                                .clause_before(clause)
                                .zip(verb)
                                .and_then(|(before, verb)| {
                                    progress_object(doc.text(before.start, before.end), verb)
                                });
                        if let Some(done) = done {
                            read.noun = done;
                        }
                    }
                    if let Some(of) = of {
                        // A measure keeps its name after the things' (线路3条，
                        // 运营里程118.6公里: 线路运营里程), and a bare verb
                        // says what was done to them (排查隐患点1268处，已完成
                        // 整改1203处: 隐患点, 整改).
                        let own = std::mem::take(&mut read.noun);
                        // (A verb the phrase's trimming cut short stays whole:
                        // 、改造提升1.5万亩 is 改造提升, not 改造.)
                        // Nor does one the trimming cut away with its adverb
                        // (…3,240套，基本建成4,105套: 基本建成).
                        let own = match pre.rsplit(['、', '，', ',', '；']).next().map(str::trim)
                        {
                            Some(tail)
                                if !own.is_empty()
                                    && tail.strip_prefix(own.as_str()).is_some_and(|rest| {
                                        super::lexicon::dictionary().is_verb(rest)
                                    }) =>
                            {
                                tail.to_string()
                            }
                            Some(tail) if own.is_empty() && is_short_act(tail) => tail.to_string(),
                            _ => own,
                        };
                        let things = of.subject.clone().unwrap_or_default();
                        read.qualifier = read.qualifier.take().or_else(|| of.qualifier.clone());
                        // A total in the things' own unit (新增规模以上工业企业
                        // 213家、总数突破2600家, …12家，累计达到67家) and what
                        // was done to some of them (新建学校5所、改造3所) count
                        // them all, not those added; a length (新建城市道路23条、
                        // 总长41.5公里) or a place's share (新增企业12家、芜湖市
                        // 8家) is of the new ones.
                        let stock = if measured {
                            of.unit == q.unit
                        } else {
                            !own.is_empty() || STOCK_WORDS.is_match(pre)
                        };
                        let things = if stock {
                            phrase::without_adding_verb(&things).to_string()
                        } else {
                            things
                        };
                        if measured {
                            read.noun = things + &own;
                        } else {
                            read.noun = things;
                            if !own.is_empty() {
                                read.qualifier = Some(read.qualifier.unwrap_or_default() + &own);
                            }
                        }
                        read.place = read.place.or_else(|| of.scope.clone());
                    }
                }
                // People reached by what the clause before gave (发放生活补贴
                // 1.2亿元，全年惠及9.3万人): that, reaching them.
                let benefiting = ["惠及", "受益"].contains(&read.noun.as_str())
                    && (PEOPLE_UNITS.contains(&q.unit) || q.unit == "户");
                if benefiting && read.qualifier.is_none() {
                    let given = sentence.clause_before(clause).and_then(|before| {
                        let text = doc.text(before.start, before.end);
                        phrase::object_of_last_verb(before_first_figure(text))
                    });
                    if let Some(given) = given {
                        read.qualifier = Some(std::mem::replace(&mut read.noun, given));
                    }
                }
                // People befallen by the events counted before them: the
                // events are where they were counted, and where those were
                // (工矿商贸领域发生事故17起、死亡19人: 工矿商贸领域事故), so the
                // scope names a sector and its events, not a place alone.
                if CASUALTIES.contains(&read.noun.as_str()) && read.place.is_none() {
                    read.place = last.map(|i| &out[i]).and_then(|events| {
                        let subject = events.subject.as_deref()?;
                        Some(events.scope.as_deref().unwrap_or_default().to_string() + subject)
                    });
                }
                // “比上年末增加1386家”: a difference, not what exists (but
                // 较大事故 is a kind of accident).
                // (比禁捕前的2020年增加23种: the time compared with may be
                // described first.)
                let compared = ["比", "较"]
                    .iter()
                    .filter_map(|w| read.noun.strip_prefix(w))
                    .any(|rest| {
                        rest.starts_with(|c: char| {
                            c.is_ascii_digit()
                                || super::number::chinese_digit(c).is_some()
                                || "上去前同年".contains(c)
                        }) || rest.chars().take(12).any(|c| c == '年')
                            // (Or the time before an event: 比禁渔前增加19种.)
                            || rest.ends_with('前')
                    })
                    // Macao's and Hong Kong's 按年增加28项, and 同比增加.
                    || ["按年", "按月", "按季", "同比", "环比"].contains(&read.noun.as_str())
                    // 与2020年相比，城镇人口增加203.4万人.
                    || is_difference(doc, sentence, q)
                    // Nor is the level compared with (较2020年的约7,100宗增加).
                    || COMPARED_LEVEL.is_match(pre);
                // Nor is a rank (居全省前三位), nor the parts a text is set
                // out in (《若干措施》共五个方面十八条, 提出6个方面18项任务).
                // (Not what exists, named before what it does: 已有十个区县
                // 实现全覆盖.)
                let existing = pre.ends_with('有')
                    && phrase::noun_before_verb(&read.noun)
                        .is_some_and(|things| phrase::names_entity(&things));
                let idiom = !existing && phrase::is_idiom(q, &read.noun, noun_follows);
                let rank = phrase::is_rank(q, &read.noun);
                let text_part = read.noun.ends_with("方面");
                if read.noun.is_empty()
                    || compared
                    || idiom
                    || rank
                    || text_part
                    || is_per_head(&read.noun, q.counts_things())
                    || PER_HEAD_BEFORE.is_match(pre)
                    || per_head_row
                {
                    continue;
                }
                if !is_part {
                    wholes.push((out.len(), group));
                }
                if starting.is_some() {
                    starting_levels.push(out.len());
                }
                last = Some(out.len());
                // Each of the things listed before 各 has the figure; not a
                // part or a starting level, whose whole or end is one count.
                let each = (!is_part && starting.is_none())
                    .then(|| phrase::each_of(&read.noun))
                    .flatten();
                // 218间幼稚园获得租金资助: those that did it are what is counted.
                // (The words run on to the clause's end, so that the verb of
                // the next figure is seen as its: 122项试点任务已完成114项.)
                let existing = pre.trim_end().ends_with('有');
                let to_clause_end = doc.text(quantities[last_listed].end, clause.end);
                let did = (noun_follows && !after.is_empty())
                    .then(|| phrase::predicate_after(to_clause_end, &read, existing))
                    .flatten()
                    .or_else(|| {
                        // (开展托管服务的有5318个村: the villages that do so.)
                        (noun_follows && !is_part)
                            .then(|| phrase::described_before(pre))
                            .flatten()
                    });
                let qualifier = read.qualifier.or_else(|| {
                    let said = [&read.noun, read.place.as_deref().unwrap_or_default()];
                    (is_cumulative(doc, q) && !said.iter().any(|s| s.contains(CUMULATIVE)))
                        .then(|| CUMULATIVE.to_string())
                });
                let qualifier = match (qualifier, did) {
                    (Some(level), Some(did)) if !level.contains(&did) => {
                        Some(format!("{level}，{did}"))
                    }
                    (level, did) => level.or(did),
                };
                // (这类基地97个: the 基地 named before.)
                let noun =
                    phrase::pointed_at(&read.noun, doc.text(0, clause.start)).unwrap_or(read.noun);
                // (A verb alone, 至今已安装188部, did to what it took before in
                // its sentence: 为古树名木安装倾斜感应器.)
                // (Not where the verb took a clause: 申请分轮进行, 入选数量较多,
                // 改造一千五百处.)
                let done = phrase::without_done_adverb(phrase::without_time_word(&noun));
                let names_things = |object: &String| {
                    !phrase::ends_in_verb(object)
                        && !object.contains('较')
                        && !object.ends_with(['或', '和', '及', '与'])
                        && !object.starts_with(super::number::opens_number)
                };
                let noun = match phrase::is_bare_verb(done)
                    .then(|| phrase::verb_took_last(done, doc.text(sentence.start, clause.start)))
                    .flatten()
                    .filter(names_things)
                {
                    Some(object) => format!("{done}{object}"),
                    None => noun,
                };
                let subjects = each.unwrap_or_else(|| vec![noun]);
                let count = Count {
                    value: q.value,
                    unit: q.unit.to_string(),
                    value_text: doc.text(q.start, q.end).to_string(),
                    subject: None,
                    qualifier,
                    scope: in_province(
                        read.place
                            .or_else(|| group_place.clone())
                            .or_else(|| labelled.clone()),
                        province,
                    ),
                    parent: if is_part { whole } else { None },
                    sentence: doc.context(sentence, span),
                    span,
                };
                out.extend(subjects.into_iter().map(|subject| Count {
                    subject: Some(subject),
                    ..count.clone()
                }));
            }
        }
    }
    let out = without(out, &starting_levels);
    without_restated_totals(out, doc)
}

/// After a figure, what says it is the basis a rate is worked out on
/// (按…6539万人计算, 按每户3人测算).
static WORKED_OUT_ON: LazyLock<Pattern> = lazy_regex!(r"^\p{Han}{0,4}(?:计算|测算|核算|折算)");

/// The words saying all the things counted do something (全部, 均, 都).
const ALL_WORDS: [&str; 3] = ["全部", "均", "都"];

/// After a count's figure and noun, the things all doing something (84个化工
/// 园区全部完成…, 12个县均已…).
static ALL_OF_THEM: LazyLock<Pattern> =
    lazy_regex!(&format!(r"^\p{{Han}}{{0,10}}?(?:{})", ALL_WORDS.join("|")));

/// `counts` without the totals told again with all their things doing
/// something (认定化工园区84个 … 84个化工园区全部完成安全风险等级评估，其中79个
/// …): the things were counted once, and the parts told after belong to that
/// count.
fn without_restated_totals(mut counts: Vec<Count>, doc: &Document) -> Vec<Count> {
    let bare = |c: &Count| {
        let subject = c.subject.as_deref().unwrap_or_default();
        ALL_WORDS
            .iter()
            .find_map(|w| subject.strip_suffix(w))
            .unwrap_or(subject)
            .to_string()
    };
    let restated: Vec<(usize, usize)> = (0..counts.len())
        .filter_map(|j| {
            let again = &counts[j];
            let told = doc.text(again.span[0], again.span[1]);
            let after = told
                .find(&again.value_text)
                .map(|at| &told[at + again.value_text.len()..]);
            if !after.is_some_and(|after| ALL_OF_THEM.is_match(after)) {
                return None;
            }
            let noun = bare(again);
            let first = counts[..j].iter().position(|c| {
                c.value == again.value
                    && c.unit == again.unit
                    && !noun.is_empty()
                    && c.subject
                        .as_deref()
                        .is_some_and(|s| s.ends_with(noun.as_str()))
            })?;
            Some((j, first))
        })
        .collect();
    for count in &mut counts {
        if let Some(&(_, first)) = restated.iter().find(|&&(j, _)| count.parent == Some(j)) {
            count.parent = Some(first);
        }
    }
    let dropped: Vec<usize> = restated.iter().map(|&(j, _)| j).collect();
    without(counts, &dropped)
}

/// Whether `words` before an elliptic figure are a short act alone, an
/// adverb maybe before its verb (基本建成, 建成投用): what was done to the
/// things counted before.
fn is_short_act(words: &str) -> bool {
    const ACT_CHARS: usize = 4;
    let chars = words.chars().count();
    (2..=ACT_CHARS).contains(&chars)
        && words.chars().all(crate::lm::is_han)
        && phrase::ends_in_verb(words)
        // (Not a total reached, 累计达到, a change, 下降为, nor a report's
        // words, 已有, 已完成.)
        && !STOCK_WORDS.is_match(words)
        && !words.ends_with(['为', '至', '到'])
        && !words.contains(['已', '有'])
}

/// The people a verb before their figure acts on (保障受旱地区农村群众 →
/// 受旱地区农村群众), when the words name them right before it: not an act
/// (组建了, 超过), nor a measure (一支).
fn people_before(pre: &str) -> Option<String> {
    let pre = pre.trim_end();
    let mut last = pre.chars().rev();
    let numeral = |c: Option<char>| c.and_then(super::number::chinese_digit).is_some();
    let (end, before_end) = (last.next(), last.next());
    let named_last = end.is_some_and(|c| crate::lm::is_han(c) && c != '了')
        && !numeral(end)
        && !numeral(before_end);
    if !named_last || phrase::ends_in_verb(pre) {
        return None;
    }
    let (_, object) = phrase::split_at_count_verb(pre);
    let people = phrase::leading_verb(&object).map_or(&object[..], |verb| &object[verb.len()..]);
    let people = phrase::trim_phrase(people);
    phrase::names_things_stood_for(&people).then_some(people)
}

/// `counts` without those at `dropped` (ascending), every `parent` index
/// moved to where its count now stands (none where that one went).
fn without(counts: Vec<Count>, dropped: &[usize]) -> Vec<Count> {
    if dropped.is_empty() {
        return counts;
    }
    let moved_to = |i: usize| match dropped.binary_search(&i) {
        Ok(_) => None,
        Err(before) => Some(i - before),
    };
    counts
        .into_iter()
        .enumerate()
        .filter(|(i, _)| moved_to(*i).is_some())
        .map(|(_, mut count)| {
            count.parent = count.parent.and_then(moved_to);
            count
        })
        .collect()
}

/// Whether a document mostly reports: of its sentences with a countable
/// figure, far more say what exists (with a report word) than plan or
/// commit to a year. A news story of achievements reads so.
/// `plans` tells whether the `k`-th sentence plans its figures.
fn mostly_reports(
    doc: &Document,
    scopes: &[Vec<Option<Scope>>],
    countable: &[Vec<bool>],
    plans: impl Fn(usize) -> bool,
) -> bool {
    let (mut reports, mut planning) = (0, 0);
    let sentences = doc.sentences.iter().zip(scopes).zip(countable);
    for (k, ((sentence, clause_scopes), counts)) in sentences.enumerate() {
        if !counts.contains(&true) {
            continue;
        }
        if clause_scopes.iter().any(Option::is_some) || plans(k) {
            planning += 1;
        } else if REPORTS.is_match(doc.masked_text(sentence.start, sentence.end)) {
            reports += 1;
        }
    }
    reports >= MOSTLY_REPORTS * (planning + 1)
}

/// Whether `sentence` plans the figures `countable` marks in its clauses:
/// a word of intent up to its last such figure. What follows them is a
/// purpose (开发乡村公益性岗位3420个，确保零就业家庭动态清零) or the next
/// step (…，将进一步…), which plans nothing they count; unless it says
/// when they are expected (敷设约8.6公里雨水渠，预计于2028年完成).
fn plans_figures(doc: &Document, sentence: &Sentence, countable: &[bool]) -> bool {
    let end = countable
        .iter()
        .rposition(|&counts| counts)
        .map(|k| sentence.clauses[k].end)
        .filter(|&end| !EXPECTED.is_match(doc.masked_text(end, sentence.end)));
    intends(doc.masked_text(sentence.start, end.unwrap_or(sentence.end)))
}

/// When what a sentence names is expected: a year or 预计.
static EXPECTED: LazyLock<Pattern> = lazy_regex!("预计|[0-9]{3,4}年");

/// How many reporting sentences per planning one (plus one) make a
/// document a report.
const MOSTLY_REPORTS: usize = 3;

/// Which sentences must be read for whether they report: those with a
/// countable figure outside any target scope, and before each of those
/// the sentences of its paragraph that a report could go on from. The
/// others cannot yield a count, nor pass on a report to a sentence that
/// does, so the report and intent regexes are run on a few sentences only.
fn sentences_to_read(
    doc: &Document,
    scopes: &[Vec<Option<Scope>>],
    countable: &[Vec<bool>],
) -> Vec<bool> {
    let mut read = vec![false; doc.sentences.len()];
    // Whether the sentence after the current one needs to know if the
    // current one reports.
    let mut asked = false;
    for (k, (sentence, clause_scopes)) in doc.sentences.iter().zip(scopes).enumerate().rev() {
        let holds_count = clause_scopes
            .iter()
            .zip(&countable[k])
            .any(|(scope, &counts)| scope.is_none() && counts);
        read[k] = holds_count || asked;
        // As in `extract`: a report goes on only into an unscoped sentence
        // of the same paragraph.
        asked = read[k]
            && clause_scopes.iter().all(Option::is_none)
            && k > 0
            && doc.sentences[k - 1].paragraph == sentence.paragraph;
    }
    read
}

/// The figures of a clause that can count things.
fn countable_in<'d>(doc: &'d Document, clause: &Clause) -> impl Iterator<Item = &'d Quantity> {
    doc.quantities_in(clause.start, clause.end)
        .iter()
        .filter(|q| is_countable(doc, q))
}

/// A figure that can count things: a counting unit and a whole number
/// (not the 百 of 百家; 每万人拥有5G基站13.7个 is a rate), or another
/// stock (a length, an area, an installed capacity); and not at the edge
/// of a slogan's quotes. Whether a small Chinese
/// numeral is an article or rhetoric depends on its noun and where it
/// stands (see [`phrase::is_idiom`]).
fn is_countable(doc: &Document, q: &Quantity) -> bool {
    // A slogan or a policy's nickname (“大气十条”) opens or closes on it.
    let quoted = q.start > 0 && matches!(doc.chars[q.start - 1], '“' | '"' | '「')
        || matches!(doc.chars.get(q.end), Some('”' | '"' | '」'));
    let things =
        (q.counts_things() || counts_days_or_hours(doc, q)) && super::number::is_whole(q.value);
    (things || q.measures_stock() || holds_capacity(doc, q) || reports_output(doc, q))
        && q.numeral != Numeral::Magnitude
        && !quoted
        && !is_average(doc, q)
        && !defines_unit(doc, q)
        && !sorts_what_follows(doc, q)
        && !classes_next_count(doc, q)
        && !super::number::is_copies(&doc.masked, q)
}

/// Whether `q` is one of its unit, defined by what follows (1P即每秒千万亿次
/// 浮点运算, 1标准箱相当于…): a note on the unit, no count of anything.
fn defines_unit(doc: &Document, q: &Quantity) -> bool {
    const DEFINED_AS: &[&str] = &["即", "等于", "相当于", "=", "＝"];
    q.value == 1.0
        && DEFINED_AS
            .iter()
            .any(|w| super::number::starts_with(&doc.masked, q.end, w))
}

/// Whether `q` names a size class of the count right after it (10至14间的
/// 1095家, 15间以上的有177家): the things counted there are of that size,
/// and `q` counts none of its own.
fn classes_next_count(doc: &Document, q: &Quantity) -> bool {
    doc.quantities_in(q.end, q.end + "的有".chars().count() + 1)
        .first()
        .is_some_and(|next| next.counts_things() && classes(doc, q, next))
}

/// Whether the figure `class` names a class of the things `count` counts,
/// joined to it by 的 (有): 10亿—100亿元的63家, 15间以上的有177家.
fn classes(doc: &Document, class: &Quantity, count: &Quantity) -> bool {
    matches!(doc.text(class.end, count.start), "的" | "的有")
}

/// Whether `q` counts days of a kind its clause names (优良天数达到249天,
/// 重污染天数7天), or hours given or logged (志愿服务时长3,125.4万小时,
/// 飞行时数6,800小时), not a time span (办结时限5天, 同比增加12天, 24小时
/// 值守) nor an average (平均修复时长11小时, 年均利用小时数420小时).
fn counts_days_or_hours(doc: &Document, q: &Quantity) -> bool {
    let names = match q.unit {
        "天" => &["天数"][..],
        "小时" => &["时长", "时数"][..],
        _ => return false,
    };
    lead(doc, q, 10)
        .rsplit(['，', '；', ',', ';', '。', '：'])
        .next()
        .is_some_and(|clause| {
            names.iter().any(|n| clause.contains(n)) && !super::number::names_average(clause)
        })
}

/// The (masked) text of the `chars` chars before the figure `q`, where
/// what it measures is looked for.
fn lead<'d>(doc: &'d Document, q: &Quantity, chars: usize) -> &'d str {
    doc.masked_text(q.start.saturating_sub(chars), q.start)
}

/// The word marking a total to date: a count's qualifier when its clause
/// says so (累计服务青年11.2万人次), apart from a year's flow.
const CUMULATIVE: &str = "累计";

/// How far back in its clause a count's 累计 is looked for, in chars.
const CUMULATIVE_LEAD_CHARS: usize = 16;

/// Whether `q`'s clause, up to it, calls it a total to date (全市累计筹集
/// 9.6万套, 至今已累计出动1600架次).
fn is_cumulative(doc: &Document, q: &Quantity) -> bool {
    let before = lead(doc, q, CUMULATIVE_LEAD_CHARS);
    let clause = before
        .rsplit(['，', '。', '；', '：', '\n'])
        .next()
        .unwrap_or(before);
    clause.contains(CUMULATIVE)
}

/// Whether `q` is an average (日均970.4万人次, 月均, 平均每日, 平均为85平方米):
/// a rate, not what exists.
fn is_average(doc: &Document, q: &Quantity) -> bool {
    AVERAGE.is_match(lead(doc, q, AVERAGE_LEAD_CHARS))
}

/// An average's words right before its figure, maybe with a bound (日均约,
/// 平均每日). (With a noun between, 日均客运量59.7万人次, the pages' readers
/// count what a day holds.)
static AVERAGE: LazyLock<Pattern> =
    lazy_regex!("(?:[日月年周]均|平均每?[天日月年周]?)(?:达到?|为|超过|约|近|逾|超)*$");

/// How far before a figure its average's words are looked for, in chars.
const AVERAGE_LEAD_CHARS: usize = 8;

/// Whether a measure bounded by 以上 or 以下 sorts the things named right
/// after it (流域面积50平方公里以上河流38条, 占地100亩以上的园区), or any
/// bounded figure marks off a class then counted
/// ([`bounds_a_counted_class`]), or a count whose noun is bounded
/// ([`super::number::bounds_its_noun`]): a class, not a stock.
fn sorts_what_follows(doc: &Document, q: &Quantity) -> bool {
    /// How long the things a bounded count describes may be named.
    const DESCRIBED_CHARS: usize = 8;
    // A condition (以上的，) sorts too.
    let m = &doc.masked;
    // Things bounded and then described as what another thing has (录取8名
    // 或以上非华语学童的幼稚园): that thing's class.
    let describes = || {
        m[q.end..]
            .iter()
            .take(DESCRIBED_CHARS + 1)
            .position(|&c| c == '的' || !crate::lm::is_han(c))
            .is_some_and(|end| {
                end > 0
                    && m[q.end + end] == '的'
                    && m.get(q.end + end + 1)
                        .is_some_and(|&c| crate::lm::is_han(c))
            })
    };
    super::number::ends_in_own_bound(m, q)
        && if q.counts_things() {
            describes()
        } else {
            m.get(q.end) == Some(&'的') || super::number::class_noun_at(m, q).is_some()
        }
        || bounds_a_counted_class(m, q)
        || super::number::bounds_its_noun(m, q)
}

/// Whether a bounded figure or a range, whatever it measures, marks off
/// a class whose members are then counted (常住人口超过400万人的市（州）有1个,
/// 在200万人至400万人之间的有5个, 少于100万人的有3个, 客房数在6间及以下的
/// 民宿2873家): the count is of the class, the bound no count.
fn bounds_a_counted_class(m: &[char], q: &Quantity) -> bool {
    /// How far past 的 the count may stand (的市（州）有, 的民宿).
    const NOUN_CHARS: usize = 6;
    let bounded = is_bounded(m, q);
    let mut at = q.end;
    if super::number::starts_with(m, at, "之间") {
        at += 2;
    }
    bounded
        && m.get(at) == Some(&'的')
        && (at + 2..(at + 3 + NOUN_CHARS).min(m.len())).any(|k| {
            super::number::opens_number(m[k])
                && m[at + 1..k]
                    .iter()
                    .all(|&c| crate::lm::is_han(c) || "（）()".contains(c))
        })
}

/// Whether `q` bounds a class: a range, a bound word or its own 以上/以下
/// (10亿—100亿元, 不少于30家, 1亿元以下).
fn is_bounded(m: &[char], q: &Quantity) -> bool {
    q.bound != Bound::Exact || q.value_max.is_some() || super::number::ends_in_own_bound(m, q)
}

/// Units of mass, volume and stored energy, which measure flows (产量,
/// 吞吐量, 发电量) unless a capacity is named before them.
const CAPACITY_UNITS: &[&str] = &[
    "吨",
    // (Hong Kong's and Taiwan's ton.)
    "公吨",
    "公斤",
    "千克",
    "斤",
    "立方米",
    "千瓦时",
    "兆瓦时",
    "吉瓦时",
    "标准箱",
    "标箱",
    "TEU",
    "载重吨",
];

/// A capacity or a stock held, named right before its figure (总库容达到
/// 18.5万立方米, 仓容860万吨, 制氢能力4.2万吨, 森林蓄积量1.18亿立方米).
static CAPACITY: LazyLock<Pattern> = lazy_regex!(
    "(?:库容|仓容|容量|能力|产能|蓄积量|载重量|堆存量|储量)(?:已|仍|总|共)?(?:达到|达|为|超过|突破|共计|合计)?[约近逾超]?$"
);

/// Whether `q` measures a capacity: a stock, though its unit measures flows
/// elsewhere. Not one that sorts what follows it (日处理能力20吨以上的设施).
/// The energy a storage holds, paired with its power (装机规模186.5万千瓦/
/// 372万千瓦时, 482.6万千瓦、1016万千瓦时), is one too.
fn holds_capacity(doc: &Document, q: &Quantity) -> bool {
    let paired_with_stock = || {
        q.start > 0
            && matches!(doc.masked[q.start - 1], '/' | '、')
            && doc
                .quantities_in(q.start.saturating_sub(CAPACITY_LEAD_CHARS), q.start)
                .last()
                .is_some_and(|power| power.end + 1 == q.start && power.measures_stock())
    };
    CAPACITY_UNITS.contains(&q.unit)
        && doc.masked.get(q.end) != Some(&'的')
        && (CAPACITY.is_match(lead(doc, q, CAPACITY_LEAD_CHARS)) || paired_with_stock())
}

/// How far before a figure its capacity is looked for, in chars.
const CAPACITY_LEAD_CHARS: usize = 10;

/// What a flow of mass, volume or energy measures when it is no output:
/// a rate or a yield (万元GDP用水量, 亩均用水量, 单位面积蓄积量, 平均亩产),
/// a weight or a conversion (体重, 1斤=0.5公斤), what was used, saved,
/// needed or emitted (用电量, 天然气消费量, 年节水, 需求量, 废物产生量), or
/// what nature brought or water was moved (降水总量, 水资源总量, 实测径流量,
/// 生态补水, 引黄水量); in its own clause, or all of
/// a list an equivalence opens (相当于减少燃油消耗约5200吨、减少二氧化碳排放
/// 约1.64万吨). Nor what a stock changed by (比改革前增加了4200万立方米).
static NOT_OUTPUT: LazyLock<Pattern> = lazy_regex!(&format!(
    "(?:每|万元(?:GDP|生产总值|产值|增加值|工业增加值)|亩均|亩产|单产|平均|体重|斤[=＝]|=|人均|单位(?:面积|GDP|产值|地区生产总值)|消费|消耗|需求|用电|用水|用气|供应|供气|使用|施用|节约|节水|排放|产生|增产|减产|降水|降雨|水资源|径流|输沙|补水|引水|调水|引黄水)[^，。；、：]*$|(?:相当于|折合)[^，。；：]*$|{CHANGE_BEFORE_FIGURE}"
));

/// How far before a flow what it measures is looked for, in chars.
const OUTPUT_LEAD_CHARS: usize = 16;

/// Whether `q`, a flow in a unit of mass, volume or energy, reports what
/// was produced, carried or handled (粮食总产量6793.5万吨, 货物吞吐量12.6亿吨,
/// 回收废钢铁86万吨): a statistics bulletin's achievements are mostly such
/// outputs. Not one that describes what follows it (日处理能力200吨的生产线),
/// is a range, read as one or opened across units (5000吨至1万吨标准煤), or
/// names a milestone (突破300万标箱大关).
fn reports_output(doc: &Document, q: &Quantity) -> bool {
    let after = doc.masked_text(q.end, (q.end + 2).min(doc.masked.len()));
    CAPACITY_UNITS.contains(&q.unit)
        && q.value_max.is_none()
        && !NOT_OUTPUT.is_match(lead(doc, q, OUTPUT_LEAD_CHARS))
        && !["的", "至", "到", "大关"]
            .iter()
            .any(|w| after.starts_with(w))
}

/// One item of a list that 分别 distributes over the figures after it.
enum Item {
    /// Where the figure's things are (甲县、乙县), and the things, when the
    /// list's last place runs on into them and no figure names them
    /// (温岭市、黄岩区、椒江区省级以上专精特新企业数量位居全市前三，分别为298家…).
    Place(String, Option<Qualified>),
    /// What the figure counts, at its own level (国家级、省级绿色工厂).
    Level(Qualified),
}

/// The last of a list of names, then how many places they are and of
/// which kind (安庆三市): the name and the kind.
static NAMES_COUNTED: LazyLock<Pattern> =
    lazy_regex!("^([\\p{Han}&&[^等及和与]]{2,3}?)等?[两二三四五六七八九十]+个?([省市县区州])");

/// How a list of places is ranked before 分别 gives their figures (位居全市
/// 前三, 居前两位, 最多): where the things they count end.
static LIST_RANKING: LazyLock<Pattern> =
    lazy_regex!("(?:位居|居于|居[全前第首]|排名|名列|排在)|(?:最多|较多|最高|较高|最大|较大)$");

/// What a ranking says its items are (居前三位的是…, 排名前列的依次为…).
static RANKED_ARE: LazyLock<Pattern> = lazy_regex!("的?(?:依次)?(?:是|为)");

/// The whole a clause says the items after it are among (全年开展核算的企业
/// 中，), not the 其中 of a breakdown nor a word 中 ends (高中, 集中).
fn whole_among(clause: &str) -> Option<&str> {
    let whole = clause.trim_end_matches(['，', ',']).strip_suffix('中')?;
    let last = whole.chars().next_back()?;
    let ends_word = super::lexicon::dictionary()
        .chars_logp(&[last, '中'])
        .is_some();
    (last != '其' && !ends_word).then_some(whole)
}

/// The items of a list that 分别 distributes over the `figures` of its
/// clause (`text`, the words before the first): as many items as figures,
/// after the verb that counts them, either all places or all levels (the
/// noun, when only the last item names it, shared); else none, and each
/// figure is read on its own.
fn respectively_listed(text: &str, figures: usize) -> Vec<Item> {
    let Some((list, tail)) = text.rsplit_once("分别").filter(|_| figures >= 2) else {
        return Vec::new();
    };
    let (_, object) = phrase::split_at_count_verb(list);
    // The items may stand before the verb of what ranks them (兴山县、秭归县、
    // 长阳土家族自治县发生地质灾害较多).
    let object = if object.is_empty() || !object.contains('、') && list.contains('、') {
        phrase::trim_phrase(list)
    } else {
        object
    };
    // A ranking names its items after it, and what it ranks them by
    // before it (益农信息社数量居前三位的是黄冈市、襄阳市和荆州市): the list
    // starts after it, and counts those things.
    let ranked = LIST_RANKING.find(&object).and_then(|rank| {
        let are = RANKED_ARE.find(&object[rank.end()..])?;
        let things = phrase::without_measure(&object[..rank.start()]);
        let things = phrase::split_qualifier(&phrase::trim_phrase(things));
        Some((object[rank.end() + are.end()..].to_string(), things))
    });
    let (object, ranked_things) = match ranked {
        Some((items, things)) => (items, Some(things).filter(|t| !t.noun.is_empty())),
        None => {
            let among = object.match_indices(['，', ',']).find_map(|(at, mark)| {
                let items_at = at + mark.len();
                Some((whole_among(&object[..items_at])?, items_at))
            });
            match among {
                Some((whole, items_at)) => {
                    let things = phrase::without_measure(whole);
                    let things = phrase::split_qualifier(&phrase::trim_phrase(things));
                    let things = Some(things).filter(|t| !t.noun.is_empty());
                    (object[items_at..].to_string(), things)
                }
                None => (object, None),
            }
        }
    };
    // 和 and 及 also open words (和平区, 及时): they split only where 、
    // alone leaves too few items.
    let split = |separators: &[char]| -> Vec<String> {
        object
            .split(separators)
            .map(phrase::trim_phrase)
            .filter(|item| !item.is_empty())
            .collect()
    };
    let Some(mut items) = [split(&['、']), split(&['、', '和', '及'])]
        .into_iter()
        .find(|items| items.len() == figures)
    else {
        return Vec::new();
    };
    // Names alone, closed by how many places of which kind they are
    // (阜阳、六安、安庆三市电站数量…): places of that kind.
    let named_kind = items
        .last()
        .and_then(|last| NAMES_COUNTED.captures(last))
        .map(|c| (c[1].len(), c[0].len(), c[2].to_string()));
    if let Some((name_end, kind_end, kind)) = named_kind {
        let last = items.len() - 1;
        let rest = items[last][kind_end..].to_string();
        items[last].truncate(name_end);
        for item in items
            .iter_mut()
            .filter(|item| !item.ends_with(kind.as_str()))
        {
            item.push_str(&kind);
        }
        items[last].push_str(&rest);
    }
    // The last place may run on into what is counted (宁波市、杭州市国家级
    // 绿色工厂; 章贡区、南康区、赣县区新能源汽车保有量: a place of the same
    // kind as the one before, by its last char).
    let kind_before = items
        .len()
        .checked_sub(2)
        .and_then(|k| items[k].chars().last());
    // (An autonomous county's name is long: 长阳土家族自治县.)
    let place_opening = |item: &str| {
        let kind = kind_before?;
        let end = item
            .char_indices()
            .skip(1)
            .take(9)
            .find(|&(_, c)| c == kind)?
            .0;
        // (Not the 市 of a level: 浦江县市级以上….)
        let place = &item[..end + kind.len_utf8()];
        (!item[place.len()..].starts_with('级')).then(|| place.to_string())
    };
    let places: Option<Vec<String>> = items
        .iter()
        .enumerate()
        .map(|(k, item)| match phrase::is_place(item) {
            true => Some(item.clone()),
            // (The kind of the places before reads 椒江区省级以上… as 椒江区,
            // where the levels' grammar would read a level 区省级.)
            false => (k + 1 == items.len())
                .then(|| place_opening(item))
                .flatten()
                .or_else(|| phrase::split_qualifier(item).place),
        })
        .collect();
    if let Some(places) = places {
        // Only where 分别 gives the figures by a copula alone (分别为, 分别有),
        // not by a verb and its own noun (分别建成示范项目12个、9个).
        let copula = tail.trim().chars().all(|c| "为是达到有约共计".contains(c));
        let things = items
            .last()
            .filter(|_| copula)
            .zip(places.last())
            .and_then(|(item, place)| item.strip_prefix(place.as_str()))
            .map(|rest| {
                let end = LIST_RANKING.find(rest).map_or(rest.len(), |m| m.start());
                let things = phrase::without_measure(&rest[..end]);
                phrase::split_qualifier(&phrase::trim_phrase(things))
            })
            .filter(|things| !things.noun.is_empty())
            .or(ranked_things);
        return places
            .into_iter()
            .map(|place| Item::Place(place, things.clone()))
            .collect();
    }
    let levels: Vec<Qualified> = items.iter().map(|i| phrase::split_qualifier(i)).collect();
    let shared = levels
        .last()
        .map(|l| l.bare_noun().to_string())
        .unwrap_or_default();
    if shared.is_empty()
        || levels
            .iter()
            .any(|l| l.qualifier.is_none() || l.place.is_some())
    {
        return Vec::new();
    }
    levels
        .into_iter()
        .map(|mut level| {
            if level.noun.is_empty() {
                level.noun = shared.clone();
            }
            Item::Level(level)
        })
        .collect()
}

/// Most chars of an item before the last of a list after a figure that
/// the figure counts whole: a word qualifying the noun the list shares
/// (312名特困、失能、高龄独居老人), or a noun of its own counted with the
/// others (117所小学与少年宫、科技馆、博物馆等社会场馆建立合作关系).
const MOST_LISTED_ITEM_CHARS: usize = 8;

/// Where the noun after a figure ends when the 、 at `mark` in `after` (the
/// chars from the figure to the next one or its clause's end) lists
/// qualifiers of one noun (312名特困、失能、高龄独居老人 counts the 老人 of all
/// three kinds) or nouns counted together: each item before the last a
/// short phrase ([`MOST_LISTED_ITEM_CHARS`]), the last going on
/// to the noun, no verb opening any (12个公园、提升绿地面积 lists two tasks;
/// 13800户发放气价、电价补贴 one task).
fn shared_head_end(after: &[char], mark: usize) -> Option<usize> {
    if after[mark] != '、' {
        return None;
    }
    let items: Vec<String> = after
        .split(|&c| c == '、')
        .map(|item| item.iter().collect())
        .collect();
    let (last, qualifiers) = items.split_last()?;
    let short = |item: &String| {
        (1..=MOST_LISTED_ITEM_CHARS).contains(&item.chars().count())
            && item.chars().all(crate::lm::is_han)
    };
    (qualifiers.iter().all(short)
        && last.starts_with(crate::lm::is_han)
        && !items.iter().any(|item| phrase::opens_in_verb(item)))
    .then_some(after.len())
}

/// What a figure counts, from the words before and after it, and whether
/// the noun follows the figure.
fn read_noun(pre: &str, after: &str, q: &Quantity) -> (Qualified, bool) {
    // A table row's cells (地下蓄洪池\t5个\t约43万立方米) bound the noun: the
    // figure's own cell, else the nearest one before it that holds words.
    const CELL_EDGES: [char; 3] = ['\t', '|', '｜'];
    let pre = pre
        .rsplit(CELL_EDGES)
        .find(|cell| !cell.trim().is_empty())
        .unwrap_or_default();
    let after = after.split(CELL_EDGES).next().unwrap_or_default();
    // “5G全连接工厂56家和…应用项目1200余项”: a conjunction right after the
    // figure starts the next item, so the noun stands before the figure.
    // (Not one that opens what the noun is related to: 38宗与数据中心相关的
    // 规划申请.)
    let conjunction = ["和", "及", "与", "以及"]
        .iter()
        .any(|c| after.starts_with(c));
    let conjoined = (conjunction && !RELATED_TO.is_match(after))
        .then(|| phrase::split_at_count_verb(pre))
        .filter(|(_, object)| !object.is_empty());
    // The last of a list of things each before its figure (大中型水库4座、
    // 小型水库61座河湖长全覆盖) has its noun before it too: what follows goes
    // on with the sentence. (A Chinese numeral there may be a word's:
    // 公益二类事业单位.) A bare verb there does the list's noun again
    // (、改造9个), but of events it names them.
    let listed = || {
        (q.numeral == Numeral::Arabic)
            .then(|| LISTED_ITEM.captures(pre))
            .flatten()
            .map(|item| phrase::trim_phrase(&item[1]))
            .filter(|item| {
                !item.is_empty()
                    && (!phrase::is_bare_verb(item) || counts_events(q))
                    && !item.ends_with('等')
            })
            .map(|item| match phrase::split_at_count_verb(&item) {
                (place, object) if !object.is_empty() => (place, object),
                _ => (String::new(), item),
            })
    };
    let (place, object, follows) = if let Some((place, object)) = conjoined.or_else(listed) {
        (place, object, false)
    } else if let Some(deed) = q
        .counts_things()
        .then(|| phrase::divisions_doing(after))
        .flatten()
        .filter(|_| counts_by_itself(pre))
    {
        // “全省已有31个县（市、区）开展林业碳票试点”: the places that do so,
        // what they build too (下辖14个社区全部建成便民服务站).
        (place_before(pre), deed, true)
    } else if let Some(place) = (q.counts_things() && ends_in_preposition_zai(pre))
        .then(|| phrase::noun_before_verb(after))
        .flatten()
    {
        // “已在327个老旧小区建成集中充电场所”: the places where it was done are
        // counted; what was done there is read after them as their predicate.
        (String::new(), place, true)
    } else if let Some((holder, status)) = phrase::attainment(after)
        // (A status with a figure of its own is no kind of thing: 帮助2.1万家
        // 企业获得融资2860亿元 counts the 企业; a year is no such figure.)
        .filter(|(_, status)| !phrase::holds_figure(status))
    {
        if LISTS.iter().any(|l| status.ends_with(l)) && !holder.is_empty() {
            // “8家企业入选…名单” counts the 企业, not the list.
            (String::new(), holder, true)
        } else if phrase::is_place(&holder) {
            (holder, status, true)
        } else {
            (String::new(), status, true)
        }
    } else {
        let noun = phrase::noun_after(after);
        let beneficiary = (q.numeral == Numeral::Arabic && q.counts_things() && !noun.is_empty())
            .then(|| phrase::beneficiary_before(pre, after))
            .flatten();
        // “落成公營房屋約2.8萬個單位”: a noun that only stands for the thing
        // named before the figure gives way to it, when there is one (not
        // to an action: 可供兴建约4,150个单位).
        // “保障农村群众238万人的饮水安全”: what follows people's figure with 的
        // is theirs; the people are named before it, when they are.
        // (人次 counts a service's uses: 提供1.5万人次的诊治服务.)
        let owners =
            (phrase::PEOPLE_UNITS.contains(&q.unit) && q.unit != "人次" && after.starts_with('的'))
                .then(|| people_before(pre))
                .flatten();
        let before = (noun.is_empty() || phrase::stands_for_noun_before(&noun, q.unit))
            .then(|| phrase::split_at_count_verb(pre))
            .filter(|(_, object)| noun.is_empty() || phrase::names_things_stood_for(object));
        if let Some(object) = beneficiary.or(owners) {
            (String::new(), object, false)
        } else if let Some((place, object)) = before {
            let object = if noun.is_empty() {
                object
            } else {
                phrase::with_stand_in(object, &noun)
            };
            (place, object, false)
        } else {
            (place_before(pre), noun, true)
        }
    };
    // “其中2023年新开工1.8万套”: a time word is no part of what is counted.
    let object = phrase::TIME_PREFIX.replace(&object, "");
    // (Nor is a year of the Republic, 成长至113年8月的10.1万人, but a span
    // of years: 500年以上古树, 100年一遇.)
    let object = match ROC_YEAR.find(&object) {
        Some(m) if !object[m.end()..].starts_with(['以', '一', '历', '来']) => {
            Cow::Owned(object[m.end()..].to_string())
        }
        _ => object,
    };
    let object = if follows {
        phrase::with_opening_verb(&object)
    } else {
        phrase::trim_phrase(&object)
    };
    // (A part's word names none of its things: 其余8宗.)
    let object = if PART_WORDS.contains(&object.as_str()) {
        String::new()
    } else {
        object
    };
    // Divisions named alone after their figure (管道天然气通达108个县（市、区）)
    // are what it counts, no place that holds them; but not those a place
    // is divided into (全市辖18个县), which are no deed.
    let divisions = after.trim_end();
    let mut read = if follows
        && !divisions.is_empty()
        && !pre.trim_end().trim_end_matches('有').ends_with('辖')
        && phrase::divisions_len(divisions) == divisions.chars().count()
    {
        Qualified {
            noun: divisions.to_string(),
            ..Qualified::default()
        }
    } else {
        let mut read = phrase::split_qualifier(&object);
        // No district's name follows its figure: an area that reads as
        // one there is a kind of area (7个渔民卸鱼区, 12个渔港区).
        if follows && read.noun.is_empty() {
            if let Some(area) = read
                .place
                .take_if(|p| p.ends_with('区') && p.chars().count() >= 3)
            {
                read.noun = area;
            }
        }
        read
    };
    let place = clean_place(&place);
    if read.place.is_none() {
        read.place = place;
    } else if let Some(outer) = place {
        read.place = read.place.map(|inner| outer + &inner);
    }
    (read, follows)
}

/// The words before a figure when they name a place (全省), else none.
fn place_before(pre: &str) -> String {
    let before = phrase::trim_phrase(pre);
    if phrase::is_place(&before) {
        before
    } else {
        String::new()
    }
}

/// Words by which a clause leading into a list plans what the list holds.
static PLANS_AHEAD: LazyLock<Pattern> =
    lazy_regex!("下一步|今后|将|计划|目标|力争|拟|重点(?:做好|抓好|推进)");

/// Whether a sentence opens on its parts (其中…), maybe after the time it
/// tells of (截至2026年4月底，当中已完成…的有138项).
fn opens_on_parts(sentence: &str) -> bool {
    let opens = |text: &str| PART_WORDS.iter().any(|w| text.starts_with(w));
    // (Most sentences hold neither word: the time is read only when one may follow.)
    opens(sentence)
        || PART_WORDS.iter().any(|w| sentence.contains(w))
            && sentence
                .split_once(['，', ','])
                .is_some_and(|(time, rest)| {
                    phrase::TIME_PREFIX
                        .find(time)
                        .is_some_and(|m| m.end() == time.len())
                        && opens(rest)
                })
}

/// The owner a measure named alone (`noun`, one of [`phrase::OWNED_MEASURES`])
/// is of: the things `last`, the count just before it in its sentence,
/// counts. Beds are an institution's, not what was added (新增床位180张),
/// an item of a list (学位1200个、床位600张, `pre` the words before the
/// figure), a measure's (客房总数…) or people's (卫生技术人员4.2万人，实有床位…);
/// no measure owns another (编制床位…，实有床位…).
fn owner_of_measure(
    last: Option<&Count>,
    sentence: &Sentence,
    noun: &str,
    pre: &str,
) -> Option<String> {
    let beds = noun.ends_with("床位");
    if beds && (pre.starts_with('、') || phrase::adding_verb_before(pre, noun).is_some()) {
        return None;
    }
    let last = last.filter(|c| c.span[0] >= sentence.start)?;
    let owner = last.subject.as_deref()?;
    if phrase::owns_measure(owner, &last.unit, noun) {
        return Some(owner.to_string());
    }
    // The measure may repeat the owner's head noun (球类运动场地16.42万个，
    // 场地面积8736.5万平方米): what goes before it is the rest of the owner.
    // (A verb names what was done, no owner: 改造面积.)
    phrase::OWNED_MEASURES.iter().find_map(|measure| {
        let head = noun
            .strip_suffix(measure)
            .filter(|h| h.chars().count() >= 2 && !phrase::is_bare_verb(h))?;
        let rest = owner.strip_suffix(head).filter(|r| !r.is_empty())?;
        phrase::owns_measure(owner, &last.unit, measure).then(|| rest.to_string())
    })
}

/// The last of `counts[..end]` in `sentence` that counts things, not how
/// far they reach ([`tells_reach`]): what a measure after them is of.
fn things_before(
    counts: &[Count],
    end: usize,
    doc: &Document,
    sentence: &Sentence,
) -> Option<usize> {
    counts[..end]
        .iter()
        .rposition(|c| c.span[0] < sentence.start || !tells_reach(doc, sentence, c))
        .filter(|&i| counts[i].span[0] >= sentence.start)
}

/// Whether `count` tells how far the things before it reach (覆盖32个国家和
/// 地区, 涉及12个县), not things of their own.
fn tells_reach(doc: &Document, sentence: &Sentence, count: &Count) -> bool {
    let told = doc.text(sentence.start, count.span[1]);
    told.rfind(&count.value_text).is_some_and(|at| {
        ["覆盖", "涉及", "辐射", "惠及"]
            .iter()
            .any(|verb| told[..at].ends_with(verb))
    })
}

/// Who a figure of people drawn to take part counts, when the words
/// before it (`pre`) name them after the verb that drew them (吸引市民及
/// 旅客约 → 市民及旅客), else what drew them, named before that verb in its
/// clause (2025年，相关活动共吸引约 → 相关活动), but not a place (全市共吸引).
fn drawn_by(pre: &str) -> Option<String> {
    const DRAWING: &[&str] = &["吸引", "发动", "动员", "带动"];
    let (at, verb) = DRAWING
        .iter()
        .filter_map(|verb| pre.rfind(verb).map(|at| (at, *verb)))
        .max_by_key(|&(at, _)| at)?;
    let drawn = phrase::trim_phrase(&pre[at + verb.len()..]);
    if !drawn.is_empty() {
        return Some(drawn);
    }
    let head = pre[..at]
        .rsplit(['，', ',', '；', ';'])
        .next()
        .unwrap_or_default();
    let drawer = phrase::trim_phrase(phrase::without_time_word(head.trim()));
    let drawer = drawer.trim_start_matches('的').to_string();
    phrase::non_empty(drawer).filter(|d| !phrase::is_place(d))
}

/// What the clause before `clause` acts on, when it names it in a few
/// chars with no figure (举办山火扑救训练课程, 设有山火控制队): the thing a
/// figure of people after it takes part in or makes up. A clause with
/// figures of its own tells of other things.
fn named_before(doc: &Document, sentence: &Sentence, clause: &Clause) -> Option<String> {
    const MOST_CHARS: usize = 12;
    let before = sentence.clause_before(clause)?;
    // (A paragraph's number is no figure: 11.渔护署辖下设有山火控制队.)
    let text = super::period::without_numbering(doc.text(before.start, before.end).trim_start());
    if text.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    phrase::object_of_first_verb(text).filter(|object| {
        object.chars().count() <= MOST_CHARS
            && object
                .chars()
                .all(|c| crate::lm::is_han(c) && super::number::chinese_digit(c).is_none())
    })
}

/// The label a figure stands alone after, in its own clause after the
/// label's colon on the same line (1. 加氢站及氢气供应设施：7宗；).
fn labelled_figure<'d>(
    doc: &'d Document,
    sentence: &Sentence,
    clause: &Clause,
    q: &Quantity,
    pre: &str,
    after: &str,
) -> Option<&'d str> {
    /// A label is a name, not a sentence leading into a list.
    const LABEL_CHARS: usize = 24;
    let alone = pre.trim().is_empty()
        && after
            .trim_matches(|c: char| c.is_whitespace() || "，。；,;".contains(c))
            .is_empty();
    let before = sentence.clause_before(clause).filter(|_| alone)?;
    let label = doc.text(before.start, before.end).trim();
    // (A flow the label names as no output stays none: 水资源总量：….)
    let no_output = CAPACITY_UNITS.contains(&q.unit) && NOT_OUTPUT.is_match(label);
    (matches!(doc.masked.get(before.end), Some('：' | ':'))
        && !label.is_empty()
        && !label.contains('\n')
        && label.chars().count() <= LABEL_CHARS
        && !no_output)
        .then_some(label)
}

/// Whether the words before a figure end in the preposition 在 (已在327个
/// 老旧小区…), not a word ending in it (存在, 正在, 现在, 所在, 实在).
fn ends_in_preposition_zai(pre: &str) -> bool {
    let pre = pre.trim_end();
    pre.strip_suffix('在')
        .is_some_and(|before| !before.ends_with(['存', '正', '现', '所', '实', '潜', '内', '外']))
}

/// Whether the words before a figure leave it the subject of what follows
/// (全省已有31个…, 全市22个…), not the object of a verb or a preposition
/// (在31个县（市、区）开展试点, 覆盖18个县).
fn counts_by_itself(pre: &str) -> bool {
    let pre = pre.trim();
    if pre.starts_with(['在', '于', '对', '向', '从']) {
        return false;
    }
    // (下辖 has them as 有 does: 下辖14个社区…)
    pre.is_empty()
        || pre.ends_with(['有', '辖', '，', ',', '：', ':', '；'])
        || phrase::is_place(&phrase::trim_phrase(pre))
}

/// Whether a list's item (`item`, the words before its figure) names its
/// things (`read`) at once, maybe after their level: no verb of its own.
fn opens_on_its_noun(item: &str, read: &Qualified) -> bool {
    let item = item.trim_start();
    let item = read
        .qualifier
        .as_deref()
        .and_then(|level| item.strip_prefix(level))
        .unwrap_or(item);
    item.starts_with(read.noun.as_str())
}

/// The words that open a part of the whole counted before (其中, and Hong
/// Kong's 当中 and the rest's 其余, which mark one only opening its clause).
const PART_WORDS: [&str; 3] = ["其中", "当中", "其余"];

/// Words before an elliptic figure that tell a total of the things
/// counted before it, not more of those added (累计达到67家, 共有…).
static STOCK_WORDS: LazyLock<Pattern> =
    lazy_regex!("累计|达到|达|突破|超过|共有|总计|合计|增至|增加到|增长到");

/// What the noun after a figure is related to, before the noun: 与数据中心
/// 相关的, 和安全生产有关的.
static RELATED_TO: LazyLock<Pattern> =
    lazy_regex!("^(?:与|和|同)[^，。；、]{1,16}?(?:相关|有关|相关联)的");

/// Whether `q` counts events (崩塌9起, 泄漏2起), which verbs name: a verb
/// before its figure is what happened, not the last count's noun done again.
fn counts_events(q: &Quantity) -> bool {
    q.unit == "起"
}

/// A figure and its unit, then the next item's words up to a figure.
/// `pre` opens right after the figure before, so a list mark may open it.
static LISTED_ITEM: LazyLock<Pattern> =
    lazy_regex!(r"(?:^|\d\p{Han}{1,3})、([^、，。；：\d]{2,})$");

/// How many chars of list punctuation open `pre`.
fn leading_marks(pre: &str) -> usize {
    pre.chars()
        .take_while(|c| matches!(c, '、' | ' ' | '，' | ','))
        .count()
}

/// The provincial-level divisions by their short names.
const PROVINCES: &[&str] = &[
    "北京",
    "天津",
    "河北",
    "山西",
    "内蒙古",
    "辽宁",
    "吉林",
    "黑龙江",
    "上海",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "广西",
    "海南",
    "重庆",
    "四川",
    "贵州",
    "云南",
    "西藏",
    "陕西",
    "甘肃",
    "青海",
    "宁夏",
    "新疆",
    "香港",
    "澳门",
    "台湾",
];

/// The province a paragraph, sentence or clause group opens with (浙江在全国
/// 率先…, 江苏突出…): a story across provinces gives each its own.
fn opening_province(chars: &[char]) -> Option<&'static str> {
    let start = chars.iter().position(|c| !c.is_whitespace())?;
    PROVINCES
        .iter()
        .copied()
        .find(|p| super::number::starts_with(chars, start, p))
}

/// The county, district or city whose name opens a clause group `chars`
/// (吴兴区年末绿色贷款余额…): two to five chars of a name and its suffix,
/// then more words. Not a pointer (全市, 各县), nor an area named by what
/// is there (开发区, 示范区).
fn opening_division(chars: &[char]) -> Option<String> {
    /// Chars of a group's opening looked at: a time word and a name.
    const OPENING_CHARS: usize = 12;
    // (Most groups hold no division's suffix near their start: no string.)
    if !chars
        .iter()
        .take(OPENING_CHARS)
        .any(|c| "区县市旗".contains(*c))
    {
        return None;
    }
    let opening: String = chars.iter().take(OPENING_CHARS).collect();
    // (A time word first is no part of the name: 今年吴兴区…, 年末全市….)
    let opening = phrase::TIME_PREFIX.replace(opening.trim_start(), "");
    if opening.starts_with(phrase::PLACE_POINTERS) {
        return None;
    }
    let chars: Vec<char> = opening.chars().collect();
    let end = (2..=5).find(|&i| chars.get(i).is_some_and(|c| "区县市旗".contains(*c)))? + 1;
    let name: String = chars[..end].iter().collect();
    (chars.get(end).copied().is_some_and(crate::lm::is_han)
        && chars[..end].iter().all(|&c| crate::lm::is_han(c))
        && phrase::is_place(&name)
        && !phrase::ends_in_area_noun(&name))
    .then_some(name)
}

/// What a figure of progress after `verb` counts, from the goal of the
/// clause before: what the verb is done to there (计划启动城中村改造项目45个，
/// 截至8月底已启动38个 → 启动城中村改造项目), or, for a plain 完成, what the
/// goal's own verb acts on (计划改造老化燃气管道58公里，截至10月底已完成61.4
/// 公里 → 老化燃气管道).
fn progress_object(goal: &str, verb: &str) -> Option<String> {
    let before_figure = before_first_figure(goal);
    object_of(before_figure, verb).or_else(|| {
        (verb == "完成")
            .then(|| phrase::object_of_first_verb(before_figure))
            .flatten()
    })
}

/// The words of a clause before its first figure in digits (计划改造老化燃气
/// 管道58公里 → 计划改造老化燃气管道), where its goal's or gift's words end.
fn before_first_figure(clause: &str) -> &str {
    clause
        .split(|c: char| c.is_ascii_digit())
        .next()
        .unwrap_or_default()
}

/// The verb and what the clause `clause_before` does it to, when it ends
/// on the verb and a noun of things (依托中欧班列开行跨境电商专列 →
/// 开行跨境电商专列); not a title (演出《山河星火》) nor a short noun of an
/// act (加装电梯 names 加装 already).
fn object_of(clause_before: &str, verb: &str) -> Option<String> {
    /// Fewer chars than this name a kind of act, not of things.
    const MIN_OBJECT_CHARS: usize = 3;
    let (_, object) = clause_before.rsplit_once(verb)?;
    // (Up to where a predicate starts: …专列并常态化运营.)
    let object = phrase::noun_after(object);
    let things = object.chars().count() >= MIN_OBJECT_CHARS
        && object.chars().all(crate::lm::is_han)
        && !phrase::is_bare_verb(&object);
    things.then(|| format!("{verb}{object}"))
}

/// The place a paragraph's first sentence `chars` opens with as its label
/// (衡阳县：累计完成整治黑臭水体4条): a bulletin's breakdown by place.
fn place_label(chars: &[char]) -> Option<String> {
    /// A place's name is no longer than this.
    const MOST_CHARS: usize = 10;
    let colon = chars
        .iter()
        .take(MOST_CHARS + 1)
        .position(|c| matches!(c, '：' | ':'))?;
    let label: String = chars[..colon].iter().collect();
    let label = label.trim();
    let named = label.chars().count() >= 2
        && label.chars().all(crate::lm::is_han)
        && label.ends_with(phrase::DIVISION_ENDS)
        && !label.starts_with(phrase::PLACE_POINTERS)
        && phrase::is_place(label);
    named.then(|| label.to_string())
}

/// A count's scope in a paragraph about `province`: the paragraph's 全省,
/// or no place at all, is that province.
fn in_province(place: Option<String>, province: Option<&str>) -> Option<String> {
    match (place, province) {
        (None, Some(p)) => Some(p.to_string()),
        (Some(place), Some(p)) if place == "全省" => Some(p.to_string()),
        (place, _) => place,
    }
}

fn clean_place(place: &str) -> Option<String> {
    // (Nor is the time it was done by after it: 全市已于2026年6月底前.)
    static DONE_BY: LazyLock<Pattern> = lazy_regex!(&format!(
        "(?:已经|已)?[于在]?{}(?:之前|以前|前|之内|内)?$",
        phrase::YEAR_AND_MONTH
    ));
    let place = DONE_BY.replace(place, "");
    let place = phrase::TIME_PREFIX.replace(&place, "");
    phrase::non_empty(phrase::trim_phrase(&place))
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;

    /// What `f` reads from each count extracted from `text`.
    fn counts_of<T>(text: &str, f: impl Fn(crate::model::Count) -> T) -> Vec<T> {
        extract(text).counts.into_iter().map(f).collect()
    }

    /// [`counts_of`] on a page of 2026, where 2025 is over.
    fn counts_in_2026<T>(text: &str, f: impl Fn(crate::model::Count) -> T) -> Vec<T> {
        crate::extract::extract_dated(text, Some(2026))
            .counts
            .into_iter()
            .map(f)
            .collect()
    }

    #[test]
    fn progress_on_this_years_goal_counts_what_the_goal_plans() {
        let text = "今年全市计划启动城中村改造项目45个，截至8月底已启动38个。\
                    全年计划改造老化燃气管道58公里，截至10月底已完成61.4公里，完成率105.9%。";
        let extraction = crate::extract::extract_dated(text, Some(2026));
        let goals: Vec<(i32, f64)> = extraction
            .targets
            .iter()
            .map(|t| (t.year, t.value))
            .collect();
        assert_eq!(goals, vec![(2026, 45.0), (2026, 58.0)]);
        let counts: Vec<(f64, String)> = extraction
            .counts
            .into_iter()
            .map(|c| (c.value, c.subject.unwrap_or_default()))
            .collect();
        assert_eq!(
            counts,
            vec![
                (38.0, "启动城中村改造项目".to_string()),
                (61.4, "老化燃气管道".to_string())
            ]
        );
    }

    #[test]
    fn bounded_things_describing_another_mark_off_its_class() {
        let text = "截至2025年底，教育局向录取8名或以上非华语学童的幼稚园提供额外资助，共有65岁或以上长者12万人，建成50个以上的示范村。";
        assert_eq!(counts_of(text, |c| c.value), vec![120_000.0, 50.0]);
    }

    #[test]
    fn a_ranking_lists_its_places_and_names_what_it_ranks() {
        let text = "全省共有行政村2.3万个。分市州看，益农信息社数量居前三位的是黄冈市、襄阳市和荆州市，分别为2680个、2240个和2190个。";
        let found = counts_of(text, |c| (c.value, c.subject.unwrap_or_default(), c.scope));
        assert_eq!(
            found[1..],
            [
                (2680.0, "益农信息社".to_string(), Some("黄冈市".to_string())),
                (2240.0, "益农信息社".to_string(), Some("襄阳市".to_string())),
                (2190.0, "益农信息社".to_string(), Some("荆州市".to_string()))
            ]
        );
    }

    #[test]
    fn places_told_a_clause_group_each_count_what_the_first_counted() {
        let text = "年末全市机动车保有量398.5万辆。分区看，禅城区停车泊位46.2万个，增长3.8%；南海区108.9万个，增长5.6%；顺德区102.7万个。";
        let found = counts_of(text, |c| (c.value, c.subject.unwrap_or_default(), c.scope));
        let places: Vec<(f64, Option<String>)> =
            found[1..].iter().map(|(v, _, p)| (*v, p.clone())).collect();
        assert_eq!(
            places,
            [
                (462_000.0, Some("禅城区".to_string())),
                (1_089_000.0, Some("南海区".to_string())),
                (1_027_000.0, Some("顺德区".to_string()))
            ]
        );
        assert!(
            found[1..].iter().all(|(_, s, _)| s.ends_with("停车泊位")),
            "{found:?}"
        );
    }

    #[test]
    fn a_part_named_by_its_size_counts_the_wholes_things() {
        let found = counts_of(
            "2025年，新发现矿产地68处，其中大型14处、中型以上23处。",
            |c| (c.value, c.subject.unwrap_or_default(), c.qualifier),
        );
        assert_eq!(
            found[1..],
            [
                (14.0, "新发现矿产地".to_string(), Some("大型".to_string())),
                (
                    23.0,
                    "新发现矿产地".to_string(),
                    Some("中型以上".to_string())
                )
            ]
        );
    }

    #[test]
    fn a_bare_verb_after_a_count_keeps_all_its_verbs() {
        let found = counts_in_2026(
            "截至2025年底，全县新建高标准农田3.2万亩、改造提升1.5万亩。",
            |c| (c.value, c.subject.unwrap_or_default(), c.qualifier),
        );
        assert_eq!(
            found[1],
            (
                15_000.0,
                "高标准农田".to_string(),
                Some("改造提升".to_string())
            )
        );
    }

    #[test]
    fn a_verb_the_dictionary_mistags_keeps_its_last_char() {
        // jieba's dictionary tags 惠及 a place; the policy terms make it a
        // verb, whole, which qualifies what reached the people.
        let found = counts_of(
            "2025年，全市共发放补贴9860万元，惠及3.17万人。",
            |c| (c.value, c.subject.unwrap_or_default(), c.qualifier),
        );
        assert_eq!(
            found,
            [(31_700.0, "补贴".to_string(), Some("惠及".to_string()))]
        );
    }

    #[test]
    fn a_ranked_list_counts_the_whole_it_is_drawn_from() {
        let text = "分地区看，全年开展核算的企业中，杭州市、宁波市和温州市位居前三，分别为624家、587家和298家。";
        let found = counts_of(text, |c| (c.value, c.subject.unwrap_or_default(), c.scope));
        assert_eq!(
            found,
            [
                (
                    624.0,
                    "全年开展核算的企业".to_string(),
                    Some("杭州市".to_string())
                ),
                (
                    587.0,
                    "全年开展核算的企业".to_string(),
                    Some("宁波市".to_string())
                ),
                (
                    298.0,
                    "全年开展核算的企业".to_string(),
                    Some("温州市".to_string())
                )
            ]
        );
        // Not the 其中 of a breakdown.
        assert_eq!(super::whole_among("其中，"), None);
        assert_eq!(super::whole_among("全市普通高中，"), None);
        // Places listed before the verb of what ranks them, one with a long name.
        let text = "全年共发生地质灾害63起。从区域分布看，兴山县、秭归县、长阳土家族自治县发生地质灾害较多，分别为14起、12起和9起。";
        let places: Vec<Option<String>> = counts_of(text, |c| c.scope)[1..].to_vec();
        let names = ["兴山县", "秭归县", "长阳土家族自治县"];
        assert_eq!(places, names.map(|n| Some(n.to_string())));
    }

    #[test]
    fn a_level_cut_down_to_counts_the_things_before() {
        let text = "截至2026年1月，全港水浸黑点由90个减至5个，学科类校外培训机构由93家压减至8家。";
        assert_eq!(
            counts_of(text, |c| (c.value, c.subject.unwrap_or_default())),
            vec![
                (5.0, "全港水浸黑点".to_string()),
                (8.0, "学科类校外培训机构".to_string())
            ]
        );
        // Things made fewer by merging, in a sentence that says nothing
        // else of the past.
        let text = "全省国有林场由改革前的351个整合为216个。乡镇站所由52家精简为23家。";
        assert_eq!(
            counts_of(text, |c| (c.value, c.subject.unwrap_or_default())),
            vec![
                (216.0, "全省国有林场".to_string()),
                (23.0, "乡镇站所".to_string())
            ]
        );
    }

    #[test]
    fn the_level_compared_with_is_no_count() {
        let text = "2025年，选择绿色殡葬的个案共8,930宗，较2020年的约7,100宗增加约两成半。";
        assert_eq!(counts_of(text, |c| c.value), vec![8930.0]);
    }

    #[test]
    fn a_measure_per_head_before_its_figure_counts_nothing() {
        let found = counts_of(
            "截至2025年底，全市幼儿园运动场地面积198.2万平方米，生均14.71平方米。",
            |c| c.value,
        );
        assert_eq!(found, vec![1_982_000.0]);
    }

    #[test]
    fn a_clause_with_de_sorts_out_the_things_its_frame_names() {
        let found = counts_of(
            "截至2025年底，全市企业海外仓中，面积超过1万平方米的有47个。全市规上工业企业中，年营业收入超过10亿元的有56家。",
            |c| (c.subject.unwrap_or_default(), c.qualifier.unwrap_or_default()),
        );
        let found: Vec<(&str, &str)> = found
            .iter()
            .map(|(s, q)| (s.as_str(), q.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("全市企业海外仓", "面积超过1万平方米"),
                ("全市规上工业企业", "年营业收入超过10亿元")
            ]
        );
    }

    #[test]
    fn so_many_of_every_hundred_is_a_share() {
        let found = counts_of(
            "截至2025年底，中心城区建成应急避难场所312处，每100户居民中，有85户步行一刻钟就能到达。",
            |c| c.value,
        );
        assert_eq!(found, vec![312.0]);
    }

    #[test]
    fn each_thing_listed_before_ge_is_counted() {
        let text = "2025年，全年新建感统训练室、言语康复室各1间。漳州市、莆田市各1家。";
        assert_eq!(
            counts_in_2026(text, |c| c.subject.unwrap_or_default()),
            vec!["感统训练室", "言语康复室", "漳州市", "莆田市"]
        );
    }

    /// The value and unit of each count of `text`.
    fn values_and_units(text: &str) -> Vec<(f64, String)> {
        counts_of(text, |c| (c.value, c.unit))
    }

    /// A value and its unit, as [`values_and_units`] reads them.
    fn of(value: f64, unit: &str) -> (f64, String) {
        (value, unit.to_string())
    }

    fn counted(text: &str) -> Vec<(f64, String, Option<usize>)> {
        counts_of(text, |c| (c.value, c.subject.unwrap_or_default(), c.parent))
    }

    #[test]
    fn what_was_newly_added_keeps_its_new() {
        // The indicator is 新增城镇就业, the jobs added; things added (新增规上
        // 企业) are a flow too, apart from the stock of them.
        let found = counted("2025年，全县新增城镇就业2316人，新增规上企业12家。");
        let found: Vec<(f64, &str)> = found.iter().map(|(v, s, _)| (*v, s.as_str())).collect();
        let dated = crate::extract::extract_dated(
            "2025年，全县新增城镇就业2316人，新增规上企业12家。",
            Some(2026),
        )
        .counts;
        let subjects: Vec<String> = dated.into_iter().filter_map(|c| c.subject).collect();
        assert!(found.is_empty(), "{found:?}");
        assert_eq!(subjects, ["新增城镇就业", "新增规上企业"]);
        // A verb of addition joined to another keeps both, and the list
        // after goes on with them; a part so named is the whole's things.
        let dated = crate::extract::extract_dated(
            "2025年，全省新建、改扩建体育场地共2.96万个。全年新建和改造村落污水管网38公里、消防水池26座。累计建成高标准农田32.5万亩，其中2025年新建和改造提升2.8万亩。",
            Some(2026),
        )
        .counts;
        let found: Vec<(String, Option<String>)> = dated
            .into_iter()
            .map(|c| (c.subject.unwrap_or_default(), c.qualifier))
            .collect();
        let subjects: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            subjects,
            [
                "新建、改扩建体育场地",
                "新建和改造村落污水管网",
                "新建和改造消防水池",
                "高标准农田",
                "高标准农田"
            ]
        );
        assert!(found[4]
            .1
            .as_deref()
            .is_some_and(|q| q.starts_with("新建和改造")));
    }

    #[test]
    fn figures_drawn_from_a_set_named_first_count_its_things() {
        let found = counts_of(
            "本批拟认定的示范工厂中，高端装备企业8家；海陵区、高港区分别有4家、3家。",
            |c| (c.value, c.subject.unwrap_or_default(), c.scope),
        );
        let things = "本批拟认定的示范工厂".to_string();
        assert_eq!(
            found,
            vec![
                (8.0, "高端装备企业".into(), None),
                (4.0, things.clone(), Some("海陵区".into())),
                (3.0, things, Some("高港区".into())),
            ]
        );
        // A frame that names an activity names no things.
        let found =
            counted("一年来，全市排查危化企业120家。在专项整治中，共有15家被责令停产整顿。");
        assert_eq!(found.len(), 1, "{found:?}");
        // Places, then what each has; what there is, then its figure.
        let found =
            counted("一年来，海陵区、高港区分别有示范工厂4家、3家。全市规模以上工业企业有1200家。");
        let nouns: Vec<&str> = found.iter().map(|c| c.1.as_str()).collect();
        assert_eq!(nouns, ["示范工厂", "示范工厂", "全市规模以上工业企业"]);
    }

    #[test]
    fn what_the_things_counted_did_qualifies_them() {
        let found = counts_of(
            "全年共有214家企业获得设备购置补助。2025年全市共有420株古树被社会认养。\
             全省已有132个省级以上开发区完成区域评估。首批6个老旧小区改造已经开工。",
            |c| (c.value, c.subject.unwrap_or_default(), c.qualifier),
        );
        let expected = [
            (214.0, "企业", "获得设备购置补助"),
            (420.0, "古树", "被社会认养"),
            (132.0, "开发区", "省级以上，完成区域评估"),
            (6.0, "老旧小区改造", "开工"),
        ];
        let expected: Vec<_> = expected
            .map(|(v, s, q)| (v, s.to_string(), Some(q.to_string())))
            .into();
        assert_eq!(found, expected);
        // A verb alone makes a noun of the words before it, and what the
        // things have is the next figure's.
        let found = counts_of(
            "省财政已安排补助资金，支持87个粮库项目建设。全市14个司法所中已有11个达标。",
            |c| (c.value, c.qualifier),
        );
        assert_eq!(found[..2], [(87.0, None), (14.0, None)]);
        // After 有 the things are a subject, and a verb alone their
        // predicate; 正在 keeps any verb going.
        let found = counts_of(
            "截至2026年3月31日，计划下已有6个项目完成，另有9个项目正在施工。",
            |c| c.qualifier,
        );
        let done = ["完成", "正在施工"].map(|q| Some(q.to_string()));
        assert_eq!(found, done);
        // Nor is the verb of the next figure this one's.
        let found = counts_of(
            "国家赋予成都的122项试点任务已完成114项。",
            |c| (c.value, c.qualifier),
        );
        assert_eq!(found[0], (122.0, None));
    }

    #[test]
    fn people_drawn_to_take_part_are_those_drawn_or_what_drew_them() {
        let text = "2025年，相关活动共吸引约26万人次参与。先后举办各类夜间活动逾1,200场，\
                    吸引市民及旅客约2,860万人次参与。全市共吸引约3万人参与。";
        let found = counts_of(text, |c| {
            (c.value, c.subject.unwrap_or_default(), c.qualifier)
        });
        let taking_part = Some("参与".to_string());
        assert_eq!(
            found[0],
            (260_000.0, "相关活动".into(), taking_part.clone())
        );
        assert_eq!(found[2], (28_600_000.0, "市民及旅客".into(), taking_part));
        // A place drew nobody.
        assert_eq!(found[3].1, "参与");
    }

    #[test]
    fn people_reached_are_reached_by_what_the_clause_before_gave() {
        let text = "2025年工作总结。一年来，向在肥就业创业的全日制高校毕业生发放生活补贴，全年惠及9.3万人。";
        let found = counts_of(text, |c| (c.subject.unwrap_or_default(), c.qualifier));
        assert_eq!(found, [("生活补贴".to_string(), Some("惠及".to_string()))]);
    }

    #[test]
    fn a_new_town_is_a_place_a_part_stands_in() {
        let text = "截至2025年底，全市累计建成口袋公园1126个，其中中心城区684个、郊区新城442个。";
        let found = counts_of(text, |c| (c.subject.unwrap_or_default(), c.scope));
        assert_eq!(
            found[2],
            ("口袋公园".to_string(), Some("郊区新城".to_string()))
        );
    }

    #[test]
    fn a_part_told_done_is_qualified_by_what_was_done() {
        let found = counts_of(
            "全市累计筹集保障性租赁住房31.6万套（间），其中已建成24.8万套（间）。",
            |c| (c.value, c.qualifier),
        );
        assert_eq!(found[1], (248_000.0, Some("建成".to_string())));
        // A verb going on keeps its 正在: those being built are no built ones.
        let found = counts_of("截至目前，首批15个项目正在建设。", |c| {
            c.qualifier
        });
        assert_eq!(found, [Some("正在建设".to_string())]);
    }

    #[test]
    fn places_where_something_was_done_are_counted_with_the_deed() {
        let found = counts_of(
            "2025年工作总结\n今年已在327个老旧小区建成集中充电场所。房委会已在212个公共屋邨完成公用地方LED照明改造。全市已于2026年6月底前完成改造老旧小区120个。全省累计在3.8万个居住社区建成充电设施。",
            |c| (c.value, c.subject, c.qualifier),
        );
        assert_eq!(
            found,
            [
                (
                    327.0,
                    Some("老旧小区".to_string()),
                    Some("建成集中充电场所".to_string())
                ),
                (
                    212.0,
                    Some("公共屋邨".to_string()),
                    Some("完成公用地方LED照明改造".to_string())
                ),
                (120.0, Some("改造老旧小区".to_string()), None),
                (
                    38000.0,
                    Some("居住社区".to_string()),
                    Some("累计，建成充电设施".to_string())
                ),
            ]
        );
        // The time it was done by is no part of where.
        let scopes = counts_of("全市已于2026年6月底前完成改造老旧小区120个。", |c| c.scope);
        assert_eq!(scopes, [Some("全市".to_string())]);
        // A word ending in 在 is no preposition.
        assert!(!super::ends_in_preposition_zai("全市存在"));
        assert!(super::ends_in_preposition_zai("今年已在"));
    }

    #[test]
    fn a_clause_ending_in_de_you_says_what_the_things_counted_are() {
        let found = counts_of(
            "2025年统计公报\n全省村集体开展农业生产托管服务的有5318个村。",
            |c| (c.value, c.subject, c.qualifier),
        );
        assert_eq!(
            found,
            [(
                5318.0,
                Some("村".to_string()),
                Some("村集体开展农业生产托管服务的".to_string())
            )]
        );
    }

    #[test]
    fn formats_and_moves_in_a_ranking_count_nothing() {
        let found = counted(
            "公园内建有11人制标准足球场1个、5人制笼式足球场4个。拥堵排名下降6位，学生2000人。\
             全区村医下降15名。组织专家5人制定细则。",
        );
        let values: Vec<f64> = found.iter().map(|c| c.0).collect();
        assert_eq!(values, [1.0, 4.0, 2000.0, 15.0, 5.0]);
        // Nor a price's format: a part's kind keeps its 两部制.
        let found = counts_of(
            "全省已有174个县(市、区)完成农村供水价格核定，其中实行两部制水价的59个。",
            |c| (c.value, c.qualifier),
        );
        assert_eq!(found[1], (59.0, Some("实行两部制水价的".to_string())));
        // Nor 制药 a format's 制.
        assert_eq!(
            values_and_units("全市已有12家制药企业。"),
            vec![of(12.0, "家")]
        );
        // 制约 is a word, no format.
        assert_eq!(
            values_and_units("全市已破解10项制约因素。"),
            vec![of(10.0, "项")]
        );
    }

    #[test]
    fn parts_named_by_their_owner_count_the_wholes_things() {
        let found = counts_of(
            "2025年末，全省医疗卫生机构床位33.86万张，其中：医院26.41万张，基层医疗卫生机构6.12万张。",
            |c| (c.value, c.subject.unwrap_or_default(), c.qualifier),
        );
        assert_eq!(
            found,
            vec![
                (338_600.0, "全省医疗卫生机构床位".into(), None),
                (
                    264_100.0,
                    "全省医疗卫生机构床位".into(),
                    Some("医院".into())
                ),
                (
                    61_200.0,
                    "全省医疗卫生机构床位".into(),
                    Some("基层医疗卫生机构".into())
                ),
            ]
        );
        // Entities counted in their own classifier are kinds of the whole.
        let found = counted("截至2025年底，全省共有职业院校496所，其中高等职业学校98所。");
        assert_eq!(found[1].1, "高等职业学校", "{found:?}");
    }

    #[test]
    fn differences_from_a_time_compared_with_are_no_counts() {
        let found = counted("截至2025年底，全省常住人口为6118万人，与2020年普查的6102.7万人相比，增加15.3万人。与2020年相比，城镇人口增加203.4万人，乡村人口减少188.1万人。");
        let values: Vec<f64> = found.iter().map(|(v, _, _)| *v).collect();
        assert_eq!(values, vec![61_180_000.0], "{found:?}");
        // Nor is one from the time before an event.
        let found = counted("截至2025年底，全年共监测到鱼类126种，比禁渔前增加19种。");
        let values: Vec<f64> = found.iter().map(|(v, _, _)| *v).collect();
        assert_eq!(values, vec![126.0], "{found:?}");
        // 和…比较 is no comparison with a time.
        let found = counted("截至2025年底，全县有5个乡镇和12个村集体经济发展比较薄弱。");
        assert_eq!(found.len(), 2, "{found:?}");
        // The reach of an area is where a rule applies.
        let found = counted("截至2025年底，累计关停搬迁沿江1公里范围内化工企业11家。");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, 11.0);
        // Without a comparison, what was added exists.
        let found = counted("截至2025年底，全市累计增加公共停车位2000个。");
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_table_rows_cells_bound_the_noun_a_figure_counts() {
        let text = "截至2025年底建成的设施：\n已建成地下蓄洪池\t5个\t约43万立方米\n已活化河道\t8条\t约14公里";
        let subjects = counts_of(text, |c| (c.value, c.subject.unwrap_or_default()));
        assert!(
            subjects.contains(&(5.0, "地下蓄洪池".to_string())),
            "{subjects:?}"
        );
        assert!(
            subjects.iter().all(|(_, s)| !s.contains('\t')),
            "{subjects:?}"
        );
    }

    #[test]
    fn respectively_over_the_list_the_clause_before_ends_on() {
        let text = "一、2025年工作成效\n新增温网室设施2,059公顷，从区域分布来看，以云林县、彰化县、屏东县及嘉义县最多，分别为724公顷、586公顷、431公顷及318公顷。";
        let scopes: Vec<(f64, String)> =
            counts_of(text, |c| (c.value, c.scope.unwrap_or_default()));
        for (value, place) in [(586.0, "彰化县"), (431.0, "屏东县"), (318.0, "嘉义县")] {
            assert!(
                scopes.iter().any(|(v, s)| *v == value && s.contains(place)),
                "{scopes:?}"
            );
        }
    }

    #[test]
    fn places_ranked_before_respectively_count_what_the_last_runs_on_into() {
        let text = "一、2025年工作成效\n温岭市、黄岩区、椒江区省级以上专精特新企业数量位居全市前三，分别为298家、265家和231家。";
        let found = counts_of(text, |c| {
            (c.value, c.subject.unwrap_or_default(), c.qualifier, c.scope)
        });
        let count = |v: f64, place: &str| {
            (
                v,
                "专精特新企业".to_string(),
                Some("省级以上".to_string()),
                Some(place.to_string()),
            )
        };
        assert_eq!(
            found,
            vec![
                count(298.0, "温岭市"),
                count(265.0, "黄岩区"),
                count(231.0, "椒江区")
            ]
        );
        // 居 of a word is no rank, nor 市 of a level a place's kind.
        let text = "一、2025年工作成效\n上城区、拱墅区、西湖区城乡居民医保定点机构分别有120家、98家和87家。";
        let found = counts_of(text, |c| c.subject.unwrap_or_default());
        assert!(
            found.iter().all(|s| s.ends_with("居民医保定点机构")),
            "{found:?}"
        );
        // A verb with its own noun after 分别 names what they count.
        let text = "一、2025年工作成效\n海曙区、江北区、鄞州区率先开展试点，分别建成示范项目12个、9个、15个。";
        let found = counts_of(text, |c| c.subject.unwrap_or_default());
        assert!(found.iter().all(|s| s.contains("示范项目")), "{found:?}");
        // Names alone, closed by how many places of which kind they are.
        let text = "一、2025年工作成效\n郑州、洛阳、南阳三市立案数分别为512件、436件和398件，居全省前三位。";
        let found = counts_of(text, |c| (c.subject.unwrap_or_default(), c.scope));
        let count = |place: &str| ("立案数".to_string(), Some(place.to_string()));
        assert_eq!(
            found,
            vec![count("郑州市"), count("洛阳市"), count("南阳市")]
        );
        // (等 closes the list, no name's.)
        let text = "一、2025年工作成效\n莲都、青田、缙云等三县农民专业合作社数量分别为1200家、980家和760家。";
        let found = counts_of(text, |c| c.scope.unwrap_or_default());
        assert_eq!(
            found.last().map(String::as_str),
            Some("缙云县"),
            "{found:?}"
        );
        // Names that carry their kind keep it once.
        let text = "一、2025年工作成效\n郑州市、洛阳市、南阳三市立案数分别为512件、436件和398件。";
        let found = counts_of(text, |c| c.scope.unwrap_or_default());
        assert_eq!(found, vec!["郑州市", "洛阳市", "南阳市"]);
    }

    #[test]
    fn a_jiang_that_divides_plans_nothing() {
        let text = "一、上半年工作成效\n深化网格化治理，将辖区划分为一级网格9个、二级网格62个，配备专兼职网格员208名。";
        let found: Vec<f64> = counted(text).into_iter().map(|c| c.0).collect();
        assert_eq!(found, vec![9.0, 62.0, 208.0]);
    }

    #[test]
    fn a_rules_bound_is_no_count() {
        let text = "一、2025年工作成效\n全省完成农村危房改造1.26万户，重建房屋建筑面积原则上控制在60平方米以内，且1人户不低于20平方米。";
        let found: Vec<f64> = counted(text).into_iter().map(|c| c.0).collect();
        assert!(found.contains(&12600.0), "{found:?}");
        assert!(
            !found.contains(&60.0) && !found.contains(&20.0),
            "{found:?}"
        );
    }

    #[test]
    fn what_each_one_is_given_is_no_count() {
        let text = "一、2025年工作成效\n全市登记在册的就业困难人员1.12万人，我们对每一名就业困难人员都建立了帮扶台账，至少提供1次职业指导、3次岗位推荐。";
        let found: Vec<f64> = counted(text).into_iter().map(|c| c.0).collect();
        assert_eq!(found, vec![11200.0]);
    }

    #[test]
    fn a_purpose_after_the_figures_plans_none_of_them() {
        let done = "一、2025年工作成效\n全市脱贫人口务工就业6.75万人，开发乡村公益性岗位3420个，确保零就业家庭动态清零。";
        let found: Vec<f64> = counted(done).into_iter().map(|c| c.0).collect();
        assert_eq!(found, vec![67500.0, 3420.0]);
        // When they are expected, they are not done yet.
        let expected = "一、2025年工作成效\n包括敷设约8.6公里雨水渠，预计于2028年完成。";
        assert!(counted(expected).is_empty());
    }

    #[test]
    fn places_after_a_frame_count_the_things_it_names_there() {
        let found = counts_of(
            "2025年末，全市共有A级旅游景区86家。旅游景区中，鼓楼区12家，秦淮区9家。国家级专精特新“小巨人”企业中，苏州工业园区71家，昆山市56家。",
            |c| (c.value, c.subject.unwrap_or_default(), c.scope),
        );
        let place = |p: &str| Some(p.to_string());
        assert_eq!(
            found[1..],
            [
                (12.0, "旅游景区".to_string(), place("鼓楼区")),
                (9.0, "旅游景区".to_string(), place("秦淮区")),
                (
                    71.0,
                    "国家级专精特新“小巨人”企业".to_string(),
                    place("苏州工业园区")
                ),
                (
                    56.0,
                    "国家级专精特新“小巨人”企业".to_string(),
                    place("昆山市")
                ),
            ]
        );
        // (Hong Kong's 当中 frames as 中 does.)
        let found = counts_of(
            "截至2025年底，获批企业当中，仍在营运的有1,689间。",
            |c| c.subject.unwrap_or_default(),
        );
        assert_eq!(found, ["获批企业"]);
    }

    #[test]
    fn places_break_down_a_whole_told_before_other_figures_of_its_sentence() {
        let found = counts_of(
            "2025年，全市共完成背街小巷整治提升286条，总长度约132公里，惠及居民18.6万户。其中，鼓楼区完成52条，云龙区48条，徐州经济技术开发区42条。",
            |c| (c.value, c.subject.unwrap_or_default(), c.scope),
        );
        let parts: Vec<(f64, Option<String>)> =
            found[3..].iter().map(|(v, _, p)| (*v, p.clone())).collect();
        assert_eq!(
            parts,
            [
                (52.0, Some("鼓楼区".to_string())),
                (48.0, Some("云龙区".to_string())),
                (42.0, Some("徐州经济技术开发区".to_string()))
            ]
        );
        assert!(
            found[3..].iter().all(|(_, s, _)| s.contains("背街小巷")),
            "{found:?}"
        );
    }

    #[test]
    fn an_irrigation_district_is_a_thing_counted_not_a_place() {
        let text = "一、基本情况\n截至2025年底，全市共有大型灌区3处、中型灌区27处、小型灌区41处。";
        let found: Vec<(f64, String)> = counted(text).into_iter().map(|c| (c.0, c.1)).collect();
        assert_eq!(
            found,
            vec![
                (3.0, "大型灌区".to_string()),
                (27.0, "中型灌区".to_string()),
                (41.0, "小型灌区".to_string())
            ]
        );
    }

    #[test]
    fn a_task_handed_down_is_a_quota_but_a_task_done_counts() {
        let text = "一、2025年工作成效\n省、市下达我县耕地保有量任务58.62万亩。全市完成林草生态建设任务1715.8万亩。";
        let found: Vec<f64> = counted(text).into_iter().map(|c| c.0).collect();
        assert_eq!(found, vec![17_158_000.0]);
    }

    #[test]
    fn funds_secured_are_reported_not_sought() {
        let done = "一、2025年工作成效\n积极争取中央和省级湿地保护补助资金2860万元，实施湿地保护修复项目，完成退化湿地修复1.2万亩。";
        let found: Vec<f64> = counted(done).into_iter().map(|c| c.0).collect();
        assert_eq!(found, vec![12_000.0]);
        // 争取 still plans what it strives for.
        let sought = "一、2025年工作成效\n争取再建成湿地公园2个。";
        assert!(counted(sought).is_empty());
        let sought = "一、2025年工作成效\n争取新开工项目30个。";
        assert!(counted(sought).is_empty());
    }

    #[test]
    fn a_capacity_is_a_stock_in_any_unit() {
        let text = "一、2025年工作成效\n全市现有国有粮库86座、总仓容860万吨，全年粮食产量1190万吨；对日处理能力20吨以上的设施实行在线监控。";
        let found = values_and_units(text);
        // The output of a year is what was achieved too, but a capacity
        // that sorts the things after it counts none.
        assert_eq!(
            found,
            vec![
                (86.0, "座".to_string()),
                (8_600_000.0, "吨".to_string()),
                (11_900_000.0, "吨".to_string())
            ]
        );
    }

    #[test]
    fn things_after_the_figure_keep_the_verb_of_addition_before_it() {
        let text = "2025年，全镇新建3个村级老年食堂，改造提升2个。";
        let found = counts_in_2026(text, |c| (c.subject.unwrap_or_default(), c.qualifier));
        assert_eq!(
            found[0],
            ("新建村级老年食堂".to_string(), Some("村级".to_string()))
        );
    }

    #[test]
    fn qualifiers_listed_after_a_figure_share_its_noun() {
        let text = "2025年，对全镇312名特困、失能、高龄独居老人建立“一人一档”。2025年，新建公园12个、提升绿地面积。截至2025年底，经济房屋36,866个单位、社会房屋14,520个单位。";
        let found = counts_in_2026(text, |c| (c.value, c.subject.clone().unwrap_or_default()));
        let count = |v: f64, s: &str| (v, s.to_string());
        // (The noun reads on into what is done for them.)
        assert_eq!(found[0].0, 312.0);
        assert!(
            found[0].1.starts_with("特困、失能、高龄独居老人"),
            "{found:?}"
        );
        assert_eq!(found[1], count(12.0, "新建公园"));
        assert!(found[2].1.starts_with("经济房屋"), "{found:?}");
        // Nouns listed so are counted together.
        // A size class named alone sorts the things counted before it.
        let text = "截至2025年底，研制企业中，营业收入超100亿元的研制企业11家，10亿—100亿元的63家，1亿元以下的140家。";
        let found = counts_in_2026(text, |c| (c.subject.unwrap_or_default(), c.qualifier));
        assert_eq!(
            found[1],
            ("研制企业".to_string(), Some("10亿—100亿元".to_string()))
        );
        assert_eq!(
            found[2],
            ("研制企业".to_string(), Some("1亿元以下".to_string()))
        );
        let text = "截至2025年底，全市117所小学与少年宫、科技馆、博物馆等社会场馆建立合作关系。";
        let found = counts_of(text, |c| c.subject.unwrap_or_default());
        assert!(
            found[0].ends_with("博物馆等社会场馆建立合作关系"),
            "{found:?}"
        );
    }

    #[test]
    fn one_of_a_unit_defined_is_no_count() {
        let text = "截至2025年底，全市算力规模已达5.8万P。算力规模按FP16精度折算，1P即每秒千万亿次浮点运算。截至目前，有1项指标未达标的学校33所。";
        let found = counts_of(text, |c| (c.value, c.unit));
        // (The 指 of 指标 defines nothing.)
        let unit = |v: f64, u: &str| (v, u.to_string());
        assert_eq!(
            found,
            vec![unit(58000.0, "P"), unit(1.0, "项"), unit(33.0, "所")]
        );
    }

    #[test]
    fn a_bracket_after_a_count_holds_its_parts() {
        let text = "全市已建立各类自然保护地43个，其中自然保护区18个（国家级2个、省级3个）。";
        let found = counts_of(text, |c| {
            (
                c.value,
                c.subject.unwrap_or_default(),
                c.qualifier,
                c.parent,
            )
        });
        let row = |v: f64, s: &str, q: Option<&str>, p: Option<usize>| {
            (v, s.to_string(), q.map(str::to_string), p)
        };
        assert_eq!(
            found,
            vec![
                row(43.0, "全市已建立各类自然保护地", None, None),
                row(18.0, "自然保护区", None, Some(0)),
                row(2.0, "自然保护区", Some("国家级"), Some(1)),
                row(3.0, "自然保护区", Some("省级"), Some(1)),
            ]
        );
    }

    #[test]
    fn a_total_to_date_is_qualified_as_one() {
        let text = "全年为3.8万名青年提供免费住宿，累计服务青年11.2万人次。全市累计建成绿色工厂120家，其中国家级12家。";
        let found = counts_of(text, |c| (c.value, c.qualifier));
        assert_eq!(
            found,
            vec![
                (38_000.0, None),
                (112_000.0, Some("累计".to_string())),
                (120.0, Some("累计".to_string())),
                (12.0, Some("国家级".to_string())),
            ]
        );
    }

    #[test]
    fn computing_and_storage_are_stocks() {
        let text =
            "截至2025年底，全市算力总规模达到6.2万P，其中智能算力5.1万P；存力总规模达到1.35EB。";
        let found: Vec<(f64, String, String)> =
            counts_of(text, |c| (c.value, c.unit, c.subject.unwrap_or_default()));
        let row = |v: f64, u: &str, s: &str| (v, u.to_string(), s.to_string());
        assert_eq!(
            found,
            vec![
                row(62_000.0, "P", "算力总规模"),
                row(51_000.0, "P", "智能算力"),
                row(1.35, "EB", "存力总规模"),
            ]
        );
    }

    #[test]
    fn an_article_or_a_class_name_is_part_of_the_next_figures_noun() {
        let text = "截至2025年底，累计推出企业开办、不动产登记等“高效办成一件事”重点事项28个，新增一类创新药12个、三类医疗器械注册证64张。";
        let found: Vec<String> = counts_of(text, |c| c.subject.unwrap_or_default());
        assert!(found[0].ends_with("“高效办成一件事”重点事项"), "{found:?}");
        assert_eq!(found[1], "新增一类创新药");
        assert_eq!(found[2], "新增三类医疗器械注册证");
    }

    #[test]
    fn a_part_named_by_how_far_it_has_come_is_of_the_wholes_things() {
        let text =
            "截至2025年底，全市累计筹集保障性租赁住房24.6万套，其中已建成并投入使用17.8万套。";
        let found: Vec<(f64, String, Option<String>)> = counts_of(text, |c| {
            (c.value, c.subject.unwrap_or_default(), c.qualifier)
        });
        assert_eq!(found[1].0, 178_000.0);
        assert_eq!(found[1].1, found[0].1, "{found:?}");
        assert_eq!(found[1].2.as_deref(), Some("投入使用"));
        // Or by what was done to it, with no noun of its own, or by what
        // it does not do.
        for (text, qualifier) in [
            (
                "2025年，全省累计受理法律援助案件16.8万件，其中2025年受理3.8万件；",
                "受理",
            ),
            (
                "全县共建成农村互助养老服务设施128个，其中19个未正常运营。",
                "未正常运营",
            ),
            // A time word dates the verb; 新 before a verb names the ones
            // it did this time.
            (
                "年末全市涉海国家高新技术企业318家，其中当年新认定57家。",
                "新认定",
            ),
            (
                "全市累计认定市级课后服务示范学校85所，其中本学年新认定22所。",
                "新认定",
            ),
            ("建成老年友善医疗机构643个，其中2025年新增127个。", "新增"),
            (
                "冰雪旅游相关市场主体达到1.27万户，其中雪季新增2160户。",
                "新增",
            ),
        ] {
            let found: Vec<(String, Option<String>)> =
                counts_of(text, |c| (c.subject.unwrap_or_default(), c.qualifier));
            assert_eq!(found.len(), 2, "{found:?}");
            assert_eq!(found[1].0, found[0].0, "{found:?}");
            assert_eq!(found[1].1.as_deref(), Some(qualifier));
        }
        // 新增 itself, of events too; a whole's level stays beside its verb.
        let found: Vec<(String, Option<String>)> = counts_of(
            "全年开展文艺演出320场，其中新增86场。全年新增省级医学重点专科32个，其中中医专科12个。",
            |c| (c.subject.unwrap_or_default(), c.qualifier),
        );
        assert_eq!(found[1].1.as_deref(), Some("新增"), "{found:?}");
        assert_eq!(found[3].1.as_deref(), Some("新增省级"), "{found:?}");
        // The parts of what was added were added.
        let found: Vec<(String, Option<String>)> = counts_of(
            "全年新建口袋公园36个，其中社区公园20个。",
            |c| (c.subject.unwrap_or_default(), c.qualifier),
        );
        assert_eq!(found[1], ("社区公园".to_string(), Some("新建".to_string())));
    }

    #[test]
    fn a_figure_in_brackets_after_its_noun_counts_that_noun() {
        let text = "一、2025年工作成效\n第一季留宿旅客(4,726,118人次)上升6.3%，不过夜旅客(5,086,288人次)上升12.8%。";
        let found: Vec<String> = counts_of(text, |c| c.subject.unwrap_or_default());
        assert_eq!(found, vec!["第一季留宿旅客", "不过夜旅客"]);
    }

    #[test]
    fn a_total_after_things_added_counts_them_all() {
        let text = "全年新增专精特新企业12家，累计达到67家。全年新建学校5所、改造3所。全年新增企业12家、芜湖市8家。";
        let found = counts_of(text, |c| (c.value, c.subject.unwrap_or_default()));
        let subjects: Vec<(f64, &str)> = found.iter().map(|(v, s)| (*v, s.as_str())).collect();
        assert_eq!(
            subjects,
            [
                (12.0, "新增专精特新企业"),
                (67.0, "专精特新企业"),
                (5.0, "新建学校"),
                (3.0, "学校"),
                (12.0, "新增企业"),
                (8.0, "新增企业"),
            ]
        );
    }

    #[test]
    fn places_sorted_by_what_they_do_are_counted() {
        // Counties that do something are counted; the ones a city is
        // divided into are not.
        let text = "年末开通农村客运预约响应服务的县（市、区）89个。全市辖18个县。全省下辖的县（市、区）105个。";
        let found = counts_of(text, |c| (c.value, c.subject.unwrap_or_default()));
        assert_eq!(
            found,
            vec![(89.0, "开通农村客运预约响应服务的县（市、区）".to_string())]
        );
        // So are those named before what they do, brackets and all.
        let text = "全省已有31个县（市、区）开展林业碳票试点，98个县实现县域统一管理。";
        let found = counts_of(text, |c| (c.value, c.subject.unwrap_or_default()));
        assert_eq!(
            found,
            vec![
                (31.0, "县（市、区）开展林业碳票试点".to_string()),
                (98.0, "县实现县域统一管理".to_string())
            ]
        );
        // Villages with communities in brackets are divisions too.
        let text = "全市2760个村（社区）全部建有健身设施。";
        let found = counts_of(text, |c| c.subject.unwrap_or_default());
        assert_eq!(found, vec!["村（社区）全部建有健身设施"]);
        // Divisions named alone are counted as they are, not taken for the
        // place of an empty noun; so are prefectures (州（市）).
        let text =
            "截至2025年底，管道天然气通达108个县（市、区），全省16个州（市）全部建成监管平台。";
        let found = counts_in_2026(text, |c| c.subject.unwrap_or_default());
        assert_eq!(found, vec!["县（市、区）", "州（市）全部建成监管平台"]);
        // What they build is no status they gain, and 下辖 has them as 有 does.
        let text = "街道下辖14个社区全部建成便民服务站，全市107个乡镇建成应急管理办公室。";
        let found = counts_of(text, |c| c.subject.unwrap_or_default());
        assert_eq!(
            found,
            vec!["社区全部建成便民服务站", "乡镇建成应急管理办公室"]
        );
        // Hong Kong writes it 辖下. (The last noun runs on to the verb the
        // 为 frame ends on: the subject only opens with it.)
        let text = "医管局为辖下43间公立医院、49间专科门诊诊所采购药物。";
        let found = counts_of(text, |c| (c.value, c.subject.unwrap_or_default()));
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0], (43.0, "公立医院".to_string()));
        assert!(found[1].0 == 49.0 && found[1].1.starts_with("专科门诊诊所"));
    }

    #[test]
    fn what_people_have_is_theirs_and_the_people_are_counted() {
        let text = "累计保障受旱地区农村群众238万人的饮水安全。解决了2.3万人的饮水问题。";
        let found = counts_of(text, |c| c.subject.unwrap_or_default());
        assert_eq!(found, vec!["受旱地区农村群众", "饮水问题"]);
        // A team of people is counted by them, not owned.
        let text = "集团组建了200余人的智能化运维队伍，我们组建了一支两千余人的专业运维队伍。";
        let found = counts_of(text, |c| c.subject.unwrap_or_default());
        assert_eq!(found, vec!["智能化运维队伍", "专业运维队伍"]);
    }

    #[test]
    fn an_elliptic_figure_after_an_act_alone_is_the_things_so_done() {
        let text = "2025年，全年新开工公共租赁住房3,240套，基本建成4,105套。";
        let found = counts_in_2026(text, |c| {
            (c.value, c.subject.unwrap_or_default(), c.qualifier)
        });
        assert_eq!(
            found[1],
            (
                4105.0,
                "公共租赁住房".to_string(),
                Some("基本建成".to_string())
            )
        );
    }

    #[test]
    fn a_status_with_a_figure_of_its_own_leaves_the_things_counted() {
        let text = "截至2025年末，平台累计帮助2.1万家企业获得融资2860亿元。全省服务区设立农特产品销售专区173个。";
        let found = counts_of(text, |c| (c.value, c.subject.unwrap_or_default()));
        assert_eq!(
            found,
            vec![
                (21000.0, "企业".to_string()),
                (173.0, "农特产品销售专区".to_string())
            ]
        );
    }

    #[test]
    fn a_noun_pointing_back_counts_the_things_named_before() {
        let text =
            "我们将推动每个县（市、区）至少建设1所非遗传承教学基地，目前已建成这类基地97个。\
                    第二期的34个试点项目中，有17个涉及物流配送。";
        let found = counts_of(text, |c| (c.value, c.subject.unwrap_or_default()));
        assert_eq!(found[0], (97.0, "非遗传承教学基地".to_string()));
        assert_eq!(found[1], (34.0, "试点项目".to_string()));
    }

    #[test]
    fn a_part_named_by_a_clause_is_the_wholes_things_of_that_kind() {
        let text = "共组建医共体18个，其中由县级综合医院牵头的10个、由县级中医医院牵头的8个。";
        let found = counts_of(text, |c| {
            (
                c.value,
                c.subject.unwrap_or_default(),
                c.qualifier,
                c.parent,
            )
        });
        let part = |v: f64, kind: &str| (v, "医共体".to_string(), Some(kind.to_string()), Some(0));
        assert_eq!(
            found,
            vec![
                (18.0, "医共体".to_string(), None, None),
                part(10.0, "由县级综合医院牵头的"),
                part(8.0, "由县级中医医院牵头的")
            ]
        );
        // An abbreviation in brackets is an aside of the clause.
        let text = "共有县级水质检测中心103个，其中通过资质认定（CMA）的78个。";
        let found = counts_of(text, |c| (c.value, c.qualifier));
        assert_eq!(found[1], (78.0, Some("通过资质认定（CMA）的".to_string())));
        // A level alone is no such clause.
        let text = "共培育绿色工厂41家，其中国家级的12家。";
        let found = counts_of(text, |c| (c.subject.unwrap_or_default(), c.qualifier));
        assert_eq!(
            found[1],
            ("绿色工厂".to_string(), Some("国家级".to_string()))
        );
    }

    #[test]
    fn words_opening_with_a_preposition_name_no_things() {
        // What the things do names none of them: the things are those
        // counted before.
        let text = "全市具备条件的公办中小学1126所，已有1015所向社会开放体育场地。";
        let found = counts_of(text, |c| c.subject.unwrap_or_default());
        assert_eq!(found[1], found[0]);
        // A word the preposition's char starts is a noun's (在建项目), and
        // a clause it opens may describe the noun after its 的.
        let text = "全市共有在建项目45个。本港登记的本地渔船约有4 950艘，其中约2 300艘为在香港以外水域作业的捕捞渔船。";
        let found = counts_of(text, |c| c.subject.unwrap_or_default());
        assert_eq!(found[0], "在建项目");
        assert_eq!(found[2], "捕捞渔船");
    }

    #[test]
    fn hong_kong_opens_a_part_with_dang_zhong() {
        let text = "2023年至2025年，政府共接获38宗与数据中心相关的规划申请，当中31宗已获批。";
        let found = counts_of(text, |c| (c.value, c.subject.unwrap_or_default(), c.parent));
        assert_eq!(
            found,
            vec![
                (38.0, "数据中心相关的规划申请".to_string(), None),
                (31.0, "数据中心相关的规划申请".to_string(), Some(0))
            ]
        );
    }

    #[test]
    fn an_output_in_kilograms_counts_but_a_yield_does_not() {
        let text = "2025年，全省生产杂交水稻种子7860万公斤和小麦2000万公斤，项目区小麦平均亩产达到632公斤，奶牛平均单产9.8吨。全市粮食总产量286.4亿斤。";
        let found = counts_in_2026(text, |c| (c.value, c.unit));
        assert_eq!(
            found,
            vec![
                (78_600_000.0, "公斤".to_string()),
                (20_000_000.0, "公斤".to_string()),
                (28_640_000_000.0, "斤".to_string())
            ]
        );
    }

    #[test]
    fn hong_kongs_metric_tons_handled_count_as_tons_do() {
        let text = "2025年，中心共处理化学废物约四万二千公吨，较2024年上升6.3%；其中约一万一千八百公吨为废润滑油。";
        let found = counts_in_2026(text, |c| (c.value, c.unit));
        assert_eq!(
            found,
            vec![
                (42_000.0, "公吨".to_string()),
                (11_800.0, "公吨".to_string())
            ]
        );
    }

    #[test]
    fn what_follows_a_figure_is_read_as_the_kind_counted() {
        // An area after its figure is a kind, no district; a certificate
        // got is no status; a module stands for the things before it; a
        // body has its members.
        let text = "渔护署已在全港设立7个渔民卸鱼区。认证计划已有42间本地渔场获得认证。2025年在东部水域投放人工鱼礁共1,200个单元。住房公积金管理委员会有委员29名。";
        let found = counts_in_2026(text, |c| (c.value, c.subject.unwrap_or_default()));
        let subjects: Vec<(f64, bool)> = found
            .iter()
            .zip(["卸鱼区", "渔场", "人工鱼礁单元", "委员"])
            .map(|((value, subject), kind)| (*value, subject.ends_with(kind)))
            .collect();
        assert_eq!(
            subjects,
            vec![(7.0, true), (42.0, true), (1200.0, true), (29.0, true)],
            "{found:?}"
        );
    }

    #[test]
    fn a_list_of_places_after_its_topic_and_colon_counts_the_topic() {
        let text = "截至2025年底，各县（市、区）城乡持证残疾人实名制就业人数分别为：鲤城区2136人，丰泽区2480人。";
        let found = counts_in_2026(text, |c| (c.value, c.subject.unwrap_or_default(), c.scope));
        let topic = "城乡持证残疾人实名制就业人数".to_string();
        assert_eq!(
            found,
            vec![
                (2136.0, topic.clone(), Some("鲤城区".to_string())),
                (2480.0, topic, Some("丰泽区".to_string())),
            ]
        );
    }

    #[test]
    fn orders_count_by_their_dao_and_shares_by_their_gu() {
        let text = "2025年，全市各级林长累计巡林9.6万人次，发布林长令12道，筑牢三道防线；全省共量化集体经营性资产股份9463.8万股。";
        let found = counts_in_2026(text, |c| (c.value, c.unit));
        assert_eq!(
            found,
            vec![
                (96_000.0, "人次".to_string()),
                (12.0, "道".to_string()),
                (94_638_000.0, "股".to_string())
            ]
        );
    }

    #[test]
    fn a_size_class_before_its_count_counts_nothing_itself() {
        let text = "按经营规模分，客房10间以下的民宿2890家，10至14间的1095家，15间以上的177家。全市现有农贸市场253个的61.7%完成改造。";
        let found = counts_in_2026(text, |c| {
            (c.value, c.subject.unwrap_or_default(), c.qualifier)
        });
        assert_eq!(
            found,
            vec![
                (2890.0, "客房10间以下的民宿".to_string(), None),
                (1095.0, "民宿".to_string(), Some("10至14间".to_string())),
                (177.0, "民宿".to_string(), Some("15间以上".to_string())),
                (253.0, "农贸市场".to_string(), None),
            ]
        );
    }

    #[test]
    fn a_figure_alone_after_a_label_counts_what_the_label_names() {
        // (The lines a report's colon leads into report with it.)
        let text = "截至2025年底，工作小组共收到41宗申请，涵盖以下类别：\n1. 氢燃料电池巴士及重型车辆试验：12宗；\n2. 加氢站及氢气供应设施：7宗。\n2025年粮食总产量：25.3万吨。\n2025年水资源总量：25.3亿立方米。\n截至2025年底，全市已建成充电桩1200个，下一步重点做好以下工作：\n1. 新建充电桩：500个。";
        let found = counts_in_2026(text, |c| (c.value, c.subject.unwrap_or_default()));
        assert_eq!(
            found[1..],
            [
                (12.0, "氢燃料电池巴士及重型车辆试验".to_string()),
                (7.0, "加氢站及氢气供应设施".to_string()),
                (253_000.0, "粮食总产量".to_string()),
                (1200.0, "充电桩".to_string()),
            ]
        );
    }

    #[test]
    fn members_named_alone_are_of_the_body_the_clause_before_set_up() {
        let text = "2025年，渔护署辖下设有山火控制队，成员约460名。";
        let found = counts_in_2026(text, |c| (c.value, c.subject.unwrap_or_default()));
        assert_eq!(found, vec![(460.0, "山火控制队成员".to_string())]);
    }

    #[test]
    fn a_sentence_opening_on_its_parts_breaks_down_the_whole_before() {
        let text = "蓝图共提出160项具体行动及措施。截至2026年4月底，当中已完成或已恒常化推行的有138项，其余22项正按计划推展。";
        let found = counts_in_2026(text, |c| (c.value, c.subject.unwrap_or_default(), c.parent));
        assert_eq!(found[1], (138.0, "具体行动及措施".to_string(), Some(0)));
    }

    #[test]
    fn an_owner_in_a_frame_holds_the_things_the_frame_names() {
        let text = "2025年末，全市医疗卫生机构床位3.2万张。基层医疗卫生机构床位中，乡镇卫生院9326张，比上年增加214张。";
        let found = counts_in_2026(text, |c| {
            (c.value, c.subject.unwrap_or_default(), c.qualifier)
        });
        assert_eq!(
            found[1],
            (
                9326.0,
                "基层医疗卫生机构床位".to_string(),
                Some("乡镇卫生院".to_string())
            )
        );
    }

    #[test]
    fn people_taking_part_count_in_what_the_clause_before_held() {
        let text = "消防处每年为前线人员举办山火扑救训练课程，2025年共有约3 800人次参与。";
        let found = counts_in_2026(text, |c| {
            (c.value, c.subject.unwrap_or_default(), c.qualifier)
        });
        assert_eq!(
            found,
            vec![(
                3800.0,
                "山火扑救训练课程".to_string(),
                Some("参与".to_string())
            )]
        );
    }

    #[test]
    fn a_part_in_a_state_is_qualified_by_it() {
        let text = "我们共接获286宗申请，其中173宗已获批。执法部门发出约39.6万项消防安全指示，其中约17.2万项已获遵办。全市排查隐患120处，其中98处整改。全港有升降机2.6万部，其中约7 000部已使用超过30年。政府发出危险斜坡修葺令41份，其中38份已获遵从而撤销。全区有学校40所，其中12所均为民办。";
        let found = counts_of(text, |c| (c.value, c.qualifier, c.parent));
        assert_eq!(
            found[..4],
            [
                (286.0, None, None),
                (173.0, Some("获批".to_string()), Some(0)),
                (396_000.0, None, None),
                (172_000.0, Some("获遵办".to_string()), Some(2)),
            ]
        );
        // A verb with no adverb or passive is a state too (98处整改: those
        // put right; 其中681间参加计划: those taking part).
        assert_eq!(found[5].1.as_deref(), Some("整改"));
        let kindergartens = counts_of(
            "全港共有744间幼稚园，其中681间参加计划，约占91.5%。",
            |c| (c.subject.unwrap_or_default(), c.qualifier),
        );
        assert_eq!(
            kindergartens[1],
            ("幼稚园".to_string(), Some("参加计划".to_string()))
        );
        // Nor is a measure (使用超过30年); a conjunction ends a state.
        assert_eq!(found[7].1, None);
        assert_eq!(found[9].1.as_deref(), Some("获遵从"));
        assert_eq!(found[11], (12.0, None, Some(10)));
        // 获批准 is one verb, no 获批 of a 准.
        let text = "城市规划委员会共接获12宗规划申请，其中10宗已获批准，其余两宗仍在处理中。";
        let found = counts_of(text, |c| (c.subject.unwrap_or_default(), c.qualifier));
        assert_eq!(
            found[1],
            ("规划申请".to_string(), Some("获批准".to_string()))
        );
    }

    #[test]
    fn illegal_buildings_keep_their_verb() {
        let text = "一、2025年工作成效\n全年拆除违法建设2.3万平方米，新建口袋公园41处。";
        let found: Vec<String> = counts_of(text, |c| c.subject.unwrap_or_default());
        assert_eq!(found, vec!["拆除违法建设", "新建口袋公园"]);
    }

    #[test]
    fn a_plan_named_as_a_thing_plans_nothing() {
        // 抽检计划， is what was drawn up, not a verb of planning.
        let text = "一、2025年工作成效\n科学制定抽检计划，全年完成食品安全抽检2.46万批次。";
        let found: Vec<f64> = counted(text).into_iter().map(|c| c.0).collect();
        assert_eq!(found, vec![24600.0]);
    }

    #[test]
    fn a_filler_that_leaves_no_word_is_part_of_the_noun() {
        let found = counted("全县已建成“共富工坊”186家，带动低收入农户就业3400余人。");
        assert!(found[0].1.contains("共富工坊"), "{found:?}");
    }

    #[test]
    fn a_press_conference_on_how_work_has_gone_reviews_it() {
        let text = "今天召开新闻发布会，介绍我市2025年城市排水防涝工作有关情况。\n四是应急保障力量进一步充实。全市组建排水防涝抢险队伍64支。";
        let found: Vec<f64> = counted(text).into_iter().map(|c| c.0).collect();
        assert_eq!(found, vec![64.0]);
        let text = "召开新闻发布会，介绍2025年全市港口发展情况。\n港口安全方面，组建港口专业应急救援队伍6支。";
        let found: Vec<f64> = counted(text).into_iter().map(|c| c.0).collect();
        assert_eq!(found, vec![6.0]);
    }

    #[test]
    fn the_items_of_a_report_go_on_with_it() {
        let item =
            "三是应急救援能力稳步提升。全市建成应急避难场所128处，组建专业应急救援队伍36支。";
        let text = format!("2025年以来，全市安全生产形势稳定。\n二是隐患排查整治扎实有效。全年累计关闭取缔非法违法生产经营单位57家。监管责任全面压实。\n{item}\n下一步，我们将建成应急避难场所150处。");
        let found: Vec<f64> = counted(&text).into_iter().map(|c| c.0).collect();
        assert_eq!(found, vec![57.0, 128.0, 36.0]);
        // Alone, building a shelter reports nothing.
        assert!(counted(item).is_empty());
    }

    #[test]
    fn a_figure_paired_with_another_measure_has_its_noun_before_it() {
        // The energy a storage holds, paired with its power by a slash,
        // counts what that one counted.
        let found = counted("截至2025年底，新型储能装机420万千瓦/1350万千瓦时。");
        assert_eq!(
            found,
            vec![
                (4_200_000.0, "新型储能装机".into(), None),
                (13_500_000.0, "新型储能装机".into(), None)
            ]
        );
        // Or by a list's comma.
        let found = counted("截至2025年底，新型储能装机482.6万千瓦、1016万千瓦时。");
        assert_eq!(
            found,
            vec![
                (4_826_000.0, "新型储能装机".into(), None),
                (10_160_000.0, "新型储能装机".into(), None)
            ]
        );
    }

    #[test]
    fn the_level_a_change_starts_from_gives_its_noun_and_goes() {
        let found = counted("截至2025年底，三级医院由2020年的128家增加到163家，海洋渔业从业人员由2020年的62万人减少到54万人。");
        assert_eq!(
            found,
            vec![
                (163.0, "三级医院".into(), None),
                (540_000.0, "海洋渔业从业人员".into(), None)
            ]
        );
    }

    #[test]
    fn a_figure_for_each_one_is_no_count() {
        let found = counted("截至2025年底，全市建成托育机构320家，每个托育机构至少与1家医疗机构签订合作协议，执法人员平均每人监管企业120家。");
        assert_eq!(found, vec![(320.0, "托育机构".into(), None)]);
    }

    #[test]
    fn a_notice_reporting_as_follows_reviews_work_done() {
        let text = "现将有关情况通报如下。\n（一）消防力量不断完善。全年新建消防站6座，清理违规停放电动自行车4.3万辆次。";
        let found = values_and_units(text);
        assert_eq!(found, vec![(6.0, "座".into()), (43000.0, "辆次".into())]);
        // An annual report published as follows.
        let text = "现将成都住房公积金2025年年度报告公布如下：\n全市设立住房公积金业务网点58个，布设自助服务终端210台。";
        let found = values_and_units(text);
        assert_eq!(found, vec![(58.0, "个".into()), (210.0, "台".into())]);
    }

    #[test]
    fn a_hong_kong_unit_is_of_the_housing_named_before_it() {
        let text = "过去一年，政府共落成公营房屋约2.8万个单位。全市共有用人单位300个。\
                    首三季共推出住宅用地7幅，可供兴建约4,150个单位。全市共有128家单位通过验收。";
        let found = counts_of(text, |c| (c.value, c.subject.unwrap_or_default()));
        assert_eq!(
            found,
            vec![
                (28000.0, "公营房屋单位".to_string()),
                (300.0, "用人单位".to_string()),
                (7.0, "住宅用地".to_string()),
                // (No action stands for the housing; the land named before
                // it tells.)
                (4150.0, "住宅单位".to_string()),
                // 家 counts organisations: no housing.
                (128.0, "单位".to_string()),
            ]
        );
    }

    #[test]
    fn a_plans_task_section_plans_though_the_plan_reviews_its_base() {
        let text = "一、发展现状\n“十四五”以来，全市教育事业发展取得显著成效，建成市级以上示范性高中9所。\n二、重点任务\n（一）实施学前教育普惠扩容工程。新建、改扩建公办幼儿园25所，组建教育集团30个。\n（二）实施教师队伍素质提升工程。补充中小学教师1800名。";
        let found = values_and_units(text);
        assert_eq!(found, vec![(9.0, "所".to_string())]);
        // A review's heading may open with a plan's word.
        let review = text.replace("二、重点任务", "二、重点任务扎实推进");
        assert_eq!(counts_of(&review, |c| c.value).len(), 4);
    }

    #[test]
    fn a_verb_right_after_the_figure_qualifies_its_noun() {
        let found = counts_of(
            "截至2025年底，社署已提供200个延长时间服务名额。",
            |c| c.subject.unwrap_or_default(),
        );
        assert_eq!(found, vec!["延长时间服务名额".to_string()]);
    }

    #[test]
    fn an_average_or_a_speed_is_no_count() {
        let text = "截至2025年底，全市共有公交线路1286条，客运总量35.4亿人次，日均970.4万人次，\
                    高峰时段公交平均运营速度为每小时16.4公里，平均每日2250宗。";
        let found = values_and_units(text);
        assert_eq!(
            found,
            vec![
                (1286.0, "条".to_string()),
                (3_540_000_000.0, "人次".to_string())
            ]
        );
    }

    #[test]
    fn money_or_a_body_near_an_output_does_not_make_it_a_rate() {
        let text = "截至2025年底，累计投入资金3000万元实施清淤20万立方米，施工单位清运垃圾5万吨，\
                    化肥施用量12万吨。";
        let found = values_and_units(text);
        assert_eq!(found, vec![of(200_000.0, "立方米"), of(50_000.0, "吨")]);
    }

    #[test]
    fn a_change_told_right_after_its_stock_is_no_count() {
        let text = "年末全市有家庭农场2860家，增加120家；小麦播种面积8559.4万亩，增加12.6万亩。";
        let found = values_and_units(text);
        assert_eq!(found, vec![of(2860.0, "家"), of(85_594_000.0, "亩")]);
    }

    #[test]
    fn output_counts_but_not_what_was_used_or_what_it_equals() {
        let text =
            "截至2025年底，全市新能源发电装机容量达到2180万千瓦，全年新能源发电量达到45亿千瓦时。\
             全年全社会用电量321.5亿千瓦时，万元GDP用水量57.3立方米；\
             岸电用电量2376万千瓦时，相当于减少燃油消耗约5200吨、减少二氧化碳排放约1.64万吨。\
             小麦产量1436万吨，增加12万吨；新建日处理能力200吨的生产线1条。\
             黄河利津水文站实测径流量186.4亿立方米，全年生态补水1.21亿立方米。";
        let found = values_and_units(text);
        assert_eq!(
            found,
            vec![
                of(2.18e7, "千瓦"),
                of(4.5e9, "千瓦时"),
                of(1.436e7, "吨"),
                of(1.0, "条")
            ]
        );
    }

    #[test]
    fn a_list_notice_reports_its_list_and_a_framed_breakdown_belongs_to_its_frame() {
        let text = "经专家评审，拟认定某某公司等42家企业为2025年度省级绿色工厂、3家园区为省级绿色工业园区。同时推荐12家企业申报国家级绿色工厂。本批拟认定的42家省级绿色工厂中，南昌市7家、赣州市6家；从行业看，有色金属行业9家。";
        let found: Vec<(f64, String, Option<String>, Option<String>)> = counts_of(text, |c| {
            (c.value, c.subject.unwrap_or_default(), c.qualifier, c.scope)
        });
        let some = |s: &str| Some(s.to_string());
        assert_eq!(found[0].0, 42.0);
        assert_eq!(
            (found[0].1.as_str(), found[0].2.as_deref()),
            ("绿色工厂", Some("省级"))
        );
        assert_eq!((found[1].0, found[1].1.as_str()), (3.0, "绿色工业园区"));
        let parts: Vec<_> = found
            .iter()
            .filter(|c| c.3.as_deref().is_some_and(|s| s.ends_with(['市', '业'])))
            .cloned()
            .collect();
        assert_eq!(
            parts,
            vec![
                (7.0, "绿色工厂".into(), some("省级"), some("南昌市")),
                (6.0, "绿色工厂".into(), some("省级"), some("赣州市")),
                (9.0, "绿色工厂".into(), some("省级"), some("有色金属行业")),
            ]
        );
    }

    #[test]
    fn a_list_of_figures_shares_its_unit_and_noun_but_a_yearly_rate_is_no_count() {
        let text = "截至2024年底，2022年、2023年及2024年分别有3.9万、4.5万及5.7万辆电动私家车新登记，全市共有1200、1500个充电桩。每年培育省级绿色工厂40家以上。";
        let found: Vec<(f64, String, String)> =
            counts_of(text, |c| (c.value, c.unit, c.subject.unwrap_or_default()));
        let car = |v: f64| (v, "辆".to_string(), "电动私家车新登记".to_string());
        let pile = |v: f64| (v, "个".to_string(), "充电桩".to_string());
        assert_eq!(
            found,
            vec![
                car(39000.0),
                car(45000.0),
                car(57000.0),
                pile(1200.0),
                pile(1500.0)
            ]
        );
    }

    #[test]
    fn respectively_gives_each_figure_its_own_item() {
        let text = "今年以来，新创建国家级绿色工厂、省级绿色工厂分别7家和19家；宿迁经开区、沭阳经开区分别建成充电站3座和2座；宁波市、杭州市国家级绿色工厂分别达到98家和87家；汽车报废更新和置换更新补贴申请分别达到5.2万份、8.7万份。";
        let found: Vec<(f64, String, Option<String>, Option<String>)> = extract(text)
            .counts
            .into_iter()
            .map(|c| (c.value, c.subject.unwrap_or_default(), c.qualifier, c.scope))
            .collect();
        let some = |s: &str| Some(s.to_string());
        let noun = |s: &str| s.to_string();
        assert_eq!(
            found[..6],
            [
                (7.0, noun("绿色工厂"), some("国家级"), None),
                (19.0, noun("绿色工厂"), some("省级"), None),
                (3.0, noun("充电站"), None, some("宿迁经开区")),
                (2.0, noun("充电站"), None, some("沭阳经开区")),
                (98.0, noun("绿色工厂"), some("国家级"), some("宁波市")),
                (87.0, noun("绿色工厂"), some("国家级"), some("杭州市")),
            ]
        );
        // Items of no single kind are not split: each figure counts the whole.
        assert!(
            found[6..]
                .iter()
                .all(|c| c.1 == "汽车报废更新和置换更新补贴申请"),
            "{found:?}"
        );
        // Hong Kong's 现时 reports as 目前 does.
        let now: Vec<f64> = counted("医管局现时管理43间公立医院及49间专科门诊诊所。")
            .into_iter()
            .map(|c| c.0)
            .collect();
        assert_eq!(now, vec![43.0, 49.0]);
        // A word ending in a char that could be a verb is still the word.
        let radars = counts_of(
            "截至年底，全市建成X波段天气雷达2部、风廓线雷达1部。",
            |c| c.subject,
        );
        assert_eq!(radars, vec![some("X波段天气雷达"), some("风廓线雷达")]);
        // A place opening with 和 is one item.
        let places: Vec<Option<String>> = counts_of(
            "截至年底，和平区、河西区、南开区分别完成改造86公里、102公里、95公里。",
            |c| c.scope,
        );
        assert_eq!(places, vec![some("和平区"), some("河西区"), some("南开区")]);
    }

    #[test]
    fn a_plan_named_in_a_noun_is_no_plan() {
        let extraction = crate::extract::extract_dated(
            "2024年，全县科技创新能力不断增强。全年组织实施县级以上科技计划项目36项。\n2025年，全年计划新建公园5个。",
            Some(2025),
        );
        let counted: Vec<f64> = extraction.counts.iter().map(|c| c.value).collect();
        assert_eq!(counted, vec![36.0]);
        assert_eq!(extraction.targets.len(), 1);
        assert_eq!(extraction.targets[0].value, 5.0);
        // Nor is the plan a report measures against.
        let extraction = crate::extract::extract_dated(
            "一、2026年工作开展情况\n全年新建、改造道路照明灯具3186盏，完成年度计划的106.2%。",
            Some(2026),
        );
        let counted: Vec<f64> = extraction.counts.iter().map(|c| c.value).collect();
        assert_eq!(counted, vec![3186.0]);
    }

    #[test]
    fn a_small_numeral_after_its_noun_counts() {
        let text = "今年以来，全镇新建便民桥两座、蓄水池一座，硬化道路八点五公里。坚持改造一个、管好一个，综合排名居全省前三位。";
        let found: Vec<(f64, String)> = counted(text).into_iter().map(|(v, s, _)| (v, s)).collect();
        assert_eq!(
            found,
            vec![
                (2.0, "新建便民桥".to_string()),
                (1.0, "新建蓄水池".to_string()),
                (8.5, "硬化道路".to_string()),
            ]
        );
    }

    #[test]
    fn an_annual_review_reports_without_report_words() {
        let text = "2023年，全市住建系统各项工作取得新成效。\n全年实施城市更新重点项目86个。改造城镇老旧小区132个，涉及居民3.1万户，其中清江浦区41个。\n2024年，计划改造老旧小区100个。";
        let found = counted(text);
        assert_eq!(found.len(), 4, "{found:?}");
        assert_eq!(found[0].0, 86.0);
        assert_eq!(found[1], (132.0, "改造城镇老旧小区".into(), None));
        // The part is of the 个 whole, not of the households.
        assert_eq!(found[3].0, 41.0);
        assert_eq!(found[3].2, Some(1));
    }

    #[test]
    fn a_summary_of_work_reports_without_report_words() {
        // A work summary says what it is in its opening (…总结如下), and
        // then lists what was built, under headings, with no report word.
        let text = "上半年，全镇各项工作有序推进。现将有关情况总结如下。\n二、基础设施不断完善\n新建便民桥两座，整治山坪塘十四口。\n下半年，计划再新建通组公路五公里。";
        let found: Vec<(f64, String)> = counted(text).into_iter().map(|(v, s, _)| (v, s)).collect();
        assert_eq!(
            found,
            vec![(2.0, "新建便民桥".into()), (14.0, "整治山坪塘".into())]
        );
        // Without the summary's opening, nothing says they were done.
        assert!(counted(&text.replace("现将有关情况总结如下。", "")).is_empty());
    }

    #[test]
    fn a_figure_after_a_verb_alone_counts_what_was_counted_before() {
        let text = "截至目前，共收集群众意见建议61条，已办结54条。";
        let found: Vec<(f64, String)> = counted(text).into_iter().map(|(v, s, _)| (v, s)).collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1].0, 54.0);
        assert!(found[1].1.ends_with("群众意见建议"), "{found:?}");
        assert_eq!(found[1].1, found[0].1);
    }

    #[test]
    fn ten_alone_counts_and_a_nickname_in_quotes_does_not() {
        // 十 is a number as 十一 is; 百 alone is a multitude, and a policy's
        // nickname (“大气十条”) no count. Rhetoric stays rhetoric (十个方面).
        let found = counts_of(
            "房屋局已在全港设立十个服务中心。落实“大气十条”要求，百家企业参与，已完成十个方面的工作。",
            |c| (c.value, c.subject.unwrap_or_default()),
        );
        assert_eq!(found, vec![(10.0, "服务中心".to_string())]);
    }

    #[test]
    fn the_last_place_of_a_list_may_run_on_into_what_is_counted() {
        // 赣县区 is known as a place only by its kind, the 区 of the others.
        let scopes = counts_of(
            "截至3月底，章贡区、南康区、赣县区新能源汽车保有量分别为3.12万辆、1.86万辆和1.24万辆。",
            |c| c.scope.unwrap_or_default(),
        );
        assert_eq!(scopes, vec!["章贡区", "南康区", "赣县区"]);
    }

    #[test]
    fn words_formed_with_a_count_verbs_char_are_no_count_verb() {
        // 新 is of the verb (新认定), 当年 and 年末 of the time, and 有 of 有效.
        let found = counts_of(
            "年末全市有效发明专利7930件，瞪羚企业37家（其中当年新认定9家）。",
            |c| (c.value, c.subject.unwrap_or_default(), c.scope),
        );
        assert_eq!(
            found,
            vec![
                (7930.0, "有效发明专利".to_string(), Some("全市".to_string())),
                (37.0, "瞪羚企业".to_string(), None),
                (9.0, "瞪羚企业".to_string(), None),
            ]
        );
        // A place that has things: 有 is the verb before a word of its own.
        let found = counts_of("年末全县有限额以上批发和零售业企业263家。", |c| c.subject);
        assert_eq!(found, vec![Some("限额以上批发和零售业企业".to_string())]);
    }

    #[test]
    fn area_added_is_measured_apart_from_the_stock() {
        let text = "截至2024年底，全市累计建成高标准农田496.3万亩，2024年新建高标准农田31.2万亩。";
        let found: Vec<(f64, String)> = counted(text).into_iter().map(|(v, s, _)| (v, s)).collect();
        assert_eq!(
            found,
            vec![
                (4_963_000.0, "高标准农田".to_string()),
                (312_000.0, "新建高标准农田".to_string())
            ]
        );
    }

    #[test]
    fn rates_differences_and_left_out_nouns() {
        let text = "截至年末，全省每万人拥有5G基站13.7个，高新技术企业2120家，比上年末增加386家；新增规模以上工业企业213家、总数突破2600家；会展活动342项，按年增加28项。";
        // The parts a text is set out in are no things that exist.
        assert!(counted("截至目前，《若干措施》共5个方面22条。").is_empty());
        let found: Vec<(f64, String)> = counted(text).into_iter().map(|(v, s, _)| (v, s)).collect();
        assert!(
            !found
                .iter()
                .any(|(v, _)| *v == 13.7 || *v == 386.0 || *v == 28.0),
            "{found:?}"
        );
        assert!(
            found.contains(&(2600.0, "规模以上工业企业总数".into())),
            "{found:?}"
        );
        // A breakdown framed by 中 counts its parts, not the frame again.
        let found = counted("2023年全市累计抽检食品2860批次，不合格49批次。抽检发现的49批次不合格食品中，农药残留超标21批次，兽药残留超标9批次。");
        let values: Vec<f64> = found.iter().map(|(v, _, _)| *v).collect();
        assert_eq!(values, vec![2860.0, 49.0, 21.0, 9.0], "{found:?}");
        // So is one framed by the batch a notice names (本批…中, 上述…中).
        let found = counted("本批共公布历史建筑53处。本批历史建筑中，鲤城区41处、丰泽区12处。");
        let values: Vec<f64> = found.iter().map(|(v, _, _)| *v).collect();
        assert_eq!(values, vec![53.0, 41.0, 12.0], "{found:?}");
        // A bulletin's 计划总投资 names projects, it plans nothing.
        let found = counted("南陵县2023年国民经济和社会发展统计公报\n全年计划总投资亿元以上项目9836个，比上年增加428个。");
        assert_eq!(found.len(), 1, "{found:?}");
        // A goal to make progress reviews nothing: the plan's tasks are no counts.
        let plan = "到2027年，全省数字化转型取得显著成效。\n培育数字化转型服务商200家左右，建设14个促进中心。";
        assert!(counted(plan).is_empty(), "{:?}", counted(plan));
        // Nor what one may do, or a capacity.
        let found = counted("截至目前，全省共有参与门店1.2万家，每类产品可补贴1件，场馆可容纳3000人，完成专利转让许可136次。");
        assert_eq!(found.len(), 2, "{found:?}");
        // This year's figures with no intent report what was done so far.
        let found = counted("今年全县新建高标准农田12.5万亩，新建泵站42座。");
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(counted("今年全县将新建高标准农田12.5万亩。").is_empty());
        // A paragraph opening with a province speaks of it.
        let text = "截至2024年底，全国累计建成充电桩1281万个。\n浙江率先实现全覆盖。截至2024年底，全省累计建成公共充电桩19.6万个。\n广东公共充电桩数量已达到68.5万个。";
        let scopes = counts_of(text, |c| c.scope);
        let place = |p: &str| Some(p.to_string());
        assert_eq!(scopes, vec![place("全国"), place("浙江"), place("广东")]);
        // So does a sentence or a clause group after a semicolon, until
        // another province opens one; a time word before what is counted
        // is no place (“十四五”以来).
        let text = "中西部地区加快补短板。四川“十四五”以来累计建成换电站120座；河南已建成县级充电站157座，全省累计建成充电桩9.6万个。";
        assert_eq!(
            counts_of(text, |c| c.scope),
            vec![place("四川"), place("河南"), place("河南")]
        );
        // A change since a year before reports the level it reached.
        let text = "全省规模以上电子信息制造业企业326家，较2022年底增加87家；软件和信息技术服务业企业超过3100家。";
        let found: Vec<f64> = counted(text).into_iter().map(|(v, _, _)| v).collect();
        assert_eq!(found, vec![326.0, 3100.0]);
        // A rank among the provinces reports the figure it ranks.
        let found = counted("广东公共充电桩数量达到68.5万个，连续多年居全国首位。");
        assert_eq!(found.len(), 1, "{found:?}");
        // A period so far reports; a year over before the page does too.
        let found = counted("前4月，全市新增有进出口实绩的外贸企业386家。");
        assert_eq!(found.len(), 1, "{found:?}");
        let text = "2023年，全市城镇新增就业15.3万人。";
        assert!(counted(text).is_empty());
        let dated = crate::extract::extract_dated(text, Some(2024)).counts;
        assert_eq!(dated.len(), 1, "{dated:?}");
        // A breakdown by place counts what the count before it counted.
        let found = counted(
            "截至目前，全省共有高新技术企业1683家。从区域分布看，南昌市562家、赣州市298家。",
        );
        let nouns: Vec<&str> = found.iter().map(|(_, n, _)| n.as_str()).collect();
        assert_eq!(nouns, vec!["高新技术企业"; 3], "{found:?}");
        // Sorted by one trait after another, by parts in between, it is
        // still the whole told first that each sorting breaks down.
        let text = "全市新型研发机构共有87家。其中，省级新型研发机构64家，市级新型研发机构23家。按举办主体分，企业主办的38家。按所在区分，黄埔区29家，南沙区17家。";
        let sorted: Vec<(f64, String)> = extract(text)
            .counts
            .into_iter()
            .filter(|c| c.value < 30.0 && c.value != 23.0)
            .map(|c| {
                let read = format!("{:?}/{:?}/{:?}", c.subject, c.qualifier, c.scope);
                (c.value, read)
            })
            .collect();
        let of_district = |value: f64, district: &str| {
            let read = format!(
                "{:?}/{:?}/{:?}",
                Some("新型研发机构"),
                None::<&str>,
                Some(district)
            );
            (value, read)
        };
        assert_eq!(
            sorted,
            vec![of_district(29.0, "黄埔区"), of_district(17.0, "南沙区")]
        );
        // A status conferred reports.
        let found = counted("经专家评审，洪城科技等1683家企业被认定为高新技术企业。");
        assert_eq!(found.len(), 1, "{found:?}");
        // Kinds of places are counted, with their levels.
        let found = counted("截至2024年底，全省共有设市城市38个，其中地级市17个、县级市21个。");
        let nouns: Vec<&str> = found.iter().map(|(_, n, _)| n.as_str()).collect();
        assert_eq!(nouns, vec!["设市城市", "地级市", "县级市"], "{found:?}");
        // Whose head a rate is may come first; a difference from a
        // described year is no count.
        let text =
            "2025年，进城农民工人均居住面积23.6平方米；监测到鱼类129种，比禁捕前的2020年增加23种。";
        let found = counts_in_2026(text, |c| (c.value, c.subject));
        assert_eq!(found, vec![(129.0, Some("监测到鱼类".to_string()))]);
        // A clause group opening with a county's name counts there, after
        // what sorts the counties too; not one opening with an area named by
        // what is there.
        let text = "分区县看，吴兴区绿色贷款余额1023.6亿元，开立企业碳账户2746个；南浔区开立企业碳账户2318个；开发区企业开立碳账户900个。";
        let scopes = counts_in_2026(text, |c| c.scope);
        assert_eq!(
            scopes,
            vec![Some("吴兴区".into()), Some("南浔区".into()), None]
        );
        // Containers handled, in 标准箱 as in 标箱, are an output.
        let teu =
            crate::extract::extract_dated("2025年全年完成集装箱吞吐量985.6万标准箱。", Some(2026));
        let found: Vec<(f64, &str)> = teu
            .counts
            .iter()
            .map(|c| (c.value, c.unit.as_str()))
            .collect();
        assert_eq!(found, vec![(9_856_000.0, "标准箱")]);
        // A bound marking off a class counts nothing; the class is counted.
        let found = counted("截至2025年底，客房数在6间及以下的民宿2873家，15间及以上的民宿488家。");
        let values: Vec<f64> = found.iter().map(|c| c.0).collect();
        assert_eq!(values, vec![2873.0, 488.0], "{found:?}");
        // Days of a kind are counted; a span of days is not.
        let found = counted("2025年，优良天数达到249天，同比增加12天；审批时限压缩至5天。");
        assert_eq!(found, vec![(249.0, "优良天数".to_string(), None)]);
        // Hours given or logged count; a shift or an average does not.
        let found: Vec<f64> = counted("截至2025年底，全市累计记录志愿服务时长3,125.4万小时。热线实行24小时值守，平均修复时长11小时。")
            .into_iter()
            .map(|c| c.0)
            .collect();
        assert_eq!(found, vec![31_254_000.0]);
        // A rate per head is no count.
        let found =
            counted("截至2024年底，每万名就业人员中高技能人才达到648人，全市共有技工院校12所。");
        assert_eq!(found, vec![(12.0, "技工院校".to_string(), None)]);
        // A statistics office's figures report, whoever names the office.
        let found =
            counted("据县商务局统计，前三季度全县新增网店326家。\n推动国有企业改革，新建基地5个。");
        assert_eq!(found.len(), 1, "{found:?}");
        // A kind named with 较 is no difference.
        let found =
            counted("2023年，全省发生各类事故1362起，同比下降8.6%。其中，发生较大事故18起。");
        assert_eq!(found.len(), 2, "{found:?}");
        // Nor is a goal stated, or what the coming years will build.
        let plans = "截至目前，总房屋供应目标为440000个单位，政府已觅得土地，在未来十年兴建约410000个公营房屋单位。";
        assert!(counted(plans).is_empty(), "{:?}", counted(plans));
    }

    #[test]
    fn parts_link_to_their_whole() {
        let text = "截至目前，唐山市钢铁行业拥有省级以上绿色工厂23家、其中国家级16家；化工行业拥有省级以上绿色工厂21家。";
        let counts = extract(text).counts;
        assert_eq!(counts.len(), 3);
        assert_eq!(counts[0].subject.as_deref(), Some("绿色工厂"));
        assert_eq!(counts[0].qualifier.as_deref(), Some("省级以上"));
        assert_eq!(counts[0].scope.as_deref(), Some("唐山市钢铁行业"));
        assert_eq!(counts[1].parent, Some(0));
        assert_eq!(counts[1].subject.as_deref(), Some("绿色工厂"));
        assert_eq!(counts[1].qualifier.as_deref(), Some("国家级"));
        assert_eq!(counts[1].scope.as_deref(), Some("唐山市钢铁行业"));
        assert_eq!(counts[2].parent, None);
        assert_eq!(counts[2].scope.as_deref(), Some("化工行业"));
        // A whole that is no count keeps its parts from the count across
        // the semicolon.
        let text = "2024年，全市实缴职工58.6万人；提取公积金71.5亿元，其中租房提取13.2万人次。";
        let parents = counts_of(text, |c| (c.value, c.parent));
        assert_eq!(parents, vec![(586000.0, None), (132000.0, None)]);
    }

    #[test]
    fn a_将_that_puts_something_somewhere_plans_nothing() {
        let found = |text: &str| -> Vec<f64> {
            let counts = crate::extract::extract_dated(text, Some(2026)).counts;
            counts.iter().map(|c| c.value).collect()
        };
        let text = "2025年，全市外资企业增资扩股项目158个，一批外资企业将新产品研发放在昆山。";
        assert_eq!(found(text), vec![158.0]);
        // The 将 of what will be done still plans.
        let text = "2025年，全市外资企业增资扩股项目158个，一批外资企业将扩大投资。";
        assert!(found(text).is_empty());
    }

    #[test]
    fn a_part_named_by_what_was_built_is_of_the_wholes_things() {
        let text = "截至2025年底，全市已筹集保障性租赁住房9.8万套，其中新建6.1万套、改建3.7万套。";
        let parts = counts_of(text, |c| {
            (
                c.value,
                c.subject.unwrap_or_default(),
                c.qualifier,
                c.parent,
            )
        });
        let housing = "全市已筹集保障性租赁住房".to_string();
        assert_eq!(
            parts,
            vec![
                (98_000.0, housing.clone(), None, None),
                (61_000.0, housing.clone(), Some("新建".to_string()), Some(0)),
                (37_000.0, housing, Some("改建".to_string()), Some(0)),
            ]
        );
    }

    #[test]
    fn a_bracket_after_a_figure_holds_its_breakdown() {
        let text = "截至2023年底，全市拥有省级以上企业技术中心87个（其中国家级9个），省级以上重点实验室23个。";
        let counts = extract(text).counts;
        let found: Vec<(f64, Option<&str>, Option<usize>)> = counts
            .iter()
            .map(|c| (c.value, c.qualifier.as_deref(), c.parent))
            .collect();
        assert_eq!(
            found,
            vec![
                (87.0, Some("省级以上"), None),
                (9.0, Some("国家级"), Some(0)),
                (23.0, Some("省级以上"), None),
            ]
        );
        assert_eq!(counts[0].subject, counts[1].subject);
        assert!(counts[0]
            .subject
            .as_deref()
            .is_some_and(|s| s.ends_with("企业技术中心")));
    }

    #[test]
    fn a_report_goes_on_in_its_paragraph() {
        let text = "2021年以来，全市累计完成改造项目412个，新开工保障性租赁住房5.2万套（间），其中2023年新开工1.8万套（间）。建成城市口袋公园136个。下一步，将新建口袋公园50个。\n建成口袋公园200个。";
        let found: Vec<(f64, String, Option<usize>)> =
            counts_of(text, |c| (c.value, c.subject.unwrap_or_default(), c.parent));
        assert_eq!(
            found,
            vec![
                (412.0, "改造项目".to_string(), None),
                (52000.0, "新开工保障性租赁住房".to_string(), None),
                (18000.0, "新开工保障性租赁住房".to_string(), Some(1)),
                (136.0, "城市口袋公园".to_string(), None),
            ]
        );
    }

    #[test]
    fn news_attributions_and_yearly_comparisons_report() {
        let text = "据介绍，全年新建助餐点1200余个。全省持证护理员达到12.3万人，同比增长15%。养老床位78.6万张，客房2.5万间。";
        let found = values_and_units(text);
        assert_eq!(
            found,
            vec![
                (1200.0, "个".to_string()),
                (123000.0, "人".to_string()),
                (786000.0, "张".to_string()),
                (25000.0, "间".to_string())
            ]
        );
    }

    #[test]
    fn a_title_that_reviews_work_frames_the_page() {
        let text =
            "三、收运处理能力显著提升\n全区配备厨余垃圾专用收运车辆96辆、其他垃圾收运车辆142辆。";
        let counted = |title| {
            crate::extract::extract_page(text, title, Some(2026))
                .counts
                .iter()
                .map(|c| c.value)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            counted(Some("思明区2025年生活垃圾分类工作取得新成效")),
            [96.0, 142.0]
        );
        assert_eq!(
            counted(Some("2025年思明区生态环境状况公报（摘要）")),
            [96.0, 142.0]
        );
        assert!(counted(Some("思明区生活垃圾分类工作方案")).is_empty());
        // A news headline that tells a result reached frames it too, but
        // not one that sets a goal.
        assert_eq!(
            counted(Some("思明区：多措并举推进垃圾分类 回收利用率达42.6%")),
            [96.0, 142.0]
        );
        assert!(counted(Some("思明区：到2027年回收利用率达到45%")).is_empty());
    }

    #[test]
    fn a_bulletins_section_of_key_work_reports_it() {
        let text = "十二、教育改革发展重点工作\n\
                    职业教育提质增效。深化产教融合，建成省级产教融合实训基地64个。\n\
                    十三、2026年重点工作\n新建产教融合实训基地20个。";
        let counted = |title| {
            crate::extract::extract_page(text, Some(title), Some(2026))
                .counts
                .iter()
                .map(|c| c.value)
                .collect::<Vec<_>>()
        };
        assert_eq!(counted("2025年甘肃省教育事业发展统计公报"), [64.0]);
        assert!(counted("甘肃省教育事业发展规划").is_empty());
        // A government's gazette prints plans; a bulletin's next steps plan.
        assert!(counted("湖南省人民政府公报2026年第5期").is_empty());
        let next = "十、下一步工作打算\n新建空气自动监测站12个。";
        let found =
            crate::extract::extract_page(next, Some("2025年某市生态环境状况公报"), Some(2026));
        assert!(found.counts.is_empty(), "{:?}", found.counts);
    }

    #[test]
    fn a_measure_named_alone_is_of_what_was_counted_before_it() {
        let text = "截至2025年底，全省已建成新型储能电站63座，装机规模482万千瓦。";
        let found = counts_of(text, |c| (c.value, c.subject.unwrap_or_default()));
        assert_eq!(
            found,
            [
                (63.0, "新型储能电站".to_string()),
                (4_820_000.0, "新型储能电站装机规模".to_string())
            ]
        );
        let text = "截至2025年底，电网侧独立储能电站37座、装机271.3万千瓦。";
        let found = counts_of(text, |c| c.subject.unwrap_or_default());
        assert_eq!(found[1], "电网侧独立储能电站装机");
    }

    #[test]
    fn one_case_each_is_an_idiom() {
        let text = "截至目前，全市发现一起、查处一起、曝光一起，共查处违法案件12起。";
        let found: Vec<f64> = counts_of(text, |c| c.value);
        assert_eq!(found, [12.0]);
    }

    #[test]
    fn what_a_body_has_set_up_or_runs_reports_but_what_it_must_set_up_does_not() {
        let text = "退辅会在全国设有22处荣民服务处。退辅会所属16所荣誉国民之家。每个乡镇原则上应建有2个以上服务站。";
        let found = counts_of(text, |c| (c.value, c.subject.clone()));
        assert_eq!(
            found,
            vec![
                (22.0, Some("荣民服务处".to_string())),
                (16.0, Some("荣誉国民之家".to_string()))
            ]
        );
    }

    #[test]
    fn a_breakdown_reports_unless_it_plans() {
        let text = "从行业分布看，家电行业绿色工厂47家，其中国家级21家。\n下一步将培育绿色工厂100家，其中国家级20家。";
        let found: Vec<(f64, Option<String>, Option<usize>)> =
            counts_of(text, |c| (c.value, c.qualifier, c.parent));
        assert_eq!(
            found,
            vec![
                (47.0, None, None),
                (21.0, Some("国家级".to_string()), Some(0))
            ]
        );
    }

    #[test]
    fn years_already_over_opening_a_sentence_tell_what_happened() {
        // (Hong Kong's 计划 is the scheme, not a plan.)
        let text = "2023年、2024年及2025年，计划分别批出3,152宗、2,874宗及2,641宗申请。";
        let counts = crate::extract::extract_dated(text, Some(2026)).counts;
        let found: Vec<(f64, Option<String>, Option<String>)> = counts
            .into_iter()
            .map(|c| (c.value, c.subject, c.qualifier))
            .collect();
        let some = |s: &str| Some(s.to_string());
        assert_eq!(
            found,
            vec![
                (3152.0, some("申请"), None),
                (2874.0, some("申请"), None),
                (2641.0, some("申请"), None)
            ]
        );
        // Written in one of those years, the sentence may plan; and what
        // it says will be done plans, whatever years it opens on.
        assert!(crate::extract::extract_dated(text, Some(2025))
            .counts
            .is_empty());
        let text = "2025年，全市外资企业增资扩股项目158个，一批外资企业将新增投资项目20个。";
        assert!(crate::extract::extract_dated(text, Some(2026))
            .counts
            .is_empty());
        // The plan a past year was measured against is told of, not set:
        // what was done counts.
        let text = "2025年，全县计划新建改建旅游厕所18座，实际完成23座。";
        let counts = crate::extract::extract_dated(text, Some(2026)).counts;
        assert!(counts.iter().any(|c| c.value == 23.0), "{counts:?}");
        // A 计划 that goes on plans.
        let text = "2025年，全市完成改造80个，计划再改造120个。";
        assert!(crate::extract::extract_dated(text, Some(2026))
            .counts
            .is_empty());
    }

    #[test]
    fn a_verb_done_again_counts_what_the_clause_before_did_it_to() {
        let text = "今年以来，依托中欧班列开行跨境电商专列，累计开行146列。各区开设青年共享空间，截至2026年3月底已开设15个。";
        let subjects = counts_of(text, |c| c.subject.unwrap_or_default());
        assert_eq!(subjects, vec!["开行跨境电商专列", "开设青年共享空间"]);
        // Not a title, nor a bare service.
        let text = "今年以来，剧团巡回演出《山河星火》，累计演出386场。";
        let subjects = counts_of(text, |c| c.subject.unwrap_or_default());
        assert_eq!(subjects, vec!["演出"]);
    }

    #[test]
    fn a_paragraph_labelled_with_a_place_counts_there() {
        let text = "截至2025年底，全市新建改造污水管网213公里。\n衡阳县：累计完成整治黑臭水体4条，全年新建改造污水管网38公里。\n下一步，全市将继续推进。";
        let scopes = counts_of(text, |c| c.scope);
        let some = |s: &str| Some(s.to_string());
        assert_eq!(scopes, vec![some("全市"), some("衡阳县"), some("衡阳县")]);
        // A label that names no place, or points at one, sets none.
        for label in ["主要做法：", "本县："] {
            let text = text.replace("衡阳县：", label);
            assert_eq!(counts_of(&text, |c| c.scope)[1], None, "{label}");
        }
    }

    #[test]
    fn status_verbs_name_what_is_counted() {
        let text = "60家国家高新区创建了国家级绿色工业园区，4家获批碳达峰试点园区。";
        let counts = extract(text).counts;
        assert_eq!(counts.len(), 2);
        assert_eq!(counts[0].subject.as_deref(), Some("绿色工业园区"));
        assert_eq!(counts[0].qualifier.as_deref(), Some("国家级"));
        assert_eq!(counts[1].subject.as_deref(), Some("碳达峰试点园区"));
        // A part awarded more than its whole holds (Hong Kong's 获颁).
        let text =
            "截至2026年4月，已有二百八十七间小学获得认证，其中一百零三间获颁「至营学校」金奖。";
        let counts = extract(text).counts;
        assert_eq!(counts.len(), 2);
        assert!(counts[1]
            .subject
            .as_deref()
            .is_some_and(|s| s.ends_with("金奖")));
    }

    #[test]
    fn a_lists_level_goes_to_its_next_items() {
        let text = "全市累计获评国家级示范企业4家、示范街道（乡镇）3个、示范基地1个，国家级示范企业2家、省级示范企业12家、示范社区9个；新增国家级专精特新企业14家、总数达到63家。";
        let found: Vec<(f64, Option<String>)> = counts_of(text, |c| (c.value, c.qualifier));
        let level = |l: &str| Some(l.to_string());
        assert_eq!(
            found,
            vec![
                (4.0, level("国家级")),
                (3.0, level("国家级")),
                (1.0, level("国家级")),
                (2.0, level("国家级")),
                (12.0, level("省级")),
                (9.0, level("省级")),
                (14.0, level("国家级")),
                (63.0, level("国家级")),
            ]
        );
    }

    #[test]
    fn small_chinese_numerals_count_entities() {
        let text = "截至目前，全市拥有国家级绿色工厂五家，建成两个国家级园区，共有三家企业入选工信部绿色制造名单。";
        let found: Vec<(f64, String)> =
            counts_of(text, |c| (c.value, c.subject.unwrap_or_default()));
        assert_eq!(
            found,
            vec![
                (5.0, "绿色工厂".to_string()),
                (2.0, "园区".to_string()),
                (3.0, "企业".to_string())
            ]
        );
        // What exists is named before what it does; the two companies
        // that do something are no count.
        let text = "全市已有十个区县实现财政资金数字人民币拨付。两间电力公司成立专责小组。";
        let found: Vec<(f64, String)> =
            counts_of(text, |c| (c.value, c.subject.unwrap_or_default()));
        assert_eq!(
            found,
            vec![(10.0, "区县实现财政资金数字人民币拨付".to_string())]
        );
    }

    #[test]
    fn slogans_structure_and_rounds_are_not_counts() {
        let text = "近年来，全市坚决做到两个维护，协调推进四个全面，已开展四批绿色工厂认定，出台了三类政策，明确六项主要任务，排名全国前三位，一家企业入选第三批名单。一是强化引领，（三）加强保障。";
        assert!(
            extract(text).counts.is_empty(),
            "{:?}",
            extract(text).counts
        );
    }

    #[test]
    fn rhetoric_and_documents_are_not_counts() {
        assert!(extract("实现“三个努力建成”，已从六个方面推进。")
            .counts
            .is_empty());
        assert!(extract("3个《办法》已经出台。").counts.is_empty());
        assert!(extract("居全省第一位，占全省的21.34%。").counts.is_empty());
    }

    #[test]
    fn a_figure_without_a_noun_counts_what_the_count_before_it_counted() {
        let text = "全市入选专精特新“小巨人”企业12家，累计达到67家。截至目前，合肥市累计建成省级智能工厂312个、芜湖市256个、滁州市98个。";
        let found: Vec<(f64, String, Option<String>, Option<String>)> = counts_of(text, |c| {
            (c.value, c.subject.unwrap_or_default(), c.qualifier, c.scope)
        });
        let factory = |v: f64, place: &str| {
            (
                v,
                "智能工厂".to_string(),
                Some("省级".to_string()),
                Some(place.to_string()),
            )
        };
        assert_eq!(found.len(), 5, "{found:?}");
        assert_eq!(found[0].1, found[1].1);
        assert!(found[1].1.ends_with("小巨人”企业"), "{found:?}");
        assert_eq!(found[1].0, 67.0);
        assert_eq!(
            found[2..],
            [
                factory(312.0, "合肥市"),
                factory(256.0, "芜湖市"),
                factory(98.0, "滁州市")
            ]
        );
    }

    #[test]
    fn a_figure_before_a_conjunction_counts_the_noun_before_it() {
        let text = "截至目前，建成5G全连接工厂56家和应用项目1200余项。";
        let found: Vec<(f64, String)> =
            counts_of(text, |c| (c.value, c.subject.unwrap_or_default()));
        assert_eq!(
            found,
            vec![
                (56.0, "5G全连接工厂".to_string()),
                (1200.0, "应用项目".to_string())
            ]
        );
    }

    #[test]
    fn a_figure_between_a_beneficiary_and_its_verb_counts_the_beneficiary() {
        let text = "一年来，全县为困难群众1362户发放采暖补贴，向中小企业300家推送政策信息，\
                    向不符合条件的327人发放补贴，为全县2860名独居老人安装烟感，\
                    为本地企业培训3200名技术人员。";
        let found: Vec<(f64, String)> =
            counts_of(text, |c| (c.value, c.subject.unwrap_or_default()));
        assert_eq!(
            found,
            vec![
                (1362.0, "困难群众".to_string()),
                (300.0, "中小企业".to_string()),
                (327.0, "发放补贴".to_string()),
                // (A place is no beneficiary; the noun after the figure
                // still runs on into its verb here.)
                (2860.0, "独居老人安装烟感".to_string()),
                (3200.0, "技术人员".to_string()),
            ]
        );
        // What follows opens with a noun that holds a verb (脱贫户, 退役军人),
        // and a township is no beneficiary.
        let text = "一年来，帮助全乡326户脱贫户实现稳定增收，为社区1200名退役军人完成信息采集。";
        let found: Vec<(f64, String)> =
            counts_of(text, |c| (c.value, c.subject.unwrap_or_default()));
        assert_eq!(
            found,
            vec![
                (326.0, "脱贫户".to_string()),
                (1200.0, "退役军人".to_string())
            ]
        );
    }

    #[test]
    fn a_bulletins_estimate_of_its_population_is_a_count() {
        let text = "根据人口变动抽样调查推算，年末全市常住人口1023.5万人，比上年末增加5.2万人。";
        let found = counts_of(text, |c| c.value);
        assert_eq!(found, vec![10_235_000.0]);
    }

    #[test]
    fn lengths_and_areas_of_what_was_built_count() {
        let text = "2024年，全市累计新建城市道路23条、总长41.5公里，新建高标准农田3.2万亩。";
        let found = counts_of(text, |c| (c.value, c.unit, c.subject.unwrap_or_default()));
        let count = |v: f64, unit: &str, noun: &str| (v, unit.to_string(), noun.to_string());
        assert_eq!(
            found,
            vec![
                count(23.0, "条", "新建城市道路"),
                count(41.5, "公里", "新建城市道路总长"),
                count(32000.0, "亩", "新建高标准农田")
            ]
        );
        // A change may arrive in the clause after its starting level; the
        // 从 of 从业人员 starts none.
        let text = "一年来，服务使用人数由2017年的10.7万人，成长至49.8万人。全县茶产业从业人员18万人，茶农人均收入达到1.63万元。";
        let found = counts_of(text, |c| (c.value, c.subject.unwrap_or_default()));
        assert_eq!(
            found,
            vec![
                (498_000.0, "服务使用人数".to_string()),
                (180_000.0, "全县茶产业从业人员".to_string())
            ]
        );
        // A level alone names the things counted before at that level.
        let text = "截至2025年底，全市共有国家级非物质文化遗产代表性项目8项、省级96项。";
        let found = counts_of(text, |c| (c.value, c.subject, c.qualifier));
        assert_eq!(
            found[1],
            (
                96.0,
                Some("非物质文化遗产代表性项目".to_string()),
                Some("省级".to_string())
            )
        );
        // A bare verb says what was done to the things counted before.
        let text = "2025年，共排查隐患点1268处，已完成整改1203处。";
        let found = counts_of(text, |c| (c.value, c.subject, c.qualifier));
        assert_eq!(found[1].0, 1203.0);
        assert!(
            found[1].1.as_deref().is_some_and(|s| s.ends_with("隐患点")),
            "{found:?}"
        );
        assert_eq!(found[1].2.as_deref(), Some("整改"));
        // So is a verbal noun after 已 (the dictionary has 启动 as one).
        let text = "全市启动城中村改造项目45个，截至8月底已启动38个。";
        let found = counts_of(text, |c| (c.value, c.subject, c.qualifier));
        assert!(
            found[1]
                .1
                .as_deref()
                .is_some_and(|s| s.ends_with("城中村改造项目")),
            "{found:?}"
        );
        assert_eq!(found[1].2.as_deref(), Some("启动"));
    }

    #[test]
    fn a_total_reports_but_words_formed_with_its_char_do_not() {
        assert_eq!(
            counts_of("全市共培育绿色工厂124家。", |c| c.value),
            vec![124.0]
        );
        let plan =
            "围绕重点产业链，建设市域产教联合体14个、行业产教融合共同体20个，完善公共实训基地5个。";
        assert!(counts_of(plan, |c| c.value).is_empty());
    }

    #[test]
    fn a_measure_is_of_the_things_counted_not_of_how_far_they_reach() {
        let subjects = |text: &str| counts_in_2026(text, |c| c.subject.unwrap_or_default());
        let text = "截至2025年底，全市企业在境外建设运营海外仓68个，覆盖32个国家和地区，总面积125.6万平方米。";
        assert!(subjects(text)[2].contains("海外仓"), "{:?}", subjects(text));
        // Its words may repeat the head of the things' noun.
        let text = "截至2025年底，全省共有球类运动场地16.42万个，场地面积8736.5万平方米；改造老旧小区320个，改造面积410万平方米。";
        let found = subjects(text);
        assert_eq!(found[1], "球类运动场地面积");
        assert_ne!(found[3], "老旧小区改造面积");
    }

    #[test]
    fn a_verb_alone_counts_what_it_took_before_in_its_sentence() {
        let text = "截至2025年底，树木组为古树名木安装倾斜感应器，至今已安装188部。全市为老旧小区加装电梯，已加装312部。";
        let subjects = counts_in_2026(text, |c| c.subject.unwrap_or_default());
        assert_eq!(subjects, ["安装倾斜感应器", "加装电梯"]);
    }

    #[test]
    fn the_rest_are_a_part_of_the_whole() {
        let text = "2025年全年，相关部门共接获有关夜市噪音的投诉87宗，当中79宗已完成跟进，其余8宗正由相关部门处理。";
        let found = counts_in_2026(text, |c| (c.value, c.subject.unwrap_or_default(), c.parent));
        let whole = "相关部门共接获有关夜市噪音的投诉".to_string();
        assert_eq!(found[2], (8.0, whole, Some(0)));
    }

    #[test]
    fn the_figure_a_rate_is_worked_out_on_is_no_count() {
        let text = "截至2025年底，全省共有体育场地25.87万个。\n注：人均体育场地面积按2025年末全省常住人口6539万人计算。";
        assert_eq!(counts_in_2026(text, |c| c.value), vec![258_700.0]);
    }

    #[test]
    fn a_total_told_again_with_all_its_things_is_counted_once() {
        let text = "全省现有危险化学品生产企业2136家，认定化工园区84个。\n二是化工园区本质安全水平明显提升。84个化工园区全部完成安全风险等级评估，其中79个园区完成封闭化管理建设。";
        let found = counts_in_2026(text, |c| (c.value, c.parent));
        assert_eq!(found, vec![(2136.0, None), (84.0, None), (79.0, Some(1))]);
        // Told first with all its things, it is the count.
        let text = "截至2025年底，全省84个化工园区全部完成安全风险等级评估。";
        assert_eq!(counts_in_2026(text, |c| c.value), vec![84.0]);
    }

    #[test]
    fn casualties_are_counted_in_their_events_and_held_levels_are_no_counts() {
        let text = "2023年，全年发生道路运输事故912起、死亡803人，同比分别下降7.1%、5.4%；立案查处安全生产违法行为12600起。全区已完成营造林856万亩，林草生态建设任务连续四年超过1500万亩。";
        let found = counts_of(text, |c| (c.value, c.subject.unwrap_or_default(), c.scope));
        assert_eq!(
            found,
            vec![
                (912.0, "道路运输事故".to_string(), None),
                (803.0, "死亡".to_string(), Some("道路运输事故".to_string())),
                (12600.0, "立案查处安全生产违法行为".to_string(), None),
                (8560000.0, "营造林".to_string(), Some("全区".to_string())),
            ]
        );
        // Where the events were is where the people were befallen.
        let text = "2025年，工矿商贸领域发生事故17起、死亡19人。";
        let counts = crate::extract::extract_dated(text, Some(2026)).counts;
        assert_eq!(counts[1].scope.as_deref(), Some("工矿商贸领域事故"));
    }

    #[test]
    fn a_figure_right_after_another_counts_the_same_things() {
        let text = "截至2023年底，全市共有城乡低保对象5.82万户9.37万人，其中城市低保对象1.16万户1.74万人。";
        let found = counts_of(text, |c| {
            (c.value, c.unit, c.subject.unwrap_or_default(), c.parent)
        });
        let count = |v: f64, unit: &str, noun: &str, parent| {
            (v, unit.to_string(), noun.to_string(), parent)
        };
        assert_eq!(
            found,
            vec![
                count(58200.0, "户", "城乡低保对象", None),
                count(93700.0, "人", "城乡低保对象", None),
                count(11600.0, "户", "城市低保对象", Some(0)),
                count(17400.0, "人", "城市低保对象", Some(1)),
            ]
        );
        // So does one after a total word.
        let found = counts_of(
            "截至目前，组建乡镇防汛抢险队伍36支共1800人。",
            |c| (c.value, c.subject.unwrap_or_default()),
        );
        let teams = "乡镇防汛抢险队伍".to_string();
        assert_eq!(found, vec![(36.0, teams.clone()), (1800.0, teams)]);
    }

    #[test]
    fn the_years_looked_back_over_make_a_report() {
        let found = counted("五年来，全市新建保障性租赁住房项目118个。");
        assert_eq!(found, vec![(118.0, "新建保障性租赁住房项目".into(), None)]);
        // Alone, building reports nothing.
        assert!(counted("全市新建保障性租赁住房项目118个。").is_empty());
    }

    #[test]
    fn a_measure_per_head_is_no_count() {
        let text = "一、基本情况\n截至2025年底，全县共有体育场地3651个，人均体育场地面积3.06平方米。全县资源配置指标现状如下：\n指标\t国家标准\t2025年全县平均值\n生均教学及辅助用房面积\t小学4.5平方米、初中5.8平方米\t小学4.8平方米、初中6.1平方米\n截至2025年底，生均图书等办学条件指标全部达标的学校19所。";
        let found: Vec<f64> = counted(text).into_iter().map(|c| c.0).collect();
        assert_eq!(found, vec![3651.0, 19.0]);
    }

    #[test]
    fn a_sentence_opening_on_its_topic_counts_it() {
        let text = "二〇二五年全港录得的职业伤亡个案共31 482宗，较二〇二四年的32 915宗下跌4.4%。工业意外方面，二〇二五年共录得7 806宗，其中建造业意外2 714宗。";
        let found = counted(text);
        assert_eq!(
            found,
            vec![
                (31_482.0, "全港录得的职业伤亡个案".into(), None),
                (7_806.0, "工业意外".into(), None),
                (2_714.0, "建造业意外".into(), Some(1)),
            ]
        );
    }

    #[test]
    fn a_bound_marking_off_the_class_then_counted_is_no_count() {
        let found = counted("全省14个市（州）中，常住人口超过400万人的市（州）有1个，在200万人至400万人之间的有5个，少于100万人的有3个。");
        let values: Vec<f64> = found.iter().map(|(v, _, _)| *v).collect();
        // The cities are counted; the populations that sort them are not.
        assert!(!values.iter().any(|&v| v >= 1_000_000.0), "{found:?}");
        assert!(values.contains(&5.0) && values.contains(&3.0), "{found:?}");
        // A figure before 的 and a noun that is not then counted stands.
        let found = counted("全市共有常住人口超过400万人的大城市，其中城区人口186万人。");
        assert!(found.iter().any(|(v, _, _)| *v == 1_860_000.0), "{found:?}");
    }

    #[test]
    fn a_measure_sorting_the_things_after_it_is_no_stock() {
        let found = counted("截至2025年底，全县流域面积50平方公里以上河流38条、大中型水库4座、小型水库61座河湖长全覆盖。");
        assert_eq!(
            found,
            vec![
                (38.0, "全县流域面积50平方公里以上河流".into(), None),
                (4.0, "大中型水库".into(), None),
                (61.0, "小型水库".into(), None),
            ]
        );
    }

    #[test]
    fn a_turn_of_the_argument_or_a_per_head_inside_a_word_is_no_topic_or_rate() {
        // 另一方面 names nothing: the figure counts what the count before did.
        let found = counted("截至2025年底，全市建成公园30个。另一方面，全年新增12个。");
        assert!(found.iter().all(|c| c.1 != "另一"), "{found:?}");
        // 卫生均等化 and 亩均效益评价企业 are no measures per head.
        let found: Vec<f64> = counted(
            "截至2025年底，全市实施基本公共卫生均等化服务项目12个，开展亩均效益评价企业1200家。",
        )
        .into_iter()
        .map(|c| c.0)
        .collect();
        assert_eq!(found, vec![12.0, 1200.0]);
        // The last of a list keeps its verb apart, as the others do.
        let found = counted("截至2025年底，全县新建学校5所、改扩建幼儿园12所。");
        assert_eq!(found[1], (12.0, "幼儿园".into(), None));
        // A year running into 来华 looks back over nothing.
        assert!(counted("二〇二五年来华游客中，全市接待游客120万人次。").is_empty());
    }

    #[test]
    fn a_news_lede_frames_a_review_but_not_what_a_plan_provides() {
        let found = counted("8月4日，记者从省能源局获悉，入夏以来全省用电负荷创新高。全省电力系统组建抢修队伍1480支，配备应急发电车156台。");
        let values: Vec<f64> = found.iter().map(|c| c.0).collect();
        assert_eq!(values, vec![1480.0, 156.0]);
        let found = counted("记者从市住建局获悉，我市近日印发《城市更新行动方案》。方案明确，新建改造城市燃气管网200公里，改造老旧小区120个。");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_documents_own_parts_are_no_count() {
        let found = counted("2025年，全市累计建成口袋公园32个。《办法》共六章三十二条，本方案共分为五个部分18条。过去三年，该计划共资助186个项目。");
        let values: Vec<f64> = found.iter().map(|c| c.0).collect();
        assert_eq!(values, vec![32.0, 186.0]);
    }

    #[test]
    fn what_one_can_do_is_no_count() {
        let found = counted("截至2025年底，全镇建成智能温室12栋，一个人能管40栋，建成储能电站3座，日处理能力12万吨，重点用能单位28家。");
        let values: Vec<f64> = found.iter().map(|c| c.0).collect();
        assert_eq!(values, vec![12.0, 3.0, 120_000.0, 28.0]);
    }

    #[test]
    fn a_verb_in_a_list_of_events_names_the_event() {
        let found = counted("2025年，全市共发生地质灾害43起，其中滑坡27起、崩塌9起、泥石流2起。");
        let subjects: Vec<&str> = found.iter().map(|c| c.1.as_str()).collect();
        assert_eq!(subjects, vec!["地质灾害", "滑坡", "崩塌", "泥石流"]);
        // Of things, a verb alone does the list's noun again.
        let found = counted("截至2025年底，全市建成公园30个、改造12个。");
        assert_eq!(found[1].1, "公园");
    }
}
