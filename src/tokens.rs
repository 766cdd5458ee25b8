//! jieba segmentation with POS tags, stop words, and the token filters that
//! decide what may become a keyword and what counts for sentence similarity.

use crate::normalize::is_han;
use crate::{Error, UserWord};
use jieba_rs::{Jieba, Tag};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::Arc;

static STOP_WORDS: &str = include_str!("data/stopwords.txt");

/// A token of a sentence; `id` indexes the document's vocabulary.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Token {
    pub id: u32,
    /// Byte range within the tokenized (reader) text.
    pub start: u32,
    pub end: u32,
    pub class: Class,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// A noun-like content word of 2+ chars: a keyword candidate.
    Candidate,
    /// An adjective or other modifier: counts for similarity, may head a compound.
    Modifier,
    /// A verb: counts for sentence similarity only.
    Verb,
    /// A single Han content char (`塘`, `菌`, `化`): may begin or end a compound only.
    Morpheme,
    /// A stop word, a single char, a number, a date, lower-case ASCII, punctuation.
    Other,
}

/// A verb ending in `来`, `到` or an aspect mark (`迎来`, `达到`, `意味着`) takes an object:
/// never a keyword, nor part of one (`中小学` + `迎来` is a clause). `输出`, `突出`, `崛起`
/// may be (`功率输出`, `腰椎间盘突出`).
/// So do verbs that news uses only with an object, never as a term's head (`获得` + `男子…`,
/// `利用` + `FAST`, `免除` + `公办幼儿园`).
pub fn takes_object(word: &str) -> bool {
    word.chars().count() >= 2 && word.ends_with(['来', '到', '了', '过', '着']) || object_verb(word)
}

/// One of those verbs, whatever class the segmenter gave it (`利用` may be a noun to it).
pub fn object_verb(word: &str) -> bool {
    const OBJECT_VERBS: &[&str] = &[
        "获得", "利用", "减轻", "免除", "起诉", "提供", "推动", "加强", "促进", "实现", "完成", "开展", "推进", "参加", "举办", "召开", "采取", "加快", "进行",
        "包括", "成为", "通过", "面临", "引导", "鼓励", "帮助", "享受", "购买",
    ];
    OBJECT_VERBS.contains(&word)
}

/// Segmenter plus stop words; cheap to clone (the dictionary is shared).
#[derive(Clone)]
pub struct Tokenizer {
    jieba: Arc<Jieba>,
    stop: Arc<FxHashSet<String>>,
    total_freq: f64,
    /// Sum of the frequencies given with user words so far.
    user_freq: u64,
    /// The user's words: never judged a phrase (`Tokenizer::is_phrase`).
    user_words: Arc<FxHashSet<String>>,
}

/// A user word's frequency is capped here: jieba's most frequent word (`的`) has 883,634.
const MAX_USER_FREQ: usize = 100_000_000;
/// What all user frequencies may add up to (the dictionary itself sums to about 60 million).
const USER_FREQ_BUDGET: u64 = 2_000_000_000;

/// Noun-like tags (jieba/ICTCLAS), plus `x`: jieba-rs without its POS model tags
/// every unknown word `x`, and unknown multi-char Han words (`疗护`, names) are
/// exactly the new terms a keyword list must not lose.
fn is_noun_tag(tag: &str) -> bool {
    tag.is_empty() || tag.starts_with('n') || matches!(tag, "vn" | "an" | "j" | "x" | "nz" | "l" | "s")
}

/// Adjectives and distinguishing words: they may head a compound, never end one.
fn is_modifier_tag(tag: &str) -> bool {
    matches!(tag, "a" | "ag" | "b" | "z")
}

/// Tags that never carry content: numbers, time words, function words.
fn is_function_tag(tag: &str) -> bool {
    const TAGS: &[&str] = &["m", "mq", "mg", "q", "t", "tg", "r", "rr", "rz", "rg", "p", "c", "y", "e", "o", "h", "k", "f", "d", "dg", "df", "zg"];
    TAGS.contains(&tag) || tag.starts_with('u')
}

