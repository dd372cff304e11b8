use super::headline::ends_page_title;
use super::*;

#[test]
fn an_advert_labelled_in_the_body_goes() {
    let page = [
        "南充市推进城乡公交一体化发展实施方案",
        "为加快推进城乡公交一体化发展，结合我市实际，制定本方案。",
        "【推荐】南充城乡客运包车、旅游包车、通勤班车,电话:0817-2235678",
        "到2028年，全市城乡公交线路达到420条，建制村通公交率达到100%。",
    ];
    assert_eq!(sort(&page).kept, vec![1, 3]);
    // Its phone and WeChat on the lines under it go with it; a notice's
    // own contact line stays.
    let page = [
        "关于开展专精特新中小企业认定工作的通知",
        "各市经济和信息化局：现将认定工作有关事项通知如下。",
        "【推荐】专精特新、高新技术企业申报全程代办，不成功不收费！",
        "咨询电话：400-860-3721　手机：139 5512 8876（微信同号）",
        "项目申报找企服网，免费评估企业申报条件，扫码添加客服微信：qfw_kefu2026",
        "一、认定条件",
        "联系人：王明，联系电话：0551-62871234",
        "企业应于2026年7月31日前完成申报，逾期不予受理。",
    ];
    assert_eq!(sort(&page).kept, vec![1, 5, 6, 7]);
    // A decorated line is no advert's label: the notice's phone under it stays.
    let page = [
        "关于开展专精特新中小企业认定工作的通知",
        "各市经济和信息化局：现将认定工作有关事项通知如下。",
        "◆◆ 申报咨询 ◆◆",
        "咨询电话：0571-87051234",
        "企业应于2026年7月31日前完成申报，逾期不予受理。",
    ];
    assert!(sort(&page).kept.contains(&3));
    // Nor is a WeChat id given to follow an account or join a group,
    // though the line reads as a sentence.
    let page = [
        "关于做好2026年秋季学期校园食品安全工作的通知",
        "各县（市、区）教育局：现将有关事项通知如下。",
        "想了解更多校园安全资讯？关注微信公众号“南宁教育圈”，或加小编微信 edu_nn2026 进群交流。",
        "（七）推进智慧监管。",
    ];
    assert_eq!(sort(&page).kept, vec![1, 3]);
}

#[test]
fn an_advert_ruled_off_under_the_body_goes_with_its_contacts() {
    let page = [
        "烟台市加快发展银发经济若干措施",
        "一、到2027年，全市银发经济规模达到1200亿元。",
        "本措施自2026年10月1日起施行。",
        "",
        "------------------------------------------------",
        "养老机构设立备案、医养结合项目申报，一站式代办！",
        "咨询电话：0535-6218899　微信：ytyanglao2026（同号）",
    ];
    assert_eq!(sort(&page).kept, vec![1, 2]);
    // Without its contact data under it, a line after a rule is not
    // known to sell anything.
    let page = [
        "烟台市加快发展银发经济若干措施",
        "一、到2027年，全市银发经济规模达到1200亿元。",
        "------",
        "本措施自2026年10月1日起施行，有效期至2030年12月31日。",
    ];
    assert!(sort(&page).kept.contains(&3));
    // Nor is a slogan in brackets, unless contact data follows it.
    let page = [
        "烟台市加快发展银发经济若干措施",
        "一、到2027年，全市银发经济规模达到1200亿元。",
        "本措施自2026年10月1日起施行。",
        "【古建修缮 · 仿古建筑设计施工 · 文物保护工程一站式服务】",
        "咨询电话：0595-22886379　　微信：qzgujian888（同号）",
    ];
    assert_eq!(sort(&page).kept, vec![1, 2]);
}

#[test]
fn a_rule_under_the_closing_date_sets_off_the_sites_footer() {
    let page = [
        "「长远防治山泥倾泻计划」的进展",
        "15. 请委员就第12段及第13段的建议提出意见。",
        "发展局",
        "2026年3月",
        "",
        "----------------------------------------",
        "立法会秘书处  议会事务部1",
        "电话：3919 3000  传真：2869 6794",
        "本网页内容以中、英文提供，如中、英文版本有任何歧异，概以英文版本为准。",
    ];
    let sorted = sort(&page);
    assert_eq!(sorted.kept, vec![1, 2, 3]);
    assert!(sorted.removed.contains(&(Why::Footer, 8)));
    // Under a paragraph, the lines after a rule may be the document's.
    let mut body = page;
    body[3] = "本文件自2026年3月起生效。";
    assert!(sort(&body).kept.contains(&8));
}

#[test]
fn a_wechat_posts_footer_goes() {
    let page = [
        "遂宁市新闻发布会实录",
        "2026年09月15日 09:30 四川",
        "今天的发布会到此结束，谢谢大家。",
        "阅读原文  分享 收藏 点赞 在看",
        "预览时标签不可点",
    ];
    assert_eq!(sort(&page).kept, vec![2]);
    // Its credits go, marked or not.
    let page = [
        "遂宁市新闻发布会实录",
        "2026年09月15日 09:30 四川",
        "今天的发布会到此结束，谢谢大家。",
        "▌来源:武汉市人民政府新闻办公室",
        "▌编辑:黄可欣  审核:刘洋",
    ];
    assert_eq!(sort(&page).kept, vec![2]);
}

#[test]
fn the_way_to_the_next_article_ends_the_body() {
    let page = [
        "关于印发农机购置与应用补贴实施方案的通知",
        "各市、县农业农村局：现将《实施方案》印发给你们，请认真贯彻落实。",
        "附件：1.补贴机具种类范围",
        "2.分档补贴额一览表",
        "3.补贴工作联系人名单",
        "上一篇：关于做好“三夏”农机化生产工作的通知",
        "政策解读",
        "省农业农村厅负责人就补贴实施方案答记者问",
        "今年以来，我县紧紧围绕目标，全面落实各项工作任务……",
    ];
    assert_eq!(sort(&page).kept, vec![1, 2, 3, 4]);
    // The files the list links to are no items of it; a paragraph run
    // on into the page's buttons is no way to the next article.
    let page = [
        "关于组织申报科技计划项目的通知",
        "各有关单位：现将申报工作有关事项通知如下，请按要求组织申报。",
        "附件：1.申报指南",
        "2.申报表",
        "1.申报指南.pdf",
        "2.申报表.docx",
    ];
    assert_eq!(sort(&page).kept, vec![1, 2, 3]);
    let page = [
        "关于组织申报科技计划项目的通知",
        "各有关单位：现将申报工作有关事项通知如下，请认真贯彻落实。 上一篇：关于做好申报工作的通知",
    ];
    assert_eq!(sort(&page).kept, vec![1]);
}

#[test]
fn the_site_owner_and_its_links_in_the_footer() {
    let page = [
        "关于做好2024年充电设施建设工作的通知",
        "各县区人民政府,市直各有关部门:现将有关事项通知如下。全市新建公共充电桩3000个。",
        "上一篇:关于印发大气污染防治行动方案的通知",
        "联系我们",
        "阳泉市人民政府办公室主办　阳泉市政务信息管理中心承办",
    ];
    assert_eq!(sort(&page).kept, vec![1]);
    // A link to the next article reads like a sentence; it does not
    // carry the body over the controls above it.
    let page = [
        "椒园镇：推进茶叶标准化生产",
        "根据行动方案，今年椒园镇计划新建标准化茶园3000亩，新增清洁化加工生产线4条。",
        "分享到：微信　微博　QQ空间　复制链接",
        "【打印本页】　【关闭窗口】　【返回顶部】",
        "上一篇：珠山镇：“小网格”撬动基层治理“大能量”",
        "下一篇：沙道沟镇：新建高标准农田1.2万亩 夯实粮食安全根基",
    ];
    assert_eq!(sort(&page).kept, vec![1]);
    // The same words in prose stay.
    let page = [
        "本次论坛由市发展改革委主办,市工商联承办,共有120家企业参加。",
        "会议要求,各地要联系我们的工作实际抓好落实。",
    ];
    assert_eq!(sort(&page).kept, vec![0, 1]);
}

#[test]
fn the_headline_repeating_the_page_title_beats_a_sidebar() {
    // A sidebar's topics stand between the breadcrumb and the headline.
    let page = [
        "《关于做好2026年居民医保工作的通知》政策解读_政策解读_湖南省医疗保障局",
        "您当前的位置：首页 > 政策法规 > 政策解读",
        "打击欺诈骗保 维护基金安全",
        "异地就医直接结算",
        "《关于做好2026年居民医保工作的通知》政策解读",
        "发布时间：2026-07-15 10:30",
        "近日，湖南省医疗保障局联合印发《通知》。为便于广大参保群众准确理解，现将有关内容解读如下。",
    ];
    let sorted = sort(&page);
    assert_eq!(
        sorted.title.as_deref(),
        Some("《关于做好2026年居民医保工作的通知》政策解读")
    );
    assert_eq!(sorted.kept, vec![6]);
}

#[test]
fn a_headline_ending_the_page_title_under_its_date() {
    // The page title names the site first; the date stands over the
    // headline; the sidebar lists the latest releases.
    let page = [
        "统计暨普查局 - 新闻稿 - 第一季入境旅客按年上升9.6%",
        "跳至主要内容",
        "澳门特别行政区政府统计暨普查局",
        "主页",
        "新闻稿",
        "发布日期: 28/04/2026",
        "第一季入境旅客按年上升9.6%",
        "统计暨普查局资料显示，2026年第一季入境旅客共9,812,406人次，按年上升9.6%。",
        "下载",
        "新闻稿 (PDF, 312 KB)",
        "更多统计资料请浏览本局网页的「统计数据库」。",
        "< 返回新闻稿列表",
        "最新新闻稿",
        "3月份幸运博彩毛收入按年上升，首季累计毛收入较去年同期增加。",
    ];
    let sorted = sort(&page);
    assert_eq!(sorted.title.as_deref(), Some(page[6]));
    assert_eq!(sorted.kept, vec![7]);
    // A site's name after the headline is no headline.
    assert!(!ends_page_title(
        "推动基建发展 - 香港政府新闻网",
        "香港政府新闻网"
    ));
}

#[test]
fn an_email_address_is_contact_data_but_a_sentence_giving_one_is_body() {
    assert!(is_contact("电子信箱：recycle@moenv.gov.tw"));
    assert!(is_contact("recycle@moenv.gov.tw"));
    assert!(!is_contact(
        "社会各界人士可在2026年3月15日前，通过电子邮件将意见建议发送至fgw@example.gov.cn，并注明“意见征集”字样。"
    ));
}

#[test]
fn joint_issuers_over_their_date_are_no_headline() {
    let page = [
        "江西省统计局　江西省科学技术厅　江西省财政厅",
        "2026年9月26日",
        "2025年，全省上下深入实施创新驱动发展战略，持续加大科技投入，科技创新能力稳步提升。",
    ];
    let sorted = sort(&page);
    assert_eq!(sorted.title, None);
    assert_eq!(sorted.issuer.as_deref(), Some("江西省统计局"));
    assert_eq!(sorted.kept, vec![2]);
}

#[test]
fn a_wechat_headline_between_the_byline_and_the_accounts_name() {
    let page = [
        "原创 兰考交警 兰考交警 2026年03月05日 18:30 河南",
        "兰考县安委会办公室关于开展道路交通安全专项行动的通知",
        "兰考交警",
        "各乡镇人民政府、街道办事处，县安委会各成员单位：",
        "为有效防范和坚决遏制道路交通事故，县安委会决定在全县范围内开展专项行动。现将有关事项通知如下：",
        "---县直单位网站---县公安局",
        "↓↓↓ 下载Word文档（VIP会员免费） ↓↓↓",
    ];
    let sorted = sort(&page);
    assert_eq!(
        sorted.title.as_deref(),
        Some("兰考县安委会办公室关于开展道路交通安全专项行动的通知")
    );
    assert_eq!(sorted.kept, vec![3, 4]);
}

#[test]
fn a_notices_own_contact_line_closes_its_body_but_a_sellers_does_not() {
    let page = [
        "关于开展无烟环境建设的通知",
        "各县（市）区卫生健康委：现将有关事项通知如下，请认真贯彻落实，确保各项任务顺利完成。",
        "（四）做好信息报送。各地要及时总结工作经验，每半年报送一次工作进展情况，重要情况随时报告。",
        "联系人：规划发展与信息化处 王磊，联系电话：0551-63536107。",
        "【广告】专业制作禁止吸烟标识牌、控烟宣传展板，全市包安装！",
        "农资招商：诚招各区县代理商，联系人王经理 电话：0737-6889123 微信：nz_yiyang88",
    ];
    assert_eq!(sort(&page).kept, vec![1, 2, 3]);
}

#[test]
fn a_wechat_headline_under_the_byline_and_the_accounts_name() {
    let page = [
        "济宁发布",
        "2026-09-16 18:30 发表于山东",
        "济宁市“推动公立医院高质量发展”新闻发布会实录",
        "点击上方蓝字 关注我们",
        "9月16日上午，济宁市人民政府新闻办公室召开新闻发布会，介绍我市推动公立医院高质量发展有关情况。",
    ];
    let sorted = sort(&page);
    assert_eq!(sorted.title.as_deref(), Some(page[2]));
    assert_eq!(sorted.kept, vec![4]);
    // The byline may give the province alone.
    let page = [
        "深圳发布",
        "2026年10月22日 19:30 广东",
        "实录｜深圳加快建设低空经济先行示范区新闻发布会",
        "10月22日上午，深圳市政府新闻办举行新闻发布会，介绍深圳加快建设低空经济先行示范区有关情况。",
    ];
    let sorted = sort(&page);
    assert_eq!(sorted.title.as_deref(), Some(page[2]));
    assert_eq!(sorted.kept, vec![3]);
    // A call to follow the account may stand between the byline and the
    // headline.
    let page = [
        "江西生态环境",
        "2026年09月24日 08:30 江西",
        "点击蓝字 关注我们",
        "江西省生态环境厅2026年第三季度例行新闻发布会实录",
        "9月23日上午，江西省生态环境厅召开2026年第三季度例行新闻发布会，通报全省生态环境执法工作情况。",
    ];
    let sorted = sort(&page);
    assert_eq!(sorted.title.as_deref(), Some(page[3]));
    assert_eq!(sorted.kept, vec![4]);
}

#[test]
fn a_cover_names_its_issuers_with_hyphenated_places() {
    let page = [
        "钱江源-百山祖国家公园总体规划（2026—2035年）",
        "浙江省林业局",
        "钱江源-百山祖国家公园管理局",
        "前言",
        "国家公园是我国自然生态系统中最重要、自然景观最独特、自然遗产最精华的部分。",
    ];
    let sorted = sort(&page);
    assert_eq!(
        sorted.title.as_deref(),
        Some("钱江源-百山祖国家公园总体规划（2026—2035年）")
    );
    assert_eq!(sorted.kept, vec![3, 4]);
}

