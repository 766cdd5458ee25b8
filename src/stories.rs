//! A pasted bulletin as stories and line roles, with paste repair: lines that a
//! column break cut in two are joined back into one body block.

use crate::normalize::{is_han, Line};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A story's headline; `sub` marks a sub-headline (`——解读…`, section heads).
    Headline {
        sub: bool,
    },
    /// A column header such as `国内要闻`.
    Header,
    /// A `问：…` line, or a reporter's question (`法新社记者：…？`).
    Question,
    Body,
    Dateline,
    Byline,
    /// Credits and end marks: `新华社发`, `（完）`, `（责任编辑：…）`.
    Credit,
    /// Whom a notice addresses, under its headline: `各位患者：`, `尊敬的客户：`.
    Salutation,
    /// A photo's caption in a story that has text of its own: it tells what the picture
    /// shows, not the news, so it is summary text only where the story has no other.
    Caption,
}

impl Role {
    /// Prose, split into sentences: the body and captions.
    pub fn is_prose(self) -> bool {
        matches!(self, Role::Body | Role::Caption)
    }
}

/// A line, or for body text a run of mended lines, as a byte range of the input.
/// For body blocks the range already skips leading markers and trailing credits.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub start: usize,
    pub end: usize,
    pub role: Role,
    pub story: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StorySpan {
    pub start: usize,
    pub end: usize,
    /// Index of the story's headline block, if it has one.
    pub title: Option<usize>,
}

const HEADER_SUFFIXES: &[&str] = &[
    "要闻", "新闻", "快讯", "速递", "视窗", "视点", "聚焦", "前沿", "观察", "动态", "关注", "民生", "资讯", "专栏", "综述", "短评", "时评", "热点", "简讯",
    "纵横", "看台", "一线", "追踪", "生活", "早报", "午报", "晚报", "简报", "快报",
];
/// A newspaper's section names, which head a column on a line of their own (`经济`, `国际`);
/// longer ones end on a header suffix (`国内要闻`, `科技前沿`).
const SECTIONS: &[&str] = &[
    "要闻", "国内", "国际", "环球", "经济", "财经", "金融", "科技", "教育", "文化", "文娱", "体育", "社会", "法治", "法制", "时政", "政务", "军事", "健康",
    "娱乐", "旅游", "汽车", "房产", "评论", "地方", "民生", "副刊", "读书", "三农", "两岸", "港澳",
];
const AGENCIES: &[&str] = &[
    "新华社",
    "中新社",
    "中新网",
    "新华网",
    "人民网",
    "央视网",
    "本报",
    "央广网",
    "法新社",
    "路透社",
    // Reuters' Chinese wire drops the 社: `路透北京3月14日电`.
    "路透",
    "美联社",
    "财联社",
    "中央社",
    "中通社",
    "共同社",
    "韩联社",
    "塔斯社",
];
pub(crate) const CLOSERS: &[char] = &['”', '’', '」', '』', '）', ')', '》', '】', '〕', '"', '\''];
pub(crate) const TERMINALS: &[char] = &['。', '！', '？', '!', '?', '…', '.', '；', ';', '：', ':'];
const CLAUSE: &[char] = &['，', '、', '；', ',', '：'];
/// Verbs whose object is what follows them (`记者从市住建局获悉` / `今年以来，…。`): a line that
/// ends on one opens a sentence.
const LEARNING_VERBS: &[&str] = &["获悉", "了解到", "得知", "获知"];
/// What a filing or an official document says it is, at the end of its `关于…` title.
const DOCUMENT_KINDS: &[&str] = &["公告", "通知", "通告", "决定", "意见", "报告", "批复", "函", "办法", "规定", "方案", "提示性公告", "公示", "通报"];
/// How an issuer's name ends: a company, a government body, a court.
const ISSUER_ENDINGS: &[&str] =
    &["公司", "集团", "银行", "政府", "委员会", "办公室", "办公厅", "局", "厅", "部", "院", "所", "中心", "协会", "大学", "学院", "队", "处", "署", "委"];
/// Verbs that report speech or findings (`…指出，`, `据了解，`): a clause ending on one opens a
/// sentence's report, which a headline puts with a colon.
const SAYING: &[&str] = &[
    "表示", "指出", "认为", "强调", "介绍", "透露", "称", "说", "了解", "据悉", "显示", "发现", "表明", "提出", "要求", "宣布", "报道", "预计", "预测", "预报",
    "估计",
];

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// `国内要闻`, `图片新闻`: a short all-Han line with a column-like ending; or a paper's page
/// masthead, `人民日报 2025年9月5日 第01版：要闻`.
fn is_header(s: &str) -> bool {
    // Set off by marks as papers print it: `【国内要闻】`, `■国际视窗`, `——财经观察——`; but rule
    // marks on one side only lead a subtitle (`——记者观察`).
    let rule = |c: char| RULE_MARKS.contains(c);
    let ruled = s.starts_with(rule) && s.ends_with(rule);
    let core = s.trim_matches(|c: char| BULLETS.contains(c) || ruled && rule(c) || c == '【' || c == '】' || c.is_whitespace());
    let n = chars(core);
    (2..=6).contains(&n) && core.chars().all(is_han) && HEADER_SUFFIXES.iter().any(|x| core.ends_with(x)) || SECTIONS.contains(&core) || is_masthead(s)
}

/// `相关阅读：`, `【延伸阅读】`, `▼往期回顾`, `今日要闻`: a web page's links to other stories start
/// here, so they are no part of the story above (and each link is a headline, not a sentence).
fn is_related_label(s: &str) -> bool {
    const LABELS: &[&str] = &[
        "相关阅读",
        "相关新闻",
        "相关报道",
        "相关链接",
        "相关文章",
        "相关推荐",
        "延伸阅读",
        "拓展阅读",
        "扩展阅读",
        "推荐阅读",
        "阅读推荐",
        "更多阅读",
        "往期回顾",
        "往期推荐",
        "往期精彩",
        "编辑推荐",
        "编辑推介",
        "精彩推荐",
        "热门推荐",
        "热文推荐",
        // A bare `推荐` over links: a `推荐` over text is asked of the links' shape below.
        "推荐",
        "猜你喜欢",
        "更多精彩",
        // A site's ranking of its most read stories.
        "热门排行",
        "热点排行",
        "24小时热点排行",
        "24小时排行",
        "阅读排行",
        "点击排行",
        "排行榜",
        "热门文章",
        "最新快讯",
        // A digest's list of the day's headlines, each a story of its own elsewhere.
        "今日要闻",
        "要闻速览",
        "新闻速览",
        "今日导读",
        "本期导读",
        // A live page's other broadcasts, a job board's other postings, a Q&A site's other answers.
        "相关直播",
        "相似职位",
        "看过该职位的人还看了",
        "更多回答",
        "相关稿件",
        "相关文件",
        "为你推荐",
        "热点视频",
        "相关游记推荐",
        // A paper's references, as a library's page lists them under its abstract.
        "参考文献",
    ];
    // The first link may share its line: `精彩推荐 ｜ 【视频】记者实探冬季供暖准备情况`.
    let s = s.split_once(['｜', '|']).filter(|(_, link)| chars(link) <= 40).map_or(s, |(label, _)| label);
    let core = s.trim_matches(|c: char| BULLETS.contains(c) || "【】[]：:▼↓> 　".contains(c) || is_emoji(c));
    LABELS.contains(&core)
}

/// How an editor's note is marked.
const EDITOR_NOTES: &[&str] = &["【编者按】", "编者按：", "编者按:", "〔编者按〕", "[编者按]", "【编者的话】", "编者的话："];

/// Marks a paper prints before a byline or a column's name (`■本报记者 张三`, `◆ 国际`).
/// A site's or a player's controls, each a word alone on its line when a menu is copied as a column.
const MENU_WORDS: &[&str] = &[
    "首页",
    "登录",
    // Hong Kong's and Taiwan's `登入`.
    "登入",
    "注册",
    "登录/注册",
    "客户端",
    "下载APP",
    "搜索",
    "菜单",
    "更多",
    "返回",
    "播放",
    "暂停",
    "全屏",
    "退出全屏",
    "倍速",
    "高清",
    "标清",
    "弹幕",
    "关闭弹幕",
    "开启弹幕",
    "下一个",
    "上一个",
    "静音",
    "分享",
    "分享到",
    "收藏",
    "点赞",
    "评论",
    "复制链接",
    "打印",
    "关闭",
    "举报",
    "字号",
    "字級",
    "字级",
    "列印",
    "发帖",
    "回复",
    "只看楼主",
    "倒序浏览",
    "缩小字体",
    "放大字体",
    // A footer's links, a word a line.
    "关于我们",
    "联系我们",
    "加入我们",
    "版权声明",
    "隐私政策",
    "免责声明",
    "友情链接",
    "网站地图",
    "用户协议",
    "意见反馈",
];
const BULLETS: &str = "□■●◆◇○▲△★☆▶►▌▍▎";
/// Marks that make a rule line (`---`, `* * *`) or set a column's name between them (`——经济——`).
const RULE_MARKS: &str = "-—–－=＝*＊~～_＿·•※═─━";

/// `s` without a leading bullet and the space after it, and how many bytes went.
fn strip_decoration(s: &str) -> (usize, &str) {
    let rest = s.trim_start_matches(|c: char| BULLETS.contains(c));
    if rest.len() == s.len() {
        return (0, s);
    }
    let rest = rest.trim_start_matches([' ', '　']);
    (s.len() - rest.len(), rest)
}

/// `人民日报 2025年9月5日 第01版：要闻`, `光明日报 2025-09-05 03版`: a paper, a date, a page.
fn is_masthead(s: &str) -> bool {
    if chars(s) > 40 || ends_sentence(s) {
        return false;
    }
    // A programme's or paper's edition: `《新闻联播》 20240515 19:00`, `《人民日报》2024年5月15日 星期三`.
    if let Some((name, date)) = s.strip_prefix('《').and_then(|r| r.split_once('》')) {
        let dated = date.chars().filter(char::is_ascii_digit).count() >= 6
            && date.chars().all(|c| c.is_ascii_digit() || c.is_whitespace() || "年月日号:：-/.星期周一二三四五六天".contains(c));
        return (2..=10).contains(&chars(name)) && !name.contains('《') && dated;
    }
    // The paper's name, then a space: `人民日报 2025年…`, not `刊发于人民日报2025年…第4版`.
    let Some((paper, _)) = s.split_once([' ', '　']) else { return false };
    if !((3..=8).contains(&chars(paper)) && paper.chars().all(is_han) && paper.ends_with('报')) {
        return false;
    }
    // A page number right before `版`.
    let page = s.match_indices('版').any(|(i, _)| s[..i].trim_end().chars().next_back().is_some_and(|c| c.is_ascii_digit()));
    let digits = s.chars().filter(char::is_ascii_digit).count();
    page && digits >= 6 && !s.contains(['，', '。'])
}

/// A digest's, feed's or page's name and its date, and nothing else: `体坛早知道｜10月20日`,
/// `📰 每日简报 | 9月5日 星期四 农历八月初三`, `【新闻联播】2024年4月18日`, `新华社快讯 2024-07-15`,
/// `2024年5月21日 星期二 人民日报 第1版 要闻`. Not a headline that has a date in it
/// (`国务院常务会议5月15日召开`): the date stands apart, as a field of its own.
fn is_dated_masthead(s: &str) -> bool {
    if chars(s) > 40 || s.contains(['，', '。', '、', ',', '；', '：', '？', '！']) {
        return false;
    }
    let date = |t: &str| {
        let digits = t.chars().filter(char::is_ascii_digit).count();
        let core = t.trim_matches(['（', '）', '(', ')']);
        digits >= 1
            && (core.ends_with('日') && core.contains('月') || digits == 8 && core.len() == 8 || digits >= 6 && core.contains(['-', '/', '.']))
            && core.chars().all(|c| c.is_ascii_digit() || "年月日-/.".contains(c))
    };
    let day = |t: &str| {
        let core = t.trim_matches(['（', '）', '(', ')']);
        ["星期", "周", "农历", "農曆"].iter().any(|p| core.starts_with(p) && chars(core) <= 8)
            || core.starts_with('第') && core.ends_with(['版', '期'])
            || core.len() <= 4 && core.starts_with(|c: char| c.is_ascii_uppercase()) && core[1..].bytes().all(|b| b.is_ascii_digit())
    };
    // A date glued to its name in brackets or at its end: `【新闻联播】2024年4月18日`, `港聞簡報　2025年…日（星期五）`.
    let fields: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || "｜|丨【】·".contains(c) || is_emoji(c))
        .flat_map(|t| match t.find('（') {
            Some(at) if at > 0 => vec![&t[..at], &t[at..]],
            _ => vec![t],
        })
        .filter(|t| !t.is_empty())
        .collect();
    let dates = fields.iter().filter(|t| date(t)).count();
    let names = fields.iter().filter(|t| !date(t) && !day(t)).collect::<Vec<_>>();
    dates == 1 && (1..=3).contains(&names.len()) && names.iter().all(|t| (2..=10).contains(&chars(t)) && t.chars().all(is_han))
}

/// Length in bytes of a dateline at the start of `s` (`新华社北京8月26日电`), if any.
pub fn dateline_len(s: &str) -> Option<usize> {
    // A broadcaster's own: `本台消息 今天（12日），…`, `本台讯：…`.
    if let Some(k) = ["本台消息", "本台讯"].iter().find(|k| s.starts_with(**k)) {
        let after = s[k.len()..].chars().next();
        if after.is_none_or(|c| c.is_whitespace() || "：:（(".contains(c)) {
            return Some(k.len() + after.filter(|c| "：:".contains(*c)).map_or(0, char::len_utf8));
        }
    }
    // A paper's own wire: `香港文汇报讯（记者 王小明）`; not `接到报讯后`, `警报讯息`.
    let head = &s[..s.char_indices().nth(12).map_or(s.len(), |(i, _)| i)];
    if let Some(i) = head.find("报讯") {
        let after = s[i + "报讯".len()..].chars().next();
        // `杭州日报讯`, `钱江晚报讯`, or a paper with its byline: `香港文汇报讯（记者…）`;
        // not the headline `男子落水路人报讯 民警火速救援`.
        let paper = s[..i].ends_with('日') || s[..i].ends_with('晚') || after.is_some_and(|c| c == '（' || c == '(');
        if paper && (2..=8).contains(&chars(&s[..i])) && s[..i].chars().all(is_han) && after.is_none_or(|c| c.is_whitespace() || c == '（' || c == '(') {
            return Some(i + "报讯".len());
        }
    }
    // `据新华社电`, `据新华社北京8月26日电`: a paper running the agency's wire; not the
    // sentence `据新华社报道，…`, which names its source.
    if let Some(r) = s.strip_prefix('据') {
        return dateline_len(r).filter(|&n| r[..n].trim_end().ends_with('电')).map(|n| '据'.len_utf8() + n);
    }
    if let Some(n) = outlet_wire_len(s) {
        return Some(n);
    }
    // An agency or a paper we do not list is read by its full wire only: `岚江社汀阳6月12日电`,
    // `科技日报北京9月11日电`.
    let listed = AGENCIES.iter().find(|a| s.starts_with(*a)).copied();
    let name = |mark: char, most: usize| s.find(mark).map(|at| &s[..at + mark.len_utf8()]).filter(|a| (2..=most).contains(&chars(a)) && a.chars().all(is_han));
    let unlisted = || name('社', 4).or_else(|| name('报', 6)).or_else(|| name('网', 6));
    let agency = listed.or_else(unlisted)?;
    let rest = &s[agency.len()..];
    if listed.is_none() {
    } else if let Some(r) = rest.strip_prefix('讯') {
        return Some(s.len() - r.len());
    }
    // `本报电 正文`, `新华社电（记者…）`: a wire without place or date; not `新华社电视台`.
    if let Some(r) = rest.strip_prefix('电').filter(|_| listed.is_some()) {
        if r.chars().next().is_none_or(|c| c.is_whitespace() || c == '（' || c == '(') {
            return Some(s.len() - r.len());
        }
    }
    // Place, then `8月26日`, then `电`/`讯`; the place is a few Han chars.
    let mut it = rest.char_indices().peekable();
    let mut place = 0;
    while let Some(&(_, c)) = it.peek() {
        if is_han(c) && place < 10 {
            place += 1;
            it.next();
        } else {
            break;
        }
    }
    let mut saw_month = false;
    let mut digits = 0;
    for (i, c) in it {
        match c {
            '0'..='9' | '０'..='９' => digits += 1,
            '年' if digits > 0 => digits = 0,
            '月' if digits > 0 => {
                saw_month = true;
                digits = 0
            }
            '日' if digits > 0 && saw_month => {
                let after = &rest[i + c.len_utf8()..];
                let tail = ["电", "讯", "消息"].iter().find(|t| after.starts_with(*t))?;
                // `财联社11月26日电，截至…`: the comma only sets the wire off.
                // Reuters sets it off with dashes: `路透北京3月14日电---中国…`.
                let dashes = after[tail.len()..].len() - after[tail.len()..].trim_start_matches(['-', '—']).len();
                let sep = if dashes >= 2 { dashes } else { after[tail.len()..].chars().next().filter(|c| "，：,:".contains(*c)).map_or(0, char::len_utf8) };
                return Some(s.len() - after.len() + tail.len() + sep);
            }
            _ => return None,
        }
    }
    None
}

/// A site's or paper's own wire, with what sets it off: `央视网消息：`, `央视网消息（新闻联播）：`,
/// `新浪体育讯　`, `证券时报网讯，`, `中国网财经11月27日讯`; not the sentence `人民网消息称，…`.
fn outlet_wire_len(s: &str) -> Option<usize> {
    let head = &s[..s.char_indices().nth(20).map_or(s.len(), |(i, _)| i)];
    // Not the 讯 of a name or a word (`腾讯科技讯`, `资讯`).
    let find = |m: &str| head.match_indices(m).map(|(i, _)| i).find(|&i| m != "讯" || !head[..i].ends_with(['腾', '资', '通', '快', '简', '音']));
    let (at, mark) = ["消息", "讯"].iter().filter_map(|m| find(m).map(|i| (i, *m))).min_by_key(|&(i, _)| i)?;
    let name = s[..at].trim_end_matches(|c: char| c.is_ascii_digit() || "月日 　".contains(c));
    // A news outlet dating its own report (`IT之家 11 月 27 日消息，`, `人民网11月27日消息：`); not a
    // body whose news is cited (`美联储11月27日消息，`).
    let dated = mark == "消息"
        && dated_news(s, at)
        && (name.chars().any(|c| c.is_ascii_alphanumeric())
            || ["网", "报", "社", "台", "新闻", "之家", "客户端", "财经", "日报", "时报", "网站"].iter().any(|o| name.ends_with(o)));
    // A site's wire with its place and date: `大众网济南9月2日讯`.
    let placed = mark == "讯"
        && name.len() < s[..at].len()
        && name.find('网').is_some_and(|k| (2..=5).contains(&chars(&name[..k])) && (2..=4).contains(&chars(&name[k + '网'.len_utf8()..])));
    let named = (2..=10).contains(&chars(name))
        && name.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric())
        && (dated || placed || ["网", "报", "社", "台", "新闻", "体育", "财经", "科技", "客户端", "网站", "在线"].iter().any(|o| name.ends_with(o)));
    // A paper's `…报讯` is read above (`杭州日报讯`; not `男子落水路人报讯 民警火速救援`). A news
    // site's `消息` is its own wire (`央视网消息：`); another's, or an office's site's, is whom the
    // story cites (`路透社消息，`, `清华大学官网消息，该校…`).
    let site_news = name.ends_with('网') && !name.ends_with("官网") && chars(name) <= 6 || dated || placed;
    if !named || mark == "讯" && name.ends_with('报') || mark == "消息" && !site_news {
        return None;
    }
    let mut rest = &s[at + mark.len()..];
    // `（新闻联播）`: the programme it ran in; or its byline (`本网讯（记者 钱宇）`).
    if let Some(r) = rest.strip_prefix(['（', '(']) {
        let close = r.find(['）', ')'])?;
        let byline = mark == "讯" && ["记者", "通讯员", "实习生"].iter().any(|k| r.starts_with(k)) && chars(&r[..close]) <= 24;
        if chars(&r[..close]) > 10 && !byline {
            return None;
        }
        rest = &r[close + r[close..].chars().next()?.len_utf8()..];
        if byline {
            return Some(s.len() - rest.len());
        }
    }
    let sep = rest.chars().next();
    if sep.is_some_and(|c| !c.is_whitespace() && !"：:，,".contains(c)) || mark == "消息" && !dated && !sep.is_some_and(|c| "：:".contains(c)) {
        return None;
    }
    Some(s.len() - rest.len() + sep.filter(|c| !c.is_whitespace()).map_or(0, char::len_utf8))
}

/// Whether the `消息` at `at` follows a date (`IT之家 11 月 27 日消息，`, `人民网11月27日消息：`):
/// an outlet dating its own report, not a sentence citing another's (`路透社消息，`).
fn dated_news(s: &str, at: usize) -> bool {
    let date = s[..at].trim_end_matches([' ', '　']).strip_suffix('日').map(|r| r.trim_end_matches([' ', '　']));
    date.is_some_and(|r| r.ends_with(|c: char| c.is_ascii_digit()) && r.contains('月'))
}

/// Length in bytes of a byline at the start of `s`: `（记者李恒）`; or of a bracketed
/// dateline, as Taiwan and Hong Kong papers write them: `（中央社记者王明台北29日电）`,
/// `【明报专讯】` (read in simplified chars, see `simplify`).
fn byline_len(s: &str) -> Option<usize> {
    // A site's channel tag opening its report: `[汽车之家 行业] 9月23日，…`.
    if let Some((inner, _)) = s.strip_prefix('[').and_then(|r| r.split_once(']')) {
        let tag = inner.split_once(' ').is_some_and(|(site, channel)| {
            (2..=6).contains(&chars(site)) && (2..=4).contains(&chars(channel)) && site.chars().chain(channel.chars()).all(is_han)
        });
        if tag {
            return Some(inner.len() + 2);
        }
    }
    for (open, close) in [("（", '）'), ("(", ')'), ("【", '】'), ("〔", '〕')] {
        if let Some(rest) = s.strip_prefix(open) {
            let inner_end = rest.find(close)?;
            let inner = &rest[..inner_end];
            // `（总台央视记者 杨晓东 李敏）`, `（新华社记者 王磊）`: the outlet may come first.
            let reporter = inner.starts_with("记者") || inner.starts_with("本报记者") || inner.starts_with("通讯员") || is_bare_byline(inner);
            // In `【】` and `〔〕` a byline names a place too (`〔记者王小明／台北报导〕`):
            // `【记者手记】` is a column.
            let byline = reporter && (matches!(open, "（" | "(") || slash_byline_len(inner) == Some(inner.len()));
            let lenticular = matches!(open, "【" | "〔");
            // A site's report and its reporters: `【环球网报道 记者 赵衍龙】`.
            let wire_and_reporter =
                || inner.split_once([' ', '　']).is_some_and(|(wire, who)| is_bracketed_dateline(wire, lenticular) && is_bare_byline(who.trim_start()));
            if (byline || is_bracketed_dateline(inner, lenticular) || lenticular && slash_byline_len(inner) == Some(inner.len()) || wire_and_reporter())
                && chars(inner) <= 30
            {
                return Some(open.len() + inner_end + close.len_utf8());
            }
        }
    }
    // `记者王小明／台北报导`, `国际中心／综合报导`, as Taiwan papers open a story.
    slash_byline_len(s).filter(|&n| s[n..].chars().next().is_none_or(|c| c.is_whitespace() || "（(".contains(c)) || n == s.len())
}

/// `记者王小明、李大华／台北报导`, `即时新闻／综合报导`, `编译王小明／综合报导`: who (up to 10 chars),
/// a slash, then where (up to 8), ending in Taiwan's `报导`. Its length in bytes.
fn slash_byline_len(s: &str) -> Option<usize> {
    let slash = s.find(['／', '/'])?;
    let who = &s[..slash];
    let rest = &s[slash + s[slash..].chars().next()?.len_utf8()..];
    let end = rest.find("报导")? + "报导".len();
    let ok = (2..=10).contains(&chars(who)) && who.chars().all(|c| is_han(c) || c == '、') && chars(&rest[..end]) <= 8 && rest[..end].chars().all(is_han);
    ok.then_some(s.len() - rest.len() + end)
}

/// `中央社记者王明、李华台北29日电`, `中央社东京29日综合外电报导`, `明报专讯`, and in `【】` a
/// paper's own wire (`星岛日报报道`, `on.cc东网专讯`, `澳门日报消息`): names and digits only.
fn is_bracketed_dateline(inner: &str, lenticular: bool) -> bool {
    let agency = AGENCIES.iter().chain(&["中央社", "中通社"]).any(|a| inner.starts_with(a));
    let wire = ["日电", "日讯", "专讯", "专电"].iter().any(|t| inner.ends_with(t));
    let report = ["电", "讯", "报导", "报道"].iter().any(|t| inner.ends_with(t));
    // The paper, agency, site or station itself comes right before: not `【社区消息】`.
    let own = lenticular
        && chars(inner) <= 16
        && ["专讯", "专电", "报道", "报导", "消息", "讯", "电"]
            .iter()
            .find(|t| inner.ends_with(*t))
            .is_some_and(|t| inner[..inner.len() - t.len()].ends_with(['报', '社', '网', '台']));
    let plain = |c: char| is_han(c) || c.is_ascii_digit() || ('０'..='９').contains(&c) || c == '、';
    // Or the site alone: `【财澜网】温控器失效…`, `【香江财经】`. (`【快讯】` marks a flash, which may
    // head its story.)
    let site = lenticular
        && (2..=6).contains(&chars(inner))
        && inner.chars().all(is_han)
        && (inner.ends_with(['网', '报', '台', '社']) || chars(inner) >= 4 && (inner.ends_with("财经") || inner.ends_with("新闻")));
    // An agency's line may space its reporter's name: `中央社記者 林芳如 台北9日電`.
    (wire || agency && report || own || site)
        && inner.chars().all(|c| plain(c) || own && (c.is_ascii_alphanumeric() || c == '.') || agency && wire && (c == ' ' || c == '　'))
}

/// A byline on its own line without brackets: `本报记者 贺勇`, `澎湃新闻记者 王敏`,
/// `记者 张三 李四`. Names only, after a space; no clause and no `摄` (a photo credit).
fn is_bare_byline(s: &str) -> bool {
    let s = strip_decoration(s).1;
    // A staff title ends on 记者, or on 评论员 for a paper's commentary (`本报评论员 郑思远`).
    let Some((at, title)) = ["记者", "评论员"].iter().find_map(|t| s.find(t).map(|at| (at, *t))) else { return false };
    let after = &s[at + title.len()..];
    // Names (`王敏`, `李四、王五`), further staff (`实习生 黄卓`, `通讯员 李华`) and, last, where
    // the report was filed: `红星新闻记者 杨清 实习生 黄卓 锦泉报道`.
    let tokens: Vec<&str> = after.split([' ', '　']).filter(|t| !t.is_empty()).collect();
    let filed = tokens.last().is_some_and(|t| t.ends_with("报道") && chars(t) <= 6);
    let people = &tokens[..tokens.len() - usize::from(filed)];
    let staff = |t: &&str| ["实习生", "通讯员", "见习记者", "摄影记者", "特约记者"].contains(t);
    let name = |t: &&str| t.split('、').all(|n| (2..=4).contains(&chars(n)) && n.chars().all(is_han));
    // The space sets the names apart: `记者从国家发` (a wrapped line) is none.
    after.starts_with([' ', '　'])
        && chars(&s[..at]) <= 10
        && people.first().is_some_and(name)
        && people.len() <= 8
        && people.iter().all(|t| staff(t) || name(t))
        && !s.ends_with('摄')
        && s[..at].chars().all(|c| is_han(c) || c.is_ascii_digit())
}

/// Length in bytes of a byline set off by a space at the start of a line of text:
/// `文/张三 北京市…`, `作者：王敏 …`, `记者 贺勇 …`, `本报记者 张三 李四 …`. The names
/// (up to three, 2-4 Han chars each) end at a space, and at least 6 chars of text follow.
fn spaced_byline_len(s: &str) -> Option<usize> {
    let (mark, rest) = strip_decoration(s);
    spaced_byline_len_at(rest).map(|n| mark + n)
}

fn spaced_byline_len_at(s: &str) -> Option<usize> {
    let is_space = |c: char| c == ' ' || c == '　';
    let labelled = ["作者", "文", "撰文", "记者", "图", "摄影"].iter().find_map(|l| {
        let r = s.strip_prefix(l)?;
        let mark = r.chars().next().filter(|c| "：:/／丨｜|".contains(*c))?;
        Some(&r[mark.len_utf8()..])
    });
    let bare = || {
        let at = s.find("记者")?;
        let r = &s[at + "记者".len()..];
        // Whose reporter: none, or an outlet (`本报`, `新华社`, `澎湃新闻`), not `他对记者 王明 说`.
        let outlet = &s[..at];
        let outlet_ok = outlet.is_empty() || chars(outlet) <= 8 && outlet.chars().all(is_han) && outlet.ends_with(['报', '社', '网', '台', '闻', '刊', '站']);
        (outlet_ok && r.starts_with(is_space)).then_some(r)
    };
    let names = labelled.or_else(bare)?.trim_start_matches(is_space);
    let mut rest = names;
    let mut count = 0;
    while let Some((name, after)) = rest.split_once(is_space) {
        let name_ok = name.split('、').all(|n| (2..=4).contains(&chars(n)) && n.chars().all(is_han));
        if !name_ok || count == 3 {
            break;
        }
        count += 1;
        rest = after.trim_start_matches(is_space);
    }
    (count > 0 && chars(rest) >= 6).then_some(s.len() - rest.len())
}

/// `记者梁嘉俊报道：`, `本报记者 王敏 通讯员李华报道`: who reported, opening the lead, as
/// papers print it after their wire (`羊城晚报讯 `). Names only between `记者` and `报道`.
fn reported_by_len(s: &str) -> Option<usize> {
    let at = s.find("记者")?;
    let outlet = &s[..at];
    if !(outlet.is_empty() || chars(outlet) <= 8 && outlet.chars().all(is_han) && outlet.ends_with(['报', '社', '网', '台', '闻'])) {
        return None;
    }
    let rest = &s[at + "记者".len()..];
    let end = rest.find("报道")?;
    let names = rest[..end].replace("通讯员", " ");
    let ok = names.split(['、', ' ', '　']).filter(|n| !n.is_empty()).all(|n| (2..=4).contains(&chars(n)) && n.chars().all(is_han))
        && !names.trim().is_empty()
        && chars(&names) <= 24;
    let after = &rest[end + "报道".len()..];
    let sep = after.chars().next().filter(|c| "：:，,".contains(*c));
    // Set off from what it reports: `报道：`, or a space.
    (ok && (sep.is_some() || after.starts_with([' ', '　']))).then(|| s.len() - after.len() + sep.map_or(0, char::len_utf8))
}

/// A line of three or more rule marks and nothing else: `---`, `＊＊＊`, `* * *`, `——————`.
fn is_rule(s: &str) -> bool {
    let marks = s.chars().filter(|c| !c.is_whitespace()).count();
    marks >= 3 && s.chars().all(|c| c.is_whitespace() || RULE_MARKS.contains(c))
}

/// What a credit says, which decides whether it ends its story.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Credit {
    /// `新华社发`, `（完）`, `责任编辑：张三`, `来源：新华社`: the end of a story.
    End,
    /// `新华社记者 李四 摄`: on its own line it ends a (photo) story; glued to a caption it
    /// may stand inside an article.
    Photo,
    /// `图片来源：视觉中国`, `来源：人民日报` on its own line: may stand under a headline or
    /// a chart.
    Source,
}

/// A credit or end mark at the end of `s`, after body text: its length in bytes, and
/// whether it ends the story.
fn trailing_credit(s: &str) -> Option<(usize, Credit)> {
    for mark in ["（完）", "(完)", "新华社发"] {
        if let Some(body) = s.strip_suffix(mark) {
            // `新华社发` alone or after a sentence: not `据新华社发` cut from `据新华社发布的消息`.
            let before = body.chars().next_back();
            if mark != "新华社发" || before.is_none_or(|c| c.is_whitespace() || "。！？!?.；;：:/…”’\"）)】」』》".contains(c)) {
                return Some((mark.len(), Credit::End));
            }
        }
    }
    for (open, close) in [("（", "）"), ("(", ")"), ("【", "】"), ("[", "]")] {
        if let Some(body) = s.strip_suffix(close) {
            if let Some(i) = body.rfind(open) {
                let inner = body[i + open.len()..].trim();
                // An editor's note on the author or the original: `（原题为《…》）`,
                // `（作者系…研究员，本文首发《…》，经授权刊发）`.
                let note =
                    ["原题", "原标题", "作者系", "作者为", "作者是", "本文首发", "本文原题", "本文原载", "本文转载"].iter().any(|k| inner.starts_with(k));
                // A note may stand under the headline as well as after the text: it ends nothing.
                let label = if note && chars(inner) <= 120 {
                    Some(Credit::Source)
                } else if chars(inner) > 30 {
                    None
                } else if inner.starts_with("图片来源") {
                    Some(Credit::Source)
                } else if (inner.starts_with("图源") || (inner.ends_with("供图") || inner.ends_with("拍摄")) && chars(inner) <= 12)
                    && !inner.contains(['，', '。'])
                {
                    // `…打进19球（图源网络）`: a picture's source says the line is its caption.
                    Some(Credit::Photo)
                } else if ["责任编辑", "编辑", "来源", "本文来源", "文章来源", "稿件来源", "实习生", "综合报道", "综合报导"].iter().any(|k| inner.starts_with(k))
                    // A weather or disaster alert's issue line: `（制作：张芳　签发：许映龙　2025年11月28日06时）`.
                    || (inner.starts_with("制作：") || inner.starts_with("签发：")) && inner.contains("签发：")
                {
                    Some(Credit::End)
                } else {
                    None
                };
                // In brackets an editor's name is the end mark, as `（编辑：张三）` is: `（编辑 张三）`.
                let editor = label == Some(Credit::End) && ["编辑", "责编"].iter().any(|k| inner.starts_with(k)) && names_only(inner);
                if let Some(credit) = if editor { label } else { credit_words(inner).or(label) } {
                    return Some((s.len() - i, credit));
                }
            }
        }
    }
    // Unbracketed, glued after the last sentence: `…夜景。新华社记者 李四 摄`, `…。责任编辑：张三`.
    let last_end = s.rfind(['。', '！', '？']).map(|i| i + '。'.len_utf8())?;
    // A dash may set it off: `…推荐阅读。——责任编辑：素心`.
    let rest = s[last_end..].trim().trim_start_matches(['—', '－']).trim_start();
    if rest.is_empty() {
        return None;
    }
    let credit = credit_words(rest)?;
    // Glued after a sentence, `来源：…` closes the piece; `图片来源：…` is a caption's.
    let credit = if credit == Credit::Source && !rest.starts_with("图片") { Credit::End } else { credit };
    Some((s.len() - last_end, credit))
}

/// Credit wording: `新华社发 王五 摄`, `新华社记者张三发`, `责任编辑：张三` (an end),
/// `新华社记者 张三 摄`, `澎湃新闻记者 李四 摄` (a photo credit), `来源：人民日报` (a source).
/// A credit is a name, never a clause: `记者看到，游客举起手机拍摄` (a line cut in
/// mid-sentence) and `新华社评论员：在新的起点上再出发` (a headline) are none.
fn credit_words(s: &str) -> Option<Credit> {
    if chars(s) > 30 {
        return None;
    }
    // A post's end mark: `-END-`, `— END —`.
    if s.trim_matches(|c: char| c == '-' || c == '—' || c == '－' || c.is_whitespace()) == "END" {
        return Some(Credit::End);
    }
    if ["责任编辑", "本版责任编辑", "编辑：", "编辑:"].iter().any(|k| s.starts_with(k)) {
        return Some(Credit::End);
    }
    // `本版责编：张三  李四`, `校对：赵六  审核：钱七`: names only; `审核：街道社保所审核` is a step.
    let staff = ["本版责编", "责编", "校对", "审核", "终审", "值班编辑", "本期编辑", "译者", "翻译", "编译"];
    if staff.iter().any(|k| s.starts_with(k)) && names_only(s) {
        return Some(Credit::End);
    }
    if is_staff_line(s) || is_share_prompt(s) {
        return Some(Credit::Source);
    }
    if ["来源", "图片来源", "本文来源", "文章来源", "稿件来源", "视频来源", "信息来源", "新闻来源", "英文来源", "Source"]
        .iter()
        .any(|k| s.strip_prefix(k).is_some_and(|r| r.starts_with(['：', ':'])))
    {
        // `图片来源：新华社发` is the agency's end mark all the same.
        return Some(if s.ends_with("新华社发") { Credit::End } else { Credit::Source });
    }
    if s.contains(['，', ',', '；', ';', '：', ':', '。', '！', '？']) {
        return None;
    }
    if s.starts_with("新华社发") && (s.ends_with("新华社发") || s.ends_with('摄') || s.ends_with("摄）") || s.ends_with("摄)")) {
        return Some(Credit::End);
    }
    let head: String = s.chars().take(8).collect();
    // A paper's staff title may run longer: `长沙晚报全媒体记者 李锋 摄`.
    let staff = s.split_once([' ', '　']).is_some_and(|(who, _)| chars(who) <= 14 && ["记者", "通讯员", "摄影师"].iter().any(|k| who.ends_with(k)));
    if (head.contains("记者") || head.starts_with("摄影") || s.starts_with("新华社") || staff) && s.ends_with('摄') && !s.ends_with("拍摄") {
        return Some(Credit::Photo);
    }
    // `新华社记者张三发`; not a dateline line cut after `…记者从国家发`.
    (s.starts_with("新华社") && s.ends_with('发') && dateline_len(s).is_none() && !s.contains(['（', '('])).then_some(Credit::End)
}

const STAFF_LABELS: &[&str] = &[
    "来源",
    "编辑",
    "责编",
    "责任编辑",
    "本期编辑",
    "值班编辑",
    "审核",
    "审核专家",
    "审稿专家",
    "校对",
    "文",
    "图",
    "文字",
    "图片",
    "撰文",
    "作者",
    "记者",
    "通讯员",
    "摄影",
    "排版",
    "监制",
    "出品",
    "策划",
    "制作",
    "统筹",
    "编审",
    "终审",
    "美编",
    "设计",
    "译者",
    "翻译",
    "编译",
];
/// Who wrote a song's words and music, in the credits above its lyrics.
const SONG_LABELS: &[&str] = &["作词", "作曲", "编曲", "演唱"];

/// `本版责编：张三  李四  王五`, `校对：赵六  审核：钱七`: each label takes names of 2–3 chars.
fn names_only(s: &str) -> bool {
    let mut any = false;
    for part in s.split([' ', '　', '、', '；', ';']).filter(|p| !p.is_empty()) {
        let name = match part.split_once(['：', ':']) {
            Some((label, name)) if STAFF_LABELS.contains(&label) || label == "本版责编" || SONG_LABELS.contains(&label) => name,
            Some(_) => return false,
            None => part,
        };
        if !name.is_empty() && (chars(name) > 3 || !name.chars().all(is_han)) {
            return false;
        }
        any |= !name.is_empty();
    }
    any
}

/// `申请：居民本人`, `一审：判决被告赔偿`: a short label that is no staff role, then a colon.
fn is_step(s: &str) -> bool {
    chars(s) <= 20
        && s.split_once(['：', ':'])
            .is_some_and(|(label, _)| (2..=4).contains(&chars(label)) && label.chars().all(is_han) && !STAFF_LABELS.contains(&label) && label != "本版责编")
}

/// `申请：居民本人向社区提出申请`: a label of 2–4 Han chars, a colon, then what it says.
/// Not cut after a clause mark (`停水范围：…延安路以西、` runs on).
pub(crate) fn is_labelled(s: &str) -> bool {
    !s.ends_with(['，', '、', '；', '：', ',', ';', ':'])
        && s.split_once(['：', ':']).is_some_and(|(label, rest)| {
            // Markdown may set the label in bold: `**时间**：…`.
            let label = label.strip_prefix("**").and_then(|l| l.strip_suffix("**")).unwrap_or(label);
            // Or a day's number in a plan: `D1：东岚北站—南屿市区`, `Day2：…`.
            let day =
                ["D", "Day", "DAY"].iter().any(|d| label.strip_prefix(d).is_some_and(|n| (1..=2).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit())));
            // A longer label with a figure: `去除引用文献复制比：8.9%`, `沪深两市成交额：11,236亿元`.
            let figure = || {
                let v = rest.trim();
                (5..=10).contains(&chars(label))
                    && label.chars().all(is_han)
                    && v.starts_with(|c: char| c.is_ascii_digit())
                    && chars(v) <= 16
                    && !v.contains(['，', '。', '；', '：', ';'])
            };
            ((2..=4).contains(&chars(label)) && label.chars().all(is_han) || day || figure()) && !rest.trim().is_empty()
        })
}

/// The labels of those who edited a post, as against who wrote it or took its pictures.
const EDITOR_LABELS: &[&str] =
    &["来源", "编辑", "责编", "责任编辑", "本期编辑", "值班编辑", "审核", "校对", "终审", "编审", "监制", "出品", "制作", "统筹", "排版", "美编"];

/// Labels whose value is an organisation, not a few names.
const SOURCE_LABELS: &[&str] = &["来源", "出品", "监制", "制作"];

/// The staff lines of a WeChat post, at its top or its end: `来源 | 新华社`, `编辑丨张三`,
/// `文/张三 图/李四`: labels, each with a name or two (a source: any short name). Not a
/// headline in the `视频｜台风登陆浙江舟山` style.
fn is_staff_line(s: &str) -> bool {
    let mut rest = s.trim();
    let mut seen = false;
    while !rest.is_empty() {
        let Some(label) = STAFF_LABELS.iter().filter(|l| rest.starts_with(**l)).max_by_key(|l| l.len()) else { return false };
        let after = rest[label.len()..].trim_start();
        // `校对 王五`: an editor's label may take its name after a space (`记者 贺勇` is a byline).
        let spaced = ["来源", "编辑", "责编", "审核", "校对", "终审", "编审"].contains(label) && rest[label.len()..].starts_with(char::is_whitespace);
        let Some(value) = after.strip_prefix(['|', '｜', '丨', '/', '／']).or(spaced.then_some(after)) else { return false };
        let value = value.trim_start();
        // The value runs to the next label, after a space.
        let end = value.char_indices().filter(|(_, c)| c.is_whitespace()).map(|(i, _)| i).find(|&i| {
            let next = value[i..].trim_start();
            STAFF_LABELS.iter().any(|l| next.starts_with(l) && next[l.len()..].trim_start().starts_with(['|', '｜', '丨', '/', '／']))
        });
        let (v, next) = match end {
            Some(i) => (&value[..i], value[i..].trim_start()),
            None => (value, ""),
        };
        // `图/视觉中国`: a picture's source after a slash (`图片｜秋日喀纳斯` is a headline).
        // After a bar, only a source's own words: `图 | 受访者提供`, `图 | 视觉中国`.
        let source_words = || {
            let v = value.trim();
            v.ends_with("提供") || ["视觉中国", "东方IC", "图虫创意", "资料图", "资料图片", "网络", "新华社", "IC photo"].contains(&v)
        };
        let picture_source =
            ["图", "图片", "摄影"].contains(label) && (after.starts_with(['/', '／']) || source_words()) && (1..=6).contains(&chars(value.trim()));
        let names_ok = picture_source
            || if SOURCE_LABELS.contains(label) {
                (1..=20).contains(&chars(v))
            } else {
                // The writer's title may come first: `文｜财澜网记者 叶知秋`.
                let mut names = v.split([' ', '　', '、']).filter(|n| !n.is_empty()).peekable();
                if names.peek().is_some_and(|t| chars(t) <= 14 && ["记者", "通讯员"].iter().any(|k| t.ends_with(k))) {
                    names.next();
                }
                names.peek().is_some() && names.all(|n| chars(n) <= 3)
            };
        if !names_ok || v.contains(['，', '。', '；', '！', '？', ',', '"', '“']) {
            return false;
        }
        seen = true;
        rest = next;
    }
    seen
}

/// A post's prompt to the reader or a page's controls: `点击“阅读原文”查看更多`,
/// `长按识别二维码关注我们`, `分享让更多人看到`, `小字号`.
/// A line's chars without its spaces: `目　　次`, `前　　言`, `GB/T 49621—2023`.
fn unspaced(s: &str) -> impl Iterator<Item = char> + Clone + '_ {
    s.chars().filter(|c| !c.is_whitespace())
}

/// A form's field: a short label and one short value (`团队名称：银龄数字助老实践团`,
/// `题    目：“指尖上的距离”——…调研`, `讲解时长：约90分钟`); a clause after it is text.
/// Asked of every line: no allocation.
fn form_field(s: &str) -> Option<(&str, &str)> {
    let (label, value) = s.split_once(['：', ':'])?;
    let value = value.trim();
    // Its label may say more in brackets: `指导教师（审查人）`.
    let label = label.strip_suffix('）').and_then(|l| l.split_once('（')).filter(|(_, note)| (1..=6).contains(&chars(note))).map_or(label, |(l, _)| l);
    ((2..=8).contains(&unspaced(label).count())
        && unspaced(label).all(is_han)
        && !value.is_empty()
        && chars(value) <= 40
        && !value.contains(['。', '，', '；', '！', '？', '：', ';'])
        // A figure's thousands are no clause: `11,236亿元`.
        && value.split(',').skip(1).all(|p| p.starts_with(|c: char| c.is_ascii_digit())))
    .then_some((label, value))
}

/// A field that files the paper rather than says what it is about: a name or a date under a
/// label that names what it holds (`团队名称`, `指导教师`, `提交日期`). A figure is data the text is
/// about (`人工接通率：93.1%`); a step's verb is its text (`审核：社区对申请材料进行审核`).
fn is_filing_field((label, value): (&str, &str)) -> bool {
    const HOLDS: &[&str] = &[
        "名称", "单位", "学院", "院系", "专业", "班级", "教师", "导师", "成员", "姓名", "日期", "人", "者", "号", "题目", "对象", "机构", "部门", "类型",
        "编制", "原因", "线路", "系统",
    ];
    HOLDS.iter().any(|h| label.chars().rev().filter(|c| !c.is_whitespace()).take(h.chars().count()).eq(h.chars().rev()))
        && (!value.contains(|c: char| c.is_ascii_digit()) || is_dated_line(value, true) || is_timestamp_line(value))
}

/// A table of contents' entry: a part's name, a leader, its page (`5　技术要求 ……………… 4`,
/// `前言 ………… Ⅲ`); or the contents' own head (`目　　次`).
/// Asked of every line: no allocation.
fn is_contents_line(s: &str) -> bool {
    if ["目次", "目录", "目錄"].iter().any(|w| unspaced(s).eq(w.chars())) {
        return true;
    }
    let leader = ["……", "····", "......", "．．．．"].iter().any(|k| s.contains(k));
    let page = s.trim_end_matches(|c: char| c.is_ascii_digit() || "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩIVXivx ".contains(c));
    let numbered = !s[page.len()..].trim().is_empty();
    leader && numbered && chars(s) <= 80 && !s.contains(['。', '，']) && page.trim_end().ends_with(['…', '·', '.', '．'])
}

/// A standard's cover: its classes (`ICS 97.040.50`, `CCS Y 68`), its kind and number
/// (`中华人民共和国国家标准`, `GB/T 49621—2023`), its dates (`2023-11-27 发布　　2024-06-01 实施`),
/// and the bodies that issue it (`国家市场监督管理总局　发布`); and the head of its foreword.
/// Asked of every line: no allocation.
fn is_standard_cover(s: &str) -> bool {
    let n = chars(s);
    if n > 60 || s.contains(['，', '。']) {
        return false;
    }
    let bare_len = unspaced(s).count();
    let classes = ["ICS ", "CCS ", "ICS\u{3000}", "CCS\u{3000}"].iter().any(|k| s.starts_with(k)) && n <= 40;
    let kind = s.starts_with("中华人民共和国") && ["国家标准", "行业标准"].iter().any(|k| s.ends_with(k)) && bare_len <= 20
        || ["团体标准", "地方标准", "企业标准"].iter().any(|w| unspaced(s).eq(w.chars()));
    let number = ["GB/T", "GB/Z", "GB", "T/", "DB", "JB/T", "YY/T", "QB/T"].iter().any(|k| s.starts_with(k))
        && bare_len <= 24
        && unspaced(s).all(|c| c.is_ascii_alphanumeric() || "/—-．.".contains(c));
    let dates = s.ends_with("实施") && s.contains("发布") && s.chars().filter(char::is_ascii_digit).count() >= 16 && bare_len <= 30;
    let issued = s.ends_with("发布") && s.trim_end_matches("发布").ends_with([' ', '　']) && !s.contains('、');
    let head = ["前言", "引言"].iter().any(|w| unspaced(s).eq(w.chars()));
    classes || kind || number || dates || issued || head
}

/// A speech's source and speaker under its title: `（根据录音整理）`, `东岚市委书记　韦正阳（2024年2月26日）`.
fn is_speech_credit(s: &str) -> bool {
    let note = ["（根据录音整理）", "(根据录音整理)", "（根据讲话录音整理）", "（根据录音整理，有删节）", "（有删节）"].contains(&s.trim());
    let date = |d: &str| d.ends_with('日') && d.contains('年') && d.chars().all(|c| c.is_ascii_digit() || "年月日".contains(c));
    // An official's title and name, spaced: `东岚市委书记　韦正阳`.
    const OFFICES: &[&str] =
        &["书记", "市长", "省长", "县长", "区长", "主任", "部长", "局长", "厅长", "主席", "总理", "院长", "校长", "董事长", "总经理", "会长", "理事长"];
    let official = |who: &str| {
        who.trim().rsplit_once([' ', '　']).is_some_and(|(title, name)| {
            let title = title.trim();
            (2..=4).contains(&chars(name))
                && name.chars().all(is_han)
                && (2..=20).contains(&chars(title))
                && title.chars().all(is_han)
                && OFFICES.iter().any(|o| title.ends_with(o))
        })
    };
    // With the day, or the day alone on the next line: `（2024年2月26日）`.
    let dated = s.strip_suffix(['）', ')']).and_then(|r| r.rsplit_once(['（', '('])).filter(|(_, d)| date(d)).map(|(who, _)| who);
    let speaker = dated.map_or_else(|| official(s), |who| who.trim().is_empty() || official(who));
    note || speaker
}

/// Where else the outlet posts: `更多街坊故事，请追踪我们的Instagram及Facebook专页。`
fn is_follow_prompt(s: &str) -> bool {
    // `关注「硅谷之外」，每周日晚8点准时更新`.
    let bare = s.trim_start_matches(|c: char| is_emoji(c) || c.is_whitespace());
    let named = bare.strip_prefix("关注").is_some_and(|r| r.starts_with(['「', '“', '"'])) && chars(bare) <= 30 && !bare.contains('。');
    // An account's card: `鹤浦市公安局官方微信公众号，发布警务资讯、办事指南、安全防范提示。`
    let card = chars(s) <= 50
        && s.split_once('，').is_some_and(|(who, what)| {
            ["公众号", "官方微博", "官方账号", "官方帐号", "视频号"].iter().any(|k| who.ends_with(k))
                && ["发布", "提供", "分享", "传递"].iter().any(|k| what.starts_with(k))
        });
    // Or its line on the article's page: `一个关注城市与人的公众号，每周三、五更新。`, `1128篇原创内容`.
    let about = chars(s) <= 40 && s.starts_with("一个") && s.split(['，', '。']).next().is_some_and(|who| who.ends_with("公众号"));
    let posts = s.trim().strip_suffix("篇原创内容").is_some_and(is_count);
    // `星标⭐我们，第一时间收到早报推送`: star the account, and its posts come first.
    let starred = chars(bare) <= 30 && bare.starts_with("星标") && bare.contains("我们");
    // `24小时滚动播报最新的财经资讯和视频，更多粉丝福利扫描二维码关注（sinafinance）`.
    let scan = chars(bare) <= 60 && ["扫描二维码关注", "扫码关注", "长按识别二维码关注"].iter().any(|k| bare.contains(k)) && !bare.ends_with('。');
    named
        || scan
        || card
        || about
        || starred
        || posts
        || chars(s) <= 40
            && ["请追踪我们", "请关注我们", "欢迎关注我们", "敬请关注我们", "请订阅我们"].iter().any(|k| s.contains(k))
            && ["专页", "账号", "帐号", "公众号", "频道", "Instagram", "Facebook", "YouTube", "微博", "抖音", "视频号"].iter().any(|k| s.contains(k))
        // A post's sign-off: `喜欢这篇文章的话，欢迎追踪小鱼的粉丝专页和IG，有更多台中美食分享喔💕`.
        || chars(s) <= 60
            && ["喜欢这篇文章", "喜欢本文", "如果喜欢这篇", "如果你喜欢这篇", "觉得这篇文章"].iter().any(|k| s.starts_with(k))
            && ["关注", "追踪", "订阅", "点赞", "收藏", "分享"].iter().any(|k| s.contains(k))
}

fn is_share_prompt(s: &str) -> bool {
    // Addressed to the reader and opening the line: `专家建议，读者最好阅读原文。` is text.
    const OPENERS: &[&str] = &["点击", "点个", "长按", "扫码", "扫描", "戳", "欢迎转发", "↓", "▼", "👇"];
    const PROMPTS: &[&str] = &["阅读原文", "上方", "下方", "蓝字", "二维码", "在看", "关注我们", "进入专题", "下载客户端", "下载APP"];
    // A post's prompts come dressed in emoji: `转发给家里的长辈，让更多人看到❤️`.
    let bare = s.trim_matches(|c: char| is_emoji(c) || c.is_whitespace());
    let opens = |k: &&str| s.starts_with(k) || bare.starts_with(k);
    // `点个在看，分享给更多人`: a comma only in a short one, or before what the click gives
    // (`👇点击“阅读原文”，了解更多防骗知识`).
    let gives = || bare.split_once(['，', ',']).is_some_and(|(_, r)| ["了解", "查看", "获取", "收看", "观看", "报名", "进入"].iter().any(|k| r.starts_with(k)));
    // `👆戳蓝字关注“杭州交通912”，路况信息早知道！`: a follow prompt may say what it brings.
    let follow = bare.contains("蓝字") && bare.contains("关注");
    let prompt = OPENERS.iter().any(opens)
        && PROMPTS.iter().any(|k| bare.contains(k))
        && (chars(bare) <= 15 || !bare.contains(['，', ',', '；']) || gives() || follow)
        && !bare.ends_with('。');
    // `转发提醒身边的人！`, `分享给朋友们看看`, `转发给家里的长辈，让更多人看到`.
    const WHO: &[&str] = &["身边的人", "身边的朋友", "更多人", "更多朋友", "更多人看到"];
    let ends_on_who = WHO.iter().any(|k| bare.ends_with(k));
    let pass_on = ["转发", "分享给"].iter().any(|k| bare.starts_with(k))
        && ["提醒身边", "身边的人", "身边的朋友", "更多人"].iter().any(|k| bare.contains(k))
        && (bare.ends_with(['！', '!']) || ends_on_who)
        && !bare.contains([' ', '　'])
        && (!bare.contains(['，', ',']) || ends_on_who);
    // A post's button bar: `分享｜点赞｜在看`, or asked for: `分享、点赞、在看，3连3连！`.
    let asked = bare.split_once(['，', ',']).map_or(bare, |(b, call)| if chars(call) <= 8 { b } else { bare });
    let buttons = asked
        .split(['｜', '|', '/', '·', ' ', '　', '、'])
        .filter(|b| !b.is_empty())
        .try_fold(0, |n, b| ["分享", "点赞", "在看", "收藏", "转发", "评论", "推荐"].contains(&b.trim_matches(is_emoji)).then_some(n + 1));
    // An outlet's own accounts and app, as buttons or under `分享到：` (`人民网微信`,
    // `点击下载人民日报客户端`).
    let account = |b: &str| {
        ["微信", "微博", "客户端", "抖音", "视频号", "公众号"].iter().find_map(|k| b.strip_suffix(k)).is_some_and(|outlet| {
            let outlet = outlet.strip_prefix("点击下载").or_else(|| outlet.strip_prefix("下载")).unwrap_or(outlet);
            (2..=8).contains(&chars(outlet))
                && ["网", "报", "社", "台", "新闻", "发布", "头条"].iter().any(|o| outlet.ends_with(o))
                && outlet.chars().all(is_han)
        })
    };
    // A page's tool bar: `【字体：大 中 小】　打印本页　关闭窗口`.
    // Asked only of a line the cheaper tests let through; no allocation (this runs for every
    // short line): the buttons around one font-size control.
    let tools = || {
        let size = ["【字体：大 中 小】", "【字号：大 中 小】", "[字体：大 中 小]", "字体：大 中 小", "字号：大 中 小"].iter().find_map(|w| bare.split_once(w));
        let (before, after) = size.unwrap_or((bare, ""));
        let mut n = usize::from(size.is_some());
        // Buttons in brackets may stand shoulder to shoulder: `【打印】【关闭】`.
        let gaps = [' ', '　', '|', '｜', '【', '】'];
        before.split(gaps).chain(after.split(gaps)).filter(|b| !b.is_empty()).all(|b| {
            n += 1;
            ["字号", "打印本页", "关闭窗口", "打印", "关闭", "纠错", "收藏本页", "返回顶部", "收藏"].contains(&b)
        }) && n >= 2
    };
    // An outlet's call to its app: `海量资讯、精准解读，尽在新浪财经APP`.
    let promo = chars(bare) <= 30 && ["APP", "App", "客户端"].iter().any(|k| bare.ends_with(k)) && ["尽在", "下载", "打开"].iter().any(|k| bare.contains(k))
        // Or to open it: `打开凤凰新闻，查看更多高清图片`, `打开App，看直播更流畅`, `打开红星新闻APP，阅读更多精彩内容`,
        // `打开每日财经新闻APP，阅读体验更佳`, and a city's app (`打开岚州+，看更多本地新闻`).
        || chars(bare) <= 20
            && !bare.contains('。')
            && bare.strip_prefix("打开").and_then(|r| r.split_once(['，', ','])).is_some_and(|(app, _)| {
                chars(app) <= 10 && (["新闻", "App", "APP", "客户端", "+"].iter().any(|k| app.ends_with(k)) || app.chars().all(|c| c.is_ascii_alphabetic()))
            })
        // Or to scan and download: `扫码直接下载iPhone · Android豆瓣`.
        || chars(bare) <= 30 && ["扫码下载", "扫码直接下载", "扫描二维码下载"].iter().any(|k| bare.starts_with(k));
    chars(bare) <= 30 && prompt
        || promo
        || chars(bare) <= 20 && pass_on && !bare.ends_with('。')
        || account(bare)
        || tools()
        || [
            "阅读原文",
            "查看原文",
            "小字号",
            "大字号",
            "打印本页",
            "关闭窗口",
            "分享让更多人看到",
            "【纠错】",
            "【打印】",
            "【关闭】",
            "点击查看大图",
            "查看大图",
            "扫一扫在手机打开当前页",
            "在手机打开当前页",
            "扫码下载",
            "扫码关注",
            // A WeChat article's own page: `预览时标签不可点`, `继续滑动看下一个`.
            "预览时标签不可点",
            "微信扫一扫",
            "关注该公众号",
            "继续滑动看下一个",
            "轻触阅读原文",
            "向上滑动看下一个",
            "知道了",
            "使用小程序",
            "使用完整服务",
            "允许",
            // A comment box's hint.
            "说点什么…",
            "说点什么...",
            "说点什么吧",
            "写下你的评论…",
        ]
        .contains(&bare)
        || is_share_bar(bare)
        || buttons.is_some_and(|n| n >= 2)
        // A card's button in brackets: `[预约]`, `【立即报名】`.
        || [("[", "]"), ("【", "】")].iter().any(|(o, c)| {
            bare.strip_prefix(o).and_then(|r| r.strip_suffix(c)).is_some_and(|b| {
                ["预约", "立即预约", "报名", "立即报名", "购买", "立即购买", "下载", "立即下载", "订阅", "关注", "去看看", "点击进入"].contains(&b)
            })
        })
}

/// A page's share bar: `分享到：微信 微博 QQ空间`, `分享到: 朋友圈`, or its label alone over
/// its buttons.
fn is_share_bar(s: &str) -> bool {
    const SITES: &[&str] = &[
        "微信",
        "微博",
        "微信朋友圈",
        "新浪微博",
        "腾讯微博",
        "QQ",
        "QQ空间",
        "QQ好友",
        "朋友圈",
        "豆瓣",
        "人人网",
        "抖音",
        "今日头条",
        "复制链接",
        "复制连结",
        "更多",
    ];
    // And the world's, after one of ours: `分享到：微信 | 微博 | LinkedIn | X`.
    const ABROAD: &[&str] = &["LinkedIn", "X", "Twitter", "Facebook", "WhatsApp", "Telegram", "Email"];
    // The text-size buttons may follow: `扫一扫分享　微信　微博　QQ空间　A+ A-`.
    const SIZES: &[&str] = &["A+", "A-", "A", "大", "中", "小", "字号", "【字体：大", "小】", "打印", "收藏"];
    // Unlabelled, three sites or more: `微博  微信  领英  邮件  复制链接`.
    const OR_MAIL: &[&str] = &["领英", "邮件", "电子邮件", "邮箱"];
    let mut n = 0;
    if s.split(['｜', '|', '/', '·', ' ', '　', '、']).filter(|b| !b.is_empty()).all(|b| {
        n += 1;
        SITES.contains(&b) && b != "更多" || ABROAD.contains(&b) && b != "X" || OR_MAIL.contains(&b)
    }) && n >= 3
    {
        return true;
    }
    ["分享到", "扫一扫分享", "分享至", "分享本文", "分享此文", "分享"]
        .iter()
        .find_map(|k| s.strip_prefix(k))
        .map(|r| r.trim_start_matches(['：', ':', ' ', '　']))
        .is_some_and(|r| {
            let (mut n, mut abroad) = (0, 0);
            r.split(['｜', '|', '/', '·', ' ', '　', '、']).filter(|b| !b.is_empty()).all(|b| {
                n += 1;
                abroad += usize::from(ABROAD.contains(&b));
                SITES.contains(&b) || ABROAD.contains(&b) || n > 1 && SIZES.contains(&b)
                // The world's alone make a bar two or more in a row: `分享到 Facebook WhatsApp Telegram`.
            }) && (n >= 1 || r.is_empty())
                && (abroad == 0 || abroad >= 2 || !r.starts_with(|c: char| c.is_ascii_alphabetic()))
        })
}

/// An emoji or a pictograph (`👇`, `❤️`, `📌`, `☀`), with its joiners and variation selectors.
fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0xFE0F | 0x200D)
}

/// `2025/08/08 16:05`, `2025年08月15日10:05 | 来源：人民网－财经频道`: when a web page
/// published the story, under its headline.
/// A filing's note on where its issuer was founded: `（於開曼群島註冊成立之有限公司）`,
/// `（于中华人民共和国注册成立的股份有限公司）`.
fn is_incorporation(s: &str) -> bool {
    let inner = s.trim().strip_prefix(['（', '(']).and_then(|r| r.strip_suffix(['）', ')']));
    inner.is_some_and(|r| {
        chars(r) <= 40 && ["註冊成立", "注册成立", "成立"].iter().any(|k| r.contains(k)) && r.ends_with("公司") && r.starts_with(['於', '于'])
            // And its stock code: `（股份代號：2977）`.
            || ["股份代號", "股份代号", "股票代码", "股票代碼", "證券代碼", "证券代码"].iter().any(|k| {
                r.strip_prefix(k).and_then(|c| c.strip_prefix(['：', ':'])).is_some_and(|c| (4..=6).contains(&c.trim().len()) && c.trim().bytes().all(|b| b.is_ascii_digit()))
            })
    })
}

/// How many have signed up, under an event's card: `已有2,318人预约`, `已有1.2万人报名`.
fn is_sign_up_count(s: &str) -> bool {
    let Some(r) = s.trim().strip_prefix("已有") else { return false };
    let did = r.trim_start_matches(|c: char| c.is_ascii_digit() || ",.万".contains(c));
    r.starts_with(|c: char| c.is_ascii_digit()) && ["人预约", "人报名", "人想看", "人参与", "人订阅", "人收藏", "人已预约", "人已报名"].contains(&did)
}

/// A video player's clock, played of all: `00:00 / 02:47`; or, copied a part a line
/// (`00:00` / `/` / `03:12`), the bare slash between.
fn is_player_clock(s: &str) -> bool {
    if matches!(s.trim(), "/" | "／") {
        return true;
    }
    let clock = |t: &str| {
        let b = t.as_bytes();
        (4..=8).contains(&b.len()) && b.iter().all(|c| c.is_ascii_digit() || *c == b':') && t.contains(':') && !t.starts_with(':') && !t.ends_with(':')
    };
    s.trim().split_once(" / ").is_some_and(|(played, all)| clock(played) && clock(all))
}

fn is_timestamp_line(s: &str) -> bool {
    // Reuters' parts: `2025年3月14日 / 上午11点32分 / 更新于 2小时前`.
    if let Some((day, rest)) = s.split_once(" / ") {
        let date = day.chars().any(|c| c.is_ascii_digit()) && day.chars().all(|c| c.is_ascii_digit() || "年月日".contains(c)) && day.ends_with('日');
        let part = |p: &str| {
            let clock = ["上午", "下午", "中午", "晚上", "凌晨"].iter().find_map(|k| p.strip_prefix(k)).unwrap_or(p);
            clock.chars().any(|c| c.is_ascii_digit()) && clock.chars().all(|c| c.is_ascii_digit() || "点时分:".contains(c))
                || p.starts_with("更新于") && chars(p) <= 16
        };
        if date && rest.split(" / ").all(part) {
            return true;
        }
    }
    let stamp = s.split(['|', '｜']).next().unwrap_or(s);
    // `2024/10/08 14:32（10/08 16:05 更新）`: when it was updated may follow.
    let stamp = match stamp.trim_end().strip_suffix(['）', ')']).and_then(|r| r.rsplit_once(['（', '('])) {
        Some((when, update)) if update.trim_end().ends_with("更新") && chars(update) <= 20 => when,
        _ => stamp,
    };
    // `2025-09-05 09:31:22&nbsp;&nbsp;来源：…`, as a CMS's source view spaces it.
    let stamp = crate::normalize::trim_blank(stamp.split("来源").next().unwrap_or(stamp));
    // `2025-09-01 08:30 发布于北京`: where it was posted may follow, and by which account
    // (`发布于福建霞屿晚报官方账号`).
    let stamp = match stamp.find("发布于").or_else(|| stamp.find("发表于")) {
        Some(at) if chars(&stamp[at..]) <= 10 || stamp.ends_with("账号") && chars(&stamp[at..]) <= 24 => stamp[..at].trim(),
        _ => stamp,
    };
    // `第一财经 2025-08-15 10:05:33`: the outlet's name may lead.
    // Not `北京时间 2025年10月31日 23:44` or `上证指数 3812.22 21.17`: a date must follow.
    let stamp = match stamp.split_once([' ', '　']) {
        Some((outlet, rest))
            if (2..=10).contains(&chars(outlet))
                && outlet.chars().all(is_han)
                && !outlet.ends_with("时间")
                && (rest.contains('年') || rest.matches(['-', '/']).count() >= 2) =>
        {
            rest.trim()
        }
        _ => stamp,
    };
    // `2025年11月19日 12:36　香港01`, `2025年11月22日 21:47 新浪体育`: or follow.
    let stamp = match stamp.rsplit_once([' ', '　']) {
        Some((rest, outlet))
            if (2..=8).contains(&chars(outlet))
                && outlet.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric())
                && outlet.chars().any(is_han)
                && !outlet.ends_with(['年', '月', '日', '时', '分']) =>
        {
            rest.trim()
        }
        _ => stamp,
    };
    let digits = stamp.chars().filter(char::is_ascii_digit).count();
    digits >= 8 && stamp.chars().all(|c| c.is_ascii_digit() || " /-:.年月日时分".contains(c))
}

/// Page furniture the other tests miss: the links to the next story (`上一条：…`), attachments
/// and links (`附件：中标通知书.pdf`, `相关链接：…`), where data or copy came from (`供稿：…`,
/// `数据来源：成都市气象台`), a notice's contact and bank fields (`咨询电话：…`, `户名：…`,
/// `开户行：…`), a photo's source (`（图片由受访者提供）`), a reprint notice (`（本文来自…，版权所有，
/// 未经授权不得转载）`) and a site's disclaimer (`转会信息仅代表媒体观点，不代表懂球帝立场。`).
fn is_page_chrome(s: &str) -> bool {
    const LABELS: &[&str] = &[
        "上一条",
        "下一条",
        "上一篇",
        "下一篇",
        "附件",
        "相关附件",
        "相关链接",
        // A blog's own address: `本文链接：https://blog.csdn.net/…`.
        "本文链接",
        "原文链接",
        "文章链接",
        "供稿",
        "图片设计",
        "文字来源",
        "数据来源",
        "资料来源",
        "监督电话",
        "咨询电话",
        "联系电话",
        "联系人",
        "电话",
        "邮箱",
        "电子邮箱",
        "地址",
        // A government page's record of the document (`索 引 号：…`, `文　　号：…`).
        "索引号",
        "发布机构",
        "发文机关",
        "文号",
        "发文字号",
        "主题词",
        "主题分类",
        "成文日期",
        "公开方式",
        "公开范围",
        "信息分类",
        "户名",
        "开户行",
        "开户银行",
        "传真",
        "邮编",
        // A table's unit: `单位：亿元、%`.
        "单位",
        "计量单位",
        // An exported chat's header: `群聊：幸福里3栋业主群（186）`.
        "群聊",
        "群名称",
        // A contract's or a form's number: `合同编号：DL-ZL-2024-0316`.
        "合同编号",
        "编号",
        // A government page's record of the document: `标　　题：…的通知`.
        "标题",
        // A job page's recruiter: `招聘者：温女士 · HRBP　　刚刚活跃`.
        "招聘者",
        // A court record's head: `案　　由：…`.
        "案由",
        "案号",
        // A shop's order: `订单号：3825 0614 7720 9918　　商品：…　　实付：¥3,299.00`.
        "订单号",
        "订单编号",
        // Who put the notice up (`发布单位：澄湖花园业主委员会`), a listed company's code.
        "发布单位",
        "股票代码",
        "证券代码",
    ];
    if s.len() > 240 || chars(s) > 80 {
        return false;
    }
    let inner = s.strip_prefix(['（', '(']).and_then(|r| r.strip_suffix(['）', ')'])).unwrap_or(s);
    let label = inner.split_once(['：', ':']).map(|(l, _)| l.trim_end_matches(|c: char| c.is_ascii_digit()));
    let photo = inner.len() < s.len()
        && chars(inner) <= 16
        && ["图片", "照片", "供图"].iter().any(|k| inner.contains(k))
        && ["提供", "来源", "供图"].iter().any(|k| inner.contains(k));
    // Short, or set in brackets: a sentence that quotes such a notice is news (a court's finding).
    let note = inner.len() < s.len() || chars(s) <= 40;
    let reprint = note && inner.contains("不得转载") && (inner.starts_with("本文") || inner.contains("版权所有"));
    // A site's, not a company's answer (`小米集团回应称，该高管言论仅代表个人观点，不代表公司立场。`).
    let disclaimer = note
        && inner.contains("仅代表")
        && inner.contains("不代表")
        && inner.trim_end_matches('。').ends_with(['场', '点'])
        && !["称", "表示", "回应"].iter().any(|k| inner.contains(k));
    // A list page's link to the whole text and its pager: `阅读全文>>`, `共3条 上一页 1 下一页`.
    let link = s.trim_start_matches('[').trim_end_matches([']', '>', '》', '»', '›', '→', ' ']);
    let more = ["阅读全文", "查看全文", "展开全文", "查看详情", "详情", "返回列表", "返回首页", "返回顶部", "返回"]
        .contains(&link.trim_start_matches('【').trim_end_matches('】'));
    // Or a longer one with its counts: `共 1286 条　每页 15 条　首页 上一页 1 2 3 … 86 下一页 尾页`.
    let pager = s.contains("上一页") && s.contains("下一页") && (chars(s) <= 30 || chars(s) <= 90 && !s.contains(['。', '，', '；']))
        // Or a list's count: `最新公告　公告日期：2025-06-20　共 126 条，当前显示第 1-20 条`.
        || chars(s) <= 60 && s.contains("当前显示第");
    // A field is one value: a clause after a comma is news (`数据来源：国家统计局，上半年…增长5.4%`).
    // Its label may be spaced out to a column's width (`文　　号`).
    let labelled = label.is_some_and(|l| LABELS.contains(&l) || l.contains([' ', '　']) && LABELS.contains(&l.replace([' ', '　'], "").as_str()));
    // A video player's placeholder (`【视频】 00:01:46视频加载中，请稍候……`), an app's banner
    // (`打开APP，阅读体验更佳`), a mail's (`如果邮件无法正常显示，请点击这里查看网页版。`).
    let player = chars(s) <= 40 && (s.contains("视频加载中") || s.contains("加载中，请稍候"));
    let banner = chars(s) <= 20 && ["打开APP", "下载APP", "打开客户端", "下载客户端"].iter().any(|k| s.starts_with(k)) && s.contains("体验");
    let mail = chars(s) <= 40 && s.contains("无法正常显示") && s.contains("点击");
    // A comma in a figure (`¥3,299.00`) is no clause.
    let clause = inner.contains(['。', '，', '；', ';']) || inner.split(',').skip(1).any(|p| !p.starts_with(|c: char| c.is_ascii_digit()));
    labelled && !clause || photo || reprint || disclaimer || more || pager || player || banner || mail
}

/// A page's breadcrumb trail: `首页 > 信息公开 > 招标投标 > 中标公告`, `当前位置：首页 » 新闻中心`.
fn is_breadcrumb(s: &str) -> bool {
    // Its label is said many ways: `当前位置`, `您当前的位置`, `您所在的位置`, `你现在的位置`.
    let label = s.find("位置").filter(|&at| at > 0 && s[..at].chars().all(|c| "您你当前现在所的".contains(c)) || at == 0);
    let trail = label.map_or(s, |at| s[at + "位置".len()..].trim_start_matches(['：', ':', ' ', '　']));
    // A paper's e-edition doubles its marks: `人民网 >> 人民日报 >> 2025年06月17日 >> 第10版：经济`.
    let doubled = trail.contains(">>").then(|| trail.replace(">>", ">"));
    let trail = doubled.as_deref().unwrap_or(trail);
    let marks = ['>', '＞', '»', '›'];
    // One step only when spaced, between two short names (`新闻中心 > 公司新闻`).
    let steps = trail.matches(marks).count();
    let one = || {
        trail.split_once(marks).is_some_and(|(a, b)| a.ends_with(' ') && b.starts_with(' '))
            && trail.split(marks).all(|p| (2..=6).contains(&chars(p.trim())) && p.trim().chars().all(is_han))
    };
    // Its last step may be the page's headline: `城市论坛 › 家在杭州 › 小区业主交流 › 我们小区物业费要从1.8涨到2.6，大家怎么看？`.
    let step = |p: &str| (2..=12).contains(&chars(p)) && !p.contains(['，', '。', ',']);
    let parts: Vec<&str> = trail.split(marks).map(str::trim).collect();
    let headed =
        steps >= 3 && parts[..parts.len() - 1].iter().all(|p| step(p)) && chars(parts[parts.len() - 1]) <= 60 && !parts[parts.len() - 1].contains('。');
    (steps >= 2 || steps == 1 && one()) && parts.iter().all(|p| step(p)) || headed
}

/// A site's navigation bar: four or more short names set apart by bars (`首页 | 新闻 | 财经 |
/// 科技 | 更多>>`). A table row of figures or sentences (`营收 | 12.3亿元 | 同比增长5%`) is none.
fn is_nav_bar(s: &str) -> bool {
    // A shop's bar greets the visitor: `首页 我的订单 购物车(3) | 你好，请登录 免费注册`.
    let greeted = ["你好，请登录", "您好，请登录", "Hi，请登录", "亲，请登录"].iter().find_map(|g| s.find(g).map(|at| (at, g.len())));
    let ungreeted;
    // Greeted at the top of a shop's page, the bar is its own: `亲，请登录 免费注册 手机逛拍卖`.
    if greeted.is_some_and(|(at, _)| at == 0) && chars(s) <= 40 && !s.contains(['。', '！', '？']) {
        return true;
    }
    let s = match greeted {
        Some((at, n)) => {
            ungreeted = format!("{}请登录{}", &s[..at], &s[at + n..]);
            ungreeted.as_str()
        }
        None => s,
    };
    // Asked of every line: a bar of any kind has no clause marks.
    if s.contains(['。', '，', '；', '！', '？']) {
        return false;
    }
    // A site's own sections and a visitor's links, set apart any way, some with a count
    // (`购物车(3)`): `产品与解决方案  行业案例  新闻中心  投资者关系  加入我们  中文 | EN`.
    const SITE_LINKS: &[&str] = &[
        "首页",
        "网站首页",
        "关于我们",
        "联系我们",
        "新闻中心",
        "投资者关系",
        "加入我们",
        "产品中心",
        "解决方案",
        "客户服务",
        "网站导航",
        "帮助中心",
        "我的订单",
        "购物车",
        "请登录",
        "登录",
        "注册",
        "免费注册",
        "登录/注册",
        "EN",
        "English",
        "我要招聘",
        "我要找工作",
        "客服中心",
    ];
    let links: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || "|｜".contains(c))
        .map(|p| p.trim_end_matches([')', '）']).trim_end_matches(|c: char| c.is_ascii_digit()).trim_end_matches(['(', '（']))
        .filter(|p| !p.is_empty())
        .collect();
    // A footer's links alone: `免责声明  隐私政策  网站地图  联络我们`.
    const FOOTER_LINKS: &[&str] = &[
        "免责声明",
        "隐私政策",
        "私隐政策",
        "网站地图",
        "联络我们",
        "联系我们",
        "关于我们",
        "使用条款",
        "版权声明",
        "法律声明",
        "意见反馈",
        "公司简介",
        "联系方法",
        "招聘信息",
        "客户服务",
        "广告服务",
        "服务条款",
        "合作伙伴",
        "帮助中心",
    ];
    if links.len() >= 3 && links.iter().all(|p| FOOTER_LINKS.contains(p)) {
        return true;
    }
    // Or most of a longer row set apart by bars: `About NetEase | 公司简介 | 联系方法 | 招聘信息 | …`.
    let barred: Vec<&str> = s.split(['|', '｜']).map(str::trim).filter(|p| !p.is_empty()).collect();
    if barred.len() >= 5 && barred.iter().filter(|p| FOOTER_LINKS.contains(p)).count() * 2 >= barred.len() && barred.iter().all(|p| chars(p) <= 16) {
        return true;
    }
    // A short barred one with the site's own links: `我的拍卖 | 客服中心 | 网站导航`.
    if s.contains(['|', '｜'])
        && links.len() >= 3
        && links.iter().filter(|p| SITE_LINKS.contains(p)).count() >= 2
        && links.iter().all(|p| chars(p) <= 6 && p.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric()))
    {
        return true;
    }
    if links.len() >= 5
        && links.iter().filter(|p| SITE_LINKS.contains(p)).count() >= 2
        && links.iter().all(|p| chars(p) <= 10 && p.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric() || c == '/'))
    {
        return true;
    }
    // Or set apart by spaces, with the site's own links: `首页　关于我们　产品中心　新闻中心　联系我们`.
    if ["首页", "关于我们", "联系我们"].iter().any(|k| s.contains(k)) {
        let spaced: Vec<&str> = s.split([' ', '　', '|', '｜']).filter(|p| !p.is_empty()).collect();
        if spaced.len() >= 5
            && spaced.iter().any(|p| ["首页", "网站首页", "关于我们", "联系我们"].contains(p))
            && spaced.iter().all(|p| chars(p) <= 6 && p.chars().all(|c| is_han(c) || c.is_ascii_alphabetic()))
        {
            return true;
        }
    }
    // An e-paper's pages, numbered: `01 要闻  02 要闻  03 综合  04 区县  05 经济`.
    if s.contains("  ") || s.contains('　') {
        let pages: Vec<&str> = s.split("  ").flat_map(|p| p.split('　')).map(str::trim).filter(|p| !p.is_empty()).collect();
        let page = |p: &&str| {
            p.split_once(' ').is_some_and(|(n, name)| {
                (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_alphanumeric()) && (1..=6).contains(&chars(name)) && !name.contains(['，', '。'])
            })
        };
        if pages.len() >= 4 && pages.iter().all(page) {
            return true;
        }
    }
    // Or by wide gaps: `医院概况  新闻动态  就医指南  科室导航  专家介绍  护理园地`; or by single spaces,
    // most of them a paper's sections: `新闻 视频 直播 财经 科技 汽车 房产 娱乐 体育 更多>>`.
    let short_han = |p: &str| (2..=6).contains(&chars(p)) && p.chars().all(is_han);
    if s.contains("  ") || s.contains('　') {
        let wide: Vec<&str> =
            s.split("  ").flat_map(|p| p.split('　')).map(|p| p.trim().trim_end_matches(['>', '＞', '»'])).filter(|p| !p.is_empty()).collect();
        // Not a list of cities or of courses: a site's bar has eight links or more, few of them places.
        if wide.len() >= 8 && wide.iter().all(|p| short_han(p)) && wide.iter().filter(|p| is_place(p)).count() * 2 < wide.len() {
            return true;
        }
    }
    let spaced: Vec<&str> = s.split(' ').filter(|p| !p.is_empty()).collect();
    // With a button of the site's (`更多>>`, `打开APP`): a paper's sections named in its text are no bar.
    let button = |p: &str| ["更多", "打开APP", "下载APP", "APP"].iter().any(|b| p.trim_end_matches(['>', '＞', '»']).ends_with(b));
    if spaced.len() >= 8
        && spaced.iter().filter(|p| SECTIONS.contains(p)).count() * 2 >= spaced.len()
        && spaced.iter().any(|p| button(p))
        && spaced.iter().all(|p| (2..=4).contains(&chars(p)) && p.chars().all(is_han) || button(p))
    {
        return true;
    }
    // A labelled bar: `快速链接：汀阳大学主页 | 信息公开网 | 招生信息网`.
    let s = s.split_once(['：', ':']).filter(|(l, _)| chars(l) <= 6 && l.ends_with("链接")).map_or(s, |(_, r)| r);
    let items: Vec<&str> = s.split(['|', '｜', '┊']).map(|p| p.trim().trim_end_matches(['>', '＞', '»'])).collect();
    // A hotline's link names its number: `12309检察服务`.
    let word = |p: &&str| p.chars().all(|c| is_han(c) || c.is_ascii_alphabetic() || c == ' ' || c.is_ascii_digit() && p.chars().any(is_han));
    // A footer's links run longer (`违法和不良信息举报`, `About Sina`), but most are short and
    // in Chinese: `Apple | Google | Microsoft | Qualcomm | Intel` is a list of names.
    let short = items.iter().filter(|p| chars(p) <= 6).count();
    let han = items.iter().filter(|p| p.chars().any(is_han)).count();
    // Or an e-paper's list of its pages: `第01版：要闻  第02版：要闻  第03版：评论`.
    let page = |p: &str| {
        p.strip_prefix('第')
            .and_then(|r| r.split_once("版："))
            .is_some_and(|(n, name)| (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()) && (1..=6).contains(&chars(name)))
    };
    let pages: Vec<&str> = s.split_whitespace().collect();
    if pages.len() >= 3 && pages.iter().all(|p| page(p)) {
        return true;
    }
    // Or a report's header bar, three cells, two of them labels, one its kind: `公司研究 | 点评报告 | 澄明科技（603XXX.SH）`.
    let label = |p: &&str| (2..=6).contains(&chars(p)) && p.chars().all(is_han);
    let genre = |p: &&str| ["研究", "报告", "点评", "研报", "简报", "周报", "月报", "快报"].iter().any(|k| p.ends_with(k));
    if items.len() == 3
        && !s.trim().starts_with(['|', '｜'])
        && items.iter().all(|p| (2..=16).contains(&chars(p)))
        && items.iter().filter(|p| label(p)).count() >= 2
        && items.iter().any(|p| label(p) && genre(p))
    {
        return true;
    }
    items.len() >= 4
        && items.iter().all(word)
        && (items.iter().all(|p| (1..=6).contains(&chars(p)))
            || 2 * short >= items.len() && 2 * han >= items.len() && items.iter().all(|p| (1..=12).contains(&chars(p)))
            // A footer's links to other sites: `上海市人民政府 | 中国上海 | 国家政务服务平台`.
            || items.iter().all(|p| (2..=12).contains(&chars(p)) && p.chars().all(is_han)))
}

/// A web page's meta line under its headline: fields set apart by spaces, each a date or a
/// time, a staff or page field, or the outlet's short name (`2024-01-08 11:20  懂球帝  作者：小懂`,
/// `来源：中国教育在线  2024-08-20 09:15  编辑：李婷`, `发布时间：2024-10-19  文：程晓 图：李阳
/// 审核：陈刚  浏览量：2035`, `懂球帝  作者：小懂`). Not a score line (`成都蓉城 3:0 河南队`) nor an index's (`上证指数 3812.22`).
fn is_meta_line(s: &str) -> bool {
    const PAGE_LABELS: &[&str] = &[
        "发布时间",
        "发布日期",
        "信息来源",
        "发表时间",
        "发表日期",
        "更新时间",
        "时间",
        "日期",
        "浏览量",
        "浏览",
        "浏览次数",
        "阅读",
        "阅读量",
        "点击",
        "点击量",
        "点击数",
        "阅读数",
        "访问量",
        "供稿",
        "出处",
        "发布者",
        "发布人",
        "楼主",
        "播出时间",
        "时长",
        "直播时长",
        "观看人次",
        "本段时间",
        // A post's counts: `发布时间：2023-09-17　　阅读：3215　　评论：14`.
        "评论",
        // A web novel's chapter line: `作者：南枝不语　更新时间：2024-07-19 23:58　本章字数：2316`.
        "本章字数",
        "字数",
        // A document library's: `上传者：春风化雨2016   上传时间：2025-11-10   页数：3页   下载：186`.
        "上传者",
        "上传时间",
        "页数",
        "下载",
        "下载量",
        "下载次数",
    ];
    // Asked of every line: a long one is text.
    if s.len() > 160 {
        return false;
    }
    // A government page sets its font-size tool at the line's end: `…　【字体：大 中 小】`.
    let s = s.find("【字").filter(|&at| s[at..].contains("大 中 小")).map_or(s, |at| s[..at].trim_end());
    let s = s.strip_suffix("【大】【中】【小】").map_or(s, str::trim_end);
    // The tool alone on its line.
    if s.is_empty() {
        return true;
    }
    // An app's line ends on where it was posted from: `澄川晚报　2025-06-18 17:42　来自 岚江·澄川`.
    let from = s.rfind("来自").filter(|&at| s[..at].ends_with(char::is_whitespace) && chars(&s[at..]) <= 14 && !s[at..].contains(['，', '。']));
    let s = from.map_or(s, |at| s[..at].trim_end());
    let (mut fields, mut labelled, mut dated, mut named, mut staff_only) = (0, 0, false, 0, true);
    // A page's buttons, some with a count: `我来说两句(8)`, `字号：T|T`, `打印`.
    let button = |p: &str| {
        let p = p.trim_end_matches([')', '）']).trim_end_matches(|c: char| c.is_ascii_digit() || c == ',').trim_end_matches(['(', '（']);
        // A forum's: `发表于 2024-05-03 21:47　只看楼主　|　倒序浏览`; a blog's `人气(3,218)`.
        ["我来说两句", "我要评论", "评论", "打印", "收藏", "分享", "关闭", "发表于", "只看楼主", "只看该作者", "倒序浏览", "人气", "|", "｜"].contains(&p)
            || p.starts_with("字号")
    };
    // Or a bare count, perhaps of the people who did something: `收藏 36.4万`, `2.8万人做过`.
    let counter = |p: &str| {
        is_count(p)
            || ["人做过", "人看过", "人收藏", "人评价", "人浏览", "人阅读", "次浏览", "次阅读", "次播放"]
                .iter()
                .any(|k| p.strip_suffix(k).is_some_and(is_count))
    };
    // A view count on its own line: `浏览量：18934`.
    if s.split_once(['：', ':'])
        .is_some_and(|(l, v)| ["浏览量", "阅读量", "点击量", "浏览次数", "阅读数", "点击数", "访问量"].contains(&l) && is_count(v.trim()))
    {
        return true;
    }
    let (mut buttons, mut counters) = (0, 0);
    // A staff label may take its name after a space: `记者 章茜　通讯员 郁洋`.
    let mut label_before = false;
    for part in s.split_whitespace() {
        // Fields may be set apart by dots or slashes (`文 / 孟知微`, `发表于 2025-06-09　·　作者 …`).
        if ["·", "/", "／"].contains(&part) {
            continue;
        }
        // Or a handle: `作者 @kaiwen_dev`.
        let handle = |p: &str| p.strip_prefix('@').is_some_and(|h| (2..=20).contains(&h.len()) && h.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'));
        if std::mem::take(&mut label_before) && ((2..=4).contains(&chars(part)) && part.chars().all(is_han) || handle(part)) {
            fields += 1;
            labelled += 1;
            continue;
        }
        if ["记者", "通讯员", "编辑", "作者", "文", "小编"].contains(&part) {
            label_before = true;
            continue;
        }

        if button(part) {
            buttons += 1;
            continue;
        }
        if counter(part) {
            counters += 1;
            continue;
        }
        let stamp = part.chars().filter(char::is_ascii_digit).count() >= 2 && part.chars().all(|c| c.is_ascii_digit() || "/-:.年月日时分".contains(c));
        // A date leads with its year (`2024-01-08`, `2024年10月19日`); a time is a clock's
        // (`11:20`): not a score (`25-22`, `3:0`).
        let date = stamp
            && (part.contains('年') || part.len() > 5 && part.as_bytes()[..4].iter().all(u8::is_ascii_digit) && matches!(part.as_bytes()[4], b'-' | b'/'));
        let clock =
            stamp && part.chars().all(|c| c.is_ascii_digit() || c == ':') && part.split(':').next().is_some_and(|h| h.parse::<u8>().is_ok_and(|h| h < 24));
        let field = part.split_once(['：', ':']).is_some_and(|(l, v)| {
            // A reviewer with where they work: `审核专家：谢俊峰（南川省人民医院急诊医学科主任医师）`.
            let v = v.strip_suffix('）').and_then(|v| v.split_once('（')).filter(|(_, at)| chars(at) <= 30).map_or(v, |(who, _)| who);
            (STAFF_LABELS.contains(&l) || PAGE_LABELS.contains(&l))
                && chars(v) <= 16
                // A count may have its thousands set off: `浏览量：2,341`.
                && v.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric() || "/-:.·—,".contains(c))
        });
        if date || clock {
            fields += 1;
            dated |= date;
        } else if field {
            fields += 1;
            labelled += 1;
            staff_only &= part.split_once(['：', ':']).is_some_and(|(l, _)| STAFF_LABELS.contains(&l));
        } else if (2..=8).contains(&chars(part)) && part.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric()) {
            named += 1;
        } else {
            return false;
        }
    }
    // `懂球帝  作者：小懂`: an outlet and its writer. A date and a time with no label are a
    // schedule's or a live blog's (`2024-11-21 20:10  武磊破门`); the staff alone a byline
    // (`作者：王小明 责编：李四`).
    // A WeChat article's line: `原创　陈一禾　岭西日报　2024年11月18日 07:30　甘肃`.
    if s.starts_with("原创") && dated && named <= 4 {
        return true;
    }
    // `作者：灶台边的小满　2.8万人做过　收藏 36.4万`: the writer and how many read or used it.
    if labelled >= 1 && counters >= 1 && named == 0 && fields == labelled {
        return true;
    }
    // Where it was posted from labels it as a post's line.
    if from.is_some() && dated && named <= 2 {
        return true;
    }
    let staff = labelled > 0 && staff_only && !dated && named == 0;
    // Buttons after a date mark a page's line as its label would (`2025-12-10 16:20:45 本地新闻网　我来说两句(8)`).
    (fields >= 2 || labelled == 1 && named == 1) && named <= 2 && (labelled >= 1 || buttons >= 1 && dated) && !staff
}

/// When a page ran or last updated the story, labelled so: `发布时间：2025年9月5日 10:00`,
/// `【更新于9月24日15:00】`, `更新时间：2025-09-24 15:00`.
fn is_labelled_stamp(s: &str) -> bool {
    let core = s.trim_matches(|c: char| "【】[]〔〕 　".contains(c));
    // A live page says so before its stamp: `本页面持续更新　最后更新：2024-09-14 16:42`.
    let core = ["本页面持续更新", "持续更新中", "持续更新"].iter().find_map(|k| core.strip_prefix(k)).map_or(core, |r| r.trim_start_matches([' ', '　']));
    // A live page's stamp sits between the day and its refresh button:
    // `2月4日（正月初七） 最后更新：18:42    ↻ 刷新`.
    let core = core.strip_suffix("刷新").map_or(core, |r| r.trim_end_matches(['↻', '⟳', ' ', '　']));
    if let Some(at) = core.find("最后更新").filter(|&at| at > 0) {
        let day = core[..at].trim_end();
        let day = day.strip_suffix('）').and_then(|d| d.rsplit_once('（')).filter(|(_, note)| chars(note) <= 6).map_or(day, |(d, _)| d.trim_end());
        if chars(day) <= 12 && day.chars().any(|c| c.is_ascii_digit()) && day.chars().all(|c| c.is_ascii_digit() || "年月日-/.".contains(c)) {
            return is_labelled_stamp(&core[at..]);
        }
    }
    // `来源：中央纪委国家监委网站　发布时间：2025-11-25 16:30`: the source may lead.
    if let Some(at) = core.find("发布时间").filter(|&at| at > 0 && core.starts_with("来源") && chars(&core[..at]) <= 30) {
        return is_labelled_stamp(&core[at..]);
    }
    // A bare `时间：2025年11月13日 20:00（北京时间）` over a transcript says when, no more.
    let core = core.strip_suffix("（北京时间）").or_else(|| core.strip_suffix("(北京时间)")).map_or(core, str::trim_end);
    // Or a document's date under its issuer's name: `恒远证券研究所报告日期：2024年3月29日`.
    let issued = || {
        core.split_once(['：', ':']).filter(|(label, _)| {
            chars(label) <= 20 && label.chars().all(is_han) && ["报告日期", "发布日期", "发稿日期", "印发日期", "成文日期"].iter().any(|k| label.ends_with(k))
        })
    };
    let Some(stamp) =
        ["发布时间", "更新时间", "发布日期", "最后更新日期", "最后更新时间", "最后更新", "更新日期", "更新于", "发布于", "发表于", "导出时间", "时间", "日期"]
            .iter()
            .find_map(|k| core.strip_prefix(k))
            .or_else(|| issued().map(|(_, r)| r))
            .map(|r| r.trim_start_matches(['：', ':', ' ', '　']))
    else {
        return false;
    };
    // `发布时间：2025-09-26 16:00:00　　来源：沟通联络部`: the source may follow.
    let stamp = stamp.split("来源").next().unwrap_or(stamp).trim_end_matches(|c: char| c.is_whitespace() || "|｜".contains(c));
    // A mail's gives the weekday and the half of the day: `2024年11月18日（星期一）下午3:42`.
    let mut plain = stamp.to_string();
    for day in
        ["（星期一）", "（星期二）", "（星期三）", "（星期四）", "（星期五）", "（星期六）", "（星期日）", "（星期天）", "上午", "下午", "晚上", "凌晨", "中午"]
    {
        plain = plain.replace(day, " ");
    }
    let digits = plain.chars().filter(char::is_ascii_digit).count();
    digits >= 3 && plain.contains(['日', ':', '-', '/']) && plain.chars().all(|c| c.is_ascii_digit() || " /-:.年月日时分".contains(c))
}

/// A printed page's number, as PDFs paste it: `- 4 -`, `— 3 —`, `第 23 页 共 58 页`, `第5页`.
fn is_page_number(s: &str) -> bool {
    let digits = |t: &str| (1..=4).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit());
    let dash = |c: char| "-—–－".contains(c);
    let dashed = s.starts_with(dash) && s.ends_with(dash) && digits(s.trim_matches(|c: char| dash(c) || c.is_whitespace()));
    let page = |t: &str| t.trim().strip_prefix('第').and_then(|r| r.trim_end().strip_suffix('页')).is_some_and(|n| digits(n.trim()));
    let numbered = match s.split_once('共') {
        Some((this, total)) => page(this) && total.trim().strip_suffix('页').is_some_and(|n| digits(n.trim())),
        None => page(s),
    };
    // An e-paper's page, numbered with its name: `第06版：民生·人物`, `A08版：城事`.
    let edition = s.trim().split_once(['：', ':']).is_some_and(|(page, name)| {
        let n = page.strip_prefix('第').unwrap_or(page).strip_suffix('版').unwrap_or("");
        (1..=4).contains(&n.len())
            && n.bytes().all(|b| b.is_ascii_alphanumeric())
            && n.bytes().any(|b| b.is_ascii_digit())
            && (1..=10).contains(&chars(name.trim()))
            && !name.contains(['，', '。'])
    });
    dashed || numbered || edition
}

/// A post's mentions, alone on their line: `@浙江高速交警`, `@人民日报 @新华社`.
/// A reader's comment quoted under a post: `@吃货小王：这一个够我吃一周了`. Short: a
/// post pasted with its account's name (`@人民日报：【…】…`) is text.
/// Whether a line ends on a comment's likes: `赞(128)`, `赞 2.1万`, `赞 945`.
fn is_likes(s: &str) -> bool {
    // Its buttons may follow: `赞（356）回复`.
    let s = s.trim_end().trim_end_matches("举报").trim_end_matches("回复").trim_end();
    let s = s.trim_end_matches(['）', ')']).trim_end();
    let count = s.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',' || c == '万');
    // An app may draw them as a heart: `04-08 上海　♡ 326　回复`; a portal says `顶`: `2024-08-12 11:02  顶 2,316`.
    count.len() < s.len() && count.trim_end_matches(['（', '(', ' ']).ends_with(['赞', '♡', '❤', '顶'])
}

/// A comment's author line: a name and how long ago (`城南小王子　2小时前`, `风起时2019 刚刚`).
fn is_name_and_when(s: &str) -> bool {
    // A group post's or reply's head may say it was edited and where it came from:
    // `来自: 一只不吃香菜的猫  2025-02-26 21:43:17  已编辑  IP属地: 上海`.
    let s = match s.rfind("IP属地") {
        Some(at) if (2..=4).contains(&chars(s[at + "IP属地".len()..].trim_start_matches([':', '：', ' ', '　']))) => s[..at].trim_end(),
        _ => s,
    };
    let s = s.strip_suffix("已编辑").map_or(s, str::trim_end);
    let s = ["来自:", "来自："].iter().find_map(|k| s.strip_prefix(k)).map_or(s, str::trim_start);
    // An exported chat's message header: `2024-04-09 19:02:15 王姐（3-502）`, or the name first.
    let stamp = |t: &str| is_bare_stamp(t, 10);
    let name = |t: &str| (1..=16).contains(&chars(t)) && !t.contains(|c: char| "，。！？、：,.!?:".contains(c));
    // A blog's comment head: `阿凯 于 2025/05/13 09:12 回复` (`於`, `回覆` as Taiwan's blogs write them).
    if let Some((who, when)) =
        ["回复", "回覆"].iter().find_map(|k| s.strip_suffix(k)).map(str::trim_end).and_then(|r| r.split_once(" 于 ").or_else(|| r.split_once(" 於 ")))
    {
        return name(who.trim()) && stamp(when.trim());
    }
    // A comment's may end on where it was sent from: `江湖夜雨十年灯　2025-05-03 22:40:12 浙江`.
    fn unplaced(when: &str) -> &str {
        let when = when.trim();
        when.rsplit_once([' ', '　']).filter(|(_, place)| (2..=4).contains(&chars(place)) && place.chars().all(is_han)).map_or(when, |(w, _)| w.trim())
    }
    let chat = match s.find(|c: char| !(c.is_ascii_digit() || " /-:.年月日".contains(c))) {
        Some(0) => s.split_once([' ', '　']).is_some_and(|(who, when)| name(who) && stamp(unplaced(when))),
        Some(at) => stamp(s[..at].trim()) && name(s[at..].trim()),
        None => false,
    };
    // A transcript's turn: who, and where in the recording (`周扬 01:18`, `林晓川 1:02:45`).
    let turn = s.split_once([' ', '　']).is_some_and(|(who, at)| {
        let at = at.trim();
        (2..=4).contains(&chars(who))
            && who.chars().all(is_han)
            && (4..=8).contains(&at.len())
            && at.contains(':')
            && at.split(':').all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
    });
    if chat || turn {
        return true;
    }
    if !s.ends_with('前') && !s.ends_with("刚刚") {
        return false;
    }
    let parts: Vec<&str> = s.split([' ', '　']).filter(|p| !p.is_empty()).collect();
    let ago = |p: &str| {
        let unit = p.strip_suffix('前').map(|r| r.trim_start_matches(|c: char| c.is_ascii_digit()));
        p == "刚刚" || unit.is_some_and(|u| u.len() + "前".len() < p.len() && ["秒", "分钟", "小时", "天", "周", "个月"].contains(&u))
    };
    // A comment's may name where it was sent from: `阿木木  浙江  3天前`.
    let place = |p: &str| (2..=4).contains(&chars(p)) && p.chars().all(is_han);
    (parts.len() == 2 || parts.len() == 3 && place(parts[1]))
        && ago(parts[parts.len() - 1])
        && chars(parts[0]) <= 20
        && !parts[0].contains(|c: char| "，。！？、：".contains(c))
}

/// A date and time and nothing else, with at least `digits` digits: `2024-04-09 19:02:15`,
/// `2024-01-08 20:14`, `01-08 19:35`.
fn is_bare_stamp(t: &str, digits: usize) -> bool {
    t.contains(':') && t.chars().filter(char::is_ascii_digit).count() >= digits && t.chars().all(|c| c.is_ascii_digit() || " /-:.年月日".contains(c))
}

/// A portal's commenter over the comment: `网易岚海省溪宁市网友 [澜江夜跑者]`.
fn is_commenter(s: &str) -> bool {
    s.trim_end()
        .strip_suffix(']')
        .and_then(|r| r.rsplit_once('['))
        .is_some_and(|(place, name)| place.trim_end().ends_with("网友") && chars(place) <= 20 && (1..=20).contains(&chars(name)))
}

fn is_comment_line(s: &str) -> bool {
    // A forum's reply on its floor: `2L 晴天小猪：上周我们小区也是…`, `3楼 阿伟：…`.
    let floor = s.trim_start_matches(|c: char| c.is_ascii_digit());
    if (1..=4).contains(&(s.len() - floor.len())) {
        // Not a floor guide (`2楼 儿科：…`) nor a pack size (`2L 装的鲜牛奶：…`).
        if let Some(rest) = ["L ", "L："].iter().find_map(|k| floor.strip_prefix(k)) {
            return rest.split_once(['：', ':']).is_some_and(|(name, said)| {
                (1..=12).contains(&chars(name))
                    && !name.contains(['，', '。', '的', ' '])
                    && !name.starts_with(['装', '瓶', '罐', '桶', '包', '盒'])
                    && chars(said) <= 120
            });
        }
    }
    // A nested reply: `└ 老周修老物件 UP主：可以先别通电…`, `林一禾回复小满：给你留了两个😂`.
    if s.strip_prefix('└').and_then(|r| r.split_once(['：', ':'])).is_some_and(|(name, said)| (1..=20).contains(&chars(name.trim())) && chars(said) <= 120) {
        return true;
    }
    if s.split_once(['：', ':'])
        .and_then(|(who, _)| who.split_once("回复"))
        .is_some_and(|(a, b)| (1..=12).contains(&chars(a)) && (1..=12).contains(&chars(b)) && !a.contains(['，', '。', ' ']))
        && chars(s) <= 120
    {
        return true;
    }
    s.strip_prefix('@').and_then(|r| r.split_once(['：', ':'])).is_some_and(|(name, said)| {
        (1..=20).contains(&chars(name)) && !name.contains(char::is_whitespace) && chars(said) <= 40 && !said.trim_end_matches(['。', '！', '？']).contains('。')
    })
}

pub(crate) fn is_mention_line(s: &str) -> bool {
    s.starts_with('@')
        && s.split([' ', '　']).filter(|p| !p.is_empty()).all(|p| {
            p.strip_prefix('@').is_some_and(|name| (1..=20).contains(&chars(name)) && name.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-'))
        })
}

/// A whole line that is a credit. An end mark ends its story; a photo credit on its own
/// line does when a blank line follows it; a source line (`来源：人民日报` under a
/// headline, `图片来源：视觉中国` under a picture) does not.
fn line_credit(s: &str) -> Option<Credit> {
    // A CMS's spaces as entities: `责编：周丽&nbsp;&nbsp;审核：王浩`.
    if s.contains("&nbsp;") {
        return line_credit(&s.replace("&nbsp;", " "));
    }
    // A news site's error-report button before its editor line: `【纠错】 【责任编辑：陈思】`.
    if let Some(rest) = ["【纠错】", "【我要纠错】"].iter().find_map(|k| s.strip_prefix(k)).map(str::trim_start).filter(|r| !r.is_empty()) {
        return line_credit(rest);
    }
    // An English wire's staff line: `(Reporting by Daniel Hart in Donglan; Editing by Mark Feld)`.
    let staff = ["Reporting by", "Additional reporting by", "Writing by", "Editing by", "Compiled by"];
    if s.strip_prefix(['(', '（']).is_some_and(|r| staff.iter().any(|k| r.starts_with(k))) && s.ends_with([')', '）']) && chars(s) <= 200 {
        return Some(Credit::Source);
    }
    match trailing_credit(s) {
        Some((n, credit)) if n == s.len() => Some(credit),
        _ => credit_words(s)
            .or((chars(s) <= 30 && ["（编辑", "（编译", "（译者", "（核稿", "（责编"].iter().any(|k| s.starts_with(k)) || is_print_source(s))
                .then_some(Credit::End))
            // With its source it is one anywhere; a bare one only under a headline (`layout`).
            .or((is_timestamp_line(s) && s.contains("来源")
                || is_labelled_stamp(s)
                || is_meta_line(s)
                || is_page_chrome(s)
                || is_breadcrumb(s)
                || is_nav_bar(s)
                || is_mention_line(s)
                || is_page_number(s)
                || is_player_clock(s)
                || is_incorporation(s)
                || is_sign_up_count(s))
            .then_some(Credit::Source))
            .or((is_topic_line(s) || is_page_boilerplate(s)).then_some(Credit::Source))
            .or((is_page_notice(s)
                || is_signature(s)
                || is_court_signer(s)
                || is_post_footer(s)
                || is_vote_line(s)
                || is_unsubscribe(s)
                || is_counter_row(s)
                || is_log_stamp(s)
                || is_location_tag(s)
                || is_follow_button(s)
                || is_button_row(s)
                || is_share_bar(s)
                || is_posted_stamp(s)
                || is_floor_stamp(s)
                || is_issue_number(s)
                || is_distribution(s)
                || is_name_and_when(s)
                || is_commenter(s)
                || is_record_field(s)
                || is_paper_front_matter(s)
                || is_site_name(s)
                || is_follow_prompt(s)
                || is_contents_line(s)
                || is_standard_cover(s)
                || is_speech_credit(s)
                || is_site_footer(s))
            .then_some(Credit::Source)),
    }
}

/// A site's own name atop its page: `青禾县人民政府门户网站`, `南川大学官网`.
fn is_site_name(s: &str) -> bool {
    (6..=20).contains(&chars(s)) && s.chars().all(is_han) && ["门户网站", "官方网站", "政府网", "门户网", "官网"].iter().any(|k| s.ends_with(k))
}

/// A site's footer: its registration numbers (`浙ICP备0500xxxx号-1`, `浙公网安备 3301…号`,
/// `网站标识码：…`), its sponsor and address fields (`主办：…　承办：…`), a browser hint
/// (`建议使用IE9以上版本或谷歌、火狐浏览器…`), its software (`Powered by Discuz! X3.4`), the
/// links to the posts beside this one (`【上一篇】…`) and a forum's reply box. Never a sentence:
/// `工信部通报了未履行ICP备案手续的网站。` is news.
fn is_site_footer(s: &str) -> bool {
    // Asked of every line: only one with a footer's words is read further.
    const CUES: &[&str] = &[
        "版权所有",
        "Copyright",
        "ICP",
        "安备",
        "标识码",
        "Powered by",
        "浏览器",
        "上一篇",
        "下一篇",
        "主办",
        "承办",
        "协办",
        "技术支持",
        "维护",
        "地址",
        "电话",
        "邮编",
        "回复",
        "本帖最后由",
        "访客",
        "访问",
        "许可证",
        "热线",
        "邮箱",
    ];
    // 160 chars are at most 640 bytes.
    if s.len() > 640 || s.contains('。') || !CUES.iter().any(|k| s.contains(k)) {
        return false;
    }
    let n = chars(s);
    if n > 160 {
        return false;
    }
    // A footer's parts are names and numbers, no clause: `冒用浙ICP备05001234号 杭州一网站…`
    // is a headline and `问：…还需要办理公网安备吗？` a question.
    let clause = s.contains(['，', '？', '！', '?', '!', '；']);
    // A registration is a number after its mark (`ICP备0501xxxx号`, `公网安备 330…号`), led by
    // at most a province's or a masked mark (`浙`, `xx`).
    let numbered = |mark: &str| {
        s.match_indices(mark).any(|(k, _)| {
            let rest = s[k + mark.len()..].trim_start();
            let code = rest.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '-');
            rest.len() - code.len() >= 4 && (code.starts_with('号') || mark == "网站标识码：")
        })
    };
    let marks = ["ICP备", "ICP证", "公网安备", "网站标识码："];
    let opens = |p: &str| marks.iter().find_map(|m| p.find(m)).is_some_and(|at| chars(&p[..at]) <= 2);
    let owned = ["©", "Copyright", "版权所有", "All Rights Reserved"].iter().filter(|k| s.contains(*k)).count();
    let registered = !clause
        && marks.iter().any(|m| numbered(m))
        && (owned > 0 || marks.iter().filter(|m| s.contains(*m)).count() >= 2 || s.split([' ', '　']).filter(|p| !p.is_empty()).all(opens));
    // `长江网 版权所有 未经许可 不得转载 Copyright © 2025 cjn.cn All Rights Reserved`.
    let copyright = owned >= 2 && !clause && n <= 120;
    // `Powered by Discuz! X3.4`, not `Powered by 鸿蒙，…`.
    let powered = n <= 80 && !s.contains('，') && s.starts_with("Powered by");
    let browser = n <= 60 && !s.contains(['？', '?']) && s.contains("浏览器") && ["分辨率", "以上版本", "最佳浏览"].iter().any(|k| s.contains(k));
    // `上一篇：…` is a labelled line (`is_page_chrome`); here its bracketed form.
    let pager = n <= 80 && !clause && ["【上一篇】", "【下一篇】", "[上一篇]", "[下一篇]"].iter().any(|k| s.starts_with(k));
    // A site's own fields: `主办：某县人民政府办公室　承办：某县大数据发展中心`, `协办：…`,
    // `地址：某县人民路1号　联系电话：0xxx-xxxxxxx`.
    const FIELDS: &[&str] = &[
        "主办",
        "承办",
        "协办",
        "主办单位",
        "承办单位",
        "协办单位",
        "技术支持",
        "网站维护",
        "运行维护",
        "地址",
        "联系电话",
        "邮编",
        "网站标识码",
        "违法和不良信息举报电话",
        "不良信息举报电话",
        "举报电话",
        "举报邮箱",
        "新闻热线",
        "投稿邮箱",
        "投稿热线",
        "爆料热线",
    ];
    const SPONSORS: &[&str] = &["主办", "承办", "协办", "主办单位", "承办单位", "协办单位", "技术支持"];
    let parts: Vec<&str> = s.split([' ', '　']).filter(|p| !p.is_empty()).collect();
    let field = |p: &str, labels: &[&str]| p.split_once(['：', ':']).is_some_and(|(label, value)| labels.contains(&label) && !value.is_empty());
    let fields = !clause && (parts.len() >= 2 && parts.iter().all(|p| field(p, FIELDS)) || parts.len() == 1 && field(parts[0], SPONSORS));
    // A forum's reply box: `快速回复　提交回复 [Ctrl+Enter快速提交]`.
    let reply = n <= 40
        && !clause
        && ["快速回复", "提交回复", "发表回复"].iter().any(|k| s.starts_with(k))
        && (s.contains("Ctrl") || s.split([' ', '　']).filter(|p| !p.is_empty()).all(|p| chars(p) <= 6));
    // A forum post's edit stamp: `本帖最后由 钱塘小透明 于 2025-8-12 21:40 编辑`.
    let edited = n <= 60 && s.starts_with("本帖最后由") && s.ends_with("编辑");
    // Where to report the site: `举报电话：027-8561XXXX　湖北省互联网违法和不良信息举报中心`.
    let report =
        n <= 60 && !clause && ["举报电话", "违法和不良信息举报", "不良信息举报"].iter().any(|k| s.starts_with(k)) && s.contains(|c: char| c.is_ascii_digit());
    // A site's counter: `您是本站第 8,264,319 位访客`, `总访问量：1,024,365`.
    let digits = s.contains(|c: char| c.is_ascii_digit());
    let counter = n <= 40
        && !clause
        && digits
        && (["位访客", "位访问者"].iter().any(|k| s.trim_end().ends_with(k)) && (s.starts_with(['您', '你']) || s.contains("本站"))
            || ["访问量", "总访问量", "访问人数", "今日访问", "访客数"].iter().any(|k| s.strip_prefix(k).is_some_and(|r| r.starts_with(['：', ':', ' ']))));
    // A broadcaster's licence: `岚江网络广播电视台版权所有　　信息网络传播视听节目许可证：XXXXXXX号`.
    let licence = n <= 100
        && !clause
        && ["许可证：", "许可证号", "许可证编号"].iter().any(|k| s.contains(k))
        && (s.trim_end().ends_with('号')
            // Or its code last: `增值电信业务经营许可证：浙B2-20080224`.
            || s.rsplit_once(['：', ':']).is_some_and(|(_, code)| {
                let code = code.trim();
                code.chars().filter(char::is_ascii_digit).count() >= 6 && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || is_han(c)) && chars(code) <= 20
            })
            || s.contains("ICP备"));
    registered || powered || browser || pager || fields || reply || edited || report || copyright || counter || licence
}

/// A post's topics alone on their line: `#长河落日# #张译# #国产电影#`.
fn is_topic_line(s: &str) -> bool {
    // Or each opened only, as another app sets them: `#城市记忆　#澄川　#地方史`.
    let tags = || s.split_whitespace().all(|t| t.strip_prefix('#').is_some_and(|t| (1..=20).contains(&chars(t)) && !t.contains(['#', '，', '。'])));
    if s.split_whitespace().nth(1).is_some() && tags() {
        return true;
    }
    let mut rest = s.trim();
    let mut n = 0;
    while let Some(r) = rest.strip_prefix('#') {
        let Some((topic, after)) = r.split_once('#') else { return false };
        if !(1..=20).contains(&chars(topic)) || topic.contains(char::is_whitespace) {
            return false;
        }
        n += 1;
        rest = after.trim_start();
    }
    n >= 2 && rest.is_empty()
}

/// A page's or a report's disclaimer of itself, whatever its label, on its own line or inside a
/// paragraph: `以上内容综合自…，仅供参考，不构成投资建议。`, `本报告中的信息均来源于公开资料，本公司对这些
/// 信息的准确性和完整性不作任何保证。`, and the warning such pages print (`期市有风险，投资需谨慎。`).
/// Not news of one (`专家提醒，网上荐股仅供参考，…`).
pub(crate) fn is_disclaimer(s: &str) -> bool {
    let s = s.trim_start_matches(|c: char| c.is_whitespace() || is_emoji(c) || "⚠※*".contains(c));
    // Asked of every line and sentence: the opening and the byte length first.
    s.len() <= 80 && chars(s) <= 20 && s.contains("有风险") && s.contains("谨慎")
        || ["以上内容", "以上信息", "本报告", "报告中的", "本页", "本文内容", "本文仅", "本资料", "本材料"].iter().any(|k| s.starts_with(k))
            && chars(s) <= 150
            && (s.contains("仅供") && s.contains("参考") || ["不构成", "准确性", "不承担", "不作任何保证"].iter().any(|k| s.contains(k)))
}

/// What a news site prints around every story, labelled so: the original headline
/// (`原标题：A股三大指数集体收涨`), a disclaimer (`郑重声明：…不构成投资建议。`), the story's
/// tags (`文章关键词： 申花 中超`), and how to share the page in WeChat.
fn is_page_boilerplate(s: &str) -> bool {
    let labelled = |labels: &[&str], max: usize| chars(s) <= max && labels.iter().any(|k| s.strip_prefix(k).is_some_and(|r| r.starts_with(['：', ':'])));
    // Markdown may set it in italics: `*本文由深圳特区报授权转载。*`.
    let s = s.trim_matches(['*', '_']);
    // A site's notice under its name: `中国日报网英语点津版权说明：凡注明来源为…`.
    let notice =
        s.split_once(['：', ':']).is_some_and(|(label, _)| chars(label) <= 20 && ["版权说明", "版权声明", "免责声明"].iter().any(|k| label.ends_with(k)));
    // `本文由深圳特区报授权转载，如需转载请联系原作者。`
    // Not `本文经市图书馆授权转载的数据显示，…`, a sentence about what was reprinted.
    let first = s.split(['，', '。', ',']).next().unwrap_or(s);
    let reprint = (["本文由", "本文经"].iter().any(|k| first.starts_with(k)) && first.ends_with("转载")
        || ["本文转载自", "本文转自"].iter().any(|k| first.starts_with(k)))
        && chars(s) <= 60;
    // A Markdown link alone on its line, as a button: `[查看原文](https://www.sznews.com/)`.
    let link = s.strip_prefix('[').and_then(|r| r.split_once("](")).is_some_and(|(label, url)| chars(label) <= 12 && url.ends_with(')') && !url.contains(' '));
    // A site's address under its name: `news.gov.hk`, `www.xinhuanet.com`, `https://m.thepaper.cn/`.
    let host = s.trim().trim_start_matches("https://").trim_start_matches("http://").trim_end_matches('/');
    let address = (4..=40).contains(&host.len())
        && host.contains('.')
        && host.split('.').all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        && host.rsplit('.').next().is_some_and(|tld| (2..=6).contains(&tld.len()) && tld.bytes().all(|b| b.is_ascii_lowercase()));
    // A signed-in user's bar: `欢迎您，韩雨辰（作者）　[修改个人信息]　[修改密码]　[退出]`.
    let user_bar = chars(s) <= 80 && s.starts_with("欢迎您") && ["退出", "注销"].iter().any(|k| s.trim_end_matches([']', '】', ' ']).ends_with(k));
    labelled(&["原标题", "原题"], 60) && !s.contains('。')
        || address
        || user_bar
        || notice && chars(s) <= 200
        || reprint
        || link
        || labelled(&["新浪声明", "免责声明"], 160)
        // A company's or a regulator's statement under the same label is news: only a site's
        // disclaimer of what it carries is none.
        || labelled(&["郑重声明", "特别声明", "风险提示", "声明"], 160)
            && ["本站", "本网", "本平台", "投资建议", "仅供参考", "风险自担", "不代表"].iter().any(|k| s.contains(k))
        // A listing's: `温馨提示：以上公告信息来自交易所披露平台，仅供参考，不构成投资建议。`,
        // `投资者应以上市公司在指定信息披露媒体上刊登的公告为准。`, `股市有风险，投资需谨慎。`
        || labelled(&["温馨提示", "提示"], 100) && s.contains("仅供参考") && (s.contains("不构成") || s.contains("投资建议"))
        || is_disclaimer(s)
        || chars(s) <= 50 && s.starts_with("投资者应以") && s.trim_end_matches('。').ends_with("为准")
        || labelled(&["文章关键词", "关键词", "标签"], 40) && !ends_sentence(s)
        // A blog post's filing, its tags after it: `文章分类：台中美食 / 西区美食    标签：台中面店、刀削面`.
        || labelled(&["文章分类", "所属分类", "文章标签"], 80) && !s.contains(['。', '，', '！', '？'])
        || ["我要反馈", "举报", "我要纠错", "图片", "图", "视频"].contains(&s.trim())
        // Where a picture stood, as a page's text copy keeps it: `[图片：炖好的番茄牛腩装在砂锅里]`.
        || chars(s) <= 40 && ["[图片", "【图片", "［图片"].iter().any(|k| s.starts_with(k)) && s.trim_end().ends_with([']', '】', '］'])
        // Or its alt text: `图片描述：事故现场，一辆白色轿车停在人行道上`.
        || chars(s) <= 80 && ["图片描述：", "图片描述:", "[图片描述]"].iter().any(|k| s.starts_with(k))
        // A site's disclaimer or a live page's note in brackets: `（以上内容仅供参考，不构成投资建议）`,
        // `【免责声明】本文仅代表作者观点，与本网站无关。`, `（本直播持续更新，刷新页面查看最新内容）`.
        || {
            let inner = s.strip_prefix(['（', '(']).and_then(|r| r.trim_end_matches('。').strip_suffix(['）', ')']));
            inner.is_some_and(|n| {
                chars(n) <= 40 && (n.contains("仅供参考") && (n.contains("不构成") || n.contains("投资建议")) || n.contains("持续更新") && n.contains("刷新"))
                    // A note on the document itself: `（以上纪要如有遗漏或不准确之处，请于8月26日前在文档中评论补充。）`.
                    || chars(n) <= 60 && n.starts_with("以上") && ["如有", "仅供", "来源", "补充", "更正"].iter().any(|k| n.contains(k))
            })
        }
        || ["【免责声明】", "【版权声明】", "[免责声明]"].iter().any(|k| s.starts_with(k))
            && chars(s) <= 160
            && ["本文", "本网", "本站", "本平台", "作者"].iter().any(|k| s.contains(k))
        // An advertisement's line, marked so: `广告「2025鲸科技 WISE 大会」报名通道开启 >>`, `广告▶ 汉口滨江…`.
        || s.strip_prefix("广告").is_some_and(|r| r.trim_start().starts_with(['「', '▶', '|', '｜']) && chars(s) <= 80)
        || ["【广告】", "[广告]", "（广告）"].iter().any(|k| s.starts_with(k)) && chars(s) <= 80
        // A video player's bar: `▶ 播放　|　00:00 / 01:20　|　1.0x　|　全屏`.
        || chars(s) <= 50 && s.contains("播放") && s.contains("全屏") && s.contains(['|', '｜', '/']) && !s.contains(['。', '，'])
        || is_picture_source(s)
        // An obituary's signature: `陈家骏同志治丧小组`.
        || chars(s) <= 20 && ["治丧小组", "治丧委员会", "治丧办公室"].iter().any(|k| s.ends_with(k))
        || s.starts_with("打开微信") && s.contains("点击") && chars(s) <= 20 && !s.contains('。')
        || s.contains("扫一扫") && s.contains("分享至朋友圈") && chars(s) <= 30
        // A shop's price row: `京东价 ¥ 399.00　¥449.00`.
        || chars(s) <= 40 && s.contains(['¥', '￥']) && !s.contains(['。', '，', '；']) && s.chars().filter(char::is_ascii_digit).count() >= 2 && s.split(['¥', '￥']).next().is_some_and(|l| chars(l.trim()) <= 6)
        // A contract's running head: `软件开发及技术服务合同　　　　合同编号：HYWL-JS-2025-0317`.
        || chars(s) <= 60 && s.rsplit_once("编号").is_some_and(|(title, code)| {
            let code = code.trim_start_matches(['：', ':', ' ']);
            let title = title.strip_suffix("合同").unwrap_or(title);
            title.ends_with(|c: char| c.is_whitespace() || c == '　') && ["合同", "协议", "书"].iter().any(|k| title.trim_end().ends_with(k)) && !code.is_empty() && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
        // A paper's keywords as a library lists them: `15分钟生活圈;公共服务设施;可达性;社区规划;`.
        || {
            let terms: Vec<&str> = s.split([';', '；']).map(str::trim).filter(|t| !t.is_empty()).collect();
            terms.len() >= 3 && s.trim_end().ends_with([';', '；']) && terms.iter().all(|t| chars(t) <= 12 && !t.contains(['，', '。', ',', ' ']))
        }
        // An outlet's app, pressed on the reader: `下载“证券时报”官方APP，或关注官方微信公众号，即可随时了解股市动态`.
        || chars(s) <= 60 && s.starts_with("下载") && ["APP", "App", "客户端"].iter().any(|k| s.contains(k)) && (s.contains("关注") || s.contains("即可") || s.contains("随时"))
        // A judgment's head: the court alone on its line, the kind spaced out, the case number
        // (`江南省临川市中级人民法院` / `民 事 判 决 书` / `（2024）江01民终2318号`).
        || chars(s) <= 20 && s.ends_with("人民法院") && s.chars().all(is_han)
        || chars(s) <= 16 && s.contains([' ', '　']) && {
            let kind: String = unspaced(s).collect();
            ["民事判决书", "刑事判决书", "行政判决书", "民事裁定书", "刑事裁定书", "行政裁定书", "民事调解书", "判决书", "裁定书"].contains(&kind.as_str())
        }
        || chars(s) <= 30 && s.ends_with('号') && !s.contains(['，', '。']) && s.strip_prefix(['（', '(']).is_some_and(|r| {
            r.len() > 5 && r.as_bytes()[..4].iter().all(u8::is_ascii_digit) && r[4..].starts_with(['）', ')']) && ["民", "刑", "行", "执", "知"].iter().any(|k| r.contains(k))
        })
        // A signature's contact line: `手机：138-XXXX-XXXX`, `邮箱：zhou@example.com`.
        || s.split_once(['：', ':']).is_some_and(|(label, value)| {
            ["手机", "电话", "座机", "传真", "邮箱", "E-mail", "Email", "Tel"].contains(&label.trim())
                && (6..=40).contains(&value.trim().len())
                && value.trim().chars().all(|c| c.is_ascii_alphanumeric() || "-+()（） @._转".contains(c))
        })
        // A rating's line: `北岛以北 评论 远山灯火　★★★★☆　2025-05-03 21:17:45 浙江`, `★★★★☆ 41286人评价`.
        || chars(s) <= 60 && s.contains("★★") && !s.contains(['。', '，', '！', '？']) && {
            let stars: String = s.chars().filter(|c| "★☆".contains(*c)).collect();
            stars.chars().count() == 5 && s.contains(stars.as_str())
        }
        // A recipe's or a form's two-cell row: `牛腩　800克`, `番茄　5个（约1000克，分两份）`, `盐　适量`.
        || chars(s) <= 24 && {
            let cells: Vec<&str> = s.split(['\t', '　']).flat_map(|c| c.split("  ")).map(str::trim).filter(|c| !c.is_empty()).collect();
            cells.len() == 2
                && (1..=8).contains(&chars(cells[0]))
                && cells[0].chars().all(is_han)
                && (cells[1].starts_with(|c: char| c.is_ascii_digit() || "半一两三四五六七八九十".contains(c)) && !cells[1].contains('。') || ["适量", "少许", "若干"].contains(&cells[1]))
        }
        // A team's or an institute's name as the author: `江南区域发展研究院“养老服务体系”课题组`.
        || chars(s) <= 40 && ["课题组", "编写组", "调研组", "写作组"].iter().any(|k| s.ends_with(k)) && !s.contains(['，', '。', '：'])
        // A reply's subject line: `主题：回复：关于华东区Q4经销商大会延期及场地变更的确认`.
        || s.split_once(['：', ':']).is_some_and(|(label, value)| {
            label.trim() == "主题" && ["回复：", "回复:", "转发：", "转发:", "Re:", "RE:", "Fw:", "FW:", "Fwd:"].iter().any(|k| value.trim_start().starts_with(k))
        })
        // A government page's disclosure fields, their labels spaced out: `索 引 号：11410300MB…　分　　类：教育`.
        || s.split_once(['：', ':']).is_some_and(|(label, _)| {
            // Asked of every labelled line: only a short label is unspaced.
            if chars(label) > 12 {
                return false;
            }
            let label: String = unspaced(label).collect();
            ["索引号", "分类", "主题分类", "发文机关", "发布机构", "成文日期", "文号", "发文字号", "主题词", "公开方式", "有效性"].contains(&label.as_str())
        }) && chars(s) <= 100
            && !s.contains('。')
        // An author's note: `【作者简介】周远山，1982年生，南岭临川人，现居省城。`.
        || chars(s) <= 120 && ["【作者简介】", "作者简介：", "[作者简介]", "（作者简介："].iter().any(|k| s.starts_with(k))
        // A script's shot note: `（画面：录屏 银行APP设置自动转存）`.
        || chars(s) <= 60 && ["（画面：", "(画面：", "【画面】", "（镜头：", "（字幕："].iter().any(|k| s.starts_with(k))
        // A site's registration line: `© 2011~2024 北京多氪信息科技有限公司 | 京ICP备12031756号-6`.
        || is_registration(s)
        // A comment section's head with its count: `网友评论（共46条）`, `全部评论(128)`.
        || ["网友评论", "全部评论", "热门评论", "最新评论", "读者评论", "用户评论"].iter().any(|k| {
            s.strip_prefix(k).is_some_and(|r| {
                let n = r.trim().trim_start_matches(['（', '(']).trim_end_matches(['）', ')']).trim_start_matches('共').trim_end_matches('条');
                !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
            })
        })
        // A mail's header, or a quoted one's (`> 发件人：行政部-会务组`): who wrote to whom, and when.
        || {
            let field = s.trim_start_matches(['>', ' ']);
            field.split_once(['：', ':']).is_some_and(|(label, value)| {
                let value = value.trim();
                ["发件人", "收件人", "抄送", "密送", "回复至"].contains(&label.trim()) && chars(value) <= 200 && !value.contains('。')
                    || label.trim() == "发送时间" && value.chars().filter(char::is_ascii_digit).count() >= 4 && chars(value) <= 40
            })
        }
        // A comment box's notice: `网友评论仅供其表达个人看法，并不表明证券时报立场`.
        || chars(s) <= 40 && s.contains("仅供其表达个人看法")
        // A mail's or a notice's attachments, as files: `附件: 组织架构调整说明.pdf (1.2 MB)`.
        || s.starts_with("附件") && [".pdf", ".doc", ".xls", ".zip", ".rar", ".ppt", ".wps", ".ofd"].iter().any(|k| s.to_ascii_lowercase().contains(k)) && !s.contains('。')
        // A company's mail footer: `本邮件及其附件含有恒晟科技有限公司的保密信息，仅限于…`.
        || chars(s) <= 200 && ["本邮件", "此邮件", "该邮件"].iter().any(|k| s.starts_with(k)) && ["保密", "机密", "错收", "误收"].iter().any(|k| s.contains(k))
}

/// A site's registration line: `© 2011~2024 北京多氪信息科技有限公司 | 京ICP备12031756号-6`. Not
/// news of a registration (`冒用浙ICP备05001234号 杭州一网站运营者被罚5万元`).
fn is_registration(s: &str) -> bool {
    chars(s) <= 120
        && s.contains("ICP备")
        && (s.starts_with('©') || ["版权", "Copyright", "©"].iter().any(|k| s.contains(k)))
        && !s.contains(['。', '？', '?', '！'])
}

/// A museum piece's caption, as a culture page prints it under the picture: what it is, its
/// age and who holds it (`鎏金铜蚕，汉代，陕西历史博物馆藏。`).
pub(crate) fn is_collection_caption(s: &str) -> bool {
    // Asked of every body sentence: the ending first, and no allocation.
    let core = s.trim_end_matches(['。', '.']);
    if !core.ends_with("馆藏") && !core.ends_with("院藏") {
        return false;
    }
    let mut parts = core.split(['，', ',']);
    (2..=4).contains(&parts.clone().count())
        && parts.clone().all(|p| (1..=16).contains(&p.chars().count()))
        && parts.next_back().is_some_and(|p| !p.contains(['被', '已', '由']))
}

/// `本文图片均由故宫博物院提供`: where a story's pictures came from, on its line or as a sentence.
pub(crate) fn is_picture_source(s: &str) -> bool {
    let s = s.trim_end_matches(['。', '.']);
    chars(s) <= 30
        && ["本文图片", "文中图片", "图片均"].iter().any(|k| s.starts_with(k))
        && ["提供", "来源", "来自", "摄"].iter().any(|k| s.contains(k))
        && !s.contains(['，', '。'])
}

/// A site's footer: `澎湃新闻，未经授权不得转载`, `版权所有 © 人民网`, `新闻报料：021-962866`,
/// `报料邮箱：news@thepaper.cn`. Never a sentence: `未经授权不得转载他人作品。` is text.
fn is_page_notice(s: &str) -> bool {
    // An English footer runs longer: `Copyright © 2025 Xinhua News Agency. All Rights Reserved.`
    let english = s.starts_with('©')
        || s.starts_with("Copyright")
            && (s.contains(['©', '®']) || s.contains("(c)") || s.contains("(C)") || s.to_ascii_lowercase().contains("rights reserved"));
    if english {
        return chars(s) <= 100;
    }
    // The site's own notice, a sentence about itself: `本网站之文字、图片及影音，非经授权，不得转载、…。`,
    // `温馨提示：本网站所有医疗信息仅供参考，…`, `本网站所发布的气象信息以…正式发布为准，转载请注明出处。`
    let own = ["本网站", "本網站", "本站"].iter().any(|k| s.starts_with(k) || s.strip_prefix("温馨提示：").is_some_and(|r| r.starts_with(k)));
    if chars(s) <= 80 && own && ["不得转载", "禁止转载", "不得轉載", "禁止轉載", "转载请注明", "仅供参考", "为准"].iter().any(|k| s.contains(k))
    {
        return true;
    }
    // A list's count of what it found: `选登日期：2024-07-01 至 2024-07-31　　共 3 条`.
    if chars(s) <= 60
        && !s.contains(['。', '，'])
        && s.rsplit_once('共').is_some_and(|(_, n)| n.trim().strip_suffix('条').or_else(|| n.trim().strip_suffix("条记录")).is_some_and(|c| is_count(c.trim())))
    {
        return true;
    }
    // A site's links to its friends: `友情链接澎湃新闻举报受理和处置办法`.
    if s.starts_with("友情链接") && !s.contains(['。', '，']) && chars(s) <= 80 {
        return true;
    }
    // A search box's hint: `搜索课程、讲师`, `搜索电影、电视剧、综艺、影人`, `搜索音乐/视频/电台/用户`,
    // `搜索或跳转到…`, `搜索作文：　　搜索` (its button after it), `行情中心请输入股票代码/名称/拼音`.
    if ["搜索", "搜寻"].iter().find_map(|k| s.strip_prefix(k)).is_some_and(|r| {
        (2..=20).contains(&chars(r))
            && !r.contains(['，', '。', '？', '！'])
            && (r.contains(['、', '/', '…']) || r.starts_with('或') || r.trim_end().ends_with("搜索") && r.contains(['：', ':']))
    }) {
        return true;
    }
    // A box with nothing in it yet: `暂无评论哦，快来评价一下吧！`, `还没有评论，快来抢沙发吧～`.
    if chars(s) <= 20 && ["暂无评论", "暂无留言", "还没有评论", "还没有留言", "快来抢沙发"].iter().any(|k| s.contains(k)) {
        return true;
    }
    // A mail's and a scan's note on how they show: `如果此邮件的显示方式有问题，请单击此处以在 Web 浏览器中查看。`,
    // `提示：本页文字由OCR识别生成，可能存在错漏，引用请以原版图像为准。`
    if chars(s) <= 60
        && (["此邮件的显示", "邮件无法正常显示", "邮件不能正常显示"].iter().any(|k| s.contains(k)) && ["点击", "单击"].iter().any(|k| s.contains(k))
            || s.contains("OCR识别") && ["为准", "错漏", "仅供参考"].iter().any(|k| s.contains(k)))
    {
        return true;
    }
    if chars(s) <= 30 && s.contains("请输入") && !s.contains(['，', '。', '？', '！']) {
        return true;
    }
    // A mail system's warning over a mail from outside: `此邮件来自外部发件人，请谨慎点击链接和附件。`;
    // a newsletter's call to pass it on: `觉得有用？转发给同事，或邀请TA订阅`.
    if chars(s) <= 40
        && (["外部发件人", "外部邮件"].iter().any(|k| s.contains(k)) && ["谨慎", "注意", "小心"].iter().any(|k| s.contains(k))
            || s.contains("转发给") && s.contains("订阅"))
    {
        return true;
    }
    // Where to write, with no clause round it: `路透中文网编辑部 (发稿请联系 cn.news@thomsonreuters.com)`.
    let mailed = || {
        s.split(|c: char| !(c.is_ascii_alphanumeric() || "@._-".contains(c)))
            .any(|w| w.split_once('@').is_some_and(|(user, host)| !user.is_empty() && host.contains('.') && !host.ends_with('.')))
    };
    // A labelled field (`发件人：王建平 <wang@example.com>`) is a header's or a card's, read elsewhere.
    if chars(s) <= 80 && !s.contains(['。', '，', '；', '！', '？', '：']) && !s.contains(": ") && mailed() {
        return true;
    }
    if chars(s) > 40 || ends_sentence(s) && !s.ends_with(['）', ')']) || s.contains('。') {
        return false;
    }
    // A notice is a few short phrases (`澎湃新闻，未经授权不得转载`), its wording the
    // boilerplate's: not a headline on the subject (`多家自媒体未经授权转载新闻作品被判赔`) nor
    // a wrapped line of a sentence about it.
    let phrases = s.split(['，', ',', ' ', '　']).filter(|p| !p.is_empty()).all(|p| chars(p) <= 12);
    let forbids = ["不得转载", "禁止转载", "请勿转载", "转载请注明", "如有侵权"].iter().any(|k| s.contains(k))
        && ["转载", "出处", "删除", "来源", "联系我们"].iter().any(|k| s.ends_with(k));
    let owned = s.strip_prefix("版权所有").is_some_and(|r| r.is_empty() || r.starts_with([' ', '　', '©', '：', ':', '(', '（']))
        // Or the owner first, set apart or an outlet by its name: `央视网 版权所有`, `新华网版权所有`.
        || s.strip_suffix("版权所有").is_some_and(|owner| {
            let name = owner.trim_end_matches([' ', '　']);
            (2..=12).contains(&chars(name))
                && !name.contains(|c: char| CLAUSE.contains(&c) || TERMINALS.contains(&c))
                && (name.len() < owner.len() || ["网", "社", "台", "报", "公司", "集团", "传媒"].iter().any(|k| name.ends_with(k)))
        });
    let copyright = phrases && forbids || owned || s.starts_with('©') || s.starts_with("Copyright");
    // A contact line: a short label, then a number or an address, no words, no clause after.
    let contact = s.split_once(['：', ':']).is_some_and(|(label, value)| {
        chars(label) <= 10 && ["报料", "热线", "邮箱", "电话", "电邮"].iter().any(|k| label.contains(k)) && !value.trim().is_empty() && {
            // The number may be followed by other ways in: `0576-8xxxxxxx   微信搜索“江澄交通广播”留言爆料`.
            let mut parts = value.split_whitespace();
            let number = parts.next().unwrap_or_default();
            let plain = |p: &str| !p.chars().any(|c| is_han(c) || "，,；;、".contains(c));
            plain(number)
                && parts.all(|p| {
                    plain(p)
                        || chars(p) <= 24
                            && !p.contains(|c: char| CLAUSE.contains(&c) || TERMINALS.contains(&c))
                            && ["微信", "邮箱", "爆料", "报料", "留言", "公众号"].iter().any(|k| p.contains(k))
                })
        }
    });
    copyright || contact
}

/// A notice's signature, `杭州市上城区卫生健康局2025年9月5日`: who issued it and when, with no
/// punctuation. A bare date (`2025年9月5日`) is one only under its issuer (`layout`).
fn is_signature(s: &str) -> bool {
    is_dated_line(s, false)
}

fn is_dated_line(s: &str, bare: bool) -> bool {
    if bare && is_numeral_date(s) {
        return true;
    }
    let Some(at) = s.find(|c: char| c.is_ascii_digit()) else { return false };
    let (name, date) = (s[..at].trim(), s[at..].trim());
    (if bare { name.is_empty() } else { (2..=20).contains(&chars(name)) && name.chars().all(is_han) })
        && date.ends_with('日')
        && date.contains('年')
        && date.contains('月')
        && date.chars().all(|c| c.is_ascii_digit() || "年月日 ".contains(c))
        && date.chars().filter(char::is_ascii_digit).count() >= 6
}

/// `二〇二五年六月十八日`: a date in Chinese numerals, as judgments and formal notices sign.
fn is_numeral_date(s: &str) -> bool {
    let s = s.trim();
    (8..=16).contains(&chars(s))
        && s.ends_with('日')
        && s.contains('年')
        && s.contains('月')
        && s.chars().all(|c| "〇零○一二三四五六七八九十年月日 　".contains(c))
}

/// A Q&A site's footer under an answer: `编辑于 2025-09-10 · 著作权归作者所有`,
/// `发布于 2025-09-10 11:24・IP 属地北京`: when it was posted, and whose it is.
fn is_post_footer(s: &str) -> bool {
    let part = |p: &str| {
        let p = p.trim();
        let posted = ["编辑于", "发布于", "发表于"]
            .iter()
            .any(|k| p.strip_prefix(k).is_some_and(|d| chars(d) <= 20 && d.chars().any(|c| c.is_ascii_digit()) && !d.contains(['，', '。', ','])));
        posted || p == "著作权归作者所有" || p.starts_with("著作权归作者所有。") || p.starts_with("IP 属地") || p.starts_with("IP属地")
    };
    chars(s) <= 80 && s.split(['·', '・', '|', '｜']).all(part)
}

/// A post's or an answer's counters: `转发 1.2万　评论 8563　赞 15.6万`, `关注者 1,283　被浏览 2,356,721`,
/// `阅 12.3W`, `阅读 10万+`. Labels and counts only, a count for each label.
fn is_counter_row(s: &str) -> bool {
    const LABELS: &[&str] = &[
        "转发",
        "评论",
        "条评论",
        "赞",
        "点赞",
        "赞同",
        "收藏",
        "分享",
        "推荐",
        "关注者",
        "被浏览",
        "阅",
        "阅读",
        "浏览",
        "在看",
        "喜欢",
        "播放",
        "回复",
        "个回答",
        "粉丝",
        // A forum's up-vote: `顶(486)  回复`, `亮了 926`.
        "顶",
        "亮了",
        // A blog's: `随笔 - 86　文章 - 0　评论 - 241　阅读 - 31万`.
        "随笔",
        "文章",
    ];
    // A comment's reply bar tells its age: `回复 · 3分钟前 · 赞 2341`.
    let ago = |t: &str| {
        t == "刚刚"
            || ["分钟前", "小时前", "天前", "秒前"].iter().any(|k| t.strip_suffix(k).is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())))
    };
    if ["查看更多评论", "加载更多", "展开更多评论", "查看全部评论"].iter().any(|k| s.trim_end_matches(['>', '＞', ' ', '›']) == *k) {
        return true;
    }
    // A comment section's: `86条评论|1,342人参与`.
    let took = s
        .split(['|', '｜'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .try_fold(0, |n, p| ["条评论", "人参与", "条回复"].iter().any(|k| p.strip_suffix(k).is_some_and(|c| is_count(c.trim()))).then_some(n + 1));
    if took.is_some_and(|n| n >= 2) {
        return true;
    }
    // A forum thread's counts, labelled: `查看：48213 | 回复：326`.
    let labelled = s.split(['|', '｜']).map(str::trim).filter(|p| !p.is_empty()).try_fold(0, |n, p| {
        p.split_once(['：', ':'])
            .is_some_and(|(label, count)| ["查看", "回复", "阅读", "浏览", "点击", "评论"].contains(&label.trim()) && is_count(count.trim()))
            .then_some(n + 1)
    });
    if labelled.is_some_and(|n| n >= 2) {
        return true;
    }
    // `查看全部 187 条评论`, `展开其余 12 条回复`, `共 48 条回复, 点击查看`.
    let all = ["查看全部", "展开全部", "展开其余", "查看其余"]
        .iter()
        .find_map(|k| s.strip_prefix(k))
        .or_else(|| s.strip_prefix('共').and_then(|r| [", 点击查看", "，点击查看", ",点击查看"].iter().find_map(|k| r.strip_suffix(k)).or(Some(r))));
    if all.and_then(|r| ["条评论", "条回复", "个回答"].iter().find_map(|k| r.trim_end_matches(['>', '＞', ' ', '›']).strip_suffix(k))).is_some_and(is_count)
    {
        return true;
    }
    // `参与评论(1963)人`, `已有1963人参与`.
    let took_part = |r: &str| r.trim_matches(['（', '）', '(', ')', ' ']).bytes().all(|b| b.is_ascii_digit()) && !r.is_empty();
    if s.strip_prefix("参与评论").and_then(|r| r.strip_suffix('人')).is_some_and(took_part)
        || s.strip_prefix("已有").and_then(|r| r.strip_suffix("人参与")).is_some_and(took_part)
    {
        return true;
    }
    let (mut labels, mut counts) = (0, 0);
    // An app marks each counter with its icon: `🔁 转发 3,862　💬 评论 1,204　👍 赞 2.6万`.
    // A comment's stamp may lead its counts: `2024-08-12 11:02  顶 2,316`.
    let stamp =
        |t: &str| t.chars().filter(char::is_ascii_digit).count() >= 4 && t.chars().all(|c| c.is_ascii_digit() || "-:/".contains(c)) && t.contains(['-', ':']);
    for t in s.split([' ', '　', '\t', '|', '｜', '·']).map(|t| t.trim_matches(is_emoji)).filter(|t| !t.is_empty() && *t != "-" && !ago(t) && !stamp(t)) {
        // `1.2万转发` or `转发1.2万`, or a label and a count apart.
        // `评论（1286）`: the count may be bracketed.
        let count = |c: &str| is_count(c.trim_matches(['（', '）', '(', ')']));
        if LABELS.iter().any(|l| t.starts_with(l) && count(&t[l.len()..]) || t.ends_with(l) && count(&t[..t.len() - l.len()])) {
            labels += 1;
            counts += 1;
        } else if LABELS.contains(&t) {
            labels += 1;
        } else if is_count(t) {
            counts += 1;
        } else {
            return false;
        }
    }
    // A bar may end on a share button with no count (`评论（1286）  点赞 3412  分享`).
    labels >= 1 && labels <= counts + usize::from(s.contains("回复")) + usize::from(s.ends_with("分享"))
}

/// A chat log's or a system's stamp alone on its line, to the second: `2025-06-16 19:02:11`.
/// (A bare date or a time to the minute may be a timeline's.)
fn is_log_stamp(s: &str) -> bool {
    let s = s.trim();
    s.split_once(' ').is_some_and(|(date, time)| {
        let d: Vec<&str> = date.split(['-', '/']).collect();
        let t: Vec<&str> = time.split(':').collect();
        d.len() == 3 && d[0].len() == 4 && t.len() == 3 && d.iter().chain(&t).all(|p| (1..=4).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// Where a post was sent from, under it: `📍东岚·锦华路地铁站`. Not a notice's address field
/// (`📍地址：…`).
fn is_location_tag(s: &str) -> bool {
    s.trim().strip_prefix('📍').is_some_and(|p| (2..=24).contains(&chars(p.trim())) && !p.contains(['：', ':', '，', '。', '！', '？', '；']))
}

/// A line of a page's buttons and nothing else: `登录  注册  |  下载客户端`, `字号：大 中 小`,
/// `点赞 (128)　收藏　举报`, `A- A+　分享：[微信] [微博] [QQ]`, `按热度 按时间`. A bare `评论` or
/// `留言` is left to the comment rules: a digest may head a section so.
fn is_button_row(s: &str) -> bool {
    const STRONG: &[&str] = &[
        "发文",
        "投稿",
        "写文章",
        "LinkedIn",
        "Twitter",
        "Facebook",
        "请输入关键词",
        "请输入关键字",
        "请输入搜索内容",
        "站内搜索",
        "无障碍",
        "无障碍浏览",
        "无障碍阅读",
        "长者模式",
        "关怀模式",
        "适老化",
        "关怀版",
        "English",
        "EN",
        "繁体",
        "繁體",
        "简体",
        "登录",
        "登入",
        "注册",
        "立即注册",
        "下载客户端",
        "客户端",
        "下载APP",
        "打开APP",
        "APP",
        "搜索",
        "分享",
        "分享到",
        "收藏",
        "举报",
        "点赞",
        "转发",
        "在看",
        "写留言",
        "写评论",
        "字号",
        "听新闻",
        "复制链接",
        "微信",
        "微博",
        "QQ",
        "QQ空间",
        "朋友圈",
        "更多",
        "按热度",
        "按时间",
        "高级模式",
        "发帖",
        "发新帖",
        "返回列表",
        "返回顶部",
        "只看该作者",
        "倒序浏览",
        "阅读模式",
        "打印",
        "打印本页",
        "打印此页",
        "关闭本页",
        "推荐",
        "关闭",
        "关闭窗口",
        "纠错",
        "手机版",
        "加入收藏",
        "设为首页",
        "字体",
        "字体大小",
        "下载",
        "引用",
        // A paper library's (`【下载】【打印】【收藏】【关联文书】`); a post's overlay (`×`, `取消`, `听全文`).
        "关联文书",
        "取消",
        "×",
        "听全文",
        // A paper's site's (`登录　订阅`), a radio site's player (`点击收听本文`), a page's QR code
        // (`扫一扫 手机阅读`) and an account's prompt over its post (`关注我们` under `点击蓝字`).
        "订阅",
        "点击收听本文",
        "点击收听",
        "收听本文",
        "扫一扫",
        "手机阅读",
        "关注我们",
        // A web novel's: `上一章　目录　下一章`, `投月票　打赏　催更`, `加入书架 ｜ 返回书页`.
        "目录",
        "上一章",
        "下一章",
        "加入书架",
        "推荐本书",
        "返回书页",
        "夜间模式",
        "投月票",
        "打赏",
        "催更",
        "推荐票",
        // A job board's (`立即沟通　感兴趣　举报　分享`) and a comment box's (`我要评论　[登录]　发表`).
        "立即沟通",
        "感兴趣",
        "我要评论",
        "发表",
        "刷新",
        "自动刷新",
        "回应",
        // A car site's (`询底价　预约试驾　贷款计算器`), a listing's (`关注房源（126）　分享　举报`), a comment box's.
        "询底价",
        "预约试驾",
        "贷款计算器",
        "关注房源",
        "发送",
        "暂无评论",
        "登录后才可以发言",
        // A Q&A site's: `关注问题　写回答`, `默认　最新`.
        "关注问题",
        "写回答",
        "邀请回答",
        "好问题",
        "添加评论",
        "默认排序",
        "按时间排序",
        "按热度排序",
        "默认",
        "最新",
        "最热",
        "回复",
        "评论",
        "留言",
        // An e-paper's (`上一期  下一期  往期回顾`), a forum's and a Taiwan page's (`字級　列印`).
        "上一期",
        "下一期",
        "往期回顾",
        "上一版",
        "下一版",
        "版面导航",
        "标题导航",
        "本版标题导航",
        "只看楼主",
        "字級",
        "字级",
        "列印",
        "检索",
    ];
    const WEAK: &[&str] = &["大", "中", "小", "赞", "踩", "顶", "A", "A+", "A-", "T", "T+", "T-", "背景", "有用", "没用"];
    if chars(s) > 60 || s.contains(['。', '，', '？', '！', '、', '；']) {
        return false;
    }
    let tokens: Vec<&str> = s
        // Bracketed buttons may touch: `【字号 大 中 小】【打印】【关闭】`.
        .split(|c: char| c.is_whitespace() || "|｜/·：:【】".contains(c))
        .map(|t| t.trim_matches(|c: char| "[]()（）<>《》»›".contains(c)))
        .filter(|t| !t.is_empty())
        .collect();
    let count = |t: &str| t.trim_start_matches('👍').trim().chars().all(|c| c.is_ascii_digit() || ".万+wk".contains(c));
    // One word alone may be a poem's line (`关闭`, `更多`): only a page's own is read so.
    const ALONE: &[&str] = &[
        "搜索",
        "下载客户端",
        "打开APP",
        "下载APP",
        "写留言",
        "写评论",
        "复制链接",
        "返回顶部",
        "返回列表",
        "高级模式",
        "只看该作者",
        "阅读模式",
        "倒序浏览",
        "分享到",
        "默认排序",
        "写回答",
        "×",
        "取消",
        "听全文",
        "暂无评论",
        "登录后才可以发言",
        "版面导航",
        "只看楼主",
        "往期回顾",
        "标题导航",
        "本版标题导航",
        "点击收听本文",
        "收听本文",
        "关注我们",
    ];
    if tokens.len() == 1 && !ALONE.contains(&tokens[0]) {
        return false;
    }
    // A review's buttons, with their counts: `有用(58)　回复(6)`.
    let counted = |t: &str| {
        t.split_once(['(', '（']).is_some_and(|(label, n)| {
            (STRONG.contains(&label) || ["有用", "没用", "赞同", "反对", "支持"].contains(&label)) && is_count(n.trim_end_matches([')', '）']))
        })
    };
    let strong = tokens.iter().filter(|t| STRONG.contains(t) || counted(t)).count();
    // Platforms alone are a share bar only three or more in a row: `微信 QQ` may be a survey's answer.
    const PLATFORMS: &[&str] = &["微信", "微博", "QQ", "QQ空间", "朋友圈", "LinkedIn", "Twitter", "Facebook"];
    if tokens.len() < 3 && tokens.iter().all(|t| PLATFORMS.contains(t)) {
        return false;
    }
    // A library's ways to read a paper: `手机阅读　HTML阅读　CAJ下载　PDF下载　AI辅助阅读　引用　收藏`.
    let reader = |t: &str| (3..=8).contains(&chars(t)) && (t.ends_with("下载") || t.ends_with("阅读"));
    strong >= 1 && tokens.iter().all(|t| STRONG.contains(t) || WEAK.contains(t) || count(t) || reader(t) || counted(t))
}

/// A follow button on its own line, under an author's name and bio: `已关注`, `+ 关注`.
fn is_follow_button(s: &str) -> bool {
    ["已关注", "+ 关注", "+关注", "＋关注", "关注他", "关注她", "关注作者", "互相关注"].contains(&s.trim())
}

/// A line of a book's or a judgment's heading box, labelled with what it gives: `出版社：人民文学出版社`,
/// `ISBN：978-7-02-019834-6`; `上诉人（原审被告）：杭州某网络科技有限公司，住所地…`, `法定代表人：王某，…`.
/// Who the parties are and what the book costs is no news of them.
fn is_record_field(s: &str) -> bool {
    const BOOK: &[&str] = &["出版社", "出版时间", "出版日期", "ISBN", "书号", "定价", "开本", "页数", "字数", "装帧", "版次", "印次", "丛书名"];
    const PARTIES: &[&str] = &[
        "上诉人",
        "被上诉人",
        "原告",
        "被告",
        "第三人",
        "申请人",
        "被申请人",
        "再审申请人",
        "申请执行人",
        "被执行人",
        "法定代表人",
        "委托诉讼代理人",
        "委托代理人",
        "辩护人",
        "公诉机关",
        "被告人",
        // A contract's: `甲方（委托方）：宁川华远物流有限公司`.
        "甲方",
        "乙方",
        "丙方",
    ];
    let Some((label, value)) = s.split_once(['：', ':']) else { return false };
    // A party's label may say its role below: `上诉人（原审被告）`.
    let label = label.split_once(['（', '(']).filter(|(_, r)| r.ends_with(['）', ')'])).map_or(label, |(l, _)| l).trim();
    let book = BOOK.contains(&label) && chars(value) <= 40 && !value.contains(['。', '，']);
    // Who a party is (a company and its seat, a person's birth, a lawyer's firm), not what one
    // said in court (`原告：我方认为…`).
    let value = value.trim();
    let identity = !value.starts_with(['我', '你', '他', '她', '本', '该', '原', '被'])
        && (["，男，", "，女，", "住所地", "，住", "出生", "律师事务所", "汉族", "身份证"].iter().any(|k| value.contains(k))
            || value.split(['，', ',', '。']).next().is_some_and(|who| who.ends_with("公司") && chars(who) <= 30)
            || ["法定代表人", "委托诉讼代理人", "委托代理人"].contains(&label)
                && ["公司", "员工", "工作人员", "法律工作者", "职工"].iter().any(|k| value.contains(k))
            // Or a bare name, as a contract's head gives it: `法定代表人：刘建平`.
            || ["法定代表人", "委托代理人", "联系人"].contains(&label) && (2..=4).contains(&chars(value)) && value.chars().all(is_han));
    let party = PARTIES.contains(&label) && identity && chars(value) <= 80 && value.matches('。').count() <= 1;
    // A recipe's card: `综合评分 9.3（2,106人评价）　难度：切墩（中等）　时间：约1.5小时`.
    let card = chars(s) <= 60
        && !s.contains(['。', '，', '；', '！', '？'])
        && ["难度：", "口味：", "工艺：", "耗时：", "份量：", "综合评分"].iter().filter(|k| s.contains(*k)).count() >= 1
        && s.matches(['：', ':']).count() >= 2;
    book || party || card
}

/// A paper's front matter: its authors with their affiliation marks (`李明远1，王佳琪1，张伟2*（1.华北电力大学…）`)
/// and its catalogue lines (`中图分类号：TM755　文献标志码：A`, `基金项目：…`, `收稿日期：…`).
fn is_paper_front_matter(s: &str) -> bool {
    const LABELS: &[&str] = &[
        "中图分类号",
        "文献标志码",
        "文献标识码",
        "文章编号",
        "DOI",
        "基金项目",
        "收稿日期",
        "修回日期",
        "作者简介",
        "通信作者",
        "通讯作者",
        // A paper library's record: `基金资助：…`, `专辑：工程科技Ⅱ辑`, `分类号：TU984.12`.
        "基金资助",
        "专辑",
        "专题",
        "分类号",
        "在线公开时间",
    ];
    if LABELS.iter().any(|l| s.strip_prefix(l).is_some_and(|r| r.trim_start().starts_with(['：', ':']))) {
        return true;
    }
    // A thesis's cover says what it is: `硕士学位论文`, `本科毕业论文（设计）`.
    let cover = s.trim().trim_end_matches(['）', ')']).trim_end_matches("（设计").trim_end_matches("(设计");
    if ["硕士学位论文", "博士学位论文", "学士学位论文", "本科毕业论文", "本科毕业设计", "硕士专业学位论文"].contains(&cover)
    {
        return true;
    }
    // A report's or a slide deck's presenter: `汇报人：客户服务中心 许婧2025年7月`.
    if ["汇报人", "报告人", "答辩人", "主讲人"].iter().any(|l| s.strip_prefix(l).is_some_and(|r| r.starts_with(['：', ':'])))
        && chars(s) <= 30
        && !s.contains(['。', '，'])
    {
        return true;
    }
    // An exam's instruction over its passage: `（2023·临州中考）阅读下面的文章，完成12～15题。`
    let task = s.trim_start_matches(|c: char| c != '阅').strip_prefix("阅读下面的").is_some_and(|r| {
        r.split_once(['，', ',']).is_some_and(|(what, then)| {
            chars(what) <= 6 && (then.starts_with("完成") || then.starts_with("回答")) && then.trim_end_matches('。').ends_with('题')
        })
    });
    if task && chars(s) <= 40 {
        return true;
    }
    // The references, headed so and each marked with its kind as GB/T 7714 has it:
    // `[1] 孙立平,许静.基于居民行为的社区生活圈划定方法研究[J].城市规划学刊,2021(3):45-52.`
    const KINDS: &[&str] = &["[J]", "[D]", "[M]", "[C]", "[N]", "[R]", "[S]", "[P]", "[EB/OL]", "[J/OL]", "[Z]"];
    let numbered = s
        .strip_prefix(['[', '［'])
        .and_then(|r| r.split_once([']', '］']))
        .is_some_and(|(n, _)| (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()));
    if ["参考文献", "参考文献：", "参考文献:", "【参考文献】"].contains(&s.trim()) || numbered && KINDS.iter().any(|k| s.contains(k)) {
        return true;
    }
    // The affiliations, numbered as the marks are: `（1.华北电力大学 电气与电子工程学院，北京 102206；2.…）`,
    // perhaps without the brackets but with the postcode.
    let postcode = || s.split(|c: char| !c.is_ascii_digit()).any(|d| d.len() == 6);
    let inner = s.strip_prefix(['（', '(']).and_then(|r| r.strip_suffix(['）', ')'])).or_else(|| (chars(s) <= 200 && postcode()).then_some(s));
    if inner.is_some_and(|r| {
        r.starts_with(|c: char| c.is_ascii_digit())
            && r[1..].starts_with(['.', '．'])
            && ["大学", "学院", "研究所", "研究院", "公司", "中心"].iter().any(|k| r.contains(k))
    }) {
        return true;
    }
    // Or as a library's page lists them, numbered, side by side: `1.江州大学建筑与城市规划学院　2.江州市国土空间规划研究院`.
    let places: Vec<&str> = s.split([' ', '　']).filter(|p| !p.is_empty()).collect();
    let institution = |p: &str| ["大学", "学院", "研究院", "研究所", "中心", "公司", "医院"].iter().any(|k| p.contains(k));
    if places.len() >= 2
        && chars(s) <= 120
        && places.iter().enumerate().all(|(k, p)| p.strip_prefix(&format!("{}.", k + 1)).is_some_and(|r| institution(r) && !r.contains(['，', '。'])))
    {
        return true;
    }
    let names = s.split(['（', '(']).next().unwrap_or(s).trim();
    // Asked of every line: only a short one with a mark is looked at closely.
    if chars(names) > 60 || !names.contains(|c: char| c.is_ascii_digit() || c == '*' || c == '＊') {
        return false;
    }
    let mut marks: Vec<&str> = Vec::new();
    let all_names = names.split(['，', '、', ' ', '　']).filter(|p| !p.is_empty()).all(|p| {
        let name = p.trim_end_matches(|c: char| c.is_ascii_digit() || ",*＊".contains(c));
        marks.push(&p[name.len()..]);
        (2..=4).contains(&chars(name)) && name.chars().all(is_han)
    });
    // Affiliation marks: one digit each (`1`, `1,2`), a corresponding author's `*`, authors sharing
    // one; not a vote count (`特朗普312，哈里斯226`) nor a ranking (`盛李豪1，杜林澍2，刘宇坤3`).
    let small = marks.iter().all(|m| m.split(',').all(|d| d.trim_end_matches(['*', '＊']).len() <= 1));
    let starred = marks.iter().any(|m| m.contains(['*', '＊']));
    let shared = marks.iter().enumerate().any(|(i, m)| marks[..i].contains(m));
    // Or an author of two (`唐蔚然1,2`).
    let two = marks.iter().any(|m| m.contains(','));
    all_names && marks.iter().any(|m| !m.is_empty()) && small && (starred || shared || two && marks.len() >= 2)
}

/// When and whence a post was posted, as a platform prints it under the account's name:
/// `11-26 09:15 来自 微博网页版`, `2025-11-25 18:36·河南日报社大河报官方账号`.
fn is_posted_stamp(s: &str) -> bool {
    // `25-3-14 22:07 来自 微博 weibo.com 已编辑`: a post edited says so.
    let s = s.strip_suffix("已编辑").map_or(s, str::trim_end);
    let (when, whence) = match s.find("来自") {
        // A date as well as a time (`11-26 09:15 来自 …`), and a client's name: not a live
        // blog's `14:30 来自成都的消防救援队抵达…`.
        Some(at) if s[..at].contains(['-', '/', '月']) && chars(&s[at..]) <= 16 && !s[at..].contains('的') => (&s[..at], &s[at + "来自".len()..]),
        Some(_) => return false,
        None => match s.split_once(['·', '•', '・']) {
            Some((w, a)) if a.ends_with("账号") || (a.ends_with("号") || a.ends_with("创作者")) && chars(a) <= 12 => (w, a),
            _ => return false,
        },
    };
    let when = when.trim();
    let digits = when.chars().filter(char::is_ascii_digit).count();
    digits >= 4 && when.contains(':') && when.chars().all(|c| c.is_ascii_digit() || " -/:.年月日".contains(c)) && {
        let whence = whence.trim();
        (1..=24).contains(&chars(whence)) && !whence.contains(['，', '。', '；', ','])
    }
}

/// A document's distribution list at its foot: `报：县委、县人大…`, `送：…`, `发：各乡镇人民政府，…`,
/// `抄送：…`.
/// Its printing line too: `市人民政府办公室　　2025年3月6日印发`.
fn is_distribution(s: &str) -> bool {
    // Bodies listed, or one body: not `送：每日上午11:00配送午餐`, nor a dictionary's `抄送：把公文的副本送给…`.
    let bodies = |v: &str| {
        let v = v.trim_end_matches('。');
        v.contains(['，', '、', ','])
            || ["政府", "办公室", "办公厅", "部门", "单位", "委员会", "局", "院", "厅", "委", "处", "室"].iter().any(|k| v.ends_with(k))
    };
    // The list may close on a full stop, as the standard for official documents sets it.
    let listed = ["报：", "送：", "发：", "抄送：", "抄报：", "分送：", "报送："].iter().find_map(|k| s.strip_prefix(k)).is_some_and(bodies)
        && chars(s) <= 100
        && !s.trim_end_matches('。').contains('。')
        && !s.contains(|c: char| c.is_ascii_digit());
    let printed = s
        .strip_suffix("印发")
        .map(str::trim)
        .is_some_and(|r| chars(r) <= 40 && (is_dated_line(r, false) || is_dated_line(r, true)) && !r.contains(['，', '。']));
    // A brief's print run: `本期印发：50份`.
    let run = s.strip_prefix("本期印发").map(|r| r.trim_start_matches(['：', ':', ' '])).is_some_and(|r| r.strip_suffix('份').is_some_and(is_count));
    listed || printed || run
}

/// A periodical's issue: `2024年第47期（总第523期）`, `第12期`.
fn is_issue_number(s: &str) -> bool {
    let s = s.trim();
    // Or a document's number alone on its line: `澄政办发〔2025〕18号`, `国办发〔2024〕5号`.
    let doc = s.strip_suffix('号').and_then(|r| r.split_once(['〔', '[', '［'])).is_some_and(|(issuer, r)| {
        (2..=10).contains(&chars(issuer))
            && issuer.chars().all(is_han)
            && r.split_once(['〕', ']', '］']).is_some_and(|(y, n)| {
                y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) && (1..=4).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit())
            })
    });
    if doc {
        return true;
    }
    let rest = s.split_once('年').filter(|(y, _)| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit())).map_or(s, |(_, r)| r);
    let issue = |r: &str| r.strip_prefix('第').and_then(|r| r.strip_suffix('期')).is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    match rest.split_once(['（', '(']) {
        Some((head, total)) => issue(head) && issue(total.trim_end_matches(['）', ')']).trim_start_matches('总')),
        None => issue(rest),
    }
}

/// A forum post's head: its floor, its author and when (`楼主 阿伟爱生活 2025-03-12 21:03`,
/// `2楼 装修十年老油条 2025-03-12 21:15`, `#3 小猫 03-12 21:40`).
fn is_floor_stamp(s: &str) -> bool {
    // A Tieba reply's foot: its client, floor and time run together: `来自Android客户端4楼2024-03-10 00:12`.
    if let Some(r) = s.strip_prefix("来自").and_then(|r| r.split_once("客户端")).map(|(_, r)| r) {
        let when = r.trim_start_matches(|c: char| c.is_ascii_digit()).strip_prefix('楼');
        return r.starts_with(|c: char| c.is_ascii_digit())
            && when.is_some_and(|w| w.bytes().any(|b| b.is_ascii_digit()) && w.chars().all(|c| c.is_ascii_digit() || " -/:.".contains(c)));
    }
    if !s.starts_with(|c: char| c.is_ascii_digit() || c == '#') && !["楼主", "沙发", "板凳", "地板"].iter().any(|k| s.starts_with(k)) {
        return false;
    }
    let parts: Vec<&str> = s.split([' ', '　']).filter(|p| !p.is_empty()).collect();
    let Some((&floor, rest)) = parts.split_first() else { return false };
    let number = |r: &str| !r.is_empty() && r.bytes().all(|b| b.is_ascii_digit());
    let floor = ["楼主", "沙发", "板凳", "地板"].contains(&floor)
        || floor
            .strip_suffix('楼')
            .or_else(|| floor.strip_suffix('#'))
            .or_else(|| floor.strip_suffix('L'))
            .or_else(|| floor.strip_prefix('#'))
            .is_some_and(number);
    let when = |p: &str| p.bytes().any(|b| b.is_ascii_digit()) && p.chars().all(|c| c.is_ascii_digit() || "-/:.".contains(c)) && p.contains(['-', '/', ':']);
    // Or how long ago, its number perhaps apart: `#4　九龙城师奶　　2 小时前`.
    let ago =
        |p: &str| ["秒前", "分钟前", "小时前", "天前", "周前", "个月前"].iter().any(|u| p.strip_suffix(u).is_some_and(number) || p == *u) || *p == *"刚刚";
    let ago_apart = rest.iter().any(|p| ["秒前", "分钟前", "小时前", "天前", "周前", "个月前"].contains(p));
    let whens = rest.iter().filter(|p| when(p) || ago(p)).count();
    let names: Vec<&&str> = rest.iter().filter(|p| !(when(p) || ago(p) || ago_apart && number(p))).collect();
    // The first post's floor, marked as the poster's (`#1 楼主`).
    if floor && rest == ["楼主"] {
        return true;
    }
    floor && whens >= 1 && names.len() == 1 && chars(names[0]) <= 20 && !names[0].contains(|c: char| "，。！？：:；".contains(c))
}

/// `1,245 人赞同了该回答`, `赞同 1.2万`: how many voted for an answer, under its author's name.
fn is_vote_line(s: &str) -> bool {
    ["人赞同了该回答", "人赞同了该文章"].iter().any(|k| s.strip_suffix(k).is_some_and(is_count))
        || s.strip_prefix("赞同").is_some_and(|r| r.starts_with(char::is_whitespace) && is_count(r))
}

/// A page's count of something: `1,245`, `1.2万`, `12.3W`, `10万+`.
fn is_count(t: &str) -> bool {
    let t = t.trim();
    t.starts_with(|c: char| c.is_ascii_digit()) && t.chars().all(|c| c.is_ascii_digit() || ",.万千亿kKwW+ ".contains(c))
}

/// A newsletter's way out, addressed to the reader: `如不想再收到此类邮件，请点击退订。`,
/// `回复TD退订`. Not `如消费者要求退订，商家不得拒绝。`, which tells no one to click or reply.
fn is_unsubscribe(s: &str) -> bool {
    chars(s) <= 40 && s.contains("退订") && ["如", "若", "点击", "不想", "回复"].iter().any(|k| s.starts_with(k)) && (s.contains("点击") || s.contains("回复"))
}

/// The officers who sign a judgment.
const COURT_SIGNERS: &[&str] = &["审判长", "代理审判员", "审判员", "人民陪审员", "陪审员", "法官助理", "书记员", "执行员"];

/// A judgment's signature line: `审判长  张三`, `书  记  员　李四`: an officer's title, a
/// space, then a name of 2–4 Han chars. Not `审判员认为…`, which runs on without a space.
fn is_court_signer(s: &str) -> bool {
    // A title, spaces and a name: short. Most lines leave before any allocation.
    if s.len() > 80 || !s.trim_start().starts_with(['审', '代', '人', '陪', '法', '书', '执']) || !s.contains(char::is_whitespace) {
        return false;
    }
    let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    COURT_SIGNERS.iter().find(|t| compact.starts_with(**t)).is_some_and(|t| {
        let name = &compact[t.len()..];
        (2..=4).contains(&chars(name)) && name.chars().all(is_han)
    })
}

/// `《 人民日报 》（ 2025年08月27日 01 版）`: the print edition an article ran in, the last
/// line of every article on a paper's website.
fn is_print_source(s: &str) -> bool {
    // `本文刊发于《光明日报》2025年11月23日第12版`, `原载于《人民日报》`: where it was printed first.
    let printed = ["本文刊发于", "本文原载于", "本文刊于", "原载于", "刊发于"].iter().find_map(|k| s.strip_prefix(k));
    if let Some(rest) = printed {
        return rest.starts_with('《') && chars(rest) <= 30 && !rest.contains(['，', '。', '；']);
    }
    let Some(rest) = s.strip_prefix('《') else { return false };
    let Some((paper, rest)) = rest.split_once('》') else { return false };
    let rest = rest.trim_start();
    let Some(inner) = rest.strip_prefix('（').and_then(|r| r.strip_suffix('）')).or_else(|| rest.strip_prefix('(').and_then(|r| r.strip_suffix(')'))) else {
        return false;
    };
    let inner = inner.trim();
    (1..=12).contains(&chars(paper.trim())) && chars(inner) <= 24 && inner.ends_with('版') && inner.contains('日') && inner.chars().any(|c| c.is_ascii_digit())
}

/// The byte range of the headline an editor's note gives (`（原题为《雄安新区…启动》）`,
/// `（作者系…，本文原题为：“中国养老金的可持续性研究”。…）`) within `note`.
fn original_title(note: &str) -> Option<std::ops::Range<usize>> {
    let (at, label) = ["原题为", "原标题为", "原题", "原标题"].iter().find_map(|l| note.find(l).map(|i| (i, *l)))?;
    let rest = &note[at + label.len()..];
    let skip = rest.len() - rest.trim_start_matches(['：', ':', ' ']).len();
    let rest = &rest[skip..];
    let (open, close) = [('《', '》'), ('“', '”'), ('"', '"')].into_iter().find(|(o, _)| rest.starts_with(*o))?;
    let inner = &rest[open.len_utf8()..];
    let len = inner.find(close)?;
    let start = note.len() - inner.len();
    (len > 0 && chars(&inner[..len]) <= 40).then_some(start..start + len)
}

/// A news account's post opens on its headline in `【】`, after its topics if any, and its
/// text follows on the same line: `#高速倒车#【男子错过出口高速倒车】11月28日，…`. That
/// headline becomes a line of its own (and is flagged), so it heads the post as a headline
/// on its own line would. Not a column's or a paper's mark (`【国内要闻】`, `【明报专讯】`,
/// `【记者 王磊】`), which `classify` reads already.
fn split_post_titles(text: &str, lines: &[Line]) -> (Vec<Line>, Vec<u8>) {
    let mut out = Vec::with_capacity(lines.len());
    let mut flags = Vec::with_capacity(lines.len());
    for line in lines {
        let s = &text[line.start..line.end];
        // A digest's or a rolling feed's item may number or time it first: `1.【…】…`, `08:05 【…】…`.
        let mark = item_number_len(s);
        let title_end = post_title_len(&s[mark..]).filter(|_| mark > 0 || matches!(classify(s), Kind::Text { lead: 0, .. }));
        match title_end {
            Some(n) => {
                out.push(Line { start: line.start + mark, end: line.start + mark + n, blanks_before: line.blanks_before });
                out.push(Line { start: skip_ws(s, mark + n) + line.start, end: line.end, blanks_before: 0 });
                flags.extend([if mark > 0 { 2 } else { 1 }, 0]);
            }
            None => {
                out.push(line.clone());
                flags.push(0);
            }
        }
    }
    (out, flags)
}

/// A province or region, or a name ending on 省, 市, 区, 县 or 州: not `全市`, `本市`, `该县`…
pub(crate) fn is_place(w: &str) -> bool {
    REGIONS.contains(&w) || w.ends_with(['省', '市', '区', '县', '州']) && !w.starts_with(['全', '本', '该', '各', '我', '此', '外', '两', '多'])
}

/// Provinces and regions as a roundup labels its items.
const REGIONS: &[&str] = &[
    "北京",
    "天津",
    "上海",
    "重庆",
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "台湾",
    "内蒙古",
    "广西",
    "西藏",
    "宁夏",
    "新疆",
    "香港",
    "澳门",
];

/// A roundup item's label and the label's shape (0 `【…】`, 1 `…：`): a place or a subject of
/// at most 6 Han chars before a sentence of its own. After a colon only a place
/// (`江苏：`, `深圳市：`): `时间：`, `记者：` open fields and turns.
fn item_label(s: &str) -> Option<(u8, &str)> {
    let (shape, label, body) = if let Some(r) = s.strip_prefix('【') {
        let (l, b) = r.split_once('】')?;
        (0, l, b)
    } else {
        let (l, b) = s.split_once('：')?;
        let place = is_place(l);
        if !place {
            return None;
        }
        (1, l, b)
    };
    let han = body.chars().filter(|&c| is_han(c)).count();
    ((2..=6).contains(&chars(label)) && label.chars().all(is_han) && han >= 15 && body.trim_end().ends_with(['。', '！', '”'])).then_some((shape, label))
}

/// The byte length of an item's number or clock time and the space after it (`1.`, `12、`,
/// `08:05 `), else 0.
fn item_number_len(s: &str) -> usize {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &s[digits..];
    let mark = match rest.chars().next() {
        Some(c @ ('.' | '．' | '、')) if (1..=2).contains(&digits) => digits + c.len_utf8(),
        Some(':') if (1..=2).contains(&digits) && rest[1..].bytes().take_while(u8::is_ascii_digit).count() == 2 => digits + 3,
        _ => 0,
    };
    if mark == 0 {
        return 0;
    }
    skip_ws(s, mark)
}

/// The byte length of a post's opening `#topic#…【headline】`, when text follows it.
fn post_title_len(s: &str) -> Option<usize> {
    let mut rest = s;
    // Topics: `#男子高速倒车致3车追尾#`, one or more, before the headline.
    while let Some(r) = rest.strip_prefix('#') {
        let (topic, after) = r.split_once('#')?;
        if !(1..=30).contains(&chars(topic)) || topic.contains(char::is_whitespace) {
            return None;
        }
        rest = after;
    }
    // A space may follow the topics: `#男子高速逆行被查# 【…】`.
    let rest = if rest.len() < s.len() { rest.trim_start() } else { rest };
    let inner = rest.strip_prefix('【')?;
    let (title, after) = inner.split_once('】')?;
    let body = after.trim_start();
    // Not a label (`【真相】`, `【社区消息】`) nor a speaker's turn (`【主持人 寿小丽】`,
    // `【外交部发言人毛宁】`) in a transcript.
    let speaker = ["主持人", "发言人", "记者", "嘉宾", "主播"].iter().any(|r| title.contains(r));
    // A short one that names a kind of item is a label too: `【台风最新消息】`, `【温馨提示】`.
    let label = chars(title) <= 8 && ["消息", "提示", "提醒", "链接", "背景", "回顾", "阅读", "点评", "声音"].iter().any(|w| title.ends_with(w));
    let headline = (6..=40).contains(&chars(title))
        && title.chars().any(is_han)
        && !title.contains(['。', '【'])
        // A space sets apart a tag's parts (`【汽车之家 行业】`), or a headline's over its wire
        // (`【沪指全天收涨1.28% 两市成交额1.21万亿元】财联社10月16日电，…`).
        && (!title.contains(char::is_whitespace) || dateline_len(body).is_some())
        && !speaker
        && !label
        && !is_header(&rest[..rest.len() - after.len()]);
    // The text after it is a sentence or more, not a label's value.
    (headline && chars(body) >= 10 && body.chars().any(is_han)).then(|| s.len() - after.len())
}

/// Strips leading whitespace; returns the new offset into the line.
fn skip_ws(s: &str, at: usize) -> usize {
    at + (s[at..].len() - s[at..].trim_start().len())
}

/// Whether `s` ends a sentence (so a line break after it is a real break).
fn ends_sentence(s: &str) -> bool {
    let core = s.trim_end_matches(|c: char| CLOSERS.contains(&c) || c.is_whitespace());
    match core.chars().last() {
        Some(c) if TERMINALS.contains(&c) => true,
        // A line ending in a bracketed note, `(分享自@证券网)`, is complete; not one ending in a
        // term's Latin name, as a PDF wraps `…多边央行数字货币桥（mBridge）` / `项目累计…`.
        _ => (s.ends_with('）') || s.ends_with(')')) && !(ends_in_latin_gloss(s) && chars(s) >= 20 && s.contains(['，', ','])),
    }
}

/// Who asks at a press conference, as a transcript labels the turn: `中央广播电视总台央视记者`,
/// `记者提问`; not whom someone spoke to (`市民张女士告诉记者`).
pub(crate) fn is_asker(who: &str) -> bool {
    (2..=16).contains(&chars(who))
        && who.chars().all(is_han)
        && (who.ends_with("记者") || who.ends_with("提问"))
        && !["告诉", "对记者", "向记者", "跟记者"].iter().any(|k| who.contains(k))
}

/// A line opening on a clock time and a space: `14:30 来自成都的消防救援队抵达磨西镇`.
fn opens_on_clock(s: &str) -> bool {
    let b = s.as_bytes();
    let at = b.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=2).contains(&at)
        && b.get(at) == Some(&b':')
        && b.get(at + 1..at + 3).is_some_and(|m| m.iter().all(u8::is_ascii_digit))
        && s[at + 3..].starts_with([' ', '　'])
}

/// `…数字货币桥（mBridge）`: a Latin name in brackets right after a Han word.
fn ends_in_latin_gloss(s: &str) -> bool {
    let Some(open) = s.rfind(['（', '(']) else { return false };
    let inner = s[open..].trim_start_matches(['（', '(']).trim_end_matches(['）', ')']);
    !inner.is_empty() && inner.chars().all(|c| c.is_ascii_alphanumeric() || " -.".contains(c)) && s[..open].chars().next_back().is_some_and(is_han)
}

/// Lexically a headline: short, no sentence end, no clause punctuation.
pub(crate) fn looks_like_headline(s: &str) -> bool {
    let n = chars(s);
    let s = speaker_colon(s).map_or(s, |at| &s[at..]);
    // A short note closing a headline is no sentence's end: `2025年政府工作报告（摘要）`,
    // `…的通知（全文）`.
    // So is an issue's number or its dates: `舆情日报（第128期）`, `一周要闻回顾（12月2日—12月8日）`.
    // Or its term or edition: `…班主任发言稿（2025秋）`, `…指南（2025年版）`.
    let dated =
        |note: &str| note.chars().any(|c| c.is_ascii_digit()) && note.chars().all(|c| c.is_ascii_digit() || "年月日期第号—–-至~～/.春夏秋冬季版".contains(c));
    let s = match s.strip_suffix('）').and_then(|r| r.rsplit_once('（')) {
        // A live page's `（持续更新中）`, too.
        Some((head, note))
            if ((1..=4).contains(&chars(note)) && note.chars().all(is_han)
                || chars(note) <= 16 && dated(note)
                || chars(note) <= 6 && note.contains("更新"))
                && !head.is_empty() =>
        {
            head
        }
        _ => s,
    };
    // A part's number is no clause: `一、总体要求`, `3、居住地住址证明`.
    let (s, numbered) = match s.split_once('、') {
        Some((num, rest)) if is_section_head(s) && chars(num) <= 2 => (rest, true),
        _ => (s, false),
    };
    // A part's head may name its subject before a colon: `一、客源结构：省外游客占比提升`.
    let clause = match s.split_once('：') {
        Some((subject, head)) if numbered => subject.contains(CLAUSE) || head.contains(CLAUSE),
        _ => s.contains(CLAUSE),
    };
    (2..=40).contains(&n) && !ends_sentence(s) && !clause && !s.contains('。') && s.chars().any(is_han)
}

/// A headline set off above (a blank line, or the paste's top) and right over a dateline line (`谁在买进和卖出阿里巴巴？` /
/// `新华社…电 …`), which may have what `looks_like_headline` refuses: a question mark, a
/// comma, an enumeration. Short, no full stop, and not ending on a clause mark, as a line a
/// column break cut would.
fn over_dateline(s: &str, set_off: bool, next_gap: usize, next_is_dated: bool) -> bool {
    next_is_dated && next_gap == 0 && set_off && headline_shape(s)
}

/// What a headline may look like when its place shows it is one (right over its dateline or
/// its `——` subtitle, or atop its story over a dateline): a line that may ask, list or quote.
fn headline_shape(s: &str) -> bool {
    // Latin letters and digits are half as wide: a phone's name and specs (`小米17 Ultra正式发布：
    // 徕卡一英寸主摄+7500mAh电池，售价6499元起`) fill no more of the line than Han chars would.
    let ascii = s.chars().filter(char::is_ascii).count();
    (4..=40).contains(&(chars(s) - ascii / 2)) && s.chars().any(is_han) && !s.contains(['。', '；', ';']) && !s.trim_end_matches(CLOSERS).ends_with(CLAUSE)
}

/// A headline that asks or exclaims, as a paste's first line: `如何看待考研报名人数下降？`,
/// `网传“9月起高速收费上调”？不实！`. Short and no full stop. A comma alone is no sign: a
/// column break leaves `记者了解到，袁某借用的是一辆轿车，在` over a blank line.
fn is_loud_headline(s: &str) -> bool {
    let core = s.trim_end_matches(CLOSERS);
    (6..=30).contains(&chars(s)) && s.chars().any(is_han) && !s.contains(['。', '；', ';']) && core.ends_with(['？', '！', '?', '!'])
}

/// A speaker or source heading a headline: `国家统计局：7月份工业增加值增长5.7%`. The byte
/// offset after the colon.
fn speaker_colon(s: &str) -> Option<usize> {
    let (who, rest) = s.split_once('：')?;
    // What follows says something: `上证指数：3245.60点` and `时间：8月16日` do not.
    let says = rest.chars().filter(|&c| is_han(c)).count() >= 4;
    // Digits may count a round or an edition (`中超第25轮：…`), not make it a date (`3月5日：…`).
    let name = who.starts_with(is_han)
        && who.chars().all(|c| is_han(c) || c.is_ascii_digit())
        && !who.ends_with(['年', '月', '日', '时', '分', '号'])
        && who.chars().filter(|&c| is_han(c)).count() >= 2;
    ((2..=8).contains(&chars(who)) && (who.chars().all(is_han) || name) && says).then_some(who.len() + '：'.len_utf8())
}

/// A programme's or a site's item, its kind in brackets before its headline (`【视频】国务院常务会议
/// 部署推动大规模设备更新`, `[图文]…`): the mark says an item starts, as a headline of its own.
fn is_media_item(s: &str) -> bool {
    const KINDS: &[&str] = &["视频", "图文", "组图", "音频", "直播", "图集", "短视频", "动画", "图解", "微视频"];
    let Some(rest) = [('【', '】'), ('[', ']'), ('［', '］')].iter().find_map(|&(open, close)| {
        let (kind, rest) = s.strip_prefix(open)?.split_once(close)?;
        KINDS.contains(&kind).then_some(rest.trim_start())
    }) else {
        return false;
    };
    chars(rest) >= 4 && headline_shape(rest) && !ends_sentence(rest)
}

/// An agency's flash, one sentence ahead of its full story (`新华社快讯：日本首相石破茂宣布辞去
/// 自民党总裁职务。` over `新华社东京9月7日电 …`): over its dated story, it is that story's headline.
fn is_flash(s: &str) -> bool {
    let core = s.trim_start_matches(['【', '[']);
    let label = ["快讯", "新华社快讯", "央视快讯", "中新社快讯", "突发", "最新消息"]
        .iter()
        .find_map(|k| core.strip_prefix(k))
        .and_then(|r| r.strip_prefix(['：', ':', '】', ']']))
        .map(str::trim_start);
    label.is_some_and(|news| (4..=60).contains(&chars(news)) && news.matches(['。', '！']).count() <= 1)
}

/// `一、总体要求`, `（一）…`, `第二部分…`: section heads inside a story.
/// A part's head by its number (`（一）…`, `一、…`, `1.…`), not by a `第…章` that opens a sentence
/// as often (`第27届上海国际电影节今晚开幕`).
pub(crate) fn is_numbered_head(s: &str) -> bool {
    !s.starts_with('第') && is_section_head(s)
}

/// Whether `s` opens on an item number: `2.`, `（二）`, `二、`.
pub(crate) fn opens_numbered(s: &str) -> bool {
    let s = s.trim_start();
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c);
    s.starts_with(['（', '(']) && s.chars().nth(1).is_some_and(numeral)
        || s.chars().next().is_some_and(numeral) && s.chars().find(|&c| !numeral(c)).is_some_and(|c| "、.．)）".contains(c))
}

pub(crate) fn is_section_head(s: &str) -> bool {
    let n = chars(s);
    // A digest's item head may run longer, with a comma: `▌一、澜智科技发布“观澜3.0”大模型，宣称推理成本下降七成`.
    let marked = s.starts_with(|c: char| "▌▍▎".contains(c));
    if n > if marked { 40 } else { 25 } || ends_sentence(s) {
        return false;
    }
    let s = s.trim_start_matches(|c: char| "▌▍▎".contains(c)).trim_start();
    let mut it = s.chars();
    let first = it.next();
    let second = it.next();
    // `01 社会保险缴费新规`, as posts number their parts.
    // Not a number spaced from its unit, as PDFs paste them (`10 月底前`, `10 余个工作组`).
    // A space after the number only in the zero-padded style (`01 `): `35 所学校` is a PDF's.
    let numbered = s.split_once([' ', '　', '、', '.', '．']).is_some_and(|(num, rest)| {
        let spaced = s[num.len()..].starts_with([' ', '　']);
        let rest = rest.trim_start();
        (1..=2).contains(&num.len())
            && (!spaced || num.len() == 2 && num.starts_with('0'))
            && num.bytes().all(|b| b.is_ascii_digit())
            && (rest.starts_with(is_han) || rest.starts_with(['《', '“']))
            && !rest.starts_with([
                '年', '月', '日', '时', '分', '秒', '余', '个', '多', '万', '亿', '岁', '名', '位', '家', '项', '条', '件', '次', '天', '周', '元', '米', '吨',
                '倍',
            ])
    });
    // A report's numbered part: `2.1 门店数量增长主要来自三线及以下城市`, `3.2.1 成本结构`.
    let dotted = s.split_once([' ', '　']).is_some_and(|(num, rest)| {
        let parts: Vec<&str> = num.split('.').collect();
        (2..=4).contains(&parts.len())
            && parts.iter().all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
            && rest.trim_start().starts_with(is_han)
    });
    numbered
        || dotted
        || matches!(first, Some('一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十')) && second == Some('、')
        || s.starts_with('（') && s.chars().nth(2) == Some('）')
        || s.starts_with('第') && (s.contains('部') || s.contains('章') || s.contains('节'))
        // A contract's or a law's article with its name: `第二条　租赁用途`; not `第二条规定…`.
        || s.strip_prefix('第').and_then(|r| r.split_once('条')).is_some_and(|(num, name)| {
            (1..=4).contains(&chars(num))
                && num.chars().all(|c| "一二三四五六七八九十百零〇".contains(c) || c.is_ascii_digit())
                && name.starts_with([' ', '　'])
                && (2..=12).contains(&chars(name.trim()))
                && !name.contains(['，', '：'])
        })
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Header,
    Credit(Credit),
    Dateline,
    Byline,
    Question,
    /// Body text; `lead` bytes of markers at its start, `tail` bytes of credit at
    /// its end (`credit`: what it is); `dated` when it opens with a dateline or byline.
    Text {
        lead: usize,
        tail: usize,
        dated: bool,
        credit: Option<Credit>,
    },
}

fn classify(s: &str) -> Kind {
    if is_follow_button(s) {
        return Kind::Credit(Credit::Source);
    }
    if is_header(s) {
        return Kind::Header;
    }
    // A rule between items (`---`, `＊＊＊`, `* * *`, `======`) ends the story above it.
    if is_rule(s) {
        return Kind::Credit(Credit::End);
    }
    if let Some(credit) = line_credit(s) {
        return Kind::Credit(credit);
    }
    // The editor's note on a series (`【编者按】…即日起，本报推出…系列报道`): what the paper says of
    // its coverage, not the news. A note that carries the news itself (`【编者按】11月27日，国家统计局
    // 发布数据显示，…`) is text, its marker left out like a lead's (below).
    let coverage = ["系列", "推出", "专栏", "栏目", "敬请关注", "专题", "特别报道", "策划"];
    if EDITOR_NOTES.iter().any(|m| s.starts_with(m)) && coverage.iter().any(|k| s.contains(k)) {
        return Kind::Credit(Credit::Source);
    }
    // A Markdown quote of the source (`> 来源：深圳特区报 | 记者 钟华 | 2025-11-24`).
    if let Some(credit) = s.strip_prefix('>').map(str::trim_start).and_then(line_credit) {
        return Kind::Credit(credit);
    }
    // A live blog's `14:50` over its update, a subtitle's `00:00:01,000 --> 00:00:04,200`
    // over its words: when, not what.
    if is_clock_line(s) || is_cue_timing(s) || is_filing_header(s) {
        return Kind::Credit(Credit::Source);
    }
    // How long the article reads: `本文约1500字，阅读需要4分钟`, `全文约3200字，预计阅读时间8分钟`.
    if ["本文约", "全文约", "全文共", "本文共", "阅读需要", "预计阅读", "阅读时间约"].iter().any(|k| s.starts_with(k))
        && chars(s) <= 30
        && s.contains('分')
        && s.contains(|c: char| c.is_ascii_digit())
    {
        return Kind::Credit(Credit::Source);
    }
    // A shop's or a post's author's answer to a review or a comment under it: `商家回复：亲，…`,
    // `卖家回复：已私信你啦`. Not an office's reply to a citizen's letter, which is the page's text.
    if ["商户", "商家", "卖家", "店家", "掌柜", "作者", "博主", "楼主", "UP主", "up主"]
        .iter()
        .any(|w| s.strip_prefix(w).and_then(|r| r.strip_prefix("回复")).is_some_and(|r| r.starts_with(['：', ':'])))
    {
        return Kind::Credit(Credit::Source);
    }
    if s.starts_with("问：") || s.starts_with("问:") {
        return Kind::Question;
    }
    // A reporter's question at a press conference (`法新社记者：…能否介绍具体安排？`) is what was
    // asked, not what is news.
    if let Some((who, asked)) = s.split_once(['：', ':']) {
        if (2..=12).contains(&chars(who)) && (who.ends_with("记者") || who.ends_with("提问")) && asked.trim_end_matches(CLOSERS).ends_with(['？', '?']) {
            return Kind::Question;
        }
        // So is the host's turn handing the floor on (`主持人：请徐指导先谈谈对本场比赛的看法。`)
        // or asking: what the guest says is the news.
        if ["主持人", "主持"].contains(&who.trim()) && (asked.trim_start().starts_with('请') || asked.trim_end_matches(CLOSERS).ends_with(['？', '?'])) {
            return Kind::Question;
        }
    }
    // `作者：王敏`, `文：张三 李四`, `记者：陈晓 李阳`, `图：王五`: who wrote it or took its
    // pictures, on its own line; `作词：张三` / `作曲：李四` above a song's lyrics.
    if ["作者", "文", "撰文", "记者", "图", "摄影"].iter().chain(SONG_LABELS).any(|l| s.strip_prefix(l).is_some_and(|r| r.starts_with(['：', ':'])))
        && names_only(s)
    {
        return Kind::Byline;
    }
    let mut lead = 0;
    let mut dated = false;
    if let Some(n) = dateline_len(s) {
        lead = skip_ws(s, n);
        dated = true;
    }
    if let Some(n) = byline_len(&s[lead..]) {
        lead = skip_ws(s, lead + n);
        dated = true; // a byline, like a dateline, opens a story
    }
    if let Some(n) = spaced_byline_len(&s[lead..]) {
        lead = skip_ws(s, lead + n);
        dated = true;
    }
    if let Some(n) = reported_by_len(&s[lead..]) {
        lead = skip_ws(s, lead + n);
        dated = true;
    }
    if lead == s.len() {
        return if dated { Kind::Dateline } else { Kind::Byline };
    }
    if lead == 0 && is_bare_byline(s) {
        return Kind::Byline;
    }
    // What follows a site's tag may be its buttons: `[汽车之家 行业]  分享    收藏    评论 235`.
    if lead > 0 && matches!(classify(&s[lead..]), Kind::Credit(_)) {
        return Kind::Credit(Credit::Source);
    }
    let markers = [
        "答：",
        "答:",
        "【导语】",
        "【解说】",
        "【正文】",
        "【口播】",
        "【配音】",
        "【同期声】",
        "【同期】",
        "【出镜】",
        "【现场声】",
        "摘要：",
        "摘　要：",
        "摘 要：",
        "【摘要】",
        "[摘要]",
    ];
    for marker in markers.iter().chain(EDITOR_NOTES) {
        if s[lead..].starts_with(marker) {
            lead = skip_ws(s, lead + marker.len());
        }
    }
    let (mut tail, mut credit) = trailing_credit(&s[lead..]).map_or((0, None), |(n, credit)| (n, Some(credit)));
    // An editor's note signed at its end (`【编者按】…推荐阅读。——责任编辑：素心`) stands over the
    // piece: its signature ends nothing.
    if EDITOR_NOTES.iter().any(|k| s.starts_with(k)) && credit == Some(Credit::End) {
        credit = Some(Credit::Source);
    }
    let body_end = s.len() - tail;
    // Keep the whitespace before a glued credit out of the span too.
    tail += s[lead..body_end].len() - s[lead..body_end].trim_end().len();
    if lead + tail >= s.len() {
        return Kind::Credit(credit.unwrap_or(Credit::Source));
    }
    Kind::Text { lead, tail, dated, credit }
}

/// Splits the lines into blocks and stories. `forms_word(left, right)` says
/// whether a line break between the two texts cuts a word, and `classes(s)` gives the
/// class of each word of `s` (`Tokenizer::word_classes`); both are asked of the segmenter.
#[inline(never)]
pub fn layout(text: &str, lines: &[Line], forms_word: &dyn Fn(&str, &str) -> bool, classes: &dyn Fn(&str) -> String) -> (Vec<Block>, Vec<StorySpan>) {
    let (lines, post_title) = split_post_titles(text, lines);
    let lines = &lines[..];
    let mut kinds: Vec<Kind> = lines.iter().map(|l| classify(&text[l.start..l.end])).collect();
    let wrapped_paste = is_wrapped_paste(text, lines, &kinds);
    // A paste that indents its paragraphs (`　　一、农业生产总体稳定，畜牧业平稳发展` / `　　一季度，…。`)
    // starts one at each indented line, unless it indents its wrapped lines too: then many an
    // indented line goes on from a long line cut in mid-sentence.
    let indented: Vec<bool> = lines
        .iter()
        .map(|l| {
            let lead = text[..l.start].rsplit(crate::normalize::is_line_break).next().unwrap_or("");
            lead.contains(['　', '\t']) || lead.len() >= 2
        })
        .collect();
    let indents_paragraphs = {
        let cut = |i: usize| {
            let above = &text[lines[i - 1].start..lines[i - 1].end];
            lines[i].blanks_before == 0 && chars(above) >= 25 && !ends_sentence(above)
        };
        let goes_on = (1..lines.len()).filter(|&i| indented[i] && cut(i)).count();
        let all = (1..lines.len()).filter(|&i| indented[i]).count();
        all >= 3 && goes_on * 5 < all
    };
    // A roundup's items, each a paragraph under its own place or subject (`【北京】…。` /
    // `【上海】…。`, `江苏：…。` / `浙江：…。`): three or more in a row, all different, each
    // a story of its own. A transcript's turns repeat their speakers; a form's fields are no
    // places.
    let mut labelled_item = vec![false; lines.len()];
    {
        let labels: Vec<Option<(u8, &str)>> = lines.iter().map(|l| item_label(&text[l.start..l.end])).collect();
        let mut i = 0;
        while i < lines.len() {
            let Some((shape, first)) = labels[i] else {
                i += 1;
                continue;
            };
            let mut seen = vec![first];
            let mut j = i + 1;
            while let Some(&Some((k, l))) = labels.get(j) {
                if k != shape || seen.contains(&l) {
                    break;
                }
                seen.push(l);
                j += 1;
            }
            if j - i >= 3 {
                labelled_item[i..j].fill(true);
            }
            i = j;
        }
        // Or each place on a line of its own, marked, over its paragraph: `▲江苏南京` / `南京市…。`.
        let place_head = |i: usize| {
            let s = &text[lines[i].start..lines[i].end];
            let place = s.strip_prefix(|c: char| BULLETS.contains(c)).map(str::trim_start).unwrap_or("");
            (2..=8).contains(&chars(place))
                && place.chars().all(is_han)
                && (REGIONS.iter().any(|r| place.starts_with(r)) || is_place(place))
                && matches!(kinds.get(i + 1), Some(Kind::Text { .. }))
                && lines.get(i + 1).is_some_and(|l| l.blanks_before == 0)
        };
        let heads: Vec<usize> = (0..lines.len()).filter(|&i| place_head(i)).collect();
        if heads.len() >= 3 {
            for i in heads {
                labelled_item[i] = true;
            }
        }
    }
    // Atop the paste, a digest's or a page's name with its date heads the page, not its first
    // story: `每日简报 | 9月5日 星期四`, `港聞簡報　2025年2月14日（星期五）`.
    if let (Some(Kind::Text { lead: 0, tail: 0, .. }), Some(first)) = (kinds.first(), lines.first()) {
        if is_dated_masthead(&text[first.start..first.end]) {
            kinds[0] = Kind::Header;
        }
    }
    // A PDF's running header or footer repeats a short unfinished line on every page
    // (`中国人民银行货币政策执行报告 2025年第二季度`): it is no text, though atop the paste it
    // may be the title.
    let repeated: Vec<bool> = {
        let runner = |l: &Line| {
            let s = &text[l.start..l.end];
            ((6..=40).contains(&chars(s)) && !ends_sentence(s)).then_some(s)
        };
        let mut count: rustc_hash::FxHashMap<&str, usize> = rustc_hash::FxHashMap::default();
        for s in lines.iter().filter_map(runner) {
            *count.entry(s).or_default() += 1;
        }
        lines.iter().enumerate().map(|(i, l)| i > 0 && runner(l).is_some_and(|s| count[s] >= 2)).collect()
    };
    for (kind, _) in kinds.iter_mut().zip(&post_title).filter(|(_, t)| **t > 0) {
        *kind = Kind::Text { lead: 0, tail: 0, dated: false, credit: None };
    }
    // A line that runs a word into the next one (`新华社记者从国家发` / `展改革委获悉`) is
    // half a sentence, not a credit; but a photo credit's `摄` + `影院…` is no `摄影`.
    let text_line: Vec<bool> = kinds.iter().map(|k| matches!(k, Kind::Text { .. })).collect();
    for (i, kind) in kinds.iter_mut().enumerate() {
        if !matches!(kind, Kind::Credit(_)) {
            continue;
        }
        let line_at = |j: usize| &text[lines[j].start..lines[j].end];
        let s = line_at(i);
        let wrapped = lines.get(i + 1).is_some_and(|l| l.blanks_before == 0) && !s.ends_with('摄');
        // `申请：居民本人` / `审核：社区` / `缴费：银行代扣`: steps of a procedure, not staff.
        let step = |j: usize| lines.get(j).is_some_and(|_| is_step(line_at(j)));
        let listed = ["审核", "终审", "校对"].iter().any(|l| s.starts_with(l))
            && (lines[i].blanks_before <= 1 && i > 0 && step(i - 1) || lines.get(i + 1).is_some_and(|l| l.blanks_before <= 1) && step(i + 1));
        // `…首次刊发于` / `《人民日报》（2025年08月27日 第20版）`: a source cited mid-sentence.
        let mid_sentence = i > 0 && lines[i].blanks_before == 0 && !ends_sentence(line_at(i - 1));
        let cited = mid_sentence && is_print_source(s);
        // `请第一时间拨打` / `报警电话：110` / `或就近寻求帮助。`: a notice inside a sentence, short as
        // a phone's is.
        // A site's registration (`© … | 京ICP备…`) or copyright (`© 2025 路透社版权所有。`) is quoted in no sentence.
        // Nor is a search box's hint.
        let registered = is_registration(s) || s.starts_with('©') || s.starts_with("Copyright") || s.starts_with("搜索") || s.contains("请输入");
        let quoted =
            mid_sentence && text_line[i - 1] && !is_labelled(line_at(i - 1)) && credit_words(s).is_none() && chars(s) <= 24 && is_page_notice(s) && !registered;
        // A page's button is whole, whatever word its last char makes with the next line's first
        // (`点击收听本文` / `华声广播网…`: `文华`).
        if wrapped && joins_word(text, lines, i, forms_word) && !is_button_row(s) || listed || cited || quoted {
            *kind = Kind::Text { lead: 0, tail: 0, dated: false, credit: None };
        }
    }
    // A party's line in a wrapped paste, cut in mid-clause (`申请人：梁晓峰，男，…，住江` / `澄市城西区杏林路17号。`):
    // the short rest of the line is the field's, no sentence of its own.
    if wrapped_paste {
        for i in 1..lines.len() {
            let (above, s) = (&text[lines[i - 1].start..lines[i - 1].end], &text[lines[i].start..lines[i].end]);
            if matches!(kinds[i - 1], Kind::Credit(Credit::Source))
                && matches!(kinds[i], Kind::Text { .. })
                && lines[i].blanks_before == 0
                && chars(above) >= 16
                && above.contains('，')
                && above.ends_with(is_han)
                && chars(s) <= 24
                && s.ends_with('。')
                && !s[..s.len() - '。'.len_utf8()].contains(['，', '。', '；', '：'])
            {
                kinds[i] = Kind::Credit(Credit::Source);
            }
        }
    }
    // A podcast's chapter list, counted from zero: `00:00 开场` / `00:31 楼市整体判断：分化` /
    // `01:35 刚需买房的三个问题`. A live page's entries open on the clock's hours instead.
    let chapter = |s: &str| {
        let b = s.as_bytes();
        b.len() > 6
            && b[..2].iter().all(u8::is_ascii_digit)
            && b[2] == b':'
            && b[3..5].iter().all(u8::is_ascii_digit)
            && b[5] == b' '
            && chars(&s[6..]) <= 24
            && !ends_sentence(s)
    };
    let at = |j: usize| &text[lines[j].start..lines[j].end];
    let chapters = (0..lines.len()).filter(|&i| chapter(at(i))).count();
    if chapters >= 3 && (0..lines.len()).any(|i| at(i).starts_with("00:") && chapter(at(i))) {
        for i in (0..lines.len()).filter(|&i| chapter(at(i))) {
            kinds[i] = Kind::Credit(Credit::Source);
        }
    }
    // A site's menu or a player's controls copied as a column, a word a line (`首页` / `新闻` /
    // `体育` / … / `登录`, `播放` / `下一个` / `倍速` / `全屏`): four lines or more with no blank
    // between, one of them a control's own word. A list of names or ingredients has none.
    // (`at` reads the folded text: `字級` is `字级` here.)
    {
        let cell = |j: usize| {
            let s = at(j).trim();
            let s = s.strip_suffix(['：', ':']).unwrap_or(s);
            (1..=8).contains(&chars(s)) && !s.contains(|c: char| TERMINALS.contains(&c) || CLAUSE.contains(&c))
        };
        // Or a section's own menu, under the site's menu bar or over the trail that names one of
        // its words (`…  投资者关系  …` / `投资者关系` / `公司公告` / … / `首页 > 投资者关系 > 致股东的信`).
        let named_beside = |kinds: &[Kind], i: usize, j: usize| {
            let bar = |k: usize| matches!(kinds[k], Kind::Credit(_)) && (is_nav_bar(at(k)) || is_breadcrumb(at(k)) || at(k).contains("  "));
            let names = |k: usize, cell: &str| at(k).split([' ', '　', '|', '｜', '>', '＞', '»', '›', '/']).any(|w| w.trim() == cell);
            [i.checked_sub(1), Some(j).filter(|&j| j < lines.len())].into_iter().flatten().filter(|&k| bar(k)).any(|k| (i..j).any(|c| names(k, at(c).trim())))
        };
        let mut menu_line = vec![false; lines.len()];
        let mut i = 0;
        while i < lines.len() {
            let mut j = i + 1;
            if cell(i) {
                while j < lines.len() && lines[j].blanks_before == 0 && cell(j) {
                    j += 1;
                }
                let menu = |k: usize| MENU_WORDS.contains(&at(k).trim());
                // Or a paper's sections, most of five or more: `即时` / `政治` / `国际` / `两岸` / `产经`.
                let section = |k: &usize| SECTIONS.contains(&at(*k).trim());
                if j - i >= 4 && (i..j).any(menu)
                    || j - i >= 3 && (i..j).filter(|&k| menu(k)).count() >= 2
                    || j - i >= 2 && (i..j).all(menu)
                    || j - i >= 5 && (i..j).filter(section).count() * 2 >= j - i
                    || j - i >= 3 && named_beside(&kinds, i, j)
                {
                    kinds[i..j].fill(Kind::Credit(Credit::Source));
                    menu_line[i..j].fill(true);
                }
            }
            i = j;
        }
        // A portal's menu rows, eight words or more a row set apart by single spaces
        // (`汽车 教育 时尚 女性 星座 健康 房产 …`, `股票 基金 期货 外汇 黄金 …`), next to the rest
        // of its menu or naming its own links (`更多`, `导航`, `首页`).
        // Asked of every line: no allocation, and a line with no space is out at once.
        let row = |k: usize| {
            let mut words = at(k).trim().split(' ').filter(|w| !w.is_empty());
            let mut n = 0;
            at(k).contains(' ')
                && words.all(|w| {
                    n += 1;
                    (1..=5).contains(&chars(w)) && w.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric())
                })
                && n >= 8
        };
        let mut i = 0;
        while i < lines.len() {
            if !row(i) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < lines.len() && lines[j].blanks_before == 0 && row(j) {
                j += 1;
            }
            let beside = i > 0 && lines[i].blanks_before == 0 && matches!(kinds[i - 1], Kind::Credit(_))
                || j < lines.len() && lines[j].blanks_before == 0 && matches!(kinds[j], Kind::Credit(_));
            let own = (i..j).any(|k| at(k).split(' ').any(|w| ["更多", "导航", "首页", "网站导航"].contains(&w)));
            if beside || own {
                kinds[i..j].fill(Kind::Credit(Credit::Source));
                menu_line[i..j].fill(true);
            }
            i = j;
        }
        // A link between the menu and more furniture is the menu's too (`…天气通` / `移动客户端` /
        // `我的收藏`, `友情链接` / `澎湃新闻举报受理和处置办法` / `沪ICP备…`).
        for i in 1..lines.len().saturating_sub(1) {
            let credit = |k: usize| matches!(kinds[k], Kind::Credit(_)) && lines[k].blanks_before == 0;
            let link = chars(at(i).trim()) <= 16 && !at(i).contains(|c: char| TERMINALS.contains(&c) || CLAUSE.contains(&c));
            if credit(i - 1) && lines[i].blanks_before == 0 && credit(i + 1) && link && (menu_line[i - 1] || menu_line[i + 1]) {
                kinds[i] = Kind::Credit(Credit::Source);
            }
        }
        // The site's name atop the paste, over its menu (`路透中文网` / `首页 | 财经 | 中国 | …`),
        // is no headline of the story below.
        if lines.len() > 2 && lines[1].blanks_before <= 1 {
            let name = at(0).trim();
            let menu = matches!(kinds[1], Kind::Credit(_)) && (is_nav_bar(at(1)) || is_breadcrumb(at(1)) || cell(1) && kinds[2] == kinds[1]);
            // It may add its Latin initials: `中央社 CNA`.
            let name = name.split_once(' ').filter(|(_, latin)| latin.bytes().all(|b| b.is_ascii_uppercase())).map_or(name, |(n, _)| n);
            if (2..=10).contains(&chars(name)) && !name.contains(|c: char| TERMINALS.contains(&c) || CLAUSE.contains(&c) || c == ' ') && menu {
                kinds[0] = Kind::Credit(Credit::Source);
            }
        }
    }
    for i in 0..lines.len().saturating_sub(1) {
        let line = text[lines[i].start..lines[i].end].trim();
        let next = &text[lines[i + 1].start..lines[i + 1].end];
        // An account's name over its card (`城市慢生活志` / `一个关注城市与人的公众号，每周三、五更新。`).
        if chars(line) <= 12 && !line.contains(['，', '。', '：', ':']) && next.starts_with("一个") && is_follow_prompt(next) {
            kinds[i] = Kind::Credit(Credit::Source);
        }
        // A like count alone, over the page's buttons (`0` / `点赞 收藏`).
        if (1..=7).contains(&line.len())
            && line.bytes().all(|b| b.is_ascii_digit())
            && lines[i + 1].blanks_before <= 1
            && (is_button_row(next) || is_counter_row(next))
        {
            kinds[i] = Kind::Credit(Credit::Source);
        }
        // An advertisement's label on its own line, over the ad's one line (`广告` / `「2025鲸科技 WISE 大会」报名通道开启 >>`).
        // The ad sells: `>>`, `立即领取`, `报名`, a price; a digest's `广告` section heads news instead.
        let sells = [">>", "》》", "▶", "立即", "点击", "领取", "报名", "优惠", "特惠", "限时", "抢购", "☎", "热线"].iter().any(|k| next.contains(k));
        if ["广告", "【广告】", "[广告]", "推广"].contains(&line) && lines[i + 1].blanks_before == 0 && chars(next) <= 60 && !next.contains('。') && sells
        {
            kinds[i] = Kind::Credit(Credit::Source);
            kinds[i + 1] = Kind::Credit(Credit::Source);
        }
    }
    // A standard's issuers may stand on two lines, the last one saying so: `国家市场监督管理总局` /
    // `国家标准化管理委员会　发布`.
    for i in 1..lines.len() {
        let (above, s) = (&text[lines[i - 1].start..lines[i - 1].end], &text[lines[i].start..lines[i].end]);
        let body = ["局", "委员会", "部", "院", "会", "署", "办公室", "协会", "学会"];
        if lines[i].blanks_before == 0
            && s.ends_with("发布")
            && is_standard_cover(s)
            && (4..=20).contains(&chars(above))
            && above.chars().all(is_han)
            && body.iter().any(|b| above.ends_with(b))
        {
            kinds[i - 1] = Kind::Credit(Credit::Source);
        }
    }
    // A page's label over links to other stories (`相关阅读：` / `杭州地铁19号线…`) heads them; over
    // text (`相关链接` / `医保码是…。`) it introduces a box of background that is the story's own.
    for i in 0..lines.len() {
        let over_link = lines.get(i + 1).is_some_and(|l| {
            let next = &text[l.start..l.end];
            // A bulleted link may ask (`· 各地养老金调整方案陆续公布 你家乡的调了吗？`).
            chars(next) <= 40 && (!ends_sentence(next) || next.starts_with(|c: char| "·•".contains(c) || BULLETS.contains(c))) && !next.contains('。')
        });
        // A bare `推荐` is also a page's button (`收藏` / `转发` / `推荐`): it heads links only over
        // two headlines.
        let bare = text[lines[i].start..lines[i].end].trim() == "推荐";
        let headline_at = |k: usize| {
            lines.get(k).is_some_and(|l| l.blanks_before == 0 && headline_shape(&text[l.start..l.end]) && !text[l.start..l.end].starts_with(['>', '＞']))
        };
        if is_related_label(&text[lines[i].start..lines[i].end]) && over_link && (!bare || headline_at(i + 1) && headline_at(i + 2)) {
            kinds[i] = Kind::Header;
        }
    }
    // A form's or a cover's fields in a row, three or more of them names or dates (`团队名称：…` /
    // `所在学院：…` / `提交日期：…`, `案件号：…` / `被保险人：…` / `出险日期：…`): what the paper
    // is filed under, no text. Rows of figures are the text's data.
    let fields: Vec<Option<(&str, &str)>> = (0..lines.len())
        .map(|i| {
            form_field(&text[lines[i].start..lines[i].end]).filter(|_| matches!(kinds[i], Kind::Text { .. } | Kind::Credit(Credit::Source) | Kind::Byline))
        })
        .collect();
    let mut i = 0;
    while i < lines.len() {
        let run = (i..lines.len()).take_while(|&k| fields[k].is_some() && (k == i || lines[k].blanks_before == 0)).count();
        if fields[i..i + run].iter().flatten().filter(|&&f| is_filing_field(f)).count() >= 3 {
            // An author's line among them stays a byline.
            for kind in kinds[i..i + run].iter_mut().filter(|k| matches!(k, Kind::Text { .. })) {
                *kind = Kind::Credit(Credit::Source);
            }
        }
        i += run.max(1);
    }
    // A questionnaire's question over its choices (`*3. 您使用公共自行车的频率是？` / `○ 几乎每天` /
    // `○ 每周3-5次`): a form to fill in, no text.
    let choice = |i: usize| {
        let s = text[lines[i].start..lines[i].end].trim_start();
        s.starts_with(['○', '□', '☐', '◯']) || s.starts_with("【多选题") || s.starts_with("【单选题")
    };
    // Numbered, or asking, or with its kind (`…是？【多选题】`); a checklist under a lead-in
    // (`评审人应逐项确认：` / `□ 是否有足够的单元测试`) is text.
    let asks = |k: usize| {
        let q = text[lines[k].start..lines[k].end].trim();
        let n = q.trim_start_matches('*');
        let digits = n.trim_start_matches(|c: char| c.is_ascii_digit());
        let numbered = digits.len() < n.len() && digits.starts_with(['.', '、', '．']);
        // A numbered item asks the reader (`*2. 您目前的居住区域`); a part's head does not (`7. 附：评审检查清单`).
        chars(q) <= 60 && (numbered && (q.starts_with('*') || q.contains(['您', '你'])) || q.ends_with(['？', '?', '】']))
    };
    let mut i = 0;
    while i < lines.len() {
        let run = (i..lines.len()).take_while(|&k| choice(k) && (k == i || lines[k].blanks_before == 0)).count();
        if run > 0 && i > 0 && lines[i].blanks_before == 0 && asks(i - 1) {
            kinds[i - 1..i + run].fill(Kind::Credit(Credit::Source));
        }
        i += run.max(1);
    }
    // A briefing's item number on its own line, set off above, over the item's headline and its
    // text (`1` / `丰乐路积水点改造工程下月开工` / `记者从市城管局获悉，…。`): a mark, no text.
    let mut item_heads = vec![false; lines.len()];
    for i in 0..lines.len().saturating_sub(2) {
        let s = text[lines[i].start..lines[i].end].trim();
        let head = &text[lines[i + 1].start..lines[i + 1].end];
        let body = &text[lines[i + 2].start..lines[i + 2].end];
        if (1..=2).contains(&s.len())
            && s.bytes().all(|b| b.is_ascii_digit())
            && (i == 0 || lines[i].blanks_before >= 1)
            && lines[i + 1].blanks_before == 0
            && lines[i + 2].blanks_before == 0
            && headline_shape(head)
            && !ends_sentence(head)
            && chars(body) > chars(head)
            && body.contains(['。', '！', '？'])
        {
            kinds[i] = Kind::Credit(Credit::Source);
            item_heads[i + 1] = true;
        }
    }
    // A reporter's turn at a press conference, the label on its own line (`中央广播电视总台央视记者：`
    // / `近年来…，请问…有哪些举措？`): the question is what was asked, as on one line.
    for i in 1..lines.len() {
        let label = text[lines[i - 1].start..lines[i - 1].end].trim_end();
        let s = &text[lines[i].start..lines[i].end];
        let asks = label.strip_suffix(['：', ':']).is_some_and(is_asker);
        if asks && lines[i].blanks_before == 0 && matches!(kinds[i], Kind::Text { lead: 0, .. }) && s.trim_end_matches(CLOSERS).ends_with(['？', '?']) {
            kinds[i] = Kind::Question;
        }
    }
    // Readers' comments quoted in a run, or under their label (`网友评论：`), are no text; one
    // account's post quoted in the news (`@北京发布：今天北京最高气温37℃…`) is.
    let comment = |i: usize| is_comment_line(&text[lines[i].start..lines[i].end]);
    let label = |i: usize| {
        let s = text[lines[i].start..lines[i].end].trim_end_matches(['：', ':']);
        chars(s) <= 8 && ["评论", "留言", "热评", "网友说", "网友热议"].iter().any(|k| s.ends_with(k))
    };
    for (i, kind) in kinds.iter_mut().enumerate() {
        if comment(i) && (i > 0 && (comment(i - 1) || label(i - 1)) || i + 1 < lines.len() && comment(i + 1)) {
            *kind = Kind::Credit(Credit::Source);
        }
    }
    // Under the page's own label (`热门评论`; not a headline or a section about comments, `中方回应美方
    // 评论`, `专家评论：`), its comments without their `@`: `雪人不会化：终于下雪了！`, each over its reply
    // bar (`回复 · 3分钟前 · 赞 2341`).
    // The label may carry the count (`热门评论（86）`, `评论 2378`).
    let page_label = |i: usize| {
        let s = text[lines[i].start..lines[i].end].trim_end_matches(['：', ':']).trim();
        // The page's button may follow it: `评论（23）　我要评论`, `网友评论（326）　查看全部评论>>`.
        let s = s.trim_end_matches(['>', '＞', '»', '》']);
        let s = ["我要评论", "发表评论", "写评论", "我来说两句", "查看全部评论", "查看更多评论", "更多评论"]
            .iter()
            .find_map(|b| s.strip_suffix(b))
            .map_or(s, |r| r.trim_end_matches([' ', '　']));
        // Or how many took part: `网友评论　　已有1963人参与`, `跟贴 1,283 人参与`.
        let s = s
            .strip_suffix("人参与")
            .map(|r| r.trim_end_matches(|c: char| c.is_ascii_digit() || c == ',' || c == ' '))
            .map(|r| r.strip_suffix("已有").unwrap_or(r))
            .map_or(s, str::trim_end);
        let s = s.trim_end_matches(['）', ')']).trim_end_matches(|c: char| c.is_ascii_digit() || ".,万".contains(c)).trim_end_matches(['（', '(', ' ']);
        // Or lead it: `187 条评论`, `共 486 条评论`.
        let s = s.strip_prefix('共').map_or(s, str::trim_start);
        let s = s
            .trim_start_matches(|c: char| c.is_ascii_digit() || ".,万 ".contains(c))
            .strip_prefix('条')
            .filter(|_| s.starts_with(|c: char| c.is_ascii_digit()))
            .unwrap_or(s);
        [
            "评论",
            "评论区",
            "热门评论",
            "网友评论",
            "精彩评论",
            "最新评论",
            "最热评论",
            "全部评论",
            "热评",
            "网友热评",
            "精选留言",
            // A board's: `网友讨论（32）`; not a paper's `讨论`.
            "网友讨论",
            "精彩讨论",
            "全部讨论",
            "热门讨论",
            "网友留言",
            "读者留言",
            "留言",
            "跟贴",
            "跟帖",
        ]
        .contains(&s)
    };
    for i in 0..lines.len() {
        // A post's counter row names its comments too: `转发 2.3万　　评论 8641　　赞 15万`.
        let counted = || {
            let s = &text[lines[i].start..lines[i].end];
            let reported = i > 0 && text[lines[i - 1].start..lines[i - 1].end].trim_end().ends_with(['：', ':']);
            // A blog's totals (`随笔 - 86　文章 - 0　评论 - 241`) count all its posts' comments, atop the page.
            s.contains("评论") && is_counter_row(s) && !reported && !(s.contains("随笔") || s.contains("文章"))
        };
        if !page_label(i) && !counted() {
            continue;
        }
        // A comment may hang from a bullet or a reply's corner (`· 广州小龙虾：…`, `└ 龙江小霸王：回复…`).
        let said = |s: &str| {
            s.trim_start_matches(|c: char| c.is_whitespace() || "·•└-".contains(c))
                .split_once(['：', ':'])
                .is_some_and(|(name, said)| (1..=20).contains(&chars(name)) && !name.contains(|c: char| "，。！？、".contains(c)) && chars(said) <= 80)
        };
        // Or it stands under its author's line: a name, a time and its likes (`小熊不吃糖  2025-11-06 09:33   赞(128)`).
        // Or just a name and when (`城南小王子　2小时前`).
        // Or the post's author answers (`作者` / `谢谢家长们的支持～`).
        let author = |s: &str| chars(s) <= 50 && is_likes(s.trim_end()) || chars(s) <= 30 && is_name_and_when(s) || s.trim() == "作者";
        // Or a comment is its name and text over its date and likes (`朵朵妈妈` / `谢谢老师们！…` / `3月21日  赞 2`).
        // Or over where it was sent from and its likes, each on a line (`橘子汽水` / `投了云朵！…` /
        // `福建` / `468`), as a WeChat article's selected comments.
        let line_at = |k: usize| lines.get(k).filter(|l| l.blanks_before == 0).map(|l| text[l.start..l.end].trim());
        let region_at = |k: usize| line_at(k).is_some_and(|l| REGIONS.contains(&l));
        let count_at = |k: usize| line_at(k).is_some_and(|l| l.len() <= 8 && is_count(l));
        // Under the comment box's label the likes may stand alone (`小鱼儿不吃鱼` / `…能报多少岗位啊` / `23`).
        // Or a video site's: when, then the likes or the reply button (`2024-01-08 20:14` / `1876` / `回复`).
        let stamp_at = |k: usize| line_at(k).is_some_and(|l| l.contains(['-', '/', '月']) && is_bare_stamp(l, 6));
        // Or a day alone, perhaps with where it was sent from (`10-15`, `1-10 来自广东`).
        let day_at = |k: usize| {
            line_at(k).is_some_and(|l| {
                let day = l.split_once(" 来自").map_or(l, |(d, from)| if chars(from) <= 8 { d } else { "" });
                day.split_once('-').is_some_and(|(m, d)| [m, d].iter().all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())))
            })
        };
        let foot_at =
            |k: usize| region_at(k) && count_at(k + 1) || count_at(k) || stamp_at(k) && (count_at(k + 1) || line_at(k + 1) == Some("回复")) || day_at(k);
        let likes_at = |k: usize| lines.get(k).is_some_and(|l| l.blanks_before == 0 && is_likes(text[l.start..l.end].trim_end())) || foot_at(k);
        let run = (i + 1..lines.len())
            .take_while(|&j| {
                let s = &text[lines[j].start..lines[j].end];
                let under_author = j > i + 1 && author(&text[lines[j - 1].start..lines[j - 1].end]) && chars(s) <= 120;
                let over_likes =
                    chars(s) <= 200 && (likes_at(j + 1) || lines.get(j + 1).is_some_and(|n| chars(&text[n.start..n.end]) <= 200) && likes_at(j + 2));
                let foot = foot_at(j);
                lines[j].blanks_before <= 1 && (said(s) || author(s) || under_author || over_likes || foot || matches!(kinds[j], Kind::Credit(_)))
            })
            .last();
        // Under a bare `评论` or `留言` a digest may quote the papers' comments (`光明日报：…`) and a
        // story a citizen's message and its answer: only a thread with its authors' lines or likes
        // is readers' comments.
        let bare = {
            let l = text[lines[i].start..lines[i].end].trim_end_matches(['：', ':']).trim();
            ["评论", "留言"].contains(&l)
        };
        let thread = |last: usize| (i + 1..=last).any(|j| author(&text[lines[j].start..lines[j].end]));
        // Or one under the post's own buttons (`分享　收藏　点赞 356` / `留言` / `冬青：…`).
        // Or its box to write one (`分享 收藏 赞 18 在看 3` / `写留言` / `留言`).
        let under_bar = i > 0 && {
            let above = &text[lines[i - 1].start..lines[i - 1].end];
            is_counter_row(above) || is_button_row(above) || ["写留言", "写评论", "发表评论", "我要留言", "我要评论"].contains(&above.trim())
        };
        let run = run.filter(|&last| !bare || under_bar || thread(last));
        // Or a thread whose comments end on their buttons (`顶[2135]  踩[86]  回复`), each after its
        // author's place, name and time: all of it up to the next gap is the readers'.
        let buttons = |s: &str| is_counter_row(s) || is_likes(s) || s.contains("顶[") && s.contains("踩[");
        // A feed sets its comments two blank lines apart.
        let span = (i + 1..lines.len())
            // A paragraph of prose ends it: a story may quote a thread's counts (`…的互动数据为：` /
            // `转发 2.3万 评论 8641 赞 15万` / `视频发布者是…。她告诉记者，…`).
            .take_while(|&j| {
                let l = &text[lines[j].start..lines[j].end];
                // A comment is followed by its stamp or its buttons (`7-1 10:15 来自北京`); prose by prose.
                let stamped = matches!(kinds.get(j + 1), Some(Kind::Credit(_))) || lines.get(j + 1).is_some_and(|n| buttons(&text[n.start..n.end]));
                let prose = chars(l) >= 40 && ends_sentence(l) && l.contains(['，', ',']) && !l.starts_with(['[', '【']) && !stamped;
                lines[j].blanks_before <= 2 && chars(l) <= 80 && !prose && kinds[j] != Kind::Header
            })
            .last();
        let span = span.filter(|&last| !bare && (i + 1..=last).filter(|&j| buttons(&text[lines[j].start..lines[j].end])).count() >= 2);
        if let Some(last) = run.max(span) {
            for kind in &mut kinds[i..=last] {
                *kind = Kind::Credit(Credit::Source);
            }
        }
    }
    // A subtitle cue's number over its timing (`3` / `00:00:10,100 --> …`) is no text either.
    for i in 1..lines.len() {
        let above = &text[lines[i - 1].start..lines[i - 1].end];
        if lines[i].blanks_before == 0 && above.bytes().all(|b| b.is_ascii_digit()) && is_cue_timing(&text[lines[i].start..lines[i].end]) {
            kinds[i - 1] = Kind::Credit(Credit::Source);
        }
    }
    // A date line among a judgment's signers (`审判员  王立新` / `二〇二五年六月十八日` /
    // `书记员  赵小敏`) is when they signed it, no text.
    for i in 0..lines.len() {
        let signer = |j: usize| is_court_signer(&text[lines[j].start..lines[j].end]);
        let next_to_signer =
            || i > 0 && lines[i].blanks_before == 0 && signer(i - 1) || lines.get(i + 1).is_some_and(|l| l.blanks_before == 0) && signer(i + 1);
        if is_dated_line(&text[lines[i].start..lines[i].end], true) && next_to_signer() {
            kinds[i] = Kind::Credit(Credit::Source);
        }
    }
    // The lines right over a vote count (`张老师讲考研` / `教育行业从业者` / `1,245 人赞同了该回答`)
    // are the answerer's name and bio: who wrote it, no text.
    for i in 1..lines.len() {
        let anchor = &text[lines[i].start..lines[i].end];
        if !is_vote_line(anchor) && !is_follow_button(anchor) {
            continue;
        }
        let mut k = i;
        while k > 0 && i - k < 3 && lines[k].blanks_before == 0 {
            let above = &text[lines[k - 1].start..lines[k - 1].end];
            if !matches!(kinds[k - 1], Kind::Text { .. }) || chars(above) > 30 || ends_sentence(above) {
                break;
            }
            k -= 1;
            kinds[k] = Kind::Credit(Credit::Source);
        }
    }
    // The account right over its post's stamp (`大河报·豫视频` / `2025-11-25 18:36·河南日报社大河报官方账号`).
    for i in 1..lines.len() {
        let above = &text[lines[i - 1].start..lines[i - 1].end];
        if lines[i].blanks_before == 0
            && is_posted_stamp(&text[lines[i].start..lines[i].end])
            && matches!(kinds[i - 1], Kind::Text { .. } | Kind::Header)
            && chars(above) <= 20
            && !above.contains(['，', '。', '：', ',', ':', '？', '！'])
        {
            kinds[i - 1] = Kind::Credit(Credit::Source);
        }
    }
    // A forwarded e-mail's header atop the paste (`主题：…` / `发件人：…` / `日期：…`), line on
    // line and naming a sender or a recipient, says who sent what when: none of it is text.
    let header_field = |s: &str| {
        ["主题", "发件人", "收件人", "抄送", "日期", "时间", "发送时间"]
            .iter()
            .find(|l| s.strip_prefix(**l).is_some_and(|r| r.starts_with(['：', ':'])))
            .copied()
    };
    let header: Vec<&str> =
        (0..lines.len()).take_while(|&i| i == 0 || lines[i].blanks_before == 0).map_while(|i| header_field(&text[lines[i].start..lines[i].end])).collect();
    if header.len() >= 2 && header.iter().any(|f| *f == "发件人" || *f == "收件人") {
        for kind in kinds.iter_mut().take(header.len()) {
            *kind = Kind::Credit(Credit::Source);
        }
    }
    // Labelled lines in a run (`申请：居民本人提出` / `审核：社区审核` / `公示：五个工作日`) are
    // items of a list, each complete without its full stop.
    let form: Vec<bool> = lines.iter().map(|l| is_labelled(&text[l.start..l.end])).collect();
    // A short one is an item for sure; a long one may be a hard-wrapped line of text.
    // So is a notice's field, by its label (`停水时间：2025年11月29日22:00至11月30日12:00`,
    // `停水区域：长江路两侧、滨江花园小区…`).
    let field = |s: &str| {
        const FIELDS: &[&str] = &["时间", "日期", "地点", "区域", "范围", "对象", "方式", "路段", "线路", "站点", "热线", "电话"];
        // Numbered alike: `线路一：东岚城市运行管理中心 → 江北新城智慧社区`.
        let field_label = |l: &str| l.trim_end_matches(|c: char| "一二三四五六七八九十".contains(c) || c.is_ascii_digit()).to_string();
        s.split_once(['：', ':']).is_some_and(|(label, _)| FIELDS.iter().any(|f| field_label(label).ends_with(f))) && chars(s) <= 60 && !s.contains('。')
    };
    let mut labelled: Vec<bool> = lines.iter().zip(&form).map(|(l, &f)| f && (chars(&text[l.start..l.end]) <= 20 || field(&text[l.start..l.end]))).collect();
    // Three or more in a row, line on line, are a spec sheet's or a form's fields whatever their
    // labels (`影像：…` / `电池：7500mAh，100W有线+80W无线` / `机身：…`): a hard-wrapped paragraph
    // does not start three lines running on a label.
    let fits = |i: usize| form[i] && chars(&text[lines[i].start..lines[i].end]) <= 60 && !text[lines[i].start..lines[i].end].contains('。');
    let mut i = 0;
    while i < lines.len() {
        let mut j = i;
        while j < lines.len() && (j == i || lines[j].blanks_before == 0) && fits(j) {
            j += 1;
        }
        if j - i >= 3 {
            labelled[i..j].iter_mut().for_each(|l| *l = true);
        }
        i = j.max(i + 1);
    }
    // Two items in a row, one of them short; a blank line apart, both short and spaced
    // alike, so a labelled headline a blank line above a long labelled line (`调查：…` over
    // `调查显示：…`) is no item of theirs.
    let whole = |i: usize| labelled[i] || ends_sentence(&text[lines[i].start..lines[i].end]);
    let items = |a: usize, b: usize| {
        form[a]
            && form[b]
            && (lines[b].blanks_before == 0 && (labelled[a] || labelled[b])
                || lines[b].blanks_before == 1 && (labelled[a] || labelled[b]) && whole(a) && whole(b) && (a == 0 || lines[a].blanks_before == 1))
    };
    let listed: Vec<bool> = (0..lines.len()).map(|i| i > 0 && items(i - 1, i) || i + 1 < lines.len() && items(i, i + 1)).collect();
    // A notice's issuer over its date (`特此通知。` / `杭州市上城区卫生健康局` / `2025年9月5日`),
    // after the last sentence and before a break, signs it; not a headline over a date, nor a
    // date in a chronology or a schedule. Up to three issuers may sign together
    // (`某区应急管理局` / `某区消防救援支队` / `2025年9月15日`). At the paste's very end, two
    // blank lines may set the signature off: it still signs the text above, as no story
    // is only an issuer and a date.
    let mut signed = vec![false; lines.len()];
    for i in 2..lines.len() {
        let last = i + 1 == lines.len();
        if lines[i].blanks_before != 0 || lines.get(i + 1).is_some_and(|l| l.blanks_before == 0) || !is_dated_line(&text[lines[i].start..lines[i].end], true) {
            continue;
        }
        let issuer = |k: usize| {
            let s = &text[lines[k].start..lines[k].end];
            matches!(kinds[k], Kind::Text { lead: 0, tail: 0, .. }) && (2..=20).contains(&chars(s)) && s.chars().all(is_han)
        };
        let mut k = i - 1;
        let top = loop {
            if !issuer(k) {
                break None;
            }
            let before = &text[lines[k - 1].start..lines[k - 1].end];
            if lines[k].blanks_before <= if last { 2 } else { 1 }
                && (matches!(kinds[k - 1], Kind::Text { .. }) && ends_sentence(before) || matches!(kinds[k - 1], Kind::Credit(_)))
            {
                break Some(k);
            }
            // The issuers stand line on line.
            if lines[k].blanks_before != 0 || k < 2 || k + 3 == i {
                break None;
            }
            k -= 1;
        };
        if let Some(top) = top {
            for j in top..=i {
                kinds[j] = Kind::Credit(Credit::Source);
                signed[j] = true;
            }
        }
    }
    // A list of flashes, each with its own source right under it (`央行开展逆回购操作。` /
    // `来源：中国人民银行`, item after item): each source ends its item. One item between two
    // sources is a line, or a headline over a sentence, and items end alike (both headlines or
    // both sentences); a source over a section's text (`如何办理` / `来源：…` / `纳税人可…`)
    // or under a post's headline, above a sentence with a source of its own, is no such list.
    let line_at = |j: usize| &text[lines[j].start..lines[j].end];
    let sourced: Vec<bool> = (0..lines.len())
        .map(|i| {
            i > 0
                && lines[i].blanks_before == 0
                && kinds[i] == Kind::Credit(Credit::Source)
                && (line_at(i).starts_with("来源：") || line_at(i).starts_with("来源:"))
                && matches!(kinds[i - 1], Kind::Text { .. })
        })
        .collect();
    let flash = |a: usize, b: usize| {
        ends_sentence(line_at(a - 1)) == ends_sentence(line_at(b - 1))
            && match b - a {
                2 => matches!(kinds[a + 1], Kind::Text { .. }),
                3 => {
                    matches!((kinds[a + 1], kinds[a + 2]), (Kind::Text { .. }, Kind::Text { .. }))
                        && looks_like_headline(line_at(a + 1))
                        && ends_sentence(line_at(a + 2))
                }
                _ => false,
            }
    };
    let mut ends_item = vec![false; lines.len()];
    let mut last_source: Option<usize> = None;
    for k in (0..lines.len()).filter(|&k| sourced[k]) {
        if let Some(i) = last_source.filter(|&i| flash(i, k)) {
            ends_item[i] = true;
            ends_item[k] = true;
        }
        last_source = Some(k);
    }
    let mut blocks: Vec<Block> = Vec::new();
    let mut stories: Vec<StorySpan> = Vec::new();
    // Line ranges of the current story, to set its span.
    let mut story_first_line: Option<usize> = None;
    let mut story_last_line = 0;
    let mut prev_closed = true; // the previous line ended a story (credit, closing dateline)
                                // The previous line ended in a photo credit glued to its caption, which does not end a
                                // story by itself: a headline after it still opens the next item of a photo column.
    let mut prev_soft_credit = false;
    // The previous line was a post's staff line after its text (`编辑丨张三`): a headline on
    // its own after it opens the next post.
    let mut prev_staff_line = false;
    // What the current story holds so far, kept as we go so the pass stays linear.
    let mut story_has_body = false;
    // Body blocks glued to a photo credit, in order.
    let mut photo_glued: Vec<usize> = Vec::new();
    // The current story holds only credits so far (`来源 | 新华社` above its headline).
    let mut story_only_credits = true;
    // A column header with nothing but chrome under it so far (`资讯` / `打开App`): the
    // story under that header has not begun.
    let mut header_then_credits = false;
    let mut story_headlines = 0;
    // The story's last line that was not a mark is a headline: a time stamp below it and its
    // credits (`编辑丨张三` / `2025年08月15日 10:05`) is when the page ran the story.
    let mut under_headline = false;
    // The story is a page's links under `相关阅读`: its lines are other stories' headlines.
    let mut under_related = false;
    let mut story_title: Option<usize> = None;
    let mut i = 0;
    // A table's note and source right under it (`注：1.价格为含税价；…` / `数据来源：硅业分会，InfoLink`)
    // tell how to read its cells, not the news.
    let under_table = |i: usize| {
        let at = |j: usize| &text[lines[j].start..lines[j].end];
        fn labelled(s: &str) -> Option<&str> {
            ["注：", "注:", "备注："].iter().find_map(|k| s.strip_prefix(k)).map(str::trim_start)
        }
        let note = |s: &str| {
            // A note that reasons (`注：当且仅当ab ≥ 0时，右边等号成立；…`) is text; a numbered one
            // (`注：1. 地区生产总值…按可比价格计算。`) is the table's, like its items below.
            chars(s) <= 120
                && (labelled(s).is_some_and(|r| !s.contains(['，', ',']) || opens_numbered(r))
                    || ["数据来源：", "资料来源：", "来源："].iter().any(|k| s.starts_with(k)))
        };
        let mut j = i;
        if !note(at(j)) {
            // `2. 固定资产投资统计范围为…项目。` under `注：1. …`.
            while j > 0 && lines[j].blanks_before == 0 && opens_numbered(at(j)) && chars(at(j)) <= 120 {
                j -= 1;
            }
            if j == i || !labelled(at(j)).is_some_and(opens_numbered) {
                return false;
            }
        }
        // Right under the table, or one blank line below it.
        while j > 0 && note(at(j)) {
            if lines[j].blanks_before <= 1 && is_table_row(at(j - 1)) {
                return true;
            }
            if lines[j].blanks_before != 0 {
                return false;
            }
            j -= 1;
        }
        false
    };
    let close_story = |stories: &mut Vec<StorySpan>, first: Option<usize>, last: usize, title: Option<usize>| {
        if let Some(f) = first {
            stories.push(StorySpan { start: lines[f].start, end: lines[last].end, title });
        }
    };
    while i < lines.len() {
        let line = &lines[i];
        let s = &text[line.start..line.end];
        let kind = kinds[i];
        let next_kind = kinds.get(i + 1).copied();
        let next_gap = lines.get(i + 1).map_or(usize::MAX, |l| l.blanks_before);
        let next_is_dated = matches!(next_kind, Some(Kind::Dateline) | Some(Kind::Byline) | Some(Kind::Text { dated: true, .. }));
        // A headline-shaped line set off above and right over its dateline: asked once, used
        // both for where a story starts and for the line's role.
        // A page copied without blank lines sets it off by its chrome (`經濟 > 地產` / headline / `【香江財經】…`).
        let set_off = line.blanks_before >= 1 || i == 0 || matches!(kinds[i - 1], Kind::Credit(_));
        let heads_dateline = over_dateline(s, set_off, next_gap, next_is_dated) || is_flash(s) && next_is_dated && next_gap <= 1;
        let prev_role = blocks.last().filter(|b| b.story == stories.len()).map(|b| b.role);
        let after_headline = matches!(prev_role, Some(Role::Headline { .. }));
        // A `——解读…` subtitle below: this line is the headline it belongs to.
        let next_subtitle = next_gap < 2
            && matches!(next_kind, Some(Kind::Text { lead: 0, .. }))
            && lines.get(i + 1).is_some_and(|l| text[l.start..l.end].starts_with("——") && looks_like_headline(&text[l.start..l.end]));

        // Does a new story start at this line?
        let mut new_story = story_first_line.is_none() || prev_closed || line.blanks_before >= 2 || kind == Kind::Header;
        let closing_dateline = kind == Kind::Dateline && story_has_body && (next_gap >= 2 || i + 1 == lines.len());
        if !new_story && !after_headline {
            // A dateline opens a story (headlines right before it already did),
            // unless it stands after the body and closes it.
            // A story that has no body yet (a headline, a byline) is the one it opens.
            new_story = matches!(kind, Kind::Dateline | Kind::Text { dated: true, .. }) && story_has_body && !closing_dateline;
            // A headline right before a dated line opens the story it heads, and so does
            // one standing on its own right after a photo credit (a photo column).
            // After a staff line, a headline with its own staff line right below
            // (`快讯｜…` / `编辑：王琳`, item after item) opens the next item too.
            let next_credited = next_gap == 0 && matches!(next_kind, Some(Kind::Credit(_)));
            // A headline right over its dateline may ask or list (`谁在买进阿里巴巴？`,
            // `万达冲刺将打好王健林、投行、散客三张牌`): the dateline says the text starts below.
            new_story |= matches!(kind, Kind::Text { lead: 0, tail: 0, .. }) && heads_dateline;
            // Post after post, each opens on its `【headline】`; item after item, each on its
            // `【视频】headline`.
            new_story |= post_title[i] > 0 && (line.blanks_before >= 1 || post_title[i] == 2) && story_has_body;
            new_story |= is_media_item(s) && line.blanks_before >= 1 && story_has_body && matches!(kind, Kind::Text { lead: 0, tail: 0, .. });
            new_story |= matches!(kind, Kind::Text { lead: 0, tail: 0, .. })
                && looks_like_headline(s)
                && !is_timestamp_line(s)
                && (next_is_dated && next_gap < 2
                    || next_subtitle && story_has_body
                    || prev_soft_credit && next_gap >= 1
                    || prev_staff_line && line.blanks_before >= 1 && (next_gap >= 1 || next_credited));
        }
        new_story |= labelled_item[i] && story_has_body && !matches!(prev_role, Some(Role::Header));
        // A list page's next item: its headline right over its date or meta line
        // (`学校召开…工作会议` / `发布时间：2025-04-20 浏览次数：863`).
        // A source alone (`来源：国家税务总局`) may head each section of one post.
        let dated_below = || {
            lines.get(i + 1).is_some_and(|l| {
                let n = &text[l.start..l.end];
                is_timestamp_line(n) || is_meta_line(n) && n.contains(|c: char| c.is_ascii_digit())
            })
        };
        new_story |= next_gap == 0
            && story_has_body
            && line.blanks_before >= 1
            && matches!(kind, Kind::Text { lead: 0, tail: 0, .. })
            && headline_shape(s)
            && !s.contains(['，', ','])
            && !ends_sentence(s)
            && dated_below();
        // Under a list of links, a headline over its dateline heads the story that follows.
        let related_head = under_related && next_is_dated && next_gap < 2 && matches!(kind, Kind::Text { lead: 0, tail: 0, .. }) && looks_like_headline(s);
        new_story |= related_head;
        if matches!(prev_role, Some(Role::Header)) {
            new_story = false; // a column header leads into the story under it
        }
        // Marks in a row (`《人民日报》（…01 版）`, then `本版责编：…`) end one story.
        let after_end = prev_closed && matches!(kind, Kind::Credit(_)) && story_first_line.is_some() && line.blanks_before < 2;
        if after_end {
            new_story = false;
        }
        // A story of nothing but credits so far (`本版责编：…` atop a page) is no story: the
        // next one takes them in.
        if story_only_credits {
            new_story = false;
        }
        // A signature signs the story above it, however far below it stands.
        if signed[i] {
            new_story = false;
        }
        if new_story && story_first_line.is_some() {
            close_story(&mut stories, story_first_line, story_last_line, story_title.take());
            story_first_line = None;
            story_has_body = false;
            story_only_credits = true;
            story_headlines = 0;
            under_headline = false;
            under_related = false;
        }
        if story_first_line.is_none() {
            story_first_line = Some(i);
        }
        story_last_line = i;
        let story = stories.len();
        let at_story_start = story_first_line == Some(i) || header_then_credits || story_only_credits;
        prev_closed = false;
        prev_soft_credit = false;
        prev_staff_line = false;

        let role = match kind {
            Kind::Header => {
                under_related = is_related_label(s);
                Role::Header
            }
            Kind::Credit(credit) => {
                // A photo credit with text right under it stands inside an article. Credits with
                // nothing before them (`本版责编：…` atop a page) or only the headline
                // (`责编：王芳` under a post's headline) end nothing.
                let staff = EDITOR_LABELS.iter().any(|l| s.starts_with(l));
                // Nor does a rule that boxes a headline in (`════` / `（一）…` / `════` / text).
                let nothing_to_end = story_only_credits || !story_has_body && (story_headlines == 1 && staff || is_rule(s));
                prev_closed =
                    (after_end || credit == Credit::End || credit == Credit::Photo && next_gap > 0) && !nothing_to_end || ends_item[i] && !story_only_credits;
                // An editor's line, not an image or author credit (`图/网络`, `文丨张三`),
                // which may stand inside an article.
                prev_staff_line = story_has_body && EDITOR_LABELS.iter().any(|l| s.starts_with(l)) && is_staff_line(s)
                    // `编辑：陈晨` under a video post's only headline: a headline on its own below
                    // opens the next post, though the credit ended nothing.
                    || nothing_to_end && !story_only_credits && credit == Credit::End;
                Role::Credit
            }
            Kind::Byline => Role::Byline,
            Kind::Question => Role::Question,
            Kind::Dateline => {
                prev_closed = closing_dateline && !new_story;
                Role::Dateline
            }
            Kind::Text { lead, tail, credit, .. } => {
                let sub = s.starts_with("——") || s.starts_with("──") || s.starts_with("--");
                // A line with a colon that runs on into the next line is a sentence:
                // `中国人民银行决定：自2025年9月5日起` / `下调存款准备金率0.5个百分点。`
                let runs_on = next_gap == 0
                    && matches!(next_kind, Some(Kind::Text { dated: false, .. }))
                    && !lines.get(i + 1).is_some_and(|l| is_timestamp_line(&text[l.start..l.end]));
                // A speaker's headline opens its story: `停水时间：8月16日` under a headline, and
                // `主持人：…` / `记者：…` in turn, are text. A byline or a source below (`记者：王磊、李阳`,
                // `来源：国家统计局`) names who wrote it: no turn of a transcript.
                let next_colon = !matches!(next_kind, Some(Kind::Byline | Kind::Credit(_)))
                    && lines.get(i + 1).is_some_and(|l| speaker_colon(&text[l.start..l.end]).is_some());
                let colon_ok = speaker_colon(s).is_none() || !runs_on && !next_colon && (at_story_start || next_is_dated);
                // A post's headline may say more (`重磅！这些新规9月起施行，事关你我`): at the top,
                // with no full stop, above its source, staff or byline lines.
                // Not a caption or a lead without its full stop (`9月1日，北京市民在…晨练` above
                // `图片来源：视觉中国`, `近日，记者走访了…` above `本文来源：…`).
                let staff_below = || {
                    lines.get(i + 1).is_some_and(|l| {
                        let n = &text[l.start..l.end];
                        STAFF_LABELS.iter().any(|k| n.starts_with(k)) && !n.starts_with(['图']) && !n.starts_with("摄影")
                            || matches!(next_kind, Some(Kind::Byline))
                            || is_timestamp_line(n) // `2025-09-09 15:32 来源：证券时报网`: when the page ran it
                            // `发布时间：2026-02-05 16:20　浏览次数：3562　来源：门诊部`, `作者：政教处　发布时间：…`.
                            || is_meta_line(n) && n.contains(|c: char| c.is_ascii_digit())
                            // `时间：2025年12月10日 15:00` over an interview's transcript.
                            || is_labelled_stamp(n)
                            // A paper's authors with their affiliation marks (`李晨阳1，王雅婷1，赵国庆2*`).
                            || is_paper_front_matter(n)
                            // `湖南省长沙市中级人民法院　2025年11月25日`: who issued it, when; not under a
                            // notice's text without its full stop (`经研究决定，…正常上班`).
                            || is_signature(n) && !s.contains(['，', ','])
                            // A post's stamp, or its account over it (`大河报·豫视频` / `2025-11-25 18:36·…官方账号`).
                            || is_posted_stamp(n)
                            || lines.get(i + 2).is_some_and(|l2| l2.blanks_before == 0 && is_posted_stamp(&text[l2.start..l2.end]))
                            // A blog post's filing and tags over its meta line (`文章分类：… 标签：…` / `作者：小鱼　发表时间：…`).
                            || is_page_boilerplate(n)
                                && lines.get(i + 2).is_some_and(|l2| {
                                    let n2 = &text[l2.start..l2.end];
                                    l2.blanks_before == 0 && is_meta_line(n2) && n2.contains(|c: char| c.is_ascii_digit())
                                })
                    })
                };
                let time_led =
                    || s.split_once(['，', ',']).is_some_and(|(first, _)| chars(first) <= 8 && first.ends_with(['日', '晚', '前', '天', '时', '晨', '午']));
                // Cheap tests first: this runs for every text line.
                // Under a site's name and its chrome, a page's headline over its meta line still
                // heads it: nothing of the story is text yet.
                let credited = (at_story_start || !story_has_body)
                    && next_gap < 2
                    // A bare time stamp below (`2025-11-25`) is a text line to `classify`.
                    && (matches!(next_kind, Some(Kind::Credit(Credit::Source) | Kind::Byline))
                        || lines.get(i + 1).is_some_and(|l| is_timestamp_line(&text[l.start..l.end])))
                    // A blog's title may run longer in its parts: `[台中西区] 巷弄里的…面食馆「禾日面所」｜手工刀削面…｜近勤美诚品`.
                    && (2..=if s.contains(['｜', '|']) { 48 } else { 40 }).contains(&(chars(s) - s.chars().filter(char::is_ascii).count() / 2))
                    && s.chars().any(is_han)
                    // It may ask: `【访谈实录】石峁遗址新发现：…藏着哪些秘密？`.
                    && (!ends_sentence(s) || s.trim_end_matches(CLOSERS).ends_with(['？', '?']) && !s.contains('。')
                        // Or it closes on its number: `关于…森林火灾扑救进展情况的通报（第3号）`.
                        || looks_like_headline(s))
                    && staff_below()
                    && !time_led();
                // A Markdown heading (`## 一、高速公路免费通行`) says it is one.
                let marked = md_heading(s).is_some() && !s.contains('。');
                // A headline's English translation right under it (`China announces visa-free
                // policy`): part of the headline, not a line of the text below.
                let translated = after_headline && is_latin_title(s);
                // A subhead inside a story: a short headline-like line set off by one blank line
                // on each side, after a finished sentence (or a byline) and over a paragraph at
                // least twice its length. Not a line of a double-spaced PDF, which is as long as
                // the next and does not follow a finished sentence with so short a line.
                let prev_done = || {
                    i > 0
                        && match kinds[i - 1] {
                            Kind::Text { .. } => ends_sentence(&text[lines[i - 1].start..lines[i - 1].end]),
                            Kind::Dateline | Kind::Byline => true,
                            _ => false,
                        }
                };
                let subhead = || {
                    let n = chars(s);
                    let prev_done = prev_done();
                    n <= 20
                        && line.blanks_before == 1
                        && next_gap == 1
                        && prev_done
                        && matches!(next_kind, Some(Kind::Text { lead: 0, .. }))
                        && lines.get(i + 1).is_some_and(|l| chars(&text[l.start..l.end]) >= 2 * n)
                        && !joins_word(text, lines, i, forms_word)
                };
                // The paste's first line, a blank line over the text, may head it though it asks
                // or exclaims (`网传“高速收费上调”？不实！`); or a post's headline under its column's
                // label (`健康提示｜…，…请收好`), right over the text, though it has a comma.
                let top = || {
                    // The column may be a programme's name and number: `《周末慢聊》第86期｜…`.
                    // Or a column in brackets: `【街坊老店】加租三成 經營42年涼茶舖月底結業`.
                    let column = s.strip_prefix('【').and_then(|r| r.split_once('】'));
                    let bar = s.split_once(['｜', '|']).or(column).is_some_and(|(label, rest)| {
                        let programme = (4..=14).contains(&chars(label))
                            && label.starts_with('《')
                            && label.chars().all(|c| is_han(c) || c.is_ascii_digit() || "《》".contains(c));
                        ((2..=6).contains(&chars(label)) && label.chars().all(is_han) || programme) && chars(rest) >= 6 && !rest.contains(['。', '；'])
                    });
                    (next_gap >= 1 && is_loud_headline(s) || bar && chars(s) <= 40) && lines.len() >= i + 3 && blocks.iter().all(|b| b.role == Role::Credit)
                };
                // A line that ends on a function char or a verb of telling runs on into the next:
                // `…的`, `记者从市住建局获悉`.
                let learns = || LEARNING_VERBS.iter().any(|v| s.trim_end_matches(CLOSERS).ends_with(v));
                let open_end = || {
                    let core = s.trim_end_matches(CLOSERS);
                    core.ends_with(|c: char| "的了在和与及或是对把被将从向给让为以于并而但且就都也还又".contains(c))
                        || learns()
                        || ["表示", "指出", "介绍", "透露", "认为", "强调", "称", "说"].iter().any(|v| core.ends_with(v))
                };
                // A section's label right over its paragraph, after a blank line and a finished
                // sentence (`成绩复核` / `考生如对成绩有异议，…。`): four chars or more, so not a connective
                // (`据悉`, `事实上`) nor a speaker's name over a quote. A PDF's
                // wrapped line runs on in mid-clause instead (`试点已逐步扩展` / `至东南亚…`).
                let tight_subhead = || {
                    // A bullet and its space are no part of the headline's length (`■ 青白江区新增一所公办
                    // 养老机构 提供床位300张`).
                    let n = chars(&s[item_mark_len(s)..]);
                    // A longer one is a headline when the paragraph's first line is twice as
                    // wide: a PDF's lines are as wide as each other.
                    let wide_below = || lines.get(i + 1).is_some_and(|l| chars(&text[l.start..l.end]) >= 2 * n);
                    ((4..=8).contains(&n) && s.chars().all(is_han) || (9..=24).contains(&n) && looks_like_headline(s) && wide_below())
                        && !s.starts_with(['我', '你', '他', '她'])
                        && s != "与此同时"
                        && line.blanks_before == 1
                        && next_gap == 0
                        && prev_done()
                        && matches!(next_kind, Some(Kind::Text { lead: 0, .. }))
                        && lines.get(i + 1).is_some_and(|l| chars(&text[l.start..l.end]) >= 12 && text[l.start..l.end].contains(['。', '；']))
                        && !open_end()
                        // Not on a particle; a count and its unit may end it (`提供床位300张`).
                        && (!classes(s).ends_with('u') || s.rfind(|c: char| c.is_ascii_digit()).is_some_and(|at| chars(&s[at + 1..]) <= 1))
                        && !joins_word(text, lines, i, forms_word)
                };
                // Atop its story over a paragraph much longer than itself that ends its sentence: a
                // headline, though it asks, quotes or has a comma (`专家：高温天气老人要注意防暑` /
                // `连日来，…。`). A hard-wrapped first line is as wide as the next. Without a comma,
                // the paragraph's first line may end on a column break past a sentence of its own
                // (`…306家机构背负的资本裂纹` / `…。…306个基`); with one, that is most often a
                // paste that starts mid-paragraph (`近日，记者从…获悉` / `今年…。…加装电梯、`).
                // A comma line atop the paste that neither tells nor opens on a time
                // (`9月9日，A股三大指数集体` and `今年以来，…` are sentences a column break cut).
                let tells = || {
                    // Chrome above, a column's or an account's name among it, is no text yet.
                    !blocks.iter().all(|b| matches!(b.role, Role::Credit | Role::Header))
                        || s.split(['，', ',']).any(|clause| SAYING.iter().chain(LEARNING_VERBS).any(|v| clause.ends_with(v)))
                        || s.split_once(['，', ',']).is_some_and(|(first, _)| {
                            chars(first) <= 8
                                && first.ends_with(['日', '晚', '前', '天', '时', '晨', '午', '来', '年', '月', '期', '间', '后', '底', '初', '末'])
                        })
                };
                let atop_paragraph = || {
                    // With a comma in it, only right over the paragraph: a column break leaves
                    // `习近平总书记指出，依法治` over a blank line and `疆是…。`. An enumeration comma
                    // is a headline's as often (`华为、小米三季度手机出货量双双增长`).
                    // A comma line that tells nothing (`A股三大指数集体收涨，沪指重回3800点`) is a
                    // headline over a blank line too.
                    (next_gap == 0 || next_gap == 1 && (!s.contains(['，', ',']) || !tells()))
                        && matches!(next_kind, Some(Kind::Text { lead: 0, dated: false, .. }))
                        && !open_end()
                        && lines.get(i + 1).is_some_and(|l| {
                            let next = &text[l.start..l.end];
                            2 * chars(next) >= 3 * chars(s) && (ends_sentence(next) || !s.contains(['，', ',']) && next.contains(['。', '！', '？']))
                        })
                        && !joins_word(text, lines, i, forms_word)
                };
                // Not a transcript's first turn (`记者：…` over `发言人：…`).
                // A headline with a colon and a comma need not end its sentence (`光伏行业周报：组件价格企稳，
                // 装机需求超预期` over `核心观点：…。`); a transcript's turn does, or is one clause.
                let turn = speaker_colon(s).is_some() && next_colon && (ends_sentence(s) || s.contains('。') || !s.contains(['，', ',']));
                // A paragraph that opens by repeating the line above it (`剖析：…的9条干货` /
                // `剖析：…的9条干货：2013，…`) has that line for its headline.
                let repeated_below = || {
                    next_gap <= 1
                        && !open_end()
                        && matches!(next_kind, Some(Kind::Text { lead: 0, .. }))
                        && lines.get(i + 1).is_some_and(|l| {
                            let next = &text[l.start..l.end];
                            next.len() > s.len() && next.starts_with(s)
                        })
                };
                // A line ending on a verb whose object is what follows (`记者从市住建局获悉` right
                // over `今年以来，…。`) is the opening of that sentence, never a headline.
                let reports_on = || next_gap == 0 && learns();
                let placed = heads_dateline
                    || at_story_start
                        && headline_shape(s)
                        && (next_is_dated && next_gap == 1 || next_subtitle || !turn && atop_paragraph() || repeated_below());
                // A speaker's or an item's label in `【】` on its own line, over text (`【主持人 广东省政府
                // 新闻办副主任 陈彤】`): it names who speaks, as a transcript's turn does.
                let bracket_label = s.starts_with('【')
                    && s.ends_with('】')
                    && s.matches('【').count() == 1
                    && chars(s) <= 32
                    && !s.contains(['。', '，', '！', '？'])
                    && (matches!(next_kind, Some(Kind::Text { .. })) || lines.get(i + 1).is_some_and(|l| is_rule(&text[l.start..l.end])));
                // A page's running header right under the last page's number, the text above it
                // finished, set off from the text below (`- 4 -` / `中国人民银行货币政策分析小组`).
                let page_head = || {
                    i >= 2
                        && is_page_number(&text[lines[i - 1].start..lines[i - 1].end])
                        && ends_sentence(&text[lines[i - 2].start..lines[i - 2].end])
                        && next_gap >= 1
                        && chars(s) <= 30
                        && !ends_sentence(s)
                        && !s.contains(['，', ','])
                };
                // A headline in two lines, the first closing on its colon (`“95后”女孩扎根大凉山支教七年：`
                // / `我想让孩子们看到山外面的世界`), set off from the text: not a lead-in (`…通知如下：`).
                let two_lines = || {
                    let core = s.trim_end_matches('：');
                    at_story_start
                        && s.ends_with('：')
                        && (6..=30).contains(&chars(s))
                        && !core.contains(['，', '。', '；', '：', ','])
                        && !SAYING.iter().chain(LEARNING_VERBS).chain(&["如下", "以下", "通知", "公告", "内容"]).any(|v| core.ends_with(v))
                        && next_gap == 0
                        && matches!(next_kind, Some(Kind::Text { lead: 0, tail: 0, .. }))
                        && lines.get(i + 1).is_some_and(|l| {
                            let next = &text[l.start..l.end];
                            looks_like_headline(next) && chars(next) <= 30
                        })
                        && lines.get(i + 2).is_none_or(|l| l.blanks_before >= 1)
                };
                // A numbered part's head with its full stop, as official documents set it
                // (`（一）开齐开足上好体育课。` over its text): short, over a longer line that is no
                // item of its own (`1、会议听取了…。` / `2、会议审议…。` are items).
                let stopped_head = || {
                    s.strip_suffix('。').is_some_and(|head| chars(head) <= 20 && is_numbered_head(head) && !head.contains(['，', '；', '：']))
                        // Not the last of a list's items (`2.公交免费乘坐。` / `3.博物馆延长开放时间。`),
                        // nor of a table's notes.
                        && !(i > 0 && line.blanks_before == 0 && opens_numbered(&text[lines[i - 1].start..lines[i - 1].end]))
                        && !under_table(i)
                        && next_gap <= 1
                        && matches!(next_kind, Some(Kind::Text { lead: 0, .. }))
                        && lines.get(i + 1).is_some_and(|l| {
                            let next = &text[l.start..l.end];
                            chars(next) > chars(s) && !opens_numbered(next)
                        })
                };
                let headline = lead == 0
                    && tail == 0
                    && (marked
                        || translated
                        || top()
                        || placed
                        || post_title[i] > 0
                        || is_media_item(s) && matches!(next_kind, Some(Kind::Text { .. } | Kind::Dateline))
                        || bracket_label
                        || item_heads[i]
                        || repeated[i]
                        || page_head()
                        || two_lines()
                        || stopped_head()
                        || is_dated_link(s))
                    || lead == 0
                        && tail == 0
                        && (looks_like_headline(s) || credited)
                        && colon_ok
                        && !reports_on()
                        && (sub
                            || after_headline
                            || credited
                            || at_story_start && !joins_word(text, lines, i, forms_word)
                            || next_is_dated
                            || next_subtitle
                            || is_section_head(s)
                            || subhead()
                            || tight_subhead());
                if is_salutation(s) && matches!(next_kind, Some(Kind::Text { .. })) {
                    Role::Salutation
                } else if (under_headline || s.split_once(':').is_some_and(|(_, clock)| !clock.contains('-'))) && tail == 0 && is_timestamp_line(s) {
                    // `2025/08/08 16:05` under the headline, or a date with its clock anywhere:
                    // when the page ran it. Not a time span (`2025年12月20日 08:30-11:30`).
                    Role::Credit
                } else if headline {
                    Role::Headline { sub: sub || after_headline && !related_head || !at_story_start }
                } else if under_related
                    && !story_has_body
                    && lead == 0
                    && tail == 0
                    && chars(s) <= 40
                    // A bulleted link may end on a note: `· 发热门诊名单（11月24日更新）`.
                    && (!ends_sentence(s) || is_loud_headline(s) || s.starts_with(|c: char| "·•".contains(c) || BULLETS.contains(c)))
                    && !s.contains('。')
                {
                    Role::Headline { sub: true } // a link's headline, under the links' label
                } else if lead == 0 && tail == 0 && is_table_row(s) {
                    // Cells, not a sentence: context like a sub-headline, never summary text.
                    Role::Headline { sub: true }
                } else if lead == 0 && tail == 0 && under_table(i) {
                    // How the table was made: not even a paste of tables is summed up by its notes.
                    Role::Credit
                } else {
                    // Body: join following lines while this one does not end a sentence.
                    let start = line.start + lead;
                    let mut end = line.end - tail;
                    let mut last = i;
                    let mut cur_tail = tail;
                    let mut cur_credit = credit;
                    // Only the last joined line can change whether the block ends a sentence
                    // (closers after a non-end do not), so test that line: a long run of
                    // joined lines stays linear.
                    let mut last_start = start;
                    // A post's line that closes on emoji (`…出现了“免费领鸡蛋”的活动👇👇`) ends there too.
                    while cur_tail == 0 && !ends_sentence(&text[last_start..end]) && !text[last_start..end].ends_with(is_emoji) {
                        let Some(next) = lines.get(last + 1) else { break };
                        let ns = &text[next.start..next.end];
                        // Between two items; between a list's opening line and its first item; and
                        // after a bare last item (no clause in it) before a sentence with a clause of
                        // its own. A short labelled line with a clause (`内容：听取…，研究部署` /
                        // `下一阶段重点任务。`) or before a bare phrase (`…违约金` / `共计12.6万元。`)
                        // is a wrapped line.
                        let bare_item = labelled[last] && !text[lines[last].start..lines[last].end].contains(['，', '；', ',', ';']);
                        let sentence_next =
                            ends_sentence(ns) && ns.starts_with(is_han) && !form[last + 1] && bare_item && own_clause(ns, next.blanks_before, classes);
                        let item_break = (listed[last] && (items(last, last + 1) || sentence_next) || !form[last] && listed[last + 1])
                            && !joins_word(text, lines, last, forms_word);
                        // A table's row (`北京\t99.8\t96.2`) is whole: no row runs into the next
                        // line, nor a line into it.
                        let row = is_table_row(&text[lines[last].start..lines[last].end]) || is_table_row(ns);
                        // A short line over a much longer one is a headline over its deck
                        // (`岚江夏粮收获进度过七成` / `机收率超过九成七，日烘干能力较去年提升约两成`):
                        // a wrapped line fills the width its next one has.
                        let over_deck = {
                            let line = &text[lines[last].start..lines[last].end];
                            let (w, n) = (chars(line.trim()), chars(ns.trim()));
                            last == i && lead == 0 && next.blanks_before == 0 && w <= 20 && w + (n / 4).max(6) < n && !line.contains(['，', '、', '；', '：', ',', ';', ':'])
                                // Not a term over its definition (`充电柜　charging cabinet` / `由柜体…组成`).
                                && !line.contains(|c: char| c.is_ascii_alphabetic())
                                // A deck is no sentence either, and the two stand apart: a column's cut
                                // (`统计师表示夏粮` / `丰收为稳定经济大盘提供了支撑。`) runs on into a sentence.
                                && !line.contains(['。', '！', '？'])
                                && !ns.contains(['。', '！', '？', '!', '?'])
                                && (i == 0 || lines[i].blanks_before >= 1)
                                && lines.get(last + 2).is_none_or(|l| l.blanks_before >= 1)
                        };
                        // Words alone on their lines are a page's tags or links (`心理学` / `职场`):
                        // no text wraps that narrow.
                        let (a, b) = (chars(text[lines[last].start..lines[last].end].trim()), chars(ns.trim()));
                        let words_alone = a.min(b) <= 6 && a.max(b) <= 12 && !ends_sentence(ns) && !joins_word(text, lines, last, forms_word);
                        // In a paste not wrapped at a width, a short line with no end over a whole
                        // paragraph heads it (`赛事简介` / `2024临川半程马拉松将于…。`, `1 引言` / `城市化进程中…。`).
                        let numbered = {
                            let line = text[lines[last].start..lines[last].end].trim();
                            line.split_once(' ').is_some_and(|(n, head)| {
                                (1..=5).contains(&n.len())
                                    && n.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                                    && (2..=8).contains(&chars(head))
                                    && head.chars().all(is_han)
                            })
                        };
                        // Not a connective the sentence goes on from (`据悉` / `本次活动将…`).
                        let connective = text[lines[last].start..lines[last].end].trim().starts_with(|c: char| crate::tokens::PHRASE_OPENERS.contains(c));
                        let over_paragraph = last == i
                            && next.blanks_before == 0
                            && (4..=16).contains(&a)
                            && !connective
                            && (numbered && b > a || !wrapped_paste && b >= 2 * a + 8 && ends_sentence(ns))
                            && !text[lines[last].start..lines[last].end].contains(['。', '，', '；', ',', '、'])
                            && !joins_word(text, lines, last, forms_word);
                        // In a page's copy (not wrapped at a width), a line of nouns only, much narrower
                        // than the next one, is no wrapped line (a wrapped line fills the width its next
                        // one has): it is a label, a title or a name over what follows (`P1` / `森林里住着
                        // 一只小刺猬…。`, `湖北` / `根据《…条例》…，决定…招聘…。`). A clause cut at
                        // a column's end has a verb or a function word (`统计师表示夏粮`, `各区要于`).
                        let narrow_over_wide = !wrapped_paste
                            && next.blanks_before == 0
                            && a + (b / 4).max(6) < b
                            && !joins_word(text, lines, last, forms_word)
                            && classes(text[lines[last].start..lines[last].end].trim()).chars().all(|c| c == 'n' || c == 'a');
                        let joinable = matches!(kinds[last + 1], Kind::Text { lead: 0, .. })
                            // A letter's salutation opens it: `…用车：33座空调旅游大巴` / `尊敬的游客：`.
                            && !is_salutation(ns.trim())
                            && !over_deck
                            && !over_paragraph
                            && !narrow_over_wide
                            && !words_alone
                            && (next.blanks_before == 0
                                || next.blanks_before == 1
                                    // A Markdown list's last item ends at the blank line below it.
                                    && !["- ", "* ", "+ "].iter().any(|b| text[lines[last].start..lines[last].end].starts_with(b))
                                    // So does a run's last field (`机身：…防尘防水` / `价格方面，…`).
                                    && !listed[last]
                                    // And a figure's field (`沪深两市成交额：11,236亿元` / `板块方面，…`).
                                    && (wrapped_paste || !form_field(text[lines[last].start..lines[last].end].trim()).is_some_and(|(_, v)| v.contains(|c: char| c.is_ascii_digit())))
                                    && (wraps_across_blank(&text[lines[last].start..lines[last].end], ns, wrapped_paste) || joins_word(text, lines, last, forms_word)))
                            && !row
                            // Asked of the segmenter only where the lines' shapes part them.
                            && (!parts_units(&text[lines[last].start..lines[last].end], ns, wrapped_paste) || joins_word(text, lines, last, forms_word))
                            // A museum piece's caption without its full stop is whole.
                            && !is_collection_caption(&text[lines[last].start..lines[last].end])
                            && md_heading(ns).is_none()
                            && !is_bullet(ns)
                            && !item_break
                            && !ns.starts_with("——")
                            && !is_section_head(ns)
                            // A live blog's entries, each opening on its time (`14:30 …` / `15:10 …`).
                            && !(opens_on_clock(ns) && opens_on_clock(&text[lines[last].start..lines[last].end]))
                            && !repeated[last + 1]
                            && !(indents_paragraphs && indented[last + 1]);
                        if !joinable {
                            break;
                        }
                        let Kind::Text { tail: t, credit: c, .. } = kinds[last + 1] else { break };
                        last += 1;
                        last_start = next.start;
                        end = next.end - t;
                        cur_tail = t;
                        cur_credit = c;
                    }
                    blocks.push(Block { start, end, role: Role::Body, story });
                    // An agency's end mark that names the photographer (`…留念。新华社发（王晓军 摄）`)
                    // also says the sentence before it is a caption.
                    let shot = || cur_credit == Some(Credit::End) && text[end..lines[last].end].trim_end_matches(['）', ')']).ends_with('摄');
                    let caption = cur_credit == Some(Credit::Photo) || shot();
                    if caption {
                        photo_glued.push(blocks.len() - 1);
                    }
                    // A photo's caption atop the story (`…与队友庆祝。记者 黎少峰 摄` / `本报讯（记者…）19日晚，…`)
                    // is no body of its own: the dateline below still leads the same story.
                    story_has_body |= !caption || story_title.is_none();
                    story_only_credits = false;
                    header_then_credits = false;
                    under_headline = false;
                    // `（原题为《…》）` names the story's headline: it is one, for the story's title.
                    if let Some(r) = original_title(&text[end..lines[last].end]) {
                        if story_title.is_none() {
                            story_title = Some(blocks.len());
                        }
                        blocks.push(Block { start: end + r.start, end: end + r.end, role: Role::Headline { sub: true }, story });
                    }
                    // A glued end mark, `…参照执行。（完）`, closes the story.
                    prev_closed = cur_credit == Some(Credit::End);
                    prev_soft_credit = cur_credit == Some(Credit::Photo);
                    story_last_line = last;
                    i = last + 1;
                    continue;
                }
            }
        };
        if role == (Role::Headline { sub: false }) && story_title.is_none() {
            story_title = Some(blocks.len());
        }
        // A filing or a notice names its issuer over what it is: `海川科技股份有限公司` /
        // `关于控股股东部分股份质押的公告`. What it is, is the title.
        if matches!(role, Role::Headline { sub: true }) && after_headline && s.starts_with("关于") && DOCUMENT_KINDS.iter().any(|k| s.ends_with(k)) {
            if let Some(t) = story_title.filter(|&t| t + 1 == blocks.len()) {
                let issuer = &text[blocks[t].start..blocks[t].end];
                // A name, not a headline that ends on one (`市民点赞消防救援队`, `…违规问题被查处`).
                if ISSUER_ENDINGS.iter().any(|k| issuer.ends_with(k))
                    && (issuer.ends_with("公司") || issuer.ends_with("集团") || !classes(issuer).contains('v'))
                {
                    story_title = Some(blocks.len());
                }
            }
        }
        story_only_credits &= role == Role::Credit;
        header_then_credits = role == Role::Header || header_then_credits && role == Role::Credit;
        story_headlines += usize::from(matches!(role, Role::Headline { .. }));
        if !matches!(role, Role::Credit | Role::Byline | Role::Dateline) {
            under_headline = matches!(role, Role::Headline { .. });
        }
        // A Markdown heading's `#` marks are no part of its text (nor of the story's title).
        let start = if matches!(role, Role::Headline { .. }) { line.start + md_heading(s).unwrap_or(0) } else { line.start };
        blocks.push(Block { start, end: line.end, role, story });
        i += 1;
    }
    close_story(&mut stories, story_first_line, story_last_line, story_title);
    mark_captions(text, &mut blocks, &photo_glued);
    // What a page sets under its last story with no text of its own (its related links under
    // `相关阅读：`, its counters, its staff) belongs to that story, and none of it is text.
    // A story of headlines alone is a digest's item or a flash, unless a label introduces it
    // or no line of it says as much as a headline (`文化评论`, `阅读 10万+  分享  在看 1865`).
    // Blocks are in story order, so the stories after the last text are a tail of them.
    let is_text = |b: &Block| matches!(b.role, Role::Body | Role::Caption | Role::Question);
    if let Some(last) = blocks.iter().rev().find(|b| is_text(b)).map(|b| b.story).filter(|&k| k + 1 < stories.len()) {
        let tail = blocks.iter().position(|b| b.story > last).unwrap_or(blocks.len());
        let furniture = blocks[tail..].chunk_by(|a, b| a.story == b.story).all(|own| {
            matches!(own[0].role, Role::Header | Role::Credit)
                || own
                    .iter()
                    .all(|b| matches!(b.role, Role::Credit | Role::Byline | Role::Dateline) || text[b.start..b.end].chars().filter(|&c| is_han(c)).count() < 10)
        });
        if furniture {
            stories[last].end = stories[stories.len() - 1].end;
            stories.truncate(last + 1);
            for b in &mut blocks[tail..] {
                b.story = last;
                b.role = Role::Credit;
            }
        }
    }
    (blocks, stories)
}

/// Marks the captions of a story's photos, where the story has text besides: a paragraph
/// glued to its photo credit (`这是在北京拍摄的展区。新华社记者 李四 摄`), and the opening
/// paragraph of an agency photo release, a story with no dateline that ends on `新华社发`
/// or a photo credit: one dated sentence of what the picture shows (`8月25日晚，市民游客在
/// 天津海河岸边欣赏城市夜景。`) above the paragraph that tells the news.
/// A mark of where someone stands in a photo: `（右二）`, `（左）`, `（前排左三）`, `（右起第二）`.
fn has_position_mark(s: &str) -> bool {
    s.match_indices(['（', '(']).any(|(at, open)| {
        let rest = &s[at + open.len()..];
        let Some(inner) = rest.split([')', '）']).next().filter(|i| i.len() < rest.len()) else { return false };
        let inner = ["前排", "后排", "中排", "第一排", "第二排", "第三排"].iter().find_map(|r| inner.strip_prefix(r)).unwrap_or(inner);
        let Some(side) = ["左", "右", "中"].iter().find_map(|d| inner.strip_prefix(d)) else { return false };
        let side = side.trim_start_matches('起').trim_start_matches('第');
        side.is_empty() && chars(inner) == 1 || (1..=2).contains(&chars(side)) && side.chars().all(|c| "一二三四五六七八九十".contains(c))
    })
}

fn mark_captions(text: &str, blocks: &mut [Block], photo_glued: &[usize]) {
    let block_text = |blocks: &[Block], i: usize| text[blocks[i].start..blocks[i].end].trim();
    let mut first = 0;
    while first < blocks.len() {
        let story = blocks[first].story;
        let end = blocks[first..].iter().position(|b| b.story != story).map_or(blocks.len(), |n| first + n);
        let range = first..end;
        first = end;
        let body: Vec<usize> = range.clone().filter(|&i| blocks[i].role == Role::Body).collect();
        let release = blocks[range.clone()].iter().all(|b| b.role != Role::Dateline)
            && blocks[range].last().is_some_and(|b| {
                let s = text[b.start..b.end].trim();
                b.role == Role::Credit && (s.starts_with("新华社发") || credit_words(s) == Some(Credit::Photo))
            });
        let lead = body.first().copied().filter(|&lead| {
            let s = block_text(blocks, lead);
            let one_sentence = s.char_indices().filter(|&(_, c)| "。！？!?".contains(c)).all(|(i, c)| i + c.len_utf8() == s.len());
            // The news is told below it, at more length.
            let told = body[1..].iter().any(|&i| ends_sentence(block_text(blocks, i)) && chars(block_text(blocks, i)) >= chars(s));
            // A dateline or byline on its line (`新华社天津8月26日电 8月25日晚，…`) makes it a news lead.
            let start = blocks[lead].start;
            let marked = !text[text[..start].rfind('\n').map_or(0, |n| n + 1)..start].trim().is_empty();
            release && !marked && one_sentence && chars(s) <= 60 && opens_on_date(s) && told
        });
        // Who stands where in the picture (`马骁（右二）头球破门后与队友庆祝。`), or which picture it is
        // (`图1：观众在展厅中参观…。`, `上图：…`, `图为…`): a caption anywhere.
        let placed = |i: usize| {
            let s = block_text(blocks, i);
            let numbered = s.strip_prefix('图').is_some_and(|r| {
                let n = r.trim_start_matches(|c: char| c.is_ascii_digit());
                n.len() < r.len() && n.starts_with(['：', ':', ' ', '　'])
            });
            let labelled = ["图：", "上图：", "下图：", "左图：", "右图：", "图为", "（图）", "(图)", "【图】", "[图]", "[图片]", "【图片】"]
                .iter()
                .any(|k| s.starts_with(k));
            chars(s) <= 80 && s.trim_end_matches(CLOSERS).ends_with('。') && s.matches('。').count() == 1 && (has_position_mark(s) || numbered || labelled)
        };
        let is_caption = |i: usize| lead == Some(i) || photo_glued.binary_search(&i).is_ok() || placed(i);
        let captions: Vec<usize> = body.iter().copied().filter(|&i| is_caption(i)).collect();
        // A story of captions only (or captions and a stray line) is summarized from them.
        if body.iter().any(|&i| !captions.contains(&i) && ends_sentence(block_text(blocks, i))) {
            for i in captions {
                blocks[i].role = Role::Caption;
            }
        }
    }
}

/// `8月25日晚，`, `2025年8月25日，`, `25日上午，`: a scene's date, then a comma.
fn opens_on_date(s: &str) -> bool {
    let Some((head, _)) = s.split_once('，') else { return false };
    let Some(day) = head.find('日') else { return false };
    let (date, when) = (&head[..day], &head[day + '日'.len_utf8()..]);
    let digits = date.chars().filter(char::is_ascii_digit).count();
    (1..=8).contains(&digits)
        && date.chars().all(|c| c.is_ascii_digit() || c == '年' || c == '月')
        && ["", "早", "早上", "早晨", "上午", "中午", "下午", "傍晚", "晚", "晚上", "晚间", "夜间", "夜", "凌晨", "清晨"].contains(&when)
}

/// Whether `ns`, a line under a bare labelled item, is a sentence of its own rather than
/// the item's value wrapped. A comma marks a clause of its own, unless what comes before
/// it, on the very next line, is a short phrase of nouns with no verb: the value's tail
/// (`地点：市民中心` / `三楼报告厅，请…入场。`). Without a comma, a noun with a verb after it
/// is a subject and its predicate (`缴费：银行代扣` / `参保居民可在…办理。`); a bare phrase
/// (`…违约金` / `共计人民币12.6万元。`) continues the item.
fn own_clause(ns: &str, blanks_before: usize, classes: &dyn Fn(&str) -> String) -> bool {
    match ns.split_once('，') {
        Some((first, _)) => {
            let plain = chars(first) <= 8 && first.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric());
            !(blanks_before == 0 && plain && {
                let c = classes(first);
                c.contains('n') && !c.contains('v')
            })
        }
        None => {
            let c = classes(ns);
            c.find('n').is_some_and(|i| c[i..].contains('v'))
        }
    }
}

/// `## 二、铁路购票`: a Markdown heading, one to six `#` and a space. The byte offset of its text.
fn md_heading(s: &str) -> Option<usize> {
    // A short line all in bold is a heading too: `**核心要点**`.
    let bold = s.strip_prefix("**").and_then(|r| r.strip_suffix("**"));
    if bold.is_some_and(|b| (1..=20).contains(&chars(b)) && !b.contains(['*', '。', '，'])) {
        return Some(0);
    }
    let marks = s.len() - s.trim_start_matches('#').len();
    let rest = &s[marks..];
    ((1..=6).contains(&marks) && rest.starts_with(' ') && !rest.trim().is_empty()).then(|| skip_ws(s, marks))
}

/// The byte length of an item's number or bullet that opens `s`, with the space after it
/// (`【1】`, `①`, `3.`, `（二）`, `二、`, `▶`, `📌`, `- `), when text follows; else 0. A summary
/// sentence is shown without it: out of its list, `【5】` tells the reader nothing. Not a
/// number that is the text's (`1.5万人`, `一、二线城市`, `3、4月份`).
pub(crate) fn item_mark_len(s: &str) -> usize {
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c);
    let digits = |t: &str| t.chars().take_while(|&c| numeral(c)).map(char::len_utf8).sum::<usize>();
    let mut plain = false;
    let mark = if let Some(c) = s.chars().next().filter(|&c| BULLETS.contains(c) || "•▪▸◎◉➤➢→".contains(c) || is_emoji(c)) {
        // A run of them (`▶▶`, `📌️`), as posts set them.
        s.len() - s.trim_start_matches(|d: char| d == c || is_emoji(d)).len()
    } else if ["- ", "* ", "+ "].iter().any(|b| s.starts_with(b)) {
        1
    } else if s.starts_with(|c: char| ('①'..='⑳').contains(&c) || ('❶'..='❿').contains(&c) || ('⑴'..='⒇').contains(&c)) {
        s.chars().next().map_or(0, char::len_utf8)
    } else if let Some(&(open, close)) = [("【", '】'), ("[", ']'), ("〔", '〕'), ("（", '）'), ("(", ')')].iter().find(|(o, _)| s.starts_with(o)) {
        let n = digits(&s[open.len()..]);
        let inner = &s[open.len()..open.len() + n];
        let short = if inner.bytes().all(|b| b.is_ascii_digit()) { n <= 2 } else { chars(inner) <= 3 };
        if n > 0 && short && s[open.len() + n..].starts_with(close) {
            open.len() + n + close.len_utf8()
        } else {
            0
        }
    } else {
        let n = digits(s);
        let inner = &s[..n];
        let ascii = n > 0 && n <= 2 && inner.bytes().all(|b| b.is_ascii_digit());
        let han = n > 0 && chars(inner) <= 3 && !ascii;
        plain = true;
        match s[n..].chars().next() {
            Some(c @ ('.' | '．' | ')' | '）')) if ascii => n + c.len_utf8(),
            Some(c @ '、') if ascii || han => n + c.len_utf8(),
            _ => 0,
        }
    };
    if mark == 0 {
        return 0;
    }
    let rest = &s[mark..];
    let body = rest.trim_start();
    // The number's own text goes on: `1.5万人`, `一、二线城市`, `3、4月份`; and a mark with no
    // words after it is the sentence.
    if plain && body.starts_with(numeral) && rest.len() == body.len() || body.chars().filter(|&c| is_han(c) || c.is_alphanumeric()).count() < 2 {
        return 0;
    }
    s.len() - body.len()
}

/// An item of a bulleted list (`- 预计10月1日…`, `• …`, `· …`): it starts a line of its own.
fn is_bullet(s: &str) -> bool {
    ["- ", "* ", "+ ", "• ", "•", "●", "◆", "■", "▪", "· "].iter().any(|b| s.starts_with(b))
}

/// A list page's link: a headline, then the day it ran, set apart by a bullet or a wide gap
/// (`· 县民政局为困难群众发放冬季取暖补贴136万元  2023-10-18`, `…工作会议　[2024/03/05]`).
/// `…发布会 2023-10-18` with one space may be a sentence's end.
fn is_dated_link(s: &str) -> bool {
    let line = s.trim_end();
    let Some((before, stamp)) = line.rsplit_once(['　', ' ']) else { return false };
    let date = stamp.trim_start_matches(['[', '(', '（']).trim_end_matches([']', ')', '）']);
    let fields: Vec<&str> = date.split(['-', '/', '.']).collect();
    let dated = (2..=3).contains(&fields.len())
        && fields.iter().all(|f| (1..=4).contains(&f.len()) && f.bytes().all(|b| b.is_ascii_digit()))
        && fields[fields.len() - 1].len() <= 2;
    let apart = is_bullet(before) || before.starts_with('·') || before.ends_with([' ', '　']) || line[before.len()..].starts_with('　');
    let title = before.trim_start_matches(['·', '•', '-', '*', '●', '◆', '■', '▪']).trim();
    dated && apart && (6..=50).contains(&chars(title)) && title.chars().any(is_han) && !title.contains(['。', '！'])
}

/// `14:50`, `09:30:15`: a time of day alone on its line.
fn is_clock_line(s: &str) -> bool {
    let mut parts = s.split(':');
    let hour = parts.next().unwrap_or("");
    let rest: Vec<&str> = parts.collect();
    (1..=2).contains(&hour.len())
        && hour.bytes().all(|b| b.is_ascii_digit())
        && (1..=2).contains(&rest.len())
        && rest.iter().all(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()))
}

/// A programme's slot: `09:00-09:20 开幕式及领导致辞`, `14:00—21:00　会议报到（一楼大厅）`. A time span
/// and what fills it, no sentence: a live blog's update opens on one time only.
fn is_programme_slot(s: &str) -> bool {
    // A day's head in the programme: `6月14日（星期五）　上午　开幕式暨主论坛`, `6月13日（星期四）　全天报到`.
    let day = s.split_once('日').is_some_and(|(date, rest)| {
        let weekday = ["（星期", "(星期", "（周", "(周"].iter().find_map(|k| rest.strip_prefix(k));
        date.split_once('月')
            .is_some_and(|(m, d)| (1..=2).contains(&m.len()) && (1..=2).contains(&d.len()) && m.bytes().chain(d.bytes()).all(|b| b.is_ascii_digit()))
            && weekday.and_then(|w| w.split_once(['）', ')'])).is_some_and(|(_, what)| chars(what) <= 24 && !what.contains(['。', '，', '！', '？']))
    });
    if day {
        return true;
    }
    let Some((span, what)) = s.split_once([' ', '　', '\t']) else { return false };
    let mut ends = span.split(['-', '—', '–', '~', '～', '至']).filter(|t| !t.is_empty());
    let span_ok = matches!((ends.next(), ends.next(), ends.next()), (Some(a), Some(b), None) if is_clock_line(a) && is_clock_line(b));
    span_ok && (1..=50).contains(&chars(what.trim())) && !what.contains(['。', '！', '？'])
}

/// A subtitle cue's timing, as SRT and WebVTT write it: `00:00:01,000 --> 00:00:04,200`.
fn is_cue_timing(s: &str) -> bool {
    let stamp = |t: &str| {
        let t = t.trim();
        t.len() >= 8 && t.contains(':') && t.bytes().all(|b| b.is_ascii_digit() || b":,.".contains(&b))
    };
    // WebVTT may put cue settings after the end time: `… --> 00:00:04.200 align:start`.
    s.split_once("-->").is_some_and(|(a, b)| stamp(a) && stamp(b.split_whitespace().next().unwrap_or("")))
}

/// A listed company's filing header, `证券代码：600519  证券简称：贵州茅台  公告编号：临2025-032`:
/// two or more of its labelled fields on one line, no sentence.
fn is_filing_header(s: &str) -> bool {
    const FIELDS: &[&str] = &["证券代码", "股票代码", "债券代码", "证券简称", "股票简称", "债券简称", "公告编号"];
    chars(s) <= 100
        && !s.contains('。')
        && FIELDS.iter().filter(|f| s.match_indices(**f).any(|(at, _)| s[at + f.len()..].starts_with(['：', ':']))).nth(1).is_some()
}

/// A line of Latin words only, with no sentence end: `China announces visa-free policy`.
fn is_latin_title(s: &str) -> bool {
    chars(s) <= 150
        && !ends_sentence(s)
        && !s.chars().any(is_han)
        && s.split_whitespace().filter(|w| w.chars().any(|c| c.is_ascii_alphabetic())).nth(2).is_some()
}

/// `各位患者：`, `各省、自治区、直辖市人民政府：`, `尊敬的客户：`: whom a notice addresses, no
/// sentence of what it says.
fn is_salutation(s: &str) -> bool {
    let Some(who) = s.strip_suffix(['：', ':']) else { return false };
    // Addressees in a row: `各区人民政府，市政府各委、办、局：`, `各位代表，各位委员：`.
    chars(who) <= 60
        && ["各", "尊敬的", "亲爱的", "致"].iter().any(|k| who.starts_with(k))
        && who.split(['，', ',']).all(|part| (1..=30).contains(&chars(part)))
        && !who.contains(['。', '；', ';', '：', ':', '！', '？'])
}

/// A row of a table pasted as tab-separated cells: `北京\t99.8\t96.2`; or a match result,
/// `成都蓉城 3:0 河南队`, a row of a results list.
pub(crate) fn is_table_row(s: &str) -> bool {
    // Sentences a tab sets apart (`…说明情况。\t第二句…。`) are prose, not a row's cells.
    let (mut cells, mut sentences) = (0, 0);
    for c in s.split('\t').map(str::trim).filter(|c| !c.is_empty()) {
        cells += 1;
        // A cell closing on a bracketed note is no sentence (`填报单位：南塘街道平安办（应急管理办公室）`).
        sentences += usize::from(ends_sentence(c) && chars(c) >= 6 && (c.contains(['。', '！', '？', '!', '?']) || !c.ends_with(['）', ')'])));
    }
    cells >= 2 && sentences * 2 < cells || is_score_row(s) || is_spaced_row(s) || is_info_box(s) || is_piped_row(s) || is_table_caption(s)
        // A programme's or a timetable's slot is a row too: kept for its words, never a summary sentence.
        || is_programme_slot(s)
        || is_agenda_role(s)
}

/// Who speaks or chairs in a programme, names and titles only: `报告人：严志恒（东岚大学教授）`,
/// `主持：卫明轩（《城市观察》杂志主编）`, `嘉宾：严志恒、万丽华、邱文博`. A transcript's turn
/// (`主持人：欢迎各位。`) says something.
fn is_agenda_role(s: &str) -> bool {
    const LABELS: &[&str] = &["报告人", "主讲人", "主讲", "演讲人", "演讲嘉宾", "主持人", "主持", "嘉宾", "对话嘉宾", "致辞", "点评嘉宾", "发言人"];
    let name = |n: &str| (2..=4).contains(&chars(n)) && n.chars().all(is_han);
    s.split_once(['：', ':']).is_some_and(|(label, who)| {
        // Names apart by `、`, not the titles in brackets: `严志恒（东岚大学教授、院长）`.
        let mut depth = 0i32;
        let parts: Vec<&str> = who
            .trim()
            .split(|c: char| {
                depth += i32::from("（(".contains(c)) - i32::from("）)".contains(c));
                c == '、' && depth == 0
            })
            .collect();
        // Each a name with a title: `严志恒（东岚大学教授）`, `东岚市副市长 刘婉清`; or names in a row.
        let titled = |p: &str| {
            p.split_once(['（', '(']).is_some_and(|(n, rest)| name(n.trim()) && rest.ends_with(['）', ')']))
                || p.rsplit_once([' ', '　']).is_some_and(|(title, n)| name(n) && (2..=16).contains(&chars(title.trim())))
                || parts.len() >= 2 && name(p)
        };
        LABELS.contains(&label.trim())
            && chars(who.trim()) <= 60
            && !who.contains(['，', '。', '；', '！', '？', ',', ';', '!', '?'])
            && parts.iter().all(|p| titled(p.trim()))
    })
}

/// A Markdown or text table's row, cells between bars: `| 多晶硅致密料（万元/吨） | 4.20 | 0.0% |`.
fn is_piped_row(s: &str) -> bool {
    let t = s.trim();
    let Some(inner) = t.strip_prefix(['|', '｜']).and_then(|r| r.strip_suffix(['|', '｜'])) else { return false };
    let cells: Vec<&str> = inner.split(['|', '｜']).map(str::trim).collect();
    // Not a formula between bars (`|a| − |b| ≤ |a + b|`).
    cells.len() >= 2 && cells.iter().all(|c| chars(c) <= 40 && !c.contains('。') && !(c.chars().count() == 1 && "−-+=≤≥<>×÷".contains(c)))
}

/// A table's caption on its line: `表1：产业链价格一览`, `表 2　主要指标`.
pub(crate) fn is_table_caption(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('表') else { return false };
    let title = rest.trim_start().trim_start_matches(|c: char| c.is_ascii_digit() || c == '-' || c == '.');
    title.len() < rest.trim_start().len() && chars(title) <= 30 && !title.contains(['。', '，'])
}

/// A table's row aligned with runs of spaces (`股东名称    减持数量（股）    减持比例`): three cells
/// or more, none a sentence.
fn is_spaced_row(s: &str) -> bool {
    let gap = |c: char| c == ' ' || c == '　';
    let (mut cells, mut figures) = (0, 0);
    let mut rest = s.trim();
    while !rest.is_empty() {
        // A cell ends where two spaces (or one ideographic space) begin.
        let end = rest.char_indices().find(|&(i, c)| c == '　' || c == ' ' && rest[i + 1..].starts_with(gap)).map_or(rest.len(), |(i, _)| i);
        if chars(&rest[..end]) > 40 {
            return false;
        }
        cells += 1;
        let cell = &rest[..end];
        figures += usize::from(cell.contains(|c: char| c.is_ascii_digit()) && cell.chars().all(|c| c.is_ascii_digit() || "+-.,%".contains(c)));
        rest = rest[end..].trim_start_matches(gap);
    }
    // Wide gaps, no clause: a PDF's wrapped sentence has double spaces too (`国家统计局  11月14日…`).
    // Or a quote's figures, two spaces apart: `上证指数  3,318.46  +12.57  +0.38%`.
    let wide = s.contains("   ") || s.contains("　　　") || figures >= 2 && figures + 1 >= cells;
    // Two cells, a thing and how much of it, as a recipe lists them: `五花肉　　　　　800克`.
    let amount = || {
        let last = s.trim_end().rsplit(gap).next().unwrap_or("");
        last.starts_with(|c: char| c.is_ascii_digit()) && chars(last) <= 10 || ["适量", "少许", "若干", "按需"].contains(&last)
    };
    (cells >= 3 || cells == 2 && amount()) && wide && !s.contains(['。', '！', '？', '，', '；'])
}

/// A film's or a book's facts in one line of fields: `豆瓣评分 8.1 | 导演：刘子谦 | 主演：张译、周冬雨 |
/// 片长：142分钟`.
fn is_info_box(s: &str) -> bool {
    let fields: Vec<&str> = s.split(['|', '｜']).map(str::trim).collect();
    fields.len() >= 3
        && fields.iter().all(|f| (1..=40).contains(&chars(f)) && !f.contains(['。', '！', '？', '，']))
        && fields.iter().filter(|f| f.contains(['：', ':'])).count() >= 2
}

/// `成都蓉城 3:0 河南队`, `山东泰山 1-1 浙江队`: a team, the score, a team, set apart by spaces.
fn is_score_row(s: &str) -> bool {
    let cells: Vec<&str> = s.split_whitespace().collect();
    let team = |t: &str| (2..=12).contains(&chars(t)) && t.chars().any(is_han) && t.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric());
    let score = |t: &str| {
        t.split_once([':', '：', '-']).is_some_and(|(a, b)| [a, b].iter().all(|n| (1..=3).contains(&n.len()) && n.bytes().all(|d| d.is_ascii_digit())))
    };
    cells.len() == 3 && team(cells[0]) && score(cells[1]) && team(cells[2])
}

/// Whether `line`, with no sentence end, runs on across one blank line into `next`: when
/// `next` ends the sentence somewhere (a column break cut it), or is as wide as `line` (a
/// double-spaced paste's lines share one width). Paragraphs posted without their full
/// stops (`…可达60毫米` over a blank and a shorter `请市民…避开积水路段`) stand alone.
fn wraps_across_blank(line: &str, next: &str, wrapped_paste: bool) -> bool {
    // Full-width chars take two columns.
    let width = |s: &str| s.chars().map(|c| if crate::normalize::is_cjk(c) { 2 } else { 1 }).sum::<usize>();
    let (w, n) = (width(line), width(next));
    let slack = (w / 8).max(4);
    // A bare label (`注：`, `备注：`) heads what follows it, and a bare date (`2023年12月5日`) stands
    // over it: neither is a sentence cut in two.
    let date = |s: &str| s.trim().ends_with('日') && s.contains('年') && s.trim().chars().all(|c| c.is_ascii_digit() || "年月日".contains(c));
    // Nor is a notice's title over its addressees (`…的通知` / `各区住房和城乡建设局，各街道办事处：`).
    if chars(next) <= 4 && next.ends_with(['：', ':']) || date(line) || is_salutation(next.trim()) {
        return false;
    }
    // A word or two alone over a paragraph is a page's link or tag (`提问` / `心理学`), not the start
    // of a sentence a column cut: a cut word is asked of `joins_word`.
    if chars(line.trim()) <= 4 {
        return false;
    }
    // A subtitle closes on its quoted word (`清晨六点半的“铃声”`); a column's cut is no phrase.
    if chars(line.trim()) <= 16 && line.trim_end().ends_with(['”', '》', '」']) && !line.contains(['，', '。', '：']) {
        return false;
    }
    // Two lines of one width are a wrapped sentence's only where the paste wraps its lines; in
    // a page's copy they are its bars and headlines (`影讯&购票　选电影　电视剧` / `一部让人看完…`).
    ends_sentence(next) || next.contains(['。', '！', '？', '!', '?']) || wrapped_paste && n.abs_diff(w) <= slack
}

/// Whether a break after a line with no sentence end still parts two units, not a sentence a
/// column cut: the next line opens on a label's bracket (`【限时直降】…`, `[商品] …`), the line
/// closes on a stamp (`【提问】投资者 李** 2024-09-05 15:08`), or the two are fields, a stamp's
/// line, a post's entries or a word or two alone in a page's copy (below).
fn parts_units(line: &str, next: &str, wrapped_paste: bool) -> bool {
    let (line, next) = (line.trim(), next.trim());
    let label = next.starts_with('【') || next.strip_prefix(['[', '［']).is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_digit()));
    let last = line.trim_end_matches([')', '）', ']', '］']).rsplit([' ', '　', '(', '（', '：']).next().unwrap_or("");
    let stamp = last.len() >= 4
        && last.contains([':', '-', '/'])
        && last.bytes().all(|b| b.is_ascii_digit() || b":-/".contains(&b))
        && last.bytes().filter(u8::is_ascii_digit).count() >= 4;
    // In a page's copy a short line with a clock time is a post's or a page's stamp, not prose.
    let clocked = |s: &str| !wrapped_paste && chars(s) <= 40 && !s.contains(['。', '！', '？']) && has_clock(s);
    // A post's line opening on a pictograph is an entry of its own (`👟装备：…`, `👍 132`).
    let pictograph = !wrapped_paste && next.starts_with(is_emoji);
    // Fields line on line (`分析师：沈一舟` / `从业资格号：F03088217`).
    let fields = form_field(line).is_some() && form_field(next).is_some();
    // In a page's copy no sentence breaks after a word or two: a short line is a tag, a button
    // or a count over what follows (`资料1`, `1/9`, `全屏浏览`), or under it (`目标金额`).
    let short = |s: &str| chars(s) <= 5 && !s.contains(['，', '、', '；', ',', ';']);
    let alone =
        !wrapped_paste && (short(line) && !line.starts_with(|c: char| crate::tokens::PHRASE_OPENERS.contains(c)) || short(next) && !ends_sentence(next));
    label || stamp || clocked(line) || clocked(next) || pictograph || fields || alone
}

/// Whether `s` has a clock time, `15:08` or `9:30`.
fn has_clock(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().any(|(i, &c)| {
        c == b':'
            && i > 0
            && b[i - 1].is_ascii_digit()
            && b.get(i + 1..i + 3).is_some_and(|m| m.iter().all(u8::is_ascii_digit))
            && !b.get(i + 3).is_some_and(u8::is_ascii_digit)
    })
}

/// Whether the paste's lines are wrapped at a width, as a PDF or an e-paper gives them: three
/// or more of its lines run on into the next without ending a sentence, all about as wide.
/// (A page's comments run on too, each as wide as it is.)
fn is_wrapped_paste(text: &str, lines: &[Line], kinds: &[Kind]) -> bool {
    let width = |s: &str| s.trim().chars().map(|c| if crate::normalize::is_cjk(c) { 2 } else { 1 }).sum::<usize>();
    let mut run_on: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            matches!(kinds[i], Kind::Text { .. })
                && lines.get(i + 1).is_some_and(|n| n.blanks_before == 0)
                && !ends_sentence(&text[lines[i].start..lines[i].end])
        })
        .map(|i| width(&text[lines[i].start..lines[i].end]))
        .filter(|&w| w >= 32)
        .collect();
    run_on.sort_unstable();
    // Lines wider than the wrap width: a page's paragraphs, each on a line, over the rows of a
    // table or a list that happen to share a width (`2002.09—2006.06　岚州大学　环境科学　博士`).
    let mut widths: Vec<usize> =
        (0..lines.len()).filter(|&i| matches!(kinds[i], Kind::Text { .. })).map(|i| width(&text[lines[i].start..lines[i].end])).collect();
    // Sorted, so each window counts the wider lines in a search, not a pass over every line.
    widths.sort_unstable();
    let wider = |w: usize| widths.len() - widths.partition_point(|&x| x <= w + 4);
    // Three widths within four columns of one another, few lines wider.
    run_on.windows(3).any(|w| w[2] - w[0] <= 4 && wider(w[2]) * 10 <= widths.len())
}

/// Whether line `i` and the next one are two halves of one word.
fn joins_word(text: &str, lines: &[Line], i: usize, forms_word: &dyn Fn(&str, &str) -> bool) -> bool {
    let Some(next) = lines.get(i + 1) else { return false };
    next.blanks_before < 2 && forms_word(&text[lines[i].start..lines[i].end], &text[next.start..next.end])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::lines;

    /// Word classes from the real segmenter; line breaks never cut a word here.
    fn classes(s: &str) -> String {
        static T: std::sync::OnceLock<crate::tokens::Tokenizer> = std::sync::OnceLock::new();
        T.get_or_init(|| crate::tokens::Tokenizer::new(crate::dict::load(crate::dict::EMBEDDED).unwrap())).word_classes(s)
    }

    fn roles(text: &str) -> Vec<(String, Role, usize)> {
        let ls = lines(text);
        let (blocks, _) = layout(text, &ls, &|_, _| false, &classes);
        blocks.iter().map(|b| (text[b.start..b.end].to_string(), b.role, b.story)).collect()
    }

    #[test]
    fn datelines() {
        assert_eq!(dateline_len("新华社北京8月26日电"), Some("新华社北京8月26日电".len()));
        assert_eq!(dateline_len("新华社成都8月27日电 正文"), Some("新华社成都8月27日电".len()));
        assert_eq!(dateline_len("新华社发"), None);
        assert_eq!(dateline_len("本报讯 正文"), Some("本报讯".len()));
        assert_eq!(dateline_len("本台消息 今天（12日），市长检查防汛工作。"), Some("本台消息".len()));
        assert_eq!(dateline_len("本台消息称，节目将改版。"), None);
        assert_eq!(dateline_len("新华社记者李恒"), None);
        assert_eq!(dateline_len("本报电  国家统计局26日发布数据。"), Some("本报电".len()));
        assert_eq!(dateline_len("新华社电（记者李恒）正文"), Some("新华社电".len()));
        assert_eq!(dateline_len("新华社电视台播出了节目。"), None);
        for (wire, text) in [
            ("央视网消息：", "北京时间…"),
            ("央视网消息（新闻联播）：", "今天…"),
            ("新浪体育讯", "　北京时间…"),
            ("本网讯（记者 钱宇）", "日前，工业和信息化部公布第七批专精特新“小巨人”企业名单。"),
            ("新浪科技讯", " 11月20日下午消息，某短视频平台今日宣布…"),
            ("腾讯科技讯", " 11月20日，某短视频平台今日宣布…"),
            ("大众网济南9月2日讯（记者 孙晓雯）", "新学期开学，家长李女士发现缴费单上少了一项。"),
            ("证券时报网讯，", "今日…"),
            ("中国网财经11月27日讯", " 今日…"),
        ] {
            assert_eq!(dateline_len(&format!("{wire}{text}")), Some(wire.len()), "{wire}");
        }
        for sentence in ["人民网消息称，今年将新增学位。", "两部门消息：明起调整油价。", "香港电台讯号中断。"] {
            assert_eq!(dateline_len(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn a_page_s_staff_line_atop_the_paste_belongs_to_the_first_story() {
        let text = "本版责编：张三  李四\n\n\n国家统计局：7月份国民经济保持稳中有进\n\n本报北京8月15日电  国家统计局15日发布数据。\n\n《 人民日报 》（ 2025年08月16日 01 版）";
        let ls = lines(text);
        let (blocks, stories) = layout(text, &ls, &|_, _| false, &classes);
        assert_eq!(stories.len(), 1, "{stories:?}");
        let title = stories[0].title.map(|t| &text[blocks[t].start..blocks[t].end]);
        assert_eq!(title, Some("国家统计局：7月份国民经济保持稳中有进"));
    }

    #[test]
    fn a_site_s_footer_and_an_author_line_are_not_text() {
        let text = "让城市更有温度\n\n作者：王敏\n\n城市的温度，体现在细节之中。\n\n责任编辑：李四\n\n澎湃新闻报料：021-962866\n澎湃新闻，未经授权不得转载\n点击进入专题：高温天气";
        let r = roles(text);
        let got: Vec<(&str, Role, usize)> = r.iter().map(|(s, role, st)| (s.as_str(), *role, *st)).collect();
        assert_eq!(
            got,
            [
                ("让城市更有温度", Role::Headline { sub: false }, 0),
                ("作者：王敏", Role::Byline, 0),
                ("城市的温度，体现在细节之中。", Role::Body, 0),
                ("责任编辑：李四", Role::Credit, 0),
                ("澎湃新闻报料：021-962866", Role::Credit, 0),
                ("澎湃新闻，未经授权不得转载", Role::Credit, 0),
                ("点击进入专题：高温天气", Role::Credit, 0),
            ]
        );
        // A sentence on the same subject is text.
        assert_eq!(roles("网站未经授权不得转载他人作品。")[0].1, Role::Body);
        assert_eq!(roles("市民可拨打服务热线：12345咨询。")[0].1, Role::Body);
        // An outlet's time stamp under the headline is when the page ran the story.
        let r = roles("央行：保持流动性合理充裕\n第一财经 2025-08-15 10:05:33\n作者：王小明 责编：李四\n\n中国人民银行15日开展MLF操作。");
        let got: Vec<Role> = r.iter().map(|(_, role, _)| *role).collect();
        assert_eq!(got, [Role::Headline { sub: false }, Role::Credit, Role::Byline, Role::Body]);
    }

    #[test]
    fn a_post_s_emoji_end_a_line_and_its_prompts_and_buttons_are_no_text() {
        let text = "这种“免费领鸡蛋”千万别去\n\n最近，不少小区门口出现了“免费领鸡蛋”的活动👇👇\n\n📌 近日，72岁的张阿姨花6980元买了一款保健杯。\n\n转发给家里的长辈，让更多人看到❤️\n\n👇点击“阅读原文”，了解更多防骗知识\n分享｜点赞｜在看";
        let r = roles(text);
        let got: Vec<(&str, Role)> = r.iter().map(|(s, role, _)| (s.as_str(), *role)).collect();
        assert_eq!(
            got,
            [
                ("这种“免费领鸡蛋”千万别去", Role::Headline { sub: false }),
                ("最近，不少小区门口出现了“免费领鸡蛋”的活动👇👇", Role::Body),
                ("📌 近日，72岁的张阿姨花6980元买了一款保健杯。", Role::Body),
                ("转发给家里的长辈，让更多人看到❤️", Role::Credit),
                ("👇点击“阅读原文”，了解更多防骗知识", Role::Credit),
                ("分享｜点赞｜在看", Role::Credit),
            ]
        );
        // A sentence that asks to pass it on, or a headline in emoji, stays what it is.
        assert_eq!(roles("转发给身边的人，这条消息已帮助三位老人找回了积蓄。")[0].1, Role::Body);
        assert_eq!(
            roles("这种“免费领鸡蛋”千万别去⚠️\n\n最近，不少小区门口出现了“免费领鸡蛋”的活动，很多老人排队领取，警方提醒谨防受骗。")[0].1,
            Role::Headline { sub: false }
        );
    }

    #[test]
    fn labelled_lines_in_a_run_are_items_each_complete() {
        let text = "社区公布了办理流程。\n申请：居民本人向社区提出申请\n审核：社区对申请材料进行审核\n公示：街道对审核结果公示五个工作日\n办理完成后，居民可在线查询结果。";
        let bodies: Vec<String> = roles(text).into_iter().filter(|(_, role, _)| *role == Role::Body).map(|(s, _, _)| s).collect();
        assert_eq!(
            bodies,
            [
                "社区公布了办理流程。",
                "申请：居民本人向社区提出申请",
                "审核：社区对申请材料进行审核",
                "公示：街道对审核结果公示五个工作日",
                "办理完成后，居民可在线查询结果。"
            ]
        );
        // One labelled line that wraps is still one sentence.
        let r = roles("公告：本市将于8月16日起\n调整部分公交线路。");
        assert_eq!(r.iter().filter(|(_, role, _)| *role == Role::Body).count(), 1, "{r:?}");
    }

    #[test]
    fn a_post_s_headline_may_say_more_above_its_credits() {
        let text = "-END-\n\n重磅！这些新规9月起施行，事关你我\n\n来源：新华社、央视新闻\n编辑：李明\n责编：王芳\n\n2025-09-01 08:30 发布于北京\n\n9月起，一批新规将正式施行。\n\n01 社会保险缴费新规\n\n用人单位必须依法缴纳社会保险费。\n\n转发提醒身边的人！\n本文来源：新华社\n如有侵权请联系删除";
        let r = roles(text);
        let got: Vec<(&str, Role, usize)> = r.iter().map(|(s, role, st)| (s.as_str(), *role, *st)).collect();
        assert_eq!(
            got,
            [
                ("-END-", Role::Credit, 0),
                ("重磅！这些新规9月起施行，事关你我", Role::Headline { sub: false }, 0),
                ("来源：新华社、央视新闻", Role::Credit, 0),
                ("编辑：李明", Role::Credit, 0),
                ("责编：王芳", Role::Credit, 0),
                ("2025-09-01 08:30 发布于北京", Role::Credit, 0),
                ("9月起，一批新规将正式施行。", Role::Body, 0),
                ("01 社会保险缴费新规", Role::Headline { sub: true }, 0),
                ("用人单位必须依法缴纳社会保险费。", Role::Body, 0),
                ("转发提醒身边的人！", Role::Credit, 0),
                ("本文来源：新华社", Role::Credit, 0),
                ("如有侵权请联系删除", Role::Credit, 0),
            ]
        );
        // Under a list of headlines, an editor's line still ends the post.
        let r = roles("今日早报\n\n1. 国务院常务会议部署稳就业举措\n2. 央行开展MLF操作\n\n校对：张三\n\n图片｜秋日喀纳斯");
        assert_eq!(r.last().map(|(s, role, st)| (s.as_str(), *role, *st)), Some(("图片｜秋日喀纳斯", Role::Headline { sub: false }, 1)));
        // A first line that reads as a sentence stays text above a photo credit.
        assert_eq!(roles("8月25日晚，市民游客在海河岸边欣赏夜景\n新华社记者 李四 摄")[0].1, Role::Body);
    }

    #[test]
    fn rows_of_one_width_do_not_make_a_page_of_long_paragraphs_a_wrapped_paste() {
        let text = "教育经历\n2002.09—2006.06　岚州大学　环境科学　博士\n1999.09—2002.06　岚州大学　环境科学　硕士\n1995.09—1999.06　澄江师大　地理科学　学士\n工作经历\n\n电子邮箱：xumingyuan@cjdx.edu.cn\n访问量：41,276\n个人简介\n许明远，男，1978年生，博士，澄江大学环境科学与工程学院教授、博士生导师，澄江大学流域环境研究中心主任。长期从事流域农业面源污染过程与控制研究，主持国家级科研项目4项。\n招生信息\n本人每年招收博士研究生1—2名、学术型硕士研究生2—3名，欢迎环境科学、环境工程等专业的同学报考。";
        let r = roles(text);
        assert!(r.iter().any(|x| x.0.starts_with("许明远，男") && x.1 == Role::Body), "{r:?}");
        assert!(r.iter().any(|x| x.0.starts_with("本人每年招收") && x.1 == Role::Body), "{r:?}");
    }

    #[test]
    fn a_line_of_nouns_over_a_much_wider_line_is_no_wrapped_line() {
        // A page's copy, a line break after each of its elements.
        let r = roles("招聘公告\n湖北\n根据《事业单位人事管理条例》等有关规定，经研究，决定面向社会公开招聘市直部分事业单位工作人员。");
        assert!(r.iter().any(|x| x.0.starts_with("根据《事业单位人事管理条例》")), "{r:?}");
        let r = roles("绘本\nP1\n森林里住着一只小刺猬，她的名字叫朵朵。\nP2\n朵朵每天早上都去河边喝水。");
        assert!(r.iter().any(|x| x.0.starts_with("森林里住着")), "{r:?}");
        // A clause cut at a column's end runs on: it has a verb or a function word.
        let r = roles("国家统计局昨天发布了夏粮数据。统计师表示夏粮\n丰收为稳定经济大盘提供了有力支撑，意义重大。");
        assert_eq!(r.len(), 1, "{r:?}");
    }

    #[test]
    fn a_thesis_s_cover_a_deck_s_presenter_and_an_exam_s_instruction_are_no_text() {
        for line in ["硕士学位论文", "本科毕业论文（设计）", "汇报人：客户服务中心 许婧2025年7月", "（2023·临州中考）阅读下面的文章，完成12～15题。"]
        {
            let r = roles(&format!("{line}\n\n上半年客服中心人工接通率提升到93.1%，满意度提升到96.3%。"));
            assert_eq!(r[0].1, Role::Credit, "{r:?}");
        }
        // Reading and answering, told as news, is text.
        let r = roles("阅读下面的材料后，学生们分组讨论了城市更新的得失。");
        assert_eq!(r[0].1, Role::Body, "{r:?}");
        // A letter's salutation under the fields above it opens the letter.
        let r = roles("团队人数：28人（含领队1人）　　用车：33座空调旅游大巴\n尊敬的游客：\n感谢您选择青禾国旅，请仔细阅读本通知书。");
        assert!(r.iter().any(|x| x.0 == "尊敬的游客：" && x.1 == Role::Salutation), "{r:?}");
    }

    #[test]
    fn a_date_and_its_clock_under_the_outlet_s_name_is_no_text() {
        let r =
            roles("红星新闻\n\n2025-09-21 09:36\n\n锦泉\n\n9月20日上午，锦泉市青枫区桂园小区3栋楼下，施工人员正在为新装的电梯做最后的调试。这栋楼建于1994年。");
        assert_eq!(r[1], ("2025-09-21 09:36".to_string(), Role::Credit, 0), "{r:?}");
    }

    #[test]
    fn a_stamp_naming_the_account_it_was_posted_by_is_no_text() {
        // A news app's page, a blank line after each line: the stamp must not join the lead.
        let text = "腾讯新闻\n\n首页\n\n下载APP\n\n老楼加装电梯“卡”了三年，一套分摊公式让12户人家签了字\n\n霞屿晚报 2024-03-22 07:15 发布于福建霞屿晚报官方账号\n\n3月20日上午，霞屿市柳湾区锦塘新村6号楼前，一台刚刚完成验收的电梯正式投用。\n\n住在6楼的82岁老人郑玉兰第一个走进轿厢。";
        let r = roles(text);
        assert!(r.iter().any(|x| x.0 == "霞屿晚报 2024-03-22 07:15 发布于福建霞屿晚报官方账号" && x.1 == Role::Credit), "{r:?}");
        assert!(r.iter().any(|x| x.0.starts_with("3月20日上午") && x.1 == Role::Body), "{r:?}");
    }

    #[test]
    fn a_paper_s_page_masthead_heads_the_page() {
        let text = "人民日报 2025年9月5日 第01版：要闻\n\n全国秋粮收购工作全面展开\n\n本报北京9月4日电（记者 郁静娴）今年秋粮收购工作陆续展开。\n\n《 人民日报 》（ 2025年09月05日 01 版）";
        let ls = lines(text);
        let (blocks, stories) = layout(text, &ls, &|_, _| false, &classes);
        assert_eq!(stories.len(), 1, "{stories:?}");
        assert_eq!(blocks[0].role, Role::Header);
        let title = stories[0].title.map(|t| &text[blocks[t].start..blocks[t].end]);
        assert_eq!(title, Some("全国秋粮收购工作全面展开"));
        assert_ne!(roles("人民日报2025年9月5日第01版刊发了这篇评论。")[0].1, Role::Header);
    }

    #[test]
    fn text_about_copyright_contacts_or_sharing_stays_text() {
        let bodies = |text: &str| roles(text).into_iter().filter(|(_, r, _)| *r == Role::Body).map(|(s, _, _)| s.replace('\n', "")).collect::<Vec<_>>();
        let text = "本报讯（记者 李静）法院审理认为，\n被告公众号未经授权不得转载的声明视而不见，擅自转载\n原告的多篇原创文章，构成侵权，原告多次联系被告要求删除\n未果后诉至法院。";
        assert_eq!(
            bodies(text),
            ["法院审理认为，被告公众号未经授权不得转载的声明视而不见，擅自转载原告的多篇原创文章，构成侵权，原告多次联系被告要求删除未果后诉至法院。"]
        );
        for headline in [
            "多家自媒体未经授权转载新闻作品被判赔",
            "版权所有权归属引发争议 老照片能否随意使用",
            "转发朋友圈谣言 男子被行政拘留5日",
            "短视频平台侵权内容删除难",
        ] {
            let r = roles(&format!("{headline}\n\n新华社北京9月5日电 今年以来，有关部门加大了执法力度。"));
            assert_eq!(r[0].1, Role::Headline { sub: false }, "{headline}: {r:?}");
        }
        let r = roles("如需了解详情，可拨打\n咨询电话：0571-87001234，\n工作人员将为您解答。");
        assert!(r.iter().all(|(_, role, _)| *role == Role::Body), "{r:?}");
        // A masthead names its paper: not `义务教育教材2025版…` nor a source cited in the text.
        assert_ne!(roles("义务教育教材2025版9月1日起全面投入使用\n\n新华社北京9月1日电 新教材今起使用。")[0].1, Role::Header);
        // A caption or a lead without its full stop is no post headline.
        let r = roles("9月1日，北京市民在奥林匹克森林公园里晨练，享受初秋的清爽\n图片来源：视觉中国\n\n进入9月，北京气温逐渐回落。");
        assert_eq!(r[0].1, Role::Body, "{r:?}");
        // A PDF's number spaced from its unit is no numbered part.
        let r = bodies("所需资金由财政分担。各区要于\n10 月底前将提标资金足额发放到位，并组织\n10 余个工作组开展专项督查。");
        assert_eq!(r, ["所需资金由财政分担。各区要于10 月底前将提标资金足额发放到位，并组织10 余个工作组开展专项督查。"]);
        // Index rows are no time stamps.
        let r = roles("A股三大指数收涨\n上证指数 3812.22 21.17\n深证成指 12356.78 -15.60\n\n两市成交额1.82万亿元。");
        assert!(r.iter().all(|(_, role, _)| *role != Role::Credit), "{r:?}");
    }

    #[test]
    fn a_video_post_s_editor_line_lets_the_next_headline_open_its_story() {
        let text = "视频｜台风“桦加沙”登陆广东阳江\n编辑：陈晨\n\n广东全力做好台风防御工作\n\n记者从广东省三防指挥部获悉，全省已转移安置群众超过60万人。";
        let ls = lines(text);
        let (blocks, stories) = layout(text, &ls, &|_, _| false, &classes);
        assert_eq!(stories.len(), 2, "{stories:?}");
        let title = stories[1].title.map(|t| &text[blocks[t].start..blocks[t].end]);
        assert_eq!(title, Some("广东全力做好台风防御工作"));
    }

    #[test]
    fn a_wrapped_labelled_line_or_a_long_answer_is_read_right() {
        let bodies = |text: &str| roles(text).into_iter().filter(|(_, r, _)| *r == Role::Body).map(|(s, _, _)| s.replace('\n', "")).collect::<Vec<_>>();
        // A hard-wrapped sentence with a colon stays whole under a short labelled line.
        let text = "调查：近七成受访者支持延长产假\n\n调查显示：68.5%的受访者支持进一步延长产假，认为这有助于\n减轻育龄女性的后顾之忧。";
        assert!(
            bodies(text).iter().any(|b| b.ends_with("调查显示：68.5%的受访者支持进一步延长产假，认为这有助于减轻育龄女性的后顾之忧。")),
            "{:?}",
            bodies(text)
        );
        // A transcript: a short question, a long answer, a blank line apart.
        let text = "主持人：中医药在抗疫中发挥了什么作用\n\n张伯礼：中医药全程参与了救治工作，取得了很好的效果。\n\n主持人：未来的重点是什么\n\n张伯礼：传承精华，守正创新，培养更多中医药人才。";
        assert_eq!(bodies(text).len(), 4, "{:?}", bodies(text));
        // The line before a list is not glued to its first item.
        let b = bodies("各地天气预报如下。\n【天气】\n北京：晴 23-33℃\n上海：多云 27-35℃");
        assert!(b.iter().all(|s| !s.contains("【天气】北京")) && b.contains(&"北京：晴 23-33℃".to_string()), "{b:?}");
    }

    #[test]
    fn a_labelled_value_wrapped_onto_the_next_line_stays_whole_and_a_new_sentence_stays_apart() {
        let bodies = |text: &str| roles(text).into_iter().filter(|(_, r, _)| *r == Role::Body).map(|(s, _, _)| s.replace('\n', "")).collect::<Vec<_>>();
        // The place runs on: `三楼报告厅` has no verb before its comma.
        assert_eq!(
            bodies("时间：5月20日下午2点\n地点：市民中心\n三楼报告厅，请参会人员提前十分钟入场。"),
            ["时间：5月20日下午2点", "地点：市民中心三楼报告厅，请参会人员提前十分钟入场。"]
        );
        // A subject and its verb, without a comma, open a sentence of their own.
        let b = bodies("申请：居民本人\n审核：社区\n缴费：银行代扣\n参保居民可在社区服务中心办理。");
        assert_eq!(b, ["申请：居民本人", "审核：社区", "缴费：银行代扣", "参保居民可在社区服务中心办理。"]);
        // A sentence with its own clause before the comma is apart as before.
        assert_eq!(bodies("一审：判决被告赔偿\n终审：驳回上诉维持原判\n法官表示，该案具有示范意义。").len(), 3);
    }

    #[test]
    fn a_song_s_credits_stand_apart_from_its_lyrics() {
        let r = roles("春天的故事\n作词：蒋开儒、叶旭全\n作曲：王佑贵\n一九七九年那是一个春天\n有一位老人在中国的南海边画了一个圈");
        let got: Vec<(&str, Role)> = r.iter().map(|(s, role, _)| (s.as_str(), *role)).collect();
        assert_eq!(
            got,
            [
                ("春天的故事", Role::Headline { sub: false }),
                ("作词：蒋开儒、叶旭全", Role::Byline),
                ("作曲：王佑贵", Role::Byline),
                ("一九七九年那是一个春天\n有一位老人在中国的南海边画了一个圈", Role::Body),
            ]
        );
        assert_eq!(roles("作词：张藜  作曲：秦咏诚\n我和我的祖国")[0].1, Role::Byline);
        // A line that says more than names stays text.
        assert_eq!(roles("作曲：他为这首歌写了三个版本。")[0].1, Role::Body);
    }

    #[test]
    fn a_speaker_s_headline_above_a_byline_is_the_headline() {
        for byline in ["记者：王磊", "记者：王磊、李阳", "记者：王磊 李阳 张伟"] {
            let r = roles(&format!("李强：坚定不移推进高水平对外开放\n{byline}\n国务院总理李强25日出席论坛并致辞。"));
            let got: Vec<Role> = r.iter().map(|x| x.1).collect();
            assert_eq!(got, [Role::Headline { sub: false }, Role::Byline, Role::Body], "{byline}: {r:?}");
        }
        // Turns of an interview stay text.
        let r = roles("主持人：今年的收成怎么样呢\n记者：今年风调雨顺亩产增加\n\n目前正是秋收时节。");
        assert!(r.iter().all(|(_, role, _)| *role == Role::Body), "{r:?}");
    }

    #[test]
    fn a_sections_name_on_its_own_line_heads_a_new_story() {
        // One blank line apart, as under a column header: `经济` and `健康生活` open stories.
        let r = roles("王川认为乐视的封闭模式就快要走到头了。\n\n经济\n\n姚景源痛批银行暴利，称银行变成了高速公路。\n\n健康生活\n\n秋季养生喝粥正当时\n\n入秋后天气干燥，不少市民选择喝粥养生。");
        let got: Vec<(&str, Role, usize)> = r.iter().map(|(s, role, st)| (s.as_str(), *role, *st)).collect();
        assert_eq!(
            got,
            [
                ("王川认为乐视的封闭模式就快要走到头了。", Role::Body, 0),
                ("经济", Role::Header, 1),
                ("姚景源痛批银行暴利，称银行变成了高速公路。", Role::Body, 1),
                ("健康生活", Role::Header, 2),
                ("秋季养生喝粥正当时", Role::Headline { sub: false }, 2),
                ("入秋后天气干燥，不少市民选择喝粥养生。", Role::Body, 2),
            ]
        );
        // The same word inside a line of text is text.
        let r = roles("教育是国之大计。\n\n教育部今天发布通知。");
        assert!(r.iter().all(|x| x.1 == Role::Body && x.2 == 0), "{r:?}");
    }

    #[test]
    fn marks_a_paper_prints_around_headers_and_bylines_are_no_text() {
        // `■本报记者 何强 ` before the text is its byline (left out of the sentence); `【国际视窗】`, `▲经济` head columns;
        // `（编辑 何强）` ends its story as `（编辑：何强）` does.
        let text = "■本报记者 何强 上海市35岁以下的创业者占比超过六成。\n\n（编辑 何强）\n\n□记者 许丽 从今日起，申请人只需填一张表。\n\n【国际视窗】\n\n俄罗斯已失去全球第八大经济体的地位。\n\n▲经济\n\n　　姚景源痛批银行暴利。";
        let r = roles(text);
        let got: Vec<(&str, Role, usize)> = r.iter().map(|(s, role, st)| (s.as_str(), *role, *st)).collect();
        assert_eq!(
            got,
            [
                ("上海市35岁以下的创业者占比超过六成。", Role::Body, 0),
                ("（编辑 何强）", Role::Credit, 0),
                ("从今日起，申请人只需填一张表。", Role::Body, 1),
                ("【国际视窗】", Role::Header, 2),
                ("俄罗斯已失去全球第八大经济体的地位。", Role::Body, 2),
                ("▲经济", Role::Header, 3),
                ("姚景源痛批银行暴利。", Role::Body, 3),
            ]
        );
        // Dashes on one side lead a subtitle, not a column: `——记者观察` stays under its headline.
        let r = roles("展览馆搬进商场内，购物看展两不误\n——记者观察\n\n（记者孙明）一项调查显示，商场布展越来越多。");
        assert_eq!(r[1].0, "——记者观察");
        assert!(matches!(r[1].1, Role::Headline { sub: true }) && r.iter().all(|x| x.2 == 0), "{r:?}");
        // A mark before a sentence that names no reporter is text.
        let r = roles("■ 国务院常务会议部署进一步稳就业举措。");
        assert_eq!(r[0].1, Role::Body, "{r:?}");
    }

    #[test]
    fn a_rule_line_ends_its_story_and_a_relayed_wire_is_a_dateline() {
        // `---`, `* * *`: the next item is a story of its own, and the rule is in no sentence.
        for rule in ["---", "* * *", "＊＊＊", "======", "——————"] {
            let r = roles(&format!("王川认为乐视的封闭模式就快要走到头了。\n\n{rule}\n\n从今日起，申请人只需填一张表。"));
            let got: Vec<(&str, Role, usize)> = r.iter().map(|(s, role, st)| (s.as_str(), *role, *st)).collect();
            assert_eq!(
                got,
                [("王川认为乐视的封闭模式就快要走到头了。", Role::Body, 0), (rule, Role::Credit, 0), ("从今日起，申请人只需填一张表。", Role::Body, 1)]
            );
        }
        // `据新华社电` runs the agency's wire; `据新华社报道，` names a source in the sentence.
        assert_eq!(roles("据新华社电 国务院日前印发意见。")[0].0, "国务院日前印发意见。");
        assert_eq!(roles("据新华社北京8月26日电（记者王磊）国务院日前印发意见。")[0].0, "国务院日前印发意见。");
        assert_eq!(roles("据新华社报道，国务院日前印发意见。")[0].0, "据新华社报道，国务院日前印发意见。");
    }

    #[test]
    fn a_headline_over_its_dateline_may_ask_list_or_quote() {
        let dated = "新华社长沙4月28日电 圣诞将至，香港弥漫着节日的气氛。万达商业地产仍然轻松。";
        for headline in ["谁在买进和卖出阿里巴巴？", "万达上市冲刺将打好王健林、投行、散客三张牌", "发改委调查银行垄断：普遍乱收费只收费不服务"]
        {
            // Right over the dateline, at the top, under a column header or after another story.
            for text in [format!("{headline}\n{dated}"), format!("财经观察\n\n{headline}\n\n{dated}"), format!("上一篇的最后一句话。\n\n{headline}\n{dated}")]
            {
                let r = roles(&text);
                let h = r.iter().find(|x| x.0 == headline).expect("headline line");
                let story = h.2;
                assert_eq!(h.1, Role::Headline { sub: false }, "{text}: {r:?}");
                assert!(r.iter().filter(|x| x.1 == Role::Body && x.0.starts_with("圣诞")).all(|x| x.2 == story), "{text}: {r:?}");
            }
        }
        // Inside a story, a question on its own line over more text is text.
        let r = roles("新华社长沙4月28日电 圣诞将至，香港弥漫着节日的气氛。\n\n谁在买进和卖出阿里巴巴？\n\n万达商业地产仍然轻松。");
        assert!(r.iter().all(|x| x.1 != Role::Headline { sub: false }), "{r:?}");
    }

    #[test]
    fn a_briefing_s_name_is_its_column_and_the_item_s_headline_its_title() {
        let r = roles("早报\n\n国家统计局：11月份制造业PMI为50.3%\n\n国家统计局30日发布数据，11月份制造业PMI为50.3%，比上月上升0.6个百分点。");
        let got: Vec<Role> = r.iter().map(|x| x.1).collect();
        assert_eq!(got, [Role::Header, Role::Headline { sub: false }, Role::Body], "{r:?}");
    }

    #[test]
    fn a_feed_s_chrome_under_its_column_name_does_not_start_the_story() {
        // `资讯` / `打开App` over the headline: the headline still opens the story, it is no body.
        let r = roles("资讯\n打开App\n\n南溪地铁1号线一期开始空载试运行 预计年内开通初期运营\n\n2025-06-08 16:42\n\n记者8日从南溪市轨道交通集团有限公司获悉，南溪地铁1号线一期工程当日起进入空载试运行阶段。");
        let got: Vec<Role> = r.iter().map(|x| x.1).collect();
        assert_eq!(got, [Role::Header, Role::Credit, Role::Headline { sub: false }, Role::Credit, Role::Body], "{r:?}");
    }

    #[test]
    fn a_notice_s_title_closing_on_its_number_heads_it_over_the_page_s_meta_line() {
        let text = "青峰县人民政府\n无障碍   长者模式   简 | 繁\n首页   走进青峰   政务公开   政务服务   互动交流   专题专栏\n\n关于石门乡“3·18”森林火灾扑救进展情况的通报（第3号）\n发布时间：2025-03-19 20:30   来源：县森防指办\n\n3月18日13时许，我县石门乡黄泥坳村与双溪村交界处山林发生火情。";
        let r = roles(text);
        let notice = r.iter().find(|x| x.0.starts_with("关于"));
        assert!(notice.is_some_and(|x| matches!(x.1, Role::Headline { .. })), "{r:?}");
    }

    #[test]
    fn an_account_s_name_above_tells_nothing_so_a_comma_headline_under_it_heads_the_post() {
        let r = roles("江澄新闻\n\n暴雨中公交车停下，司机背起老人蹚过齐膝积水\n\n6月19日傍晚，江澄突降暴雨，城北丰乐路部分路段积水没过膝盖。188路公交司机张师傅在进站时发现，一位老人站在积水边。");
        assert_eq!(r[1], ("暴雨中公交车停下，司机背起老人蹚过齐膝积水".to_string(), Role::Headline { sub: false }, 0), "{r:?}");
    }

    #[test]
    fn the_host_handing_the_floor_on_is_asking_not_telling() {
        let r = roles("以下为发布会实录。\n主持人：请徐指导先谈谈对本场比赛的看法。\n徐浩：首先祝贺我的球员，下半场我们在中场增加了一个接应点。\n主持人：各队将于下周公布名单。");
        let got: Vec<Role> = r.iter().map(|x| x.1).collect();
        assert_eq!(got, [Role::Body, Role::Question, Role::Body, Role::Body], "{r:?}");
    }

    #[test]
    fn a_reporter_s_question_is_asked_not_told() {
        let r = roles("外交部例行记者会\n\n法新社记者：中方将于下月举办中国—中亚外长会晤，能否介绍具体安排？\n\n毛宁：五国外长将于12月8日至9日来华出席会晤。\n\n记者：今年的收成怎么样？\n\n李建国：亩产一千二百斤，比去年多了一百斤。");
        let got: Vec<Role> = r.iter().map(|x| x.1).collect();
        assert_eq!(got, [Role::Headline { sub: false }, Role::Question, Role::Body, Role::Question, Role::Body], "{r:?}");
        // A reporter's byline, and a reporter who tells, are no question.
        let r = roles("记者：陈晓 李阳\n\n总台记者：我们现在是在江门中微子实验站的地下700米处。");
        assert!(r.iter().all(|x| x.1 != Role::Question), "{r:?}");
    }

    #[test]
    fn an_item_s_number_or_bullet_is_told_from_the_text_s_own_number() {
        for (s, mark) in [
            ("【1】国家发改委：今年将发行1万亿元超长期特别国债。", "【1】"),
            ("【12】2024年高考报名人数为1342万人。", "【12】"),
            ("①民航局：五一假期民航共运输旅客962万人次。", "①"),
            ("3. 教育部：高考报名人数为1342万人。", "3. "),
            ("（二）保障课间活动时间。", "（二）"),
            ("二、主要举措落实到位。", "二、"),
            ("▶▶ 上海：非沪籍居民家庭购房社保年限调整为1年。", "▶▶ "),
            ("📌上海：购房社保年限调整为1年。", "📌"),
            ("- 预计10月1日起施行。", "- "),
        ] {
            assert_eq!(&s[..item_mark_len(s)], mark, "{s}");
        }
        for s in
            ["1.5万人参加了活动。", "一、二线城市房价企稳。", "3、4月份销量回升。", "2024年高考报名人数公布。", "(2024)京01民初123号判决书。", "【视频】", "①②"]
        {
            assert_eq!(item_mark_len(s), 0, "{s}");
        }
    }

    #[test]
    fn a_digest_s_name_and_date_atop_the_paste_head_the_page() {
        for s in [
            "体坛早知道｜10月20日",
            "📰 每日简报 | 9月5日 星期四 农历八月初三",
            "【新闻联播】2024年4月18日",
            "新华社快讯 2024-07-15",
            "港聞簡報　2025年2月14日（星期五）",
            "2024年5月21日 星期二 人民日报 第1版 要闻",
            "南方日报　2025年11月4日　星期二　A04　广东新闻",
        ] {
            assert!(is_dated_masthead(s), "{s}");
        }
        for s in ["国务院常务会议5月15日召开", "2024年7月14日", "市人力资源和社会保障局　2025年12月20日，全市放假一天", "中国女排3比1胜多米尼加 晋级八强"]
        {
            assert!(!is_dated_masthead(s), "{s}");
        }
        let r = roles("每日简报 | 9月5日 星期四\n\n国务院常务会议部署促进服务消费\n国务院总理李强4日主持召开国务院常务会议。");
        assert_eq!(r[0].1, Role::Header, "{r:?}");
        assert_eq!(r[1].1, Role::Headline { sub: false }, "{r:?}");
    }

    #[test]
    fn a_roundup_s_and_a_feed_s_items_are_stories_of_their_own() {
        let story_of = |text: &str| -> Vec<usize> { roles(text).iter().filter(|x| x.1 == Role::Body).map(|x| x.2).collect() };
        // Numbered or timed items, each under its `【headline】`, no blank line between them.
        let feed = "1.【商务部：前10个月货物贸易进出口增长5.2%】商务部11日发布数据，今年前10个月我国货物贸易进出口总值增长5.2%。\n2.【第十五届中国航展在珠海开幕】第十五届中国国际航空航天博览会12日在珠海开幕。\n3.【快递业务量再创新高】国家邮政局监测数据显示，11日共揽收快递包裹7.01亿件。";
        assert_eq!(story_of(feed), [0, 1, 2]);
        let feed = "08:05 【国家统计局：2月CPI同比下降0.7%】国家统计局今日发布数据，2月份全国居民消费价格同比下降0.7%。\n08:32 【央行开展逆回购操作】中国人民银行今日开展逆回购操作，操作利率维持1.5%不变。";
        assert_eq!(story_of(feed), [0, 1]);
        // Places, three or more in a row.
        let roundup = "【北京】北京市日前印发实施意见，提出全市常住人口城镇化率保持在87.5%以上。\n\n【上海】上海市人民政府办公厅近日发布通知，推进老旧小区加装电梯工作。\n\n【广东】广东省统计局发布数据，前三季度广东地区生产总值同比增长3.4%。";
        assert_eq!(story_of(roundup), [0, 1, 2]);
        let roundup = "江苏：1月5日，江苏省召开全省高质量发展大会，部署今年重点任务。\n浙江：浙江省商务厅消息，2024年浙江省进出口总额同比增长7.2%。\n山东：山东港口青岛港2024年完成集装箱吞吐量3087万标准箱。";
        assert_eq!(story_of(roundup), [0, 1, 2]);
        // Fields and repeated speakers are no roundup.
        let form = "时间：2025年1月5日上午9时，全体人员准时到场签到入座。\n地点：市政府第一会议室，请各单位提前十分钟到达会场。\n内容：听取各区县关于安全生产工作的汇报并研究部署。";
        assert!(story_of(form).iter().all(|&k| k == 0));
        let turns = "【主持人】请问今年的外贸形势怎么样，有哪些新的变化和特点？\n\n【刘明】今年前8个月全省外贸进出口同比增长5.6%，增速高于全国。\n\n【主持人】下一步将采取哪些措施稳住外贸基本盘，请具体介绍一下？";
        assert!(story_of(turns).iter().all(|&k| k == 0));
    }

    #[test]
    fn a_list_page_s_and_a_digest_s_furniture_is_told_from_its_items() {
        let story_of = |text: &str| -> Vec<(Role, usize)> { roles(text).iter().map(|x| (x.1, x.2)).collect() };
        let head = Role::Headline { sub: false };
        // A list page: a one-step trail, each item's headline over its date, a link to the whole
        // text, a pager.
        let page = "新闻中心 > 公司新闻\n\n华光新能源发布2024年度业绩：营收同比增长23%\n2025-03-28\n3月28日，华光新能源发布2024年年度报告。\n阅读全文>>\n\n华光新能源合肥基地电池项目正式投产\n2025-02-20\n2月20日，华光新能源合肥基地电池项目正式投产。\n阅读全文>>\n\n共2条 上一页 1 下一页";
        let r = story_of(page);
        assert_eq!(r.iter().filter(|x| x.0 == head).map(|x| x.1).collect::<Vec<_>>(), [0, 1], "{r:?}");
        assert!(r.iter().all(|x| x.0 != Role::Body || x.1 <= 1) && r.iter().filter(|x| x.0 == Role::Body).count() == 2, "{r:?}");
        // A government page's list: a meta line with its font-size tool, buttons shoulder to shoulder.
        let page = "当前位置：首页 > 政务公开 > 政务动态\n\n市政府召开第45次常务会议\n来源：市政府办公室　发布时间：2025-05-12 16:30　【字体：大 中 小】\n5月12日，市长主持召开市政府第45次常务会议。\n【打印】【关闭】\n\n我市启动2025年就业服务月活动\n来源：市人力资源和社会保障局　发布时间：2025-05-10 09:00　【字体：大 中 小】\n5月10日，我市2025年就业服务月活动在市民广场启动。\n【打印】【关闭】";
        let r = story_of(page);
        assert_eq!(r.iter().filter(|x| x.0 == head).map(|x| x.1).collect::<Vec<_>>(), [0, 1], "{r:?}");
        assert_eq!(r.iter().filter(|x| x.0 == Role::Body).map(|x| x.1).collect::<Vec<_>>(), [0, 1], "{r:?}");
        // A digest: its issue's title with the dates in brackets, items between ※※※ rules, a rule
        // over and under an item's head, and a call to share.
        let digest = "一周要闻回顾（12月2日—12月8日）\n\n══════\n（一）中央政治局会议分析研究2025年经济工作\n══════\n中共中央政治局12月9日召开会议，分析研究2025年经济工作。\n\n※※※\n\n天舟八号货运飞船完成撤离\n天舟八号货运飞船12月5日已完成与空间站组合体的分离。\n\n※※※\n\n欢迎转发分享，点亮“在看”";
        let r = roles(digest);
        assert_eq!((r[0].0.as_str(), r[0].1), ("一周要闻回顾（12月2日—12月8日）", head), "{r:?}");
        let bodies: Vec<(&str, usize)> = r.iter().filter(|x| x.1 == Role::Body).map(|x| (x.0.as_str(), x.2)).collect();
        assert_eq!(bodies.len(), 2, "{r:?}");
        assert!(bodies[0].0.starts_with("中共中央") && bodies[1].0.starts_with("天舟八号") && bodies[0].1 != bodies[1].1, "{r:?}");
    }

    #[test]
    fn a_programme_s_items_each_open_on_their_bracketed_kind() {
        // Items one blank line apart, as a TV programme's text page lists them: each `【视频】`
        // headline opens its item, not a sentence glued onto its first line; the programme's
        // name and date head the page.
        let r = roles("《新闻联播》 20240515 19:00\n\n【视频】习近平会见法国总统\n5月15日，国家主席习近平在北京会见来访的法国总统。两国元首深入交换意见。\n\n【视频】国务院常务会议部署推动大规模设备更新\n国务院总理李强5月14日主持召开国务院常务会议。会议指出，要坚持市场为主。\n\n[图文]4月份国民经济持续回升向好\n国家统计局今天发布数据，4月份工业增加值同比增长6.7%。");
        let got: Vec<(Role, usize)> = r.iter().map(|x| (x.1, x.2)).collect();
        let head = Role::Headline { sub: false };
        assert_eq!(got, [(Role::Header, 0), (head, 0), (Role::Body, 0), (head, 1), (Role::Body, 1), (head, 2), (Role::Body, 2)], "{r:?}");
        // A bracketed kind before a sentence, or a word in brackets that names no kind, opens nothing.
        for text in ["大家好。\n\n【视频】记者在现场拍到了救援的全过程。\n消防员随后赶到。", "大家好。\n\n【独家专访】张伟谈新片\n他说这部电影拍了三年。"]
        {
            let r = roles(text);
            assert!(r.iter().all(|x| x.2 == 0), "{r:?}");
        }
    }

    #[test]
    fn a_post_s_bracketed_headline_heads_its_text_and_each_post_is_a_story() {
        // A space may stand between the topics and the headline.
        let r = roles("#男子高速逆行被查# 【男子错过出口竟在高速上逆行2公里】9月6日14时许，沪昆高速金华段一辆小型轿车逆向行驶。");
        assert_eq!(r[0], ("#男子高速逆行被查# 【男子错过出口竟在高速上逆行2公里】".to_string(), Role::Headline { sub: false }, 0), "{r:?}");
        let r =
            roles("#高速倒车致3车追尾#【男子错过出口高速倒车】11月28日，一男子在沈海高速上错过出口后倒车，导致3车追尾。当地交警表示，该男子将被罚款200元。");
        assert_eq!((r[0].0.as_str(), r[0].1), ("#高速倒车致3车追尾#【男子错过出口高速倒车】", Role::Headline { sub: false }), "{r:?}");
        assert!(r.len() == 2 && r[1].0.starts_with("11月28日") && r[1].1 == Role::Body && r[1].2 == 0, "{r:?}");
        let r = roles("【国家医保局：暂停超量开药】记者从国家医保局获悉，该局近日发布通知，要求加强监管。\n\n【台风“竹节草”登陆浙江舟山】据浙江省气象台消息，台风于今天凌晨登陆。");
        assert_eq!(
            r.iter().map(|x| (x.1, x.2)).collect::<Vec<_>>(),
            [(Role::Headline { sub: false }, 0), (Role::Body, 0), (Role::Headline { sub: false }, 1), (Role::Body, 1)],
            "{r:?}"
        );
        // A flash's headline may space its two halves, over its wire.
        let r = roles("【沪指全天收涨1.28% 两市成交额1.21万亿元】财联社10月16日电，沪指收涨1.28%，深成指涨1.76%。");
        assert_eq!((r[0].0.as_str(), r[0].1), ("【沪指全天收涨1.28% 两市成交额1.21万亿元】", Role::Headline { sub: false }), "{r:?}");
        assert_eq!(r[1].0, "沪指收涨1.28%，深成指涨1.76%。", "{r:?}");
        // A label, a speaker's turn or a paper's mark in `【】` heads no post.
        for text in [
            "【社区消息】本周六上午，幸福里社区将在中心广场举办义诊活动。",
            "【台风最新消息】今年第8号台风预计15日白天在浙江沿海登陆。",
            "【主持人 寿小丽】女士们、先生们，上午好！欢迎出席新闻发布会。",
            "【外交部发言人毛宁】五国外长将于12月8日至9日来华出席会晤。",
        ] {
            let r = roles(text);
            assert!(r.iter().all(|x| x.1 == Role::Body) && r[0].0.starts_with('【'), "{r:?}");
        }
        let r = roles("【明报专讯】政府今日公布最新的住户收入统计数字。");
        assert!(r.iter().all(|x| !matches!(x.1, Role::Headline { .. })), "{r:?}");
    }

    #[test]
    fn a_headline_atop_a_much_longer_paragraph_is_no_part_of_it() {
        // Right over the paragraph, with a colon or a comma: the headline, not the sentence's start.
        for (headline, first) in [
            ("专家：高温天气老人要注意防暑", "连日来，我市持续高温，最高气温达39℃。"),
            ("国家统计局：7月份工业增加值增长5.7%", "国家统计局今天发布数据，7月份规模以上工业增加值同比增长5.7%。"),
            ("防诈骗，从我做起", "近期电信诈骗案件多发，警方梳理了十种常见骗术。"),
        ] {
            let r = roles(&format!("{headline}\n{first}市疾控中心专家提醒，老年人应尽量避免在中午外出。"));
            assert_eq!((r[0].0.as_str(), r[0].1), (headline, Role::Headline { sub: false }), "{r:?}");
            assert!(r[1].0.starts_with(first) && r[1].1 == Role::Body, "{r:?}");
        }
        // Over a paragraph whose first line a column break ends: its sentences are what
        // tell it is a paragraph.
        let text = "贵州茅台最后撤离者：306家机构背负的资本裂纹\n在中报公布的周末里，茅台成为资本圈密谈最多的话题。对贵州茅台的306个基\n\n金股东而言，无论离开还是坚守都需要勇气。";
        let r = roles(text);
        assert_eq!(r[0], ("贵州茅台最后撤离者：306家机构背负的资本裂纹".to_string(), Role::Headline { sub: false }, 0), "{r:?}");
        assert!(r[1..].iter().all(|x| x.1 == Role::Body) && r[1].0.starts_with("在中报"), "{r:?}");
        // A paste that starts mid-paragraph, its first line a clause with a comma: no headline.
        for text in [
            "近日，记者从市住建局获悉\n今年我市将改造老旧小区120个，惠及居民3万户。改造内容包括加装电梯、\n管网更新和外立面整治，预计年底前全部完工。",
            "据了解，今年以来我市\n累计新增就业岗位2.3万个。全市城镇调查失业率为5.1%，比上月下降0.2\n个百分点。",
            // With no comma, a line that ends on `获悉` opens the sentence below it.
            "记者从市住建局获悉\n今年以来，全市已完成老旧小区改造120个，惠及居民3万户。",
            "记者日前从市人社局了解到\n今年全市城镇新增就业2.3万人。",
        ] {
            let r = roles(text);
            assert!(r.iter().all(|x| x.1 == Role::Body), "{r:?}");
        }
        // A headline that lists with `、`, a blank line over its paragraph.
        for headline in ["华为、小米三季度手机出货量双双增长", "中共中央、国务院印发《关于加快建设农业强国的意见》"] {
            let r = roles(&format!("{headline}\n\n市场研究机构数据显示，今年第三季度两家公司的出货量均实现同比增长，增幅都超过了一成。"));
            assert_eq!((r[0].0.as_str(), r[0].1), (headline, Role::Headline { sub: false }), "{r:?}");
            assert!(r.len() == 2 && r[1].1 == Role::Body, "{r:?}");
        }
        // A headline with a comma atop the paste, a blank line over its lead, or over the page's
        // time stamp.
        for headline in ["A股三大指数集体收涨，沪指重回3800点", "“反向旅游”走红，是对景区的善意提醒"] {
            for gap in ["\n\n", "\n\n2025-09-09 15:32 来源：证券时报网\n\n"] {
                let r = roles(&format!("{headline}{gap}9月9日，A股三大指数集体收涨。截至收盘，沪指涨0.85%报3812.4点，深证成指涨1.12%。"));
                assert_eq!((r[0].0.as_str(), r[0].1), (headline, Role::Headline { sub: false }), "{r:?}");
                assert_eq!(r.last().map(|x| x.1), Some(Role::Body), "{r:?}");
            }
        }
        // A clause a column break cut, over a blank line, is no headline: it opens on a time
        // or tells; and below the top of the paste, a comma line is text.
        for text in [
            "9月9日，A股三大指数集体\n\n收涨。截至收盘，沪指涨0.85%报3812.4点，深证成指涨1.12%。两市成交额超过2万亿元。",
            "今年以来，我市坚持稳中求进工作总基调，全市经济运行\n\n总体平稳、稳中有进。全市地区生产总值同比增长5.2%，规模以上工业增加值增长6.1%。",
            "中央气象台预计，今天夜间到明天\n\n江南、华南等地有大到暴雨，局地有大暴雨，请公众注意防范。",
            "市场回暖。\n\n券商板块领涨，银行板块\n\n小幅回调，两市成交额合计超过1万亿元，较上一交易日放量。",
        ] {
            let r = roles(text);
            assert!(r.iter().all(|x| x.1 == Role::Body), "{r:?}");
        }
        // Over a paragraph that opens by repeating it.
        let r = roles("剖析：2013传播创新峰会的9条干货\n剖析：2013传播创新峰会的9条干货：2013，人人都是自媒体；传播业发生了巨变。昨天，峰会在京举办。");
        assert_eq!(r[0].1, Role::Headline { sub: false }, "{r:?}");
        assert!(r.len() > 1 && r[1..].iter().all(|x| x.1 == Role::Body), "{r:?}");
        // A column break with a comma before it, over a blank line, still joins; so does a
        // hard-wrapped first line as wide as the next, and a transcript's first turn is a turn.
        let r = roles("习近平总书记指出，依法治\n\n疆是团结稳疆、长期建疆的前提和基础。");
        assert!(r.len() == 1 && r[0].1 == Role::Body, "{r:?}");
        let r = roles("法院审理认为，被告公众号对未经授权不得转载的声明视而\n不见，擅自转载原告的多篇原创文章，构成侵权。");
        assert_eq!(r.len(), 1, "{r:?}");
        let r = roles("记者：今年的就业形势怎么样\n\n发言人：总体稳定。1至7月，全国城镇新增就业837万人，完成全年目标任务的76%。");
        assert!(r.iter().all(|x| x.1 == Role::Body), "{r:?}");
    }

    #[test]
    fn a_list_of_flashes_each_with_its_source_keeps_its_items_apart() {
        let r = roles("财经快讯\n\n1. 央行今日开展1000亿元逆回购操作，利率维持不变。\n来源：中国人民银行\n2. 国家统计局发布数据，8月CPI同比上涨0.5%。\n来源：国家统计局\n3. 沪指收涨0.8%，成交额超1万亿元。\n来源：上交所");
        assert_eq!(r.iter().map(|x| x.2).collect::<Vec<_>>(), [0, 0, 0, 1, 1, 2, 2], "{r:?}");
        // Headlines only, one a speaker's: each item is a story under its headline.
        let r = roles("早间快讯\n\n国务院常务会议部署推动消费扩容提质\n来源：新华社\n\n国家统计局：8月份CPI同比下降0.4%\n来源：国家统计局\n\n多地发布秋季开学防疫提示\n来源：人民日报");
        let got: Vec<(&str, Role, usize)> = r.iter().map(|(s, role, st)| (s.as_str(), *role, *st)).collect();
        assert_eq!(
            got,
            [
                ("早间快讯", Role::Header, 0),
                ("国务院常务会议部署推动消费扩容提质", Role::Headline { sub: false }, 0),
                ("来源：新华社", Role::Credit, 0),
                ("国家统计局：8月份CPI同比下降0.4%", Role::Headline { sub: false }, 1),
                ("来源：国家统计局", Role::Credit, 1),
                ("多地发布秋季开学防疫提示", Role::Headline { sub: false }, 2),
                ("来源：人民日报", Role::Credit, 2),
            ]
        );
        // A source over each section's text, or under a post's headline, ends nothing.
        let r = roles("今年夏粮再获丰收\n来源：人民日报\n\n国家统计局发布数据，夏粮增产。\n来源：国家统计局\n\n专家表示，丰收来之不易。");
        assert!(r.iter().all(|x| x.2 == 0), "{r:?}");
        let r = roles("哪些人需要办理\n来源：国家税务总局\n\n年收入超过12万元的纳税人需要办理汇算。\n\n如何办理\n来源：国家税务总局\n\n纳税人可通过个人所得税APP自行办理。");
        assert!(r.iter().all(|x| x.2 == 0), "{r:?}");
    }

    #[test]
    fn columns_of_headlines_with_credits_keep_their_items_apart() {
        let titles = |text: &str| {
            let ls = lines(text);
            let (blocks, stories) = layout(text, &ls, &|_, _| false, &classes);
            stories.iter().map(|s| s.title.map(|t| text[blocks[t].start..blocks[t].end].to_string())).collect::<Vec<_>>()
        };
        let photos = "图片新闻\n\n金色梯田迎丰收\n新华社记者 王冠森 摄\n\n古城夜色醉游人\n新华社记者 李贺 摄";
        assert_eq!(titles(photos), [Some("金色梯田迎丰收".to_string()), Some("古城夜色醉游人".to_string())]);
        let flashes = "快讯｜美联储宣布降息25个基点\n编辑：王琳\n\n快讯｜国际金价突破每盎司3600美元\n编辑：王琳";
        assert_eq!(titles(flashes).len(), 2, "{:?}", titles(flashes));
        // A headline that merely starts like a prompt is a headline.
        assert_eq!(roles("转发给家人！这几种野生菌千万别采别吃\n\n近期，多地进入野生菌生长旺季。")[0].1, Role::Headline { sub: false });
        // A notice's issuer and date sign it.
        let r = roles("特此通知。\n杭州市上城区卫生健康局\n2025年9月5日");
        assert_eq!(r.iter().map(|(_, role, _)| *role).collect::<Vec<_>>(), [Role::Body, Role::Credit, Role::Credit]);
    }

    #[test]
    fn wrapped_lines_that_only_look_like_marks_or_items_stay_one_sentence() {
        let bodies = |text: &str| roles(text).into_iter().filter(|(_, r, _)| *r == Role::Body).map(|(s, _, _)| s.replace('\n', "")).collect::<Vec<_>>();
        assert_eq!(bodies("如发现险情，请第一时间拨打\n报警电话：110\n或就近寻求帮助。"), ["如发现险情，请第一时间拨打报警电话：110或就近寻求帮助。"]);
        assert_eq!(
            bodies("据统计，全区共有\n35 所学校完成校舍加固，\n12 所学校新建了塑胶跑道。"),
            ["据统计，全区共有35 所学校完成校舍加固，12 所学校新建了塑胶跑道。"]
        );
        // The question is one (see `a_reporter_s_question_is_asked_not_told`); the answer, whole.
        let text = "记者：今年的收成怎么样？\n李建国：今年风调雨顺，亩产比去年\n多了将近一百斤，是个丰收年。";
        assert_eq!(roles(text)[0], ("记者：今年的收成怎么样？".to_string(), Role::Question, 0));
        assert_eq!(bodies(text), ["李建国：今年风调雨顺，亩产比去年多了将近一百斤，是个丰收年。"]);
        let r = bodies("一审：驳回原告全部诉讼请求\n二审：改判开发商支付逾期交房违约金\n共计人民币12.6万元。");
        assert_eq!(r, ["一审：驳回原告全部诉讼请求", "二审：改判开发商支付逾期交房违约金共计人民币12.6万元。"]);
    }

    #[test]
    fn dates_headlines_and_prompts_that_are_no_signature_or_footer() {
        let role_of = |text: &str, line: &str| roles(text).into_iter().find(|(s, _, _)| s == line).map(|(_, r, _)| r);
        // A headline over a date, and the dates of a chronology, are no signature.
        assert_ne!(role_of("国庆假期出游指南\n2025年9月28日\n\n今年国庆假期，各地景区迎来出游高峰。", "国庆假期出游指南"), Some(Role::Credit));
        let text = "台风“桦加沙”大事记\n\n2025年9月22日\n台风加强为超强台风。\n\n2025年9月24日\n台风在广东阳江登陆。";
        assert!(roles(text).iter().all(|(_, r, _)| *r != Role::Credit), "{:?}", roles(text));
        // A date inside a wrapped sentence is text.
        let text = "活动由市总工会主办。本次活动报名截止时间为\n2025年9月30日\n下午五点，逾期不再受理。";
        assert!(roles(text).iter().all(|(_, r, _)| *r == Role::Body), "{:?}", roles(text));
        // Headlines in a footer's or a prompt's words.
        for headline in ["如有侵权 谁来担责", "转发给更多人看到这位好心的外卖小哥"] {
            assert_eq!(
                role_of(&format!("{headline}\n\n新华社北京9月5日电 今年以来，有关部门加大了执法力度。"), headline),
                Some(Role::Headline { sub: false }),
                "{headline}"
            );
        }
        // English footers and sources, and a picture's author.
        assert_eq!(
            role_of(
                "新华社北京9月5日电 今年以来，有关部门加大了执法力度。\nSource: Reuters\nCopyright © 2025 Xinhua News Agency. All Rights Reserved.",
                "Source: Reuters"
            ),
            Some(Role::Credit)
        );
        assert_eq!(
            role_of(
                "今年以来，有关部门加大了执法力度。\n\nCopyright © 2025 Xinhua News Agency. All Rights Reserved.",
                "Copyright © 2025 Xinhua News Agency. All Rights Reserved."
            ),
            Some(Role::Credit)
        );
        assert_eq!(role_of("Copyright law protects authors.\n\n今年以来，有关部门加大了执法力度。", "Copyright law protects authors."), Some(Role::Body));
        assert_eq!(role_of("秋日喀纳斯\n图：王五\n\n喀纳斯迎来最美季节。", "图：王五"), Some(Role::Byline));
        // A picture's source after a slash is a credit; `图片｜…` is a headline.
        assert_eq!(role_of("金秋时节稻谷飘香\n图/视觉中国\n\n9月以来，各地陆续开镰收割。", "图/视觉中国"), Some(Role::Credit));
    }

    #[test]
    fn a_people_s_daily_page_splits_into_its_articles() {
        let text = "本报北京8月26日电  （记者王浩）今年以来，全国水利建设投资超过6000亿元。\n\n水利部表示将加快推进国家水网建设。\n\n《 人民日报 》（ 2025年08月27日 01 版）\n\n本版责编：张三  李四  王五\n\n本报电  国家统计局26日发布数据，工业增加值同比增长5.7%。\n\n《人民日报海外版》（2025年08月27日 第02版）";
        let r = roles(text);
        let got: Vec<(&str, Role, usize)> = r.iter().map(|(s, role, st)| (s.as_str(), *role, *st)).collect();
        assert_eq!(
            got,
            [
                ("今年以来，全国水利建设投资超过6000亿元。", Role::Body, 0),
                ("水利部表示将加快推进国家水网建设。", Role::Body, 0),
                ("《 人民日报 》（ 2025年08月27日 01 版）", Role::Credit, 0),
                ("本版责编：张三  李四  王五", Role::Credit, 0),
                ("国家统计局26日发布数据，工业增加值同比增长5.7%。", Role::Body, 1),
                ("《人民日报海外版》（2025年08月27日 第02版）", Role::Credit, 1),
            ]
        );
        // A title with a note in brackets is text: `《意见》（2025年版）发布` is a headline.
        assert_ne!(roles("《安宁疗护实践指南》（2025年版）")[0].1, Role::Credit);
    }

    #[test]
    fn web_and_wechat_pastes_keep_their_staff_lines_and_prompts_out_of_the_text() {
        let text = "国家统计局：7月份工业增加值增长5.7%\n\n人民网北京8月15日电 （记者王震）国家统计局今天发布数据。\n\n（责编：王瑶、王宇）\n\n\n\n来源 | 新华社\n编辑 | 张三\n\n近日，教育部印发通知。\n\n校对：赵六  审核：钱七\n\n点击“阅读原文”查看更多";
        let r = roles(text);
        let got: Vec<(&str, Role, usize)> = r.iter().map(|(s, role, st)| (s.as_str(), *role, *st)).collect();
        assert_eq!(
            got,
            [
                ("国家统计局：7月份工业增加值增长5.7%", Role::Headline { sub: false }, 0),
                ("国家统计局今天发布数据。", Role::Body, 0),
                ("（责编：王瑶、王宇）", Role::Credit, 0),
                ("来源 | 新华社", Role::Credit, 1),
                ("编辑 | 张三", Role::Credit, 1),
                ("近日，教育部印发通知。", Role::Body, 1),
                ("校对：赵六  审核：钱七", Role::Credit, 1),
                ("点击“阅读原文”查看更多", Role::Credit, 1),
            ]
        );
        // A label that is a word of the text is not a staff line: `文 | 图` inside a clause.
        assert_eq!(roles("记者了解到，文化 | 旅游融合发展成效明显。")[0].1, Role::Body);
    }

    #[test]
    fn an_editors_note_is_no_text_and_its_original_headline_is_the_title() {
        let text = "雄安新区全面启动第二批征迁安置工作。涉及三县54个村。（原题为《雄安新区第二批征迁安置工作启动》）\n\n\n\n收益率偏低是一个重要方面。（作者系某研究中心研究员，本文原题为：“中国养老金的可持续性研究”。本文首发《中国经济时报》，经授权刊发）";
        let lines = lines(text);
        let (blocks, stories) = layout(text, &lines, &|_, _| false, &classes);
        let got: Vec<(&str, Role)> = blocks.iter().map(|b| (&text[b.start..b.end], b.role)).collect();
        assert_eq!(
            got,
            [
                ("雄安新区全面启动第二批征迁安置工作。涉及三县54个村。", Role::Body),
                ("雄安新区第二批征迁安置工作启动", Role::Headline { sub: true }),
                ("收益率偏低是一个重要方面。", Role::Body),
                ("中国养老金的可持续性研究", Role::Headline { sub: true }),
            ]
        );
        assert_eq!(stories.iter().map(|s| s.title).collect::<Vec<_>>(), [Some(1), Some(3)]);
        // An author's note without an original headline is no text either.
        let r = roles("收益率偏低是一个重要方面。（作者系某研究中心研究员）");
        assert_eq!(r.len(), 1);
    }

    #[test]
    fn text_that_only_looks_like_a_staff_line_a_wire_or_a_prompt_stays_text() {
        let one_story = |text: &str| {
            let r = roles(text);
            assert!(r.iter().all(|(_, role, story)| *story == 0 && matches!(role, Role::Body | Role::Headline { .. })), "{text}: {r:?}");
            r
        };
        one_story("台州一民房突发火灾。\n\n接到报讯后，消防员赶到现场。");
        one_story("国家级警报讯息今晚响起，全台民众手机同步收到。");
        one_story("申请：参保人提交登记材料。\n审核：街道对材料进行审核并录入系统。\n公示：名单公示7天。");
        one_story("一审：判决被告赔偿。\n终审：驳回上诉，维持原判。");
        one_story("江豚又回来了。\n\n【记者手记】\n\n十年禁渔，换来了一江清水。");
        one_story("【社区消息】本周六举办义诊。\n\n【台风最新消息】台风预计15日登陆。");
        one_story("点击量超过1亿次，网友纷纷点赞转发。\n\n扫描下方二维码即可在线办理参保登记。");
        one_story("据报道，该书首次刊发于\n《人民日报》（2025年08月27日 第20版）\n此后被多家媒体转载。");
        let r = one_story("中国人民银行决定下调存款准备金率\n\n中国人民银行决定：自2025年9月5日起\n下调存款准备金率0.5个百分点。");
        assert_eq!(r[1].0, "中国人民银行决定：自2025年9月5日起\n下调存款准备金率0.5个百分点。");
        one_story("申请：居民向所在社区提交申请材料\n审核：街道社保所审核\n公示：审核结果在社区公示7天");
        one_story("一审：判决被告赔偿。\n终审：驳回上诉维持原判\n法官表示，该案具有示范意义。");
        one_story("考试安排如下。\n2025年12月20日 08:30-11:30\n考生须提前30分钟入场。");
        one_story("专家建议，有条件的读者最好阅读原文。\n\n有需要的市民可点击下方链接预约。\n\n参保居民可扫码关注“天津医保”微信公众号缴费。");
        one_story("办理流程如下：\n\n申请：居民本人\n\n审核：社区\n\n缴费：银行代扣");
        let r = one_story("关于暂停供水的通知\n\n停水时间：8月16日8:00至18:00\n\n停水范围：朝阳区幸福街道全域\n\n因管网改造施工，届时将暂停供水。");
        assert!(r[1..].iter().all(|(_, role, _)| *role == Role::Body), "{r:?}");
        let r = one_story("主持人：各位观众晚上好，欢迎收看节目\n\n记者：我现在所在的位置是九江抗洪一线\n\n目前水位仍在上涨。");
        assert!(r.iter().all(|(_, role, _)| *role == Role::Body), "{r:?}");
        let r = roles("老旧小区改造让居民住得更舒心\n（原标题：老旧小区改造惠及居民）\n\n今年以来，全市累计改造老旧小区320个。");
        let got: Vec<(Role, usize)> = r.iter().map(|x| (x.1, x.2)).collect();
        assert_eq!(got, [(Role::Headline { sub: false }, 0), (Role::Credit, 0), (Role::Body, 0)], "a note under the headline ends nothing");
        for title in [
            "扫码点餐强制关注公众号引争议",
            "视频｜台风“竹节草”登陆浙江舟山",
            "图｜航拍秋日新疆喀纳斯",
            "视频丨致敬英雄",
            "视频｜北京暴雨 多车被淹",
            "关注我们身边的好人好事",
            "男子落水路人报讯 民警火速救援",
        ] {
            let r = roles(&format!("{title}\n\n今年第8号台风15日在浙江舟山沿海登陆。"));
            assert_eq!(r[0], (title.to_string(), Role::Headline { sub: false }, 0));
        }
    }

    #[test]
    fn a_headline_under_a_posts_top_lines_is_its_title() {
        for top in ["来源 | 新华社", "编辑丨张三", "点击上方蓝字 关注我们", "2025年08月15日 10:05 来源：新华网"] {
            let text = format!("{top}\n\n国务院常务会议部署稳就业举措\n\n国务院总理主持召开国务院常务会议，部署稳就业举措。");
            let r = roles(&text);
            assert_eq!(r[0].1, Role::Credit, "{top}");
            assert_eq!(r[1], ("国务院常务会议部署稳就业举措".to_string(), Role::Headline { sub: false }, 0), "{top}");
        }
        // A time stamp under the headline's credits is one too.
        let r = roles("国务院常务会议部署稳就业举措\n编辑丨张三\n2025年08月15日 10:05\n国务院总理主持召开国务院常务会议。");
        assert_eq!(r.iter().map(|x| x.1).collect::<Vec<_>>(), [Role::Headline { sub: false }, Role::Credit, Role::Credit, Role::Body]);
        // An image or author credit inside an article ends nothing.
        let r = roles("秋日胡杨林美如画\n\n金秋时节，胡杨林进入最佳观赏期。\n\n图/网络\n\n游客在胡杨林中拍照留念\n\n据介绍，今年游客量创新高。");
        assert!(r.iter().all(|x| x.2 == 0), "{r:?}");
        // After a post's text, its staff line ends it: the next headline opens the next post.
        let r = roles("教育部部署开学工作\n\n教育部近日印发通知。\n\n编辑丨张三\n\n高温预警发布\n\n气象台发布高温预警。");
        assert_eq!(r.iter().map(|x| x.2).collect::<Vec<_>>(), [0, 0, 0, 1, 1]);
    }

    #[test]
    fn staff_lines_timestamps_and_closing_marks_of_web_pages() {
        let text = "国家统计局：7月份国民经济运行总体平稳\n2025年08月15日10:05 | 来源：人民网－财经频道\n小字号\n人民网北京8月15日电 国家统计局今天发布数据。\n（综合报道）\n\n美联储宣布降息25个基点\n美联储今天宣布降息。\n文丨张三\n校对 王五";
        let r = roles(text);
        let got: Vec<(&str, Role, usize)> = r.iter().map(|(s, role, st)| (s.as_str(), *role, *st)).collect();
        assert_eq!(
            got,
            [
                ("国家统计局：7月份国民经济运行总体平稳", Role::Headline { sub: false }, 0),
                ("2025年08月15日10:05 | 来源：人民网－财经频道", Role::Credit, 0),
                ("小字号", Role::Credit, 0),
                ("国家统计局今天发布数据。", Role::Body, 0),
                ("（综合报道）", Role::Credit, 0),
                ("美联储宣布降息25个基点", Role::Headline { sub: false }, 1),
                ("美联储今天宣布降息。", Role::Body, 1),
                ("文丨张三", Role::Credit, 1),
                ("校对 王五", Role::Credit, 1),
            ]
        );
    }

    #[test]
    fn bracketed_datelines_of_taiwan_and_hong_kong_papers() {
        for line in [
            "（中央社记者王小明台北29日电）行政院会今天通过总预算案。",
            "（中央社记者王小明、李大华台北29日电）行政院会今天通过总预算案。",
            "（中央社台北29日电）台风远离。",
            "（中央社东京29日综合外电报导）日本政府今天宣布。",
            "〔即时新闻／综合报导〕多国今天宣布。",
            "国际中心／综合报导 多国今天宣布。",
            "记者王小明、李大华／台北报导 行政院会今天通过总预算案。",
            "【明报专讯】政府今日公布数字。",
            "【星岛日报报道】政府今日公布数字。",
            "【on.cc东网专讯】政府今日公布数字。",
            "【澳门日报消息】政府今日公布数字。",
            "〔记者王小明／台北报导〕行政院会今天通过总预算案。",
            "记者王小明／台北报导 行政院会今天通过总预算案。",
            "香港文汇报讯（记者 王小明）政府今日公布数字。",
        ] {
            let r = roles(line);
            assert_eq!(r.len(), 1, "{r:?}");
            assert!(line.ends_with(&r[0].0) && !r[0].0.contains(['）', '】']), "{r:?}");
            assert_eq!(r[0].1, Role::Body);
        }
        // A parenthesis that only ends in 电 or 讯 is text.
        for line in [
            "（来电）他说明天再谈。",
            "（图为通讯）内容。",
            "（中央社，29日电）内容。",
            "【重要消息】内容。",
            "【社区消息】本周六举办活动。",
            "【台风最新消息】台风登陆。",
            "【记者手记】十年禁渔成效明显。",
            "记者走访北京/上海多家门店发现报道属实。",
            "记者了解到，台北/新北两地报道显示内容。",
        ] {
            assert_eq!(roles(line)[0].0, line, "{line}");
        }
    }

    #[test]
    fn markers_are_outside_body_spans() {
        let r = roles("新华社北京8月26日电（记者李恒）根据通知，指南进行了修订。（完）");
        assert_eq!(r, [("根据通知，指南进行了修订。".to_string(), Role::Body, 0)]);
        let r = roles("答：意见围绕需求推进。");
        assert_eq!(r[0].0, "意见围绕需求推进。");
    }

    #[test]
    fn a_break_that_parts_a_label_a_stamp_a_field_or_a_word_or_two_from_the_text_is_kept() {
        let shop = "亲，您好~欢迎光临禾川家居旗舰店，请问有什么可以帮您？\n你好，我昨天收到的沙发，右边扶手有一道裂口，布都破了\n[商品] 【禾川】意式极简科技布沙发 三人位2.1米 云雾灰 ¥3,299.00\n亲亲，非常抱歉给您带来不好的体验了，小满这边先帮您核实一下订单哈。";
        let qa = "本次说明会采用网络文字互动方式举行。\n【提问】投资者 李** 2024-09-05 15:08\n上半年收入增长但净利润下滑，主要原因是什么？\n【回答】董事长 徐国栋 2024-09-05 15:58\n您好！主要是原材料价格上涨所致。";
        let court = "江州法院公告网\n共查询到4条记录\n[起诉状副本及开庭传票]　公告法院：江州市青山区人民法院　刊登日期：2024-11-12\n陈建华：本院受理原告刘玉兰诉被告陈建华民间借贷纠纷一案，已依法立案。\n现依法向你公告送达起诉状副本、应诉通知书。";
        let preview = "赛前前瞻 | 潮声主场冲击七连胜，铁狮锋线核心伤缺成最大变数\n球迷圈数据组 · 今天 10:26 · 阅读 4.8万\n北京时间8月17日19:35，中甲联赛第24轮，岚海潮声将在澄江体育中心迎战江屿铁狮。\n两队仅相差3分。";
        let wire = "日亚经济中文网 NIKKA ASIA\n登录 | 免费注册 | 会员说明\n首页 | 经济 | 产业 | 金融 | 中国 | 日本\n产业\n会员限定\n富岳精机将在越南建减速机新工厂，投资300亿日元\n2025/06/03 14:25\n字号 大 中 小 | 打印 | 日文原文\n【东京 佐藤健太】工业机器人核心零部件厂商富岳精机6月3日宣布，将在越南北部的北宁省新建一座精密减速机工厂，总投资额约为300亿日元。\n新工厂计划于2026年秋季动工。";
        let board = "记者回访发现，城东大道辅路坑槽已修补完毕，夜间已基本没有渣土车进入辅路。\n确实修好了，昨天晚上骑车回去顺畅多了，点赞帮办\n👍 132\n修得挺快，晚上也安静多了，就等9月整体翻修了。";
        let hike = "💪强度：有一段上坡比较陡，平时不怎么运动的姐妹中间多歇几次就好\n⏰建议时间：早上8点前出发！\n9点以后开始晒而且人多\n👟装备：一定要穿防滑的运动鞋或者徒步鞋‼️ 有几段石阶下过雨超级滑，另外带够水\n总之周末想出门又不想人挤人，这条线闭眼冲就对了💚";
        let report = "生猪期货周报：现货涨势放缓，盘面高位震荡偏弱。\n分析师：沈一舟\n从业资格号：F03088217\n投资咨询号：Z0016642\n供应端：7月上半月规模场出栏计划完成率为52.3%，略高于时间进度。";
        let exam = "考试时限为150分钟。\n资料1\n早上十点半，桐溪县城关镇梧桐社区的“长者食堂”已经飘出饭菜香，老人们陆续来到食堂。\n资料2\n梧桐社区共有60岁以上老人1200余人。";
        let appeal = "9岁女儿确诊高危白血病，我这个当爸的实在没办法了，恳请好心人帮帮孩子\n目标金额\n40万元\n女儿今年9岁，上三年级，今年3月开始反复发烧，后来确诊高危白血病。";
        // (paste, a line, the line it must not be joined to)
        let cases = [
            (shop, "布都破了", "[商品]"),
            (qa, "15:08", "净利润下滑"),
            (court, "刊登日期", "本院受理"),
            (preview, "阅读 4.8万", "北京时间"),
            (wire, "投资300亿日元", "14:25"),
            (wire, "日文原文", "佐藤健太"),
            (board, "点赞帮办", "132"),
            (hike, "人多", "装备"),
            (report, "沈一舟", "F03088217"),
            (exam, "资料1", "早上十点半"),
            (appeal, "帮帮孩子", "目标金额"),
        ];
        for (text, a, b) in cases {
            let r = roles(text);
            assert!(r.iter().any(|(s, _, _)| s.contains(a)), "{a} is gone: {r:?}");
            assert!(!r.iter().any(|(s, _, _)| s.contains(a) && s.contains(b)), "{a} / {b} joined: {r:?}");
        }
    }

    #[test]
    fn broken_lines_are_joined_and_real_breaks_kept() {
        let text = "从国内实践看，有助于推动人\n\n工智能赋能高质量发展。\n\n问：意见的主要内容是什么？\n\n答：意见围绕需求推进。";
        let r = roles(text);
        assert_eq!(r.len(), 3);
        assert_eq!(r[0].0, "从国内实践看，有助于推动人\n\n工智能赋能高质量发展。");
        assert_eq!(r[1].1, Role::Question);
        assert_eq!(r[2].0, "意见围绕需求推进。");
    }

    #[test]
    fn headlines_credits_and_stories() {
        let text = "国内要闻\n\n安宁疗护有了新“国标”\n\n新华社北京8月26日电（记者李恒）根据通知，指南进行了修订。\n\n新版指南更新了内容。\n\n新华社发\n\n市民在海河岸边欣赏夜景。\n\n\n\n第三条新闻的正文。";
        let r = roles(text);
        let got: Vec<(&str, Role, usize)> = r.iter().map(|(s, role, st)| (s.as_str(), *role, *st)).collect();
        assert_eq!(
            got,
            [
                ("国内要闻", Role::Header, 0),
                ("安宁疗护有了新“国标”", Role::Headline { sub: false }, 0),
                ("根据通知，指南进行了修订。", Role::Body, 0),
                ("新版指南更新了内容。", Role::Body, 0),
                ("新华社发", Role::Credit, 0),
                ("市民在海河岸边欣赏夜景。", Role::Body, 1),
                ("第三条新闻的正文。", Role::Body, 2),
            ]
        );
    }

    #[test]
    fn bylines_open_and_glued_end_marks_close_stories() {
        let r = roles("正文一。\n\n（记者张伟）正文二。\n\n正文三。（完）\n\n正文四。");
        let stories: Vec<usize> = r.iter().map(|x| x.2).collect();
        assert_eq!(stories, [0, 1, 1, 2]);
        assert_eq!(r[1].0, "正文二。");
    }

    #[test]
    fn a_headline_over_a_subtitle_opens_a_story_after_one_blank_line() {
        // The seed pasted twice: its end and the next copy's headline are one blank line apart.
        let r = roles(
            "供各地参照执行。\n\n为加快培育发展新质生产力 推动高质量发展提供新动能\n\n——解读《关于深入实施“人工智能+”行动的意见》\n\n国务院日前印发意见。",
        );
        let got: Vec<(&str, Role, usize)> = r.iter().map(|(t, role, st)| (t.as_str(), *role, *st)).collect();
        assert_eq!(
            got,
            [
                ("供各地参照执行。", Role::Body, 0),
                ("为加快培育发展新质生产力 推动高质量发展提供新动能", Role::Headline { sub: false }, 1),
                ("——解读《关于深入实施“人工智能+”行动的意见》", Role::Headline { sub: true }, 1),
                ("国务院日前印发意见。", Role::Body, 1),
            ]
        );
    }

    #[test]
    fn a_forwarded_e_mails_header_is_no_text() {
        let r =
            roles("主题：【财经早报】央行降准落地\n发件人：财新早报 <newsletter@caixin.com>\n日期：2025年9月15日 07:30\n\n央行降准0.5个百分点今日正式实施。");
        let got: Vec<Role> = r.iter().map(|x| x.1).collect();
        assert_eq!(got, [Role::Credit, Role::Credit, Role::Credit, Role::Body], "{r:?}");
        // Labelled items of a notice name no sender: they stay text.
        let r = roles("时间：9月20日上午9点\n日期：周六\n\n请准时参加。");
        assert!(r.iter().all(|x| x.1 == Role::Body), "{r:?}");
    }

    #[test]
    fn a_byline_set_off_by_a_space_is_left_out_of_its_line() {
        for text in [
            "文/张三 北京市推进人工智能应用。",
            "作者：王敏 北京市推进人工智能应用。",
            "记者 贺勇 北京市推进人工智能应用。",
            "本报记者 贺勇、李强 北京市推进人工智能应用。",
        ] {
            let r = roles(text);
            assert_eq!(r.iter().map(|x| (x.0.as_str(), x.1)).collect::<Vec<_>>(), [("北京市推进人工智能应用。", Role::Body)], "{text}");
        }
        // A clause with 记者 in it, or a short place after the name, is no such byline.
        let r = roles("他对记者 王明 说，今天天气很好。");
        assert_eq!(r[0].0, "他对记者 王明 说，今天天气很好。");
        assert_eq!(roles("本报记者 贺勇")[0].1, Role::Byline);
    }

    #[test]
    fn photo_credits_and_editor_lines_are_not_body() {
        let text = "正文一。\n\n（本报记者 李四 摄）\n\n\n\n图为市民参观展览。新华社记者 李四 摄\n\n\n\n正文二。[责任编辑:张三]\n\n正文三。责任编辑：王二\n\n正文四。（编辑 赵六）";
        let body: Vec<(String, usize)> = roles(text).into_iter().filter(|r| r.1 == Role::Body).map(|r| (r.0, r.2)).collect();
        let want = [("正文一。", 0), ("图为市民参观展览。", 1), ("正文二。", 2), ("正文三。", 3), ("正文四。", 4)];
        assert_eq!(body, want.map(|(t, s)| (t.to_string(), s)));
    }

    #[test]
    fn a_photo_credit_or_a_wrapped_line_inside_an_article_keeps_the_story() {
        let r = roles("新华社北京8月26日电 国务院日前印发意见。\n这是在北京拍摄的人工智能展区。新华社记者 李四 摄\n意见围绕行业应用需求提出政策举措。");
        let body: Vec<(&str, usize)> = r.iter().filter(|x| x.1.is_prose()).map(|x| (x.0.as_str(), x.2)).collect();
        assert_eq!(body, [("国务院日前印发意见。", 0), ("这是在北京拍摄的人工智能展区。", 0), ("意见围绕行业应用需求提出政策举措。", 0)]);
        let r = roles("景区迎来客流高峰。记者在现场看到，不少游客举起手机拍摄\n美丽的雪景。");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "景区迎来客流高峰。记者在现场看到，不少游客举起手机拍摄\n美丽的雪景。");
    }

    #[test]
    fn a_caption_is_told_from_the_news_it_stands_beside() {
        let role = |r: &[(String, Role, usize)], t: &str| r.iter().find(|x| x.0 == t).map(|x| x.1);
        // An agency photo release: the dated scene, then the news, then `新华社发`.
        let release = "8月25日晚，市民游客在天津海河岸边欣赏城市夜景。\n\n2025年上海合作组织峰会将于8月31日至9月1日在天津举行。随着峰会日益临近，迎接盛会的氛围日益浓厚。\n\n新华社发";
        let r = roles(release);
        assert_eq!(role(&r, "8月25日晚，市民游客在天津海河岸边欣赏城市夜景。"), Some(Role::Caption), "{r:?}");
        assert_eq!(r[1].1, Role::Body);
        // A caption glued to its photo credit inside an article.
        let r = roles("新华社北京8月26日电 国务院日前印发意见。\n这是在北京拍摄的人工智能展区。新华社记者 李四 摄\n意见围绕行业应用需求提出政策举措。");
        assert_eq!(role(&r, "这是在北京拍摄的人工智能展区。"), Some(Role::Caption), "{r:?}");
        // With a dateline it is a news story, whose dated lead is the news.
        let r = roles(&format!("新华社天津8月26日电 {release}"));
        assert_eq!(role(&r, "8月25日晚，市民游客在天津海河岸边欣赏城市夜景。"), Some(Role::Body), "{r:?}");
        // A dated lead with no photo credit at the end is the news, too.
        let r = roles(release.trim_end_matches("新华社发"));
        assert_eq!(role(&r, "8月25日晚，市民游客在天津海河岸边欣赏城市夜景。"), Some(Role::Body), "{r:?}");
        // Nothing longer below: the dated line is the story.
        let r = roles("8月25日晚，市民游客在天津海河岸边欣赏城市夜景。\n\n夜景迷人。\n\n新华社发");
        assert_eq!(r[0].1, Role::Body, "{r:?}");
        // A story of captions only keeps them as its text.
        let r = roles("5月1日，游客在苏州拙政园内参观游览。新华社记者 李四 摄\n\n5月1日，游客在西湖断桥附近游览。新华社记者 王五 摄");
        assert!(r.iter().all(|x| x.1 != Role::Caption), "{r:?}");
        // The agency's mark that names the photographer, and a paper's longer staff title.
        let news = "近日，黄河壶口瀑布水量明显增大，主瀑宽度达到300余米。\n\n";
        for (caption, credit) in
            [("9月6日，游客在壶口瀑布景区拍照留念。", "新华社发（王晓军 摄）"), ("图为3号线北延段铜官站站厅。", "长沙晚报全媒体记者 李锋 摄")]
        {
            let r = roles(&format!("{news}{caption}{credit}\n\n据景区管理处介绍，9月以来，景区日均接待游客超过1.2万人次。"));
            assert_eq!(role(&r, caption), Some(Role::Caption), "{r:?}");
            assert!(r.iter().all(|x| !x.0.contains(credit) || x.1 == Role::Credit), "{r:?}");
        }
    }

    #[test]
    fn a_breadcrumb_trail_is_no_headline() {
        let r = roles("首页 > 信息公开 > 招标投标 > 中标公告\n\n滨江区第三人民医院医用直线加速器采购项目中标结果公告\n\n本项目共有4家供应商参与投标。");
        assert_eq!(r[0].1, Role::Credit, "{r:?}");
        assert_eq!(r[1].1, Role::Headline { sub: false }, "{r:?}");
        assert!(is_nav_bar("首页 | 新闻 | 财经 | 科技 | 汽车 | 房产 | 教育 | 健康 | 视频 | 更多>>"));
        assert!(!is_nav_bar("营收 | 12.3亿元 | 同比增长5% | 净利润 | 2.1亿元"));
        assert!(is_nav_bar("首页 | 机构概况 | 检务公开 | 检察动态 | 案件信息 | 检察宣传 | 12309检察服务"));
        assert!(!is_nav_bar("2021 | 2022 | 2023 | 2024"));
        assert!(!is_nav_bar("首页 | 新闻"));
        assert!(!is_breadcrumb("沪指 > 3000点"));
        assert!(!is_breadcrumb("营收 > 100亿元，利润 > 10亿元，现金流 > 5亿元"));
    }

    #[test]
    fn comments_each_over_its_day_are_the_page_s_not_text() {
        let text = "社区合唱团在区里的比赛中获得一等奖。\n\n👍 186   🌹 52   💬 37   ↗ 分享\n\n评论 37\n\n夏荷：太棒了👍👍👍 姐妹们辛苦了！\n10-15\n\n老马识途：王大姐81岁还站着唱，佩服佩服！\n10-15\n\n白鹭湾社区：祝贺金秋合唱团！社区会继续支持大家！💐\n10-15\n\n晚霞满天：红衣服真好看，明年我也想报名参加😊\n10-16\n\n展开更多评论\n\n作者的其他美篇\n· 🍁金秋合唱团八周年团庆\n· 🌸春游植物园 赏花拍照乐开怀";
        let r = roles(text);
        assert_eq!(r[0].1, Role::Body, "{r:?}");
        for said in ["夏荷", "老马识途", "晚霞满天"] {
            assert!(r.iter().any(|(s, role, _)| s.starts_with(said) && *role == Role::Credit), "{said}: {r:?}");
        }
    }

    #[test]
    fn a_meta_line_is_labelled_and_a_live_blog_s_entries_are_not_meta_lines() {
        assert!(is_meta_line("2024-01-08 11:20  懂球帝  作者：小懂"));
        assert!(is_meta_line("信息来源：市土地储备和交易中心　发布时间：2024-09-13 16:20　浏览量：2,917"));
        assert!(is_meta_line("【大】【中】【小】"));
        assert!(is_meta_line("懂球帝  作者：小懂"));
        for line in ["2024-11-21 20:10  武磊破门", "10月12日 09:00  开幕式", "上海海港 3:1 北京国安", "2025年12月20日 08:30-11:30", "作者：王小明 责编：李四"]
        {
            assert!(!is_meta_line(line), "{line}");
        }
    }

    #[test]
    fn a_page_s_related_links_are_no_text_of_the_story_above() {
        let story = "杭州西湖景区10月1日起实施新停车收费标准\n\n记者昨天从杭州市发改委获悉，西湖景区将于10月1日起执行新的停车收费标准。\n\n";
        // Under the last story, the label and its links are that story's credits.
        for label in ["相关阅读：", "【延伸阅读】", "相关新闻", "▼往期回顾", "推荐"] {
            let r = roles(&format!("{story}{label}\n杭州地铁19号线国庆期间延长运营时间\n商务部：前7个月服务零售额同比增长5.2%"));
            assert!(r[2..].iter().all(|x| x.1 == Role::Credit && x.2 == 0), "{r:?}");
        }
        // A link's headline may exclaim.
        let r = roles(&format!("{story}往期推荐\n● 今年苏州GDP有望突破2.6万亿元\n● 苏州这些公园免费开放！\n● 权威发布！2026年苏州中考时间定了"));
        assert!(r[2..].iter().all(|x| x.1 == Role::Credit && x.2 == 0), "{r:?}");
        // Between two stories, the links are headlines of their own story.
        let next = "\n\n\n南京推出“时间银行”互助养老模式\n\n南京“时间银行”互助养老平台日前上线。目前平台已有注册志愿者2.3万人。";
        let r = roles(&format!("{story}相关阅读：\n杭州地铁19号线国庆期间延长运营时间{next}"));
        assert_eq!(r[2], ("相关阅读：".to_string(), Role::Header, 1), "{r:?}");
        assert_eq!(r[3].1, Role::Headline { sub: false }, "{r:?}");
        // A whole story under the label is a story of its own, with its text.
        let r = roles(&format!("{story}延伸阅读\n\n南京推出“时间银行”互助养老模式\n\n南京“时间银行”互助养老平台日前上线。目前平台已有注册志愿者2.3万人。"));
        assert_eq!(r.last().map(|x| (x.1, x.2)), Some((Role::Body, 1)), "{r:?}");
        // Over text, the label introduces the story's own box of background.
        let r = roles(&format!("{story}相关链接\n\n医保码是全国统一的医保身份凭证。截至目前，全国已有超过10亿人激活医保码。"));
        assert!(r.iter().all(|x| x.2 == 0) && r.last().is_some_and(|x| x.1 == Role::Body), "{r:?}");
        // A bare `推荐` among a post's buttons heads nothing.
        let r = roles(&format!("{story}有用 86\n没用 9\n赏\n收藏\n转发\n回应\n推荐\n> 更多书评 142篇\n回应  (12)\n孤岛不孤\n2024-04-12 08:36:45 岚海\n“像是在数一个人的肋骨”，我读到这里也哭了。\n回应"));
        assert!(r.iter().all(|x| x.1 != Role::Header && x.2 == 0), "{r:?}");
        // So is what a bare `推荐` heads.
        let r = roles(&format!("{story}推荐\n\n本店招牌菜是红烧肉，肥而不腻，每桌必点。"));
        assert!(r.last().is_some_and(|x| x.1 == Role::Body && x.2 == 0), "{r:?}");
        // A sentence that speaks of related reading is text.
        let r = roles(&format!("{story}相关阅读材料已经发放到各个社区。"));
        assert!(r[1..].iter().all(|x| x.1 == Role::Body && x.2 == 0), "{r:?}");
    }

    #[test]
    fn a_site_s_furniture_around_a_story_is_no_text() {
        let story = "川藏铁路色季拉山隧道贯通\n\n川藏铁路色季拉山隧道28日贯通，隧道全长37.9公里。施工中，建设者攻克了高地温和岩爆等难题。\n\n";
        for line in [
            "（总台央视记者 杨晓东 李敏）",
            "（新华社记者 王磊）",
            "（制作：张芳　签发：许映龙　2025年11月28日06时）",
            "文章来源：证券时报网",
            "（文章来源：证券时报网）",
            "视频来源：央视新闻　编辑：周航",
            "本文刊发于《光明日报》2025年11月23日第12版",
            "点击下载人民日报客户端",
            "译者：刘宇",
            "原标题：A股三大指数集体收涨 沪指重返3400点",
            "郑重声明：东方财富发布此内容旨在传播更多信息，与本站立场无关，不构成投资建议。据此操作，风险自担。",
            "文章关键词： 申花 成都蓉城 中超",
            "#长河落日# #张译# #国产电影#",
            "分享到：\n人民网微信\n人民网微博",
            "分享、点赞、在看，3连3连！\n\n阅读原文",
            "▶ 播放　|　00:00 / 01:20　|　1.0x　|　全屏",
            "陈家骏同志治丧小组",
            "本文图片均由故宫博物院提供",
            "股东名称    减持数量（股）    减持比例    减持期间\n国家集成电路产业投资基金股份有限公司    79,480,000    1.00%    2025/8/26～2025/11/25",
            "豆瓣评分 8.1 | 导演：刘子谦 | 主演：张译、周冬雨、王景春 | 片长：142分钟",
            "---\n\n*本文由深圳特区报授权转载，如需转载请联系原作者。*\n\n[查看原文](https://www.sznews.com/)",
            "英文来源：中国日报\n中国日报网英语点津版权说明：凡注明来源为“中国日报网英语点津：XXX（署名）”的原创作品，其他任何网站或单位未经允许不得转载和使用。",
            "举报\n分享到微信朋友圈\n打开微信，点击底部的“发现”，\n使用“扫一扫”即可将网页分享至朋友圈。",
        ] {
            let r = roles(&format!("{story}{line}"));
            assert!(r[2..].iter().all(|x| x.1 != Role::Body && x.2 == 0), "{line}: {r:?}");
        }
        // Under the headline: the page's time and source, and its tool bar.
        let r = roles("央行召开第三季度例会\n\n发布时间：2025-09-26 16:00:00　　来源：沟通联络部\n\n【字体：大 中 小】　打印本页　关闭窗口\n\n　　中国人民银行货币政策委员会2025年第三季度例会于9月24日在北京召开。");
        assert_eq!(r.iter().map(|x| x.1).collect::<Vec<_>>(), [Role::Headline { sub: false }, Role::Credit, Role::Credit, Role::Body], "{r:?}");
        // A museum piece's caption without its full stop is no part of the paragraph below it.
        let r = roles("故宫“汉唐丝路文物特展”开幕\n\n唐三彩骆驼载乐俑，唐代，中国国家博物馆藏\n走进故宫午门展厅，迎面而来的是一只鎏金铜蚕。");
        assert_eq!(r.last().map(|x| x.0.as_str()), Some("走进故宫午门展厅，迎面而来的是一只鎏金铜蚕。"), "{r:?}");
        // Markdown: a list's last item ends at the blank line below it.
        let r = roles(
            "## 深圳出台AI行动方案\n\n- 到2027年，全市人工智能核心产业规模超过1万亿元\n- 建成智能算力规模超过8万PFLOPS\n\n11月24日，深圳市政府印发行动方案。",
        );
        assert_eq!(r.last().map(|x| x.0.as_str()), Some("11月24日，深圳市政府印发行动方案。"), "{r:?}");
        // Markdown: a quoted source line and a heading in bold.
        let r = roles("## 深圳出台AI行动方案\n\n> 来源：深圳特区报 | 记者 钟华 | 2025-11-24\n\n**核心要点**\n\n11月24日，深圳市人民政府办公厅印发行动方案。");
        assert_eq!(r.iter().map(|x| x.1).collect::<Vec<_>>(), [Role::Headline { sub: false }, Role::Credit, Role::Headline { sub: true }, Role::Body], "{r:?}");
        // A video script's labels open its paragraphs.
        let r = roles(&format!("{story}【解说】色季拉山隧道位于西藏林芝市境内，全长37.9公里。"));
        assert_eq!(r.last().map(|x| (x.0.as_str(), x.1)), Some(("色季拉山隧道位于西藏林芝市境内，全长37.9公里。", Role::Body)), "{r:?}");
        // Text that speaks of these is text.
        for line in [
            "原标题为何被改，编辑部没有解释。",
            "人民网微信公众号今天推出了新栏目。",
            "记者杨晓东、李敏在现场看到，隧道已经贯通。",
            "国家集成电路产业投资基金  本次减持  已实施完毕。",
            "导演刘子谦说，这部电影拍了三年。",
        ] {
            let r = roles(&format!("{story}{line}"));
            assert_eq!(r.last().map(|x| x.1), Some(Role::Body), "{line}: {r:?}");
        }
    }

    #[test]
    fn a_headline_over_its_page_s_stamp_heads_the_story_though_it_lists() {
        let lead = "某市教育局1日表示，全市今年新建三所公办学校，明年秋季将新增学位4500个。教育局表示，新学校将由市属名校托管。";
        for (headline, stamp) in [
            ("某市新建三所公办学校、明年秋季招生", "2025-11-25"),
            ("中超第29轮：上海申花2比1逆转成都蓉城 提前一轮锁定亚冠资格", "2025年11月22日 21:47 新浪体育"),
            ("港府公布施政报告、新增公营房屋八万个", "2025年11月19日 12:36　香港01"),
            ("【庭审直播】被告人周某某受贿、滥用职权案一审公开开庭", "湖南省长沙市中级人民法院　2025年11月25日"),
        ] {
            let r = roles(&format!("{headline}\n\n{stamp}\n\n{lead}"));
            assert_eq!(r[0], (headline.to_string(), Role::Headline { sub: false }, 0), "{r:?}");
            assert_eq!(r[1], (stamp.to_string(), Role::Credit, 0), "{r:?}");
            assert!(r[2].0.starts_with("某市教育局") && r[2].1 == Role::Body, "{r:?}");
        }
    }

    #[test]
    fn a_page_s_share_bar_and_error_button_are_no_text() {
        let r = roles("市区新增公交线路3条\n\n分享到：微信 微博 QQ空间\n\n记者从市交通局获悉，市区将新增公交线路3条。\n\n【纠错】 【责任编辑：陈思】");
        assert_eq!(r[1].1, Role::Credit, "{r:?}");
        assert_eq!(r[2].1, Role::Body, "{r:?}");
        assert_eq!(r[3].1, Role::Credit, "{r:?}");
        // Sharing told in a sentence is text.
        let r = roles("市区新增公交线路3条\n\n分享到微信朋友圈的帖子引发关注。");
        assert_eq!(r[1].1, Role::Body, "{r:?}");
    }

    #[test]
    fn a_photo_column_keeps_its_items_apart() {
        let r = roles("苏州园林游人如织\n\n5月1日，游客在苏州拙政园内参观游览。新华社记者 李四 摄\n\n西湖断桥人潮涌动\n\n5月1日，游客在西湖断桥附近游览。\n\n新华社发（龙巍 摄）\n\n第三条图片新闻的说明。澎湃新闻记者 王五 摄");
        let got: Vec<(&str, Role, usize)> = r.iter().map(|(t, role, st)| (t.as_str(), *role, *st)).collect();
        assert_eq!(
            got,
            [
                ("苏州园林游人如织", Role::Headline { sub: false }, 0),
                ("5月1日，游客在苏州拙政园内参观游览。", Role::Body, 0),
                ("西湖断桥人潮涌动", Role::Headline { sub: false }, 1),
                ("5月1日，游客在西湖断桥附近游览。", Role::Body, 1),
                ("新华社发（龙巍 摄）", Role::Credit, 1),
                ("第三条图片新闻的说明。", Role::Body, 2),
            ]
        );
    }

    #[test]
    fn after_a_photo_credit_only_a_headline_on_its_own_opens_a_story() {
        // A line wrapped in mid-sentence after a caption is not a headline.
        let r =
            roles("新华社北京7月10日电 夏粮再获丰收。\n\n7月10日，农民在田间收割小麦。新华社记者 李安 摄\n\n统计师表示夏粮\n丰收为稳定经济大盘提供了支撑。");
        let body: Vec<(&str, usize)> = r.iter().filter(|x| x.1 == Role::Body).map(|x| (x.0.as_str(), x.2)).collect();
        assert_eq!(body.last(), Some(&("统计师表示夏粮\n丰收为稳定经济大盘提供了支撑。", 0)));
        // `新华社发` after `图片来源：` is still an end mark.
        let r = roles("上海外滩游人如织\n\n8月26日晚，游客在外滩游览。\n\n图片来源：新华社发\n\n天津海河夜景\n\n8月25日晚，市民欣赏夜景。");
        let stories: Vec<usize> = r.iter().map(|x| x.2).collect();
        assert_eq!(stories, [0, 0, 0, 1, 1]);
        assert_eq!(r[2].1, Role::Credit);
    }

    #[test]
    fn text_that_only_looks_like_a_credit_stays_text() {
        let r = roles("会议今天召开。\n记者从国家发\n展改革委获悉，新政策将于下月实施。据新华社发\n布的消息，会议已经闭幕。\n\n来源：国家统计局\n\n数据显示，物价保持平稳。");
        let body: Vec<(&str, usize)> = r.iter().filter(|x| x.1 == Role::Body).map(|x| (x.0.as_str(), x.2)).collect();
        let joined = "记者从国家发\n展改革委获悉，新政策将于下月实施。据新华社发\n布的消息，会议已经闭幕。";
        assert_eq!(body, [("会议今天召开。", 0), (joined, 0), ("数据显示，物价保持平稳。", 0)]);
        assert_eq!(r[2], ("来源：国家统计局".to_string(), Role::Credit, 0), "a source line on its own is a credit inside its story");
        let r = roles("新华社评论员：在新的起点上再出发\n\n正文。");
        assert_ne!(r[0].1, Role::Credit, "a headline with a colon is text, not a credit");
    }

    #[test]
    fn a_photo_credit_on_its_own_line_ends_a_photo_story_and_a_source_line_does_not() {
        let r = roles("西湖断桥人潮涌动\n5月1日，游客在西湖断桥附近游览。\n新华社记者 黄宗治 摄\n\n黄山云海美景如画\n5月1日，游客在黄山观赏云海。");
        let titles: Vec<(&str, usize)> = r.iter().filter(|x| matches!(x.1, Role::Headline { .. })).map(|x| (x.0.as_str(), x.2)).collect();
        assert_eq!(titles, [("西湖断桥人潮涌动", 0), ("黄山云海美景如画", 1)]);
        // With text right under it, a photo credit stands inside an article.
        let stories: Vec<usize> = roles("上海消费市场回暖。\n新华社记者 陈飞 摄\n商务委负责人介绍了有关情况。").iter().map(|x| x.2).collect();
        assert_eq!(stories, [0, 0, 0]);
        let r = roles("今年夏粮再获丰收\n来源：人民日报\n\n国家统计局发布数据，夏粮增产。\n\n图片来源：视觉中国\n\n专家表示，丰收来之不易。");
        let stories: Vec<usize> = r.iter().map(|x| x.2).collect();
        assert_eq!(stories, [0, 0, 0, 0, 0]);
        assert_eq!(r[0].1, Role::Headline { sub: false });
    }

    #[test]
    fn a_headline_and_its_byline_stay_with_the_dated_body() {
        for byline in ["（记者 贺勇）", "本报记者 贺勇", "澎湃新闻记者 王敏、李四"] {
            let text = format!(
                "北京城市副中心建设提速\n{byline}\n\n本报北京8月20日电  副中心建设正在加速推进。\n\n\n\n天津港吞吐量创新高\n\n天津港集团介绍，吞吐量同比增长。"
            );
            let r = roles(&text);
            let got: Vec<(&str, Role, usize)> =
                r.iter().filter(|x| x.1 != Role::Dateline && x.1 != Role::Byline).map(|(t, role, st)| (t.as_str(), *role, *st)).collect();
            assert_eq!(
                got,
                [
                    ("北京城市副中心建设提速", Role::Headline { sub: false }, 0),
                    ("副中心建设正在加速推进。", Role::Body, 0),
                    ("天津港吞吐量创新高", Role::Headline { sub: false }, 1),
                    ("天津港集团介绍，吞吐量同比增长。", Role::Body, 1),
                ],
                "{byline}"
            );
        }
    }

    #[test]
    fn a_byline_with_more_staff_and_where_it_was_filed_is_no_text() {
        // A news app's page, a blank line after each line: the byline must not join the lead.
        for byline in ["红星新闻记者 杨清 实习生 黄卓 锦泉报道", "21世纪经济报道记者 张三 上海报道", "记者 李四 通讯员 王五"]
        {
            let text = format!(
                "“楼道议事会”磨了8个月，这栋老楼终于装上电梯\n\n红星新闻\n\n2025-09-21 09:36\n\n锦泉\n\n{byline}\n\n9月20日上午，锦泉市青枫区桂园小区3栋楼下，施工人员正在为新装的电梯做最后的调试。\n\n老楼加装电梯，最难的往往不是技术和资金，而是邻里意见能否统一。"
            );
            let r = roles(&text);
            assert!(r.iter().any(|x| x.0 == byline && x.1 == Role::Byline), "{byline}: {r:?}");
            assert!(r.iter().any(|x| x.0.starts_with("9月20日上午") && x.1 == Role::Body), "{byline}: {r:?}");
        }
    }

    #[test]
    fn a_site_s_channel_tag_opening_a_report_is_no_text() {
        let r = roles("岚途汽车推出“电池租用”方案\n\n[汽车之家 行业] 9月23日，岚途汽车正式推出“电池租用”购车方案。即日起可选择“车电分离”。\n\n根据官方信息，电池月租费用为799元。");
        assert!(r.iter().any(|x| x.0.starts_with("9月23日，岚途汽车") && x.1 == Role::Body), "{r:?}");
        // The tag over the page's buttons: no text either.
        let r =
            roles("岚途汽车推出“电池租用”方案\n\n[汽车之家 行业]  分享    收藏    评论 235\n\n[汽车之家 行业] 9月23日，岚途汽车正式推出“电池租用”购车方案。");
        assert_eq!(r[1].1, Role::Credit, "{r:?}");
        // Not a bracket of text: `[注] 本文数据…` keeps its words.
        assert_eq!(byline_len("[注意事项] 请按时到场。"), None);
    }

    #[test]
    fn closing_dateline_ends_a_story() {
        let r = roles("正文一。\n\n新华社北京8月26日电\n\n\n\n正文二。");
        assert_eq!(r[1].1, Role::Dateline);
        assert_eq!((r[1].2, r[2].2), (0, 1));
    }

    #[test]
    fn a_table_s_rows_are_not_joined_to_each_other_or_the_text() {
        let text = "国家统计局今天发布数据。\n\n城市\t环比\t同比\n北京\t99.8\t96.2\n上海\t100.3\t104.8\n\n统计师解读说，市场继续朝着止跌回稳方向迈进。";
        let got: Vec<(String, Role)> = roles(text).into_iter().map(|(s, role, _)| (s, role)).collect();
        let row = Role::Headline { sub: true };
        let want = [
            ("国家统计局今天发布数据。", Role::Body),
            ("城市\t环比\t同比", row),
            ("北京\t99.8\t96.2", row),
            ("上海\t100.3\t104.8", row),
            ("统计师解读说，市场继续朝着止跌回稳方向迈进。", Role::Body),
        ];
        assert_eq!(got, want.map(|(s, r)| (s.to_string(), r)));
    }

    #[test]
    fn markdown_headings_and_bullets_start_lines_of_their_own() {
        let text = "# 国庆出行攻略\n\n## 一、高速公路免费通行\n免费时段为10月1日0时至10月8日24时。\n- 预计10月1日上午为出程高峰，建议错峰出行。\n- 返程高峰预计出现在10月6日下午\n\n### 待办事项\n- 张伟：提交设计稿\n- 李娜：完成问卷\n\n**时间**：2025年9月10日 14:00-16:00\n**地点**：公司3楼会议室";
        let got: Vec<(String, Role)> = roles(text).into_iter().map(|(s, role, _)| (s, role)).collect();
        let (head, sub, body) = (Role::Headline { sub: false }, Role::Headline { sub: true }, Role::Body);
        let want = [
            ("国庆出行攻略", head),
            ("一、高速公路免费通行", sub),
            ("免费时段为10月1日0时至10月8日24时。", body),
            ("- 预计10月1日上午为出程高峰，建议错峰出行。", body),
            ("- 返程高峰预计出现在10月6日下午", body),
            ("待办事项", sub),
            ("- 张伟：提交设计稿", body),
            ("- 李娜：完成问卷", body),
            ("**时间**：2025年9月10日 14:00-16:00", body),
            ("**地点**：公司3楼会议室", body),
        ];
        assert_eq!(got, want.map(|(s, r)| (s.to_string(), r)));
    }

    #[test]
    fn clock_times_and_subtitle_timings_are_stamps_not_text() {
        // A live blog: each time stands over its update.
        let r = roles("台风登陆广东 实时更新\n\n14:50\n台风于今天14时40分前后在阳江登陆\n\n14:20\n深圳市气象台发布暴雨红色预警信号。");
        let got: Vec<(&str, Role)> = r.iter().map(|(s, role, _)| (s.as_str(), *role)).collect();
        assert_eq!(
            got,
            [
                ("台风登陆广东 实时更新", Role::Headline { sub: false }),
                ("14:50", Role::Credit),
                ("台风于今天14时40分前后在阳江登陆", Role::Body),
                ("14:20", Role::Credit),
                ("深圳市气象台发布暴雨红色预警信号。", Role::Body),
            ]
        );
        // Subtitles: a cue's number and timing are not glued to its words, nor a cue that does
        // not end a sentence to the next cue.
        let text = "1\n00:00:01,000 --> 00:00:04,200\n大家好，欢迎收看今天的新闻联播。\n\n2\n00:00:04,500 --> 00:00:09,800\n今天的主要内容有：国务院常务会议部署推动经济持续回升向好\n\n3\n00:00:10,100 --> 00:00:15,000\n会议指出，要加大宏观政策实施力度。";
        let bodies: Vec<String> = roles(text).into_iter().filter(|(_, role, _)| *role == Role::Body).map(|(s, _, _)| s).collect();
        assert_eq!(
            bodies,
            ["大家好，欢迎收看今天的新闻联播。", "今天的主要内容有：国务院常务会议部署推动经济持续回升向好", "会议指出，要加大宏观政策实施力度。"]
        );
        assert!(!is_clock_line("2025") && !is_clock_line("3:0") && !is_clock_line("比分3:1"));
    }

    #[test]
    fn issuers_signing_together_over_the_date_sign_the_notice() {
        let text = "关于某小区火灾情况的通报\n\n火势于21时45分被扑灭。\n\n请立即拨打119报警。\n\n某区应急管理局\n某区消防救援支队\n2025年9月15日";
        let got: Vec<(String, Role, usize)> = roles(text);
        let tail: Vec<(&str, Role, usize)> = got[3..].iter().map(|(s, r, st)| (s.as_str(), *r, *st)).collect();
        assert_eq!(tail, [("某区应急管理局", Role::Credit, 0), ("某区消防救援支队", Role::Credit, 0), ("2025年9月15日", Role::Credit, 0)]);
        // Set off by two blank lines at the paste's end, it is still no story of its own.
        let text = "关于开展检查的通知\n\n各校于10月10日前将检查报告报送区教育局。\n\n\n区教育局\n2025年9月8日";
        let got: Vec<(String, Role, usize)> = roles(text);
        assert_eq!(got[2..], [("区教育局".to_string(), Role::Credit, 0), ("2025年9月8日".to_string(), Role::Credit, 0)]);
        // A headline over its date, above a story, stays one.
        let text = "会议已经结束。\n\n\n国庆假期出游指南\n2025年9月28日\n\n文化和旅游部发布出游提示。";
        assert_eq!(roles(text)[1].1, Role::Headline { sub: false });
    }

    #[test]
    fn a_filing_header_is_no_text_and_the_company_and_title_head_the_filing() {
        let text = "证券代码：600519        证券简称：贵州茅台        公告编号：临2025-032\n\n贵州茅台酒股份有限公司\n2025年半年度利润分配方案公告\n\n本公司董事会及全体董事保证本公告内容不存在任何虚假记载。";
        let got: Vec<(String, Role)> = roles(text).into_iter().map(|(s, role, _)| (s, role)).collect();
        let want = [
            ("证券代码：600519        证券简称：贵州茅台        公告编号：临2025-032", Role::Credit),
            ("贵州茅台酒股份有限公司", Role::Headline { sub: false }),
            ("2025年半年度利润分配方案公告", Role::Headline { sub: true }),
            ("本公司董事会及全体董事保证本公告内容不存在任何虚假记载。", Role::Body),
        ];
        assert_eq!(got, want.map(|(s, r)| (s.to_string(), r)));
    }

    #[test]
    fn a_headline_s_english_translation_under_it_is_part_of_the_headline() {
        let text =
            "中国宣布对部分国家实行免签政策\n\nChina announces visa-free policy for more countries\n\n外交部发言人毛宁9月12日宣布，中方决定试行免签政策。";
        let got: Vec<(String, Role)> = roles(text).into_iter().map(|(s, role, _)| (s, role)).collect();
        let want = [
            ("中国宣布对部分国家实行免签政策", Role::Headline { sub: false }),
            ("China announces visa-free policy for more countries", Role::Headline { sub: true }),
            ("外交部发言人毛宁9月12日宣布，中方决定试行免签政策。", Role::Body),
        ];
        assert_eq!(got, want.map(|(s, r)| (s.to_string(), r)));
    }

    #[test]
    fn a_short_line_between_blank_lines_after_a_sentence_is_a_subhead() {
        let text = "杭州亚运会场馆全面向市民开放\n\n记者从杭州市体育局获悉，亚运会竞赛场馆已全部对市民开放。\n\n宁波舟山港集装箱吞吐量创新高\n\n记者从宁波舟山港集团获悉，今年前8个月，宁波舟山港集装箱吞吐量同比增长9.3%。";
        let got: Vec<(String, Role)> = roles(text).into_iter().map(|(s, role, _)| (s, role)).collect();
        assert_eq!(got[2], ("宁波舟山港集装箱吞吐量创新高".to_string(), Role::Headline { sub: true }));
        // Under a byline that closed the story above, too.
        let text = "成绩将于2月24日起陆续公布。\n\n（记者 张烁）\n\n国家线预计3月中旬公布\n\n据了解，教育部将于3月中旬公布全国初试成绩基本要求。";
        assert!(roles(text).iter().any(|(s, role, _)| s == "国家线预计3月中旬公布" && *role == Role::Headline { sub: true }));
        // A double-spaced paste's line runs on into the next line of its length.
        let text = "会议听取了工作汇报。\n\n会议强调要加快推进人工智能\n\n与实体经济深度融合发展。";
        let r = roles(text);
        assert_eq!((r[1].0.as_str(), r[1].1), ("会议强调要加快推进人工智能\n\n与实体经济深度融合发展。", Role::Body));
    }

    #[test]
    fn a_headline_may_close_on_a_short_note() {
        let r = roles("2025年政府工作报告（摘要）\n\n过去一年，全市经济运行总体平稳、稳中有进。");
        assert_eq!((r[0].0.as_str(), r[0].1), ("2025年政府工作报告（摘要）", Role::Headline { sub: false }));
        // Not a sentence's bracketed note.
        assert!(!looks_like_headline("详情请见通知原文（附后）。") && !looks_like_headline("（完）"));
        // A live page's note, over its stamp and refresh button.
        assert!(looks_like_headline("春节返程高峰·实时路况（持续更新中）"));
        assert!(is_labelled_stamp("2月4日（正月初七） 最后更新：18:42    ↻ 刷新"));
        assert!(!is_labelled_stamp("2月4日（正月初七） 最后更新的是路况图"));
    }

    #[test]
    fn a_tip_line_with_its_other_ways_in_is_no_text() {
        assert!(is_page_notice("爆料热线：0576-8xxxxxxx   微信搜索“江澄交通广播”留言爆料"));
        assert!(!is_page_notice("爆料热线：0576-8xxxxxxx 接到的求助中，有三成与停车有关"));
    }

    #[test]
    fn a_headline_s_lead_in_may_count_a_round() {
        let text = "中超第25轮：上海海港客场2比1逆转北京国安\n\n本报讯（记者 陈飞）9月14日晚，中超联赛第25轮一场焦点战在北京进行。";
        let r = roles(text);
        assert_eq!((r[0].1, r[0].2, r[1].2), (Role::Headline { sub: false }, 0, 0));
        assert!(speaker_colon("3月5日：国务院召开常务会议").is_none());
    }

    #[test]
    fn a_notice_s_salutation_is_no_sentence() {
        let text = "关于2025年本科新生入学报到的通知\n\n各位2025级新同学：\n\n欢迎你们加入浙江大学！现将报到有关事项通知如下：";
        let r = roles(text);
        assert_eq!((r[1].0.as_str(), r[1].1), ("各位2025级新同学：", Role::Salutation));
        assert_eq!(r[2].1, Role::Body);
        // Not a sentence that says who spoke.
        assert!(!is_salutation("国务院常务会议指出：") && !is_salutation("各地要求：加快推进，确保实效："));
        // Addressees in a row.
        let r = roles("关于进一步优化营商环境的实施意见\n各区人民政府，市政府各委、办、局：\n为深入贯彻落实党中央、国务院关于优化营商环境的决策部署，结合本市实际，提出如下意见。");
        assert_eq!((r[1].0.as_str(), r[1].1), ("各区人民政府，市政府各委、办、局：", Role::Salutation), "{r:?}");
        assert!(is_salutation("各位代表，各位委员："));
        for who in ["各省、自治区、直辖市及新疆生产建设兵团教育厅（教委）：", "各省、自治区、直辖市教育厅（教委），新疆生产建设兵团教育局："]
        {
            assert!(is_salutation(who), "{who}");
        }
    }

    #[test]
    fn a_page_s_stamps_mentions_and_speaker_labels_are_no_text() {
        // When the page ran or updated the story, labelled so.
        let r = roles("台风“桦加沙”登陆广东 最新情况汇总\n\n【更新于9月24日20:30】\n据广东省应急管理厅消息，全省累计转移安置群众107.8万人。\n\n【更新于9月24日15:00】\n据广东省三防办消息，全省累计转移安置群众96.2万人。\n\n发布时间：2025年9月24日 21:00");
        let credits: Vec<&str> = r.iter().filter(|x| x.1 == Role::Credit).map(|x| x.0.as_str()).collect();
        assert_eq!(credits, ["【更新于9月24日20:30】", "【更新于9月24日15:00】", "发布时间：2025年9月24日 21:00"], "{r:?}");
        assert!(r.iter().all(|x| x.2 == 0), "{r:?}");
        // A post's mentions on their own line; a sentence that mentions stays text.
        let r = roles("目前，驾驶人王某被记12分、罚款200元。\n@浙江高速交警 @金华交警");
        assert_eq!(r[1].1, Role::Credit, "{r:?}");
        assert!(!is_mention_line("@浙江高速交警 提醒大家注意安全。"));
        // A speaker's label in `【】` on its own line names who speaks: no part of what is said.
        let r = roles(
            "新闻发布会实录\n\n【主持人 广东省政府新闻办副主任 陈彤】\n\n各位记者朋友，大家上午好！今天，我们邀请到广东省工业和信息化厅副厅长黄立新先生。",
        );
        assert_eq!((r[1].0.as_str(), r[1].1), ("【主持人 广东省政府新闻办副主任 陈彤】", Role::Headline { sub: true }), "{r:?}");
        assert!(r[2].0.starts_with("各位记者朋友") && r[2].1 == Role::Body, "{r:?}");
    }

    #[test]
    fn a_pdf_s_page_numbers_and_running_heads_are_no_text() {
        let text = "中国人民银行货币政策执行报告 2025年第二季度\n\n6月末，广义货币供应量余额为330.29万亿元，同比增长8.3%。\n\n- 5 -\n\n中国人民银行货币政策执行报告 2025年第二季度\n\n此外，中国人民银行还增加科技创新和技术改造再贷款额度3000亿元。\n\n第 6 页 共 58 页\n\n中国人民银行货币政策分析小组\n\n6月份新发放企业贷款加权平均利率为3.21%。";
        let r = roles(text);
        let body: Vec<&str> = r.iter().filter(|x| x.1 == Role::Body).map(|x| x.0.as_str()).collect();
        assert_eq!(
            body,
            [
                "6月末，广义货币供应量余额为330.29万亿元，同比增长8.3%。",
                "此外，中国人民银行还增加科技创新和技术改造再贷款额度3000亿元。",
                "6月份新发放企业贷款加权平均利率为3.21%。"
            ],
            "{r:?}"
        );
        assert_eq!(r[0].1, Role::Headline { sub: false }, "the first time, atop the paste, it is the title");
        for n in ["- 5 -", "— 12 —", "第 6 页 共 58 页", "第5页"] {
            assert!(is_page_number(n), "{n}");
        }
        assert!(!is_page_number("第5页的内容") && !is_page_number("-5"));
    }

    #[test]
    fn a_headline_in_two_lines_and_a_filing_s_title() {
        let r = roles("“95后”女孩扎根大凉山支教七年：\n我想让孩子们看到山外面的世界\n\n本报记者 任晓华\n\n清晨6点半，大凉山深处的昭觉县支尔莫乡小学，操场上已经响起了读书声。");
        assert_eq!(
            r.iter().map(|x| (x.1, x.2)).collect::<Vec<_>>(),
            [(Role::Headline { sub: false }, 0), (Role::Headline { sub: true }, 0), (Role::Byline, 0), (Role::Body, 0)],
            "{r:?}"
        );
        // A lead-in over its first item is none, nor a verb of learning over what was learnt.
        let r = roles("记者从市教育局获悉：\n今年秋季全市新增中小学学位2万个\n\n据介绍，新增学位主要集中在新城区。");
        assert_eq!(r[0].1, Role::Body, "{r:?}");
        let r = roles("现将有关事项通知如下：\n报到时间安排\n\n新生于9月5日报到，请携带录取通知书。");
        assert_eq!(r[0].1, Role::Body, "{r:?}");
        // The issuer's name over `关于…的公告`: the latter is the title.
        let text =
            "海川科技股份有限公司\n关于控股股东部分股份质押的公告\n\n海川科技股份有限公司近日接到控股股东海川投资的通知，获悉其所持有的部分股份办理了质押。";
        let ls = lines(text);
        let (blocks, stories) = layout(text, &ls, &|_, _| false, &classes);
        assert_eq!(stories[0].title.map(|t| &text[blocks[t].start..blocks[t].end]), Some("关于控股股东部分股份质押的公告"));
        // A numbered item with a title mark heads its part.
        let r = roles("9月1日起，一批新规正式施行。\n\n2.《快递市场管理办法》修订\n\n未经用户同意，快递企业不得擅自使用智能快件箱投递快件。");
        assert_eq!(r[1], ("2.《快递市场管理办法》修订".to_string(), Role::Headline { sub: true }, 0), "{r:?}");
    }

    #[test]
    fn an_agency_s_flash_over_its_full_story_is_its_headline() {
        let wire = "新华社东京9月7日电 日本首相石破茂7日下午在首相官邸举行记者会，宣布辞去自民党总裁职务。";
        for flash in ["新华社快讯：日本首相石破茂宣布辞去自民党总裁职务。", "【快讯】日本首相石破茂宣布辞去自民党总裁职务"]
        {
            let r = roles(&format!("{flash}\n\n{wire}"));
            assert_eq!((r[0].0.as_str(), r[0].1, r.last().map(|x| x.2)), (flash, Role::Headline { sub: false }, Some(0)), "{r:?}");
        }
        // A flash on its own, with no story under it, is the news.
        let r = roles("新华社快讯：日本首相石破茂宣布辞去自民党总裁职务。");
        assert_eq!(r[0].1, Role::Body, "{r:?}");
    }

    #[test]
    fn how_long_an_article_reads_is_no_text() {
        let r = roles("雨后蚯蚓为什么爬上地面？\n本文约1500字，阅读需要4分钟\n每逢春夏一场大雨过后，人行道上总会出现不少蚯蚓。");
        assert_eq!(r.iter().filter(|x| x.1 == Role::Credit).count(), 1, "{r:?}");
        assert!(r.iter().any(|x| x.1 == Role::Body && x.0.starts_with("每逢春夏")), "{r:?}");
    }

    #[test]
    fn a_shop_s_reply_to_a_review_is_no_text_an_office_s_to_a_letter_is() {
        let r = roles("老码头鱼饭的杂鱼饭很新鲜，就是周末排队要四十分钟。\n商户回复：感谢您的支持！周末高峰期建议您提前一天在线订座。\n卖家回复：已私信你啦");
        assert_eq!(r[0].1, Role::Body, "{r:?}");
        assert_eq!(r[1].1, Role::Credit, "{r:?}");
        assert_eq!(r[2].1, Role::Credit, "{r:?}");
        let r = roles("网友留言：锦华路工地夜间施工扰民。\n部门回复：经核查，该工地夜间施工未获证明，已责令停工。");
        assert!(r.iter().all(|x| x.1 == Role::Body), "{r:?}");
    }

    #[test]
    fn comments_under_a_counted_label_are_no_text() {
        // The label with its count; each comment under its author's line, or after a bullet.
        let r = roles("郑州多条道路实施潮汐车道，早晚高峰通行效率提升两成。\n\n热门评论（86）\n  郑州老司机  2025-11-06 09:15   赞(312)\n  中州大道那段确实快了,点赞!\n  小熊不吃糖  2025-11-06 09:33   赞(128)\n  第一次走的时候差点开错,建议多设几块提示牌");
        assert_eq!(r.iter().filter(|x| x.1 == Role::Credit).count(), 5, "{r:?}");
        let r = roles("榕江县出现持续性强降雨，都柳江水位快速上涨。\n\n评论 2378\n· 广州小龙虾：榕江挺住！村超的家乡加油  2025-06-24 11:40  赞 3211\n  └ 凯里的风：回复@广州小龙虾：我家亲戚在古州镇，一楼全淹了");
        assert_eq!(r.iter().filter(|x| x.1 == Role::Credit).count(), 3, "{r:?}");
        assert_eq!(r[0].1, Role::Body, "{r:?}");
        // A WeChat article's selected comments: name, text, where from and likes, a line each.
        let r = roles("园里的长颈鹿宝宝征名活动开始了，投票截至本月底。\n写留言\n精选留言\n橘子汽水\n投了云朵！妈妈叫朵朵，宝宝叫云朵，太有爱了\n福建\n468\n作者\n谢谢园友！云朵目前票数领先哦～\n阿飞不会飞\n青青最好听，有咱们青屿的特色\n福建\n231");
        assert_eq!(r[0].1, Role::Body, "{r:?}");
        assert!(r.iter().all(|x| x.1 != Role::Body || !x.0.contains("云朵") && !x.0.contains("青青")), "{r:?}");
        // Or under the box's label with their likes alone.
        let r = roles("今年市属事业单位计划招聘工作人员126名，报名时间为7月1日至7日。\n写留言\n留言\n小鱼儿不吃鱼\n计算机类能报多少岗位啊，只看到一个大数据中心\n23\n作者\n完整岗位表请下载文末附件查看，计算机类另有2个岗位。\n历历在目\n今年怎么这么少，去年还有50多个\n41");
        assert_eq!(r[0].1, Role::Body, "{r:?}");
        assert!(r.iter().all(|x| x.1 != Role::Body || !x.0.contains("岗位")), "{r:?}");
        // A video site's: name, text, when, likes and the reply button, and the count of replies.
        let r = roles("五台电动车在零下20度的哈尔滨实测，平均续航达成率63.6%。\n评论 2391\n最热 最新\n北漂十年的二狗\n在哈尔滨开了两年电车，说得太对了，冬天不提前预热基本等于少了一半电。热泵真的是北方刚需。\n2024-01-08 20:14\n1876\n回复\n共 48 条回复, 点击查看\n橘子味的汽水Orz\n这才是良心测评，所有车同一天同一条路线，比那些厂商数据靠谱多了\n2024-01-09 09:32\n952\n回复");
        assert_eq!(r[0].1, Role::Body, "{r:?}");
        assert_eq!(r.iter().filter(|x| x.1 == Role::Body).count(), 1, "{r:?}");
        // An app's count after `共`, each comment over its date, place and heart.
        let r = roles("十里琅珰全程约8公里，慢慢走加拍照用了3个半小时。\n共 486 条评论\n小鹿不乱撞\n救命好美！！请问一个人去安全吗\n04-08 上海　♡ 326　回复\nMomo是只猫\n按博主的路线走了！真的绝，就是五云山那段上坡差点没把我送走\n04-12 江苏　♡ 211　回复");
        assert_eq!(r[0].1, Role::Body, "{r:?}");
        assert_eq!(r.iter().filter(|x| x.1 == Role::Credit).count(), 7, "{r:?}");
        // A portal's: where the commenter is and the name, the text, its stamp and up-votes.
        let r = roles(
            "出租车司机凌晨捡到装有8万元现金的背包，辗转三家酒店找到失主。
跟贴 1,283 人参与
最热
网易岚海省溪宁市网友 [澜江夜跑者]
凌晨两点跑三家酒店，这不仅是拾金不昧，还很有办法。这种司机多给点奖励！
2024-08-12 11:02  顶 2,316
网易江苏省南京市网友 [一只老猫猫]
拒绝2000块感谢费，真的是好人。
2024-08-12 11:15  顶 1,087",
        );
        assert_eq!(r.iter().filter(|x| x.1 == Role::Body).count(), 1, "{r:?}");
        // A forum's, each comment over its up-votes and reply button; a post's up-votes over it.
        let r = roles(
            "岚途汽车推出电池租用方案，两款车型购车价最高直降4.8万元。
热门评论（235）
用户7702138：算下来8年还是买断划算
顶(486)  回复
小马过河66：关键是换电站什么时候能建起来，光租电池不换电意义不大
顶(312)  回复",
        );
        assert!(r.iter().filter(|x| x.1 == Role::Body).all(|x| !x.0.contains("顶")), "{r:?}");
        let r = roles(
            "骑车通勤一年，说几点真实感受

回复 418

亮了 926

坐标栖川，家到公司单程11公里，去年9月开始骑车通勤，到现在正好一年。",
        );
        assert!(r.iter().any(|x| x.0.starts_with("坐标栖川") && x.1 == Role::Body), "{r:?}");
    }

    #[test]
    fn comments_under_a_label_with_its_button_and_their_authors_times_are_no_text() {
        let r = roles("外卖骑手深夜救下轻生女子，获评见义勇为先进个人。\n\n评论（23）　 我要评论\n城南小王子　2小时前\n好样的！这才是城市里的英雄　　赞（356）回复\n风起时2019　45分钟前\n为骑手点赞，也希望那位姑娘以后好好的　　赞（87）回复");
        assert_eq!(r[0].1, Role::Body, "{r:?}");
        assert_eq!(r.iter().filter(|x| x.1 == Role::Credit).count(), 5, "{r:?}");
        // A live feed's source and time over each update are no text either.
        let r = roles("实时更新\n应急管理部　2小时前\n截至目前，浙江、福建两省已转移安置受威胁群众12.6万人。\n中国气象局　3小时前\n台风已于今天凌晨在福建省福鼎市沿海登陆。");
        assert!(r.iter().any(|x| x.0 == "台风已于今天凌晨在福建省福鼎市沿海登陆。" && x.1 == Role::Body), "{r:?}");
        assert!(r.iter().any(|x| x.0 == "中国气象局　3小时前" && x.1 == Role::Credit), "{r:?}");
        // A sentence that ends `2小时前` is text.
        let r = roles("暴雨过后，城南片区积水已经退去。\n记者赶到现场时，抢修队刚刚撤离，距离报警已过去2小时前");
        assert!(r.iter().all(|x| x.1 == Role::Body), "{r:?}");
    }

    #[test]
    fn a_forum_posts_head_is_no_text() {
        let r = roles("楼主 阿伟爱生活 2025-03-12 21:03\n家里是九十年代的老房子，回南天一来墙上就全是水珠。\n\n2楼 装修十年老油条 2025-03-12 21:15\n一楼返潮主要是地面潮气往上走，光刷墙没用。");
        assert_eq!(r.iter().filter(|x| x.1 == Role::Credit).count(), 2, "{r:?}");
        assert!(r.iter().any(|x| x.0 == "家里是九十年代的老房子，回南天一来墙上就全是水珠。" && x.1 == Role::Body), "{r:?}");
        // A sentence that opens on a floor is text.
        let r = roles("3楼 会议室 9:30 召开安全生产推进会，请各部门负责人准时参加。");
        assert!(r.iter().all(|x| x.1 == Role::Body), "{r:?}");
    }

    #[test]
    fn a_partys_agent_named_by_role_is_no_text() {
        let r = roles("被告：某某物业服务有限公司，住所地浙江省某某市文华路88号。\n委托诉讼代理人：吴某，该公司员工。\n\n原告孙某某与被告某某物业服务有限公司物业服务合同纠纷一案，本院于2024年6月3日立案。");
        assert_eq!(r.iter().filter(|x| x.1 == Role::Credit).count(), 2, "{r:?}");
        // What an agent said in court is text.
        let r = roles("委托诉讼代理人：我方认为被告未尽到维修义务，应当承担赔偿责任。");
        assert_eq!(r[0].1, Role::Body, "{r:?}");
    }

    #[test]
    fn buttons_programme_slots_and_a_document_s_foot_are_no_text() {
        let chrome = [
            "登录  注册  |  下载客户端",
            "字号：大 中 小",
            "点赞 (128)　收藏　举报",
            "A- A+　　 分享：[微信] [微博] [QQ]",
            "分享 收藏 2158 在看 876 点赞 3204",
            "医院概况  新闻动态  就医指南  科室导航  专家介绍  护理园地  科研教学  党建文化  招聘信息  院务公开",
            "新闻 视频 直播 财经 科技 汽车 房产 娱乐 体育 时尚 健康 更多>>打开APP",
            "违法和不良信息举报电话：010-82612345  举报邮箱：jubao@example.com.cn",
            "本帖最后由 钱塘小透明 于 2025-8-12 21:40 编辑",
            "【免责声明】本文仅代表作者观点，与本网站无关。",
            "（以上内容仅供参考，不构成投资建议）",
            "（本直播持续更新，刷新页面查看最新内容）",
            "09:00-09:20 开幕式及领导致辞",
            "14:00—21:00　会议报到（苏州国际博览中心G馆一楼大厅）",
            "抄送：市委办公室，市人大常委会办公室，市政协办公室。",
            "送：市纪委监委，市中级人民法院。",
            "市人民政府办公室                2025年3月6日印发",
            "请输入关键词                搜索",
            "登录  发文",
            "微信  微博  LinkedIn",
            "上海市人民政府  |  中国上海  |  国家政务服务平台  |  上海市政务服务平台",
            "参与评论(1963)人",
            "广告「2025鲸科技 WISE 大会」报名通道开启 >>",
            "举报电话：027-8561XXXX　湖北省互联网违法和不良信息举报中心",
            "时间：2025年11月13日 20:00（北京时间）",
            "城市论坛 › 家在杭州 › 小区业主交流 › 我们小区物业费要从1.8涨到2.6，大家怎么看？",
            "长江网 版权所有 未经许可 不得转载 Copyright © 2025 cjn.cn All Rights Reserved",
        ];
        let text = format!("7月14日上午，我县召开夏季安全生产工作推进会。\n\n{}", chrome.join("\n\n"));
        let r = roles(&text);
        assert_eq!(r[0].1, Role::Body, "{r:?}");
        for line in chrome {
            assert!(r.iter().any(|x| x.0 == line && !x.1.is_prose()), "{line}: {r:?}");
        }
        // Sentences about buttons, schedules and disclaimers are text.
        for line in [
            "评论",
            "平台上线了一键分享、收藏和举报功能。",
            "14:30 来自成都的消防救援队抵达磨西镇",
            "9:00-17:00开放，周一闭馆。",
            "专家提醒，网上荐股仅供参考，不构成投资建议，投资者须自担风险。",
            "关闭",
            "微信 QQ",
            "98",
            "北京  上海  广州  深圳  杭州  成都  重庆  武汉  南京  西安",
            "新闻 财经 科技 体育 文化 健康 教育 汽车 房产",
            "广告：新规明确“一键关闭”不得设置障碍",
            "【免责声明】中的这类表述，属于无效格式条款。",
            "送：每日上午11:00至12:00配送午餐。",
            "抄送：把公文的副本送给与该公文有关的其他机关或人员。",
        ] {
            let text = format!("7月14日上午，我县召开夏季安全生产工作推进会。\n\n{line}\n\n会议要求各地压实责任。");
            assert!(!roles(&text).iter().any(|x| x.0 == line && x.1 == Role::Credit), "{line}");
        }
    }

    #[test]
    fn a_page_s_headline_under_its_site_s_chrome_and_a_thread_with_buttons() {
        let text = "无障碍  |  长者模式  |  English\n宁波市第一人民医院  宁波大学附属第一医院\n当前位置：首页 > 就医指南 > 通知公告\n\n关于2026年春节期间门诊安排的通知\n发布时间：2026-02-05 16:20　　浏览次数：3562　　来源：门诊部\n\n根据节假日安排，现将春节期间门诊工作安排通知如下。急诊科春节期间24小时正常开放。\n\n相关阅读：\n· 各地养老金调整方案陆续公布 你家乡的调了吗？\n· 城乡居民基础养老金月最低标准再提高20元\n\n网友评论                                               已有1963人参与\n最热评论\n[浙江省杭州市网友]  退休老李头  2025-07-11 10:35 21连涨不容易。\n顶[2135]  踩[86]  回复\n[河南省郑州市网友]  手机用户6785  2025-07-11 10:41企业退休和机关事业单位的差距什么时候能缩小？\n我一个月才两千出头顶[1877]  踩[203]  回复";
        let r = roles(text);
        assert!(r.iter().any(|x| x.0 == "关于2026年春节期间门诊安排的通知" && matches!(x.1, Role::Headline { .. })), "{r:?}");
        let body: Vec<&str> = r.iter().filter(|x| x.1.is_prose()).map(|x| x.0.as_str()).collect();
        assert_eq!(body, ["根据节假日安排，现将春节期间门诊工作安排通知如下。急诊科春节期间24小时正常开放。"], "{r:?}");
    }

    #[test]
    fn a_post_s_comments_under_its_counter_row_are_no_text() {
        let text = "中国国家博物馆\n25-7-1 09:30 来自 微博网页版\n\n为满足暑期观众参观需求，7月1日至8月31日，国家博物馆开放时间调整为9:00—21:00。周一例行闭馆。\n\n转发 2.3万　　评论 8641　　赞 15万\n\n\n按热度 按时间\n\n小鹿乱撞的春天\n白天上班根本抢不到票，终于可以下班去看了！！\n7-1 09:35 来自北京\n回复\n👍 8602\n\n\n历史系在读研究生\n建议延时开放常态化，很多外地朋友都是晚上才有空。\n7-1 09:41 来自陕西\n回复\n👍 4233";
        let r = roles(text);
        let body: Vec<&str> = r.iter().filter(|x| x.1.is_prose()).map(|x| x.0.as_str()).collect();
        assert_eq!(body, ["为满足暑期观众参观需求，7月1日至8月31日，国家博物馆开放时间调整为9:00—21:00。周一例行闭馆。"], "{r:?}");
    }

    #[test]
    fn a_bulleted_headline_ending_on_a_count_and_a_part_s_head_with_a_colon_head_their_paragraphs() {
        let text = "■ 今冬成都首批冬季游泳场馆开放预约\n成都市体育局发布，全市共有48个游泳馆参与冬季惠民开放活动，市民可通过APP预约，每人每次最高可获得10元补贴。\n\n■ 青白江区新增一所公办养老机构 提供床位300张\n位于青白江区大弯街道的区第二社会福利院日前投入使用，设置床位300张，其中护理型床位占比超过70%，可为失能老人提供长期照护服务。";
        let r = roles(text);
        assert!(r.iter().any(|x| x.0 == "■ 青白江区新增一所公办养老机构 提供床位300张" && matches!(x.1, Role::Headline { .. })), "{r:?}");
        let text = "据四川省文化和旅游厅综合测算，国庆中秋假期全省共接待游客7216.8万人次，同比增长9.6%。\n\n一、客源结构：省外游客占比提升\n假期全省接待省外游客1968.5万人次，占游客总量的27.3%，较去年同期提高2.1个百分点。";
        let r = roles(text);
        assert_eq!(r[1], ("一、客源结构：省外游客占比提升".into(), Role::Headline { sub: true }, 0), "{r:?}");
    }

    #[test]
    fn an_interview_s_or_a_podcast_s_asking_headline_heads_its_transcript() {
        let r = roles("【访谈实录】石峁遗址新发现：四千年前的“石头城”里藏着哪些秘密？\n时间：2025年12月10日 15:00\n\n石峁遗址位于陕西省神木市，被称为“四千年前的中国北方第一城”。今年的考古发掘又有了不少新收获。");
        assert!(matches!(r[0].1, Role::Headline { .. }), "{r:?}");
        let r = roles("《周末慢聊》第86期｜年轻人为什么爱上了中式养生？\n嘉宾：林一帆（中医科主治医师）\n主播：小北、阿杰\n\n小北：大家好，欢迎收听周末慢聊。今天这期话题我估计很多人都有共鸣，就是中式养生。");
        assert!(matches!(r[0].1, Role::Headline { .. }), "{r:?}");
    }

    #[test]
    fn a_table_s_rows_notes_and_a_forum_s_replies_are_no_text() {
        let text = "光伏行业周报：组件价格企稳，装机需求超预期\n\n核心观点：本周光伏产业链价格整体企稳，多晶硅致密料均价维持在每吨4.2万元，组件价格止跌。\n\n表1：产业链价格一览\n| 品种 | 本周均价 | 周环比 |\n| 多晶硅致密料（万元/吨） | 4.20 | 0.0% |\n注：1.价格为含税价；2.数据截至2025年11月14日。\n数据来源：硅业分会，InfoLink\n\n需求端，国家能源局数据显示，前十月全国新增光伏装机达到2.1亿千瓦。";
        let r = roles(text);
        assert_eq!(r[0], ("光伏行业周报：组件价格企稳，装机需求超预期".into(), Role::Headline { sub: false }, 0), "{r:?}");
        let body: Vec<&str> = r.iter().filter(|x| x.1 == Role::Body).map(|x| x.0.as_str()).collect();
        assert_eq!(
            body,
            [
                "核心观点：本周光伏产业链价格整体企稳，多晶硅致密料均价维持在每吨4.2万元，组件价格止跌。",
                "需求端，国家能源局数据显示，前十月全国新增光伏装机达到2.1亿千瓦。"
            ]
        );
        let text = "小区地下车库积水问题有人管吗？\n\n连续下了三天雨，地下车库积水已经没过脚踝。物业说泵坏了在等配件。\n\n2L 晴天小猪：上周我们小区也是，后来打了12345才有人来处理。\n3L 阿伟爱生活：建议拍照留证。\n4L 路人甲：物业费每年涨。";
        let r = roles(text);
        assert_eq!(r.iter().filter(|x| x.1 == Role::Body).count(), 1, "{r:?}");
        assert!(r.iter().any(|x| x.0.starts_with("3L") && x.1 == Role::Credit), "{r:?}");
    }

    #[test]
    fn a_sites_footer_is_no_text() {
        let footer = [
            "关于我们 | 联系我们 | 广告服务 | 网站地图 | 违法和不良信息举报",
            "Copyright © 2005-2025 城市晚报网 All Rights Reserved　浙ICP备0500xxxx号-1　浙公网安备 3301xxxxxxxx号",
            "【上一篇】我县举办2025年高校毕业生专场招聘会",
            "网站标识码：33xxxxxxxx　xxICP备0501xxxx号　xx公网安备 330xxxxxxxxxxx号",
            "主办：某县人民政府办公室　承办：某县大数据发展中心",
            "建议使用IE9以上版本或谷歌、火狐浏览器，1366×768分辨率浏览",
            "快速回复　 提交回复 [Ctrl+Enter快速提交]",
            "Powered by Discuz! X3.4　© 2001-2025 某某论坛",
            "2025-12-10 16:20:45 本地新闻网 　 我来说两句(8) 　 字号：T|T",
            "首页　关于我们　产品中心　解决方案　新闻中心　投资者关系　联系我们　　中文 | EN",
            "【返回列表】",
            "作者：学校办公室　来源：本站原创　点击数：2087　更新时间：2025-01-10",
            "2024年第47期（总第523期）",
            "报：县委、县人大、县政协主要领导",
            "发：各乡镇人民政府，县政府各部门",
            "原创　陈一禾　岭西日报　2024年11月18日 07:30　甘肃",
            "2024-12-06 12:18 · 优质汽车领域创作者",
            "发布日期：2024-12-16　　浏览量：4521　　【大】【中】【小】",
            "本页面持续更新　最后更新：2024-09-14 16:42",
            "索 引 号：11330802MB1234567X/2024-00312",
            "文　　号：丰人社发〔2024〕41号",
            "地址：浙江省杭州市余杭区文兴路188号",
            "电话：0571-8888XXXX　　邮箱：ir@hengyuan-robot.example.com",
        ];
        let text = format!("扫一扫分享　 微信　微博　QQ空间　 A+ A-\n\n7月14日上午，我县召开夏季安全生产工作推进会。\n\n{}", footer.join("\n"));
        let r = roles(&text);
        assert_eq!(r[1], ("7月14日上午，我县召开夏季安全生产工作推进会。".into(), Role::Body, 0), "{r:?}");
        assert_eq!(r.iter().filter(|x| x.1 == Role::Credit).count(), footer.len() + 1, "{r:?}");
        // News about registration, browsers and replies is text; so is a list of names.
        let r = roles("工信部通报了一批未履行ICP备案手续的网站。\n\n这些网站须在10日内补办ICP备案。");
        assert!(r.iter().all(|x| x.1 == Role::Body), "{r:?}");
        for line in [
            "冒用浙ICP备05001234号 杭州一网站运营者被罚5万元",
            "问：我的网站已有浙ICP备05001234号，还需要办理公网安备吗？",
            "建议使用国产浏览器？专家：安全与兼容需兼顾",
            "快速回复群众诉求 12345热线提速增效",
            "Apple | Google | Microsoft | Qualcomm | Intel",
            "年终盘点丨科技丨体育丨文化丨民生",
        ] {
            let r = roles(&format!("{line}\n\n记者从有关部门获悉，相关工作正在推进。"));
            assert!(r.iter().all(|x| x.1 != Role::Credit), "{r:?}");
        }
    }

    #[test]
    fn a_message_and_its_answer_under_a_bare_label_are_text() {
        let r = roles("上周，有市民在市长信箱留言反映，城西某小区门口路灯损坏一个多月无人维修。以下是留言及回复原文：\n\n留言\n网友：我们小区门口的路灯坏了一个多月，晚上出行很不方便，希望尽快修复。\n回复：经核实，该路段路灯因线路老化故障，已于11月20日完成维修，感谢您的监督。");
        assert!(r.iter().any(|x| x.0.contains("网友：我们小区") && x.1 == Role::Body), "{r:?}");
        assert!(r.iter().any(|x| x.0.starts_with("回复：") && x.1 == Role::Body), "{r:?}");
    }

    #[test]
    fn readers_comments_under_a_post_are_no_text() {
        let r = roles("近日，一村民挖出一个重达2.8斤的红薯，引发网友热议。\n\n网友评论：\n@吃货小王：这一个够我吃一周了\n@阳光的小猪：想知道烤出来要多久");
        // The two comments and their label.
        assert_eq!(r.iter().filter(|x| x.1 == Role::Credit).count(), 3, "{r:?}");
        // One account's post quoted in the news is text.
        let r = roles("北京今日迎来入伏以来最热一天。\n\n@北京发布：今天北京最高气温37℃，请市民注意防暑降温。\n\n据北京市气象台消息，明天仍将维持高温天气。");
        assert!(r.iter().all(|x| x.1 == Role::Body), "{r:?}");
        // An account's post pasted with its name is text.
        let r = roles("@人民日报：【高温预警】今天白天，江南、华南等地有35℃以上高温，局地可达40℃，请注意防暑降温，减少午后外出。");
        assert_eq!(r[0].1, Role::Body, "{r:?}");
    }

    #[test]
    fn bylines_of_sites_commentators_and_spaced_agency_lines_are_no_text() {
        for (line, text) in [
            ("【环球网报道 记者 赵衍龙】", "据法新社9月3日报道，乌克兰总统当天与法国总统通电话。"),
            ("（中央社记者 林芳如 台北9日电）", "总统9日启程出访三个友邦。"),
        ] {
            let r = roles(&format!("标题新闻一则在此\n\n{line}{text}"));
            assert_eq!(r.iter().find(|x| x.1 == Role::Body).map(|x| x.0.as_str()), Some(text), "{r:?}");
        }
        let r = roles("“反向旅游”走红，是对景区的善意提醒\n\n□ 本报评论员 郑思远\n\n今年暑期，“反向旅游”成为社交平台上的热门话题。不少年轻人避开热门景区。");
        assert_eq!(r.iter().map(|x| x.1).collect::<Vec<_>>(), [Role::Headline { sub: false }, Role::Byline, Role::Body], "{r:?}");
    }

    #[test]
    fn a_judgment_s_signers_and_their_date_are_no_text() {
        let text =
            "本院认为，被告应予补足加班费。\n\n案件受理费10元，由被告负担。\n\n审  判  长  王立新\n人民陪审员  李华\n二〇二五年六月十八日\n书记员  赵小敏";
        let r = roles(text);
        let got: Vec<(&str, Role)> = r.iter().map(|(s, role, _)| (s.as_str(), *role)).collect();
        assert_eq!(
            got,
            [
                ("本院认为，被告应予补足加班费。", Role::Body),
                ("案件受理费10元，由被告负担。", Role::Body),
                ("审  判  长  王立新", Role::Credit),
                ("人民陪审员  李华", Role::Credit),
                ("二〇二五年六月十八日", Role::Credit),
                ("书记员  赵小敏", Role::Credit),
            ]
        );
        // A notice may sign with such a date under its issuer.
        let r = roles("请各单位认真贯彻执行。\n\n某市人民政府办公室\n二〇二五年九月五日");
        assert!(r[1..].iter().all(|(_, role, _)| *role == Role::Credit), "{r:?}");
        // An officer named in a sentence, or what one says, is text.
        assert_eq!(roles("审判长 张三主持了庭审。")[0].1, Role::Body);
        assert!(!is_court_signer("审判员认为") && !is_court_signer("审判员 认为被告的辩解不能成立"));
    }

    #[test]
    fn a_paragraph_without_its_full_stop_or_a_score_line_stands_alone() {
        // A post's paragraphs without full stops, a blank line apart: each is one.
        let text = "紧急提醒！今晚到明天有大暴雨\n\n预计今晚至明天白天，我市大部分地区有大暴雨，局地特大暴雨，累计雨量100至200毫米\n\n请市民尽量减少外出，远离河道、山体等危险区域\n\n转发提醒身边的人！";
        let bodies: Vec<String> = roles(text).into_iter().filter(|(_, r, _)| *r == Role::Body).map(|(s, _, _)| s).collect();
        assert_eq!(bodies, ["预计今晚至明天白天，我市大部分地区有大暴雨，局地特大暴雨，累计雨量100至200毫米", "请市民尽量减少外出，远离河道、山体等危险区域"]);
        // Results, each a row, over the next paragraph.
        let text = "本轮其他比赛结果：\n成都蓉城 3:0 河南队\n天津津门虎 0:2 上海申花\n\n赛后，海港主帅穆斯卡特表示，球队展现了顽强的斗志。";
        let got: Vec<(String, Role)> = roles(text).into_iter().map(|(s, role, _)| (s, role)).collect();
        let want = [
            ("本轮其他比赛结果：", Role::Body),
            ("成都蓉城 3:0 河南队", Role::Headline { sub: true }),
            ("天津津门虎 0:2 上海申花", Role::Headline { sub: true }),
            ("赛后，海港主帅穆斯卡特表示，球队展现了顽强的斗志。", Role::Body),
        ];
        assert_eq!(got, want.map(|(s, r)| (s.to_string(), r)));
    }

    #[test]
    fn an_answer_s_author_card_votes_and_footer_and_a_newsletter_s_way_out_are_no_text() {
        let text = "如何看待考研报名人数下降？\n\n张老师讲考研\n教育行业从业者\n1,245 人赞同了该回答\n\n谢邀。\n\n我觉得主要有三个原因。\n\n赞同 1.2万\n编辑于 2025-09-10 · 著作权归作者所有";
        let r = roles(text);
        let credits: Vec<&str> = r.iter().filter(|(_, role, _)| *role == Role::Credit).map(|(s, _, _)| s.as_str()).collect();
        assert_eq!(credits, ["张老师讲考研", "教育行业从业者", "1,245 人赞同了该回答", "赞同 1.2万", "编辑于 2025-09-10 · 著作权归作者所有"]);
        let bodies: Vec<&str> = r.iter().filter(|(_, role, _)| *role == Role::Body).map(|(s, _, _)| s.as_str()).collect();
        assert!(bodies.contains(&"谢邀。") && bodies.contains(&"我觉得主要有三个原因。"), "{r:?}");
        let r = roles("3. 美联储议息会议本周召开，市场普遍预计将降息25个基点。\n\n如不想再收到此类邮件，请点击退订。\n© 2025 财新传媒 版权所有");
        assert_eq!(r[1], ("如不想再收到此类邮件，请点击退订。".to_string(), Role::Credit, 0));
        // Sentences about these things are text.
        for s in ["如消费者要求退订，商家不得拒绝。", "著作权归作者所有的作品受法律保护。", "编辑于2025年加入本报，此前在出版社工作。"]
        {
            assert_eq!(roles(&format!("法院审理了此案。\n\n{s}"))[1].1, Role::Body, "{s}");
        }
    }

    #[test]
    fn a_paste_s_first_line_heads_it_though_it_asks_exclaims_or_has_a_comma() {
        for headline in ["网传“9月起全国高速收费标准上调”？不实！", "如何看待2025年考研报名人数下降？", "暴雨来袭！多地发布预警“这次不一样”！"]
        {
            let text = format!("{headline}\n\n近日，网上流传一则消息，引发网友关注。\n\n记者从交通运输部了解到，该消息不实。");
            let r = roles(&text);
            assert_eq!((r[0].0.as_str(), r[0].1), (headline, Role::Headline { sub: false }), "{r:?}");
        }
        // A column's label over a post's headline, right over the text.
        let r =
            roles("健康提示｜秋季是诺如病毒感染高发期，这些防护要点请收好\n近期气温变化较大，诺如病毒感染进入高发季节。\n市疾控中心提醒，诺如病毒传染性强。");
        assert_eq!(r[0], ("健康提示｜秋季是诺如病毒感染高发期，这些防护要点请收好".to_string(), Role::Headline { sub: false }, 0));
        // A first sentence with its full stop, or a lead-in, stays text.
        for first in ["昨天，暴雨来袭，多地发布预警。", "现将有关事项通知如下：", "记者了解到，袁某借用的是一辆丰田凯美瑞轿车，在"]
        {
            let r = roles(&format!("{first}\n\n近日，网上流传一则消息，引发网友关注。\n\n记者从交通运输部了解到，该消息不实。"));
            assert_eq!(r[0].1, Role::Body, "{first}");
        }
    }

    #[test]
    fn a_government_list_page_s_chrome_is_no_text_and_its_dated_links_are_headlines() {
        let page = "青禾县人民政府门户网站\n首页 | 政务公开 | 政务服务 | 互动交流 | 走进青禾\n无障碍浏览 | 长者模式 | 繁體\n\n您所在的位置：首页 > 新闻中心 > 部门动态\n\n· 县人社局举办秋季专场招聘会 提供岗位1260个  2023-10-26\n· 县水利局召开冬春农田水利基本建设动员会  2023-10-26\n· 县民政局为困难群众发放冬季取暖补贴136万元　2023-10-18\n\n共 1286 条　每页 15 条　首页 上一页 1 2 3 4 5 … 86 下一页 尾页　跳转到 第 [  ] 页\n您是本站第 8,264,319 位访客";
        let r = roles(page);
        let links: Vec<&str> = r.iter().filter(|x| matches!(x.1, Role::Headline { .. })).map(|x| x.0.as_str()).collect();
        assert_eq!(links.len(), 3, "{r:?}");
        assert!(links.iter().all(|l| l.starts_with("· 县")), "{r:?}");
        assert!(r.iter().all(|x| x.1 != Role::Body), "{r:?}");
        // A court site's breadcrumb, labelled its own way.
        let r = roles("您当前的位置：首页 > 司法动态\n\n法院审结一起直播带货纠纷案件，判决商家退一赔三。");
        assert_eq!(r[0].1, Role::Credit, "{r:?}");
        // A sentence that ends on a date with one space, or that counts visitors, is text.
        for s in ["新馆将于 2023-10-26", "博物馆今年接待了第100万位访客", "国庆期间全市景区访问量同比增长两成。"] {
            assert_eq!(roles(&format!("法院审理了此案。\n\n{s}"))[1].1, Role::Body, "{s}");
        }
    }

    #[test]
    fn a_news_page_s_touching_buttons_comment_label_and_placed_caption_are_no_text() {
        let page = "马骁梅开二度 东岚雷霆主场2比1逆转南屿海鸥\n\n2024-05-19 22:41　来源：东岚晚报\n【字号 大 中 小】【打印】【关闭】\n\n第78分钟，东岚雷霆前锋马骁（右二）头球破门后与队友庆祝。记者 黎少峰 摄\n\n本报讯（记者 周启航）19日晚，职业联赛第12轮一场焦点战在东岚奥体中心打响。最终东岚雷霆以2比1取胜。\n\n当晚现场球迷达到41263人，创下本赛季东岚主场上座纪录。\n\n网友评论（326）　　查看全部评论>>\n东岚老球迷：马骁这两个头球太漂亮了！今年冠军有戏！　　赞(1208)　回复\n海鸥铁粉2009：定位球防守还是老问题，教练该反思了。　　赞(431)　回复";
        let r = roles(page);
        let role = |t: &str| r.iter().find(|x| x.0 == t).map(|x| (x.1, x.2));
        assert_eq!(role("【字号 大 中 小】【打印】【关闭】"), Some((Role::Credit, 0)), "{r:?}");
        assert_eq!(role("第78分钟，东岚雷霆前锋马骁（右二）头球破门后与队友庆祝。"), Some((Role::Caption, 0)), "{r:?}");
        assert_eq!(role("19日晚，职业联赛第12轮一场焦点战在东岚奥体中心打响。最终东岚雷霆以2比1取胜。"), Some((Role::Body, 0)), "{r:?}");
        assert!(r.iter().filter(|x| x.0.contains("赞(")).all(|x| x.1 == Role::Credit), "{r:?}");
        // A mark that is no place in a photo: `（中）` alone is, `（中国）` is not.
        assert!(has_position_mark("李明（左一）与同事交流。") && has_position_mark("（前排右三）") && has_position_mark("王芳（中）在现场。"));
        assert!(!has_position_mark("中国（中国）") && !has_position_mark("（左侧）") && !has_position_mark("（右上图）"));
    }

    #[test]
    fn a_q_and_a_page_s_buttons_counters_and_comments_and_a_numbered_caption_are_no_text() {
        let page = "为什么年轻人越来越不愿意生孩子？\n关注问题　写回答\n被浏览 18,632,447 · 3,126 个回答\n\n默认排序\n\n这个问题我读过不少文献，试着从几个角度说说。\n\n成本、预期和观念三件事叠在一起，年轻人才不愿意生。\n\n187 条评论\n默认　最新\n\n江南烟雨：时间成本那一段太真实了，我就是休完产假回去被调岗的。\n2-19 · 赞 864\n\n查看全部 187 条评论";
        let r = roles(page);
        let body: Vec<&str> = r.iter().filter(|x| x.1 == Role::Body).map(|x| x.0.as_str()).collect();
        assert_eq!(
            body,
            ["为什么年轻人越来越不愿意生孩子？", "这个问题我读过不少文献，试着从几个角度说说。", "成本、预期和观念三件事叠在一起，年轻人才不愿意生。"],
            "{r:?}"
        );
        // A count with a thousands mark in the label.
        let r = roles("校园餐是一道民生题，孩子碗里的每一口饭菜都值得被认真对待。\n\n热门评论（1,482）\n江畔的风：说到点子上了，不是反对预制菜，是反对不告诉我们。\n豆豆妈：我们学校就是，孩子说菜都是一个味儿。");
        assert!(r[1..].iter().all(|x| x.1 == Role::Credit), "{r:?}");
        // A picture's number makes a caption; the news beside it stays body.
        let r = roles("“吉金流光”特展开幕\n\n图1：观众在展厅中参观一件西周兽面纹青铜方鼎。\n\n10月17日，“吉金流光”特展在南州博物馆开幕。展览汇集了136件（套）商周时期青铜器。");
        assert_eq!(r[1], ("图1：观众在展厅中参观一件西周兽面纹青铜方鼎。".to_string(), Role::Caption, 0), "{r:?}");
        assert_eq!(r[2].1, Role::Body, "{r:?}");
    }

    /// The body blocks of a page, in order.
    fn body_of(page: &str) -> Vec<String> {
        roles(page).into_iter().filter(|x| x.1 == Role::Body).map(|x| x.0).collect()
    }

    /// Two sentences of news, with `before` over them and `after` under them (either may be
    /// empty), blank lines apart: the news alone is text.
    fn assert_only_the_news_is_text(before: &str, after: &str) {
        let news = "2021年，我们写过一篇讲年轻人回县城生活的文章。\n\n那篇文章的留言超过了3000条。";
        let page = [before, news, after].iter().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join("\n\n");
        assert_eq!(body_of(&page), ["2021年，我们写过一篇讲年轻人回县城生活的文章。", "那篇文章的留言超过了3000条。"], "{page}");
    }

    #[test]
    fn a_page_s_bars_buttons_and_stamps_of_any_site_are_no_text() {
        let news = "澜舟储能今日在合肥发布新一代液冷储能系统。\n\n该产品计划于第四季度批量交付。";
        for chrome in [
            "产品与解决方案  行业案例  新闻中心  投资者关系  加入我们  中文 | EN",
            "首页 我的订单 购物车(3) 客户服务 网站导航 | 你好，请登录 免费注册",
            "首页　职位　公司　校园　APP　　　　我要找工作　我要招聘　登录/注册",
            "手机阅读　HTML阅读　CAJ下载　PDF下载　AI辅助阅读　引用　收藏　分享　打印",
            "【下载】【打印】【收藏】【关联文书】",
            "分享到 Facebook WhatsApp Telegram 复制连结",
            "字体大小 A A A",
            "最后更新日期：2024-11-13 19:22",
            "浏览：1,486次　　　　发布日期：2024-05-09",
            "作者：南枝不语　　更新时间：2024-07-19 23:58　　本章字数：2316",
            "字体：大 中 小　　背景：　　夜间模式　　加入书架　　推荐本书　　目录",
            "上一章　　　目录　　　下一章",
            "投月票　打赏　催更　推荐票",
            "立即沟通　感兴趣　举报　分享",
            "询底价　预约试驾　贷款计算器",
            "有用(58)　回复(6)",
            "×",
            "听全文",
            "登录　订阅",
            "点击收听本文",
            "扫一扫 手机阅读",
            "点击蓝字",
            "关注我们",
            "/",
            "京东价 ¥ 399.00　¥449.00",
            "25-3-14 22:07 来自 微博 weibo.com 已编辑",
            "附件: 组织架构调整说明（2025年3月）.pdf (1.2 MB); 常见问题解答.pdf (386 KB)",
            "网友评论仅供其表达个人看法，并不表明证券时报立场",
        ] {
            // Above the text, or glued to its first line as a single break leaves it.
            for page in [format!("{chrome}\n\n{news}"), format!("{chrome}\n{news}")] {
                assert_eq!(body_of(&page), ["澜舟储能今日在合肥发布新一代液冷储能系统。", "该产品计划于第四季度批量交付。"], "{chrome}");
                // Nor is it the page's headline.
                assert_eq!(roles(&page)[0].1, Role::Credit, "{chrome}");
            }
        }
        // A site's account links over its breadcrumb leave the page's headline to head it.
        let r = roles(&format!("长河周末\n登录　订阅\n首页 > 新闻 > 特稿\n\n一部电梯与一栋楼的十四个月\n\n{news}"));
        assert_eq!((r[1].1, r[3].0.as_str(), r[3].1), (Role::Credit, "一部电梯与一栋楼的十四个月", Role::Headline { sub: false }), "{r:?}");
        // A button is whole even where its last char makes a word with the next line's first
        // (`文` + `华`), and a site's wire opens the lead under it.
        let lead =
            "点击收听本文\n华声广播网岚州5月14日消息（记者 柯静怡）中午11点刚过，长者食堂里已经坐满了人。\n\n记者从民政局获悉，全市已建成长者食堂186家。";
        assert_eq!(body_of(lead), ["中午11点刚过，长者食堂里已经坐满了人。", "记者从民政局获悉，全市已建成长者食堂186家。"]);
        // A headline keeps its meta line off it.
        let r = roles(&format!("澜舟储能发布新一代液冷储能系统“海川3.0” 循环寿命提升至12000次\n发布时间：2024-06-18　浏览量：2,341\n\n{news}"));
        assert_eq!(r[0].0, "澜舟储能发布新一代液冷储能系统“海川3.0” 循环寿命提升至12000次", "{r:?}");
        // The same words in a sentence stay text.
        assert_eq!(body_of("记者从首页的新闻中心看到了投资者关系栏目，加入我们的人很多。"), ["记者从首页的新闻中心看到了投资者关系栏目，加入我们的人很多。"]);
        assert_eq!(body_of("附件中的报告.pdf已经发给各位，请查收。"), ["附件中的报告.pdf已经发给各位，请查收。"]);
    }

    #[test]
    fn what_hangs_round_an_article_references_links_credits_and_mail_footers_is_no_text() {
        for (before, after) in [
            ("文 | 林小满\n编辑 | 阿澈\n图 | 受访者提供", ""),
            ("城市慢生活志\n一个关注城市与人的公众号，每周三、五更新。\n1128篇原创内容", ""),
            ("", "参考文献\n[1] 孙立平,许静.基于居民行为的社区生活圈划定方法研究[J].城市规划学刊,2021(3):45-52.\n[2] 张宇.城市社区养老设施空间配置研究[D].江州大学,2021."),
            ("", "相关稿件\n· 我国盐碱地综合利用取得新进展\n· 耐盐碱作物育种：从“能活”到“高产”\n· 滨海盐碱地上的“丰收账”"),
            ("", "相关链接：\n· 宁川市疫情防控指挥部关于调整部分区域风险等级的通告（第58号）\n· 宁川市发热门诊、核酸采样点名单（11月24日更新）"),
            ("", "本邮件及其附件含有恒晟科技有限公司的保密信息，仅限于发送给上面地址中列出的个人或群组。禁止任何其他人以任何形式使用本邮件中的信息。"),
            ("", "扫码下载客户端，观看更多直播"),
            ("", "声明：证券时报力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担"),
            ("一只小土豆\n#1 楼主", ""),
            ("【食材】\n牛腩　800克\n番茄　5个（约1000克，分两份）\n盐　适量", ""),
            ("江南区域发展研究院“养老服务体系”课题组", ""),
            ("主题：回复：关于华东区Q4经销商大会延期及场地变更的确认", ""),
        ] {
            assert_only_the_news_is_text(before, after);
        }
        // A picture marked as one is its caption.
        let r = roles("[图片] 清晨的发射场，火箭矗立在发射塔架旁。\n\n火箭已开始加注推进剂，各系统状态正常。\n\n穹宇航天宣布首飞任务取得圆满成功。");
        assert_eq!(r[0].1, Role::Caption, "{r:?}");
    }

    #[test]
    fn heads_tags_and_addressees_stand_apart_from_the_paragraph_under_them() {
        // A report's numbered parts, each on its line over the text.
        let body = body_of(
            "2.1 门店数量增长主要来自三线及以下城市\n根据我们的统计，全国现制茶饮门店总数约为43.1万家。\n\n3.2.1 成本结构\n租金和人工成本明显低于一二线城市。",
        );
        assert_eq!(body, ["根据我们的统计，全国现制茶饮门店总数约为43.1万家。", "租金和人工成本明显低于一二线城市。"]);
        // A notice's title over its addressees, a blank line between.
        let r = roles("清河市住房和城乡建设局关于开展老旧小区加装电梯补助申报工作的通知\n\n各区住房和城乡建设局，各街道办事处，各有关单位：\n为进一步改善老旧小区居民出行条件，现将有关事项通知如下。");
        assert!(r.iter().all(|x| !x.0.contains("通知各区")), "{r:?}");
        assert!(r.iter().any(|x| x.0 == "各区住房和城乡建设局，各街道办事处，各有关单位：" && x.1 == Role::Salutation), "{r:?}");
        // A Q&A site's links and topic tags, a word or two a line, over the question.
        let body = body_of("提问\n\n心理学\n职场\n工作效率\n\n为什么很多人明明知道要早睡，却总是熬夜到一两点？");
        assert!(body.iter().all(|b| !b.contains("提问") && !b.contains("心理学职场")), "{body:?}");
        // Where a picture stood, and its alt text.
        let body = body_of("[图片：炖好的番茄牛腩装在砂锅里]\n【食材】（3-4人份）\n\n番茄一定要分两次放。\n\n图片描述：事故现场，一辆白色轿车停在人行道上");
        assert!(body.iter().all(|b| !b.contains("图片")), "{body:?}");
        // A brief's distribution and print run at its foot.
        let body = body_of("近年来，我省人口老龄化程度持续加深。\n\n报送：省委办公厅、省政府办公厅，省民政厅\n本期印发：50份");
        assert_eq!(body, ["近年来，我省人口老龄化程度持续加深。"]);
    }

    #[test]
    fn heads_of_judgments_contracts_papers_and_podcasts_and_a_page_s_prompts_are_no_text() {
        for (before, after) in [
            ("江南省临川市中级人民法院\n民 事 判 决 书\n（2024）江01民终2318号", ""),
            ("甲方（委托方）：宁川华远物流有限公司\n法定代表人：刘建平", ""),
            ("软件开发及技术服务合同　　　　　　　　　合同编号：HYWL-JS-2025-0317", ""),
            ("1.江州大学建筑与城市规划学院　2.江州市国土空间规划研究院\n15分钟生活圈;公共服务设施;可达性;两步移动搜寻法;社区规划;", ""),
            ("00:00 开场\n00:31 楼市整体判断：分化\n01:35 刚需买房的三个问题\n02:36 租房还是买房", ""),
            ("城市慢生活志\n一个关注城市与人的公众号，每周三、五更新。", ""),
            ("", "往期推荐\n▶ 在北京租房十年，我终于搬进了自己的小房子\n▶ 一份县城生活成本清单（2024版）"),
            ("", "下载“证券时报”官方APP，或关注官方微信公众号，即可随时了解股市动态，洞察政策信息，把握财富机会。"),
        ] {
            assert_only_the_news_is_text(before, after);
        }
        // A mail's header, quoted or not, and its writer's contact lines.
        let body = body_of("—— 原始邮件 ——\n发件人：王建平 <wang@example.com>\n发送时间：2024年11月18日 11:06\n收件人：周雨晴 <zhou@example.com>\n\n上午和苏州那边的会议中心谈下来了。\n\n> 发件人：行政部-会务组\n> 发送时间：2024年11月15日 17:20\n\n周雨晴\n手机：138-1234-5678\n邮箱：zhou@example.com");
        assert!(body.iter().all(|b| !b.contains("发件人") && !b.contains("发送时间") && !b.contains("手机") && !b.contains("邮箱")), "{body:?}");
        assert!(body.contains(&"上午和苏州那边的会议中心谈下来了。".to_string()), "{body:?}");
        // A film site's top, its review's head and a comment under it: no line runs into another,
        // though the comments below run on as a PDF's lines would.
        let page = "豆瓣电影\n搜索电影、电视剧、综艺、影人\n影讯&购票　选电影　电视剧　排行榜　影评　2025年度榜单\n\n一部让人看完久久说不出话的电影，只可惜最后二十分钟泄了气\n\n北岛以北 评论 远山灯火　★★★★☆　2025-05-03 21:17:45 浙江\n\n说实话，走进影院之前我对这部电影没有太高期待。\n\n回应 (87)\n江湖夜雨十年灯　2025-05-03 22:40:12 浙江\n同意结尾那段，太满了，但王建国真的好\n有用 56　回应\n慢热型选手　2025-05-04 09:13:51 北京\n打电话那场戏我也哭了，想起我爸\n有用 32　回应\nLuna　2025-05-04 13:27:05 四川\n我倒觉得结尾还好，可能因为我本来就是山里长大的\n有用 11　回应";
        let r = roles(page);
        assert!(r.iter().any(|x| x.0 == "一部让人看完久久说不出话的电影，只可惜最后二十分钟泄了气"), "{r:?}");
        assert!(r.iter().any(|x| x.0 == "说实话，走进影院之前我对这部电影没有太高期待。"), "{r:?}");
        for chrome in ["江湖夜雨十年灯　2025-05-03 22:40:12 浙江", "有用 56　回应"] {
            assert!(r.iter().any(|x| x.0 == chrome && x.1 == Role::Credit), "{chrome}: {r:?}");
        }
        // A mail's sent time with its weekday; a minutes' closing note; a call to star the account.
        let body = body_of("时间：2024年11月18日（星期一）下午3:42\n\n会议决定改到苏州开。\n\n（以上纪要如有遗漏或不准确之处，请于8月26日前在文档中评论补充。）\n\n星标⭐我们，第一时间收到早报推送");
        assert_eq!(body, ["会议决定改到苏州开。"]);
        // A live page's entries open on the clock: text, not chapters.
        let body = body_of("09:00 各位网友早上好！\n09:12 火箭已开始加注推进剂。\n09:20 发射场天气良好。");
        assert_eq!(body.len(), 3, "{body:?}");
        // A transcript's turn label stays off the words spoken.
        assert_eq!(body_of("周扬 01:18\n所以不是说全国一起见底。"), ["所以不是说全国一起见底。"]);
        // A subtitle closing on its quoted word stays off the paragraph under it.
        let body = body_of("清晨六点半的“铃声”\n\n早上六点半，天刚蒙蒙亮，云岭村教学点门口的铁轨就被敲响了。");
        assert_eq!(body.last().map(String::as_str), Some("早上六点半，天刚蒙蒙亮，云岭村教学点门口的铁轨就被敲响了。"), "{body:?}");
    }

    #[test]
    fn an_editor_s_note_signed_with_a_dash_stands_over_the_piece_it_signs() {
        let (blocks, stories) = {
            let text = "【编者按】一辆老自行车，载着一个家庭的岁月。推荐阅读。——责任编辑：素心\n父亲的那辆二八自行车，如今还靠在老家的屋檐下。\n\n母亲几次说要卖给收废品的，父亲都不肯。";
            let ls = lines(text);
            let (b, st) = layout(text, &ls, &|_, _| false, &classes);
            (b.iter().map(|b| text[b.start..b.end].to_string()).collect::<Vec<_>>(), st.len())
        };
        assert_eq!(stories, 1, "{blocks:?}");
        assert!(blocks.iter().all(|b| !b.contains("责任编辑")), "{blocks:?}");
        assert!(blocks.iter().any(|b| b.starts_with("父亲的那辆")), "{blocks:?}");
    }

    #[test]
    fn round_29_s_heads_fields_and_footers_are_no_text() {
        // A short head over its paragraph, and a paper's numbered head over its wrapped lines.
        let body = body_of("赛事简介\n2024临川半程马拉松将于10月20日在市民中心广场鸣枪开跑，设半程马拉松和健康跑两个项目。");
        assert_eq!(body.last().map(String::as_str), Some("2024临川半程马拉松将于10月20日在市民中心广场鸣枪开跑，设半程马拉松和健康跑两个项目。"), "{body:?}");
        let body = body_of("1 引言\n城市化进程中，大量自然下垫面被不透水的建筑和道路所取\n代，改变了地表能量平衡，导致城市气温明显高于周边郊区。\n研究表明，全球超过一半的人口居住在城市，城市热岛效应\n已成为城市生态研究的重要议题之一，受到广泛的关注。");
        assert!(body.iter().all(|b| !b.starts_with("1 引言城市化")), "{body:?}");
        let news = "会议决定改到苏州开。\n\n苏州会议中心可以给我们整层的大会议厅。";
        let want = ["会议决定改到苏州开。", "苏州会议中心可以给我们整层的大会议厅。"];
        for chrome in [
            "索 引 号：11410300MB1234567X/2024-00086　　　分　　类：教育；建议提案",
            "免責聲明  私隱政策  網站地圖  聯絡我們",
            "【作者简介】周远山，1982年生，南岭临川人，现居省城。",
            "（画面：录屏 银行APP设置自动转存）",
            "扫码下载\n© 2011~2024 北京多氪信息科技有限公司 | 京ICP备12031756号-6 | 京公网安备11010802021345号",
            "虎扑电竞 · 小编 阿杰 · 2024-08-24 22:47 · 浏览 4.6万",
            "支持(128)　反对(2)　回复",
            "网友评论（共46条）",
            "作者：林青禾　　发布时间：2023-09-17　　阅读：3215　　评论：14",
        ] {
            let page = format!("{news}\n\n{chrome}");
            let view = crate::simplify::view(&page);
            assert_eq!(body_of(&view), want, "{chrome}");
        }
    }

    #[test]
    fn a_column_s_bracketed_headline_its_bracketed_captions_and_its_follow_prompt_are_no_body() {
        let page = "【街坊老店】加租三成 經營42年涼茶舖月底結業 老闆：「真係頂唔順」\n港聞 | 社區\n撰文：麥詠欣　攝影：黃家朗\n2023-11-08 18:00\n\n（圖）舖內仍保留着上世紀八十年代的銅葫蘆和木櫃。\n\n在深灣道街市旁經營了42年的「陳記涼茶」，將於本月30日正式結業。\n\n陳伯說，結業前最後一日會向街坊免費送涼茶。\n\n更多街坊故事，請追蹤我們的Instagram及Facebook專頁。";
        let view = crate::simplify::view(page);
        let r = roles(&view);
        assert_eq!(r[0].1, Role::Headline { sub: false }, "{r:?}");
        let body: Vec<&str> = r.iter().filter(|x| x.1 == Role::Body).map(|x| x.0.as_str()).collect();
        assert_eq!(body.len(), 2, "{r:?}");
        assert!(body.iter().all(|b| b.contains("陈伯") || b.contains("陈记")), "{r:?}");
    }

    #[test]
    fn an_english_wire_s_staff_line_and_a_share_bar_with_the_world_s_sites_are_no_text() {
        let page = "Shares of Chengming closed at 42.36 yuan on Thursday.\n\n(Reporting by Daniel Hart in Donglan and Lucy Zhou in Hong Kong; Editing by Mark Feld)\n\n分享到：微信 | 微博 | LinkedIn | X";
        let r = roles(page);
        assert_eq!(r.iter().map(|x| x.1).collect::<Vec<_>>(), [Role::Body, Role::Credit, Role::Credit], "{r:?}");
        // A sentence about reporting, and a list of sites with no share label, are text.
        let r = roles("Shares closed higher.\n\n(Reporting on the deal was delayed by a day.)\n\n微信 | 微博 | LinkedIn | X");
        assert_eq!(r[1].1, Role::Body, "{r:?}");
    }

    #[test]
    fn an_exported_chat_s_headers_stand_apart_from_its_messages() {
        let chat = "微信聊天记录\n群聊：幸福里3栋业主群（186）\n导出时间：2024-04-10 22:31\n\n2024-04-09 19:02:15 王姐（3-502）\n各位邻居，物业刚发通知，下周一开始咱们楼要装电梯了，施工大概三个月\n\n2024-04-09 19:03:40 老刘（3-101）\n终于定了，谈了三年\n\n小陈 2024-04-09 19:04:02\n太好了，我家老人终于不用爬六楼了";
        let r = roles(chat);
        let body: Vec<&str> = r.iter().filter(|x| x.1 == Role::Body).map(|x| x.0.as_str()).collect();
        assert_eq!(
            body,
            ["各位邻居，物业刚发通知，下周一开始咱们楼要装电梯了，施工大概三个月", "终于定了，谈了三年", "太好了，我家老人终于不用爬六楼了"],
            "{r:?}"
        );
        // A sentence that opens on a time is text.
        let r = roles("法院审理了此案。\n\n2024-04-09 19:02 王某驾车驶入路口时与一辆货车相撞。");
        assert_eq!(r[1].1, Role::Body, "{r:?}");
    }

    #[test]
    fn a_table_s_unit_and_numbered_notes_and_a_programme_s_days_and_speakers_are_cells() {
        let table = "表3　2023年全市各区（县）主要经济指标\n\n单位：亿元、%\n\n地区\t地区生产总值\t增速\n全市\t4286.0\t5.8\n江南区\t912.4\t6.2\n\n注：1. 地区生产总值增速按可比价格计算。\n2. 固定资产投资统计范围为计划总投资500万元及以上项目。\n3. 部分数据因四舍五入原因，存在总计与分项合计不等的情况。";
        let r = roles(table);
        assert!(r.iter().all(|x| x.1 != Role::Body), "{r:?}");
        let programme = "第六届智慧城市与数字治理论坛\n\n6月14日（星期五）　上午　开幕式暨主论坛\n主持人：东岚市副市长 刘婉清\n09:20—09:50　　主旨报告一：城市大脑的下一个十年\n报告人：严志恒（东岚大学教授、数字治理研究院院长）\n嘉宾：严志恒、万丽华、邱文博\n\n论坛吸引了来自全国的600余名代表参会。";
        let r = roles(programme);
        let body: Vec<&str> = r.iter().filter(|x| x.1 == Role::Body).map(|x| x.0.as_str()).collect();
        assert_eq!(body, ["论坛吸引了来自全国的600余名代表参会。"], "{r:?}");
        // A note that reasons, a speaker's turn and a dated sentence are text.
        for s in ["注：当且仅当ab≥0时，右边等号成立。", "主持人：欢迎各位来到今天的论坛，首先请市长致辞。", "6月14日（星期五）上午，论坛在东岚开幕。"]
        {
            assert_eq!(roles(&format!("全市\t4286.0\t5.8\n\n{s}"))[1].1, Role::Body, "{s}");
        }
    }

    #[test]
    fn a_standard_s_cover_and_contents_a_speech_s_credits_a_recipe_s_card_and_a_contract_s_articles() {
        let cover = "ICS 97.040.50\nCCS Y 68\n\n中华人民共和国国家标准\nGB/T 49621—2023\n\n家用和类似用途电动自行车充电柜安全技术要求\n\n2023-11-27 发布　　　　　　2024-06-01 实施\n\n国家市场监督管理总局\n国家标准化管理委员会　发布\n\n目　　次\n\n前言 ……………………………… Ⅲ\n1　范围 ………………………… 1\n\n前　　言\n\n本文件由中国轻工业联合会提出。";
        let r = roles(cover);
        let text: Vec<&str> = r.iter().filter(|x| x.1 != Role::Credit).map(|x| x.0.as_str()).collect();
        assert_eq!(text, ["家用和类似用途电动自行车充电柜安全技术要求", "本文件由中国轻工业联合会提出。"], "{r:?}");
        let speech =
            "在2024年全市科技创新大会上的讲话\n（根据录音整理）\n东岚市委书记　韦正阳\n（2024年2月26日）\n\n同志们：\n\n今天，我们召开全市科技创新大会。";
        let r = roles(speech);
        assert_eq!(r.iter().filter(|x| x.1 == Role::Credit).count(), 3, "{r:?}");
        let recipe = "外婆家的红烧肉｜肥而不腻入口即化\n作者：灶台边的小满　　　2.8万人做过　　收藏 36.4万\n\n综合评分 9.3（2,106人评价）　难度：切墩（中等）　时间：约1.5小时\n\n用料\n五花肉　　　　　　　　800克\n冰糖　　　　　　　　　40克\n\n做法\n1. 五花肉切成3厘米左右见方的块。";
        let r = roles(recipe);
        let body: Vec<&str> = r.iter().filter(|x| x.1 == Role::Body).map(|x| x.0.as_str()).collect();
        assert!(body.iter().all(|b| !b.contains("作者") && !b.contains("评分") && !b.contains("800克")), "{r:?}");
        let contract = "房屋租赁合同\n\n合同编号：DL-ZL-2024-0316\n\n第一条　房屋基本情况\n1.1 甲方将房屋出租给乙方使用。\n\n第二条　租赁用途\n2.1 乙方承租该房屋仅作居住使用，不得用于经营。";
        let r = roles(contract);
        assert_eq!(r[1].1, Role::Credit, "{r:?}");
        assert!(r.iter().any(|x| x.0 == "第二条　租赁用途" && matches!(x.1, Role::Headline { .. })), "{r:?}");
        // A sentence that cites an article, or a line that names an official in a clause, is text.
        assert!(!is_section_head("第二条规定了租赁用途") && !is_speech_credit("市委书记韦正阳出席会议并讲话。") && !is_contents_line("他说……"));
    }

    #[test]
    fn a_forum_post_s_meta_line_its_comment_area_and_a_day_plan_s_items() {
        let post = "【游记】一个人的滨海三日\n楼主：走走停停的阿May　　发表于 2024-05-03 21:47　　只看楼主　　|　　倒序浏览\n\n出发前纠结了很久要不要一个人去，最后还是订了票。\n\nD1：东岚北站—南屿市区—老码头\nD2：坐船上鹭鸣岛—环岛骑行\n\n——————\n评论区\n@旅行的猫：收藏了！请问岛上的海景房叫什么名字呀？\n楼主回复：私信你啦～";
        let r = roles(post);
        let body: Vec<&str> = r.iter().filter(|x| x.1 == Role::Body).map(|x| x.0.as_str()).collect();
        assert_eq!(body, ["出发前纠结了很久要不要一个人去，最后还是订了票。", "D1：东岚北站—南屿市区—老码头", "D2：坐船上鹭鸣岛—环岛骑行"], "{r:?}");
    }

    #[test]
    fn a_digest_s_item_heads_marked_with_a_bar_stand_apart_from_their_text() {
        let digest = "本周科技圈依旧热闹。\n\n▌二、芯途半导体撤回科创板上市申请\n原计划募资38亿元的芯途半导体撤回了申请。\n\n▌三、固态电池：新源动力宣布样品能量密度达400Wh/kg\n新源动力称，样品已通过第三方检测。";
        let r = roles(digest);
        let heads: Vec<&str> = r.iter().filter(|x| matches!(x.1, Role::Headline { .. })).map(|x| x.0.as_str()).collect();
        assert_eq!(heads.len(), 2, "{r:?}");
        assert!(heads.iter().all(|h| h.contains('、') && !h.contains('。')), "{r:?}");
    }

    #[test]
    fn a_report_s_header_bar_meta_line_and_issue_date_are_chrome() {
        let text = "公司研究 | 点评报告 | 澄明科技（603XXX.SH）\n\n海外与清洁电器双轮驱动，盈利能力持续提升\n\n恒远证券研究所报告日期：2024年3月29日\n\n公司发布2023年年报，全年实现营收486.72亿元，同比增长18.6%。\n\n健康科普 | 2024-07-09 | 来源：南川省疾控中心　审核专家：谢俊峰（南川省人民医院急诊医学科主任医师）";
        let r = roles(text);
        for line in ["公司研究 | 点评报告", "恒远证券研究所报告日期", "健康科普 | 2024-07-09"] {
            let b = r.iter().find(|b| b.0.starts_with(line)).unwrap();
            assert_eq!(b.1, Role::Credit, "{line}: {r:?}");
        }
        // Three names set apart are no bar, nor a post's title with its labels; a deadline is the notice's news.
        assert!(!is_nav_bar("张三 | 李四 | 王五在会上发言"));
        assert!(!is_nav_bar("独家 | 深度 | 谁在操控房价"));
        // A time to the minute may be a timeline's.
        assert!(!is_log_stamp("2025-06-16 19:02"));
        assert!(!is_labelled_stamp("报名截止日期：2024年5月1日"));
    }

    #[test]
    fn numbered_fields_and_a_bare_note_label_stay_apart() {
        let text = "14:00—17:00　　现场考察（自愿报名，限80人）\n　　　　　　　　线路一：东岚城市运行管理中心 → 江北新城智慧社区\n　　　　　　　　线路二：东岚大数据交易所 → 澄明科技智能工厂\n\n注：\n1. 请参会代表佩戴胸卡出入会场；\n2. 日程如有调整，以会议现场公布为准。";
        let r = roles(text);
        let texts: Vec<&str> = r.iter().map(|b| b.0.trim_start_matches('　')).collect();
        assert!(texts.contains(&"线路一：东岚城市运行管理中心 → 江北新城智慧社区"), "{r:?}");
        assert!(texts.contains(&"线路二：东岚大数据交易所 → 澄明科技智能工厂"), "{r:?}");
        // A line without its full stop does not run on into the label a blank line below.
        let text = "东岚市第六届智慧城市论坛6月13日开幕。\n\n活动地点设在东岚国际会议中心一层大厅及二层各会议室\n\n注：\n1. 请参会代表佩戴胸卡出入会场；";
        let r = roles(text);
        assert!(r.iter().any(|b| b.0 == "活动地点设在东岚国际会议中心一层大厅及二层各会议室"), "{r:?}");
    }

    #[test]
    fn a_post_s_counters_with_icons_and_its_location_tag_are_chrome() {
        let text =
            "今天在东岚地铁2号线上捡到一个小朋友的书包，已经交给锦华路站的工作人员了。\n\n📍东岚·锦华路地铁站\n\n🔁 转发 3,862　💬 评论 1,204　👍 赞 2.6万";
        let r = roles(text);
        assert_eq!(r.iter().filter(|b| b.1 == Role::Body).count(), 1, "{r:?}");
        // A notice's address is its own.
        assert!(!is_location_tag("📍地址：东岚市锦华路88号"));
    }

    #[test]
    fn round_27_page_chrome_is_no_text() {
        // Each line a page's furniture of a kind the review met; the story's paragraph stays text.
        let chrome = [
            "人民网 >> 人民日报 >> 2025年06月17日 >> 第10版：经济",
            "第01版：要闻  第02版：要闻  第03版：要闻  第04版：评论",
            "【视频】 00:01:46视频加载中，请稍候……",
            "打开APP，阅读体验更佳",
            "如果邮件无法正常显示，请点击这里查看网页版。",
            "字号：【大 中 小】   【打印本页】",
            "分享　收藏　点赞 356　推荐 142",
            "文｜财澜网记者 叶知秋　　责任编辑｜宋清",
            "2025-06-12 15:26　　汀阳晚报　　记者 章茜　通讯员 郁洋",
            "浏览量：18934",
            "澄川晚报　2025-06-18 17:42　来自 岚江·澄川",
            "播出时间：2025-06-18 19:35　　时长：30:12　　编辑：何晴川",
            "#城市记忆　#澄川　#地方史",
            "岚江网络广播电视台版权所有　　信息网络传播视听节目许可证：XXXXXXX号",
            "鹤浦市公安局官方微信公众号，发布警务资讯、办事指南、安全防范提示。",
            "快速链接：汀阳大学主页 | 信息公开网 | 招生信息网 | 就业信息网 | 图书馆",
            "新闻热线：（0000）8360XXXX　　投稿邮箱：news@tyu.edu.cn",
            "最新公告　　　　公告日期：2025-06-20　　　共 126 条，当前显示第 1-20 条",
            "温馨提示：以上公告信息来自交易所披露平台，仅供参考，不构成投资建议。",
            "投资者应以上市公司在指定信息披露媒体上刊登的公告为准。",
            "股市有风险，投资需谨慎。",
            "#4　九龙城师奶　　2 小时前",
            "澄政办发〔2025〕18号",
            "许若川1　唐蔚然1,2　邓明哲3",
            "1. 汀阳大学经济学院，岚江 汀阳 550025；2. 岚江省农村经济研究中心，岚江 汀阳 550002",
            "标　　题：澄川市人民政府办公室关于开展城镇燃气安全专项排查整治工作的通知",
            "招聘者：温女士 · HRBP　　刚刚活跃",
            "案　　由：帮助信息网络犯罪活动罪",
            "订单号：3825 0614 7720 9918　　商品：禾光 W8 嵌入式洗碗机　　实付：¥3,299.00",
            "直播时长：3小时42分　　观看人次：12.6万　　本段时间：20:31—20:47",
            "文 / 孟知微　　2025-06-15 09:00　　来源：澄川晚报书评周刊",
            "发表于 2025-06-09　·　作者 @kaiwen_dev　·　阅读 3,482　·　评论 27",
            "2025-06-16 19:02:11",
        ];
        for line in chrome {
            let text = format!("{line}\n\n今天下午，一架航班在起飞爬升阶段遭遇鸟击，机组按程序返航，安全降落在汀阳国际机场。");
            let r = roles(&text);
            assert!(r.iter().any(|b| b.0 == line && b.1 != Role::Body), "{line}: {r:?}");
        }
        // Lines that only look so: a headline with its kinds, a deadline, a sentence with a licence.
        for line in ["独家 | 深度 | 谁在操控房价", "报名截止日期：2024年5月1日", "该公司取得了食品经营许可证，但未按规定公示。"]
        {
            let text = format!("{line}\n\n今天下午，一架航班在起飞爬升阶段遭遇鸟击，机组按程序返航，安全降落在汀阳国际机场。");
            let r = roles(&text);
            assert!(r.iter().any(|b| b.0 == line && matches!(b.1, Role::Body | Role::Headline { .. })), "{line}: {r:?}");
        }
    }

    #[test]
    fn a_wire_s_tag_or_an_unlisted_agency_s_dateline_is_no_part_of_the_lead() {
        assert_eq!(dateline_len("岚江社汀阳6月12日电（记者 顾思远）汀阳市12日召开会议。"), Some("岚江社汀阳6月12日电".len()));
        assert_eq!(dateline_len("合作社社员说，今年收成好。"), None);
        assert_eq!(dateline_len("科创日报桐岭9月11日电 记者11日从桐岭大学获悉，…"), Some("科创日报桐岭9月11日电".len()));
        assert_eq!(dateline_len("岚州晚报讯（记者 柯静怡）中午11点刚过，…"), Some("岚州晚报讯".len()));
        assert_eq!(dateline_len("晚报记者9月11日从市里获悉，…"), None);
        assert_eq!(dateline_len("报告9月11日发布。"), None);
        assert_eq!(dateline_len("华声广播网岚州5月14日消息（记者 柯静怡）中午11点刚过，…"), Some("华声广播网岚州5月14日消息".len()));
        assert_eq!(byline_len("【财澜网】温控器失效，可能导致机器持续加热。"), Some("【财澜网】".len()));
        assert_eq!(byline_len("【快讯】6月20日10时12分，火箭点火升空。"), None);
        assert_eq!(byline_len("【记者手记】那一夜的雨"), None);
        assert_eq!(byline_len("【香江财经】屿港写字楼市场持续受压。"), Some("【香江财经】".len()));
        assert_eq!(byline_len("【财经】屿港写字楼市场持续受压。"), None);
    }

    #[test]
    fn a_page_without_blank_lines_sets_its_headline_off_by_its_chrome() {
        // As a Hong Kong paper's page copies (read simplified): chrome, the headline, then the
        // lead under the site's tag; related links under `编辑推介`, buttons, the copyright.
        let page = "香江财经报\n即时新闻\n订阅\n登入\n经济 > 地产\n屿港甲级写字楼空置率升至17.8% 创纪录新高 代理：下半年租金或再跌5%\n\
【香江财经】屿港写字楼市场持续受压。综合多间物业代理昨日公布的数据，空置率升至17.8%。\n代理普遍预期，下半年租金或再跌3%至5%。\n\
编辑推介\n【专题】写字楼何去何从：旧厦活化的三种可能\n【专栏】楼市「新常态」下的置业选择\n分享：\n电邮\n列印\n复制连结\n\
版权所有 © 香江财经报业有限公司 不得转载";
        let r = roles(page);
        let headline = r.iter().find(|x| x.0.starts_with("屿港甲级")).map(|x| x.1);
        assert_eq!(headline, Some(Role::Headline { sub: false }), "{r:?}");
        assert_eq!(body_of(page), ["屿港写字楼市场持续受压。综合多间物业代理昨日公布的数据，空置率升至17.8%。", "代理普遍预期，下半年租金或再跌3%至5%。"]);
        assert!(r.iter().any(|x| x.0 == "登入" && x.1 == Role::Credit), "{r:?}");
    }

    #[test]
    fn comments_under_a_post_s_buttons_are_the_readers() {
        let text = "近日，鹤浦市民周阿姨接到一通自称医保局工作人员的电话，险些把毕生积蓄转给骗子。\n\n分享　收藏　点赞 356\n留言\n冬青：这种骗局真是层出不穷，给银行柜员点赞\n鹤浦老刘：已转家族群";
        let r = roles(text);
        assert_eq!(r.iter().filter(|b| b.1 == Role::Body).count(), 1, "{r:?}");
    }

    #[test]
    fn a_headline_over_its_deck_is_no_wrapped_line() {
        let text = "岚江夏粮收获进度过七成\n机收率超过九成七，日烘干能力较去年提升约两成\n\n本报记者  沈敬舟\n\n　　6月中旬，岚江省沅溪县柳湾镇的麦田里，十余台联合收割机来回穿梭。";
        let r = roles(text);
        assert_eq!(r[0].0, "岚江夏粮收获进度过七成", "{r:?}");
        // A wrapped line is as wide as the next, and a term stays over its definition.
        let text = "国家统计局今天发布的数据显示，今年前三季度全国规模以上\n工业增加值同比增长5.8%，增速比上半年加快0.1个百分点。";
        assert_eq!(roles(text).len(), 1);
    }

    #[test]
    fn nested_replies_in_a_run_are_comments() {
        let text = "辞职第八个月，小店今天终于开门了，第一炉菠萝包十点出炉。\n\n林一禾回复小满：给你留了两个😂\n└ 阿梨不吃梨：我也要一个\n└ 老周修老物件 UP主：可以先别通电，先检查一下电容";
        let r = roles(text);
        assert_eq!(r.iter().filter(|b| b.1 == Role::Body).count(), 1, "{r:?}");
    }

    #[test]
    fn a_bare_date_over_a_paragraph_is_no_part_of_it() {
        let text = "山里的小学\n\n文／林佳蓉\n\n2023年12月5日\n\n清晨六点半，天还没全亮，住在山腰的孩子阿布就背着书包走出家门。";
        let r = roles(text);
        assert!(r.iter().any(|b| b.0.starts_with("清晨六点半")), "{r:?}");
    }

    #[test]
    fn a_menu_or_a_player_copied_a_word_a_line_and_a_wire_s_furniture_are_no_text() {
        // Every word of the menu and the player is furniture, none a headline opening a story.
        let page = "央视网\n首页\n新闻\n体育\n综艺\n电视剧\n客户端\n登录\n首页 > 新闻频道 > 国内 > 正文\n\n全国秋粮收购进度过半 市场价格总体平稳\n\n视频加载中，请稍候...\n00:00 / 02:47\n播放\n下一个\n倍速\n高清\n全屏\n关闭弹幕\n\n记者从国家粮食和物资储备局了解到，秋粮收购进度已经过半。";
        let r = roles(page);
        let got: Vec<(&str, Role)> = r.iter().filter(|b| b.1 != Role::Credit).map(|b| (b.0.as_str(), b.1)).collect();
        assert_eq!(
            got,
            [
                ("全国秋粮收购进度过半 市场价格总体平稳", Role::Headline { sub: false }),
                ("记者从国家粮食和物资储备局了解到，秋粮收购进度已经过半。", Role::Body)
            ]
        );
        for (before, after) in [
            ("视频加载中，请稍候...\n00:00 / 02:47", ""),
            ("", "分享本文\n微博  微信  领英  邮件  复制链接"),
            ("", "(编译 王佳宁；编辑 刘璐)\n路透中文网编辑部 (发稿请联系 cn.news@thomsonreuters.com)"),
            ("", "央视网 版权所有"),
            ("", "相关报道\n中国2月CPI同比转负 核心通胀维持低位\n美元兑日元跌至两个月低位\n© 2025 路透社版权所有。"),
        ] {
            assert_only_the_news_is_text(before, after);
        }
        // A column of words with no control among them is a list: no menu.
        let r = roles("配料如下\n大米\n红枣\n黑芝麻\n冰糖\n\n先把红枣洗净，再与大米同煮。");
        assert!(r.iter().all(|b| b.1 != Role::Credit), "{r:?}");
        // A site's name over its menu is no headline; the story's headline is, over its stamp, and
        // Reuters' wire is no text.
        let r = roles(
            "路透中文网\n首页 | 财经 | 中国 | 国际 | 市场\n中国2月新增人民币贷款低于预期 企业中长期贷款需求依然疲软\n2025年3月14日 / 上午11点32分 / 更新于 2小时前\n路透北京3月14日电---中国人民银行周五公布的数据显示，2月新增人民币贷款8,650亿元。",
        );
        let got: Vec<(&str, Role)> = r.iter().map(|b| (b.0.as_str(), b.1)).collect();
        assert_eq!(
            got,
            [
                ("路透中文网", Role::Credit),
                ("首页 | 财经 | 中国 | 国际 | 市场", Role::Credit),
                ("中国2月新增人民币贷款低于预期 企业中长期贷款需求依然疲软", Role::Headline { sub: false }),
                ("2025年3月14日 / 上午11点32分 / 更新于 2小时前", Role::Credit),
                ("中国人民银行周五公布的数据显示，2月新增人民币贷款8,650亿元。", Role::Body),
            ]
        );
    }

    #[test]
    fn round_30_and_31_s_menus_counts_comments_and_filing_notes_are_no_text() {
        for (before, after) in [
            ("中央社 CNA\n即时\n政治\n国际\n两岸\n产经\n证券\n科技", ""),
            ("东川日报数字报\n2024年12月03日 星期二\n上一期  下一期  往期回顾\n第06版：民生·人物\n版面导航\n01 要闻  02 要闻  03 综合  04 区县  05 经济", ""),
            ("我的学习\n搜索课程、讲师\n登录 / 注册", ""),
            ("查看：48213 | 回复：326", ""),
            ("（於開曼群島註冊成立之有限公司）\n（股份代號：2977）", ""),
            ("", "字級\n列印\n分享"),
            ("", "本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。"),
            ("", "已有2,318人预约\n[预约]"),
            ("", "momo  2025-02-26 21:58:02  IP属地: 上海"),
            ("", "分享 收藏 赞 18 在看 3\n写留言\n留言\n朵朵妈妈\n谢谢老师们！朵朵回家一直说看到了小蜗牛😄\n3月21日  赞 2\n作者\n谢谢家长们的支持～"),
            // A board's comments under its own label.
            ("", "网友讨论（32）\n黑白之间：87手那个断太漂亮了，AI胜率一下从52跳到71\n2025-05-18 20:41  回复  赞(45)\n小飞象：17岁上主将台就赢了前冠军，后生可畏！\n2025-05-18 21:10  回复  赞(22)"),
        ] {
            assert_only_the_news_is_text(before, after);
        }
        // A picture's source or who gave it makes the line over the text its caption.
        for caption in ["费雷拉本赛季各项赛事出场27次打进19球（图源网络）", "导演林岫在《回南天》拍摄现场。（片方供图）"]
        {
            let r = roles(&format!("{caption}\n据英国《每日电讯报》周五报道，阿森纳已就引进费雷拉与对方展开正式谈判。"));
            assert_eq!(r[0].1, Role::Caption, "{r:?}");
        }
        // A stamp with its update under a headline is no part of it.
        let r = roles("颱風過後葉菜價格翻倍 農業部：加速調節\n\n2024/10/08 14:32（10/08 16:05 更新）\n\n受颱風豪雨影響，近日蔬菜價格明顯上漲。");
        assert_eq!(r.iter().map(|b| b.1).collect::<Vec<_>>(), [Role::Headline { sub: false }, Role::Credit, Role::Body], "{r:?}");
    }

    #[test]
    fn an_indented_line_opens_a_paragraph_unless_the_paste_indents_its_wrapped_lines_too() {
        // Each paragraph one line, indented: a numbered head stays off the paragraph under it.
        let text = "　　一季度，全省经济运行起步平稳、回升向好。\n　　一、农业生产总体稳定，畜牧业平稳发展\n　　一季度，全省农林牧渔业增加值同比增长4.0%。\n　　二、工业生产较快增长\n　　一季度，全省规模以上工业增加值同比增长7.1%。";
        let body = body_of(text);
        assert!(body.iter().any(|b| b == "一季度，全省农林牧渔业增加值同比增长4.0%。"), "{body:?}");
        // A block indented as a whole, wrapped at its width: its lines run on.
        let text = "    据新华社报道，国家统计局今天发布数据显示，一季度国内生产总值同比增长百分之五点三，\n    比上年四季度加快零点一个百分点，经济运行开局良好，主要指标稳中有升，市场预期\n    持续改善，就业形势总体稳定，居民收入继续增长，物价水平保持在合理区间之内。";
        assert_eq!(body_of(text).len(), 1, "{:?}", body_of(text));
    }

    #[test]
    fn round_32_s_portal_menus_app_calls_counts_and_footers_are_no_text() {
        for (before, after) in [
            (
                "新浪首页 新闻 体育 财经 娱乐 科技 博客 图片 专栏 更多\n汽车 教育 时尚 女性 星座 健康 房产 历史 视频 收藏 育儿 读书\n移动客户端\n新浪微博 新浪新闻 新浪财经 新浪体育 新浪众测 新浪视频 新浪游戏 天气通\n我的收藏\n注册\n登录\n新浪财经\n股票 基金 期货 外汇 黄金 债券 港股 美股 科创板 银行\n行情中心\n请输入股票代码/名称/拼音\n搜索",
                "",
            ),
            ("2024年11月07日 10:12 新浪财经\n新浪财经APP\n缩小字体\n放大字体\n收藏", ""),
            ("", "海量资讯、精准解读，尽在新浪财经APP\n责任编辑：宋雅芳"),
            ("", "24小时滚动播报最新的财经资讯和视频，更多粉丝福利扫描二维码关注（sinafinance）"),
            ("", "86条评论|1,342人参与"),
            ("", "来自Android客户端4楼2024-03-10 00:12"),
            ("", "↓↓↓ 点击阅读原文，进入报名入口\n预览时标签不可点\n微信扫一扫\n关注该公众号\n继续滑动看下一个\n轻触阅读原文\n使用小程序\n允许"),
            ("", "站内搜索：      检索"),
            ("", "友情链接澎湃新闻举报受理和处置办法"),
            ("亲，请登录 免费注册 手机逛拍卖我的拍卖 | 客服中心 | 网站导航", ""),
            ("", "增值电信业务经营许可证：浙B2-20080224\n互联网新闻信息服务许可证：53120180003  滇ICP备14000872号-1"),
            ("", "About NetEase | 公司简介 | 联系方法 | 招聘信息 | 客户服务 | 隐私政策 | 广告服务 | 网站地图"),
            ("", "关于澎湃\n在澎湃工作\n联系我们\n广告及合作\n版权声明\n隐私政策\n友情链接\n澎湃新闻举报受理和处置办法\n沪ICP备14003370号"),
            ("亲，请登录 免费注册 手机逛拍卖\n我的拍卖 | 客服中心 | 网站导航", ""),
            ("第07版：民生\n第08版：专题\n标题导航", ""),
            ("我要写信  信件查询  办理统计  留言须知\n选登日期：2024-07-01 至 2024-07-31　　共 3 条", ""),
            ("", "关于我们 招贤纳士 商务合作 寻求报道 400-660-0108 kefu@csdn.net 在线客服 工作时间 8:30-22:00"),
            // A site's address under its name.
            ("政府新聞網\nnews.gov.hk", ""),
            ("临沣市人民政府\nwww.linfeng.gov.cn", ""),
            // A signed-in user's bar.
            ("欢迎您，韩雨辰（作者）　[修改个人信息]　[修改密码]　[退出]", ""),
            // A blog's own address under the post.
            ("", "本文链接：https://blog.csdn.net/qq_41876523/article/details/136821947"),
        ] {
            assert_only_the_news_is_text(before, after);
        }
        let r = roles("老街上新开的文创小店（作者拍摄）\n去年年底，她在老街租下一间两层的铺面，开了一家卖手作和文创的小店。");
        assert_eq!(r[0].1, Role::Caption, "{r:?}");
    }

    #[test]
    fn an_app_s_open_and_download_calls_a_comment_box_s_hint_and_a_site_s_own_notices_are_no_text() {
        for after in [
            "打开凤凰新闻，查看更多高清图片",
            "打开App，看直播更流畅",
            "打开网易新闻，阅读体验更佳",
            "打开红星新闻APP，阅读更多精彩内容",
            "打开每日财经新闻APP，阅读体验更佳",
            "打开岚州+，看更多本地新闻",
            "说点什么…",
            "搜索音乐/视频/电台/用户",
            "搜索或跳转到…",
            "搜索作文：　　　　　搜索",
            "暂无评论哦，快来评价一下吧！",
            "如果此邮件的显示方式有问题，请单击此处以在 Web 浏览器中查看。",
            "此邮件来自外部发件人，请谨慎点击链接和附件。",
            "觉得有用？转发给同事，或邀请TA订阅",
            "提示：本页文字由OCR识别生成，可能存在错漏，引用请以原版图像为准。",
            "扫码直接下载iPhone · Android豆瓣",
            "温馨提示：本网站所有医疗信息仅供参考，不能作为诊断及医疗的依据，就医请遵照医嘱。",
            "本网站所发布的气象信息以省气象台正式发布为准，转载请注明出处。",
        ] {
            assert_only_the_news_is_text("", after);
        }
        // Opening anything else is news, and so is a search engine.
        assert_eq!(roles("打开窗户，空气更清新了。")[0].1, Role::Body);
        assert_eq!(roles("搜索引擎的市场份额持续下降，用户转向AI问答。")[0].1, Role::Body);
    }
}
