//! Page furniture, spam and markup, decided line by line.
//!
//! Signals that generalise beyond one site: position (a head zone before
//! the first body paragraph, a tail zone after the last), sentence shape
//! (body paragraphs end in 。!?; furniture rarely does), separators (`_`
//! spam title lists, `|` place-name lists, `>` breadcrumbs), contact data
//! (phone numbers, WeChat), and a small vocabulary of page furniture
//! (分享, 版权, 相关文章…). Metadata lines (date, author, source) yield
//! the record's date, and the headline before them its title.

use std::sync::LazyLock;

use regex::Regex;

/// Why a line was removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    Breadcrumb,
    Metadata,
    Title,
    Spam,
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
            Why::Contact => "contact or advertising block",
            Why::Copyright => "copyright notice",
            Why::Widget => "share/print widget",
            Why::Related => "related-articles list",
            Why::Punctuation => "no text, only punctuation",
        }
    }
}

/// The body lines kept, the lines removed and the metadata found.
#[derive(Debug, Default)]
pub struct Sorted {
    pub kept: Vec<String>,
    pub removed: Vec<(Why, String)>,
    pub title: Option<String>,
    pub date: Option<String>,
}

static BREADCRUMB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(当前位置|當前位置|您的位置|你的位置|您现在的位置|所在位置)|(首页|首頁)\s*[>›»/]|[>›»]\s*正文")
        .expect("valid regex")
});
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})").expect("valid regex")
});
static META_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(时间|時間|日期|作者|来源|來源|发布|發布|浏览|瀏覽|阅读|閱讀|点击|點擊|编辑|編輯|admin|\d+\s*(个月|個月|天|小时|小時|分钟|分鐘)前)")
        .expect("valid regex")
});
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\D)(1[3-9]\d{9}|\d{3,4}[- ]\d{3,4}[- ]\d{3,4})(?:\D|$)").expect("valid regex")
});
static CONTACT_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(微信|QQ|qq|联系人|聯繫人|手机号|手機號|联系电话|聯繫電話|扫一扫|掃一掃|长按|長按|二维码|二維碼|招商|租售)")
        .expect("valid regex")
});
static COPYRIGHT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(版权|版權|copyright|Copyright|©|转载|轉載|免责声明|免責聲明|ICP备|ICP備)")
        .expect("valid regex")
});
static WIDGET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(分享|分享到|分享给朋友|分享給朋友|打印|打印本页|关闭|關閉|关闭窗口|收藏|字体|字號|字号|【字体|上一篇|下一篇|返回顶部|返回頂部|扫码|掃碼)").expect("valid regex")
});
static RELATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[【\[]?(相关|相關)(文章|稿件|报道|報導|報道|阅读|閱讀|新闻|新聞|链接|鏈接|推荐|推薦)[】\]]?[::]?$")
        .expect("valid regex")
});
static SENTENCE_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[。!?;!?;…”]$|[。!?]").expect("valid regex"));

fn has_han(line: &str) -> bool {
    line.chars().any(crate::lm::is_han)
}

/// A line with the shape of body prose: long enough and punctuated.
fn is_prose(line: &str) -> bool {
    line.chars().count() >= 20 && SENTENCE_END.is_match(line)
}

fn is_spam_title_list(line: &str) -> bool {
    line.matches('_').count() >= 2 && !line.contains('。')
}

fn is_place_list(line: &str) -> bool {
    line.matches('|').count() >= 4 && !line.contains('。')
}

fn is_contact(line: &str) -> bool {
    PHONE.is_match(line) || CONTACT_WORD.is_match(line)
}

fn normalise_date(line: &str) -> Option<String> {
    let c = DATE.captures(line)?;
    let (y, m, d): (u32, u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

fn is_metadata(line: &str) -> bool {
    line.chars().count() <= 80 && !line.contains('。') && META_WORD.is_match(line)
}

/// A line that could be a headline: short, Han, no sentence inside.
fn is_headline(line: &str) -> bool {
    let n = line.chars().count();
    (6..=80).contains(&n) && has_han(line) && !line.contains('。') && !line.ends_with(',')
}

/// Sorts the lines of a page into body and furniture.
pub fn sort(lines: &[&str]) -> Sorted {
    let mut out = Sorted::default();
    let n = lines.len();
    let first_prose = lines.iter().position(|l| is_prose(l)).unwrap_or(n);
    // Teasers after a related-articles header and contact blocks are
    // prose-shaped too: the body ends before them.
    let related_at = (n / 2..n)
        .find(|&i| RELATED.is_match(lines[i]))
        .unwrap_or(n);
    let last_prose = (0..related_at)
        .rev()
        .find(|&i| is_prose(lines[i]) && !is_contact(lines[i]) && !COPYRIGHT.is_match(lines[i]))
        .unwrap_or(0);
    // The headline sits right above a metadata line or right below a breadcrumb.
    let mut title_at = None;
    for i in 0..first_prose.min(n) {
        let l = lines[i];
        if is_metadata(l) && i > 0 && is_headline(lines[i - 1]) && !is_metadata(lines[i - 1]) {
            title_at = Some(i - 1);
        } else if BREADCRUMB.is_match(l) && title_at.is_none() {
            if let Some(j) = (i + 1..first_prose).find(|&j| is_headline(lines[j])) {
                title_at = Some(j);
            }
        }
    }
    for (i, &line) in lines.iter().enumerate() {
        let head = i < first_prose;
        let tail = i > last_prose;
        let why = if i >= related_at || RELATED.is_match(line) {
            Some(Why::Related)
        } else if Some(i) == title_at {
            out.title = Some(line.to_string());
            Some(Why::Title)
        } else if BREADCRUMB.is_match(line) {
            Some(Why::Breadcrumb)
        } else if is_spam_title_list(line) || is_place_list(line) {
            Some(Why::Spam)
        } else if !line.chars().any(char::is_alphanumeric) {
            Some(Why::Punctuation)
        } else if (head || tail) && is_metadata(line) {
            if out.date.is_none() {
                out.date = normalise_date(line);
            }
            Some(Why::Metadata)
        } else if (head || tail) && WIDGET.is_match(line) {
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
            Some(w) => out.removed.push((w, line.to_string())),
            None => out.kept.push(line.to_string()),
        }
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
        assert_eq!(
            s.title.as_deref(),
            Some("工信部:60家国家高新区创建了国家级绿色工业园区")
        );
        assert_eq!(s.date.as_deref(), Some("2023-12-15"));
        assert_eq!(s.kept, vec![page[4].to_string()]);
        assert_eq!(s.removed.len(), page.len() - 1);
    }
}