impl Tokenizer {
    pub fn new(jieba: Jieba) -> Tokenizer {
        let stop = STOP_WORDS.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_string).collect();
        let total_freq = 60_000_000.0;
        Tokenizer { jieba: Arc::new(jieba), stop: Arc::new(stop), total_freq, user_freq: 0, user_words: Arc::default() }
    }

    pub fn add_user_words(&mut self, words: &[UserWord]) -> Result<(), Error> {
        self.try_add_user_words(words).map_err(|e| Error::InvalidOption { option: "userWords".into(), reason: format!("item {}: {}", e.index, e.reason) })
    }

    /// Adds all of `words`, or none when one is refused; the error says which one, so
    /// that each front end can name it its own way (`item N`, a file's line).
    pub(crate) fn try_add_user_words(&mut self, words: &[UserWord]) -> Result<(), WordError> {
        for (index, w) in words.iter().enumerate() {
            check_word(w).map_err(|reason| WordError { index, reason })?;
        }
        // The segmenter sums all frequencies in a usize, 32 bits in wasm: keep user words
        // within a budget so the sum cannot wrap and native and wasm agree.
        let mut total = self.user_freq;
        for (index, w) in words.iter().enumerate() {
            total += w.freq.map_or(0, |f| f.min(MAX_USER_FREQ) as u64);
            if total > USER_FREQ_BUDGET {
                let reason = format!(
                    "the frequencies of all user words may add up to at most {USER_FREQ_BUDGET} (each counts at most {MAX_USER_FREQ}); this word brings them to {total}"
                );
                return Err(WordError { index, reason });
            }
        }
        // A traditional text is segmented in simplified chars (`simplify`): a word written
        // in traditional chars is added in that form too. The twins are not counted, so
        // the same words cost the same budget in either script; at most they double it,
        // and 2 x 2e9 plus the dictionary's 60 million still fits in 32 bits.
        let variants: Vec<UserWord> = words
            .iter()
            .filter_map(|w| match crate::simplify::to_simplified(&w.word) {
                std::borrow::Cow::Owned(s) => Some(UserWord { word: s, ..w.clone() }),
                std::borrow::Cow::Borrowed(_) => None,
            })
            .collect();
        let words = &[words, &variants].concat();
        self.user_freq = total;
        Arc::make_mut(&mut self.user_words).extend(words.iter().map(|w| w.word.clone()));
        let jieba = Arc::make_mut(&mut self.jieba);
        for w in words {
            jieba.add_word(&w.word, w.freq.map(|f| f.min(MAX_USER_FREQ)), w.pos.as_deref());
        }
        Ok(())
    }

    /// The segmenter itself, for the wasm build's lazy dictionary (`dict::Lazy`).
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub(crate) fn jieba_mut(&mut self) -> &mut Jieba {
        Arc::make_mut(&mut self.jieba)
    }

    /// A word of the dictionary (or a user's word).
    pub fn knows(&self, word: &str) -> bool {
        self.jieba.has_word(word)
    }

    /// A built-in stop word.
    pub fn is_stop(&self, word: &str) -> bool {
        self.stop.contains(word)
    }

    /// Whether the segmenter reads a word across the join of `left` and `right`.
    pub fn forms_word(&self, left: &str, right: &str) -> bool {
        let l: Vec<char> = left.chars().rev().take(4).collect();
        let r: Vec<char> = right.chars().take(4).collect();
        if l.first().is_none_or(|c| !is_han(*c)) || r.first().is_none_or(|c| !is_han(*c)) {
            return false;
        }
        let left_part: String = l.iter().rev().collect();
        let joined = format!("{left_part}{}", r.iter().collect::<String>());
        let cut = left_part.len();
        self.jieba.cut(&joined, false).iter().any(|t| t.byte_start < cut && t.byte_end > cut)
    }

    /// The class of each word of `s`, a char each: `n` noun-like, `v` verb (and other
    /// content), `a` modifier, `u` function word, number or punctuation. The layout asks
    /// it of a few short lines: whether a line is a clause of its own.
    pub fn word_classes(&self, s: &str) -> String {
        self.jieba
            .tag(s, true)
            .iter()
            .map(|t| match t.tag {
                // The classes tools/build_dict.py keeps; an unknown Han word (`x`) is a name
                // or a term, other `x` is punctuation.
                "x" if t.word.chars().any(is_han) => 'n',
                "x" => 'u',
                "eng" => 'n',
                tag => tag_class(tag),
            })
            .collect()
    }

    /// The segmenter's own words and tags, `?` marking a word its dictionary lacks (a guess),
    /// for reviewing segmentation only.
    pub fn raw_tags(&self, text: &str) -> Vec<String> {
        self.jieba.tag(text, true).iter().map(|t| format!("{}/{}{}", t.word, t.tag, if self.knows(t.word) { "" } else { "?" })).collect()
    }

    /// Tokenizes `text`, interning words into `vocab`.
    #[inline(never)]
    pub fn tokenize(&self, text: &str, vocab: &mut Vocab, extra_stop: &FxHashSet<String>) -> Vec<Token> {
        let mut after_number = false;
        let tags = self.split_guesses(text, self.jieba.tag(text, true));
        let is_number = |w: &str| {
            w.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))
                && w.chars().all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c) || c == '.')
        };
        let tokens = tags
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let id = vocab.intern(t.word, || {
                    let class = self.classify(t.word, t.tag, extra_stop);
                    // Only a word that could be a keyword is looked at; a guessed word is none,
                    // and a user's word is never judged one. An idiom (`阳光灿烂`, `时过境迁`)
                    // describes, it names no topic: jieba's own TextRank leaves tag `i` out too.
                    let phrase = matches!(class, Class::Candidate | Class::Verb)
                        && t.tag != "x"
                        && !self.user_words.contains(t.word)
                        && (t.tag == "i" && !self.idiom_is_term(t.word) || self.is_phrase(t.word));
                    // A noun (names are nouns to the packed dictionary), or a word the
                    // dictionary lacks, may be a piece of a longer name the segmenter cut apart
                    // (`斯科夫` of `佩斯科夫`).
                    let open = t.tag == "x" || t.tag.starts_with('n');
                    (class, phrase, open)
                });
                let mut class = vocab.class[id as usize];
                // `8月31日至` segments as `31` + `日至`: the date unit glued to the next
                // char is not a word.
                // So is a count's unit glued to the next word (`14` + `人失联`, `1600` + `余人`, `1.2` + `万人`,
                // `第1` + `条新闻`).
                // The counters beyond dates, people and 余 only in a guessed word (a lone one is the
                // unit below): `家电`, `台北` are words.
                const UNITS: [char; 11] = ['年', '月', '日', '号', '时', '点', '人', '余', '名', '万', '亿'];
                const COUNTERS: [char; 14] = ['条', '个', '位', '家', '项', '件', '次', '起', '台', '辆', '所', '款', '篇', '场'];
                // A two-char guess right after a number is its unit as well (`3` + `奈米`).
                let unit = t.word.starts_with(UNITS) || t.tag == "x" && (t.word.starts_with(COUNTERS) || t.word.chars().count() == 2);
                if after_number && unit {
                    class = Class::Other;
                }
                // A lone char after a number is its unit (`第3期` + `开奖`), never part of the next
                // word. Before one, a verb of quoting, moving or reaching is no part of the last
                // word (`中间价` + `报7.08`, `收盘报7.09`, one of jieba's rare entries; `总数` +
                // `达414万`); a vegetable's name is (`上海` + `青3元`).
                let before_number = || tags.get(i + 1).is_some_and(|n| n.byte_start == t.byte_end && n.word.starts_with(|c: char| c.is_ascii_digit()));
                // Not a paper before its date (`人民日报5日`, `经济日报2024年`).
                let dated = || tags.get(i + 2).is_some_and(|n| n.word.starts_with(['日', '月', '年']));
                let quotes = t.word.ends_with('报') && !dated() || class == Class::Morpheme && "涨跌升降增减达".contains(t.word);
                if class == Class::Morpheme && after_number || quotes && before_number() {
                    class = Class::Other;
                }
                after_number = is_number(t.word);
                Token { id, start: t.byte_start as u32, end: t.byte_end as u32, class }
            })
            .collect::<Vec<Token>>();
        let tokens = lines(text, tokens, vocab);
        drug_names(text, tokens, vocab)
    }

    /// The HMM guesses words the dictionary lacks from runs of single chars, and glues a modal
    /// or a verb onto the word beside it: `车企需` (加强), `能` + `拿球`, `可` + `补能`, `拟派`. Such a
    /// guess is cut into the word and the char, so the word (`车企`) still counts. So is a
    /// three-char guess that ends on a common surname right before another guess of one or two
    /// chars, a given name (`营员施` + `佳欣`): the name is then made whole by the keyword pass.
    fn split_guesses<'a>(&self, text: &'a str, tags: Vec<Tag<'a>>) -> Vec<Tag<'a>> {
        let mut out: Vec<Tag<'a>> = Vec::with_capacity(tags.len());
        for (i, t) in tags.iter().enumerate() {
            // Most words are in the dictionary: only a guess is looked into.
            if t.tag != "x" {
                out.push(t.clone());
                continue;
            }
            let chars: Vec<(usize, char)> = t.word.char_indices().collect();
            let guess = chars.len() >= 3 && chars.iter().all(|&(_, c)| is_han(c)) && !self.knows(t.word);
            let (first, last) = (chars.first().map(|c| c.1), chars.last().map(|c| c.1));
            let given = || {
                tags.get(i + 1)
                    .is_some_and(|n| n.byte_start == t.byte_end && n.tag == "x" && (1..=2).contains(&n.word.chars().count()) && n.word.chars().all(is_han))
            };
            // A guess with a negation inside is a clause (`3天不退`, `说不清`): no word.
            if guess && chars.iter().skip(1).any(|&(_, c)| c == '不' || c == '没') {
                out.push(Tag { tag: "d", ..t.clone() });
                continue;
            }
            let at = match (first, last) {
                _ if !guess => None,
                (Some(c), _) if GLUED_OPENERS.contains(c) || GLUED_PREPOSITIONS.contains(c) => chars.get(1).map(|c| c.0),
                (_, Some(c)) if GLUED_CLOSERS.contains(c) => chars.last().map(|c| c.0),
                (_, Some(c)) if crate::keywords::SURNAMES.contains(c) && chars.len() == 3 && given() => chars.last().map(|c| c.0),
                _ => None,
            };
            let (a, b) = (t.byte_start, t.byte_start + at.unwrap_or(0));
            match at.and(text.get(a..b)).zip(text.get(b..t.byte_end)) {
                Some((wa, wb)) => {
                    // The lone char is no word of its own; the rest is a guess as before.
                    let tag = |w: &str| if w.chars().count() == 1 && !crate::keywords::SURNAMES.contains(w) { "d" } else { "x" };
                    out.push(Tag { word: wa, tag: tag(wa), start: t.start, end: t.start + wa.chars().count(), byte_start: a, byte_end: b });
                    out.push(Tag { word: wb, tag: tag(wb), start: t.start + wa.chars().count(), end: t.end, byte_start: b, byte_end: t.byte_end });
                }
                None => out.push(t.clone()),
            }
        }
        out
    }

    #[inline(never)]
    fn classify(&self, word: &str, tag: &str, extra_stop: &FxHashSet<String>) -> Class {
        let mut han = 0;
        let mut other = 0;
        for c in word.chars() {
            if is_han(c) {
                han += 1;
            } else if c.is_alphanumeric() {
                other += 1;
            } else {
                return Class::Other; // punctuation inside: not a word
            }
        }
        if self.stop.contains(word) || extra_stop.contains(word) {
            return Class::Other;
        }
        // `原` before a post is "former" (`交通运输厅原党组成员`): it ends no name.
        if han == 1 && other == 0 && !is_function_tag(tag) && word != "原" {
            return Class::Morpheme;
        }
        // Latin names and acronyms (`MRI`, `Duffing`, `ISO9000`): a capital marks a name,
        // unless it only opens a sentence (`The`, `It`; the acronyms `HE`, `IT` stay).
        let opens_sentence = || word.chars().skip(1).all(|c| c.is_ascii_lowercase()) && self.stop.contains(&word.to_ascii_lowercase());
        // A masked number (`0574-8730XXXX`, `XXXX`) names nothing.
        let masked = || word.chars().all(|c| c.is_ascii_digit() || c == 'X');
        // A figure with its unit (`10kV`, `128K`, `12dB`; not `5G`, `4K`, `052D`) and a batch code
        // with its date (`HX240521C`; not `ISO9000`, `C8051F005`) name no topic either.
        let figure = || {
            let digits = word.chars().take_while(char::is_ascii_digit).count();
            let unit = word.get(digits..).unwrap_or("");
            let run = word.split(|c: char| !c.is_ascii_digit()).map(str::len).max().unwrap_or(0);
            digits >= 2 && LATIN_UNITS.split(' ').any(|u| u.eq_ignore_ascii_case(unit)) || run >= 6
        };
        // A quarter or a half of a year (`Q4`, `H1`) is a date.
        let period = || matches!(word, "Q1" | "Q2" | "Q3" | "Q4" | "H1" | "H2");
        if han == 0 && other >= 2 && word.chars().any(|c| c.is_ascii_uppercase()) && !opens_sentence() && !masked() && !figure() && !period() {
            return Class::Candidate;
        }
        // Festivals are time words to the segmenter, but a holiday is what its travel, sales
        // and traffic news is about.
        if ["春节", "元旦", "除夕", "元宵节", "清明节", "端午节", "中秋节", "国庆节", "重阳节", "七夕", "国庆", "中秋", "端午", "清明", "元宵"].contains(&word)
        {
            return Class::Candidate;
        }
        if han == 0 || han + other < 2 || is_function_tag(tag) {
            return Class::Other;
        }
        // A guess of a numeral and a counter is a count (`两球`, `三轮`), not a word (`二孩`, `四风`).
        let count = || {
            let mut cs = word.chars();
            tag == "x"
                && han == 2
                && cs.next().is_some_and(|c| "一二三四五六七八九十两".contains(c))
                && cs.next().is_some_and(|c| "球轮场批座架艘只枚颗块张支辆栋层趟局盘杆".contains(c))
        };
        if looks_like_date_or_number(word) || count() {
            return Class::Other;
        }
        // A word the dictionary lacks was guessed by the HMM; one that starts or ends
        // with a function char (`已连本`, `竟建到`, `仅为`) is a fragment, not a term.
        // So is one that opens on a degree or time adverb (`最严`, `越近`, `未报`) or ends on a
        // postposition or an approximation (`微博上`, `募资约`, `点赞超`).
        let edges = |a: char, b: char| FRAGMENT_EDGES.contains(a) || FRAGMENT_EDGES.contains(b) || FRAGMENT_OPENERS.contains(a) || FRAGMENT_CLOSERS.contains(b);
        if tag == "x" && word.chars().next().zip(word.chars().last()).is_some_and(|(a, b)| edges(a, b)) {
            return Class::Other;
        }
        // The preposition 同 (with) glued to a time or a modal before it (`晚同` of `28日晚同`,
        // `愿同`); a name may end on 同 (`刘同`, `德同资本`).
        if tag == "x" && han == 2 && word.ends_with('同') && word.starts_with(|c: char| "晚早午夜日愿将曾并还也又再均拟".contains(c)) {
            return Class::Other;
        }
        // An aspect particle inside a guess is a clause run together (`作了展` of `作了展陈`).
        if tag == "x" && word.chars().skip(1).any(|c| c == '了' || c == '着') {
            return Class::Other;
        }
        if is_noun_tag(tag) {
            Class::Candidate
        } else if is_modifier_tag(tag) {
            Class::Modifier
        } else {
            // Verbs, adverbial adjectives (`明确`) and the rest: content, but never
            // the head of a compound.
            Class::Verb
        }
    }

    /// Whether a dictionary word is one of jieba's rarest entries (frequency 3 and below:
    /// the bulk of its list of set phrases) and is made like a phrase, not a term: a function
    /// char glued to a non-noun word (`被称作`, `排名第`, `依附于`), or two words of which the
    /// first is a function word or an adverbial and the second is no noun (`逐步提高`,
    /// `相对来说`, `明确提出`). Such an entry's idf is the highest there is, so it tops the
    /// keywords of any text that uses it. Noun-headed entries stay: `城市更新`, `常务会议`.
    #[inline(never)]
    fn is_phrase(&self, word: &str) -> bool {
        let chars: Vec<(usize, char)> = word.char_indices().collect();
        if chars.len() < 3 || self.jieba.suggest_freq(word) > RARE_FREQ {
            return false;
        }
        let class = |part: &str| self.part_class(part);
        let (first, last) = (chars[0].1, chars[chars.len() - 1].1);
        let (after_first, before_last) = (&word[chars[1].0..], &word[..chars[chars.len() - 1].0]);
        if PHRASE_OPENERS.contains(first) && class(after_first).is_some_and(|c| c != 'n') {
            return true;
        }
        if PHRASE_CLOSERS.contains(last) && class(before_last).is_some_and(|c| c != 'n') {
            return true;
        }
        // The split into two words of 2+ chars that jieba would choose without the entry:
        // the one whose rarer part is the most frequent.
        let best = (2..chars.len() - 1)
            .map(|i| word.split_at(chars[i].0))
            .filter_map(|(a, b)| Some((class(a)?, class(b)?, a, b)))
            .max_by_key(|&(_, _, a, b)| self.jieba.suggest_freq(a).min(self.jieba.suggest_freq(b)));
        match best {
            Some(('u', second, _, _)) => second != 'n',
            Some((_, 'v', first, _)) => ADVERBIALS.split(' ').any(|w| w == first),
            _ => false,
        }
    }

    /// The class letter of a dictionary word standing alone, if it is one.
    fn part_class(&self, part: &str) -> Option<char> {
        if !self.jieba.has_word(part) {
            return None;
        }
        let tags = self.jieba.tag(part, false);
        match tags.as_slice() {
            [t] if t.word == part => Some(tag_class(t.tag)),
            _ => None,
        }
    }

    /// Whether an entry jieba tags as an idiom is a term made of two words, a noun with a
    /// modifier or another noun before it (`安全隐患`, `不良信息`, `空气污染`, `大暴雨`), unlike
    /// a set saying (`时过境迁`, `阳光灿烂`, `迅猛发展`, `充满信心`).
    fn idiom_is_term(&self, word: &str) -> bool {
        let bounds: Vec<usize> = word.char_indices().map(|(i, _)| i).skip(1).collect();
        bounds.iter().any(|&i| {
            let (a, b) = word.split_at(i);
            self.part_class(b) == Some('n') && self.part_class(a).is_some_and(|c| c != 'v' && c != 'u')
        })
    }

    /// How informative a word is: ln(total / dictionary frequency); unknown words,
    /// whose frequency the segmenter estimates from their chars, score high.
    pub fn idf(&self, word: &str) -> f64 {
        let freq = self.jieba.suggest_freq(word).max(1) as f64;
        libm::log(self.total_freq / freq).max(1.0)
    }
}

