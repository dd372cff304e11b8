//! Indicator tables (主要指标表): goals given as rows under a header that
//! names years, as they arrive in text, one row per line with cells
//! separated by tabs or `|`:
//!
//! ```text
//! 指标 | 单位 | 2020年 | 2025年 | 属性
//! 单位工业增加值能耗下降 | % | — | 13.5 | 约束性
//! ```
//!
//! or by spaces, as a table copied out of a web page or a PDF often is
//! (`1 新能源产业营业收入 亿元 2860 3500 5700 预期性`), where a row ends
//! the table unless it has as many cells as the header.
//!
//! Each data row gives a target for every year column that is a goal: one
//! after the document's own year, or, when that is unknown, every one
//! after the first (the baseline); one whose header says 目标 always. Its
//! unit comes from the 单位 column, else from the indicator's name
//! (`森林覆盖率（%）`), and its metric from the 指标 column, else from the
//! first cell that is neither a serial number nor a category. The column
//! where things stood when the table was written (its base year's) gives
//! counts, of the rows that count things or measure a stock.

use super::number::{self, Numeral};
use crate::model::{Bound, Count, Target, TargetKind};

/// What separates the cells of a table's rows.
#[derive(Clone, Copy, PartialEq)]
enum Separator {
    Tab,
    /// `|` or `｜`.
    Bar,
    /// A run of white space.
    Spaces,
}

impl Separator {
    /// The separator of a row: tabs, else bars, else spaces.
    fn of(line: &str) -> Option<Separator> {
        if line.contains('\t') {
            Some(Separator::Tab)
        } else if line.contains('|') || line.contains('｜') {
            Some(Separator::Bar)
        } else if crate::text::has_whitespace(line.trim()) {
            Some(Separator::Spaces)
        } else {
            None
        }
    }

    fn is(self, c: char) -> bool {
        match self {
            Separator::Tab => c == '\t',
            Separator::Bar => matches!(c, '|' | '｜'),
            Separator::Spaces => c.is_whitespace(),
        }
    }
}

/// A page's lines as the three table readers walk them, each with its
/// char offset and its separator, found once for all three: most lines
/// have none, and are neither a header nor a row.
pub struct Lines<'t>(Vec<Line<'t>>);

struct Line<'t> {
    text: &'t str,
    /// Char offset of the line in the page.
    offset: usize,
    separator: Option<Separator>,
}

impl<'t> Lines<'t> {
    pub fn of(text: &'t str) -> Self {
        let mut offset = 0;
        let lines = text
            .split('\n')
            .map(|line| {
                let at = offset;
                offset += line.chars().count() + 1;
                Line {
                    text: line,
                    offset: at,
                    separator: Separator::of(line),
                }
            })
            .collect();
        Lines(lines)
    }
}

/// The layout of a table, read from its header row.
struct Header {
    separator: Separator,
    cells: usize,
    metric: Option<usize>,
    unit: Option<usize>,
    /// Target columns with their years.
    years: Vec<(usize, i32)>,
    /// The column of where things stood when the table was written: the
    /// last year column before the goals (2025年（基期值）).
    standing: Option<usize>,
    /// Columns never naming the metric (序号, 类别, 属性).
    skip: Vec<usize>,
}

impl Header {
    /// The cells of a data row under this header: as many as it has, or
    /// one fewer where the row shares its first cell (a category, 经济发展)
    /// with the row above, merged as a web page merges it.
    fn row_cells<'l>(&self, line: &'l str) -> Option<Vec<&'l str>> {
        let mut cells = split(line, self.separator)?;
        if cells.len() + 1 == self.cells && self.cells >= 4 {
            cells.insert(0, "");
        }
        (cells.len() == self.cells).then_some(cells)
    }
}

/// What the indicator tables in `text`, written in `present` (when
/// known), give, in text order: their goals, and the counts of the column
/// where things stood when they were written (its base year's, 2025年
/// （基期值） in a table of goals for 2027), one for each row whose unit
/// counts things or measures a stock and whose indicator is no change or
/// share.
pub fn indicators(lines: &Lines, present: Option<i32>) -> (Vec<Target>, Vec<Count>) {
    let (mut targets, mut counts) = (Vec::new(), Vec::new());
    each_row(
        lines,
        |line, separator, caption| read_header(line, separator, caption, present),
        Header::row_cells,
        |h, cells, line, offset| {
            targets.extend(row(h, cells, line, offset));
            counts.extend(standing_count(h, cells, line, offset));
        },
    );
    (targets, counts)
}

/// Walks the rows of every table in `lines`: a line with a separator that
/// `read_header` reads (given the line above it, which may be the table's
/// caption) opens a table, and its rows run while `cells` splits them;
/// `row` gets each with the line and its char offset.
fn each_row<H>(
    lines: &Lines,
    mut read_header: impl FnMut(&str, Separator, &str) -> Option<H>,
    cells: impl for<'l> Fn(&H, &'l str) -> Option<Vec<&'l str>>,
    mut row: impl FnMut(&H, &[&str], &str, usize),
) {
    let mut header: Option<H> = None;
    let mut above = "";
    for line in &lines.0 {
        let caption = std::mem::replace(&mut above, line.text);
        if let Some(h) = line
            .separator
            .and_then(|separator| read_header(line.text, separator, caption))
        {
            header = Some(h);
        } else if let Some(h) = &header {
            match cells(h, line.text) {
                Some(cells) => row(h, &cells, line.text, line.offset),
                None => header = None,
            }
        }
    }
}

/// A table of figures whose columns name their units (`学校类别 | 学校数(所)
/// | 在校学生(万人)`), as a statistics bulletin tabulates what exists: each
/// row counts the things its first cell names, in every column whose unit
/// counts things or measures another stock.
struct CountHeader {
    separator: Separator,
    cells: usize,
    columns: Vec<CountColumn>,
}

/// One column of a table of figures that counts.
struct CountColumn {
    index: usize,
    /// The column's name without its unit (学校数, 在校学生).
    name: String,
    /// The unit as the header writes it (所, 万人).
    unit: String,
    /// Whether the unit counts things (所), so a fraction is no count;
    /// else it measures another stock (公里, 千瓦).
    counts_things: bool,
}

impl CountHeader {
    /// The cells of a data row under this header: as many as it has.
    fn row_cells<'l>(&self, line: &'l str) -> Option<Vec<&'l str>> {
        split_cells(line, self.separator, 2).filter(|cells| cells.len() == self.cells)
    }
}

/// Extracts the counts of every table of figures in `text`, in text
/// order: those of its rows, and apart those of its total rows (合计),
/// which a bulletin has most often told in its text already.
pub fn counts(lines: &Lines) -> (Vec<Count>, Vec<Count>) {
    let (mut rows, mut totals) = (Vec::new(), Vec::new());
    each_row(
        lines,
        |line, separator, caption| {
            // (The caption is read only over a header: most lines are none.)
            read_count_header(line, separator).filter(|_| !plans_tasks(caption))
        },
        CountHeader::row_cells,
        |h, cells, line, offset| {
            let out = if is_total(cells[0]) {
                &mut totals
            } else {
                &mut rows
            };
            out.extend(count_row(h, cells, line, offset));
        },
    );
    (rows, totals)
}

