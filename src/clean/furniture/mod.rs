//! Page furniture and spam, decided line by line.
//!
//! Lines are judged in simplified script with fullwidth letters folded, so
//! one vocabulary serves traditional pages too. Signals that generalise
//! beyond one site: position (a head zone before the first body paragraph,
//! a tail zone after the last; a closing signature, an issuing body over a
//! date, ends the body), sentence shape (body paragraphs end in 。!?;
//! furniture rarely does), separators (`_` spam title lists, `|` link bars
//! and place-name lists, `>` breadcrumbs), field shape (`来源:`, `作者:`,
//! a date with little else), contact data (phone numbers, WeChat), the
//! decoration and calls to action of adverts inserted into the body
//! (★★★, `>>`, 扫码…), a press release's end mark (完), and a small
//! vocabulary of page furniture (分享, 版权, ICP备, 相关文章…). A numbered heading after the last paragraph
//! carries the body on through that section.
//! Metadata lines yield the record's date (a Taiwan page's in the ROC
//! calendar) and source, and the headline before them (or their `标题:`
//! field) its title.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use super::metadata::{is_organisation, names_division};
use crate::lm::is_han;
use crate::pattern::Pattern;
use headline::Headline;

mod headline;

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
    EndMark,
    Footer,
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
            Why::Punctuation => "no text, only punctuation (or a bare number after the body)",
            Why::EndMark => "end mark of a press release, or the page's after it",
            Why::Footer => "site footer, set off by a rule under the closing date",
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
    /// The headline: a disclosure table's `标题:` or `名称:` field, else the line.
    pub title: Option<String>,
    pub date: Option<String>,
    /// The issuing body a closing signature or a `来源:` field names.
    pub issuer: Option<String>,
    /// The organisation whose page it is, as a masthead above the headline
    /// names it (`香港特别行政区政府　新闻公报`) or the site a breadcrumb
    /// opens with.
    pub masthead: Option<String>,
    /// Whether the page dates itself in the ROC calendar (`发布日期:113-03-20`),
    /// as only Taiwan does.
    pub roc_dated: bool,
}

/// The labels of a page's information table (索引号, 发文字号, 有效性…).
const TABLE_LABEL: &str =
    "索引号|主题(?:分类|词)?|发文机关|标题|名称|发文字号|文号|公开方式|公开范围|有效性";

/// A breadcrumb, by how it opens: its label, its root (`Home >`), two `>>`
/// between short items (`人民网 >> 人民日报 >> 第04版`), or a whole line of
/// three or more short items set apart by ` > ` (`海口市人民政府网 > 新闻中心 >
/// 新闻发布会`).
static BREADCRUMB_OPENING: LazyLock<Pattern> = lazy_regex!(
    r"^(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|所在位置|现在位置|(?i:home)\s*[>›»→]|[^>。,，]{1,20}>>[^>。,，]{1,30}>>|[^>›»。,，]{1,20}(?:\s[>›»]\s[^>›»。,，]{1,20}){2,}$)"
);
/// A breadcrumb's root (首页 >) or leaf (> 正文), wherever it stands.
/// (Apart from [`BREADCRUMB_OPENING`]: unanchored, its words are looked
/// for first.)
static BREADCRUMB_STEP: LazyLock<Pattern> = lazy_regex!(r"首页\s*[>›»/→]|[>›»→]\s*正文");

fn is_breadcrumb(line: &str) -> bool {
    BREADCRUMB_OPENING.is_match(line) || BREADCRUMB_STEP.is_match(line)
}
static DATE: LazyLock<Pattern> = lazy_regex!(
    r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?(?:\s*\d{1,2}:\d\d(?::\d\d)?)?|(?-u:\b)(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?-u:\b)"
);
/// A field label of the kind pages put around the headline: `来源:` (or
/// `来源 | `), `发布时间:`, `浏览次数:` (`点阅次数:` on a Taiwan page, `浏览人次:`),
/// `(责任编辑:…)`, `发稿单位:`, `发布机关:`, a WeChat article's credits (`监制:`, `终审:`),
/// the fields of a government disclosure table (`索引号:`, `主题分类:`, `主题词:`,
/// `发文机关:`, `标题:` or `名称:`, `发文字号:`), a post's `标签:` and
/// a repost's `原标题:` (the headline it had where it first ran), maybe
/// after a mark a WeChat article sets before its credits (`▌来源:`).
static META_FIELD: LazyLock<Pattern> = lazy_regex!(&format!(
    r"(?:^|[\s【\[(（*{MARKS}]|\d)(?:(?:信息|消息|文章|稿件|新闻稿|新闻|本文|资料)?(?:发布|更新|成文|发稿)?(?:时间|日期|作者|来源|出处|发布|发稿|浏览|阅读|点击|点阅|访问|编辑|责任编辑|审核|审校|校对|初审|复审|终审|监制|统筹|策划|美编|出品|图文|记者|通讯员|摄影|供稿|撰稿|标签|关键词|标题)(?:次数|人次|量|数|人|者|单位|机构|机关)?|{TABLE_LABEL}|新闻编号|(?i:source|date|author|views|posted|published|updated|editor|release\s+date))\s*(?:[:：]|[|｜丨]\s*\p{{Han}})|^[（(]?原(?:标题|题)\s*[:：]"
));
/// A date in the ROC calendar, whose years Taiwan counts from 1912
/// (`民国113年3月20日`, `113-03-20`, `113/03/20`).
static ROC_DATE: LazyLock<Pattern> =
    lazy_regex!(r"(民国\s*)?(\d{1,3})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?");
/// The end of a date field's label, right before its value (`发布日期:`).
static DATE_LABEL: LazyLock<Pattern> = lazy_regex!(r"(日期|时间)\s*[:：]\s*$");
/// The label of when an event was held (召开时间:, 举办日期:), which is not
/// when the page was published.
static OCCASION_LABEL: LazyLock<Pattern> =
    lazy_regex!(r"(召开|举行|举办|开幕|会议|活动)(日期|时间)\s*[:：]\s*$");
/// What says a date is a meeting's, right after it (`2026年10月27日会议`,
/// `…日召开`).
static OCCASION_AFTER: LazyLock<Pattern> = lazy_regex!(r"^\s*(会议|召开|举行|举办|开幕)");
/// Relative times and bare counters (`admin9个月前`, `阅读 1234`), a WeChat
/// account's card (`微信号 …`, `功能介绍 …`), the byline of a WeChat article (`原创 作者 公众号 2024-03-08 08:00
/// 发表于北京`) and the collection it is filed in (`收录于合集 #新闻发布会 56个`)
/// or a newspaper's (`本报记者 丁 怡 刘 涛`: names after a
/// space, nothing else), and the edition a newspaper printed the article
/// in (`《人民日报》(2025年03月11日 第04版)`).
static META_OTHER: LazyLock<Pattern> = lazy_regex!(
    r"admin|^(微信号|功能介绍)\s*[:：]?\s*\S|(?:^|\D)\d{1,3}\s*(个月|天|小时|分钟|周|年)前|(阅读|浏览|点击|点阅)\s*\d+|\d+\s*(次阅读|次浏览|人阅读)|^(全文|本文)[共约]?\s*\d+\s*字|阅读[约需大概]*\s*\d+\s*分钟|^原创\s|\s发表于\p{Han}+$|^收录于(?:合集|话题)\s*#|^(本报|本台|本刊|本网|新华社)?(特约)?(记者|通讯员)\s+\p{Han}[\p{Han}\s]{1,30}$|^《\s*\p{Han}{2,12}\s*》\s*[(（][^)）]*第\s*\d+\s*版\s*[)）]$"
);
/// The label of a date that says when a document was written, signed,
/// entered in a disclosure table or takes effect, not when the page was
/// published (`成文日期:`, `发文日期:`, `生成日期:`, `生效日期:`).
static WRITTEN_LABEL: LazyLock<Pattern> =
    lazy_regex!(r"(成文|发文|印发|签发|生成|生效|施行|实施)(日期|时间)\s*[:：]?\s*$");
/// The issuing body a `来源:` field names (a field of its own: `图片来源:`
/// names who took a picture).
static SOURCE: LazyLock<Pattern> = lazy_regex!(
    r"(?:^|[\s【\[(])(?:信息|文章|稿件|新闻)?(?:来源|出处|发布机构|发布机关|发布单位|发稿单位|发文机关)\s*[:：]\s*(\p{Han}+)"
);
/// A field label spread out with spaces to fill its table cell (`索 引 号:`,
/// `标　　题:`): each char set apart, at the start of a field.
static SPACED_LABEL: LazyLock<Pattern> =
    lazy_regex!(r"(?:^|\s)(\p{Han}(?:\s+\p{Han}){1,3})\s*[:：]");
/// A disclosure table's title field (`标题:`, or `名称:` in some
/// templates); its value is the headline.
static TITLE_FIELD: LazyLock<Pattern> = lazy_regex!(r"^(?:标题|名称|书名)\s*[:：]\s*(\S.*)$");
/// A line of a printed report's colophon (版权页: 书名：…, 出版：…, 印刷数量：…,
/// ISBN …): the page before it is the report's cover.
static COLOPHON: LazyLock<Pattern> = lazy_regex!(
    r"^(?:书名|出版|出版者|出版单位|出版日期|出版时间|编印|设计|设计及印刷|印刷|印刷数量|印数|发行|版次|定价)\s*[:：]|^ISBN[\s:：]*[\dX-]{10,}"
);
/// A rule under a headline (`＊＊＊＊＊`, `=====`), as press releases underline it.
static RULE: LazyLock<Pattern> =
    lazy_regex!(r"^[*＊=＝\-－_—~～]{3,}(?:分隔线[*＊=＝\-－_—~～]*)?$");
/// The label of the list of who else an official document goes to
/// (抄送:…), which opens its record (版记).
const COPIED_TO: &str = r"^(?:抄送|抄报|分送)\s*[:：]";
static COPIED_TO_LINE: LazyLock<Pattern> = lazy_regex!(COPIED_TO);
/// The record at the foot of an official document (版记): who else it
/// goes to (抄送:…) and who printed it when (某某办公室 2025年3月20日印发).
static RECORD_LINE: LazyLock<Pattern> = lazy_regex!(&format!(
    r"{COPIED_TO}|^\p{{Han}}{{2,20}}\s*(?:19|20)\d\d年\d{{1,2}}月\d{{1,2}}日\s*印发$"
));

/// Whether `line` opens the list of who else a document goes to (抄送：…).
pub(super) fn opens_copied_to(line: &str) -> bool {
    COPIED_TO_LINE.is_match(line)
}
/// The most chars of the line that ends a record's list of addressees
/// (各民主党派省委。).
const MOST_RECORD_TAIL_CHARS: usize = 30;
/// The longest line a call to watch or follow takes on its own, before
/// the body (a sentence inviting the reader to follow runs longer).
const MOST_CALL_CHARS: usize = 30;
/// A document number alone on its line, under an official document's
/// title (丰政办发〔2024〕9号, or in brackets as a gazette prints it).
static DOC_NUMBER_LINE: LazyLock<Pattern> = lazy_regex!(
    r"^[（(]?[\p{Han}]{1,12}\s*[〔\[(【]\s*(?:19|20)\d\d\s*[〕\])】]\s*第?\d{1,5}号[）)]?(?:\s+签发人\s*[:：]\s*\p{Han}{2,4})?$"
);

/// A legislature's paper number heading the paper (立法会CB(1)412/2026(03)号
/// 文件, 立法會CB(2)512/2025-26(04)號文件: lines are judged before t2s), over
/// its committee, the meeting, its kind and its title.
static PAPER_NUMBER: LazyLock<Pattern> = lazy_regex!(
    r"^立法[会會]\s*(?:[A-Z]{1,4}\s*)?[(（]?\d?[)）]?\s*\d{1,5}/\d{2,4}.{0,12}[号號]?文件(?:[(（][^)）]{1,6}[)）])?$"
);
/// Who a legislature's paper goes to (立法会福利事务委员会) or a brief's
/// kind (立法会参考资料摘要): a line of its header.
const PAPER_ADDRESS: &str =
    r"立法[会會]\p{Han}{2,24}(?:委员会|委員會)|立法[会會](?:参考资料摘要|參考資料摘要)";
/// A paper's file reference (档号：HHB CR 1/3231/26), whose numbers are no
/// date (檔號：TC CR 2/5/2026).
const FILE_REFERENCE: &str = r"(?:档号|檔號)\s*[:：]";
static FILE_REFERENCE_LINE: LazyLock<Pattern> = lazy_regex!(&format!("^{FILE_REFERENCE}"));
/// What else may open a legislature's paper above its title: its
/// [`PAPER_ADDRESS`] or its [`FILE_REFERENCE`].
static PAPER_OPENER: LazyLock<Pattern> =
    lazy_regex!(&format!(r"^(?:{PAPER_ADDRESS}|{FILE_REFERENCE}.{{1,40}})$"));
