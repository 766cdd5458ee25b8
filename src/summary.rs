//! The document model, the sentence graph, and the choice of summary sentences:
//! TextRank centrality blended with keyword coverage, position within the story
//! and closeness to the headline; then MMR for redundancy and the length budget.

use crate::keywords::{self, Terms};
use crate::normalize::{self, is_han};
use crate::rank::{pagerank, Graph};
use crate::sentences;
use crate::simplify;
use crate::stories::{self, Role};
use crate::tokens::{Class, Token, Tokenizer, Vocab};
use crate::Options;
use libm::{log, pow};
use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;

/// A sentence unit: a body sentence, or a whole non-body line.
pub struct Unit {
    /// Byte range in the original input.
    pub start: usize,
    pub end: usize,
    pub role: Role,
    pub story: usize,
    /// What a reader sees (line breaks mended); tokens index into it.
    pub text: String,
    pub tokens: Vec<Token>,
}

impl Unit {
    /// Units whose words describe the story: body, headlines and questions.
    pub fn in_text(&self) -> bool {
        matches!(self.role, Role::Body | Role::Caption | Role::Headline { .. } | Role::Question)
    }
}

pub struct StoryInfo {
    pub start: usize,
    pub end: usize,
    /// The story's units: they are contiguous, in document order.
    pub units: std::ops::Range<usize>,
    /// Unit index of the story's headline.
    pub title: Option<usize>,
}

pub struct Document {
    pub units: Vec<Unit>,
    pub stories: Vec<StoryInfo>,
    pub vocab: Vocab,
    /// The user's stop words (`Options::stop_words`), as given and simplified.
    pub extra_stop: FxHashSet<String>,
}

impl Document {
    pub fn analyze(text: &str, tokenizer: &Tokenizer, options: &Options) -> Document {
        // A leading BOM (a JS string read from a file that had one) is no part of the layout,
        // like leading whitespace: the rest is laid out as if alone, so its first line is
        // still a headline, and every offset is then moved back onto the text as given.
        let skip = if text.starts_with('\u{FEFF}') { '\u{FEFF}'.len_utf8() } else { 0 };
        let mut doc = Document::analyze_from(&text[skip..], tokenizer, options);
        if skip > 0 {
            for u in &mut doc.units {
                u.start += skip;
                u.end += skip;
            }
            for s in &mut doc.stories {
                s.start += skip;
                s.end += skip;
            }
        }
        doc
    }

    fn analyze_from(text: &str, tokenizer: &Tokenizer, options: &Options) -> Document {
        // A traditional text is read in simplified chars at the same byte offsets: the
        // layout, the splitter and the segmenter see `view`; units keep what was pasted.
        let spaced = normalize::plain_spaces(text);
        let view = match simplify::view(&spaced) {
            Cow::Owned(v) => Cow::Owned(v),
            Cow::Borrowed(_) => spaced.clone(),
        };
        let lines = normalize::lines(&view);
        let (blocks, spans) = stories::layout(&view, &lines, &|a, b| tokenizer.forms_word(a, b), &|s| tokenizer.word_classes(s));
        let extra_stop: FxHashSet<String> = options.stop_words.iter().flat_map(|w| [w.clone(), simplify::to_simplified(w).into_owned()]).collect();
        let mut vocab = Vocab::default();
        let mut units = Vec::new();
        let mut unit_of_block = Vec::with_capacity(blocks.len());
        for b in &blocks {
            unit_of_block.push(units.len());
            let ranges = if b.role.is_prose() { sentences::split(&view, b.start, b.end) } else { vec![(b.start, b.end)] };
            for (k, &(s, e)) in ranges.iter().enumerate() {
                let s = if b.role == Role::Body { s + page_run_len(&view[s..e]) } else { s };
                let reader = normalize::reader_text(text, s, e);
                // A source note that stands as a sentence of its own (`(分享自@证券网)`, `（法制晚报）`)
                // says where the text came from, like a credit line.
                let role = match b.role {
                    Role::Body
                        if is_source_note(&reader)
                            || is_task_owner(&reader)
                            || is_stage_direction(&reader)
                            || stories::is_picture_source(&reader)
                            || is_post_chrome(&reader)
                            || is_ceremony(&reader) && !reader.ends_with(['？', '?'])
                            || is_turn_label(&reader) =>
                    {
                        Role::Credit
                    }
                    Role::Body if stories::is_collection_caption(&reader) => Role::Caption,
                    // A numbered part's head run into its paragraph, as official documents set it:
                    // `（一）开齐开足上好体育课。义务教育阶段学校要…。`
                    // Not the first of items in a row (`1.选择合适的联合创始人。2.开发…。`).
                    Role::Body if k == 0 && is_run_in_head(&reader) && ranges.get(1).is_some_and(|&(n, _)| !stories::opens_numbered(&view[n..])) => {
                        Role::Headline { sub: true }
                    }
                    role => role,
                };
                let tokens = if matches!(role, Role::Body | Role::Caption | Role::Headline { .. } | Role::Question) {
                    let read = match &view {
                        Cow::Borrowed(_) => Cow::Borrowed(reader.as_str()),
                        Cow::Owned(v) => Cow::Owned(normalize::reader_text_of(text, v, s, e)),
                    };
                    tokenizer.tokenize(&read, &mut vocab, &extra_stop)
                } else {
                    Vec::new()
                };
                units.push(Unit { start: s, end: e, role, story: b.story, text: reader, tokens });
            }
        }
        keywords::merge_compounds(&mut units, &mut vocab, &options.tuning, &|w| tokenizer.is_stop(w) || extra_stop.contains(w), &|w| tokenizer.knows(w));
        keywords::resolve_acronyms(&mut units, &mut vocab);
        let mut ranges: Vec<Option<std::ops::Range<usize>>> = vec![None; spans.len()];
        for (i, u) in units.iter().enumerate() {
            if let Some(slot) = ranges.get_mut(u.story) {
                slot.get_or_insert(i..i).end = i + 1;
            }
        }
        let stories = spans
            .iter()
            .zip(ranges)
            .map(|(s, units)| StoryInfo { start: s.start, end: s.end, units: units.unwrap_or(0..0), title: s.title.map(|b| unit_of_block[b]) })
            .collect();
        let mut doc = Document { units, stories, vocab, extra_stop };
        split_at_topic_shifts(&mut doc, text, tokenizer);
        doc
    }
}

/// Below this, a section under a sub-headline shares too little with the one above it to be
/// the same story (weighted term overlap, see `split_at_topic_shifts`). A feature's sections
/// share its names and subject (0.2–0.3 on the review pastes); a digest's items 0–0.09.
const SAME_STORY: f64 = 0.1;
/// Content terms each side needs for its words to tell: a notice's short section
/// (`查询方式` over two sentences) says too little.
const MIN_TERMS: usize = 8;
/// The same for a sub-headline set off by a blank line from its text as well, as a feature's
/// are (a feature on one county: 0.06 and more).
const SAME_STORY_SET_OFF: f64 = 0.04;

/// A bulletin whose stories are one blank line apart, each a headline right over its text
/// (`一季度经济数据发布` / `国家统计局今天发布数据，…`, then `南方强降雨持续` / `中央气象台…`),
/// is laid out like one story with sub-headlines. Their words tell them apart: a sub-headline
/// whose section shares next to no content term with the section above it heads a story of
/// its own. Set off by a blank line from its text too, as a feature's section heads are, it
/// must share less still. A numbered head (`一、`, `（二）`) divides one document, whatever its
/// words.
fn split_at_topic_shifts(doc: &mut Document, text: &str, tokenizer: &Tokenizer) {
    let units = &doc.units;
    // Lines between the sub-headline and its text: 1 right over it, 2 a blank line apart.
    let gap = |h: usize| units.get(h + 1).filter(|n| n.role == Role::Body).and_then(|n| text.get(units[h].end..n.start)).map(|g| g.matches('\n').count());
    // The role first: this is asked of every unit.
    let headed = |h: usize| {
        if units[h].role != (Role::Headline { sub: true }) {
            return false;
        }
        let t = &units[h].text;
        let t = &t[stories::item_mark_len(t)..];
        // Not a speaker's label in brackets (`【南方日报记者】`, `【新课标II卷】`).
        let label = t.starts_with('【') && t.ends_with('】') && t.chars().count() <= 10;
        stories::looks_like_headline(t) && !label && !stories::is_section_head(&units[h].text) && gap(h).is_some_and(|g| g <= 2)
    };
    let terms = |r: std::ops::Range<usize>| -> FxHashSet<u32> {
        r.filter(|&j| units[j].in_text()).flat_map(|j| units[j].tokens.iter().filter(|t| t.class == Class::Candidate)).map(|t| t.id).collect()
    };
    let idf = |t: &u32| tokenizer.idf(&doc.vocab.words[*t as usize]);
    let mut starts: Vec<usize> = Vec::new();
    let weight = |m: &FxHashSet<u32>| m.iter().map(idf).sum::<f64>();
    for st in &doc.stories {
        let r = st.units.clone();
        // Only under some text: a headline over the story's first text heads it already.
        let Some(first_body) = r.clone().find(|&j| units[j].role == Role::Body) else { continue };
        let heads: Vec<usize> = (first_body + 1..r.end).filter(|&h| headed(h)).collect();
        // Each section's terms are gathered once: the one below a head is above the next.
        let mut above = terms(r.start..heads.first().copied().unwrap_or(r.end));
        for (k, &h) in heads.iter().enumerate() {
            let below = terms(h..heads.get(k + 1).copied().unwrap_or(r.end));
            let shared: f64 = above.intersection(&below).map(idf).sum();
            let least = weight(&above).min(weight(&below));
            let bar = if gap(h) == Some(1) { SAME_STORY } else { SAME_STORY_SET_OFF };
            if above.len() >= MIN_TERMS && below.len() >= MIN_TERMS && least > 0.0 && shared / least < bar {
                starts.push(h);
            }
            above = below;
        }
    }
    if starts.is_empty() {
        return;
    }
    let mut stories = Vec::with_capacity(doc.stories.len() + starts.len());
    let mut cuts = starts.iter().copied().peekable();
    for st in std::mem::take(&mut doc.stories) {
        let mut cur = st;
        while let Some(h) = cuts.next_if(|&h| cur.units.contains(&h)) {
            let end = doc.units[cur.units.start..h].iter().map(|u| u.end).max().unwrap_or(cur.start);
            let rest = StoryInfo { start: doc.units[h].start, end: cur.end, units: h..cur.units.end, title: Some(h) };
            stories.push(StoryInfo { end, units: cur.units.start..h, ..cur });
            cur = rest;
        }
        stories.push(cur);
    }
    for (k, st) in stories.iter().enumerate() {
        for u in &mut doc.units[st.units.clone()] {
            u.story = k;
        }
        if let Some(t) = st.title {
            if st.units.start == t {
                doc.units[t].role = Role::Headline { sub: false };
            }
        }
    }
    doc.stories = stories;
}

