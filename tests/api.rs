//! The Rust API as a user meets it: spans, lengths, options, limits, user words.

mod common;

use common::{assert_spans_match, js_slice, shared};
use textrank_zh::{Error, Options, Summarizer, UserWord};

fn opts(f: impl FnOnce(&mut Options)) -> Options {
    let mut o = Options::default();
    f(&mut o);
    o
}

/// The summary's sentences at `n`, after checking that each span slices back to its text.
fn picks(text: &str, n: usize) -> Vec<String> {
    let r = shared().summarize(text, &opts(|o| o.sentences = Some(n))).unwrap();
    assert_spans_match(text, &r);
    r.sentences.into_iter().map(|s| s.text).collect()
}

/// Every sentence the summary may take (`ratio` 1), spans checked: what is read as text.
fn every_sentence(text: &str) -> Vec<String> {
    let r = shared().summarize(text, &opts(|o| o.ratio = Some(1.0))).unwrap();
    assert_spans_match(text, &r);
    r.sentences.into_iter().map(|s| s.text).collect()
}

const NEWS: &str = "国务院日前印发关于深入实施人工智能行动的意见。\
意见提出，到2027年，人工智能与六大重点领域广泛深度融合。\
国家发展改革委有关负责人表示，人工智能技术正在加速迭代演进。\
专家认为，人工智能应用将带动产业升级和就业结构变化。\
各地将因地制宜推动人工智能应用落地，形成工作合力。";

#[test]
fn spans_are_utf16_even_after_astral_chars() {
    // Emoji and a CJK Extension B char before the text shift UTF-16 and byte offsets differently.
    let input = format!("😀𠀀\n\n{NEWS}");
    let r = shared().summarize(&input, &opts(|o| o.sentences = Some(5))).unwrap();
    assert_eq!(r.sentences.len(), 5);
    assert_spans_match(&input, &r);
    assert_eq!(js_slice(&input, r.sentences[0].start, r.sentences[0].end), "国务院日前印发关于深入实施人工智能行动的意见。");
    assert_eq!(r.sentences[0].start, 2 + 2 + 2);
}

#[test]
fn no_break_spaces_read_as_spaces_and_spans_keep_them() {
    // Copied web pages carry U+00A0: the staff line is still a credit, and the sentences
    // slice back to the text as pasted.
    let input = "市区新增公交线路3条\n\n\u{a0}\u{a0}记者从市交通局获悉，市区将新增公交线路3条，方便市民\n\u{a0}出行。\n\n新线路将于下月1日开通，票价2元。\n\n责编：周丽\u{a0}\u{a0}审核：王浩";
    let r = shared().summarize(input, &opts(|o| o.sentences = Some(5))).unwrap();
    let texts: Vec<&str> = r.sentences.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(texts, ["记者从市交通局获悉，市区将新增公交线路3条，方便市民出行。", "新线路将于下月1日开通，票价2元。"]);
    assert_spans_match(input, &r);
    // So do the zero-width spaces between a page's buttons.
    let input = "为什么年轻人越来越不愿意生孩子？\n关注问题\u{200b}写回答\n\n成本、预期和观念三件事叠在一起，年轻人才不愿意生。\n\n\u{200b}赞同 2351\u{200b}　\u{200b}187 条评论　\u{200b}分享　\u{200b}收藏";
    let r = shared().summarize(input, &opts(|o| o.ratio = Some(1.0))).unwrap();
    let texts: Vec<&str> = r.sentences.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(texts, ["为什么年轻人越来越不愿意生孩子？", "成本、预期和观念三件事叠在一起，年轻人才不愿意生。"]);
    assert_spans_match(input, &r);
    // Next to a line break an invisible space is still no whitespace of the sentence's text,
    // and its words keep their places (these once cut a char in two).
    for input in [
        "\n0\r\n\u{feff}（责任编辑：张伟）𞹴",
        "人工智能技术加速迭代演进，\r\n\u{feff}aA໐",
        "国家发展改革委\r\n\u{200b}（NDRC）发布数据，图形处理器\n\u{2060}（GPU）需求旺盛。",
    ] {
        let r = shared().summarize(input, &opts(|o| o.ratio = Some(1.0))).unwrap();
        assert_spans_match(input, &r);
    }
}

#[test]
fn the_largest_counts_are_valid() {
    // Every keyword and keyphrase there is, with no overflow on the way.
    let r = shared().summarize(NEWS, &opts(|o| (o.keywords, o.keyphrases) = (usize::MAX, usize::MAX))).unwrap();
    assert!(!r.keywords.is_empty());
    let k = shared().keywords(NEWS, &opts(|o| o.keywords = usize::MAX)).unwrap();
    assert_eq!(k.keywords, r.keywords);
}

#[test]
fn a_name_the_segmenter_cuts_apart_is_one_keyword() {
    let words = |text: &str| -> Vec<String> { shared().keywords(text, &Options::default()).unwrap().keywords.into_iter().map(|k| k.word).collect() };
    let kremlin = "俄罗斯总统新闻秘书佩斯科夫3日表示，外国军队在乌克兰部署是“不可接受的”。佩斯科夫称，西方讨论“安全保证”是在拖延和平进程。据塔斯社报道，佩斯科夫还表示，俄方愿意继续谈判。";
    let k = words(kremlin);
    assert!(k.contains(&"佩斯科夫".to_string()) && !k.contains(&"斯科夫".to_string()), "{k:?}");
    let match_report = "中国选手王楚钦以4:2逆转日本选手张本智和，晋级决赛。首局比赛，张本智和发球抢攻得手。第四局，张本智和一度领先，王楚钦连得4分。张本智和赛后表示，对手发挥出色。";
    let k = words(match_report);
    assert!(k.contains(&"张本智和".to_string()) && !k.contains(&"张本智".to_string()), "{k:?}");
    // No function word is taken in: a word always after 据 or before 称 or 和 is whole already.
    for (text, word) in [
        ("据警方通报，一男子在商场内持刀伤人。据警方介绍，伤者已送医救治。据警方透露，嫌疑人已被控制。", "警方"),
        ("小米公司称，新款手机将于下月发布。对此，小米公司称将加大投入。小米公司称，销量创新高。", "小米公司"),
        ("学校和家长要加强沟通。学校和社会要形成合力。学校和老师要关注学生心理健康。", "学校"),
    ] {
        let k = words(text);
        assert!(k.contains(&word.to_string()), "{word}: {k:?}");
    }
    // The surname of an anonymised name is none; a place before `某` stays.
    let k = words("浙江某高校一名研究生日前在实验室受伤。据悉，浙江某高校已成立调查组。浙江某高校相关负责人表示，将全力配合调查。");
    assert!(k.contains(&"浙江".to_string()), "{k:?}");
    let verdict = "深圳市中级人民法院对被告人陈某某等17人组织、领导传销活动一案进行一审宣判，判处被告人陈某某有期徒刑十二年。法院经审理查明，被告人陈某某等人以“数字藏品共享平台”为名发展会员。";
    let k = words(verdict);
    assert!(k.iter().all(|w| !w.ends_with('陈')), "{k:?}");
    // A dictionary word keeps its place words apart, and a count's unit stays with its number.
    let study = "本研究纳入2型糖尿病患者1286例。2型糖尿病患者中，病程较长者并发症多。2型糖尿病患者中，血糖控制差者风险高。";
    let k = words(study);
    assert!(k.iter().all(|w| !w.starts_with('型') && !w.ends_with('中')), "{k:?}");
}

#[test]
fn a_number_s_unit_and_the_verb_that_quotes_it_are_no_part_of_a_keyword() {
    let words = |text: &str| -> Vec<String> { shared().keywords(text, &Options::default()).unwrap().keywords.into_iter().map(|k| k.word).collect() };
    let fx = "中国外汇交易中心26日公布，人民币对美元中间价报7.0856，较前一交易日调升42个基点。当日人民币对欧元中间价报8.2135。在岸人民币对美元16时30分收盘报7.0712，创一年来新高。分析人士认为，年末企业结汇需求集中，人民币汇率或延续偏强格局。";
    let k = words(fx);
    assert!(k.contains(&"中间价".to_string()), "{k:?}");
    assert!(k.iter().all(|w| !w.ends_with('报') && !w.starts_with('较')), "{k:?}");
    let lottery = "中国福利彩票双色球游戏第2025136期开奖结果揭晓。本期红球号码为03、08、15、22、27、31，蓝球号码为09。第2025136期开奖后，奖池资金累计达25.6亿元。当期全国销量为3.6亿元，彩民可凭彩票到指定地点兑奖。";
    let k = words(lottery);
    assert!(k.contains(&"开奖".to_string()) && !k.contains(&"期开奖".to_string()), "{k:?}");
    // An earnings line's profit is one term, with no condition glued to it.
    let earnings = "拼多多集团发布第三季度财报。财报显示，公司营收1082.8亿元，同比增长9%；Non-GAAP下归母净利润为313.8亿元，同比增长14%。归母净利润超出市场预期，拼多多美股盘前上涨。";
    let k = words(earnings);
    assert!(k.contains(&"归母净利润".to_string()) && k.iter().all(|w| w != "下归母" && w != "归母"), "{k:?}");
    // A vegetable's name stays whole before its price.
    let market = "海口市平价菜供应点今日上海青3元一斤，大白菜2元一斤。上海青3元一斤的限价，比市场价低三成。市民说，上海青便宜了，每天都来买。";
    let k = words(market);
    assert!(k.contains(&"上海青".to_string()), "{k:?}");
}

#[test]
fn a_leader_s_name_is_the_keyword_not_the_title_or_the_call() {
    let words = |text: &str| -> Vec<String> { shared().keywords(text, &Options::default()).unwrap().keywords.into_iter().map(|k| k.word).collect() };
    let call = "习近平同法国总统马克龙通电话\n\n新华社北京11月28日电 国家主席习近平28日晚同法国总统马克龙通电话。\n\n习近平指出，中法都是具有独立自主传统的大国。中法应当加强战略沟通，推动中欧关系健康稳定发展。\n\n马克龙表示，法方愿同中方加强在气候变化、人工智能等领域合作。";
    let k = words(call);
    assert!(k.contains(&"马克龙".to_string()) && k.contains(&"习近平".to_string()), "{k:?}");
    // Not `法国总统马克龙`, `马克龙通电话`, `通电话`, nor the fragments `晚同` (`28日晚同`) and `愿同`.
    assert!(k.iter().all(|w| !w.contains("马克龙") || w == "马克龙"), "{k:?}");
    assert!(k.iter().all(|w| !w.contains("电话") && !w.ends_with('同')), "{k:?}");
    // A foreign name the text gives once is whole too (not `斯科夫`, `莱维`, `连斯基`).
    let once = "俄罗斯总统普京18日同美国总统特朗普通电话，双方讨论了乌克兰问题。俄罗斯总统普京表示，俄方愿意继续对话。美国总统特朗普称通话富有成效。克里姆林宫发言人佩斯科夫说，两国总统同意保持联系。白宫新闻秘书莱维特表示，特朗普将与乌克兰总统泽连斯基会面。";
    let k = words(once);
    for name in ["佩斯科夫", "莱维特", "泽连斯基"] {
        assert!(k.contains(&name.to_string()), "{name}: {k:?}");
    }
    assert!(k.iter().all(|w| !["斯科夫", "莱维", "连斯基"].contains(&w.as_str())), "{k:?}");
    // Market news: the stock connects and the flows are whole terms, their verbs no keywords.
    let close = "A股三大指数集体收涨\n\n11月27日，A股三大指数集体收涨。北向资金全天净买入63.28亿元，其中沪股通净买入41.05亿元，深股通净买入22.23亿元。东方财富成交额居两市首位。北向资金已连续5日净买入。";
    let k = words(close);
    for term in ["沪股通", "深股通", "北向资金"] {
        assert!(k.contains(&term.to_string()), "{term}: {k:?}");
    }
    assert!(k.iter().all(|w| !["股通净", "通净", "居两市", "净买入", "收涨"].contains(&w.as_str())), "{k:?}");
    // Before a common word a title makes a term.
    let vote = "韩国总统选举投票今天举行。韩国总统选举共有7名候选人。分析人士认为，本次总统选举结果将影响韩国外交政策。";
    let k = words(vote);
    assert!(k.contains(&"总统选举".to_string()), "{k:?}");
}

#[test]
fn a_speech_s_applause_and_its_translator_are_no_keywords() {
    let speech = "在2025世界智能产业博览会开幕式上的致辞\n\n首先，我代表天津市人民政府，向各位嘉宾表示热烈的欢迎！（掌声）\n\n近年来，天津人工智能核心产业规模突破千亿元。（掌声）\n\n本届博览会共有520余家企业参展。（掌声）\n\n谢谢大家！（热烈掌声）\n\n译者：刘宇\n编辑：董静";
    let r = shared().summarize(speech, &opts(|o| o.sentences = Some(10))).unwrap();
    let k: Vec<&str> = r.keywords.iter().map(|k| k.word.as_str()).collect();
    assert!(k.iter().all(|w| !w.contains("掌声") && *w != "刘宇" && *w != "译者"), "{k:?}");
    assert!(r.sentences.iter().all(|s| !s.text.contains("掌声") && !s.text.contains("刘宇")), "{:?}", r.sentences);
    assert_spans_match(speech, &r);
    // Its salutation is no summary sentence either.
    let speech = "在2025世界智能产业博览会开幕式上的致辞\n\n尊敬的各位嘉宾，\n女士们，先生们，朋友们：\n\n金秋时节，我们相聚在美丽的海河之滨，共同出席2025世界智能产业博览会。近年来，天津人工智能核心产业规模突破千亿元。";
    let r = shared().summarize(speech, &opts(|o| o.sentences = Some(2))).unwrap();
    assert!(r.sentences.iter().all(|s| !s.text.contains("尊敬的")), "{:?}", r.sentences);
}

#[test]
fn a_numbered_part_s_head_is_no_summary_sentence_but_a_numbered_item_may_be() {
    let notice = "教育部：确保中小学生每天综合体育活动时间不低于2小时\n\n近日，教育部办公厅印发通知，要求确保中小学生每天综合体育活动时间不低于2小时。\n\n二、主要举措\n（一）开齐开足上好体育课。义务教育阶段学校要确保小学一二年级每周4节体育课。\n（二）保障课间活动时间。推行课间15分钟，不得压缩、挤占课间休息时间。\n\n（三）丰富课后体育服务。\n学校课后服务要以体育活动为主要内容，每周不少于3次。";
    let r = shared().summarize(notice, &opts(|o| o.sentences = Some(4))).unwrap();
    let texts: Vec<&str> = r.sentences.iter().map(|s| s.text.as_str()).collect();
    assert!(texts.iter().all(|t| !t.starts_with('（')), "{texts:?}");
    assert_spans_match(notice, &r);
    let tips = "创业者的七条建议\n\n1.选择合适的联合创始人。2.开发能快速生钱的商业模式。3.削减个人开支。4.在办公方面节省成本。";
    let r = shared().summarize(tips, &opts(|o| o.sentences = Some(2))).unwrap();
    assert_eq!(r.sentences.len(), 2, "{:?}", r.sentences);
    // An item is shown without its number, and its span leaves the number out too.
    assert!(r.sentences.iter().all(|s| ["选择合适", "开发能快", "削减个人", "在办公方"].iter().any(|w| s.text.starts_with(w))), "{:?}", r.sentences);
    assert_spans_match(tips, &r);
}