/// What a paper's header tells besides its title: its kind, the meeting
/// it is for (讨论文件, 2026年3月2日会议) and its [`PAPER_ADDRESS`], in
/// either script (lines are judged before t2s).
static PAPER_HEADER: LazyLock<Pattern> = lazy_regex!(&format!(
    r"^(?:(?:讨论|討論|资料|資料|参考|參考|背景)文件|\d{{4}}年\d{{1,2}}月\d{{1,2}}日(?:特别|特別)?(?:会议|會議)|目的|.{{0,16}}(?:背景资料简介|背景資料簡介)|(?:{PAPER_ADDRESS})(?:(?:讨论|討論|资料|資料|参考|參考|背景)文件)?)$"
));

/// What a website's name ends with after its owner's (门户网站, 官网).
static SITE: LazyLock<Pattern> = lazy_regex!(r"(?:(?:门户|入口)?网站|官网)$");

/// A time of day alone on its line, at most under a label, as a press
/// release stamps it under its date (`香港时间16时05分`, `16:05`); a
/// schedule's `9:00 报到` goes on with what happens then.
static CLOCK_LINE: LazyLock<Pattern> =
    lazy_regex!(r"^(?:\p{Han}{0,4}时间\s*[:：]?\s*)?(?:[01]?\d|2[0-3])(?:时[0-5]\d分|:[0-5]\d)$");

/// A line that is nothing but a date, as a signature closes a document.
static DATE_LINE: LazyLock<Pattern> = lazy_regex!(
    r"^((?:19|20)\d\d年\d{1,2}月\d{1,2}日|二[〇○零O][〇○零O一二三四五六七八九]{2}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$"
);
/// The month a document was issued, alone on its cover page (二〇二六年二月).
static COVER_DATE: LazyLock<Pattern> = lazy_regex!(
    r"^(?:(?:19|20)\d\d年\d{1,2}月|二[〇○零O][〇○零O一二三四五六七八九]{2}年[一二三四五六七八九十]{1,2}月)$"
);
/// A phone number: a mobile, digits in groups, or a landline under its
/// area code (`(02)8590-7166`, `0571-85252301`).
static PHONE: LazyLock<Pattern> = lazy_regex!(
    r"(?:^|\D)(1[3-9]\d{9}|\d{3,4}[- ]\d{3,4}[- ]\d{3,4}|[(（]0\d{1,3}[)）]\s*\d{3,4}-?\d{4}|0\d{2,3}-\d{7,8})(?:\D|$)"
);
/// The words of a contact block (联络 is Taiwan's 联系; 总机 a switchboard;
/// an account's 投稿邮箱).
static CONTACT_WORD: LazyLock<Pattern> = lazy_regex!(
    r"(微信|QQ|qq|联[系络]人|手机号|联[系络]电话|总机|扫一扫|长按|二维码|招商|租售|投稿|邮箱|电子信箱|[A-Za-z0-9._-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}|(?:电子邮件|电邮)\s*[:：]|^(联[系络]|通[讯信]|办公)地址|^地址\s*[:：]|^(服务|办公)时间\s*[:：]|(?i:(?-u:\b)(?:tel|fax|e-?mail|add(?:ress)?)\s*[:：]))",
);
/// Copyright and the site notices of a page footer (who runs the site,
/// as `主办: X` or `X主办 Y承办`, its registration numbers, the browser or screen it is best viewed on: `建议使用IE9以上版本浏览器`, `最佳浏览
/// 解析度 1280x1024`, `分辨率1024*768`, the protocol it serves: `本网站支持IPv6`;
/// a sentence on IPv6 deployment does not open with the site).
static COPYRIGHT: LazyLock<Pattern> = lazy_regex!(
    r"(版权|著作权属|copyright|Copyright|COPYRIGHT|©|转载|免责声明|ICP备|ICP证|网站标识码|公网安备|(?:^|\s)(主办|承办|协办|技术支持|运营维护)(单位)?\s*[:：]|(最近|最后)(修订|更新)日期|设计及管理|\p{Han}(?:主办|承办)(?:\s|$)|(解析度|分辨率)\s*[:：]?\s*\d{3,4}\s*[x×*]\s*\d{3,4}|\d{3,4}\s*[x×*]\s*\d{3,4}\s*(以上)?的?\s*(解析度|分辨率)|第\s*\d+\s*位访(问|客)者|^(本?网站|本站)已?支持\s*IPv6|^[^。]*(建议|推荐)(使用|采用)[^。，]{0,16}浏览器[^。，]{0,12}$)"
);
/// A repost's rights notice (`本文转载自…仅供学习交流,如有侵权请联系删除`,
/// `图文来源于网络,侵删`, `不代表本站观点`, `仅作学习资料整理之用，数据以官方
/// 发布为准`, `以上为个人整理的解读要点`), a blog post's update notice
/// (`本文最后更新于 2025-04-12，如内容有误，欢迎在评论区指出`), a note on
/// what the copy was compiled from (`（本文根据…演辞整理，如有错漏…）`), a
/// pointer to the full text (`文件全文请见…网站…栏目，以正式发布文本为准`), a
/// content farm's lede on its model essays (`本文是一篇…的范文，仅供参考，欢迎
/// 阅读与下载！`, `温馨提示：本文为网友投稿…`), a WeChat repost's attribution (`以下文章来源于天津民政`)
/// or an editor's lead into the text it reposts (`…听取了…的报告。现将报告
/// 全文刊发如下。`):
/// the site's words, not the document's, wherever the page puts them, even
/// above the body.
static RIGHTS_NOTICE: LazyLock<Pattern> = lazy_regex!(
    r"如有侵权|侵删|全文转载|转载请注明(?:出处|来源)|仅供(学习|交流|参考学习|参考交流)|本文是一篇[^。！]{0,40}范文|本文为网友投稿|欢迎(阅读|参考)(与|和|并)?下载|仅作[^，。]{0,6}(学习|参考|资料)|以[^，。]{0,24}(官方|官网|网站)[^，。]{0,8}为准|以正式(发布|印发|公布)的?(文本|版本)为准|以[^，。]{0,24}正式(发布|印发|公布)[^，。]{0,6}为准|全文[^，。]{0,4}(见|详见|参见|查阅)[^，。]{0,30}(网站|官网|栏目)|个人整理|(?:版权|著作权)归原作者|不代表本(站|网|平台|号|公众号)的?(观点|立场)|^以下文章来源于|如(?:涉及|有)版权问题|请?联系(?:本站|我们|小编)删除|本文最后更新于|^[（(]?本文根据[^。]{0,60}整理|全文(?:刊发|刊登|刊载)如下|^本文(?:转载|转引|转|摘|选)自|^[（(]?本文由[^。，,]{2,40}(?:供稿|提供)[)）]?$"
);
/// A news story's dateline on a line of its own, its reporters after it
/// (`广西新闻网南宁9月24日讯（记者 黄珊珊）`); opening a paragraph, the
/// same words belong to the story.
static DATELINE: LazyLock<Pattern> =
    lazy_regex!(r"^\p{Han}{2,16}\d{1,2}月\d{1,2}日(讯|电)\s*([(（][^()（）]{1,40}[)）])?$");
/// The words of the way to the previous or next article: a control among
/// the page's buttons, and the end of its body (see [`turns_page`]).
macro_rules! page_turn_label {
    () => {
        "上一篇|下一篇|上一条|下一条|上一则|下一则"
    };
}
/// Share, print and navigation controls (列印 and 友善列印 are a Taiwan
/// page's print button, which t2s leaves alone; 回上一页 its back link).
const CONTROL: &str = concat!(
    "(?i:share(?:\\s+to)?|print|font)|大\\s*(?:[】\\]|｜]\\s*[【\\[|｜]?|\\s)\\s*中\\s*(?:[】\\]|｜]\\s*[【\\[|｜]?|\\s)\\s*小|字型(?:大小)?|字级设定|字级设置|字体设置|字体大小|分享|打印|复制全文|复制本文|下载本文|下载全文|免费下载|下载(?:Word|PDF|WPS)?文档|友善列印|列印本页|电邮本页|列印|回上一页|回页首|字级|下载PDF|下载券|挑错|关闭|收藏|加入收藏|字体|字号|",
    page_turn_label!(),
    "|上一章|下一章|返回|电邮此页|扫码|点赞|我要纠错|纠错|阅读原文"
);
/// The label of a drop-down list of links between dashes, maybe with its
/// first entry (`---国家部委网站---水利部长江水利委员会`, `--请选择--`).
static SELECT_LABEL: LazyLock<Pattern> = lazy_regex!(r"^[-－—=]{2,}\s*\p{Han}{2,12}\s*[-－—=]{2,}");
/// A line opening with a control's word, in the head or tail of a page.
/// A control may be worded as the reader's wish (【我要打印】).
static WIDGET: LazyLock<Pattern> =
    lazy_regex!(&format!(r"^[|｜\s«‹↓→]*[【\[]?\s*(?:我要)?({CONTROL})"));
/// A control in its button or field form (`【打印】`, `字体:大 中 小`,
/// `分享到:`): a headline may open with the same words (关闭…, 分享经济…),
/// never in that form.
static CONTROL_FORM: LazyLock<Pattern> = lazy_regex!(&format!(
    r"^(?:[【\[]\s*(?:我要)?(?:{CONTROL})|(?:{CONTROL})(?:到|至)?\s*[:：])"
));
/// A control or placeholder that is a whole line wherever it stands: the
/// buttons under a WeChat article (and its `继续滑动看下一个`), a bare `返回` link, a
/// site's own links (联系我们, 网站地图), an image or an advert left as its label.
static LONE_WIDGET: LazyLock<Pattern> = lazy_regex!(&format!(
    r"^[【\[<‹«]?\s*((?:English|繁體|繁体|简体|中文)(?:\s*[|｜/]\s*(?:English|繁體|繁体|简体|中文))+|赞|在看|转发|评论|写留言|阅读原文|预览时标签不可点|听全文|推荐|挑错|0\d|{GREETING}[!！]?|返回|返回\p{{Han}}{{0,6}}列表|下载|搜索|返回页首|返回页顶|图片|视频|{TAB}|\p{{Han}}{{0,8}}视频(?:回放)?时长\s*[:：]?\s*\d{{1,2}}(?::\d{{2}}){{1,2}}|广告|推广|纠错|我要纠错|打印本页|关闭窗口|联系我们|网站地图|关于我们|(?i:contact\s+us)(?:\s+联系我们)?|(继续|向上|向左)?滑动看下一个|\p{{Han}}{{0,6}}(英文版|简体版|繁体版|中文版)|其他语言版本\s*[:：].*|A\s*-\s*A\s*\+|[|｜]?\s*(?:Facebook|LINE|Line|X|Twitter|Plurk|WhatsApp|Telegram|微博|QQ空间))[】\]]?$"
));
/// The reader's reactions a news page counts under an article (举报,
/// 点赞 128): with the controls, the words of a row that holds nothing else.
const REACTION: &str = "举报|反馈|投诉|评论|点赞|赞赏|打赏|赞|在看|转发";
/// The tabs of a press conference's page (`文字实录 图片直播 相关报道`),
/// but its related-articles tab, which is [`RELATED`]'s on a line alone.
const TAB: &str = "视频回放|文字实录|图文直播|图片直播|视频直播";
/// One item of a row of controls: a control's or a reaction's word, or its
/// count, maybe in brackets (`赞赏 | 评论 (3)`).
static CONTROL_ITEM: LazyLock<Pattern> = lazy_regex!(&format!(
    r"^(?:{CONTROL}|{REACTION}|{TAB}|相关报道|\d+|[(（]\d+[)）])$"
));
/// A news site's prompt to read on in its app (`打开APP,阅读体验更佳`,
/// `下载客户端`, `APP内打开`).
static APP_PROMPT: LazyLock<Pattern> =
    lazy_regex!(r"(?i)^(打开|下载|安装)\S{0,10}?(app|客户端)|(app|客户端)内(打开|阅读|查看)");
