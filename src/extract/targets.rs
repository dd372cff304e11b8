//! Targets: the figures a document commits to reach by a year.
//!
//! Every quantity in a clause under a deadline scope (see [`super::period`])
//! is a target. Its noun is read from the clause: after the figure for
//! counted things (建成10家绿色园区), before it otherwise (能耗下降16%), and
//! a 分别 list pairs its metrics with its figures in order
//! (能耗、水耗…分别下降16%、20%).

use std::sync::LazyLock;

use super::clause::{Clause, Sentence};
use super::document::Document;
use super::number::{self, Numeral, Quantity};
use super::period::{Marker, Role, Scope};
use super::phrase;
use super::verbs;
use crate::lm::is_han;
use crate::model::{Bound, Target, TargetKind};
use crate::pattern::Pattern;

/// How far back from a figure its noun and verb are looked for, in chars;
/// bounds the work on clauses that never end.
const WINDOW: usize = 40;

/// How far back the words of a figure reach when asides fill its window.
const ASIDE_WINDOW: usize = 3 * WINDOW;

/// Verbs by which a policy grants money to those it supports, or by which
/// each receives it (每人获发10,000澳门元) or cashes or offsets a voucher
/// (按…的50%予以兑付, 抵扣认证费用).
const GRANTS: &[&str] = &[
    "给予",
    "奖励",
    "补助",
    "补贴",
    "资助",
    "贴息",
    "每人获发",
    "兑付",
    "抵扣",
];

/// Verbs by which a level is raised to a figure.
const RAISED_TO: &[&str] = &[
    "提高到",
    "提高至",
    "提升到",
    "提升至",
    "达到",
    "增至",
    "增加到",
    "增加至",
    "上调至",
    "上调到",
    "调整到",
    "调整至",
];

/// A clause naming those a provision is for (对新建…的，, 对…的单位，), in
/// the part of the sentence after its last semicolon (not 对标先进地区，).
static CONDITION_CLAUSE: LazyLock<Pattern> =
    lazy_regex!("(?:^|[，,：:；;])对[^，,。；;]+的[^，,。；;]*[，,][^；;]*$");

/// The one a grant's sum is for, right before the sum (其中本科及以上学历每人
/// 2万元, 每户最高5000元): with a grant given earlier in the sentence, the
/// sum is its rate.
static PER_RECIPIENT: LazyLock<Pattern> = lazy_regex!(
    "每(?:人|户|家|名|位|个|所|座|宗|件|台|套|辆|亩|平方米)(?:每(?:年|月))?(?:最高|不超过|一次性)?\\s*$"
);

/// Verbs by which a government puts money into a programme (投入, 安排).
const FUNDING: &[&str] = &["投入", "安排", "筹措", "统筹"];

/// A budget's title: …和2026年预算草案的报告, 115年度总预算案, 财政预算案.
static BUDGET_TITLE: LazyLock<Pattern> = lazy_regex!("预算草?案");

/// Drops, from the targets of a page whose `title` presents a budget, the
/// sums it allocates (教育支出18.2亿元, 编列社会住宅相关经费286亿元) and the
/// ratios of its spending (岁出占GDP比率11.2%): the budget year's
/// figures, but what the money is for, not what the government commits to
/// reach. Its revenue forecasts (一般公共预算收入增长4%) stay, and so do the
/// goals its programmes set in things (建成社会住宅10万户).
pub fn drop_allocations(targets: &mut Vec<Target>, title: Option<&str>) {
    const REVENUE: &[&str] = &["收入", "岁入"];
    // Not debt as such: a budget may cap its debt ratio for years ahead
    // (债务率控制在120%以内), a goal like any other.
    const SPENDING: &[&str] = &["支出", "岁出", "预算", "经费", "举债"];
    if !title.is_some_and(|t| BUDGET_TITLE.is_match(t)) {
        return;
    }
    targets.retain(|t| {
        let names = [&t.metric, &t.subject]
            .iter()
            .filter_map(|n| n.as_deref())
            .collect::<String>();
        let names_any = |words: &[&str]| words.iter().any(|w| names.contains(w));
        names_any(REVENUE) || !(number::is_money(&t.unit) || t.unit == "%" && names_any(SPENDING))
    });
}

/// Extracts the targets of every scoped clause, in text order.
pub fn extract(doc: &Document, markers: &[Marker], scopes: &[Vec<Option<Scope>>]) -> Vec<Target> {
    let mut out = Vec::new();
    for (sentence, clause_scopes) in doc.sentences.iter().zip(scopes) {
        if clause_scopes.iter().all(Option::is_none) {
            continue;
        }
        // What each one is given (对每名未就业毕业生至少提供1次职业指导) is a
        // standard of service, not a level to reach: the figures after
        // where the sentence names whom it is given to.
        let given_to_each =
            super::verbs::given_to_each_from(doc.masked_text(sentence.start, sentence.end))
                .map(|at| sentence.start + at);
        for (clause, scope) in sentence.clauses.iter().zip(clause_scopes) {
            if let Some(scope) = scope {
                let reader = ClauseReader {
                    doc,
                    markers,
                    sentence,
                    clause,
                    scope,
                    given_to_each,
                };
                reader.read(&mut out);
            }
        }
    }
    out
}

/// Words of a metric that measures time.
const TIME_MEASURES: &[&str] = &[
    "年限", "时间", "期限", "寿命", "周期", "时长", "年数", "年龄", "工龄",
];

/// What a target says about its figure, before the figure itself is added.
struct Reading {
    kind: TargetKind,
    metric: Option<String>,
    subject: Option<String>,
    span: [usize; 2],
    /// The year of this figure when it is not the clause's: one of years
    /// listed together and distributed by 分别.
    year: Option<i32>,
}

struct ClauseReader<'a> {
    doc: &'a Document,
    markers: &'a [Marker],
    sentence: &'a Sentence,
    clause: &'a Clause,
    scope: &'a Scope,
    /// Where the sentence starts saying what each one is given.
    given_to_each: Option<usize>,
}

/// How far a restating bracket's opening may stand before its figure
/// (（约新台币4,400亿元）).
const CONVERSION_LEAD_CHARS: usize = 8;

/// Words for the rest of what was counted before (剩余的23处).
const REMAINDERS: &[&str] = &["剩余", "其余", "余下"];

/// The longest measure after a share that takes the place named before
/// it (面积, 人口).
const SHARED_MEASURE_CHARS: usize = 2;

/// How far after a class's 的 the figure counting that class may start.
const CLASS_NOUN_CHARS: usize = 12;

/// Nouns for the level a figure sets itself (稳定在120万吨以上的水平, 达到500
/// 亿元以上的规模): after 以上的, the figure is still the goal.
const LEVEL_NOUNS: &[&str] = &[
    "水平", "规模", "目标", "标准", "基础", "程度", "高度", "量级", "能力",
];

/// Whether `noun` is a level the figure before it sets itself: a word of
/// [`LEVEL_NOUNS`], or a goal named by its stage (3,000公吨的中期目标; not
/// 6%的节能目标, which names what is measured).
fn names_level(noun: &str) -> bool {
    const STAGES: &[&str] = &[
        "中期",
        "近期",
        "远期",
        "阶段性",
        "年度",
        "总体",
        "整体",
        "既定",
    ];
    LEVEL_NOUNS.contains(&noun)
        || noun
            .strip_suffix("目标")
            .is_some_and(|stage| STAGES.contains(&stage))
}

/// Whether `text` holds a word the dictionary tags as a verb (培训, 打造),
/// or a verb of a goal.
fn names_action(text: &str) -> bool {
    holds_verb(text, crate::lm::LanguageModel::is_verb)
}

/// [`names_action`], where a verbal noun (启动, 设置) or an adjective
/// counts too: for words that hold no noun compound (服务中心).
fn names_action_or_quality(text: &str) -> bool {
    holds_verb(text, crate::lm::LanguageModel::describes)
}

/// Whether `text` holds a goal's verb or a two-char word `is_verb` takes.
fn holds_verb(text: &str, is_verb: fn(&crate::lm::LanguageModel, &str) -> bool) -> bool {
    let lm = crate::extract::lexicon::dictionary();
    // Each two-char word as a slice of `text`, not a `String` of its own.
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(at, _)| at)
        .chain(std::iter::once(text.len()))
        .collect();
    verbs::VERB_INDEX.last_in(text).is_some()
        || bounds.windows(3).any(|w| is_verb(lm, &text[w[0]..w[2]]))
}