#[test]
fn a_printed_reports_cover_and_colophon_title_and_date_it() {
    let page = [
        "澳门特别行政区政府",
        "卫生局",
        "2025",
        "年 报",
        "书名：卫生局2025年年报",
        "出版：澳门特别行政区政府卫生局",
        "印刷数量：350本",
        "出版日期：2026年6月",
        "ISBN 978-99965-2-318-4",
        "局长的话",
        "2025年是澳门特别行政区经济和社会发展第二个五年规划的收官之年，也是本局深化医疗改革的关键一年。",
    ];
    let sorted = sort(&page);
    assert_eq!(sorted.title.as_deref(), Some("卫生局2025年年报"));
    assert_eq!(sorted.date.as_deref(), Some("2026-06"));
    assert_eq!(sorted.kept, vec![9, 10]);
}

#[test]
fn a_press_releases_end_mark_closes_its_body() {
    let page = [
        "政府公布公共巴士及的士电动化推广计划",
        "环境及生态局局长今日在记者会上公布《公共巴士及的士电动化推广计划》，订出电动化时间表。",
        "《推广计划》全文已上载至环境及生态局网页。",
        "完",
        "2026年5月20日（星期三）",
        "列印此页",
        "图片 环境及生态局局长今日在记者会上公布《公共巴士及的士电动化推广计划》。",
        "附件：推广计划全文（中文版，PDF，3.2MB）",
    ];
    let sorted = sort(&page);
    assert_eq!(sorted.kept, vec![1, 2]);
    assert_eq!(sorted.date.as_deref(), Some("2026-05-20"));
    // Whatever the page shows after the mark is the page's: back
    // links, other news, its footer.
    let page = [
        "政府公布第四季卖地计划",
        "发展局今日公布第四季卖地计划，合共可供兴建约2,380个单位。",
        "完",
        "2026年1月15日（星期四）",
        "<< 返回  | 返回页首",
        "其他相关新闻：",
        "政府公布2025-26年度第三季卖地计划",
        "屯门第54区住宅用地截标",
        "2026  政府新闻处 修订日期：2026年1月15日",
    ];
    let sorted = sort(&page);
    assert_eq!(sorted.kept, vec![1]);
    assert_eq!(sorted.date.as_deref(), Some("2026-01-15"));
    // A page of several releases goes on with the next one's prose.
    let page = [
        "发展局今日公布第四季卖地计划，合共可供兴建约2,380个单位。",
        "完",
        "返回页首",
        "房屋局今日公布简约公屋计划的最新进展，首批约600户已完成编配。",
    ];
    assert_eq!(sort(&page).kept, vec![0, 3]);
    // The date under the mark may be written in Chinese numerals.
    let page = [
        "政府公布进一步优化营商环境措施",
        "政府今日公布新一轮优化营商环境措施，当中包括精简三百项发牌及审批程序。",
        "完",
        "二○二六年三月五日（星期四）",
        "香港时间十六时三十分",
    ];
    let sorted = sort(&page);
    assert_eq!(sorted.kept, vec![1]);
    assert_eq!(sorted.date.as_deref(), Some("2026-03-05"));
}

#[test]
fn a_content_farms_lede_page_count_and_download_buttons_are_furniture() {
    let page = [
        "商水县2025年粮食储备工作总结",
        "时间：2026-01-09 10:22　来源：网友投稿　作者：admin",
        "导读：本文是由本站网友投稿的“商水县2025年粮食储备工作总结”，希望对您有所帮助。",
        "本文共6页，可免费阅读全文",
        "2025年，全县地方储备粮规模8.5万吨，储存安全。",
        "▼ 一图读懂 ▼",
        "全年轮换县级储备小麦2.1万吨。",
        "【下载全文】本文共计4页，点击下载Word文档（需登录）",
        "【免费下载】【收藏】【举报】",
    ];
    assert_eq!(sort(&page).kept, vec![4, 6]);
}

#[test]
fn a_registration_code_over_a_red_masthead_leaves_it_a_masthead() {
    let page = [
        "HNPR—2026—17008",
        "湖南省生态环境厅",
        "湖南省农业农村厅　　　文件",
        "湖南省自然资源厅",
        "湘环发〔2026〕8号",
        "湖南省生态环境厅　湖南省农业农村厅湖南省自然资源厅关于印发《湖南省土壤污染防治攻坚行动方案》的通知",
        "各市州生态环境局、农业农村局、自然资源和规划局：",
        "为深入打好净土保卫战，持续改善全省土壤环境质量，现印发给你们，请认真贯彻落实。",
    ];
    let sorted = sort(&page);
    assert_eq!(sorted.title.as_deref(), Some(page[5]));
    assert_eq!(sorted.kept, vec![6, 7]);
}

#[test]
fn a_metadata_line_run_together_from_its_spans_dates_the_page() {
    let page = [
        "旅游局公布2025年旅游业复苏情况报告",
        "2026-01-22新闻稿浏览次数：1,836",
        "旅游局今日（22日）向社会公布报告，全面回顾过去一年本澳旅游业表现，并介绍2026年工作重点。",
    ];
    let sorted = sort(&page);
    assert_eq!(sorted.date.as_deref(), Some("2026-01-22"));
    assert_eq!(sorted.kept, vec![2]);
}

#[test]
fn a_link_bar_over_the_metadata_is_no_headline() {
    let page = [
        "发展局局长公布2026-27年度卖地计划",
        "今日新闻 | 新闻公报 | 新闻处 | 搜寻",
        "新闻公报 > 2026年2月26日",
        "发展局局长公布2026-27年度卖地计划",
        "发展局局长今日公布2026-27年度卖地计划，共包括12幅住宅用地，估计合共可供兴建约5 600个单位。",
    ];
    let sorted = sort(&page);
    assert_eq!(sorted.title.as_deref(), Some(page[0]));
    assert_eq!(sorted.kept, vec![4]);
}

#[test]
fn a_taiwan_release_with_its_controls_video_note_and_footer() {
    let page = [
        "劳动部推动115年青年就业旗舰计划",
        "字级设定：小 中 大    友善列印",
        "发布日期：115-02-10",
        "劳动部推动115年青年就业旗舰计划",
        "您的浏览器不支持 video 标签，请升级浏览器后观看视频。",
        "劳动部今日宣布推动115年青年就业旗舰计划，预计协助10万名青年稳定就业。",
        "喜欢这篇文章？欢迎打赏支持～ 觉得有用的话别忘了分享给朋友！",
        "往期发布会",
        "劳动部召开114年度就业服务成果发布会",
        "【视频回放】",
        "相关发布",
        "【解读】劳动部青年就业旗舰计划政策解读",
        "地址：103262台北市大同区延平北路二段83号",
        "服务时间：周一至周五 08:30-12:30，13:30-17:30",
    ];
    let sorted = sort(&page);
    assert_eq!(sorted.title.as_deref(), Some(page[0]));
    assert_eq!(sorted.kept, vec![5]);
}

#[test]
fn a_report_to_its_own_leadership_opens_with_its_headline() {
    let page = [
        "兰考县农业农村局关于2025年农村厕所革命工作情况的报告",
        "县委、县政府：",
        "2025年，我局扎实推进农村厕所革命，全县农村人居环境持续改善。现将有关情况报告如下：",
    ];
    let sorted = sort(&page);
    assert_eq!(sorted.title.as_deref(), Some(page[0]));
    assert_eq!(sorted.kept, vec![1, 2]);
}

#[test]
fn a_deadline_year_is_no_time_ago() {
    assert!(is_metadata("admin 3天前"));
    assert!(is_metadata("发布于 12小时前"));
    assert!(INTERPRETER.is_match("解读机关：嘉兴市商务局"));
    assert!(INTERPRETER.is_match("解读人：市商务局市场体系建设处 沈晓东"));
    assert!(!is_metadata(
        "文化部推动文化资产数位化保存 2030年前完成10万件文物三维建档"
    ));
    assert!(!is_metadata("襄阳市2026年前三季度经济运行情况新闻发布会"));
}

#[test]
fn a_reposts_headline_under_its_metadata() {
    let page = [
        "太原发布",
        "微信号：tyfabu",
        "原创 太原发布 2026年9月15日 18:30 山西",
        "政策解读｜《太原市清洁取暖巩固提升三年行动方案（2026—2028年）》",
        "点击上方蓝字关注我们",
        "近日，太原市人民政府办公室印发了《方案》。为便于理解，现就有关内容解读如下。",
    ];
    let sorted = sort(&page);
    assert_eq!(sorted.title.as_deref(), Some(page[3]));
    assert_eq!(sorted.kept, vec![5]);
    // An item of the body is no headline.
    let item = [
        "来源：某市发展改革委",
        "三是政策配套形成强有力支撑",
        "全市出台配套政策12项，形成了较为完善的政策体系。",
    ];
    assert_eq!(sort(&item).title, None);
}

#[test]
fn a_sidebars_teasers_cut_short_are_no_body() {
    let page = [
        "热点信息",
        "我县召开2026年民政工作会议",
        "3月1日，全县民政工作会议召开，会议总结了2025年全县民政工作，部署2026年重点任务……",
        "您现在的位置：固始县人民政府 >> 政务公开 >> 政府文件",
        "固始县人民政府办公室关于进一步加强困境儿童保障工作的实施意见",
        "【发布时间：2026-03-02】【来源：县政府办公室】",
        "文档格式：.docx　　文档标签：困境儿童　保障",
        "为进一步加强困境儿童保障工作，确保困境儿童生存、发展、安全权益得到有效保障，提出如下实施意见。",
    ];
    let sorted = sort(&page);
    assert_eq!(sorted.title.as_deref(), Some(page[4]));
    assert_eq!(sorted.kept, vec![7]);
}

#[test]
fn a_title_over_two_lines_above_its_issuer() {
    let page = [
        "滑县2025年高标准农田建设工作总结",
        "及2026年工作计划",
        "滑县农业农村局",
        "2025年，在县委、县政府的坚强领导下，我县坚持把高标准农田建设作为保障粮食安全的重要抓手。",
    ];
    let sorted = sort(&page);
    assert_eq!(
        sorted.title.as_deref(),
        Some("滑县2025年高标准农田建设工作总结及2026年工作计划")
    );
    assert_eq!(sorted.kept, vec![3]);
}

#[test]
fn the_headline_under_a_letterhead_and_its_number() {
    // The letterhead of a normative document, then the title; and a
    // letterhead over the document's number over the title, maybe
    // only its issuers (a PDF's, without 文件).
    let pages: [&[&str]; 3] = [
        &[
            "山西省工业和信息化厅",
            "山西省发展和改革委员会",
            "晋工信原材字〔2026〕19号",
            "山西省工业和信息化厅 山西省发展和改革委员会关于印发《钢铁行业产能置换工作方案》的通知",
            "各市工业和信息化局：现将《钢铁行业产能置换工作方案》印发给你们，请结合实际认真贯彻落实。",
        ],
        &[
            "鄂尔多斯市人民政府行政规范性文件",
            "鄂尔多斯市氢能产业高质量发展三年行动方案（2026—2028年）",
            "为深入贯彻落实《氢能产业发展中长期规划（2021—2035年）》，结合我市实际，制定本方案。",
        ],
        &[
            "九江市河长制办公室文件",
            "九河长办字〔2026〕4号",
            "九江市河长制办公室关于2025年度河湖长制工作考核结果的通报",
            "各县（市、区）河长制办公室：根据有关规定，现将考核结果通报如下。经市总河长审定，予以通报。",
        ],
    ];
    for page in pages {
        let sorted = sort(page);
        assert_eq!(sorted.title.as_deref(), Some(page[page.len() - 2]));
        assert_eq!(sorted.kept, vec![page.len() - 1]);
    }
}

#[test]
fn a_headline_over_the_addressee() {
    let page = [
        "会宁县水务局关于2025年农村供水保障工作情况的报告",
        "县人民政府：",
        "2025年，县水务局坚持以人民为中心，全面压实农村供水保障责任，现将有关情况报告如下。",
    ];
    let sorted = sort(&page);
    assert_eq!(sorted.title.as_deref(), Some(page[0]));
    assert_eq!(sorted.kept, vec![1, 2]);
    assert!(is_salutation("各县（市、区）人民政府，市政府各部门："));
    assert!(!is_salutation("主要任务如下："));
}

#[test]
fn tags_attachments_and_an_update_time_in_the_tail() {
    let page = [
        "经济部推动产业节能",
        "发布日期：2026-03-18",
        "经济部今日表示，114年度协助企业节电18.6亿度，相当于减少碳排放92万公吨。",
        "115年3月18日新闻稿.pdf（PDF，356KB）",
        "资料更新时间：115-03-18 16:05",
        "#体育公园 #全民健身 #赣州",
    ];
    assert_eq!(sort(&page).kept, vec![2]);
    let page = [
        "政府推出多项措施加强在职人士技能提升",
        "发布时间：2026-03-12",
        "本文约3000字，阅读约需8分钟",
        "[VIP专享] 下载本文（Word版） | 复制全文 | 收藏本文 | 举报",
        "【小编按】本文根据施政报告文本整理，仅供参考，内容以特区政府正式公布者为准。",
        "劳工及福利局今日公布，政府将推出多项措施，协助在职人士提升技能，2026年提供培训名额30 000个。",
        "2026 | 重要告示 | 私隐政策 | 无障碍浏览 | 网页指南 | 联络我们",
        "2026 重要告示 | 私隐政策 | 修订日期:2026年5月12日",
    ];
    assert_eq!(sort(&page).kept, vec![5]);
    // A blog's footer: its author and link, an invitation to add the
    // author's WeChat, a tip jar, links to the posts around it.
    let page = [
        "发布时间：2026-05-16",
        "【大 中 小】 【打印】 【关闭】",
        "活动期间，在本县购买新能源汽车的个人消费者，可按车价分档申领县级消费补贴，每辆最高补贴5000元。",
        "本文作者：车评老陈",
        "本文链接：https://chepinglaochen.github.io/2026/05/16/shuyang-ev-xiaxiang/",
        "想在沭阳看车试驾的朋友，可以加我微信 cplc2026 拉你进本地车友群，群里有经销商的团购价。",
        "如果这篇文章对你有帮助，欢迎请我喝杯咖啡",
        "觉得文章有用？欢迎点赞、收藏、转发给身边的朋友～",
        "« 上一篇：湖州市乡村博物馆建设调研笔记 | 下一篇：农村文化礼堂星级评定办法学习摘要 »",
    ];
    assert_eq!(sort(&page).kept, vec![2]);
    assert!(!WIDGET.is_match("大中小学生体质健康达标率达到95%"));
    // A Macao release's fields, font control and versions; a photo's
    // caption with its credit.
    let page = [
        "旅游局公布2025年旅游统计",
        "消息来源：旅游局",
        "主题：旅游 经济",
        "A-A+",
        "▲4月22日，省政府新闻办召开新闻发布会。（摄影/杨光）",
        "旅游局今日公布，2025年全年入境旅客40,676,540人次，按年上升14.6%，其中内地旅客占七成。",
        "2025年旅游统计资料（PDF，2.1MB）",
        "其他语言版本：Português | English",
        "| Facebook",
        "| LINE",
        "电子邮件：agrifac@afa.gov.tw",
    ];
    assert_eq!(sort(&page).kept, vec![5]);
    // A tip jar's row with its count, a browser advice in the footer,
    // its year alone, a gallery's label with its count and link, a
    // link to the text version of an interpretation.
    let page = [
        "某市推进绿色低碳园区建设",
        "发布时间：2026-03-12",
        "文字解读：省工业和信息化厅有关负责人解读绿色低碳园区建设实施方案",
        "到2028年，全省创建省级绿色低碳园区30个，园区单位工业增加值能耗较2025年下降10%。",
        "赞赏 | 评论 (3)",
        "相关图片（3） 浏览全部图片",
        "政务服务便民热线：12345  建议使用IE9以上版本浏览器",
        "2026",
    ];
    assert_eq!(sort(&page).kept, vec![3]);
    // A sentence of the body advising a browser, and a body's own
    // label in a cell, stay.
    assert!(!COPYRIGHT.is_match("申报单位登录省科技厅业务管理系统在线填报，建议使用谷歌浏览器。"));
    assert!(!is_field_row(
        "主要目标：\t到2027年，全市新建学校12所，新增学位6000个。"
    ));
    // Figures other than a year make a table.
    assert!(!is_link_bar("2026 | 3.5 | 4.2"));
    assert!(!is_hashtag_list("# 一、总体要求"));
    assert!(!is_hashtag_list("#"));
}

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
    assert_eq!(s.title.as_deref(), Some(page[2]));
    assert_eq!(s.date.as_deref(), Some("2023-12-15"));
    assert_eq!(s.kept, vec![4]);
    assert_eq!(s.removed.len(), page.len() - 1);
}