/// One `label:value` field of a table row (`解读人:郑晓东`): a label of a
/// few Han chars at the start of the line or after a space, a value after it.
static FIELD: LazyLock<Pattern> = lazy_regex!(r"(?:^|\s)\p{Han}{2,6}\s*[:：]\s*[^\s:：]");
/// A site's greeting to its visitors (欢迎访问某市人民政府网站!).
const GREETING: &str = r"欢迎(?:光临|访问|来到)\p{Han}{0,16}";
/// A greeting opening a line of links (欢迎访问…网站!无障碍 | 登录).
static WELCOME: LazyLock<Pattern> = lazy_regex!(&format!(r"^{GREETING}[!！\s]\s*"));
/// See [`is_link_bar`]. (Labels in 【】 are an editor's fields: 【来源：…】.)
static LINK_LABELS: LazyLock<Pattern> = lazy_regex!(r"^(?:\s*\[[^\[\]]{1,24}\]){2,}\s*$");
/// A short group in brackets beside a date (`【大 中 小】`, `【打印】`).
static BRACKETED: LazyLock<Pattern> = lazy_regex!(r"[【\[][^】\]]{0,12}[】\]]");
/// The mark a press release ends with, on a line of its own (`完`, `(完)`,
/// `-完-`, `【全文完】`, a wire service's `NNNN`), maybe in a markdown copy's emphasis and escapes
/// (`*\- END -*`).
static END_MARK: LazyLock<Pattern> =
    lazy_regex!(r"^[(（【\[\-－—\s*_\\]*(?:完|全文完|本文完|END|End|NNNN)[)）】\]\-－—\s*_\\]*$");
/// A call to scan, press or follow, maybe behind a pointing emoji or
/// arrows (`👆点击上方蓝字`, `点击“阅读原文”`, `↓↓↓ 关注“某某”公众号`), or
/// to press a button under the article (`觉得有用？欢迎点击下方按钮赞赏`): an
/// advert inside the body, not prose; after the body, even in sentences.
static CALL_TO_ACTION: LazyLock<Pattern> = lazy_regex!(
    r"^[\p{Extended_Pictographic}↓↑⬇▲▼▶►\s*_]*(扫码|扫一扫|扫描二维码|长按|点击(蓝字|上方|下方|关注|这里|此处|“?阅读原文|“?在看)|(?:喜欢|觉得\p{Han}{0,4})?就?点(?:个|一下|亮)?[“\x22]?在看|关注我们|关注[^，。]{0,16}公众号)|点击(上方|下方|右上角|右下角)[^，。]{0,6}(按钮|二维码|蓝字|卡片|打赏|赞赏)|鼓励我继续创作|欢迎在(?:留言区|评论区)|欢迎关注[^，。]{0,12}(?:公众号|微信号|视频号)|请(?:我|作者|小编)喝(?:一?杯)?(?:咖啡|茶)|欢迎(?:点赞|转发|收藏|分享)[、，,]|欢迎打赏|打赏支持|别忘了(?:分享|点赞|转发)|^(?:更多|详细|详情)[^，。]{0,12}请(?:浏览|访问|登录|查阅|参阅)[^，。]{0,16}(?:网站|网页|主页|专栏|数据库|平台)"
);
/// Words that sell a service or a franchise (诚招代理商, 加盟, 代办).
static SELLS: LazyLock<Pattern> = lazy_regex!("招商|代理|诚招|加盟|代办|批发|包邮|包过|优惠");
/// A line's closing call to get in touch (欢迎来电咨询, 欢迎洽谈), as an
/// advert ends.
static ASKS_FOR_CALLS: LazyLock<Pattern> = lazy_regex!(
    "(?:欢迎|敬请)(?:来电|致电)?(?:咨询|洽谈|垂询)[。.]?$|(?:来电|致电)(?:咨询|洽谈|垂询)[。.]?$"
);
/// A pitch no body sentence makes, selling by itself with no phone given
/// (全程代办，包过！; not a notice's 招商优惠政策).
static HARD_SELL: LazyLock<Pattern> = lazy_regex!("代办|诚招|加盟|包邮|包过[！!]");
/// An invitation to add someone's own WeChat (可以加我微信 cplc2026): an
/// advert for a person, whatever sentence it is in.
static PERSONAL_CONTACT: LazyLock<Pattern> = lazy_regex!(
    r"(?:加|添加)(?:我|小编|作者)的?(?:个人)?微信|微信号?\s*[:：]?\s*[A-Za-z][A-Za-z0-9_-]{4,}"
);
/// The decoration of an inserted advert: a run of stars or pointers (→→), a
/// `>>` before or after that makes the line a link (`>>点击查看：…`), or its
/// label (`【广告】`, `【推荐】`, `【商铺招商】`; not a zone's own 【精准招商】
/// section).
static AD_DECORATION: LazyLock<Pattern> =
    lazy_regex!(r"[★☆◆◇▶►☞👉]{2,}|→→|←←|(>>|》》|→)$|^(>>|》》)");
/// The label of an inserted advert (【推荐】, 【商铺招租】, 【项目申报代理】,
/// 【免费咨询】, （广告）): a page's own text never opens a line selling a
/// service (a 【免费体检】 or 【招生考试】 line tells of one).
static AD_LABEL: LazyLock<Pattern> = lazy_regex!(
    r"^(?:[（(]广告[）)]|[【\[](?:广告|推荐|推广|(?:商铺|店铺|旺铺|门面|写字楼|厂房|摊位)招(?:商|租)|[^】\]]{0,6}(?:代理|代办|代写|加盟)[^】\]]{0,4}|免费(?:咨询|试听|领取))[】\]])"
);
/// An emoji opening a line (`😊 投稿邮箱:…`, `🔥 周末去哪儿?`): outside
/// the body, where an account promotes itself, such a line is no prose.
static EMOJI_LED: LazyLock<Pattern> = lazy_regex!(r"^\p{Extended_Pictographic}");
/// A download link or the header over one (`附件下载:`, `…申报书.docx`):
/// a file name with its extension, maybe with the file's size after it
/// (`…公报.pdf(2.3MB)`) or how often it was downloaded (`（已下载 213 次）`),
/// ends the line.
static ATTACHMENT: LazyLock<Pattern> = lazy_regex!(
    r"(?i)^(附件下载|相关附件|下载附件|相关下载)|\.(pdf|docx?|xlsx?|wps|ofd|odt|zip|rar|jpe?g|png)(\s*[(（]\s*([a-z]{2,4}\s*[，,]\s*)?([\d.]+\s*[KMG]B|下载次数\s*[:：]\s*\d+|已?下载\s*\d+\s*次)\s*[)）])?$|[(（][^()（）]{0,8}?(pdf|docx?|xlsx?|excel|word|wps|ofd|odt|zip)\s*[，,]\s*[\d.]+\s*[KMG]B\s*[)）]$|[(（](pdf|docx?|xlsx?|odt|ofd|wps|zip)[)）]\s*[\d.]+\s*[KMG]B$"
);
/// The label of a list of other articles (相关文章, 延伸阅读, 猜你喜欢…;
/// 相关连结 on a Taiwan page; 喜欢此内容的人还喜欢 under a WeChat article;
/// 相关解读 under a policy's text; a content farm's 相关搜索 and 大家都在搜).
/// A comment box (发表评论, then 昵称,
/// 验证码…) ends the page the same way.
const RELATED_LABEL: &str = r"(?i:related\s+(?:articles|news|links|stories|reading))(?:\s*\p{Han}{2,6})?|(本文|文章|热门|相关)?标签|(其他)?(相关|推荐|热点|热门|延伸|精彩|往期|最新|更多|招商|同日)(文章|稿件|报道|阅读|新闻|链接|连结|推荐|资讯|内容|专题|信息|文件|文档|档案|图片|解读|问答|新闻稿|动态|消息|公告|政策|发布会|发布|搜索|新闻公报)(推荐|解读)?|图片新闻|大家都在搜|猜你喜欢|喜欢此内容的人还喜欢|(今日|同日|当日)(其他)?新闻(公报|稿)?|其他新闻(公报)?|你可能感兴趣.{0,4}|(发表|我要|网友|最新)(评论|留言)|评论列表|留言板";
/// The marks a WeChat article sets before a header or a credit (`▌来源:`,
/// `▼ 往期推荐 ▼`).
const MARKS: &str = "▼▲■◆●▌";
/// A related-articles header on a line of its own, maybe between dashes
/// or pointers (`— 推荐阅读 —`, `▼ 往期推荐 ▼`, `—— 招商推荐 ——`): what follows
/// is teasers or adverts. A count and a link to them all may follow
/// (`相关图片（3） 浏览全部图片`). A content farm puts the page's own
/// title in brackets before it (`【…2025年乡村振兴工作总结】相关文章：`).
static RELATED: LazyLock<Pattern> = lazy_regex!(&format!(
    r"^(?:【[^】]{{2,40}}】)?[【\[—－\-\s{MARKS}]*({RELATED_LABEL})[】\]—－\-\s{MARKS}]*[:：]?(?:\s*[（(]\d+[)）])?(?:\s*(?:浏览|查看)(?:全部|更多)\p{{Han}}{{0,4}}|\s*更多)?$"
));
/// How many lines before the body's end a list of attachments may open.
const ATTACHMENT_LIST_LINES: usize = 9;
/// An item of a numbered list of attachments, and the label opening it.
static ATTACHMENT_ITEM: LazyLock<Pattern> = lazy_regex!(r"^\s*\d{1,2}\s*[.．、]\s*\p{Han}");
static ATTACHMENT_LIST: LazyLock<Pattern> =
    lazy_regex!(r"^附件\s*[:：]\s*\d{1,2}\s*[.．、]\s*\p{Han}");

/// The way to the previous or next article (`上一篇：…`, `下一篇：…`); see
/// [`turns_page`] for where it stands.
static PAGE_TURN: LazyLock<Pattern> = lazy_regex!(concat!(
    r"[【\[]?(?:",
    page_turn_label!(),
    r")[】\]]?\s*[:：]"
));

/// Whether `line` holds the way to the previous or next article, opening
/// the line or after a bar among the page's buttons (`« 上一篇：… | 下一篇：…`).
/// (The label is looked for first: a pattern anchored at either place
/// would scan every line of the body char by char.)
fn turns_page(line: &str) -> bool {
    PAGE_TURN.find_iter(line).any(|m| {
        let before = line[..m.start()].trim_end();
        before.is_empty() || before.ends_with(['|', '｜'])
    })
}

/// The label of a link to the same content in another form, as a policy
/// page offers its graphic, video or animated version (`【一图读懂】…`).
const VERSION_LABEL: &str = r"一图(读懂|看懂|速览|了解)|图解|图说|图文解读|文字解读|视频解读|视频回放|视频|动漫解读|动画解读|音频解读|H5";
/// One teaser inserted into the body under a bracketed label
/// (`【延伸阅读】另一篇文章的标题`, `【一图读懂】…`), or a link to another
/// version of the page under its label (`图解：一图读懂《…》`).
static TEASER: LazyLock<Pattern> = lazy_regex!(&format!(
    r"^(?:[【\[]({RELATED_LABEL}|{VERSION_LABEL})[】\]]|({VERSION_LABEL})\s*[:：])"
));
/// The links to other pages after their label on one line, as a page's
/// foot lists them (`相关连结:长照专区 长照服务资源地理地图`) or its head
/// the document it interprets (`相关文件:…的通知(原文)`); inside the body
/// the same label may open a sentence, so only the head and tail are judged.
static RELATED_LINKS: LazyLock<Pattern> = lazy_regex!(&format!(r"^({RELATED_LABEL})\s*[:：]"));
/// A link after the body to a reading of the page's document under its
/// label (【政策解读】《…行动方案（2026—2028年）》政策解读).
static INTERPRETATION_LINK: LazyLock<Pattern> = lazy_regex!(r"^[【\[][^】\]]{0,6}解读[】\]]");
/// A content farm speaking to its readers about the page
/// (`【导读】本文为大家整理了…，建议家长收藏！`, `本站已为部分多音字加注拼音`,
/// `为方便读者阅读`).
static FARM_LEDE: LazyLock<Pattern> = lazy_regex!(
    r"本文是?为(?:大家|您)|为(?:大家|您)整理|建议(?:家长|大家)?收藏|小编|本(?:站|网|平台)已?(?:为|对)|为方便(?:读者|大家|您|网友)"
);
/// The label of a link to the page's source (`原文链接：`, `本文网址:`).
static LINK_LABEL: LazyLock<Pattern> =
    lazy_regex!(r"^[【\[]?(?:原文|本文|文章|原始|网页|来源)(?:链接|网址|地址|出处)[】\]]?\s*[:：]");