/// Whether a table's caption sets a year's goals or tasks (2026年各区口袋公园
/// 和绿道建设任务分解表, 各区年度任务分解如下, 各区要对照下表任务…, 各县
/// 治理任务见下表): the table plans what it lists. (Not every caption naming
/// 任务: 各区任务完成率.) Only a sentence naming goals or tasks is read for
/// a look back: another (…结合本区城中村分布情况) tells nothing of the table.
fn plans_tasks(caption: &str) -> bool {
    const TASK_LISTS: [&str; 4] = ["任务分解", "年度任务", "目标任务", "下表"];
    const GOAL_WORDS: [&str; 4] = ["目标", "任务", "指标", "计划"];
    (caption_year(caption).is_some() || TASK_LISTS.iter().any(|w| caption.contains(w)))
        && caption
            .split_inclusive(['。', '；'])
            .filter(|sentence| GOAL_WORDS.iter().any(|w| sentence.contains(w)))
            .any(|sentence| !super::period::looks_back(sentence) && !sentence.contains("完成率"))
}

/// A header row of a table of figures: a label column first, then columns
/// whose names end in a unit that counts things, and no year columns
/// (those are [`Header`]'s).
fn read_count_header(line: &str, separator: Separator) -> Option<CountHeader> {
    let cells = split_cells(line, separator, 2)?;
    // Spaces also separate the words of prose: a header set with them has
    // short cells, and more than one of them names its unit.
    let spaced = separator == Separator::Spaces;
    if spaced && cells.iter().any(|cell| cell.chars().count() > 10) {
        return None;
    }
    let names_year = |c: &str| {
        c.get(..4)
            .and_then(|y| y.parse::<i32>().ok())
            .is_some_and(|y| (1990..=2100).contains(&y))
    };
    if cells.iter().any(|c| names_year(c)) || unit_in_name(cells[0]).is_some() {
        return None;
    }
    let mut columns: Vec<CountColumn> = cells
        .iter()
        .enumerate()
        .skip(1)
        .filter_map(|(index, cell)| {
            let (name, unit) = unit_in_name(cell)?;
            let q = number::unit_alone(unit)?;
            (q.counts_things() || q.measures_stock()).then(|| CountColumn {
                index,
                name: name.to_string(),
                unit: unit.to_string(),
                counts_things: q.counts_things(),
            })
        })
        .collect();
    if columns.len() < if spaced { 2 } else { 1 } {
        return None;
    }
    // (A column of changes still shows the row is a header.)
    columns.retain(|column| !names_change(&column.name));
    Some(CountHeader {
        separator,
        cells: cells.len(),
        columns,
    })
}

/// Whether a column's name says how a figure changed rather than where
/// it stands (比上年末增加（家）, 增减（个）, 同比增长（人）): a change
/// counts nothing that exists.
fn names_change(name: &str) -> bool {
    const CHANGES: [&str; 5] = ["比上", "同比", "较上", "增减", "减少"];
    CHANGES.iter().any(|w| name.contains(w))
        || name.starts_with("增长")
        // (Not 增加值, value added: a level.)
        || name.contains("增加") && !name.contains("增加值")
}

/// Whether a row's label makes it the sum of the rows above (合计, 总计,
/// 小计).
fn is_total(label: &str) -> bool {
    matches!(
        label.trim(),
        "合计" | "总计" | "小计" | "总数" | "合 计" | "总 计"
    )
}

/// The counts of one row of a table of figures. A column named for a
/// number (学校数, 企业数量) counts the row's things themselves; another
/// (在校学生) counts what the row's things have.
fn count_row(header: &CountHeader, cells: &[&str], line: &str, offset: usize) -> Vec<Count> {
    let label = cells[0];
    if label.is_empty() || label.starts_with(|c: char| c.is_ascii_digit()) {
        return Vec::new();
    }
    header
        .columns
        .iter()
        .filter_map(|column| {
            let cell = cells[column.index];
            let (value, _, unit, Bound::Exact) = value(cell, &column.unit)? else {
                return None;
            };
            if column.counts_things && !number::is_whole(value) {
                return None;
            }
            let own = column.name.ends_with('数') || column.name.ends_with("数量");
            let subject = if own {
                label.to_string()
            } else {
                format!("{label}{}", column.name)
            };
            Some(cell_count(
                value,
                unit,
                &column.unit,
                subject,
                cell,
                line,
                offset,
            ))
        })
        .collect()
}

/// A table of yearly figures (`年份　标准专利　商标` over `2025年　16,015宗
/// 41,275宗`), as a reply to a legislator tabulates the last few years: its
/// columns name what is counted, its rows the years, each cell carrying
/// its own unit.
struct SeriesHeader {
    /// Which table of the text this is, to pick each one's row.
    table: usize,
    /// Whether its caption sets tasks ([`plans_tasks`]).
    plans: bool,
    separator: Separator,
    /// The header's cells: 年份, then the names of what is counted.
    names: Vec<String>,
    /// The unit each name counts by in its own words (山火召唤宗数: 宗), if any.
    units: Vec<&'static str>,
}

impl SeriesHeader {
    /// The cells of a year's row under this header: as many as it has.
    fn row_cells<'l>(&self, line: &'l str) -> Option<Vec<&'l str>> {
        split_cells(line, self.separator, 3).filter(|cells| cells.len() == self.names.len())
    }
}

/// The goals and counts of every table of yearly figures in `text`,
/// written in `present` (when known), in text order. Under a caption
/// setting tasks (各区县按照下表明确的年度任务组织实施：), or in a row of a
/// year still to come, each row sets that year's goals. Of the other rows,
/// each table's latest year not after the page's own says where things
/// stand; earlier rows are history.
pub fn series(lines: &Lines, present: Option<i32>) -> (Vec<Target>, Vec<Count>) {
    let mut tables = 0;
    let mut rows: Vec<(usize, i32, Vec<Count>)> = Vec::new();
    let mut goals = Vec::new();
    each_row(
        lines,
        |line, separator, caption| {
            // (The caption is read only over a header: most lines are none.)
            let header = read_series_header(line, separator, tables, || plans_tasks(caption))?;
            tables += 1;
            Some(header)
        },
        SeriesHeader::row_cells,
        |h, cells, line, offset| {
            let Some(year) = row_year(cells[0]) else {
                return;
            };
            if h.plans || present.is_some_and(|p| year > p) {
                goals.extend(series_goals(h, year, cells, line, offset));
            } else {
                rows.push((h.table, year, series_row(h, cells, line, offset)));
            }
        },
    );
    let latest = |table: usize| {
        rows.iter()
            .filter(|&&(t, year, _)| t == table && present.is_none_or(|p| year <= p))
            .map(|&(_, year, _)| year)
            .max()
    };
    let picked: Vec<bool> = rows
        .iter()
        .map(|&(table, year, _)| latest(table) == Some(year))
        .collect();
    let counts = rows
        .into_iter()
        .zip(picked)
        .filter(|(_, picked)| *picked)
        .flat_map(|((_, _, counts), _)| counts)
        .collect();
    (goals, counts)
}

