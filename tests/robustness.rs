//! Robustness properties beyond tests/properties.rs (issue 7, point 1): every option
//! at random (stop words, keyphrases, the input limit, and invalid values through the
//! JSON path that JS and the CLI share), a span's outer whitespace, the keyword lists,
//! no state carried from one call to the next, longer multi-story pastes, and the CLI
//! on random argument lists and random bytes. Failing cases are kept by proptest in
//! tests/robustness.proptest-regressions and re-run first.

mod common;

use common::{expected_text, js_slice, shared};
use proptest::prelude::*;
use serde_json::{json, Map, Value};
use textrank_zh::{cli, Error, Options, Summary};

/// The odd Unicode the issue lists, plus news text and markers.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec![
            "国务院日前印发意见。", "人工智能技术加速迭代演进，", "安宁疗护", "有助于推动人", "工智能赋能发展。",
            "问：意见的背景是什么？", "答：", "新华社北京8月26日电", "（记者李恒）", "新华社发", "（完）",
            "（责任编辑：张伟）", "国内要闻", "——解读", "“", "”", "《", "》", "……", "？！", "。", "，",
            "國務院日前印發意見。", "政府は方針を閣議決定した。", "한국어 문장입니다.", "It works. ", "3.5%",
        ]).prop_map(str::to_string),
        3 => prop::sample::select(vec![
            // line breaks, White_Space, BOM, ZWJ/ZWSP, RTL marks, NUL, U+FFFD, private use,
            // combining marks, astral Han and emoji, the last code point
            "\n", "\n\n", "\n\n\n", "\r\n", "\r", "\r\r", "\u{2028}", "\u{2029}", " ", "\t", "\u{3000}", "\u{a0}",
            "\u{85}", "\u{b}", "\u{c}", "\u{feff}", "\u{200b}", "\u{200d}", "\u{200e}", "\u{200f}", "\u{202e}",
            "\u{2066}", "\u{0}", "\u{fffd}", "\u{e000}", "\u{f8ff}", "\u{f0000}", "\u{10fffd}", "e\u{301}",
            "\u{301}\u{302}\u{303}", "😀", "👩\u{200d}👩\u{200d}👧", "🇨🇳", "𠀀", "𪚥", "\u{10ffff}",
        ]).prop_map(str::to_string),
        2 => any::<String>(),
        1 => "[\\p{Han}]{1,12}",
        1 => "[\\p{Han}。，！？\n]{1,40}",
    ]
}

fn text(max_pieces: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..max_pieces).prop_map(|v| v.concat())
}

fn stop_words() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(
        prop_oneof![
            prop::sample::select(vec!["人工智能", "意见", "发展", "", " ", "。", "安宁疗护", "\u{0}", "a b"]).prop_map(str::to_string),
            any::<String>(),
        ],
        0..4,
    )
}

/// Valid options only: every field at random, `sentences` and `ratio` never together.
fn options() -> impl Strategy<Value = Options> {
    (
        (prop::option::of(0usize..12), prop::option::of(0.001f64..=1.0), prop::option::of(1usize..300)),
        (0usize..20, 0usize..12, 2usize..=10, 0.0f64..=1.0),
        (any::<bool>(), any::<bool>(), stop_words(), prop::option::of(1usize..400)),
    )
        .prop_map(|((sentences, ratio, max_chars), (keywords, keyphrases, window, diversity), (per_story, headlines, stop_words, limit))| Options {
            sentences: if ratio.is_some() { None } else { sentences },
            ratio,
            max_chars,
            keywords,
            keyphrases,
            window,
            diversity,
            per_story,
            headlines,
            stop_words,
            max_input_chars: limit.unwrap_or(4_000_000),
            ..Options::default()
        })
}