/// A chosen sentence: unit index and its score.
pub struct Picked {
    pub unit: usize,
    pub score: f64,
}

/// Neighbours kept per sentence, so the graph stays sparse on long input.
const TOP_NEIGHBOURS: usize = 30;
/// Term-set cosine at which a sentence nearly repeats a chosen one (redundancy control on).
const NEAR_REPEAT: f64 = 0.8;
/// Sentences shorter than this (Han chars, a Latin word counting 2) are picked only when
/// their story has no longer ones, or when the summary asks for more sentences than the
/// longer ones of the whole text make.
const MIN_HAN: usize = 6;

struct Candidate {
    unit: usize,
    story: usize,
    terms: Vec<u32>,
    score: f64,
    chars: usize,
    /// A fragment (`好的。`, `科技创新。`) in a story that has longer sentences.
    short: bool,
    /// Ends on a sentence end: only such a sentence claims its story a place in the summary.
    stated: bool,
    features: Features,
}

/// What the blend is made of, for the tuning harness.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Features {
    pub unit: usize,
    pub story: usize,
    /// Sentence TextRank relative to the story's best.
    pub rank: f64,
    /// Char bigrams shared with the story's other sentences, relative to the story's best.
    pub shared: f64,
    /// Sum of the keyword weights of the sentence's distinct terms.
    pub keyword_sum: f64,
    pub terms: usize,
    /// Position among the story's candidate sentences, and how many there are.
    pub position: usize,
    pub story_sentences: usize,
    pub chars: usize,
    /// Share of the headline's terms the sentence contains.
    pub title: f64,
}

/// A text with no body sentence at all (a list of short lines, a chat log, subtitles) is
/// summarized from its headline-like lines instead of coming back empty.
fn headlines_only(doc: &Document) -> bool {
    !doc.units.iter().any(|u| u.role == Role::Body)
}

fn wanted_count(doc: &Document, options: &Options) -> usize {
    let body_count = if headlines_only(doc) {
        doc.units.iter().filter(|u| matches!(u.role, Role::Headline { .. })).count()
    } else {
        doc.units.iter().filter(|u| u.role.is_prose()).count()
    };
    match (options.sentences, options.ratio) {
        (_, Some(r)) if body_count > 0 => ((r * body_count as f64).ceil() as usize).max(1),
        (_, Some(_)) => 0,
        (Some(n), None) => n,
        (None, None) => crate::options::DEFAULT_SENTENCES,
    }
}

/// How much each story outranks the next when not every story gets a sentence: a near-tie
/// goes to the earlier story (measured on the dev bulletins at 1-3 sentences: the first story
/// is in the summary of 40 of 60 at one sentence, was 27; the picks' ROUGE-L against their
/// stories moves within ±1 either way).
const STORY_ORDER: f64 = 0.1;

/// Chooses the summary sentences, returned in document order.
#[inline(never)]
pub fn select(doc: &Document, terms: &Terms, options: &Options) -> Vec<Picked> {
    let wanted = wanted_count(doc, options);
    if wanted == 0 {
        return Vec::new();
    }
    let mut cands = candidates(doc, terms, options);
    // With more stories than sentences, not every story gets one: a page leads with what
    // matters most, so an earlier story's sentence outranks a later one's of about the same
    // score (the first of four flashes, not only the last three).
    if options.per_story {
        let mut order: Vec<usize> = cands.iter().filter(|c| !c.short).map(|c| c.story).collect();
        order.sort_unstable();
        order.dedup();
        if order.len() > wanted {
            for c in &mut cands {
                let rank = order.binary_search(&c.story).unwrap_or(order.len());
                c.score /= 1.0 + STORY_ORDER * rank as f64;
            }
        }
    }
    let mut picked = choose(&cands, wanted, options);
    picked.sort_by_key(|p| p.unit);
    picked
}

/// The features of every candidate sentence (tuning harness only).
pub fn features(doc: &Document, terms: &Terms, options: &Options) -> Vec<Features> {
    candidates(doc, terms, options).into_iter().filter(|c| !c.short).map(|c| c.features).collect()
}

/// Every sentence that may enter the summary, scored.
#[inline(never)]
fn candidates(doc: &Document, terms: &Terms, options: &Options) -> Vec<Candidate> {
    let headlines = options.headlines || headlines_only(doc);
    // Of a paste of tables, their titles tell what they hold; a row only where nothing else does.
    let row = |u: &Unit| crate::stories::is_table_row(&u.text) && !crate::stories::is_table_caption(&u.text);
    // A listing's page title over its rows (`上市公司公告` / `603517	泓屿电器	关于…的公告	2025-06-20`)
    // leaves the rows to tell what it lists.
    let (rows, plain) =
        doc.units.iter().filter(|u| matches!(u.role, Role::Headline { .. })).fold((0, 0), |(r, p), u| if row(u) { (r + 1, p) } else { (r, p + 1) });
    let rows_only = headlines && (plain == 0 || plain == 1 && rows >= 3);
    let eligible = |u: &Unit| {
        u.role == Role::Body
            && !is_byline_sentence(&u.text)
            && !is_filing_assurance(&u.text)
            && !crate::stories::is_disclaimer(&u.text)
            && !crate::stories::is_mention_line(&u.text)
            || headlines && matches!(u.role, Role::Headline { .. }) && (rows_only || !row(u))
    };
    let t = &options.tuning;
    let mut cands: Vec<Candidate> = Vec::new();
    let mut shorts: Vec<(usize, usize)> = Vec::new();
    let lead_in = |i: usize| is_lead_in(&doc.units[i].text) || is_ceremony(&doc.units[i].text);
    // Each story's eligible sentences, split into statements and fragments.
    let parts: Vec<(Vec<usize>, Vec<usize>)> = (0..doc.stories.len())
        .map(|story| {
            let units: Vec<usize> = doc.stories[story].units.clone().filter(|&i| eligible(&doc.units[i])).collect();
            // In a Chinese story, a sentence in Latin letters only is preferred less: the English
            // only fills in (see `is_latin`).
            let latin = |i: usize| is_latin(&doc.units[i]);
            let chinese = is_chinese_with_latin(doc, &units);
            // Words set apart by spaces, with no clause and no end (`北岛以北 评论 远山灯火　★★★★☆　2025-05-03`,
            // `HR经理 · 刚刚活跃`) are a page's labels, not a statement: they wait with the fragments.
            // A headline may have one space for its comma (`…“海川3.0” 循环寿命提升至12000次`).
            let label = |i: usize| {
                let s = doc.units[i].text.trim();
                let gaps = s.split(char::is_whitespace).filter(|p| !p.is_empty()).count().saturating_sub(1);
                gaps >= 2 && !s.ends_with(['。', '！', '？', '!', '?', '…', '”', '；', ';']) && !s.contains(['，', ',', '；', ';', '。'])
            };
            units.iter().partition(|&&i| !(content_len(&doc.units[i].text) < MIN_HAN || lead_in(i) || label(i) || chinese && latin(i)))
        })
        .collect();
    // Where any story has a statement, a story of fragments only (a page's `首页` between its
    // section headers) has none to give: its fragments fill in, like every other.
    let any_statement = parts.iter().any(|(substantial, _)| !substantial.is_empty());
    for (story, (substantial, short)) in parts.into_iter().enumerate() {
        let title_terms: FxHashSet<u32> = doc.stories[story].title.map(|t| term_set(&doc.units[t]).into_iter().collect()).unwrap_or_default();
        // Without a statement anywhere, the fragments are what the text says.
        let units = if !any_statement {
            short
        } else {
            // Only a whole sentence may fill in: `科技创新。`, not `（南方日报）` or `详见，`; and
            // a lead-in that would be a sentence but for its role (not `附表：`).
            let whole = |i: &usize| {
                doc.units[*i].text.trim_end_matches(['”', '’', '」', '』', '"', '）', ')']).ends_with(['。', '！', '？', '!', '?', '…', '.', '~', '～'])
                    || lead_in(*i) && content_len(&doc.units[*i].text) >= MIN_HAN && !is_turn_label(&doc.units[*i].text)
            };
            // A host's or a notice's formula (`谢谢你的提问。`, `以上就是今天…的主要内容。`) says
            // nothing of the news: a shorter summary is better than one padded with it.
            shorts.extend(
                short.into_iter().filter(whole).filter(|&i| !is_closing_formula(&doc.units[i].text) && !is_ceremony(&doc.units[i].text)).map(|i| (i, story)),
            );
            substantial
        };
        // A photo's caption tells what the picture shows: it fills in, like a fragment.
        shorts.extend(doc.stories[story].units.clone().filter(|&i| doc.units[i].role == Role::Caption).map(|i| (i, story)));
        let sets: Vec<Vec<u32>> = units.iter().map(|&i| term_set(&doc.units[i])).collect();
        let rank = sentence_rank(&sets, t.bm25);
        let max_rank = rank.iter().copied().fold(0.0, f64::max);
        let shared = shared_bigrams(units.iter().map(|&i| doc.units[i].text.as_str()), t.bigram_length, t.shared_window);
        let max_shared = shared.iter().copied().fold(0.0, f64::max);
        for (k, &i) in units.iter().enumerate() {
            let f = Features {
                unit: i,
                story,
                rank: if max_rank > 0.0 { rank[k] / max_rank } else { 0.0 },
                shared: if max_shared > 0.0 { shared[k] / max_shared } else { 0.0 },
                keyword_sum: sets[k].iter().map(|&t| terms.weight(t)).sum::<f64>(),
                terms: sets[k].len(),
                position: k,
                story_sentences: units.len(),
                chars: doc.units[i].text.chars().count(),
                title: if title_terms.is_empty() { 0.0 } else { sets[k].iter().filter(|t| title_terms.contains(t)).count() as f64 / title_terms.len() as f64 },
            };
            let coverage = f.keyword_sum / pow(1.0 + f.terms as f64, t.coverage_norm);
            let position = 1.0 / pow(1.0 + k as f64, t.position_decay);
            let score = t.w_rank * f.rank
                + t.w_keywords * coverage
                + t.w_position * position
                + t.w_title * f.title
                + t.w_shared * f.shared / pow(1.0 + k as f64, t.shared_decay);
            let stated = ends_sentence(&doc.units[i].text);
            cands.push(Candidate { unit: i, story, terms: sets[k].clone(), score, chars: f.chars, short: false, stated, features: f });
        }
    }
    // A sentence repeated word for word adds nothing: only its first copy may be picked.
    let mut seen: FxHashSet<&str> = FxHashSet::default();
    cands.retain(|c| seen.insert(doc.units[c.unit].text.as_str()));
    let mut lengths: Vec<usize> = cands.iter().map(|c| c.chars).collect();
    lengths.sort_unstable();
    let median = lengths.get(lengths.len() / 2).copied().unwrap_or(0) as f64;
    let long = if t.relative_long > 0.0 { (t.relative_long * median).max(t.long_chars) } else { t.long_chars };
    // Whether each story has a statement besides its numbered items, asked once per story.
    let mut stated: Vec<Option<bool>> = vec![None; doc.stories.len()];
    for c in &mut cands {
        c.score *= length_factor(c.chars as f64, t.short_chars, long, t.long_power);
        let field = is_field_line(doc, c.unit);
        let listed = is_listed_line(doc, c.unit, field, &mut stated);
        if is_list_item(&doc.units[c.unit].text) || listed || is_resume_line(&doc.units[c.unit].text) {
            c.score *= t.list_factor;
            // A form's or a spec sheet's field fills in after every statement, like a fragment.
            c.short |= listed && field;
        }
        if opens_on_pronoun(&doc.units[c.unit].text) {
            c.score *= t.anaphora_factor;
        }
        // A line with no sentence end is most often a page's own (a label, a link, a
        // signature): on the review pastes seven in ten such picks were furniture, against
        // one in six of whole sentences. It yields to a statement of like weight.
        if !c.stated {
            c.score *= t.unended_factor;
        }
    }
    // Fragments come last, by their keywords (see `choose`).
    for (i, story) in shorts {
        if !seen.insert(doc.units[i].text.as_str()) {
            continue;
        }
        let set = term_set(&doc.units[i]);
        let keyword_sum = set.iter().map(|&t| terms.weight(t)).sum::<f64>();
        let chars = doc.units[i].text.chars().count();
        let features = Features { unit: i, story, rank: 0.0, shared: 0.0, keyword_sum, terms: set.len(), position: 0, story_sentences: 0, chars, title: 0.0 };
        let score = keyword_sum / (1.0 + set.len() as f64);
        cands.push(Candidate { unit: i, story, terms: set, score, chars, short: true, stated: ends_sentence(&doc.units[i].text), features });
    }
    cands
}

