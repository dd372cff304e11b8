//! The verbs that govern a figure (建成100家, 下降16%, 提高到30%), with
//! what each commits to. One vocabulary for every stage that needs to know
//! a verb: [`super::phrase`] reads the kind of a target and peels verbs
//! off nouns, [`super::number`] lets a verb stand between a bound word and
//! its number (至少建成1座), and [`super::period`] reads a year followed by
//! a verb (2027年达到2.5%) as the year a figure is due.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Captures;

use super::lexicon::Lexicon;
use crate::model::TargetKind;
use crate::pattern::Pattern;

/// Verbs that govern a figure, with what they commit to. Where one verb
/// contains another (提高到 / 提高) the longer comes first.
pub const VERBS: &[(&str, TargetKind)] = &[
    ("提高到", TargetKind::Reach),
    ("提高至", TargetKind::Reach),
    ("提升到", TargetKind::Reach),
    ("提升至", TargetKind::Reach),
    ("增长到", TargetKind::Reach),
    ("上升到", TargetKind::Reach),
    ("增到", TargetKind::Reach),
    ("降到", TargetKind::Reach),
    ("上升至", TargetKind::Reach),
    ("增加到", TargetKind::Reach),
    ("下降到", TargetKind::Reach),
    ("下降至", TargetKind::Reach),
    ("降低到", TargetKind::Reach),
    ("降低至", TargetKind::Reach),
    ("减少到", TargetKind::Reach),
    ("减少至", TargetKind::Reach),
    ("缩小到", TargetKind::Reach),
    ("缩小至", TargetKind::Reach),
    ("缩短到", TargetKind::Reach),
    ("缩短至", TargetKind::Reach),
    ("延长到", TargetKind::Reach),
    ("延长至", TargetKind::Reach),
    ("扩大到", TargetKind::Reach),
    ("扩大至", TargetKind::Reach),
    ("扩增至", TargetKind::Reach),
    ("扩展至", TargetKind::Reach),
    ("增加至", TargetKind::Reach),
    ("增长至", TargetKind::Reach),
    ("成长至", TargetKind::Reach),
    ("成长到", TargetKind::Reach),
    // Macao's and Hong Kong's raise of a sum (由每年9,000澳门元调升至9,500澳门元).
    ("调升至", TargetKind::Reach),
    ("上调至", TargetKind::Reach),
    // A bound word alone sets a level: 比例不低于80%.
    ("不低于", TargetKind::Reach),
    ("不少于", TargetKind::Reach),
    ("不超过", TargetKind::Reach),
    ("不高于", TargetKind::Reach),
    ("保持在", TargetKind::Maintain),
    ("稳定在", TargetKind::Maintain),
    ("维持在", TargetKind::Maintain),
    ("控制在", TargetKind::Maintain),
    ("累计建成", TargetKind::Create),
    ("达到", TargetKind::Reach),
    ("实现", TargetKind::Reach),
    ("超过", TargetKind::Reach),
    ("突破", TargetKind::Reach),
    ("增至", TargetKind::Reach),
    ("回升至", TargetKind::Reach),
    ("回升到", TargetKind::Reach),
    ("降至", TargetKind::Reach),
    ("减至", TargetKind::Reach),
    // (Whole, not 压 before 减至.)
    ("压减至", TargetKind::Reach),
    ("削减至", TargetKind::Reach),
    ("缩减至", TargetKind::Reach),
    ("下降", TargetKind::Decrease),
    ("降低", TargetKind::Decrease),
    ("减少", TargetKind::Decrease),
    ("削减", TargetKind::Decrease),
    ("压减", TargetKind::Decrease),
    ("压降", TargetKind::Decrease),
    ("缩减", TargetKind::Decrease),
    ("缩小", TargetKind::Decrease),
    ("缩短", TargetKind::Decrease),
    ("节约", TargetKind::Decrease),
    ("提高", TargetKind::Increase),
    ("提升", TargetKind::Increase),
    ("增长", TargetKind::Increase),
    ("增加", TargetKind::Increase),
    ("扩大", TargetKind::Increase),
    ("延长", TargetKind::Increase),
    ("保持", TargetKind::Maintain),
    ("建成", TargetKind::Create),
    ("创建", TargetKind::Create),
    ("创成", TargetKind::Create),
    ("培育", TargetKind::Create),
    ("培养", TargetKind::Create),
    ("开发", TargetKind::Create),
    ("新增", TargetKind::Create),
    ("新建", TargetKind::Create),
    ("新开工", TargetKind::Create),
    ("打造", TargetKind::Create),
    ("建设", TargetKind::Create),
    ("建立", TargetKind::Create),
    ("推广", TargetKind::Create),
    ("认定", TargetKind::Create),
    ("遴选", TargetKind::Create),
    ("发布", TargetKind::Create),
    ("制定", TargetKind::Create),
    ("引进", TargetKind::Create),
    ("完成", TargetKind::Create),
];

