//! textrank-zh: key sentences, keywords and keyphrases of Chinese text by TextRank.
//!
//! ```
//! use textrank_zh::{Options, Summarizer};
//!
//! let summarizer = Summarizer::new().unwrap();
//! let text = "国务院日前印发意见。意见提出推动人工智能发展。人工智能正在改变各行各业。";
//! let summary = summarizer.summarize(text, &Options { sentences: Some(1), ..Options::default() }).unwrap();
//! assert_eq!(summary.sentences.len(), 1);
//! let s = &summary.sentences[0];
//! assert_eq!(&text[s.byte_start..s.byte_end], s.text);
//! ```
//!
//! The pipeline, one module per stage: `normalize` (lines, paste repair, reader text),
//! `simplify` (a traditional text is read in simplified chars) → `stories` (line roles, stories, markers) → `sentences` → `tokens` (jieba) →
//! `keywords` and `summary`, both ranked by `rank`.

pub mod cli;
mod dict;
mod keywords;
mod normalize;
mod options;
mod rank;
mod sentences;
mod simplify;
mod stories;
#[doc(hidden)]
pub mod summary;
mod tokens;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use options::{Options, Tuning};

use serde::Serialize;
use std::fmt;

/// Everything that can go wrong, with a message a user can act on.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// An option is unknown, of the wrong type or out of range.
    InvalidOption { option: String, reason: String },
    /// The input has more chars than `maxInputChars`.
    InputTooLong { chars: usize, limit: usize },
    /// A dictionary (built in or user words) could not be read.
    Dictionary(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidOption { option, reason } => write!(f, "invalid option `{option}`: {reason}"),
            Error::InputTooLong { chars, limit } => {
                write!(f, "input is too long: {chars} chars, the limit is {limit} (raise maxInputChars / --max-input-chars)")
            }
            Error::Dictionary(msg) => write!(f, "{msg}"),
        }
    }
}

impl std::error::Error for Error {}

/// A summary sentence. `start`/`end` are UTF-16 code units of the original input.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sentence {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub index: usize,
    pub story: usize,
    pub score: f64,
    /// Byte range in the original `&str`, for Rust callers; not part of the JSON.
    #[serde(skip)]
    pub byte_start: usize,
    #[serde(skip)]
    pub byte_end: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Keyword {
    pub word: String,
    pub weight: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Keyphrase {
    pub phrase: String,
    pub weight: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Story {
    pub start: usize,
    pub end: usize,
    pub title: Option<String>,
    #[serde(skip)]
    pub byte_start: usize,
    #[serde(skip)]
    pub byte_end: usize,
}

/// The result of [`Summarizer::summarize`]; serializes to CONTRACT.md's JSON.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub sentences: Vec<Sentence>,
    pub keywords: Vec<Keyword>,
    pub keyphrases: Vec<Keyphrase>,
    pub stories: Vec<Story>,
}

/// Keywords and keyphrases without the sentence summary.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Keywords {
    pub keywords: Vec<Keyword>,
    pub keyphrases: Vec<Keyphrase>,
}

/// A user dictionary entry, as in jieba's `word [freq] [pos]` format.
#[derive(Debug, Clone, PartialEq)]
pub struct UserWord {
    pub word: String,
    /// >= 1; above 100,000,000 it counts as 100,000,000 (see [`Summarizer::add_user_words`]).
    pub freq: Option<usize>,
    pub pos: Option<String>,
}

/// A segmenter with its dictionary; build once (50–75 ms), use for many calls.
#[derive(Clone)]
pub struct Summarizer {
    tokenizer: tokens::Tokenizer,
}

impl Summarizer {
    /// Builds the segmenter from the dictionary compiled into the crate.
    pub fn new() -> Result<Summarizer, Error> {
        Summarizer::from_dictionary(dict::EMBEDDED)
    }

    /// Builds the segmenter from a dictionary file in textrank-zh's format
    /// (`src/data/dict.bin`), e.g. one fetched separately by a browser.
    pub fn from_dictionary(bytes: &[u8]) -> Result<Summarizer, Error> {
        Ok(Summarizer { tokenizer: tokens::Tokenizer::new(dict::load(bytes)?) })
    }

    /// Adds words to the segmenter; they affect every later call.
    pub fn with_user_words(mut self, words: &[UserWord]) -> Result<Summarizer, Error> {
        self.add_user_words(words)?;
        Ok(self)
    }

    /// Adds words to the segmenter in place; they affect every later call. A `freq` above
    /// 100,000,000 counts as 100,000,000, and the `freq`s of all user words added so far may
    /// add up to at most 2,000,000,000; a list with a word refused adds none of its words.
    pub fn add_user_words(&mut self, words: &[UserWord]) -> Result<(), Error> {
        self.tokenizer.add_user_words(words)
    }

    /// Like [`Summarizer::add_user_words`], with the refused word's index apart (for the CLI).
    pub(crate) fn try_add_user_words(&mut self, words: &[UserWord]) -> Result<(), tokens::WordError> {
        self.tokenizer.try_add_user_words(words)
    }

    /// Parses a jieba user dictionary (`word [freq] [pos]` per line). Blank lines and
    /// lines starting with `#` (comments) are skipped.
    pub fn parse_user_dict(text: &str) -> Result<Vec<UserWord>, Error> {
        tokens::parse_user_dict(text)
    }

    /// Key sentences, keywords, keyphrases and stories of `text`.
    pub fn summarize(&self, text: &str, options: &Options) -> Result<Summary, Error> {
        options.validate()?;
        check_length(text, options)?;
        let doc = summary::Document::analyze(text, &self.tokenizer, options);
        let terms = keywords::extract(&doc, &self.tokenizer, options);
        let picked = summary::select(&doc, &terms, options);
        Ok(assemble(text, &doc, picked, &terms, options))
    }

