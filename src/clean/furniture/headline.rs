//! The headline among the lines above a page's body: over its metadata,
//! under a breadcrumb or a document's number, repeating the page's
//! `<title>`, opening a cover, or under a repost's byline.

use std::sync::LazyLock;

use crate::pattern::Pattern;

use super::{
    closed_up, is_breadcrumb, is_contact, is_header_line, is_joint_signatory, is_link_bar,
    is_metadata, is_organisation, is_red_header, is_run_on_body, is_salutation,
    is_secondary_header, is_subtitle, masthead, named_above, names_account, CALL_TO_ACTION,
    COVER_DATE, DATE_LINE, DOC_NUMBER_LINE, LONE_WIDGET, NUMBERED, PAPER_HEADER, PAPER_NUMBER,
    PAPER_OPENER, RULE, SITE,
};

/// A WeChat article's byline of its time and place (2026-09-16 18:30
/// 发表于山东, or with the province alone: 2026年10月22日 19:30 广东), alone
/// on its line.
static WECHAT_BYLINE: LazyLock<Pattern> =
    lazy_regex!(r"^\S*\s*\d{1,2}:\d\d\s+(?:发表于\p{Han}+|\p{Han}{2,8})$");
/// The longest account name standing alone over such a byline (济宁发布);
/// a headline is longer (国庆假期出行提示).
const ACCOUNT_CHARS: usize = 6;

/// Where the headline stands among the lines above the body.
#[derive(Debug, Default)]
pub(super) struct Headline {
    /// The headline's line.
    pub at: Option<usize>,
    /// The line of a headline set over two, this and the next (…工作总结 /
    /// 及2026年工作计划).
    pub wrapped: Option<usize>,
    /// The pieces of a cover's headline restated whole over the first
    /// page: the lines before this one.
    pub restated_pieces: Option<usize>,
}