/// The words by which a sentence plans (regex alternatives), for the
/// stages that ask whether a sentence reports or commits. Not the 计划 of
/// a noun it opens: a bulletin's 计划总投资 (what projects are planned to
/// total), 科技计划项目, 计划单列市, 计划生育, 完成年度计划的106.2%, nor the 计划 that ends a
/// quoted name (国家“双高计划”建设学校) or follows one (「技能提升」计划), nor
/// one that ends its clause (制定抽检计划，: what was drawn up), nor the plan
/// a result is measured against (较年初计划超额完成6公里, 比计划提前). Hong Kong
/// commits with 会 after who acts (我们会, 政府会, 并会). A 要 before what
/// is to be reached obliges (综合机械化率要达到76%以上), but not inside a word
/// (主要, 重要, 纲要, 摘要, 提要, 概要), nor the 只要 of a condition, the 需要
/// of a requirement or the 不要 of a limit. See [`without_false_plans`]
/// for the 将 and 争取 that plan nothing.
pub const PLANNING: &str =
    "力争|确保|预计|(?:^|[^」”》’较比初原])计划(?:[^总项单生的”》」’，。；、,;]|$)|争取|将|(?:我们|政府|当局|本局|亦|并)会|(?:^|[^主重纲摘提概只需必不])要(?:达到|实现|完成|新增|新建|建成|突破|提高|提升|降低|下降|控制|保持|稳定|超过|增长)";

/// The kinds of document whose provisions a text reports (方案明确，…;
/// 《意见》提出：…): what follows is planned, in a news story of its issue
/// as anywhere.
pub const PROVIDING_DOCUMENTS: &str = "方案|规划|计划|意见|措施|办法|细则";

/// Words of an estimate of what will come (预估将于…增加至…, 据预测, 我预测
/// 今年经济增长2.5%, 全年入境旅客预计约3,950万人次, 推算到2030年短缺约1,340名
/// (not a bulletin's 据抽样调查推算，年末常住人口…),
/// 全年预计可落成约27,000个单位, 全年预计出栏15.2万头, 估计可兴建约15,720个单位,
/// 预计在未来三年合共带来约12亿元投资，并创造约850个职位, 根据业界初步估算，
/// 市场规模可于2030年达至约140亿元): it neither sets a goal nor counts what
/// exists.
pub static FORECAST: LazyLock<Pattern> = lazy_regex!(
    "预估|推估|推算(?:到|至|将)|估算[，,][^。；]{0,30}(?:可|将)(?:于|在)?20\\d\\d年|估算(?:到|至|将)|推算[，,][^。；]{0,20}(?:将|未来)|据预测|预测到|(?:我|我们|本局|政府)预测|预测(?:今年|明年|全年|20\\d\\d年)|预计(?:全年|(?:全年)?约|可|(?:在|于)?(?:未来|今后))|(?:全年|年内)预计|估计可"
);

