//! The grammar of Chinese quantities: finds every number-with-unit in a
//! text and reads its exact value.
//!
//! A quantity is an optional bound word (不低于, 至少…), a number (Arabic with
//! decimals and thousands separators, fullwidth digits, Chinese numerals,
//! bare magnitude words such as 百 in 百家, or 百分之…), an optional
//! multiplier (万, 亿, 万亿…), an optional second number making a range
//! (65%-70%, 10至15家), a unit, and an optional bound suffix (以上, 以下,
//! 左右). Numbers without a unit are not quantities: they are years, dates,
//! codes or list markers.
//!
//! Values are computed exactly: an Arabic number is read as its digit string
//! plus a power of ten and converted to `f64` once, so `16.4亿` is exactly
//! 1640000000.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use super::lexicon::{CharTable, Lexicon};
use crate::lm::is_han;
use crate::model::Bound;

/// How the number of a quantity is written; consumers use it to tell real
/// figures from idioms (一批, 三个努力).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Numeral {
    /// Arabic digits, halfwidth or fullwidth.
    Arabic,
    /// Chinese numerals with at least one digit word: 三, 一百二十, 两千.
    Chinese,
    /// A magnitude word on its own: the 百 of 百家, the 万 of 万种.
    Magnitude,
}

/// One number-with-unit found in a text. Offsets are in chars.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// First char of the number (after any bound prefix word).
    pub start: usize,
    /// One past the unit, or past the bound suffix when there is one.
    pub end: usize,
    pub value: f64,
    /// The upper end of a range.
    pub value_max: Option<f64>,
    /// Canonical unit: `%`, `百分点`, `元`, `家`, `千瓦`…
    pub unit: &'static str,
    pub bound: Bound,
    pub numeral: Numeral,
}

/// Whether `chars` open with a year of the common era as documents write
/// it, four digits from 1900 to 2099 (2023〕, 2030年).
pub fn opens_year(chars: &[char]) -> bool {
    chars.len() >= 4
        && matches!(chars[..2], ['1', '9'] | ['2', '0'])
        && chars[2..4].iter().all(char::is_ascii_digit)
}

/// Whether two values are the same figure, written apart (13 and 13.0,
/// 1.2e4 and 12000).
pub fn same_value(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// Whether a value is a whole number, as a count of things must be.
pub fn is_whole(value: f64) -> bool {
    same_value(value, value.round())
}

/// What one of `unit` is, when `unit` is a unit of this grammar and
/// nothing else: a table names its column's unit (万个, 千瓦) this way.
pub fn unit_alone(unit: &str) -> Option<Quantity> {
    figure_alone(&format!("1{unit}")).filter(|q| !q.unit.is_empty())
}

/// The figure `text` is, when it is one figure and nothing else
/// (6000万千瓦, not 十条跨区骑行廊道).
pub fn figure_alone(text: &str) -> Option<Quantity> {
    let written: Vec<char> = text.chars().collect();
    scan(&written)
        .into_iter()
        .next()
        .filter(|q| q.start == 0 && q.end == written.len())
}

/// Canonical units of money.
const CURRENCIES: &[&str] = &["元", "美元", "澳门元", "港元"];

/// Whether `unit` is a sum of money.
pub fn is_money(unit: &str) -> bool {
    CURRENCIES.contains(&unit)
}

impl Quantity {
    /// Whether the unit counts things (家, 个, 项…) rather than measuring
    /// an amount (%, 元, 吨…).
    pub fn counts_things(&self) -> bool {
        is_count_unit(self.unit)
    }

    /// Whether the unit measures a stock that is not a number of things: a
    /// length or an area ([`EXTENT_UNITS`]), or an installed capacity
    /// (装机容量2180万千瓦, 配变容量986万千伏安, 312MW, 587.4万吨位; output
    /// in 千瓦时 is a flow), or of computing and storage (算力5.8万P, 存力
    /// 1.35EB).
    pub fn measures_stock(&self) -> bool {
        EXTENT_UNITS.contains(&self.unit)
            || matches!(
                self.unit,
                "千瓦" | "瓩" | "千伏安" | "兆瓦" | "吉瓦" | "MW" | "GW" | "吨位"
            )
            || matches!(self.unit, "P" | "PFLOPS" | "EFLOPS" | "EB" | "PB" | "TB")
    }

    /// The 三类 of 三类医疗器械 (class III), in Chinese numerals: before a
    /// noun, a class's name, not a figure.
    pub fn names_class(&self) -> bool {
        self.numeral == Numeral::Chinese && self.unit == "类"
    }

    /// The Chinese 一 of 一批, 一项, 一个: an indefinite article, not a figure.
    pub fn is_indefinite(&self) -> bool {
        self.numeral == Numeral::Chinese && self.value == 1.0 && self.end - self.start <= 3
    }
}

/// Units as written, longest first so that 千瓦时 wins over 千瓦 and
/// 个百分点 over 个; each maps to its canonical name.
const UNITS: &[(&str, &str)] = &[
    ("吨标准煤/年", "吨标准煤/年"),
    // A coal plant's consumption per unit of power supplied (供电煤耗).
    ("克标准煤/千瓦时", "克标准煤/千瓦时"),
    ("微克/立方米", "微克/立方米"),
    ("吨/年", "吨/年"),
    ("吨/日", "吨/日"),
    // Rates of flow: drainage and pumping capacity (排涝能力410立方米/秒).
    ("立方米/秒", "立方米/秒"),
    // Speeds (运营速度不低于18公里/小时).
    ("公里/小时", "公里/小时"),
    ("千米/小时", "公里/小时"),
    ("立方米/小时", "立方米/小时"),
    ("立方米/日", "立方米/日"),
    ("吨/小时", "吨/小时"),
    ("毫克/立方米", "毫克/立方米"),
    // Contents of soil and water by weight (有机质含量达到17克/千克, 镉含量
    // 低于0.3毫克/千克) and uses per mu (化肥用量控制在20千克/亩以内).
    ("毫克/千克", "毫克/千克"),
    ("克/千克", "克/千克"),
    ("千克/亩", "千克/亩"),
    ("公斤/亩", "千克/亩"),
    ("个百分点", "百分点"),
    // Working days as written, as 个月 is (5个工作日, 5工作日).
    ("个工作日", "个工作日"),
    ("工作日", "工作日"),
    // Hong Kong's working days (7个工作天内).
    ("个工作天", "个工作天"),
    ("工作天", "工作天"),
    ("吨标准煤", "吨标准煤"),
    // A ship's carrying capacity (造船完工量600万载重吨): no weight of cargo.
    ("载重吨", "载重吨"),
    ("平方公里", "平方公里"),
    ("平方千米", "平方千米"),
    ("毫克/升", "毫克/升"),
    ("百分点", "百分点"),
    ("吨标煤", "吨标准煤"),
    ("立方米", "立方米"),
    ("平方米", "平方米"),
    ("千瓦时", "千瓦时"),
    ("万千瓦", "千瓦"),
    ("千瓦", "千瓦"),
    // Taiwan's one-char 千瓦, a unit as written, like 公吨.
    ("瓩", "瓩"),
    // Hong Kong counts containers by the box (1 034萬個標準箱): TEU still.
    ("个标准箱", "标准箱"),
    ("标准箱", "标准箱"),
    ("标箱", "标箱"),
    // Ships by deadweight (造船完工量548万载重吨).
    ("载重吨", "载重吨"),
    ("TEU", "TEU"),
    ("千伏安", "千伏安"),
    ("个月", "个月"),
    // A rate per 100,000 people (孕产妇死亡率控制在8/10万以下).
    ("/10万", "/10万"),
    ("/十万", "/10万"),
    // Degrees of temperature (热岛强度降低0.5℃以上).
    ("摄氏度", "℃"),
    ("℃", "℃"),
    // Weeks, as Hong Kong counts a wait (轮候时间缩短至60星期以内).
    ("个星期", "星期"),
    ("星期", "星期"),
    ("兆瓦时", "兆瓦时"),
    ("吉瓦时", "吉瓦时"),
    ("GWh", "GWh"),
    // Durations and tonnes as Taiwan and Hong Kong write them.
    ("分钟", "分钟"),
    ("毫秒", "毫秒"),
    ("公吨", "公吨"),
    ("兆瓦", "兆瓦"),
    ("吉瓦", "吉瓦"),
    // Power and energy in Latin letters, as Taiwan's releases write them
    // (併網容量312MW): kept as written, as GWh is.
    ("MWh", "MWh"),
    ("MW", "MW"),
    ("GW", "GW"),
    ("EFLOPS", "EFLOPS"),
    ("PFLOPS", "PFLOPS"),
    // Computing power in petaflops as plans write it (算力总规模5.8万P).
    ("P", "P"),
    // Storage and a cloud's processor cores (存储容量6PB, 计算资源12000核).
    ("EB", "EB"),
    ("PB", "PB"),
    ("TB", "TB"),
    ("核", "核"),
    // Artificial reef by its void volume (投放人工鱼礁12.6万空方).
    ("空方", "空方"),
    ("千克", "千克"),
    ("公斤", "公斤"),
    ("千米", "千米"),
    ("公里", "公里"),
    // Taiwan's metre (跑道长度延长至1,800公尺).
    ("公尺", "公尺"),
    ("公顷", "公顷"),
    ("美元", "美元"),
    // Macao's and Hong Kong's currencies (不少于15亿澳门元).
    ("澳门元", "澳门元"),
    ("港元", "港元"),
    ("台套", "台套"),
    // Relics and equipment counted by piece or set (可移动文物326.4万件/套;
    // in 12台（套） the bracket is an aside, and the unit 台).
    ("件/套", "件/套"),
    ("台/套", "台/套"),
    // Instruments counted by set or piece (计量器具26.5万台件).
    ("台件", "台件"),
    // Machine hours (开机运行4.86万台时): how long machines ran, no machines.
    ("台时", "台时"),
    ("小时", "小时"),
    // Turnover, not people or tonnes: 58.34亿人公里, 3.2亿吨公里.
    ("人公里", "人公里"),
    ("吨公里", "吨公里"),
    // Service by area and times (托管服务面积132万亩次): not farmland.
    ("亩次", "亩次"),
    ("具", "具"),
    // Train runs (12车次): 车 alone counts nothing (see [`TIMES_UNITS`]).
    ("车次", "车次"),
    // Doses given (疫苗接种126.7万剂次); 剂 alone measures what is made.
    ("剂次", "剂次"),
    // Ships' or flights' calls (邮轮靠泊196航次, 每周120航次), ships'
    // trips (船次), rounds (轮次) and mine visits (矿次).
    ("航次", "航次"),
    ("船次", "船次"),
    ("轮次", "轮次"),
    ("矿次", "矿次"),
    // A fleet's gross tonnage (船舶总运力150万总吨).
    ("总吨", "总吨"),
    // Pages, sections of road or river, seats, grains (档案数字化1,200万页,
    // 河道12段, 座位3,000席).
    ("页", "页"),
    ("段", "段"),
    ("席", "席"),
    ("粒", "粒"),
    // Nights of a stay (过夜旅客平均留港时间3.2晚): a length, no count.
    ("晚", "晚"),
    ("部门", "部门"),
    ("%", "%"),
    ("％", "%"),
    ("‰", "‰"),
    ("元", "元"),
    // What a fleet can carry (货运车辆46.3万辆、587.4万吨位): a stock.
    ("吨位", "吨位"),
    ("吨", "吨"),
    ("米", "米"),
    ("亩", "亩"),
    ("斤", "斤"),
    ("倍", "倍"),
    ("岁", "岁"),
    ("家", "家"),
    ("个", "个"),
    ("项", "项"),
    ("种", "种"),
    ("座", "座"),
    ("栋", "栋"),
    ("幢", "幢"),
    ("批", "批"),
    ("名", "名"),
    ("辆", "辆"),
    ("台", "台"),
    ("套", "套"),
    ("所", "所"),
    ("处", "处"),
    ("条", "条"),
    ("件", "件"),
    // Books and archives: 馆藏古籍112万册件, 档案128.6万卷, 修复5000叶.
    ("册件", "册件"),
    ("册", "册"),
    ("卷", "卷"),
    ("叶", "叶"),
    ("站", "站"),
    // Taiwan counts kindergartens, libraries and parking spaces so (非营利
    // 幼儿园95园, 公共图书馆45馆, 停车格1,560格).
    ("园", "园"),
    ("馆", "馆"),
    ("格", "格"),
    ("份", "份"),
    ("口", "口"),
    ("眼", "眼"),
    ("枚", "枚"),
    ("款", "款"),
    ("户", "户"),
    // Person-years of work (R&D人员全时当量17.8万人年): a measure, no
    // count of people.
    ("人年", "人年"),
    // Blood and kits as a blood service counts them (采集全血45.6万单位,
    // 单采血小板3.1万治疗量, 造血干细胞血样380人份).
    ("人份", "人份"),
    ("单位", "单位"),
    ("治疗量", "治疗量"),
    ("人", "人"),
    ("位", "位"),
    ("支", "支"),
    ("艘", "艘"),
    // A fleet's seats (营运客船56艘、3200客位).
    ("客位", "客位"),
    // Articles, lessons and chapters (发表稿件300篇, 举办导赏活动380节).
    ("篇", "篇"),
    ("节", "节"),
    ("章", "章"),
    // Length of a ditch or a wall along its run (截水沟1200延米).
    ("延米", "延米"),
    ("架", "架"),
    ("类", "类"),
    ("次", "次"),
    ("张", "张"),
    ("间", "间"),
    ("场", "场"),
    ("起", "起"),
    ("笔", "笔"),
    ("宗", "宗"),
    ("块", "块"),
    ("片", "片"),
    ("盏", "盏"),
    // Slopes, pictures and Hong Kong's sites (约1 050幅政府人造斜坡).
    ("幅", "幅"),
    // Trees, livestock and animals, teams (植树4800万株, 生猪存栏120万头).
    ("株", "株"),
    ("棵", "棵"),
    ("头", "头"),
    ("只", "只"),
    ("羽", "羽"),
    // Bee colonies (林下养蜂86.5万群).
    ("群", "群"),
    // Orders, questions, courses (林长令12道, 菜品20道).
    ("道", "道"),
    // Shares (量化集体经营性资产股份9463.8万股).
    ("股", "股"),
    ("队", "队"),
    // Beds as Taiwan counts them (长照床位11万床).
    ("床", "床"),
    // Dwellings as Hong Kong and Macao count them (公共房屋4,500伙).
    ("伙", "伙"),
    // Tents, tools, classes, orders (帐篷3.2万顶, 二号工具2300把,
    // 职业训练186班, 慈善信托12单, 配送订单860万单).
    ("顶", "顶"),
    ("把", "把"),
    ("班", "班"),
    ("单", "单"),
    // Cases and couples (节地生态安葬4218例, 结婚登记28416对), courses
    // (课后服务课程3.1万门) and fish released (增殖放流3000万尾).
    ("例", "例"),
    ("对", "对"),
    ("门", "门"),
    ("尾", "尾"),
    ("列", "列"),
    // Channels of video (视频监控3.2万路).
    ("路", "路"),
    // Bags, boxes, rods, books and sets (黑木耳栽培4.8亿袋, 查获非法烟花爆竹
    // 1.26万箱, 埋设界桩4300根, 发放养殖证436本, 智能快件箱1.36万组).
    ("袋", "袋"),
    ("箱", "箱"),
    ("根", "根"),
    ("本", "本"),
    ("组", "组"),
    // Satellites and launches (卫星年产能200颗, 固体运载火箭20发).
    ("颗", "颗"),
    ("发", "发"),
    // Declarations a customs office clears (进出境清单3.42亿票).
    ("票", "票"),
    // Letters sent (发出警告信128封).
    ("封", "封"),
    // Sessions of a course (举办培训班37期).
    ("期", "期"),
    // Doses (疫苗年产能达到6亿剂).
    ("剂", "剂"),
    // Seconds, and a score's points (满意度达到82分以上).
    ("秒", "秒"),
    ("分", "分"),
    // Days, as a wait or a count of polluted days (轮候时间缩短至30天内,
    // 重污染天数控制在6天以内).
    ("天", "天"),
    // Electricity as Taiwan counts it (年发电量达950亿度): kilowatt-hours.
    ("度", "度"),
    // Volume, as of a bioreactor's capacity (生物药规模化产能达到10万升).
    ("升", "升"),
    ("年", "年"),
    // After 部门, so that 三部门 stays a count of departments.
    ("部", "部"),
];

/// Units and the chars that, right after them, make them a word's first
/// chars instead (1 单位…, a table's row number before 单位; 3例如…,
/// 100对接…, 3门户…, 2尾号…; a caption's 表1单位：万元, a list's 附件1单位名单).
const WORD_OPENERS: &[(&str, &str)] = &[
    ("单", "位"),
    ("单位", "：:名"),
    ("例", "如"),
    ("对", "接口外于象比照标应话症齐策待称"),
    ("门", "户槛诊类票窗峡"),
    ("尾", "款号气矿声数"),
    ("具", "有备体"),
    ("箱", "体"),
    ("根", "据本源治除"),
    ("本", "市地科土届次年期轮部单位人身级省区县领色质"),
    ("组", "织建成团合件网长"),
    ("羽", "毛绒"),
    ("群", "众体落岛居租发防测聊"),
    ("道", "路德理歉口班桥具闸"),
    ("股", "份权东票市金本民"),
    ("幅", "度员"),
    ("天", "然津下空地"),
    ("度", "假过量"),
    ("剂", "量型"),
    ("颗", "粒"),
    ("发", "展布生放挥出起现射电行明送表动改达源热病文"),
    // (30项指标24升6降: a rise, not litres.)
    ("升", "级至到为高幅温值格学降0123456789"),
];

/// The times a thing counted was done or met (检查企业300家次, 3.2万架次,
/// 故障报警73站次, 短信1800万条次, 免疫生猪17.4万头次): each one-char unit
/// of [`COUNT_UNITS`] with 次 after it, but those that name a rank (名次,
/// 位次), those that are words (本次, 单次) and 次次.
static TIMES_UNITS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    COUNT_UNITS
        .iter()
        .filter(|u| u.chars().count() == 1 && !["名", "位", "次", "本", "单"].contains(u))
        .map(|u| &*Box::leak(format!("{u}次").into_boxed_str()))
        .collect()
});