/// Chars that begin or end an HMM-guessed fragment rather than a word: adverbs,
/// particles, prepositions, pronouns, negations, modals, the copula 是 and the classifier 个
/// that jieba's HMM glues to their neighbours (`已连本`, `不愿`, `另据`, `要裁`, `我爸`).
pub(crate) const FRAGMENT_EDGES: &str = "已竟仅先更常尚去地也都就还被把将在的了着过很又再才并且而其之于与及或该此这那每各某些么吗呢吧啊得所让给向从往对为以被称说是不没要会只另仍却便即若我你他她它们个则";

/// A modal or a verb the HMM glues before the word after it (`能拿球`, `可补能`).
pub(crate) const GLUED_OPENERS: &str = "能可拟共需";
/// A preposition or a verb of one char the HMM glues before a name it lacks (`沿` + `岚江`,
/// `遭` + `鸟击`, `赴` + `澄川`): none opens a name.
const GLUED_PREPOSITIONS: &str = "沿遭赴往在被把";
/// A modal or a date's `起` the HMM glues after the word before it (`车企需`, `学期起`).
const GLUED_CLOSERS: &str = "需起";

/// jieba's rarest entries have frequency 3; `suggest_freq` adds 1.
const RARE_FREQ: usize = 4;

/// Function chars that open a phrase (`被称作`, `尚属`, `没本事`, `因涉嫌`, `据统计`, `远高于`), not
/// a term.
pub(crate) const PHRASE_OPENERS: &str =
    "因据但远太未哪已竟仅先更常尚也都就还被把将在又再才并且而其之于与及或该此这那每各某些让给向从往对为以不没要会只另仍却便即若";