#[test]
fn news_that_only_looks_like_page_furniture_stays_news() {
    let picks = |text: &str, n: usize| -> Vec<String> {
        shared().summarize(text, &opts(|o| o.sentences = Some(n))).unwrap().sentences.into_iter().map(|s| s.text).collect()
    };
    for (text, sentence) in [
        ("上海国际电影节开幕\n\n第27届上海国际电影节今晚开幕。本届电影节共收到报名影片3800余部。", "第27届上海国际电影节今晚开幕。"),
        (
            "某乳企发布声明\n\n郑重声明：本公司从未授权任何机构以本公司名义开展集资活动，请市民提高警惕。",
            "郑重声明：本公司从未授权任何机构以本公司名义开展集资活动，请市民提高警惕。",
        ),
        (
            "电子社保卡可在微信申领\n\n即日起市民可通过微信申领电子社保卡。\n\n打开微信，点击“我”—“服务”，选择“电子社保卡”即可领取。",
            "打开微信，点击“我”—“服务”，选择“电子社保卡”即可领取。",
        ),
        ("老舍手稿入藏国家图书馆\n\n记者了解到，该批手稿已被国家图书馆收藏。手稿由老舍家属无偿捐赠。", "记者了解到，该批手稿已被国家图书馆收藏。"),
        (
            "巴西南部暴雨致30人死亡\n\n当地时间27日，巴西南部遭遇强降雨。\n\n路透社消息，巴西总统卢拉表示，联邦政府将向灾区提供紧急援助。",
            "路透社消息，巴西总统卢拉表示，联邦政府将向灾区提供紧急援助。",
        ),
        ("清华大学发布研究生招生简章\n\n清华大学官网消息，该校2026年拟招收硕士研究生3500人。", "清华大学官网消息，该校2026年拟招收硕士研究生3500人。"),
        ("春节惠民措施\n\n1.景区门票半价。\n2.公交免费乘坐。\n3.博物馆延长开放时间。\n此外，市文旅局还将组织200余场文艺演出。", "博物馆延长开放时间。"),
        ("市图书馆推出“无证借阅”服务\n\n本文经市图书馆授权转载的数据显示，新服务上线一个月，借阅量增长了35%。\n\n市图书馆馆长表示，下一步将在全市分馆推广这一服务。", "本文经市图书馆授权转载的数据显示，新服务上线一个月，借阅量增长了35%。"),
        ("经研究决定，2026年元旦放假1天，1月1日（星期四）放假，1月2日正常上班\n市人力资源和社会保障局　2025年12月20日\n\n请各单位提前做好节日期间安全生产和值班工作。", "经研究决定，2026年元旦放假1天，1月1日（星期四）放假，1月2日正常上班"),
        ("前三季度全市经济运行情况发布\n\n市统计局26日发布前三季度全市经济运行情况。\n\n一、全市GDP增长5.6%。前三季度，全市实现地区生产总值6820亿元。", "全市GDP增长5.6%。"),
        ("《长河落日》定档12月6日\n\n电影《长河落日》26日宣布定档12月6日。\n\n导演：刘子谦 | 主演：张译、周冬雨 | 这部电影讲述了一名中国记者在战火中坚守岗位的故事，拍摄历时三年\n\n片方表示，影片将在全国同步上映。", "导演：刘子谦 | 主演：张译、周冬雨 | 这部电影讲述了一名中国记者在战火中坚守岗位的故事，拍摄历时三年"),
        ("在全市科技创新大会上的讲话\n\n过去五年，全市研发投入年均增长15%。\n\n（全场鼓掌通过）\n\n大会审议通过了《关于加快建设科技创新中心的决定》。", "（全场鼓掌通过）"),
        (
            "工业增加值增长6.1%\n\n国家统计局  11月14日发布数据显示，规模以上工业增加值同比增长  6.1%，\n比1－9月份回落0.1个百分点。",
            "国家统计局  11月14日发布数据显示，规模以上工业增加值同比增长  6.1%，比1－9月份回落0.1个百分点。",
        ),
    ] {
        let got = picks(text, 10);
        assert!(got.iter().any(|s| s.starts_with(sentence)), "{sentence}: {got:?}");
    }
    let words = |text: &str| -> Vec<String> { shared().keywords(text, &Options::default()).unwrap().keywords.into_iter().map(|k| k.word).collect() };
    let k = words("欧洲天然气价格上涨\n\n受寒潮影响，欧洲天然气价格26日大幅上涨。分析人士指出，乌克兰因过境协议到期停止输送天然气，加剧了能源紧张。");
    assert!(k.iter().all(|w| w != "乌克兰因"), "{k:?}");
    let k = words("作家刘同新书首发\n\n作家刘同新作十周年纪念版26日在北京首发。作家刘同表示，这本书累计销量超过300万册。");
    assert!(k.iter().any(|w| w.contains("刘同")), "{k:?}");
    let k = words("律所开业\n\n金杜律师事务所上海分所今天开业。律师事务所负责人表示，律师事务所将服务长三角企业。");
    assert!(k.iter().any(|w| w.contains("律师事务所")), "{k:?}");
}

#[test]
fn a_correction_is_summarized_by_what_it_corrects_and_a_museum_caption_only_fills_in() {
    let note = "更正\n\n本报11月25日第6版刊发的《城东片区旧改项目启动签约》一文中，“涉及居民2380户”应为“涉及居民3280户”。特此更正，并向读者致歉。";
    let r = shared().summarize(note, &opts(|o| o.sentences = Some(1))).unwrap();
    assert!(r.sentences[0].text.contains("应为"), "{:?}", r.sentences);
    let review = "故宫“汉唐丝路文物特展”开幕\n\n鎏金铜蚕，汉代，陕西历史博物馆藏。\n\n“万里同风：汉唐丝路文物特展”15日在故宫博物院开幕，展出来自全国21家文博机构的238件（套）文物。展览分为四个单元，以时间为线索，勾勒汉唐中西交流图景。";
    let r = shared().summarize(review, &opts(|o| o.sentences = Some(2))).unwrap();
    assert!(r.sentences.iter().all(|s| !s.text.contains("馆藏")), "{:?}", r.sentences);
}

#[test]
fn a_cms_s_nbsp_entities_are_no_part_of_a_sentence() {
    let input = "西湖景区10月1日起实施新停车收费标准\n\n2025-09-05 09:31:22&nbsp;&nbsp;来源：杭州日报&nbsp;&nbsp;作者：陈佳妮\n\n&nbsp;&nbsp;&nbsp;&nbsp;记者昨天从杭州市发改委获悉，西湖景区将于10月1日起执行新的停车收费标准。\n\n&nbsp;\n\n&nbsp;&nbsp;&nbsp;&nbsp;目前，西湖景区周边已设置11处停车换乘点。";
    let r = shared().summarize(input, &opts(|o| o.sentences = Some(5))).unwrap();
    let texts: Vec<&str> = r.sentences.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(texts, ["记者昨天从杭州市发改委获悉，西湖景区将于10月1日起执行新的停车收费标准。", "目前，西湖景区周边已设置11处停车换乘点。"]);
    assert_spans_match(input, &r);
}

#[test]
fn text_mends_column_break_but_span_keeps_original() {
    let input = "国务院印发意见。有助于推动人\n\n工智能赋能高质量发展。Java\n7.0 版本发布了新的特性。";
    let r = shared().summarize(input, &opts(|o| o.sentences = Some(3))).unwrap();
    let texts: Vec<&str> = r.sentences.iter().map(|s| s.text.as_str()).collect();
    assert!(texts.contains(&"有助于推动人工智能赋能高质量发展。"), "{texts:?}");
    assert_spans_match(input, &r);
}

#[test]
fn empty_and_whitespace_input_give_an_empty_result() {
    for input in ["", "   ", "\n\n\u{3000}\t\r\n"] {
        let r = shared().summarize(input, &Options::default()).unwrap();
        assert!(r.sentences.is_empty() && r.keywords.is_empty() && r.keyphrases.is_empty() && r.stories.is_empty(), "{input:?}");
    }
}

#[test]
fn sentence_count_ratio_and_zero() {
    let s = |o: Options| shared().summarize(NEWS, &o).unwrap().sentences.len();
    assert_eq!(s(opts(|o| o.sentences = Some(2))), 2);
    assert_eq!(s(opts(|o| o.sentences = Some(0))), 0);
    assert_eq!(s(opts(|o| o.sentences = Some(99))), 5, "never more than there are");
    assert_eq!(s(opts(|o| o.ratio = Some(0.5))), 3, "ceil(0.5 x 5)");
    assert_eq!(s(opts(|o| o.ratio = Some(0.01))), 1, "at least one");
}

#[test]
fn max_chars_is_never_exceeded() {
    for cap in [1, 20, 30, 60, 200] {
        let r = shared().summarize(NEWS, &opts(|o| o.max_chars = Some(cap))).unwrap();
        let total: usize = r.sentences.iter().map(|s| s.text.chars().count()).sum();
        assert!(total <= cap, "{total} > {cap}");
        if cap == 1 {
            assert!(r.sentences.is_empty(), "no sentence fits: the summary is empty");
        }
        if cap >= 30 {
            assert!(!r.sentences.is_empty(), "a sentence fits in {cap}");
        }
    }
}

#[test]
fn a_char_budget_is_filled_with_the_best_sentences_not_with_fillers() {
    let seed = common::SEED;
    let texts = |cap: usize| -> Vec<String> {
        let r = shared().summarize(seed, &opts(|o| (o.ratio, o.max_chars) = (Some(1.0), Some(cap)))).unwrap();
        r.sentences.into_iter().map(|s| s.text).collect()
    };
    // A post's 140 chars: each story's best sentence, and then nothing, since the next best
    // does not fit; not the lead's rhetorical question or the fourth of a list.
    let post = texts(140);
    assert_eq!(post.len(), 3, "{post:?}");
    assert!(post[0].starts_with("国务院日前印发") && post[1].starts_with("2025年上海合作组织峰会") && post[2].starts_with("安宁疗护实践"), "{post:?}");
    for cap in [140, 200, 280] {
        let got = texts(cap);
        assert!(!got.iter().any(|t| t == "为何印发意见？" || t.starts_with("四是")), "{cap}: {got:?}");
    }
    // 60 chars hold the two shorter of those three, and nothing else.
    let tight = texts(60);
    assert_eq!(tight, [post[0].clone(), post[1].clone()]);
}

#[test]
fn diversity_avoids_a_near_duplicate() {
    let text = "人工智能技术加速迭代演进，正在深刻改变经济社会。\
人工智能技术加速迭代演进，正在深刻改变经济社会各领域。\
安宁疗护指南完成修订，规范了安宁疗护实践行为。";
    let one_story = opts(|o| {
        o.sentences = Some(2);
        o.diversity = 0.9;
    });
    let r = shared().summarize(text, &one_story).unwrap();
    assert!(r.sentences.iter().any(|s| s.text.contains("安宁疗护")), "{:?}", r.sentences);
}

#[test]
fn bad_options_are_errors_that_name_the_option() {
    let err = |o: Options| shared().summarize(NEWS, &o).unwrap_err().to_string();
    assert!(err(opts(|o| o.window = 1)).contains("`window`"));
    assert!(err(opts(|o| o.diversity = f64::NAN)).contains("`diversity`"));
    assert!(err(opts(|o| o.ratio = Some(0.0))).contains("`ratio`"));
    assert!(err(opts(|o| {
        o.ratio = Some(0.5);
        o.sentences = Some(2)
    }))
    .contains("not both"));
}

#[test]
fn input_over_the_limit_is_an_error_that_says_so() {
    let e = shared().summarize(NEWS, &opts(|o| o.max_input_chars = 10)).unwrap_err();
    assert_eq!(e, Error::InputTooLong { chars: NEWS.chars().count(), limit: 10 });
    assert!(e.to_string().contains("too long"));
    // At the limit exactly it works.
    let n = NEWS.chars().count();
    assert!(shared().summarize(NEWS, &opts(|o| o.max_input_chars = n)).is_ok());
}

#[test]
fn extra_stop_words_remove_a_keyword() {
    let before = shared().keywords(NEWS, &Options::default()).unwrap();
    assert_eq!(before.keywords[0].word, "人工智能");
    let after = shared().keywords(NEWS, &opts(|o| o.stop_words = vec!["人工智能".into()])).unwrap();
    assert!(after.keywords.iter().all(|k| k.word != "人工智能"));
}

#[test]
fn user_words_join_a_new_term() {
    let text = "中试基地建设加快。各地布局中试基地。中试基地服务企业。";
    let plain = shared().keywords(text, &Options::default()).unwrap();
    let s = Summarizer::new().unwrap().with_user_words(&[UserWord { word: "布局中试".into(), freq: Some(100000), pos: Some("n".into()) }]).unwrap();
    let custom = s.keywords(text, &Options::default()).unwrap();
    assert_ne!(plain, custom);
    assert!(custom.keywords.iter().any(|k| k.word == "布局中试"), "{:?}", custom.keywords);
    assert!(Summarizer::new().unwrap().with_user_words(&[UserWord { word: "两 个".into(), freq: None, pos: None }]).is_err());
}

#[test]
fn keywords_match_the_summary_keywords() {
    let o = Options::default();
    let k = shared().keywords(NEWS, &o).unwrap();
    let r = shared().summarize(NEWS, &o).unwrap();
    assert_eq!(k.keywords, r.keywords);
    assert_eq!(k.keyphrases, r.keyphrases);
    let n = shared().keywords(NEWS, &opts(|o| o.keywords = 2)).unwrap();
    assert_eq!(n.keywords.len(), 2);
    assert_eq!(n.keyphrases, k.keyphrases, "keyphrases do not depend on the keywords count");
}

#[test]
fn per_story_gives_every_story_a_sentence() {
    let text = format!("{NEWS}\n\n\n\n安宁疗护实践以终末期患者和家属为中心。新版指南对症状控制进行了修订。");
    let on = shared().summarize(&text, &opts(|o| o.sentences = Some(2))).unwrap();
    let stories: Vec<usize> = on.sentences.iter().map(|s| s.story).collect();
    assert_eq!(stories, [0, 1]);
    let off = shared()
        .summarize(
            &text,
            &opts(|o| {
                o.sentences = Some(2);
                o.per_story = false
            }),
        )
        .unwrap();
    assert_eq!(off.sentences.len(), 2);
}

#[test]
fn a_repeated_sentence_is_picked_once() {
    let text = "人工智能正在改变世界。".repeat(1000);
    let r = shared().summarize(&text, &opts(|o| o.sentences = Some(3))).unwrap();
    assert_eq!(r.sentences.len(), 1);
    assert_eq!(r.sentences[0].index, 0);
}

#[test]
fn a_long_run_without_punctuation_is_one_sentence() {
    let text = "人工智能赋能千行百业".repeat(10_000);
    let r = shared().summarize(&text, &Options::default()).unwrap();
    assert_eq!(r.sentences.len(), 1);
    assert_eq!(r.sentences[0].text.chars().count(), 100_000);
    assert!(r.keywords.iter().any(|k| k.word.contains("人工智能")), "{:?}", r.keywords);
}

#[test]
fn a_list_is_not_picked_as_a_summary_sentence() {
    // The opening of a recipe feature (ThePaper, CLTS sample): the ingredient and step
    // lines hold the most keywords, but they are lists, not statements.
    let text = "当我们在讨论冬令进补时，你会想到什么？\
用了不少滋补品的膏方，还是经过漫长炖煮而成的羊肉煲？\
实际上，随着生活条件的改善，传统的厚重型滋补方式并不能覆盖所有人的需求，温和而清润的滋补法，有时候可能会更有效果。\
红枣黑芝麻粥，原料：大米、红枣、黑芝麻。\
做法：1、黑芝麻下锅用小火炒香后，将其打碎成粉末，备用；2、红枣洗净，备用；3、大米淘洗干净，用冷水浸泡半小时。\
白菜萝卜汤，原料：大白菜叶、白萝卜。\
做法：1、大白菜叶子洗净后切段，备用；2、白萝卜取中段，洗净后去皮切成萝卜条，备用；3、锅内入适量水，放入萝卜条。";
    let r = shared().summarize(text, &opts(|o| o.sentences = Some(2))).unwrap();
    for s in &r.sentences {
        assert!(!s.text.contains("原料：") && !s.text.contains("做法："), "list picked: {:?}", s.text);
    }
}