/// After one of [`TIMES_UNITS`], chars that make its 次 a word's first
/// (2个次中心, 3家次年…): the unit is the one-char one.
const TIMES_WORD_OPENERS: &str = "年日月要级生高中区序数核干支";

/// [`TIMES_UNITS`] and [`UNITS`], indexed for looking them up at a place;
/// a times unit comes first, so that 3.2万架次 is not 3.2万 aircraft.
static UNIT_INDEX: LazyLock<Lexicon<&str>> = LazyLock::new(|| {
    let times = TIMES_UNITS.iter().map(|&u| (u, u));
    Lexicon::new(times.chain(UNITS.iter().copied()))
});

/// [`COUNT_UNITS`], [`BLOOD_UNITS`] and [`TIMES_UNITS`], for asking of any
/// figure's unit.
static COUNTING: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    COUNT_UNITS
        .iter()
        .chain(BLOOD_UNITS)
        .chain(TIMES_UNITS.iter())
        .copied()
        .collect()
});

/// Whether `unit` counts discrete things.
fn is_count_unit(unit: &str) -> bool {
    COUNTING.contains(unit)
}

/// Canonical units that count discrete things.
const COUNT_UNITS: &[&str] = &[
    "家", "个", "项", "种", "座", "批", "名", "辆", "台", "台套", "套", "所", "处", "条", "件",
    "款", "户", "人", "位", "支", "艘", "架", "类", "次", "张", "间", "场", "起", "部门", "部",
    "栋", "幢", "笔", "宗", "块", "片", "盏", "幅", "列", "份", "口", "眼", "枚", "车次", "路",
    "株", "棵", "头", "只", "队", "床", "册", "站", "园", "馆", "格", "册件", "卷", "叶", "伙",
    "顶", "把", "班", "单", "例", "对", "门", "尾", "台件", "亩次", "具", "羽", "袋", "箱", "根",
    "本", "组", "期", "颗", "发", "票", "封", "件/套", "台/套", "客位", "篇", "节", "章", "群",
    "道", "股", "剂次", "航次", "船次", "轮次", "矿次", "页", "段", "席", "粒",
];

/// Units a blood service counts in (采集全血45.6万单位, 单采血小板3.1万治疗量,
/// 造血干细胞血样380人份): they count as [`COUNT_UNITS`] do.
const BLOOD_UNITS: &[&str] = &["人份", "单位", "治疗量"];

/// Canonical units of length and area, and a reef's volume: how much road,
/// farmland, floor space or reef exists is counted as things are, in
/// fractions too (燃气管网168.4公里).
const EXTENT_UNITS: &[&str] = &[
    "空方",
    "延米",
    "公尺",
    "公里",
    "千米",
    "亩",
    "平方米",
    "公顷",
    "平方公里",
    "平方千米",
];

/// Words before a number that is dialled, not counted.
const DIALLED: &[&str] = &["拨打", "致电", "热线", "电话"];

/// Multipliers after an Arabic number, longest first, with their power of ten.
const MULTIPLIERS: &[(&str, i32)] = &[("万亿", 12), ("千万", 7), ("百万", 6), ("亿", 8), ("万", 4)];

/// Words right before a number that bound it.
const BOUND_PREFIXES: &[(&str, Bound)] = &[
    ("不低于", Bound::AtLeast),
    ("不少于", Bound::AtLeast),
    ("不小于", Bound::AtLeast),
    ("力争达到", Bound::AtLeast),
    ("力争", Bound::AtLeast),
    ("至少", Bound::AtLeast),
    // Hong Kong's 增加至最少1 500辆.
    ("最少", Bound::AtLeast),
    ("超过", Bound::AtLeast),
    ("超", Bound::AtLeast),
    ("突破", Bound::AtLeast),
    ("高于", Bound::AtLeast),
    ("多于", Bound::AtLeast),
    ("不超过", Bound::AtMost),
    ("不高于", Bound::AtMost),
    ("不大于", Bound::AtMost),
    ("控制在", Bound::AtMost),
    ("低于", Bound::AtMost),
    ("少于", Bound::AtMost),
];

/// Modal verbs that may stand inside a negated comparison (不得超过,
/// 不应大于, 不宜低于) without changing its bound.
const MODALS: &[&str] = &["应", "得", "宜", "能", "可"];

/// [`BOUND_PREFIXES`] and their negated comparisons with a modal inside
/// (不得超过 is at most, as 不超过 is; without them 超过 would be read).
static BOUND_WORDS: LazyLock<Vec<(&'static str, Bound)>> = LazyLock::new(|| {
    let with_modal = BOUND_PREFIXES.iter().flat_map(|&(w, b)| {
        w.strip_prefix('不').into_iter().flat_map(move |rest| {
            MODALS
                .iter()
                .map(move |m| (&*Box::leak(format!("不{m}{rest}").into_boxed_str()), b))
        })
    });
    BOUND_PREFIXES.iter().copied().chain(with_modal).collect()
});

/// Whether a bound word holds `q` (200场次以上, 不少于30家, 控制在5%以内),
/// as a goal's does, not an estimate (二十多个, 300余家).
pub fn bounded_by_word(chars: &[char], q: &Quantity) -> bool {
    q.bound != Bound::Exact
        && (prefix_bound(chars, q.start).is_some()
            || BOUND_SUFFIXES
                .iter()
                .any(|(w, _)| ends_with(chars, q.end, w)))
}

/// Whether `q` is the reach of an area (周边500米范围内, 沿江1公里范围内) or
/// the radius a service covers (公交站点500米覆盖率, 15分钟服务半径; not
/// 实现100%覆盖):
/// where a rule applies or what a measure is named by, neither a level
/// nor what exists.
pub fn reaches_area(chars: &[char], q: &Quantity) -> bool {
    let radius = matches!(q.unit, "米" | "公里" | "千米" | "分钟")
        && ["覆盖率", "覆盖范围", "服务半径", "半径"]
            .iter()
            .any(|w| starts_with(chars, q.end, w));
    radius || starts_with(chars, q.end, "范围")
}

/// Whether the bound word right before `q` states a rule, a negated
/// comparison or a cap (不低于20平方米, 不超过3天, 控制在60平方米以内), not a
/// level passed (超过, 突破): what must hold, not what exists.
pub fn held_by_rule(chars: &[char], q: &Quantity) -> bool {
    BOUND_WORDS
        .iter()
        .any(|(w, _)| (w.starts_with('不') || *w == "控制在") && ends_with(chars, q.start, w))
}

/// Whether `word` is one of [`BOUND_WORDS`] (不低于, 控制在, 不得超过).
pub fn is_bound_word(word: &str) -> bool {
    BOUND_WORDS.iter().any(|(w, _)| *w == word)
}