/// Particles, prepositions and the ordinal mark that close a phrase (`排名第`, `坠落在`,
/// `迅猛地`), never a term.
const PHRASE_CLOSERS: &str = "的地得着了过于在之第以与及或也都就还又再才并而吗呢吧啊么";

/// jieba's adverbial adjectives (tags `ad`, `vd`, frequency 100 and up, 2+ chars), which the
/// dictionary's four classes fold into verbs: before a verb they make a verb phrase
/// (`明确提出`, `积极探索`). The few of them that are mostly nouns or verbs are left out.
const ADVERBIALS: &str = "严厉 严格 仓促 仔细 充分 充实 全然 公开 公然 切实 努力 坚决 坚实 坦然 完全 密切 彻底 慌忙 持续 明确 显然 普遍 正式 正确 正面 直接 确切 确实 积极 突然 认真 详细 踊跃 迅猛 迅速 适时 顺便 顺利";

/// The class letter of a POS tag (the classes tools/build_dict.py keeps).
fn tag_class(tag: &str) -> char {
    if is_function_tag(tag) {
        'u'
    } else if is_noun_tag(tag) {
        'n'
    } else if is_modifier_tag(tag) {
        'a'
    } else {
        'v'
    }
}

/// Degree and time adverbs, the negation 未, prepositions and causatives (`由市`, `经市`,
/// `使糊`, `因假`), 创 of a record (`创近` of `创近一个月新高`), and 至, 后 and 等 of a clause's
/// joints (`至下` of `至下一出口`, `后持` of `后持刀`, `等算力` of `…等算力芯片`), 较 of a
/// comparison (`较前` of `较前一交易日`), 拟 of a plan (`拟派`) and 据 of a source (`据策` of
/// `据策展人`), which open an HMM-guessed fragment but may end a word (`卓越`, `逐渐`, `理由`, `首创`, `截至`, `最后`, `同等`).
const FRAGMENT_OPENERS: &str = "最越渐未暂欲由经使呈因创至后等较拟据";

