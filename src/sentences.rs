//! Splits a body block into sentences, as byte ranges of the original input.

const ENDERS: &[char] = &['。', '！', '？', '!', '?', '…', '｡'];
const CLOSERS: &[char] = &['”', '’', '」', '』', '）', ')', '》', '】', '〕', '"', '\''];
/// Quote and title marks inside which a sentence does not end.
const PAIRS: &[(char, char)] = &[('“', '”'), ('《', '》'), ('「', '」'), ('『', '』')];
/// A quote longer than this many chars is not treated as one, so a stray pair
/// of marks far apart cannot swallow a paragraph.
const MAX_QUOTE_CHARS: usize = 200;

/// Sentence ranges within `text[start..end]`, trimmed of whitespace.
#[inline(never)]
pub fn split(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let slice = &text[start..end];
    let mut out = Vec::new();
    let mut sent_start = 0;
    // Depth changes only at marks that pair up, so an unmatched `“` or a reversed
    // `”…“` (common in reposted text) does not hide the enders after it.
    let mut marks = QuoteMarks::new(slice);
    let mut depth = 0i32;
    let mut it = slice.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        depth += marks.step(i, c);
        // A Weibo repost chain, `转发理由//@用户名:原文`: each `//@name:` ends one post and is
        // no part of the next.
        if c == '/' && depth == 0 {
            if let Some(len) = repost_marker_len(&slice[i..]) {
                push(&mut out, slice, start, sent_start, i);
                while it.peek().is_some_and(|&(j, _)| j < i + len) {
                    if let Some((j, d)) = it.next() {
                        depth += marks.step(j, d);
                    }
                }
                sent_start = i + len;
                continue;
            }
        }
        if PAIRS.iter().any(|p| p.0 == c || p.1 == c) {
            continue;
        }
        let is_end = ENDERS.contains(&c) && !inside_latin_name(slice, i, c) || c == '.' && ascii_full_stop(slice, i) || tilde_end(slice, i, c);
        if !is_end {
            continue;
        }
        // Inside a quote a sentence ends only where the quote closes right after
        // the ender (`“好。”`); `“好。再见。”` stays whole.
        if depth > 0 && !closes_after_enders(slice, i) {
            continue;
        }
        // Take the whole run of enders and closers: `？！`, `……`, `。”`.
        let mut stop = i + c.len_utf8();
        while let Some(&(j, d)) = it.peek() {
            if ENDERS.contains(&d) || CLOSERS.contains(&d) || TILDES.contains(&d) {
                depth += marks.step(j, d);
                stop = j + d.len_utf8();
                it.next();
            } else {
                break;
            }
        }
        // A lone `…` inside a clause (`等等…的`) is not an end; `……` is.
        if c == '…' && stop - i == '…'.len_utf8() && it.peek().is_some_and(|&(_, d)| !d.is_whitespace()) {
            continue;
        }
        push(&mut out, slice, start, sent_start, stop);
        sent_start = stop;
    }
    push(&mut out, slice, start, sent_start, slice.len());
    join_attributions(text, &mut out);
    out
}

const TILDES: &[char] = &['~', '～'];

/// Whether the tilde at `i` ends a chatty sentence (`…8折优惠哦~你最期待哪个站？`, `明天见～`):
/// after a final particle, or before the line's end. Between two words or numbers it is a
/// range (`周一~周五`, `3～5天`).
fn tilde_end(slice: &str, i: usize, c: char) -> bool {
    if !TILDES.contains(&c) {
        return false;
    }
    let before = slice[..i].chars().next_back();
    let after = slice[i + c.len_utf8()..].chars().next();
    before.is_some_and(|b| "哦喔噢啦呀吧呢啊嘛哟呦咯嘞哇耶".contains(b))
        || before.is_some_and(|b| !b.is_ascii_digit() && !b.is_whitespace()) && after.is_none_or(char::is_whitespace)
}