/// Evaluation baselines: the first `n` body sentences, or the top `n` by plain
/// TextRank over all body sentences (dense Mihalcea–Tarau overlap, no priors).
pub fn baseline(doc: &Document, lead: bool, n: usize) -> Vec<Picked> {
    let body: Vec<usize> = (0..doc.units.len()).filter(|&i| doc.units[i].role == Role::Body).collect();
    let mut picked: Vec<Picked> = if lead {
        body.iter().take(n).map(|&unit| Picked { unit, score: 0.0 }).collect()
    } else {
        let sets: Vec<Vec<u32>> = body.iter().map(|&i| term_set(&doc.units[i])).collect();
        let mut graph: Graph = vec![Vec::new(); sets.len()];
        for a in 0..sets.len() {
            for b in a + 1..sets.len() {
                let common = cosine(&sets[a], &sets[b]) * ((sets[a].len() * sets[b].len()) as f64).sqrt();
                let norm = log(sets[a].len() as f64) + log(sets[b].len() as f64);
                if common > 0.0 && norm > 0.0 {
                    graph[a].push((b as u32, common / norm));
                    graph[b].push((a as u32, common / norm));
                }
            }
        }
        let rank = pagerank(&graph);
        let mut order: Vec<usize> = (0..body.len()).collect();
        order.sort_by(|&x, &y| rank[y].total_cmp(&rank[x]).then(x.cmp(&y)));
        order.into_iter().take(n).map(|k| Picked { unit: body[k], score: rank[k] }).collect()
    };
    picked.sort_by_key(|p| p.unit);
    picked
}

type Bigram = (char, char);

/// How much of each sentence the rest of its story repeats: for each distinct bigram of
/// adjacent content chars, the number of other sentences that contain it, summed and
/// divided by (content chars)^`length_power`. Chars, not words, so that a name or term
/// the segmenter splits differently in two sentences still links them; linear in the input.
///
/// With `window` > 0 only the best run of `window` consecutive bigrams counts: a summary
/// sentence is read as a headline-sized span, so a long sentence does not gather links
/// from clauses that a short summary could not hold.
#[inline(never)]
fn shared_bigrams<'a>(texts: impl Iterator<Item = &'a str>, length_power: f64, window: usize) -> Vec<f64> {
    // Per sentence: its bigrams in text order (None for a repeat within the sentence).
    let mut seqs: Vec<(Vec<Option<Bigram>>, usize)> = Vec::new();
    let mut df: FxHashMap<Bigram, u32> = FxHashMap::default();
    let mut seen: FxHashSet<Bigram> = FxHashSet::default();
    for text in texts {
        let chars: Vec<char> = text.chars().filter(|c| is_han(*c) || c.is_alphanumeric()).collect();
        seen.clear();
        let seq: Vec<Option<Bigram>> = chars.windows(2).map(|w| (w[0], w[1])).map(|g| seen.insert(g).then_some(g)).collect();
        for g in seq.iter().flatten() {
            *df.entry(*g).or_default() += 1;
        }
        seqs.push((seq, chars.len()));
    }
    seqs.iter()
        .map(|(seq, len)| {
            let links: Vec<u32> = seq.iter().map(|g| g.map_or(0, |g| df.get(&g).copied().unwrap_or(1) - 1)).collect();
            let best = if window == 0 || links.len() <= window {
                links.iter().sum::<u32>()
            } else {
                let mut sum: u32 = links[..window].iter().sum();
                let mut best = sum;
                for i in window..links.len() {
                    sum = sum + links[i] - links[i - window];
                    best = best.max(sum);
                }
                best
            };
            f64::from(best) / pow((*len).max(1) as f64, length_power)
        })
        .collect()
}

/// A byline run into the text as a sentence of its own: `《爸爸妈妈，我想对你们说》作者：嵇秉容，
/// 福山花园外国语小学五（6）班。`, `作者：张三`. Who wrote it is not what it says.
fn is_byline_sentence(s: &str) -> bool {
    let rest = match s.strip_prefix('《').and_then(|r| r.split_once('》')) {
        Some((title, rest)) if title.chars().count() <= 40 => rest,
        _ => s,
    };
    ["作者：", "作者:", "文：", "文/", "文｜", "文|"].iter().any(|k| rest.trim_start().starts_with(k)) && rest.chars().count() <= 40
}

/// `(分享自@证券网)`, `（来源：中国经济时报）`, `（法制晚报）`, `（21世纪经济报道）`: a whole bracketed note
/// that names where the text came from: sharing or source words, or an outlet's name alone.
pub fn is_source_note(s: &str) -> bool {
    let Some(inner) = s.strip_prefix(['（', '(']).and_then(|r| r.strip_suffix(['）', ')'])) else { return false };
    let n = inner.chars().count();
    if n == 0 || n > 20 || inner.contains(['（', '(', '）', ')', '。', '，', '！', '？']) {
        return false;
    }
    const SOURCE_WORDS: &[&str] = &["分享自", "来源", "来自", "转自", "转载自", "摘自", "编译自", "via"];
    const OUTLETS: &[&str] = &["报", "网", "社", "台", "刊", "报道", "新闻", "科技", "财经", "体育", "客户端", "频道", "杂志"];
    SOURCE_WORDS.iter().any(|w| inner.starts_with(w))
        || n <= 12 && inner.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric()) && OUTLETS.iter().any(|o| inner.ends_with(o))
}

fn is_run_in_head(s: &str) -> bool {
    // A head that states a finding (`一、全市GDP增长5.6%。`) is news.
    s.strip_suffix('。').is_some_and(|head| {
        head.chars().count() <= 20
            && stories::is_numbered_head(head)
            && !head.contains(['，', '；', '：', ',', '%', '％'])
            && !head.chars().skip(2).any(|c| c.is_ascii_digit())
    })
}

/// A speech transcript's note on the hall, as a sentence of its own: `（掌声）`, `（热烈掌声）`, `（笑声）`.
fn is_stage_direction(s: &str) -> bool {
    s.strip_prefix(['（', '('])
        .and_then(|r| r.strip_suffix(['）', ')']))
        // `（全场鼓掌通过）` says what the hall decided.
        .is_some_and(|inner| {
            inner.chars().count() <= 8 && ["掌声", "笑声", "鼓掌", "欢呼", "喝彩", "众笑"].iter().any(|k| inner.contains(k)) && !inner.contains("通过")
        })
}

/// A sentence in Latin letters only (`Foreign Ministry spokesperson Mao Ning announced…`): in
/// a Chinese story it is most often a translation of the Chinese beside it.
pub fn is_latin(u: &Unit) -> bool {
    !u.text.chars().any(is_han) && u.text.chars().any(|c| c.is_ascii_alphabetic())
}

/// A sentence of three Latin words or more, no Han char: not a name on a line of its own
/// (`@tataUFO`).
pub fn is_latin_sentence(u: &Unit) -> bool {
    is_latin(u) && content_len(&u.text) >= MIN_HAN
}

/// Whether `units` are a Chinese story with sentences in Latin letters only: it has some,
/// and at least as many sentences of 6 Han chars or more.
pub fn is_chinese_with_latin(doc: &Document, units: &[usize]) -> bool {
    let latin_count = units.iter().filter(|&&i| is_latin(&doc.units[i])).count();
    let han_count = units.iter().filter(|&&i| doc.units[i].text.chars().filter(|&c| is_han(c)).count() >= MIN_HAN).count();
    latin_count > 0 && han_count >= latin_count
}