#[test]
fn fragments_are_picked_last_but_fill_what_was_asked() {
    let input = "人工智能发展迅速。专家认为这很重要。科技创新。";
    let r = shared().summarize(input, &opts(|o| o.sentences = Some(2))).unwrap();
    let texts: Vec<&str> = r.sentences.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(texts, ["人工智能发展迅速。", "专家认为这很重要。"]);
    let r = shared().summarize(input, &opts(|o| o.ratio = Some(1.0))).unwrap();
    assert_eq!(r.sentences.len(), 3);
    // A bracketed source or a cut-off clause is no sentence, even to fill in.
    let r = shared().summarize("人工智能发展迅速。专家认为这很重要。（南方日报）", &opts(|o| o.sentences = Some(3))).unwrap();
    assert_eq!(r.sentences.len(), 2);
    // A notice's closing words say nothing, even to fill in.
    let notice = "各单位将于本周五下午开展消防安全演练，请全体员工准时参加。演练期间电梯暂停使用。特此通知。";
    let r = shared().summarize(notice, &opts(|o| o.sentences = Some(3))).unwrap();
    assert_eq!(r.sentences.len(), 2, "{:?}", r.sentences);
    let r = shared().summarize("會議將於明天上午九點在三樓召開，請準時出席。謝謝大家！", &opts(|o| o.sentences = Some(2))).unwrap();
    assert_eq!(r.sentences.len(), 1, "{:?}", r.sentences);
    // So do a host's greeting, welcome and cue, and a notice's apology.
    let presser = "各位记者朋友，大家上午好！欢迎出席省政府新闻办新闻发布会。首先，请黄立新副厅长介绍情况。今年1至8月，全省规模以上工业增加值同比增长4.6%。其中，先进制造业增加值增长6.8%。给您带来的不便，敬请谅解。";
    let r = shared().summarize(presser, &opts(|o| o.sentences = Some(2))).unwrap();
    let texts: Vec<&str> = r.sentences.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(texts, ["今年1至8月，全省规模以上工业增加值同比增长4.6%。", "其中，先进制造业增加值增长6.8%。"]);
    // So do a transcript's greetings, thanks and introductions after their speakers.
    let talk = "早上好！今天是2025年6月3日，农历五月初八。一起来看今天的新闻早班车。\n主持人：各位网友下午好，欢迎来到今天的访谈。\n操作员：女士们、先生们，晚上好，欢迎参加远帆物流2025年第三季度业绩电话会议。\n目前所有参会者均处于只听模式，管理层发言结束后将进入问答环节。\n阿杰：我是阿杰。\n【郭明远】主持人好，各位网友好。\n王璐（投资者关系总监）：谢谢操作员。\n陈志远：谢谢张晨。\n发言人：首先，我通报一项工作，然后回答大家的提问。\n现在请投资者关系总监王璐女士开始。\n今天参加会议的有公司董事长兼首席执行官陈志远先生，以及首席财务官刘敏女士。\n提醒各位，本次会议中的部分陈述可能包含前瞻性陈述，实际结果可能与之存在重大差异。\n操作员：最后一个问题来自摩根士丹利的赵一鸣先生。\n本次会议正在录音。\n主持人：今天我们也请到了一位专业嘉宾，中医科的林一帆医生。\n【主持人】先请您给网友们简单介绍一下石峁遗址。\n本院于2025年3月10日立案后，依法组成合议庭进行了审理。\n为方便纳税人及时、准确办理年度汇算，我们整理了这份办税指南，建议收藏。\n刚才，三个区、部门作了交流发言，讲得都很好，我都同意。\n主持人（林晓）：各位观众晚上好，今天是11月20日，星期三，欢迎收看《东岚新闻联播》。\n[00:00:27] 苏小禾：大家好，我是小禾，半山书房的店主。\n现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。\n郭明远：今年在皇城台东侧发现约1200平方米的石砌建筑基址。\n";
    let r = shared().summarize(talk, &opts(|o| o.ratio = Some(1.0))).unwrap();
    let texts: Vec<&str> = r.sentences.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(texts, ["郭明远：今年在皇城台东侧发现约1200平方米的石砌建筑基址。"]);
    // A post's mention after its last sentence is no sentence, even to fill in.
    let r = shared().summarize("目前，湖北省水利厅已介入调查。@巴东县人民法院", &opts(|o| o.ratio = Some(1.0))).unwrap();
    assert_eq!(r.sentences.iter().map(|s| s.text.as_str()).collect::<Vec<_>>(), ["目前，湖北省水利厅已介入调查。"]);
    // English sentences count by their words, not as fragments.
    let mixed = "OpenAI released a new model on Monday. 人工智能发展迅速，专家认为这很重要。The model beats every benchmark. 好的。";
    let r = shared().summarize(mixed, &opts(|o| o.sentences = Some(3))).unwrap();
    let texts: Vec<&str> = r.sentences.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(texts, ["OpenAI released a new model on Monday.", "人工智能发展迅速，专家认为这很重要。", "The model beats every benchmark."]);
}

#[test]
fn a_digest_s_call_to_its_readers_and_its_sign_off_are_never_picked() {
    let digest = "本周科技圈依旧热闹，国产大模型密集更新。\n\n10月10日，澜智科技在深川举行发布会，推出新一代通用大模型。\n\n以上就是本周的科技要闻。你最关注哪一条？欢迎在评论区留言。\n\n👉 关注「硅谷之外」，每周日晚8点准时更新";
    let r = shared().summarize(digest, &opts(|o| o.ratio = Some(1.0))).unwrap();
    let texts: Vec<&str> = r.sentences.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(texts, ["本周科技圈依旧热闹，国产大模型密集更新。", "10月10日，澜智科技在深川举行发布会，推出新一代通用大模型。"]);
}

#[test]
fn a_standard_s_foreword_formulas_are_never_picked() {
    let foreword = "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。本文件由中国轻工业联合会提出。本文件起草单位：东岚市产品质量检验研究院、澄明科技股份有限公司。本文件规定了家用电动自行车充电柜的分类、技术要求和试验方法。";
    let r = shared().summarize(foreword, &opts(|o| o.ratio = Some(1.0))).unwrap();
    let texts: Vec<&str> = r.sentences.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(texts, ["本文件规定了家用电动自行车充电柜的分类、技术要求和试验方法。"]);
}

#[test]
fn a_paste_of_tables_is_summed_up_by_their_titles_not_their_rows_or_notes() {
    let tables = "表3　2023年全市各区（县）主要经济指标\n\n单位：亿元、%\n\n地区\t地区生产总值\t增速\n全市\t4286.0\t5.8\n江南区\t912.4\t6.2\n\n注：1. 地区生产总值增速按可比价格计算。\n2. 经济技术开发区数据为直管区范围。\n\n表4　2023年全市分季度主要指标累计增速\n\n指标\t一季度\t全年\n地区生产总值\t4.9\t5.8\n固定资产投资\t6.3\t4.9";
    let r = shared().summarize(tables, &opts(|o| o.sentences = Some(2))).unwrap();
    let texts: Vec<&str> = r.sentences.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(texts, ["表3　2023年全市各区（县）主要经济指标", "表4　2023年全市分季度主要指标累计增速"]);
    // Rows alone are still summed up, from the rows.
    let r = shared().summarize("地区\t地区生产总值\t增速\n全市\t4286.0\t5.8\n江南区\t912.4\t6.2", &opts(|o| o.sentences = Some(1))).unwrap();
    assert_eq!(r.sentences.len(), 1);
}

#[test]
fn a_text_of_headline_like_lines_only_is_summarized_from_them() {
    // Short lines without punctuation (a list, a chat log) read as headlines; with no body
    // sentence at all, the summary comes from them rather than being empty.
    let input = "今天天气很好我们去公园散步\n人工智能正在改变世界专家认为这是重要的变化\n科技创新推动经济发展\n";
    let r = shared().summarize(input, &opts(|o| o.sentences = Some(2))).unwrap();
    assert_eq!(r.sentences.len(), 2);
    assert_spans_match(input, &r);
    let r = shared().summarize(input, &opts(|o| o.ratio = Some(1.0))).unwrap();
    assert_eq!(r.sentences.len(), 3);
    // With any body sentence, headlines stay out unless asked for.
    let r = shared().summarize(&format!("人工智能正在改变世界\n\n{NEWS}"), &opts(|o| o.sentences = Some(5))).unwrap();
    assert!(r.sentences.iter().all(|s| s.text != "人工智能正在改变世界"));
}

#[test]
fn a_story_pasted_twice_gives_no_near_repeats_by_default() {
    // The same page pasted twice, the second copy a month later: every story appears twice.
    let page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/bulletin.txt")).unwrap();
    let input = format!("{page}\n\n\n{}", page.replace("8月", "9月"));
    let r = shared().summarize(&input, &opts(|o| o.sentences = Some(6))).unwrap();
    let plain: Vec<String> = r.sentences.iter().map(|s| s.text.replace("9月", "8月")).collect();
    for (i, a) in plain.iter().enumerate() {
        assert!(!plain[i + 1..].contains(a), "{a} is picked twice: {plain:?}");
    }
    // With redundancy control off, the two copies' best sentences both come back.
    let r = shared()
        .summarize(
            &input,
            &opts(|o| {
                o.sentences = Some(6);
                o.diversity = 0.0;
            }),
        )
        .unwrap();
    let plain: Vec<String> = r.sentences.iter().map(|s| s.text.replace("9月", "8月")).collect();
    assert!(plain.iter().enumerate().any(|(i, a)| plain[i + 1..].contains(a)), "{plain:?}");
}

#[test]
fn a_subject_and_its_verb_are_no_keyword() {
    let input = "多地中小学迎来开学季\n\n9月1日，全国多地中小学迎来新学期。中小学迎来新学期后，课后服务时间普遍延长。";
    let r = shared().summarize(input, &Options::default()).unwrap();
    let words: Vec<&str> = r.keywords.iter().map(|k| k.word.as_str()).collect();
    assert!(words.contains(&"中小学"), "{words:?}");
    assert!(!words.iter().any(|w| w.contains("迎来")), "{words:?}");
    // Nor a verb that only takes an object, with it.
    let input = "山东免除公办幼儿园保育教育费\n\n山东从2025年秋季学期起免除公办幼儿园学前一年保育教育费。免除公办幼儿园保育教育费后，家庭负担明显减轻。各地将免除公办幼儿园保育教育费纳入民生实事。";
    let r = shared().summarize(input, &Options::default()).unwrap();
    let words: Vec<&str> = r.keywords.iter().map(|k| k.word.as_str()).collect();
    assert!(words.contains(&"公办幼儿园"), "{words:?}");
    assert!(!words.iter().any(|w| w.contains("免除")), "{words:?}");
    // Even where the segmenter calls the verb a noun (`利用`).
    let input = "研究团队利用FAST数据发现了新的脉冲星。科研人员利用FAST观测到一批快速射电暴。FAST将继续向全球科学家开放。";
    let r = shared().summarize(input, &Options::default()).unwrap();
    let words: Vec<&str> = r.keywords.iter().map(|k| k.word.as_str()).collect();
    assert!(!words.iter().any(|w| w.contains("利用")), "{words:?}");
    // English: a capital that only opens a sentence is no name.
    let r = shared().summarize("The platform was connected to the grid in Guangdong. It can supply power to 30,000 households.", &Options::default()).unwrap();
    let words: Vec<&str> = r.keywords.iter().map(|k| k.word.as_str()).collect();
    assert!(words.contains(&"Guangdong") && !words.contains(&"The") && !words.contains(&"It"), "{words:?}");
}

#[test]
fn a_leading_bom_is_laid_out_like_leading_whitespace_and_spans_still_index_the_input() {
    // A JS string read from a file with a BOM starts with U+FEFF; the first story keeps its
    // headline, and every span points into the text as given (the BOM is one UTF-16 unit, 3 bytes).
    let plain = shared().summarize(common::SEED, &opts(|o| o.sentences = Some(5))).unwrap();
    let input = format!("\u{FEFF}{}", common::SEED);
    let bom = shared().summarize(&input, &opts(|o| o.sentences = Some(5))).unwrap();
    assert!(plain.stories[0].title.is_some());
    let titles = |r: &textrank_zh::Summary| r.stories.iter().map(|s| s.title.clone()).collect::<Vec<_>>();
    assert_eq!(titles(&bom), titles(&plain));
    let texts = |r: &textrank_zh::Summary| r.sentences.iter().map(|s| s.text.clone()).collect::<Vec<_>>();
    assert_eq!(texts(&bom), texts(&plain));
    assert_eq!(bom.keywords, plain.keywords);
    for (b, p) in bom.sentences.iter().zip(&plain.sentences) {
        assert_eq!((b.start, b.end, b.byte_start, b.byte_end), (p.start + 1, p.end + 1, p.byte_start + 3, p.byte_end + 3));
    }
    for (b, p) in bom.stories.iter().zip(&plain.stories) {
        assert_eq!((b.start, b.end, b.byte_start, b.byte_end), (p.start + 1, p.end + 1, p.byte_start + 3, p.byte_end + 3));
    }
    assert_spans_match(&input, &bom);
}

#[test]
fn a_refused_user_word_is_named_by_its_index_and_nothing_is_added() {
    let e = |words: &[UserWord]| Summarizer::new().unwrap().with_user_words(words).err().map(|e| e.to_string()).unwrap_or_default();
    let word = |w: &str, freq: Option<usize>, pos: Option<&str>| UserWord { word: w.into(), freq, pos: pos.map(str::to_string) };
    assert!(e(&[word("安宁", None, None), word("两 个", None, None)]).contains("item 1: `word` must be non-empty and contain no whitespace"));
    assert!(e(&[word("安宁", Some(0), None)]).contains("item 0: `freq` must be an integer >= 1, got 0"));
    assert!(e(&[word("安宁", None, Some("n1"))]).contains("item 0: `pos` must be a tag of 1-8 ASCII letters"));
    // Each freq counts at most 1e8, all of them together at most 2e9: the 21st word at 1e8 is one too many.
    let many: Vec<UserWord> = (0..25).map(|i| word(&format!("新词{i}"), Some(usize::MAX), None)).collect();
    assert!(e(&many).contains("item 20: the frequencies of all user words may add up to at most 2000000000"), "{}", e(&many));
    assert!(e(&many[..20]).is_empty());
}

#[test]
fn a_byline_before_the_text_is_outside_the_span() {
    // It used to take the whole line for a byline (no summary at all) or stay in the span.
    for input in ["文/张三 北京市推进人工智能应用，专家认为人工智能将改变生活。", "本报记者 贺勇 北京市推进人工智能应用，专家认为人工智能将改变生活。"]
    {
        let r = shared().summarize(input, &Options::default()).unwrap();
        let texts: Vec<&str> = r.sentences.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["北京市推进人工智能应用，专家认为人工智能将改变生活。"], "{input}");
        assert_spans_match(input, &r);
    }
}

#[test]
fn a_speakers_label_does_not_make_a_courtesy_a_sentence() {
    // `谢谢主持人。` is a fragment whoever says it; the label used to lift it over 6 Han chars.
    let input = "【盛秋平】谢谢主持人。今年以来，商务部大力实施提振消费专项行动，消费市场总体平稳。1至8月，社会消费品零售总额同比增长4.6%。";
    let r = shared().summarize(input, &opts(|o| o.sentences = Some(2))).unwrap();
    let texts: Vec<&str> = r.sentences.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(texts, ["今年以来，商务部大力实施提振消费专项行动，消费市场总体平稳。", "1至8月，社会消费品零售总额同比增长4.6%。"]);
}