/// Whether a figure's span ends on its own 以上 or 以下 (50平方公里以上).
pub fn ends_in_own_bound(chars: &[char], q: &Quantity) -> bool {
    ["以上", "以下"]
        .iter()
        .any(|w| starts_with(chars, q.end.saturating_sub(2), w))
}

/// Whether a figure is the number of copies a form is handed in
/// (纸质材料一式3份): a formality, neither count nor goal.
pub fn is_copies(chars: &[char], q: &Quantity) -> bool {
    q.start >= 2 && chars[q.start - 2..q.start] == ['一', '式']
}

/// Whether the things a figure counts are then bounded, marking off a
/// class of something else (1000名学生以上的学校, 50名职工以下的企业): a
/// condition, neither a count nor a level to reach.
pub fn bounds_its_noun(chars: &[char], q: &Quantity) -> bool {
    /// How long the counted noun between figure and bound may be.
    const NOUN_CHARS: usize = 4;
    (q.end + 1..=(q.end + NOUN_CHARS).min(chars.len())).any(|k| {
        // (A noun, not a size: 培育10家百亿元以上的企业 sets a goal.)
        chars[q.end..k]
            .iter()
            .all(|&c| crate::lm::is_han(c) && !NUMERALS.contains(c))
            && ["以上的", "以下的"]
                .iter()
                .any(|w| starts_with(chars, k, w))
    })
}

/// Where the noun starts that a figure bounded by its own 以上 or 以下 runs
/// into, straight or through 的 (流域面积50平方公里以上河流, 3万元以上的全时
/// 工作): the class of things the bound sorts. None where a conjunction or a
/// mark follows.
pub fn class_noun_at(chars: &[char], q: &Quantity) -> Option<usize> {
    let at = q.end + usize::from(chars.get(q.end) == Some(&'的'));
    (ends_in_own_bound(chars, q)
        && chars
            .get(at)
            .is_some_and(|&c| crate::lm::is_han(c) && !"并和且及或的".contains(c)))
    .then_some(at)
}

/// The word of [`BOUND_WORDS`] `text` opens with and its bound (不超过… is
/// at most), if it opens with one.
fn bound_word_opening(text: &str) -> Option<(&'static str, Bound)> {
    BOUND_WORD_INDEX.prefixes(text).max_by_key(|(w, _)| w.len())
}

/// The bound of the word of [`BOUND_WORDS`] `text` opens with, if it
/// opens with one.
pub fn bound_opening(text: &str) -> Option<Bound> {
    bound_word_opening(text).map(|(_, bound)| bound)
}

/// The bounds of the words of [`BOUND_WORDS`] in `text`, read left to
/// right, longest first (不超过 is one bound, not 不超过 and 超过).
pub fn bounds_in(text: &str) -> impl Iterator<Item = Bound> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        while let Some(c) = text[at..].chars().next() {
            if let Some((word, bound)) = bound_word_opening(&text[at..]) {
                at += word.len();
                return Some(bound);
            }
            at += c.len_utf8();
        }
        None
    })
}

/// [`BOUND_WORDS`], indexed for looking them up at a place.
static BOUND_WORD_INDEX: LazyLock<Lexicon<Bound>> =
    LazyLock::new(|| Lexicon::new(BOUND_WORDS.iter().copied()));

/// Words right after a unit that bound the number.
pub(super) const BOUND_SUFFIXES: &[(&str, Bound)] = &[
    ("及以上", Bound::AtLeast),
    // Hong Kong's 或以上 (录取8名或以上非华语学童的幼稚园).
    ("或以上", Bound::AtLeast),
    ("或以下", Bound::AtMost),
    ("以上", Bound::AtLeast),
    ("及以下", Bound::AtMost),
    ("以下", Bound::AtMost),
    ("以内", Bound::AtMost),
    ("之内", Bound::AtMost),
    ("左右", Bound::Exact),
];

/// Separators of a range such as 65%-70% or 10至15家.
pub(crate) const RANGE_SEPARATORS: &[char] = &['-', '—', '–', '~', '～', '至', '－'];

/// Finds every quantity of `chars`, in order, without overlaps.
pub fn scan(chars: &[char]) -> Vec<Quantity> {
    let mut found: Vec<Quantity> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        // Most chars open no number: turned away before any reading.
        if !NUMERALS.contains(chars[i]) {
            i += 1;
            continue;
        }
        // A bound word lets a bare number stand (不高于10、50、100毫克/立方米):
        // one in a list still takes the unit written after its last item.
        let here = match quantity_at(chars, i) {
            Some(q) if q.unit.is_empty() => Some(
                listed_at(chars, q.start)
                    .map(|listed| Quantity {
                        bound: q.bound,
                        ..listed
                    })
                    .unwrap_or(q),
            ),
            here => here,
        };
        match here.or_else(|| listed_at(chars, i)) {
            // A ratio's terms or a time of day (1:5万地质灾害风险调查, 按1∶1配套,
            // 8:30), or a fiscal year's short second year (2030-31年度), are
            // no figures.
            Some(q) if in_ratio(chars, &q) || closes_fiscal_year(chars, &q) => i = q.end,
            Some(mut q) => {
                // The bound word before a list bounds all its items (不高于10、
                // 50、100毫克/立方米); a bound after an item (10个以上) is its own.
                if let Some(previous) = found.last() {
                    let listed = q.start == previous.end + 1
                        && matches!(chars[previous.end], '、' | '和' | '及' | '与')
                        && q.unit == previous.unit
                        && !ends_in_own_bound(chars, previous);
                    if listed && q.bound == Bound::Exact {
                        q.bound = previous.bound;
                    }
                }
                i = q.end;
                found.push(q);
            }
            None => i += 1,
        }
    }
    // (提高5个、3个和8个百分点: the points' 个 is written with each, the
    // 百分点 once, after the last.)
    for k in (1..found.len()).rev() {
        let (previous, next) = (&found[k - 1], &found[k]);
        if previous.unit == "个"
            && next.unit == "百分点"
            && next.start == previous.end + 1
            && matches!(chars[previous.end], '、' | '和' | '及' | '与')
        {
            found[k - 1].unit = "百分点";
        }
    }
    found
}

/// Whether `q` stands on either side of a ratio's colon, a digit on its
/// other side.
fn in_ratio(chars: &[char], q: &Quantity) -> bool {
    let colon = |c: Option<&char>| matches!(c, Some(':' | '∶' | '：'));
    let digit = |c: Option<&char>| c.is_some_and(char::is_ascii_digit);
    colon(chars.get(q.end)) && digit(chars.get(q.end + 1))
        || q.start >= 2 && colon(chars.get(q.start - 1)) && digit(chars.get(q.start - 2))
}

/// Whether `q` is the second year of a fiscal year written short after
/// the first (the 31年 of 2030-31年度): no figure.
fn closes_fiscal_year(chars: &[char], q: &Quantity) -> bool {
    q.start >= 5 && fiscal_year_at(chars, q.start - 5).is_some()
}

/// A financial year as Hong Kong and Macau write it, from April to March
/// (2026-27年度, 2030/31年度), at `i`: the year it opens in, and the end
/// of its 年度.
pub fn fiscal_year_at(chars: &[char], i: usize) -> Option<(i32, usize)> {
    let year = digits_at(chars, i, 4).filter(|year| (1949..=2100).contains(year))?;
    let joined = matches!(chars.get(i + 4), Some('-' | '/' | '–' | '—' | '－'));
    let next = digits_at(chars, i + 5, 2).filter(|_| joined)?;
    (next == (year + 1) % 100 && starts_with(chars, i + 7, "年度")).then_some((year, i + 9))
}

/// The number the `n` ASCII digits at `from` write, if all `n` are digits
/// and the next is none (the 2026 of 2026—2028年, not of 20261).
pub fn digits_at(chars: &[char], from: usize, n: usize) -> Option<i32> {
    let run = chars.get(from..from + n)?;
    let whole = !chars.get(from + n).is_some_and(char::is_ascii_digit);
    (whole && run.iter().all(char::is_ascii_digit)).then(|| {
        run.iter().fold(0, |number, c| {
            number * 10 + c.to_digit(10).unwrap_or(0) as i32
        })
    })
}

/// The most items a list of numbers sharing one unit is read through.
const LIST_ITEMS: usize = 8;

/// A number in a list whose unit is written once, after its last item
/// (3.9万、4.5万及5.7万辆, 1200、1500个): it counts in that unit.
fn listed_at(chars: &[char], i: usize) -> Option<Quantity> {
    if !NUMERALS.contains(chars[i]) || !starts_number(chars, i) {
        return None;
    }
    let first = number_at(chars, i)?;
    if first.numeral == Numeral::Magnitude {
        return None;
    }
    let mut at = first.end;
    for _ in 0..LIST_ITEMS {
        if !matches!(chars.get(at)?, '、' | '及' | '和' | '与' | '或') {
            return None;
        }
        let next = at + 1;
        if next == chars.len() {
            return None;
        }
        if let Some(last) = quantity_at(chars, next) {
            return (!last.unit.is_empty() && last.numeral == first.numeral).then_some(Quantity {
                start: i,
                end: first.end,
                value: first.value,
                value_max: None,
                unit: last.unit,
                bound: Bound::Exact,
                numeral: first.numeral,
            });
        }
        at = number_at(chars, next)?.end;
    }
    None
}

/// A bare number: its value as digits times a power of ten, where it ends,
/// and how it was written.
#[derive(Debug, Clone, Copy)]
struct Number {
    value: f64,
    end: usize,
    numeral: Numeral,
    /// What a multiplier word after the digits (万, 亿) multiplied them by;
    /// 1 for a Chinese numeral, whose 万 and 亿 are its own digits.
    multiplier: f64,
}

/// Reads a quantity starting exactly at `i`, if one starts there.
/// The unit a figure with none of its own takes from the number the words
/// before it name (参与人次逾120万, 就业人数达到65万, 受理宗数约3 600): the
/// things the number counts.
fn unit_named_before(chars: &[char], i: usize) -> Option<&'static str> {
    const LINKS: &[&str] = &["达到", "超过", "突破", "逾", "约", "达", "超", "近", "为"];
    const NUMBERS: &[(&str, &str)] = &[
        ("人次", "人次"),
        ("人数", "人"),
        ("次数", "次"),
        ("宗数", "宗"),
        ("件数", "件"),
        ("户数", "户"),
    ];
    let link = LINKS.iter().find(|w| ends_with(chars, i, w))?;
    let end = i - link.chars().count();
    let &(named, unit) = NUMBERS
        .iter()
        .find(|(named, _)| ends_with(chars, end, named))?;
    // (Not a rate: 平均每场入场人次约1.2万, 每小时使用人次逾1,000.)
    let start = end - named.chars().count();
    let noun = &chars[start.saturating_sub(RATE_LOOKBACK)..start];
    let noun = noun
        .rsplit(|&c| "，。；、：,;:".contains(c))
        .next()
        .unwrap_or(noun);
    (!names_average(&String::from_iter(noun))).then_some(unit)
}

/// Whether the words naming what a figure measures make it an average or
/// a rate (平均修复时长, 年均利用小时数, 每小时使用人次), not a total.
pub fn names_average(words: &str) -> bool {
    const AVERAGES: [&str; 4] = ["平均", "年均", "中位", "每"];
    AVERAGES.iter().any(|a| words.contains(a))
}

/// How far before a named number ([`unit_named_before`]) a rate's 每 or
/// 平均 is looked for, in chars.
const RATE_LOOKBACK: usize = 12;