/// A whole page pasted as one line runs its menu, headline and stamps into the first sentence
/// (`首页 关于我们 展览 藏品 … 发布时间：2024-05-08 本馆将于…，…。`): words set apart by spaces,
/// three gaps or more, before the sentence's last gap ahead of its first clause. Their length
/// in bytes, to leave them out; 0 for a sentence.
fn page_run_len(u: &str) -> usize {
    let Some(clause) = u.find(['，', '。', '！', '？', '；']) else { return 0 };
    let head = &u[..clause];
    let Some(gap) = head.rfind([' ', '　']) else { return 0 };
    // Bars between fields (`导演：刘子谦 | 主演：…`) are no words.
    let words: Vec<&str> = head[..gap].split([' ', '　']).filter(|w| w.chars().any(char::is_alphanumeric)).collect();
    let short = words.iter().filter(|w| w.chars().count() <= 10).count();
    let han = words.iter().filter(|w| w.chars().any(is_han)).count();
    // A byline's bracket open at the gap (`本报讯（记者 胡一鸣）记者昨日…`) closes before the text.
    let open = head[..gap].matches(['（', '(']).count() > head[..gap].matches(['）', ')']).count();
    let gap = match u[gap..].find(['）', ')']) {
        Some(at) if open => gap + at + u[gap + at..].chars().next().map_or(0, char::len_utf8),
        _ => gap,
    };
    let rest = &u[gap..];
    if words.len() >= 4 && short >= 3 && han * 2 >= words.len() && content_len(rest) >= MIN_HAN {
        gap + rest.len() - rest.trim_start().len()
    } else {
        0
    }
}

/// A line that only leads in to the list or quote below it (`男子组前三名：`, `会议指出：`,
/// `您好，以下是今日财经要闻：`): the news is below, so it fills in. It ends on the colon, and
/// what comes before its last clause is a word or two at most: a statement that runs up to
/// its colon (`定于近期召开全市城市更新工作推进会，现将有关事项通知如下：`) says what the notice
/// is, and one with its quote on the same line (`他说：“…。”`) does not end on the colon.
fn is_lead_in(s: &str) -> bool {
    let Some(body) = s.strip_suffix(['：', ':']) else { return false };
    let before = body.rfind(['，', ',', '；', ';', '：', ':']).map_or("", |at| &body[..at]);
    // Or a notice's announcement of what follows, however long: `…，现将有关事项告知如下，恳请您…配合做好以下工作：`.
    // A statement that says what it announces stays one (`…召开全市城市更新工作推进会，现将有关事项通知如下：`).
    let announces = ["配合做好以下工作", "做好以下几点", "注意以下事项"].iter().any(|k| body.ends_with(k)) && body.contains("如下，");
    content_len(before) < MIN_HAN || announces
}

/// What a pasted Weibo post shows after its text: its embedded video's label and the fold
/// control (`@中国气象局 L央视新闻的微博视频 收起d`, `展开c`); and a post's or a letter's
/// courtesies, which say nothing of the matter.
fn is_post_chrome(s: &str) -> bool {
    let s = s.trim_end();
    let n = s.chars().count();
    // A digest's call to its readers: `你最关注哪一条？`, `你怎么看？欢迎留言`.
    let ask = n <= 16
        && ["你最关注哪一条", "您最关注哪一条", "你最关心哪一条", "你怎么看", "您怎么看", "你最期待哪一个", "你站哪一边", "欢迎在评论区留言", "欢迎留言讨论"]
            .iter()
            .any(|k| s.starts_with(k));
    // A video's sign-off: `关注我，下期教你给存款找个安全的“家”。`
    let follow = n <= 30 && s.starts_with("关注我，");
    // A live room's standing banner: `抖音严禁未成年人直播或打赏，直播间内严禁出现…等内容。`
    let banner = n <= 80 && ["抖音严禁", "快手严禁", "直播间严禁", "平台严禁", "本平台严禁", "欢迎来到直播间"].iter().any(|k| s.starts_with(k));
    // A reply's or a notice's courtesy: `首先，感谢您对我市基础教育工作的关心和支持。`,
    // `感谢你一直以来对栖木笔记的信任与支持。`; a manual's: `感谢您选用澜庭电热水器！`
    let thanks = n <= 45
        && ["首先，感谢", "感谢您", "感谢你", "非常感谢", "衷心感谢", "谢谢您", "谢谢你"].iter().any(|k| s.starts_with(k))
        && ["关心和支持", "关心与支持", "信任与支持", "信任和支持", "关注和支持", "关注与支持", "理解与支持", "理解和支持", "支持与理解", "支持和理解", "厚爱"]
            .iter()
            .any(|k| s.trim_end_matches(['。', '！', '!']).ends_with(k))
        || n <= 40 && ["感谢您选用", "感谢您购买", "感谢您使用", "感谢您选购", "感谢你选用", "感谢选用", "感谢购买"].iter().any(|k| s.contains(k));
    // A post's greeting: `各位园友，好久不见！`, `各位家长，大家好！`
    let greeting = n <= 14
        && (s.starts_with("各位") || s.starts_with("亲爱的") || s.starts_with("大家好"))
        && ["好久不见", "大家好", "你们好", "晚上好", "早上好"].iter().any(|k| s.trim_end_matches(['。', '！', '!', '~', '～']).ends_with(k));
    // A platform's or a report's standing disclaimer: `该文观点仅代表作者本人，…仅提供信息存储空间服务。`,
    // `本报告…仅供本公司客户参考使用。`
    let disclaimer = n <= 120
        && ["仅代表作者本人", "仅代表作者个人", "仅提供信息存储空间服务", "仅供本公司客户参考", "不代表本平台", "不代表本网站", "不代表本站"]
            .iter()
            .any(|k| s.contains(k))
        // The same in English under a Chinese post: `Notice: The content above … only provides
        // information storage services.`
        || s.starts_with("Notice: The content above") && n <= 400;
    ["收起d", "展开c", "收起全文d", "展开全文c"].iter().any(|k| s.ends_with(k))
        || n <= 40 && s.contains("的微博视频")
        || ask
        || follow
        || thanks
        || banner
        || greeting
        || disclaimer
}

/// A speaker's label in a transcript, on its own line: `交通运输部部长 刘伟：`, `主持人 寿小丽：`.
/// It names who speaks next, and says nothing.
fn is_turn_label(s: &str) -> bool {
    s.strip_suffix(['：', ':']).is_some_and(|who| {
        let (title, name) = who.rsplit_once([' ', '　']).unwrap_or(("", who));
        let named = !title.trim().is_empty() && (2..=4).contains(&name.chars().count());
        // Or a role alone: `中央广播电视总台央视记者：`, `主持人：`.
        let role = stories::is_asker(who) || who.chars().count() <= 16 && (who.ends_with("主持人") || who.ends_with("主播"));
        (named || role) && who.chars().all(|c| is_han(c) || c == ' ' || c == '　')
    })
}

/// The assurance a listed company's filing opens with, in the regulator's words:
/// `本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏…`, or a Hong
/// Kong filing's `…对本公告的内容概不负责…`. Every filing says it; it is never the news. A
/// sentence reporting such failings (`年报存在虚假记载、误导性陈述`) gives no assurance.
fn is_filing_assurance(s: &str) -> bool {
    let s = simplify::to_simplified(s);
    s.contains("保证") && ["虚假记载", "误导性陈述", "重大遗漏"].iter().all(|k| s.contains(k))
        || s.contains("本公告的内容概不负责")
        // The rule a forecast falls under: `本期业绩预告适用于净利润实现扭亏为盈的情形。`
        || s.contains("业绩预告适用于") && s.trim_end_matches('。').ends_with("情形")
}

/// A list rather than a statement: two or more item numbers (`1、…2、…`, `（1）…（2）`,
/// `①②`), or a short label whose colon opens a bare run of short items
/// (`原料：大米、红枣、黑芝麻。`).
fn is_list_item(s: &str) -> bool {
    // Marks that close a clause, so an item number or a label may follow them.
    const CLAUSE_MARKS: &str = "，；：。！？!?;:）)】”";
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c);
    let chars: Vec<char> = s.chars().collect();
    // Whether the char at `j` may stand right before an item number or a label: the start,
    // a clause mark, or a space after Han text (`如下 1、…`). Not `初二（3）班`, `第（四）项`,
    // `PMI为49.5、`, `iPhone 15、`.
    let opens = |j: Option<usize>| {
        j.is_none_or(|j| {
            let c = chars[j];
            CLAUSE_MARKS.contains(c) || c.is_whitespace() && (j == 0 || !chars[j - 1].is_ascii_alphanumeric())
        })
    };
    let mut items = 0;
    let mut first_item = None;
    for (i, &c) in chars.iter().enumerate() {
        let digits = chars[..i].iter().rev().take(3).take_while(|&&d| numeral(d)).count();
        // `1、` followed by words: not `第一、二产业`, `一、二线城市`, `1、2月份`, `2015、2016年`.
        let numbered = c == '、' && (1..=2).contains(&digits) && opens(i.checked_sub(digits + 1)) && chars.get(i + 1).is_some_and(|&d| !numeral(d));
        let bracketed = matches!(c, '）' | ')') && digits == 1 && i >= 2 && matches!(chars[i - 2], '（' | '(') && opens(i.checked_sub(3));
        if numbered || bracketed || ('①'..='⑩').contains(&c) {
            items += 1;
            first_item.get_or_insert(i);
        }
    }
    // The list must be what the sentence is: a statement that ends in one
    // (`…联合发布通知，明确要求：①…②…`) is not.
    if items >= 2 && first_item.is_some_and(|i| i <= 12) {
        return true;
    }
    // `…，原料：大米、红枣、黑芝麻。`: a label of two Han chars or one Latin word opening its
    // clause, then only items of at most 6 chars split by `、`. Not `会议强调：稳中求进、守正创新。`.
    let Some(colon) = chars.iter().rposition(|&c| c == '：') else { return false };
    let label_len = (0..colon).rev().take_while(|&j| !opens(Some(j))).count();
    let label = &chars[colon - label_len..colon];
    let short_label = label.len() <= 2 && label.iter().all(|&c| is_han(c)) || label.len() <= 8 && label.iter().all(char::is_ascii_alphabetic);
    let rest: Vec<char> = chars[colon + 1..].iter().copied().filter(|&c| !"。！？…".contains(c)).collect();
    let parts: Vec<&[char]> = rest.split(|&c| c == '、').collect();
    let bare = |p: &[char]| (1..=6).contains(&p.len()) && !p.iter().any(|&c| c.is_whitespace() || CLAUSE_MARKS.contains(c));
    !label.is_empty() && short_label && parts.len() >= 2 && parts.iter().all(|p| bare(p))
}