#[test]
fn a_filing_s_assurance_is_never_a_summary_sentence() {
    // Every listed company's announcement opens with the regulator's wording; it used to
    // be picked first, as the longest sentence near the top.
    let input = "宁德时代新能源科技股份有限公司\n关于控股股东部分股份解除质押的公告\n\n\
本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。\n\n\
公司近日接到控股股东通知，获悉其所持有本公司的部分股份解除质押，解除质押股份数量为1500万股。\n\n\
截至本公告披露日，控股股东所持质押股份情况正常，不存在被强制平仓的风险。";
    let r = shared().summarize(input, &opts(|o| o.sentences = Some(3))).unwrap();
    let texts: Vec<&str> = r.sentences.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(texts.iter().all(|t| !t.contains("虚假记载")), "{texts:?}");
    // News of a filing's failings is news.
    let news = "证监会调查发现，该公司年报存在虚假记载、误导性陈述和重大遗漏，拟对其罚款500万元。";
    let r = shared().summarize(news, &Options::default()).unwrap();
    assert_eq!(r.sentences.len(), 1);
}

/// A Chinese news item, paragraph by paragraph with its English translation.
const BILINGUAL: &str = "中国宣布对部分国家实行免签政策\nChina announces visa-free policy for more countries\n\n\
外交部发言人毛宁9月12日宣布，中方决定对巴西、阿根廷、智利、秘鲁、乌拉圭5国持普通护照人员试行免签政策。\n\n\
Foreign Ministry spokesperson Mao Ning announced on September 12 that China will grant visa-free entry to ordinary passport holders from Brazil, Argentina, Chile, Peru and Uruguay on a trial basis.\n\n\
上述国家持普通护照人员来华经商、旅游观光、探亲访友、交流访问、过境不超过30天，可免办签证入境。\n\n\
Holders of ordinary passports from these countries can enter China without visas for business, tourism, family visits, exchanges or transit for up to 30 days.";

#[test]
fn a_chinese_paste_s_english_translation_only_fills_in() {
    // Paragraph by paragraph with its English translation: the English, longer and full of
    // names, used to take two of the three places.
    let input = BILINGUAL;
    let r = shared().summarize(input, &opts(|o| o.sentences = Some(2))).unwrap();
    let texts: Vec<&str> = r.sentences.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "外交部发言人毛宁9月12日宣布，中方决定对巴西、阿根廷、智利、秘鲁、乌拉圭5国持普通护照人员试行免签政策。",
            "上述国家持普通护照人员来华经商、旅游观光、探亲访友、交流访问、过境不超过30天，可免办签证入境。"
        ]
    );
    // Asked for more, the English fills in.
    assert_eq!(shared().summarize(input, &opts(|o| o.sentences = Some(3))).unwrap().sentences.len(), 3);
}

#[test]
fn a_line_that_ends_on_a_colon_only_fills_in() {
    // `男子组前三名：` leads in to the list below it and says nothing of its own: it was
    // picked over the story's next sentence.
    let input = "2025北京马拉松鸣枪开跑 3万名跑者竞逐天安门至奥森\n\n\
新华社北京9月21日电（记者 李嘉）2025北京马拉松21日上午7时30分在天安门广场鸣枪开跑，来自30多个国家和地区的3万名跑者参赛。\n\n\
男子组前三名：\n1.阿贝贝（埃塞俄比亚）2小时07分12秒\n2.杨绍辉（中国）2小时08分35秒\n3.基普罗蒂奇（肯尼亚）2小时08分51秒\n\n\
女子组冠军由中国选手张德顺以2小时24分05秒获得。她赛后表示，北京的秋天非常适合跑步，这次发挥了自己的正常水平。\n\n\
本届赛事首次引入智能计时芯片和沿途医疗志愿者定位系统，赛道沿线设置了42个医疗点。";
    let r = shared().summarize(input, &opts(|o| o.sentences = Some(3))).unwrap();
    assert!(r.sentences.iter().all(|s| !s.text.ends_with('：')), "{:?}", r.sentences);
    assert_eq!(r.sentences.len(), 3);
    // Asked for every sentence, it fills in.
    let r = shared().summarize(input, &opts(|o| o.ratio = Some(1.0))).unwrap();
    assert!(r.sentences.iter().any(|s| s.text == "男子组前三名："), "{:?}", r.sentences);
    // A statement with its quote on the same line is no lead-in.
    let quoted = "会议指出：“要扎实推进高质量发展，稳住经济大盘。”\n\n与会代表围绕相关议题进行了深入讨论。\n\n会议还研究了其他事项。";
    let r = shared().summarize(quoted, &opts(|o| o.sentences = Some(1))).unwrap();
    assert_eq!(r.sentences[0].text, "会议指出：“要扎实推进高质量发展，稳住经济大盘。”");
    // A notice's statement that runs up to its colon says what the notice is about.
    let notice = "关于召开城市更新工作推进会的通知\n\n各有关单位：\n经研究，定于近期召开全市城市更新工作推进会，现将有关事项通知如下：\n\
时间：9月12日上午9时\n地点：市民中心三楼会议室\n内容：听取各区工作汇报，研究部署\n下一阶段城市更新重点任务。\n\
参会人员：各区分管负责同志。\n请各单位于9月10日前报送参会名单。";
    let r = shared().summarize(notice, &opts(|o| o.sentences = Some(1))).unwrap();
    assert_eq!(r.sentences[0].text, "经研究，定于近期召开全市城市更新工作推进会，现将有关事项通知如下：");
    // A story of lead-ins only still has a summary.
    let r = shared().summarize("本周工作安排如下：", &opts(|o| o.sentences = Some(1))).unwrap();
    assert_eq!(r.sentences.len(), 1);
}

#[test]
fn a_chinese_paste_s_english_translation_gives_no_keywords() {
    // The English of each paragraph repeats the Chinese: its names (`China`, `September`,
    // `Brazil`) used to lead the keywords.
    let input = BILINGUAL;
    let r = shared().summarize(input, &Options::default()).unwrap();
    let words: Vec<&str> = r.keywords.iter().map(|k| k.word.as_str()).collect();
    assert!(words.iter().all(|w| !w.contains(|c: char| c.is_ascii_alphabetic())), "{words:?}");
    assert!(words.contains(&"免签政策"), "{words:?}");
    // A Latin term inside a Chinese sentence is still a keyword.
    let mri = "医院新引进的MRI设备正式投入使用。MRI检查预约时间从两周缩短到三天。\n\nThe hospital's new MRI scanner is now in use.";
    let r = shared().summarize(mri, &Options::default()).unwrap();
    assert!(r.keywords.iter().any(|k| k.word == "MRI"), "{:?}", r.keywords);
}

#[test]
fn a_source_note_standing_as_a_sentence_is_never_summary_or_keyword() {
    // `(分享自@证券网)` after the last sentence used to be the one-sentence summary, and its
    // outlet a top keyword.
    let input = "万福生科的造假案继续发酵，在湖南省证监局、中国证监会相继介入进行调查后，当地公安机关也开始介入。\
这家出身穷乡僻壤的资本新贵已迅速跌落无底深渊。(分享自@证券网)";
    let r = shared().summarize(input, &opts(|o| o.sentences = Some(1))).unwrap();
    assert!(r.sentences[0].text.starts_with("万福生科"), "{:?}", r.sentences);
    assert!(r.keywords.iter().all(|k| k.word != "证券网"), "{:?}", r.keywords);
    // Even when every sentence is asked for, and for an outlet's name alone.
    for note in ["(分享自@证券网)", "（法制晚报）", "（21世纪经济报道）", "（来源：中国经济时报）"] {
        let input = format!("9岁幼童因为父亲一连3年都没看望过自己，一纸诉状将父亲告上法院。该案在北京市尚属首例。{note}");
        let r = shared().summarize(&input, &opts(|o| o.ratio = Some(1.0))).unwrap();
        assert_eq!(r.sentences.len(), 2, "{note}: {:?}", r.sentences);
        assert!(r.sentences.iter().all(|s| !s.text.contains(note)), "{note}");
    }
    // A bracketed remark that names no source is a sentence like any other.
    let input = "9岁幼童因为父亲一连3年都没看望过自己，一纸诉状将父亲告上法院。（该案在北京市尚属首例）";
    let r = shared().summarize(input, &opts(|o| o.ratio = Some(1.0))).unwrap();
    assert_eq!(r.sentences.len(), 2, "{:?}", r.sentences);
}

#[test]
fn what_hosts_editors_and_wires_say_is_not_the_news() {
    // A radio script: the host's greeting, welcome, cue and sign-off neither lead nor fill in.
    let radio = "各位听众，早上好！欢迎收听《江苏新闻早高峰》，我是主持人晓雯。下面请听详细内容。\n\n南京地铁7号线南段今天开通初期运营，全长约13公里，设站9座。\n\n从12月1日起，苏州市区户籍60周岁以上老年人可免费乘坐公交和地铁。\n\n好，以上就是今天《江苏新闻早高峰》的主要内容。感谢收听！";
    assert_eq!(
        picks(radio, 3),
        ["南京地铁7号线南段今天开通初期运营，全长约13公里，设站9座。", "从12月1日起，苏州市区户籍60周岁以上老年人可免费乘坐公交和地铁。"]
    );
    // A press conference: the host introducing the guest, the speakers' labels, a reporter's
    // question under its label line, and the thanks for it.
    let presser = "交通运输部举行新闻发布会\n\n主持人 寿小丽：\n女士们、先生们，大家上午好！今天我们邀请到交通运输部部长刘伟先生，请他为大家介绍“十四五”时期交通运输发展成就，并回答大家关心的问题。\n\n中央广播电视总台央视记者：\n近年来物流成本问题备受关注，请问在降低全社会物流成本方面，交通运输部有哪些举措？\n\n交通运输部部长 刘伟：\n谢谢你的提问。去年全社会物流总费用与GDP的比率降至14.1%，今年前三季度进一步降至14.0%。下一步，我们将大力发展多式联运，推动大宗货物“公转铁”“公转水”。";
    let got = picks(presser, 4);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|s| s.contains("物流总费用") || s.contains("多式联运")), "{got:?}");
    // The editor's note on a series says what the paper will run, not the news.
    let noted = "【编者按】党的二十届四中全会对推进乡村全面振兴作出部署。即日起，本报推出“走进和美乡村”系列报道，记录各地的生动实践。敬请关注。\n\n走进和美乡村·之一\n“茶叶村”变身“网红村”\n\n本报记者 胡晓萌\n\n浙江省安吉县黄杜村全村种植白茶1.2万亩。近年来，村里发展茶旅融合，建起研学基地和茶园民宿。今年前10个月，黄杜村接待游客42万人次，旅游收入达到6800万元。";
    let r = shared().summarize(noted, &opts(|o| o.sentences = Some(2))).unwrap();
    assert_eq!(r.sentences[0].text, "浙江省安吉县黄杜村全村种植白茶1.2万亩。");
    assert!(r.keywords.iter().all(|k| k.word != "即日起"), "{:?}", r.keywords);
    // A correction's corrected fact is no formula.
    let corrected = "更正启事\n\n本报11月20日第3版《老旧小区改造惠及居民》一文中，“涉及居民3820户”有误。\n\n特此更正：涉及居民应为3280户。";
    assert!(picks(corrected, 2).iter().any(|s| s.starts_with("特此更正：")));
}

#[test]
fn a_wire_or_a_reporter_opening_the_lead_is_outside_the_span() {
    let first = |text: &str| shared().summarize(text, &opts(|o| o.sentences = Some(1))).unwrap();
    for (text, lead) in [
        ("【北向资金午后加速流入】财联社11月26日电，截至14:45，北向资金净买入超60亿元，其中沪股通净买入38.6亿元。", "截至14:45，"),
        ("CBA常规赛：广东客场击败北京\n\n羊城晚报讯 记者梁嘉俊报道：11月23日晚，广东华南虎队做客五棵松体育馆，以108比101击败北京首钢队。胡明轩全场得到27分。", "11月23日晚，"),
        ("张某某接受审查调查\n\n中央纪委国家监委网站讯　据某省纪委监委消息：某省交通运输厅原副厅长张某某涉嫌严重违纪违法，目前正接受纪律审查和监察调查。", "据某省纪委监委消息："),
    ] {
        let r = first(text);
        assert!(r.sentences[0].text.starts_with(lead), "{}", r.sentences[0].text);
        assert_spans_match(text, &r);
    }
    // A tech site's dated report under a headline that lists specs: the headline heads the story.
    let launch = "小米17 Ultra正式发布：徕卡一英寸主摄+7500mAh电池，售价6499元起\n\nIT之家 11 月 27 日消息，小米今晚在北京召开新品发布会，正式发布小米17 Ultra旗舰手机。新机首次配备7500mAh硅碳负极电池。";
    let r = first(launch);
    assert_eq!(r.stories[0].title.as_deref(), Some("小米17 Ultra正式发布：徕卡一英寸主摄+7500mAh电池，售价6499元起"));
    assert!(r.sentences[0].text.starts_with("小米今晚"), "{}", r.sentences[0].text);
    // What only looks like one stays the text: a reporter told something, a report cited.
    for text in ["市民热线\n\n他对记者张三报道，这事有蹊跷。警方已介入调查。", "暴雨\n\n路透社消息，巴西总统卢拉表示，联邦政府将向灾区提供紧急援助。"]
    {
        let r = shared().summarize(text, &opts(|o| o.sentences = Some(2))).unwrap();
        assert!(r.sentences.iter().any(|s| text.contains(&format!("\n\n{}", s.text))), "{:?}", r.sentences);
    }
}

#[test]
fn advice_listed_under_an_alert_is_not_its_summary() {
    let alert = "中央气象台继续发布寒潮蓝色预警\n\n预计11月28日08时至30日08时，受强冷空气影响，我国中东部大部地区气温将先后下降6～10℃，上述地区并伴有4～6级风。\n\n29日早晨，最低气温0℃线将南压至江淮北部一带。内蒙古东部、黑龙江、吉林等地的部分地区有小到中雪，局地大雪。\n\n防御指南：\n1．政府及相关部门按照职责做好防寒潮准备工作；\n2．注意添衣保暖；\n3．对热带作物、水产品采取一定的防护措施；\n4．做好防风准备工作。";
    let r = shared().summarize(alert, &opts(|o| o.sentences = Some(1))).unwrap();
    assert!(!r.sentences[0].text.starts_with("1．"), "{}", r.sentences[0].text);
}

#[test]
fn a_company_named_in_business_news_is_one_keyword() {
    let text =
        "拼多多发布三季度财报\n\n拼多多该季度营收1082.8亿元，同比增长9%。拼多多股价盘前下跌4%。中国平安、名创优品当日股价上涨，拼多多表示将继续扶持商家。";
    let r = shared().summarize(text, &opts(|o| o.keywords = 10)).unwrap();
    let words: Vec<&str> = r.keywords.iter().map(|k| k.word.as_str()).collect();
    assert_eq!(words.first(), Some(&"拼多多"), "{words:?}");
    for name in ["中国平安", "名创优品"] {
        assert!(words.contains(&name), "{name}: {words:?}");
    }
    assert!(!words.iter().any(|w| ["多多", "创优", "平安"].contains(w)), "{words:?}");
}