/// 将 as the object marker, not the future (将河湖长制目标责任纳入考核,
/// 将海绵城市建设要求嵌入规划许可…等环节, 将…作为重点, 将新产品研发放在昆山,
/// 将辖区划分为一级网格9个, 将热线企业服务功能与政务服务深度融合; a list of
/// forty chars may stand between: 将死亡证明开具、户口注销…等7个事项整合为):
/// what follows it is put somewhere or joined to something, not planned;
/// nor is what a bulletin sets out of what happened (现将2025年…情况公布如下;
/// 现将2026年十件民生实事项目公布如下 plans).
static OBJECT_MARKER: LazyLock<Pattern> = lazy_regex!(&format!(
    "将[^，。；将]{{1,40}}?(?:纳入|列入|嵌入|融入|写入|编入|并入|计入|作为|列为|视为|放在|放到|设在|落在|交由|交给|转化为|划分为|划为|分为|整合为|合并为|改为|与[^，。；将]{{1,20}}?(?:融合|结合|整合|衔接|对接|一体|同步|联动))|现将[^，。；将]{{1,40}}?{HAPPENED}[^，。；将]{{0,4}}如下"
));

/// What a bulletin publishes of what happened, not of what is planned:
/// its 情况, 结果 or 数据.
pub const HAPPENED: &str = "(?:情况|结果|数据)";

/// What is given to each one (对每一名就业困难人员…，至少提供1次职业指导):
/// the figures after it in its sentence are a standard, neither a count
/// nor a goal.
static GIVEN_TO_EACH: LazyLock<Pattern> = lazy_regex!("[对为给向]每一?[个家所名户位座条项人]");

/// Where, in chars of `text`, it has named whom each is given to (its
/// [`GIVEN_TO_EACH`] words end), if it does: the figures after that point
/// are a standard.
pub fn given_to_each_from(text: &str) -> Option<usize> {
    GIVEN_TO_EACH
        .shortest_match(text)
        .map(|end| text[..end].chars().count())
}

/// 争取 and the funds or support it secured, a few words on (积极争取中央和
/// 省级湿地保护补助资金, 协调争取各类帮扶资金, 争取中央预算内投资), or a 争取
/// told as done (累计争取…项目35个): a thing it strives to do is no fund
/// (争取新开工项目30个, 争取省级以上专精特新企业达到200家 plan). The funds
/// may be named after a long project's (积极争取“引嫩入白”配套工程和高标准
/// 农田建设项目资金), but not after a year (争取到2027年完成投资) or a verb
/// of doing (争取全年完成投资).
static SECURED: LazyLock<Pattern> = lazy_regex!(
    "(?:累计|已|共|先后)争取|争取[^，。；、0-9年完达实]{0,24}?(?:资金|补助|债券|支持|投资)"
);

/// `text` with the 将 that marks an object written as 把 and the 争取 of
/// what was secured taken out, so that [`PLANNING`] finds only the 将 and
/// 争取 of what will be done: a report says what it won that way.
pub fn without_false_plans(text: &str) -> Cow<'_, str> {
    let text = if text.contains('将') {
        OBJECT_MARKER.replace_all(text, |c: &Captures| c[0].replacen('将', "把", 1))
    } else {
        Cow::Borrowed(text)
    };
    match SECURED.replace_all(&text, "") {
        Cow::Borrowed(_) => text,
        Cow::Owned(stripped) => Cow::Owned(stripped),
    }
}

/// [`VERBS`], indexed for looking them up at a place.
pub static VERB_INDEX: LazyLock<Lexicon<TargetKind>> =
    LazyLock::new(|| Lexicon::new(VERBS.iter().copied()));

/// One-char verbs, only recognised right before the figure (达 is also in
/// 达标, 为 in 作为).
pub const SHORT_VERBS: &[(&str, TargetKind)] = &[
    ("达", TargetKind::Reach),
    ("为", TargetKind::Reach),
    ("占", TargetKind::Reach),
    ("到", TargetKind::Reach),
    ("至", TargetKind::Reach),
];

/// The verb of [`VERBS`] that ends right before `i` in `chars`, longest
/// first (提高到, not 到).
pub fn ending_at(chars: &[char], i: usize) -> Option<&'static str> {
    VERB_INDEX
        .ending_at(chars, i)
        .map(|(verb, _)| verb)
        .max_by_key(|verb| verb.len())
}

/// Whether 把 or 将 at `i` opens what a goal does, so that what stands
/// before it is who acts, not what is measured: 把 always (把货车的比例提升
/// 至…), 将 before its object or a verb of making (将货车的比例…, 将新建口袋
/// 公园); not 将 before a verb of reaching or changing, whose subject before
/// it is the metric (保有量到2027年将达到50万辆).
pub fn opens_goal_predicate(chars: &[char], i: usize) -> bool {
    match chars.get(i) {
        Some('把') => true,
        Some('将') => VERB_INDEX
            .starting_at(chars, i + 1)
            .all(|(_, kind)| kind == TargetKind::Create),
        _ => false,
    }
}