/// The wide gaps between the links of a row (`视频回放    图文直播`).
static LINK_GAP: LazyLock<Pattern> = lazy_regex!(r"\s{2,}|[\t\u{3000}]");
/// An image caption inside the body: `图片来源:…`, `(图源:…)`, `▲资料图`,
/// a picture's short label (`图片：记者会现场`),
/// a short ▲ line of one clause (`▲ 全市侨务工作会议现场`; a ▲ bullet runs
/// longer or breaks into clauses), `图｜…`, a picture's label with its
/// credit (`图片：…（交通事务局提供）`, `图片1：…（运动局提供）`), or a short line
/// with its photographer's credit (`发布会现场（记者 马俊 摄）`).
static CAPTION: LazyLock<Pattern> = lazy_regex!(
    r"^([▲△].*[（(]\s*(摄影|摄|图|供图)\s*[/／:：]\s*\p{Han}{2,4}\s*[)）]$|[(（]?(图片来源|图片来自|图源|图片由|供图|摄影\s*[:：])|[*_]*(图片?|相片)\s*\d{0,2}\s*[:：][^。]{1,30}[*_]*$|[*_]*[▲△]\s*(图|资料图|视频)|[*_]*[▲△]\s*[^。；;，,]{2,30}$|图\s*[｜|丨/／]|(图片|图)\s*\d{0,2}\s*[:：][^。]*[（(][^（）()]{1,20}(提供|供图|摄)[)）]$|^[^。]{2,40}[（(](记者|通讯员)?\s*\p{Han}{2,4}(\s+\p{Han}{2,4})?\s*摄[)）]$|^[^。]{2,40}[（(][^（）()]{2,20}供图[)）]$|^[▲△].*[（(][^（）()]{1,20}(摄|供图)[)）]$|^[^。]{2,40}[（(](图片来源|图源|图|摄影|供图)\s*[:：][^（）()]{1,30}[)）]$|^[^。]{2,30}。?\s*(记者|通讯员)\s*\p{Han}{2,4}(\s+\p{Han}{2,4})?\s*摄$)",
);
/// Who wrote an interpretation (`解读机关：…`, `解读人：…`): after the
/// body, its credits; under a heading of the body's own (四、解读机关及
/// 联系方式), part of it.
static INTERPRETER: LazyLock<Pattern> = lazy_regex!(r"^解读(?:机关|机构|单位|部门|人)\s*[:：]");
/// A WeChat account's card, the line saying what the account is
/// (栾川县文化广电和旅游局官方公众号，发布栾川文旅资讯…): beside the
/// article, not of it.
static ACCOUNT_BIO: LazyLock<Pattern> = lazy_regex!(
    r"^[^据从通关记。，,][^。，,]{1,29}?官方(?:微信(?:公众号|视频号|服务号|订阅号)?|公众号|视频号|服务号|订阅号)(?:[，,。]|$)"
);
/// A content farm's summary of the article over it (`【导读】…`,
/// `【导语】…`, `【小编导读】…`, `导读：本文是由本站网友投稿的…`), an
/// account's label over its digest of it (`【划重点】`) or its
/// count of the pages a download holds (`本文共6页，可免费阅读全文`): no
/// part of it.
static FARM_SUMMARY: LazyLock<Pattern> = lazy_regex!(
    r"^\s*(?:【[^】]{0,4}?导(?:读|语)】|【划重点】\s*$|导读\s*[:：]|本文共计?\s*\d+\s*页)"
);

/// A picture's note under its label, sentences and all (`图片说明：…。`,
/// `图片 局长今日在记者会上…。`), a label pointing to one (`▼ 一图读懂 ▼`), or what a page shows where its video does not play (`您的浏览器不支持
/// video 标签，请升级浏览器后观看视频。`).
static PICTURE_NOTE: LazyLock<Pattern> = lazy_regex!(
    r"^图片?说明\s*[:：]|^图片\s+\S|^[▼▲↓⬇]\s*\p{Han}{2,10}\s*[▼▲↓⬇]$|^(您的)?浏览器(暂)?不支持\s*(video|audio|HTML5|视频|音频)|^(视频|音频|图片|内容)?(正在)?加载中[，,]?\s*(请稍候|请稍等)?[.。…]*$"
);
/// A picture's caption with its credit (`图为…。 记者 王浩 摄`), an
/// editor's byline in brackets (`【责任编辑:陈晓燕】`) or a story's credit
/// (`(县农业农村局 王磊 文/图)`) or a transcript's note (`（根据录音整理，
/// 未经本人审阅）`): furniture wherever it stands, even inside the body. (A
/// notice's `（此件公开发布）` is not: careful readers keep it as often as
/// not.)
static CREDIT: LazyLock<Pattern> = lazy_regex!(
    r"^(图为|[上下左右]图[:：为])|\s(记者|通讯员|摄影)\s*\p{Han}{2,4}(\s+\p{Han}{2,4})*\s*(摄|供图)$|^[【\[(（]\s*(责任编辑|编辑|审核|校对|责编|文字整理|整理|文字记录|记录整理)\s*[:：][^】\])）]{1,30}[】\])）]$|^[(（][^()（）]{2,30}\s(文/图|文／图|图/文|图文)[)）]$|^[(（]\s*根据(录音|现场)[^()（）]{0,6}整理[^()（）]{0,16}[)）]$"
);
/// A numbered heading (一、, (二), 3., 第一章 总则): the document goes on
/// after it.
static NUMBERED: LazyLock<Pattern> = lazy_regex!(
    r"^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.．、]\s*\D|第[一二三四五六七八九十]+(?:章|节|编|篇|部分)(?:\s|$))"
);

/// Whether `line` opens with a number of a heading or list item (一、, (二),
/// 3., 第二章 主要任务).
pub(super) fn opens_numbered(line: &str) -> bool {
    NUMBERED.is_match(line)
}

static URL: LazyLock<Pattern> = lazy_regex!(r"(https?://|www\.)[!-~]+");
/// How a sentence ends, or a sentence that opens what follows it (…如下：,
/// 以下是今日…议员的提问和…局长的书面答复：).
static SENTENCE_END: LazyLock<Pattern> =
    lazy_regex!(r"[。!?;!?;…”]$|[。!?]|如下[:：]$|^\s*以下[^:：]{8,}[:：]$");

/// An emoji, as `\p{Extended_Pictographic}` has them (past the arrows,
/// which mark a link, and ©, ®, ™), the selector that asks for one, or a
/// block element (the bar a WeChat heading opens with: ▍抱团发展).
static EMOJI: LazyLock<Pattern> = lazy_regex!(
    r"^(?:[\p{Extended_Pictographic}&&[^\x00-\u{21FF}]]|\u{FE0F}|[\u{2580}-\u{259F}])$"
);

/// `line` without the emoji or bars it opens or ends with (`📢 近日…`,
/// `一起来看!👇`, a post's pointer at what follows, `▍抱团发展`):
/// decoration, not text. Lines are judged with them; a kept line loses them.
pub fn without_decoration(line: &str) -> &str {
    // (Every emoji of the pattern lies above U+2200 and none is Han: most
    // lines' ends are answered without the regex.)
    let is_emoji = |c: char| {
        c >= '\u{2200}' && !crate::lm::is_han(c) && EMOJI.is_match(c.encode_utf8(&mut [0; 4]))
    };
    if !line.ends_with(is_emoji) && !line.starts_with(is_emoji) {
        return line;
    }
    line.trim_matches(|c: char| is_emoji(c) || c.is_whitespace())
}

fn has_han(line: &str) -> bool {
    line.chars().any(crate::lm::is_han)
}

/// A line with the shape of body prose: long enough and punctuated, and no
/// bar of links (欢迎访问某市人民政府网站!无障碍 | 长者模式 | 登录).
fn is_prose(line: &str) -> bool {
    line.chars().count() >= 20
        && SENTENCE_END.is_match(line)
        && !is_teaser(line)
        && !(line.contains('\t') && TABBED_FIELD.is_match(line))
        && !is_link_bar(line)
}

/// A field of an information table, its label's cell apart from its
/// value's (`内容概述：⇥经县十八届人大五次会议审议批准。`): never a paragraph.
/// Only the labels of such tables: a body's own (主要目标：⇥…) stays.
static TABBED_FIELD: LazyLock<Pattern> = lazy_regex!(&format!(
    r"^(?:{TABLE_LABEL}|内容概述|内容摘要|摘要|分类|发布机构|成文日期|发布日期|生效日期|信息来源)[:：]\t"
));