#[test]
fn a_social_page_s_account_stamp_counters_and_comments_are_not_text() {
    let run = |text: &str| {
        let r = shared().summarize(text, &opts(|o| o.sentences = Some(5))).unwrap();
        assert_spans_match(text, &r);
        r
    };
    // 微博: the account and its stamp over the post, the video label, the counters, the comments.
    let weibo = "央视新闻\n11-26 09:15 来自 微博网页版\n【#多地出现今冬首场降雪#】今晨，新疆北部等地迎来今冬首场降雪。中央气象台预计，东北地区中北部将有中到大雪。@中国气象局 L央视新闻的微博视频 收起d\n\n转发 1.2万　　评论 8563　　赞 15.6万\n\n热门评论\n雪人不会化：终于下雪了！南方的孩子羡慕哭了\n回复 · 3分钟前 · 赞 2341\n哈尔滨小王：出门一看车被埋了，今天上班又要迟到\n回复 · 5分钟前 · 赞 1208\n查看更多评论 >";
    let r = run(weibo);
    assert_eq!(r.stories.len(), 1);
    assert_eq!(r.stories[0].title.as_deref(), Some("【#多地出现今冬首场降雪#】"));
    assert_eq!(
        r.sentences.iter().map(|s| s.text.as_str()).collect::<Vec<_>>(),
        ["今晨，新疆北部等地迎来今冬首场降雪。", "中央气象台预计，东北地区中北部将有中到大雪。"]
    );
    assert!(r.keywords.iter().all(|k| !["微博", "回复", "小王", "雪人"].contains(&k.word.as_str())), "{:?}", r.keywords);
    // 头条: the account over its stamp, under the headline.
    let toutiao = "郑州一小区电梯困人40分钟，物业：维保单位已被约谈\n\n大河报·豫视频\n2025-11-25 18:36·河南日报社大河报官方账号\n\n11月24日晚8时许，郑州市金水区某小区一部电梯突然停在12楼与13楼之间，一名老人和两名小学生被困约40分钟。\n物业已约谈电梯维保单位，并要求对小区全部18部电梯进行排查。";
    let r = run(toutiao);
    assert_eq!(r.stories[0].title.as_deref(), Some("郑州一小区电梯困人40分钟，物业：维保单位已被约谈"));
    assert_eq!(r.sentences.len(), 2, "{:?}", r.sentences);
    assert!(r.sentences[0].text.starts_with("11月24日晚"));
    // 知乎: the question's counters, the answerer's card and follow button, the votes.
    let zhihu = "为什么今年冬天的电费比往年高？\n\n关注者 1,283　被浏览 2,356,721\n\n张工\n电力行业从业者，关注新能源\n已关注\n\n2,871 人赞同了该回答\n\n先说结论：大部分家庭电费上涨，不是电价涨了，而是用电量涨了。很多省份按年累计计算阶梯电量，到了年底，不少家庭已进入第二档。";
    let r = run(zhihu);
    assert_eq!(r.stories.len(), 1);
    assert!(r.sentences[0].text.starts_with("先说结论"), "{:?}", r.sentences);
    assert!(r.keywords.iter().all(|k| k.word != "张工"), "{:?}", r.keywords);
}

#[test]
fn sentences_a_tab_sets_apart_are_sentences_not_a_table_row() {
    let text = "第一句话在这里说明情况。\t第二句话继续补充很多内容。\t第三句话结束全部的报告。";
    let r = shared().summarize(text, &opts(|o| o.sentences = Some(5))).unwrap();
    assert_spans_match(text, &r);
    assert_eq!(r.sentences.len(), 3, "{:?}", r.sentences);
    // A table's row stays a row: its cells are not sentences.
    let table = "各地降水量\n\n北京\t99.8\t96.2\n上海\t120.5\t118.0\n\n全国平均降水量较常年偏多。气象部门提醒注意防范。";
    let r = shared().summarize(table, &opts(|o| o.sentences = Some(5))).unwrap();
    assert!(r.sentences.iter().all(|s| !s.text.contains('\t')), "{:?}", r.sentences);
}

#[test]
fn a_record_s_heading_box_and_an_explainer_s_framing_are_not_the_news() {
    // A judgment's parties, a book's data: who and what, not what happened.
    let judgment = "浙江省杭州市中级人民法院\n民 事 判 决 书\n（2025）浙01民终8812号\n\n上诉人（原审被告）：杭州某网络科技有限公司，住所地浙江省杭州市余杭区。\n法定代表人：王某，该公司执行董事。\n被上诉人（原审原告）：陈某，男，1990年3月出生，汉族，住浙江省杭州市西湖区。\n\n本院认为，公司要求陈某离职后两年内不得在任何互联网企业就职，明显超出必要限度。判决如下：驳回上诉，维持原判。";
    let got = picks(judgment, 3);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].starts_with("本院认为"), "{got:?}");
    let book = "书讯｜《长江三峡的人与事》出版\n\n作者：周建华\n出版社：人民文学出版社\n出版时间：2025年11月\nISBN：978-7-02-019834-6\n定价：88.00元\n\n近日，作家周建华历时八年创作的非虚构作品《长江三峡的人与事》由人民文学出版社出版。全书约42万字，收录了三峡库区112位移民的口述故事。";
    let got = picks(book, 1);
    assert!(got[0].starts_with("近日，作家周建华"), "{got:?}");
    // What a speaker says in court is no party line.
    let live = "庭审直播\n\n原告：我方认为被告的行为已构成违约，请求法院支持全部诉讼请求。\n\n被告：我方不同意原告的诉讼请求。";
    assert_eq!(picks(live, 2).len(), 2);
    // An explainer's own question and its interview line only lead in to the answer.
    let explainer = "民政部出台措施促进养老服务消费\n\n近日，民政部等12部门联合印发《关于进一步促进养老服务消费的若干措施》。《措施》有哪些亮点？记者采访了民政部有关负责人。\n\n这位负责人介绍，《措施》提出了18条举措。一是扩大供给，到2027年每个街道至少建成1个养老服务中心；二是降低成本，养老机构用水、用电执行居民价格。";
    let got = picks(explainer, 3);
    assert!(got.iter().all(|s| !s.contains("有哪些亮点") && !s.starts_with("记者采访了")), "{got:?}");
    // A follow prompt with what it brings is no headline: the post's own is.
    let post = "点击上方蓝字 关注我们\n\n👆戳蓝字关注“杭州交通912”，路况信息早知道！\n\n🚇重磅！杭州地铁12号线12月28日开通！\n\n记者从杭州市地铁集团获悉，杭州地铁12号线一期工程将于12月28日上午10时开通初期运营。12号线一期全长约37.5公里，共设车站25座。";
    let r = shared().summarize(post, &opts(|o| o.sentences = Some(3))).unwrap();
    assert_eq!(r.stories[0].title.as_deref(), Some("🚇重磅！杭州地铁12号线12月28日开通！"));
    assert_eq!(r.sentences.len(), 2, "{:?}", r.sentences);
}

#[test]
fn a_notice_s_news_comes_before_the_résumé_and_the_filing_s_rule() {
    let first = |text: &str| {
        let r = shared().summarize(text, &opts(|o| o.sentences = Some(1))).unwrap();
        assert_spans_match(text, &r);
        r
    };
    let notice = "某省交通运输厅原党组成员、副厅长张某某接受纪律审查和监察调查\n\n来源：中央纪委国家监委网站　发布时间：2025-11-25 16:30\n\n据某省纪委监委消息：某省交通运输厅原党组成员、副厅长张某某涉嫌严重违纪违法，目前正接受纪律审查和监察调查。\n\n张某某简历\n张某某，男，汉族，1965年8月生，大学学历。\n1998年3月至2009年6月，历任某省高速公路建设指挥部副指挥长、指挥长；\n2009年6月至2016年11月，任某省交通运输厅党组成员、副厅长；";
    let r = first(notice);
    assert_eq!(r.stories[0].title.as_deref(), Some("某省交通运输厅原党组成员、副厅长张某某接受纪律审查和监察调查"));
    assert!(r.sentences[0].text.starts_with("据某省纪委监委消息"), "{:?}", r.sentences);
    assert!(r.keywords.iter().all(|k| !k.word.ends_with('原')), "{:?}", r.keywords);
    let filing = "证券代码：603218　　证券简称：日月股份　　公告编号：2026-004\n\n宁波日月重工股份有限公司\n2025年年度业绩预告\n\n重要内容提示：\n● 本期业绩预告适用于净利润实现扭亏为盈的情形。\n● 公司预计2025年年度实现归属于母公司所有者的净利润为3.20亿元到3.80亿元，与上年同期相比，将实现扭亏为盈。";
    assert!(first(filing).sentences[0].text.contains("3.20亿元到3.80亿元"));
}

#[test]
fn a_paper_s_front_matter_and_a_wrapped_latin_gloss() {
    let paper = "基于改进YOLOv8的输电线路绝缘子缺陷检测方法\n\n李明远1，王佳琪1，张伟2*\n（1.华北电力大学 电气与电子工程学院，北京 102206；2.国网河北省电力有限公司，石家庄 050000）\n\n摘　要：针对输电线路巡检图像中绝缘子缺陷目标小、检测精度低的问题，提出一种基于改进YOLOv8的绝缘子缺陷检测方法。实验结果表明，改进模型的平均精度均值达到92.7%。\n\n中图分类号：TM755　　　文献标志码：A";
    let r = shared().summarize(paper, &opts(|o| o.sentences = Some(3))).unwrap();
    assert_spans_match(paper, &r);
    assert!(r.sentences[0].text.starts_with("针对输电线路"), "{:?}", r.sentences);
    assert_eq!(r.sentences.len(), 2, "{:?}", r.sentences);
    assert!(r.keywords.iter().all(|k| !["TM755", "张伟", "王佳琪", "分类号"].contains(&k.word.as_str())), "{:?}", r.keywords);
    // A PDF wraps after a term's Latin name: the sentence runs on.
    let pdf = "数字人民币跨境支付试点的进展\n\n截至2025年9月末，多边央行数字货币桥（mBridge）\n项目累计处理跨境支付交易4,200余笔，金额折合人民币约1,580亿元。\n从试点情况看，数字人民币跨境支付优势明显。";
    let r = shared().summarize(pdf, &opts(|o| o.sentences = Some(3))).unwrap();
    assert_spans_match(pdf, &r);
    assert!(r.sentences.iter().any(|s| s.text.starts_with("截至") && s.text.ends_with("约1,580亿元。")), "{:?}", r.sentences);
}

#[test]
fn a_notice_s_fields_are_items_of_their_own() {
    let notice = "停水通知\n\n因市政道路改造施工需要，我司将对长江路供水主管进行迁改接驳。届时以下区域将暂停供水，具体安排如下：\n\n停水时间：2025年11月29日22:00至11月30日12:00\n停水区域：长江路两侧、滨江花园小区、阳光新城一期二期\n请相关用户提前做好储水准备。";
    let texts = every_sentence(notice);
    for item in ["停水时间：2025年11月29日22:00至11月30日12:00", "停水区域：长江路两侧、滨江花园小区、阳光新城一期二期", "请相关用户提前做好储水准备。"]
    {
        assert!(texts.iter().any(|t| t == item), "{item}: {texts:?}");
    }
}

#[test]
fn a_spec_sheet_s_fields_are_items_that_fill_in_last() {
    let launch = "小米17 Ultra正式发布\n\n小米今晚在北京召开新品发布会，正式发布小米17 Ultra旗舰手机。\n\n核心参数如下：\n影像：5000万像素一英寸主摄+2亿像素潜望长焦\n电池：7500mAh，100W有线+80W无线\n机身：约226g，厚度8.9mm，IP68/IP69防尘防水\n\n价格方面，小米17 Ultra 12GB+256GB版本售价6499元。新机12月1日正式开售。";
    let texts = every_sentence(launch);
    for item in ["电池：7500mAh，100W有线+80W无线", "机身：约226g，厚度8.9mm，IP68/IP69防尘防水", "价格方面，小米17 Ultra 12GB+256GB版本售价6499元。"]
    {
        assert!(texts.iter().any(|t| t == item), "{item}: {texts:?}");
    }
    let top = picks(launch, 3);
    assert!(top.iter().all(|s| !s.contains('：')), "{top:?}");
}

#[test]
fn a_web_page_s_meta_line_is_no_part_of_the_lead_nor_its_names_keywords() {
    for (text, lead, credit_names) in [
        ("曼联有意引进久凯赖什\n\n2024-01-08 11:20  懂球帝  作者：小懂\n\n据《每日邮报》报道，曼联已将前锋久凯赖什列入引援名单。久凯赖什本赛季打进20球。", "据《每日邮报》报道，曼联已将前锋久凯赖什列入引援名单。", &["小懂据", "懂球帝"][..]),
        ("2024年上半年全国大学英语四、六级考试成绩今日可查\n\n来源：中国教育在线  2024-08-20 09:15  编辑：李婷\n\n中国教育在线讯 记者从教育部教育考试院获悉，四六级考试笔试成绩今天正式发布。今年共有约1058万人次报名。", "记者从教育部教育考试院获悉，四六级考试笔试成绩今天正式发布。", &["李婷"][..]),
        ("学术会议在武汉开幕\n\n发布时间：2024-10-19  文：程晓 图：李阳  审核：陈刚  浏览量：2035\n\n10月18日，第十届全国计算语言学学术会议在武汉举行。本届会议共收到投稿568篇。", "10月18日，第十届全国计算语言学学术会议在武汉举行。", &["程晓", "李阳", "陈刚", "浏览量"][..]),
        ("懂球帝  作者：小懂\n\n据《每日邮报》报道，曼联已将前锋久凯赖什列入引援名单。久凯赖什本赛季打进20球。", "据《每日邮报》报道，曼联已将前锋久凯赖什列入引援名单。", &["小懂"][..]),
    ] {
        let r = shared().summarize(text, &opts(|o| o.sentences = Some(1))).unwrap();
        assert_spans_match(text, &r);
        assert_eq!(r.sentences[0].text, lead);
        assert!(r.stories[0].title.as_deref().is_none_or(|t| !t.contains("作者")), "{:?}", r.stories);
        assert!(r.keywords.iter().all(|k| !credit_names.contains(&k.word.as_str())), "{:?}", r.keywords);
    }
    // A match's period scores stay text.
    let r = shared().summarize("广东 25-22 28-30 24-27 31-22 北京\n\n广东队客场击败北京队。", &Options::default()).unwrap();
    assert_eq!(r.stories[0].title.as_deref(), Some("广东 25-22 28-30 24-27 31-22 北京"), "{:?}", r.stories);
}

#[test]
fn a_page_s_furniture_under_the_story_is_never_picked() {
    let story = "重大项目集中签约\n\n6月28日，我市2024年第二季度重大项目集中签约活动举行，共签约项目42个，总投资386亿元。签约项目涵盖新能源汽车、新型显示、生物医药等战略性新兴产业。";
    for chrome in [
        "【我要纠错】 责任编辑：王雪",
        "本版责任编辑：方圆  美编：李楠",
        "评论（1286）  点赞 3412  分享",
        "上一条：我校3个项目获批国家社科基金重大项目",
        "下一条：我校举行2024年秋季运动会",
        "附件：中标通知书.pdf",
        "相关链接：杭州市关于干部任前公示的有关规定",
        "扫一扫在手机打开当前页",
        "转会信息仅代表媒体观点，不代表懂球帝立场。",
        "（图片由受访者提供）",
        "（本文来自21世纪经济报道，版权所有，未经授权不得转载）",
        "供稿：信息管理学院",
        "（数据来源：中国房地产指数系统 百城价格指数）",
        "咨询电话：0574-8730XXXX  13805741XXX（何先生）",
        "户名：宁波甬诚拍卖有限公司",
        "开户行：中国工商银行宁波海曙支行",
    ] {
        let text = format!("{story}\n\n{chrome}");
        let r = shared().summarize(&text, &Options::default()).unwrap();
        assert_spans_match(&text, &r);
        assert_eq!(r.sentences.len(), 2, "{chrome}: {:?}", r.sentences);
    }
    // The same words in a sentence are news.
    for text in ["网站未经授权不得转载他人作品。法院判决赔偿10万元。", "联系人张先生说，他已报警。警方正在调查。"] {
        assert_eq!(shared().summarize(text, &Options::default()).unwrap().sentences.len(), 2, "{text}");
    }
}

