//! The seed bulletin (tests/fixtures/bulletin.txt, Xinhua News Agency): the real
//! three-story paste the product exists for.

mod common;

use common::{assert_spans_match, shared, SEED};
use textrank_zh::{Options, Summary};

fn summarize(options: Options) -> Summary {
    shared().summarize(SEED, &options).unwrap()
}

fn three() -> Summary {
    summarize(Options { sentences: Some(3), ..Options::default() })
}

#[test]
fn finds_the_three_stories() {
    let r = three();
    assert_eq!(r.stories.len(), 3, "{:#?}", r.stories);
    let titles: Vec<Option<&str>> = r.stories.iter().map(|s| s.title.as_deref()).collect();
    assert_eq!(titles, [Some("为加快培育发展新质生产力 推动高质量发展提供新动能"), None, Some("安宁疗护有了新“国标”")]);
    let story = |i: usize| &SEED[r.stories[i].byte_start..r.stories[i].byte_end];
    assert!(story(0).contains("问：意见出台的背景是什么？"));
    assert!(story(0).ends_with("新华社北京8月26日电"), "a closing dateline belongs to its story");
    assert!(story(1).starts_with("8月25日晚") && story(1).ends_with("新华社发"));
    assert!(story(2).starts_with("安宁疗护有了新“国标”"));
}

#[test]
fn column_breaks_are_mended_into_whole_sentences() {
    let all = summarize(Options { ratio: Some(1.0), ..Options::default() });
    let texts: Vec<&str> = all.sentences.iter().map(|s| s.text.as_str()).collect();
    for whole in [
        "从国内实践看，有助于推动人工智能赋能高质量发展。",
        "答：意见针对企业提出的问题形成系列务实政策举措，突出让市场有方向、有信心、有体感、有加速度。",
        "培养人工智能专业人才、推广应用成果、孵化创新主体、打造开放生态。",
    ] {
        let whole = whole.trim_start_matches("答：");
        assert!(texts.iter().any(|t| t.ends_with(whole)), "{whole} not found whole in {texts:#?}");
    }
    assert_spans_match(SEED, &all);
}

#[test]
fn three_sentence_summary_has_one_body_sentence_per_story() {
    let r = three();
    assert_eq!(r.sentences.len(), 3);
    let stories: Vec<usize> = r.sentences.iter().map(|s| s.story).collect();
    assert_eq!(stories, [0, 1, 2]);
    assert!(r.sentences.windows(2).all(|w| w[0].start < w[1].start), "document order");
    assert_spans_match(SEED, &r);
}

#[test]
fn the_photo_story_is_summarized_by_its_news_not_its_caption() {
    let caption = "8月25日晚，市民游客在天津海河岸边欣赏城市夜景。";
    let r = three();
    assert_eq!(r.sentences[1].text, "2025年上海合作组织峰会将于8月31日至9月1日在天津举行。");
    // Nothing is lost: asked for every sentence, the caption comes too.
    let all = summarize(Options { ratio: Some(1.0), ..Options::default() });
    assert!(all.sentences.iter().any(|s| s.text == caption));
}

#[test]
fn no_non_body_line_is_ever_picked() {
    let r = summarize(Options { ratio: Some(1.0), ..Options::default() });
    for s in &r.sentences {
        let t = s.text.as_str();
        assert!(!t.starts_with("问："), "question picked: {t}");
        assert!(!t.contains("新华社北京8月26日电"), "dateline picked: {t}");
        assert!(!t.contains("记者李恒"), "byline picked: {t}");
        assert!(t != "新华社发", "credit picked");
        assert!(!t.starts_with("答："), "answer marker inside the span: {t}");
        assert!(!["为加快培育发展新质生产力 推动高质量发展提供新动能", "安宁疗护有了新“国标”"].contains(&t), "headline picked: {t}");
        assert!(!t.starts_with("——解读"), "sub-headline picked: {t}");
    }
    // Every body sentence is there: the first body sentence of the hospice story
    // starts after its dateline and byline.
    assert!(r.sentences.iter().any(|s| s.text.starts_with("根据国家卫生健康委官网26日发布的通知")));
}

#[test]
fn headlines_can_be_asked_for() {
    let r = summarize(Options { ratio: Some(1.0), headlines: true, ..Options::default() });
    assert!(r.sentences.iter().any(|s| s.text == "安宁疗护有了新“国标”"));
}

#[test]
fn top_keywords_are_content_terms() {
    let r = three();
    let words: Vec<&str> = r.keywords.iter().map(|k| k.word.as_str()).collect();
    assert_eq!(words.len(), 10);
    assert!(words.contains(&"人工智能"), "{words:?}");
    assert!(words.contains(&"安宁疗护"), "split compound must merge: {words:?}");
    for generic in ["推动", "加强", "提出", "进行", "相关"] {
        assert!(!words.contains(&generic), "{generic} in {words:?}");
    }
    assert_eq!(r.keywords[0].weight, 1.0);
    assert!(r.keywords.windows(2).all(|w| w[0].weight >= w[1].weight));
    assert!(!r.keyphrases.is_empty());
}