/// A line cut short by an ellipsis (…部署2026年重点任务……): the teaser of
/// another article, not a sentence of this one.
fn is_teaser(line: &str) -> bool {
    line.ends_with("……") || line.ends_with("...")
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

static BRACKETED_DIVISIONS: LazyLock<Pattern> = lazy_regex!(r"[（(][^（）()]{1,8}[)）]");

/// The addressee a report or notice opens with (县人民政府：, 各县（市、区）
/// 人民政府，市政府各部门：): names and their commas, closed by a colon.
fn is_salutation(line: &str) -> bool {
    line.strip_suffix(['：', ':']).is_some_and(|names| {
        // (The divisions in brackets: 县（市、区）.)
        let names = BRACKETED_DIVISIONS.replace_all(names, "");
        !names.is_empty()
            && names.chars().count() <= 60
            && !names.contains(['。', '：', ':'])
            && names.split(['，', '、', ',']).all(|n| {
                is_organisation(n.trim_start_matches('各'))
                    || n.ends_with("部门")
                    || n.ends_with("单位")
                    || OWN_LEADERSHIP.is_match(n)
            })
    })
}

/// The leading bodies of the writer's own division, as a report addresses
/// them (县委、县政府：, 市人大常委会：).
static OWN_LEADERSHIP: LazyLock<Pattern> =
    lazy_regex!(r"^[省市县区州盟旗镇乡](?:委|政府|人民政府|人大常委会|政协)$");

/// A line of nothing but hashtags (#体育公园 #全民健身): a post's tags.
fn is_hashtag_list(line: &str) -> bool {
    // (Its first tag opens it, as few lines open: they need no more reading.)
    let first = line.trim_start();
    (first.is_empty() || first.starts_with(['#', '＃']))
        && line.split_whitespace().all(|tag| {
            tag.strip_prefix(['#', '＃']).is_some_and(|t| {
                (1..=20).contains(&t.chars().count()) && !t.starts_with(['#', '＃'])
            })
        })
}

/// A table row is body, however short its cells: a markdown row
/// (`| 指标 | 2025年 |`), or `|`-separated cells with a figure in them
/// (`规模以上工业企业数量 | 家 | 1200 | 1500 | 预期性`), which place lists
/// and link bars never have.
fn is_table_row(line: &str) -> bool {
    line.starts_with(['|', '｜'])
        || line.contains(['|', '｜']) && line.contains(|c: char| c.is_ascii_digit())
}

fn is_place_list(line: &str) -> bool {
    line.matches('|').count() >= 4 && !line.contains('。') && !is_table_row(line)
}

/// A bar of links: three or more short items between `|` (联系我们 | 网站地图 |
/// 政府网站资料开放宣告), a post's tags between `#` (燃气安全 # 安全生产 # 宜都),
/// or two or more links set as labels in square brackets ([PDF 版本 (412 KB)]
/// [返回页首]).
/// Link labels are words; a row with figures is a table.
fn is_link_bar(line: &str) -> bool {
    if LINK_LABELS.is_match(line) {
        return true;
    }
    // Fewer than three items, as most lines are: nothing more to read.
    if crate::text::bars_and_hashes(line) < 2 {
        return false;
    }
    // A site's greeting may open its top bar (欢迎访问某市人民政府网站!无障碍 |
    // 长者模式 | English | 登录).
    let line = WELCOME.find(line).map_or(line, |m| &line[m.end()..]);
    // A label before an item ([VIP专享] 下载本文（Word版）) is no part of it.
    let items: Vec<&str> = line
        .split(['|', '｜', '#'])
        .map(str::trim)
        .map(|i| {
            BRACKETED
                .find(i)
                .filter(|m| m.start() == 0)
                .map_or(i, |m| i[m.end()..].trim_start())
        })
        .collect();
    // Figures make a table, but for the year of a copyright (2026 | 重要告示 | …,
    // 2026 重要告示 | …) and the date a page was last revised (修订日期:
    // 2026年5月12日).
    static REVISED: LazyLock<Pattern> = lazy_regex!(
        r"^(?:修订|修改|更新|最后更新|最近更新)(?:日期|时间)[:：]\s*\d{4}(?:[-./]\d{1,2}[-./]\d{1,2}|年\d{1,2}月\d{1,2}日)$"
    );
    static LEADING_YEAR: LazyLock<Pattern> = lazy_regex!(r"^(?:19|20)\d\d\s+");
    let year = |i: &str| {
        i.len() == 4
            && i.bytes().all(|b| b.is_ascii_digit())
            && (i.starts_with("19") || i.starts_with("20"))
    };
    let mut items = items;
    if let Some(first) = items.first_mut() {
        *first = LEADING_YEAR
            .find(first)
            .map_or(*first, |m| &first[m.end()..]);
    }
    items.len() >= 3
        && !line.starts_with(['|', '｜'])
        && items.iter().all(|i| {
            year(i)
                || REVISED.is_match(i)
                || !i.is_empty()
                    && i.chars().count() <= 12
                    && !i.contains(|c: char| c.is_ascii_digit())
                    && !SENTENCE_END.is_match(i)
        })
}

/// Contact data: a phone number or the words of a contact block. A
/// sentence that gives a number or names a channel on its way
/// (`…,或洽询经发局能源科(04)2228-9111 分机31520。`, `会后，有关部门还将
/// 通过“西安发布”微信公众号及时发布有关政策解读。`) is body: it ends as a
/// sentence, opens with no field label and says much more than the number.
fn is_contact(line: &str) -> bool {
    (CONTACT_WORD.is_match(line) || PHONE.is_match(line)) && !is_sentence_giving_a_number(line)
        || PERSONAL_CONTACT.is_match(line)
}

/// Whether line `i` opens an advert or goes on with one, under the lines
/// `above` it: its label (【推荐】…全程代办), a pitch set off from the body by
/// a rule with its contact data on the next line (------ / 养老机构设立备案…
/// 一站式代办！ / 咨询电话：…), a labelled pitch over its contact data
/// (【招商热线】…厂房出租出售…欢迎来电咨询！ / 电话：…, 【职业培训招生】…包教包会!
/// / 咨询电话：…) or with its number in its own line (【企业服务】专业代办…咨询电话：
/// 0851-…), or
/// the phone and WeChat under any, in the body too.
fn is_advert(lines: &[&str], i: usize, above: Above) -> bool {
    let line = lines[i];
    let contact_next = || lines.get(i + 1).is_some_and(|l| is_contact(l));
    let ruled_off = || {
        let over = lines[..i].iter().rev().find(|l| !l.trim().is_empty());
        over.is_some_and(|l| RULE.is_match(l.trim())) && contact_next()
    };
    // (A pitch sells in a contact block's words or exclaims; a notice's own
    // labelled fields, 【办理地点】…, do neither.)
    let labelled_pitch = || {
        line.starts_with('【')
            && line.contains('】')
            && (CONTACT_WORD.is_match(line) || line.trim_end().ends_with(['！', '!']))
            && (contact_next() || PHONE.is_match(line))
    };
    // (A line selling with a WeChat id is a pitch wherever it stands:
    // 农资招商：诚招各区县代理商，联系人王经理 电话：… 微信：nz_yiyang88;
    // …培训考证，全程代办，包过！联系微信：shian666.)
    let pitch_with_wechat = || {
        PERSONAL_CONTACT.is_match(line)
            && (PHONE.is_match(line) && SELLS.is_match(line) || HARD_SELL.is_match(line))
            && !is_sentence_giving_a_number(line)
    };
    // (Nor does a notice send its readers to someone's WeChat to follow an
    // account or join a group: 关注微信公众号“…”，或加小编微信 edu_nn2026 进群交流.)
    let account_pitch = || PERSONAL_CONTACT.is_match(line) && ACCOUNT_OR_GROUP.is_match(line);
    // (Nor a short pitch right under an advert's lines that exclaims or
    // asks for calls: 工业厂房 | 标准厂房 | 仓库出租出售，欢迎来电咨询！;
    // 嘉兴南湖高新区 标准厂房 1000-5000平方米 可分割出租 欢迎来电咨询)
    let pitch_under_advert = || {
        const MOST_PITCH_CHARS: usize = 60;
        let line = line.trim_end();
        (line.ends_with(['！', '!']) || ASKS_FOR_CALLS.is_match(line))
            && line.chars().count() <= MOST_PITCH_CHARS
    };
    AD_LABEL.is_match(line)
        || above.advert && (is_contact(line) || pitch_under_advert())
        || ruled_off()
        || labelled_pitch()
        || pitch_with_wechat()
        || account_pitch()
}

/// An account to follow or a group to join.
static ACCOUNT_OR_GROUP: LazyLock<Pattern> = lazy_regex!("公众号|视频号|[进加入]群");

/// An advert's slogan in brackets over its contact line, after the body
/// (【古建修缮 · 仿古建筑设计施工】 over 咨询电话：…).
fn is_slogan_over_contact(lines: &[&str], i: usize) -> bool {
    let line = lines[i].trim();
    let next = lines[i + 1..].iter().find(|l| !l.trim().is_empty());
    line.starts_with('【')
        && line.ends_with('】')
        && !SENTENCE_END.is_match(line)
        && next.is_some_and(|l| is_contact(l))
}

/// A notice's own contact line, closing its body as a sentence: who in
/// which office answers questions (联系人：规划发展与信息化处 王磊，联系电话：
/// 0551-….; 联系人及电话：市教育局教师工作科，0818-….), not a seller's
/// (联系人王经理 电话：… 微信：…) nor a news page's contact field (联系人:能源科
/// 王科长  电话:(04)2228-9111).
static OFFICIAL_CONTACT: LazyLock<Pattern> = lazy_regex!(
    r"^联[系络]人(?:及电话)?\s*[:：][^，,。]{0,24}?\p{Han}(?:处|科|室|局|厅|委|办|中心|站|所)"
);

/// Whether `line` is a notice's own contact line ([`OFFICIAL_CONTACT`]).
fn is_official_contact(line: &str) -> bool {
    OFFICIAL_CONTACT.is_match(line)
        && line.trim_end().ends_with('。')
        && !SELLS.is_match(line)
        && !PERSONAL_CONTACT.is_match(line)
        && !line.contains("微信")
}

/// Whether `line` is a host's closing words, which may send the audience
/// to the official channels (…请以“西安发布”官方平台发布的信息为准。今天的新闻
/// 发布会到此结束，谢谢大家！): speech of the document, no notice of the site.
fn is_closing_speech(line: &str) -> bool {
    static CLOSING: LazyLock<Pattern> = lazy_regex!("到此结束|谢谢大家|感谢各位");
    CLOSING.is_match(line)
}

/// See [`is_contact`].
fn is_sentence_giving_a_number(line: &str) -> bool {
    line.ends_with(['。', '!', '?', '！', '？'])
        && !opens_with_field(line)
        && PHONE.replace_all(line, "").chars().count() >= 40
}

/// Whether `line` opens with a `label:value` field.
fn opens_with_field(line: &str) -> bool {
    FIELD.find(line).is_some_and(|m| m.start() == 0)
}

/// A field whose value is a code, no words (檔號:CB4/PL/FSEH, 索引号：
/// 11410000/2026-00123): a file's reference, never its headline.
fn is_code_field(line: &str) -> bool {
    opens_with_field(line)
        && line
            .split_once([':', '：'])
            .is_some_and(|(_, value)| !value.chars().any(crate::lm::is_han))
}

/// A row of controls and counts and nothing else (`举报 / 反馈   收藏   点赞 128`).
fn is_control_row(line: &str) -> bool {
    // (One item, as a line of prose is, makes no row.)
    if !crate::text::has_item_separator(line) {
        return false;
    }
    let items = line
        .split(|c: char| c.is_whitespace() || matches!(c, '/' | '|' | '｜'))
        .filter(|i| !i.is_empty());
    let (mut count, mut words) = (0, 0);
    for item in items {
        if !CONTROL_ITEM.is_match(item) {
            return false;
        }
        count += 1;
        words += usize::from(!item.starts_with(|c: char| c.is_ascii_digit()));
    }
    count >= 2 && words >= 1
}

/// Whether the line at `i` is the header of a table: the line below has
/// as many tab-separated cells (序号, 企业名称, 所在地区 over 1, 江苏恒泰…).
fn heads_table(lines: &[&str], i: usize) -> bool {
    let cells = |l: &str| l.split('\t').count();
    cells(lines[i]) >= 2
        && lines
            .get(i + 1)
            .is_some_and(|next| cells(next) == cells(lines[i]))
}

/// A row of short link labels and nothing else, set apart by wide gaps
/// (`视频回放    图文直播`, `今日新闻    上一则新闻    下一则新闻`).
fn is_link_row(line: &str) -> bool {
    let items: Vec<&str> = LINK_GAP
        .split(line.trim())
        .filter(|i| !i.is_empty())
        .collect();
    (2..=6).contains(&items.len())
        && items
            .iter()
            .all(|i| (2..=6).contains(&i.chars().count()) && i.chars().all(crate::lm::is_han))
}

/// A row of two or more `label:value` fields (`解读机构:…  解读人:…
/// 联系电话:…`), whatever its labels, or one field of an information table
/// set in cells ([`TABBED_FIELD`]): an information table's row, not prose.
fn is_field_row(line: &str) -> bool {
    line.chars().count() <= 100
        && (TABBED_FIELD.is_match(line)
            || !line.contains('。') && opens_with_field(line) && FIELD.find_iter(line).count() >= 2)
}

/// A line that is mostly a web address (本文链接:https://…), or that
/// labels what follows as the link to the page's source, whether the
/// address or the linked title follows (`原文链接：…的通知`).
fn is_link_line(line: &str) -> bool {
    /// What a line may say besides its URL: a label (`政策原文：`) and the
    /// site's name (`佛山市人民政府网站`).
    const LABELLED_SITE_CHARS: usize = 24;
    let besides = || URL.replace_all(line, "").chars().count();
    URL.is_match(line)
        && (besides() <= 12
            || opens_with_field(line)
                && !SENTENCE_END.is_match(line)
                && besides() <= LABELLED_SITE_CHARS)
        || LINK_LABEL.is_match(line)
}

pub(super) fn normalise_date(line: &str) -> Option<String> {
    date_of(&DATE.captures(line)?)
}

/// The date a match of [`DATE`] gives: year first, or, as Macao and Hong
/// Kong write it, day first (`18/11/2025`).
fn date_of(c: &regex::Captures) -> Option<String> {
    let number = |i: usize| c.get(i)?.as_str().parse().ok();
    match c.get(1) {
        Some(_) => iso_date(number(1)?, number(2)?, number(3)?),
        None => iso_date(number(6)?, number(5)?, number(4)?),
    }
}

/// `YYYY-MM-DD`, if the month and day can be a date's.
fn iso_date(y: u32, m: u32, d: u32) -> Option<String> {
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// The dates a metadata line gives, each marked whether its label says
/// when the document was written (成文日期) rather than published: a
/// disclosure table gives both, and the record wants the page's date.
fn labelled_dates(line: &str) -> impl Iterator<Item = (String, DateLabel)> + '_ {
    let gregorian = DATE
        .captures_iter(line)
        .filter_map(|c| Some((c.get(0)?.range(), date_of(&c)?)));
    gregorian.chain(roc_dates(line)).map(|(at, date)| {
        let (before, after) = (&line[..at.start], &line[at.end..]);
        let label = if WRITTEN_LABEL.is_match(before) {
            DateLabel::Written
        } else if DATE_LABEL.is_match(before) && !OCCASION_LABEL.is_match(before) {
            DateLabel::Published
        } else if OCCASION_AFTER.is_match(after) {
            DateLabel::Occasion
        } else {
            DateLabel::None
        };
        (date, label)
    })
}

/// What a date's label says it dates.
#[derive(Clone, Copy, PartialEq)]
enum DateLabel {
    /// `成文日期:`: when the document was written.
    Written,
    /// `发布时间:`, `日期:`: when the page was published.
    Published,
    /// `2026年10月27日会议`: the day of the meeting a paper goes to, not
    /// when it was written or published.
    Occasion,
    /// No label: a dateline, a byline's date.
    None,
}

/// The ROC-calendar dates a line gives, in the common era, with where each
/// starts. They are read only after 民国, or after a date label with a
/// three-digit year (100 is 2011): `发布日期:24-03-20` is more likely a
/// Gregorian year cut short, and digits around a match make it part of a
/// Gregorian date (2024-03-20 holds 024-03-20).
fn roc_dates(line: &str) -> impl Iterator<Item = (Range<usize>, String)> + '_ {
    ROC_DATE.captures_iter(line).filter_map(|c| {
        let (whole, year) = (c.get(0)?, c.get(2)?);
        let (before, after) = (&line[..whole.start()], &line[whole.end()..]);
        let labelled = DATE_LABEL.is_match(before) && year.len() == 3;
        let in_number = before.ends_with(|d: char| d.is_ascii_digit())
            || after.starts_with(|d: char| d.is_ascii_digit());
        if in_number || !(c.get(1).is_some() || labelled) {
            return None;
        }
        let y = year.as_str().parse::<u32>().ok()? + 1911;
        Some((
            whole.range(),
            iso_date(y, c[3].parse().ok()?, c[4].parse().ok()?)?,
        ))
    })
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

/// The month a cover dates its document by (`2026年3月`, `二〇二六年三月`),
/// as `YYYY-MM`.
fn cover_month(line: &str) -> Option<String> {
    let (year, month) = line.strip_suffix('月')?.split_once('年')?;
    let number = |s: &str| s.parse::<u32>().ok().or_else(|| han_number(s));
    let (year, month) = (number(year)?, number(month)?);
    (1..=12)
        .contains(&month)
        .then(|| format!("{year}-{month:02}"))
}

/// A 来源 value cut before the next field's label: an HTML page's fields
/// in adjacent inline elements run together without a space
/// (`来源：绵阳市经济和信息化局发布日期：2024-06-28`).
fn before_next_label(value: &str) -> &str {
    const LABELS: &[&str] = &[
        "发布日期",
        "发布时间",
        "更新时间",
        "日期",
        "时间",
        "作者",
        "浏览",
        "阅读",
        "点击",
        "访问",
        "编辑",
        "字号",
        "发文字号",
        "成文",
    ];
    let cut = LABELS
        .iter()
        .filter_map(|l| value.find(l))
        .filter(|&at| at > 0)
        .min()
        .unwrap_or(value.len());
    &value[..cut]
}

/// An organisation a metadata line names in a field of its own, without a
/// 来源 label (`2025-02-20 16:42 青岛市工业和信息化局 浏览量：4096`): many
/// templates print the publishing body between the date and the counter.
fn unlabelled_issuer(line: &str) -> Option<String> {
    line.split_whitespace()
        .find(|field| is_organisation(field))
        .map(String::from)
}

/// The date of a signature's date line, in digits or in Chinese numerals.
fn signature_date(line: &str) -> Option<String> {
    if let Some(d) = normalise_date(line) {
        return Some(d);
    }
    let (y, rest) = line.split_once('年')?;
    let (m, rest) = rest.split_once('月')?;
    // (What follows the day, past `signature_at`'s check of its date line,
    // is an injected pair.)
    let (d, _) = rest.split_once('日')?;
    iso_date(han_number(y)?, han_number(m)?, han_number(d)?)
}

/// A date/author/source/views line: field labels, or a date or a time of
/// day with little else, and no sentence.
fn is_metadata(line: &str) -> bool {
    if line.chars().count() > 100 || line.contains('。') {
        return false;
    }
    if META_FIELD.is_match(line) || META_OTHER.is_match(line) {
        return true;
    }
    CLOCK_LINE.is_match(line)
        || DATE.find(line).is_some_and(|m| {
            let rest = format!("{}{}", &line[..m.start()], &line[m.end()..]);
            rest.chars().count() <= 16 && !rest.contains([',', '，', '、', ';', '；'])
                || names_publishers(&rest)
        })
}

/// Whether what a date line holds besides its date is the bodies that
/// publish the page and the page's buttons (`2026-03-20　青岛市统计局
/// 国家统计局青岛调查队　【大 中 小】【打印】`): an unlabelled metadata line.
fn names_publishers(rest: &str) -> bool {
    is_signatory(&BRACKETED.replace_all(rest, " "))
}

/// One item under a widget header: a short label, not a sentence or a
/// numbered heading.
fn is_widget_item(line: &str) -> bool {
    line.chars().count() <= 12 && !SENTENCE_END.is_match(line) && !NUMBERED.is_match(line)
}

/// Furniture known by its words or shape wherever it stands: where the
/// body's last numbered section stops.
fn is_marked_furniture(line: &str) -> bool {
    is_metadata(line)
        || [&*WIDGET, &*ATTACHMENT, &*COPYRIGHT, &*RELATED, &*TEASER]
            .iter()
            .any(|r| r.is_match(line))
        || is_breadcrumb(line)
        || is_link_line(line)
}

/// `line` closed up if it is letter-spaced, a char at a time (a cover's
/// `福 建 省 能 源 局`).
fn closed_up(line: &str) -> Cow<'_, str> {
    let mut parts = line.split_whitespace();
    if parts.clone().count() >= 3 && parts.all(|p| p.chars().count() == 1) {
        Cow::Owned(line.split_whitespace().collect())
    } else {
        Cow::Borrowed(line)
    }
}