#[test]
fn a_page_s_sections_links_and_issuer_are_read_as_such() {
    // A section's label right over its paragraph is no part of its first sentence.
    let text = "四六级成绩今日可查\n\n记者从教育部教育考试院获悉，四六级考试笔试成绩今天正式发布。\n\n成绩复核\n考生如对成绩有异议，可向所在学校申请复核。";
    let texts = every_sentence(text);
    assert!(texts.iter().any(|s| s == "考生如对成绩有异议，可向所在学校申请复核。"), "{texts:?}");
    // The related links and staff under the last story are that story's, and give no keywords.
    let text = "双11直播带货成交额破百亿\n\n据第三方机构统计，今年双11期间直播电商成交额突破百亿元。品牌自播成交额占比提升至45%以上。\n\n推荐阅读\n双11战报：多平台晒成绩单\n\n（央视记者 王乐）\n【责任编辑：刘佳】";
    let r = shared().summarize(text, &Options::default()).unwrap();
    assert_eq!(r.stories.len(), 1, "{:?}", r.stories);
    assert!(r.keywords.iter().all(|k| k.word != "战报" && k.word != "成绩单"), "{:?}", r.keywords);
    // A notice's issuer over what it is: what it is, is the title.
    let text = "西安市公安局交通警察支队\n关于西安马拉松比赛期间对部分道路实施交通管制的通告\n\n西安市公安局决定于2024年10月20日对部分道路实施交通管制。管制期间，其他车辆禁止驶入管制路段。";
    let r = shared().summarize(text, &Options::default()).unwrap();
    assert_eq!(r.stories[0].title.as_deref(), Some("关于西安马拉松比赛期间对部分道路实施交通管制的通告"));
    // A CMS's staff line with its spaces as entities is no text.
    let text = "停车新规10月起实施\n\n西湖景区将于10月1日起执行新的停车收费标准。核心区域最高收费每小时20元。\n责编：周丽&nbsp;&nbsp;审核：王浩";
    let r = shared().summarize(text, &Options::default()).unwrap();
    assert!(r.keywords.iter().all(|k| k.word != "周丽" && k.word != "王浩" && k.word != "责编"), "{:?}", r.keywords);
}

#[test]
fn a_bare_time_only_fills_in_and_a_long_headline_over_its_source_heads_its_story() {
    let notice = "关于西安马拉松比赛期间对部分道路实施交通管制的通告\n\n为保障2024西安马拉松比赛顺利进行，西安市公安局决定于2024年10月20日对部分道路实施交通管制。现将有关事项通告如下：\n\n一、管制时间\n2024年10月20日5时30分至14时00分。\n\n二、绕行建议\n由城东前往城西的车辆，可经二环路、三环路绕行。";
    assert!(picks(notice, 2).iter().all(|s| s != "2024年10月20日5时30分至14时00分。"), "{:?}", picks(notice, 2));
    let report = "中指研究院：4月百城新建住宅价格环比上涨0.15% 二手住宅价格环比下跌0.73%\n\n来源：中指研究院  发布时间：2024-05-01\n\n4月，百城新建住宅平均价格为16512元/平方米，环比上涨0.15%。百城二手住宅平均价格为15170元/平方米，环比下跌0.73%。";
    let r = shared().summarize(report, &opts(|o| o.sentences = Some(1))).unwrap();
    assert_eq!(r.stories[0].title.as_deref(), Some("中指研究院：4月百城新建住宅价格环比上涨0.15% 二手住宅价格环比下跌0.73%"));
    assert_eq!(r.sentences[0].text, "4月，百城新建住宅平均价格为16512元/平方米，环比上涨0.15%。");
    // A label over a numbered rule is a sub-headline too.
    let concert = "周杰伦演唱会南京站官宣\n\n南京站将于2024年9月13日至15日在南京奥体中心体育场连开三场。\n\n购票须知\n1.本次演出实行实名制购票，每个账号限购2张；\n2.演出当日请提前2小时入场。";
    let texts = every_sentence(concert);
    assert!(texts.iter().all(|s| !s.starts_with("购票须知")), "{texts:?}");
}

#[test]
fn news_that_only_looks_like_page_furniture_a_label_or_a_range_stays_news() {
    let all = every_sentence;
    for (text, sentence) in [
        ("洗稿案宣判\n\n记者从法院获悉，一起自媒体洗稿案日前宣判。\n法院审理查明，原告在其网站显著位置标注了“版权所有，不得转载”字样，被告仍大量复制原告文章并用于商业用途，构成侵权。", "法院审理查明，原告在其网站显著位置标注了“版权所有，不得转载”字样，被告仍大量复制原告文章并用于商业用途，构成侵权。"),
        ("小米高管不当言论事件\n\n记者从小米集团获悉，涉事高管已被停职。\n小米集团回应称，该高管言论仅代表个人观点，不代表公司立场。", "小米集团回应称，该高管言论仅代表个人观点，不代表公司立场。"),
        ("卡塔尔航空加密航线\n\n卡塔尔航空宣布，多哈～北京航线每周增至14班。此外，奥马哈~芝加哥的支线航班也将恢复。", "卡塔尔航空宣布，多哈～北京航线每周增至14班。"),
        ("庙会开幕\n\n记者走访了今年的春节庙会。今年的庙会可热闹啦~大家快来吧~\n庙会从初一持续到初七。", "大家快来吧~"),
    ] {
        assert!(all(text).contains(&sentence.to_string()), "{sentence}: {:?}", all(text));
    }
    // A source line that carries the figure is text.
    let data =
        "上半年居民收入增长5.4%\n\n国家统计局今天发布上半年国民经济运行数据。\n数据来源：国家统计局，上半年全国居民人均可支配收入20733元，同比名义增长5.4%。";
    assert!(all(data).iter().any(|s| s.contains("20733元")), "{:?}", all(data));
    // Connectives and a speaker's name over a line are no sub-headlines.
    let talk = "新能源汽车下乡活动启动\n\n10月15日，新能源汽车下乡活动在郑州启动。\n\n据悉\n本次活动将持续到12月底，覆盖全国20多个省份。";
    assert!(all(talk).iter().any(|s| s.starts_with("据悉")), "{:?}", all(talk));
    // A paper before its date is a keyword still.
    let r = shared().keywords("人民日报5日发表评论员文章，认为消费市场回暖势头明显。人民日报5日的文章引发关注。", &Options::default()).unwrap();
    assert!(r.keywords.iter().any(|k| k.word == "人民日报"), "{:?}", r.keywords);
}

#[test]
fn news_that_only_looks_like_a_host_a_post_or_a_record_stays_news() {
    let picks = |text: &str| picks(text, 3);
    for (text, sentence) in [
        ("中方回应美方评论\n\n外交部发言人林剑：美方有关言论罔顾事实，中方坚决反对。\n林剑表示，中方敦促美方恪守一个中国原则。", "外交部发言人林剑：美方有关言论罔顾事实，中方坚决反对。"),
        ("英超战报\n\n北京时间11月23日，利物浦主场1比2不敌诺丁汉森林。\n利物浦的主场不败纪录到此结束，球队近6轮联赛只拿到4分。", "利物浦的主场不败纪录到此结束，球队近6轮联赛只拿到4分。"),
        (
            "流感进入高发期\n\n今天我们邀请到了国家卫健委专家王华，她介绍说，今年流感以甲流H3N2为主，全国流感样病例阳性率已升至45%。\n王华建议，老人和儿童应尽快接种流感疫苗。",
            "今天我们邀请到了国家卫健委专家王华，她介绍说，今年流感以甲流H3N2为主，全国流感样病例阳性率已升至45%。",
        ),
        ("警惕退款诈骗\n\n近期，多地警方接到冒充电商客服实施退款诈骗的报警。\n记者采访了5名受害者，最高被骗金额达38万元。", "记者采访了5名受害者，最高被骗金额达38万元。"),
        ("【编者按】11月27日，国家统计局发布数据显示，1-10月全国规模以上工业企业实现利润总额5.9万亿元，同比增长3.2%。", "11月27日，国家统计局发布数据显示，1-10月全国规模以上工业企业实现利润总额5.9万亿元，同比增长3.2%。"),
        ("骑手劳动争议案开庭\n\n11月26日，杭州市中级人民法院公开审理一起外卖骑手劳动争议案。\n原告：我在该公司跑单两年，公司从未给我缴纳社保。", "原告：我在该公司跑单两年，公司从未给我缴纳社保。"),
        ("美联储维持利率不变\n\n美联储11月27日消息，决定维持联邦基金利率目标区间在4.25%至4.5%之间不变。\n市场普遍预计，美联储可能在明年一季度再次降息。", "美联储11月27日消息，决定维持联邦基金利率目标区间在4.25%至4.5%之间不变。"),
        (
            "市民反映小区停车难\n\n家住朝阳区的市民张女士告诉记者：\n“小区只有三百个车位，晚上回来根本找不到地方停，谁来管管？”\n对此，朝阳区住建委表示，将新增车位800个。",
            "“小区只有三百个车位，晚上回来根本找不到地方停，谁来管管？”",
        ),
    ] {
        let got = picks(text);
        assert!(got.iter().any(|s| s == sentence), "{sentence}: {got:?}");
    }
    // A greeting and a welcome in one sentence, a sign-off and the thanks: formulas all the same.
    let got = picks("观众朋友们晚上好，欢迎收看《新闻联播》。中共中央政治局11月26日召开会议，分析研究2026年经济工作。\n\n好，以上就是今天《新闻联播》的主要内容，感谢收看。");
    assert_eq!(got, ["中共中央政治局11月26日召开会议，分析研究2026年经济工作。"]);
    // A count's unit opens no keyword, but a word that starts like one stays (`双11` + `家电`).
    let r = shared()
        .summarize("双11家电以旧换新\n\n商务部表示，今年双11家电以旧换新补贴范围扩大。数据显示，双11家电销售额同比增长35%。", &Options::default())
        .unwrap();
    assert!(r.keywords.iter().any(|k| k.word.contains("家电")), "{:?}", r.keywords);
}

#[test]
fn a_live_blog_s_timed_entries_do_not_run_into_each_other() {
    let text = "泸定6.8级地震救援直播\n\n9月5日12:52，四川甘孜州泸定县发生6.8级地震。\n14:30 来自成都的消防救援队抵达磨西镇\n15:10 来自雅安的120名医护人员到位\n16:45 首批12名被困群众被成功救出。";
    let r = shared().summarize(text, &opts(|o| o.ratio = Some(1.0))).unwrap();
    assert_spans_match(text, &r);
    let texts: Vec<&str> = r.sentences.iter().map(|s| s.text.as_str()).collect();
    assert!(texts.contains(&"14:30 来自成都的消防救援队抵达磨西镇"), "{texts:?}");
    assert!(texts.contains(&"15:10 来自雅安的120名医护人员到位"), "{texts:?}");
}

#[test]
fn stories_one_blank_line_apart_each_under_its_headline_are_told_apart_by_their_words() {
    // Three stories, each a headline right over its text: no dateline, no marker, one blank
    // line between them, as a feed or a transcript sets them.
    let bulletin = "一季度经济数据发布\n国家统计局今天发布数据，一季度国内生产总值同比增长5.3%。其中工业增加值增长6.1%，服务业增加值增长5.0%。国家统计局新闻发言人表示，经济运行延续回升向好态势。\n\n南方强降雨持续\n中央气象台今天继续发布暴雨橙色预警，广西、广东等地有大暴雨。水利部已启动洪水防御Ⅳ级应急响应。气象部门提醒公众注意防范山洪和地质灾害。\n\n秋季学期开学工作部署\n教育部日前印发通知，部署做好秋季学期中小学开学工作。通知要求保障学生每天校内、校外各1小时体育活动时间。";
    let r = shared().summarize(bulletin, &opts(|o| o.sentences = Some(3))).unwrap();
    assert_spans_match(bulletin, &r);
    let titles: Vec<Option<&str>> = r.stories.iter().map(|s| s.title.as_deref()).collect();
    assert_eq!(titles, [Some("一季度经济数据发布"), Some("南方强降雨持续"), Some("秋季学期开学工作部署")]);
    let firsts: Vec<String> = r.sentences.iter().map(|s| s.text.chars().take(9).collect()).collect();
    assert_eq!(firsts, ["国家统计局今天发布", "中央气象台今天继续", "教育部日前印发通知"], "{:?}", r.sentences);
    // A feature's sections under their heads share its subject: one story.
    let feature = "一颗猕猴桃的出海记\n\n初秋时节，秦岭北麓的周至县猕猴桃种植园里，一串串果实挂满枝头。果农赵建军说，今年的猕猴桃个头匀、糖度高，新加坡客商订走了20吨。周至县是全国最大的猕猴桃生产基地县之一，全县猕猴桃种植面积达到43万亩，从业人员超过20万人。\n\n数字化赋能全链条\n\n走进周至县猕猴桃产业数字化服务中心，大屏幕上实时显示着全县果园的土壤墒情和病虫害预警。果农通过手机就能查看自家果园的糖度数据，猕猴桃的采摘时间更精准了。\n\n冷链物流补齐短板\n\n猕猴桃不耐储存，冷链物流曾是周至县果农的心病。如今全县建成冷库1200座，猕猴桃可以错峰销往俄罗斯和新加坡，出口量达到1.8万吨。";
    let r = shared().summarize(feature, &opts(|o| o.sentences = Some(3))).unwrap();
    assert_eq!(r.stories.len(), 1, "{:?}", r.stories);
    // So do a notice's numbered parts, whatever their words.
    let notice = "关于做好2025年春运工作的通知\n\n各地交通运输主管部门要提前谋划春运组织工作，加强运力调配，保障旅客平安有序出行。\n\n一、加强铁路运力保障\n铁路部门要用足用好新增线路和动车组，增开夜间高铁和临客列车，满足探亲流和务工流需求。\n\n二、做好恶劣天气应对\n气象部门要及时发布雨雪冰冻预警信息，公路养护单位要提前储备融雪剂和除冰设备。";
    let r = shared().summarize(notice, &opts(|o| o.sentences = Some(3))).unwrap();
    assert_eq!(r.stories.len(), 1, "{:?}", r.stories);
}

#[test]
fn holidays_are_keywords_and_comparisons_honorifics_and_a_notice_s_joints_are_not() {
    let text = "春节假期铁路客流创新高\n\n截至2月17日，春节假期全国铁路累计发送旅客1.2亿人次。春节期间，多地迎来返乡高峰，春节出行需求旺盛。铁路部门表示，即日起将加开夜间列车，如遇大雪天气将及时调整。\n\n2月份CPI同比上涨0.7%\n\n国家统计局数据显示，2月份CPI同比上涨0.7%。其中食品价格同比上涨2.3%，CPI同比涨幅较上月扩大。食品价格同比涨幅最大的是鲜菜。\n\n周维忠同志逝世\n\n周维忠同志因病于2月10日逝世，享年88岁。周维忠同志长期从事教育工作。";
    let words: Vec<String> = shared().keywords(text, &opts(|o| o.keywords = 20)).unwrap().keywords.into_iter().map(|k| k.word).collect();
    // The holiday the news is about, and the names without what follows them.
    for w in ["春节", "CPI", "周维忠"] {
        assert!(words.iter().any(|k| k == w), "{w}: {words:?}");
    }
    for w in ["CPI同比", "价格同比", "周维忠同志", "截至", "即日起", "如遇", "因病", "享年"] {
        assert!(words.iter().all(|k| k != w), "{w}: {words:?}");
    }
    // A count's 万 or 亿 belongs to its number, a decimal one too (`2.8` + `万人`).
    let text = "马拉松今日开跑\n\n今年马拉松共有3.5万人报名，最终2.8万人参赛。赛事吸引了1.2万人次志愿者报名，另有5万人在沿途观赛。";
    let words: Vec<String> = shared().keywords(text, &Options::default()).unwrap().keywords.into_iter().map(|k| k.word).collect();
    assert!(words.iter().any(|k| k == "马拉松") && words.iter().all(|k| !k.starts_with(['万', '亿'])), "{words:?}");
}

