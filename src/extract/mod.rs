//! Extract: targets, counts, citations and standards from cleaned text.
//!
//! The stages, one module each: [`number`] reads quantities, [`clause`]
//! splits sentences and clauses, [`period`] decides which clauses commit
//! to a year, [`phrase`] reads the nouns around a figure with the verbs of
//! [`verbs`], and [`targets`], [`counts`], [`citations`] and [`standards`]
//! build the records; [`lexicon`] indexes their word lists and first-char
//! tests for lookups at every place of a text. All spans are char offsets
//! into the input text.

mod citations;
mod clause;
mod counts;
mod document;
mod lexicon;
pub mod number;
mod period;
mod phrase;
mod standards;
mod table;
mod targets;
mod verbs;

use crate::model::{Citation, Count, Standard, Target};
pub(crate) use citations::{bare_title, names_document_type};
use document::Document;
pub(crate) use number::RANGE_SEPARATORS;
pub(crate) use phrase::ends_in_area_noun;

/// What extraction finds in one document.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub targets: Vec<Target>,
    pub counts: Vec<Count>,
    pub citations: Vec<Citation>,
    pub standards: Vec<Standard>,
}

/// Extracts the structured facts of one cleaned text.
pub fn extract(text: &str) -> Extraction {
    extract_dated(text, None)
}

/// The year of a record's date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`).
fn year_of(date: Option<&str>) -> Option<i32> {
    date?.get(..4)?.parse().ok()
}

/// The year a page was written in, as its 今年 and 全年 name it: its
/// date's, unless its title plans the work of the next year (a 工作要点 for
/// 2027 issued in November 2026, whose 全年 is 2027); without a date (a
/// PDF copy of a plan), the first year of the span its title's plan
/// covers, when the years before it are past and its own are ahead.
pub fn written_in(date: Option<&str>, title: Option<&str>) -> Option<i32> {
    let planned = title.and_then(period::planned_year);
    match year_of(date) {
        Some(dated) if planned == Some(dated + 1) => planned,
        Some(dated) => Some(dated),
        None => period::span_start(title?),
    }
}

/// [`extract`] for a text written in `year` (its publication date's): the
/// year that 今年 in it names, and before which its deadlines have passed.
pub fn extract_dated(text: &str, year: Option<i32>) -> Extraction {
    extract_page(text, None, year)
}

/// Whether a page's `title` names a bulletin (…统计公报, …生态环境状况公报
/// （摘要）), which reports what happened; a government's gazette (…人民政府
/// 公报2026年第5期) prints plans too.
pub fn is_bulletin(title: &str) -> bool {
    let head = title.trim_end_matches(|c| c != '报');
    head.ends_with("公报") && !head.ends_with("政府公报")
}

/// [`extract_dated`] for a page's text under its `title`, which may frame
/// the whole page as a review of work done (…工作取得新成效).
pub fn extract_page(text: &str, title: Option<&str>, year: Option<i32>) -> Extraction {
    let doc = Document::new(text);
    let mut markers = period::markers(&doc.masked);
    if let Some(year) = year {
        period::set_present(&doc.masked, year, &mut markers);
    }
    let sections = period::sections(&doc, &markers, year, title.is_some_and(is_bulletin));
    let scopes = period::scopes(&doc, &markers, year, &sections, title);
    let codes = standards::find(&doc.chars);
    let citations = citations::extract(&doc.chars, &doc.masked, &codes);
    let table_lines = table::Lines::of(text);
    let (mut goals, standing) = table::indicators(&table_lines, year);
    let (series_goals, series_counts) = table::series(&table_lines, year);
    goals.extend(series_goals);
    Extraction {
        targets: {
            let mut targets = with_tables(targets::extract(&doc, &markers, &scopes), goals);
            targets::drop_allocations(&mut targets, title);
            targets
        },
        // After the sentences' counts, whose `parent` indices they keep.
        counts: {
            let mut counts = counts::extract(text, title, year, &doc, &scopes, &sections);
            let (rows, totals) = table::counts(&table_lines);
            counts.extend(rows);
            counts.extend(series_counts);
            // A table's base year and its totals are often told in the
            // text as well.
            let told = |c: &Count| {
                counts
                    .iter()
                    .any(|t| number::same_value(t.value, c.value) && t.unit == c.unit)
            };
            let new: Vec<Count> = standing
                .into_iter()
                .chain(totals)
                .filter(|c| !told(c))
                .collect();
            counts.extend(new);
            counts
        },
        standards: standards::list(&codes, &citations),
        citations,
    }
}

/// Adds the rows of indicator tables to the targets read from sentences,
/// in text order, dropping any sentence reading of a table row and any
/// goal a row restates.
fn with_tables(mut targets: Vec<Target>, rows: Vec<Target>) -> Vec<Target> {
    if rows.is_empty() {
        return targets;
    }
    targets.retain(|t| {
        !rows
            .iter()
            .any(|r| r.sentence == t.sentence.trim() || restates(r, t))
    });
    targets.extend(rows);
    targets.sort_by_key(|t| t.span[0]);
    targets
}