    /// Baselines for the evaluation only (`lead`: the first body sentences;
    /// `textrank`: plain Mihalcea–Tarau TextRank without priors or MMR).
    #[doc(hidden)]
    pub fn summarize_baseline(&self, text: &str, method: &str, sentences: usize, tuning: Tuning) -> Result<Summary, Error> {
        let options = Options { sentences: Some(sentences), tuning, ..Options::default() };
        if method == "tuned" {
            return self.summarize(text, &options);
        }
        check_length(text, &options)?;
        let doc = summary::Document::analyze(text, &self.tokenizer, &options);
        let terms = keywords::extract(&doc, &self.tokenizer, &options);
        let picked = summary::baseline(&doc, method == "lead", sentences);
        Ok(assemble(text, &doc, picked, &terms, &options))
    }

    /// Only the keywords and keyphrases of `text` (same as in [`Summarizer::summarize`]).
    pub fn keywords(&self, text: &str, options: &Options) -> Result<Keywords, Error> {
        options.validate()?;
        check_length(text, options)?;
        let doc = summary::Document::analyze(text, &self.tokenizer, options);
        let terms = keywords::extract(&doc, &self.tokenizer, options);
        Ok(Keywords { keywords: terms.keywords(options.keywords), keyphrases: terms.keyphrases(options.keyphrases) })
    }
}

/// Per-sentence features of the blend, for the tuning harness only.
#[doc(hidden)]
pub fn sentence_features(summarizer: &Summarizer, text: &str) -> Result<Vec<summary::Features>, Error> {
    let options = Options::default();
    check_length(text, &options)?;
    let doc = summary::Document::analyze(text, &summarizer.tokenizer, &options);
    let terms = keywords::extract(&doc, &summarizer.tokenizer, &options);
    Ok(summary::features(&doc, &terms, &options))
}

/// The tokens of each unit after compound merging, for the tuning harness only.
#[doc(hidden)]
pub fn debug_tokens(summarizer: &Summarizer, text: &str, tuning: Tuning) -> Vec<String> {
    let options = Options { tuning, ..Options::default() };
    let doc = summary::Document::analyze(text, &summarizer.tokenizer, &options);
    doc.units.iter().map(|u| u.tokens.iter().map(|t| format!("{}/{:?}", doc.vocab.words[t.id as usize], t.class)).collect::<Vec<_>>().join(" ")).collect()
}

/// jieba's words and tags before any of our rules, for reviewing segmentation only.
#[doc(hidden)]
pub fn debug_raw(summarizer: &Summarizer, text: &str) -> Vec<String> {
    summarizer.tokenizer.raw_tags(text)
}

/// Each unit as `story role | text`, then each story's title, for reviewing layouts only.
#[doc(hidden)]
pub fn debug_units(summarizer: &Summarizer, text: &str) -> Vec<String> {
    let options = Options::default();
    let doc = summary::Document::analyze(text, &summarizer.tokenizer, &options);
    let mut out: Vec<String> = doc.units.iter().map(|u| format!("{} {:?} | {}", u.story, u.role, u.text)).collect();
    for (i, s) in doc.stories.iter().enumerate() {
        out.push(format!("story {i}: title={:?}", s.title.map(|t| doc.units[t].text.as_str())));
    }
    out
}

#[inline(never)]
fn assemble(text: &str, doc: &summary::Document, picked: Vec<summary::Picked>, terms: &keywords::Terms, options: &Options) -> Summary {
    let mut offsets = normalize::Utf16Offsets::new(text);
    let sentences = picked
        .into_iter()
        .map(|p| {
            let unit = &doc.units[p.unit];
            // An item's number or bullet stays out (see `item_mark_len`). The shown text has
            // no line breaks, the span may: the mark must be found in both.
            let (mark, shown) = (stories::item_mark_len(&text[unit.start..unit.end]), stories::item_mark_len(&unit.text));
            let (skip, shown) = if mark > 0 && shown > 0 { (mark, shown) } else { (0, 0) };
            let (start, end) = (offsets.at(unit.start + skip), offsets.at(unit.end));
            Sentence {
                text: unit.text[shown..].to_string(),
                start,
                end,
                index: p.unit,
                story: unit.story,
                score: round6(p.score),
                byte_start: unit.start + skip,
                byte_end: unit.end,
            }
        })
        .collect();
    let mut offsets = normalize::Utf16Offsets::new(text);
    let stories = doc
        .stories
        .iter()
        .map(|s| Story {
            start: offsets.at(s.start),
            end: offsets.at(s.end),
            title: s.title.map(|u| doc.units[u].text.clone()),
            byte_start: s.start,
            byte_end: s.end,
        })
        .collect();
    Summary { sentences, keywords: terms.keywords(options.keywords), keyphrases: terms.keyphrases(options.keyphrases), stories }
}

fn check_length(text: &str, options: &Options) -> Result<(), Error> {
    // Bytes bound chars from above, so most inputs skip the count.
    if text.len() > options.max_input_chars {
        let chars = text.chars().count();
        if chars > options.max_input_chars {
            return Err(Error::InputTooLong { chars, limit: options.max_input_chars });
        }
    }
    Ok(())
}

/// Rounds to 6 decimals, the precision of every score in the result.
pub(crate) fn round6(x: f64) -> f64 {
    if x.is_finite() {
        (x * 1e6).round() / 1e6
    } else {
        0.0
    }
}