impl ClauseReader<'_> {
    fn read(&self, out: &mut Vec<Target>) {
        let quantities: Vec<&Quantity> = self
            .doc
            .quantities_in(self.clause.start, self.clause.end)
            .iter()
            .filter(|q| {
                !q.is_indefinite()
                    && !self.doc.is_in_noun(q)
                    && !self.is_grant(q)
                    && !self.is_option(q)
                    && !self.is_rule_measure(q)
                    && !self.is_starting_level(q)
                    && !self.is_class_bound(q)
                    && !self.is_per_capita(q)
                    && !self.is_coverage_scope(q)
                    && !self.is_rate_population(q)
                    && !self.is_condition(q)
                    && !self.is_groundwork(q)
                    && !self.is_merged_object(q)
                    && !self.is_conversion(q)
                    && !self.is_restatement(q)
                    && !self.is_past_deadline(q)
                    && !number::is_copies(&self.doc.masked, q)
                    && !self.is_span_of_time(q)
                    && !self.is_idle_span(q)
                    && !self.is_yearly(q)
                    && self.given_to_each.is_none_or(|at| at > q.start)
            })
            .collect();
        let after = |at: &usize| quantities.iter().filter(|q| q.start > *at).count();
        let respectively = self
            .find("分别")
            .filter(|at| after(at) > 0)
            .or_else(|| self.find_distributive_all().filter(|at| after(at) == 1));
        let (before, listed): (Vec<&Quantity>, Vec<&Quantity>) = match respectively {
            Some(at) => quantities.iter().partition(|q| q.start < at),
            None => (quantities, Vec::new()),
        };
        for (q, mut reading) in self.read_one_by_one(&before) {
            let previous = out.last().filter(|t| t.span[0] >= self.sentence.start);
            let stretch = self.is_stretch(q.start);
            complete(
                &mut reading,
                q.unit,
                self.scope.year_at(q.start),
                previous,
                stretch,
            );
            // Places counted by what they come to do (力争50个县（市、区）基本
            // 实现城乡供水一体化): the places doing it.
            let bare_divisions = reading
                .subject
                .as_deref()
                .is_some_and(|s| !s.is_empty() && phrase::divisions_len(s) == s.chars().count());
            if bare_divisions && reading.metric.is_none() && q.counts_things() {
                let after = self.doc.text(q.end, self.clause.end);
                if let Some(doing) = phrase::divisions_doing(after) {
                    reading.subject = Some(doing);
                }
            }
            // What remains (剩余的23处, 其余) is of the things counted before.
            if reading
                .subject
                .as_deref()
                .is_some_and(|s| REMAINDERS.contains(&s))
            {
                reading.subject = self.noun_of_figure_before(q).or(reading.subject);
            }
            // A figure right after another, in another unit, measures the
            // same things (迁建安置2.6万户、8.5万人以上).
            // (Not money or a share: 完成户厕改造2.3万户、9.6亿元.)
            let same_things = out.last().filter(|t| {
                t.span[0] >= self.clause.start
                    && (q.counts_things() || q.measures_stock())
                    && !number::is_money(&t.unit)
                    && t.unit != "%"
                    && t.unit != q.unit
                    && t.span[1] <= q.start
                    && matches!(self.doc.text(t.span[1], q.start), "" | "、")
            });
            if reading.subject.is_none() && reading.metric.is_none() {
                if let Some(t) = same_things {
                    (reading.subject, reading.metric) = (t.subject.clone(), t.metric.clone());
                }
            }
            if reading.subject.is_none() && reading.metric.is_none() {
                reading.subject = self
                    .unquantified_change_before()
                    .or_else(|| self.level_stated_before(q));
                // (Only for a clause that opens on its verb: a figure
                // restated in brackets, 百分之四十(40%), is no change of
                // the clause before.)
                let opens_on_verb =
                    || phrase::trim_phrase(&self.words(self.clause.start, q.start)).is_empty();
                if reading.subject.is_none() {
                    reading.metric = self.topic_before(q).or_else(|| {
                        opens_on_verb()
                            .then(|| self.topic_clause_before())
                            .flatten()
                    });
                }
            }
            // A measure alone is of the things the figure before it in its
            // clause counts (建成中运量公交线路3条、总长度不少于60公里; not a
            // rate's: 绿色建筑占比达到70%、总面积…), or of
            // what the clause before makes, or of the line's topic.
            let counted_before = || {
                out.last()
                    .filter(|t| t.span[0] >= self.clause.start)
                    .and_then(|t| t.subject.as_deref())
                    .map(|noun| phrase::without_measure(noun).to_string())
            };
            for field in [&mut reading.subject, &mut reading.metric] {
                if let Some(measure) = field.take_if(|m| phrase::is_measure(m)) {
                    let object = counted_before()
                        .or_else(|| self.object_before())
                        .or_else(|| self.topic_before(q));
                    *field = Some(match object {
                        Some(object) => object + &measure,
                        None => measure,
                    });
                }
            }
            // A share named alone (…数量要达到35家，占比达到百分之四十) is
            // of the things the sentence counted just before it.
            let unnamed = reading.subject.is_none();
            if let Some(share) = reading
                .metric
                .take_if(|m| unnamed && SHARES_ALONE.contains(&m.as_str()))
            {
                let things = out
                    .last()
                    .filter(|t| t.span[0] >= self.sentence.start && q.unit == "%")
                    .and_then(|t| t.subject.as_deref())
                    .map(|noun| phrase::without_measure(noun).to_string());
                reading.metric = Some(things.unwrap_or_default() + &share);
            }
            // A measure of an act (累计建成面积) is of what the clause
            // before did by the same act (将永久基本农田全部建成高标准农田).
            for field in [&mut reading.subject, &mut reading.metric] {
                let act = field.as_deref().and_then(phrase::act_of_measure);
                if let Some(object) = act.and_then(|verb| self.object_of_verb_before(verb)) {
                    field.get_or_insert_default().insert_str(0, &object);
                }
            }
            let noun = reading.subject.as_deref().or(reading.metric.as_deref());
            let pre = self.words(self.window_start(q.start), q.start);
            // Words after the figure (四个全面), whether or not read as its
            // noun, make it a numeral of a phrase.
            let noun_follows = reading.span[0] == q.start
                || self.doc.masked.get(q.end).is_some_and(|&c| is_han(c));
            // Nor is a rank (进入全球货运机场前二十位).
            if noun.is_some_and(|noun| {
                !(phrase::is_idiom(q, noun, noun_follows)
                    || phrase::is_outline(&pre, noun)
                    || phrase::is_rank(q, noun))
            }) {
                // Each of the things listed before 各 has the figure; places
                // so listed share out a goal whose things are named before
                // (其中莲都区、青田县…各6个).
                let each = reading.subject.as_deref().and_then(phrase::each_of);
                match each.filter(|items| !items.iter().all(|i| phrase::is_place(i))) {
                    Some(items) => {
                        for item in items {
                            let each = Reading {
                                subject: Some(item),
                                metric: reading.metric.clone(),
                                ..reading
                            };
                            out.push(self.target(q, each));
                        }
                    }
                    None => out.push(self.target(q, reading)),
                }
            }
        }
        if let Some(at) = respectively {
            let mut readings = self.read_respectively(at, &listed);
            self.metrics_from_items_listed_before(out, &mut readings);
            for (q, reading) in readings {
                out.push(self.target(q, reading));
            }
        }
    }

    /// A metric 分别 gives several figures of, once a clause before it in
    /// its sentence listed as many items with a head of their own (果蔬、
    /// 肉类、水产品冷链流通率分别提高到50%、85%、90%，产后损失率分别降至8%、
    /// 3%、5%): each figure is of the item in its place (果蔬产后损失率).
    fn metrics_from_items_listed_before(
        &self,
        out: &[Target],
        readings: &mut [(&Quantity, Reading)],
    ) {
        let n = readings.len();
        let Some(metric) = readings.first().and_then(|(_, r)| r.metric.clone()) else {
            return;
        };
        let one_metric = readings
            .iter()
            .all(|(_, r)| r.metric.as_ref() == Some(&metric) && r.year.is_none());
        let Some(before) = out.len().checked_sub(n).map(|from| &out[from..]) else {
            return;
        };
        let listed_before = before
            .iter()
            .all(|t| t.span[0] >= self.sentence.start && t.span[1] <= self.clause.start);
        let metrics: Option<Vec<Vec<char>>> = before
            .iter()
            .map(|t| t.metric.as_deref().map(|m| m.chars().collect()))
            .collect();
        let (Some(metrics), true, true) = (metrics, n >= 2 && one_metric, listed_before) else {
            return;
        };
        let shortest = metrics.iter().map(Vec::len).min().unwrap_or(0);
        let shared_tail = |m: &Vec<char>| {
            let first = metrics[0].iter().rev();
            m.iter()
                .rev()
                .zip(first)
                .take_while(|(a, b)| a == b)
                .count()
        };
        let head = metrics.iter().map(shared_tail).min().unwrap_or(0);
        // (A head of one char is no shared word: 能耗、水耗.)
        if head < 2 || head == shortest {
            return;
        }
        for ((_, reading), item) in readings.iter_mut().zip(&metrics) {
            let item: String = item[..item.len() - head].iter().collect();
            reading.metric = Some(item + &metric);
        }
    }

    /// Each figure with its own noun: before it (绿色工厂300家, 能耗下降18%)
    /// or, for counted things, after it (100家绿色工厂). The noun may be
    /// missing or partial (see [`complete`]).
    fn read_one_by_one<'q>(&self, quantities: &[&'q Quantity]) -> Vec<(&'q Quantity, Reading)> {
        let mut out = Vec::new();
        let mut previous_end = self.clause.start;
        for (i, q) in quantities.iter().enumerate() {
            previous_end = previous_end.max(self.window_start(q.start));
            let next_start = quantities.get(i + 1).map_or(self.clause.end, |n| n.start);
            let after_end = self.list_item_end(q.end, next_start);
            let after = self.words(q.end, after_end);
            // The level a figure sets itself (120万吨以上的水平, 3,000公吨的中期
            // 目标) names nothing.
            let mut read_after =
                (q.counts_things() || q.measures_stock() || after.starts_with('的'))
                    .then(|| phrase::noun_after(&after));
            let mut noun_after = read_after
                .clone()
                .filter(|noun| !names_level(noun))
                .unwrap_or_default();
            // A share of what meets a standard is named with the standard
            // (城市建成区50%以上面积达到海绵城市建设要求).
            // The area it is a share of stands before it (城市建成区).
            if q.unit == "%" {
                if let Some(meets) = share_meeting_standard(&after) {
                    noun_after = phrase::trim_phrase(&self.words(previous_end, q.start)) + &meets;
                }
            }
            // A share of a measure of a place (城市建成区40%以上的面积): the
            // measure is of the place named before the figure.
            if q.unit == "%" && noun_after.chars().count() <= SHARED_MEASURE_CHARS {
                let place = phrase::trim_phrase(&self.words(previous_end, q.start));
                if !noun_after.is_empty() && phrase::is_place(&place) {
                    noun_after = place + &noun_after;
                }
            }
            // A share of things that do something (全省80%以上的县（市）实现快递
            // 品牌共同配送): of those that do it.
            if q.unit == "%" && !noun_after.is_empty() {
                let things = phrase::Qualified {
                    noun: read_after.take().unwrap_or_default(),
                    ..phrase::Qualified::default()
                };
                if let Some(did) = phrase::predicate_after(&after, &things, false) {
                    if !noun_after.ends_with(&did) {
                        noun_after += &did;
                    }
                }
            }
            // A share of the things something covers (远程医疗服务覆盖全省90%以上
            // 的村卫生室): the coverage by what covers them.
            if q.unit == "%" && !noun_after.is_empty() {
                let before = phrase::trim_phrase(&self.words(previous_end, q.start));
                // (Something must cover them: not 逐步覆盖全省80%的乡镇; and
                // a place's rule may have named it already.)
                let covering = before.split_once("覆盖").filter(|(by, place)| {
                    !phrase::trim_phrase(by).is_empty()
                        && !place.starts_with('率')
                        && phrase::len_outside_brackets(place) <= 4
                });
                if covering.is_some() && !noun_after.starts_with(&before) {
                    noun_after = before + &noun_after;
                }
            }
            if let Some(reaching) = phrase::all_reaching(&after, &noun_after) {
                noun_after = reaching;
            }
            // A level reached (综合利用面积达到100万亩奠定坚实基础) is the
            // measure's before it; a verb after it starts another predicate.
            // (Not a count of things: 达到50个示范基地.)
            let reached = self
                .words(previous_end, q.start)
                .trim_end()
                .ends_with("达到");
            if reached && !q.counts_things() && phrase::opens_in_verb(&noun_after) {
                noun_after.clear();
            }
            if phrase::stands_for_noun_before(&noun_after, q.unit) {
                let (_, before) = phrase::split_at_count_verb(&self.words(previous_end, q.start));
                let told_before = || {
                    let before = self.sentence.clause_before(self.clause);
                    before
                        .and_then(|b| {
                            phrase::things_told_before(self.doc.text(b.start, b.end), &noun_after)
                        })
                        .or_else(|| {
                            phrase::housing_named(
                                self.doc.text(self.sentence.start, q.start),
                                &noun_after,
                            )
                        })
                };
                if phrase::names_things_stood_for(&before) {
                    noun_after = phrase::with_stand_in(before, &noun_after);
                } else if let Some(things) = told_before() {
                    noun_after = things;
                }
            }
            let kind = phrase::governing_kind(&self.words(self.window_start(q.start), q.start));
            let reading = if !noun_after.is_empty() {
                Reading {
                    kind,
                    metric: None,
                    subject: Some(noun_after),
                    span: [q.start, after_end],
                    year: None,
                }
            } else {
                // (A time word alone names no thing: 年内新建25处 builds what
                // the clause before named.)
                let words = self.words(previous_end, q.start);
                let words = match phrase::time_word_before_verb(&words) {
                    Some(verb) => verb.to_string(),
                    None => words,
                };
                let noun = phrase::trim_phrase(before_starting_level(&words));
                let noun = phrase::without_goal_word(&noun);
                // “全省新增绿色工厂100家”: the region and the things (the verb of
                // addition is put back below);
                // a verb alone (2026年新建30万亩) names what it made before.
                let (region, rest) = phrase::split_subject(noun);
                let mut rest = phrase::trim_phrase(&rest);
                let spoken = words.trim_matches(|c: char| !is_han(c));
                // A place alone before a creating verb (全市共建成10个) is who
                // acts: what it makes is named elsewhere.
                let place_acts = (region.is_none() && q.counts_things() && phrase::is_place(&rest))
                    .then(|| phrase::creating_verb_ending(spoken))
                    .flatten();
                let region = match place_acts {
                    Some(_) => Some(std::mem::take(&mut rest)),
                    None => region,
                };
                let verb = match place_acts {
                    Some(verb) => verb,
                    None if rest.is_empty() => spoken,
                    None => &rest,
                };
                let counted_verb =
                    !rest.is_empty() && q.counts_things() && phrase::is_bare_verb(&rest);
                // Two verbs with the thing left out (新建高标准农田90万亩、改造
                // 提升49万亩, 累计改造提升200万亩) name the work: the second is
                // no change of the first.
                let pair = spoken
                    .find(rest.as_str())
                    .filter(|_| phrase::is_bare_verb(&rest))
                    .map(|at| &spoken[at..])
                    .filter(|both| {
                        both.strip_prefix(rest.as_str()).is_some_and(|second| {
                            !second.is_empty() && phrase::is_bare_verb(second)
                        })
                    });
                if let Some(both) = pair {
                    rest = both.to_string();
                } else if counted_verb || phrase::is_creating_verb(verb) {
                    // (规模以上工业企业净增100家: what the verb is said of is named,
                    // unless it is only where the work is done.)
                    let figure = (region.is_none() || place_acts.is_some()).then_some(*q);
                    rest = self.bare_verb_object(figure, verb, &words);
                }
                // What is added (新增停车泊位800个, 新建高标准农田90万亩) is
                // another measure than the stock (停车泊位达到5万个, 累计建成
                // 高标准农田580万亩): the verb of addition stays, as in counts,
                // and so does a verb joined to it (新建和改造提升应急避难场所).
                let added = phrase::adding_verb_before(&words, &rest)
                    .filter(|verb| !rest.starts_with(verb))
                    .unwrap_or_default();
                let region = region.or_else(|| self.item_place());
                let (subject, metric) = if q.counts_things() {
                    let subject = region.unwrap_or_default() + added + &rest;
                    (phrase::non_empty(subject), None)
                } else {
                    (region, phrase::non_empty(format!("{added}{rest}")))
                };
                Reading {
                    kind,
                    metric,
                    subject,
                    span: [self.skip_marks(previous_end, q.start), q.end],
                    year: None,
                }
            };
            previous_end = q.end;
            out.push((*q, reading));
        }
        out
    }

    /// “能耗、水耗较“十三五”末分别下降16%、20%”: the metrics before 分别
    /// pair with the figures after it; when the numbers differ, every
    /// figure gets the whole head.
    fn read_respectively<'q>(
        &self,
        at: usize,
        listed: &[&'q Quantity],
    ) -> Vec<(&'q Quantity, Reading)> {
        let Some(first) = listed.first() else {
            return Vec::new();
        };
        let head = phrase::trim_phrase(&self.words(self.window_start(at), at));
        let head = if head.is_empty() {
            self.topic_clause_before().unwrap_or(head)
        } else {
            head
        };
        let kind = phrase::governing_kind(&self.words(at, first.start));
        let (subject, rest, metrics) = {
            let (subject, rest) = phrase::split_subject(&head);
            // 和 and 及 also join metrics (能耗和水耗), but 及 is inside
            // words too (普及率): they split only when that pairs up, and
            // never inside a word (报告及时率).
            let split = |separators: &[char]| -> Vec<String> {
                phrase::split_outside_words(&rest, separators)
                    .into_iter()
                    .map(phrase::trim_phrase)
                    .filter(|s| !s.is_empty())
                    .collect()
            };
            let joined = split(&['、', '和', '及']);
            // One figure for several metrics (事故起数和死亡人数同比分别
            // 下降5%以上): each of them changes by it.
            let mut items = if listed.len() == 1 && joined.len() > 1 {
                Some(joined)
            } else {
                [joined, split(&['、'])]
                    .into_iter()
                    .find(|items| items.len() == listed.len())
            };
            // 小学、初中生均教学用房面积: each item takes the head they share.
            if let Some(items) = &mut items {
                phrase::share_head(items);
            }
            (subject, rest, items)
        };
        // One metric for several figures: they may be its levels in
        // several years listed together (到2025年、2027年，…分别达到210万亩、235万亩).
        let years = Some(self.listed_years(at))
            .filter(|years| metrics.is_none() && years.len() == listed.len());
        // Years listed with no measure before 分别 (only who acts: 政府预计
        // 在2026年及2027年) measure what the verb after it takes (分别新增
        // 养老床位620张及680张) or the figures count (分别新增约620个及约680个
        // 资助宿位).
        let last = listed[listed.len() - 1];
        let unnamed =
            rest.chars().count() <= 2 || phrase::is_place(&rest) || phrase::ends_in_verb(&rest);
        let named = years.as_ref().filter(|_| unnamed).and_then(|_| {
            let words = self.words(at, first.start);
            let taken = phrase::trim_phrase(&words);
            let counted = || {
                let end = self.list_item_end(last.end, self.clause.end);
                phrase::noun_after(&self.words(last.end, end))
            };
            if !phrase::is_bare_verb(&taken) {
                return phrase::non_empty(taken).or_else(|| phrase::non_empty(counted()));
            }
            // A verb alone takes the object it took before (2026年改造
            // 小型供水工程350处，2027年、2028年分别改造300处、250处).
            phrase::non_empty(counted())
                .or_else(|| Some(self.bare_verb_object(Some(first), &taken, &words)))
        });
        // Things counted are the subject, as when read one by one (全市
        // 养老床位); a measure stays the metric of whoever is named.
        let (subject, rest) = match named {
            Some(noun) if first.counts_things() => {
                let region = subject.unwrap_or_default();
                (phrase::non_empty(region + &noun), String::new())
            }
            Some(noun) => (subject.or(phrase::non_empty(rest)), noun),
            None => (subject, rest),
        };
        let metrics = metrics.unwrap_or_else(|| vec![rest; listed.len()]);
        listed
            .iter()
            .cycle()
            .zip(metrics)
            .enumerate()
            .map(|(k, (q, metric))| {
                let reading = Reading {
                    kind,
                    metric: phrase::non_empty(metric),
                    subject: subject.clone(),
                    span: [self.window_start(at), q.end],
                    year: years.as_ref().map(|years| years[k]),
                };
                (*q, reading)
            })
            .collect()
    }

    /// The longest run of years joined by 、, 和 or 及, or of the years of
    /// one span, in the sentence before `at`, in order.
    fn listed_years(&self, at: usize) -> Vec<i32> {
        let chars = &self.doc.masked;
        let (mut best, mut run) = (Vec::new(), Vec::new());
        let mut previous_end: Option<usize> = None;
        for m in self
            .markers
            .iter()
            .filter(|m| m.start >= self.sentence.start && m.end <= at)
            .filter(|m| matches!(m.role, Role::Deadline | Role::Mention))
        {
            let joined = previous_end
                .is_some_and(|end| end + 1 == m.start && matches!(chars[end], '、' | '和' | '及'));
            // A span is its years, one by one (2026年至2030年分别完成…350公里、
            // 450公里、…270公里).
            if !joined || m.spans_years(chars) {
                run.clear();
            }
            run.extend(m.years(chars));
            previous_end = Some(m.end);
            if run.len() > best.len() {
                best.clone_from(&run);
            }
        }
        best
    }

    fn target(&self, q: &Quantity, reading: Reading) -> Target {
        Target {
            year: reading.year.unwrap_or_else(|| self.scope.year_at(q.start)),
            value: q.value,
            value_max: q.value_max,
            unit: q.unit.to_string(),
            value_text: self.doc.text(q.start, q.end).to_string(),
            bound: q.bound,
            kind: reading.kind,
            // (这一比例: the measure named before.)
            metric: reading.metric.map(|metric| {
                phrase::pointed_at(&metric, self.doc.text(0, self.clause.start)).unwrap_or(metric)
            }),
            subject: reading.subject,
            // “与2022年相比，…下降12%，…突破3000亿元”: a baseline only
            // qualifies a change.
            baseline: self
                .scope
                .baseline
                .clone()
                .filter(|_| is_change(reading.kind)),
            sentence: self.doc.context(self.sentence, reading.span),
            span: reading.span,
        }
    }

    /// Where the noun after a figure ends: at the next list separator
    /// outside brackets (20个县（市、区） is one noun) and between other
    /// words than numerals (11座老旧二、三级渔港 is one), the next figure or
    /// the end of the clause.
    fn list_item_end(&self, from: usize, limit: usize) -> usize {
        phrase::next_list_mark(&self.doc.masked, from, limit).unwrap_or(limit)
    }

    /// Whether a figure is what the policy grants: a sum (给予最高1亿元资助,
    /// 一次性奖励500万元), the share a grant pays (按售价的20%给予补贴) or a
    /// grant's cap (…给予补贴，单件最高不超过2000元). A provision of the
    /// policy, not a figure to reach.
    fn is_grant(&self, q: &Quantity) -> bool {
        const GRANT_LEAD_CHARS: usize = 4;
        let grants = |text: &str| GRANTS.iter().any(|verb| text.contains(verb));
        let pre = self.words(self.window_start(q.start), q.start);
        let after = self
            .doc
            .text(q.end, (q.end + GRANT_LEAD_CHARS).min(self.clause.end));
        let sentence_before = self.words(self.sentence.start, q.start);
        // The most one may get (个人最高可申请30万元贷款) is a cap as well.
        let capped = pre.contains("最高") && grants(&sentence_before)
            || ["最高可", "最多可"].iter().any(|w| pre.contains(w));
        // How much or how many of a thing one may be granted (每类产品可补贴
        // 1件, 最多可补贴3件, 每类家电产品限补贴1件, 空调产品最多补贴3件).
        let permitted = GRANTS.iter().any(|verb| {
            pre.trim_end()
                .strip_suffix(verb)
                .is_some_and(|lead| ["可", "限", "最多"].iter().any(|w| lead.ends_with(w)))
        });
        // A grant word after a number of things names what they are
        // (5000个资助安老宿位: subsidised places), not a grant.
        // A sum put into a fund or programme (累计投入青年发展资助不少于15亿
        // 澳门元) is spending to reach, whatever the fund is for: the grant
        // word names what the funding verb puts money into, no 的 or figure
        // between (not 对新投入使用的…机构给予补助, 每安排1人补贴3000元).
        let funds = FUNDING.iter().any(|verb| {
            pre.find(verb).is_some_and(|at| {
                let object = &pre[at + verb.len()..];
                !object.contains(|c: char| c == '的' || c.is_ascii_digit())
                    && GRANTS.iter().any(|g| object.contains(g))
            })
        });
        // A grant's level raised (补助标准提高到720元, 补贴资金达到…) is a goal:
        // the grant word names what reaches the figure. Not a cap (资助上限
        // 提高至…), nor the grant raised for those a condition names (对…的
        // 单位，补贴标准提高至…): provisions still.
        let conditional = CONDITION_CLAUSE.is_match(&sentence_before);
        let raised = !conditional
            && !pre.contains("上限")
            && RAISED_TO
                .iter()
                .filter_map(|verb| pre.rfind(verb).map(|at| (at, at + verb.len())))
                .max()
                .is_some_and(|(at, end)| grants(&pre[..at]) && !grants(&pre[end..]));
        let per_recipient = PER_RECIPIENT.is_match(&pre) && grants(&sentence_before);
        (grants(after) && !q.counts_things())
            || (number::is_money(q.unit)
                && ((grants(&pre) || per_recipient) && !funds && !raised || capped))
            || permitted
    }

    /// The clause before this one in its sentence, past one that only
    /// dates what follows (目前已认定…机构35家，到2027年，力争达到50家).
    fn clause_before(&self) -> Option<&Clause> {
        let last = self.sentence.clause_before(self.clause)?;
        let only_dates = self
            .words(last.start, last.end)
            .trim_matches(|c: char| c.is_whitespace() || "，,、；;：:".contains(c))
            .is_empty();
        if only_dates {
            self.sentence.clause_before(last)
        } else {
            Some(last)
        }
    }

    /// What the clause before this one makes or reaches, the noun after its
    /// last verb: what a measure alone measures (2026年底前建成纯氢输送管道
    /// 一期工程，长度约150公里: 纯氢输送管道一期工程).
    fn object_before(&self) -> Option<String> {
        self.act_before().map(|(_, object)| object)
    }

    /// What the clause before this one made by `verb`, when that is the
    /// clause's last verb (将永久基本农田全部建成高标准农田; not 完成用水权确权
    /// 登记 for 确权).
    fn object_of_verb_before(&self, verb: &str) -> Option<String> {
        self.act_before()
            .filter(|(last, _)| *last == verb)
            .map(|(_, object)| object)
    }

    /// The last verb of the clause before this one and the noun after it.
    fn act_before(&self) -> Option<(&'static str, String)> {
        let before = self.clause_before()?;
        let text = self.words(before.start, before.end);
        let (at, verb, _) = verbs::VERB_INDEX.last_in(&text)?;
        // (A figure alone after the verb is a level reached, no thing made:
        // …并网容量力争达到6000万千瓦；到2030年，累计并网容量达到…; things
        // counted are, 打造十条跨区骑行廊道，总长约260公里.)
        phrase::non_empty(phrase::noun_after(&text[at + verb.len()..]))
            .filter(|object| number::figure_alone(object).is_none())
            .map(|object| (verb, object))
    }

    /// The clause before this one when it is the topic this one changes
    /// (将遥控岸桥占全部岸桥的比例，提升至40%; …的比例，分别提升至40%及80%): it
    /// holds no figure, and either a disposal 将 or 把 makes it the object
    /// of the verb after the comma, or it names a rate or a share.
    fn topic_clause_before(&self) -> Option<String> {
        const RATES: &[&str] = &["率", "比例", "比重", "占比"];
        let before = self.clause_before()?;
        if !self.doc.quantities_in(before.start, before.end).is_empty() {
            return None;
        }
        let text = self.words(before.start, before.end);
        let object = text
            .rfind(['将', '把'])
            .map(|at| &text[at + '将'.len_utf8()..]);
        let topic = phrase::trim_phrase(object.unwrap_or(&text));
        let rate = RATES.iter().any(|r| topic.ends_with(r));
        phrase::non_empty(topic).filter(|_| object.is_some() || rate)
    }

    /// The noun of the clause before this one when that clause changes it
    /// by a ratio, without a figure, and this one gives the level it comes
    /// to (高新技术企业数量翻一番，达到100家以上): 高新技术企业.
    fn unquantified_change_before(&self) -> Option<String> {
        const RATIO_CHANGES: &[&str] = &["翻一番", "翻两番", "翻番", "倍增"];
        let before = self.clause_before()?;
        if !self.doc.quantities_in(before.start, before.end).is_empty() {
            return None;
        }
        let text = self.words(before.start, before.end);
        let head = RATIO_CHANGES
            .iter()
            .find_map(|w| text.trim_end().strip_suffix(w))?;
        let noun = phrase::without_measure(&phrase::trim_phrase(head)).to_string();
        phrase::non_empty(noun)
    }

    /// What a bare goal arriving at a level (增至400家) counts when the
    /// clause before stated the present level in the same unit: 企业 in
    /// 目前已有企业330家，到2027年增至400家, 电动的士 in 现时全港约有3 400辆
    /// 电动的士，政府目标是于2027年底前增至约6 000辆.
    fn level_stated_before(&self, q: &Quantity) -> Option<String> {
        let pre = self.words(self.clause.start, q.start);
        if !verbs::arrives_in(&pre) {
            return None;
        }
        self.noun_of_figure_before(q)
    }

    /// The topic its line opens on before a colon, when nothing else names
    /// what a figure measures: 太阳光电：2030年目标40GW. A numbered topic
    /// that names a year after it (（一）太阳光电：2030年…) was broken off as a
    /// heading ([`super::period::break_run_on_headings`]): the sentence
    /// before on the same line.
    fn topic_before(&self, q: &Quantity) -> Option<String> {
        /// The longest topic: a heading's few words, not a clause.
        const TOPIC_CHARS: usize = 12;
        let lead = self.doc.text(self.sentence.start, q.start);
        let topic = match lead.split_once(['：', ':']) {
            Some((topic, _)) => topic,
            None => {
                let heading = self.sentence_before()?;
                let heading = self.doc.text(heading.start, self.sentence.start);
                if heading.contains('\n') {
                    return None;
                }
                heading.trim_end().strip_suffix(['：', ':'])?
            }
        };
        // A label that leads in (发展目标：, 具体如下：, 记者从…获悉：) is no topic.
        const LEADS_IN: &[&str] = &["目标", "任务", "要求", "如下", "以下", "包括", "获悉"];
        let topic = phrase::trim_phrase(topic);
        let leads_in = LEADS_IN.iter().any(|w| topic.ends_with(w)) || phrase::ends_in_verb(&topic);
        (topic.chars().count() <= TOPIC_CHARS && topic.chars().all(is_han) && !leads_in)
            .then_some(topic)
            .filter(|t| !t.is_empty())
    }

    /// What the last figure in `q`'s unit in the clause before this one
    /// counts: the thing a remainder (剩余的23处) or a level reached is of.
    fn noun_of_figure_before(&self, q: &Quantity) -> Option<String> {
        let before = self.clause_before()?;
        let level = self
            .doc
            .quantities_in(before.start, before.end)
            .iter()
            .rev()
            .find(|level| level.unit == q.unit)?;
        // The counted noun may follow its figure (约有3 400辆电动的士).
        let after = phrase::noun_after(&self.words(level.end, before.end));
        if level.counts_things() && !after.is_empty() {
            return Some(after);
        }
        let (_, thing) = phrase::split_at_count_verb(&self.words(before.start, level.start));
        phrase::non_empty(phrase::trim_phrase(&thing))
    }

    /// Whether a figure is the level a change starts from (由2024年的83.6%
    /// 提高到90%, 由目前的4300余个增加到6000个, 从5万辆增加到20万辆): the
    /// target is the level it arrives at.
    fn is_starting_level(&self, q: &Quantity) -> bool {
        const LEAD_CHARS: usize = 8;
        // The raw text: the 到 of 提升到2027年的 belongs to a year's marker.
        let doc = self.doc;
        let pre = doc.text(
            q.start.saturating_sub(LEAD_CHARS).max(self.clause.start),
            q.start,
        );
        verbs::starting_level_at(pre).is_some()
            && verbs::arrives_in(doc.change_after(self.sentence, self.clause, q.end))
    }

    /// Whether a figure is what the policy lets its addressees choose
    /// (缴存比例可在5%至12%之间自主选择, 可按10%): a provision it permits,
    /// not a figure to reach.
    fn is_option(&self, q: &Quantity) -> bool {
        const PERMITTING: &[&str] = &["可在", "可以在", "可按", "可以按"];
        let pre = self.words(self.window_start(q.start), q.start);
        PERMITTING.iter().any(|w| pre.ends_with(w))
    }

    /// Whether a figure is the measure by which a rule is applied (按照不低
    /// 于10%的比例配建, 租金按照不高于市场租金的90%确定) or the reach of an
    /// area (周边500米范围内): how something is done or where, not a level
    /// to reach. A verb of a goal between 按照 and the figure (按照规划
    /// 建成100个) makes it a goal again. How often a duty recurs is a rule
    /// too.
    fn is_rule_measure(&self, q: &Quantity) -> bool {
        const BY_RULE: &[&str] = &["按照", "依照", "参照"];
        let pre = self.words(self.clause.start, q.start);
        // 按 alone opens a rate as well, close before its figure (按每座20万元
        // 的标准给予奖补, 每亩按1200元测算, 可按投资额的30%抵免), unless it is
        // part of an adverb of time or need (按时办结率, 按期整改率, 按需维
        // 保); farther off it opens a metric's name (按病种付费医保基金支出占
        // 住院医保基金支出的比例不低于95%).
        const RATE_REACH: usize = 10;
        let by_rate = pre.match_indices('按').map(|(at, _)| at).rfind(|&at| {
            let rest = &pre[at + '按'.len_utf8()..];
            !rest.starts_with(['时', '期', '需']) && rest.chars().count() <= RATE_REACH
        });
        // A bound (不低于, 不高于) is no verb of a goal.
        let by_rule = BY_RULE
            .iter()
            .filter_map(|w| pre.rfind(w))
            .chain(by_rate)
            .max()
            .is_some_and(|at| {
                verbs::VERB_INDEX
                    .last_in(&pre[at..])
                    .is_none_or(|(_, verb, _)| super::number::is_bound_word(verb))
            });
        // A cap set “in principle” (原则上不超过上年度…收入的3%, 原则上…拆除
        // 建筑面积不应大于现状总建筑面积的20%) is a rule too; a floor so set
        // (原则上至少建成1个) is still a goal.
        let in_principle = pre.rfind("原则上").is_some_and(|at| {
            super::number::bounds_in(&pre[at + "原则上".len()..]).any(|b| b == Bound::AtMost)
        });
        // So is a measure set “as a rule” or advised, right before its
        // figure or its bound word (田面宽度一般不小于5米, 取水权交易期限一般5年,
        // 单次使用时间不宜超过15分钟): a norm of how things are done, not a level
        // to reach.
        // (超过 alone is a verb of exceeding, no bound word: 不宜超过.)
        static AS_A_RULE: LazyLock<Pattern> =
            lazy_regex!("(?:一般|通常|不宜)(?:只需|为|在|超过)?$");
        /// Most chars of a bound word (不得低于, 控制在).
        const BOUND_CHARS: usize = 4;
        let before_bound = pre
            .char_indices()
            .rev()
            .take(BOUND_CHARS)
            .map(|(at, _)| at)
            .filter(|&at| super::number::is_bound_word(&pre[at..]))
            .last()
            .map_or(pre.as_str(), |at| &pre[..at]);
        // How often a duty recurs (市级河湖长每季度巡河不少于1次) is a rule of
        // work, not a level to reach; a few times, not a region's yearly
        // total (每年举办招聘活动不少于100次).
        const MOST_TIMES: f64 = 12.0;
        static EVERY_PERIOD: LazyLock<Pattern> =
            lazy_regex!("每(?:个|两|半)?(?:年度?|学期|季度?|月|旬|周|天|日)");
        let recurs = q.unit == "次" && q.value <= MOST_TIMES && EVERY_PERIOD.is_match(&pre);
        // A norm per unit of land, weight or head (每亩保苗5000株以上, 每亩施用
        // 脱硫石膏1.5至2吨), its verb right before the figure, is how the
        // work is done; a change or a level per unit (每亩增产50公斤, 每亩节水
        // 达到80立方米), a price (降至每公斤25元) and a rate named as a metric
        // (每万人拥有律师数达到6.5名) are goals.
        static PER_UNIT: LazyLock<Pattern> =
            lazy_regex!("每(?:亩|公顷|平方米|立方米|吨|公斤|千克|株|头|只)(\\p{Han}{0,8})$");
        let per_unit = PER_UNIT.captures(&pre).is_some_and(|c| {
            !c[1].contains(['增', '减', '节', '提', '降', '达', '少', '多', '升'])
        }) && !q.unit.ends_with('元');
        // The most one may be given (个人贷款额度最高30万元, 单个项目最高支持500
        // 万元, 可申请最高300万元的创业担保贷款) is a cap of a rule; a peak
        // named as a metric (统调最高负荷达到1.72亿千瓦) is not.
        static CAPPED: LazyLock<Pattern> =
            lazy_regex!("最高(?:不超过|可达|可获|给予|奖励|补贴|补助|资助|支持)?[^，。；]{0,2}$");
        // A time limit (24小时内响应, 5个工作日内办结, 确保在15分钟内报送) is
        // how fast a duty is done, a rule of work, unless a verb of a goal
        // cuts it (缩短至30天内, 力争实现接警后5分钟内到达); the verb of the
        // event that starts the clock (预警信号发布后15分钟内叫应) is none.
        const TIME_LIMIT_UNITS: [&str; 8] = [
            "小时",
            "分钟",
            "秒",
            "天",
            "日",
            "个工作日",
            "工作日",
            "个月",
        ];
        let masked = &self.doc.masked;
        // (Only 内 right after the figure: 以内 and 之内 bound goals as often,
        // 压缩至3个工作日以内.)
        let within = masked.get(q.end) == Some(&'内');
        let time_limit = TIME_LIMIT_UNITS.contains(&q.unit)
            && within
            && verbs::VERB_INDEX
                .last_in(before_event(&pre))
                .is_none_or(|(_, verb, _)| super::number::is_bound_word(verb));
        by_rule
            || in_principle
            || AS_A_RULE.is_match(&pre)
            || AS_A_RULE.is_match(before_bound)
            || recurs
            || time_limit
            || CAPPED.is_match(&pre)
            || per_unit
            || super::number::reaches_area(&self.doc.masked, q)
    }

    /// Whether a measure bounded by 以上 or 以下 states a condition, or runs
    /// straight into the noun it qualifies (5岁以下儿童死亡率, 65岁以上老年人, 10蒸吨以下燃煤锅炉):
    /// it delimits a class of things, it is not a figure to reach. So does
    /// one joined to its noun, by 的 or not, when that class is then
    /// counted (年产能10万辆以上的企业3家, 年产值超10亿元的联合体5—8个,
    /// 产值超百亿元企业5家), and so does a range (10亿—50亿元的成长型企业30至40家)
    /// and a count whose noun is bounded (1000名学生以上的学校).
    fn is_class_bound(&self, q: &Quantity) -> bool {
        let chars = &self.doc.masked;
        let bounded_by_suffix = super::number::ends_in_own_bound(chars, q);
        let class_at = super::number::class_noun_at(chars, q);
        let noun_follows = chars
            .get(q.end)
            .is_some_and(|&c| is_han(c) && !"并和且及或的".contains(c));
        // 2所高校 counts colleges; 百亿元企业 sorts firms.
        let joined = chars.get(q.end) == Some(&'的') || noun_follows && !q.counts_things();
        let class_counted = joined
            && self
                .doc
                .quantities_in(q.end, self.clause.end)
                .first()
                .is_some_and(|next| next.start <= q.end + CLASS_NOUN_CHARS);
        let bounded = bounded_by_suffix || q.bound != Bound::Exact;
        // A range joined to its noun by 的 sorts as a bound does
        // (年营业收入10亿—50亿元的成长型企业30至40家).
        let ranged = q.value_max.is_some() && chars.get(q.end) == Some(&'的');
        // A condition: those that reach it may do something (评价结果达到
        // 60分以上的，可以申报; 单件销售价格不超过6000元的，按…补贴).
        let condition = bounded
            && chars.get(q.end) == Some(&'的')
            && matches!(chars.get(q.end + 1), Some('，' | ','));
        // A sum or a measure of a class of things (每月薪资达新台币3万元以上的
        // 全时工作); a share of a place's measure (城市建成区40%以上的面积) is a
        // figure to reach.
        let sorts = class_at.is_some_and(|at| {
            at > q.end
                && !LEVEL_NOUNS
                    .iter()
                    .any(|w| super::number::starts_with(chars, at, w))
        }) && !q.counts_things()
            && q.unit != "%";
        // So does a bounded age or span of time before 的 and a noun (使用
        // 年限超过30年的铸铁管, 房龄超过20年的小区), but not another measure
        // (建成不少于500公里的绿道), a number of things or events (不少于10
        // 次的演练) or a level (达到1亿元以上的规模).
        let sorts_by_bound = bounded
            && matches!(q.unit, "年" | "岁" | "个月" | "天")
            && chars.get(q.end) == Some(&'的')
            && chars
                .get(q.end + 1)
                .is_some_and(|&c| is_han(c) && !"并和且及或".contains(c))
            && {
                let noun = phrase::noun_after(&self.words(q.end + 1, self.clause.end));
                !LEVEL_NOUNS.iter().any(|w| noun.ends_with(w))
            };
        // A share of what meets a standard (50%以上面积达到海绵城市建设要求) is
        // the figure to reach.
        let share = q.unit == "%"
            && noun_follows
            && share_meeting_standard(&self.words(q.end, self.clause.end)).is_some();
        (class_at == Some(q.end) && !q.counts_things() && !share)
            || ((bounded || ranged) && class_counted)
            || condition
            || sorts
            || sorts_by_bound
            || self.modifies_counted_noun(q)
            || super::number::bounds_its_noun(chars, q)
    }

    /// Whether a figure stands in a modifier of the things a figure right
    /// before it counts (打造3个营业收入超千亿元的产业集群, 培育5家年产值10亿元
    /// 以上的企业): it sorts what is counted, the count is the goal.
    fn modifies_counted_noun(&self, q: &Quantity) -> bool {
        // A figure's span takes in its 以上 or 以下.
        let chars = &self.doc.masked;
        if chars.get(q.end) != Some(&'的') {
            return false;
        }
        self.doc
            .quantities_in(self.clause.start, q.start)
            .last()
            .is_some_and(|counted| {
                counted.counts_things()
                    && q.start.saturating_sub(counted.end) <= CLASS_NOUN_CHARS
                    && chars[counted.end..q.start].iter().all(|&c| is_han(c))
            })
    }

    /// Whether a figure restates the one closing the clause before, in
    /// a clause of its own that opens with 也就是, 就是 or 即 (达到百分之百，
    /// 也就是100%; 达到90%，就是百分之九十): a speaker's figure said twice, a
    /// goal set once. Or says the goal before again in other terms, in a
    /// clause opening on 即 with a figure or a comparison (提升至每年4,500吨，
    /// 即2025年产量的约三倍; 即约为现时水平的9倍), not on a word 即 opens
    /// (即办件占比达到60%).
    fn is_restatement(&self, q: &Quantity) -> bool {
        const RESTATING: &[&str] = &["也就是说", "也就是", "就是说", "就是", "亦即", "即"];
        const IN_OTHER_TERMS: &[&str] = &[
            "为", "是", "约", "相当", "达", "增", "比", "较", "现", "当前", "目前", "占",
        ];
        let lead = self.doc.text(self.clause.start, q.start).trim();
        let in_other_terms = lead.strip_prefix('即').is_some_and(|rest| {
            rest.starts_with(|c: char| c.is_ascii_digit())
                || IN_OTHER_TERMS.iter().any(|w| rest.starts_with(w))
        });
        in_other_terms
            || RESTATING.contains(&lead)
                && self
                    .doc
                    .quantities_in(self.sentence.start, self.clause.start)
                    .last()
                    .is_some_and(|said| {
                        said.unit == q.unit
                            && number::same_value(said.value, q.value)
                            && self
                                .doc
                                .text(said.end, self.clause.start)
                                .trim_matches(|c: char| {
                                    c.is_whitespace() || matches!(c, '，' | ',')
                                })
                                .is_empty()
                    })
    }

    /// Whether a figure stands in a clause opening on a time after the
    /// deadline it follows (在2035年前…提升至10%，其后逐步提升至15%): it is
    /// for a year the clause does not name.
    fn is_past_deadline(&self, q: &Quantity) -> bool {
        const THEREAFTER: [&str; 3] = ["其后", "此后", "之后"];
        let lead = self.doc.text(self.clause.start, q.start).trim_start();
        THEREAFTER.iter().any(|w| lead.starts_with(w))
    }

    /// Whether a figure restates the one right before it in another
    /// currency or measure, in brackets (1,000亿元(约新台币4,400亿元)).
    fn is_conversion(&self, q: &Quantity) -> bool {
        const RESTATING: &[&str] = &["约合", "约", "折合", "相当于"];
        let chars = &self.doc.masked;
        let Some(open) = (q.start.saturating_sub(CONVERSION_LEAD_CHARS)..q.start)
            .rev()
            .find(|&i| matches!(chars[i], '(' | '（'))
        else {
            return false;
        };
        let restates = RESTATING
            .iter()
            .any(|w| super::number::starts_with(chars, open + 1, w));
        let after_figure = self
            .doc
            .quantities_in(self.clause.start, open)
            .last()
            .is_some_and(|before| before.end == open);
        restates && after_figure
    }

    /// Whether a figure says which things a measure applies to, in a
    /// clause opening with 对 whose figure qualifies a noun by 的 (对年营业
    /// 收入首次突破10亿元的企业…给予奖励, 对运行年限超过20年的老旧管网进行改造):
    /// a condition, not a level to reach.
    fn is_condition(&self, q: &Quantity) -> bool {
        // Most clauses open with neither word: spare them `words`.
        if !self.opens_with(&["对", "凡"]) {
            return false;
        }
        // A clause that is the condition as a whole, down to the few chars
        // it names (对连续6个月未缴纳租金或者违规转租、转借的，…; 凡年用水量
        // 超过1万立方米的，…; 对客房数量超过14间或者建筑面积超过800平方米的
        // 民宿，…), however far its 的 stands from the figure.
        let clause = self.doc.text(self.clause.start, self.clause.end).trim();
        let names_whom = clause
            .trim_end_matches(['，', ','])
            .rsplit_once('的')
            .is_some_and(|(_, head)| head.chars().count() <= 3 && head.chars().all(is_han));
        if names_whom {
            return true;
        }
        if !self.opens_with(&["对"]) {
            return false;
        }
        let after = self.doc.text(q.end, self.clause.end).trim_start();
        // The figure qualifies the noun right after it (10亿元的), or is a
        // threshold that does, a little further on (超过20年、存在安全隐患的,
        // 连续两个月生态流量不达标的); not a plain count of what is done
        // (对全市126个老旧小区的供热管网进行改造).
        const THRESHOLDS: &[&str] = &[
            "超过", "低于", "高于", "不足", "突破", "达到", "连续", "以上", "以下",
        ];
        const QUALIFIER_CHARS: usize = 12;
        // (So is a bound closing the figure: 1000人以上且质量评估良好的; not
        // one before it, 对不少于300家中小企业开展免费的数字化诊断.)
        // (Or one that opens the list the figure is in: 突破10亿元、20亿元.)
        let listed_from = self
            .doc
            .quantities_in(self.clause.start, q.start)
            .iter()
            .rev()
            .take_while(|before| self.doc.masked.get(before.end) == Some(&'、'))
            .last()
            .map_or(q.start, |first| first.start);
        let lead = self.words(self.clause.start, listed_from);
        let threshold = number::ends_in_own_bound(&self.doc.masked, q)
            || THRESHOLDS
                .iter()
                .any(|w| lead.ends_with(w) || after.starts_with(w));
        let qualifies = ["的", "以上的", "以下的", "及以上的"]
            .iter()
            .any(|w| after.starts_with(w))
            || threshold && after.chars().take(QUALIFIER_CHARS).any(|c| c == '的');
        lead.trim_start().starts_with('对') && !lead.trim_start().starts_with("对标") && qualifies
    }

    /// Whether a figure counts what a task builds on or centres on, in a
    /// clause that opens with such a word (依托全省1568个乡镇便民服务中心, 围绕
    /// 16个先进制造业集群): what exists, not what is to be reached.
    fn is_groundwork(&self, q: &Quantity) -> bool {
        const GROUNDWORK: &[&str] = &["依托", "围绕", "立足"];
        // 在总结86家试点单位经验的基础上, 在现有12个园区基础上: what the
        // task starts from, whatever is done to it.
        if self.opens_with(&["在"]) && self.words(q.end, self.clause.end).contains("基础上") {
            return true;
        }
        if !self.opens_with(GROUNDWORK) {
            return false;
        }
        let lead = self.words(self.clause.start, q.start);
        let lead = lead.trim_start();
        // 围绕打造3个产业集群, 依托职业院校培训无人机驾驶员5000人次: a verb
        // after the word makes the figure its goal.
        GROUNDWORK
            .iter()
            .find_map(|w| lead.strip_prefix(w))
            .is_some_and(|object| !names_action(object))
    }

    /// Whether a figure counts things that 将 or 把 merges into another
    /// (将17个市级平台整合接入省级平台, 把3个园区合并为…): things there
    /// already, not a goal. Not 将 as "will" (将新建17个平台, 将有100家企业…),
    /// nor things the task changes (力争将120个老旧小区全部改造完成).
    fn is_merged_object(&self, q: &Quantity) -> bool {
        const MERGING: &[&str] = &["整合", "合并", "并入", "纳入", "接入", "划入", "归并"];
        // The cheap tests on the raw text first: most figures of a plan's
        // clauses fail them, and `words` builds a string.
        let after = self.doc.text(q.end, self.clause.end);
        if !q.counts_things()
            || !MERGING.iter().any(|w| after.contains(w))
            || !self
                .doc
                .text(self.clause.start, q.start)
                .contains(['将', '把'])
        {
            return false;
        }
        let lead = self.words(self.clause.start, q.start);
        let Some((at, marker)) = lead.char_indices().rfind(|&(_, c)| c == '将' || c == '把')
        else {
            return false;
        };
        let object = &lead[at + marker.len_utf8()..];
        !names_action_or_quality(object)
            && !object.starts_with(['有', '近', '在', '于', '超', '约'])
    }

    /// Whether the clause's text opens with one of `words`.
    fn opens_with(&self, words: &[&str]) -> bool {
        let text = self
            .doc
            .text(self.clause.start, self.clause.end)
            .trim_start();
        words.iter().any(|w| text.starts_with(w))
    }

    /// Whether a number of things is what a goal of full coverage covers
    /// (实现21个地级以上市回收服务网点全覆盖): the goal is the coverage, the
    /// places are there already. (Not what is built to cover another:
    /// 新建2000个服务站点实现行政村全覆盖.)
    fn is_coverage_scope(&self, q: &Quantity) -> bool {
        q.counts_things() && self.words(self.clause.start, q.start).contains("实现") && {
            let after = self.words(q.end, self.clause.end);
            after
                .trim_end_matches(|c: char| !is_han(c))
                .ends_with("全覆盖")
                && !after.contains(|c: char| c.is_ascii_digit())
        }
    }

    /// Whether a number of things opens the subject of a rate due in its
    /// clause (全市184个乡镇（街道）便民服务中心“一件事”可办率达到90%): they are
    /// what the rate is of, there already. (Not things a verb before them
    /// builds: 建成10个示范区且覆盖率达到90%.)
    fn is_rate_population(&self, q: &Quantity) -> bool {
        q.counts_things()
            && self
                .doc
                .quantities_in(q.end, self.clause.end)
                .iter()
                .any(|rate| {
                    // (Not a list of goals: 专精特新企业50家、数字化改造覆盖率…)
                    let between = self.doc.text(q.end, rate.start);
                    rate.unit == "%" && between.contains(['率', '比']) && !between.contains('、')
                })
            && !names_action(&self.words(self.clause.start, q.start))
    }

    /// Whether a bare 千 or 万 of people is the base of a rate
    /// (千人保有量达到15辆, 每万人拥有): not a figure of its own.
    fn is_per_capita(&self, q: &Quantity) -> bool {
        q.numeral == Numeral::Magnitude
            && q.unit == "人"
            && self.doc.masked.get(q.end).is_some_and(|&c| is_han(c))
    }

    /// Whether a figure is an amount for every year of a span (2025—2027年，
    /// 每年安排专项资金2亿元) or of a year its sentence does not name (每年培训
    /// 远洋船员不少于1500人次, under a heading's or an earlier sentence's
    /// year), not a level due by a deadline of its own (到2027年每年培养人才
    /// 2000人以上 is one).
    fn is_yearly(&self, q: &Quantity) -> bool {
        let mut own = self
            .markers
            .iter()
            .filter(|m| (self.sentence.start..q.start).contains(&m.label_start))
            .peekable();
        self.words(self.clause.start, q.start).contains("每年")
            && (own.peek().is_none() || own.any(|m| m.spans_years(&self.doc.masked)))
    }

    /// Whether a figure in years is the span of time a sentence looks
    /// over, an age, or a plan's length in its name (过去三年, 近5年, 未来十年,
    /// 成立不足三年, 五年行动方案, 三年实施方案, 十年医院发展计划), not a value
    /// it sets.
    /// Whether `q` is a span of years but no value of a metric that
    /// measures time named before it in its sentence (平均受教育年限达到11.5年,
    /// 轮候时间…缩短至4.5年，并于2028年进一步降至约4年): such a span tells how
    /// long something lasts or how often it comes (承包期再延长30年,
    /// 一年一体检、五年一评估).
    fn is_idle_span(&self, q: &Quantity) -> bool {
        q.unit == "年" && {
            let before = self.doc.masked_text(self.sentence.start, q.start);
            !TIME_MEASURES.iter().any(|w| before.contains(w))
        }
    }

    fn is_span_of_time(&self, q: &Quantity) -> bool {
        /// How far after a span of years the name of its plan may end.
        const PLAN_NAME_CHARS: usize = 8;
        const LOOKING: &[&str] = &[
            "过去", "近", "最近", "未来", "今后", "此后", "前", "后", "不足", "满",
        ];
        // Read anywhere in the name: 方案 covers 实施方案 and 工作方案.
        const PLANS: &[&str] = &["行动", "规划", "计划", "方案", "攻坚"];
        let chars = &self.doc.masked;
        // The plan may be named after the span (第二个十年医院发展计划).
        let named: String = chars[q.end..]
            .iter()
            .take(PLAN_NAME_CHARS)
            .take_while(|&&c| is_han(c))
            .collect();
        // The longest a benefit lasts is a limit, but 缩短至最长12个月 is a
        // level to reach.
        let longest = super::number::ends_with(chars, q.start, "最长")
            && !["至", "到", "为"]
                .iter()
                .any(|v| super::number::ends_with(chars, q.start.saturating_sub(2), v));
        let looking = longest
            || LOOKING
                .iter()
                .any(|w| super::number::ends_with(chars, q.start, w));
        // Months too: how long one must have worked (连续雇用满3个月者) or
        // may be paid (最长12个月).
        q.unit == "年" && (looking || PLANS.iter().any(|w| named.contains(w)))
            || q.unit == "个月" && looking
    }

    /// What a goal counts whose only word before the figure is the verb
    /// `verb` (`words` as written): the noun that verb took earlier in the
    /// sentence (支持收购存量商品房用作保障性住房，2026年收购不少于二千套:
    /// 存量商品房), or what the clause before handles
    /// ([`Self::object_handled_before`]) or, when nothing is named before
    /// the verb, what the clause before counts in the `figure`'s unit (新建
    /// 加氢站3座，累计建成5座: 加氢站); else the work it names, with the verb after it
    /// that trimming peeled off (2026年开工建设5000套: 开工建设).
    fn bare_verb_object(&self, figure: Option<&Quantity>, verb: &str, words: &str) -> String {
        // A sentence of parts (其中，2026年新建50个) goes on from the whole
        // told in the sentence before it, in its paragraph.
        let parts = self
            .doc
            .masked_text(self.sentence.start, self.sentence.end)
            .trim_start()
            .starts_with("其中");
        let from = parts
            .then(|| self.sentence_before())
            .flatten()
            .filter(|before| before.paragraph == self.sentence.paragraph)
            .map_or(self.sentence.start, |before| before.start);
        let earlier = self.words(from, self.clause.start);
        let lead = || {
            let lead = self.list_lead()?;
            let words = self.words(lead.start, lead.end);
            Some(LEAD_TAIL.replace(&words, "").into_owned())
        };
        phrase::verb_took_last(verb, &earlier)
            .or_else(|| lead().and_then(|lead| phrase::verb_took_last(verb, &lead)))
            .or_else(|| self.work_ending_clause_before(verb))
            .or_else(|| self.object_handled_before())
            .or_else(|| figure.and_then(|q| self.noun_of_figure_before(q)))
            .unwrap_or_else(|| {
                // The work is named by its verbs, with one right before or
                // after (建成投用900部, 改造提升).
                let at = words.rfind(verb);
                let after = at.map_or("", |at| &words[at + verb.len()..]);
                let before = at.map_or("", |at| &words[..at]);
                let next = verbs::VERB_INDEX
                    .prefixes(after)
                    .map(|(w, _)| w)
                    .max_by_key(|w| w.len());
                let prior = phrase::trailing_verb(before);
                format!(
                    "{}{verb}{}",
                    prior.unwrap_or_default(),
                    next.unwrap_or_default()
                )
            })
    }

    /// The place an item of a list is labelled with (宁江区：新建18万亩):
    /// where its figures are.
    fn item_place(&self) -> Option<String> {
        self.list_lead()?;
        let label = super::period::paragraph_label(self.item_text(self.sentence))?;
        phrase::is_place(label).then(|| label.to_string())
    }

    /// A sentence's words without the bullet of the item it may open (- 宁江区：).
    fn item_text(&self, sentence: &Sentence) -> &str {
        let text = self.doc.masked_text(sentence.start, sentence.end).trim();
        text.trim_start_matches(ITEM_BULLETS)
    }

    /// The line a list of labelled items hangs from (新建高标准农田任务分解如下：
    /// over 宁江区：新建18万亩 and 前郭县：新建82万亩), when this sentence
    /// opens one of the items.
    fn list_lead(&self) -> Option<&Sentence> {
        /// Items looked back over for their lead.
        const MOST_ITEMS: usize = 40;
        let sentences = &self.doc.sentences;
        let at = sentences.partition_point(|s| s.start < self.sentence.start);
        let opens_paragraph =
            |k: usize| k == 0 || sentences[k - 1].paragraph != sentences[k].paragraph;
        let labelled =
            |k: usize| super::period::paragraph_label(self.item_text(&sentences[k])).is_some();
        if !opens_paragraph(at) || !labelled(at) {
            return None;
        }
        let mut items = 0;
        for k in (0..at).rev() {
            if self.item_text(&sentences[k]).ends_with(['：', ':']) {
                return Some(&sentences[k]);
            }
            if opens_paragraph(k) {
                items += 1;
                if !labelled(k) || items > MOST_ITEMS {
                    return None;
                }
            }
        }
        None
    }

    /// The work the clause before ends on, when it ends on `verb` with its
    /// object before it (推动公共建筑“平急两用”改造，年内完成改造40处 →
    /// 公共建筑“平急两用”改造).
    fn work_ending_clause_before(&self, verb: &str) -> Option<String> {
        let before = self.clause_before()?;
        let words = self.words(before.start, before.end);
        let head = words
            .trim_end_matches(|c: char| !is_han(c))
            .strip_suffix(verb)?;
        let object = phrase::trim_phrase(head);
        // (Not the verb that opens the clause: 推动.)
        let lm = super::lexicon::dictionary();
        let object = match object.char_indices().nth(2) {
            Some((at, _)) if lm.is_verb(&object[..at]) => &object[at..],
            _ => object.as_str(),
        };
        (object.chars().filter(|&c| is_han(c)).count() >= 2).then(|| format!("{object}{verb}"))
    }

    /// The sentence right before this one.
    fn sentence_before(&self) -> Option<&Sentence> {
        let sentences = &self.doc.sentences;
        let at = sentences.partition_point(|s| s.start < self.sentence.start);
        at.checked_sub(1).map(|k| &sentences[k])
    }

    /// What the clause before does something to ([`phrase::handled_object`]):
    /// the things a bare verb's figure after it counts.
    fn object_handled_before(&self) -> Option<String> {
        let before = self.clause_before()?;
        phrase::handled_object(&self.words(before.start, before.end))
    }

    /// The first occurrence of `word` in the clause, as a char offset.
    /// Where 均 spreads one figure over the metrics listed before it, as
    /// 分别 does (开立率、覆盖率、存储率均达到100%): after a list, and not
    /// the 均 of 年均, 人均, 平均 or 均衡.
    fn find_distributive_all(&self) -> Option<usize> {
        let chars = &self.doc.masked;
        let listed = |at: usize| chars[self.clause.start..at].contains(&'、');
        (self.clause.start + 1..self.clause.end).find(|&i| {
            chars[i] == '均'
                && phrase::is_distributive_jun(Some(chars[i - 1]), chars.get(i + 1).copied())
                && listed(i)
        })
    }

    fn find(&self, word: &str) -> Option<usize> {
        let chars = &self.doc.masked;
        (self.clause.start..self.clause.end).find(|&i| super::number::starts_with(chars, i, word))
    }

    /// Whether the figure at `at` is a stretch goal beyond the one before
    /// it (达到50%以上，力争达到55%): its clause opens with 力争 or 争取.
    fn is_stretch(&self, at: usize) -> bool {
        let opening = self.doc.text(self.clause.start, at);
        ["力争", "争取"]
            .iter()
            .any(|w| opening.trim_start().starts_with(w))
    }

    /// Where the words a figure ending at `end` reads back to start: at
    /// most [`WINDOW`] chars back, not counting a bracketed aside (服务名额
    /// （包括资助独立幼儿中心、延长时间服务…）合共增至), which names other
    /// things; and no more than [`ASIDE_WINDOW`] chars in all.
    fn window_start(&self, end: usize) -> usize {
        let chars = &self.doc.chars;
        let plain = end.saturating_sub(WINDOW).max(self.clause.start);
        let floor = end.saturating_sub(ASIDE_WINDOW).max(self.clause.start);
        let (mut at, mut counted, mut depth) = (end, 0, 0usize);
        while at > floor && counted < WINDOW {
            at -= 1;
            match chars[at] {
                '）' | ')' => depth += 1,
                '（' | '(' => depth = depth.saturating_sub(1),
                _ if depth == 0 => counted += 1,
                _ => {}
            }
        }
        // A bracket never opened (a list's 1）) or opened too far back
        // leaves the plain window.
        if depth > 0 {
            plain
        } else {
            at
        }
    }

    fn skip_marks(&self, mut from: usize, to: usize) -> usize {
        while from < to && matches!(self.doc.chars[from], '、' | ' ' | '和' | '及') {
            from += 1;
        }
        from
    }

    /// The original text of `[start, end)` without the year markers in it,
    /// so that 到2025年 or 较“十三五”末 never become part of a metric. A
    /// year followed by the object marker 把 or 将 (目标是在2027年前把…完成率
    /// 提升至95%) leaves what stands before it out: the object is the metric
    /// (not in 保有量到2027年将达到50万辆, where 将 is the future).
    fn words(&self, start: usize, end: usize) -> String {
        let mut out = String::new();
        let mut at = start;
        // Markers are sorted and disjoint, so their ends are sorted too.
        let first = self.markers.partition_point(|m| m.end <= start);
        for m in self.markers[first..].iter().take_while(|m| m.start < end) {
            out.push_str(self.doc.text(at, m.start.max(at)));
            at = m.end.min(end);
            if at < end && verbs::opens_goal_predicate(&self.doc.chars, at) {
                out.clear();
                at += 1;
            }
        }
        out.push_str(self.doc.text(at, end));
        out
    }
}