/// A table row of labels and their values in cells of their own
/// (`发布单位⇥观光处⇥发布日期⇥115-03-06`, ⇥ a tab), written as fields
/// (`发布单位：观光处　发布日期：115-03-06`), so the field vocabulary reads
/// it; `None` for any other line.
fn labelled_cells(line: &str) -> Option<String> {
    if !line.contains('\t') {
        return None;
    }
    let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
    let pairs = cells.chunks(2);
    let labelled = cells.len() >= 4
        && cells.len().is_multiple_of(2)
        && pairs.clone().all(|pair| {
            // A label with its own colon reads as a field already.
            !pair[0].ends_with([':', '：'])
                && pair[0].chars().count() <= 6
                && META_FIELD.is_match(&format!("{}：", pair[0]))
        });
    labelled.then(|| {
        pairs
            .map(|pair| format!("{}：{}", pair[0], pair[1]))
            .collect::<Vec<_>>()
            .join("\u{3000}")
    })
}

/// `line` with its spread-out field labels closed up (`索 引 号:` →
/// `索引号:`), so one vocabulary of labels serves every table layout.
fn close_spaced_labels(line: &str) -> Cow<'_, str> {
    if let Some(fields) = labelled_cells(line) {
        return Cow::Owned(fields);
    }
    // Most lines have no colon, which two byte searches tell at a fraction
    // of what running the pattern over the line costs.
    if !line.contains(':') && !line.contains('：') {
        return Cow::Borrowed(line);
    }
    SPACED_LABEL.replace_all(line, |c: &regex::Captures| {
        let whole = &c[0];
        let label = &c[1];
        whole.replacen(label, &label.split_whitespace().collect::<String>(), 1)
    })
}

/// The value of a `标题:` field, cut before the next field on its line.
fn title_field(line: &str) -> Option<&str> {
    let value = TITLE_FIELD.captures(line)?.get(1)?.as_str();
    let end = META_FIELD.find(value).map_or(value.len(), |m| m.start());
    Some(value[..end].trim()).filter(|v| is_headline(v))
}

/// The organisation a masthead line opens with (`香港特别行政区政府　新闻公报`),
/// or whose website it names (`澳门特别行政区政府入口网站 > 新闻`: a
/// breadcrumb's root is the site).
pub(super) fn masthead(line: &str) -> Option<String> {
    line.split_whitespace()
        .next()
        .map(|name| SITE.replace(name, ""))
        .filter(|name| is_organisation(name))
        .map(String::from)
}

/// A line that could be a headline: short, Han, no sentence inside, and
/// not leading into what follows (a salutation or a lead-in ends in `:`).
fn is_headline(line: &str) -> bool {
    let n = line.chars().count();
    (6..=80).contains(&n)
        && has_han(line)
        && !line.contains('。')
        && !line.ends_with([',', ':', '：'])
        && !is_kicker(line)
}

/// A newspaper's kicker over its headline: it leads into the headline
/// with a dash (`加快补齐县乡充电短板——`).
fn is_kicker(line: &str) -> bool {
    line.ends_with(['—', '－'])
}

/// A line that may stand in the block of headline, subtitle, byline and
/// deck above a page's metadata: page furniture there (a breadcrumb, a
/// row of controls) is never the headline, however short and unpunctuated,
/// nor is the body's first numbered heading.
fn is_header_line(line: &str) -> bool {
    is_headline(line)
        && !is_red_header(line)
        && !OCCASION_FIELD.is_match(line)
        && !is_metadata(line)
        && !is_breadcrumb(line)
        && !CONTROL_FORM.is_match(line)
        && !APP_PROMPT.is_match(line)
        && !CALL_TO_ACTION.is_match(line)
        && !LONE_WIDGET.is_match(line)
        && !NUMBERED.is_match(line)
        && !is_spam_title_list(line)
        && !is_place_list(line)
        && !is_field_row(line)
        && !is_code_field(line)
        && !is_link_bar(line)
        // A bar of controls (列印此页 | 电邮给朋友), however few.
        && !(WIDGET.is_match(line) && line.contains(['|', '｜']))
        && !is_control_row(line)
        // An advert with its number (【新能源招商】…，电话：138-7762-0415).
        && !PHONE.is_match(line)
}

/// Where an event is held (发布地点：…, 会议地址：…; its time is a date
/// field, which [`OCCASION_LABEL`] keeps from dating the page): above the
/// body, metadata under a headline, never one.
static OCCASION_FIELD: LazyLock<Pattern> = lazy_regex!(r"^\p{Han}{0,4}(地点|地址)\s*[:：]");

/// The issuing body's banner over an official document (株洲市人民政府办公室
/// 文件, 中共某某县委文件): the document's letterhead, not its title.
fn is_red_header(line: &str) -> bool {
    // (Spaced out or not, the line ends in 件: most lines are told by that.)
    line.trim_end().ends_with('件')
        && closed_up(line)
            .strip_suffix("文件")
            .map(|body| {
                // (A joint header sets 文件 apart: 赣州市卫生健康委员会　　　文件.)
                body.trim_end()
                    .trim_end_matches("行政规范性")
                    .trim_end_matches("规范性")
            })
            .is_some_and(|body| is_organisation(body) || body.ends_with('委'))
}

/// Separators between a page title's headline and its site's name.
/// A subtitle under a headline, led by a dash: the occasion of a speech
/// or report (——2026年7月28日在…会议上), or the deck of a feature.
fn is_subtitle(line: &str) -> bool {
    line.starts_with(['—', '－']) && line.chars().count() >= 6 && !is_prose(line)
}

/// Whether `line` ends on the occasion a speech was given at (…会议上).
fn ends_occasion(line: &str) -> bool {
    line.trim_end_matches(['）', ')']).ends_with('上')
}

/// The second line of a subtitle that wrapped (——2026年7月28日在…常务委员会
/// / 第二十一次会议上): the occasion ends on 上, as the line above did not.
fn continues_subtitle(lines: &[&str], i: usize) -> bool {
    i > 0
        && is_subtitle(lines[i - 1])
        && !ends_occasion(lines[i - 1])
        && ends_occasion(lines[i])
        && lines[i].chars().count() <= 30
        && !is_prose(lines[i])
}

/// A piece of the headline set over several lines of a cover page under
/// it (宜宾临港经济技术开发区 / “十五五”发展规划（2026—2030年）). Only above
/// more of the cover (the issuer, the date, a subtitle): a section
/// heading may repeat a word of the title too, right above its text.
fn is_title_piece(line: &str, title: Option<&str>) -> bool {
    line.chars().count() >= 4 && !is_prose(line) && title.is_some_and(|t| t.contains(line))
}

/// A line that stands under a headline, not as one: a subtitle
/// (——2024年1月16日在…会议上), the issuer (南岭省统计局　国家统计局南岭调查总队),
/// a byline (江州市人民政府市长  周明远) or the speaker's office alone.
fn is_secondary_header(line: &str) -> bool {
    let parts: Vec<&str> = line.split_whitespace().collect();
    // The office may be a bare role (市长 陈 立), the name spaced out, or
    // a division's (南京市副市长 陈立华).
    let office = |part: &str| match without_role(part) {
        Some(body) => body.is_empty() || is_organisation(body) || names_division(body),
        None => is_organisation(part),
    };
    let is_name =
        |name: &str| (2..=4).contains(&name.chars().count()) && name.chars().all(crate::lm::is_han);
    let spaced: String = parts.iter().skip(1).copied().collect();
    let byline = parts.len() >= 2
        && office(parts[0])
        && (parts.last().is_some_and(|name| is_name(name)) || is_name(&spaced));
    // A speaker's office alone, the name left off (长丰县财政局局长).
    let office_alone = parts.len() == 1
        && without_role(parts[0]).is_some_and(|body| !body.is_empty() && is_organisation(body));
    line.starts_with(['—', '－'])
        || is_signatory(line)
        || byline
        || office_alone
        || account_owner(line).is_some()
}

/// Who runs the WeChat account a byline names beside it (四川人社  四川省
/// 人力资源和社会保障厅 → 四川省人力资源和社会保障厅).
fn account_owner(line: &str) -> Option<&str> {
    let mut parts = line.split_whitespace();
    let (account, owner) = (parts.next()?, parts.next()?);
    ((2..=8).contains(&account.chars().count())
        && account.chars().all(crate::lm::is_han)
        && is_organisation(owner)
        && parts.next().is_none())
    .then_some(owner)
}