/// Finds the headline among `lines` above the body's first paragraph
/// (`first_prose`).
pub(super) fn find(lines: &[&str], first_prose: usize) -> Headline {
    let n = lines.len();
    // The headline sits right above a metadata line or a rule, or right
    // below a breadcrumb or an official document's number (南通市人民政府办公室
    // 文件 / 通政办发〔2025〕21号 / 市政府办公室关于印发…的通知).
    let mut title_at = None;
    // A red header's issuers stand above and below its 文件 line: no
    // headline there (赣州市医疗保障局 / 赣州市卫生健康委员会　文件 /
    // 赣州市财政局 / 赣市医保发〔2026〕3号 / 关于印发…的通知).
    // (A registration code may stand above it: HNPR—2026—17008.)
    let masthead_at = lines[..first_prose.min(n)]
        .iter()
        .take_while(|l| !l.chars().any(crate::lm::is_han))
        .count();
    let issuers = masthead_at
        + lines[masthead_at..first_prose.min(n)]
            .iter()
            .take_while(|l| is_red_header(l) || is_organisation(&closed_up(l)))
            .count();
    // So do issuers alone over the document's number, a PDF's letterhead
    // without its 文件 (山西省工业和信息化厅 / 山西省发展和改革委员会 /
    // 晋工信原材字〔2026〕19号 / …关于印发…的通知).
    let red_masthead = lines[..issuers].iter().any(|l| is_red_header(l))
        || issuers > masthead_at
            && lines
                .get(issuers)
                .is_some_and(|l| DOC_NUMBER_LINE.is_match(l));
    let in_masthead = |i: usize| red_masthead && (masthead_at..issuers).contains(&i);
    for i in 0..first_prose.min(n) {
        let l = lines[i];
        // Under a WeChat byline that has the account's name over it (济宁发布
        // / 2026-09-16 18:30 发表于山东 / 济宁市…新闻发布会实录), the headline
        // follows the byline, past any call to follow the account (点击蓝字
        // 关注我们).
        let byline = title_at.is_none()
            && i > 0
            && lines[i - 1].chars().count() <= ACCOUNT_CHARS
            && WECHAT_BYLINE.is_match(l);
        let headline_at = byline
            .then(|| (i + 1..first_prose.min(n)).find(|&k| !CALL_TO_ACTION.is_match(lines[k])))
            .flatten()
            .filter(|&k| is_header_line(lines[k]));
        if let Some(k) = headline_at {
            title_at = Some(k);
            continue;
        }
        let metadata = is_metadata(l)
            || DOC_NUMBER_LINE.is_match(l)
            || RULE.is_match(l)
            // The subtitle of a page with no metadata above it.
            || title_at.is_none() && is_subtitle(l);
        if metadata && i > 0 && !in_masthead(i - 1) && is_header_line(lines[i - 1]) {
            // A subtitle, a byline or the issuer may stand between the
            // headline and the metadata.
            let mut top = i - 1;
            while top > 0 && is_secondary_header(lines[top]) && is_header_line(lines[top - 1]) {
                top -= 1;
            }
            // A headline found under a breadcrumb stays when only header
            // lines (a deck) lie between it and this one, and so does one
            // found already when this one is the issuer's or a byline
            // under the page's metadata (发布时间… / 某县统计局 / 2024年3月28日).
            let found = title_at.filter(|&t| {
                t < top
                    && !(t..top).any(|k| is_breadcrumb(lines[k]))
                    && ((t..top).all(|k| is_header_line(lines[k]))
                        || is_secondary_header(lines[top]))
            });
            // A name the byline above gave (原创 黔教视界 贵州教育发布 /
            // 贵州教育发布 / 2026年03月25日) is the account's, not a headline;
            // nor is a paper's number or the rest of its header (立法会…委员会
            // / 2026年6月9日会议 / 讨论文件 / the title).
            if !named_above(lines, top)
                && !PAPER_NUMBER.is_match(lines[top])
                && !PAPER_HEADER.is_match(lines[top])
            {
                title_at = found.or(Some(top));
            }
        } else if (is_breadcrumb(l) && !is_run_on_body(l)
            || DOC_NUMBER_LINE.is_match(l)
            || PAPER_NUMBER.is_match(l)
            || PAPER_OPENER.is_match(l)
            || is_red_header(l))
            && title_at.is_none()
        {
            // (Not a note in brackets under a paper's number, （中文譯本）, nor
            // the paper's number under a breadcrumb.)
            if let Some(j) = (i + 1..first_prose).find(|&j| {
                is_header_line(lines[j])
                    && !is_bracketed(lines[j])
                    && !DOC_NUMBER_LINE.is_match(lines[j])
                    && !PAPER_NUMBER.is_match(lines[j])
                    && !PAPER_OPENER.is_match(lines[j])
                    && !PAPER_HEADER.is_match(lines[j])
                    && !is_organisation(&closed_up(lines[j]))
            }) {
                title_at = Some(j);
            }
        }
    }
    // A web page's `<title>` comes first (see `html::to_text`), and its
    // headline repeats it under the site's navigation, maybe without the
    // site's name after a dash (…施政报告 - 澳门特别行政区政府入口网站).
    // One that repeats it before the site's name is the headline whatever
    // other header lines (a sidebar's topics) stand nearer the breadcrumb.
    let repeating = |repeats: fn(&str, &str) -> bool| {
        (1..first_prose).find(|&i| is_header_line(lines[i]) && repeats(lines[0], lines[i]))
    };
    let repeated = repeating(repeats_page_title).or_else(|| repeating(ends_page_title));
    // One that repeats it whole takes over from a header line that does
    // not (以往新闻公报, a link in a sidebar of dates), unless the page's
    // first line is the site's name (安徽省统计局), repeated as the issuer.
    let unlike_page_title =
        title_at.is_some_and(|t| lines[t] != lines[0]) && !is_organisation(lines[0]);
    if title_at.is_none() || repeated.is_some_and(|r| lines[0] != lines[r] || unlike_page_title) {
        title_at = repeated.or(title_at);
    }
    // A page that opens with its headline and no metadata opens with a
    // header line right above its first paragraph, or with a PDF's cover:
    // the title, who issues it and the month (大同市“十五五”水利发展规划 /
    // 大同市水务局 / 二〇二六年六月), or the title and who issues it right
    // above the first paragraph.
    // The body may open with headings (前 言, 第一章 总则) before its first
    // paragraph.
    let opens_section =
        |l: &&str| NUMBERED.is_match(l) || l.chars().filter(|c| !c.is_whitespace()).count() <= 4;
    let cover = |first: usize| {
        let issuers = lines[first..first_prose]
            .iter()
            .take_while(|l| is_organisation(&closed_up(l)))
            .count();
        let after = first + issuers;
        issuers > 0
            && (lines[after..first_prose].iter().all(opens_section)
                || lines
                    .get(after)
                    .is_some_and(|l| COVER_DATE.is_match(l) || DATE_LINE.is_match(l)))
    };
    // A cover may set the government's name over its headline (澳门特别行政区
    // 政府 / 智慧城市发展年度报告 / （二零二五年度） / 智慧城市发展委员会 /
    // 二零二六年四月二十八日): the headline is the first line under it.
    let top = usize::from(
        first_prose > 2
            && is_organisation(lines[0])
            && is_header_line(lines[1])
            && !is_organisation(lines[1]),
    );
    // Or with its headline set over two lines, the second going on with a
    // conjunction or a bracket (…工作总结 / 及2026年工作计划).
    let wrapped_title = title_at.is_none()
        && first_prose >= top + 2
        && is_header_line(lines[top])
        && is_header_line(lines[top + 1])
        && lines[top + 1].starts_with(['和', '及', '与', '暨', '（', '('])
        && (first_prose == top + 2 || cover(top + 2));
    // Or with its headline over the addressee of a report or notice (县人民政府：).
    let addressed = first_prose == top + 2 && is_salutation(lines[top + 1]);
    // Or with its headline over the first section's heading (…的工作进展 /
    // 目的 / 1. 本文件旨在…), a heading that cannot be one itself, maybe
    // with the paper's header between (立法會發展事務委員會討論文件).
    // (Not a site's name over its menu: 某县教育局门户网站 / 首页 / 通知公告.)
    let heading = top
        + 1
        + usize::from(
            lines
                .get(top + 1)
                .is_some_and(|l| PAPER_HEADER.is_match(l) && !opens_section(l)),
        );
    let over_heading = first_prose == heading + 1
        && !opens_section(&lines[top])
        && !SITE.is_match(lines[top])
        && opens_section(&lines[heading])
        && !is_link_bar(lines[heading])
        && !LONE_WIDGET.is_match(lines[heading]);
    if title_at.is_none()
        && first_prose > top
        && is_header_line(lines[top])
        && !is_organisation(lines[top])
        && (first_prose == top + 1 || cover(top + 1) || wrapped_title || addressed || over_heading)
    {
        title_at = Some(top);
    }
    // Or with its headline set over lines of a cover and restated whole
    // over the first page (…食品安全监管工作 / 年度报告 / the issuer /
    // …食品安全监管工作年度报告): the pieces before the `k`-th line go.
    let restated = title_at
        .is_none()
        .then(|| {
            (2..=3.min(first_prose)).find_map(|k| {
                let joined = lines[..k].concat();
                (k..first_prose)
                    .find(|&j| lines[j] == joined)
                    .map(|j| (k, j))
            })
        })
        .flatten();
    if let Some((_, j)) = restated {
        title_at = Some(j);
    }
    let restated_pieces = restated.map(|(k, _)| k);
    // Or, on a repost, with its headline under the metadata, just above the
    // body, calls to follow and widgets aside on either side (原创 太原发布
    // 2026年9月15日 / 政策解读｜《…方案》 / 点击上方蓝字关注我们; 2026年01月12日
    // 08:30 湖北 / 听全文 / 点击上方蓝字 关注我们 / 政策解读｜《…》).
    if title_at.is_none() {
        let aside = |l: &str| CALL_TO_ACTION.is_match(l) || LONE_WIDGET.is_match(l);
        let above_body = (1..first_prose).rev().find(|&i| !aside(lines[i]));
        let over = |i: usize| (0..i).rev().find(|&k| !aside(lines[k]));
        // (Not an item of the body that a copy opens with: 三是…)
        let item = |l: &str| {
            l.trim_start_matches(|c: char| "一二三四五六七八九十".contains(c))
                .starts_with('是')
                && !l.starts_with('是')
        };
        title_at = above_body.filter(|&i| {
            is_header_line(lines[i])
                && over(i).is_some_and(|k| is_metadata(lines[k]))
                && !item(lines[i])
        });
    }
    // Or, on a WeChat copy, between the byline and the account's name it
    // gave (原创 兰考交警 兰考交警 2026年03月05日 / headline / 兰考交警).
    if title_at.is_none() {
        title_at = (1..first_prose.saturating_sub(1))
            .find(|&i| is_header_line(lines[i]) && names_account(lines, i + 1, i - 1));
    }
    // Or, on a press release, right under its masthead (香港特别行政区政府
    // 新闻公报 / 立法会十二题：…), blank lines apart, when nothing else
    // found one.
    if title_at.is_none() {
        let first_line = lines.iter().position(|l| !l.trim().is_empty());
        title_at = (0..first_prose.saturating_sub(1))
            .find(|&i| is_press_masthead(lines[i], Some(i) == first_line))
            .and_then(|i| (i + 1..first_prose).find(|&j| !lines[j].trim().is_empty()))
            .filter(|&j| is_header_line(lines[j]) && !LONE_WIDGET.is_match(lines[j]));
    }
    // A press release's masthead found over its metadata is none: the
    // headline is the first header line under them (臺北市政府新聞稿 /
    // 發布機關：… / 新聞聯絡人：…　聯絡電話：… / 北市社會住宅加速推動…).
    if let Some(t) = title_at.filter(|&t| is_press_masthead(lines[t], true)) {
        title_at = (t + 1..first_prose)
            .find(|&j| {
                !lines[j].trim().is_empty() && !is_metadata(lines[j]) && !is_contact(lines[j])
            })
            .filter(|&j| is_header_line(lines[j]) && !LONE_WIDGET.is_match(lines[j]))
            .or(Some(t));
    }
    // Joint issuers over their date are no headline (江西省统计局　江西省
    // 科学技术厅 / 2026年9月26日).
    title_at = title_at.filter(|&t| !is_joint_signatory(lines[t]));
    Headline {
        at: title_at,
        wrapped: wrapped_title.then_some(top),
        restated_pieces,
    }
}