/// One of a run of numbered items, a line or a sentence each (`1．注意添衣保暖；` under
/// `防御指南：`), in a story that also has a statement of its own: an item says one thing of
/// many, the statement what the story is about. A story that is all items is left as it is.
/// A form's or a spec sheet's fields, line on line (`影像：…` / `电池：…`), are items too:
/// `field` says whether unit `i` is one of such a run (`is_field_line`).
fn is_listed_line(doc: &Document, i: usize, field: bool, stated: &mut [Option<bool>]) -> bool {
    let story = doc.units[i].story;
    let body = |u: &Unit| u.story == story && u.role == Role::Body;
    let numbered = |j: usize| doc.units.get(j).is_some_and(|u| body(u) && stories::opens_numbered(&u.text));
    let statement = |u: &Unit| body(u) && !stories::opens_numbered(&u.text) && !is_field(u) && content_len(&u.text) >= MIN_HAN && !is_lead_in(&u.text);
    let run = numbered(i) && (i.checked_sub(1).is_some_and(numbered) || numbered(i + 1));
    (run || field) && *stated[story].get_or_insert_with(|| doc.stories[story].units.clone().any(|j| statement(&doc.units[j])))
}

/// A labelled line with no sentence in it (`影像：…`, `停水时间：…`).
fn is_field(u: &Unit) -> bool {
    stories::is_labelled(&u.text) && !u.text.contains(['。', '！', '？', '!', '?'])
}

/// One of a run of fields, line on line, in its story.
fn is_field_line(doc: &Document, i: usize) -> bool {
    let story = doc.units[i].story;
    let fielded = |j: usize| doc.units.get(j).is_some_and(|u| u.story == story && u.role == Role::Body && is_field(u));
    fielded(i) && (i.checked_sub(1).is_some_and(fielded) || fielded(i + 1))
}

/// A line of someone's résumé: the posts held (`2009年6月至2016年11月，任某省交通运输厅副厅长；`)
/// or the person's particulars (`张某某，男，汉族，1965年8月生，大学学历。`). It tells who, not
/// what happened.
fn is_resume_line(s: &str) -> bool {
    let s = s.trim_start();
    let period = s.split_once(['，', ',']).is_some_and(|(when, what)| {
        let dated = when.starts_with(|c: char| c.is_ascii_digit()) && when.contains('年') && ["至", "—", "－", "-", "~", "～"].iter().any(|k| when.contains(k));
        dated && when.chars().count() <= 20 && ["任", "历任", "先后任", "兼任", "在", "担任"].iter().any(|k| what.starts_with(k))
    });
    let particulars =
        s.split(['，', ',']).take(4).any(|p| p == "男" || p == "女") && ["族", "年", "生"].iter().all(|k| s.contains(k)) && s.chars().count() <= 60;
    period || particulars
}

/// A notice's or a talk's closing words (`特此通知。`, `谢谢大家！`) say nothing of its
/// content, so they never fill in a summary.
/// What a host or a notice says to its audience, not news: a greeting (`各位记者朋友，大家上午好！`),
/// a welcome (`欢迎出席今天的新闻发布会。`), an apology (`给您带来的不便，敬请谅解。`) or a close
/// (`今天的发布会到此结束。`). It only fills in, like a fragment.
/// A plan's owner and deadline after its item, in brackets: `（责任部门：工程管理中心、各区域公司；完成时限：7月5日）`.
fn is_task_owner(s: &str) -> bool {
    let inner = s.strip_prefix(['（', '(']).and_then(|r| r.trim_end_matches('。').strip_suffix(['）', ')']));
    inner.is_some_and(|r| r.chars().count() <= 60 && ["责任部门", "责任单位", "牵头单位", "完成时限"].iter().any(|k| r.starts_with(k)))
}