/// A header row of a table of yearly figures: 年份 (or 年度) first, then at
/// least two short names with no figure in them. A name may give its unit
/// (焚毁植被面积（公顷）), but only cells that write their own are read
/// ([`series_row`]): figures in units only the header gives (年度　建设任务
/// （万亩）　2026年　12.5) are a plan's tasks or history as often as where
/// things stand.
fn read_series_header(
    line: &str,
    separator: Separator,
    table: usize,
    plans: impl FnOnce() -> bool,
) -> Option<SeriesHeader> {
    let cells = split_cells(line, separator, 3)?;
    let named = |c: &&str| {
        (1..=MOST_SERIES_NAME_CHARS).contains(&c.chars().count())
            && !c.contains(|c: char| c.is_ascii_digit())
    };
    (matches!(cells[0], "年份" | "年度") && cells[1..].iter().all(named)).then(|| SeriesHeader {
        table,
        plans: plans(),
        separator,
        names: cells
            .iter()
            .map(|c| unit_in_name(c).map_or(*c, |(name, _)| name).to_string())
            .collect(),
        units: cells.iter().map(|c| counted_by(c).unwrap_or("")).collect(),
    })
}

/// The unit a column's name counts by, as a number of its units (山火召唤
/// 宗数, 受助人数, 检查次数): its figures are whole things that happened or
/// exist, whatever cell writes no unit.
fn counted_by(name: &str) -> Option<&'static str> {
    const COUNTING_UNITS: [&str; 9] = ["宗", "人", "次", "个", "家", "起", "名", "件", "项"];
    let counted = name.strip_suffix('数')?;
    COUNTING_UNITS.into_iter().find(|u| counted.ends_with(u))
}

/// The longest name of a column of yearly figures (标准专利, 商标,
/// 怀疑人为因素引致的个案).
const MOST_SERIES_NAME_CHARS: usize = 12;

/// The year a row of yearly figures is for (2025年, 2025年度, 2025).
fn row_year(cell: &str) -> Option<i32> {
    let digits = cell.trim_end_matches('度').trim_end_matches('年');
    let year: i32 = digits.parse().ok().filter(|_| digits.len() == 4)?;
    (1990..=2100).contains(&year).then_some(year)
}

/// The counts of one year's row: every cell whose unit counts things (a
/// whole number of them) or measures another stock, of what its column
/// names.
fn series_row(header: &SeriesHeader, cells: &[&str], line: &str, offset: usize) -> Vec<Count> {
    cells
        .iter()
        .zip(header.names.iter().zip(&header.units))
        .skip(1)
        .filter_map(|(&cell, (name, header_unit))| {
            // (A cell writing its own unit keeps it.)
            let bare = cell
                .chars()
                .all(|c| c.is_ascii_digit() || ",. ".contains(c));
            let (value, _, unit, Bound::Exact) = value(cell, if bare { header_unit } else { "" })?
            else {
                return None;
            };
            counts_or_holds(value, &unit)
                .then(|| cell_count(value, unit, "", name.clone(), cell, line, offset))
        })
        .collect()
}

/// The goals one year's row sets: every cell giving a figure in a unit
/// of its own (2万个, 180个), for what its column names. (Bare figures under
/// units the header names, 新建（座）, are as often a plan's breakdown of a
/// goal it told already.)
fn series_goals(
    header: &SeriesHeader,
    year: i32,
    cells: &[&str],
    line: &str,
    offset: usize,
) -> Vec<Target> {
    cells
        .iter()
        .zip(&header.names)
        .skip(1)
        .filter_map(|(&cell, name)| {
            cell_goal(year, name, cell, "", line, offset).filter(|goal| !goal.unit.is_empty())
        })
        .collect()
}

/// Splits a line into trimmed cells when it has at least three.
fn split(line: &str, separator: Separator) -> Option<Vec<&str>> {
    split_cells(line, separator, 3)
}

/// Splits a line into trimmed cells when it has at least `least`. Each
/// cell is a slice of `line` ([`cell_start`] relies on it).
fn split_cells(line: &str, separator: Separator, least: usize) -> Option<Vec<&str>> {
    let cells: Vec<&str> = line
        .trim()
        .trim_matches(|c| separator.is(c))
        .split(|c| separator.is(c))
        .map(str::trim)
        .filter(|cell| separator != Separator::Spaces || !cell.is_empty())
        .collect();
    (cells.len() >= least.max(2)).then_some(cells)
}

/// A header row: cells naming an indicator column or a unit column, and
/// year columns of which at least one is a target; or a column of goals
/// (目标值) under a caption that names their year (2026年…主要目标任务).
fn read_header(
    line: &str,
    separator: Separator,
    caption: &str,
    present: Option<i32>,
) -> Option<Header> {
    let cells = split(line, separator)?;
    let mut metric = None;
    let mut unit = None;
    let mut years = Vec::new();
    let mut skip = Vec::new();
    for (i, cell) in cells.iter().enumerate() {
        if matches!(*cell, "单位" | "计量单位") {
            unit = Some(i);
        } else if let Some((year, label)) = header_year(cell) {
            years.push((i, year, label));
        } else if cell.contains("属性") || matches!(*cell, "序号" | "类别" | "领域" | "分类")
        {
            skip.push(i);
        } else if metric.is_none() && cell.contains("指标") {
            metric = Some(i);
        }
    }
    if metric.is_none() && unit.is_none() {
        return None;
    }
    // A column of goals takes its year from the caption, unless the caption
    // reviews that year or the year is over (主要指标完成情况如下 under a
    // report of 2025 written in 2026: goals that were met or not, no more;
    // 2026年重点任务安排情况表 still plans).
    if years.is_empty() {
        let goals = cells
            .iter()
            .position(|c| matches!(*c, "目标值" | "目标" | "预期目标" | "年度目标"));
        let reviews = ["完成情况", "执行情况", "进展情况", "回顾", "总结", "成效"]
            .iter()
            .any(|w| caption.contains(w));
        let year =
            caption_year(caption).filter(|&year| !reviews && present.is_none_or(|p| year >= p));
        if let Some((i, year)) = goals.zip(year) {
            years.push((i, year, YearLabel::Goal));
        }
    }
    // Spaces also separate the words of prose: a header set with them has
    // short cells and names several years, or one under both an indicator
    // and a unit column (序号　指标名称　单位　2026年目标).
    let labelled = metric.is_some() && unit.is_some();
    if separator == Separator::Spaces
        && (years.is_empty()
            || years.len() < 2 && !labelled
            || cells.iter().any(|cell| cell.chars().count() > 10))
    {
        return None;
    }
    // A column of goals for a year already over (2025年目标 beside 2025年完成
    // in a report of 2026) recalls what was committed then: no goal now,
    // nor where things stand.
    years.retain(|&(_, year, label)| label != YearLabel::Goal || present.is_none_or(|p| year >= p));
    // A column labelled the base year (2024年（基期）, 2025年完成) is where
    // things stand, and every year after it a goal. Otherwise a year before the
    // document's own is where things stood and its own year and later are
    // goals (a plan of 2025 with columns 2024, 2025, 2027: the year's
    // figures are not in while it runs); without its date, the first year
    // column is where things stand.
    let base = years
        .iter()
        .rposition(|&(_, _, label)| label == YearLabel::Base);
    let (goals, stood): (Vec<_>, Vec<_>) =
        years
            .iter()
            .enumerate()
            .partition(|(k, (_, year, label))| match base {
                // (A column labelled a goal for the base's year or later is
                // one before the base too: 2025年目标 beside 2025年完成,
                // written in 2025.)
                Some(base) => k > &base || *label == YearLabel::Goal && *year >= years[base].1,
                None => {
                    *label == YearLabel::Goal
                        || match present {
                            Some(present) => *year >= present,
                            None => *k > 0 && *year > years[0].1,
                        }
                }
            });
    let goals: Vec<(usize, i32)> = goals.iter().map(|(_, &(i, year, _))| (i, year)).collect();
    (!goals.is_empty()).then_some(Header {
        separator,
        cells: cells.len(),
        metric,
        unit,
        years: goals,
        standing: stood.last().map(|(_, &(i, _, _))| i),
        skip,
    })
}