fn quantity_at(chars: &[char], i: usize) -> Option<Quantity> {
    // Every quantity opens with a numeral (the 百 of 百分之 included), and
    // most chars are none: they are turned away before any word is read.
    if !NUMERALS.contains(chars[i]) {
        return None;
    }
    let percent_words = starts_with(chars, i, "百分之");
    let number_start = if percent_words { i + 3 } else { i };
    if !percent_words && !starts_number(chars, i) {
        return None;
    }
    let first = number_at(chars, number_start)?;
    // 拨打12333人社服务热线: a number to call, whatever follows it; but not
    // one with a fraction or a multiplier (受理呼救电话182.6万次), which counts.
    let whole_digits = first.multiplier == 1.0 && !chars[number_start..first.end].contains(&'.');
    if whole_digits && DIALLED.iter().any(|w| ends_with(chars, i, w)) {
        return None;
    }
    // 12333人力资源和社会保障服务热线: the public service hotlines are five
    // digits opening with 123, dialled, not counted, when a hotline or a
    // platform is named after them (新增市场主体12386户 counts).
    const HOTLINE_NAME_CHARS: usize = 16;
    let hotline = first.end == number_start + 5
        && chars[number_start..first.end].starts_with(&['1', '2', '3'])
        && first.multiplier == 1.0
        && chars[first.end..chars.len().min(first.end + HOTLINE_NAME_CHARS)]
            .iter()
            .take_while(|&&c| !crate::lm::is_cjk_punctuation(c))
            .collect::<String>()
            .contains(['线', '台', '话']);
    if hotline {
        return None;
    }
    let mut more_than = chars[number_start..first.end].contains(&'余')
        || first.numeral != Numeral::Magnitude && chars[number_start..first.end].contains(&'多');
    let (value, value_max, unit, mut end) = if percent_words {
        range_tail(chars, first, Some("%")).unwrap_or((first.value, None, "%", first.end))
    } else {
        let mut after_first = skip_space(chars, first.end);
        // 100余家, 两千多家: more than the number.
        if matches!(chars.get(after_first), Some('余' | '多'))
            && unit_at(chars, after_first + 1).is_some()
        {
            more_than = true;
            after_first += 1;
        }
        let own_unit = unit_at(chars, after_first);
        match range_tail(chars, first, own_unit.map(|(u, _)| u)) {
            Some(range) => range,
            None => match own_unit {
                Some((unit, unit_end)) => (first.value, None, unit, unit_end),
                None => match tenths_end(chars, &first, after_first) {
                    Some(end) => (first.value * 10.0, None, "%", end),
                    None if is_bare_ratio(chars, i, &first) => (first.value, None, "", first.end),
                    None => match unit_named_before(chars, i) {
                        Some(unit) => (first.value, None, unit, first.end),
                        None => return None,
                    },
                },
            },
        }
    };
    // A bare magnitude word only measures discrete things: the 万 of 万元GDP
    // or 亿元产值 is a denominator, not a figure; unless a verb or a bound
    // governs it (产值突破千亿元). 百分之百 is a share.
    let governed = is_governed(chars, i);
    if first.numeral == Numeral::Magnitude && !percent_words && !governed && !is_count_unit(unit) {
        return None;
    }
    if first.numeral == Numeral::Magnitude
        && !percent_words
        && names_size_class(chars, i, end, unit)
    {
        return None;
    }
    // A measure per another (11.1公里/平方公里, 11.8公里每平方公里, 3000元/吨,
    // 4.5千瓦/升) is a rate whose unit is no unit of this grammar: no
    // figure of a count or target.
    let per = |c: &char| unit_at(chars, end + 1).is_some() || crate::lm::is_han(*c);
    if chars.get(end) == Some(&'/') && chars.get(end + 1).is_some_and(per)
        || chars.get(end) == Some(&'每')
            && unit_at(chars, end + 1).is_some_and(|(per, _)| !is_count_unit(per))
    {
        return None;
    }
    let unit = rate_written_before(chars, i, unit).unwrap_or(unit);
    // A number of years is a duration (4.5年, 三年); a larger one is a date.
    if unit == "年" && value >= 100.0 {
        return None;
    }
    // A household's size (1人户不低于20平方米, 1至3人户) is a class of
    // household, not people counted.
    if unit == "人"
        && value <= HOUSEHOLD_SIZE
        && chars.get(end) == Some(&'户')
        && !chars.get(end + 1).is_some_and(|&c| c == '口' || c == '籍')
    {
        return None;
    }
    end = skip_alternative_unit(chars, end);
    let mut bound = match prefix_bound(chars, i) {
        Some(b) => b,
        None if more_than => Bound::AtLeast,
        None => Bound::Exact,
    };
    if let Some((word, b)) = BOUND_SUFFIXES
        .iter()
        .find(|(w, _)| starts_with(chars, end, w))
    {
        end += word.chars().count();
        bound = *b;
    } else if value_max.is_none() && is_denominator(chars, value, end) {
        return None;
    }
    Some(Quantity {
        start: i,
        end,
        value,
        value_max,
        unit,
        bound,
        numeral: first.numeral,
    })
}

/// A flow or a speed whose time is written before its figure (每秒5000立方米,
/// 每小时3万立方米, 每小时18公里): the rate, in the unit it takes after the
/// figure.
fn rate_written_before(chars: &[char], i: usize, unit: &str) -> Option<&'static str> {
    // (Tonnes a day or a year keep their unit, 吨, as the pages' readers
    // write them: a plant's 日处理能力 names its time in the noun.)
    const RATES: &[(&str, &str, &str)] = &[
        ("立方米", "每秒", "立方米/秒"),
        ("立方米", "每小时", "立方米/小时"),
        // A speed (公交平均运营速度提高到每小时18公里).
        ("公里", "每小时", "公里/小时"),
        ("千米", "每小时", "公里/小时"),
        ("公里", "时速", "公里/小时"),
    ];
    RATES
        .iter()
        .find(|(of, per, _)| *of == unit && ends_with(chars, i, per))
        .map(|&(_, _, rate)| rate)
}

/// Where a share in tenths ends (五成, 七成以上: 50%, 70%): a Chinese
/// numeral up to 十 and 成, which is no verb (建成) or word (一成不变)
/// there because nothing Han but a bound or 多 follows it.
fn tenths_end(chars: &[char], number: &Number, at: usize) -> Option<usize> {
    let tenths = number.numeral == Numeral::Chinese && number.value <= 10.0;
    let end = at + 1;
    let closed = match chars.get(end) {
        Some(&c) if is_han(c) => {
            c == '多'
                || BOUND_SUFFIXES
                    .iter()
                    .any(|(w, _)| starts_with(chars, end, w))
        }
        _ => true,
    };
    (tenths && chars.get(at) == Some(&'成') && closed).then_some(end)
}

/// Whether a verb or a bound word governs the number at `i` (降至1.25,
/// 不高于1.4, 突破千亿元).
fn is_governed(chars: &[char], i: usize) -> bool {
    super::verbs::ending_at(chars, i).is_some() || prefix_bound(chars, i).is_some()
}

/// Whether the unit at `i` follows digits, maybe with their multiplier
/// (20发, 3.42亿票; not 一票, 牵一发).
fn after_digits(chars: &[char], i: usize) -> bool {
    let before: Vec<char> = chars[..i]
        .iter()
        .rev()
        .filter(|c| !c.is_whitespace())
        .take(2)
        .copied()
        .collect();
    match before.as_slice() {
        [d, ..] if d.is_ascii_digit() => true,
        ['万' | '亿', d] => d.is_ascii_digit(),
        _ => false,
    }
}

/// Whether a bare magnitude and its unit, from `i` to `end`, name the
/// size of a kind of thing rather than a figure: a size before the noun
/// (建成千亩示范方126个, 万亩示范片) when the unit measures, or a pair of
/// sizes (千吨万人供水工程, whose 万人 counts no people either). Not a
/// milestone (突破千亿元大关, 迈上千亿元台阶), which is the figure.
fn names_size_class(chars: &[char], i: usize, end: usize, unit: &str) -> bool {
    const MILESTONES: &[&str] = &["大关", "台阶", "关口"];
    let magnitude = |k: usize| chars.get(k).is_some_and(|c| "十百千万亿".contains(*c));
    let pairs_after = magnitude(end) && unit_at(chars, end + 1).is_some();
    let pairs_before = i >= 2 && magnitude(i - 2) && unit_at(chars, i - 1).is_some();
    let noun_after = !is_count_unit(unit)
        && chars
            .get(end)
            .is_some_and(|&c| crate::lm::is_han(c) && !"以及左余多的和与或".contains(c))
        && !MILESTONES.iter().any(|w| starts_with(chars, end, w));
    pairs_after || pairs_before || noun_after
}

/// Whether a number with no unit is a ratio's value (PUE降至1.25以下,
/// 系数不低于0.8): a small figure in digits that a verb or a bound word
/// governs, closed by a bound word or the end of its clause, so nothing
/// after it could be a unit the grammar lacks.
fn is_bare_ratio(chars: &[char], i: usize, number: &Number) -> bool {
    let closed = match chars.get(number.end) {
        None => true,
        Some(&c) => {
            super::clause::ends_clause(c)
                || super::clause::ends_sentence(c)
                || matches!(c, '、' | ')' | '）')
                || BOUND_SUFFIXES
                    .iter()
                    .any(|(w, _)| starts_with(chars, number.end, w))
        }
    };
    number.numeral == Numeral::Arabic && number.value < 100.0 && closed && is_governed(chars, i)
}

/// The most people a household size names (3人户).
const HOUSEHOLD_SIZE: f64 = 10.0;

/// Whether a round figure is the denominator of the rate named right
/// after it, as in 十万人生产安全事故死亡率, 千人口床位数 or 万台死亡人数 (每万人
/// without the 每): a power of ten whose unit runs straight into a noun
/// that names a rate or a number of things per that many (…率, not 率先;
/// a number of people, beds or cases: 人数, 床位数, 医师数, 户数, 起数, not
/// 数据, 数控 or 用数赋智) before any punctuation.
fn is_denominator(chars: &[char], value: f64, end: usize) -> bool {
    let power_of_ten = value >= 10.0 && value.log10().fract() == 0.0;
    power_of_ten && {
        let rest = &chars[end.min(chars.len())..];
        let run = &rest[..rest.iter().position(|&c| !is_han(c)).unwrap_or(rest.len())];
        let names_rate = |k: usize, c: char| match c {
            '率' => run.get(k + 1) != Some(&'先'),
            '数' => k
                .checked_sub(1)
                .is_some_and(|p| "人员位次件起户口师士".contains(run[p])),
            _ => false,
        };
        run.iter().enumerate().any(|(k, &c)| names_rate(k, c))
    }
}

/// Whether a number (not the tail of a code, ordinal or word) starts at `i`.
fn starts_number(chars: &[char], i: usize) -> bool {
    let c = chars[i];
    let prev = i.checked_sub(1).map(|p| chars[p]);
    // 第三批 is an ordinal, and so is the range's end in 第1—5条; 每万人,
    // 每10万人口 a denominator, and so is the range's end in
    // 每二十万至三十万人口; 数十个, 几百家 say how many only roughly.
    if matches!(prev, Some('第' | '每'))
        || matches!(prev, Some('数' | '几')) && matches!(c, '十' | '百' | '千' | '万' | '亿')
        || prev.is_some_and(|p| RANGE_SEPARATORS.contains(&p)) && ends_denominator(chars, i - 1)
    {
        return false;
    }
    if arabic_digit(c).is_some() {
        // Part of a code (GB/T 36132, PM2.5) or of a longer number, the
        // 000 of 1,000 included.
        let group_of_previous = prev == Some(',')
            && i >= 2
            && arabic_digit(chars[i - 2]).is_some()
            && three_digit_group(chars, i);
        let prev_solid = prev_non_space(chars, i);
        // A leading zero (02 种业根基更加牢固, 007号) numbers a label.
        let zero_led = arabic_digit(c) == Some('0')
            && chars.get(i + 1).and_then(|&d| arabic_digit(d)).is_some();
        // After a slash, a code's part or a fraction's denominator (GB/T,
        // 1/2), but not the second measure of a pair (186.5万千瓦/372万千瓦时).
        let after_slash =
            prev_solid == Some('/') && !(i >= 2 && chars[i - 1] == '/' && is_han(chars[i - 2]));
        let after_code_char =
            matches!(prev_solid, Some(p) if p.is_ascii_alphanumeric() || p == '.' || p == '_');
        return !group_of_previous
            && !zero_led
            && !after_slash
            && (!after_code_char || counts_after_acronym(chars, i));
    }
    // A Chinese numeral starts where its run does, and never right after
    // digits: the 万人 of 每十万人 or 每10万人, the 二项 of 第十二项 is no
    // number of its own.
    is_numeral(c) && !prev.is_some_and(is_numeral)
}

/// Whether the digits at `i` count what an acronym closing a noun names
/// (打造原创精品IP 100个): letters right after a Han char, then the digits
/// and a counting unit. A code's letters open it (GB 6566, PM2.5).
fn counts_after_acronym(chars: &[char], i: usize) -> bool {
    let spaces = chars[..i]
        .iter()
        .rev()
        .take_while(|c| c.is_whitespace())
        .count();
    let before = &chars[..i - spaces];
    let letters = before
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    let opens_on_han = before
        .len()
        .checked_sub(letters + 1)
        .is_some_and(|k| is_han(before[k]));
    // (With its thousands, point and multiplier: LED 5万盏, IP 1,000个.)
    let digits_end = (i..chars.len())
        .find(|&k| !(chars[k].is_ascii_digit() || matches!(chars[k], ',' | '.' | '万' | '亿')))
        .unwrap_or(chars.len());
    (1..=5).contains(&letters)
        && opens_on_han
        && unit_at(chars, digits_end).is_some_and(|(unit, _)| is_count_unit(unit))
}

