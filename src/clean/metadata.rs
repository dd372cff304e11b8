//! Metadata from the body: the issuer named in a closing parenthesis, and
//! the region the document is about.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::extract::ends_in_area_noun;
use crate::lm::LanguageModel;
use crate::pattern::Pattern;

/// How the names of issuing bodies end (局, 委员会, 人民政府…, a Hong Kong
/// department's 处, a station's or an office's 站 and 所 (退役军人服务站,
/// 司法所), and the central bank's branches that co-sign a joint
/// notice: 中国人民银行江西省分行), in traditional script too, since lines
/// are judged before t2s (消防處); a press agency or newspaper (社, 报) is a
/// source, not an issuer, but a cooperative (汉川市供销合作社) issues its
/// own. These are the endings a whole name may have
/// besides [`SUFFIX_AFTER_PLACE`].
const WHOLE_NAME_SUFFIX: &str =
    "办事处|处|所|站|分行|支行|合作社|联合社|廳|辦|辦公室|辦事處|處|委員會|會|總隊";

/// What an organisation's name goes on with after its place (市政府, 县委,
/// 市人民政府): not the 所, 处 or 站 that words open after a place (所需,
/// 处理, 站点).
const SUFFIX_AFTER_PLACE: &str = "局|厅|委|部|办|办公室|政府|中心|委员会|院|署|会|总队|调查队";

/// `(唐山市工信局)` closing the text: an organisation name in parentheses.
static ISSUER: LazyLock<Pattern> = lazy_regex!(&format!(
    r"[(（](\p{{Han}}{{2,20}}(?:{SUFFIX_AFTER_PLACE}|{WHOLE_NAME_SUFFIX}))[)）]\s*$"
));

/// A whole name of an issuing body, as a signature or a 来源 field gives
/// it, two places joined by a hyphen included (钱江源-百山祖国家公园管理局),
/// digits after its first char too (南宁市12345政务服务便民热线管理中心).
static ORGANISATION: LazyLock<Pattern> = lazy_regex!(&format!(
    r"^\p{{Han}}[\p{{Han}}0-9]{{1,29}}(?:[-－]\p{{Han}}{{2,20}})?(?:{SUFFIX_AFTER_PLACE}|{WHOLE_NAME_SUFFIX})$"
));

/// A year's digits inside a name.
static YEAR: LazyLock<Pattern> = lazy_regex!(r"(?:19|20)\d\d");

/// A news outlet under a government (青禾县融媒体中心, 新闻中心): it
/// reports and republishes, it does not issue.
static NEWS_OUTLET: LazyLock<Pattern> = lazy_regex!(r"(媒体|新闻|传媒)中心$");

/// Whether `name` is the name of an issuing body (not a newspaper, a news
/// outlet or a site).
pub fn is_organisation(name: &str) -> bool {
    // A body may give its other name in brackets, the one an issuer's
    // suffix shows (成都市档案馆(成都市档案局)).
    const MOST_NAME_CHARS: usize = 20;
    let alias = name
        .strip_suffix([')', '）'])
        .and_then(|open| open.rsplit_once(['(', '（']));
    if let Some((body, other)) = alias {
        let named = (2..=MOST_NAME_CHARS).contains(&body.chars().count())
            && body.chars().all(crate::lm::is_han);
        return named && is_organisation(other);
    }
    // (Its digits are a name's, never a year's: 大连市2025年…新闻发布会 and
    // 2025世界智能产业博览会 are events.)
    ORGANISATION.is_match(name)
        && !NEWS_OUTLET.is_match(name)
        && !YEAR.is_match(name)
        && !NOT_BODIES.iter().any(|w| name.ends_with(w))
}

/// Words ending in an issuer's suffix that name no body (本网站, 办公场所,
/// 不足之处).
const NOT_BODIES: [&str; 5] = ["网站", "场所", "住所", "之处", "本站"];

/// Splits `text` before a closing `(issuer)`, if it has one.
pub fn split_issuer(text: &str) -> (&str, &str) {
    let tail_start = text.char_indices().rev().nth(40).map_or(0, |(i, _)| i);
    match ISSUER.find(&text[tail_start..]) {
        Some(m) => text.split_at(tail_start + m.start()),
        None => (text, ""),
    }
}

/// The issuer a press release names at its end, if any.
pub fn issuer(text: &str) -> Option<String> {
    let tail_start = text.char_indices().rev().nth(40).map_or(0, |(i, _)| i);
    ISSUER
        .captures(&text[tail_start..])
        .map(|c| c[1].to_string())
}