#[test]
fn a_cover_page_repeats_the_headline_and_dates_it() {
    // The title set over two lines, the issuer and the month under the
    // metadata; a section heading right above its text is body, though
    // it repeats words of the title.
    let page = [
        "某经济技术开发区“十五五”发展规划（2026—2030年）",
        "发布日期:2026-02-27 来源:经济发展局",
        "某经济技术开发区",
        "“十五五”发展规划（2026—2030年）",
        "二〇二六年二月",
        "前言",
        "开发区于2016年经国务院批准升级为国家级经济技术开发区，是长江上游重要的临港产业基地。",
    ];
    assert_eq!(sort(&page).kept, vec![5, 6]);
    let section = [
        "2026-27年度财政预算案：房屋及土地供应（全文）",
        "发布时间:2026-02-25 来源:综合整理",
        "房屋及土地供应",
        "98. 房屋是市民最关心的民生议题，政府会继续以提速提量为目标增加公营房屋供应。",
    ];
    assert_eq!(sort(&section).kept, vec![2, 3]);
}

#[test]
fn a_pdf_that_opens_on_its_cover_has_its_title_there() {
    let page = [
        "大同市“十五五”水利发展规划",
        "大同市水务局",
        "大同市发展和改革委员会",
        "二〇二六年六月",
        "前言",
        "水是生存之本、文明之源。大同市地处黄河、海河两大流域分水岭，是典型的资源型缺水城市。",
        "本网站著作权属台中市政府所有 隐私权及资讯安全政策",
    ];
    let sorted = sort(&page);
    assert_eq!(sorted.title.as_deref(), Some("大同市“十五五”水利发展规划"));
    assert_eq!(sorted.kept, vec![4, 5]);
    assert_eq!(sorted.issuer.as_deref(), Some("大同市水务局"));
}

#[test]
fn a_cover_may_set_the_governments_name_over_its_headline() {
    let page = [
        "澳门特别行政区政府",
        "智慧城市发展年度报告",
        "（二零二五年度）",
        "智慧城市发展委员会",
        "二零二六年四月二十八日",
        "一、概述",
        "二零二五年是第二个五年规划的收官之年，智慧城市发展取得阶段性成效。",
    ];
    let sorted = sort(&page);
    assert_eq!(
        sorted.title.as_deref(),
        Some("智慧城市发展年度报告（二零二五年度）")
    );
    assert_eq!(sorted.kept, vec![5, 6]);
    assert_eq!(sorted.date.as_deref(), Some("2026-04-28"));
}

#[test]
fn a_cover_over_a_chapter_heading_has_its_title_and_issuer_there() {
    let page = [
        "株洲市土壤污染防治“十五五”规划（2026—2030年）",
        "株洲市生态环境局",
        "株洲市发展和改革委员会",
        "第一章  规划基础",
        "一、“十四五”工作成效",
        "“十四五”期间，全市深入贯彻土壤污染防治法，土壤环境质量总体稳中向好，风险得到基本管控。",
    ];
    let sorted = sort(&page);
    assert_eq!(
        sorted.title.as_deref(),
        Some("株洲市土壤污染防治“十五五”规划（2026—2030年）")
    );
    assert_eq!(sorted.issuer.as_deref(), Some("株洲市生态环境局"));
    assert_eq!(sorted.kept, vec![3, 4, 5]);
}

#[test]
fn a_labelled_source_names_the_issuer_before_a_byline() {
    let page = [
        "政府公布电动车推广及充电设施发展计划",
        "2025-09-16 17:32",
        "新闻局",
        "来源：环境保护局",
        "为推动绿色低碳出行，特区政府今日公布电动车推广及充电设施发展计划，分阶段推进充电设施建设。",
    ];
    assert_eq!(sort(&page).issuer.as_deref(), Some("环境保护局"));
}

#[test]
fn a_headline_set_over_a_cover_and_restated_over_the_first_page_is_the_title() {
    let page = [
        "江州市2025年安全生产工作",
        "年度报告",
        "江州市应急管理局",
        "江州市2025年安全生产工作年度报告",
        "2025年，全市应急管理系统坚持人民至上、生命至上，全市安全生产形势总体稳定。现将有关情况报告如下。",
    ];
    let sorted = sort(&page);
    assert_eq!(
        sorted.title.as_deref(),
        Some("江州市2025年安全生产工作年度报告")
    );
    assert_eq!(sorted.kept, vec![4]);
}

#[test]
fn the_printing_record_dates_a_page_that_gives_no_other_date() {
    let body =
        "水是生存之本、文明之源。大同市地处黄河、海河两大流域分水岭，是典型的资源型缺水城市。";
    let printed = "大同市人民政府办公室 2026年6月18日印发";
    let page = [body, "抄送：市委各部门，市人大常委会办公室。", printed];
    assert_eq!(sort(&page).date.as_deref(), Some("2026-06-18"));
    // A signature's date, the day it was written, comes first.
    let page = [body, "大同市人民政府", "2026年6月15日", printed];
    assert_eq!(sort(&page).date.as_deref(), Some("2026-06-15"));
}

#[test]
fn a_list_of_related_documents_and_the_download_row_go() {
    let page = [
        "2025年九江市教育事业发展统计公报",
        "2025年，全市共有各级各类学校2233所，在校生86.5万人，专任教师5.6万人，教育事业稳步发展。",
        "本文标签：九江教育 统计公报",
        "下载本文档（DOC格式，共12页） 收藏 举报",
        "相关文档推荐：",
        "2024年九江市教育事业发展统计公报 —— 2024年，全市共有各级各类学校2233所……",
        "返回页首",
    ];
    assert_eq!(sort(&page).kept, vec![1]);
    // A content farm's lede on its model essay, above the body.
    let page = [
        "【导读】本文是一篇关于林业和草原局年度工作总结的范文，仅供参考，欢迎阅读与下载！",
        "2025年，在地委、行署的坚强领导下，全地区完成造林32.6万亩，森林覆盖率稳步提升。",
    ];
    assert_eq!(sort(&page).kept, vec![1]);
}

#[test]
fn the_issuer_under_the_metadata_is_no_headline() {
    let page = [
        "永嘉县人民政府",
        "首页 > 统计信息 > 统计公报",
        "永嘉县2023年国民经济和社会发展统计公报",
        "发布时间:2024-03-28 来源:永嘉县统计局 浏览次数:3306",
        "永嘉县统计局 国家统计局永嘉调查队",
        "2024年3月28日",
        "2023年,面对复杂多变的外部环境,全县上下坚持稳中求进工作总基调,经济运行持续回升向好。",
    ];
    let s = sort(&page);
    assert_eq!(s.title.as_deref(), Some(page[2]));
    assert_eq!(s.kept, vec![6]);
}

#[test]
fn a_papers_meeting_day_gives_way_to_the_day_it_is_signed() {
    let page = [
        "立法会CB(3)1128/2026(04)号文件",
        "2026年10月27日会议",
        "讨论文件",
        "郊野公园山火预防及扑救工作最新进展",
        "1. 本文件旨在向委员汇报郊野公园山火预防及扑救工作的最新进展。",
        "2. 过去一年，渔护署共处理山火个案126宗，较前一年减少18%。",
        "环境及生态局",
        "2026年10月13日",
    ];
    assert_eq!(sort(&page).date.as_deref(), Some("2026-10-13"));
    // With no signature, the meeting's day is all the page gives.
    assert_eq!(sort(&page[..6]).date.as_deref(), Some("2026-10-27"));
}

#[test]
fn a_press_releases_issuing_unit_is_a_field_not_its_headline() {
    let page = [
        "台北市政府 新闻稿",
        "台北市启动「数位游牧友善城市」计划　三年力拚吸引国际远距工作者1万人次",
        "发布日期：2026年3月5日",
        "发稿单位：产业发展局",
        "一、为延揽国际人才来台工作，台北市政府今（5）日宣布启动计划，未来三年将投入新台币3.6亿元。",
    ];
    let s = sort(&page);
    assert_eq!(s.title.as_deref(), Some(page[1]));
    assert_eq!(s.issuer.as_deref(), Some("产业发展局"));
    assert_eq!(s.kept, vec![4]);
}

#[test]
fn reposts_notices_bylines_datelines_and_an_official_documents_record() {
    let page = [
        "2024年政府工作报告",
        "武侯区人民政府区长 何晓东",
        "发布日期:2024-01-16 来源:区政府办",
        "广西新闻网南宁9月24日讯（记者 黄珊珊 实习生 陆宇）",
        "本文转载自“浙江发布”微信公众号,原文标题《行动计划》,仅供学习交流,如有侵权请联系删除。",
        "过去一年,全区引进重大项目四十一个,完成投资二百一十八亿元。",
        "新华社北京3月5日电 国务院总理在政府工作报告中提出,今年发展主要预期目标是增长5%左右。",
        "联系人:王经理 电话:0551-63521866",
        "联系地址:合肥市蜀山区潜山路888号百利中心A座1906室",
        "本文标签:数字经济 政策解读",
        "抄送:市委各部门,市人大常委会办公室,市政协办公室。",
        "株洲市人民政府办公室 2025年3月20日印发",
        "株洲市人民政府办公室文件",
    ];
    let s = sort(&page);
    assert_eq!(s.kept, vec![5, 6]);
    // A sentence about rights, and a head of office in prose, stay.
    let page = [
        "严厉打击侵权盗版行为,全年查处案件120件,切实保护知识产权。",
        "区长 何晓东主持召开常务会议,研究部署安全生产工作。",
    ];
    assert_eq!(sort(&page).kept, vec![0, 1]);
}

#[test]
fn an_english_page_furniture_is_furniture_too() {
    let page = [
        "Home > Invest Changzhou > Why Changzhou",
        "Invest in Changzhou | 投资常州",
        "Source: 常州市投资促进中心 Date: 2025-04-10 Views: 3,482",
        "Share to: WeChat | Weibo | LinkedIn",
        "截至2024年底,2800家外资企业落户常州,其中世界500强企业投资项目82个。",
        "Contact Us 联系我们",
        "Add: 常州市新北区锦绣路2号 | Tel: +86-519-85682311 | Email: invest@czinvest.gov.cn",
        "Related Articles 相关文章",
        "· 常州出台支持外资企业高质量发展若干措施",
    ];
    let s = sort(&page);
    assert_eq!(s.kept, vec![4]);
    assert_eq!(s.title.as_deref(), Some(page[1]));
    assert_eq!(s.date.as_deref(), Some("2025-04-10"));
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
        "类别 | 指标 | 单位 | 2020年 | 2025年 | 属性",
        "规模效益 | 规模以上工业企业数量 | 家 | 1200 | 1500 | 预期性",
        "摄影技术培训纳入职业技能提升行动",
        "各地要加强组织领导,确保各项任务落到实处。",
        "联系我们 | 网站地图 | 使用帮助",
        "赫章县| 华阴市| 台州市| 乐清市| 海宁市",
        "欢迎访问赣州市人民政府网站!无障碍 | 长者模式 | English | 登录",
        "欢迎访问赣州市人民政府网站!",
    ];
    let s = sort(&page);
    assert_eq!(s.kept, vec![0, 1, 2, 3, 4, 5, 6]);
}

#[test]
fn a_caption_an_editor_line_and_a_comment_box() {
    let page = [
        "标题之下的第一段正文,说明会议召开的情况和主要内容。",
        "图为长兴县经济开发区内一家企业的智能化生产车间。 记者 王浩 摄",
        "第二段正文继续介绍有关情况,各地要认真抓好落实。",
        "【责任编辑:陈晓燕】",
        "【纠错】",
        "第三段正文在编辑署名之后接着写完,确保措施落地见效。",
        "（文字整理：市政府新闻办）",
        "（根据录音整理，未经本人审阅）",
        "发表评论",
        "昵称",
        "验证码",
    ];
    let s = sort(&page);
    assert_eq!(s.kept, vec![0, 2, 5]);
}

#[test]
fn captions_credits_and_calls_to_follow_around_a_wechat_article() {
    let page = [
        "听全文",
        "全市侨务工作会议昨日召开，会议总结2025年工作，部署2026年重点任务。",
        "▲ 全市侨务工作会议现场",
        "会议指出，全市新建侨胞之家12个，服务归侨侨眷2.3万人次，各项工作取得新成效。",
        "图｜某乡镇商贸中心（资料图）",
        "会议强调，要进一步凝聚侨心侨力，更好服务全市高质量发展大局。",
        "来源 | 某市侨务局",
        "监制：王志强",
        "终审：李文涛",
        "扫码关注公众号“某某发布”，每天推送最新政策解读。",
        "觉得有用？欢迎点击下方按钮赞赏，或分享给身边的朋友。",
    ];
    assert_eq!(sort(&page).kept, vec![1, 3, 5]);
    // A ▲ bullet that runs on in clauses is body.
    let page = [
        "会议指出，全市新建侨胞之家12个，服务归侨侨眷2.3万人次，各项工作取得新成效。",
        "▲ 推进侨资企业扩产，新增投资12亿元",
        "会议强调，要进一步凝聚侨心侨力，更好服务全市高质量发展大局。",
    ];
    assert_eq!(sort(&page).kept, vec![0, 1, 2]);
}