/// The year a table's caption sets its goals for (2026年公园绿地建设主要目标任务).
fn caption_year(caption: &str) -> Option<i32> {
    let names_goals = ["目标", "任务", "指标", "计划"]
        .iter()
        .any(|w| caption.contains(w));
    let at = caption.find('年')?;
    let digits = &caption[..at];
    let year = digits.get(digits.len().checked_sub(4)?..)?;
    names_goals
        .then(|| year.parse().ok())
        .flatten()
        .filter(|y| (1990..=2100).contains(y))
}

/// What a year column's header says its figures are.
#[derive(Clone, Copy, PartialEq)]
enum YearLabel {
    /// Only the year (2025年): a goal or where things stand, by the date.
    Plain,
    /// 2025年目标值, 2027年（预期）.
    Goal,
    /// 2024年（基期）, 2025年现状值, 2025年完成情况: where things stand.
    Base,
}

/// The year a header cell names, and its label: 2025, 2025年, 2025年目标
/// (值), 2025年目标值, 2024年（基期值）, or the label first and the year in
/// brackets (目标年（2035年）, 基期年（2020年）).
fn header_year(cell: &str) -> Option<(i32, YearLabel)> {
    let brackets = ['（', '('];
    let (digits, rest) = match cell.split_once(brackets) {
        Some((label, year))
            if !label.is_empty() && !label.starts_with(|c: char| c.is_ascii_digit()) =>
        {
            let year = year.trim_end_matches(['）', ')']);
            (
                year.strip_suffix('年').unwrap_or(year),
                label.trim_end_matches('年'),
            )
        }
        _ => {
            let digits = cell.len() - cell.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            let rest = &cell[digits..];
            let rest = rest.strip_prefix('年').unwrap_or(rest);
            (
                &cell[..digits],
                rest.trim_start_matches(brackets)
                    .trim_end_matches(['）', ')']),
            )
        }
    };
    let year: i32 = digits.parse().ok().filter(|_| digits.len() == 4)?;
    let label = match rest {
        "" => YearLabel::Plain,
        "目标" | "目标值" | "预期" | "预期值" | "规划" | "规划目标" | "规划值" => {
            YearLabel::Goal
        }
        "基期" | "基期值" | "基数" | "基数值" | "基准" | "基准值" | "现状" | "现状值" | "实际"
        | "实际值" | "完成值" | "完成" | "实际完成" | "完成情况" | "完成数" => {
            YearLabel::Base
        }
        _ => return None,
    };
    (1990..=2100).contains(&year).then_some((year, label))
}

/// A data row's indicator and unit: from the 指标 column, else the first
/// cell that is neither a serial number, a category nor a figure; the unit
/// from the 单位 column, else from the indicator's name (`森林覆盖率（%）`).
fn indicator<'r>(header: &Header, cells: &[&'r str]) -> Option<(&'r str, &'r str)> {
    let figures =
        |i: &usize| header.years.iter().any(|(y, _)| y == i) || header.standing == Some(*i);
    let metric = header
        .metric
        .or_else(|| {
            (0..cells.len()).find(|i| {
                !header.skip.contains(i)
                    && Some(*i) != header.unit
                    && !figures(i)
                    && !cells[*i].chars().all(|c| c.is_ascii_digit() || c == '.')
            })
        })
        .map(|i| cells[i])
        .filter(|m| !m.is_empty() && !m.chars().all(|c| c.is_ascii_digit()))?;
    let unit = unit_cell(header.unit.map_or("", |i| cells[i]));
    Some(match unit_in_name(metric) {
        Some((name, named)) if unit.is_empty() => (name, named),
        _ => (metric, unit),
    })
}

/// A unit column's unit without the brackets around it (（万人）) or the
/// alternative measure word bracketed after it (套（间）: 套).
fn unit_cell(cell: &str) -> &str {
    const OPENS: [char; 2] = ['（', '('];
    const CLOSES: [char; 2] = ['）', ')'];
    let unit = cell
        .strip_prefix(OPENS)
        .and_then(|inner| inner.strip_suffix(CLOSES))
        .unwrap_or(cell);
    // (Not the bracket of a compound unit: 升/（人·日）.)
    let alternative = |open: usize| {
        let inner = &unit[open..];
        let words = inner.chars().filter(|&c| crate::lm::is_han(c)).count();
        (1..=2).contains(&words) && inner.chars().count() == words + 2
    };
    match unit.find(OPENS) {
        Some(open) if open > 0 && unit.ends_with(CLOSES) && alternative(open) => &unit[..open],
        _ => unit,
    }
}

/// The count a data row gives in its table's standing column, when its
/// unit counts things (a whole number of them) or measures a stock, and
/// its indicator names no change, share or rate (下降, 占比, 率, 人均),
/// nor a year's flow (产量, 回收量: a 量 that is no 累计, 保有量, 容量 or
/// 存量).
fn standing_count(header: &Header, cells: &[&str], line: &str, offset: usize) -> Option<Count> {
    const NOT_STOCKS: &[&str] = &[
        "下降", "降低", "增长", "提高", "增加", "减少", "占", "比重", "率", "人均", "每",
    ];
    let (metric, unit) = indicator(header, cells)?;
    let flow = metric.ends_with('量')
        && !["累计", "保有", "容量", "存量"]
            .iter()
            .any(|w| metric.contains(w));
    if flow || NOT_STOCKS.iter().any(|w| metric.contains(w)) {
        return None;
    }
    let metric = metric
        .trim_start_matches("其中")
        .trim_start_matches([':', '：']);
    let cell = cells[header.standing?];
    let (value, None, canonical, Bound::Exact) = value(cell, unit)? else {
        return None;
    };
    counts_or_holds(value, &canonical).then(|| {
        cell_count(
            value,
            canonical,
            unit,
            metric.to_string(),
            cell,
            line,
            offset,
        )
    })
}