fn is_ceremony(s: &str) -> bool {
    // A turn of a transcript says it after its speaker: `阿杰：我是阿杰。`, `【郭明远】主持人好，各位网友好。`,
    // `王璐（投资者关系总监）：谢谢操作员。`.
    let turn = s.strip_prefix('【').and_then(|r| r.split_once('】')).map(|(_, said)| said).or_else(|| {
        s.split_once(['：', ':']).filter(|(who, _)| (1..=20).contains(&who.chars().count()) && !who.contains(['，', '。', ',', '；'])).map(|(_, said)| said)
    });
    if let Some(said) = turn.map(str::trim_start).filter(|r| !r.is_empty() && r.len() < s.len()) {
        if is_ceremony(said) {
            return true;
        }
    }
    // A conference call's operator only runs the call: `操作员：最后一个问题来自摩根士丹利的赵一鸣先生。`
    if ["操作员：", "操作员:", "Operator：", "Operator:"].iter().any(|k| s.starts_with(k)) {
        return true;
    }
    // Every form is short: a longer sentence (most of them) is told apart before it is read in
    // simplified chars, which map one to one.
    // The host's introduction of the guests: `今天我们邀请到交通运输部部长刘伟先生，请他为大家介绍…`.
    // Only the invitation and its `请他…介绍…`: not `…邀请到了专家王华，她介绍说，…阳性率已升至45%`.
    let invites = ["今天我们邀请到", "今天我们很高兴邀请到", "我们邀请到", "今天邀请到"].iter().any(|k| s.starts_with(k));
    if invites && s.split_once('，').is_some_and(|(_, rest)| rest.starts_with('请') && rest.contains("介绍")) {
        return true;
    }
    let n = s.trim_end_matches(['。', '！', '!', '.', '…', '~', '～']).chars().count();
    // A work report's opening: `现在，我代表市人民政府，向大会报告工作，请予审议，并请…提出意见。`
    if n <= 70 && s.contains("请予审议") && s.contains("报告工作") {
        return true;
    }
    // A standard's foreword says how it was drafted and who proposed it, in set words:
    // `本文件按照GB/T 1.1—2020《…》的规定起草`, `请注意本文件的某些内容可能涉及专利`, `本文件由…提出`.
    let of_standard = |k: &str| ["本文件", "本标准"].iter().any(|p| s.starts_with(p) && s[p.len()..].starts_with(k));
    let core = s.trim_end_matches('。');
    if n <= 90 && of_standard("按照") && core.ends_with("起草")
        || n <= 40 && ["可能涉及专利", "不承担识别专利的责任", "不承担识别这些专利的责任"].iter().any(|k| s.contains(k))
        || n <= 40 && of_standard("由") && ["提出", "归口", "提出并归口"].iter().any(|k| core.ends_with(k))
        // And who drafted it: `本文件起草单位：…`, `本文件主要起草人：…`.
        || n <= 200 && ["起草单位：", "主要起草人：", "起草人："].iter().any(|k| of_standard(k))
    {
        return true;
    }
    if n > 40 {
        return false;
    }
    // An explainer's framing: the question it puts (`《措施》有哪些亮点？`) and whom it asked
    // (`记者采访了民政部有关负责人。`); the answer below is the news.
    let framing_question = n <= 16
        && s.ends_with(['？', '?'])
        && !s.contains(['，', ',', '“', '”'])
        && ["有哪些", "有何", "哪些亮点", "释放了什么", "释放哪些"].iter().any(|k| s.contains(k))
        // Or a bare one an explainer answers below: `热射病是什么？`, `什么是热射病？`.
        // Its number may lead (`一、什麼是慢性腎臟病？`).
        || n <= 14 && s.ends_with(['？', '?']) && !s.contains(['，', ',']) && {
            let q = crate::simplify::to_simplified(s.trim_start_matches(|c: char| "一二三四五六七八九十、.．0123456789 ".contains(c)));
            q.chars().count() <= 10 && ["是什么", "什么是", "怎么办", "为什么", "哪些人"].iter().any(|k| q.contains(k))
        }
        // Or a quoted claim it goes on to test: `“医保卡在外地被盗刷”？`.
        || n <= 16 && s.starts_with('“') && s.ends_with("”？") && s.matches('“').count() == 1;
    // Whom: an official or an expert, no figures (`记者采访了5名受害者，最高被骗…` is news).
    let interviewed = n <= 30
        && ["记者采访了", "记者就此采访了", "记者专访了"].iter().any(|k| s.split('，').any(|clause| clause.starts_with(k)))
        && ["负责人", "专家", "官员", "有关人士", "相关人士"].iter().any(|k| s.contains(k))
        && !s.contains(|c: char| c.is_ascii_digit());
    if framing_question || interviewed {
        return true;
    }
    let s = crate::simplify::to_simplified(s);
    let core = s.trim_end_matches(['。', '！', '!', '.', '…', '~', '～']);
    // A greeting and a welcome, or a sign-off and the thanks, in one sentence: each clause a formula.
    // Whom it addresses may open it: `女士们、先生们，晚上好，欢迎参加…电话会议`.
    let addressees =
        |c: &str| c.split('、').all(|p| (2..=8).contains(&p.chars().count()) && (p.ends_with('们') || p.starts_with("各位") || p.starts_with("尊敬的")));
    let clauses: Vec<&str> = core.split(['，', ',']).filter(|c| !c.is_empty() && *c != "好" && !addressees(c)).collect();
    // A self-introduction's next clause says what they are (`我是小禾，半山书房的店主`), which alone is no formula.
    let introduced = |c: &str| c.starts_with("我是") && c.chars().count() <= 10;
    if clauses.len() >= 2 && (0..clauses.len()).all(|k| is_ceremony(clauses[k]) || k > 0 && introduced(clauses[k - 1]) && names_a_role(clauses[k])) {
        return true;
    }
    // `大家上午好`, or an audience's greeting: `各位听众，早上好`.
    let greeting = ["大家上午好", "大家下午好", "大家晚上好", "大家好"].iter().any(|g| core.ends_with(g))
        || ["早上好", "上午好", "下午好", "晚上好"].iter().any(|g| core.ends_with(g))
            && ["各位", "观众", "听众", "网友", "朋友"].iter().any(|w| core.contains(w))
        || ["早上好", "上午好", "中午好", "下午好", "晚上好", "你好", "您好"].contains(&core);
    // `欢迎收听《江苏新闻早高峰》`, perhaps with the host's name: `…，我是主持人晓雯`.
    let welcome_core = core.split_once('，').filter(|(_, r)| r.starts_with("我是")).map_or(core.as_ref(), |(w, _)| w);
    let welcome = welcome_core.starts_with("欢迎")
        && !welcome_core.contains('，')
        && ["出席", "参加", "莅临", "来到", "收看", "收听", "光临"].iter().any(|v| welcome_core.contains(v));
    let thanks = n <= 30
        && ((core.starts_with("感谢") || core.starts_with("谢谢")) && ["各位", "大家", "媒体朋友", "记者朋友"].iter().any(|w| core.contains(w))
            || ["感谢收听", "感谢收看", "感谢您的收听", "感谢您的收看"].iter().any(|w| core.starts_with(w))
            || ["谢谢你的提问", "谢谢您的提问", "感谢你的提问", "感谢您的提问", "谢谢提问"].contains(&core));
    // A programme's sign-off: `好，以上就是今天《江苏新闻早高峰》的主要内容`.
    let signoff = n <= 40
        && core.trim_start_matches("好，").starts_with("以上就是")
        && ["内容", "新闻", "节目", "资讯", "要闻", "快讯", "消息"].iter().any(|w| core.ends_with(w));
    let apology = n <= 30 && ["敬请谅解", "敬请理解", "请谅解", "深表歉意"].iter().any(|w| core.ends_with(w));
    // `今天的发布会到此结束，谢谢刘部长，谢谢各位`.
    // Of the event itself: not `利物浦的主场不败纪录到此结束，…`.
    let close = n <= 30
        && core.split(['，', ',']).next().is_some_and(|c| {
            c.ends_with("到此结束") && ["发布会", "会议", "节目", "直播", "活动", "采访", "访谈", "座谈会", "仪式", "今天"].iter().any(|k| c.contains(k))
        });
    // The host's cue: `首先，请黄立新副厅长介绍情况。`, `下面请记者朋友提问。`
    let cue: &str = ["首先", "下面", "接下来", "现在", "最后"].iter().find_map(|k| core.strip_prefix(k)).map_or(core, |r| r.trim_start_matches(['，', ',']));
    let cue = n <= 30
        && cue.starts_with('请')
        && ["介绍情况", "介绍有关情况", "发布", "提问", "回答", "发言", "致辞", "详细内容", "详细报道", "开始"].iter().any(|w| cue.ends_with(w));
    // A speech's salutation, its addressees in a row: `尊敬的各位嘉宾，女士们，先生们，朋友们：`.
    let salutation = core.ends_with(['：', ':'])
        && ["尊敬的", "亲爱的", "各位"].iter().any(|k| core.starts_with(k))
        && core.trim_end_matches(['：', ':']).split(['，', ',', '、']).all(|p| {
            // Each an addressee: not `各位旅客，受大雾影响，今日以下航班取消：`.
            (1..=12).contains(&p.chars().count()) && (["尊敬的", "亲爱的", "各位", "各"].iter().any(|k| p.starts_with(k)) || p.ends_with('们'))
        });
    // A correction's apology: `特此更正，并向读者致歉。`
    let corrected = n <= 20 && core.starts_with("特此更正") && !core.contains(['：', ':']);
    // Whom a speaker greets or thanks (`主持人好`, `各位网友好`, `谢谢操作员`) and who they are (`我是阿杰`).
    const ADDRESSEES: &[&str] = &["各位", "主持人", "大家", "网友", "观众", "听众", "老师", "您", "你们", "操作员", "记者朋友"];
    let addressed = |k: &str| ADDRESSEES.contains(&k) || ADDRESSEES.contains(&k.trim_start_matches("各位"));
    let hello = n <= 20
        && core.split(['，', ',']).all(|c| {
            c.chars().count() <= 8 && (c.strip_suffix('好').is_some_and(addressed) || ["谢谢", "感谢"].iter().any(|t| c.strip_prefix(t).is_some_and(addressed)))
        });
    // Or thanks the one before by name: `谢谢张晨`.
    let thanked =
        n <= 7 && ["谢谢", "感谢"].iter().any(|t| core.strip_prefix(t).is_some_and(|k| (2..=4).contains(&k.chars().count()) && k.chars().all(is_han)));
    let self_intro = n <= 10 && core.strip_prefix("我是").is_some_and(|name| !name.is_empty() && !name.contains(['，', ',']));
    // A host's introduction of a guest: `今天我们也请到了一位专业嘉宾，中医科的林一帆医生`.
    let guest = n <= 45 && ["我们请到了", "我们也请到了", "我们邀请到了", "我们请来了", "邀请到了"].iter().any(|k| core.contains(k));
    // A guide's, a court's and a meeting's formulas: `…建议收藏`, `…依法组成合议庭进行了审理`,
    // `…讲得都很好，我都同意`, `本次会议正在录音`.
    let stock = n <= 50 && ["建议收藏", "记得收藏", "赶紧收藏", "我都同意", "我完全同意", "本次会议正在录音", "会议正在录音"].iter().any(|k| core.ends_with(k))
        || n <= 40 && core.contains("组成合议庭") && core.ends_with("审理")
        // A call's safe-harbour warning: `本次会议中的部分陈述可能包含前瞻性陈述，…`.
        || n <= 60 && core.contains("前瞻性陈述");
    // Who is on the call: `今天参加会议的有公司董事长兼首席执行官陈志远先生，以及…`.
    let attending = n <= 60 && ["今天参加会议的有", "参加今天会议的有", "出席今天会议的有", "今天出席会议的有"].iter().any(|k| core.starts_with(k));
    // A host's cue to the guest: `先请您给网友们简单介绍一下石峁遗址`.
    let cue_guest = n <= 30 && ["先请您", "请您先", "首先请您", "下面请您"].iter().any(|k| core.starts_with(k)) && core.contains("介绍");
    // A digest's host tells the day and leads in: `今天是2025年6月3日，农历五月初八`, `一起来看今天的新闻早班车`.
    let day = n <= 30
        && core.starts_with("今天是")
        && (core.contains("农历") || core.ends_with(['一', '二', '三', '四', '五', '六', '日', '天']) && core.contains("星期"));
    // Or says it clause by clause: `各位观众晚上好，今天是11月20日，星期三，欢迎收看…`.
    let date =
        n <= 16 && core.strip_prefix("今天是").is_some_and(|d| d.ends_with(['日', '号']) && d.chars().all(|c| c.is_ascii_digit() || "年月日号".contains(c)));
    let weekday = ["星期", "周", "礼拜"].iter().any(|k| core.strip_prefix(k).is_some_and(|d| d.chars().count() == 1 && "一二三四五六日天".contains(d)));
    let lead_in = n <= 20 && ["一起来看", "下面一起来看", "来看看", "一起来关注", "下面来看"].iter().any(|k| core.starts_with(k))
        // Or a digest's: `晚报｜6月18日，周三，今天发生了这些事🌙`.
        || n <= 30 && core.trim_end_matches(|c: char| !is_han(c)).ends_with("发生了这些事")
        // Or a roundup's: `我们挑出本周最值得关注的八件事，帮你快速回顾`.
        || n <= 30 && ["帮你快速回顾", "带你快速回顾", "帮你回顾", "一起来看看", "一起来看", "带你了解", "一起来了解", "快来看看"].iter().any(|k| core.ends_with(k));
    // A spokesman's plan for the hour: `首先，我通报一项工作，然后回答大家的提问`.
    let agenda = n <= 30 && ["回答大家的提问", "回答大家关心的问题", "回答记者提问"].iter().any(|k| core.ends_with(k))
        // A conference call's operator: `目前所有参会者均处于只听模式，管理层发言结束后将进入问答环节`.
        || n <= 40 && core.contains("只听模式");
    // A manual's opening formulas: `感谢您选购…。`, `使用前请仔细阅读本手册，并妥善保管以备日后查阅。`
    let manual = n <= 40
        && (["感谢您选购", "感谢您购买", "感谢您使用", "感谢您选择"].iter().any(|k| core.starts_with(k))
            || core.contains("请仔细阅读本") && (core.contains("手册") || core.contains("说明书")));
    // A court's opening of the hearing; a press release's `中心正跟進事件。`.
    let court_opens = n <= 30 && core.ends_with("现在开庭");
    let following = ["中心正跟进事件", "调查仍在进行中", "事件仍在调查中", "案件仍在调查中"].contains(&core);
    greeting && n <= 30
        || manual
        || court_opens
        || following
        || welcome
        || thanks
        || apology
        || close
        || cue
        || salutation
        || corrected
        || signoff
        || hello
        || thanked
        || self_intro
        || agenda
        || day
        || date
        || weekday
        || lead_in
        || guest
        || stock
        || cue_guest
        || attending
}

/// What a speaker is, said right after their name: `半山书房的店主`, `本期的主持人`.
fn names_a_role(c: &str) -> bool {
    c.chars().count() <= 16
        && ["店主", "主持人", "主播", "记者", "编辑", "创始人", "主理人", "老板", "嘉宾", "制片人", "博主", "作者", "负责人"].iter().any(|k| c.ends_with(k))
}

/// Ends on a sentence's end mark (or a statement's colon: `…现将有关事项通知如下：`), before any
/// closing quote or bracket.
fn ends_sentence(s: &str) -> bool {
    let core = s.trim_end().trim_end_matches(crate::stories::CLOSERS);
    core.ends_with(crate::stories::TERMINALS) || core.ends_with(['~', '～'])
}

fn is_closing_formula(s: &str) -> bool {
    const FORMULAS: &[&str] =
        &["特此通知", "特此公告", "特此声明", "特此说明", "特此证明", "特此函告", "特此通报", "谢谢大家", "谢谢", "感谢阅读", "敬请关注", "敬请期待", "以上"];
    let core = s.trim_end_matches(['。', '！', '!', '.', '…']);
    let core = crate::simplify::to_simplified(core);
    FORMULAS.contains(&core.as_ref())
}

/// Short fragments and run-on blocks read badly as a summary.
fn length_factor(chars: f64, short: f64, long: f64, power: f64) -> f64 {
    if chars < short {
        chars / short
    } else if chars > long {
        pow(long / chars, power)
    } else {
        1.0
    }
}

/// A sentence that opens on a pronoun pointing back (`他一边说，…`, `这一做法…`, `该公司…`):
/// out of its context it leaves the reader asking who or what.
fn opens_on_pronoun(s: &str) -> bool {
    let s = s.trim_start_matches(['“', '「', '"', '‘']);
    // Read in simplified chars (`這一做法`, `該公司`), without a String per sentence.
    let mut head = s.chars().map(simplify::simplified_char);
    let (Some(first), second) = (head.next(), head.next()) else { return false };
    "他她它这该此其那".contains(first)
        && !second
            .is_some_and(|c| ["这里", "这天", "此前", "此外", "其中", "其实", "那天", "他国", "这次"].iter().any(|p| p.starts_with(first) && p.ends_with(c)))
}