#[test]
fn a_blog_post_and_a_press_release_end_on_their_links() {
    let page = [
        "《行动计划》全文已在省教育厅门户网站公开发布，学校和家长可向当地教育行政部门咨询。",
        "本文标签： #教育政策 #体质健康",
        "上一则：立法会十八题：推动本地渔业可持续发展",
        "下一则：立法会二十题：郊野公园设施维修保养",
        "新闻稿英文版",
        "电邮此页",
        "返回今日新闻 | 回页首",
    ];
    assert_eq!(sort(&page).kept, vec![0]);
}

#[test]
fn lists_adverts_tags_and_a_wechat_card_around_the_body() {
    let page = [
        "沂南农业",
        "微信号 ynnongye",
        "功能介绍 发布沂南县农业农村政策信息、农业实用技术和惠农服务",
        "2025年，沂南县坚持以畜禽粪污资源化利用为抓手，全县工作取得明显成效。",
        "发布会现场（图片来源：省工业和信息化厅宣传处）",
        "全年利用畜禽粪污生产商品有机肥7.2万吨，实现粪肥还田面积21.5万亩。",
        "图文：县农业农村局农田建设股",
        "本文标题：沂南县畜禽粪污资源化利用工作总结",
        "觉得有用？欢迎点击右下角打赏，或在评论区留言交流～",
        "畜牧 # 环保 # 沂南",
        "| 【收藏】",
        "1. 项目计划表.xlsx（下载次数：312）",
        "附件：2025年湖南省水利发展统计公报.pdf（已下载 213 次）",
        "相关下载：沂南县2025年统计公报（PDF版）",
        "▼ 往期推荐 ▼",
        "沂南县召开春季农业生产工作会议",
    ];
    assert_eq!(sort(&page).kept, vec![3, 5]);
    let page = [
        "全年利用畜禽粪污生产商品有机肥7.2万吨，实现粪肥还田面积21.5万亩。",
        "—— 招商推荐 ——",
        "【经开区】标准厂房招租，单层面积5000㎡起，层高8米，价格面议。",
    ];
    assert_eq!(sort(&page).kept, vec![0]);
    // A blogger's lede to a repost is no part of the document.
    let page = [
        "今天整理一下最新印发的全民健身设施补短板方案，原文挺长的，这里全文转载一下，方便以后查阅。",
        "为加快补齐全民健身设施短板，结合我市实际，制定本方案。",
    ];
    assert_eq!(sort(&page).kept, vec![1]);
}

#[test]
fn fields_in_table_cells_a_cover_and_a_red_header_date_and_title_a_page() {
    // Labels and values in cells of their own, dated in the ROC calendar.
    let page = [
        "县府推动民宿辅导合法化",
        "发布单位\t观光处\t发布日期\t115-03-06",
        "更新日期\t115-03-07\t点阅次数\t1,024",
        "县府今日表示，将于115年底前辅导200家非法民宿完成登记，提升旅宿品质。",
    ];
    let s = sort(&page);
    assert_eq!(
        (s.title.as_deref(), s.kept.clone()),
        (Some(page[0]), vec![3])
    );
    assert_eq!(s.date.as_deref(), Some("2026-03-06"));
    // A PDF's cover, its issuer letter-spaced, dates it by the month.
    let page = [
        "某省海上风电发展规划（2026—2030年）",
        "某省发展和改革委员会",
        "某 省 能 源 局",
        "二〇二六年一月",
        "海上风电是我省能源结构调整的重要方向，为推动海上风电高质量发展，制定本规划。",
    ];
    let s = sort(&page);
    assert_eq!(
        (s.title.as_deref(), s.kept.clone()),
        (Some(page[0]), vec![4])
    );
    assert_eq!(s.date.as_deref(), Some("2026-01"));
    // A red header's number with who signed it, above the title.
    let page = [
        "某县水务局文件",
        "某水发〔2026〕4号            签发人：王振华",
        "关于2025年农村供水保障工作情况的报告",
        "县人民政府：2025年，我局围绕农村供水保障目标，扎实推进各项工作，现将有关情况报告如下。",
    ];
    let s = sort(&page);
    assert_eq!(
        (s.title.as_deref(), s.kept.clone()),
        (Some(page[2]), vec![3])
    );
}

#[test]
fn a_headline_over_two_lines_a_validity_field_and_a_source_of_material() {
    let page = [
        "某市农业农村局2025年“菜篮子”工程建设工作总结",
        "和2026年工作计划",
        "2025年，我局围绕“菜篮子”产品稳产保供，扎实推进各项工作，现将有关情况总结如下。",
    ];
    let s = sort(&page);
    assert_eq!(
        s.title.as_deref(),
        Some("某市农业农村局2025年“菜篮子”工程建设工作总结和2026年工作计划")
    );
    assert_eq!(s.kept, vec![2]);
    let page = [
        "某县人民政府办公室关于印发2026年度地质灾害防治方案的通知",
        "有效性：有效",
        "发布日期：2026-03-10",
        "各乡镇人民政府，县级各部门：现将《2026年度地质灾害防治方案》印发给你们，请认真贯彻执行。",
        "资料来源：行政院发言人办公室",
        "相关档案",
        "附件：一图读懂试点实施方案.jpg",
    ];
    let s = sort(&page);
    assert_eq!(
        (s.title.as_deref(), s.kept.clone()),
        (Some(page[0]), vec![3])
    );
}

#[test]
fn a_farm_lede_notes_under_pictures_dividers_and_browser_advice() {
    let page = [
        "欢迎光临本站",
        "某市林下经济高质量发展实施方案政策解读",
        "发布时间：2026-02-27　来源：市林草局",
        "字级 小 中 大  友善列印  分享至 Facebook  分享至 LINE",
        "【导读】近日，某市人民政府办公室印发《实施方案》，到2030年全市林下经济产值突破300亿元……",
        "01",
        "近日，某市人民政府办公室印发《某市林下经济高质量发展实施方案》，提出一系列务实举措。",
        "图片说明：市长主持消防车辆交车典礼。（图／市消防局提供）",
        "到2030年，全市林下经济经营面积达到800万亩，产值突破300亿元。",
        "------分隔线----------------------------",
        "挑错",
        "推荐",
        "建议使用IE10及以上版本或谷歌、火狐浏览器，1280×1024分辨率浏览",
    ];
    let s = sort(&page);
    assert_eq!(
        (s.title.as_deref(), s.kept.clone()),
        (Some(page[1]), vec![6, 8])
    );
    // Macao and Hong Kong write the day first.
    let page = [
        "二〇二六年财政年度经济财政领域施政方针",
        "发佈日期：18/11/2025",
        "经济财政司司长今日在立法会发表二〇二六年财政年度经济财政领域施政方针，提出一系列措施。",
    ];
    assert_eq!(sort(&page).date.as_deref(), Some("2025-11-18"));
}

#[test]
fn a_reposts_notice_its_emphasised_source_and_same_day_news() {
    let page = [
        "本文整理自某市人民政府新闻办公室发布会现场，转载请注明出处。",
        "某市召开县域商业体系建设新闻发布会，介绍全市县域商业体系建设进展情况。",
        "*来源：某市人民政府新闻办公室 整理：县域经济观察*",
        "同日新闻：",
        "立法会六题：推广文化旅游",
    ];
    assert_eq!(sort(&page).kept, vec![1]);
    let page = [
        "某市召开县域商业体系建设新闻发布会，介绍全市县域商业体系建设进展情况。",
        "上一章：四、发展经济 改善民生",
        "下一章：七、培育人才 建设教育强区",
        "相关图片",
        "体育局举行新闻发布会公布全民健身计划",
    ];
    assert_eq!(sort(&page).kept, vec![0]);
    // Markdown's emphasis around a caption or a call to follow.
    let page = [
        "全市蔬菜产业数字化水平不断提升，智能温室面积达到1.2万亩。",
        "*▲寿光蔬菜高科技示范园智能温室（资料图）*",
        "*扫码关注“政务观察”，获取更多数字政府资讯*",
        "下载券：5  VIP会员免费下载",
    ];
    assert_eq!(sort(&page).kept, vec![0]);
}

#[test]
fn a_web_page_headline_repeats_its_title_under_the_navigation() {
    let page = [
        "行政长官发表2027年财政年度施政报告 - 某某特别行政区政府入口网站",
        "跳至主要内容",
        "首页",
        "新闻稿",
        "行政长官发表2027年财政年度施政报告",
        "新闻局",
        "行政长官今日下午在立法会发表施政报告，全面总结2026年特区政府施政情况。",
    ];
    let s = sort(&page);
    assert_eq!(s.title.as_deref(), Some(page[4]));
    assert_eq!(s.kept, vec![6]);
    // A line that only begins like the title is not its headline.
    let page = [
        "行政长官发表2027年财政年度施政报告",
        "行政长官发表2027年",
        "行政长官今日下午在立法会发表施政报告，全面总结2026年特区政府施政情况。",
    ];
    assert_eq!(sort(&page).kept, vec![0, 1, 2]);
}

#[test]
fn a_report_under_its_subtitle_is_titled_and_dated_by_it() {
    let page = [
        "某某省人民代表大会常务委员会公报                     2026年第5号",
        "关于2025年度省级预算执行和其他财政收支的审计工作报告",
        "——2026年7月28日在某某省第十四届人民代表大会常务委员会",
        "第二十一次会议上",
        "湖南省审计厅厅长  李明",
        "主任、各位副主任、秘书长、各位委员：",
        "我受省人民政府委托，向省人大常委会报告2025年度省级预算执行和其他财政收支的审计情况，请予审议。",
    ];
    let s = sort(&page);
    assert_eq!(s.title.as_deref(), Some(page[1]));
    assert_eq!(s.kept, vec![5, 6]);
    assert_eq!(s.date.as_deref(), Some("2026-07-28"));
    // The page's own date wins, and a headline above metadata stays
    // the headline over a shorter one above the subtitle.
    let page = [
        "某县2026年政府工作报告",
        "发布时间：2026-01-14 09:30　来源：县政府办公室",
        "政府工作报告",
        "——2026年1月8日在某县第十八届人民代表大会第五次会议上",
        "各位代表：现在，我代表县人民政府向大会报告工作，请予审议。",
    ];
    let s = sort(&page);
    assert_eq!(s.title.as_deref(), Some(page[0]));
    assert_eq!(s.date.as_deref(), Some("2026-01-14")); // A speaker's office alone under the subtitle.
    let page = [
        "关于某县2025年预算执行情况和2026年预算草案的报告",
        "——2026年1月8日在某县第十八届人民代表大会第六次会议上",
        "某县财政局局长",
        "各位代表：",
        "受县人民政府委托，现将某县2025年预算执行情况和2026年预算草案提请大会审议。",
    ];
    assert_eq!(sort(&page).kept, vec![3, 4]);
}

#[test]
fn a_date_a_document_takes_effect_does_not_date_its_page() {
    let page = [
        "某省人民政府办公厅关于印发内河航运提升行动方案的通知",
        "生效日期：2026-02-10",
        "发布时间：2026-02-13 10:32　来源：省政府办公厅",
        "各市人民政府，省政府各部门：现将《内河航运提升行动方案》印发给你们，请认真贯彻落实。",
    ];
    assert_eq!(sort(&page).date.as_deref(), Some("2026-02-13"));
}

#[test]
fn prose_that_mentions_a_picture_or_a_reporter_stays() {
    let page = [
        "各地要加强组织领导,确保各项任务落到实处。",
        "图书馆、文化馆等公共文化设施要免费开放,方便群众就近使用。",
        "本报记者在现场看到,新建的生产线已经投入使用。",
    ];
    let s = sort(&page);
    assert_eq!(s.kept, vec![0, 1, 2]);
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
    let labelled = [
        "截至9月底，全澳共有公共充电泊位二千一百个。",
        "图片：交通事务局公布本澳电动车辆及充电设施最新发展情况（交通事务局提供）",
        "交通事务局表示，将继续增设充电泊位。",
        "图片1：太平国民运动中心外观（运动局提供）",
        "发布会现场（记者 马俊 摄）",
        "图片：记者会现场",
    ];
    assert_eq!(sort(&labelled).kept, vec![0, 2]);
}

#[test]
fn a_joint_notices_signature_and_a_farms_searches_are_told_apart() {
    let page = [
        "各地在工作中遇到的重要情况和问题，请及时报告省退役军人事务厅就业创业处。",
        "江西省退役军人事务厅　　　　江西省人力资源和社会保障厅",
        "江西省教育厅　　　　江西省财政厅",
        "中国人民银行江西省分行",
        "2026年3月2日",
        "相关搜索：无锡城市更新 | 无锡老旧小区改造补贴标准 | 梁溪区拆迁",
    ];
    let sorted = sort(&page);
    assert_eq!(sorted.kept, vec![0, 1, 2, 3, 4]);
    assert_eq!(sorted.date.as_deref(), Some("2026-03-02"));
}

#[test]
fn the_headline_repeating_the_page_title_wins_over_a_sidebar_link() {
    // A Hong Kong release: a sidebar of dates, its link to past
    // releases, the day's other headlines, then the headline itself.
    let page = [
        "立法会十三题：加强学生及青少年精神健康支援",
        "香港政府一站通 > 新闻公报 > 2026年6月10日",
        "2026年6月10日（星期三）",
        "2026年6月9日（星期二）",
        "以往新闻公报",
        "同日其他新闻",
        "立法会十二题：长者医疗券使用情况",
        "本港今日空气质素指数",
        "立法会十三题：加强学生及青少年精神健康支援",
        "以下为今日（六月十日）在立法会会议上陈凯欣议员的提问和医务卫生局局长卢宠茂教授的书面答复：",
        "政府一直高度重视市民的精神健康，特别是学生及青少年的精神健康。",
    ];
    let sorted = sort(&page);
    assert_eq!(sorted.title.as_deref(), Some(page[8]));
    assert_eq!(sorted.kept, vec![9, 10]);
}

#[test]
fn a_reposts_headline_under_its_calls_to_follow_is_found() {
    let page = [
        "襄阳发布",
        "2026年01月12日 08:30 湖北",
        "听全文",
        "点击上方蓝字 关注我们",
        "政策解读｜《襄阳市城市生命线安全工程建设实施方案（2026—2028年）》",
        "近日，市人民政府办公室印发《襄阳市城市生命线安全工程建设实施方案（2026—2028年）》。",
    ];
    let sorted = sort(&page);
    assert_eq!(sorted.title.as_deref(), Some(page[4]));
    assert_eq!(sorted.kept, vec![5]);
}