/// `part` without the role it ends in (武侯区人民政府区长, 省发展改革委副主任,
/// 市长, 新县人民政府代县长): a head of anything (…长), its deputy (副…) or
/// one acting for it (代…), or a role that heads
/// a committee or a party body.
fn without_role(part: &str) -> Option<&str> {
    let body = ["主任", "书记", "主席"]
        .iter()
        .find_map(|r| part.strip_suffix(r))
        .or_else(|| {
            let head = part.strip_suffix('长')?;
            let (at, _) = head.char_indices().next_back()?;
            Some(&head[..at])
        })?;
    // Its deputy (副市长) or one acting for it (代县长).
    Some(body.strip_suffix(['副', '代']).unwrap_or(body))
}

/// A line of one or more issuing bodies side by side (a joint notice is
/// signed `宁波市经济和信息化局　宁波市财政局`).
pub(super) fn is_signatory(line: &str) -> bool {
    let line = closed_up(line);
    let mut names = line.split_whitespace().peekable();
    names.peek().is_some() && names.all(is_organisation)
}

/// Whether `line` names two or more issuing bodies and nothing else (a
/// page title's fields, …新闻发布会 新闻发布会 江苏省人民政府, run longer).
fn is_joint_signatory(line: &str) -> bool {
    const MOST_NAME_CHARS: usize = 16;
    line.split_whitespace().nth(1).is_some()
        && line
            .split_whitespace()
            .all(|name| name.chars().count() <= MOST_NAME_CHARS)
        && is_signatory(line)
}

/// A closing signature in the lower part of the page: one or more issuing
/// bodies over a date line (杭州市发展和改革委员会 / 2024年3月6日). Returns
/// the first body's line and the date line.
fn signature(lines: &[&str]) -> Option<(usize, usize)> {
    (lines.len() / 3 + 1..lines.len())
        .rev()
        .find_map(|d| signature_at(lines, d))
}

/// The first signature anywhere on the page: an official notice issuing
/// a document is signed above the document it issues.
fn notice_signature(lines: &[&str]) -> Option<(usize, usize)> {
    (1..lines.len()).find_map(|d| signature_at(lines, d))
}

/// The signature whose date line is `d`: its first body's line and `d`.
/// An injector goes through a signature too, and may leave its pair after
/// the last char of the date or of the name right over it (2026年1月6日[比一],
/// 柳州市人民政府办公室[想吃]); the pair goes with the body's others.
fn signature_at(lines: &[&str], d: usize) -> Option<(usize, usize)> {
    let is_date_line = |line: &str| {
        DATE_LINE.is_match(line)
            || without_trailing_pair(line)
                .is_some_and(|(date, pair)| DATE_LINE.is_match(date) && !DATE_VERBS.contains(&pair))
    };
    if !is_date_line(lines[d]) || signatories(lines[d - 1]).is_none() {
        return None;
    }
    let first = (0..d - 1)
        .rev()
        .take_while(|&i| is_signatory(lines[i]))
        .last()
        .unwrap_or(d - 1);
    Some((first, d))
}

/// What a date says was done or held on it (2026年3月6日印发, a paper's
/// 2026年3月2日会议) or when in it (上午), which makes its line a record's or
/// a header's, not a signature's.
const DATE_VERBS: [&str; 12] = [
    "印发", "发布", "公布", "修订", "通过", "施行", "实施", "签发", "制发", "会议", "上午", "下午",
];

/// What a body's name over a date says it did (某市统计局供稿, …发布): a
/// byline's, not a signature's.
const BYLINE_VERBS: [&str; 5] = ["供稿", "发布", "印发", "编辑", "整理"];

/// The issuing bodies `line` names over a signature's date, without the
/// pair an injector may have left after them ([`signature_at`]).
fn signatories(line: &str) -> Option<&str> {
    if is_signatory(line) {
        return Some(line);
    }
    without_trailing_pair(line)
        .filter(|(names, pair)| !BYLINE_VERBS.contains(pair) && is_signatory(names))
        .map(|(names, _)| names)
}

/// `line` without its last two chars, and those two, when both are Han
/// and something stands before them.
fn without_trailing_pair(line: &str) -> Option<(&str, &str)> {
    let mut ends = line.char_indices().rev();
    let (_, b) = ends.next()?;
    let (first, a) = ends.next()?;
    (first > 0 && is_han(a) && is_han(b)).then(|| line.split_at(first))
}

/// Whether the `i`-th line repeats a name the metadata line above it gave
/// (a WeChat account's, under its byline).
fn named_above(lines: &[&str], i: usize) -> bool {
    i > 0 && names_account(lines, i, i - 1)
}

/// Whether line `i` is only a name the byline or rights notice at line
/// `byline` gave.
fn names_account(lines: &[&str], i: usize, byline: usize) -> bool {
    // (A repost's account card may end its name with a stop: 栾川文旅.)
    let name = lines[i].trim_end_matches(['.', '。', '·']);
    name.chars().count() >= 2
        && !is_prose(name)
        && (is_metadata(lines[byline]) || RIGHTS_NOTICE.is_match(lines[byline]))
        && lines[byline].contains(name)
}

/// The most lines, and chars, a footer under a rule may hold.
const MOST_FOOTER_LINES: usize = 6;
const MOST_FOOTER_CHARS: usize = 240;

/// Where a page's body stands among its lines, found before any line is
/// judged on its own.
struct Body {
    /// The first paragraph: prose that is no headline over its metadata
    /// and no aside (a rights notice, a farm's summary, a call to watch).
    first_prose: usize,
    /// The related-articles header or the way to the next article, after
    /// which all is the site's (`n` when there is none).
    related_at: usize,
    /// The closing signature: the issuer's line and its date's.
    signed: Option<(usize, usize)>,
    /// The last line of a printed report's cover and colophon.
    colophon_end: Option<usize>,
    /// A press release's end mark (完).
    end_mark: Option<usize>,
    /// A rule under the closing date setting off the site's footer.
    footer_at: Option<usize>,
    /// The body's last line.
    last: usize,
}

impl Body {
    fn find(lines: &[&str]) -> Body {
        let n = lines.len();
        // A headline may be punctuated like prose (重磅!…“智改数转”); the
        // metadata line under it shows it is not the body's first paragraph.
        // A repost's rights notice and a content farm's summary are
        // prose-shaped too, above the body.
        let first_prose = (0..n)
            .find(|&i| {
                let line = lines[i];
                let over_metadata = lines.get(i + 1).is_some_and(|l| is_metadata(l));
                // So is what a page shows where its video does not play.
                // And a call to watch or follow (▲点击上方视频，回看发布会精彩瞬间).
                let aside = RIGHTS_NOTICE.is_match(line)
                    || FARM_SUMMARY.is_match(line)
                    || PICTURE_NOTE.is_match(line)
                    || ACCOUNT_BIO.is_match(line)
                    || CALL_TO_ACTION.is_match(line) && line.chars().count() <= MOST_CALL_CHARS;
                is_prose(line) && !aside && !(is_headline(line) && over_metadata)
            })
            .unwrap_or(n);
        // Teasers after a related-articles header and contact blocks are
        // prose-shaped too: the body ends before them. A short article may be
        // followed by a long list, so any header after the body began counts.
        // So does the way to the previous and next article: what follows it is
        // the site's (sidebars, teasers), whatever its shape.
        let related_at = (first_prose.saturating_add(1)..n)
            .find(|&i| {
                (RELATED.is_match(lines[i]) || turns_page(lines[i])) && !is_run_on_body(lines[i])
            })
            .unwrap_or(n);
        // Without a closing signature, a notice's signature above the
        // document it issues dates the page and names its issuer.
        let signed = signature(&lines[..related_at]).or_else(|| notice_signature(lines));
        // A printed report's cover and colophon, before its first page: a
        // colophon names the book (书名：…) or its ISBN; a newspaper's 版次 or a
        // 出版日期 alone makes none.
        let names_book =
            (0..first_prose).any(|i| ["书名", "ISBN"].iter().any(|w| lines[i].starts_with(w)));
        let colophon_end = names_book
            .then(|| {
                (0..first_prose)
                    .rev()
                    .find(|&i| COLOPHON.is_match(lines[i]))
            })
            .flatten();
        // A press release's end mark (完) closes it: what follows is the
        // page's (its date, buttons, pictures' captions), prose or not.
        let end_mark = (first_prose..related_at).find(|&i| END_MARK.is_match(lines[i]));
        // A rule right under the document's closing date, with a few short
        // lines after it, sets off the site's footer (立法会秘书处… / 电话…
        // / 本网页内容以中、英文提供…), prose or not.
        let footer_at = (first_prose + 1..related_at)
            .rev()
            .find(|&i| RULE.is_match(lines[i].trim()))
            .filter(|&rule| {
                let dated = lines[..rule].iter().rev().find(|l| !l.trim().is_empty());
                dated.is_some_and(|l| {
                    signature_date(l.trim())
                        .or_else(|| cover_month(l.trim()))
                        .is_some()
                })
            })
            .filter(|&rule| {
                let after = &lines[rule + 1..related_at];
                let chars: usize = after.iter().map(|l| l.chars().count()).sum();
                after.len() <= MOST_FOOTER_LINES && chars <= MOST_FOOTER_CHARS
            });
        // A signature closes the document: what comes before it is body even
        // when it looks like a contact line (联系人:…,电话:…).
        let last_prose = (0..end_mark.or(footer_at).unwrap_or(related_at))
            .rev()
            .find(|&i| {
                let l = lines[i];
                is_official_contact(l)
                    || is_prose(l)
                        && !is_contact(l)
                        && !COPYRIGHT.is_match(l)
                        && !RIGHTS_NOTICE.is_match(l)
                        && !RECORD_LINE.is_match(l)
                        && !is_link_line(l)
                        && !CONTROL_FORM.is_match(l)
                        && !CALL_TO_ACTION.is_match(l)
            })
            .unwrap_or(0)
            .max(signed.map_or(0, |(_, d)| d));
        // A numbered heading after the last paragraph opens one more section
        // (四、联系方式): the body runs on through its field lines, contact
        // data included, until furniture shows by its words.
        let last = if lines
            .get(last_prose + 1)
            .is_some_and(|l| NUMBERED.is_match(l))
        {
            (last_prose + 1..related_at)
                .take_while(|&i| !is_marked_furniture(lines[i]))
                .last()
                .unwrap_or(last_prose)
        } else {
            last_prose
        };
        // A list of attachments (附件：1.… / 2.… / 3.…) after the body, or
        // open at its end, runs on through its numbered items, whatever their
        // words (3.…工作联系人名单).
        let attachments_open = (last.saturating_sub(ATTACHMENT_LIST_LINES)..=last + 1)
            .any(|i| lines.get(i).is_some_and(|l| l.starts_with("附件")));
        let last = (last + 1..related_at)
            .take_while(|&i| {
                let line = lines[i];
                i == last + 1 && ATTACHMENT_LIST.is_match(line)
                    || attachments_open
                        && ATTACHMENT_ITEM.is_match(line)
                        && !ATTACHMENT.is_match(line)
            })
            .last()
            .unwrap_or(last);
        Body {
            first_prose,
            related_at,
            signed,
            colophon_end,
            end_mark,
            footer_at,
            last,
        }
    }
}

/// What the metadata lines say, gathered as the lines are judged.
#[derive(Default)]
struct Harvest {
    /// Dates by where they stand and how they are labelled.
    head_date: Option<String>,
    tail_date: Option<String>,
    written_date: Option<String>,
    published_date: Option<String>,
    /// The record's printing date (印发).
    printed_date: Option<String>,
    /// The day a speech or report was delivered, from its subtitle.
    occasion_date: Option<String>,
    /// A cover's or colophon's month.
    cover_date: Option<String>,
    /// A source field's organisation.
    source: Option<String>,
    /// The first body a byline under the headline names.
    byline_issuer: Option<String>,
    roc_dated: bool,
}

impl Harvest {
    /// Takes the dates and the source a metadata line gives.
    fn read_metadata(&mut self, line: &str, head: bool) {
        self.roc_dated |= roc_dates(line).next().is_some();
        let dated = !FILE_REFERENCE_LINE.is_match(line.trim_start());
        for (date, label) in labelled_dates(line).filter(|_| dated) {
            let slot = match (label, head) {
                (DateLabel::Written, _) => &mut self.written_date,
                (DateLabel::Published, _) => &mut self.published_date,
                (DateLabel::Occasion, _) => &mut self.occasion_date,
                (DateLabel::None, true) => &mut self.head_date,
                (DateLabel::None, false) => &mut self.tail_date,
            };
            slot.get_or_insert(date);
        }
        if self.source.is_none() {
            self.source = SOURCE
                .captures(line)
                .map(|c| before_next_label(&c[1]).to_string())
                .filter(|s| is_organisation(s))
                .or_else(|| unlabelled_issuer(line));
        }
    }