/// Completes an elliptical reading from the target before it in the same
/// sentence: a share without its whole (“增加值突破1.2万亿元，占GDP比重
/// 提高到13%”), a change without its metric (“，年均增长10%”), a level
/// due in another year (“比重达到35%，到2027年力争提高到40%”), or a 其中
/// part that names only its level (“1200家，其中国家级100家”).
fn complete(
    reading: &mut Reading,
    unit: &str,
    year: i32,
    previous: Option<&Target>,
    stretch: bool,
) {
    let Some(previous) = previous else {
        return;
    };
    if let Some(share) = reading.metric.as_deref().filter(|m| m.starts_with('占')) {
        if let Some(whole) = previous.metric.as_deref() {
            reading.metric = Some(format!("{whole}{share}"));
            reading.subject = reading.subject.take().or(previous.subject.clone());
        }
    } else if reading.metric.is_none()
        && reading.subject.as_deref().is_none_or(|s| {
            // (A verb alone names no things: 其中2026年完成110个，2027年完成
            // 104个 are the whole's.)
            !is_change(reading.kind) && phrase::is_bare_verb(s)
        })
    {
        // A bare change continues the last metric, and so does a bare
        // level in the same unit due in another year (a bare level of the
        // same year does not, unless it is a stretch goal: 力争达到55%), or
        // the level a change arrives at (提高15个百分点、达到55%); a growth
        // rate in % is the whole's, not its share's.
        if is_change(reading.kind) {
            reading.metric = match (&previous.metric, unit) {
                (Some(metric), "%") => metric
                    .split('占')
                    .next()
                    .and_then(|whole| phrase::non_empty(whole.to_string())),
                (metric, _) => metric.clone(),
            };
            reading.subject.clone_from(&previous.subject);
        } else if ((previous.year != year || stretch) && previous.unit == unit)
            || (reading.kind == TargetKind::Reach
                && reading.subject.is_none()
                && is_change(previous.kind))
        {
            reading.metric.clone_from(&previous.metric);
            reading.subject.clone_from(&previous.subject);
        }
    } else if let (Some(part), Some(whole)) =
        (reading.subject.as_deref(), previous.subject.as_deref())
    {
        let level = phrase::split_qualifier(part);
        // (The whole place before a measure does not name its things: 到2028年
        // 全市总数达到60处.)
        let caused = causing(part);
        let measure = WHOLE_PLACES
            .iter()
            .find_map(|place| caused.strip_prefix(place))
            .unwrap_or(caused);
        // (使全市孵化基地总数达到31个: the total of the things just
        // counted, named by their head, 退役军人创业孵化基地.)
        let stem = phrase::without_measure(measure);
        let things = phrase::without_measure(whole);
        if let (Some(qualifier), true) = (level.qualifier, level.noun.is_empty()) {
            reading.subject = Some(qualifier + phrase::split_qualifier(whole).bare_noun());
            if reading.kind == TargetKind::Other {
                reading.kind = previous.kind;
            }
        } else if phrase::is_measure(measure) && previous.unit == unit {
            // 新建就业服务站20个、总数达到147个: the total of the same things;
            // so is one the change makes (增设40部摄影机，令总数增至120部).
            reading.subject = Some(format!("{things}{measure}"));
        } else if stem != measure && things.ends_with(stem) && previous.unit == unit {
            let things = phrase::without_adding_verb(things);
            reading.subject = Some(format!("{things}{}", &measure[stem.len()..]));
        }
    } else if let (Some(measure), None, Some(owner)) = (
        reading.metric.as_deref(),
        reading.subject.as_deref(),
        previous.subject.as_deref(),
    ) {
        // 出让“标准地”2000宗以上、面积7万亩以上: the area of the things
        // counted before it, in another unit.
        if previous.unit != unit && phrase::owns_measure(owner, &previous.unit, measure) {
            reading.metric = Some(format!("{}{measure}", phrase::without_measure(owner)));
        }
    }
}