/// Han chars, and 2 for each Latin word (about a Chinese word's length); numbers count
/// nothing (`1.一个目标。` is a fragment).
fn content_len(s: &str) -> usize {
    // A speaker's label (`【盛秋平】谢谢主持人。`, a transcript's turn) says who, not what.
    let s = match s.strip_prefix('【').and_then(|r| r.split_once('】')) {
        Some((label, rest)) if label.chars().count() <= 16 => rest,
        _ => s,
    };
    let mut n = 0;
    let mut in_word = false;
    let mut after_digit = false;
    let labelled = s.contains('：');
    for c in s.chars() {
        let latin = c.is_ascii_alphabetic();
        // A bare date's or time's units say nothing either (`2024年10月20日5时30分至14时00分。`);
        // under its label it is a notice's field (`停水时间：2025年11月29日22:00至…`).
        let unit = after_digit && "年月日时分秒".contains(c) && !labelled;
        n += usize::from(is_han(c) && !unit) + 2 * usize::from(latin && !in_word);
        in_word = latin || in_word && c.is_ascii_alphanumeric();
        after_digit = c.is_ascii_digit();
    }
    n
}

/// Distinct content term ids of a unit, sorted.
#[inline(never)]
fn term_set(u: &Unit) -> Vec<u32> {
    let mut v: Vec<u32> = u.tokens.iter().filter(|t| !matches!(t.class, Class::Other | Class::Morpheme)).map(|t| t.id).collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// TextRank over a sparse sentence graph, each sentence keeping its best
/// `TOP_NEIGHBOURS` edges. Similarity is word overlap (Mihalcea–Tarau), or with
/// `bm25` a symmetric BM25 whose negative IDF is floored.
#[inline(never)]
fn sentence_rank(sets: &[Vec<u32>], bm25: bool) -> Vec<f64> {
    let n = sets.len();
    // Very common terms are skipped in the index: they bound the work on long
    // input and carry little similarity anyway.
    let df_cap = 50.max((4.0 * (n as f64).sqrt()) as usize);
    let mut postings: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
    for (i, s) in sets.iter().enumerate() {
        for &t in s {
            postings.entry(t).or_default().push(i as u32);
        }
    }
    let avg_len = sets.iter().map(Vec::len).sum::<usize>() as f64 / n.max(1) as f64;
    let (k1, b) = (1.2, 0.75);
    // BM25's length-normalised term weight of a sentence (every term occurs once).
    let bm25_tf: Vec<f64> = sets.iter().map(|s| (k1 + 1.0) / (1.0 + k1 * (1.0 - b + b * s.len() as f64 / avg_len.max(1.0)))).collect();
    let raw_idf = |df: usize| log((n as f64 - df as f64 + 0.5) / (df as f64 + 0.5));
    let mean_idf = if postings.is_empty() { 0.0 } else { postings.values().map(|p| raw_idf(p.len())).sum::<f64>() / postings.len() as f64 };
    let floor = 0.25 * mean_idf.abs().max(0.1);
    let mut edges: Vec<(u32, u32, f64)> = Vec::new();
    let mut common: FxHashMap<u32, f64> = FxHashMap::default();
    for (i, s) in sets.iter().enumerate() {
        common.clear();
        for t in s {
            let Some(list) = postings.get(t) else { continue };
            if list.len() > df_cap {
                continue;
            }
            let gain = if bm25 { raw_idf(list.len()).max(floor) } else { 1.0 };
            for &j in list {
                if j as usize != i {
                    *common.entry(j).or_default() += gain;
                }
            }
        }
        let mut best: Vec<(u32, f64)> = common
            .iter()
            .map(|(&j, &c)| {
                let w = if bm25 {
                    c * (bm25_tf[i] + bm25_tf[j as usize]) / 2.0
                } else {
                    c / (log(1.0 + s.len() as f64) + log(1.0 + sets[j as usize].len() as f64))
                };
                (j, w)
            })
            .collect();
        best.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        best.truncate(TOP_NEIGHBOURS);
        for (j, w) in best {
            let (a, b) = ((i as u32).min(j), (i as u32).max(j));
            edges.push((a, b, w));
        }
    }
    edges.sort_by_key(|e| (e.0, e.1));
    edges.dedup_by(|x, y| x.0 == y.0 && x.1 == y.1);
    let mut graph: Graph = vec![Vec::new(); n];
    for (a, b, w) in edges {
        graph[a as usize].push((b, w));
        graph[b as usize].push((a, w));
    }
    pagerank(&graph)
}

/// Cosine similarity of two sorted term sets.
fn cosine(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common as f64 / ((a.len() * b.len()) as f64).sqrt()
}

/// Greedy MMR selection: each step takes the candidate with the best score
/// minus `diversity` × its similarity to what is already chosen in its story
/// (the earliest on a tie). With `perStory`, stories without a sentence go first.
/// Under `maxChars`, a sentence longer than the whole budget is skipped, and so is one
/// that would break it while stories without a sentence go first; after that the
/// summary ends at the first sentence that does not fit. If none fits, it is empty.
///
/// A candidate's value only falls as sentences are chosen, so this is a lazy
/// greedy: a heap holds values that may be stale, and only the top is brought up
/// to date. It picks what a full scan per step would, without the quadratic cost
/// when `ratio` asks for thousands of sentences.
#[inline(never)]
fn choose(cands: &[Candidate], wanted: usize, options: &Options) -> Vec<Picked> {
    use std::collections::BinaryHeap;

    /// A heap entry: the best value first, the earliest candidate on a tie.
    struct Entry(f64, usize);
    impl PartialEq for Entry {
        fn eq(&self, o: &Self) -> bool {
            self.cmp(o) == std::cmp::Ordering::Equal
        }
    }
    impl Eq for Entry {}
    impl PartialOrd for Entry {
        fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
            Some(self.cmp(o))
        }
    }
    impl Ord for Entry {
        fn cmp(&self, o: &Self) -> std::cmp::Ordering {
            self.0.total_cmp(&o.0).then(o.1.cmp(&self.1))
        }
    }

    let mut picked: Vec<Picked> = Vec::new();
    let max_chars = options.max_chars.unwrap_or(usize::MAX);
    let mut budget = max_chars;
    let mut story_done: FxHashSet<usize> = FxHashSet::default();
    // Chosen candidates per story, and for each candidate how many of its story's
    // it has been compared with and its largest similarity to them.
    let mut chosen_all: Vec<usize> = Vec::new();
    let mut seen = vec![0usize; cands.len()];
    let mut redundancy = vec![0.0f64; cands.len()];
    let mut heap: BinaryHeap<Entry> = cands.iter().enumerate().filter(|(_, c)| !c.short).map(|(k, c)| Entry(c.score, k)).collect();
    // Fragments wait until every longer sentence has been weighed: they fill a summary
    // that asks for more sentences than the text's longer ones make.
    let mut shorts: Vec<Entry> = cands.iter().enumerate().filter(|(_, c)| c.short).map(|(k, c)| Entry(c.score, k)).collect();
    // With `perStory`, candidates of stories that already have a sentence wait here
    // until no story without one can take a sentence any more.
    let mut waiting: Vec<Entry> = Vec::new();
    let mut repeats: Vec<Entry> = Vec::new();
    let mut last_resort = false;
    let mut stories_first = options.per_story;
    // A story of lines without a sentence end (a page's tail of links and counters, read as a
    // story of its own) takes no place of its own while the paste has sentences elsewhere.
    let any_stated = cands.iter().any(|c| c.stated);
    while picked.len() < wanted {
        let Some(Entry(stale, k)) = heap.pop() else {
            if stories_first && !waiting.is_empty() {
                stories_first = false;
                heap.extend(waiting.drain(..));
                continue;
            }
            // Then near-repeats, whole sentences still, and fragments last.
            if !repeats.is_empty() {
                stories_first = false;
                // Their redundancy is known; only the score ranks them now.
                heap.extend(repeats.drain(..).map(|Entry(score, k)| Entry(score - options.diversity * redundancy[k], k)));
                last_resort = true;
                continue;
            }
            if !shorts.is_empty() {
                stories_first = false;
                last_resort = true;
                heap.extend(shorts.drain(..));
                continue;
            }
            break;
        };
        let c = &cands[k];
        if c.chars > max_chars {
            continue;
        }
        // While stories without a sentence go first, a story's sentence that does not fit
        // what is left waits too: a shorter one of its story may.
        if stories_first && (story_done.contains(&c.story) || c.chars > budget || any_stated && !c.stated) {
            waiting.push(Entry(stale, k));
            continue;
        }
        // Compared with every chosen sentence, not only its story's: a story pasted twice, or
        // two reports of one event, must not fill the summary with near-repeats.
        let in_story = &chosen_all[..];
        if seen[k] < in_story.len() {
            for &p in &in_story[seen[k]..] {
                redundancy[k] = redundancy[k].max(cosine(&c.terms, &cands[p].terms));
            }
            seen[k] = in_story.len();
            // A near-repeat of a chosen sentence (`…于9月17日…` / `…于10月17日…`) waits until
            // nothing else is left, whatever its score.
            if options.diversity > 0.0 && redundancy[k] >= NEAR_REPEAT && !last_resort {
                repeats.push(Entry(c.score, k));
                continue;
            }
            let value = c.score - options.diversity * redundancy[k];
            if heap.peek().is_some_and(|top| Entry(value, k) < *top) {
                heap.push(Entry(value, k));
                continue;
            }
        }
        // Then the summary ends at the first sentence that does not fit: the lower-ranked
        // ones that still would are fillers (`为何印发意见？`, `四是促进产业生态发展。`).
        if c.chars > budget {
            break;
        }
        chosen_all.push(k);
        story_done.insert(c.story);
        budget -= c.chars;
        picked.push(Picked { unit: c.unit, score: c.score });
    }
    picked
}

#[cfg(test)]
mod tests {
    #[test]
    fn lead_ins_are_told_from_statements() {
        for lead_in in [
            "男子组前三名：",
            "您好，以下是今日财经要闻：",
            "国务院常务会议指出：",
            "现将新生入学报到有关事项通知如下：",
            "经研究，现通知如下：",
            "Results:",
            "为了让孩子度过一个安全、健康、充实的假期，现将有关事项告知如下，恳请您认真阅读并配合做好以下工作：",
        ] {
            assert!(super::is_lead_in(lead_in), "{lead_in}");
        }
        for statement in [
            "经研究，定于近期召开全市城市更新工作推进会，现将有关事项通知如下：",
            "因供水管网改造施工需要，我公司将对部分区域暂停供水，具体安排如下：",
            "今年，市政府确定的十项民生实事项目进展顺利，主要完成情况如下：",
            "会议指出：“要扎实推进高质量发展。”",
            "会议强调：要坚持稳中求进、守正创新。",
        ] {
            assert!(!super::is_lead_in(statement), "{statement}");
        }
    }