/// Length in bytes of `//@name:` (or `：`) at the start of `s`: a name of 1-30 chars with
/// no space or punctuation that ends a sentence.
fn repost_marker_len(s: &str) -> Option<usize> {
    let rest = s.strip_prefix("//@")?;
    let (at, colon) = rest.char_indices().take(31).find(|&(_, c)| c == ':' || c == '：')?;
    let name = &rest[..at];
    let plain = !name.is_empty() && !name.contains(|c: char| c.is_whitespace() || ENDERS.contains(&c) || c == '/');
    plain.then(|| "//@".len() + at + colon.len_utf8())
}

/// Verbs that close a quote's attribution (`“……。”王昱说。`).
const SPEECH_VERBS: &[&str] = &[
    "说",
    "说道",
    "表示",
    "称",
    "指出",
    "介绍",
    "强调",
    "坦言",
    "透露",
    "告诉记者",
    "告诉本报记者",
    "解释",
    "解释道",
    "补充",
    "补充道",
    "感叹",
    "感叹道",
    "回忆",
    "回忆道",
    "写道",
    "问道",
    "笑道",
    "答道",
    "直言",
];

/// A quote that ends its sentence keeps the short attribution that follows it as its own
/// sentence (`“……过瘾！”` + `贾樟柯说。`): apart, the quote is picked without its speaker.
fn join_attributions(text: &str, out: &mut Vec<(usize, usize)>) {
    // One pass that writes each kept range in place: no `remove` per join, which would be
    // quadratic on a long block of quotes.
    let mut kept = 0;
    for k in 0..out.len() {
        let b = out[k];
        if kept > 0 {
            let a = out[kept - 1];
            if a.1 == b.0 && ends_on_quote(&text[a.0..a.1]) && is_attribution(&text[b.0..b.1]) {
                out[kept - 1].1 = b.1;
                continue;
            }
        }
        out[kept] = b;
        kept += 1;
    }
    out.truncate(kept);
}

fn ends_on_quote(s: &str) -> bool {
    let mut rev = s.chars().rev();
    matches!(rev.next(), Some('”' | '」' | '』')) && rev.next().is_some_and(|c| ENDERS.contains(&c))
}

fn is_attribution(s: &str) -> bool {
    let Some(body) = s.strip_suffix(['。', '！']) else { return false };
    // A speaker may be introduced at length (`家住…某小区6楼的78岁居民王秀兰说。`): no comma
    // in it keeps it one clause, so a sentence of its own is not taken.
    body.chars().count() <= 40 && !body.contains(['，', ',', '“', '”', '「', '」', '：', '；']) && SPEECH_VERBS.iter().any(|v| body.ends_with(v))
}

/// The quote and title marks of a block that pair up within `MAX_QUOTE_CHARS`. A
/// closer pairs with the nearest open mark of its kind; open marks left inside that
/// pair never closed and are dropped.
struct QuoteMarks {
    /// Per open mark, in text order: whether it pairs up.
    paired: Vec<bool>,
    /// Byte offsets of the closers that pair up, in text order.
    closers: Vec<usize>,
    next_open: usize,
    next_closer: usize,
}

impl QuoteMarks {
    fn new(slice: &str) -> QuoteMarks {
        let mut paired = Vec::new();
        let mut closers = Vec::new();
        let mut open: Vec<(usize, usize, usize)> = Vec::new(); // (pair, open mark number, char index)
        for (n, (i, c)) in slice.char_indices().enumerate() {
            if let Some(k) = PAIRS.iter().position(|p| p.0 == c) {
                // No quote starts with a stop or a comma: `”安全第一“。` has its marks
                // reversed. (It may start with `……`, an excerpt.)
                let next = slice[i + c.len_utf8()..].chars().next();
                if !next.is_some_and(|d| "。！？!?，、；：,;:".contains(d)) {
                    open.push((k, paired.len(), n));
                }
                paired.push(false);
            } else if let Some(k) = PAIRS.iter().position(|p| p.1 == c) {
                // Only marks opened within reach can pair; stopping there keeps this
                // linear however many unmatched marks pile up below.
                let reach = open.iter().rev().take_while(|o| n - o.2 <= MAX_QUOTE_CHARS).count();
                if let Some(at) = open[open.len() - reach..].iter().rposition(|o| o.0 == k) {
                    let at = open.len() - reach + at;
                    paired[open[at].1] = true;
                    closers.push(i);
                    open.truncate(at);
                }
            }
        }
        QuoteMarks { paired, closers, next_open: 0, next_closer: 0 }
    }