#[test]
fn a_wechat_accounts_name_under_its_byline_is_no_headline() {
    let page = [
        "重磅！贵州出台乡村教师队伍建设提升行动方案，这些政策与你有关",
        "原创 黔教视界 贵州教育发布",
        "贵州教育发布",
        "2026年03月25日 18:30 贵州",
        "近日，省教育厅等五部门联合印发《贵州省乡村教师队伍建设提升行动方案》。",
    ];
    let sorted = sort(&page);
    assert_eq!(sorted.title.as_deref(), Some(page[0]));
    assert_eq!(sorted.kept, vec![4]);
}

#[test]
fn a_sentence_leading_into_the_body_opens_it() {
    let page = [
        "常德市住房公积金2025年年度报告",
        "根据国务院《住房公积金管理条例》的规定，现将常德市住房公积金2025年年度报告公布如下：",
        "一、机构概况",
    ];
    let sorted = sort(&page);
    assert_eq!(sorted.title.as_deref(), Some(page[0]));
}

#[test]
fn a_post_may_open_on_the_subtitle_under_its_front_matters_title() {
    let page = [
        "本文转载自绵阳市人民政府网站，仅作个人学习存档，版权归原作者所有。",
        "——2026年1月20日在绵阳市第九届人民代表大会第六次会议上",
        "绵阳市人民政府市长 李明远",
        "各位代表：",
        "现在，我代表市人民政府，向大会报告工作，请予审议。",
    ];
    let sorted = sort(&page);
    assert_eq!(sorted.title, None);
    assert_eq!(sorted.kept, vec![3, 4]);
}

#[test]
fn a_wechat_accounts_name_beside_who_runs_it_is_no_headline() {
    let page = [
        "权威发布丨上半年全省城镇新增就业52.3万人",
        "四川人社  四川省人力资源和社会保障厅",
        "2025年07月16日 19:06  四川",
        "点击上方蓝字 关注我们",
        "7月16日，省政府新闻办举行新闻发布会，介绍上半年全省稳就业工作情况。",
    ];
    let sorted = sort(&page);
    assert_eq!(sorted.title.as_deref(), Some(page[0]));
    assert_eq!(sorted.issuer.as_deref(), Some("四川省人力资源和社会保障厅"));
    assert_eq!(sorted.kept, vec![4]);
}

#[test]
fn a_video_placeholder_above_the_headline_is_no_first_paragraph() {
    // The sidebar's past conferences, the session's fields and the
    // video's placeholders stand above the headline.
    let page = [
        "天水市2026年稳就业促就业工作新闻发布会 - 天水市人民政府",
        "往期发布会",
        "天水市2026年一季度经济运行情况新闻发布会",
        "天水市2026年春季植树造林工作新闻发布会",
        "召开时间：\t2026年4月15日 10:00",
        "您的浏览器不支持video标签，请升级浏览器。",
        "视频加载中，请稍候……",
        "天水市2026年稳就业促就业工作新闻发布会",
        "来源：天水市人民政府新闻办公室  发布日期：2026-04-16 09:12  阅读次数：963",
        "4月15日上午，天水市人民政府新闻办公室召开2026年稳就业促就业工作新闻发布会。",
    ];
    let sorted = sort(&page);
    assert_eq!(sorted.title.as_deref(), Some(page[7]));
    assert_eq!(sorted.kept, vec![9]);
    // The session's day is not the page's.
    assert_eq!(sorted.date.as_deref(), Some("2026-04-16"));
}

#[test]
fn a_line_of_short_items_set_apart_by_arrows_is_a_breadcrumb() {
    let page = [
        "海口市人民政府网 > 新闻中心 > 新闻发布会",
        "海口市医疗卫生服务能力提升新闻发布会",
        "2026-04-22 16:48　来源：海口市人民政府新闻办公室",
        "4月22日上午，海口市人民政府新闻办公室举行新闻发布会，介绍全市医疗卫生服务能力提升情况。",
    ];
    let s = sort(&page);
    assert_eq!(s.title.as_deref(), Some(page[1]));
    assert_eq!(s.kept, vec![3]);
    // A comparison in the body is no breadcrumb.
    assert!(!is_breadcrumb("数据中心PUE值 > 1.5 的项目，不予审批。"));
}

#[test]
fn a_speech_is_titled_above_its_speaker_and_dated_by_its_page() {
    let page = [
        "在全市银发经济高质量发展推进会上的讲话",
        "南京市副市长\u{3000}陈立华",
        "（2026年2月27日）",
        "发布时间：2026-03-04 16:20\u{3000}\u{3000}信息来源：南京市民政局",
        "同志们：今天，我们召开全市银发经济高质量发展推进会，总结2025年工作，部署2026年重点任务。",
    ];
    let s = sort(&page);
    assert_eq!(s.title.as_deref(), Some(page[0]));
    assert_eq!(s.kept, vec![4]);
    assert_eq!(s.date.as_deref(), Some("2026-03-04"));
    let report = [
        "新县2026年政府工作报告",
        "2026-01-20 08:46　来源：新县人民政府网",
        "——2026年1月15日在新县第十七届人民代表大会第六次会议上",
        "新县人民政府代县长\u{3000}王建国",
        "各位代表：现在，我代表县人民政府向大会报告工作，请予审议。",
    ];
    assert_eq!(sort(&report).kept, vec![4]);
}

#[test]
fn a_joint_signature_and_a_disclosure_table() {
    let page = [
        "宁波市经济和信息化局关于组织开展数字化车间认定工作的通知",
        "索引号:\t113302/2024-00321\t主题分类:\t工业",
        "发布机构:\t宁波市经济和信息化局\t成文日期:\t2024-04-02",
        "发文字号:\t甬经信数〔2024〕12号\t发布日期:\t2024-04-03",
        "各区(县、市)经信局:现将有关事项通知如下,请认真组织申报。",
        "联系人:数字经济处 陈科,联系电话:0574-89186123",
        "宁波市经济和信息化局\u{3000}\u{3000}宁波市财政局",
        "2024年4月2日",
        "附件下载:",
        "附件1.docx",
        "相关文件",
        "宁波市制造业数字化改造三年行动方案",
    ];
    let s = sort(&page);
    assert_eq!(s.title.as_deref(), Some(page[0]));
    assert_eq!(s.kept, vec![4, 5, 6, 7]);
    assert_eq!(s.date.as_deref(), Some("2024-04-03"));
    assert_eq!(s.issuer.as_deref(), Some("宁波市经济和信息化局"));
}

#[test]
fn a_spaced_out_disclosure_table_gives_the_title_its_field_holds() {
    let page = [
        "索  引  号：000014349/2025-00046  主题分类：市场监管",
        "发文机关：南岭省人民政府办公厅  成文日期：2025年06月18日",
        "标    题：南岭省人民政府办公厅关于加快计量数字化转型的通知",
        "发文字号：南政办函〔2025〕46号  发布日期：2025年06月24日",
        "各市人民政府,省政府各部门:现将有关事项通知如下,请认真贯彻执行。",
    ];
    let s = sort(&page);
    assert_eq!(
        s.title.as_deref(),
        Some("南岭省人民政府办公厅关于加快计量数字化转型的通知")
    );
    assert_eq!(s.kept, vec![4]);
    assert_eq!(s.date.as_deref(), Some("2025-06-24"));
    assert_eq!(s.issuer.as_deref(), Some("南岭省人民政府办公厅"));
    assert_eq!(
        close_spaced_labels("索 引 号：1 标 题：通知"),
        "索引号：1 标题：通知"
    );
    assert_eq!(close_spaced_labels("大 中 小"), "大 中 小");
}

#[test]
fn a_press_release_underlines_its_headline_under_its_masthead() {
    let page = [
        "香港特别行政区政府 新闻公报",
        "房屋局公布简约公屋计划最新进展",
        "*****************",
        "房屋局今日公布简约公屋计划的最新进展,首批约600户已完成编配。",
        "2025年3月12日(星期三)",
    ];
    let s = sort(&page);
    assert_eq!(s.title.as_deref(), Some(page[1]));
    assert_eq!(s.masthead.as_deref(), Some("香港特别行政区政府"));
    assert_eq!(s.kept, vec![3]);
    assert_eq!(s.date.as_deref(), Some("2025-03-12"));
}

#[test]
fn a_press_release_masthead_heads_its_headline_without_an_underline() {
    let page = [
        "香港特别行政区政府\u{3000}新闻公报",
        "立法会十二题：公共图书馆智慧服务及文化场地智能化",
        "以下为今日（3月4日）在立法会会议上梁文广议员的提问和局长的书面答复：",
        "问题：",
        "近年，公共图书馆推出多项智慧服务，全港共有公共图书馆71间。",
    ];
    let s = sort(&page);
    assert_eq!(s.title.as_deref(), Some(page[1]));
    assert_eq!(s.kept, vec![2, 3, 4]);
    // The kind of page alone heads it too, blank lines apart.
    let page = [
        "新聞公報",
        " ",
        "立法會十二題：推動鄉郊旅遊及民宿發展",
        "以下是今日（三月十八日）在立法會會議上陳振英議員的提問和局長的書面答覆：",
        "問題：",
        "政府在推動鄉郊旅遊方面的開支及未來的具體目標為何，全港持牌民宿共有1200間。",
    ];
    let s = sort(&page);
    assert_eq!(s.title.as_deref(), Some(page[2]));
}

#[test]
fn an_unlabelled_organisation_field_names_the_issuer() {
    let page = [
        "关于做好申报工作的通知",
        "2025-02-20 16:42 某市工业和信息化局 浏览量:4096",
        "为支持企业加快技术改造,现将有关事项通知如下。",
    ];
    let s = sort(&page);
    assert_eq!(s.date.as_deref(), Some("2025-02-20"));
    assert_eq!(s.issuer.as_deref(), Some("某市工业和信息化局"));
}

#[test]
fn a_document_number_field_and_a_story_credit_are_furniture() {
    let page = [
        "成都市住房和城乡建设局关于做好2025年保障性租赁住房工作的通知",
        "发布时间:2025-02-18 来源:市住建局",
        "文号:成住建发〔2025〕9号",
        "各区(市)县住建部门:2025年全市计划筹集保障性租赁住房3万套(间),请抓好落实。",
        "(县农业农村局 王磊 文/图)",
    ];
    let s = sort(&page);
    assert_eq!(s.title.as_deref(), Some(page[0]));
    assert_eq!(s.kept, vec![3]);
}

#[test]
fn an_advert_between_pointers_in_the_body_goes() {
    let page = [
        "（七）健全运维管养机制。按照“谁所有、谁管护”的原则，明确海绵设施运维责任主体。",
        "三、进度安排",
        "→→ 海绵城市透水砖、透水混凝土一手货源，加微信：tsz-8866 获取最新报价 ←←",
        "（一）启动部署阶段（2026年7月至9月）。各区县（市）完成项目摸底。",
        "当前施工流程为：测量放线→开挖→铺设。",
    ];
    assert_eq!(sort(&page).kept, vec![0, 1, 3, 4]);
}

#[test]
fn adverts_widgets_and_a_last_numbered_section() {
    let page = [
        "重磅!湖北出台15条措施,支持“智改数转”",
        "原创 小经 湖北经信 2024-03-08 08:00 发表于湖北",
        "收录于合集 #政策解读 56个",
        "点击蓝字",
        "分享至:",
        "WhatsApp",
        "微信",
        "资金支持方面,对企业实施智能化改造项目给予补助,单个企业最高补助1000万元。",
        "★★★ 申报补贴找我们,咨询热线:400-861-2024 ★★★",
        "【延伸阅读】专精特新“小巨人”申报条件汇总",
        "图片",
        "▲资料图",
        "扫码加入政策交流群,第一时间获取申报通知>>",
        "问:何时开始执行?答:自2024年7月1日起施行。",
        "四、联系方式",
        "联系电话:0551-63538123",
        "相关附件:实施方案.pdf",
        "赞",
        "【我要打印】【关闭窗口】",
    ];
    let s = sort(&page);
    assert_eq!(s.title.as_deref(), Some(page[0]));
    assert_eq!(s.date.as_deref(), Some("2024-03-08"));
    assert_eq!(s.kept, vec![7, 13, 14, 15]);
}

#[test]
fn the_headline_is_above_its_subtitle_byline_and_deck() {
    let report = [
        "江州市人民政府工作报告",
        "——2024年1月16日在江州市第十七届人民代表大会第四次会议上",
        "江州市人民政府市长 周明远",
        "发布日期:2024-01-23 来源:江州市人民政府办公室",
        "各位代表:现在,我代表市人民政府,向大会报告政府工作,请予审议。",
    ];
    assert_eq!(sort(&report).title.as_deref(), Some(report[0]));
    let bulletin = [
        "南岭省2023年国民经济和社会发展统计公报",
        "南岭省统计局 国家统计局南岭调查总队",
        "2024年3月8日",
        "2023年,全省上下坚持稳中求进工作总基调,经济运行总体回升向好。",
    ];
    assert_eq!(sort(&bulletin).title.as_deref(), Some(bulletin[0]));
    let news = [
        "首页 > 新闻中心 > 园区动态",
        "青川经开区一季度招商引资实现“开门红”",
        "新签约项目42个 总投资386.5亿元",
        "2024-04-08 08:15 来源:临江日报",
        "今年一季度,青川经开区新签约项目42个,总投资386.5亿元,同比增长35%。",
    ];
    assert_eq!(sort(&news).title.as_deref(), Some(news[1]));
}

#[test]
fn a_subtitle_and_byline_below_the_metadata_are_header_lines_too() {
    let report = [
        "首页 > 政务公开 > 政府工作报告",
        "2025年江州市政府工作报告",
        "发布时间:2025-01-21 10:02 来源:江州市人民政府办公室",
        "【字体:大 中 小】 【打印】 【关闭】",
        "——2025年1月14日在江州市第十七届人民代表大会第五次会议上",
        "市长 陈 立",
        "各位代表:",
        "现在,我代表市人民政府,向大会报告工作,请予审议,并请市政协委员提出意见。",
    ];
    let s = sort(&report);
    assert_eq!(s.title.as_deref(), Some(report[1]));
    assert_eq!(s.kept, vec![6, 7]);
    assert_eq!(s.date.as_deref(), Some("2025-01-21"));
    let above = [
        "江州市人民政府工作报告",
        "——2024年1月16日在江州市第十七届人民代表大会第四次会议上",
        "江州市人民政府市长 周明远",
        "发布日期:2024-01-23 来源:江州市人民政府办公室",
        "各位代表:现在,我代表市人民政府,向大会报告政府工作,请予审议。",
    ];
    let s = sort(&above);
    assert_eq!(s.kept, vec![4]);
    assert_eq!(s.date.as_deref(), Some("2024-01-23"));
}

