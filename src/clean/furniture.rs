//! Page furniture and spam, decided line by line.
//!
//! Lines are judged in simplified script with fullwidth letters folded, so
//! one vocabulary serves traditional pages too. Signals that generalise
//! beyond one site: position (a head zone before the first body paragraph,
//! a tail zone after the last; a closing signature, an issuing body over a
//! date, ends the body), sentence shape (body paragraphs end in 。!?;
//! furniture rarely does), separators (`_` spam title lists, `|` link bars
//! and place-name lists, `>` breadcrumbs), field shape (`来源:`, `作者:`,
//! a date with little else), contact data (phone numbers, WeChat), and a
//! small vocabulary of page furniture (分享, 版权, ICP备, 相关文章…).
//! Metadata lines yield the record's date and source, and the headline
//! before them its title.

use std::sync::LazyLock;

use regex::Regex;

use super::metadata::is_organisation;

/// Why a line was removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    Breadcrumb,
    Metadata,
    Title,
    Spam,
    Navigation,
    Contact,
    Copyright,
    Widget,
    Related,
    Punctuation,
}

impl Why {
    pub fn as_str(self) -> &'static str {
        match self {
            Why::Breadcrumb => "breadcrumb",
            Why::Metadata => "metadata line (date/author/source/views)",
            Why::Title => "headline (moved to title)",
            Why::Spam => "SEO spam",
            Why::Navigation => "navigation links",
            Why::Contact => "contact or advertising block",
            Why::Copyright => "copyright or site notice",
            Why::Widget => "share/print widget",
            Why::Related => "related-articles list",
            Why::Punctuation => "no text, only punctuation",
        }
    }
}

/// Which lines are body, which furniture, and the metadata found.
#[derive(Debug, Default)]
pub struct Sorted {
    /// Indices of the body lines, in order.
    pub kept: Vec<usize>,
    /// Indices of the removed lines, with the reason.
    pub removed: Vec<(Why, usize)>,
    /// Index of the headline.
    pub title: Option<usize>,
    pub date: Option<String>,
    /// The issuing body a closing signature or a `来源:` field names.
    pub issuer: Option<String>,
}