    #[test]
    fn lists_are_told_from_statements() {
        for list in [
            "做法：1、洗净，备用；2、切段，备用。",
            "红枣黑芝麻粥，原料：大米、红枣、黑芝麻。",
            "原料：大白菜叶、白萝卜。",
            "Tips：红枣、黑芝麻。",
            "红枣黑芝麻粥 原料：大米、红枣、黑芝麻。",
            "今天的早报内容如下 1、国务院部署稳就业举措 2、全国铁路暑运创新高 3、多地发布高温预警。",
            "要做到 (1)避免正午外出 (2)多喝淡盐水 (3)注意防晒。",
            "（1）加强统筹；（2）明确重点。",
            "①扩大内需②稳定就业",
            "1、全球最大一次攻击!2、视频企业起诉弹幕网站；3、音乐播放",
        ] {
            assert!(is_list_item(list), "{list}");
        }
        for statement in [
            "2015、2016年的数据显示增长。",
            "他说：“苹果、香蕉都好。”",
            "意见提出，到2027年，人工智能与六大重点领域广泛深度融合。",
            "会议指出：要加强统筹协调，形成工作合力。",
            "第一、二季度的增速分别为5%和6%。",
            "一季度，第一、二、三产业增加值分别增长3.3%、6.0%和5.0%。",
            "4月份，一、二线城市房价环比上涨，三、四线城市环比下降。",
            "今年1、2月份和3、4月份的出口增速均有回升。",
            "每周一、三、五对公众免费开放。",
            "会议强调：要坚持稳中求进、守正创新。",
            "习近平指出：要加快建设科技强国、教育强国、人才强国。",
            "记者从市教育局获悉：今年我市将新建、改扩建中小学30所。",
            "比赛将于今晚19:35在北京、上海同步直播。",
            "专家们来到初二（3）班和初二（5）班开展活动。",
            "依据第二十六条第（四）项、第四十九条第（一）项之规定。",
            "制造业PMI为49.5、非制造业商务活动指数为50.2、综合PMI产出指数为50.0。",
            "苹果iPhone 15、华为Mate 60、小米14等新机型陆续发布。",
            "会议强调：稳中求进、守正创新。",
            "会议要求：强化担当、狠抓落实、务求实效。",
            "市场监管总局、国家网信办近日联合发布通知，明确要求：①不得虚构交易②不得编造用户评价③不得进行虚假宣传。",
        ] {
            assert!(!is_list_item(statement), "{statement}");
        }
    }

    #[test]
    fn shared_bigrams_count_the_other_sentences_that_repeat_a_sentence() {
        // 甲乙 is in two sentences, whatever the segmenter makes of them; 己庚 is nowhere else.
        let s = super::shared_bigrams(["甲乙丙丁。", "“甲乙”戊", "己庚"].into_iter(), 0.5, 0);
        assert!((s[0] - 1.0 / 2.0).abs() < 1e-12, "{s:?}");
        assert!((s[1] - 1.0 / 3f64.sqrt()).abs() < 1e-12, "{s:?}");
        assert_eq!(s[2], 0.0);
    }

    #[test]
    fn a_shared_window_counts_only_the_best_run_of_bigrams() {
        // 甲乙 and 丙丁 are in both sentences.
        let texts = ["甲乙子丑丙丁", "甲乙丙丁"];
        let whole = super::shared_bigrams(texts.into_iter(), 0.0, 0);
        assert_eq!(whole, vec![2.0, 2.0]);
        // A window of three bigrams holds one of the two links of sentence 0 (they are four
        // bigrams apart) and all of sentence 1, which has three bigrams.
        let narrow = super::shared_bigrams(texts.into_iter(), 0.0, 3);
        assert_eq!(narrow, vec![1.0, 2.0]);
        // A window as long as the sentence changes nothing.
        assert_eq!(super::shared_bigrams(texts.into_iter(), 0.5, 5), super::shared_bigrams(texts.into_iter(), 0.5, 0));
    }

    use super::*;

    /// The selection as a full scan per step: what the lazy greedy must equal.
    fn choose_by_scanning(cands: &[Candidate], wanted: usize, options: &Options) -> Vec<usize> {
        let mut used = vec![false; cands.len()];
        let mut done: FxHashSet<usize> = FxHashSet::default();
        let max_chars = options.max_chars.unwrap_or(usize::MAX);
        let mut budget = max_chars;
        let mut chosen: Vec<usize> = Vec::new();
        while chosen.len() < wanted {
            let red = |k: usize| chosen.iter().map(|&p| cosine(&cands[k].terms, &cands[p].terms)).fold(0.0, f64::max);
            let near = |k: usize| options.diversity > 0.0 && red(k) >= NEAR_REPEAT;
            let avail = |k: usize| !used[k] && cands[k].chars <= max_chars;
            let fits = |k: usize| cands[k].chars <= budget;
            // Longer sentences first, then near-repeats, then fragments.
            let tiers: [&dyn Fn(usize) -> bool; 3] = [&|k| avail(k) && !cands[k].short && !near(k), &|k| avail(k) && !cands[k].short, &|k| avail(k)];
            let Some(tier) = tiers.iter().position(|t| (0..cands.len()).any(t)) else { break };
            let any_stated = cands.iter().any(|c| c.stated);
            let claims = |k: usize| !any_stated || cands[k].stated;
            let open = tier == 0 && options.per_story && (0..cands.len()).any(|k| tiers[0](k) && fits(k) && claims(k) && !done.contains(&cands[k].story));
            let mut best: Option<(usize, f64)> = None;
            for k in (0..cands.len()).filter(|&k| tiers[tier](k)) {
                if open && (done.contains(&cands[k].story) || !fits(k) || !claims(k)) {
                    continue;
                }
                let value = cands[k].score - options.diversity * red(k);
                if best.is_none_or(|(_, v)| value > v) {
                    best = Some((k, value));
                }
            }
            let Some((k, _)) = best else { break };
            if !fits(k) {
                break;
            }
            used[k] = true;
            done.insert(cands[k].story);
            budget -= cands[k].chars;
            chosen.push(k);
        }
        chosen
    }

    #[test]
    fn lazy_greedy_picks_what_a_full_scan_picks() {
        let mut seed = 20240601u64;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        for round in 0..300 {
            let n = 1 + next(60) as usize;
            let stories = 1 + next(5) as usize;
            let cands: Vec<Candidate> = (0..n)
                .map(|unit| {
                    let mut terms: Vec<u32> = (0..next(8)).map(|_| next(12) as u32).collect();
                    terms.sort_unstable();
                    terms.dedup();
                    let chars = 5 + next(60) as usize;
                    // Coarse scores, so ties happen and their order is tested too.
                    let score = next(6) as f64 / 5.0;
                    let features =
                        Features { unit, story: 0, rank: 0.0, shared: 0.0, keyword_sum: 0.0, terms: 0, position: 0, story_sentences: 0, chars, title: 0.0 };
                    Candidate { unit, story: next(stories as u64) as usize, terms, score, chars, short: next(4) == 0, stated: next(4) != 0, features }
                })
                .collect();
            let options = Options {
                diversity: [0.0, 0.5, 1.0][round % 3],
                per_story: round % 2 == 0,
                max_chars: if round % 5 == 0 { Some(40 + next(200) as usize) } else { None },
                ..Options::default()
            };
            let wanted = 1 + next(n as u64 + 2) as usize;
            let lazy: Vec<usize> = choose(&cands, wanted, &options).iter().map(|p| p.unit).collect();
            assert_eq!(lazy, choose_by_scanning(&cands, wanted, &options), "round {round}");
        }
    }

    #[test]
    fn length_factor_penalises_fragments_and_run_ons() {
        assert_eq!(length_factor(4.0, 8.0, 30.0, 1.0), 0.5);
        assert_eq!(length_factor(20.0, 8.0, 30.0, 1.0), 1.0);
        assert_eq!(length_factor(60.0, 8.0, 30.0, 1.0), 0.5);
    }

    #[test]
    fn a_sentence_that_points_back_is_told_apart() {
        for s in
            ["他一边说，一边把枸杞苗拍照上传。", "“这一做法值得推广。”", "该公司表示将提高产量。", "其产量占全国一半。", "「這一做法值得推廣。」", "該公司表示"]
        {
            assert!(opens_on_pronoun(s), "{s}");
        }
        for s in ["此外，各地还将推出新举措。", "这次会议在北京举行。", "這次會議在北京舉行。", "他国经验表明，政策需要配套。", "李文斌说，今年收成不错。"]
        {
            assert!(!opens_on_pronoun(s), "{s}");
        }
    }

    #[test]
    fn a_byline_run_into_the_text_is_not_a_summary_sentence() {
        for s in ["《爸爸妈妈，我想对你们说》作者：嵇秉容，福山花园外国语小学五（6）班。", "作者：张三", "文/李四"] {
            assert!(is_byline_sentence(s), "{s}");
        }
        for s in [
            "作者：张三在文章中指出，城镇职工养老保险基金收支缺口逐年扩大，需要及早应对人口老龄化带来的挑战。",
            "文化和旅游部今天发布通知。",
            "《意见》作出部署。",
        ] {
            assert!(!is_byline_sentence(s), "{s}");
        }
    }

    #[test]
    fn cosine_of_term_sets() {
        assert_eq!(cosine(&[1, 2, 3], &[1, 2, 3]), 1.0);
        assert_eq!(cosine(&[1, 2], &[3, 4]), 0.0);
        assert_eq!(cosine(&[], &[1]), 0.0);
        assert!((cosine(&[1, 2], &[2, 3]) - 0.5).abs() < 1e-12);
    }

    #[test]
    fn the_sentence_sharing_most_with_the_others_ranks_first() {
        // Sentence 1 shares terms with both others; 0 and 2 share nothing.
        let sets = vec![vec![1, 2], vec![1, 2, 3, 4], vec![3, 4], vec![9]];
        for bm25 in [false, true] {
            let r = sentence_rank(&sets, bm25);
            assert!(r[1] > r[0] && r[1] > r[2], "{r:?}");
            assert!(r[3] < r[0], "an isolated sentence ranks last: {r:?}");
        }
    }

    #[test]
    fn graph_stays_sparse_on_many_similar_sentences() {
        let sets: Vec<Vec<u32>> = (0..500).map(|i| vec![1, 2, 100 + i]).collect();
        let r = sentence_rank(&sets, true);
        assert_eq!(r.len(), 500);
        assert!((r.iter().sum::<f64>() - 1.0).abs() < 1e-6);
    }
}