#[test]
fn a_newspaper_article_reprinted_under_a_breadcrumb_of_arrows() {
    let page = [
        "人民网 >> 人民日报 >> 2025年03月11日 >> 第04版:要闻",
        "加快补齐县乡充电短板——",
        "多地充电网络向县域乡村延伸",
        "本报记者 丁 怡 刘 涛",
        "春节假期,家住浙江省安吉县的村民潘建国,在村口新建的充电站给自家新能源汽车充电。",
        "专家表示,农村地区充电基础设施仍有较大提升空间,要加快补齐短板。",
        "《 人民日报 》( 2025年03月11日 第 04 版)",
        "(责编:王震、牛镛)",
    ];
    let s = sort(&page);
    assert_eq!(s.title.as_deref(), Some(page[2]));
    assert_eq!(s.kept, vec![4, 5]);
    assert_eq!(s.date.as_deref(), Some("2025-03-11"));
    assert_eq!(s.removed[1], (Why::Title, 1));
    // An advert's trailing arrows are no breadcrumb.
    assert!(!is_breadcrumb("扫码加入政策交流群,第一时间获取申报通知>>"));
}

#[test]
fn an_official_notice_issuing_a_plan() {
    let page = [
        "丰原市人民政府办公室关于印发丰原市农业强市行动方案的通知",
        "丰政办发〔2024〕9号",
        "各县(市、区)人民政府,市政府各部门:",
        "《丰原市农业强市行动方案》已经市政府同意,现印发给你们,请认真贯彻执行。",
        "丰原市人民政府办公室",
        "2024年4月12日",
        "丰原市农业强市行动方案",
        "为加快建设农业强市,结合我市实际,制定本方案。到2027年,建成高标准农田235万亩。",
        "一、总体要求",
        "坚持农业农村优先发展,加快建设农业强市。",
        "二、主要目标",
        "到2027年,粮食总产量稳定在130万吨以上。",
    ];
    let s = sort(&page);
    assert_eq!(s.title.as_deref(), Some(page[0]));
    assert_eq!(s.kept, (2..12).collect::<Vec<_>>());
    assert_eq!(s.date.as_deref(), Some("2024-04-12"));
    assert_eq!(s.issuer.as_deref(), Some("丰原市人民政府办公室"));
}

#[test]
fn a_row_of_controls_or_a_breadcrumb_is_never_the_headline() {
    let page = [
        "当前位置:首页 > 政务公开 > 政策文件",
        "宁川市人民政府办公室关于印发宁川市算力设施建设方案的通知",
        "发布时间:2024-03-18 10:32    来源:宁川市人民政府办公室",
        "【字体:大 中 小】    分享到:微信 微博 QQ空间",
        "宁政办发〔2024〕12号",
        "各县(区)人民政府,市政府各部门:现将方案印发给你们,请认真贯彻落实。",
    ];
    let s = sort(&page);
    assert_eq!(s.title.as_deref(), Some(page[1]));
    assert_eq!(s.kept, vec![5]);
    let crumbs_over_table = [
        "您当前的位置:首页 > 政务公开 > 政策文件",
        "索引号:003147423/202406-00012",
        "宁川市人民政府办公室关于加快充电设施建设的实施意见",
        "各县(区)人民政府,市政府各部门:现提出如下实施意见,请认真贯彻执行。",
    ];
    assert_eq!(
        sort(&crumbs_over_table).title.as_deref(),
        Some(crumbs_over_table[2])
    );
    // A row of controls spaced apart, under the breadcrumb.
    let controls = [
        "主页 > 新闻公报 > 按日浏览 > 2026年6月17日",
        "列印本页    电邮本页    分享",
        "立法会五题：都市固体废物收费及减废回收",
        "*************************************",
        "以下为今日在立法会会议上议员的提问和环境及生态局局长的书面答复：",
    ];
    assert_eq!(sort(&controls).title.as_deref(), Some(controls[2]));
    // A headline may open with a control's word, not in its form.
    let page = [
        "关闭退出落后煤矿工作方案印发实施",
        "发布时间:2024-03-18",
        "各地要加强组织领导,确保各项任务落到实处。",
    ];
    assert_eq!(sort(&page).title.as_deref(), Some(page[0]));
}

#[test]
fn under_a_breadcrumb_and_its_metadata_a_lead_in_or_a_section_is_body() {
    for first in [
        "近日,市工业和信息化局就企业咨询的政策问题统一进行解答:",
        "一、总体要求",
    ] {
        let page = [
            "当前位置:首页 > 政策解读 > 正文",
            "时间:2024-03-08 来源:本站 浏览次数:1024",
            first,
            "各地要加强组织领导,确保各项任务落到实处。",
        ];
        let s = sort(&page);
        assert_eq!(s.title, None, "{first}");
        assert_eq!(s.kept, vec![2, 3], "{first}");
    }
}

#[test]
fn a_page_opening_with_its_headline_and_no_metadata_is_titled_by_it() {
    let page = [
        "鄂尔多斯市氢能产业高质量发展规划(2024—2030年)",
        "氢能是未来国家能源体系的重要组成部分,是用能终端实现绿色低碳转型的重要载体。",
        "第一章 发展基础",
    ];
    let s = sort(&page);
    assert_eq!(s.title.as_deref(), Some(page[0]));
    assert_eq!(s.kept, vec![1, 2]);
}

#[test]
fn a_legislatures_paper_may_set_its_headline_over_its_committee() {
    let page = [
        "推展「海綿城市」及藍綠建設的最新進展",
        "立法會發展事務委員會討論文件",
        "目的",
        "1. 本文件旨在向委員匯報政府推展「海綿城市」及藍綠建設的最新進展，以及未來數年的工作計劃。",
    ];
    let s = sort(&page);
    assert_eq!(s.title.as_deref(), Some(page[0]));
    assert!(!s.kept.contains(&0));
}

#[test]
fn a_legislatures_paper_is_titled_under_its_number_committee_and_meeting() {
    let page = [
        "立法会CB(1)412/2026(03)号文件",
        "立法会房屋事务委员会",
        "2026年3月2日会议",
        "讨论文件",
        "公营房屋供应最新情况及「简约公屋」推展进度",
        "目的",
        "1. 本文件向委员汇报未来十年公营房屋供应的最新情况、公屋轮候时间的最新数字，以及「简约公屋」项目的推展进度。",
    ];
    let s = sort(&page);
    assert_eq!(s.title.as_deref(), Some(page[4]));
    assert_eq!(s.date.as_deref(), Some("2026-03-02"));
    assert_eq!(s.kept, vec![5, 6]);
    // Without the meeting and the kind.
    let page = [page[0], page[1], page[4], page[5], page[6]];
    let s = sort(&page);
    assert_eq!(s.title.as_deref(), Some(page[2]));
    assert_eq!(s.kept, vec![3, 4]);
    // Without a number: the committee heads it; a brief opens with its
    // file reference and kind.
    let page = [page[1], page[2], page[3], page[4]];
    let s = sort(&page);
    assert_eq!(s.title.as_deref(), Some(page[1]));
    let brief = [
        "档号：HHB CR 1/3231/26",
        "立法会参考资料摘要",
        "《2026年基层医疗健康条例草案》",
        "引言",
        "1. 在2026年6月16日的会议上，行政会议建议，行政长官指令，应向立法会提交条例草案。",
    ];
    let s = sort(&brief);
    assert_eq!(s.title.as_deref(), Some(brief[2]));
    // A file reference's numbers are no date.
    let paper = [
        "檔號：TC CR 2/5/2026",
        "立法会经济发展事务委员会",
        "推动夜间经济及文旅消费的最新进展",
        "1. 本文件向委员汇报政府推动夜间经济的最新工作进展。",
    ];
    assert_eq!(sort(&paper).date, None);
}

#[test]
fn a_name_field_titles_the_page_and_its_publication_date_wins() {
    let page = [
        "索 引 号:003147423/202406-00012          信息分类:交通运输",
        "发布机构:宁川市人民政府办公室              生成日期:2024-05-30",
        "文    号:宁政办〔2024〕15号                  发布日期:2024-06-07",
        "名    称:宁川市人民政府办公室关于加快充电设施建设的实施意见",
        "宁川市人民政府办公室关于加快充电设施建设的实施意见",
        "各县(区)人民政府,市政府各部门:现提出如下实施意见,请认真贯彻执行。",
    ];
    let s = sort(&page);
    assert_eq!(
        s.title.as_deref(),
        Some("宁川市人民政府办公室关于加快充电设施建设的实施意见")
    );
    assert_eq!(s.date.as_deref(), Some("2024-06-07"));
    assert_eq!(s.kept, vec![5]);
}

#[test]
fn an_end_mark_a_time_stamp_and_a_back_link_close_the_page() {
    let page = [
        "房屋局公布简约公屋计划最新进展",
        "*****************",
        "房屋局今日公布简约公屋计划的最新进展,首批约600户已完成编配。",
        "房屋局发言人补充,政府目标在2027年或之前设置不少于20个社区服务设施。",
        "完",
        "2025年3月12日(星期三)",
        "香港时间16时05分",
        "返回",
    ];
    let s = sort(&page);
    assert_eq!(s.kept, vec![2, 3]);
    assert_eq!(s.date.as_deref(), Some("2025-03-12"));
    for mark in ["(完)", "-完-", "【全文完】", "END", "NNNN"] {
        assert!(END_MARK.is_match(mark), "{mark}");
    }
    for text in ["完善", "完成", "返回原籍"] {
        assert!(!END_MARK.is_match(text) && !LONE_WIDGET.is_match(text));
    }
    assert!(!is_metadata("9:00 报到"));
}

#[test]
fn a_breadcrumb_opening_with_a_government_site_names_the_page_owner() {
    let page = [
        "澳门特别行政区政府入口网站 > 新闻 > 经济",
        "经科局公布经济适度多元发展规划中期评估",
        "发布日期:2024-09-12 17:45    来源:经济及科技发展局",
        "经济及科技发展局今日公布规划实施情况中期评估报告,本澳经济结构持续优化。",
    ];
    let s = sort(&page);
    assert_eq!(s.title.as_deref(), Some(page[1]));
    assert_eq!(s.masthead.as_deref(), Some("澳门特别行政区政府"));
}

#[test]
fn a_taiwan_page_is_dated_in_the_roc_calendar_and_its_furniture_goes() {
    let page = [
        "首页 > 新闻与公告 > 本署新闻",
        "经济部能源署:112年再生能源发电量创新高 太阳光电累计装置容量突破1,200万瓩",
        "发布日期:113-03-20",
        "更新日期:113-03-21",
        "点阅次数:2,148",
        "[ 友善列印 ]  [ 回上一页 ]  分享至:Facebook  LINE  X",
        "经济部能源署今(20)日公布112年再生能源发电统计,再生能源发电量创历年新高。",
        "新闻联络人:能源署再生能源组 陈建宏 科长",
        "联络电话:(02)2775-7758",
        "地址:10492台北市中山区复兴北路2号13楼 总机:(02)2772-1370 最佳浏览解析度 1280x1024",
    ];
    let s = sort(&page);
    assert_eq!(s.title.as_deref(), Some(page[1]));
    assert_eq!(s.kept, vec![6]);
    assert_eq!(s.date.as_deref(), Some("2024-03-20"));
    assert!(s.roc_dated);
    let linked = [
        "经济部能源署今(20)日公布112年再生能源发电统计,再生能源发电量创历年新高。",
        "相关连结",
        "我国再生能源推动成果",
    ];
    assert_eq!(sort(&linked).kept, vec![0]);
}

#[test]
fn a_wechat_account_promotes_itself_around_the_article() {
    let page = [
        "【重磅】嘉兴出台促消费“20条”!这些补贴和你有关→",
        "原创 嘉兴发布 嘉兴发布 2025年03月06日 18:30 浙江",
        "👆点击上方蓝字,关注我们",
        "3月6日,记者从市政府新闻发布会获悉,若干措施日前正式印发,推出20条具体举措。",
        "对新引进的全国首店、省级首店,分别给予最高50万元、20万元一次性奖励。",
        "点击“阅读原文”,查看《若干措施》全文",
        "😊 投稿邮箱:jxfb2025@163.com",
        "🔥 周末去哪儿?嘉兴这些地方免费开放",
        "继续滑动看下一个",
    ];
    assert_eq!(sort(&page).kept, vec![3, 4]);
    for header in ["— 推荐阅读 —", "喜欢此内容的人还喜欢"] {
        let page = [
            "3月6日,记者从市政府新闻发布会获悉,若干措施日前正式印发,推出20条具体举措。",
            header,
            "刚刚!嘉兴最新通知",
            "嘉兴新增3家国家级绿色工厂!有你家附近的吗?",
        ];
        assert_eq!(sort(&page).kept, vec![0], "{header}");
    }
    // Inside the body an emoji may lead a heading.
    let page = [
        "3月6日,记者从市政府新闻发布会获悉,若干措施日前正式印发,推出20条具体举措。",
        "📌 汽车消费",
        "对在我市购买新能源乘用车并上牌的个人消费者,按车辆价格分档给予补贴。",
    ];
    assert_eq!(sort(&page).kept, vec![0, 1, 2]);
}

#[test]
fn a_visitor_count_a_landline_a_link_list_and_policy_links_go() {
    let page = [
        "长照服务涵盖率逾八成 长照3.0规划115年上路",
        "发布日期:113-10-15",
        "浏览人次:2,318",
        "卫生福利部今(15)日举行记者会,说明长照2.0推动成果与长照3.0规划方向。",
        "新闻联络人:长期照顾司 林科长",
        "电话:(02)8590-7166",
        "相关连结:长照专区 长照服务资源地理地图",
        "隐私权政策 | 资讯安全政策 | 政府网站资料开放宣告",
    ];
    let s = sort(&page);
    assert_eq!(s.kept, vec![3]);
    assert!(is_contact("联系人:王磊 0571-85252301"));
    // Inside the body a related label may open a sentence.
    let body = [
        "各地要加强组织领导,确保各项任务落到实处。",
        "相关文件:请各单位对照执行",
        "各地要加强统筹协调,压实工作责任,确保各项目标按期完成。",
    ];
    assert_eq!(sort(&body).kept, vec![0, 1, 2]);
}