    /// The change of quote depth at char `c`, byte offset `i`; called for every char in order.
    fn step(&mut self, i: usize, c: char) -> i32 {
        if PAIRS.iter().any(|p| p.0 == c) {
            self.next_open += 1;
            return i32::from(self.paired.get(self.next_open - 1).copied().unwrap_or(false));
        }
        if self.closers.get(self.next_closer) == Some(&i) {
            self.next_closer += 1;
            return -1;
        }
        0
    }
}

/// Whether the run of enders starting at `i` is followed by a closing quote mark. Not a
/// title's: `《你好，李焕英！》` is a name inside its sentence.
fn closes_after_enders(slice: &str, i: usize) -> bool {
    slice[i..].chars().find(|c| !ENDERS.contains(c)).is_some_and(|c| PAIRS.iter().any(|p| p.1 == c) && c != '》')
}

/// An ASCII `!` or `?` between two Latin letters or digits belongs to a name
/// (`YES!IC`, `Yahoo!Japan`), not to the end of a sentence.
fn inside_latin_name(slice: &str, i: usize, c: char) -> bool {
    let before = slice[..i].chars().next_back();
    let after = slice[i + c.len_utf8()..].chars().next();
    matches!(c, '!' | '?') && before.is_some_and(|b| b.is_ascii_alphanumeric()) && after.is_some_and(|a| a.is_ascii_alphanumeric())
}

/// An ASCII `.` ends a sentence only before whitespace or the end and after a
/// letter, so `7.0`, `e.g.x` and `Java 7.0` stay whole.
fn ascii_full_stop(slice: &str, i: usize) -> bool {
    let before = slice[..i].chars().next_back();
    let after = slice[i + 1..].chars().next();
    before.is_some_and(|b| b.is_alphabetic() || crate::normalize::is_cjk(b)) && after.is_none_or(char::is_whitespace)
        // Papers abstracted in half-width marks (`…的方法.该方法…`, `…主要原因[2].目前…`) end a
        // sentence on a `.` between Han chars; `3.5`, `www.gov.cn` and `Dr.` stay whole.
        || before.is_some_and(|b| crate::normalize::is_han(b) || ")]）】”".contains(b)) && after.is_some_and(crate::normalize::is_han)
}