/// Every property of a result that CONTRACT.md states for any input.
fn check(input: &str, options: &Options, r: &Summary) -> Result<(), TestCaseError> {
    let utf16: Vec<u16> = input.encode_utf16().collect();
    let units = utf16.len();
    let boundary = |i: usize| i == 0 || i == units || !(0xDC00..0xE000).contains(&utf16[i]);
    for s in &r.sentences {
        prop_assert!(s.start < s.end && s.end <= units, "span {}..{} outside {units} or empty", s.start, s.end);
        prop_assert!(boundary(s.start) && boundary(s.end), "span splits a surrogate pair");
        let slice = js_slice(input, s.start, s.end);
        prop_assert_eq!(slice.trim(), slice.as_str(), "span has outer whitespace");
        prop_assert_eq!(&expected_text(&slice), &s.text);
        prop_assert_eq!(&input[s.byte_start..s.byte_end], slice.as_str());
        prop_assert!(s.story < r.stories.len());
        prop_assert!(s.score.is_finite());
    }
    prop_assert!(r.sentences.windows(2).all(|w| w[0].index < w[1].index && w[0].end <= w[1].start), "document order, no overlap");
    if let Some(cap) = options.max_chars {
        let total: usize = r.sentences.iter().map(|s| s.text.chars().count()).sum();
        prop_assert!(total <= cap, "{total} chars > maxChars {cap}");
    }
    match (options.sentences, options.ratio) {
        (Some(n), _) => prop_assert!(r.sentences.len() <= n),
        (None, None) => prop_assert!(r.sentences.len() <= 3),
        _ => {}
    }
    for w in r.stories.windows(2) {
        prop_assert!(w[0].end <= w[1].start, "stories overlap");
    }
    for st in &r.stories {
        prop_assert!(st.start < st.end && st.end <= units && boundary(st.start) && boundary(st.end));
        let slice = js_slice(input, st.start, st.end);
        prop_assert_eq!(&input[st.byte_start..st.byte_end], slice.as_str());
    }
    prop_assert!(r.keywords.len() <= options.keywords);
    prop_assert!(r.keyphrases.len() <= options.keyphrases);
    let weights: Vec<f64> = r.keywords.iter().map(|k| k.weight).chain(r.keyphrases.iter().map(|k| k.weight)).collect();
    prop_assert!(weights.iter().all(|&w| w > 0.0 && w <= 1.0 && (w * 1e6).round() / 1e6 == w), "weights in (0, 1], 6 decimals: {weights:?}");
    if let Some(k) = r.keywords.first() {
        prop_assert_eq!(k.weight, 1.0, "the top keyword weighs 1");
    }
    if let Some(k) = r.keyphrases.first() {
        prop_assert_eq!(k.weight, 1.0, "the top keyphrase weighs 1");
    }
    prop_assert!(r.keywords.iter().all(|k| !k.word.is_empty()), "an empty keyword");
    // Stop words that are keywords: see a_merged_compound_given_as_a_stop_word_is_no_keyword.
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, ..ProptestConfig::default() })]

    /// Any option values: the result keeps the contract, keywords() agrees with it,
    /// an over-long input is the InputTooLong error and nothing else, and a call in
    /// between (another input, other options) changes nothing.
    #[test]
    fn every_option_keeps_the_contract(input in text(40), options in options(), other in text(12)) {
        let chars = input.chars().count();
        match shared().summarize(&input, &options) {
            Err(Error::InputTooLong { chars: c, limit }) => {
                prop_assert!(chars > options.max_input_chars && c == chars && limit == options.max_input_chars);
                prop_assert!(shared().keywords(&input, &options).is_err());
            }
            Err(e) => prop_assert!(false, "unexpected error {e}"),
            Ok(r) => {
                prop_assert!(chars <= options.max_input_chars);
                check(&input, &options, &r)?;
                let k = shared().keywords(&input, &options).unwrap();
                prop_assert_eq!(&k.keywords, &r.keywords);
                prop_assert_eq!(&k.keyphrases, &r.keyphrases);
                let _ = shared().summarize(&other, &Options::default());
                prop_assert_eq!(shared().summarize(&input, &options).unwrap(), r, "not deterministic");
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    /// Longer pastes (up to a few hundred pieces: many stories, headlines, credits).
    #[test]
    fn long_pastes_keep_the_contract(input in text(400), options in options()) {
        let options = Options { max_input_chars: 4_000_000, ..options };
        let r = shared().summarize(&input, &options).unwrap();
        check(&input, &options, &r)?;
    }
}

/// A JSON value of any shape, biased to the edges of the options' ranges.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        prop::sample::select(vec![-1.0, -0.0, 0.0, 0.5, 1.0, 1.5, 2.0, 10.0, 11.0, 1e-300, 4294967295.0, 4294967296.0, 9.0e15, 1e300, -1e300,])
            .prop_map(|f| json!(f)),
        prop::sample::select(vec![0i64, 1, 2, 3, 10, -1, i64::MIN, i64::MAX]).prop_map(|i| json!(i)),
        Just(json!(u64::MAX)),
        any::<f64>().prop_filter_map("finite", |f| serde_json::Number::from_f64(f).map(Value::Number)),
        prop::sample::select(vec!["", "3", "0.5", "true", "NaN", "人工智能"]).prop_map(|s| json!(s)),
    ];
    leaf.prop_recursive(2, 8, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z]{1,3}", inner, 0..3).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn option_key() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => prop::sample::select(vec![
            "sentences", "ratio", "maxChars", "keywords", "keyphrases", "window", "diversity", "perStory", "headlines",
            "stopWords", "maxInputChars",
        ]).prop_map(str::to_string),
        1 => prop::sample::select(vec!["Sentences", "max_chars", "", "__proto__", "constructor", "toString", "senteces"]).prop_map(str::to_string),
        1 => any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, ..ProptestConfig::default() })]

    /// Random (mostly invalid) option values through `Options::from_json`, the path JS and
    /// the CLI share: never a panic; an error names an option that was given; what is
    /// accepted validates and summarizes.
    #[test]
    fn any_option_json_is_accepted_or_named(pairs in prop::collection::vec((option_key(), json_value()), 0..4)) {
        let map: Map<String, Value> = pairs.into_iter().collect();
        let given: Vec<String> = map.keys().cloned().collect();
        match Options::from_json(&Value::Object(map)) {
            Ok(o) => {
                prop_assert!(o.validate().is_ok());
                // Cheap input: this checks options reach the core without a panic.
                let r = shared().summarize("国务院日前印发意见。意见提出推动人工智能发展。", &o);
                let ok = r.is_ok() || matches!(r, Err(Error::InputTooLong { .. }));
                prop_assert!(ok, "unexpected error {:?}", r.err());
            }
            Err(Error::InvalidOption { option, reason }) => {
                prop_assert!(given.contains(&option), "the error names `{option}`, which was not given ({given:?})");
                prop_assert!(!reason.is_empty());
            }
            Err(e) => prop_assert!(false, "unexpected error {e}"),
        }
    }
}