/// The postposition 上, approximations (`7时40分许`), the verbs of reaching and a market's
/// rise and fall, which close an HMM-guessed fragment (`微博上`, `募资约`, `分许`, `点赞超`,
/// `开学季到`, `办结率达`, `成指涨`, `收跌`), but may open a word (`上合`, `多元`, `许可`, `超导`,
/// `到位`, `达标`, `涨幅`). Not 大, which ends names (`恒大`, `港中大`) as often as it opens the
/// next word (`中美大` of `中美大模型`). Other postpositions end technical terms (`焊后`, `脑内`, `车下`)
/// and stay.
const FRAGMENT_CLOSERS: &str = "上约多许超余到达涨跌";

/// Units a figure is written with in Latin letters (`10kV`, `128K`, `12dB`).
const LATIN_UNITS: &str = "v kv w kw kwh mw gw km m cm mm nm kg g mg t l ml k gb mb tb kb hz khz mhz ghz db mah ah h s ms px fps";

/// `八月`, `2025年`, `三大`, `第一`: numerals with a unit are not topics.
fn looks_like_date_or_number(word: &str) -> bool {
    const NUMERALS: &str = "0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两零〇几第";
    let mut chars = word.chars();
    chars.next().is_some_and(|c| NUMERALS.contains(c)) && chars.next().is_none_or(|c| NUMERALS.contains(c) || "年月日号时大项个次届点".contains(c))
}

/// A refused user word: its index in the list given, and why.
#[derive(Debug)]
pub(crate) struct WordError {
    pub index: usize,
    pub reason: String,
}

/// Why `w` cannot be a user word, naming the field as JS writes it.
fn check_word(w: &UserWord) -> Result<(), String> {
    if w.word.is_empty() || w.word.chars().any(char::is_whitespace) {
        return Err(format!("`word` must be non-empty and contain no whitespace, got {:?}", w.word));
    }
    let chars = w.word.chars().count();
    if chars > 64 {
        return Err(format!("`word` may have at most 64 chars, got {chars}"));
    }
    if w.freq == Some(0) {
        return Err("`freq` must be an integer >= 1, got 0".into());
    }
    if let Some(pos) = &w.pos {
        if pos.is_empty() || pos.len() > 8 || !pos.chars().all(|c| c.is_ascii_alphabetic()) {
            return Err(format!("`pos` must be a tag of 1-8 ASCII letters (e.g. n, nz, v), got {pos:?}"));
        }
    }
    Ok(())
}

/// Parses jieba's user dictionary format: `word [freq] [pos]` per line. Blank lines and
/// lines whose first non-blank char is `#` (comments) are skipped.
/// A metro or bus line is named by its number (`8号线`, `M1号线`): the number and `号线` are one
/// term, where the number alone is no word and `号线` alone is a unit.
fn lines(text: &str, tokens: Vec<Token>, vocab: &mut Vocab) -> Vec<Token> {
    if !text.contains("号线") {
        return tokens;
    }
    // A line's number has a digit and only letters besides (`8`, `M1`).
    let named = |number: &str| number.chars().any(|c| c.is_ascii_digit()) && number.chars().all(|c| c.is_ascii_alphanumeric());
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    for mut t in tokens {
        let piece = |t: &Token| text.get(t.start as usize..t.end as usize).unwrap_or_default();
        // The segmenter may glue `线` to what follows (`6` + `号` + `线西` + `延段`): the line
        // takes its `线`, and the rest is a word of its own.
        let glued = out.len() >= 2
            && piece(&out[out.len() - 1]) == "号"
            && out[out.len() - 1].end == t.start
            && out[out.len() - 2].end == out[out.len() - 1].start
            && piece(&t).len() > "线".len()
            && piece(&t).starts_with('线')
            && piece(&t) != "线路";
        if glued {
            let at = t.start + "线".len() as u32;
            let n = out[out.len() - 2];
            if named(piece(&n)) {
                let line = text.get(n.start as usize..at as usize).unwrap_or_default();
                let id = vocab.intern_candidate(line);
                out.truncate(out.len() - 2);
                out.push(Token { id, start: n.start, end: at, class: Class::Candidate });
                let rest = text.get(at as usize..t.end as usize).unwrap_or_default();
                let class = if rest.chars().count() >= 2 { Class::Candidate } else { Class::Morpheme };
                let id = vocab.intern(rest, || (class, false, true));
                t = Token { id, start: at, end: t.end, class: vocab.class[id as usize] };
            }
        }
        let joined = out.last().filter(|p| p.end == t.start && piece(&t) == "号线" && named(piece(p))).and_then(|p| text.get(p.start as usize..t.end as usize));
        match joined {
            Some(word) => {
                let id = vocab.intern_candidate(word);
                if let Some(p) = out.last_mut() {
                    *p = Token { id, start: p.start, end: t.end, class: Class::Candidate };
                }
            }
            None => out.push(t),
        }
    }
    out
}