/// [`is_numeral`], tabulated for testing every char of a text.
static NUMERALS: LazyLock<CharTable> = LazyLock::new(|| CharTable::new(is_numeral));

/// Whether the number that ends at `end` follows 每 (每二十万, 每1,000) or
/// 第 (第1—5条): the start of a range of denominators or of ordinals.
fn ends_denominator(chars: &[char], end: usize) -> bool {
    let start = chars[..end]
        .iter()
        .rposition(|&c| !is_numeral(c) && !matches!(c, '.' | ','))
        .map_or(0, |p| p + 1);
    start < end && start > 0 && matches!(chars[start - 1], '每' | '第')
}

/// A digit, Chinese digit or magnitude word.
pub fn is_numeral(c: char) -> bool {
    chinese_digit(c).is_some() || chinese_unit(c).is_some() || arabic_digit(c).is_some()
}

/// After a first number: a range separator and a second number with a
/// unit make a range. Returns value, value_max, unit and end.
fn range_tail(
    chars: &[char],
    first: Number,
    first_unit: Option<&'static str>,
) -> Option<(f64, Option<f64>, &'static str, usize)> {
    let mut at = first.end;
    if let Some(u) = first_unit {
        at = skip_space(chars, at);
        if let Some((_, e)) = unit_at(chars, at).filter(|(fu, _)| *fu == u) {
            at = e;
        }
    }
    let sep = skip_space(chars, at);
    if !chars.get(sep).is_some_and(|c| RANGE_SEPARATORS.contains(c)) {
        return None;
    }
    let second_start = skip_space(chars, sep + 1);
    if second_start >= chars.len() || !starts_number(chars, second_start) {
        return None;
    }
    let second = number_at(chars, second_start)?;
    let (unit, end) = unit_at(chars, skip_space(chars, second.end))?;
    // 400—500万千瓦 is 400万 to 500万: the second number's multiplier is
    // both's, unless the first is written out already as large.
    let scaled = first.value * second.multiplier;
    let value = if first.multiplier == 1.0 && scaled <= second.value {
        scaled
    } else {
        first.value
    };
    if first_unit.is_some_and(|u| u != unit) || second.value < value {
        return None;
    }
    Some((value, Some(second.value), unit, end))
}

/// Skips the alternative measure word bracketed after a unit: the （间）
/// of 8万套（间）以上 belongs to the quantity, so that neither it nor the
/// bound after it is read as the noun.
fn skip_alternative_unit(chars: &[char], end: usize) -> usize {
    let close = |c: &char| matches!(c, ')' | '）');
    let opens = chars.get(end).is_some_and(|c| matches!(c, '(' | '（'));
    let inner = chars.get(end + 1..).unwrap_or_default();
    // Only a close within three chars can end a word of one or two.
    match inner.iter().take(3).position(close) {
        Some(n @ 1..=2) if opens && inner[..n].iter().all(|&c| is_han(c)) => end + n + 2,
        _ => end,
    }
}

/// Reads a number at `i`: Arabic with an optional multiplier, or Chinese.
fn number_at(chars: &[char], i: usize) -> Option<Number> {
    if arabic_digit(*chars.get(i)?).is_some() {
        arabic_at(chars, i)
    } else {
        chinese_at(chars, i)
    }
}

/// An Arabic number with optional thousands separators, decimals and a
/// multiplier word (万, 亿, 万亿…).
fn arabic_at(chars: &[char], i: usize) -> Option<Number> {
    let mut digits = String::new();
    let mut j = i;
    while let Some(d) = chars.get(j).and_then(|&c| arabic_digit(c)) {
        digits.push(d);
        j += 1;
    }
    if digits.is_empty() {
        return None;
    }
    // Thousands groups after a leading group of one to three digits: a
    // separator followed by exactly three digits, the same one throughout.
    // A year (2025 300) or a group of two or four digits (12 30, 1 2000)
    // after a space is the next number, not a group of this one.
    let separator = chars.get(j).copied().filter(|&c| is_group_separator(c));
    if let Some(separator) = separator.filter(|_| digits.len() <= 3) {
        while chars.get(j) == Some(&separator) && three_digit_group(chars, j + 1) {
            digits.extend(chars[j + 1..j + 4].iter().filter_map(|&c| arabic_digit(c)));
            j += 4;
        }
    }
    let mut scale = 0i32;
    if matches!(chars.get(j), Some('.' | '．'))
        && chars.get(j + 1).and_then(|&c| arabic_digit(c)).is_some()
    {
        j += 1;
        while let Some(d) = chars.get(j).and_then(|&c| arabic_digit(c)) {
            digits.push(d);
            scale += 1;
            j += 1;
        }
    }
    let mut exponent = -scale;
    let mut multiplier = 1.0;
    let mut after = skip_space(chars, j);
    // 60余万亩, 3000多万元: more than the number, before its multiplier.
    let multiplier_at = |at: usize| MULTIPLIERS.iter().any(|(w, _)| starts_with(chars, at, w));
    if matches!(chars.get(after), Some('余' | '多')) && multiplier_at(after + 1) {
        after += 1;
    }
    if let Some((word, power)) = MULTIPLIERS
        .iter()
        .find(|(w, _)| starts_with(chars, after, w))
    {
        // 1.2亿千瓦: 亿 is the multiplier and 千瓦 the unit, but in
        // 5千万 the 千万 is a multiplier; longest-first order settles both.
        exponent += power;
        multiplier = 10f64.powi(*power);
        j = after + word.chars().count();
        // 1萬2,417, 3亿5000万: the part below the multiplier follows it,
        // maybe after a 零 that fills the empty places (1萬零800).
        if scale == 0 {
            let whole = decimal_value(&digits, exponent);
            let below = 10f64.powi(*power);
            let from = j + usize::from(matches!(chars.get(j), Some('零' | '〇')));
            if let Some(mut rest) = arabic_at(chars, from) {
                // Below 万, the part below may count its own thousands or
                // hundreds (1万2千人, as Taiwan writes 12,000), unless they
                // open a unit (千瓦, 千伏安).
                let place = match chars.get(rest.end) {
                    Some('千') => Some(3),
                    Some('百') => Some(2),
                    _ => None,
                }
                .filter(|_| {
                    *power == 4
                        && rest.multiplier == 1.0
                        && UNIT_INDEX.starting_at(chars, rest.end).next().is_none()
                });
                if let Some(place) = place {
                    rest.value *= 10f64.powi(place);
                    rest.end += 1;
                }
                // A multiplier after the part below may scale all of it, as
                // Taiwan writes 1万4,200百万瓩 for 14,200 百万瓩.
                let unscaled = rest.value / rest.multiplier;
                let joined = if rest.value < below {
                    Some((whole + rest.value, multiplier))
                } else if rest.multiplier > 1.0 && unscaled < below {
                    Some(((whole + unscaled) * rest.multiplier, rest.multiplier))
                } else {
                    None
                };
                if let Some((value, multiplier)) = joined {
                    return Some(Number {
                        value,
                        end: rest.end,
                        numeral: Numeral::Arabic,
                        multiplier,
                    });
                }
            }
        }
    }
    Some(Number {
        value: decimal_value(&digits, exponent),
        end: j,
        numeral: Numeral::Arabic,
        multiplier,
    })
}

/// A thousands separator: the comma, or a space as Hong Kong and SI
/// style write 30 000 (plain, no-break, thin or narrow no-break). The
/// ideographic space is no separator: it sets figures apart.
fn is_group_separator(c: char) -> bool {
    matches!(c, ',' | ' ' | '\u{A0}' | '\u{2009}' | '\u{202F}')
}

fn three_digit_group(chars: &[char], i: usize) -> bool {
    (0..3).all(|k| chars.get(i + k).and_then(|&c| arabic_digit(c)).is_some())
        && chars.get(i + 3).and_then(|&c| arabic_digit(c)).is_none()
}

/// The exact value of `digits × 10^exponent`, rounded once to `f64`.
fn decimal_value(digits: &str, exponent: i32) -> f64 {
    let digits = digits.trim_start_matches('0');
    if digits.is_empty() {
        return 0.0;
    }
    // Rust's float parser rounds correctly, so 164e7 is exactly 1640000000.
    format!("{digits}e{exponent}")
        .parse()
        .unwrap_or(f64::INFINITY)
}

/// A run of Chinese numerals: positional (一百二十, 三万五千, 两千),
/// digit by digit (二〇三〇), or a bare magnitude word (百, 千, 万).
fn chinese_at(chars: &[char], i: usize) -> Option<Number> {
    let mut end = i;
    while chars
        .get(end)
        .is_some_and(|&c| chinese_digit(c).is_some() || chinese_unit(c).is_some())
    {
        end += 1;
    }
    // 千瓦, 千克, 千米 are units of their own: 五千瓦 is 5 千瓦.
    if end - i > 1 && chars[end - 1] == '千' && matches!(chars.get(end), Some('瓦' | '克' | '米'))
    {
        end -= 1;
    }
    // 两 is a numeral only before a unit, a magnitude or the 成 of tenths
    // (两成): not in 两高一资.
    let counts_on = unit_at(chars, end).is_some() || chars.get(end) == Some(&'成');
    if end == i || (chars[i] == '两' && end == i + 1 && !counts_on) {
        return None;
    }
    // A lone 零 starts a word (零部件, 零售, 零碳), not a figure.
    if end == i + 1 && chinese_digit(chars[i]) == Some(0) {
        return None;
    }
    // Two of a thing are 两 (两次, 两个): a lone 二 before a unit ranks or
    // kinds it (二次供水, 二级, 二类, 二期), unless it opens a fraction.
    if end == i + 1 && chars[i] == '二' && counts_on && !starts_with(chars, end, "分之") {
        return None;
    }
    let run = &chars[i..end];
    // 十 alone or leading (十个, 十万) is a number; 百, 千 and 万 alone
    // name a multitude (百家, 千家万户).
    let numeral = if run[0] != '十' && run.iter().all(|&c| chinese_digit(c).is_none()) {
        Numeral::Magnitude
    } else {
        Numeral::Chinese
    };
    let mut value = chinese_value(run)? as f64;
    // 八点五公里, 一点二万: decimals are read digit by digit after 点, and
    // a magnitude after them scales the whole.
    let decimals = chars[(end + 1).min(chars.len())..]
        .iter()
        .take_while(|&&c| chinese_digit(c).is_some())
        .count();
    let scale_at = |at: usize| match chars.get(at) {
        Some('万') => Some(1e4),
        Some('亿') => Some(1e8),
        _ => None,
    };
    // 一千二百多万人, 三千余万元: more than the number, before its magnitude.
    let scaled_more = matches!(chars.get(end), Some('余' | '多'))
        && !matches!(run.last(), Some('万' | '亿'))
        && numeral == Numeral::Chinese;
    if let Some(scale) = scaled_more.then(|| scale_at(end + 1)).flatten() {
        value *= scale;
        end += 2;
    } else if numeral == Numeral::Chinese && chars.get(end) == Some(&'点') && decimals > 0 {
        let digits = &chars[end + 1..end + 1 + decimals];
        let fraction: String = digits
            .iter()
            .filter_map(|&c| chinese_digit(c).and_then(|d| char::from_digit(d as u32, 10)))
            .collect();
        value += format!("0.{fraction}").parse::<f64>().ok()?;
        end += 1 + decimals;
        if let Some(scale) = scale_at(end) {
            value *= scale;
            end += 1;
        }
    }
    Some(Number {
        value,
        end,
        numeral,
        multiplier: 1.0,
    })
}

/// The value of a Chinese numeral run, or None when it overflows.
pub fn chinese_value(run: &[char]) -> Option<u128> {
    if run.iter().all(|&c| chinese_digit(c).is_some()) {
        // Digit by digit, as in years: 二〇三〇.
        return run.iter().try_fold(0u128, |acc, &c| {
            acc.checked_mul(10)?.checked_add(chinese_digit(c)?)
        });
    }
    // Positional: sections below 万 accumulate in `section`, the 万 group in
    // `wan`, completed 亿 groups in `yi`.
    let (mut yi, mut wan, mut section, mut digit) = (0u128, 0u128, 0u128, 0u128);
    for &c in run {
        if let Some(d) = chinese_digit(c) {
            digit = d;
            continue;
        }
        match chinese_unit(c)? {
            power @ 1..=3 => {
                // A bare 十 is 10; 一千零十 is 1010.
                let step = digit.max(1).checked_mul(10u128.pow(power))?;
                section = section.checked_add(step)?;
            }
            // A bare 万 or 亿 is one of it: 万种 is 10000.
            4 => {
                let group = (wan + section + digit).max(1);
                wan = group.checked_mul(10_000)?;
                section = 0;
            }
            _ => {
                let group = yi.checked_add(wan + section + digit)?.max(1);
                yi = group.checked_mul(100_000_000)?;
                wan = 0;
                section = 0;
            }
        }
        digit = 0;
    }
    yi.checked_add(wan)?
        .checked_add(section)?
        .checked_add(digit)
}