/// How the names of administrative divisions end, each longer suffix
/// before the shorter one it ends with (自治区 before 区).
const DIVISION_SUFFIXES: [&str; 13] = [
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "省",
    "市",
    "县",
    "区",
    "盟",
    "旗",
    "镇",
    "乡",
];

/// Whether `name` is a place with its administrative suffix (南京市,
/// 江苏省, 宣恩县), more than the suffix alone.
pub fn names_division(name: &str) -> bool {
    DIVISION_SUFFIXES
        .iter()
        .any(|s| name.len() > s.len() && name.ends_with(s))
}

/// The suffixes of a district and a township: a page names its own in its
/// title or its publisher's name (a township's notice is about the
/// township); the ones its body names are parts of its city or county,
/// and the dictionary's place names hold ordinary areas (老城区).
const LOCAL: [&str; 3] = ["区", "镇", "乡"];

/// The suffixes a city or a province goes without in a headline
/// (连云港港…, 湖州:…, 安徽新能源…).
const CITY: &str = "市";
const PROVINCE: &str = "省";

/// The region of a page from Taiwan that names no city: like 香港 and
/// 澳门, it goes by its bare name.
pub const TAIWAN: &str = "台湾";

/// A place name with its administrative suffix, a district's or a
/// township's aside.
static PLACE: LazyLock<Pattern> = LazyLock::new(|| {
    let suffixes: Vec<&str> = DIVISION_SUFFIXES
        .into_iter()
        .filter(|s| !LOCAL.contains(s))
        .collect();
    Pattern::new(&format!(r"(\p{{Han}}{{2,4}}?)(?:{})", suffixes.join("|"))).expect("valid regex")
});

/// Two or three chars and an administrative suffix opening a string: the
/// shape of a place name the dictionary need not know (柳溪县, 宁江市).
static LEADING_DIVISION: LazyLock<Pattern> = lazy_regex!(&format!(
    r"^\p{{Han}}{{2,3}}?(?:{})",
    DIVISION_SUFFIXES.join("|")
));

/// Where a clause of a headline opens: after a dash, a colon, a space or
/// an opening quote (产业兴 乡村美——青禾县…, 《宁江市…》解读).
static CLAUSE_OPENING: LazyLock<Pattern> = lazy_regex!(r"[—－:：\s《“]+");

/// [`SUFFIX_AFTER_PLACE`] opening what follows a place.
static ORGANISATION_AFTER_PLACE: LazyLock<Pattern> =
    lazy_regex!(&format!("^(?:人民)?(?:{SUFFIX_AFTER_PLACE})"));

/// The chars that point at a division or rank it instead of naming it
/// (我县, 本市, 全省, 各区; 制造强省, 农业大县): a name does not end in them.
const POINTERS: [char; 8] = ['我', '本', '该', '此', '全', '各', '强', '大'];

/// A place a string names, where it begins in the string.
#[derive(Debug, Clone, PartialEq)]
struct Place {
    at: usize,
    name: String,
    suffix: &'static str,
}

impl Place {
    /// `full` split at its longest administrative suffix, found at `at`.
    fn split(at: usize, full: &str) -> Option<Place> {
        let suffix = DIVISION_SUFFIXES.iter().find(|s| full.ends_with(*s))?;
        Some(Place {
            at,
            name: full[..full.len() - suffix.len()].to_string(),
            suffix,
        })
    }

    /// The name a record gives the region: a special administrative region
    /// goes by its bare name (香港, 澳门), every other with its suffix.
    fn region(&self) -> String {
        if self.suffix == DIVISION_SUFFIXES[0] {
            self.name.clone()
        } else {
            format!("{}{}", self.name, self.suffix)
        }
    }
}

/// Whether a name ends in a suffix of its own: with another it points at
/// divisions (各省市, 外省市, 各县市), as the dictionary's places hold them.
fn points_at_divisions(name: &str) -> bool {
    Place::split(0, name).is_some()
}