/// Whether a verb of [`VERBS`] starts at `i` in `chars`.
pub fn starts_at(chars: &[char], i: usize) -> bool {
    VERB_INDEX.starting_at(chars, i).next().is_some()
}

/// Where the level a change starts from opens in the words `pre` right
/// before its figure: the last 由 or 从 at most ten chars back with no
/// clause mark after it (由2020年的128家增加到…, 从目前的…提高到…), but not
/// the 从 of 从业人员 or 从事.
pub fn starting_level_at(pre: &str) -> Option<usize> {
    const MOST_CHARS_BACK: usize = 11;
    let tail_start = pre
        .char_indices()
        .rev()
        .nth(MOST_CHARS_BACK - 1)
        .map_or(0, |(at, _)| at);
    let tail = &pre[tail_start..];
    let (at, _) = tail.rmatch_indices(['由', '从']).next()?;
    let opens = !["从业", "从事"].iter().any(|w| tail[at..].starts_with(w))
        && !tail[at..].contains(['，', '。', '；']);
    opens.then_some(tail_start + at)
}

/// How far built things have come: into use, operation or completion.
pub const COME_TO_USE: &[&str] = &[
    "投入使用",
    "投入运营",
    "投入运行",
    "投用",
    "投产",
    "竣工",
    "完工",
    "交付",
];

/// Verbs by which things become fewer, arriving at a level with 为, 至 or
/// 到 (由52家整合为23家).
pub const BECOMING_FEWER: &[&str] = &[
    "整合", "合并", "精简", "压减", "缩减", "削减", "压缩", "调整",
];

/// Whether `words` are only a verb by which a level arrives at the next
/// figure (整合为, 减少到, 精简至), as between a starting level and the one
/// it arrives at.
pub fn is_arrival(words: &str) -> bool {
    static ARRIVAL: LazyLock<Pattern> = lazy_regex!(r"^\p{Han}{1,3}[为至到]约?$");
    ARRIVAL.is_match(words.trim())
}

/// The verbs of arriving at a level (提高到, 降至, 扩增至) and of becoming
/// fewer (整合为, 压减至), as a regex alternation.
pub fn arriving() -> String {
    let reaching = VERBS
        .iter()
        .filter(|(verb, kind)| *kind == TargetKind::Reach && verb.ends_with(['到', '至']))
        .map(|(verb, _)| *verb);
    format!(
        "{}|(?:{})[为至到]",
        reaching.collect::<Vec<_>>().join("|"),
        BECOMING_FEWER.join("|")
    )
}