/// Whether the table row `row` states the goal `target` again: a plan
/// often sums up its indicator table in prose (比重达到13%… and a row
/// 比重 | % | 10.2 | 13), with the same year, value and unit, and the
/// row's indicator sharing words with what the sentence measures.
fn restates(row: &Target, target: &Target) -> bool {
    if row.year != target.year
        || row.unit != target.unit
        || !number::same_value(row.value, target.value)
    {
        return false;
    }
    let measured = format!(
        "{}{}",
        target.metric.as_deref().unwrap_or_default(),
        target.subject.as_deref().unwrap_or_default()
    );
    let indicator = row.metric.as_deref().unwrap_or_default();
    // A word in common is not enough (国考断面水质优良比例 and 饮用水水源
    // 水质达标率 share 水质): a third of one's bigrams must be the other's.
    let shared = |a: &str, b: &str| {
        let chars: Vec<char> = a.chars().collect();
        let pairs = chars.len().saturating_sub(1).max(1);
        let found = chars
            .windows(2)
            .filter(|w| b.contains(&w.iter().collect::<String>()))
            .count();
        found > 0 && found * 3 >= pairs
    };
    shared(indicator, &measured) || shared(&measured, indicator)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dateless_plan_is_written_in_the_first_year_it_covers() {
        let plan = Some("湖南省小型水库除险加固攻坚行动方案（2026—2028年）");
        assert_eq!(super::written_in(None, plan), Some(2026));
        // A date wins, and a title without a span names no year.
        assert_eq!(super::written_in(Some("2025-12-30"), plan), Some(2025));
        assert_eq!(super::written_in(None, Some("2025年工作总结")), None);
    }

    #[test]
    fn an_annual_plan_by_its_title_sets_tasks_for_its_year() {
        let text = "一、总体目标\n2026年，全市健康城市建设水平持续提升。到2030年，人均预期寿命达到80.5岁。\n二、重点任务\n（一）营造健康环境\n1. 深化城乡环境卫生整治。完成农村户厕改造1.2万户。";
        let tasks = |title| {
            extract_page(text, title, Some(2026))
                .targets
                .iter()
                .filter(|t| t.value == 12000.0)
                .map(|t| t.year)
                .collect::<Vec<_>>()
        };
        assert_eq!(tasks(Some("绵阳市2026年健康城市建设工作要点")), vec![2026]);
        // Without the title, the tasks serve no year the page names.
        assert_eq!(tasks(None), Vec::<i32>::new());
    }

    #[test]
    fn a_plan_for_next_year_is_written_in_that_year() {
        let points = Some("湖州市2027年经济社会发展工作要点（征求意见稿）");
        assert_eq!(super::written_in(Some("2026-11-12"), points), Some(2027));
        // Issued in its own year, or reviewing a year too, or years ahead.
        assert_eq!(super::written_in(Some("2027-02-01"), points), Some(2027));
        let both = Some("某镇2026年工作总结和2027年工作计划");
        assert_eq!(super::written_in(Some("2026-12-20"), both), Some(2026));
        let far = Some("2030年工作计划");
        assert_eq!(super::written_in(Some("2026-12-20"), far), Some(2026));
        // A notice about next year's work is no plan of it.
        let notice = Some("关于做好2027年元旦春节期间重点工作的通知");
        assert_eq!(super::written_in(Some("2026-12-20"), notice), Some(2026));
    }

    #[test]
    fn a_goal_a_table_restates_is_one_target() {
        let text = "到2027年，数字经济核心产业增加值占地区生产总值比重达到13%，累计建成5G基站5万个，培育领军企业10家。\n主要指标\n序号\t指标名称\t单位\t2023年\t2027年\t指标属性\n1\t数字经济核心产业增加值占地区生产总值比重\t%\t10.2\t13\t预期性\n2\t5G基站数\t万个\t3.1\t5\t预期性\n";
        let found: Vec<(f64, String)> = extract(text)
            .targets
            .into_iter()
            .map(|t| (t.value, t.metric.or(t.subject).unwrap_or_default()))
            .collect();
        // Each restated goal once, as its row says it; the goal the table
        // does not hold stays as the sentence says it.
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found.contains(&(13.0, "数字经济核心产业增加值占地区生产总值比重".into())));
        assert!(found.contains(&(50000.0, "5G基站数".into())));
        assert!(found.contains(&(10.0, "领军企业".into())));
        // A goal of the same figure that shares only a word with a row is
        // another goal.
        let text = "到2027年，国考断面水质优良比例保持100%，县级及以上城市集中式饮用水水源水质达标率保持100%。\n序号\t指标名称\t2025年（基准值）\t2027年\n1\t国考断面水质优良比例（%）\t100\t100\n";
        let found: Vec<String> = extract(text)
            .targets
            .into_iter()
            .map(|t| t.metric.or(t.subject).unwrap_or_default())
            .collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(
            found.iter().any(|m| m.contains("饮用水水源水质达标率")),
            "{found:?}"
        );
    }
}