fn cli_arg() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(vec![
            "--sentences", "--ratio", "--max-chars", "--keywords", "--keyphrases", "--window", "--diversity",
            "--no-per-story", "--headlines", "--max-input-chars", "--json", "--jsonl", "--stop-words", "--user-dict",
            "--help", "--version", "-", "--", "-x", "--bogus", "--sentences=2", "--json=1", "--ratio=0.5",
        ]).prop_map(str::to_string),
        4 => prop::sample::select(vec![
            "0", "1", "3", "-1", "0.5", "1.5", "NaN", "inf", "-inf", "1e3", "1e400", "0x10", "", " ", "9999999999",
            "18446744073709551616", "人工智能", "missing.txt",
        ]).prop_map(str::to_string),
        1 => any::<String>(),
    ]
}

fn stdin_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        3 => text(20).prop_map(String::into_bytes),
        2 => text(6).prop_map(|t| format!("\u{feff}{t}").into_bytes()),
        2 => prop::collection::vec(any::<u8>(), 0..64),
        2 => prop::collection::vec((any::<Option<u8>>(), text(4)), 0..4).prop_map(|lines| {
            // --jsonl lines: valid, invalid JSON, wrong types.
            lines.into_iter().map(|(id, t)| match id {
                Some(i) if i % 3 == 0 => format!("{{\"id\":{i},\"text\":{}}}\n", json!(t)),
                Some(i) if i % 3 == 1 => format!("{{\"id\":\"{i}\",\"text\":{i}}}\n"),
                Some(_) => format!("{t}\n"),
                None => format!("{{\"text\":{}}}\n", json!(t)),
            }).collect::<String>().into_bytes()
        }),
    ]
}