/// Shares named with no things of their own.
const SHARES_ALONE: [&str; 3] = ["占比", "比重", "比例"];

/// The words for a whole division (全市), which name no things.
const WHOLE_PLACES: [&str; 6] = ["全市", "全省", "全县", "全区", "全镇", "全国"];

/// What marks a list's item before its label (- 宁江区：).
const ITEM_BULLETS: [char; 6] = ['-', '*', '•', '·', ' ', '\u{3000}'];

/// How a line leading into a list ends, after what its items do
/// (新建高标准农田任务分解如下： → 新建高标准农田).
static LEAD_TAIL: LazyLock<Pattern> =
    lazy_regex!(r"(?:任务|目标|指标|计划|情况)?\p{Han}{0,2}(?:如下|见下表)[：:]?\s*$");

/// The words before a time limit without the event that starts its clock
/// (预警信号发布后, 接到指令后: what is done in the limit is counted from
/// them). A verb reaching a goal (实现接警后5分钟内到达) takes the limit as
/// its object: no event.
fn before_event(pre: &str) -> &str {
    /// How many chars the event's object may take before its 后.
    const EVENT_OBJECT_CHARS: usize = 6;
    match verbs::VERB_INDEX.last_in(pre) {
        Some((at, verb, kind))
            if kind != TargetKind::Reach
                && pre[at + verb.len()..]
                    .trim_end()
                    .strip_suffix('后')
                    .is_some_and(|object| {
                        object.chars().count() <= EVENT_OBJECT_CHARS && object.chars().all(is_han)
                    }) =>
        {
            &pre[..at]
        }
        _ => pre,
    }
}

/// A phrase without the causative verb opening it (令总数, 使总数 → 总数).
fn causing(phrase: &str) -> &str {
    ["令", "使", "让"]
        .iter()
        .find_map(|w| phrase.strip_prefix(w))
        .unwrap_or(phrase)
}

/// The words before a figure without the level its change starts from
/// (覆盖率由2024年的83.6%提高到 → 覆盖率, 保有量从5万辆增加到 → 保有量).
fn before_starting_level(words: &str) -> &str {
    match words.rfind(['由', '从']) {
        Some(at) if words[at..].contains(|c: char| c.is_ascii_digit()) => &words[..at],
        _ => words,
    }
}

/// Whether a kind is a change from a baseline rather than a level or a
/// number of new things.
fn is_change(kind: TargetKind) -> bool {
    matches!(kind, TargetKind::Increase | TargetKind::Decrease)
}

