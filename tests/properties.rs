//! Property tests: arbitrary Unicode and option values never make the core
//! panic, and every result keeps CONTRACT.md's promises. Cases that once failed
//! are kept in tests/properties.proptest-regressions and re-run first.

mod common;

use common::{expected_text, js_slice, shared};
use proptest::prelude::*;
use textrank_zh::{Options, Summary};

/// Text pieces a paste can contain: Chinese news, markers, odd Unicode.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec![
            "国务院日前印发意见。", "人工智能技术加速迭代演进，", "安宁疗护", "有助于推动人", "工智能赋能发展。",
            "问：意见的背景是什么？", "答：", "新华社北京8月26日电", "（记者李恒）", "新华社发", "（完）",
            "（责任编辑：张伟）", "国内要闻", "——解读", "“", "”", "《", "》", "……", "？！", "。", "，", "Java 7.0",
            "3.5%", "2025年", "It works. ", "e.g.", "（", "）",
        ]).prop_map(str::to_string),
        3 => prop::sample::select(vec![
            "\n", "\n\n", "\n\n\n", "\r\n", "\r", "\u{2028}", "\u{2029}", " ", "\t", "\u{3000}", "\u{a0}",
            "\u{feff}", "\u{200d}", "\u{200f}", "\u{202e}", "\u{0}", "\u{fffd}", "\u{e000}", "e\u{301}",
            "😀", "👩\u{200d}👩\u{200d}👧", "𠀀", "𪚥", "\u{10ffff}",
        ]).prop_map(str::to_string),
        2 => any::<String>(),
        1 => "[\\p{Han}]{1,12}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..40).prop_map(|v| v.concat())
}

fn options() -> impl Strategy<Value = Options> {
    (
        prop::option::of(0usize..8),
        prop::option::of(0.01f64..=1.0),
        prop::option::of(1usize..200),
        0usize..15,
        2usize..=10,
        0.0f64..=1.0,
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(sentences, ratio, max_chars, keywords, window, diversity, per_story, headlines)| Options {
            // `sentences` and `ratio` together is an error, tested elsewhere.
            sentences: if ratio.is_some() { None } else { sentences },
            ratio,
            max_chars,
            keywords,
            keyphrases: keywords / 2,
            window,
            diversity,
            per_story,
            headlines,
            ..Options::default()
        })
}

fn check(input: &str, options: &Options, r: &Summary) -> Result<(), TestCaseError> {
    let units = input.encode_utf16().count();
    let utf16: Vec<u16> = input.encode_utf16().collect();
    let boundary = |i: usize| i == 0 || i == units || !(0xDC00..0xE000).contains(&utf16[i]);
    for s in &r.sentences {
        prop_assert!(s.start <= s.end && s.end <= units, "span {}..{} outside {units}", s.start, s.end);
        prop_assert!(boundary(s.start) && boundary(s.end), "span splits a surrogate pair");
        prop_assert_eq!(&expected_text(&js_slice(input, s.start, s.end)), &s.text);
        prop_assert_eq!(&input[s.byte_start..s.byte_end], js_slice(input, s.start, s.end));
        prop_assert!(s.story < r.stories.len());
    }
    prop_assert!(r.sentences.windows(2).all(|w| w[0].index < w[1].index), "document order");
    if let Some(cap) = options.max_chars {
        let total: usize = r.sentences.iter().map(|s| s.text.chars().count()).sum();
        prop_assert!(total <= cap, "{total} chars > maxChars {cap}");
    }
    for st in &r.stories {
        prop_assert!(st.start <= st.end && st.end <= units && boundary(st.start) && boundary(st.end));
    }
    prop_assert!(r.keywords.len() <= options.keywords);
    prop_assert!(r.keywords.iter().all(|k| k.weight > 0.0 && k.weight <= 1.0));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_and_keeps_the_contract(input in text(), options in options()) {
        let r = shared().summarize(&input, &options).unwrap();
        check(&input, &options, &r)?;
        let again = shared().summarize(&input, &options).unwrap();
        prop_assert_eq!(r, again, "not deterministic");
    }
}