#[test]
fn an_roc_date_is_read_only_where_a_label_or_minguo_says_so() {
    let roc = |line| roc_dates(line).map(|(_, d)| d).collect::<Vec<_>>();
    assert_eq!(roc("发布日期:113-03-20"), ["2024-03-20"]);
    assert_eq!(roc("更新时间: 113/3/21 10:05"), ["2024-03-21"]);
    assert_eq!(roc("中华民国99年12月1日"), ["2010-12-01"]);
    for line in [
        "发布日期:2024-03-20",
        "发布日期:24-03-20",
        "2024年3月20日",
        "第113-03-20号",
        "截至112年底",
    ] {
        assert!(roc(line).is_empty(), "{line}");
    }
    let gregorian = sort(&[
        "发布时间:2024-03-20",
        "各地要加强组织领导,确保各项任务落到实处。",
    ]);
    assert!(!gregorian.roc_dated);
}

#[test]
fn an_interpretation_page_with_its_field_rows_and_other_versions() {
    let page = [
        "首页 > 政务公开 > 政策解读",
        "《江州市2025年促进外贸稳规模优结构若干措施》政策解读",
        "信息来源:江州市商务局  发布时间:2025-03-12 09:30  浏览次数:812",
        "解读机构:江州市商务局外贸处  解读人:李明  联系电话:0791-8612345",
        "相关文件:江州市商务局关于印发若干措施的通知(原文)",
        "近日,江州市商务局印发《若干措施》。为便于企业理解政策内容,现解读如下。",
        "答:对年出口额首次突破1000万美元的企业,给予一次性奖励20万元。",
        "【一图读懂】江州市2025年促进外贸若干措施",
        "相关解读:",
        "· 【图解】外贸企业奖励申领流程  2025-03-12",
        "· 关于外贸奖励申报有关问题的答复  2025-03-01",
    ];
    let s = sort(&page);
    assert_eq!(s.title.as_deref(), Some(page[1]));
    assert_eq!(s.kept, vec![5, 6]);
    assert_eq!(s.date.as_deref(), Some("2025-03-12"));
    // One field, or fields in a sentence, are no row.
    assert!(!is_field_row("各县(区)人民政府,市政府各部门:"));
    assert!(!is_field_row("时间:3月1日。地点:市民中心。"));
    assert!(is_field_row("解读人:李明  联系电话:0791-8612345"));
    assert!(is_field_row("内容概述：\t经县十八届人大五次会议审议批准。"));
}

#[test]
fn an_app_prompt_an_original_headline_and_a_row_of_reactions_go() {
    let page = [
        "江州出台方案推动低空经济发展 2027年规模力争超500亿元",
        "2025-06-18 09:47  来源:新华社",
        "打开APP,阅读体验更佳",
        "原标题:江州:2027年低空经济规模力争超500亿元",
        "新华社江州6月17日电 记者17日获悉,江州市近日印发低空经济行动方案。",
        "市民可打开“i江州”APP,在首页“低空服务”专区查询航线,也可拨打热线咨询。",
        "举报 / 反馈   收藏   点赞 128",
    ];
    let s = sort(&page);
    assert_eq!(s.title.as_deref(), Some(page[0]));
    assert_eq!(s.kept, vec![4, 5]);
    assert!(is_control_row("分享 | 收藏 | 评论 36"));
    assert!(is_control_row("文字实录 图片直播 相关报道"));
    assert!(LONE_WIDGET.is_match("视频回放"));
    assert!(LONE_WIDGET.is_match("本场发布会视频回放时长 58:12"));
    // Links set apart by wide gaps, and nothing else.
    assert!(is_link_row("视频回放    图文直播"));
    assert!(is_link_row("今日新闻\u{3000}上一则新闻\u{3000}下一则新闻"));
    assert!(!is_link_row("一、总体要求"));
    assert!(!is_link_row("指标  2024年完成  2025年目标"));
    assert!(!is_link_row(
        "推进绿色制造体系建设    加快建设绿色工厂和绿色园区"
    ));
    assert!(FARM_LEDE.is_match("【导读】本文为大家整理了官方解读，建议家长收藏！"));
    assert!(FARM_SUMMARY.is_match("【导语】本文是为大家整理的工作总结，仅供参考，欢迎阅读！"));
    assert!(FARM_SUMMARY.is_match("【小编导读】本文是关于森林防火通知的范文，仅供参考。"));
    assert!(WIDGET.is_match("复制全文　下载本文（Word版）　本文需要VIP会员才能下载"));
    assert!(FARM_LEDE.is_match("本文是为大家整理的工作总结，仅供参考，欢迎阅读！"));
    assert!(FARM_LEDE.is_match("【温馨提示】为方便读者阅读，本站已为部分多音字加注拼音。"));
    assert!(!FARM_LEDE.is_match("本站点监测数据显示，全年优良天数比例为92.3%。"));
    assert!(is_link_line(
        "原文链接：江苏省人民政府关于推进智能化改造的通知"
    ));
    assert!(!is_link_line("原文件第三条规定的链接方式不再适用。"));
    assert!(is_link_line(
        "政策原文：佛山市人民政府网站 http://www.foshan.gov.cn/zwgk/zcjd/content/post_6543210.html"
    ));
    assert!(RIGHTS_NOTICE.is_match(
        "本文整理自黄山市林业局网站公开信息，仅作学习资料整理之用，数据以官方发布为准。"
    ));
    assert!(RIGHTS_NOTICE.is_match("原文发布于市林业局网站，如需引用请以官方发布版本为准。"));
    assert!(RIGHTS_NOTICE.is_match("以下文章来源于天津民政 ，作者市民政局"));
    assert!(RIGHTS_NOTICE.is_match("（本文由赣州市教育局办公室供稿）"));
    assert!(!RIGHTS_NOTICE.is_match("本文由市教育局供稿，经审核后发布在各校网站。"));
    assert!(RIGHTS_NOTICE
        .is_match("本文转载自常州市住房和城乡建设局官网，如涉及版权问题，请联系本站删除。"));
    assert!(ACCOUNT_BIO
        .is_match("栾川县文化广电和旅游局官方公众号，发布栾川文旅资讯、景区动态、惠民活动。"));
    assert!(!ACCOUNT_BIO.is_match("也可关注“栾川文旅”微信公众号，点击菜单栏进入领取页面。"));
    assert!(ACCOUNT_BIO.is_match("吉林省人民政府新闻办公室官方微信。权威发布省政府重要信息。"));
    assert!(ACCOUNT_BIO.is_match("合肥市人民政府新闻办公室官方微信"));
    assert!(!ACCOUNT_BIO.is_match("据“健康中国”官方微信，截至12月31日，全国已建成…"));
    assert!(
        CALL_TO_ACTION.is_match("你心中理想的儿童友好城市是什么样的？欢迎在留言区分享你的想法！")
    );
    assert!(RELATED.is_match("今日新闻稿"));
    assert!(!RIGHTS_NOTICE.is_match("最终认定结果以省工业和信息化厅公布为准。"));
    assert!(RIGHTS_NOTICE.is_match(
        "以上内容以山西省发展和改革委员会官网发布版本为准，原文链接：http://fgw.shanxi.gov.cn/"
    ));
    assert!(RIGHTS_NOTICE.is_match("以上为个人整理的解读要点，申报请以发布的申报指南为准。"));
    assert!(RIGHTS_NOTICE.is_match("*本文最后更新于 2025-04-12，如内容有误，欢迎在评论区指出。*"));
    assert!(RIGHTS_NOTICE.is_match(
        "（本文根据财政司司长2026年2月25日在立法会发表的财政预算案演辞整理，如有错漏，以政府公布的版本为准。）"
    ));
    assert!(RIGHTS_NOTICE.is_match("以上内容以连云港市人民政府网站发布版本为准。"));
    assert!(RIGHTS_NOTICE.is_match(
        "12月24日，省人大常委会会议听取了省人民政府关于整改情况的报告。现将报告全文刊发如下。"
    ));
    assert!(!RIGHTS_NOTICE.is_match("现将有关事项通知如下。"));
    assert!(WIDGET.is_match("【大】【中】【小】 分享：Facebook WhatsApp Telegram 复制连结"));
    assert!(RELATED.is_match("▌延伸阅读"));
    assert!(RELATED.is_match("今日其他新闻公报："));
    assert!(RELATED.is_match("相关政策解读"));
    assert!(AD_LABEL.is_match("【商铺招商】老城十字街临街旺铺火热招租，面积20—300平方米！"));
    assert!(RELATED.is_match("相关新闻公报"));
    assert!(RELATED.is_match("【苍溪县2025年乡村振兴工作总结及2026年工作打算】相关文章："));
    assert!(!RELATED.is_match("【乡村振兴】相关文章指出，全县新建园区11个。"));
    assert!(RELATED.is_match("同日其他新闻公报"));
    assert!(RELATED.is_match("今日新闻公报"));
    assert!(RIGHTS_NOTICE
        .is_match("本文转载自微信公众号「晋江公安」，原标题《…》，著作权归原作者所有。"));
    assert!(CALL_TO_ACTION
        .is_match("*整理：苗岭山人｜欢迎关注公众号「苗岭山人」，扫码获取更多非遗资讯*"));
    assert!(is_red_header("婺 源 县 人 民 政 府 办 公 室 文 件"));
    assert!(is_red_header("赣州市卫生健康委员会　　　文件"));
    assert!(CAPTION.is_match("*图：“嘉兴文化云”平台首页*"));
    assert!(CAPTION.is_match("相片：房屋局举行新闻发布会（1/3）"));
    assert!(LONE_WIDGET.is_match("English | 繁體 | 简体"));
    assert!(CAPTION.is_match("发布会现场。记者 孙晓明 摄"));
    assert!(CAPTION.is_match("发布会现场 （省政府新闻办 供图）"));
    assert!(CAPTION.is_match("▲在消费帮扶年货节现场，市民选购协作地区农特产品。（记者 王炎 摄）"));
    assert!(!CAPTION.is_match("在消费帮扶年货节现场，市民选购协作地区农特产品。（记者 王炎 摄）"));
    assert!(!CAPTION.is_match("记者从市统计局获悉，全市粮食产量再创新高。"));
    assert!(CONTROL_FORM.is_match("字型大小： A A A"));
    assert!(WIDGET.is_match("[大  | 中  | 小] [打印] [关闭]"));
    assert!(!WIDGET.is_match("大中小学生体质健康达标率达到95%"));
    assert!(!is_header_line("发布地点：省政府新闻发布厅"));
    assert!(DOC_NUMBER_LINE.is_match("（元政办发〔2026〕9号）"));
    assert!(is_metadata("房屋局2026-02-26 18:05新闻编号：N26BZa7Kc3"));
    assert!(COPYRIGHT.is_match("您是本站第 3826541 位访问者 建议使用1280×800以上分辨率浏览"));
    assert!(COPYRIGHT.is_match("政府新闻处设计及管理 最近修订日期：2026年4月22日"));
    assert!(RIGHTS_NOTICE
        .is_match("文件全文请见大连市人民政府网站“政府文件”栏目，以正式发布文本为准。"));
    assert!(CALL_TO_ACTION.is_match("↓↓↓ 关注“安徽生活网”公众号，第一时间获取合肥民生资讯 ↓↓↓"));
    assert!(CALL_TO_ACTION.is_match("赏坚持原创技术分享，您的支持将鼓励我继续创作！"));
    assert!(CALL_TO_ACTION.is_match("▲点击“在看”，分享给更多朋友"));
    // WeChat's closing request for its 在看 button, however it is put.
    assert!(CALL_TO_ACTION.is_match("喜欢就点个“在看”吧"));
    assert!(CALL_TO_ACTION.is_match("觉得有用就点亮在看"));
    assert!(!CALL_TO_ACTION.is_match("喜欢在看书的孩子越来越多。"));
    assert!(AD_LABEL.is_match("【广告】社区食堂、托育园输出 ☎ 400-816-2025"));
    assert!(AD_LABEL
        .is_match("（广告）海洋牧场项目申报代办、海域使用论证一站式服务，咨询电话：0535-6213888"));
    assert!(is_metadata("（原标题：合肥已建成社区嵌入式服务设施286个）"));
    assert!(TEASER.is_match("图解：一图读懂《无锡市集成电路产业若干政策》"));
    assert!(!TEASER.is_match("图解说明了三个方面的内容。"));
    assert!(is_metadata("本文作者： 数字政策笔记"));
    for text in ["128 456", "评论员 文章", "举报电话 12345"] {
        assert!(!is_control_row(text), "{text}");
    }
}

#[test]
fn a_markdown_end_mark_and_emoji_at_either_end_are_decoration() {
    for mark in [r"*\- END -*", "**— 完 —**", "_END_"] {
        assert!(END_MARK.is_match(mark), "{mark}");
    }
    assert_eq!(without_decoration("一起来看!👇"), "一起来看!");
    assert_eq!(without_decoration("点赞支持 👍❤️"), "点赞支持");
    assert_eq!(
        without_decoration("▍抱团发展，强村公司成为“主引擎”"),
        "抱团发展，强村公司成为“主引擎”"
    );
    assert_eq!(
        without_decoration("👏👏 截至目前,我区累计培育58家。"),
        "截至目前,我区累计培育58家。"
    );
    // Arrows and signs stay: they are text.
    for line in ["这些补贴和你有关→", "品牌名称®", "共计30家。", "→ 下一步"]
    {
        assert_eq!(without_decoration(line), line);
    }
}

#[test]
fn a_closing_sentence_that_gives_a_phone_number_is_body() {
    let page = [
        "市经发局今(2)日宣布,住宅太阳光电设置补助即日起受理申请,每案最高补助15万元。",
        "相关申请表件可至市经发局官方网站“最新消息”专区下载,或洽询经发局能源科(04)2228-9111分机31520。",
        "联系人:能源科 王科长  电话:(04)2228-9111",
        "如需代办,请联系王经理,微信13391219793。",
    ];
    let s = sort(&page);
    assert_eq!(s.kept, vec![0, 1]);
    // A field label opening it makes a long line a contact block.
    assert!(is_contact(
        "电话:0571-85252301,欢迎来电咨询有关申报事宜,工作日上午九点至下午五点均可受理,节假日除外,敬请留意。"
    ));
    assert!(!is_contact(
        "申报材料可至市经发局官方网站专区下载,工作日上午九点至下午五点均可受理,或拨打0571-85252301咨询。"
    ));
    // A closing remark that names a channel is the transcript's body.
    assert!(!is_contact(
        "由于时间关系，今天的提问就到这里。会后，有关部门还将通过“西安发布”微信公众号及时发布有关政策解读。今天的新闻发布会到此结束，谢谢大家！"
    ));
    assert!(is_contact("关注微信公众号：江州发布"));
    // So is one that sends the audience to the official channels.
    let page = [
        "今年我们把领券、用券的流程进一步简化。",
        "感谢各位发布人，感谢各位记者朋友。消费券领取和使用的具体规则，请以“西安发布”和“西安文旅”官方平台发布的信息为准。今天的新闻发布会到此结束，谢谢大家！",
        "仅作学习资料整理之用，数据以官方发布为准。",
    ];
    assert_eq!(sort(&page).kept, vec![0, 1]);
}