/// What a share is of, with the standard it meets, when the words after
/// the share say so (的面积达到海绵城市建设要求 → 面积达到海绵城市建设要求): a
/// noun, then 达到, 符合 or 满足 and a standard or requirement.
fn share_meeting_standard(after: &str) -> Option<String> {
    let rest = after.trim_start_matches('的');
    let noun = phrase::noun_after(rest);
    let meets = rest.strip_prefix(noun.as_str())?;
    (!noun.is_empty()
        && ["达到", "符合", "满足"]
            .iter()
            .any(|v| meets.starts_with(v))
        && (meets.ends_with("要求") || meets.ends_with("标准")))
    .then(|| format!("{noun}{meets}"))
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;
    use crate::model::{Bound, TargetKind};

    /// The targets of `text` on a page written in `year`.
    fn dated_targets(text: &str, year: i32) -> Vec<crate::model::Target> {
        crate::extract::extract_dated(text, Some(year)).targets
    }

    /// The year, value and metric (else subject) of each target of `text`
    /// on a page written in `year`.
    fn dated_readings(text: &str, year: i32) -> Vec<(i32, f64, String)> {
        dated_targets(text, year)
            .into_iter()
            .map(|t| (t.year, t.value, t.metric.or(t.subject).unwrap_or_default()))
            .collect()
    }

    /// A target's year, value and metric, as [`dated_readings`] reads them.
    fn goal(year: i32, value: f64, what: &str) -> (i32, f64, String) {
        (year, value, what.to_string())
    }

    /// The year and value of each target of `text`, written in `year`.
    fn dated_goals(text: &str, year: i32) -> Vec<(i32, f64)> {
        dated_targets(text, year)
            .iter()
            .map(|t| (t.year, t.value))
            .collect()
    }

    /// What `f` reads from each target extracted from `text`.
    fn targets_of<T>(text: &str, f: impl Fn(crate::model::Target) -> T) -> Vec<T> {
        extract(text).targets.into_iter().map(f).collect()
    }

    #[test]
    fn a_goal_named_by_its_stage_is_the_level_the_figure_sets() {
        let text = "政府的整体目标是在2033年或之前，把本地海鱼养殖年产量提升至4,000公吨，并在2030年或之前达到3,000公吨的中期目标，公营机构在2030年或之前达致不少于6%的节能目标。";
        let found = crate::extract::extract_dated(text, Some(2026)).targets;
        let read: Vec<(f64, String)> = found
            .into_iter()
            .map(|t| (t.value, t.metric.or(t.subject).unwrap_or_default()))
            .collect();
        assert_eq!(read[1], (3000.0, "本地海鱼养殖年产量".to_string()));
        assert!(read[2].1.contains("节能目标"), "{read:?}");
    }

    #[test]
    fn the_most_one_may_be_given_is_a_cap_not_a_goal() {
        let text = "到2028年，新增创业担保贷款20亿元，个人贷款额度最高30万元，单个项目最高支持500万元，统调最高负荷达到1.72亿千瓦。";
        let found = crate::extract::extract_dated(text, Some(2026)).targets;
        let values: Vec<f64> = found.iter().map(|t| t.value).collect();
        assert_eq!(values, vec![2_000_000_000.0, 172_000_000.0]);
    }

    #[test]
    fn a_restatement_opened_by_ye_jiu_shi_is_of_the_goal_before() {
        let text = "我们确保到2027年实现全覆盖，也就是达到百分之百。到2027年实现智能巡护全覆盖，也就是覆盖率达到100%。";
        let found = targets_of(text, |t| (t.value, t.metric));
        assert_eq!(found, vec![(100.0, Some("覆盖率".to_string()))]);
    }

    #[test]
    fn a_plans_undated_tasks_are_goals_for_its_last_year() {
        let text = "金华市水安全保障提升三年行动方案（2026—2028年）\n\
                    一、总体目标\n到2028年，新建和加固提标堤防120公里以上。\n\
                    二、重点任务\n（一）实施防洪提升工程\n市区新建改造排涝泵站12座，到2027年，市区基本消除严重易涝积水区段。\n\
                    （二）实施供水保障工程\n三年改造提升农村供水管网2600公里。\n\
                    依托全省1568个乡镇便民服务中心，推广帮办代办。\n\
                    对年营业收入首次突破10亿元的企业，给予一次性奖励。\n\
                    新建标准化厂房原则上以多层为主，首层层高不低于8米。\n\
                    三、保障措施\n市财政每年安排水利建设专项资金不少于3亿元。";
        assert_eq!(
            dated_goals(text, 2026),
            vec![(2028, 120.0), (2028, 12.0), (2028, 2600.0)]
        );
        // An outlook past the plan's end sets its own goal, and leaves the
        // tasks due at the end.
        for outlook in ["展望2030年", "展望到2030年"] {
            let outlook = text.replacen(
                "二、重点任务",
                &format!("{outlook}，力争新建和加固提标堤防200公里。\n二、重点任务"),
                1,
            );
            assert_eq!(
                dated_goals(&outlook, 2026),
                vec![(2028, 120.0), (2030, 200.0), (2028, 12.0), (2028, 2600.0)]
            );
        }
        // Without the plan's span of years, the tasks have no deadline but
        // one opening on the span from the page's year to the last goal
        // (三年, 2026 to 2028).
        let text = text.replacen("（2026—2028年）", "", 1);
        assert_eq!(
            dated_goals(&text, 2026),
            vec![(2028, 120.0), (2028, 2600.0)]
        );
        // A five-year plan's tasks are due by its last year.
        let text = "河南省“十五五”中医药传承创新发展规划\n\
                    二、《规划》提出了哪些目标？\n到2030年，中药工业主营业务收入突破1000亿元。\n\
                    三、《规划》部署了哪些重点任务？\n\
                    三是加强中医药人才队伍建设。培养省级中医临床优秀人才500名、基层中医药骨干人才三千名。";
        assert_eq!(
            dated_goals(text, 2026),
            vec![(2030, 1e11), (2030, 500.0), (2030, 3000.0)]
        );
    }

    #[test]
    fn a_condition_and_what_a_task_builds_on_are_no_goals() {
        let tasks = "到2028年，对全市126个老旧小区的供热管网进行改造。";
        assert_eq!(dated_goals(tasks, 2026), vec![(2028, 126.0)]);
        let text = "到2028年，对上架率低于30%的存量数据中心实施分类整改，依托全省1568个乡镇便民服务中心推广帮办代办，依托职业院校培训无人机驾驶员5000人次以上。";
        assert_eq!(dated_goals(text, 2026), vec![(2028, 5000.0)]);
        // A bound the figure carries makes it a threshold too.
        let text = "到2027年，对年度评价规模在1000人以上且质量评估良好的企业给予奖补，全省培养学徒20万人。";
        assert_eq!(dated_goals(text, 2026), vec![(2027, 200_000.0)]);
        let text = "到2027年，在总结86家试点单位经验的基础上，推广按需维保模式，覆盖电梯3万台。";
        assert_eq!(dated_goals(text, 2026), vec![(2027, 30000.0)]);
        // What 将 merges into another is there already; 将 as "will" is not,
        // nor are things the task changes.
        let text = "到2027年，将17个市级平台整合接入省级平台，全省将新建应急站点20个，将近30个县实现联网，力争将120个老旧小区全部改造完成，全市将有100家企业实现数字化转型。";
        assert_eq!(
            dated_goals(text, 2026),
            vec![(2027, 20.0), (2027, 30.0), (2027, 120.0), (2027, 100.0)]
        );
        // A bound before the figure makes no condition of it.
        let text = "到2027年，对不少于300家中小企业开展免费的数字化诊断。";
        assert_eq!(dated_goals(text, 2026), vec![(2027, 300.0)]);
    }

    #[test]
    fn the_end_of_the_year_and_within_it_are_the_years_written_in() {
        let text =
            "10月底前资金支付率不低于80%，年底前达到95%以上。年内力争带动农民务工收入1.5亿元以上。";
        assert_eq!(
            dated_goals(text, 2026),
            vec![(2026, 95.0), (2026, 150_000_000.0)]
        );
        // Not a span of years, nor last year's end.
        let text = "截至去年底，全市建成公园30个。三年内新建学校5所。";
        assert_eq!(dated_goals(text, 2026), vec![]);
    }

    #[test]
    fn a_schedule_of_years_plans_this_year_with_the_later_ones() {
        let text = "2026年完成公交化改造线路120条，2027年完成110条，2028年完成80条。";
        assert_eq!(
            dated_goals(text, 2026),
            vec![(2026, 120.0), (2027, 110.0), (2028, 80.0)]
        );
        // Not years that only date a thing (在2026年及2027年营运期届满的项目共7个),
        // nor a schedule with its progress.
        let dating = "在2026年及2027年营运期届满的过渡性房屋项目共7个。";
        assert_eq!(dated_goals(dating, 2026), vec![]);
        let progress = "2026年已完成改造线路120条，2027年完成110条。";
        assert!(!dated_goals(progress, 2026)
            .iter()
            .any(|&(year, _)| year == 2026));
    }

    #[test]
    fn a_rate_applied_by_按_is_no_goal() {
        let text = "到2028年，新建公益性公墓50个，市级财政按每座20万元的标准给予奖补，坡改梯每亩投资标准按2500元测算，可按投资额的30%抵免教育费附加。";
        assert_eq!(dated_goals(text, 2026), vec![(2028, 50.0)]);
        // Not the 按 of on time, nor the one of a payment method naming a
        // metric far before its figure.
        let text = "到2028年，诉求按时办结率达到98%以上，按病种付费医保基金支出占住院医保基金支出的比例不低于95%。";
        assert_eq!(dated_goals(text, 2026), vec![(2028, 98.0), (2028, 95.0)]);
    }

    #[test]
    fn a_breakdown_of_what_exists_is_no_goal_under_the_heading() {
        let text = "一、到2028年主要目标\n新型储能是重要的技术装备。截至2025年底，全省新型储能装机规模达到612万千瓦。其中，电源侧储能245万千瓦，电网侧独立储能338万千瓦。";
        assert_eq!(dated_goals(text, 2026), vec![]);
        // A breakdown that plans is still a goal.
        let text = "一、到2028年主要目标\n各县今年的建设任务已经分解落实。其中，中心城区将新建口袋公园48个。";
        assert_eq!(dated_goals(text, 2026), vec![(2028, 48.0)]);
    }

    #[test]
    fn a_sentence_closed_on_the_goals_it_lists_leads_into_them() {
        let text = "锚定二〇三五年远景目标，到2030年，全市要努力实现以下主要目标。\n——经济实现质的有效提升。地区生产总值年均增长5.5%左右。";
        assert_eq!(dated_goals(text, 2026), vec![(2030, 5.5)]);
        // A notice's lead into itself lists nothing, nor does a level
        // below which a goal holds.
        let text = "2025年，全市共建成充电桩300个。现将有关事项通知如下。\n全市新增充电桩50个。";
        assert_eq!(dated_goals(text, 2026), vec![]);
        let text =
            "力争到2027年，完成PM2.5浓度控制在35微克/立方米以下的目标。\n全市已建成公园12个。";
        assert_eq!(dated_goals(text, 2026), vec![(2027, 35.0)]);
    }

    #[test]
    fn items_of_a_list_do_what_its_lead_says_where_their_labels_say() {
        let text = "到2030年，全市新建高标准农田300万亩。规划期内新建高标准农田任务分解如下：\n- 宁江区：新建18万亩，重点推进农田基础设施配套；\n- 前郭县：新建82万亩，重点实施灌区配套。";
        let found = targets_of(text, |t| (t.value, t.metric, t.subject));
        let item = |value: f64, place: &str| {
            let metric = Some("新建高标准农田".to_string());
            (value, metric, Some(place.to_string()))
        };
        assert_eq!(
            found[1..],
            [item(180000.0, "宁江区"), item(820000.0, "前郭县")]
        );
        // Unlabelled lines are no items of it, and a bare verb names the
        // work by itself, once.
        let text = "重点工作如下：\n到2026年底，城西热源厂工程，新建4台116兆瓦燃气热水锅炉。";
        assert_eq!(
            targets_of(text, |t| t.subject.or(t.metric))[0].as_deref(),
            Some("新建")
        );
    }

    #[test]
    fn the_object_after_a_deadline_and_把_is_the_metric() {
        let metric = |text: &str| targets_of(text, |t| (t.year, t.metric.or(t.subject)));
        assert_eq!(
            metric("特区政府的目标是在2030年前将电动车的比例提升至90%。"),
            vec![(2030, Some("电动车的比例".to_string()))]
        );
        assert_eq!(
            metric("运输署目标在2027年年底前把轮椅的士数目增加至最少1 500辆。"),
            vec![(2027, Some("轮椅的士数目".to_string()))]
        );
        // 将 before a verb of reaching is the future: the metric stands
        // before the year.
        assert_eq!(
            metric("全市新能源汽车保有量到2027年将达到50万辆。"),
            vec![(2027, Some("全市新能源汽车保有量".to_string()))]
        );
        // A slogan keeps its own 最多, and its quotes.
        assert_eq!(
            metric("到2028年，“最多跑一次”事项占比达到95%。"),
            vec![(2028, Some("“最多跑一次”事项占比".to_string()))]
        );
    }

    #[test]
    fn a_topic_clause_before_a_clause_opening_on_its_verb_is_the_metric() {
        let metric = |text: &str| targets_of(text, |t| (t.value, t.metric.or(t.subject)));
        let share = || Some("遥控岸桥占全部岸桥的比例".to_string());
        assert_eq!(
            metric("目标在2028年或之前，将遥控岸桥占全部岸桥的比例，提升至40%。"),
            vec![(40.0, share())]
        );
        assert_eq!(
            metric("到2028年，遥控岸桥占全部岸桥的比例，分别提升至40%及80%。"),
            vec![(40.0, share()), (80.0, share())]
        );
        // A figure restated in brackets changes nothing of the clause
        // before, where 将 is the future.
        assert_eq!(
            metric("我们将继续实施粮食工程，到2027年，全省绿色仓容占比达到百分之四十(40%)以上。"),
            vec![(40.0, Some("绿色仓容占比".to_string()))]
        );
    }

    #[test]
    fn a_hong_kong_unit_is_of_the_housing_named_before_it() {
        let text = "政府会继续推进其余项目，到2027年，简约公屋合共提供约3万个单位。";
        let found = targets_of(text, |t| (t.value, t.subject.unwrap_or_default()));
        assert_eq!(found, vec![(30000.0, "简约公屋单位".to_string())]);
    }

    #[test]
    fn a_year_of_account_is_a_year() {
        let text =
            "到2026年度，全市新增城镇就业岗位达到5万个。民国115年度本县社会住宅总量将达到1,000户。";
        let found = targets_of(text, |t| {
            (t.year, t.metric.or(t.subject).unwrap_or_default())
        });
        assert_eq!(
            found,
            vec![
                (2026, "全市新增城镇就业岗位".to_string()),
                (2026, "本县社会住宅总量".to_string())
            ]
        );
        // Taiwan's 今年度 too.
        let found = dated_targets("今年度亦将购置云梯车3辆。", 2026);
        assert_eq!(found.len(), 1);
        let noun = found[0].subject.clone().unwrap_or_default();
        assert!(found[0].year == 2026 && noun.ends_with("云梯车") && !noun.starts_with('度'));
    }

    #[test]
    fn a_year_after_who_acts_opens_its_clause() {
        // 其中, a city or a bureau before the year; a small numeral after
        // its noun is a figure; 年内 and 前 set a deadline, unless done
        // already.
        let text = "气象局明年将新增自动气象站四个。我市2026年将新建回收网点500个。全市计划建设筹集1.5万套，其中2026年开工建设5000套。消防处计划在二〇二六年内完成500幢旧式楼宇的改善工程。首批40辆电动小巴已于2025年内投入服务。渠务署已于2025年3月底前完成检查约1,680公里的主要排水道。";
        assert_eq!(
            dated_goals(text, 2025),
            vec![(2026, 4.0), (2026, 500.0), (2026, 5000.0), (2026, 500.0)]
        );
        // Nor does a year described (今年是…) or a plan period as a topic.
        let text = "今年是“十五五”开局之年，全省将完成无障碍改造1.1万户。";
        assert_eq!(dated_goals(text, 2026), vec![(2026, 11000.0)]);
        // The metric itself may stand before the year and its verb, longer
        // than who acts; without the verb, the year is only mentioned.
        let text = "太阳光电装置容量2028年达到20GW，2030年达到40GW。";
        assert_eq!(dated_goals(text, 2026), vec![(2028, 20.0), (2030, 40.0)]);
        let text = "太阳光电装置容量2028年的统计口径将调整为40GW。";
        assert_eq!(dated_goals(text, 2026), vec![]);
    }

    #[test]
    fn a_later_years_goals_after_a_colon_are_that_years() {
        let text = "二、主要目标\n到2030年，知识产权保护水平全面提高。\n同时，《规划》明确了2027年阶段性目标：每万人口高价值发明专利拥有量达到24.5件，建成知识产权快速维权中心3家。";
        assert_eq!(dated_goals(text, 2026), vec![(2027, 24.5), (2027, 3.0)]);
    }

    #[test]
    fn a_years_goals_after_a_colon_are_that_years() {
        // 全年 or 今年 before 目标任务 and a colon: the goals listed are the
        // page's year's; a report of goals met lists none.
        let text = "会议明确了全年目标任务：全市水质优良比例保持在97%以上，新建幸福河湖8条。";
        assert_eq!(dated_goals(text, 2026), vec![(2026, 97.0), (2026, 8.0)]);
        let text = "会议明确了今年目标任务：新建幸福河湖8条。";
        assert_eq!(dated_goals(text, 2026), vec![(2026, 8.0)]);
        let report = "全县超额完成全年目标任务，全市水质优良比例达到97.5%。";
        assert_eq!(dated_goals(report, 2026), vec![]);
        let report = "今年全县超额完成全年目标任务，新增城镇就业1.2万人。";
        assert_eq!(dated_goals(report, 2026), vec![]);
        // A bulletin's lead into what happened carries no year into a list;
        // one into this year's projects does.
        let bulletin = "现将2025年全省粮食产量情况公布如下：\n一、粮食生产\n2025年，全省粮食播种面积16176.3万亩。";
        assert_eq!(dated_goals(bulletin, 2025), vec![]);
        let projects = "现将2026年市政府十件民生实事项目公布如下：\n一、新建幼儿园10所。";
        assert_eq!(dated_goals(projects, 2026), vec![(2026, 10.0)]);
    }

    #[test]
    fn a_radius_names_its_coverage_rate() {
        let text = "到2027年，中心城区公园绿地500米服务半径覆盖率达到95%。";
        let found = dated_targets(text, 2026);
        let found: Vec<_> = found.iter().map(|t| (t.value, t.metric.clone())).collect();
        let metric = "中心城区公园绿地500米服务半径覆盖率".to_string();
        assert_eq!(found, vec![(95.0, Some(metric))]);
        // A share covering all is a figure.
        let text = "到2027年，全市乡镇综合文化站实现100%覆盖。";
        assert_eq!(dated_goals(text, 2026), vec![(2027, 100.0)]);
    }

    #[test]
    fn a_status_as_of_this_year_under_goals_is_no_goal() {
        let text = "一、工作目标\n截至2026年6月末，试验区内开展便利化业务的银行23家。\n到2027年末，试验区便利化优质企业力争达到800家。";
        assert_eq!(dated_goals(text, 2026), vec![(2027, 800.0)]);
        // Nor in an annual plan.
        let plan = "漳州市2026年海洋伏季休渔管理工作方案\n二、基本情况和工作目标\n截至2026年3月底，全市共有海洋捕捞渔船3642艘。";
        assert_eq!(dated_goals(plan, 2026), vec![]);
    }

    #[test]
    fn a_level_returned_to_is_reached() {
        let text = "到2029年，离岛观光旅客回升至800万人次。";
        let found: Vec<(f64, Option<String>)> = dated_targets(text, 2026)
            .into_iter()
            .map(|t| (t.value, t.subject))
            .collect();
        assert_eq!(found, vec![(8e6, Some("离岛观光旅客".to_string()))]);
    }

    #[test]
    fn a_sentence_stating_its_goals_commits_to_a_change_on_the_year_before() {
        let text = "三、2027年工作思路\n2027年，我局将坚持减量化方向。主要目标是：全市建筑垃圾资源化利用率达到68%以上，建筑垃圾违法违规案件数量同比下降20%。";
        assert_eq!(dated_goals(text, 2026), vec![(2027, 68.0), (2027, 20.0)]);
        // Not a goal told beside what came of it.
        let told = "2026年，年初确定的目标是新增城镇就业1.2万人，实际新增1.35万人，同比增长8%。";
        assert!(dated_goals(told, 2026)
            .iter()
            .all(|g| g.1 != 13_500.0 && g.1 != 8.0));
    }

    #[test]
    fn a_verb_of_addition_stays_with_the_things_it_adds() {
        let text = "到2026年，新建和改造提升应急避难场所120处，新建口袋公园30个。";
        let subjects: Vec<String> = dated_targets(text, 2026)
            .into_iter()
            .filter_map(|t| t.subject)
            .collect();
        assert_eq!(subjects, ["新建和改造提升应急避难场所", "新建口袋公园"]);
    }

    #[test]
    fn a_figure_right_after_another_in_another_unit_measures_the_same_things() {
        let text = "到2028年，完成行蓄洪区居民迁建安置2.6万户、8.5万人以上。";
        let found: Vec<(f64, Option<String>)> = dated_targets(text, 2026)
            .into_iter()
            .map(|t| (t.value, t.subject))
            .collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1].0, 85_000.0);
        assert_eq!(found[1].1, found[0].1);
        // Not a table's next cell.
        let row = "到2026年，补贴标准如下：\n家电产品\t1级能效产品再加5%\t2000元";
        let found = dated_targets(row, 2026);
        assert!(found.iter().any(|t| t.value == 5.0), "{found:?}");
        assert!(found.iter().all(|t| t.value != 2000.0), "{found:?}");
        // Nor money after the things counted.
        let money = "到2026年，完成农村户厕改造2.3万户、9.6亿元。";
        let found = dated_targets(money, 2026);
        assert!(found.iter().any(|t| t.value == 23_000.0), "{found:?}");
        assert!(
            found
                .iter()
                .all(|t| t.value != 9.6e8 || t.subject.is_none()),
            "{found:?}"
        );
    }

    #[test]
    fn a_measure_alone_is_of_the_things_counted_before_it() {
        let text = "到2035年，建成中运量公交线路3条、总长度不少于60公里。";
        let found = dated_targets(text, 2026);
        let metric = found
            .iter()
            .find(|t| t.unit == "公里")
            .and_then(|t| t.metric.clone());
        assert_eq!(metric.as_deref(), Some("中运量公交线路总长度"));
        // Not of a rate.
        let text = "到2030年，绿色建筑占比达到70%、总面积达到500万平方米。";
        let found = dated_targets(text, 2026);
        let metric = found
            .iter()
            .find(|t| t.value == 5e6)
            .and_then(|t| t.metric.clone());
        assert!(!metric.unwrap_or_default().contains("占比"));
    }

    #[test]
    fn a_rank_is_no_figure_to_reach() {
        let text = "到2030年，货邮吞吐量达到二百五十万吨，进入全球货运机场前二十位。";
        assert_eq!(dated_goals(text, 2026), vec![(2030, 2.5e6)]);
        // A time before is no rank.
        let text = "到2030年，鱼类资源量较禁渔前增长30%。";
        assert_eq!(dated_goals(text, 2026), vec![(2030, 30.0)]);
    }

    #[test]
    fn a_goal_word_or_a_topic_names_no_metric_but_leads_to_one() {
        // 目标 before a figure is no metric; the topic a numbered line
        // opens on is what it measures, even once broken off as a heading.
        let metrics = |text: &str| -> Vec<(i32, Option<String>)> {
            let found = dated_targets(text, 2026);
            found
                .into_iter()
                .map(|t| (t.year, t.metric.or(t.subject)))
                .collect()
        };
        let solar = || Some("太阳光电".to_string());
        assert_eq!(
            metrics("（一）太阳光电：2030年目标40GW，2028年目标20GW。"),
            vec![(2030, solar()), (2028, solar())]
        );
        assert_eq!(
            metrics("2027年，旅客量目标约3,900万人次。"),
            vec![(2027, Some("旅客量".to_string()))]
        );
        // A capacity alone is of the topic too; Taiwan's 瓩 is kept.
        let found = dated_targets("（一）太阳光电：2030年累计装置容量达3,100万瓩。", 2026);
        let found: Vec<_> = found
            .iter()
            .map(|t| (t.metric.as_deref(), t.unit.as_str()))
            .collect();
        assert_eq!(found, vec![(Some("太阳光电装置容量"), "瓩")]);
        // A label leading in on the line before is no topic.
        assert_eq!(
            metrics("（二）发展目标：\n到2028年，力争突破1000亿元。"),
            vec![]
        );
        // A topic longer than a heading's few words is a clause, no topic.
        assert_eq!(
            metrics("围绕能源结构调整和产业转型升级全面推进：2030年目标40GW。"),
            vec![]
        );
    }

    #[test]
    fn a_clause_opening_on_a_year_over_is_under_no_deadline_before() {
        // Nor is a base year or 全年 one.
        let text = "二是推进标准建设，到2028年累计制修订标准达到100项；三是强化抽检监测，2025年全省共抽检预制菜产品5120批次。到2028年，以2025年为基数，单位建筑面积能耗下降4.5%。";
        assert_eq!(dated_goals(text, 2026), vec![(2028, 100.0), (2028, 4.5)]);
    }

    #[test]
    fn an_annual_plans_groundwork_section_reports() {
        let text = "某市2026年玉米浅埋滴灌高效节水项目实施方案\n一、工作基础\n实践表明，浅埋滴灌亩均节水120立方米左右、增产20%左右。\n二、目标任务\n2026年，全市计划实施浅埋滴灌面积950万亩。\n三、夯实工作基础\n2026年，全市新建标准化村卫生室50个。";
        assert_eq!(
            dated_goals(text, 2026),
            vec![(2026, 9_500_000.0), (2026, 50.0)]
        );
    }

    #[test]
    fn a_report_may_turn_to_a_goal_of_its_own() {
        // The report's figure stays a count, the goal is the clause's that
        // commits, and the next sentence is not under its year.
        let text = "“港澳药械通”措施已扩展至大湾区内地城市共53间指定医疗机构，我们会争取在2027年把指定医疗机构增加至80间。政府并拨款20亿元推出新一轮计划，可资助约1500幢旧楼。";
        assert_eq!(dated_goals(text, 2026), vec![(2027, 80.0)]);
        let counts = crate::extract::extract_dated(text, Some(2026)).counts;
        let values: Vec<f64> = counts.iter().map(|c| c.value).collect();
        assert!(values.contains(&53.0), "{values:?}");
        // A report with no goal of its own stays a report.
        let report = "目前全市已建成充电桩1200个，2025年新增300个。";
        assert_eq!(dated_goals(report, 2026), vec![]);
        // A clause about this year may turn it too.
        let text = "二、2026年重点任务\n全市律师事务所已达412家、执业律师6,135名，年内力争执业律师达到6,500名。";
        assert_eq!(dated_goals(text, 2026), vec![(2026, 6500.0)]);
        let report = "二、2026年重点任务\n全市律师事务所已达412家，年内已新增执业律师300名。";
        assert_eq!(dated_goals(report, 2026), vec![]);
        // After a year over, 年内 is that year's.
        let report =
            "一、2025年工作回顾\n2025年上半年，全市已完成造林5万亩，年内力争完成造林8万亩。";
        assert_eq!(dated_goals(report, 2026), vec![]);
    }

    #[test]
    fn a_year_still_to_come_keeps_the_sentence_under_its_deadline() {
        // A page of 2025: the plan's year is set in one sentence, and the
        // next names 2026 again in its last part; its first parts are
        // goals too. A plan's span in its name is no figure.
        let text = "2026年，特区政府将全力推动产业取得新突破。现代金融产业方面，再引进持牌金融机构五家；高新技术产业方面，2026年将新增高新技术企业30家。\n某市高标准农田建设三年实施方案（2025—2027年）";
        assert_eq!(dated_goals(text, 2025), vec![(2026, 5.0), (2026, 30.0)]);
    }

    #[test]
    fn what_was_built_already_is_the_object_of_a_goal() {
        // 已建 names what the work is done on; 累计 before two verbs leaves
        // them the work's name.
        let text = "到2027年，累计建成高标准农田达到960万亩，改造提升已建高标准农田80万亩，保护性耕作面积稳定在700万亩以上。到2030年，累计改造提升200万亩。";
        assert_eq!(
            dated_goals(text, 2025),
            vec![
                (2027, 9_600_000.0),
                (2027, 800_000.0),
                (2027, 7_000_000.0),
                (2030, 2_000_000.0)
            ]
        );
        let metrics = targets_of(text, |t| t.metric.unwrap_or_default());
        assert_eq!(metrics.last().map(String::as_str), Some("改造提升"));
        // So are the things already approved that a goal sets to work.
        let text = "到2027年，已获批项目全部开工建设，建成投运的风光制氢一体化项目累计达到15个。";
        assert_eq!(dated_goals(text, 2026), vec![(2027, 15.0)]);
        let text = "到2028年底，已投入使用的加装电梯全部接入监测平台，接入率达到100%。";
        assert_eq!(dated_goals(text, 2026), vec![(2028, 100.0)]);
    }

    #[test]
    fn a_verb_alone_before_listed_years_takes_its_earlier_object() {
        let text = "2026年将改造小型供水工程350处，2027年、2028年分别改造300处、250处。";
        let found = dated_targets(text, 2025);
        let read: Vec<(i32, f64, String)> = found
            .into_iter()
            .map(|t| (t.year, t.value, t.subject.unwrap_or_default()))
            .collect();
        let works = |year, value, subject: &str| (year, value, subject.to_string());
        assert_eq!(
            read,
            vec![
                works(2026, 350.0, "改造小型供水工程"),
                works(2027, 300.0, "小型供水工程"),
                works(2028, 250.0, "小型供水工程")
            ]
        );
    }

    #[test]
    fn a_span_of_its_own_or_a_forecast_sets_no_goal() {
        // The next five years are not 2027; a forecast of the economy is no
        // goal of the government's.
        let text = "全部约三万个简约公屋单位将于2027年或之前落成。未来五年，公营房屋总建屋量约十九万个单位，较上一个五年期增加约八成。我预测今年经济全年实质增长2.5%。";
        assert_eq!(dated_goals(text, 2026), vec![(2027, 30000.0)]);
    }

    #[test]
    fn a_total_named_by_the_head_of_the_things_added_is_theirs() {
        let text = "到2027年底，新建退役军人创业孵化基地10个，使全市孵化基地总数达到三十一个。";
        let subjects = targets_of(text, |t| t.subject.unwrap_or_default());
        assert_eq!(subjects[1], "退役军人创业孵化基地总数");
    }

    #[test]
    fn a_total_the_change_makes_is_of_the_things_added() {
        let text = "渔护署计划于2026年年底前增设40部山火监察摄影机，令总数增至120部。";
        let subjects = targets_of(text, |t| t.subject);
        assert_eq!(
            subjects.last().cloned().flatten().as_deref(),
            Some("山火监察摄影机总数")
        );
        // So is one the whole place reaches.
        let text = "到2028年，新建、改造应急避难场所19处，全市总数达到60处。";
        let subjects = targets_of(text, |t| t.subject);
        assert!(
            subjects
                .last()
                .cloned()
                .flatten()
                .is_some_and(|s| s.ends_with("应急避难场所总数")),
            "{subjects:?}"
        );
    }

    #[test]
    fn a_figure_said_twice_and_copies_of_a_form_are_no_goals() {
        let text = "到2027年全省县域统管覆盖率要达到百分之百，也就是100%，申报材料一式3份。";
        assert_eq!(dated_goals(text, 2026), vec![(2027, 100.0)]);
        let text = "到2027年，全省普通话普及率力争达到90%，就是百分之九十。";
        assert_eq!(dated_goals(text, 2026), vec![(2027, 90.0)]);
        // A figure after 即 that says something else is a goal of its own.
        let text = "到2027年覆盖率达到85%，即新增覆盖乡镇120个。";
        assert_eq!(dated_goals(text, 2026), vec![(2027, 85.0), (2027, 120.0)]);
    }

    #[test]
    fn a_level_starting_now_is_no_report() {
        // 由现时的 gives where a change starts; the sentence still commits.
        let text = "气象局明年将新增水浸监测点十二个，将风暴潮预警提前时间由现时的二十四小时延长至三十六小时。";
        assert_eq!(dated_goals(text, 2025), vec![(2026, 12.0), (2026, 36.0)]);
    }

    #[test]
    fn an_annual_plan_titled_so_sets_its_tasks_for_its_year() {
        // Its goals reach a later year too; its title says whose tasks the
        // sections list. A report's section of next year's work does not.
        let plan = "某市2026年数字经济发展工作要点\n一、主要目标\n2026年，新建5G基站2500个，累计达到2.1万个；到2027年，占比达到10.5%。\n二、重点任务\n1.加快5G网络覆盖。新增上云企业1400家。";
        assert_eq!(
            dated_goals(plan, 2026),
            vec![
                (2026, 2500.0),
                (2026, 21000.0),
                (2027, 10.5),
                (2026, 1400.0)
            ]
        );
        let report = "某市2025年工作总结\n一、工作成效\n全年新增上云企业1400家。\n二、2026年工作安排\n继续推进数字化转型。";
        assert_eq!(dated_goals(report, 2026), vec![]);
    }

    #[test]
    fn each_thing_listed_before_ge_has_the_figure() {
        let text = "2026年，力争新建无烟医疗卫生机构、无烟学校各100个。";
        let found: Vec<(f64, Option<String>)> = targets_of(text, |t| (t.value, t.subject));
        assert_eq!(
            found,
            vec![
                (100.0, Some("无烟医疗卫生机构".into())),
                (100.0, Some("无烟学校".into()))
            ]
        );
        // Places so listed share out a goal named before.
        let text = "2026年，力争创建示范点60个，其中莲都区、青田县各6个。";
        assert_eq!(targets_of(text, |t| t.value), vec![60.0, 6.0]);
    }

    #[test]
    fn a_verb_after_a_level_reached_starts_another_predicate() {
        let text = "为到2027年全市盐碱耕地综合利用面积达到100万亩奠定坚实基础。";
        let found: Vec<(Option<String>, Option<String>)> =
            targets_of(text, |t| (t.metric, t.subject));
        assert_eq!(
            found,
            vec![(Some("盐碱耕地综合利用面积".into()), Some("全市".into()))]
        );
        // A noun after the figure names what is counted.
        let text = "到2027年，累计达到30家省级龙头企业。";
        let found: Vec<Option<String>> = targets_of(text, |t| t.subject);
        assert_eq!(found, vec![Some("省级龙头企业".into())]);
    }

    #[test]
    fn a_list_mark_inside_brackets_or_between_numerals_does_not_end_a_noun() {
        let text = "到2026年，在20个县（市、区）建成数字乡村试点。";
        let found: Vec<Option<String>> = targets_of(text, |t| t.subject);
        assert!(
            found[0]
                .as_deref()
                .is_some_and(|s| s.starts_with("县（市、区）")),
            "{found:?}"
        );
        // Nor does one between numerals.
        let text = "到2026年，对11座老旧二、三级渔港开展整治维护。";
        let found: Vec<Option<String>> = targets_of(text, |t| t.subject);
        assert!(
            found[0]
                .as_deref()
                .is_some_and(|s| s.starts_with("老旧二、三级渔港")),
            "{found:?}"
        );
    }

    #[test]
    fn a_share_named_alone_is_of_the_things_counted_before_it() {
        let text = "到2027年，全市非国有博物馆数量要达到35家，占比达到百分之四十以上。";
        let found = targets_of(text, |t| t.metric.unwrap_or_default());
        assert_eq!(found[1], "全市非国有博物馆占比");
        // One with things of its own keeps them.
        let text = "到2027年，全市家政服务企业达到500家，员工制家政企业占比达到15%。";
        let found = targets_of(text, |t| (t.metric, t.subject));
        assert_eq!(found[1].0.as_deref(), Some("占比"));
    }

    #[test]
    fn within_the_year_plans_for_the_year_written_in() {
        let text = "（三）加大金融支持。扩大“信易贷”平台覆盖面，年内新增普惠小微贷款300亿元以上。";
        let found: Vec<(i32, f64)> = dated_targets(text, 2026)
            .iter()
            .map(|t| (t.year, t.value))
            .collect();
        assert_eq!(found, vec![(2026, 30_000_000_000.0)]);
    }

    #[test]
    fn a_metric_given_by_fenbie_after_a_listed_one_is_of_the_same_items() {
        let text = "到2030年，果蔬、肉类、水产品冷链流通率分别提高到50%、85%、90%，产后损失率分别降至8%、3%、5%以下。";
        let found = targets_of(text, |t| t.metric.unwrap_or_default());
        assert_eq!(
            found[3..],
            ["果蔬产后损失率", "肉类产后损失率", "水产品产后损失率"]
        );
        // Items with no head of their own lend none.
        let text = "到2030年，能耗、水耗分别下降16%、20%，排放强度分别下降10%、12%。";
        let found = targets_of(text, |t| t.metric.unwrap_or_default());
        assert_eq!(found[2..], ["排放强度", "排放强度"]);
    }

    #[test]
    fn a_measure_of_an_act_is_of_what_the_clause_before_did_by_it() {
        let text = "到2028年，力争将永久基本农田全部建成高标准农田，累计建成面积达到9600万亩。2026年底前全面完成农业用水权确权登记，确权面积不少于245万亩。";
        let targets = dated_targets(text, 2025);
        let found: Vec<Option<&str>> = targets.iter().map(|t| t.metric.as_deref()).collect();
        assert_eq!(found, vec![Some("高标准农田建成面积"), Some("确权面积")]);
    }

    #[test]
    fn what_remains_is_of_the_things_counted_before() {
        let text =
            "2024年以来，全市共完成整治易涝点位127处，剩余的23处将在今年汛期前全部完成整治。";
        let targets = dated_targets(text, 2025);
        let found: Vec<(i32, Option<&str>)> = targets
            .iter()
            .map(|t| (t.year, t.subject.as_deref()))
            .collect();
        assert_eq!(found, vec![(2025, Some("整治易涝点位"))]);
    }

    #[test]
    fn a_share_of_a_places_measure_names_the_place() {
        let text = "到2027年，城市建成区60%以上的面积达到海绵城市建设要求。";
        let found: Vec<Option<String>> = targets_of(text, |t| t.subject);
        assert_eq!(
            found,
            vec![Some("城市建成区面积达到海绵城市建设要求".to_string())]
        );
    }

    #[test]
    fn a_measure_alone_measures_what_the_clause_before_makes() {
        let text = "2026年底前建成纯氢输送管道一期工程，长度约150公里。";
        let found: Vec<Option<String>> = targets_of(text, |t| t.metric);
        assert_eq!(found, vec![Some("纯氢输送管道一期工程长度".to_string())]);
    }

    #[test]
    fn a_grant_word_after_things_names_them() {
        // 资助安老宿位 are subsidised places; 给予…资助 a grant.
        let text = "到2030年，增加5000个资助安老宿位，对新认定的企业给予50万元资助。";
        let found: Vec<f64> = targets_of(text, |t| t.value);
        assert_eq!(found, vec![5000.0]);
    }

    #[test]
    fn a_rules_measure_is_no_goal() {
        let text = "到2026年，城中村改造项目按照不低于10%的比例配建保障性住房，租金按照不高于市场租金的90%确定，周边500米范围内公交站点覆盖率达到100%，按照规划建成驿站100个。";
        let found: Vec<f64> = targets_of(text, |t| t.value);
        assert_eq!(found, vec![100.0, 100.0]);
    }

    #[test]
    fn a_verb_alone_before_the_figure_names_its_object_or_its_work() {
        let text = "到2026年，支持收购存量商品房用作保障性住房，2026年收购不少于二千套；2026年开工建设5000套。";
        let found: Vec<Option<String>> = targets_of(text, |t| t.subject);
        assert_eq!(
            found,
            vec![Some("存量商品房".to_string()), Some("开工建设".to_string())]
        );
    }

    #[test]
    fn years_listed_before_分别_measure_what_comes_after_it() {
        let text = "根据目前的规划，政府预计在2026年及2027年分别新增约620个及约680个资助宿位。\n全市在2026年及2027年分别新增养老床位620张及680张。\n到2025年、2027年，全县粮食播种面积分别稳定在62万亩、62.5万亩。";
        let read = dated_readings(text, 2025);
        assert_eq!(
            read,
            vec![
                goal(2026, 620.0, "资助宿位"),
                goal(2027, 680.0, "资助宿位"),
                goal(2026, 620.0, "养老床位"),
                goal(2027, 680.0, "养老床位"),
                // A measure named before 分别 is kept.
                goal(2025, 620_000.0, "粮食播种面积"),
                goal(2027, 625_000.0, "粮食播种面积"),
            ]
        );
    }

    #[test]
    fn what_is_added_is_measured_apart_from_the_stock() {
        let text = "到2027年，全市累计建成高标准农田达到580万亩以上；三年新建高标准农田90万亩、改造提升49万亩。\n分年度看，2025年新建高标准农田28万亩；2026年新建30万亩；2027年新建32万亩。";
        let found = dated_targets(text, 2024);
        let metrics: Vec<(f64, Option<String>)> =
            found.into_iter().map(|t| (t.value, t.metric)).collect();
        let metric = |m: &str| Some(m.to_string());
        assert_eq!(
            metrics,
            vec![
                (5_800_000.0, metric("高标准农田")),
                // The span it is added over is part of its metric.
                (900_000.0, metric("三年新建高标准农田")),
                // Two verbs with the thing left out name the work.
                (490_000.0, metric("改造提升")),
                (280_000.0, metric("新建高标准农田")),
                // A verb alone takes the object it took before, not the
                // measure of the figure before it.
                (300_000.0, metric("新建高标准农田")),
                (320_000.0, metric("新建高标准农田")),
            ]
        );
    }

    #[test]
    fn a_creating_verb_before_another_verb_names_the_work_with_it() {
        let text = "力争2026年新开工增设电梯1000部以上、建成投用900部；2027年竣工投用800部。";
        let subjects = targets_of(text, |t| (t.value, t.subject.unwrap_or_default()));
        assert_eq!(
            subjects,
            vec![
                (1000.0, "新开工增设电梯".to_string()),
                (900.0, "建成投用".to_string()),
                (800.0, "竣工投用".to_string()),
            ]
        );
    }

    #[test]
    fn a_bare_verb_counts_what_the_clause_before_handles() {
        let text = "二、重点任务\n2.分批改造提升乡镇商贸中心。对全市乡镇商贸中心实施改造提升，2026年完成60个、2027年完成70个；\n\
                    对安全鉴定为三类坝的小型水库实施除险加固，2026年完成180座。\n\
                    3.到2028年，县域共同配送率达到60%以上，其中2027年底前先行达到50%。\n\
                    4.农村网络零售额到2028年突破400亿元。\n\
                    5.到2027年，新建加氢站3座，累计建成5座，规模以上工业企业净增100家。";
        let found = dated_readings(text, 2025);
        assert_eq!(
            found,
            vec![
                goal(2026, 60.0, "全市乡镇商贸中心改造提升"),
                goal(2027, 70.0, "全市乡镇商贸中心改造提升"),
                // A verb that only modifies the thing handled is not what
                // is done to it.
                goal(2026, 180.0, "小型水库除险加固"),
                // 先行 (first) is how, not what: the metric is the one
                // before.
                goal(2028, 60.0, "县域共同配送率"),
                goal(2027, 50.0, "县域共同配送率"),
                // A list item's numbering is no part of its metric.
                goal(2028, 40_000_000_000.0, "农村网络零售额"),
                // Or what the clause before counts in its unit, when
                // nothing before the verb names it.
                // (What is added keeps its verb; the total does not.)
                goal(2027, 3.0, "新建加氢站"),
                goal(2027, 5.0, "加氢站"),
                goal(2027, 100.0, "规模以上工业企业净增"),
            ]
        );
    }

    #[test]
    fn a_time_word_before_a_bare_verb_names_nothing() {
        let text = "二、2026年重点任务\n1.利用公园绿地新建中小型避难场所，年内新建25处。\n\
                    2.推动公共建筑平急两用改造，年内完成改造40处。\n\
                    3.全年新增市场主体600户。";
        assert_eq!(
            dated_readings(text, 2026),
            vec![
                goal(2026, 25.0, "新建中小型避难场所"),
                // (The work the clause before ends on, its object before
                // the verb.)
                goal(2026, 40.0, "公共建筑平急两用改造"),
                // A noun after the verb is named; the time word stays.
                goal(2026, 600.0, "全年新增市场主体"),
            ]
        );
    }

    #[test]
    fn a_sentence_of_parts_takes_the_wholes_things() {
        let text =
            "2026年至2028年，全市新建口袋公园150个以上。其中，2026年新建50个，2027年新建50个。";
        assert_eq!(
            dated_readings(text, 2026),
            vec![
                goal(2028, 150.0, "全市新建口袋公园"),
                goal(2026, 50.0, "新建口袋公园"),
                goal(2027, 50.0, "新建口袋公园"),
            ]
        );
    }

    #[test]
    fn a_place_alone_before_a_creating_verb_is_who_acts() {
        let text = "到2027年，率先在每个县建成1个数字农服中心，全市共建成10个。";
        assert_eq!(
            dated_readings(text, 2026),
            vec![
                goal(2027, 1.0, "数字农服中心"),
                goal(2027, 10.0, "全市数字农服中心")
            ]
        );
    }

    #[test]
    fn a_sentence_itemising_a_goal_goes_on_with_it() {
        let text = "到2028年，基本建成食物银行体系。具体包括：全市建成食物银行100个以上；累计培育示范单位500家。";
        assert_eq!(dated_goals(text, 2026), vec![(2028, 100.0), (2028, 500.0)]);
        // A report's itemising goes on with the report.
        let report = "2025年，全市基本建成食物银行体系。具体包括：累计培育示范单位500家。";
        assert_eq!(dated_goals(report, 2026), vec![]);
    }

    #[test]
    fn a_list_after_a_later_goal_laid_ground_for_keeps_the_years_goals() {
        let text = "二、2026年主要目标\n全市治理率达到43%以上，为2027年全市治理率达到50%打下坚实基础。具体目标如下：\n新增资源化利用试点村40个；";
        assert_eq!(
            dated_goals(text, 2026),
            vec![(2026, 43.0), (2027, 50.0), (2026, 40.0)]
        );
    }

    #[test]
    fn a_report_word_due_by_a_later_deadline_leaves_the_years_before_it_goals() {
        let text = "2025年完成煤电机组改造升级200万千瓦，到2027年累计完成改造500万千瓦。";
        assert_eq!(
            dated_goals(text, 2024),
            vec![(2025, 2_000_000.0), (2027, 5_000_000.0)]
        );
        // A report before the deadline still reports.
        let text = "截至2024年底，累计完成改造200万千瓦，到2027年累计完成改造500万千瓦。";
        assert_eq!(dated_goals(text, 2025), vec![(2027, 5_000_000.0)]);
        // So does a span of years to come: what accrues over it is its goal.
        let text = "实施老旧渔船更新改造工程，2026—2027年全市累计更新改造渔船800艘。";
        assert_eq!(dated_goals(text, 2026), vec![(2027, 800.0)]);
    }

    #[test]
    fn a_year_reviewed_is_no_goal_where_将_only_puts_something_somewhere() {
        let text = "2025年，全市水土保持工作取得显著成效。\n（八）考核监督持续深化。将河湖长制和水土保持目标责任纳入县区党政领导班子实绩考核，全年开展明察暗访4轮，聘请社会监督员60名。";
        assert_eq!(dated_goals(text, 2026), vec![]);
    }

    #[test]
    fn a_numbered_label_closed_by_a_full_stop_heads_its_section() {
        let text = "（三）主要目标。\n2025年，完成城镇燃气管道老化更新改造420公里。\n2026年，完成城镇燃气管道老化更新改造400公里。\n7.一般工业固体废物综合利用率达到62%。";
        let read = dated_goals(text, 2025);
        assert_eq!(read[..2], [(2025, 420.0), (2026, 400.0)]);
        // An item giving a figure is no label: it is read, not a heading.
        assert_eq!(read.len(), 3, "{read:?}");
    }

    #[test]
    fn a_summary_of_last_year_plans_nothing_until_a_line_opens_with_this_year() {
        let text = "2025年，全市工业固废综合利用工作取得积极成效。\n（七）政策支持力度加大。全年兑现综合利用资金1.26亿元，惠及企业41家；争取中央预算内投资支持的项目11个。\n四、2026年工作打算\n全年计划新建综合利用项目20个。";
        let read = dated_goals(text, 2026);
        assert_eq!(read, vec![(2026, 20.0)]);
    }

    #[test]
    fn a_subsection_naming_tasks_under_this_years_work_plan_stays_in_its_year() {
        // The first item names the tasks (确保完成目标任务) and gives no
        // year: the items after it are still the plan's.
        let text = "三、2026年工作计划\n（一）确保完成目标任务。城镇登记失业率控制在3%以内。\n（三）精准开展招聘服务。全年举办各类招聘活动25场以上。";
        let read = dated_goals(text, 2026);
        assert_eq!(read, vec![(2026, 3.0), (2026, 25.0)]);
    }

    #[test]
    fn how_often_a_duty_recurs_is_no_goal() {
        let text = "到2026年，市级河湖长每季度巡河不少于1次，县级河湖长每月巡河不少于1次，开展联合执法不少于10次。";
        assert_eq!(dated_goals(text, 2026), vec![(2026, 10.0)]);
        // A region's yearly total is a goal still.
        let total = "到2027年，全市每年举办各类招聘活动不少于100次。";
        assert_eq!(dated_goals(total, 2026), vec![(2027, 100.0)]);
    }

    #[test]
    fn a_norm_per_unit_is_no_goal_but_a_rate_is() {
        let text = "到2026年，推广浅埋滴灌950万亩，每亩保苗5000株以上，每亩施用脱硫石膏1.5至2吨，每万人拥有律师数达到6.5名，加氢价格降至每公斤25元，每亩增产50公斤。";
        assert_eq!(
            dated_goals(text, 2026),
            vec![(2026, 9_500_000.0), (2026, 6.5), (2026, 25.0), (2026, 50.0)]
        );
    }

    #[test]
    fn a_later_year_goes_on_with_the_schedule_of_a_sentence_that_looked_back_first() {
        let text = "经济部回应表示，已依相关法律滚动检讨，规划2030年再生能源发电占比达27%，离岸风电累计13.1GW；2050年再生能源发电占比达60%。";
        assert_eq!(
            dated_goals(text, 2025),
            vec![(2030, 27.0), (2030, 13.1), (2050, 60.0)]
        );
        // A deadline already over reports, and so does the year after it.
        let report = "到2025年底全市已建成公共充电桩1.2万个，2026年一季度新增800个。";
        assert!(dated_goals(report, 2026).is_empty());
    }

    #[test]
    fn a_figure_taken_as_the_goal_commits_its_year() {
        // The page's own year, which commits only when the sentence sets
        // a goal; a slogan taken as the goal sets none.
        let text = "以2025年再生能源发电占比达20%为政策目标，并规划离岸风电5.7GW。";
        assert_eq!(dated_goals(text, 2025), vec![(2025, 20.0), (2025, 5.7)]);
        let slogan = "2025年，我县以“防大火、保安全”为目标，强化火源管控。全年共发生森林火灾2起。";
        assert!(dated_goals(slogan, 2025).is_empty());
        let slogan = "2025年，我区以打造“15分钟便民生活圈”为目标，全年新建社区综合服务中心12个。";
        assert!(dated_goals(slogan, 2025).is_empty());
    }

    #[test]
    fn a_page_dating_by_the_republic_of_china_calendar_sets_goals_in_it() {
        let text = "农业部提出农产品冷链物流发展计划（114年至117年），115年底前新增产地预冷设施300处，117年前建置区域冷链物流中心4处。服务人员由106年的2万6,000人增加至113年8月的10万1,000人。";
        let read = dated_goals(text, 2024);
        // 至 a month of a year is as of then, no deadline.
        assert_eq!(read, vec![(2026, 300.0), (2028, 4.0)]);
        // A mainland page writes no year so: 115年 is no year there.
        let mainland = "学校建校115年来，到2027年新建实训基地4处。";
        let years: Vec<i32> = dated_targets(mainland, 2025)
            .iter()
            .map(|t| t.year)
            .collect();
        assert_eq!(years, vec![2027]);
        // A page naming two such years and no year of the common era
        // dates by them.
        let text = "计划完成后，全国自来水漏水率将由114年的12.4%降至120年的10%以下。";
        assert_eq!(dated_goals(text, 2026), vec![(2031, 10.0)]);
        let mainland = "学校建校120年，堤防按100年一遇设防，新建实训基地4处。";
        assert!(dated_goals(mainland, 2026).is_empty());
        // A span of such years sets goals for its last, as 2026至2031年 does.
        let text = "计划期程为115至120年。115至120年预计汰换管线2,400公里。";
        assert_eq!(dated_goals(text, 2026), vec![(2031, 2400.0)]);
    }

    #[test]
    fn tasks_under_a_heading_of_this_years_work_are_this_years_past_a_vision() {
        let text = "二、2026年主要目标和重点工作\n2026年是“十五五”开局之年。今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n展望“十五五”，到2030年，全区地区生产总值突破4000亿元。\n围绕上述目标，重点抓好以下六个方面工作：\n（一）着力推动产业创新。全年新增国家高新技术企业300家以上。\n（二）着力扩大有效需求。引进亿元以上项目80个。";
        assert_eq!(
            dated_goals(text, 2026),
            vec![(2026, 6.0), (2030, 4e11), (2026, 300.0), (2026, 80.0)]
        );
    }

    #[test]
    fn a_sentence_that_says_it_states_goals_goes_on_under_the_deadline() {
        let text = "到2028年，全市托育服务体系基本健全。具体目标为：普惠托位占比达到70%以上，三年累计新增普惠托位1.5万个，生态保护红线面积不低于486.7平方千米。";
        assert_eq!(
            dated_goals(text, 2026),
            vec![(2028, 70.0), (2028, 15_000.0), (2028, 486.7)]
        );
        // Without saying so, its 累计 reports.
        let text = "到2028年，全市托育服务体系基本健全。全市累计新增普惠托位1.5万个。";
        assert!(dated_goals(text, 2026).is_empty());
    }

    #[test]
    fn the_pages_own_year_held_to_a_bound_is_a_goal() {
        let text = "（一）支持企业拓市场。2026年，全省组织企业参加境外重点展会200场次以上，重点开拓新兴市场。";
        assert_eq!(dated_goals(text, 2026), vec![(2026, 200.0)]);
        // An estimate (二十多个) is what was done, and so is any figure of
        // a year that is over.
        let text = "2026年，体育局推出免费运动体验班，涵盖瑜伽、太极等二十多个项目。";
        assert!(dated_goals(text, 2026).is_empty());
        let text = "2025年，全省组织企业参加境外重点展会200场次以上。";
        assert!(dated_goals(text, 2026).is_empty());
    }

    #[test]
    fn a_budget_allocates_its_sums_and_forecasts_its_revenue() {
        let text = "2026年，全县一般公共预算收入预期增长5%。一般公共预算支出安排88.3亿元，其中教育支出18.2亿元。115年度编列社会住宅相关经费286亿元，目标于117年底前直接兴建社会住宅累计达10万户。到2027年，政府债务率控制在120%以内。";
        let goals = |title: &str| -> Vec<(i32, f64)> {
            crate::extract::extract_page(text, Some(title), Some(2025))
                .targets
                .iter()
                .map(|t| (t.year, t.value))
                .collect()
        };
        assert_eq!(
            goals("关于长丰县2025年预算执行情况和2026年预算草案的报告"),
            vec![(2026, 5.0), (2028, 100_000.0), (2027, 120.0)]
        );
        // Under any other title the sums are goals, as before.
        assert_eq!(goals("全县重点工作安排").len(), 6);
    }

    #[test]
    fn one_figure_for_metrics_listed_before_均_is_each_of_theirs() {
        let text = "2026年底前，全市在建项目工资专用账户开立率、实名制管理覆盖率、工资保证金存储率均达到100%，按期结案率达到98%以上。";
        let found = crate::extract::extract_dated(text, Some(2026));
        let metrics: Vec<(String, f64)> = found
            .targets
            .iter()
            .map(|t| (t.metric.clone().unwrap_or_default(), t.value))
            .collect();
        assert_eq!(metrics.len(), 4, "{metrics:?}");
        for (metric, (name, value)) in [
            "开立率",
            "实名制管理覆盖率",
            "工资保证金存储率",
            "按期结案率",
        ]
        .iter()
        .zip(&metrics)
        {
            assert!(name.ends_with(metric), "{name} for {metric}");
            assert_eq!(
                *value,
                if *metric == "按期结案率" {
                    98.0
                } else {
                    100.0
                }
            );
        }
        // The 均 of 年均 and 人均 spreads nothing.
        let text = "到2027年，全市地区生产总值、工业增加值年均增长6%。";
        assert_eq!(dated_targets(text, 2026).len(), 1);
    }

    #[test]
    fn a_bounded_change_on_last_year_is_a_goal_and_what_exists_now_is_none() {
        let text = "一、总体目标\n2026年，全市生产安全事故起数和死亡人数同比分别下降5%以上。\n二、重点任务\n（二）强化危险化学品安全风险管控。全市现有危险化学品重大危险源87处，要逐一落实包保责任人。\n（三）加强巡查。全县现有生态护林员1846名，瞭望塔22座。\n（四）推进设备更新。全市在役工业锅炉共计847台，全市共有在用电梯4.2万台。\n（五）更新电梯。全市在用电梯约3.1万台。在用地保障方面，新建电梯维保站12个。到2026年，在用标准机架达到6万架。";
        let found = crate::extract::extract_dated(text, Some(2026));
        let goals: Vec<(i32, f64)> = found.targets.iter().map(|t| (t.year, t.value)).collect();
        assert_eq!(
            goals,
            vec![(2026, 5.0), (2026, 5.0), (2026, 12.0), (2026, 60_000.0)]
        );
        let counted: Vec<f64> = found.counts.iter().map(|c| c.value).collect();
        assert_eq!(counted, vec![87.0, 1846.0, 22.0, 847.0, 42_000.0]);
        // A change as reported has no bound, and reports.
        let report = "2025年，全市生产安全事故起数同比下降5.2%。";
        assert!(dated_goals(report, 2026).is_empty());
    }

    #[test]
    fn a_sections_year_runs_on_through_its_table_and_past_a_note() {
        // The rows of a table are no headings: the year of 三、 reaches past
        // them, and a row reads as its goal.
        let text = "二、“十五五”时期主要目标\n到2030年，城镇化率达到62%。\n三、2026年工作安排\n主要预期目标如下。\n指标\t2026年预期目标\n城镇新增就业\t60万人以上\n围绕实现上述目标，重点抓好以下工作。\n（一）推进新型工业化。全年新增规模以上工业企业500家以上。";
        assert_eq!(
            dated_goals(text, 2026),
            vec![(2030, 62.0), (2026, 600_000.0), (2026, 500.0)]
        );
        // A table's caption heads the table, not the paragraphs after it.
        let text = "一、上半年工作开展情况\n表1 太康县2026年夏粮收购进度表\n收购主体\t收购量（万吨）\n合计\t41.3\n收购期间，累计派出服务小分队23支。";
        assert!(dated_goals(text, 2026).is_empty());
        // A note under a table defines its terms.
        let text = "到2028年，全市建成专业化泊位20个。\n注：五类专业化泊位指集装箱、3000吨级以上客运和5万吨级以上干散货专业化泊位。";
        assert_eq!(dated_goals(text, 2026), vec![(2028, 20.0)]);
    }

    #[test]
    fn a_share_meeting_a_standard_is_named_with_the_standard() {
        let text = "到2027年，全市城市建成区50%以上面积达到海绵城市建设要求，新建改造雨水管网150公里。到2027年，力争80%以上的乡镇卫生院达到服务能力基本标准。";
        let read = targets_of(text, |t| {
            (t.value, t.subject.or(t.metric).unwrap_or_default())
        });
        assert_eq!(
            read,
            vec![
                (50.0, "全市城市建成区面积达到海绵城市建设要求".to_string()),
                (150.0, "新建改造雨水管网".to_string()),
                (80.0, "乡镇卫生院达到服务能力基本标准".to_string()),
            ]
        );
        // A share bounding a class that is then counted is no goal.
        assert!(
            dated_goals("到2027年，培育年产值增长20%以上企业30家。", 2026)
                .iter()
                .all(|&(_, v)| v != 20.0)
        );
    }

    #[test]
    fn a_status_after_the_planned_figures_leaves_them_planned() {
        let text = "2026年，全县计划新建高标准农田10万亩，目前项目初步设计已通过省级评审，计划于4月底前全面开工。";
        assert_eq!(dated_goals(text, 2026), vec![(2026, 100_000.0)]);
        // Done is done, whatever follows.
        let text = "2025年，全县已新建高标准农田10万亩，计划于明年继续推进。";
        assert!(dated_goals(text, 2026).is_empty());
        // A forecast after the year's first figure does not plan it.
        let text = "2025年，全市落实玉米制种面积102.6万亩，预计生产玉米种子4.8亿公斤。";
        assert!(dated_goals(text, 2025).is_empty());
        // Hong Kong's 会于 sets a deadline as 将于 does.
        let text = "康文署会于2026年第三季起，延长8间分区图书馆在平日的开放时间至晚上九时。";
        assert_eq!(dated_goals(text, 2026), vec![(2026, 8.0)]);
    }

    #[test]
    fn a_measure_named_alone_is_of_the_things_counted_before_it() {
        let text = "到2028年，全省累计出让“标准地”2000宗以上、面积7万亩以上。";
        assert_eq!(
            dated_readings(text, 2026),
            vec![
                goal(2028, 2000.0, "全省出让“标准地”"),
                goal(2028, 70_000.0, "全省出让“标准地”面积")
            ]
        );
    }

    #[test]
    fn a_goal_stated_before_its_year_opens_on_it_whoever_sets_it() {
        let text = "政府的目标是在2028年把郊野公园每年的山火烧毁面积控制在200公顷以下，\
                    并将郊野公园内由扫墓引致的山火数目减少三成。";
        let found = dated_targets(text, 2026);
        let years: Vec<(i32, f64)> = found.iter().map(|t| (t.year, t.value)).collect();
        assert_eq!(years, vec![(2028, 200.0), (2028, 30.0)]);
    }

    #[test]
    fn the_end_of_the_year_is_the_sentences_year() {
        let text = "二、2027年工作思路\n2027年全市农村公路优良中等路率提高到88%以上；\
                    推进农村公路数字化管理平台建设，年底前平台覆盖率达到100%。";
        let found = dated_targets(text, 2026);
        let years: Vec<(i32, f64)> = found.iter().map(|t| (t.year, t.value)).collect();
        assert_eq!(years, vec![(2027, 88.0), (2027, 100.0)]);
    }

    #[test]
    fn a_level_reached_before_is_no_thing_a_measure_measures() {
        let text = "到2027年，全省分布式光伏累计并网容量力争达到6000万千瓦；\
                    到2030年，累计并网容量达到8000万千瓦左右。";
        let found = dated_targets(text, 2026);
        assert_eq!(found.len(), 2);
        let metric = found[1].metric.as_deref().unwrap_or_default();
        assert!(
            metric.ends_with("并网容量") && !metric.contains("6000"),
            "{metric}"
        );
        // Things counted before a measure are what it measures.
        let text = "到2028年，打造十条跨区骑行廊道，总长约260公里。";
        let found = dated_targets(text, 2026);
        let metric = found
            .last()
            .and_then(|t| t.metric.clone())
            .unwrap_or_default();
        assert!(metric.contains("骑行廊道"), "{metric}");
    }

    #[test]
    fn what_exists_now_before_a_later_deadline_is_no_goal() {
        let text = "三、重点任务\n（四）强化建后管护。建立县、乡、村三级管护网络，\
                    全省现有专兼职管护人员两万三千余人，到2028年实现管护责任全覆盖。\
                    在现有基础上，到2028年新建儿童之家120个。";
        let found = dated_targets(text, 2026);
        let values: Vec<f64> = found.iter().map(|t| t.value).collect();
        assert_eq!(values, vec![120.0]);
    }

    #[test]
    fn a_financial_year_is_the_year_it_opens_in() {
        let text = "余下的项目正全速施工，预计在2026-27年度内再落成约9 800间，\
                    并在2027-28年度前完成全部约30 000个单位的兴建工作。\
                    预计在2030/31年度或之前，平均轮候时间将缩短至4.5年。";
        let found = dated_targets(text, 2026);
        let years: Vec<(i32, f64)> = found.iter().map(|t| (t.year, t.value)).collect();
        assert_eq!(years, vec![(2026, 9800.0), (2027, 30000.0), (2030, 4.5)]);
        // No year's figures stay in what the goal measures.
        assert!(found
            .iter()
            .all(|t| !format!("{:?}{:?}", t.metric, t.subject).contains("年度")));
    }

    #[test]
    fn the_rate_of_things_already_built_is_a_goal() {
        let text = "到2028年，全省农村生活污水治理率达到55%以上，已建设施正常运行率达到90%以上，\
                    出水水质达标率不低于85%。";
        let found = dated_targets(text, 2026);
        let values: Vec<(i32, f64)> = found.iter().map(|t| (t.year, t.value)).collect();
        assert_eq!(values, vec![(2028, 55.0), (2028, 90.0), (2028, 85.0)]);
        assert!(found[1]
            .metric
            .as_deref()
            .is_some_and(|m| m.ends_with("正常运行率")));
        // However long the name of the things before the rate.
        let text =
            "建设全市储能电站安全监测平台，到2026年底，实现已投运储能电站在线监测覆盖率100%。";
        let found = dated_targets(text, 2026);
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].year, found[0].value), (2026, 100.0));
    }

    #[test]
    fn a_share_of_things_that_do_something_is_of_those_that_do_it() {
        let text = "到2026年底，全省80%以上的县（市）实现快递品牌共同配送。";
        assert_eq!(
            dated_readings(text, 2026),
            vec![goal(2026, 80.0, "县（市）实现快递品牌共同配送")]
        );
    }

    #[test]
    fn a_share_of_what_is_covered_is_named_with_what_covers_it() {
        let text =
            "到2028年，远程医疗服务覆盖全省90%以上的村卫生室。到2027年，5G网络覆盖率达到95%。";
        assert_eq!(
            dated_readings(text, 2026),
            vec![
                goal(2028, 90.0, "远程医疗服务覆盖全省村卫生室"),
                goal(2027, 95.0, "5G网络覆盖率")
            ]
        );
        // Something must cover them, and it is named once.
        let text = "到2028年，逐步覆盖全省80%的乡镇。";
        assert_eq!(
            dated_readings(text, 2026),
            vec![goal(2028, 80.0, "逐步覆盖全省乡镇")]
        );
    }

    #[test]
    fn a_plans_projects_are_due_by_its_last_year() {
        let title = "东营市黄河口湿地候鸟栖息地保护提升实施方案（2026—2028年）";
        let text = "二、目标任务\n到2028年，新增修复退化湿地1.5万亩。\n三、重点工程\n\
                    （一）湿地生态补水工程。科学调度黄河水资源，新建和改造补水闸涵23座。";
        let found = crate::extract::extract_page(text, Some(title), Some(2026)).targets;
        let goals: Vec<(i32, f64)> = found.iter().map(|t| (t.year, t.value)).collect();
        assert_eq!(goals, vec![(2028, 15_000.0), (2028, 23.0)]);
    }

    #[test]
    fn a_deadline_closing_its_clause_group_dates_the_figures_before_it() {
        let text = "到2028年，全市生活垃圾焚烧处理能力达到8000吨/日以上。推进二期工程建设，\
                    新增处理能力1500吨/日，确保2027年6月底前建成投运。在宾阳县建设区域性项目，\
                    合计处理能力900吨/日，2028年底前投入运营。";
        assert_eq!(
            dated_goals(text, 2026),
            vec![(2028, 8000.0), (2027, 1500.0), (2028, 900.0)]
        );
        // A new goal after the figure is no deadline of it, nor is a start.
        for closing in ["力争到2027年实现全覆盖", "力争2026年底前开工建设"] {
            let text = format!(
                "到2028年，全市生活垃圾焚烧处理能力达到8000吨/日以上。新增处理能力300吨/日，{closing}。"
            );
            assert_eq!(
                dated_goals(&text, 2026),
                vec![(2028, 8000.0), (2028, 300.0)]
            );
        }
    }

    #[test]
    fn the_next_speakers_turn_leaves_the_last_speakers_heading() {
        let text = "五、下一步工作打算\n下一步，我们将力争到2027年建成示范基地10个。\n新华社记者：\n请问在数字化方面有哪些举措？\n市农业农村局副局长赵宏涛：\n感谢您的提问。一是布设田间物联网监测站点286个。";
        assert_eq!(dated_goals(text, 2025), vec![(2027, 10.0)]);
    }

    #[test]
    fn an_answer_telling_of_last_year_sets_no_goal() {
        let text = "海南日报记者：\n请问今年我市在增加床位方面有哪些具体安排？\n吴晓梅：\n今年，我们将新增床位800张。\n海口广播电视台记者：\n市人民医院在改善就医体验方面有哪些举措？\n陈振华：\n感谢您的关注。我院从去年开始全面推行预约诊疗，预约诊疗率达到85%。我院开放床位2,300张，去年门急诊量达到286万人次。";
        assert_eq!(dated_goals(text, 2026), vec![(2026, 800.0)]);
        // Last year as the base of a change still leaves a goal.
        let text = "请问今年有哪些举措？\n今年，门急诊量比去年增长10%。";
        assert_eq!(dated_goals(text, 2026), vec![(2026, 10.0)]);
    }

    #[test]
    fn a_total_handled_this_year_in_a_section_of_measures_is_no_goal() {
        let text = "五、在便利企业办事方面有哪些新举措？\n答：一是推行惠企政策“免申即享”。到2026年底，“免申即享”政策达到200项。二是强化诉求办理。依据《北京市接诉即办工作条例》，将12345市民服务热线企业服务功能与政务服务深度融合，2025年热线共受理企业诉求38.2万件。";
        assert_eq!(dated_goals(text, 2025), vec![(2026, 200.0)]);
    }

    #[test]
    fn a_forecast_is_neither_a_goal_nor_a_count() {
        let text = "截至2024年9月底，全省65岁以上人口已达438万人，预估将于2025年迈入超高龄社会，长照需求人数将由2024年的约86万人增加至2031年的近120万人。";
        let found = crate::extract::extract_dated(text, Some(2024));
        assert!(found.targets.is_empty(), "{:?}", found.targets);
        let counts: Vec<f64> = found.counts.iter().map(|c| c.value).collect();
        assert_eq!(counts, vec![4_380_000.0]);
        // A projection, and what land is expected to yield, likewise.
        let text = "以医生为例，推算到2030年短缺约1,340名，到2040年短缺收窄至约610名。\
                    首三季公营房屋落成量约为18,600个单位，全年预计可落成约27,000个单位。\
                    根据业界初步估算，香港低空经济市场规模可于2030年达至约140亿元。";
        let found = crate::extract::extract_dated(text, Some(2026));
        assert!(found.targets.is_empty(), "{:?}", found.targets);
        assert!(found.counts.iter().all(|c| c.value != 27_000.0));
        // So is what an investment is expected to bring in the years ahead.
        let text = "截至2026年2月底，已有16间企业在港设立业务，预计在未来三年合共带来约12亿元投资，并创造约850个职位。";
        let found = crate::extract::extract_dated(text, Some(2026));
        let counts: Vec<f64> = found.counts.iter().map(|c| c.value).collect();
        assert_eq!(counts, vec![16.0]);
    }

    #[test]
    fn a_ships_carrying_capacity_taiwans_kilowatt_hours_and_litres_are_units() {
        let found = targets_of(
            "到2028年，造船完工量达到600万载重吨。到2030年，再生能源年发电量达950亿度。\
             到2028年，生物药规模化产能达到10万升，完成3升级改造。",
            |t| (t.value, t.unit),
        );
        assert_eq!(
            found,
            vec![
                (6_000_000.0, "载重吨".to_string()),
                (95_000_000_000.0, "度".to_string()),
                (100_000.0, "升".to_string()),
            ]
        );
        // A rise among indicators is no volume; a sum's range with no 的 is
        // a goal of its own.
        let found = targets_of(
            "到2027年，30项指标24升6降。到2027年，争取上级资金10亿—15亿元支持重大项目50个。",
            |t| (t.value, t.unit),
        );
        assert!(found.iter().all(|(_, unit)| unit != "升"), "{found:?}");
        assert!(found.contains(&(1e9, "元".to_string())), "{found:?}");
    }

    #[test]
    fn macaos_sums_doses_and_a_goal_after_its_date_alone() {
        let text = "至2030年，累计投入青年发展资助不少于15亿澳门元。\
                    2027年，敬老金金额由每年9,000澳门元调升至9,500澳门元，永久性居民每人获发10,000澳门元。\
                    到2027年，全市疫苗年产能达到6亿剂。\
                    目前全市已认定绿色工厂35家，到2027年，力争达到50家。";
        let found: Vec<_> = dated_targets(text, 2026)
            .into_iter()
            .map(|t| {
                (
                    t.year,
                    t.value,
                    t.unit,
                    t.subject.or(t.metric).unwrap_or_default(),
                )
            })
            .collect();
        assert_eq!(
            found,
            vec![
                (2030, 1.5e9, "澳门元".into(), "投入青年发展资助".into()),
                (2027, 9500.0, "澳门元".into(), "敬老金金额".into()),
                (2027, 6e8, "剂".into(), "全市".into()),
                (2027, 50.0, "家".into(), "绿色工厂".into()),
            ]
        );
    }

    #[test]
    fn grants_temperatures_and_forecasts_that_open_their_sentence_set_no_goal() {
        let text = "到2027年，对新投入使用的普惠托育机构给予一次性补助不超过20万元，\
                    夏季室内空调温度设置不低于26度。";
        assert_eq!(dated_goals(text, 2026), vec![]);
        let text = "2026年，预计全年接待游客约3000万人次。全年新开通国际航线3条。";
        assert_eq!(dated_goals(text, 2026), vec![]);
        let text = "一、2026年工作开展情况\n全镇现有生猪存栏8.6万头，全年预计出栏15.2万头；存栏家禽42万只。";
        assert_eq!(dated_goals(text, 2026), vec![]);
    }

    #[test]
    fn a_year_still_to_come_is_no_report() {
        // (累计 reports a total only of what is done.)
        let text = "（二）离岸风电：2030年累计并网容量达13.1GW。";
        assert_eq!(dated_goals(text, 2026), vec![(2030, 13.1)]);
    }

    #[test]
    fn a_forecast_after_a_goal_leaves_the_goal() {
        let text = "通过实施《办法》，力争2026年全县新建商品住房销售面积达到85万平方米，预计全年惠及首套购房家庭2000户以上。";
        assert_eq!(dated_goals(text, 2026), vec![(2026, 850_000.0)]);
    }

    #[test]
    fn items_numbered_一是_carry_the_year_of_the_tasks_they_list() {
        let text = "三、扎实做好2026年各项重点工作\n今年是开局之年。总的目标是：新建老年助餐点100个。重点抓好以下几个方面工作：\n一是扩大基本养老服务供给。今年再建设嵌入式养老服务机构20家。";
        let read = dated_goals(text, 2026);
        assert_eq!(read, vec![(2026, 100.0), (2026, 20.0)]);
    }

    #[test]
    fn a_span_of_years_sets_goals_for_its_last_year_but_not_yearly_amounts() {
        let text = "2025—2027年，力争开工建设中型水库十二座。2025—2027年，市财政每年安排专项资金2亿元。到2027年每年培养托育人才2000人以上。在二○二六至二○三○年期间，预计每年开支约12亿元。";
        let read = dated_goals(text, 2025);
        assert_eq!(read, vec![(2027, 12.0), (2027, 2000.0)]);
        // A yearly amount under a year it does not name itself is none.
        let text =
            "到2027年，远洋渔船达到120艘。开展远洋船员专项培训，每年培训远洋船员不少于1500人次。";
        assert_eq!(dated_goals(text, 2025), vec![(2027, 120.0)]);
    }

    #[test]
    fn an_annual_plans_sections_of_tasks_set_goals_for_its_year() {
        let text = "二、今年主要目标\n今年全县新建高标准农田3.2万亩。\n三、重点任务\n（一）全力抓好粮食生产\n1.加强耕地保护。全年完成撂荒地复耕复种1.2万亩，整修小型水利设施860处。\n（二）改善人居环境\n2.新建农村生活污水处理设施42处。";
        assert_eq!(
            dated_goals(text, 2026),
            vec![
                (2026, 32000.0),
                (2026, 12000.0),
                (2026, 860.0),
                (2026, 42.0)
            ]
        );
        // A plan with goals beyond its year sets none for it in its tasks.
        let longer = text.replace("今年全县新建", "到2027年全县新建");
        assert_eq!(dated_goals(&longer, 2026), vec![(2027, 32000.0)]);
    }

    #[test]
    fn a_legislators_questions_end_the_list_a_deadline_leads_into() {
        let text = "政府提出于2050年前实现碳中和。就此，政府可否告知本会：\n（一）每年新登记电动私家车的数目为何；\n（二）政府会否订下量化目标；如否，原因为何？\n答复：\n主席：\n截至2025年10月底，本港电动车总数约为124 800辆。按车辆类别划分，电动私家车约118 500辆，约占本港私家车总数的18.3%。";
        assert_eq!(targets_of(text, |t| t.value), Vec::<f64>::new());
        let counts: Vec<f64> = extract(text).counts.iter().map(|c| c.value).collect();
        assert_eq!(counts, vec![124_800.0, 118_500.0]);
    }

    #[test]
    fn a_bare_goal_counts_what_the_clause_before_gave_the_level_of() {
        let text = "目前已有企业330家，到2027年增至400家。现时全港约有3 400辆电动的士，政府目标是于2027年底前增至约6 000辆。中心现已涵盖中药材330种，目标于2027年增至400种。";
        let found = targets_of(text, |t| (t.year, t.value, t.subject.unwrap_or_default()));
        assert_eq!(
            found,
            vec![
                (2027, 400.0, "企业".into()),
                (2027, 6000.0, "电动的士".into()),
                (2027, 400.0, "中药材".into()),
            ]
        );
        // A level in another unit says nothing of what the goal counts.
        assert!(targets_of("目前覆盖率为80%，到2027年增至400家。", |t| t
            .value)
        .is_empty());
    }

    #[test]
    fn a_measure_sorting_the_things_counted_is_no_value() {
        let text =
            "到2027年，培育产值超百亿元企业5家，力争2所高校、10个以上学科进入“双一流”建设行列。";
        let found = targets_of(text, |t| (t.value, t.unit, t.subject.unwrap_or_default()));
        assert_eq!(
            found[..2],
            [
                (5.0, "家".into(), "产值超百亿元企业".into()),
                (2.0, "所".into(), "高校".into()),
            ]
        );
        assert_eq!(found.len(), 3, "{found:?}");
    }

    #[test]
    fn a_span_of_time_is_no_value_but_years_of_schooling_are() {
        let text = "到2027年，近三年新增企业不少于1200家，成立不足三年的企业占比达到30%，编制五年行动方案，劳动年龄人口平均受教育年限达到11.5年。";
        let found = targets_of(text, |t| (t.value, t.unit));
        assert_eq!(
            found,
            vec![
                (1200.0, "家".into()),
                (30.0, "%".into()),
                (11.5, "年".into())
            ]
        );
    }

    #[test]
    fn distributes_respectively_lists() {
        let text =
            "到2025年，重庆市规模以上工业企业单位增加值能耗、水耗较“十三五”末分别下降16%、20%。";
        let targets = extract(text).targets;
        assert_eq!(targets.len(), 2);
        assert_eq!(targets[0].metric.as_deref(), Some("单位增加值能耗"));
        assert_eq!(
            targets[0].subject.as_deref(),
            Some("重庆市规模以上工业企业")
        );
        assert_eq!(targets[1].metric.as_deref(), Some("水耗"));
        assert_eq!(targets[1].value, 20.0);
        assert_eq!(targets[1].baseline.as_deref(), Some("“十三五”末"));
        assert_eq!(targets[1].kind, TargetKind::Decrease);
    }

    #[test]
    fn a_stretch_goal_continues_the_metric_before_it() {
        let text =
            "到2027年，全市再生水利用率提高到50%以上，力争达到55%；数据中心PUE降至1.25以下。";
        let found = targets_of(text, |t| (t.value, t.unit, t.metric.unwrap_or_default()));
        assert_eq!(
            found,
            vec![
                (50.0, "%".to_string(), "再生水利用率".to_string()),
                (55.0, "%".to_string(), "再生水利用率".to_string()),
                (1.25, String::new(), "数据中心PUE".to_string()),
            ]
        );
    }

    #[test]
    fn the_parts_of_the_text_itself_are_no_target() {
        let text = "到2027年，《行动方案》明确了管网互联互通等六个方面18项重点任务，提出20条措施，完成改革任务30项。";
        let found = targets_of(text, |t| (t.value, t.unit));
        assert_eq!(found, vec![(30.0, "项".to_string())]);
        // The noun may run on into the verb after it.
        let text = "到2030年，《规划》围绕安全生产、防灾减灾、应急救援、基础保障4个方面设置了主要指标，应急物资储备库达到120个。";
        let found = targets_of(text, |t| (t.value, t.unit));
        assert_eq!(found, vec![(120.0, "个".to_string())]);
    }

    #[test]
    fn the_past_year_a_plan_looks_back_on_sets_no_goal() {
        let text = "一、主要目标\n到2026年，新建光荣院5所。\n过去一年，全市共接收安置退役军人1.6万余人，新建光荣院2所。两年来，累计建成驿站30个。";
        let found = targets_of(text, |t| (t.year, t.value));
        assert_eq!(found, vec![(2026, 5.0)]);
    }

    #[test]
    fn the_months_of_this_year_gone_by_set_no_goal() {
        let text = "今年1至8月，全市共完成食品安全抽检监测4.86万批次，总体合格率为97.8%；力争到2027年，全市食品安全抽检监测总量达到10万批次。";
        let found: Vec<(i32, f64)> = crate::extract::extract_dated(text, Some(2026))
            .targets
            .iter()
            .map(|t| (t.year, t.value))
            .collect();
        assert_eq!(found, vec![(2027, 100_000.0)]);
    }

    #[test]
    fn places_counted_by_what_they_come_to_do_are_the_places_doing_it() {
        let text = "到2028年，全省力争50个县（市、区）基本实现城乡供水一体化。";
        let found = targets_of(text, |t| t.subject.unwrap_or_default());
        assert_eq!(found, ["县（市、区）基本实现城乡供水一体化"]);
    }

    #[test]
    fn a_clause_going_past_the_deadline_sets_no_goal_for_it() {
        let text = "政府提出，在2035年前把可再生能源在发电燃料组合中的比例提升至7.5%至10%，其后逐步提升至15%。";
        let found = targets_of(text, |t| (t.year, t.value));
        assert_eq!(found, vec![(2035, 7.5)]);
    }

    #[test]
    fn a_years_within_gives_way_to_a_common_noun() {
        let text = "到2027年内陆港数量达到25个。力争2026年内建成充电站40座。";
        let found = targets_of(text, |t| (t.year, t.subject.unwrap_or_default()));
        assert_eq!(found[0], (2027, "内陆港数量".to_string()));
        assert_eq!(found[1].0, 2026);
    }

    #[test]
    fn a_rules_condition_is_no_goal() {
        let text =
            "到2028年，新增筹集保障性住房2.4万套。对连续6个月未缴纳租金的，依法依规收回房屋。对客房数量超过14间的民宿，按照旅馆标准落实消防安全要求。";
        let found = targets_of(text, |t| (t.value, t.unit));
        assert_eq!(found, vec![(24_000.0, "套".to_string())]);
    }

    #[test]
    fn the_whole_a_task_is_done_to_is_no_goal() {
        let text = "一、2026年重点任务\n（一）强化监管。对全市58家定点康复机构开展年度绩效评估，在国省干线公路沿线新建充电站40座。";
        let found = targets_of(text, |t| (t.year, t.value, t.unit));
        assert_eq!(found, vec![(2026, 40.0, "座".to_string())]);
    }

    #[test]
    fn a_clause_opening_on_ji_says_the_goal_again() {
        let text =
            "政府的目标是在2030年前把本地海鱼养殖产量提升至每年4,500吨，即2025年产量的约三倍。";
        let found = targets_of(text, |t| (t.value, t.unit));
        assert_eq!(found, vec![(4500.0, "吨".to_string())]);
        // Not 即 opening a word.
        let text = "到2027年，即办件占比达到60%。";
        let found = targets_of(text, |t| (t.value, t.unit));
        assert_eq!(found, vec![(60.0, "%".to_string())]);
    }

    #[test]
    fn nouns_before_and_after_figures() {
        let text = "规划到2020年，建成10家绿色园区、100家绿色工厂，开发1000种绿色产品，大宗工业固废综合利用率保持在70%以上。";
        let targets = extract(text).targets;
        let found: Vec<(f64, &str, &str)> = targets
            .iter()
            .map(|t| {
                let noun = t.subject.as_deref().or(t.metric.as_deref()).unwrap_or("");
                (t.value, t.unit.as_str(), noun)
            })
            .collect();
        assert_eq!(
            found,
            vec![
                (10.0, "家", "绿色园区"),
                (100.0, "家", "绿色工厂"),
                (1000.0, "种", "绿色产品"),
                (70.0, "%", "大宗工业固废综合利用率")
            ]
        );
        assert_eq!(targets[3].bound, Bound::AtLeast);
        assert_eq!(targets[3].kind, TargetKind::Maintain);
    }

    #[test]
    fn small_chinese_numerals_are_targets_only_for_entities() {
        let text = "到2025年，建成两个国家级园区，实现“三个努力建成”，落实四个全面，完成六项主要任务，开展三批试点。";
        let found: Vec<(f64, Option<String>)> = targets_of(text, |t| (t.value, t.subject));
        assert_eq!(found, vec![(2.0, Some("国家级园区".to_string()))]);
    }

    #[test]
    fn elliptical_clauses_take_their_noun_from_the_target_before() {
        let text = "到2025年，全省数字经济核心产业增加值突破1.2万亿元，占GDP比重提高到13%，年均增长10%以上；培育龙头企业1200家，其中国家级100家。";
        let found: Vec<(f64, Option<String>, TargetKind)> =
            targets_of(text, |t| (t.value, t.metric.or(t.subject), t.kind));
        let noun = |s: &str| Some(s.to_string());
        assert_eq!(
            found,
            vec![
                (1.2e12, noun("数字经济核心产业增加值"), TargetKind::Reach),
                (
                    13.0,
                    noun("数字经济核心产业增加值占GDP比重"),
                    TargetKind::Reach
                ),
                (10.0, noun("数字经济核心产业增加值"), TargetKind::Increase),
                (1200.0, noun("龙头企业"), TargetKind::Create),
                (100.0, noun("国家级龙头企业"), TargetKind::Create),
            ]
        );
    }

    #[test]
    fn a_bare_level_due_in_another_year_continues_the_metric() {
        let text = "到2025年，企业研发投入强度达到2.2%，到2027年力争提高到2.5%，达到3%。";
        let found: Vec<(i32, f64, Option<String>)> =
            targets_of(text, |t| (t.year, t.value, t.metric));
        let metric = Some("研发投入强度".to_string());
        assert_eq!(
            found,
            vec![(2025, 2.2, metric.clone()), (2027, 2.5, metric)]
        );
    }

    #[test]
    fn a_baseline_only_qualifies_a_change() {
        let text = "到2027年，与2022年相比，碳排放强度下降12%，产业规模突破3000亿元。";
        let baselines: Vec<Option<String>> = targets_of(text, |t| t.baseline);
        assert_eq!(baselines, vec![Some("2022年".to_string()), None]);
    }

    #[test]
    fn past_results_are_not_targets() {
        assert!(
            extract("2022年，全市规模以上工业单位增加值能耗同比下降7.3%。")
                .targets
                .is_empty()
        );
        assert!(extract("评价结果达到60分以上的，可以申报。")
            .targets
            .is_empty());
        // A condition is no target, even under a year.
        assert!(
            extract("到2025年，评价结果达到60分以上的，可以申报市级绿色工厂。")
                .targets
                .is_empty()
        );
    }

    #[test]
    fn a_span_of_years_is_a_goal_only_of_a_measure_of_time() {
        let found = |text: &str| -> Vec<f64> {
            dated_targets(text, 2026).iter().map(|t| t.value).collect()
        };
        assert_eq!(
            found("到2030年，劳动年龄人口平均受教育年限达到11.5年。"),
            vec![11.5]
        );
        assert!(found("2026年，稳妥推进第二轮土地承包到期后再延长30年试点。").is_empty());
        assert!(found("到2027年，建立一年一体检、五年一评估的城市体检制度。").is_empty());
    }

    #[test]
    fn measures_bounding_a_class_are_no_targets() {
        let text = "到2025年，5岁以下儿童死亡率控制在6‰以内，65岁以上老年人健康管理率达到70%以上并保持稳定。";
        let found: Vec<(f64, String)> = targets_of(text, |t| (t.value, t.unit));
        assert_eq!(found, vec![(6.0, "‰".into()), (70.0, "%".into())]);
        let text =
            "到2025年，培育整车企业8家，其中年产能10万辆以上的企业3家，新增10家以上的龙头企业。";
        let found: Vec<f64> = targets_of(text, |t| t.value);
        assert_eq!(found, vec![8.0, 3.0, 10.0]);
        let text = "到2025年，全省新能源汽车千人保有量达到15辆。";
        let found: Vec<(f64, String)> = targets_of(text, |t| (t.value, t.unit));
        assert_eq!(found, vec![(15.0, "辆".into())]);
        // A bounded span of time before 的 sorts as its own 以上 does; not
        // another measure, a level or a number of events.
        let text = "到2030年，汰换管线2400公里，优先汰换使用年限超过30年的铸铁管，开展不少于10次的应急演练，形成不低于2000PFLOPS的智能算力供给能力，建成不少于500公里的绿道。";
        let found: Vec<(f64, String)> = targets_of(text, |t| (t.value, t.unit));
        assert_eq!(
            found,
            vec![
                (2400.0, "公里".into()),
                (10.0, "次".into()),
                (2000.0, "PFLOPS".into()),
                (500.0, "公里".into())
            ]
        );
    }

    #[test]
    fn the_places_a_goal_of_full_coverage_covers_are_no_goal() {
        let text = "2026年底前，新建村级微型消防站12个，实现全省11个设区市标识解析服务全覆盖。";
        let found: Vec<f64> = targets_of(text, |t| t.value);
        assert_eq!(found, vec![12.0]);
    }

    #[test]
    fn a_restatement_in_brackets_is_no_target() {
        let text = "到2027年，全省氢能产业总产值突破人民币1000亿元(约新台币4400亿元)。";
        let found: Vec<f64> = targets_of(text, |t| t.value);
        assert_eq!(found, vec![1e11]);
    }

    #[test]
    fn years_listed_together_are_distributed_by_respectively() {
        let text = "到2025年、2027年，全市累计建成高标准农田分别达到210万亩、235万亩。";
        let found: Vec<(i32, f64)> = targets_of(text, |t| (t.year, t.value));
        assert_eq!(found, vec![(2025, 2_100_000.0), (2027, 2_350_000.0)]);
    }

    #[test]
    fn the_level_a_change_arrives_at_keeps_its_metric() {
        let text = "到2025年，省内配套率较2020年提高15个百分点、达到55%。";
        let found: Vec<(f64, Option<String>)> = targets_of(text, |t| (t.value, t.metric));
        let metric = Some("省内配套率".to_string());
        assert_eq!(found, vec![(15.0, metric.clone()), (55.0, metric)]);
    }

    #[test]
    fn money_granted_is_no_target() {
        let text = "到2025年，贷款余额达到1500亿元。对入选团队，给予最高1亿元资助，一次性奖励500万元。购买一级能效家电，按售价的20%给予补贴，单件最高不超过2000元。";
        let values: Vec<f64> = extract(text).targets.iter().map(|t| t.value).collect();
        assert_eq!(values, vec![1.5e11]);
        // So is what a voucher cashes or offsets.
        let text = "到2028年，服务企业达到3000家。可使用创新券抵扣认证费用，每家最高5万元；按实际发生服务费用的50%予以兑付。";
        let values: Vec<f64> = extract(text).targets.iter().map(|t| t.value).collect();
        assert_eq!(values, vec![3000.0]);
        // So is how many one may have granted.
        let text = "到2026年，家电以旧换新销售达到30万台。每位消费者每类家电产品限补贴1件，空调产品最多补贴3件。";
        let values: Vec<f64> = extract(text).targets.iter().map(|t| t.value).collect();
        assert_eq!(values, vec![300_000.0]);
        // So is what each one gets of a grant the sentence gave before.
        let text = "到2028年，对在养老机构连续从业满三年的大中专毕业生给予一次性入职补贴，其中本科及以上学历每人2万元、专科每人1.5万元。到2028年，养老护理员达到5000人，每人每月平均工资达到6000元。";
        let values: Vec<f64> = extract(text).targets.iter().map(|t| t.value).collect();
        assert_eq!(values, vec![5000.0, 6000.0]);
    }

    #[test]
    fn a_grant_raised_to_a_level_is_a_target() {
        // The grant word names what is raised; whom or what period it is per
        // is no part of the metric.
        let text = "到2027年，乡村教师生活补助标准提高到人均每月不低于700元，城乡居民医保人均财政补助标准提高到每人每年720元。";
        let read = targets_of(text, |t| (t.value, t.metric));
        assert_eq!(
            read,
            vec![
                (700.0, Some("乡村教师生活补助标准".to_string())),
                (720.0, Some("城乡居民医保人均财政补助标准".to_string())),
            ]
        );
        // Not a cap raised, nor the grant for those a condition names.
        let text = "到2027年，建成加氢站20座。对油氢合建站，补助上限提高至400万元；对留用率达到50%以上的单位，补贴标准提高至每人每月2600元。";
        let values: Vec<f64> = extract(text).targets.iter().map(|t| t.value).collect();
        assert_eq!(values, vec![20.0]);
    }

    #[test]
    fn a_section_of_a_policys_content_is_no_longer_the_year_a_line_told() {
        // 全年 after a past year opened a line is that year's, until a
        // section of tasks or of the policy's content begins.
        let text = "2025年，全省高校毕业生去向落实率达到91.6%。\n二、《若干措施》的主要内容\n全年组织招聘会不少于2000场。";
        let found = crate::extract::extract_dated(text, Some(2026)).targets;
        let read: Vec<(i32, f64)> = found.iter().map(|t| (t.year, t.value)).collect();
        assert_eq!(read, vec![(2026, 2000.0)]);
        // A bulletin's section goes on telling its year.
        let text = "2025年，全省粮食产量达到100万吨。\n二、农业\n全年举办农民培训不少于2000场。";
        assert!(crate::extract::extract_dated(text, Some(2026))
            .targets
            .is_empty());
    }

    #[test]
    fn then_is_the_year_just_named_for_its_own_sentence() {
        let text = "消防处计划于2028年前再增设3间消防局。届时全港消防局将增至85间。此外，当局会增设救护车18部。";
        let found = crate::extract::extract_dated(text, Some(2026)).targets;
        let read: Vec<(i32, f64)> = found.iter().map(|t| (t.year, t.value)).collect();
        assert_eq!(read, vec![(2028, 3.0), (2028, 85.0)]);
    }

    #[test]
    fn a_choice_the_policy_permits_is_no_target() {
        let text = "力争到2027年缴存人数突破5万人，缴存比例可在5%至12%之间自主选择。";
        let values: Vec<f64> = extract(text).targets.iter().map(|t| t.value).collect();
        assert_eq!(values, vec![50000.0]);
    }

    #[test]
    fn days_and_hours_are_units() {
        let text = "到2027年，企业开办时间压缩至0.5个工作日以内，用户年均停电时间下降到1小时以内。";
        let units = targets_of(text, |t| (t.value, t.unit));
        assert_eq!(
            units,
            vec![(0.5, "个工作日".to_string()), (1.0, "小时".to_string())]
        );
    }

    #[test]
    fn a_level_after_a_change_by_a_ratio_takes_its_noun() {
        let text = "到2028年，高新技术企业数量翻一番，达到100家以上。";
        let found = targets_of(text, |t| (t.value, t.subject));
        assert_eq!(found, vec![(100.0, Some("高新技术企业".to_string()))]);
    }

    #[test]
    fn the_level_a_change_starts_from_is_no_target() {
        let text = "到2027年，覆盖率由2024年的83.6%提高到90%，数据集由目前的4300余个增加到2027年的6000个。";
        let found = targets_of(text, |t| {
            (t.value, t.metric.or(t.subject).unwrap_or_default())
        });
        assert_eq!(
            found,
            vec![(90.0, "覆盖率".to_string()), (6000.0, "数据集".to_string())]
        );
    }

    #[test]
    fn a_starting_level_under_a_deadline_gives_neither_its_year_nor_its_figure() {
        let text = "到2030年，全国自来水漏水率将由2025年的12.4%降至10%以下。到2027年，全市新能源汽车保有量从2023年的5万辆增加到20万辆，家政服务从业人员达到50万人，营业收入达到100亿元。";
        let found = targets_of(text, |t| {
            (t.year, t.value, t.metric.or(t.subject).unwrap_or_default())
        });
        assert_eq!(
            found,
            vec![
                (2030, 10.0, "自来水漏水率".to_string()),
                (2027, 200000.0, "全市新能源汽车保有量".to_string()),
                (2027, 500000.0, "家政服务从业人员".to_string()),
                (2027, 1e10, "营业收入".to_string())
            ]
        );
    }

    #[test]
    fn a_figure_sorting_the_things_counted_is_no_goal_of_its_own() {
        let text = "到2028年，打造3个营业收入超千亿元的产业集群，培育5家年产值10亿元以上的企业，\
                    培育年营业收入10亿—50亿元的成长型企业30至40家。";
        let found = targets_of(text, |t| (t.value, t.subject.unwrap_or_default()));
        assert_eq!(found.len(), 3, "{found:?}");
        assert_eq!(found[0].0, 3.0);
        assert!(found[0].1.ends_with("产业集群"), "{found:?}");
        assert_eq!(found[1].0, 5.0);
        assert!(found[1].1.ends_with("企业"), "{found:?}");
        assert_eq!(found[2].0, 30.0);
    }

    #[test]
    fn conditions_limits_and_rules_set_no_goal() {
        // A sum sorting a class, how long one must have worked or may be
        // paid, and a bound set in principle.
        let text = "2026年，雇主提供每月薪资达3万元以上的全时工作，连续雇用满3个月者，每人每月可获得奖励1万2,000元，最长12个月。到2026年，工伤预防费使用比例原则上不超过上年度工伤保险基金征缴收入的3%。到2026年，原则上项目内拆除建筑面积不应大于现状总建筑面积的20%。2026年，单件销售价格不超过6000元的，按销售价格的15%补贴，每类产品可补贴1件，空调产品最多可补贴3件，个人最高可申请30万元贷款。";
        assert_eq!(dated_goals(text, 2026), vec![]);
        // Norms set as a rule or advised; a goal beside them stays.
        let norms = "到2028年，田面宽度一般不小于5米，取水权交易期限一般5年，单次使用时间不宜超过15分钟，工期一般不得超过18个月，一般公共预算收入增长5%。";
        assert_eq!(dated_goals(norms, 2026), vec![(2028, 5.0)]);
        assert_eq!(targets_of(norms, |t| t.unit), vec!["%".to_string()]);
        // 上年度 is a year, not a year and a 度.
        let found = targets_of(
            "2026年计划编列预算15.6亿元，较上年度增加2.1亿元。",
            |t| t.baseline,
        );
        assert_eq!(found[1].as_deref(), Some("上年度"));
    }

    #[test]
    fn the_things_a_rate_is_of_are_no_goal() {
        let text = "到2027年，全市184个乡镇（街道）便民服务中心“一件事”可办率达到90%。到2027年，建成10个示范区，覆盖率达到90%。";
        assert_eq!(
            dated_goals(text, 2026),
            vec![(2027, 90.0), (2027, 10.0), (2027, 90.0)]
        );
        // A list of goals is no rate's subject.
        let list = "到2027年，专精特新企业50家、数字化改造覆盖率达到80%。";
        assert_eq!(dated_goals(list, 2026), vec![(2027, 50.0), (2027, 80.0)]);
    }

    #[test]
    fn a_time_limit_is_a_rule_of_work_unless_a_goal_cuts_it() {
        let text = "到2027年，群众反映的供水问题24小时内响应、72小时内解决，一般问题3个工作日内处置，红色预警信号发布后15分钟内叫应，接到指令后30分钟内出动；审批时间缩短至30天内，力争实现接警后5分钟内到达。";
        let found = targets_of(text, |t| (t.value, t.unit));
        assert_eq!(
            found,
            vec![(30.0, "天".to_string()), (5.0, "分钟".to_string())]
        );
    }

    #[test]
    fn a_floor_set_in_principle_a_level_and_a_shortest_wait_are_goals() {
        let text = "到2027年，每个县（市、区）原则上至少建成1个综合性托育服务中心。到2027年，全市粮食总产量稳定在120万吨以上的水平。到2028年，轮候时间缩短至最长12个月。";
        assert_eq!(
            dated_goals(text, 2026),
            vec![(2027, 1.0), (2027, 1_200_000.0), (2028, 12.0)]
        );
        // Months keep their classifier, as they are written.
        assert_eq!(targets_of(text, |t| t.unit)[2], "个月");
        let metrics = targets_of(text, |t| t.metric);
        assert_eq!(metrics[1].as_deref(), Some("粮食总产量"));
    }
}