fn push(out: &mut Vec<(usize, usize)>, slice: &str, base: usize, from: usize, to: usize) {
    let part = &slice[from..to];
    let trimmed = part.trim_start();
    if trimmed.trim_end().is_empty() {
        return;
    }
    let s = from + (part.len() - trimmed.len());
    out.push((base + s, base + s + trimmed.trim_end().len()));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str) -> Vec<&str> {
        split(text, 0, text.len()).into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn a_half_width_full_stop_between_han_chars_ends_a_sentence() {
        assert_eq!(
            parts("提出了一种查询优化方法.该方法将偏好转化为实例的偏好.实验表明有效."),
            ["提出了一种查询优化方法.", "该方法将偏好转化为实例的偏好.", "实验表明有效."]
        );
        assert_eq!(parts("是导致慢性肾衰竭的主要原因[2].目前对其机制的研究已成为课题."), ["是导致慢性肾衰竭的主要原因[2].", "目前对其机制的研究已成为课题."]);
        assert_eq!(parts("增长了3.5个百分点，详见www.gov.cn网站。"), ["增长了3.5个百分点，详见www.gov.cn网站。"]);
    }

    #[test]
    fn splits_on_chinese_enders_and_keeps_closers() {
        assert_eq!(parts("为何印发意见？意见部署哪些工作？他说：“好。”然后走了！"), ["为何印发意见？", "意见部署哪些工作？", "他说：“好。”", "然后走了！"]);
        assert_eq!(parts("真的吗？！是的……好吧。"), ["真的吗？！", "是的……", "好吧。"]);
    }

    #[test]
    fn no_split_inside_quotes_titles_or_numbers() {
        assert_eq!(parts("他说“你好。再见。”我们走。"), ["他说“你好。再见。”", "我们走。"]);
        assert_eq!(parts("印发《意见。试行》通知。"), ["印发《意见。试行》通知。"]);
        assert_eq!(parts("电影《你好，李焕英！》重映引发热议。"), ["电影《你好，李焕英！》重映引发热议。"]);
        assert_eq!(parts("增长3.5个百分点。升级到Java 7.0版本。"), ["增长3.5个百分点。", "升级到Java 7.0版本。"]);
        assert_eq!(parts("It works. Really"), ["It works.", "Really"]);
        assert_eq!(parts("彩妆品牌YES!IC的设计。好!Yes! No?"), ["彩妆品牌YES!IC的设计。", "好!", "Yes!", "No?"]);
    }

    #[test]
    fn stray_quote_does_not_swallow_the_paragraph() {
        let long = format!("他说“{}。后文。”", "很".repeat(250));
        assert_eq!(parts(&long).len(), 2);
        assert_eq!(parts("他说“你好。再见。"), ["他说“你好。", "再见。"]);
        // Reversed marks, as reposted text often has them.
        assert_eq!(parts("他提出”安全第一“。我们要落实措施。大家认为”质量至上“。"), ["他提出”安全第一“。", "我们要落实措施。", "大家认为”质量至上“。"]);
        assert_eq!(parts("他写道：“……今天又下雨了。我很想家。”读到这里。"), ["他写道：“……今天又下雨了。我很想家。”", "读到这里。"]);
        assert_eq!(
            parts("谁来为用户”隐私权“、”知情权“保驾护航？隐私泄露频发。了解“三权”保护。"),
            ["谁来为用户”隐私权“、”知情权“保驾护航？", "隐私泄露频发。", "了解“三权”保护。"]
        );
    }

    #[test]
    fn a_chatty_tilde_ends_a_sentence_but_a_range_does_not() {
        assert_eq!(parts("双11期间全场8折优惠哦~你最期待哪个站？"), ["双11期间全场8折优惠哦~", "你最期待哪个站？"]);
        assert_eq!(parts("快来打卡吧～～\n营业时间周一~周五 10:00 ~ 18:00，门票3～5元"), ["快来打卡吧～～", "营业时间周一~周五 10:00 ~ 18:00，门票3～5元"]);
    }

    #[test]
    fn a_quote_keeps_its_attribution() {
        assert_eq!(parts("他笑了。“整部电影特别过瘾！”贾樟柯说。影片22日公映。"), ["他笑了。", "“整部电影特别过瘾！”贾樟柯说。", "影片22日公映。"]);
        assert_eq!(parts("“我们会坚持。”72岁的刘阿姨告诉记者。"), ["“我们会坚持。”72岁的刘阿姨告诉记者。"]);
        assert_eq!(
            parts("“现在电梯一按就到楼下了。”家住海淀区北太平庄街道某小区6楼的78岁居民王秀兰说。"),
            ["“现在电梯一按就到楼下了。”家住海淀区北太平庄街道某小区6楼的78岁居民王秀兰说。"]
        );
        // Not an attribution: a sentence of its own, or a quote that goes on.
        assert_eq!(parts("“好。”大家都很高兴地离开了会场。"), ["“好。”", "大家都很高兴地离开了会场。"]);
        assert_eq!(parts("“好。”他说，“我们走。”"), ["“好。”", "他说，“我们走。”"]);
        assert_eq!(parts("他说“你好。”\n王昱说。"), ["他说“你好。”", "王昱说。"]);
    }

    #[test]
    fn a_repost_chain_splits_at_each_marker_and_leaves_it_out() {
        assert_eq!(
            parts("这个政策太及时了，点赞！//@法律小助手:划重点：用人单位不得随意解除。//@人民日报：【#话题#】近日，人社部发布通知。"),
            ["这个政策太及时了，点赞！", "划重点：用人单位不得随意解除。", "【#话题#】近日，人社部发布通知。"]
        );
        // A path or a URL is no marker.
        assert_eq!(parts("详见 https://weibo.com/u/123 页面。"), ["详见 https://weibo.com/u/123 页面。"]);
    }

    #[test]
    fn mended_line_break_stays_inside_the_sentence() {
        assert_eq!(parts("有助于推动人\n\n工智能发展。下一句。"), ["有助于推动人\n\n工智能发展。", "下一句。"]);
    }
}