const TITLE_SEPARATORS: [char; 7] = ['-', '|', '_', '–', '—', '｜', '丨'];

/// Whether `line` is a government's press-release masthead, its name and
/// the kind of page (香港特别行政区政府　新闻公报, in either script), or
/// the kind alone heading the page (`first`; elsewhere it is a menu's
/// item): the headline is the next line that is not blank, a header line.
fn is_press_masthead(line: &str, first: bool) -> bool {
    const KINDS: [&str; 4] = ["新闻公报", "新聞公報", "新闻稿", "新聞稿"];
    let mut parts = line.split_whitespace();
    match (parts.next(), parts.next(), parts.next()) {
        (Some(kind), None, None) if KINDS.contains(&kind) => first,
        // (The name run on into the kind: 臺北市政府新聞稿.)
        (Some(line), None, None) => KINDS.iter().any(|kind| {
            line.strip_suffix(kind)
                .is_some_and(|name| !name.is_empty() && masthead(name).is_some())
        }),
        (Some(name), Some(kind), None) => KINDS.contains(&kind) && masthead(name).is_some(),
        _ => false,
    }
}

/// Whether `line` is all one bracketed note (（中文譯本）, (征求意见稿)).
pub(super) fn is_bracketed(line: &str) -> bool {
    let line = line.trim();
    let inside = line
        .strip_prefix('（')
        .and_then(|l| l.strip_suffix('）'))
        .or_else(|| line.strip_prefix('(').and_then(|l| l.strip_suffix(')')));
    inside.is_some_and(|inside| !inside.contains(['（', '）', '(', ')']))
}

/// Whether `headline` is the page's `title` (its first line), or the
/// title's first part before the site's name.
fn repeats_page_title(title: &str, headline: &str) -> bool {
    title
        .strip_prefix(headline)
        .is_some_and(|rest| rest.is_empty() || rest.trim_start().starts_with(TITLE_SEPARATORS))
}

/// Whether `headline` is the last part of the page's `title`, after the
/// site's name (统计暨普查局 - 新闻稿 - 第一季入境旅客按年上升9.6%): long
/// enough for a headline, and no site's or body's name.
pub(super) fn ends_page_title(title: &str, headline: &str) -> bool {
    headline.chars().count() >= 6
        && !is_organisation(headline)
        && !headline.ends_with(['网', '站'])
        && title
            .strip_suffix(headline)
            .is_some_and(|rest| rest.trim_end().ends_with(TITLE_SEPARATORS))
}