/// The places `s` names that the dictionary knows (a word jieba tags as
/// a place name, with an administrative suffix), in order.
fn known_places(s: &str, lm: &LanguageModel) -> Vec<Place> {
    PLACE
        .captures_iter(s)
        .filter_map(|c| {
            let (whole, name) = (c.get(0)?, c.get(1)?);
            let suffix = &s[name.end()..whole.end()];
            // The shortest tail of the match that is a known place.
            (name.start()..name.end())
                .filter(|&i| s.is_char_boundary(i))
                .map(|i| (i, &s[i..name.end()]))
                .find(|&(i, n)| {
                    n.chars().count() >= 2
                        && (lm.is_place(n) || lm.is_place(&format!("{n}{suffix}")))
                        && !starts_inside_word(s, i, lm)
                })
                .and_then(|(i, _)| Place::split(i, &s[i..whole.end()]))
        })
        .filter(|p| p.name.chars().count() >= 2 && !points_at_divisions(&p.name))
        .collect()
}

/// Whether the char at `at` ends a word with the chars before it (建成|城市
/// holds no 成城市): a name starts where a word does. A place that ends
/// that word is no obstacle (苏南京市 is 苏南 and 南京市 side by side).
fn starts_inside_word(s: &str, at: usize, lm: &LanguageModel) -> bool {
    let Some(first) = s[at..].chars().next() else {
        return false;
    };
    let end = at + first.len_utf8();
    s[..at]
        .char_indices()
        .rev()
        .take(3)
        .map(|(i, _)| &s[i..end])
        .any(|w| lm.word_logp(w).is_some() && !lm.is_place(w))
}

/// The place `s` opens with, known to the dictionary or shaped like a
/// place name: real pages name towns and counties no word list holds.
fn leading_place(s: &str, lm: &LanguageModel) -> Option<Place> {
    if let Some(p) = known_places(s, lm).into_iter().find(|p| p.at == 0) {
        return Some(p);
    }
    // A county named with one char (寿县, 沛县): too short for a name's
    // shape, but its two chars are a place word of the dictionary.
    let two: String = s.chars().take(2).collect();
    if two.ends_with('县') && lm.is_place(&two) {
        return Place::split(0, &two);
    }
    let m = LEADING_DIVISION.find(s)?;
    let place = Place::split(0, m.as_str())?;
    let rest = &s[m.end()..];
    // After a known name a city's suffix stays one (湖州市场监管局 is
    // 湖州's); a district's or a township's opening a word is none (美丽
    // is tagged a place, 美丽乡村 names no township).
    let known = lm.is_place(&place.name)
        && !(LOCAL.contains(&place.suffix) && suffix_opens_word(place.suffix, rest, lm));
    (known || reads_as_name(&place, rest, lm)).then_some(place)
}

/// Whether `suffix` begins a word with what follows it (市场, 区域, 乡村).
fn suffix_opens_word(suffix: &str, rest: &str, lm: &LanguageModel) -> bool {
    rest.char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .take(3)
        .any(|end| lm.word_logp(&format!("{suffix}{}", &rest[..end])).is_some())
}

/// Whether a name the dictionary does not know is a place, not ordinary
/// words ending in a suffix's char: it has two chars or more, does not
/// point (我县), is not an area a report counts (示范区), and either an
/// organisation's name goes on (宁江市政府, 县委, 大同市人民政府: the
/// dictionary holds many cities as plain words, 大同市) or it is no words
/// the dictionary holds (智慧城市, 高新区) and its suffix does not begin
/// a word with what follows (国家市场, 推动区域).
fn reads_as_name(place: &Place, rest: &str, lm: &LanguageModel) -> bool {
    let Place { name, suffix, .. } = place;
    let full = format!("{name}{suffix}");
    name.chars().count() >= 2
        && !name.ends_with(POINTERS)
        && !ends_in_area_noun(&full)
        && (ORGANISATION_AFTER_PLACE.is_match(rest)
            || !is_ordinary_words(&full, lm) && !suffix_opens_word(suffix, rest, lm))
}

/// Whether `s` reads as words the dictionary holds: one word (高新区), or
/// two of two chars or more (智慧|城市, 东部|地区). A name the dictionary
/// does not know leaves single chars over (淮|州市, 柳|溪|县).
fn is_ordinary_words(s: &str, lm: &LanguageModel) -> bool {
    lm.word_logp(s).is_some() || is_two_words(s, lm)
}

/// Whether `s` is two words of two chars or more (沿海|地区).
fn is_two_words(s: &str, lm: &LanguageModel) -> bool {
    let is_word = |w: &str| lm.word_logp(w).is_some();
    s.char_indices()
        .skip(2)
        .any(|(i, _)| s[i..].chars().count() >= 2 && is_word(&s[..i]) && is_word(&s[i..]))
}