/// Whether a table's figure in `unit` (as the number grammar reads it)
/// counts things, a whole number of them, or measures another stock.
fn counts_or_holds(value: f64, unit: &str) -> bool {
    number::unit_alone(unit)
        .is_some_and(|q| q.counts_things() && number::is_whole(value) || q.measures_stock())
}

/// The count of `subject` that a table's `cell` gives (`value` in `unit`,
/// written as the cell and the `written_unit` its header gave it), in a
/// row `line` that starts at char `offset`.
fn cell_count(
    value: f64,
    unit: String,
    written_unit: &str,
    subject: String,
    cell: &str,
    line: &str,
    offset: usize,
) -> Count {
    let start = offset + cell_start(line, cell);
    Count {
        value,
        unit,
        value_text: format!("{cell}{written_unit}"),
        subject: Some(subject),
        qualifier: None,
        scope: None,
        parent: None,
        sentence: line.trim().to_string(),
        span: [start, start + cell.chars().count()],
    }
}

/// The targets of one data row.
fn row(header: &Header, cells: &[&str], line: &str, offset: usize) -> Vec<Target> {
    let Some((metric, unit)) = indicator(header, cells) else {
        return Vec::new();
    };
    header
        .years
        .iter()
        .filter_map(|&(i, year)| cell_goal(year, metric, cells[i], unit, line, offset))
        .collect()
}

/// The goal for `year` that a table's `cell` sets for `metric`, read with
/// the row's `unit`, in a row `line` that starts at char `offset`.
fn cell_goal(
    year: i32,
    metric: &str,
    cell: &str,
    unit: &str,
    line: &str,
    offset: usize,
) -> Option<Target> {
    let (value, value_max, unit, bound) = value(cell, unit)?;
    let start = offset + cell_start(line, cell);
    Some(Target {
        year,
        value,
        value_max,
        unit,
        value_text: cell.to_string(),
        bound,
        kind: metric_kind(metric),
        metric: Some(metric.to_string()),
        subject: None,
        baseline: None,
        sentence: line.trim().to_string(),
        span: [start, start + cell.chars().count()],
    })
}

/// What a goal for an indicator does, by its name: a fall (能耗下降), a
/// rise (增长, 提高), else a level to reach.
fn metric_kind(metric: &str) -> TargetKind {
    if metric.contains("下降") || metric.contains("降低") {
        TargetKind::Decrease
    } else if metric.contains("增长") || metric.contains("提高") {
        TargetKind::Increase
    } else {
        TargetKind::Reach
    }
}

/// An indicator's name without the unit it ends with in brackets, and
/// that unit: `森林蓄积量（亿立方米）`, `最小技术出力（%额定负荷）` (a share
/// of what the words after it name). A bracket that names no unit
/// (`电能利用效率（PUE）`) is part of the name.
fn unit_in_name(name: &str) -> Option<(&str, &str)> {
    let inner = name.strip_suffix(['）', ')'])?;
    let open = inner.rfind(['（', '('])?;
    let unit = inner[open..].trim_start_matches(['（', '(']);
    // (A note may follow the unit: 省级美丽幸福河湖（条，累计）.)
    let unit = unit.split(['，', ',']).next().unwrap_or(unit);
    let unit = match unit.strip_prefix('%') {
        Some(of) if of.chars().all(crate::lm::is_han) => "%",
        _ => unit,
    };
    // (A classifier with its noun, 二次供水设施改造（个小区）: the classifier
    // counts.)
    let classifier = || {
        let first = unit.chars().next()?;
        let (classifier, noun) = unit.split_at(first.len_utf8());
        let counts = number::unit_alone(classifier).is_some_and(|q| q.counts_things());
        (counts && (1..=4).contains(&noun.chars().count()) && noun.chars().all(crate::lm::is_han))
            .then_some(classifier)
    };
    let unit = number::unit_alone(unit).map(|_| unit).or_else(classifier)?;
    Some((inner[..open].trim_end(), unit))
}

/// The char offset in `line` of `cell`, a slice of it.
fn cell_start(line: &str, cell: &str) -> usize {
    let byte = cell.as_ptr() as usize - line.as_ptr() as usize;
    line[..byte].chars().count()
}