#[test]
fn same_input_same_bytes() {
    let a = serde_json::to_string(&three()).unwrap();
    let b = serde_json::to_string(&three()).unwrap();
    assert_eq!(a, b);
}

/// The seed in traditional chars (OpenCC s2t of tests/fixtures/bulletin.txt).
const TRADITIONAL: &str = include_str!("fixtures/bulletin-traditional.txt");

#[test]
fn the_seed_in_traditional_chars_reads_like_the_seed() {
    let opts = Options { sentences: Some(3), keywords: 10, ..Options::default() };
    let simplified = shared().summarize(SEED, &opts).unwrap();
    let traditional = shared().summarize(TRADITIONAL, &opts).unwrap();
    assert_spans_match(TRADITIONAL, &traditional);
    // Same stories (the dateline `新華社北京8月26日電` and the credit `新華社發` are
    // markers), the same sentences picked, at the same offsets.
    let spans = |r: &Summary| r.stories.iter().map(|s| (s.start, s.end)).collect::<Vec<_>>();
    assert_eq!(spans(&traditional), spans(&simplified));
    let picks = |r: &Summary| r.sentences.iter().map(|s| (s.index, s.start, s.end)).collect::<Vec<_>>();
    assert_eq!(picks(&traditional), picks(&simplified));
    assert_eq!(traditional.stories[2].title.as_deref(), Some("安寧療護有了新“國標”"));
    // The same keywords, shown as the text writes them.
    let words = |r: &Summary| r.keywords.iter().map(|k| k.word.clone()).collect::<Vec<_>>();
    assert_eq!(words(&traditional)[..3], ["人工智能", "安寧療護", "峯會"], "{:?}", traditional.keywords);
    for (t, s) in traditional.keywords.iter().zip(&simplified.keywords) {
        assert_eq!((t.word.chars().count(), t.weight), (s.word.chars().count(), s.weight), "{t:?} / {s:?}");
        assert!(TRADITIONAL.contains(&t.word), "{t:?} is not in the text");
    }
    let phrases = |r: &Summary| r.keyphrases.iter().map(|k| k.phrase.chars().count()).collect::<Vec<_>>();
    assert_eq!(phrases(&traditional), phrases(&simplified));
    assert!(traditional.keyphrases.iter().all(|k| TRADITIONAL.contains(&k.phrase)), "{:?}", traditional.keyphrases);
}

#[test]
fn user_words_and_stop_words_in_traditional_chars_apply_to_traditional_text() {
    let opts = Options { keywords: 20, ..Options::default() };
    let has = |r: &textrank_zh::Keywords, w: &str| r.keywords.iter().any(|k| k.word == w);
    let plain = shared().keywords(TRADITIONAL, &opts).unwrap();
    assert!(!has(&plain, "人工智能應用") && has(&plain, "峯會"), "{:?}", plain.keywords);
    let word = textrank_zh::UserWord { word: "人工智能應用".into(), freq: Some(10), pos: Some("n".into()) };
    let s = textrank_zh::Summarizer::new().unwrap().with_user_words(&[word]).unwrap();
    let k = s.keywords(TRADITIONAL, &opts).unwrap();
    assert!(has(&k, "人工智能應用"), "{:?}", k.keywords);
    let k = shared().keywords(TRADITIONAL, &Options { stop_words: vec!["峯會".into()], ..opts }).unwrap();
    assert!(!has(&k, "峯會"), "{:?}", k.keywords);
}

#[test]
fn a_traditional_story_in_a_simplified_bulletin_is_read_as_well_as_the_rest() {
    let text = "国务院日前印发关于深入实施人工智能行动的意见。国家发展改革委有关负责人26日进行了解读，强调要加快培育发展新质生产力。\n\n\n（中央社記者王小明台北29日電）行政院會今天通過總預算案，國防經費創新高。";
    let r = shared().summarize(text, &Options { sentences: Some(2), keywords: 8, ..Options::default() }).unwrap();
    assert_spans_match(text, &r);
    assert_eq!(r.stories.len(), 2);
    let second = r.sentences.iter().find(|s| s.story == 1).expect("a sentence of the traditional story");
    assert_eq!(second.text, "行政院會今天通過總預算案，國防經費創新高。");
    let words: Vec<&str> = r.keywords.iter().map(|k| k.word.as_str()).collect();
    assert!(words.contains(&"預算案") && !words.iter().any(|w| w.contains("記者") || w.contains("王小明")), "{words:?}");
}