/// Whether `text` holds a verb of arriving at a level or of becoming
/// fewer ([`arriving`]: 由52家整合为23家, 由目前的41家压减至30家), or opens
/// on any short verb and 至 or 到 before the next figure (由现时15.5米加深至
/// 17.5米): the figure before it is where the change starts.
pub fn arrives_in(text: &str) -> bool {
    static ANY_VERB_TO: LazyLock<Pattern> = lazy_regex!(r"^\p{Han}{1,2}[至到]约?\d");
    static ARRIVING: LazyLock<Pattern> = lazy_regex!(&arriving());
    ANY_VERB_TO.is_match(text) || ARRIVING.is_match(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_starts_at_its_last_from_word_but_not_at_a_trades() {
        assert_eq!(
            starting_level_at("三级医院由2020年的"),
            Some("三级医院".len())
        );
        assert_eq!(starting_level_at("保有量从"), Some("保有量".len()));
        assert_eq!(starting_level_at("茶产业从业人员"), None);
        assert_eq!(starting_level_at("由市财政安排，用于"), None);
        assert_eq!(starting_level_at("由此带动全市各类经营主体新增"), None);
    }

    #[test]
    fn a_level_becoming_fewer_is_arrived_at() {
        assert!(arrives_in("整合为23家"));
        // Alone between two levels: the verb by which one arrives at the other.
        assert!(is_arrival("整合为") && is_arrival("减少到 "));
        assert!(!is_arrival("新建") && !is_arrival("整合为23家"));
        assert!(arrives_in("扩增至114年底的1万2,586家"));
        assert!(arrives_in("提高到95%"));
        assert!(!arrives_in("新建23家"));
        assert!(arrives_in("压减至30家以内"));
        assert!(arrives_in("压缩至3个工作日"));
        assert!(!arrives_in("压减产能"));
        assert!(arrives_in("加深至17.5米"));
        assert!(!arrives_in("加深航道至港区"));
    }

    #[test]
    fn the_object_marker_is_no_plan() {
        let planning = Pattern::new(PLANNING).unwrap();
        let put = "将河湖长制目标责任纳入实绩考核，全年开展明察暗访4轮";
        assert!(!planning.is_match(&without_false_plans(put)));
        let will = "我们将新建消防站10座，将其纳入考核";
        assert!(planning.is_match(&without_false_plans(will)));
        let joined = "将12345热线企业服务功能与政务服务深度融合，2025年热线共受理企业诉求38.2万件";
        assert!(!planning.is_match(&without_false_plans(joined)));
        let laid_out = "将食堂与村卫生室、农家书屋、文化活动室一体布局，在食堂开展健康义诊26场次";
        assert!(!planning.is_match(&without_false_plans(laid_out)));
        let merged = "将死亡证明开具、户口注销、火化预约、惠民殡葬补助申领等7个事项整合为“一次办”，全年办理联办业务263件";
        assert!(!planning.is_match(&without_false_plans(merged)));
        let embedded = "将海绵城市建设要求嵌入规划许可、施工图审查等环节；全年审查项目方案132个";
        assert!(!planning.is_match(&without_false_plans(embedded)));
        let published = "现将2025年全省粮食和主要农产品产量情况公布如下：";
        assert!(!planning.is_match(&without_false_plans(published)));
    }

    #[test]
    fn a_named_plan_plans_nothing_and_hong_kong_commits_with_会() {
        let planning = Pattern::new(PLANNING).unwrap();
        assert!(!planning.is_match("全省建成国家“双高计划”建设学校4所"));
        assert!(!planning.is_match("推出「技能提升」计划，累计开办课程三百二十个"));
        assert!(planning.is_match("全市计划建设筹集保障性住房1.5万套"));
        assert!(planning.is_match("我们会在二〇二六年把名单上的大学增至220所"));
        // Nor does the plan a result is measured against.
        assert!(!planning.is_match("全年完成提档升级工程156公里，较年初计划超额完成6公里"));
        assert!(!planning.is_match("比计划提前两个月完工"));
    }

    #[test]
    fn a_要_before_what_is_to_be_reached_obliges() {
        let planning = Pattern::new(PLANNING).unwrap();
        assert!(planning.is_match("农作物耕种收综合机械化率要达到76%以上"));
        assert!(planning.is_match("要完成造林5万亩"));
        assert!(!planning.is_match("全年主要完成了三项工作"));
        assert!(!planning.is_match("只要达到标准即可申领"));
        assert!(!planning.is_match("申报企业需要达到营业收入2000万元以上"));
        assert!(!planning.is_match("按照要求完成整改"));
    }

    #[test]
    fn what_was_secured_is_no_plan() {
        let planning = Pattern::new(PLANNING).unwrap();
        let plans = |text: &str| planning.is_match(&without_false_plans(text));
        assert!(!plans("全年驻村工作队协调争取各类帮扶资金8650万元"));
        assert!(!plans("争取中央预算内投资3.2亿元"));
        assert!(!plans("累计争取中央、省级扶持项目35个"));
        assert!(plans("争取全年入境旅客达到4,000万人次"));
        assert!(plans("争取到2027年建成5G基站2万个"));
        assert!(plans("2026年，争取省级以上专精特新企业达到200家"));
        assert!(plans("争取国家级绿色工厂达到10家"));
        assert!(!plans(
            "积极争取“引嫩入白”配套工程和高标准农田建设项目资金2350万元"
        ));
        assert!(plans("争取到2027年全市完成固定资产投资100亿元"));
        assert!(plans("争取全年完成投资50亿元"));
    }
}