/// The endings of drug names, after the common stems (`奥司他韦`, `替尔泊肽`, `帕博利珠单抗`,
/// `阿托伐他汀`, `多西环素`).
const DRUG_STEMS: [&str; 16] = ["韦", "肽", "单抗", "替尼", "沙星", "霉素", "西林", "他汀", "环素", "普利", "沙坦", "洛尔", "昔布", "司琼", "拉唑", "格列汀"];

/// Chars of transliterated drug names beyond those of people's names.
const DRUG_CHARS: &str = "司他替泊美珠瑞伐汀非环素肽单抗霉唑格列琼昔";

/// A drug's generic name is transliterated, and the segmenter cuts it into short words and
/// single chars (`奥司` + `他` + `韦`, `玛` + `巴洛` + `沙韦`): a run of such pieces that ends on
/// a drug stem is one term.
fn drug_names(text: &str, tokens: Vec<Token>, vocab: &mut Vocab) -> Vec<Token> {
    if !DRUG_STEMS.iter().any(|s| text.contains(s)) {
        return tokens;
    }
    let piece = |t: &Token| text.get(t.start as usize..t.end as usize).unwrap_or_default();
    let part = |t: &Token| {
        let p = piece(t);
        (1..=3).contains(&p.chars().count()) && p.chars().all(|c| crate::keywords::TRANSLITERATION.contains(c) || DRUG_CHARS.contains(c))
    };
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        // The longest run from here that ends on a stem, of 3 to 8 chars and two pieces or more.
        let mut end = None;
        let mut split = None;
        if part(&tokens[i]) && (i == 0 || !(part(&tokens[i - 1]) && tokens[i - 1].end == tokens[i].start)) {
            let mut k = i;
            while k + 1 < tokens.len() && tokens[k + 1].start == tokens[k].end && part(&tokens[k + 1]) {
                k += 1;
                let run = text.get(tokens[i].start as usize..tokens[k].end as usize).unwrap_or_default();
                if (3..=8).contains(&run.chars().count()) && DRUG_STEMS.iter().any(|s| run.ends_with(s)) {
                    end = Some(k);
                }
            }
            // Or on a stem the segmenter glued to the next char (`奥司` + `他` + `韦要`): the name ends
            // inside that token, and its last char stands alone.
            if let Some(next) = tokens.get(k + 1).filter(|n| end.is_none() && n.start == tokens[k].end && k > i) {
                let p = piece(next);
                let stem = ["韦", "肽"].iter().find(|s| p.starts_with(**s) && p.chars().count() == 2);
                let run = text.get(tokens[i].start as usize..next.start as usize).unwrap_or_default();
                if let Some(stem) = stem.filter(|_| (2..=7).contains(&run.chars().count())) {
                    split = Some((k + 1, next.start + stem.len() as u32));
                }
            }
        }
        if let Some((k, at)) = split {
            let word = text.get(tokens[i].start as usize..at as usize).unwrap_or_default();
            let rest = text.get(at as usize..tokens[k].end as usize).unwrap_or_default();
            let id = vocab.intern_candidate(word);
            out.push(Token { id, start: tokens[i].start, end: at, class: Class::Candidate });
            let rest_id = vocab.intern(rest, || (Class::Other, false, false));
            out.push(Token { id: rest_id, start: at, end: tokens[k].end, class: Class::Other });
            i = k + 1;
            continue;
        }
        match end.and_then(|k| text.get(tokens[i].start as usize..tokens[k].end as usize).map(|w| (k, w))) {
            Some((k, word)) => {
                let id = vocab.intern_candidate(word);
                out.push(Token { id, start: tokens[i].start, end: tokens[k].end, class: Class::Candidate });
                i = k + 1;
            }
            None => {
                out.push(tokens[i]);
                i += 1;
            }
        }
    }
    out
}

pub fn parse_user_dict(text: &str) -> Result<Vec<UserWord>, Error> {
    match parse_user_dict_lines(text) {
        Ok(words) => Ok(words.into_iter().map(|(_, w)| w).collect()),
        Err((line, reason)) => Err(Error::Dictionary(format!("user dictionary line {line}: {reason}"))),
    }
}

/// [`parse_user_dict`] with each word's 1-based line number, and the failing line's number.
pub(crate) fn parse_user_dict_lines(text: &str) -> Result<Vec<(usize, UserWord)>, (usize, String)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let n = n + 1;
        let mut parts = line.split_whitespace();
        let Some(word) = parts.next() else { continue };
        if word.starts_with('#') {
            continue;
        }
        let mut freq = None;
        let mut pos = None;
        for part in parts.by_ref().take(2) {
            if freq.is_none() && pos.is_none() && part.chars().all(|c| c.is_ascii_digit()) {
                // Saturate at 2^32 - 1 so a huge count means the same natively and in wasm.
                let f = part
                    .parse::<u64>()
                    .ok()
                    .filter(|&f| f >= 1)
                    .map(|f| f.min(u64::from(u32::MAX)) as usize)
                    .or_else(|| (part.len() > 19 && part.bytes().any(|b| b != b'0')).then_some(u32::MAX as usize));
                freq = Some(f.ok_or_else(|| (n, format!("bad frequency `{part}`")))?);
            } else if pos.is_none() {
                pos = Some(part.to_string());
            } else {
                return Err((n, "expected `word [freq] [pos]`".into()));
            }
        }
        if parts.next().is_some() {
            return Err((n, "expected `word [freq] [pos]`".into()));
        }
        let w = UserWord { word: word.to_string(), freq, pos };
        check_word(&w).map_err(|reason| (n, reason))?;
        out.push((n, w));
    }
    Ok(out)
}

