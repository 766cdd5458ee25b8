//! Pastes laid out in many ways: every mix of column header, dateline, byline and
//! end mark, each on its own line or glued to the text. Whatever the layout, the
//! stories are found and no marker ever shows up in a summary sentence.

mod common;

use common::{assert_spans_match, shared};
use textrank_zh::Options;

/// Bodies from the seed bulletin (Xinhua News Agency), one story each.
const BODIES: [&str; 3] = [
    "国务院日前印发《关于深入实施“人工智能+”行动的意见》。国家发展改革委有关负责人26日进行了解读。意见围绕行业应用需求和基础能力供给协同推进，提出一系列政策举措。",
    "2025年上海合作组织峰会将于8月31日至9月1日在天津举行。随着峰会日益临近，天津街头巷尾的“上合元素”悄然增多，迎接盛会的氛围日益浓厚。",
    "国家卫生健康委组织有关专家，对《安宁疗护实践指南（试行）》进行了修订。新版指南对症状控制、舒适照护、心理支持和人文关怀相关内容进行了修订更新，供各地参照执行。",
];
const HEADERS: [&str; 4] = ["", "国内要闻", "图片新闻", "社会民生"];
const DATELINES: [&str; 5] = ["", "新华社北京8月26日电", "中新社天津8月25日电", "新华社呼和浩特8月27日电 ", "本报讯"];
const BYLINES: [&str; 5] = ["", "（记者李恒）", "（记者 张三 李四）", "（本报记者 赵六）", "（记者张三、通讯员李四）"];
const END_MARKS: [&str; 11] = [
    "",
    "（完）",
    "新华社发",
    "（责任编辑：王磊）",
    "（编辑 赵六）",
    "[责任编辑:张三]",
    "【编辑：李四】",
    "责任编辑：王二",
    "来源：新华网",
    "新华社记者 李四 摄",
    "（本报记者 李四 摄）",
];

/// All the marker strings, to look for in the picked sentences.
fn markers() -> impl Iterator<Item = &'static str> {
    HEADERS.into_iter().chain(DATELINES).chain(BYLINES).chain(END_MARKS).map(str::trim).filter(|m| !m.is_empty())
}

/// One bulletin: story `k` gets the `k`-th marker choice after `seed`, so that over
/// all seeds every marker meets every other in some story.
fn bulletin(seed: usize) -> String {
    let mut text = String::new();
    for (k, body) in BODIES.iter().enumerate() {
        let n = seed + 7 * k;
        if k > 0 {
            text.push_str("\n\n\n");
        }
        let header = HEADERS[n % HEADERS.len()];
        if !header.is_empty() {
            text.push_str(header);
            text.push_str("\n\n");
        }
        text.push_str(DATELINES[n / 2 % DATELINES.len()]);
        text.push_str(BYLINES[n / 3 % BYLINES.len()]);
        text.push_str(body);
        let end = END_MARKS[n % END_MARKS.len()];
        if !end.is_empty() {
            text.push_str(if n / 5 % 2 == 0 { "" } else { "\n\n" });
            text.push_str(end);
        }
    }
    text
}

#[test]
fn every_layout_gives_three_stories_and_only_body_sentences() {
    for seed in 0..2 * 3 * 5 * 11 {
        let text = bulletin(seed);
        let all = shared().summarize(&text, &Options { ratio: Some(1.0), ..Options::default() }).unwrap();
        assert_eq!(all.stories.len(), 3, "stories of:\n{text}\n{:#?}", all.stories);
        assert_spans_match(&text, &all);
        for s in &all.sentences {
            for m in markers() {
                assert!(!s.text.contains(m), "marker {m:?} inside the sentence {:?} of:\n{text}", s.text);
            }
        }
        let three = shared().summarize(&text, &Options { sentences: Some(3), ..Options::default() }).unwrap();
        let stories: Vec<usize> = three.sentences.iter().map(|s| s.story).collect();
        assert_eq!(stories, [0, 1, 2], "one sentence per story of:\n{text}");
    }
}

#[test]
fn a_line_that_reads_a_word_into_the_next_is_not_a_credit() {
    // `新华社记者从国家发` looks like a credit (`新华社…发`), but `发` + `展` is one word.
    let text = "会议今天召开。\n新华社记者从国家发\n展改革委获悉，新政策将于下月实施。\n\n各地将抓好落实。";
    let r = shared().summarize(text, &Options { ratio: Some(1.0), ..Options::default() }).unwrap();
    assert_eq!(r.stories.len(), 1, "{:#?}", r.stories);
    assert!(r.sentences.iter().any(|s| s.text == "新华社记者从国家发展改革委获悉，新政策将于下月实施。"), "{:#?}", r.sentences);
    assert_spans_match(text, &r);
}