/// Whether a number may open at `c`: an Arabic digit, a Chinese one or
/// the 十 of 十个.
pub fn opens_number(c: char) -> bool {
    c.is_ascii_digit() || chinese_digit(c).is_some() || c == '十'
}

pub fn chinese_digit(c: char) -> Option<u128> {
    Some(match c {
        '〇' | '○' | '零' | 'Ｏ' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// Powers of ten of the Chinese unit words.
fn chinese_unit(c: char) -> Option<u32> {
    Some(match c {
        '十' => 1,
        '百' => 2,
        '千' => 3,
        '万' => 4,
        '亿' => 8,
        _ => return None,
    })
}

fn arabic_digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
        _ => None,
    }
}

/// The unit starting at `i`, as (canonical unit, end).
fn unit_at(chars: &[char], i: usize) -> Option<(&'static str, usize)> {
    UNIT_INDEX
        .starting_at(chars, i)
        .map(|(written, canonical)| (canonical, i + written.chars().count()))
        .find(|&(unit, end)| {
            let next = chars.get(end);
            // (A times unit: two chars, the second 次; 次 alone is none.)
            let times_word = unit.chars().count() == 2
                && unit.ends_with('次')
                && is_count_unit(unit)
                && next.is_some_and(|c| TIMES_WORD_OPENERS.contains(*c));
            // 带动就业5万人年均…, 带动农户1.2万人年增收…: before a word the
            // 年 is the word's, the unit 人.
            let yearly_word = unit == "人年" && next.is_some_and(|&c| crate::lm::is_han(c));
            // 年产10万吨位于园区: 吨, and 位于.
            let located = unit == "吨位" && next == Some(&'于');
            // A one-letter unit ends where the letters do (10P, not the P
            // of 10PB or 2P2).
            let in_word = unit.len() == 1
                && unit.ends_with(|c: char| c.is_ascii_alphabetic())
                && next.is_some_and(|c| c.is_ascii_alphanumeric());
            !times_word && !yearly_word && !located && !in_word
        })
        // 一站式, 两年制, 九年一贯制: a number with 式, or of years with 制,
        // names a kind, not an amount (9部门制定 is nine departments).
        .filter(|&(unit, end)| {
            let next = chars.get(end);
            // (Not after 万 or 亿, which follow digits too: 3.1万门.)
            let after_chinese_numeral = i
                .checked_sub(1)
                .is_some_and(|p| chinese_digit(chars[p]).is_some() || "十百千".contains(chars[p]));
            // 5万吨级泊位, 60万千瓦级机组: a measure with 级 names a class.
            next != Some(&'式')
                && next != Some(&'级')
                && !(unit == "年" && (next == Some(&'制') || starts_with(chars, end, "一贯制")))
                && !WORD_OPENERS
                    .iter()
                    .any(|(u, opens)| *u == unit && next.is_some_and(|c| opens.contains(*c)))
                // A span or a score before a noun names a kind (15分钟生活圈,
                // 24小时扑灭率, 三分建, 三分之一, 十分重视), unless a bound
                // follows (82分以上, 30分钟以内, 10秒左右); hours also before
                // the next item of a list, a range or a change (24小时之内,
                // 15小时和0.8小时, 2小时至4小时, 由48小时缩短至12小时).
                && !(matches!(unit, "小时" | "分钟" | "秒" | "毫秒" | "分")
                    && next.is_some_and(|&c| {
                        is_han(c)
                            && !"以内左".contains(c)
                            && !(unit == "小时" && "之和及与或至到缩压降减提增".contains(c))
                    }))
                // 一核两翼, 3核心: 核 before a word is that word's; and 核,
                // 发, 颗, 票, 封, 篇, 节 and 章 count only after digits (“一核”引领,
                // 牵一发而动全身, 一颗红心, 一票否决, 两票制, 一封信, 五一节, 第一章),
                // and so does 单位 (各单位, 一单位).
                && !(unit == "核" && next.is_some_and(|&c| is_han(c) && !"以左的及和与".contains(c)))
                // (A digit's multiplier counts as the digit: 3.42亿票.)
                && (!matches!(unit, "核" | "发" | "颗" | "票" | "封" | "篇" | "节" | "章" | "单位")
                    || after_digits(chars, i))
                // (Nor after a space, where a table's next cell opens on
                // their char: 1 章贡区, 1 单位地区生产总值能耗.)
                && !(matches!(unit, "篇" | "节" | "章" | "单位")
                    && i.checked_sub(1).is_some_and(|p| chars[p].is_whitespace()))
                // 表1 天水市, 天门市, 天河区, 表1 株洲市: 天 and 株 open a
                // place's name.
                && !(matches!(unit, "天" | "株") && place_suffix_at(chars, end) == Some(1))
                // 一期工程, 分3期实施, 十四五期间: a 期 before a word, or after
                // a Chinese numeral, is a phase; sessions are written in
                // digits at the end of their phrase (培训班37期，, 培训20期以上).
                && !(unit == "期"
                    && (chars.get(end).is_some_and(|&c| is_han(c) && !"以左余".contains(c))
                        || prev_non_space(chars, i).is_none_or(|c| !c.is_ascii_digit())))
                // 三台县, 九台区, 七台河市: after a Chinese numeral, 台 before a
                // place's suffix opens the place's name.
                && !(unit == "台" && after_chinese_numeral && place_suffix_at(chars, end).is_some())
                // 三门峡, 一门心思: after a Chinese numeral, 门 is a word's.
                && !(unit == "门" && after_chinese_numeral)
                // 三元通用机场, 一元化, 二元结构: a lone Chinese digit and 元
                // before a word name a place or a kind; sums are written in
                // digits or with a multiplier (五百元, 3元).
                && !(unit == "元"
                    && after_chinese_numeral
                    && i.checked_sub(2).is_none_or(|p| !NUMERALS.contains(chars[p]))
                    && next.is_some_and(|&c| is_han(c) && !"以左的及和与或至到每钱".contains(c) && chinese_digit(c).is_none()))
        })
}

/// How many Han chars after `at` a place's suffix stands, if right at it
/// or after one (天水市, 台县): what looks like a unit there opens the
/// place's name.
fn place_suffix_at(chars: &[char], at: usize) -> Option<usize> {
    let suffix = |k: usize| chars.get(k).is_some_and(|c| "市县区州".contains(*c));
    if suffix(at) {
        Some(0)
    } else {
        (chars.get(at).is_some_and(|&c| is_han(c)) && suffix(at + 1)).then_some(1)
    }
}

fn prefix_bound(chars: &[char], i: usize) -> Option<Bound> {
    // Longest first: 不超过 is not 超过.
    let bound_at = |at: usize| {
        BOUND_WORD_INDEX
            .ending_at(chars, at)
            .max_by_key(|(w, _)| w.len())
            .map(|(_, b)| b)
    };
    // A verb may stand between the bound word and its number: 至少建成1座,
    // 力争培育50家.
    bound_at(i).or_else(|| {
        let verb = super::verbs::ending_at(chars, i)?;
        bound_at(i - verb.chars().count())
    })
}

fn skip_space(chars: &[char], mut i: usize) -> usize {
    // At most one space: "2 名" is a quantity, a gap in a table is not.
    if chars.get(i).is_some_and(|c| *c == ' ' || *c == '\u{3000}') {
        i += 1;
    }
    i
}

fn prev_non_space(chars: &[char], i: usize) -> Option<char> {
    chars[..i]
        .iter()
        .rev()
        .find(|c| !c.is_whitespace())
        .copied()
}

/// Whether `word` occurs in `chars` starting at `i`.
pub fn starts_with(chars: &[char], i: usize, word: &str) -> bool {
    word.chars()
        .enumerate()
        .all(|(k, w)| chars.get(i + k) == Some(&w))
}

/// Whether `word` occurs in `chars` ending right before `i`. Compares from
/// the end, so that a miss costs one char rather than counting the word.
pub fn ends_with(chars: &[char], i: usize, word: &str) -> bool {
    let mut at = i;
    word.chars().rev().all(|w| {
        let Some(before) = at.checked_sub(1) else {
            return false;
        };
        at = before;
        chars.get(at) == Some(&w)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ratio_or_a_time_of_day_is_no_figure() {
        assert_eq!(
            one("完成1:5万地质灾害风险调查评价面积420平方公里").value,
            420.0
        );
        assert_eq!(
            one("按不低于1∶1的比例配套，末班车延至23:00，资金4800万元").value,
            48_000_000.0
        );
        // Nor is a fiscal year's second year.
        assert_eq!(
            one("在2026-27至2030-31年度兴建约189 000个单位").value,
            189_000.0
        );
    }

    #[test]
    fn a_list_shares_the_unit_written_after_its_last_item() {
        let chars: Vec<char> = "排放浓度分别不高于10、50、100毫克/立方米".chars().collect();
        let found: Vec<(f64, &str)> = scan(&chars).iter().map(|q| (q.value, q.unit)).collect();
        let unit = "毫克/立方米";
        assert_eq!(found, vec![(10.0, unit), (50.0, unit), (100.0, unit)]);
        assert!(scan(&chars).iter().all(|q| q.bound == Bound::AtMost));
        let chars: Vec<char> = "分别提高5个、3个和8个百分点".chars().collect();
        let units: Vec<&str> = scan(&chars).iter().map(|q| q.unit).collect();
        assert_eq!(units, ["百分点"; 3]);
        let chars: Vec<char> = "新建10个以上、改造20个".chars().collect();
        let bounds: Vec<Bound> = scan(&chars).iter().map(|q| q.bound).collect();
        assert_eq!(bounds, vec![Bound::AtLeast, Bound::Exact]);
    }

    #[test]
    fn a_count_whose_noun_is_bounded_marks_off_a_class() {
        let bounded = |s: &str| {
            let chars: Vec<char> = s.chars().collect();
            bounds_its_noun(&chars, &scan(&chars)[0])
        };
        assert!(bounded("1000名学生以上的学校配备2名专职教师"));
        assert!(bounded("50名职工以下的企业"));
        assert!(!bounded("全市1000名学生参加测评"));
        assert!(!bounded("新增100家以上的企业"));
        assert!(!bounded("到2027年，培育10家百亿元以上的领军企业"));
    }

    #[test]
    fn a_bare_magnitude_naming_a_size_is_part_of_the_noun() {
        let values = |s: &str| {
            let chars: Vec<char> = s.chars().collect();
            scan(&chars).iter().map(|q| q.value).collect::<Vec<_>>()
        };
        assert_eq!(values("全省新开工千吨万人供水工程100处"), vec![100.0]);
        none("建设万亩示范片");
        assert_eq!(one("建成千亩示范方126个").value, 126.0);
        assert_eq!(one("产值突破千亿元大关").value, 1e11);
        assert_eq!(one("培育百家企业").value, 100.0);
    }

    fn one(s: &str) -> Quantity {
        let chars: Vec<char> = s.chars().collect();
        let found = scan(&chars);
        assert_eq!(found.len(), 1, "{s}: {found:?}");
        found.into_iter().next().unwrap()
    }

    fn none(s: &str) {
        let chars: Vec<char> = s.chars().collect();
        assert!(scan(&chars).is_empty(), "{s}: {:?}", scan(&chars));
    }

    #[test]
    fn multipliers_are_exact() {
        assert_eq!(one("16.4亿元").value, 1_640_000_000.0);
        let q = one("1.7万亿元");
        assert_eq!((q.value, q.unit), (1.7e12, "元"));
        let q = one("20亿立方米以上");
        assert_eq!((q.value, q.unit, q.bound), (2e9, "立方米", Bound::AtLeast));
        assert_eq!(one("12.33万亿元").value, 12.33e12);
    }

    #[test]
    fn a_measure_with_its_class_word_is_no_amount() {
        none("新增万吨级泊位");
        none("60万千瓦级机组");
        let q = one("建成泊位4个");
        assert_eq!((q.value, q.unit), (4.0, "个"));
    }

    #[test]
    fn person_years_are_a_unit_of_their_own_but_not_before_a_yearly_word() {
        let q = one("R&D人员全时当量17.8万人年");
        assert_eq!((q.value, q.unit), (178_000.0, "人年"));
        let q = one("带动就业5万人年均增长");
        assert_eq!((q.value, q.unit), (50_000.0, "人"));
    }

    #[test]
    fn taiwan_writes_empty_places_with_zero_and_counts_in_its_own_units() {
        let q = one("教保名额1万零800名");
        assert_eq!((q.value, q.unit), (10_800.0, "名"));
        // 百万瓩 scales the whole 1万4,200, not the 4,200 alone.
        let q = one("装置容量已达1万4,200百万瓩");
        assert_eq!((q.value, q.unit), (14_200e6, "瓩"));
        // The part below counts its own thousands (1万2千人), not a unit's
        // 千 (1万2千瓦 is 10,002 千瓦).
        let q = one("回收个体业者约1万2千人");
        assert_eq!((q.value, q.unit), (12_000.0, "人"));
        let q = one("装机1万2千瓦");
        assert_eq!((q.value, q.unit), (10_002.0, "千瓦"));
        let q = one("新增变电容量1万2千伏安");
        assert_eq!((q.value, q.unit), (10_002.0, "千伏安"));
        // Power as Taiwan's releases write it is kept as written.
        let q = one("并网容量312MW");
        assert_eq!((q.value, q.unit), (312.0, "MW"));
        counted_in(&[
            ("非营利幼儿园95园", "园"),
            ("公共图书馆45馆", "馆"),
            ("停车格1,560格", "格"),
        ]);
    }

    /// Asserts that each text's one figure counts things in the unit given.
    fn counted_in(cases: &[(&str, &str)]) {
        for &(text, unit) in cases {
            let q = one(text);
            assert_eq!(q.unit, unit, "{text}");
            assert!(q.counts_things(), "{text}");
        }
    }

    #[test]
    fn a_unit_opening_a_word_is_none() {
        // (Not bee colonies: the people, 群众.)
        for text in ["服务5000群众", "3例如下"] {
            let found = scan(&text.chars().collect::<Vec<_>>());
            assert!(found.iter().all(|q| q.unit.is_empty()), "{text}: {found:?}");
        }
    }

    #[test]
    fn archives_dwellings_tents_and_orders_are_counted() {
        counted_in(&[
            ("馆藏古籍112万册件", "册件"),
            ("全年火化遗体24.6万具", "具"),
            ("林下养蜂86.5万群", "群"),
            ("托管服务面积132万亩次", "亩次"),
            ("档案128.6万卷", "卷"),
            ("修复古籍5000叶", "叶"),
            ("公共房屋4,500伙", "伙"),
            ("帐篷3.2万顶", "顶"),
            ("二号工具2300把", "把"),
            ("职业训练186班", "班"),
            ("培训课程共120班次", "班次"),
            ("慈善信托12单", "单"),
            ("节地生态安葬4218例", "例"),
            ("结婚登记28416对", "对"),
            ("开设课后服务课程3.1万门", "门"),
            ("增殖放流经济鱼类1.2亿尾", "尾"),
            ("采集全血45.6万单位", "单位"),
            ("单采血小板3.1万治疗量", "治疗量"),
            ("造血干细胞血样380人份", "人份"),
        ]);
        // A table's row number before 单位 is no order, nor a unit, nor
        // is a caption's or a list's number.
        for text in ["1 单位地区生产总值能耗", "表1单位：万元", "附件1单位名单"]
        {
            assert!(scan(&text.chars().collect::<Vec<_>>())
                .iter()
                .all(|q| !q.unit.starts_with('单')));
        }
        // Nor is a figure before a word that opens with 对 a number of pairs.
        assert!(scan(&"组织100对接活动".chars().collect::<Vec<_>>())
            .iter()
            .all(|q| q.unit != "对"));
        assert!(scan(&"三门峡经济技术开发区".chars().collect::<Vec<_>>())
            .iter()
            .all(|q| q.unit != "门"));
        assert!(
            scan(&"表1 株洲市2026年主要目标".chars().collect::<Vec<_>>())
                .iter()
                .all(|q| q.unit != "株")
        );
        let chars: Vec<char> = "惠及农民群众一千二百多万人".chars().collect();
        let q = &scan(&chars)[0];
        assert_eq!(
            (q.value, q.unit, q.bound),
            (12_000_000.0, "人", Bound::AtLeast)
        );
        for word in ["三元通用机场", "一元化管理", "二元结构"] {
            let chars: Vec<char> = word.chars().collect();
            assert!(scan(&chars).iter().all(|q| q.unit != "元"), "{word}");
        }
        for sum in ["补贴三元。", "五百元奖励", "3元每人"] {
            let chars: Vec<char> = sum.chars().collect();
            assert_eq!(scan(&chars)[0].unit, "元", "{sum}");
        }
        for place in ["三台县35.4公里", "九台区新建", "七台河市新建"] {
            let chars: Vec<char> = place.chars().collect();
            assert!(scan(&chars).iter().all(|q| q.unit != "台"), "{place}");
        }
        assert_eq!(
            scan(&"购置三台设备".chars().collect::<Vec<_>>())[0].unit,
            "台"
        );
    }

    #[test]
    fn volumes_stations_and_containers_are_counted() {
        let q = one("186.5万册");
        assert_eq!((q.value, q.unit), (1_865_000.0, "册"));
        assert!(q.counts_things());
        assert_eq!(one("文化健康站112站").unit, "站");
        assert_eq!(one("760万标准箱").unit, "标准箱");
        assert_eq!(
            (one("1 034万个标准箱").value, one("1 034万个标准箱").unit),
            (10_340_000.0, "标准箱")
        );
        assert_eq!(one("548万载重吨").unit, "载重吨");
        assert_eq!(one("410立方米/秒").unit, "立方米/秒");
        assert_eq!(one("发出警告信128封").unit, "封");
        none("给全市教师的一封信");
        assert_eq!(one("抽排能力提升到每秒5000立方米").unit, "立方米/秒");
        assert_eq!(one("处理规模为每天300吨").unit, "吨");
        assert_eq!(one("举办导赏活动380节").unit, "节");
        let chars: Vec<char> = "1 章贡区 96.8 优秀".chars().collect();
        assert!(scan(&chars).iter().all(|q| q.unit != "章"));
        assert_eq!(one("截水沟1200延米").unit, "延米");
        assert_eq!(one("运营速度提高到每小时18公里").unit, "公里/小时");
        assert_eq!(one("运营速度不低于18公里/小时").unit, "公里/小时");
        assert_eq!(one("可移动文物326.4万件/套").unit, "件/套");
        assert_eq!(one("首台（套）装备12台（套）").unit, "台");
        assert_eq!(one("载货汽车412.8万吨位").unit, "吨位");
        assert_eq!(one("年产10万吨位于园区").unit, "吨");
        assert_eq!(one("3万立方米/小时").value, 30_000.0);
        let q = one("800万TEU");
        assert_eq!((q.value, q.unit), (8_000_000.0, "TEU"));
        let q = one("986万千伏安");
        assert_eq!((q.value, q.unit), (9_860_000.0, "千伏安"));
        assert!(q.measures_stock());
        // A number with 式 or 制 names a kind.
        none("一站式服务平台");
        none("九年一贯制学校");
    }

    #[test]
    fn units_of_their_own() {
        let q = one("1.2亿千瓦");
        assert_eq!((q.value, q.unit), (1.2e8, "千瓦"));
        assert_eq!(one("3.5亿千瓦时").unit, "千瓦时");
        assert_eq!(one("50吉瓦时").unit, "吉瓦时");
        // Taiwan's metre.
        assert_eq!(one("跑道长度延长至1,800公尺").unit, "公尺");
        assert_eq!(one("4800万株").value, 48_000_000.0);
        let q = one("0.423吨标准煤");
        assert_eq!((q.value, q.unit), (0.423, "吨标准煤"));
        assert_eq!(one("4.8亿吨").value, 4.8e8);
        let q = one("五千瓦");
        assert_eq!((q.value, q.unit), (5.0, "千瓦"));
        assert_eq!(one("存储容量达到6PB，").unit, "PB");
        let q = one("算力总规模达到5.8万P（FP16）");
        assert_eq!((q.value, q.unit), (58_000.0, "P"));
        assert!(q.measures_stock());
        assert_eq!(one("建成10PB存储").unit, "PB");
        none("采用P2P模式");
        assert_eq!(one("发射固体运载火箭20发，").unit, "发");
        assert_eq!(one("卫星年产能达到200颗").unit, "颗");
        let cleared = one("全年验放跨境电商进出境清单3.42亿票");
        assert_eq!((cleared.value, cleared.unit), (3.42e8, "票"));
        assert!(cleared.counts_things());
        none("实行安全生产一票否决，推行两票制");
        none("一发展");
        none("牵一发而动全身");
        none("构建“一核”引领");
        let q = one("政务云计算资源达到12000核以上");
        assert_eq!((q.value, q.unit), (12_000.0, "核"));
        none("构建3核心区");
    }

    #[test]
    fn a_governed_number_closed_by_a_bound_or_the_clause_is_a_ratio() {
        let q = one("新建数据中心PUE降至1.25以下，");
        assert_eq!((q.value, q.unit, q.bound), (1.25, "", Bound::AtMost));
        let q = one("存量数据中心PUE不高于1.4；");
        assert_eq!((q.value, q.unit, q.bound), (1.4, "", Bound::AtMost));
        assert_eq!(one("灌溉水有效利用系数达到0.58").value, 0.58);
        // No verb, a year, or something after it that could be a unit.
        none("第3，");
        none("PUE 1.25以下");
        none("到2027，");
        none("达到12号线");
    }

    #[test]
    fn copies_and_wells_are_counted() {
        let q = one("清理违规停放电动自行车4.3万辆次");
        assert_eq!((q.value, q.unit), (43_000.0, "辆次"));
        let q = one("完成猪口蹄疫免疫17.4万头次");
        assert_eq!((q.value, q.unit), (174_000.0, "头次"));
        let q = one("免疫规划疫苗接种126.7万剂次");
        assert_eq!((q.value, q.unit), (1_267_000.0, "剂次"));
        // A figure with no unit of its own counts what the number before
        // it names.
        let q = one("「香港夜缤纷」累计录得参与人次逾120万");
        assert_eq!((q.value, q.unit), (1_200_000.0, "人次"));
        let q = one("全市城镇就业人数达到65万");
        assert_eq!((q.value, q.unit), (650_000.0, "人"));
        none("全年营业收入增长逾120万");
        none("平均每场入场人次约1.2万");
        let q = one("累计完成馆藏档案数字化1,200万页");
        assert_eq!(
            (q.value, q.unit, q.counts_things()),
            (12_000_000.0, "页", true)
        );
        let q = one("全年检查渔船1850船次");
        assert_eq!((q.value, q.unit), (1850.0, "船次"));
        let q = one("香港注册船舶总吨位达到1.5亿总吨");
        assert_eq!((q.value, q.unit), (150_000_000.0, "总吨"));
        let q = one("启德邮轮码头共接待邮轮靠泊196航次");
        assert_eq!((q.value, q.unit, q.counts_things()), (196.0, "航次", true));
        // Nights of a stay are a length: no count.
        let q = one("过夜旅客平均留港时间约3.2晚");
        assert_eq!((q.value, q.unit, q.counts_things()), (3.2, "晚", false));
        let q = one("泵站累计开机运行4.86万台时");
        assert_eq!(
            (q.value, q.unit, q.counts_things()),
            (48_600.0, "台时", false)
        );
        let q = one("接入视频监控点位3.2万路");
        assert_eq!((q.value, q.unit), (32_000.0, "路"));
        let q = one("补贴申请5.2万份");
        assert_eq!((q.value, q.unit), (52_000.0, "份"));
        assert_eq!(one("整治山坪塘十四口").unit, "口");
        assert_eq!(one("关停自备井418眼").unit, "眼");
        assert_eq!(one("在用放射源1277枚").unit, "枚");
        assert_eq!(one("开放活动160余场次").unit, "场次");
        assert_eq!(one("举办培训班37期，").unit, "期");
        assert_eq!(one("举办培训班37 期，").unit, "期");
        assert_eq!(one("开展技能培训20期以上，").unit, "期");
        none("分3期实施");
        none("二期，");
        // Two are 两: a lone 二 before a unit ranks or kinds what follows.
        none("完成二次供水设施改造");
        none("二级医院");
        assert_eq!(one("开展两次检查").value, 2.0);
        assert_eq!(one("开展十二次检查").value, 12.0);
        assert_eq!(one("二十二个").value, 22.0);
        assert_eq!(one("累计投放人工鱼礁12.6万空方").unit, "空方");
        assert_eq!(one("重污染天数控制在6天以内").unit, "天");
        none("表1 天水市农村厕所革命提质增效主要指标");
        assert_eq!(one("办结时限压缩至 5 天以内").unit, "天");
        // Any thing counted takes 次 for the times it was met, unless the
        // 次 opens a word.
        assert_eq!(one("共出现设备故障报警73站次").unit, "站次");
        assert_eq!(one("发送提示短信1800万条次").unit, "条次");
        assert_eq!(one("建设县域医疗卫生2个次中心").unit, "个");
        assert_eq!(one("新建3条次干路").unit, "条");
        assert_eq!(one("排名上升3个名次").unit, "个");
    }

    #[test]
    fn durations_scores_and_tonnes() {
        assert_eq!(one("预警提前量达到45分钟").unit, "分钟");
        assert_eq!(one("办结时限压缩至24小时内").unit, "小时");
        assert_eq!(one("均已于7个工作天内跟进完毕").unit, "个工作天");
        assert_eq!(one("轮候时间中位数缩短至60星期以内").unit, "星期");
        assert_eq!(one("平均热岛强度降低0.5℃以上").unit, "℃");
        let rate = one("孕产妇死亡率控制在8/10万以下");
        assert_eq!((rate.value, rate.unit), (8.0, "/10万"));
        assert_eq!(one("气温升高1.2摄氏度").unit, "℃");
        assert_eq!(one("缩短至8个星期").unit, "星期");
        assert_eq!(one("压缩至15小时和").unit, "小时");
        assert_eq!(one("由48小时缩短").unit, "小时");
        assert_eq!(one("首报时间缩短至5秒").unit, "秒");
        assert_eq!(one("时延低于20毫秒").unit, "毫秒");
        assert_eq!(one("满意度达到82分以上").unit, "分");
        assert_eq!(one("外销量达1,200公吨").unit, "公吨");
        assert_eq!(one("耕地土壤有机质含量平均达到17克/千克").unit, "克/千克");
        assert_eq!(one("镉含量低于0.3毫克/千克").unit, "毫克/千克");
        assert_eq!(one("化肥用量控制在20公斤/亩以内").unit, "千克/亩");
        assert_eq!(one("产能达到300GWh").unit, "GWh");
        // Before a noun, a span or a score names a kind.
        for text in [
            "打造15分钟便民生活圈",
            "森林火灾24小时扑灭率",
            "三分建、七分管",
            "三分之一",
            "十分重视",
            "反应十分及时",
        ] {
            let found = scan(&text.chars().collect::<Vec<_>>());
            assert!(found.iter().all(|q| q.unit.is_empty()), "{text}: {found:?}");
        }
    }

    #[test]
    fn bags_boxes_rods_books_sets_and_birds_are_counted() {
        let q = one("黑木耳栽培4.8亿袋");
        assert_eq!((q.value, q.unit), (480_000_000.0, "袋"));
        assert_eq!(one("收缴非法烟花爆竹1.26万箱").unit, "箱");
        assert_eq!(one("埋设界桩4300余根").unit, "根");
        let q = one("淤成坝地面积达到60余万亩");
        assert_eq!(
            (q.value, q.unit, q.bound),
            (600_000.0, "亩", Bound::AtLeast)
        );
        assert_eq!(one("新核发养殖证436本").unit, "本");
        assert_eq!(one("智能快件箱达到1.36万组").unit, "组");
        assert_eq!(one("家禽出笼520万羽").unit, "羽");
        // Where the char opens a word, it is no unit.
        for text in ["3本地企业", "共12根据", "5组织"] {
            let found = scan(&text.chars().collect::<Vec<_>>());
            assert!(found.iter().all(|q| q.unit.is_empty()), "{text}: {found:?}");
        }
    }

    #[test]
    fn chinese_numerals() {
        assert_eq!(one("八点五公里").value, 8.5);
        // Turnover is its own unit: no count of people or of kilometres.
        let turnover = one("58.34亿人公里");
        assert_eq!((turnover.value, turnover.unit), (5_834_000_000.0, "人公里"));
        assert!(!turnover.counts_things());
        assert_eq!(one("十二点三五万人").value, 123_500.0);
        none("提出三点建议");
        assert_eq!(one("一百二十家").value, 120.0);
        assert_eq!(one("两千家").value, 2000.0);
        assert_eq!(one("三万五千吨").value, 35000.0);
        assert_eq!(one("一千零五个").value, 1005.0);
        assert_eq!(one("十万零一十人").value, 100_010.0);
        assert_eq!(one("十二项").value, 12.0);
        assert_eq!(
            chinese_value(&"二〇三〇".chars().collect::<Vec<_>>()),
            Some(2030)
        );
        assert_eq!(
            chinese_value(&"一万亿".chars().collect::<Vec<_>>()),
            Some(10u128.pow(12))
        );
    }

    #[test]
    fn bare_magnitudes() {
        let q = one("百家");
        assert_eq!((q.value, q.numeral), (100.0, Numeral::Magnitude));
        assert_eq!(one("千家").value, 1000.0);
        assert_eq!(one("万种").value, 10000.0);
        none("排水管道密度11.1公里/平方公里");
        none("排水管网密度达到11.8公里每平方公里");
        let per_each: Vec<char> = "新建村级养老服务站5个每个补助10万元".chars().collect();
        assert_eq!(scan(&per_each)[0].value, 5.0);
        none("电堆功率密度达到4.5千瓦/升");
        none("可拨打12333人社服务热线咨询");
        assert_eq!(one("受理呼救电话182.6万次").value, 1_826_000.0);
        none("通过12333人力资源和社会保障服务热线等投诉渠道");
        assert_eq!(one("新增市场主体12386户").value, 12386.0);
        none("万元GDP能耗");
        none("亿元产值");
        let q = one("产值突破千亿元");
        assert_eq!((q.value, q.unit), (1e11, "元"));
    }

    #[test]
    fn percentages_and_points() {
        let q = one("百分之十六");
        assert_eq!((q.value, q.unit), (16.0, "%"));
        let q = one("百分之百");
        assert_eq!((q.value, q.unit), (100.0, "%"));
        // The part below a multiplier follows it.
        assert_eq!(one("1万2,417家").value, 12417.0);
        assert_eq!(one("3亿5000万元").value, 3.5e8);
        assert_eq!(one("1.2万个").value, 12000.0);
        // Tenths: 五成 is half; 建成 and 一成不变 are no shares.
        let q = one("车辆占比超过五成");
        assert_eq!((q.value, q.unit), (50.0, "%"));
        assert_eq!(one("七成以上").value, 70.0);
        assert_eq!(one("近两成").value, 20.0);
        none("一成不变");
        let q = one("累计飞行超过3.2万架次");
        assert_eq!((q.value, q.unit), (32000.0, "架次"));
        let q = one("5个百分点");
        assert_eq!((q.value, q.unit), (5.0, "百分点"));
        assert_eq!(one("１６％").value, 16.0);
    }

    #[test]
    fn ranges() {
        let q = one("65%-70%");
        assert_eq!((q.value, q.value_max, q.unit), (65.0, Some(70.0), "%"));
        let q = one("10至15家");
        assert_eq!((q.value, q.value_max, q.unit), (10.0, Some(15.0), "家"));
        // The multiplier after the second number is the first's too.
        let q = one("400—500万千瓦");
        assert_eq!((q.value, q.value_max, q.unit), (4e6, Some(5e6), "千瓦"));
        let q = one("400万—500万千瓦");
        assert_eq!((q.value, q.value_max), (4e6, Some(5e6)));
        let q = one("5000至1万人");
        assert_eq!((q.value, q.value_max), (5000.0, Some(1e4)));
        none("2016-2020年");
    }

    #[test]
    fn bounds() {
        assert_eq!(one("不低于80%").bound, Bound::AtLeast);
        assert_eq!(one("不超过5%").bound, Bound::AtMost);
        // A modal inside a negated comparison keeps its bound.
        assert_eq!(one("不得超过5%").bound, Bound::AtMost);
        assert_eq!(one("不应低于20平方米").bound, Bound::AtLeast);
        assert_eq!(one("100家左右").bound, Bound::Exact);
        assert_eq!(one("至少建成1座").bound, Bound::AtLeast);
        assert_eq!(one("突破6万家").bound, Bound::AtLeast);
        assert_eq!(one("2家以上").bound, Bound::AtLeast);
        let q = one("两千余家");
        assert_eq!((q.value, q.bound), (2000.0, Bound::AtLeast));
    }

    #[test]
    fn alternative_measure_words() {
        let q = one("8万套（间）以上");
        assert_eq!((q.value, q.unit, q.bound), (8e4, "套", Bound::AtLeast));
        assert_eq!(q.end, "8万套（间）以上".chars().count());
        assert_eq!(one("1500部").unit, "部");
        assert_eq!(one("三部门").unit, "部门");
    }

    #[test]
    fn thousands_and_fullwidth() {
        assert_eq!(one("1,200家").value, 1200.0);
        assert_eq!(one("１２３４家").value, 1234.0);
    }

    #[test]
    fn space_separated_thousands() {
        assert_eq!(one("约30 000个单位").value, 30_000.0);
        let q = one("133 500宗");
        assert_eq!((q.value, q.unit), (133_500.0, "宗"));
        assert_eq!(one("1 000 000户").value, 1e6);
        assert_eq!(one("17\u{A0}000个").value, 17_000.0);
        assert_eq!(one("17\u{2009}000个").value, 17_000.0);
        assert_eq!(one("１ ０００个").value, 1000.0);
    }

    #[test]
    fn spaces_do_not_join_numbers() {
        let values = |s: &str| -> Vec<f64> {
            let chars: Vec<char> = s.chars().collect();
            scan(&chars).iter().map(|q| q.value).collect()
        };
        // A year, or a leading group of four digits, takes no groups.
        assert!(values("2025 300个").iter().all(|&v| v < 1000.0));
        assert!(values("1200 300个").iter().all(|&v| v < 1000.0));
        // Only groups of exactly three digits, with one separator throughout.
        assert!(values("12 30个").iter().all(|&v| v < 100.0));
        assert!(values("12 3000个").iter().all(|&v| v < 10_000.0));
        assert!(values("1,000 000个").is_empty());
        assert_eq!(values("企业,100家"), vec![100.0]);
        assert!(values("30　000个").is_empty());
    }

    #[test]
    fn durations_in_years() {
        let q = one("平均轮候时间降至约4.5年");
        assert_eq!((q.value, q.unit), (4.5, "年"));
        assert_eq!(one("三年").value, 3.0);
        none("2025年");
        none("二〇三〇年");
        none("2030年前");
    }

    #[test]
    fn not_quantities() {
        none("第一位");
        none("GB/T 36132");
        none("2023年11月21日");
        none("两高一资");
        none("第3批");
        none("第1—5条");
        none("每万人");
        none("每10万人口");
        none("每十万人");
        none("每二十万至三十万人口");
        none("数十个");
        none("几百家");
        assert_eq!(one("二十多个").value, 20.0);
        none("第十二项");
        // A leading zero numbers a label.
        none("02 种业根基更加牢固");
        // A code's letters open it; an acronym closing a noun counts.
        none("执行GB 6566标准");
        assert_eq!(one("打造原创精品IP 100个").value, 100.0);
        assert_eq!(one("配置CT 6台").value, 6.0);
        assert_eq!(one("更换LED 5万盏").value, 50_000.0);
    }

    #[test]
    fn a_household_size_counts_no_people() {
        assert_eq!(one("重建房屋建筑面积1人户不低于20平方米").value, 20.0);
        none("1至3人户");
        assert_eq!(one("涉及群众12人").value, 12.0);
        assert_eq!(one("办理3人户口迁移").value, 3.0);
    }

    #[test]
    fn denominators_of_rates() {
        none("十万人生产安全事故死亡率下降");

        assert_eq!(one("特种设备万台死亡人数控制在0.15人以下").value, 0.15);
        assert_eq!(one("建成万台数据采集终端").value, 10000.0);
        assert_eq!(one("培育10家数控机床企业").value, 10.0);
        assert_eq!(one("推动1000家企业上云用数赋智").value, 1000.0);
        none("10万人死亡率");
        assert_eq!(one("十万人，死亡率").value, 1e5);
        assert_eq!(one("10家企业率先").value, 10.0);
        assert_eq!(one("12家企业覆盖率").value, 12.0);
    }

    #[test]
    fn ages_and_incidents() {
        assert_eq!(one("79岁").unit, "岁");
        let q = one("3起以内");
        assert_eq!((q.value, q.unit, q.bound), (3.0, "起", Bound::AtMost));
        assert!(q.counts_things());
    }
}