/// Reads a value cell with the row's unit: 13.5, 95以上, ≥95, [13.5] (a
/// cumulative figure), 65-70. Dashes and words give nothing.
fn value(cell: &str, unit: &str) -> Option<(f64, Option<f64>, String, Bound)> {
    let mut bound = Bound::Exact;
    let mut core = cell.trim_matches(['[', ']', '〔', '〕', '【', '】', '［', '］']);
    for (prefix, b) in [
        ("≥", Bound::AtLeast),
        (">", Bound::AtLeast),
        ("＞", Bound::AtLeast),
        ("≤", Bound::AtMost),
        ("<", Bound::AtMost),
        ("＜", Bound::AtMost),
    ] {
        if let Some(rest) = core.strip_prefix(prefix) {
            core = rest;
            bound = b;
        }
    }
    // The number grammar's bound words, longest first (及以上 before 以上).
    if let Some((rest, b)) = super::number::BOUND_SUFFIXES
        .iter()
        .find_map(|&(suffix, b)| Some((core.strip_suffix(suffix)?, b)))
    {
        core = rest;
        bound = b;
    }
    let core = core.trim();
    // A cell may open with its goal's bound or verb (不低于180万吨,
    // 稳定在48.5万吨以上), which only a figure may follow.
    let digit_first = core.starts_with(|c: char| c.is_ascii_digit());
    let written: Vec<char> = format!("{core}{unit}").chars().collect();
    // (Not a change: 下降3%, 新增5家 are no levels.)
    let opens_figure = |q: &number::Quantity| {
        q.start == 0
            || !digit_first
                && super::verbs::VERB_INDEX
                    .ending_at(&written, q.start)
                    .any(|(verb, kind)| {
                        verb.chars().count() == q.start
                            && matches!(kind, TargetKind::Reach | TargetKind::Maintain)
                    })
    };
    let quantity = number::scan(&written)
        .into_iter()
        .find(|q| opens_figure(q) && q.numeral != Numeral::Chinese);
    match quantity {
        Some(q) if q.end == written.len() && !q.unit.is_empty() => {
            let bound = if bound == Bound::Exact {
                q.bound
            } else {
                bound
            };
            Some((q.value, q.value_max, q.unit.to_string(), bound))
        }
        _ if digit_first => {
            let value: f64 = core.parse().ok()?;
            Some((value, None, unit.to_string(), bound))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::{extract, extract_dated};
    use crate::model::{Bound, TargetKind};

    #[test]
    fn a_unit_cell_is_its_unit_without_brackets_or_alternative() {
        for (cell, unit) in [
            ("（万人）", "万人"),
            ("套（间）", "套"),
            ("（套（间））", "套"),
            ("个", "个"),
            ("升/（人·日）", "升/（人·日）"),
        ] {
            assert_eq!(super::unit_cell(cell), unit, "{cell}");
        }
    }

    fn found(text: &str) -> Vec<(i32, f64, String, String)> {
        found_dated(text, None)
    }

    fn found_dated(text: &str, year: Option<i32>) -> Vec<(i32, f64, String, String)> {
        extract_dated(text, year)
            .targets
            .into_iter()
            .map(|t| (t.year, t.value, t.unit, t.metric.unwrap_or_default()))
            .collect()
    }

    #[test]
    fn a_column_of_last_years_goals_is_no_goal_in_this_years_report() {
        let table = "指标\t2025年目标\t2025年完成\t2026年目标\n地区生产总值增速\t6%\t6.3%\t5.5%\n规上工业增加值增速\t7%\t7.8%\t6.5%";
        let years: Vec<(i32, f64)> = found_dated(table, Some(2026))
            .into_iter()
            .map(|(year, value, ..)| (year, value))
            .collect();
        assert_eq!(years, vec![(2026, 5.5), (2026, 6.5)]);
        // Written in 2025, they were its goals.
        assert!(found_dated(table, Some(2025))
            .iter()
            .any(|t| t.0 == 2025 && t.1 == 6.0));
    }

    #[test]
    fn a_column_of_goals_takes_its_year_from_the_caption() {
        let table =
            "序号\t任务名称\t单位\t目标值\n1\t新建改造口袋公园\t个\t30\n2\t新建绿道\t公里\t60";
        let captioned = format!("2026年公园绿地建设主要目标任务\n{table}");
        assert_eq!(
            found_dated(&captioned, Some(2026)),
            vec![
                (2026, 30.0, "个".to_string(), "新建改造口袋公园".to_string()),
                (2026, 60.0, "公里".to_string(), "新建绿道".to_string()),
            ]
        );
        // Without a year over it, the column commits to none.
        assert!(found_dated(table, Some(2026)).is_empty());
        // Nor does a year over, or a caption looking back on goals met.
        assert!(found_dated(&captioned, Some(2027)).is_empty());
        let review = "2026年主要指标完成情况如下：\n指标名称\t单位\t年度目标\t完成数\n新建绿道\t公里\t60\t66";
        assert!(found_dated(review, Some(2026)).is_empty());
        let planned = "2026年重点任务安排情况表\n指标名称\t单位\t年度目标\n新建绿道\t公里\t60\n新建口袋公园\t个\t30";
        assert_eq!(found_dated(planned, Some(2026)).len(), 2);
    }

    #[test]
    fn a_row_sharing_its_category_with_the_row_above_keeps_its_columns() {
        let text = "专栏1 主要指标\n类别\t指标\t2025年\t2030年\t属性\n经济发展\t1.常住人口城镇化率（%）\t63.4\t67\t预期性\n2.每万人口高价值发明专利拥有量（件）\t8.6\t14\t预期性";
        let goals: Vec<(i32, f64)> = found_dated(text, Some(2026))
            .into_iter()
            .map(|(y, v, _, _)| (y, v))
            .collect();
        assert_eq!(goals, vec![(2030, 67.0), (2030, 14.0)]);
    }

    #[test]
    fn a_header_may_name_its_column_first_and_its_year_in_brackets() {
        let text = "主要指标表\n指标名称\t单位\t基期年（2020年）\t目标年（2035年）\t指标属性\n森林覆盖率\t%\t67.9\t≥68.5\t约束性\n用水总量\t亿立方米\t1.48\t≤1.62\t约束性";
        assert_eq!(
            found_dated(text, Some(2026)),
            vec![
                (2035, 68.5, "%".to_string(), "森林覆盖率".to_string()),
                (2035, 1.62e8, "立方米".to_string(), "用水总量".to_string()),
            ]
        );
    }

    #[test]
    fn a_table_of_figures_counts_what_each_row_names() {
        let text = "二、教育\n学校类别\t学校数(所)\t在校学生(万人)\t备注\n普通高中\t43\t9.1\t—\n幼儿园\t408\t10.3\t含民办\n注:不含技工学校。";
        let counts: Vec<(f64, String, String, String)> = extract(text)
            .counts
            .into_iter()
            .map(|c| (c.value, c.unit, c.subject.unwrap_or_default(), c.value_text))
            .collect();
        assert_eq!(
            counts,
            vec![
                (43.0, "所".into(), "普通高中".into(), "43所".into()),
                (
                    91000.0,
                    "人".into(),
                    "普通高中在校学生".into(),
                    "9.1万人".into()
                ),
                (408.0, "所".into(), "幼儿园".into(), "408所".into()),
                (
                    103000.0,
                    "人".into(),
                    "幼儿园在校学生".into(),
                    "10.3万人".into()
                ),
            ]
        );
        // A table of targets by year is no table of figures.
        let plan = "指标\t2025年(个)\t2027年(个)\n充电站\t120\t200";
        assert!(extract(plan).counts.is_empty());
        // Set with single spaces, its header names at least two units.
        let spaced = "学校类型 学校数（所） 在校学生（人） 专任教师（人）\n初中 46 52318 4126";
        let values: Vec<f64> = extract(spaced).counts.iter().map(|c| c.value).collect();
        assert_eq!(values, vec![46.0, 52318.0, 4126.0]);
        let prose = "各类 学校（所） 共计\n初中 46 52";
        assert!(extract(prose).counts.is_empty());
        // Under a caption setting a year's tasks, the rows are planned;
        // under one of what was done, they count.
        let rows = "区（市）\t口袋公园（个）\t绿道（公里）\n旌阳区\t8\t12\n罗江区\t4\t6";
        let tasks = format!("2026年各区口袋公园和绿道建设任务分解表\n{rows}");
        assert!(extract(&tasks).counts.is_empty());
        let done = format!("2025年各区口袋公园和绿道建设任务完成情况\n{rows}");
        assert_eq!(extract(&done).counts.len(), 4);
        // Tasks are planned whether or not their caption names the year.
        let yearly = format!("各区年度任务分解如下：\n{rows}");
        assert!(extract(&yearly).counts.is_empty());
        let below =
            format!("各区要对照下表任务，细化到具体项目。其他各区结合分布情况自定。\n{rows}");
        assert!(extract(&below).counts.is_empty());
        let shown = format!("严格执行技术规范。各县（市、区）治理任务见下表：\n{rows}");
        assert!(extract(&shown).counts.is_empty());
        let rates = format!("各区任务完成率见下表：\n{rows}");
        assert_eq!(extract(&rates).counts.len(), 4);
    }

    #[test]
    fn a_column_of_changes_counts_nothing_and_a_total_told_already_is_not_counted_again() {
        let table = "表1 各行业企业分布\n行业    企业数(家)    占比(%)    比上年末增加(家)\n高端装备    742    22.0    86\n新材料    528    15.6    61\n合计    1270    37.6    147";
        let counts = |text: &str| values_and_subjects(extract(text).counts);
        assert_eq!(
            counts(table),
            vec![
                (742.0, "高端装备".to_string()),
                (528.0, "新材料".to_string()),
                (1270.0, "合计".to_string())
            ]
        );
        // The text told the total: the row repeats it.
        let told = format!("截至2025年末，全市专精特新企业1270家。\n{table}");
        let found = counts(&told);
        assert_eq!(
            found.iter().filter(|(v, _)| *v == 1270.0).count(),
            1,
            "{found:?}"
        );
        assert_eq!(found.len(), 3, "{found:?}");
    }

    fn values_and_subjects(counts: Vec<crate::model::Count>) -> Vec<(f64, String)> {
        counts
            .into_iter()
            .map(|c| (c.value, c.subject.unwrap_or_default()))
            .collect()
    }

    #[test]
    fn a_table_of_yearly_figures_counts_its_latest_year() {
        let text = "（一）过去三年的申请数字表列如下：\n年份　标准专利　原授专利　商标\n2024年　15,227宗　486宗　39,108宗\n2025年　16,015宗　573宗　41,275宗\n2026年　17,000宗　600宗　42,000宗\n（二）在人才培育方面，政府已培训超过一万名人员。";
        let counts = |year| {
            extract_dated(text, year)
                .counts
                .into_iter()
                .filter(|c| c.unit == "宗")
                .map(|c| (c.value, c.subject.unwrap_or_default()))
                .collect::<Vec<_>>()
        };
        // The row of the page's own year, not a later one it forecasts.
        assert_eq!(
            counts(Some(2025)),
            vec![
                (16015.0, "标准专利".to_string()),
                (573.0, "原授专利".to_string()),
                (41275.0, "商标".to_string())
            ]
        );
        assert_eq!(counts(None)[0], (17000.0, "标准专利".to_string()));
        // Columns whose header gives the unit are left to the other tables.
        let planned = "年度　建设任务（万亩）　完成面积（万亩）\n2025年　9.8　9.8";
        assert!(extract_dated(planned, Some(2025)).counts.is_empty());
        // Unless their cells write the unit again; the name leaves it.
        let fires = "年份 山火宗数 焚毁植被面积（公顷） 怀疑人为因素引致的个案\n2024年 97宗 183公顷 86宗\n2025年 106宗 167公顷 95宗";
        assert_eq!(
            values_and_subjects(extract_dated(fires, Some(2026)).counts),
            vec![
                (106.0, "山火宗数".to_string()),
                (167.0, "焚毁植被面积".to_string()),
                (95.0, "怀疑人为因素引致的个案".to_string())
            ]
        );
        // Or a name counts its things by their unit (山火召唤宗数): bare
        // figures are so many of them; an area's stay unread.
        let calls =
            "年份\t山火召唤宗数\t郊野公园烧毁面积（公顷）\n2024年\t948\t167\n2025年\t1124\t185";
        let found: Vec<(f64, String)> = extract_dated(calls, Some(2026))
            .counts
            .into_iter()
            .map(|c| (c.value, c.unit))
            .collect();
        assert_eq!(found, vec![(1124.0, "宗".to_string())]);
    }

    #[test]
    fn a_table_of_yearly_tasks_sets_each_years_goals() {
        let text = "各区县按照下表明确的年度任务组织实施：\n年度\t新增停车泊位\t智慧化改造公共停车场\n2026年\t2万个\t180个\n2027年\t2万个\t200个";
        let goals: Vec<(i32, f64, String)> = extract_dated(text, Some(2026))
            .targets
            .into_iter()
            .map(|t| (t.year, t.value, t.metric.unwrap_or_default()))
            .collect();
        assert_eq!(
            goals,
            [
                (2026, 20000.0, "新增停车泊位".to_string()),
                (2026, 180.0, "智慧化改造公共停车场".to_string()),
                (2027, 20000.0, "新增停车泊位".to_string()),
                (2027, 200.0, "智慧化改造公共停车场".to_string())
            ]
        );
        // Bare figures under the header's units are left to the text.
        let bare = text
            .replace("2万个", "20000")
            .replace("180个", "180")
            .replace("200个", "200");
        assert!(extract_dated(&bare, Some(2026)).targets.is_empty());
    }

    #[test]
    fn a_cell_may_open_with_its_goals_bound_or_verb() {
        let text = "指标\t2025年完成\t2026年目标\n政策性粮食收购量\t200.9万吨\t不低于180万吨\n湿地保护率\t58.6%\t稳定在58%以上\n水质优良比例\t90%\t较上年提高2%";
        let targets = extract_dated(text, Some(2026)).targets;
        let read: Vec<(f64, Bound)> = targets.iter().map(|t| (t.value, t.bound)).collect();
        // (A cell of words around its figure is no figure.)
        assert_eq!(
            read,
            vec![(1_800_000.0, Bound::AtLeast), (58.0, Bound::AtLeast)]
        );
    }

    #[test]
    fn a_base_year_column_says_where_things_stand() {
        let text = "序号\t指标名称\t单位\t2024年（基期）\t2025年\t2027年\t指标属性\n1\t体育公园数量\t个\t52\t60\t80\t预期性\n2\t健身步道总长度\t公里\t6200\t6800\t8000\t预期性\n3\t人均体育场地面积\t平方米\t2.8\t2.95\t3.2\t预期性\n4\t体育用品年产量\t件\t100\t120\t150\t预期性\n截至2024年底，全市建成体育公园52个。";
        let extraction = extract_dated(text, Some(2025));
        // Every column after the base year is a goal, the page's own too.
        let years: Vec<i32> = extraction.targets.iter().map(|t| t.year).collect();
        assert_eq!(years, [2025, 2027].repeat(4));
        // The base year's stocks are counts, once each: not a rate (人均)
        // or a year's flow (年产量), nor what the text counted already.
        assert_eq!(
            values_and_subjects(extraction.counts),
            vec![(52.0, "体育公园".into()), (6200.0, "健身步道总长度".into())]
        );
        // A base year is labelled in other words too, as what was done in it.
        for label in ["2024年基数", "2024年完成", "2024年完成情况"] {
            let based = text.replace("2024年（基期）", label);
            assert_eq!(extract_dated(&based, Some(2025)).counts.len(), 2, "{label}");
        }
    }

    #[test]
    fn rows_of_a_tab_separated_table_are_targets_for_the_target_year() {
        let text = "表1 主要指标\n序号\t指标\t单位\t2020年\t2025年\t属性\n1\t单位工业增加值能耗下降\t%\t—\t13.5\t约束性\n2\t规模以上工业企业数量\t家\t1200\t1500\t预期性\n3\t工业固体废物综合利用率\t%\t92.5\t95以上\t预期性\n注：累计数。";
        let targets = extract(text).targets;
        assert_eq!(
            found(text),
            vec![
                (2025, 13.5, "%".into(), "单位工业增加值能耗下降".into()),
                (2025, 1500.0, "家".into(), "规模以上工业企业数量".into()),
                (2025, 95.0, "%".into(), "工业固体废物综合利用率".into()),
            ]
        );
        assert_eq!(targets[0].kind, TargetKind::Decrease);
        assert_eq!(targets[2].bound, Bound::AtLeast);
        let chars: Vec<char> = text.chars().collect();
        let [start, end] = targets[1].span;
        assert_eq!(chars[start..end].iter().collect::<String>(), "1500");
    }

    #[test]
    fn rows_of_a_bar_separated_table_take_multipliers_from_the_unit() {
        let text = "类别 | 指标 | 单位 | 2020年 | 2025年 | 2035年 | 属性\n规模效益 | 规模以上工业营业收入 | 亿元 | 2350 | 3800 | 6000 | 预期性\n创新能力 | 研发经费支出占营业收入比重 | % | 1.6 | 2.2 | — | 预期性";
        assert_eq!(
            found(text),
            vec![
                (2025, 3.8e11, "元".into(), "规模以上工业营业收入".into()),
                (2035, 6e11, "元".into(), "规模以上工业营业收入".into()),
                (2025, 2.2, "%".into(), "研发经费支出占营业收入比重".into()),
            ]
        );
    }

    #[test]
    fn rows_set_with_spaces_are_read_while_they_have_the_headers_cells() {
        let text = "序号 指标名称 单位 2025年 2027年 2030年 指标属性\n1 新能源产业营业收入 亿元 2860 3500 5700 预期性\n2 新型储能装机规模 万千瓦 120 300 400—500 预期性\n3 研发经费投入强度 % 2.6  3.0   3.5 预期性\n三、重点任务";
        assert_eq!(
            found_dated(text, Some(2026)),
            vec![
                (2027, 3.5e11, "元".into(), "新能源产业营业收入".into()),
                (2030, 5.7e11, "元".into(), "新能源产业营业收入".into()),
                (2027, 3e6, "千瓦".into(), "新型储能装机规模".into()),
                (2030, 4e6, "千瓦".into(), "新型储能装机规模".into()),
                (2027, 3.0, "%".into(), "研发经费投入强度".into()),
                (2030, 3.5, "%".into(), "研发经费投入强度".into()),
            ]
        );
        let chars: Vec<char> = text.chars().collect();
        let [start, end] = extract_dated(text, Some(2026)).targets[5].span;
        assert_eq!(chars[start..end].iter().collect::<String>(), "3.5");
        // One year's column will do under an indicator and a unit column.
        let one_year = "序号\u{3000}指标名称\u{3000}单位\u{3000}2026年目标\n1\u{3000}隐患点搬迁避让\u{3000}户\u{3000}850";
        assert_eq!(
            found_dated(one_year, Some(2026)),
            vec![(2026, 850.0, "户".into(), "隐患点搬迁避让".into())]
        );
        // Prose is no header, though its words are set apart by spaces.
        assert!(found_dated(
            "我们 指标 单位 2025年 2027年 都已经完成了全部的工作任务",
            Some(2026)
        )
        .is_empty());
    }

    #[test]
    fn a_share_of_a_named_whole_and_a_coal_rate_are_units_in_a_name() {
        let text = "指标名称\t2024年\t2027年\t指标属性\n统调煤电机组平均供电煤耗（克标准煤/千瓦时）\t306\t300\t约束性\n煤电机组最小技术出力（%额定负荷）\t40\t30\t预期性";
        assert_eq!(
            found_dated(text, Some(2025)),
            vec![
                (
                    2027,
                    300.0,
                    "克标准煤/千瓦时".into(),
                    "统调煤电机组平均供电煤耗".into()
                ),
                (2027, 30.0, "%".into(), "煤电机组最小技术出力".into()),
            ]
        );
    }

    #[test]
    fn every_year_after_the_documents_own_is_a_goal_and_names_may_carry_units() {
        let text = "| 序号 | 指标 | 2025年 | 2030年 | 属性 |\n| 1 | 非化石能源消费比重（%） | 25 | 30 | 约束性 |\n| 2 | 森林蓄积量（亿立方米） | 1.05 | — | 预期性 |\n| 3 | 数据中心电能利用效率（PUE） | ≤1.3 | ≤1.25 | 预期性 |\n| 4 | 省级美丽幸福河湖（条，累计） | 60 | — | 预期性 |";
        assert_eq!(
            found_dated(text, Some(2023)),
            vec![
                (2025, 25.0, "%".into(), "非化石能源消费比重".into()),
                (2030, 30.0, "%".into(), "非化石能源消费比重".into()),
                (2025, 1.05e8, "立方米".into(), "森林蓄积量".into()),
                (2025, 1.3, "".into(), "数据中心电能利用效率（PUE）".into()),
                (2030, 1.25, "".into(), "数据中心电能利用效率（PUE）".into()),
                (2025, 60.0, "条".into(), "省级美丽幸福河湖".into()),
            ]
        );
        // Written after 2025, the 2025 column is where things stand.
        assert_eq!(found_dated(text, Some(2026)).len(), 2);
        // Written in 2025, with no column before its own year, it sets
        // goals year by year from its own on.
        assert_eq!(found_dated(text, Some(2025)).len(), 6);
        // Undated, the first year column is taken for the baseline.
        assert_eq!(found(text).len(), 2);
        // Written in 2025 with a column for 2024 too: 2024 is where things
        // stand, and the year running is a goal like the later ones.
        let running = "指标\t单位\t2024年\t2025年\t2027年\n星级绿色建筑占比\t%\t35.2\t40\t50";
        let years: Vec<i32> = found_dated(running, Some(2025))
            .iter()
            .map(|t| t.0)
            .collect();
        assert_eq!(years, [2025, 2027]);
        // A classifier with its noun counts by the classifier.
        let classed = "指标\t2025年\t2026年\n二次供水设施改造（个小区）\t182\t200";
        assert_eq!(
            found_dated(classed, Some(2026)),
            vec![(2026, 200.0, "个".into(), "二次供水设施改造".into())]
        );
    }

    #[test]
    fn tables_without_a_target_year_or_indicator_column_give_nothing() {
        assert!(found("指标\t单位\t2020年\n能耗\t%\t13.5").is_empty());
        assert!(found("首页 | 政务公开 | 2025年 | 规划").is_empty());
        assert!(found("地区\t2021年\t2022年\n衢州\t12\t15").is_empty());
    }
}