    /// Takes who a byline under the headline names: the first body named
    /// there alone (a cover's 株洲市生态环境局 under its title), or who runs
    /// the account.
    fn read_byline(&mut self, line: &str) {
        if self.byline_issuer.is_none() {
            let named = closed_up(line);
            self.byline_issuer = if is_organisation(&named) {
                Some(named.into_owned())
            } else {
                account_owner(line).map(String::from)
            };
        }
    }

    /// Takes the dates any judged line gives by its kind: a cover's month,
    /// the record's printing date, a speech's occasion.
    fn read_dates(&mut self, line: &str, head: bool, why: Option<Why>) {
        // A cover's month dates a page that gives no day.
        if head && COVER_DATE.is_match(line) {
            self.cover_date = self.cover_date.take().or_else(|| cover_month(line));
        }
        // The record's printing date dates a page that gives no other, and
        // failing that the day the speech or report was delivered.
        if why == Some(Why::Metadata) {
            let slot = if RECORD_LINE.is_match(line) {
                Some(&mut self.printed_date)
            } else if is_subtitle(line) {
                Some(&mut self.occasion_date)
            } else {
                None
            };
            if let (Some(slot), Some((date, _))) = (slot, labelled_dates(line).next()) {
                slot.get_or_insert(date);
            }
        }
    }

    /// The page's publication date first, labelled (发布时间:) before a
    /// dateline (（2026年2月27日）, the day a speech was given); a
    /// signature (`signed`) dates the document.
    fn date(self, signed: Option<String>) -> Option<String> {
        self.published_date
            .or(self.head_date)
            .or(self.tail_date)
            .or(self.written_date)
            .or(signed)
            .or(self.printed_date)
            .or(self.occasion_date)
            .or(self.cover_date)
    }
}

/// What the line just above the one judged was, which some furniture
/// runs on from.
#[derive(Clone, Copy, Default)]
struct Above {
    /// A widget header or its items (分享至: then Facebook, 微信 … each on a
    /// line of its own).
    widget_items: bool,
    /// An advert or its contact data (【推荐】…全程代办 / 咨询电话：… / 添加客服微信：…).
    advert: bool,
}

/// A page's lines with its body and headline found, to judge line by line.
struct Page<'a> {
    lines: &'a [&'a str],
    body: Body,
    headline: Headline,
    title: Option<String>,
    /// A subtitle naming an occasion, which a post may open on under its
    /// front matter's headline.
    subtitle_at: Option<usize>,
}

impl Page<'_> {
    /// A post whose headline is its front matter's may open on the
    /// subtitle and byline under it (——2026年1月20日在…会议上 / 绵阳市人民政府
    /// 市长 李明远).
    fn opens_on_subtitle(&self, i: usize) -> bool {
        self.headline.at.is_none()
            && self
                .subtitle_at
                .is_some_and(|j| j <= i && self.lines[j..i].iter().all(|l| is_secondary_header(l)))
    }

    /// Why line `i` is furniture, if it is, under the lines `above` it.
    fn judge(&self, i: usize, above: Above, harvest: &mut Harvest) -> Option<Why> {
        let (lines, body) = (self.lines, &self.body);
        let line = lines[i];
        let head = i < body.first_prose;
        let tail = i > body.last;
        let title_at = self.headline.at;
        // (Asked by several rules, read at most once.)
        let prose_line = std::cell::OnceCell::new();
        let prose = || *prose_line.get_or_init(|| is_prose(line));
        if is_run_on_body(line) {
            None
        } else if body.colophon_end.is_some_and(|end| i <= end) {
            if line.starts_with("出版") {
                let value = line.split_once(['：', ':']).map_or(line, |(_, v)| v.trim());
                harvest.cover_date = harvest
                    .cover_date
                    .take()
                    .or_else(|| normalise_date(value).or_else(|| cover_month(value)));
            }
            Some(Why::Metadata)
        } else if body.footer_at.is_some_and(|f| f < i && i < body.related_at) {
            Some(Why::Footer)
        } else if i >= body.related_at
            || RELATED.is_match(line)
            || TEASER.is_match(line) && !line.contains('。')
        {
            Some(Why::Related)
        } else if Some(i) == title_at
            || self.headline.wrapped.is_some_and(|w| i == w + 1)
            || self.headline.restated_pieces.is_some_and(|k| i < k)
            || head && self.title.as_deref() == Some(line)
            || title_at == Some(i + 1) && is_kicker(line)
        {
            // A table's title field may be followed by the headline it repeats.
            Some(Why::Title)
        } else if is_breadcrumb(line) {
            Some(Why::Breadcrumb)
        } else if is_spam_title_list(line) || is_place_list(line) || is_hashtag_list(line) {
            Some(Why::Spam)
        } else if is_link_bar(line) {
            Some(Why::Navigation)
        } else if !line.chars().any(char::is_alphanumeric)
            || RULE.is_match(line)
            // A bare number after the body: a footer's year, a counter.
            || tail && line.chars().all(|c| c.is_ascii_digit() || c.is_whitespace())
        {
            Some(Why::Punctuation)
        } else if END_MARK.is_match(line) {
            Some(Why::EndMark)
        } else if LONE_WIDGET.is_match(line)
            || is_control_row(line)
            || (!prose() || head || tail) && CALL_TO_ACTION.is_match(line)
            || (head || tail) && !prose() && APP_PROMPT.is_match(line)
            || (head || tail) && above.widget_items && is_widget_item(line)
        {
            Some(Why::Widget)
        } else if !prose() && AD_DECORATION.is_match(line)
            || AD_LABEL.is_match(line)
            || (head || tail) && EMOJI_LED.is_match(line)
            || is_advert(lines, i, above)
            || tail && is_slogan_over_contact(lines, i)
        {
            Some(Why::Contact)
        } else if line.chars().count() <= 150
            && RIGHTS_NOTICE.is_match(line)
            && !is_closing_speech(line)
        {
            Some(Why::Copyright)
        } else if head && (DOC_NUMBER_LINE.is_match(line) || OCCASION_FIELD.is_match(line))
            || is_red_header(line)
            || DATELINE.is_match(line)
            || RECORD_LINE.is_match(line) && !is_run_on_body(line)
            // The record's last addressees, on a line of their own.
            || tail
                && i > 0
                && opens_copied_to(lines[i - 1])
                && line.chars().count() <= MOST_RECORD_TAIL_CHARS
        {
            Some(Why::Metadata)
        } else if head
            && title_at.is_some_and(|t| t < i)
            && is_title_piece(line, self.title.as_deref())
            && lines.get(i + 1).is_some_and(|next| !is_prose(next))
        {
            Some(Why::Title)
        } else if head
            && title_at.is_some_and(|t| t < i)
            && (COVER_DATE.is_match(line) || DATE_LINE.is_match(line) && !is_metadata(line))
        {
            Some(Why::Metadata)
        } else if head
            && (title_at.is_some_and(|t| t < i) || self.opens_on_subtitle(i))
            && (is_secondary_header(line) || continues_subtitle(lines, i))
        {
            // A subtitle or byline under the headline, above or below its
            // metadata; its date is the meeting's, not the page's. Unless
            // a field says who, it names who issues the page.
            harvest.read_byline(line);
            Some(Why::Metadata)
        } else if (head || tail) && (is_metadata(line) || is_field_row(line))
            || head && named_above(lines, i)
            || head && is_joint_signatory(line)
            || head && i >= 2 && title_at == Some(i - 1) && names_account(lines, i, i - 2)
            // A WeChat account's card: its name over its id.
            || (head || tail)
                && !prose()
                && lines.get(i + 1).is_some_and(|l| l.starts_with("微信号"))
            // (A caption's credit may follow its sentence: …现场。记者 孙晓明 摄.)
            || (!line.contains('。') || line.ends_with(['摄', '）', ')'])) && CAPTION.is_match(line)
            || PICTURE_NOTE.is_match(line)
            || line.chars().count() <= 120
                && line.matches('。').count() <= 1
                && CREDIT.is_match(line)
        {
            harvest.read_metadata(line, head);
            Some(Why::Metadata)
        } else if (head || tail)
            && (WIDGET.is_match(line) || ATTACHMENT.is_match(line) || is_link_line(line))
        {
            Some(Why::Widget)
        } else if (head || tail)
            && (is_link_row(line) && !NUMBERED.is_match(line) && !heads_table(lines, i)
                || SELECT_LABEL.is_match(line))
        {
            Some(Why::Navigation)
        } else if (head || tail)
            && (FARM_LEDE.is_match(line)
                || FARM_SUMMARY.is_match(line)
                || ACCOUNT_BIO.is_match(line))
        {
            Some(Why::Spam)
        } else if ((head || tail) && RELATED_LINKS.is_match(line)
            || tail && INTERPRETATION_LINK.is_match(line))
            && !SENTENCE_END.is_match(line)
        {
            Some(Why::Related)
        } else if tail && COPYRIGHT.is_match(line) && !NUMBERED.is_match(line) {
            // (A numbered note names where its data came from: 6．资料来源：
            // …著作权数据来自市版权局.)
            Some(Why::Copyright)
        } else if tail && INTERPRETER.is_match(line) {
            Some(Why::Metadata)
        } else if (head || tail) && is_contact(line) {
            Some(Why::Contact)
        } else if head && title_at.is_some_and(|t| i < t) && !prose() {
            // Above the headline: site names, slogans, spam.
            Some(Why::Spam)
        } else if tail && body.end_mark.is_some_and(|e| i > e) && !prose() {
            // The page's own after a press release's end mark: its back
            // links, other news, footer (a page of several releases goes
            // on with the next one's prose). A date right under the mark
            // is the release's (完 / 二○二六年三月五日（星期四）).
            if body.end_mark == Some(i - 1) {
                if let Some(date) = signature_date(line) {
                    harvest.tail_date.get_or_insert(date);
                }
            }
            Some(Why::EndMark)
        } else {
            None
        }
    }
}

/// Sorts the lines of a page (simplified, fullwidth letters folded) into
/// body and furniture.
pub fn sort(lines: &[&str]) -> Sorted {
    let closed: Vec<Cow<str>> = lines.iter().map(|l| close_spaced_labels(l)).collect();
    let lines: Vec<&str> = closed.iter().map(AsRef::as_ref).collect();
    let lines = lines.as_slice();
    let body = Body::find(lines);
    let first_prose = body.first_prose;
    let headline = headline::find(lines, first_prose);
    let title = (0..first_prose)
        .find_map(|i| title_field(lines[i]).map(String::from))
        .or(headline.at.map(|t| match headline.wrapped {
            Some(w) => format!("{}{}", lines[w], lines[w + 1]),
            // A cover sets its headline letter-spaced (政 府 工 作 报 告).
            None => closed_up(lines[t]).into_owned(),
        }));
    let masthead = headline
        .at
        .and_then(|t| (0..t).find_map(|i| masthead(lines[i])));
    let subtitle_at = (0..first_prose).find(|&j| is_subtitle(lines[j]) && ends_occasion(lines[j]));
    let page = Page {
        lines,
        body,
        headline,
        title,
        subtitle_at,
    };
    let mut harvest = Harvest::default();
    let (mut kept, mut removed) = (Vec::new(), Vec::new());
    let mut above = Above::default();
    for (i, &line) in lines.iter().enumerate() {
        let why = page.judge(i, above, &mut harvest);
        harvest.read_dates(line, i < first_prose, why);
        above = Above {
            widget_items: why == Some(Why::Widget)
                && (above.widget_items || line.ends_with([':', '：'])),
            // (Not a decorated line, whose phone may be the notice's own.)
            advert: why == Some(Why::Contact) && is_advert(lines, i, above),
        };
        match why {
            Some(w) => removed.push((w, i)),
            None => kept.push(i),
        }
    }
    let signed = page.body.signed;
    let roc_dated = harvest.roc_dated;
    // The signature names who issued the document (the first of a joint
    // one); a source field may name only who republished it.
    let issuer = match signed {
        Some((first, _)) => signatories(lines[first])
            .unwrap_or(lines[first])
            .split_whitespace()
            .next()
            .map(String::from),
        None => harvest.source.take(),
    }
    .or(harvest.byline_issuer.take());
    let date = harvest.date(signed.and_then(|(_, d)| signature_date(lines[d])));
    Sorted {
        kept,
        removed,
        title: page.title,
        date,
        issuer,
        masthead,
        roc_dated,
    }
}

#[cfg(test)]
mod tests;