#[test]
fn a_date_line_with_its_publishers_and_buttons_dates_the_page() {
    let page = [
        "江州市统计局",
        "当前位置:首页 >> 统计数据 >> 统计公报",
        "2025年江州市国民经济和社会发展统计公报",
        "2026-03-20  江州市统计局 国家统计局江州调查队  【大 中 小】【打印】",
        "全年全市居民人均可支配收入50512元,增长5.0%。",
        "本网站支持IPv6",
    ];
    let s = sort(&page);
    assert_eq!(s.title.as_deref(), Some(page[2]));
    assert_eq!(s.date.as_deref(), Some("2026-03-20"));
    assert_eq!(s.kept, vec![4]);
    // A date among words that are no publishers is a line of the body.
    assert!(!is_metadata(
        "2026-03-20 全市召开统计工作会议 部署第五次全国经济普查工作"
    ));
    let ipv6 = [
        "全市加快推进网络基础设施建设,新建5G基站3200个。",
        "全市加快IPv6规模部署和应用,政务网站IPv6支持率达到100%。",
    ];
    assert_eq!(sort(&ipv6).kept, vec![0, 1]);
}

#[test]
fn an_attachment_link_with_its_size_goes_and_prose_about_one_stays() {
    let page = [
        "全市环境空气质量优良天数为351天,优良天数比率为95.9%。",
        "说明:本公报数据来源于市生态环境监测中心,具体见附件。",
        "附件:2024年江州市生态环境状况公报.pdf(2.3MB)",
        "附件:申请书.docx (48 KB)",
    ];
    assert_eq!(sort(&page).kept, vec![0, 1]);
    assert!(!ATTACHMENT.is_match("有关材料详见附件,请各单位于3月底前报送。"));
    assert!(ATTACHMENT.is_match("长照3.0计划核定本(PDF) 2.8MB"));
}

#[test]
fn the_publication_date_wins_over_the_date_a_document_was_issued() {
    let page = [
        "索引号:11410225/2025-00128  主题分类:农业",
        "发布机构:江州县人民政府办公室  发文日期:2025年03月19日",
        "江州县人民政府办公室关于印发人居环境整治方案的通知",
        "发布时间:2025-03-21 10:32  来源:县政府办公室",
        "各乡镇人民政府:《方案》已经县政府同意,现印发给你们,请认真贯彻执行。",
        "江州县人民政府办公室",
        "2025年3月19日",
    ];
    assert_eq!(sort(&page).date.as_deref(), Some("2025-03-21"));
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
    // A cooperative signs its own summary.
    let page = [
        "（七）推进全面从严治党。为全市农业农村现代化作出新的更大贡献。",
        "汉川市供销合作社",
        "2026年11月16日",
        "上一篇：市供销合作社召开2026年秋冬农资保供稳价工作会议",
        "【打印此页】　【关闭窗口】",
    ];
    let s = sort(&page);
    assert_eq!(s.kept, vec![0, 1, 2]);
    assert_eq!(s.issuer.as_deref(), Some("汉川市供销合作社"));
}

#[test]
fn an_advert_with_its_number_is_no_headline_and_a_labelled_pitch_goes_with_its_contacts() {
    let page = [
        "当前位置：首页 > 新能源资讯 > 政策法规 > 正文",
        "百色市人民政府办公室关于印发风电光伏项目建设三年行动方案的通知",
        "时间：2026-08-05 09:14　作者：admin　来源：百色市人民政府网",
        "【新能源招商】光伏电站、风电场EPC总包，工商业屋顶光伏合作开发，电话：138-7762-0415（同微信）",
        "百政办发〔2026〕23号",
        "经市人民政府同意，现将《行动方案》印发给你们，请认真贯彻执行。",
        "16.本政策措施自2026年9月1日起施行，有效期至2028年12月31日。",
        "【招商热线】济南高新区标准厂房、研发楼出租出售，手续齐全，欢迎来电咨询！",
        "电话：0531-88776655　微信：jnzs2026（同号）　联系人：王经理",
        "【职业培训招生】电工证、焊工证、叉车证、育婴员，包教包会，考试通过率高!",
        "咨询电话:13985016721(王老师)  微信同号:gzpx0851",
    ];
    let s = sort(&page);
    assert_eq!(s.title.as_deref(), Some(page[1]));
    assert_eq!(s.kept, vec![5, 6]);
    // One with its number in its own line goes between the body's lines.
    let page = [
        "现将有关事项通知如下，请各单位认真组织申报。",
        "【企业服务】专业代办算力券申报、高新技术企业认定，成功率高，咨询电话：0851-85561234 微信：gzzcfw2026",
        "各地要加强组织领导，确保各项措施落地见效。",
    ];
    assert_eq!(sort(&page).kept, vec![0, 2]);
    // A notice's own contact sentence, or its labelled field, stays over
    // its number.
    for field in [
        "【联系方式】申报中如有疑问，请与市人社局职业能力建设处联系。",
        "【办理地点】市政务服务中心二楼",
    ] {
        let page = [
            "现将有关事项通知如下，请各单位认真组织申报。",
            field,
            "联系电话：0851-85551234",
        ];
        assert_eq!(sort(&page).kept, vec![0, 1], "{field}");
    }
}

#[test]
fn a_signature_with_an_injected_pair_still_signs() {
    // The injector's pair after the date or after the name over it.
    for (name, date, day) in [
        ("杨场镇人民政府", "2026年1月6日比一", "2026-01-06"),
        ("柳州市人民政府办公室想吃", "2026年3月6日", "2026-03-06"),
    ] {
        let page = [
            "各村(社区):",
            "现将全年工作总结报告如下,请认真贯彻落实,确保各项工作按期完成。",
            name,
            date,
        ];
        let s = sort(&page);
        assert_eq!(s.kept, vec![0, 1, 2, 3], "{name} {date}");
        let signed = name.trim_end_matches("想吃");
        assert_eq!(s.issuer.as_deref(), Some(signed));
        assert_eq!(s.date.as_deref(), Some(day));
    }
    // A date that says what was done on it is a record's, not a signature's.
    let page = [
        "现将全年工作总结报告如下,请认真贯彻落实,确保各项工作按期完成。",
        "柳州市人民政府办公室",
        "2026年3月6日印发",
    ];
    let s = sort(&page);
    assert_eq!(s.issuer, None);
    assert!(!s.kept.contains(&2));
    // Nor does a byline's name over a date sign.
    let page = [
        "现将全年工作总结报告如下,请认真贯彻落实,确保各项工作按期完成。",
        "某市统计局供稿",
        "2026年3月6日",
    ];
    assert_eq!(sort(&page).issuer, None);
}

#[test]
fn a_papers_header_is_no_headline_and_its_title_may_stand_over_a_heading() {
    let page = [
        "立法会文化体育及旅游事务委员会",
        "2026年6月9日会议",
        "讨论文件",
        "推动文化旅游消费的最新措施",
        "目的",
        "1. 本文件旨在向委员简介政府推动文化旅游消费的最新措施，以及计划的推行情况。",
    ];
    let s = sort(&page);
    assert_eq!(s.title.as_deref(), Some("推动文化旅游消费的最新措施"));
    assert_eq!(s.kept, vec![4, 5]);
    // Without the header, the title stands right over the first heading.
    let s = sort(&page[3..]);
    assert_eq!(s.title.as_deref(), Some("推动文化旅游消费的最新措施"));
    assert_eq!(s.kept, vec![1, 2]);
}

#[test]
fn adverts_calls_and_notes_of_a_repost_go_whatever_their_shape() {
    let page = [
        "云南省农村供水保障工作新闻发布会实录",
        "原创 云南发布 云南发布 2026年09月16日 19:05 云南",
        "▲点击上方视频，回看发布会精彩瞬间",
        "9月16日下午，云南省人民政府新闻办公室召开新闻发布会，介绍全省农村供水保障工作有关情况。",
        "【项目申报代理】现代农业产业园、农业产业强镇项目申报,专业编写可研报告、实施方案。",
        "【免费咨询】心理咨询师、家庭教育指导师培训报名中,名额有限!",
        "工业厂房 | 标准厂房 | 仓库出租出售，欢迎来电咨询！",
        "截至今年8月底，全省累计建成农村集中供水工程6.28万处，农村自来水普及率达到92.3%。",
        "本文转自云南省水利厅官网，原文发布于2026年9月16日。",
        "[PDF 版本 (412 KB)]　[返回页首]",
        "点个在看,分享给更多人↓",
    ];
    assert_eq!(sort(&page).kept, vec![3, 7]);
    // A label telling of a service, and a news story's last words,
    // are the page's own.
    let page = [
        "某区2026年惠民实事",
        "【免费体检】65岁以上老年人每年可享受一次免费健康体检，全年计划服务老年人3.2万人。",
        "志愿者们表示，将把学到的急救知识分享给更多人。",
    ];
    assert_eq!(sort(&page).kept, vec![1, 2]);
    // Under an advert's contact line, a pitch asking for calls goes, with
    // or without an exclamation.
    let page = [
        "嘉兴市城市更新三年行动计划",
        "到2028年，全市累计完成城镇老旧小区改造600个。",
        "本计划自印发之日起实施。",
        "产业招商/厂房土地租售",
        "招商热线：0573-82217766　　微信：jxcy2026（同手机号）",
        "嘉兴南湖高新区 标准厂房 1000-5000平方米 可分割出租 欢迎来电咨询",
    ];
    assert_eq!(sort(&page).kept, vec![1, 2]);
}

#[test]
fn a_note_in_brackets_is_no_headline_and_a_department_signs() {
    assert!(super::headline::is_bracketed("(中文譯本)"));
    assert!(super::headline::is_bracketed("（征求意见稿）"));
    assert!(!super::headline::is_bracketed("(一)加强组织领导(牵头单位)"));
    assert!(!super::headline::is_bracketed("加強高層樓宇消防安全的措施"));
    assert!(is_signatory("消防處"));
    assert!(is_signatory("市财政局 保安局 规划处"));
    assert!(is_signatory("茶山街道退役军人服务站"));
    // A paper's header in traditional script, judged before t2s.
    assert!(PAPER_NUMBER.is_match("立法會CB(2)512/2025-26(04)號文件"));
    assert!(PAPER_OPENER.is_match("立法會福利事務委員會"));
    assert!(PAPER_HEADER.is_match("討論文件"));
    assert!(PAPER_HEADER.is_match("2026年6月9日會議"));
}

#[test]
fn a_link_and_a_pitch_with_a_wechat_id_go_from_the_body() {
    let page = [
        "各区县(市)农业农村局：",
        "为贯彻落实有关要求，持续推进化肥农药减量增效，现将实施方案印发给你们，请认真组织实施。",
        ">>点击查看：2026年最新农资补贴政策汇总（附申报流程）",
        "(一)深化测土配方施肥。全年采集土壤样品3200个，开展田间肥效试验45个，更新发布施肥指导意见。",
        "农资招商：诚招各区县代理商，联系人王经理 电话：0737-6889123 微信：nz_yiyang88",
        "(二)推广机械施肥和水肥一体化。以南县、沅江市为重点，集成推广水稻侧深施肥技术。",
        // (A notice's own pointer to its account sells nothing.)
        "详情可关注微信号：jxzs2026，了解最新招商优惠政策。",
        "农技员培训考证，全程代办，包过！联系微信：nongji666（备注：培训）",
        "(三)加强组织保障。各地要明确责任分工，确保各项措施落到实处。",
    ];
    assert_eq!(sort(&page).kept, vec![0, 1, 3, 5, 6, 8]);
}

#[test]
fn a_written_answer_opens_with_its_headline_over_the_sentence_introducing_it() {
    let page = [
        "立法会十题：推动氢能发展及加氢站建设",
        "以下是今日（七月八日）在立法会会议上黄俊贤议员的提问和环境及生态局局长的书面答复：",
        "问题：",
        "政府于2024年6月公布《香港氢能发展策略》，提出四大策略推动氢能发展。",
    ];
    let sorted = sort(&page);
    assert_eq!(sorted.title.as_deref(), Some(page[0]));
    assert_eq!(sorted.kept, vec![1, 2, 3]);
}

#[test]
fn a_link_to_a_reading_of_the_document_after_the_body_goes() {
    let page = [
        "丽水市人民政府办公室关于印发丽水市山洪灾害监测预警能力提升行动方案的通知",
        "发布时间：2026-04-16 15:32 来源：市政府办公室",
        "各县（市、区）人民政府，市政府直属各单位：现将《行动方案》印发给你们，请认真贯彻执行。",
        "丽水市人民政府办公室",
        "2026年4月10日",
        "【政策解读】《丽水市山洪灾害监测预警能力提升行动方案（2026—2028年）》政策解读",
    ];
    let sorted = sort(&page);
    assert_eq!(sorted.kept, vec![2, 3, 4]);
}

#[test]
fn a_numbered_note_naming_its_sources_stays() {
    let page = [
        "2025年无锡市文化创意产业园区发展统计公报",
        "发布时间：2026-04-16　　来源：无锡市统计局",
        "2025年末，全市共有市级以上文化创意产业园区52家。",
        "注释：",
        "6．资料来源：园区数据来自市统计局调查；著作权数据来自市版权局。",
        "版权所有：无锡市统计局　苏ICP备05012345号",
    ];
    assert_eq!(sort(&page).kept, vec![2, 3, 4]);
}

#[test]
fn a_files_reference_over_its_date_is_no_headline() {
    let page = [
        "立法會CB(4)215/2026(03)號文件",
        "檔號:CB4/PL/FSEH",
        "發出日期:2026年5月28日",
        "立法會食物安全及環境衞生事務委員會",
        "推動魚塘養殖尾水處理及可持續水產養殖發展",
        "目的",
        "1.本文件旨在向委員簡介政府推動魚塘養殖尾水處理的工作進展，並就未來工作方向徵詢委員意見。",
    ];
    assert_eq!(sort(&page).title.as_deref(), Some(page[4]));
}

#[test]
fn a_press_releases_headline_stands_under_its_masthead_and_fields() {
    let page = [
        "台北市政府新闻稿",
        "发布机关：台北市政府都市发展局",
        "发布日期：2026年3月5日",
        "新闻联络人：住宅企划科 林佩君科长　联络电话：(02)2720-8889 转 8421",
        "北市社会住宅加速推动 今年新开工3,200户 「只租不售」照顾青年与弱势家庭",
        "一、台北市政府今（5）日召开市政会议，由都市发展局提出「台北市社会住宅兴办计划（2026—2029年）」执行情形报告。",
    ];
    let s = sort(&page);
    assert_eq!(
        s.title.as_deref(),
        Some("北市社会住宅加速推动 今年新开工3,200户 「只租不售」照顾青年与弱势家庭")
    );
    assert_eq!(s.kept, vec![5]);
}