/// Where the clauses of a headline open.
fn clause_openings(title: &str) -> impl Iterator<Item = usize> + '_ {
    std::iter::once(0).chain(CLAUSE_OPENING.find_iter(title).map(|m| m.end()))
}

/// The place a headline is about: the first it names, known anywhere in
/// it or shaped like a place name at the opening of one of its clauses.
fn title_place(title: &str, lm: &LanguageModel) -> Option<Place> {
    let shaped = clause_openings(title)
        .filter_map(|at| leading_place(&title[at..], lm).map(|p| Place { at: at + p.at, ..p }));
    known_places(title, lm)
        .into_iter()
        .chain(shaped)
        .min_by_key(|p| p.at)
}

/// A city or province a clause of a headline opens with by its bare name
/// (连云港港…, 湖州:…, 安徽新能源装机…): the dictionary knows the name
/// with the suffix as a place
/// (it may know the bare name as anything: 连云港 is tagged a person's
/// name), the name begins no longer word (中山大学 is not in 中山市) and
/// does not point at divisions (各省市).
fn bare_place(title: &str, lm: &LanguageModel) -> Option<Place> {
    clause_openings(title).find_map(|at| {
        let rest = &title[at..];
        let ends: Vec<usize> = rest
            .char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .take(6)
            .collect();
        let longer_word = |end: usize| {
            ends.iter()
                .any(|&e| e > end && lm.word_logp(&rest[..e]).is_some())
        };
        ends.iter()
            .take(4)
            .skip(1)
            .rev()
            .map(|&end| &rest[..end])
            .filter(|name| !points_at_divisions(name) && !longer_word(name.len()))
            .find_map(|name| {
                let suffix = [CITY, PROVINCE]
                    .into_iter()
                    .find(|suffix| lm.is_place(&format!("{name}{suffix}")))?;
                Some(Place {
                    at,
                    name: name.to_string(),
                    suffix,
                })
            })
    })
}

/// How local a division is: a province 0, a city 1, a county or a
/// city's district 2, a township 3.
fn level(suffix: &str) -> usize {
    match suffix {
        "特别行政区" | "自治区" | "省" => 0,
        "自治州" | "市" | "盟" => 1,
        "镇" | "乡" => 3,
        _ => 2,
    }
}

/// The region of a title that opens with `place` and maybe the places
/// inside it, each right after the one it belongs to (河北省唐山市…,
/// 苏州市吴江区…): the most local of them, with its city when it is a
/// city's county or district (苏州市吴江区: many cities have a 鼓楼区).
fn narrowest_region(title: &str, place: Place, lm: &LanguageModel) -> String {
    let mut chain = vec![place];
    loop {
        let last = &chain[chain.len() - 1];
        let end = last.at + last.name.len() + last.suffix.len();
        let rest = &title[end..];
        // A 市 inside a city is a county-level city (江苏省苏州市昆山市).
        let city_in_city = |next: &Place| {
            let outer = chain.len().checked_sub(2).map(|k| level(chain[k].suffix));
            level(next.suffix) == 1 && level(last.suffix) == 1 && outer != Some(1)
        };
        let deeper = |next: &Place| level(next.suffix) > level(last.suffix) || city_in_city(next);
        match leading_place(rest, lm).or_else(|| known_division(rest, lm)) {
            Some(next) if deeper(&next) => {
                chain.push(Place { at: end, ..next });
            }
            _ => break,
        }
    }
    let narrowest = &chain[chain.len() - 1];
    match chain.iter().rev().nth(1) {
        Some(city) if level(city.suffix) == 1 && level(narrowest.suffix) == 2 => {
            format!("{}{}", city.region(), narrowest.region())
        }
        _ => narrowest.region(),
    }
}

/// A division `s` opens with whose whole name the dictionary knows as a
/// place (鄞州区), one word: after the city it belongs to, that is its
/// district, not an area (老城区, 沿海地区 and 各省市 are places to the
/// dictionary too).
fn known_division(s: &str, lm: &LanguageModel) -> Option<Place> {
    let full = LEADING_DIVISION.find(s)?.as_str();
    let place = Place::split(0, full)?;
    (lm.is_place(full)
        && !place.name.ends_with(POINTERS)
        && !ends_in_area_noun(full)
        && !is_two_words(full, lm)
        && !suffix_opens_word(place.suffix, &s[full.len()..], lm))
    .then_some(place)
}