#[test]
fn with_more_stories_than_sentences_the_lead_story_is_not_dropped() {
    // Four flashes, three sentences: the first (GDP) was left out for the last three, the
    // second flash repeating its source and date.
    let text = "新华社北京7月15日电 国家统计局15日发布数据，二季度我国国内生产总值同比增长4.7%，上半年同比增长5.0%。\n\n\
                新华社北京7月15日电 国家统计局15日公布，6月份社会消费品零售总额同比增长2.0%，规模以上工业增加值同比增长5.3%。\n\n\
                新华社北京7月15日电 中国人民银行15日开展1000亿元中期借贷便利操作，中标利率为2.50%，与上期持平。\n\n\
                新华社上海7月15日电 记者15日从上海期货交易所获悉，上期所将于7月下旬推出集运指数期权合约。\n";
    let got = picks(text, 3);
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got[0].contains("国内生产总值"), "{got:?}");
}

#[test]
fn an_explainer_s_bare_questions_and_a_roundup_s_promise_are_no_summary() {
    let explainer = "高温来袭，热射病有多危险？\n\n近日，我省多地最高气温突破38℃，部分医院急诊已接诊多例热射病患者。热射病是什么？哪些人容易中招？我们请专家一一解答。\n\n一、什么是热射病？\n\n热射病是最严重的一种中暑类型，核心体温超过40℃，并伴有意识障碍。热射病病情进展快，病死率较高，是需要立即抢救的急症。";
    let got = picks(explainer, 3);
    assert!(got.iter().all(|s| !s.ends_with('？')), "{got:?}");
    let roundup = "科技周报\n\n本周科技圈依旧热闹：国产大模型密集更新，一家独角兽在上市前夜突然撤回申请。我们挑出本周最值得关注的八件事，帮你快速回顾。\n\n10月10日，澜智科技在深川举行发布会，推出新一代通用大模型“观澜3.0”，宣称推理成本下降七成。原计划募资38亿元的芯途半导体于10月11日主动撤回上市申请。";
    let got = every_sentence(roundup);
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got.iter().all(|s| !s.contains("帮你快速回顾")), "{got:?}");
}

#[test]
fn a_listing_is_summarized_by_its_rows_and_a_traditional_explainer_s_question_is_none() {
    let listing = "巨汇资讯 · 上市公司公告\n\n代码\t简称\t公告标题\t公告时间\n603517\t泓屿电器\t关于部分产品实施召回的公告\t2025-06-20 19:45\n002836\t岚禾乳业\t2024年年度权益分派实施公告\t2025-06-20 18:30\n300918\t青屿科技\t关于获得政府补助的公告\t2025-06-20 17:52\n601735\t鼎川置业\t2025年5月销售简报\t2025-06-20 17:30";
    let got = picks(listing, 3);
    assert!(got.iter().filter(|s| s.contains("\t")).count() >= 2, "{got:?}");
    let explainer = "慢性腎臟病患者的飲食原則\n\n一、什麼是慢性腎臟病？\n\n慢性腎臟病是指腎臟結構或功能出現異常，且持續超過三個月。適當的飲食控制，可以減輕腎臟負擔，延緩腎功能惡化。";
    let got = every_sentence(explainer);
    assert!(got.iter().all(|s| !s.contains("什麼是")), "{got:?}");
}

#[test]
fn formulas_of_manuals_courts_releases_and_digests_are_no_summary() {
    let body = "汀阳市12日召开城市更新工作推进会，正式启动城市更新三年行动。今年将改造老旧小区126个，新增停车位8000个。";
    for formula in [
        "感谢您选购岚能便携式储能电源。",
        "使用前请仔细阅读本手册，并妥善保管以备日后查阅。",
        "澄川市青屿区人民法院刑事审判庭现在开庭。",
        "中心正跟進事件。",
        "晚报｜6月18日，周三，今天发生了这些事🌙",
        "“医保卡在外地被盗刷”？",
        "（责任部门：工程管理中心、各区域公司；完成时限：7月5日）",
    ] {
        let got = every_sentence(&format!("{formula}\n\n{body}"));
        assert!(got.iter().all(|s| s != formula), "{formula}: {got:?}");
    }
}

#[test]
fn words_set_apart_by_spaces_only_fill_in_a_summary() {
    // A job board's page: the recruiter's status line stands high, the duties are the news.
    let text = "首页　职位　公司　校园　APP　　　　我要找工作　我要招聘　登录/注册\n\n成都 > 职位 > 后端开发 > Java\n\n高级Java开发工程师（支付方向）\n25-40K·14薪\n成都 高新区 | 3-5年 | 本科\n五险一金　带薪年假　年终奖　定期体检　弹性工作　餐补　免费班车\n立即沟通　感兴趣　举报　分享\n\n张女士\nHR经理 · 刚刚活跃\n回复率高\n\n职位描述\nJava　Spring Cloud　MySQL　Redis　Kafka　支付系统　高并发\n\n岗位职责：\n1. 负责公司支付核心系统（收单、清结算、对账）的架构设计与开发，保障系统在大促期间日均千万级交易量下的稳定运行；\n2. 参与支付链路的性能优化与容量规划，持续提升系统可用性，目标SLA 99.99%；\n3. 对接银行、第三方支付渠道及跨境支付机构，完成通道接入与联调；\n4. 参与制定团队开发规范，进行代码评审，指导初中级工程师成长；\n5. 配合风控、财务等团队，完成资金安全相关的需求开发与问题排查。\n\n任职要求：\n1. 本科及以上学历，计算机相关专业，3年以上Java开发经验，其中至少2年支付、金融或电商交易系统经验；\n2. 熟练掌握Spring Boot / Spring Cloud，熟悉MySQL、Redis、Kafka等中间件的原理与调优；\n3. 有高并发、分布式事务、幂等设计等实际项目经验，能独立排查线上问题；\n4. 熟悉资金对账、清结算业务流程者优先；有跨境支付经验者优先；\n5. 良好的沟通能力和责任心，能承受一定的工作压力（大促期间需轮值）。\n";
    let got = picks(text, 3);
    assert!(got.iter().all(|s| !s.contains("刚刚活跃")), "{got:?}");
    assert!(got.iter().any(|s| s.contains("支付核心系统")), "{got:?}");
    // Alone, it is still what the text has.
    assert_eq!(picks("HR经理 · 刚刚活跃 · 回复率高", 1), ["HR经理 · 刚刚活跃 · 回复率高"]);
}

#[test]
fn a_word_cut_by_a_column_break_across_a_blank_line_is_read_whole() {
    let text = "俄罗斯已失去了全球第八大经济体的地位。\n\n现在看来，意\n\n大利、印度、加拿大和澳\r\n大利亚的经济规模可能已经超过俄罗斯。\n\n分析人士指出，卢布贬值是主要原因。";
    let r = shared().keywords(text, &Options::default()).unwrap();
    assert!(r.keywords.iter().any(|k| k.word == "意大利"), "{:?}", r.keywords);
}

#[test]
fn a_video_s_sign_off_is_no_summary_sentence() {
    let text = "存钱的第一步，是先把每月工资的一部分自动转入储蓄账户。第二步，给自己设一个看得见的目标。关注我，下期教你给存款找个安全的“家”。";
    let got = every_sentence(text);
    assert!(got.iter().all(|s| !s.starts_with("关注我")), "{got:?}");
    assert!(got.iter().any(|s| s.starts_with("存钱的第一步")), "{got:?}");
}

#[test]
fn a_letter_s_courtesy_thanks_are_no_summary_sentence() {
    let text = "张丽萍代表：\n\n首先，感谢您对我市基础教育工作的关心和支持。您提出的关于加快城区学校建设的建议收悉，现答复如下。今年我市将新建和改扩建中小学12所，新增学位1.08万个。";
    let got = every_sentence(text);
    assert!(got.iter().all(|s| !s.contains("关心和支持")), "{got:?}");
    assert!(got.iter().any(|s| s.starts_with("今年我市将新建")), "{got:?}");
}

#[test]
fn a_live_room_s_banner_is_no_summary_sentence() {
    let text = "抖音严禁未成年人直播或打赏，直播间内严禁出现违法违规、低俗色情、吸烟酗酒等内容。\n\n阿强：今天给大家带来的是赣南脐橙，果园直发，一箱十斤只要39块9。\n\n阿强：这批橙子是今早刚摘的，甜度在13度以上。";
    let got = every_sentence(text);
    assert!(got.iter().all(|s| !s.contains("严禁")), "{got:?}");
}

#[test]
fn a_page_pasted_as_one_line_leaves_its_menu_and_stamps_out_of_the_first_sentence() {
    let text = "首页 关于我们 展览 藏品 教育活动 文创商店 English 当前位置：首页 > 新闻动态 “窑火千年”特展开幕 发布时间：2024-05-08 4月28日，由临川博物馆主办的“窑火千年——白溪窑考古成果展”在一号展厅开幕。本次展览共展出2019年至2023年出土的瓷器标本286件。江城晚报 A08版：城事 上一版 下一版 【地铁5号线南延段下月试运营】本报讯（记者 胡一鸣）记者昨日从市轨道交通集团获悉，地铁5号线南延段已完成全部试运行测试。";
    let got = every_sentence(text);
    assert!(got.iter().any(|s| s.starts_with("4月28日，由临川博物馆主办")), "{got:?}");
    assert!(got.iter().any(|s| s.starts_with("记者昨日从市轨道交通集团获悉")), "{got:?}");
    assert!(got.iter().all(|s| !s.contains("首页") && !s.contains("上一版")), "{got:?}");
    // Words run up to a line break: the sentence starts after it (the spans are checked).
    let got = every_sentence("\n人工智能技术加速迭代演进，……《𠀀 It works. 答：安宁疗护》  \r\n国务院日前印发意见。A");
    assert!(got.iter().any(|s| s == "国务院日前印发意见。"), "{got:?}");
}

#[test]
fn a_manual_s_thanks_and_a_post_s_greeting_are_no_summary_sentences() {
    let text = "感谢您选用澜庭电热水器！使用前请仔细阅读本说明书。本产品须可靠接地，电源插座应使用独立回路。\n\n各位园友，好久不见！园里的长颈鹿妈妈朵朵在3月12日顺利产下一只雌性宝宝，母女平安。";
    let got = every_sentence(text);
    assert!(got.iter().all(|s| !s.starts_with("感谢您选用") && !s.starts_with("各位园友")), "{got:?}");
    assert!(got.iter().any(|s| s.starts_with("园里的长颈鹿妈妈")), "{got:?}");
}

#[test]
fn a_page_s_unended_line_gives_way_to_a_sentence() {
    // A page's own line (its live-update label, a link, a signature) has no sentence end: it
    // may still be picked, but a statement of the same weight goes first.
    let text = "台风“青鸾”逐步加强，省气象台将台风预警升级为橙色。\n台风“青鸾”橙色预警最新消息（本页面滚动更新）\n\
                预计“青鸾”15日夜间在澜港沿海登陆，登陆时风力可达14级。\n受台风影响，澜港、屿南将有暴雨到大暴雨。\n\
                省防指已启动防台风二级应急响应，沿海渔船全部回港避风。\n学校15日停课一天。";
    let r = shared().summarize(text, &opts(|o| o.sentences = Some(2))).unwrap();
    assert_spans_match(text, &r);
    let got: Vec<&str> = r.sentences.iter().map(|s| s.text.as_str()).collect();
    assert!(got.iter().any(|s| s.starts_with("预计“青鸾”15日夜间")), "{got:?}");
    assert!(got.iter().all(|s| !s.contains("最新消息")), "{got:?}");
}

#[test]
fn a_platform_s_or_a_report_s_standing_disclaimer_is_no_summary_sentence() {
    let text = "县里把社区老年助餐点向上班族开放，按市场价收费，多数点位实现了收支平衡。\n\n平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。\n\n\
                本报告由恒泽期货有限公司研究所制作，仅供本公司客户参考使用。\n\n\
                Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, \
                which is a social media platform and only provides information storage services.";
    let got = every_sentence(text);
    assert!(got.iter().any(|s| s.starts_with("县里把社区老年助餐点")), "{got:?}");
    assert!(got.iter().all(|s| !s.contains("仅代表作者本人") && !s.contains("仅供本公司客户参考") && !s.contains("Notice")), "{got:?}");
}

#[test]
fn a_page_s_menu_word_between_section_headers_is_no_story_s_sentence() {
    // The menu's headers split the page into stories; the one holding `首页` alone must not
    // take a summary sentence from the article's stories.
    let text = "红星新闻\n\n打开APP\n\n首页\n\n要闻\n\n锦泉\n\n评论\n\n视频\n\n\
                9月20日上午，锦泉市桂园小区3栋楼下，施工人员正在为新装的电梯做最后的调试。\n\n\
                这栋建于1994年的7层老楼共有87户居民，其中60岁以上老人超过一半。\n\n\
                社区推行“楼道议事会”，把分歧摆到桌面上谈，议事会前后开了11次。\n\n\
                按照老旧小区加装电梯政策，每部电梯可获得20万元财政补贴，其余部分由居民分摊。";
    let got = picks(text, 3);
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got.iter().all(|s| s != "首页" && s != "视频"), "{got:?}");
}

#[test]
fn a_page_s_button_over_its_lead_is_no_headline_even_where_its_last_char_makes_a_word() {
    // `点击收听本文` / `华声…`: `文华` is a word, but a button is no column's cut; the page has one
    // story, under its own headline.
    let text = "岚州186家长者食堂实现城区街道全覆盖\n2024-05-14 08:32:16　来源：华声广播网\n00:00\n/\n03:12\n点击收听本文\n\
华声广播网岚州5月14日消息（记者 柯静怡）中午11点刚过，南塘街道的长者食堂里已经坐满了人。\n\
记者从岚州市民政局获悉，全市已建成运营长者食堂186家。";
    let units = textrank_zh::debug_units(shared(), text);
    assert!(units.iter().any(|u| u == "0 Credit | 点击收听本文"), "{units:?}");
    assert!(units.iter().any(|u| u == "0 Body | 中午11点刚过，南塘街道的长者食堂里已经坐满了人。"), "{units:?}");
    assert_eq!(units.iter().filter(|u| u.starts_with("story ")).collect::<Vec<_>>(), ["story 0: title=Some(\"岚州186家长者食堂实现城区街道全覆盖\")"]);
}

#[test]
fn an_account_s_prompt_over_its_post_is_no_part_of_the_post() {
    let text = "原创 澄江都市报 澄江都市报 2024-11-02 20:15\n点击蓝字\n关注我们\n电动自行车入户充电引发火灾！澄江一小区凌晨起火，10人被救出\n\
11月2日凌晨，澄江市翠湖花园一住户家中起火，消防员救出被困居民10人。\n经初步调查，起火原因系电动自行车在室内充电时发生故障。";
    let units = textrank_zh::debug_units(shared(), text);
    assert!(units.iter().any(|u| u == "0 Credit | 关注我们"), "{units:?}");
    assert!(units.iter().all(|u| !u.contains("关注我们电动")), "{units:?}");
}