proptest! {
    // Each successful run builds its own segmenter (~50 ms), so fewer cases.
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// The CLI on random argument lists and random bytes: never a panic, CONTRACT.md's
    /// exit codes, messages on stderr only and prefixed, JSON output valid and its spans
    /// inside the input (after a skipped BOM).
    #[test]
    fn the_cli_never_panics_and_keeps_its_exit_codes(args in prop::collection::vec(cli_arg(), 0..5), stdin in stdin_bytes()) {
        let mut read = |path: &str| if path == "-" { Ok(stdin.clone()) } else { Err("No such file or directory (os error 2)".to_string()) };
        let out = cli::run(&args, &mut read);
        let stderr = String::from_utf8(out.stderr).expect("stderr is UTF-8");
        let stdout = String::from_utf8(out.stdout).expect("stdout is UTF-8");
        prop_assert!([0, 1, 2].contains(&out.code), "exit code {}", out.code);
        prop_assert!(!stderr.contains("panick") && !stderr.contains("RUST_BACKTRACE"), "{stderr}");
        if out.code == 0 {
            prop_assert!(stderr.is_empty(), "success with a message: {stderr}");
        } else {
            prop_assert!(stderr.starts_with("textrank-zh: ") && stderr.ends_with('\n'), "{stderr:?}");
        }
        if out.code == 2 {
            prop_assert!(stdout.is_empty() && stderr.contains("Try `textrank-zh --help`."));
        }
        let json_mode = args.iter().any(|a| a == "--json") && !args.iter().any(|a| a == "--jsonl" || a == "--help" || a == "--version");
        if out.code == 0 && json_mode {
            let v: Value = serde_json::from_str(&stdout).expect("--json prints JSON");
            let input = std::str::from_utf8(&stdin).unwrap();
            let input = input.strip_prefix('\u{feff}').unwrap_or(input);
            for s in v["sentences"].as_array().unwrap() {
                let (start, end) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
                prop_assert_eq!(expected_text(&js_slice(input, start, end)), s["text"].as_str().unwrap());
            }
        }
    }
}

/// Found by `every_option_keeps_the_contract`: a recurring split compound (安宁 + 疗护 →
/// 安宁疗护) given as an extra stop word was still a keyword, because the stop words were
/// checked on the segmenter's words only; the merge now checks them too.
#[test]
fn a_merged_compound_given_as_a_stop_word_is_no_keyword() {
    let options = Options { keywords: 5, stop_words: vec!["安宁疗护".into()], ..Options::default() };
    let r = shared().summarize("安宁疗护安宁疗护新华社北京8月26日电", &options).unwrap();
    let words: Vec<&str> = r.keywords.iter().map(|k| k.word.as_str()).collect();
    assert!(!words.contains(&"安宁疗护"), "{words:?}");
}

/// Found while sizing the 10 MB case: input with very many lines that are not body
/// sentences, or very many stories, took time quadratic in the number of lines
/// (`stories::layout` scanned every block so far for each line and each story); 400,000
/// lines took minutes. The pass is linear now: each case takes about a second.
/// Likewise for quote marks that never pair (a first version of the pairing took
/// 13 s for 200,000 of each).
#[test]
fn many_lines_or_stories_within_the_default_limit_take_linear_time() {
    for unit in ["国务院日前印发意见\n", "新华社北京8月26日电\n", "新华社发\n", "国内要闻\n", "国务院印发意见\n", "国。\r\n\r\n\r\n", "国\n\n\n"]
    {
        let text: String = unit.chars().cycle().take(4_000_000).collect();
        let r = shared().summarize(&text, &Options::default()).unwrap();
        assert!(r.stories.len() <= text.lines().count());
    }
    // Quote marks that never pair: the splitter pairs a closer only with marks opened
    // within 200 chars, so a pile of open marks is not searched again for every closer.
    // Lines of closing marks only, joined to the line before: the join tests the newest
    // line, not the whole growing block (that took 57 s for 200,000 lines).
    let text = format!("他说{}", "\n”".repeat(1_000_000));
    shared().summarize(&text, &Options::default()).unwrap();
    for (open, close) in [("“", "》"), ("《“", "」")] {
        let half = 2_000_000 / open.chars().count();
        let text = format!("{}{}", open.repeat(half), close.repeat(2_000_000));
        shared().summarize(&text, &Options::default()).unwrap();
    }
}