static BREADCRUMB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(当前位置|您的位置|你的位置|您现在的位置|你现在的位置|所在位置|现在位置)|首页\s*[>›»/→]|[>›»→]\s*正文")
        .expect("valid regex")
});
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?(?:\s*\d{1,2}:\d\d(?::\d\d)?)?")
        .expect("valid regex")
});
/// A field label of the kind pages put around the headline: `来源:`,
/// `发布时间:`, `浏览次数:`, `(责任编辑:…)`.
static META_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[\s【\[(])(?:信息|文章|稿件|新闻|发布|更新|成文)?(时间|日期|作者|来源|出处|发布|浏览|阅读|点击|访问|编辑|责任编辑|审核|审校|校对|记者|通讯员|摄影|供稿|撰稿)(次数|量|数|人|者|单位|机构)?\s*[:：]")
        .expect("valid regex")
});
/// Relative times and bare counters: `admin9个月前`, `阅读 1234`.
static META_OTHER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"admin|\d+\s*(个月|天|小时|分钟|周|年)前|(阅读|浏览|点击)\s*\d+|\d+\s*(次阅读|次浏览|人阅读)")
        .expect("valid regex")
});
/// The issuing body a `来源:` field names (a field of its own: `图片来源:`
/// names who took a picture).
static SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[\s【\[(])(?:信息|文章|稿件|新闻)?(?:来源|出处|发布机构|发布单位)\s*[:：]\s*(\p{Han}+)")
        .expect("valid regex")
});
/// A line that is nothing but a date, as a signature closes a document.
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?:19|20)\d\d年\d{1,2}月\d{1,2}日|二[〇○零O][〇○零O一二三四五六七八九]{2}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$")
        .expect("valid regex")
});
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\D)(1[3-9]\d{9}|\d{3,4}[- ]\d{3,4}[- ]\d{3,4})(?:\D|$)").expect("valid regex")
});
static CONTACT_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(微信|QQ|qq|联系人|手机号|联系电话|扫一扫|长按|二维码|招商|租售)")
        .expect("valid regex")
});
/// Copyright and the site notices of a page footer (who runs the site,
/// its registration numbers).
static COPYRIGHT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(版权|copyright|Copyright|COPYRIGHT|©|转载|免责声明|ICP备|ICP证|网站标识码|公网安备|(?:^|\s)(主办|承办|协办|技术支持|运营维护)(单位)?\s*[:：])")
        .expect("valid regex")
});
static WIDGET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[【\[]?\s*(分享|打印|关闭|收藏|加入收藏|字体|字号|上一篇|下一篇|上一条|下一条|返回顶部|返回首页|返回列表|扫码|点赞|我要纠错|纠错)")
        .expect("valid regex")
});
static RELATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[【\[]?((相关|推荐|热点|热门|延伸|精彩|往期|最新|更多)(文章|稿件|报道|阅读|新闻|链接|推荐|资讯|内容|专题|信息)|猜你喜欢|你可能感兴趣.{0,4})[】\]]?\s*[:：]?$")
        .expect("valid regex")
});
/// An image caption inside the body: `图片来源:…`, `(图源:…)`.
static CAPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[(（]?(图片来源|图片来自|图源|图片由|供图|摄影\s*[:：])").expect("valid regex")
});
static URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(https?://|www\.)[!-~]+").expect("valid regex"));
static SENTENCE_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[。!?;!?;…”]$|[。!?]").expect("valid regex"));

fn has_han(line: &str) -> bool {
    line.chars().any(crate::lm::is_han)
}

/// A line with the shape of body prose: long enough and punctuated.
fn is_prose(line: &str) -> bool {
    line.chars().count() >= 20 && SENTENCE_END.is_match(line)
}

/// A line that holds a body's worth of sentences (a page whose line
/// breaks were lost): whatever furniture words it contains, deleting it
/// would delete the body, so it stays.
fn is_run_on_body(line: &str) -> bool {
    line.len() > 600 && line.matches('。').count() >= 3
}

fn is_spam_title_list(line: &str) -> bool {
    line.matches('_').count() >= 2 && !line.contains('。')
}

/// A markdown table row (`| 指标 | 2025年 |`) is body, however short its cells.
fn is_table_row(line: &str) -> bool {
    line.starts_with(['|', '｜'])
}

fn is_place_list(line: &str) -> bool {
    line.matches('|').count() >= 4 && !line.contains('。') && !is_table_row(line)
}

/// A bar of links: three or more short items between `|` (联系我们 | 网站地图 | …).
/// Link labels are words; a row with figures is a table.
fn is_link_bar(line: &str) -> bool {
    let items: Vec<&str> = line.split(['|', '｜']).map(str::trim).collect();
    items.len() >= 3
        && !is_table_row(line)
        && !line.contains(|c: char| c.is_ascii_digit())
        && items
            .iter()
            .all(|i| !i.is_empty() && i.chars().count() <= 8 && !SENTENCE_END.is_match(i))
}

fn is_contact(line: &str) -> bool {
    PHONE.is_match(line) || CONTACT_WORD.is_match(line)
}

/// A line that is mostly a web address (本文链接:https://…).
fn is_link_line(line: &str) -> bool {
    URL.is_match(line) && URL.replace_all(line, "").chars().count() <= 12
}

pub(super) fn normalise_date(line: &str) -> Option<String> {
    let c = DATE.captures(line)?;
    let (y, m, d): (u32, u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// A Chinese numeral digit; 〇 and its look-alikes are zero.
fn han_digit(c: char) -> Option<u32> {
    match c {
        '〇' | '○' | '零' | 'O' => Some(0),
        _ => "一二三四五六七八九"
            .chars()
            .position(|x| x == c)
            .map(|p| p as u32 + 1),
    }
}

/// A year read digit by digit (二〇二四), or a month or day (十二, 二十六).
fn han_number(s: &str) -> Option<u32> {
    match s.split_once('十') {
        Some((tens, ones)) => {
            let tens = match tens.chars().next() {
                Some(c) => han_digit(c)?,
                None => 1,
            };
            let ones = match ones.chars().next() {
                Some(c) => han_digit(c)?,
                None => 0,
            };
            Some(tens * 10 + ones)
        }
        None => s.chars().try_fold(0, |n, c| Some(n * 10 + han_digit(c)?)),
    }
}

/// The date of a signature's date line, in digits or in Chinese numerals.
fn signature_date(line: &str) -> Option<String> {
    if let Some(d) = normalise_date(line) {
        return Some(d);
    }
    let (y, rest) = line.split_once('年')?;
    let (m, rest) = rest.split_once('月')?;
    let d = rest.strip_suffix('日')?;
    let (y, m, d) = (han_number(y)?, han_number(m)?, han_number(d)?);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// A date/author/source/views line: field labels or a date with little
/// else, and no sentence.
fn is_metadata(line: &str) -> bool {
    if line.chars().count() > 100 || line.contains('。') {
        return false;
    }
    if META_FIELD.is_match(line) || META_OTHER.is_match(line) {
        return true;
    }
    DATE.find(line).is_some_and(|m| {
        let rest = format!("{}{}", &line[..m.start()], &line[m.end()..]);
        rest.chars().count() <= 16 && !rest.contains([',', '，', '、', ';', '；'])
    })
}

/// A line that could be a headline: short, Han, no sentence inside.
fn is_headline(line: &str) -> bool {
    let n = line.chars().count();
    (6..=80).contains(&n) && has_han(line) && !line.contains('。') && !line.ends_with(',')
}

/// A closing signature in the lower part of the page: one or more issuing
/// bodies over a date line (杭州市发展和改革委员会 / 2024年3月6日). Returns
/// the first body's line and the date line.
fn signature(lines: &[&str]) -> Option<(usize, usize)> {
    let n = lines.len();
    (n / 3 + 1..n).rev().find_map(|d| {
        if !DATE_LINE.is_match(lines[d]) || !is_organisation(lines[d - 1]) {
            return None;
        }
        let first = (0..d)
            .rev()
            .take_while(|&i| is_organisation(lines[i]))
            .last()?;
        Some((first, d))
    })
}

/// Sorts the lines of a page (simplified, fullwidth letters folded) into
/// body and furniture.
pub fn sort(lines: &[&str]) -> Sorted {
    let mut out = Sorted::default();
    let n = lines.len();
    let first_prose = lines.iter().position(|l| is_prose(l)).unwrap_or(n);
    // Teasers after a related-articles header and contact blocks are
    // prose-shaped too: the body ends before them. A short article may be
    // followed by a long list, so any header after the body began counts.
    let related_at = (first_prose.saturating_add(1)..n)
        .find(|&i| RELATED.is_match(lines[i]) && !is_run_on_body(lines[i]))
        .unwrap_or(n);
    let signed = signature(&lines[..related_at]);
    // A signature closes the document: what comes before it is body even
    // when it looks like a contact line (联系人:…,电话:…).
    let last_prose = (0..related_at)
        .rev()
        .find(|&i| is_prose(lines[i]) && !is_contact(lines[i]) && !COPYRIGHT.is_match(lines[i]))
        .unwrap_or(0)
        .max(signed.map_or(0, |(_, d)| d));
    // The headline sits right above a metadata line or right below a breadcrumb.
    let mut title_at = None;
    for i in 0..first_prose.min(n) {
        let l = lines[i];
        if is_metadata(l) && i > 0 && is_headline(lines[i - 1]) && !is_metadata(lines[i - 1]) {
            title_at = Some(i - 1);
        } else if BREADCRUMB.is_match(l) && !is_run_on_body(l) && title_at.is_none() {
            if let Some(j) = (i + 1..first_prose).find(|&j| is_headline(lines[j])) {
                title_at = Some(j);
            }
        }
    }
    out.title = title_at;
    let (mut head_date, mut tail_date) = (None, None);
    for (i, &line) in lines.iter().enumerate() {
        let head = i < first_prose;
        let tail = i > last_prose;
        let why = if is_run_on_body(line) {
            None
        } else if i >= related_at || RELATED.is_match(line) {
            Some(Why::Related)
        } else if Some(i) == title_at {
            Some(Why::Title)
        } else if BREADCRUMB.is_match(line) {
            Some(Why::Breadcrumb)
        } else if is_spam_title_list(line) || is_place_list(line) {
            Some(Why::Spam)
        } else if is_link_bar(line) {
            Some(Why::Navigation)
        } else if !line.chars().any(char::is_alphanumeric) {
            Some(Why::Punctuation)
        } else if (head || tail) && is_metadata(line)
            || CAPTION.is_match(line) && !line.contains('。')
        {
            let date = if head { &mut head_date } else { &mut tail_date };
            if date.is_none() {
                *date = normalise_date(line);
            }
            if out.issuer.is_none() {
                out.issuer = SOURCE
                    .captures(line)
                    .map(|c| c[1].to_string())
                    .filter(|s| is_organisation(s));
            }
            Some(Why::Metadata)
        } else if (head || tail) && (WIDGET.is_match(line) || is_link_line(line)) {
            Some(Why::Widget)
        } else if tail && COPYRIGHT.is_match(line) {
            Some(Why::Copyright)
        } else if tail && is_contact(line) {
            Some(Why::Contact)
        } else if head && title_at.is_some_and(|t| i < t) && !is_prose(line) {
            // Above the headline: site names, slogans, spam.
            Some(Why::Spam)
        } else {
            None
        };
        match why {
            Some(w) => out.removed.push((w, i)),
            None => out.kept.push(i),
        }
    }
    // The page's publication date first; a signature dates the document.
    out.date = head_date
        .or(tail_date)
        .or_else(|| signed.and_then(|(_, d)| signature_date(lines[d])));
    // The signature names who issued the document; a source field may
    // name only who republished it.
    if let Some((first, _)) = signed {
        out.issuer = Some(lines[first].to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_metadata_and_tail_furniture() {
        let page = [
            "国产精品视频_亚洲综合_无码一区",
            "我们专注于",
            "工信部:60家国家高新区创建了国家级绿色工业园区",
            "时间:2023-12-15 作者:admin",
            "12月12日,工业和信息化部举行新闻发布会,介绍今年以来国家高新区推进新型工业化的有关情况。",
            "?",
            "版权声明:本文由某某网发布,如需转载请注明出处。",
            "或微信/手机:13391219793",
            "分享给朋友:",
            "相关文章",
            "另一篇文章的标题",
        ];
        let s = sort(&page);
        assert_eq!(s.title, Some(2));
        assert_eq!(s.date.as_deref(), Some("2023-12-15"));
        assert_eq!(s.kept, vec![4]);
        assert_eq!(s.removed.len(), page.len() - 1);
    }

    #[test]
    fn a_page_on_one_line_stays_whole() {
        let body = "当前位置:首页 > 政策解读 > 正文 为加快推进绿色制造,全市共培育绿色工厂124家。到2025年,单位增加值能耗下降16%。各县区要加强组织领导。相关文章 版权所有 ".repeat(8);
        let sorted = sort(&[body.as_str()]);
        assert_eq!(sorted.kept, vec![0]);
    }

    #[test]
    fn table_rows_and_caption_like_prose_stay() {
        let page = [
            "重点指标如下,请各地对照落实。各地要加强统筹,确保完成。",
            "| 指标 | 单位 | 目标值 | 完成情况 |",
            "| 绿色工厂 | 家 | 300 | 280 |",
            "摄影技术培训纳入职业技能提升行动",
            "各地要加强组织领导,确保各项任务落到实处。",
            "联系我们 | 网站地图 | 使用帮助",
        ];
        let s = sort(&page);
        assert_eq!(s.kept, vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn a_picture_credit_names_no_issuer() {
        let page = [
            "各地要加强组织领导,确保各项任务落到实处。",
            "图片来源:杭州市经济和信息化局",
        ];
        let s = sort(&page);
        assert_eq!(s.kept, vec![0]);
        assert_eq!(s.issuer, None);
    }

    #[test]
    fn a_signature_ends_the_body_and_names_the_issuer() {
        let page = [
            "各有关单位:",
            "现就开展节能降碳技术改造项目申报工作通知如下,请认真组织申报。",
            "联系人:环资处 王磊,电话:0571-85252301。",
            "杭州市发展和改革委员会",
            "二〇二四年三月六日",
            "上一篇:关于公布绿色低碳工业园区名单的通知",
            "网站标识码:3301000001 浙ICP备05012345号-1",
        ];
        let s = sort(&page);
        assert_eq!(s.kept, vec![0, 1, 2, 3, 4]);
        assert_eq!(s.issuer.as_deref(), Some("杭州市发展和改革委员会"));
        assert_eq!(s.date.as_deref(), Some("2024-03-06"));
    }
}