/// The words of one document, interned in order of first appearance.
#[derive(Default)]
pub struct Vocab {
    ids: FxHashMap<String, u32>,
    pub words: Vec<String>,
    pub class: Vec<Class>,
    /// A set phrase (`Tokenizer::is_phrase`): it weighs in the word graph and the summary as
    /// before, but is never shown as a keyword, as a journalist would not call it one.
    pub phrase: Vec<bool>,
    /// A noun, a guessed word or a merged compound: it may be a piece of a longer name.
    pub open: Vec<bool>,
}

impl Vocab {
    /// The id of a word of this text, if it has one.
    pub fn id(&self, word: &str) -> Option<u32> {
        self.ids.get(word).copied()
    }

    fn intern(&mut self, word: &str, class: impl FnOnce() -> (Class, bool, bool)) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = self.words.len() as u32;
        let (class, phrase, open) = class();
        self.ids.insert(word.to_string(), id);
        self.words.push(word.to_string());
        self.class.push(class);
        self.phrase.push(phrase);
        self.open.push(open);
        id
    }

    /// Whether `word` is a word of the text.
    pub fn contains(&self, word: &str) -> bool {
        self.ids.contains_key(word)
    }

    /// Interns a merged compound as a keyword candidate.
    pub fn intern_candidate(&mut self, word: &str) -> u32 {
        let id = self.intern(word, || (Class::Candidate, false, true));
        self.class[id as usize] = Class::Candidate;
        id
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dict;
    use std::sync::OnceLock;

    pub fn shared() -> &'static Tokenizer {
        static T: OnceLock<Tokenizer> = OnceLock::new();
        T.get_or_init(|| Tokenizer::new(dict::load(dict::EMBEDDED).unwrap()))
    }

    fn classes(text: &str) -> Vec<(String, Class)> {
        let mut v = Vocab::default();
        let toks = shared().tokenize(text, &mut v, &FxHashSet::default());
        toks.iter().map(|t| (v.words[t.id as usize].clone(), t.class)).collect()
    }

    #[test]
    fn nouns_are_candidates_verbs_are_content_function_words_are_not() {
        let got = classes("国家卫生健康委推动健康老龄化和安宁疗护发展");
        let find = |w: &str| got.iter().find(|(x, _)| x == w).map(|x| x.1);
        assert_eq!(find("国家卫生健康委"), Some(Class::Candidate), "a body's name (tools/supplement.txt): {got:?}");
        assert_eq!(find("推动"), Some(Class::Other), "generic verb is a stop word: {got:?}");
        assert_eq!(find("疗护"), Some(Class::Candidate), "unknown Han word stays a candidate: {got:?}");
        assert_eq!(find("健康"), Some(Class::Modifier), "adjective: {got:?}");
        assert_eq!(find("和"), Some(Class::Other), "single function char: {got:?}");
    }

    #[test]
    fn numbers_dates_lower_case_ascii_and_punctuation_are_out() {
        let got = classes("2025年8月26日，AI产业在三大领域迅速发展，用量以kg计。");
        for (w, c) in &got {
            let expected = match w.as_str() {
                "AI" | "产业" | "领域" | "发展" | "用量" => Class::Candidate,
                "计" => Class::Morpheme,
                "迅速" => Class::Verb, // an adverbial adjective (`ad`)
                _ => Class::Other,
            };
            assert_eq!(*c, expected, "{w} in {got:?}");
        }
    }

    #[test]
    fn a_capital_that_only_opens_a_sentence_marks_no_name() {
        let got = classes("The platform is in Guangdong. It uses HE staining and IT systems.");
        let find = |w: &str| got.iter().find(|(x, _)| x == w).map(|x| x.1);
        assert_eq!(find("The"), Some(Class::Other), "{got:?}");
        assert_eq!(find("It"), Some(Class::Other), "{got:?}");
        assert_eq!(find("Guangdong"), Some(Class::Candidate), "{got:?}");
        assert_eq!(find("HE"), Some(Class::Candidate), "an acronym: {got:?}");
        assert_eq!(find("IT"), Some(Class::Candidate), "an acronym: {got:?}");
    }

    #[test]
    fn an_adverb_the_dictionary_tags_a_noun_is_no_keyword() {
        // jieba's dictionary has `日益 n`, `大力 n`, `全面 n`.
        let got = classes("随着峰会日益临近，天津大力推进全面准备，迎接盛会的氛围日益浓厚。");
        for adverb in ["日益", "大力", "全面"] {
            assert_eq!(got.iter().find(|(w, _)| w == adverb).map(|x| x.1), Some(Class::Other), "{adverb}: {got:?}");
        }
    }

    #[test]
    fn the_verbs_and_measures_of_official_news_are_no_keywords() {
        let got = classes(
            "总理主持召开会议，要求加大支持力度，继续着力稳就业。会议印发通知，公布并发布了新举措，启动试点。业内人士预计全年惠及百万人，累计新增岗位十万个，与上年持平。地点：北京。",
        );
        for generic in ["主持", "召开", "加大", "力度", "继续", "着力", "印发", "公布", "发布", "启动", "业内人士", "预计", "惠及", "累计", "持平", "地点"]
        {
            assert_eq!(got.iter().find(|(w, _)| w == generic).map(|x| x.1), Some(Class::Other), "{generic}: {got:?}");
        }
        assert_eq!(got.iter().find(|(w, _)| w == "岗位").map(|x| x.1), Some(Class::Candidate), "{got:?}");
        // These stay: they make terms (`时间序列`, `总体规划`) or may be the topic (`模型部署`, Gundam).
        let got = classes("住院时间与时间序列分析。总体来看，模型部署与高达模型热销。");
        for word in ["时间", "总体", "部署", "高达"] {
            assert!(got.iter().any(|(w, c)| w.contains(word) && *c != Class::Other), "{word}: {got:?}");
        }
    }

    #[test]
    fn each_stop_word_is_listed_once() {
        // A second copy hides from whoever takes the first one out.
        let mut seen = std::collections::HashSet::new();
        let twice: Vec<&str> = STOP_WORDS.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).filter(|w| !seen.insert(*w)).collect();
        assert!(twice.is_empty(), "listed twice: {twice:?}");
    }
    #[test]
    fn a_company_form_or_title_by_a_latin_name_is_no_keyword() {
        let got = classes("苹果公司（Apple Inc.）首席执行官Tim Cook表示，Mr. Cook与Foxconn Ltd.和CO排放无关。");
        let find = |w: &str| got.iter().find(|(x, _)| x == w).map(|x| x.1);
        for form in ["Inc", "Mr", "Ltd"] {
            assert_eq!(find(form), Some(Class::Other), "{form}: {got:?}");
        }
        for name in ["Apple", "Cook", "Foxconn", "CO"] {
            assert_eq!(find(name), Some(Class::Candidate), "{name}: {got:?}");
        }
    }

    #[test]
    fn hmm_fragments_glued_to_function_chars_are_not_candidates() {
        let got = classes("注册资金已连本带息归还社保基金");
        assert!(got.iter().any(|(w, _)| w.starts_with('已') && w.chars().count() > 1), "the HMM glues 已: {got:?}");
        for (w, c) in &got {
            if w.starts_with('已') {
                assert_eq!(*c, Class::Other, "{w} in {got:?}");
            }
        }
        // `不愿`, `另据`, `要裁`, `我爸` are guessed words too, and no keywords.
        for (text, fragment) in
            [("很多厂家不愿生产", "不愿"), ("另据国土部法律中心消息", "另据"), ("海尔今年要裁掉1万名", "要裁"), ("你知道我爸是谁啊", "我爸")]
        {
            let got = classes(text);
            let found = got.iter().find(|(w, _)| w == fragment);
            assert_eq!(found.map(|x| x.1), Some(Class::Other), "{fragment} in {got:?}");
        }
    }

    #[test]
    fn guesses_opened_by_a_preposition_or_closed_by_a_verb_of_reaching_are_not_candidates() {
        for (text, fragment) in [
            ("【真相】经市水务集团核实，该消息不实", "经市"),
            ("市卫健委会同教育局，由市疾控中心开展专项检查", "由市"),
            ("全年受理20余万件，办结率达99%。", "率达"),
            ("开学季到了，不少家长开始挑书", "季到"),
            ("按照车流优先级由高到低，逐步限定", "由高到"),
            ("父权主义的深层积淀，一不留神作了展陈。", "作了展"),
            ("深证成指涨1.58%，恒生指数收涨0.86%。", "成指涨"),
            ("深证成指涨1.58%，恒生指数收涨0.86%。", "收涨"),
            ("沪指创近一个月新高。", "创近"),
            ("7时40分许，火箭点火升空。", "分许"),
            ("错过出口请继续前行至下一出口", "至下"),
            ("后持水果刀将妻子刺伤", "后持"),
            ("寒武纪、海光信息等算力芯片股涨幅居前", "等算力"),
            // A count's unit glued to the next word, after its number.
            ("灾害已造成8人遇难、14人失联。", "人失联"),
            ("现场投入救援力量1600余人。", "余人"),
        ] {
            let got = classes(text);
            let found = got.iter().find(|(w, _)| w == fragment);
            assert_eq!(found.map(|x| x.1), Some(Class::Other), "{fragment} in {got:?}");
        }
        // A name may end on 大.
        let got = classes("港中大今日公布新学年招生计划。");
        assert!(got.iter().any(|(w, c)| w == "港中大" && *c == Class::Candidate), "{got:?}");
    }

    #[test]
    fn user_frequencies_are_capped_and_budgeted() {
        let mut t = shared().clone();
        let word = |w: &str, f: usize| UserWord { word: w.into(), freq: Some(f), pos: None };
        assert!(t.add_user_words(&[word("甲乙", usize::MAX)]).is_ok(), "one huge frequency is capped");
        let many: Vec<UserWord> = (0..30).map(|i| word(&format!("词{i}"), 100_000_000)).collect();
        let e = t.try_add_user_words(&many).unwrap_err();
        assert!(e.reason.contains("add up to at most 2000000000"), "{e:?}");
        assert_eq!(e.index, 19, "after the first 1e8, 19 more fit and the 20th (index 19) does not");
        assert!(!t.jieba.has_word("词0"), "a refused batch adds nothing");
        // A word in traditional chars also adds its simplified twin, free of charge.
        let mut t = shared().clone();
        let trad: Vec<UserWord> = (0..15).map(|i| word(&format!("詞{i}"), 100_000_000)).collect();
        assert!(t.add_user_words(&trad).is_ok());
        assert!(t.jieba.has_word("詞3") && t.jieba.has_word("词3"));
    }

    #[test]
    fn user_dictionary_format() {
        let words = parse_user_dict("安宁疗护 100 n\n\n中试基地\n大模型 nz\n").unwrap();
        assert_eq!(words.len(), 3);
        assert_eq!(words[0].freq, Some(100));
        assert_eq!(words[2].pos.as_deref(), Some("nz"));
        assert!(parse_user_dict("词 0").unwrap_err().to_string().contains("line 1"));
        assert!(parse_user_dict("词 1 n extra").is_err());
        let words = parse_user_dict_lines("# 自定义词 n\n  #大模型\n安宁疗护 100 n\n").unwrap();
        assert_eq!(words.iter().map(|(n, w)| (*n, w.word.as_str())).collect::<Vec<_>>(), [(3, "安宁疗护")], "comment lines are skipped");
    }

    #[test]
    fn word_classes_tell_nouns_from_verbs() {
        assert_eq!(shared().word_classes("法官表示"), "nv");
        assert_eq!(shared().word_classes("三楼报告厅"), "nn");
        assert_eq!(shared().word_classes("共计人民币12.6万元"), "vnuu");
        // An idiom has its own tag, but reads as other content, as it did before it had one.
        assert_eq!(shared().word_classes("时过境迁"), "v");
    }

    #[test]
    fn column_break_inside_a_word_is_detected() {
        assert!(shared().forms_word("有助于推动人", "工智能赋能高质量发展。"));
        assert!(!shared().forms_word("1949年沈荃率湘西军政人员", "向中共投诚，"));
    }
}