#[test]
fn a_blog_s_totals_atop_the_page_leave_the_post_s_title_to_head_it() {
    // `评论 - 241` counts all the blog's comments: what follows is the post, not a thread.
    let text = "码园博客\n首页\n新随笔\n联系\n订阅\n管理\n随笔 - 86　文章 - 0　评论 - 241　阅读 - 31万\n\
一次接口P99延迟飙升的排查：连接池、超时与“重试风暴”\n\
上周四晚上 20:40 左右，我们的订单中心接口告警：P99 延迟从平时的 120ms 左右一路涨到 4 秒多。\n持续了大约 25 分钟后自动恢复。";
    let units = textrank_zh::debug_units(shared(), text);
    assert!(units.iter().any(|u| u == "0 Credit | 随笔 - 86　文章 - 0　评论 - 241　阅读 - 31万"), "{units:?}");
    assert!(units.iter().any(|u| u == "0 Headline { sub: false } | 一次接口P99延迟飙升的排查：连接池、超时与“重试风暴”"), "{units:?}");
    assert!(units.iter().any(|u| u.starts_with("0 Body | 上周四晚上")), "{units:?}");
}

#[test]
fn a_briefing_s_item_number_on_its_own_line_is_a_mark_and_the_line_under_it_a_headline() {
    let text = "早安江澄\n\n1\n丰乐路积水点改造工程下月开工\n记者从市城管局获悉，城北丰乐路易涝路段改造工程将于7月中旬开工。\n\n\
2\n地铁3号线北延段开始试运行\n地铁3号线北延段今天起开始空载试运行，全长7.8公里。";
    let units = textrank_zh::debug_units(shared(), text);
    for mark in ["1", "2"] {
        assert!(units.iter().any(|u| u.ends_with(&format!("Credit | {mark}"))), "{units:?}");
    }
    for head in ["丰乐路积水点改造工程下月开工", "地铁3号线北延段开始试运行"] {
        assert!(units.iter().any(|u| u.contains("Headline") && u.ends_with(&format!("| {head}"))), "{units:?}");
    }
}

#[test]
fn a_cover_s_fields_are_no_text_but_a_report_s_rows_of_figures_are() {
    let text = "江澄大学2025年大学生暑期社会实践\n\n调研报告\n\n题    目：“指尖上的距离”——临溪县农村老年人智能手机使用情况调研\n团队名称：银龄数字助老实践团\n所在学院：公共管理学院\n指导教师：许文静\n提交日期：2025年9月10日\n\n\
2025年7月，实践团赴临溪县6个行政村开展实地调研，共回收有效问卷412份。\n\n来电总量：41.7万通\n人工接通率：93.1%\n自助办结率：37.6%\n";
    let units = textrank_zh::debug_units(shared(), text);
    for field in ["题    目：“指尖上的距离”——临溪县农村老年人智能手机使用情况调研", "团队名称：银龄数字助老实践团", "提交日期：2025年9月10日"]
    {
        assert!(units.iter().any(|u| u.ends_with(&format!("Credit | {field}"))), "{field}: {units:?}");
    }
    assert!(units.iter().any(|u| u.contains("Body | 来电总量：41.7万通")), "{units:?}");
}

#[test]
fn a_section_s_own_menu_named_in_the_site_s_bar_is_no_text_and_the_title_under_the_trail_heads_the_page() {
    let text = "禾丰智能装备股份有限公司\n发布单位：禾丰智能董事会办公室\n首页  关于禾丰  产品与解决方案  新闻中心  投资者关系  社会责任  加入我们\n投资者关系\n  公司公告\n  定期报告\n  致股东的信\n  投资者活动\n\n\
首页 > 投资者关系 > 致股东的信\n\n2024年度致股东的信\n\n发布日期：2025-04-18\n\n尊敬的各位股东：\n\n2024年是禾丰成立的第十五年，也是我们经历市场考验最多的一年。受下游光伏行业产能调整影响，公司订单大幅减少。\n";
    let units = textrank_zh::debug_units(shared(), text);
    for item in ["发布单位：禾丰智能董事会办公室", "投资者关系", "公司公告", "致股东的信"] {
        assert!(units.iter().any(|u| u.ends_with(&format!("Credit | {item}"))), "{item}: {units:?}");
    }
    assert!(units.iter().any(|u| u.contains("Headline") && u.ends_with("| 2024年度致股东的信")), "{units:?}");
}

#[test]
fn a_party_s_address_cut_onto_the_next_line_of_a_wrapped_award_is_the_party_s_line_not_a_sentence() {
    let text = "江临市劳动人事争议仲裁委员会\n仲 裁 裁 决 书\n临劳人仲案字〔2025〕第0412号\n申请人：周明远，男，1990年3月出生，汉族，住江\n临市东湖区柳岸路8号。\n\
被申请人：江临快运物流有限公司，住所地江临市\n经开区创新大道12号。\n法定代表人：何立新，该公司执行董事。\n申请人周明远与被申请人江临快运物流有限公司（以\n下简称快运公司）劳动争议一案，本委于2025年4月\n2日立案受理，依法组成仲裁庭于2025年5月8日公\n开开庭进行了审理。申请人到庭参加了庭审。\n";
    let units = textrank_zh::debug_units(shared(), text);
    for cut in ["临市东湖区柳岸路8号。", "经开区创新大道12号。"] {
        assert!(units.iter().any(|u| u.ends_with(&format!("Credit | {cut}"))), "{cut}: {units:?}");
    }
    let picked = picks(text, 3);
    assert!(picked.iter().all(|s| !s.contains("柳岸路") && !s.contains("创新大道")), "{picked:?}");
}

#[test]
fn a_document_library_s_title_with_its_term_heads_the_page_over_its_upload_line() {
    let text = "知页文库\n搜索文档、资料、模板        搜索\n首页 > 教育专区 > 中小学教育 > 家长会\n\n初一（2）班期末家长会班主任发言稿（2025秋）\n\n\
上传者：晨曦2019   上传时间：2025-12-20   页数：4页   浏览：1,208   下载：95\n\n尊敬的各位家长：\n\n首先，感谢大家在百忙之中抽出时间来参加今天的家长会。本学期我们班语文、数学两科平均分在年级排名第三，比期中提高了两个名次。\n";
    let units = textrank_zh::debug_units(shared(), text);
    assert!(units.iter().any(|u| u.contains("Headline") && u.ends_with("| 初一（2）班期末家长会班主任发言稿（2025秋）")), "{units:?}");
    assert!(units.iter().any(|u| u.contains("Credit | 上传者：晨曦2019")), "{units:?}");
    assert!(picks(text, 1).iter().all(|s| !s.contains("发言稿")), "{units:?}");
}

#[test]
fn a_market_report_s_quote_rows_and_its_turnover_field_stand_apart_from_the_paragraph_below() {
    let text = "收评：三大指数震荡收涨 创业板指涨1.3%\n\n2025年10月21日 15:05  财经网\n\nA股三大指数今日震荡走高。截至收盘，沪指涨0.42%，深成指涨0.91%，创业板指涨1.30%。\n\n【行情数据】\n\
上证指数  3,402.16  +14.22  +0.42%\n深证成指  10,871.05  +98.11  +0.91%\n创业板指  2,241.60  +28.77  +1.30%\n沪深两市成交额：12,104亿元\n\n\
板块方面，半导体板块午后拉升，多只个股涨停；算力概念股走强。\n";
    let units = textrank_zh::debug_units(shared(), text);
    assert!(units.iter().any(|u| u.ends_with("| 沪深两市成交额：12,104亿元")), "{units:?}");
    assert!(units.iter().any(|u| u.ends_with("Body | 板块方面，半导体板块午后拉升，多只个股涨停；算力概念股走强。")), "{units:?}");
    for row in ["上证指数  3,402.16  +14.22  +0.42%", "深证成指  10,871.05  +98.11  +0.91%"] {
        assert!(units.iter().any(|u| u.ends_with(&format!("| {row}")) && !u.contains("Body")), "{row}: {units:?}");
    }
}

#[test]
fn a_food_blog_s_title_filing_sign_off_and_comments_are_no_text() {
    let text = "阿青吃遍台南｜美食・旅遊\n首頁  台南美食  國內旅遊  關於阿青\n\n[台南中西區] 老宅裡的鍋燒意麵「南巷鍋燒」｜湯頭清甜、蝦仁超大尾｜近赤崁樓\n\
文章分類：台南美食 / 中西區美食    標籤：台南鍋燒意麵、台南老宅\n作者：阿青    發表時間：2025-06-02 20:15    人氣(2,407)\n\n\
最近去赤崁樓附近散步，在巷子裡發現一間老宅改建的鍋燒意麵店。湯頭是用蝦殼和柴魚熬的，喝起來很清甜，蝦仁也很大尾。\n\n\
老闆說每天只煮三大鍋湯，賣完就收，建議平日中午前來。\n\n喜歡這篇文章的話，歡迎追蹤阿青的粉絲專頁和IG，有更多台南美食分享喔💕\n\n\
留言(2)\n小安 於 2025/06/03 09:12 回覆\n上禮拜剛去吃過！湯頭真的很讚，不過等了快30分鐘😂\n\n阿青 於 2025/06/03 10:25 回覆\n@小安 對呀假日人真的很多～\n";
    let units = textrank_zh::debug_units(shared(), text);
    assert!(units.iter().any(|u| u.contains("Headline") && u.contains("[台南中西區] 老宅裡的鍋燒意麵")), "{units:?}");
    for meta in ["文章分類：", "作者：阿青    發表時間：", "喜歡這篇文章的話", "上禮拜剛去吃過", "@小安 對呀"] {
        assert!(units.iter().any(|u| u.contains(&format!("Credit | {meta}"))), "{meta}: {units:?}");
    }
}

#[test]
fn a_check_report_s_fields_around_its_author_are_no_text_and_its_figures_stand_each_alone() {
    let text = "文鉴学术不端检测系统\n文本复制检测报告单\n篇名：县域冷链物流设施利用效率研究\n作者：谷雨辰\n指导教师（审查人）：汪澄\n检测机构：桐岭大学研究生院\n检测类型：硕士学位论文\n\n\
检测结果\n去除本人文献复制比：11.6%\n去除引用文献复制比：8.9%\n总文字复制比：11.6%\n\n检测结论：总文字复制比11.6%，符合我校硕士学位论文送审要求。\n";
    let units = textrank_zh::debug_units(shared(), text);
    for field in ["指导教师（审查人）：汪澄", "检测机构：桐岭大学研究生院"] {
        assert!(units.iter().any(|u| u.ends_with(&format!("Credit | {field}"))), "{field}: {units:?}");
    }
    for figure in ["去除本人文献复制比：11.6%", "去除引用文献复制比：8.9%"] {
        assert!(units.iter().any(|u| u.ends_with(&format!("Body | {figure}"))), "{figure}: {units:?}");
    }
}

#[test]
fn a_ledger_s_tabbed_filing_row_closing_on_a_bracketed_note_stays_apart_from_the_note_under_it() {
    let text = "梧川区消防安全隐患排查整改台账\n填报单位：南塘街道平安办（应急管理办公室）\t\t\t填报日期：2024年10月31日\n说明：本季度对辖区内场所开展全覆盖排查。截至10月31日，共排查单位412家。\n";
    let units = textrank_zh::debug_units(shared(), text);
    assert!(units.iter().any(|u| u.ends_with("Body | 说明：本季度对辖区内场所开展全覆盖排查。")), "{units:?}");
    assert!(picks(text, 3).iter().all(|s| !s.contains("填报单位")), "{units:?}");
}

#[test]
fn a_questionnaire_s_questions_over_their_choices_are_no_text_but_a_checklist_under_its_head_is() {
    let text =
        "岚州市公共自行车使用情况调查\n\n岚州市公共自行车系统自2014年投入运营以来，目前在中心城区设有站点1260个。为科学调整站点布局，特开展本次调查。\n\n\
*1. 您目前的居住区域\n○ 梧川区\n○ 青屿区\n\n*2. 最近三个月，您使用公共自行车的频率是？\n○ 几乎每天\n○ 每周1-2次\n\n\
7. 附：评审检查清单\n□ 是否有足够的单元测试\n□ 是否引入新的依赖\n";
    let units = textrank_zh::debug_units(shared(), text);
    for form in ["*1. 您目前的居住区域", "○ 梧川区", "*2. 最近三个月，您使用公共自行车的频率是？", "○ 几乎每天"] {
        assert!(units.iter().any(|u| u.ends_with(&format!("Credit | {form}"))), "{form}: {units:?}");
    }
    assert!(units.iter().any(|u| u.contains("□ 是否有足够的单元测试") && u.contains("Body")), "{units:?}");
}

#[test]
fn a_page_s_lines_without_a_sentence_end_yield_to_its_sentences() {
    // A blog's column label and an auction's court field, each alone on its line, against the
    // post's and the notice's own sentences (review round 29 q09 and round 32 s19, as written).
    let blog = include_str!("fixtures/blog-post.txt");
    let got = picks(blog, 3);
    assert!(got.iter().all(|s| !s.starts_with("分类专栏")), "{got:?}");
    let auction = include_str!("fixtures/auction-page.txt");
    let got = picks(auction, 3);
    assert!(got.iter().all(|s| !s.starts_with("处置单位")), "{got:?}");
}

#[test]
fn a_report_s_disclaimer_of_itself_is_never_summarized_even_inside_a_paragraph() {
    let report = "生猪期货周报\n\n现货涨势放缓，二次育肥集中出栏预期升温，盘面高位震荡偏弱。综合来看，近期生猪价格上涨主要源于养殖端惜售压栏和二次育肥入场，并非终端需求改善所致。\n\n本公司具备期货投资咨询业务资格。本报告中的信息均来源于公开资料，本公司对这些信息的准确性和完整性不作任何保证。报告中的观点、结论和建议仅供参考，不构成对任何人的投资建议。期市有风险，投资需谨慎。\n\n以上内容综合自新华社、财联社等，仅供参考，不构成投资建议。";
    let got = every_sentence(report);
    assert!(got.iter().any(|s| s.starts_with("综合来看")), "{got:?}");
    for disclaimer in ["本报告中的信息", "报告中的观点", "期市有风险", "以上内容"] {
        assert!(got.iter().all(|s| !s.starts_with(disclaimer)), "{disclaimer}: {got:?}");
    }
    // News of a disclaimer stays news.
    let news = "专家提醒，网上荐股仅供参考，不构成投资建议，投资者须自担风险。";
    assert_eq!(every_sentence(news), [news]);
}

#[test]
fn a_page_s_tail_of_links_read_as_a_story_of_its_own_takes_no_place_in_the_summary() {
    // Under the post's counters and comments: the author's other posts and the site's slogan,
    // lines without a sentence end that the layout reads as a later story.
    let post = "金秋合唱团喜获一等奖！\n晚霞满天\n2025-10-15 20:16 · 阅读 1286\n\n10月12日，区里举办了第三届社区合唱比赛。\n我们白鹭湾社区金秋合唱团带着精心准备的两首歌曲参加比赛，一举获得了合唱类一等奖！\n团长刘桂兰老师二话不说，马上联系社区借活动室，制定了排练计划。\n下一步，我们合唱团准备排练几首新歌，争取明年再拿好成绩。\n\n编辑：秋菊\n\n👍 186   🌹 52   💬 37   ↗ 分享\n\n评论 37\n\n夏荷：太棒了 姐妹们辛苦了！\n10-15\n\n展开更多评论\n\n作者的其他美篇\n· 金秋合唱团八周年团庆\n· 春游植物园 赏花拍照乐开怀\n· 重阳节包饺子 邻里情更浓\n\n美篇 · 让每个人都能记录美好";
    let got = picks(post, 3);
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got.iter().all(|s| s.ends_with(['。', '！'])), "{got:?}");
    // A paste of such lines only is still summed up from them.
    let links = "作者的其他美篇\n· 金秋合唱团八周年团庆\n· 春游植物园 赏花拍照乐开怀\n\n\n重阳节包饺子 邻里情更浓\n美篇 · 让每个人都能记录美好";
    assert_eq!(picks(links, 2).len(), 2);
}