/// The city, county or province the document is about: the place its
/// title names; else one the body names with the suffix the headline left
/// off (湖州: … 湖州市召开…), or a city the dictionary knows that the
/// headline names without its suffix (连云港港…); else the place the
/// issuer's or the page owner's name begins with (a department's notice
/// speaks of its own province as 全省 and may never spell the name out);
/// else the known place the body names most often, if at least twice.
pub fn region(
    title: Option<&str>,
    text: &str,
    publishers: &[&str],
    lm: &LanguageModel,
) -> Option<String> {
    if let Some(t) = title {
        if let Some(p) = title_place(t, lm) {
            return Some(narrowest_region(t, p, lm));
        }
    }
    let named = known_places(text, lm);
    if let Some(t) = title {
        let in_title = named
            .iter()
            .filter_map(|p| t.find(p.name.as_str()).map(|at| (at, p)))
            .min_by_key(|(at, _)| *at);
        if let Some((_, p)) = in_title {
            return Some(p.region());
        }
        if let Some(p) = bare_place(t, lm) {
            return Some(p.region());
        }
    }
    if let Some(p) = publishers.iter().find_map(|name| leading_place(name, lm)) {
        return Some(p.region());
    }
    let mut counts: HashMap<String, usize> = HashMap::new();
    for p in named {
        *counts.entry(p.region()).or_default() += 1;
    }
    counts
        .into_iter()
        .filter(|(_, n)| *n >= 2)
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(p, _)| p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lm() -> &'static LanguageModel {
        &crate::pipeline::Resources::get().lm
    }

    fn in_title(title: &str) -> Option<String> {
        title_place(title, lm()).map(|p| p.region())
    }

    #[test]
    fn a_place_no_dictionary_knows_opens_a_title_or_its_clause() {
        let titles = [
            ("柳溪县2026年政府工作报告", "柳溪县"),
            ("产业兴 乡村美 农民富——青禾县全面推进乡村振兴见闻", "青禾县"),
            ("《宁江市优化营商环境三年行动方案》政策解读", "宁江市"),
            // 州市 is a word, but a name may end in 州.
            ("淮州市2023年生态环境质量状况公布", "淮州市"),
            ("宁江市政府办公室关于印发方案的通知", "宁江市"),
            ("海淀区发布科技创新十条", "海淀区"),
            // A county named with one char.
            ("寿县2024年粮食生产再获丰收", "寿县"),
        ];
        for (title, place) in titles {
            assert_eq!(in_title(title).as_deref(), Some(place), "{title}");
        }
    }

    #[test]
    fn a_title_naming_a_place_inside_another_is_about_the_inner_one() {
        let cases = [
            ("河北省唐山市2025年工业绿色发展情况", "唐山市"),
            (
                "苏州市吴江区国民经济和社会发展第十五个五年规划纲要",
                "苏州市吴江区",
            ),
            ("宁波市鄞州区农业农村局2025年工作总结", "宁波市鄞州区"),
            (
                "重庆市万州区人民政府办公室关于做好农村人居环境整治的通知",
                "重庆市万州区",
            ),
            ("浙江省安吉县2025年统计公报", "安吉县"),
            ("江苏省苏州市昆山市2025年统计公报", "昆山市"),
            // What follows the city is no place of its own.
            ("南京市市场监管局关于开展检查的通知", "南京市"),
            ("江苏省沿海地区发展规划", "江苏省"),
            ("湖州市区老旧小区改造方案", "湖州市"),
        ];
        for (title, place) in cases {
            assert_eq!(
                region(Some(title), "", &[], lm()).as_deref(),
                Some(place),
                "{title}"
            );
        }
    }

    #[test]
    fn ordinary_words_ending_in_a_suffix_are_no_place() {
        for title in [
            "智慧城市建设三年行动方案",
            "城市更新行动方案",
            "关于市场监管领域的通知",
            "国家市场监督管理总局关于开展检查的通知",
            "关于我县开展检查的通知",
            "全市安全生产工作会议召开",
            "老旧小区改造工作方案",
            "示范区建设推进会",
            "新区建设三年行动",
            "老城区改造提升方案",
            "高新区一季度经济运行",
            "东部地区产业转移",
            "推动区域协调发展的意见",
            "制造强省建设三年行动",
            "自治区人民政府办公厅关于印发方案的通知",
        ] {
            assert_eq!(in_title(title), None, "{title}");
        }
    }

    #[test]
    fn a_special_administrative_region_goes_by_its_bare_name() {
        assert_eq!(
            leading_place("香港特别行政区政府", lm())
                .map(|p| p.region())
                .as_deref(),
            Some("香港")
        );
    }

    #[test]
    fn the_title_then_the_publishers_then_the_body() {
        let body = "杭州市、温州市客商参加。杭州市代表发言。";
        let region = |title, publishers: &[&str]| region(Some(title), body, publishers, lm());
        assert_eq!(
            region("柳溪县2026年政府工作报告", &[]).as_deref(),
            Some("柳溪县")
        );
        assert_eq!(
            region(
                "《关于进一步优化住房公积金使用政策的通知》政策解读",
                &["嘉禾市住房公积金管理中心"]
            )
            .as_deref(),
            Some("嘉禾市")
        );
        assert_eq!(
            region(
                "房屋局公布简约公屋计划最新进展",
                &["房屋局", "香港特别行政区政府"]
            )
            .as_deref(),
            Some("香港")
        );
        assert_eq!(
            region("关于做好申报工作的通知", &["县政府办公室"]).as_deref(),
            Some("杭州市")
        );
    }

    #[test]
    fn a_city_the_dictionary_holds_as_a_word_opens_its_offices_name() {
        let title = "大同市人民政府办公室关于印发大同市“十四五”文物保护利用实施方案的通知";
        assert_eq!(in_title(title).as_deref(), Some("大同市"));
        assert_eq!(
            region(
                Some("关于做好申报工作的通知"),
                "",
                &["大同市人民政府办公室"],
                lm()
            )
            .as_deref(),
            Some("大同市")
        );
    }

    #[test]
    fn a_township_names_itself_in_its_title_not_in_the_body() {
        assert_eq!(
            in_title("范岗镇2023年度村级公益事业建设一事一议财政奖补项目竣工验收结果公示")
                .as_deref(),
            Some("范岗镇")
        );
        for title in [
            "特色小镇建设三年行动",
            "美丽乡村建设实施方案",
            "科技下乡活动方案",
        ] {
            assert_eq!(in_title(title), None, "{title}");
        }
        let body = "范岗镇、新桥镇完成验收。范岗镇项目合格。";
        assert_eq!(
            region(Some("关于做好验收工作的通知"), body, &[], lm()),
            None
        );
    }

    #[test]
    fn a_headline_may_name_its_city_without_the_suffix() {
        let body = "2023年连云港港完成货物吞吐量3.26亿吨。";
        let region = |title| region(Some(title), body, &[], lm());
        assert_eq!(
            region("连云港港2023年货物吞吐量达3.26亿吨 集装箱吞吐量创历史新高").as_deref(),
            Some("连云港市")
        );
        assert_eq!(region("中山大学发布2023年科研成果报告"), None);
        assert_eq!(region("各省市出台稳经济一揽子政策"), None);
        assert_eq!(
            region("安徽新能源装机突破5000万千瓦").as_deref(),
            Some("安徽省")
        );
    }

    #[test]
    fn a_place_starts_where_a_word_does() {
        let body = "累计建成城市地下综合管廊1.2万公里,基本建成城市生命线安全工程。";
        assert_eq!(known_places(body, lm()), vec![]);
        assert_eq!(region(Some("管网建设改造有关情况"), body, &[], lm()), None);
        let named = known_places("在江苏南京市、苏州市召开现场会。", lm());
        let names: Vec<String> = named.iter().map(Place::region).collect();
        assert_eq!(names, ["南京市", "苏州市"]);
    }

    #[test]
    fn a_news_outlet_is_no_issuer() {
        assert!(!is_organisation("青禾县融媒体中心"));
        assert!(is_organisation("嘉禾市住房公积金管理中心"));
        assert!(is_organisation("国务院新闻办公室"));
        assert!(is_organisation("青龙街道办事处"));
        // A body's other name in brackets, an issuer's suffix on one of them.
        assert!(is_organisation("成都市档案馆(成都市档案局)"));
        assert!(!is_organisation("成都市档案馆(2026年)"));
        // Digits in a name, but not a year's: that names an event.
        assert!(is_organisation("南宁市12345政务服务便民热线管理中心"));
        assert!(!is_organisation("大连市2025年文化和旅游发展情况新闻发布会"));
    }
}
