//! Word graph → keywords; split compounds merged into terms; adjacent top terms
//! → keyphrases.

use crate::normalize::is_han;
use crate::rank::{pagerank, Graph};
use crate::round6;
use crate::stories::Role;
use crate::summary::{self, Document, Unit};
use crate::tokens::{object_verb, takes_object, Class, Token, Tokenizer, Vocab};
use crate::{Keyphrase, Keyword, Options, Tuning};
use libm::pow;
use rustc_hash::{FxHashMap, FxHashSet};

/// A split pair is merged when it recurs and its parts rarely occur apart.
const MERGE_MIN_COUNT: usize = 2;

/// Titles of office and trade that news writes before a person's name.
const TITLES: &str =
    "总统 主席 总理 首相 部长 外长 防长 国务卿 发言人 大使 特使 秘书长 书记 市长 省长 州长 议长 议员 院长 校长 董事长 总裁 执行官 总经理 经理 创始人 主任 局长 厅长 司长 处长 主帅 教练 队长 球员 选手 记者 主持人 导演 演员 歌手 教授 院士 博士 国王 女王 王子 王储 法官 律师 民警 作家 诗人 画家 学家 前锋 后卫 中锋 门将 辅警 董秘 总监 CEO 小伙";

/// How a figure moved (`CPI` + `同比`): part of no term's name, and never a keyword alone.
const COMPARISONS: [&str; 2] = ["同比", "环比"];

/// What honours a name after it (`周维忠同志`, `周明涛先生`): never part of a term.
const HONORIFICS: [&str; 3] = ["同志", "先生", "女士"];

/// Terms that may form keyphrases: the top ones by score.
const PHRASE_TOP_TERMS: usize = 24;

/// Ranked terms of a document.
pub struct Terms {
    /// (term id, score), best first.
    pub ranked: Vec<(u32, f64)>,
    /// Score of each term id, 0 for non-candidates.
    pub score: Vec<f64>,
    words: Vec<String>,
    /// Set phrases: ranked and scored like any term, left out of the keyword list.
    phrase: Vec<bool>,
    phrases: Vec<Phrase>,
}

/// How many of a thing (`部分` + `远鸿E5纯电动汽车`): no part of its name.
const QUANTIFIERS: [&str; 6] = ["部分", "全部", "所有", "各类", "多家", "多个"];

/// Merges recurring split compounds (`安宁` + `疗护` → `安宁疗护`) into single
/// candidate tokens, in every unit, before any graph is built.
#[inline(never)]
pub fn merge_compounds(units: &mut [Unit], vocab: &mut Vocab, tuning: &Tuning, is_stop: &dyn Fn(&str) -> bool, is_known: &dyn Fn(&str) -> bool) {
    for pass in 0..2 {
        // The first pass joins dictionary words. The second joins a compound to a noun,
        // with no modifier at its head, so a modifier cannot prefix a compound that is
        // already whole (`明确` + `阶段性重点`), and no verb or single char, so a term
        // the text uses on its own stays whole (`安宁疗护`, not `安宁疗护实践`).
        let rule = Joins { modifiers: pass == 0, verbs: pass == 0 && tuning.verb_merge, morphemes: pass == 0 && tuning.morphemes };
        let predicates = Predicates::of(vocab);
        let mut count: FxHashMap<u32, usize> = FxHashMap::default();
        // Pair → (count, strict). A verb next to a noun is usually a clause (`印发` + `意见`),
        // and a single char next to a word often belongs to the next word: such a strict
        // pair is a compound only when both its parts rarely occur apart, not just one.
        let mut pairs: FxHashMap<(u32, u32), (usize, bool)> = FxHashMap::default();
        let mut clauses: FxHashSet<(u32, u32)> = FxHashSet::default();
        for u in units.iter() {
            for (i, t) in u.tokens.iter().enumerate() {
                *count.entry(t.id).or_default() += 1;
                // A date's unit after its number (`2024` + `年度` + `老旧小区`) heads no term.
                let dated = i > 0
                    && u.tokens[i - 1].end == t.start
                    && vocab.words[u.tokens[i - 1].id as usize].bytes().all(|b| b.is_ascii_digit())
                    && ["年度", "季度", "月份", "年", "月"].contains(&vocab.words[t.id as usize].as_str());
                if let Some(n) = u.tokens.get(i + 1).filter(|_| !predicates.at(u, i + 1) && !dated) {
                    if let Some(strict) = rule.pair(t, n) {
                        // A headline repeats its lead's words (`…在吉隆坡举行` over `…首都吉隆坡举行`):
                        // a word and the verb after it there are not yet a term used twice.
                        let entry = pairs.entry((t.id, n.id)).or_insert((0, strict));
                        if !(n.class == Class::Verb && matches!(u.role, Role::Headline { .. })) {
                            entry.0 += 1;
                        }
                        // `中小学` + `迎来` and `迎来` + `新学期` are clauses.
                        let verb_with_object = |t: &Token| {
                            let w = &vocab.words[t.id as usize];
                            t.class == Class::Verb && takes_object(w) || object_verb(w)
                        };
                        if verb_with_object(t) || verb_with_object(n) {
                            clauses.insert((t.id, n.id));
                        }
                    }
                }
            }
        }
        let mut merges: FxHashMap<(u32, u32), u32> = FxHashMap::default();
        let mut candidates: Vec<((u32, u32), (usize, bool))> = pairs.into_iter().filter(|&(_, (c, _))| c >= MERGE_MIN_COUNT).collect();
        candidates.sort_unstable();
        for ((a, b), (c, strict)) in candidates {
            let (ca, cb) = (count.get(&a).copied().unwrap_or(0), count.get(&b).copied().unwrap_or(0));
            let apart = if strict { ca.max(cb) } else { ca.min(cb) };
            // A set phrase (`远高于`) is no part of a term, as it is none of a keyphrase.
            if clauses.contains(&(a, b)) || vocab.phrase[a as usize] || vocab.phrase[b as usize] {
                continue;
            }
            let (wa, wb) = (&vocab.words[a as usize], &vocab.words[b as usize]);
            // A full company name ends on its legal form: `…有限公司` + `总经理` is two terms.
            if title_before_name(wa, wb, is_known) || LEGAL_FORMS.iter().any(|f| wa.ends_with(f)) {
                continue;
            }
            // After a term, a comparison tells its figure (`CPI` + `同比`), and `同志` honours a
            // name (`周维忠` + `同志`): neither ends a term.
            if COMPARISONS.contains(&wb.as_str()) || HONORIFICS.contains(&wb.as_str()) {
                continue;
            }
            if QUANTIFIERS.contains(&wa.as_str()) {
                continue;
            }
            let word = format!("{}{}", vocab.words[a as usize], vocab.words[b as usize]);
            if (c as f64) >= tuning.merge_share * apart as f64 && word.chars().count() <= tuning.merge_max_chars && !is_stop(&word) {
                let id = vocab.intern_candidate(&word);
                // A comparison (`同比增长`, `环比下降`) is how a figure is told, not what the text
                // is about: it weighs as a term, but shows as no keyword.
                if COMPARISONS.contains(&vocab.words[a as usize].as_str()) {
                    vocab.phrase[id as usize] = true;
                }
                merges.insert((a, b), id);
            }
        }
        if merges.is_empty() {
            return;
        }
        for u in units.iter_mut() {
            let mut out: Vec<Token> = Vec::with_capacity(u.tokens.len());
            let mut i = 0;
            while i < u.tokens.len() {
                let t = u.tokens[i];
                if let Some(n) = u.tokens.get(i + 1).filter(|_| !predicates.at(u, i + 1)) {
                    if let Some(&id) = merges.get(&(t.id, n.id)).filter(|_| rule.pair(&t, n).is_some()) {
                        out.push(Token { id, start: t.start, end: n.end, class: Class::Candidate });
                        i += 2;
                        continue;
                    }
                }
                out.push(t);
                i += 1;
            }
            u.tokens = out;
        }
    }
}

/// Nouns to jieba that news writes before a verb as adverbs (`价格` + `小幅` + `上涨`, `指数` +
/// `集体` + `收涨`, `价格` + `基本` + `持平`).
const ADVERBIAL_NOUNS: [&str; 6] = ["小幅", "基本", "集体", "整体", "总体", "同步"];

/// Verbs by which news reports how a figure changed (`上涨2.1%`, `同比增长12%`).
const CHANGE_VERBS: [&str; 20] = [
    "上涨", "下降", "增长", "下跌", "上升", "回落", "减少", "增加", "提高", "降低", "扩大", "收窄", "下调", "上调", "回升", "攀升", "增至", "降至", "跌至",
    "升至",
];

/// The words of this text that may open the predicate of a clause (`CHANGE_VERBS`,
/// `ADVERBIAL_NOUNS`), marked by id: every token of every merge pass is tested.
struct Predicates {
    /// 1: a verb of change, 2: an adverbial noun, 0: neither.
    kind: Vec<u8>,
}

impl Predicates {
    fn of(vocab: &Vocab) -> Predicates {
        let mut kind = vec![0; vocab.words.len()];
        for (list, k) in [(&CHANGE_VERBS[..], 1), (&ADVERBIAL_NOUNS[..], 2)] {
            for id in list.iter().filter_map(|w| vocab.id(w)) {
                kind[id as usize] = k;
            }
        }
        Predicates { kind }
    }

    #[inline]
    fn has(&self, id: u32) -> bool {
        self.kind.get(id as usize).is_some_and(|&k| k > 0)
    }

    /// Whether the token at `k` opens the predicate of a clause, so that it joins no term with
    /// the word before it: a verb of change that reports a figure (`价格` + `上涨` + `2.1%`,
    /// `利润` + `增长` + `12%`), or an adverbial noun before a verb (`价格` + `小幅` + `回落`;
    /// `先进集体` stays a term).
    #[inline]
    fn at(&self, u: &Unit, k: usize) -> bool {
        let Some(t) = u.tokens.get(k).filter(|t| self.has(t.id)) else { return false };
        let Some(n) = u.tokens.get(k + 1).filter(|n| n.start == t.end) else { return false };
        let next = u.text.get(n.start as usize..).and_then(|s| s.chars().next()).unwrap_or(' ');
        if self.kind[t.id as usize] == 1 {
            next.is_ascii_digit() || "一二两三四五六七八九十百千万几".contains(next)
        } else {
            n.class != Class::Candidate && is_han(next)
        }
    }
}

/// A title of office before a name the segmenter had to guess or join (`法国总统` + `马克龙`,
/// `发言人` + `佩斯科夫`), or before a dictionary word of 2-3 chars that opens on a common
/// surname (`民警` + `李建国`, `作家` + `刘同`): the name is the keyword. Before another word
/// of the dictionary a title makes a term (`总统选举`, `律师事务所`, `院士工作站`).
fn title_before_name(a: &str, b: &str, is_known: &dyn Fn(&str) -> bool) -> bool {
    let name = || (2..=3).contains(&b.chars().count()) && b.chars().all(is_han) && b.chars().next().is_some_and(|c| SURNAMES.contains(c));
    let title = |w: &str| TITLES.split(' ').any(|t| w.ends_with(t));
    title(a) && !title(b) && (!is_known(b) || name())
}

/// Words at most of a term that an acronym names: more would reach back into the clause
/// (`利用` + `图形处理器（GPU）`, `器件给出最高电致发光（EL）`).
const ACRONYM_TERM_WORDS: usize = 2;

/// An acronym the text defines after its term (`不规则三角网（TIN）`, `由假鼻疽伯克霍尔德菌
/// (Burkholderia)`) is that term: the term is one word wherever the text writes it, and the
/// acronym's other occurrences count as the term's, so the concept is one keyword, named as
/// the text names it first. An author's keywords give the term, not the acronym. The term is
/// the one or two nouns or modifiers right before the bracket, of three chars at least
/// (`艾滋病（AIDS）`; not `运动恢复结构（SfM）` → `结构`).
#[inline(never)]
pub fn resolve_acronyms(units: &mut [Unit], vocab: &mut Vocab) {
    let latin = |v: &Vocab, id: u32| v.words[id as usize].chars().all(|c| c.is_ascii_alphanumeric());
    let han = |v: &Vocab, id: u32| v.words[id as usize].chars().all(crate::normalize::is_han);
    let word = |t: &Token| matches!(t.class, Class::Candidate | Class::Modifier | Class::Morpheme);
    // Acronym → (term's word ids, the term); and where each definition's acronym stands.
    let mut defined: FxHashMap<u32, (Vec<u32>, u32)> = FxHashMap::default();
    let mut at_definition: FxHashSet<(usize, u32)> = FxHashSet::default();
    for (n, u) in units.iter().enumerate() {
        for (k, l) in u.tokens.iter().enumerate() {
            if l.class != Class::Candidate || !latin(vocab, l.id) || defined.contains_key(&l.id) {
                continue;
            }
            let (before, after) = (u.text[..l.start as usize].trim_end(), u.text[l.end as usize..].trim_start());
            let Some(open) = before.strip_suffix(['（', '(']) else { continue };
            let term_end = open.trim_end().len();
            // The bracket may be a token of its own: the term ends before it.
            let Some(j) = u.tokens[..k].iter().rposition(|t| t.end as usize <= term_end).map(|p| p + 1) else { continue };
            if !after.starts_with(['）', ')']) || u.tokens[j - 1].end as usize != term_end {
                continue;
            }
            let mut first = j;
            while first > 0 && j - first < ACRONYM_TERM_WORDS {
                let t = &u.tokens[first - 1];
                let end = if first == j { term_end } else { u.tokens[first].start as usize };
                if t.end as usize != end || !word(t) || !han(vocab, t.id) {
                    break;
                }
                first -= 1;
            }
            let run: Vec<u32> = u.tokens[first..j].iter().map(|t| t.id).collect();
            let chars: usize = run.iter().map(|&id| vocab.words[id as usize].chars().count()).sum();
            if run.is_empty() || u.tokens[j - 1].class != Class::Candidate || chars < 3 {
                continue;
            }
            let term =
                if run.len() == 1 { run[0] } else { vocab.intern_candidate(&run.iter().map(|&id| vocab.words[id as usize].as_str()).collect::<String>()) };
            defined.insert(l.id, (run, term));
            at_definition.insert((n, l.start));
        }
    }
    if defined.is_empty() {
        return;
    }
    let terms: Vec<(Vec<u32>, u32)> = defined.values().filter(|(run, _)| run.len() > 1).cloned().collect();
    for (n, u) in units.iter_mut().enumerate() {
        // Only a unit that writes an acronym or a term's first word is rebuilt.
        if !u.tokens.iter().any(|t| defined.contains_key(&t.id) || terms.iter().any(|(run, _)| run.first() == Some(&t.id))) {
            continue;
        }
        let mut out: Vec<Token> = Vec::with_capacity(u.tokens.len());
        let mut i = 0;
        while i < u.tokens.len() {
            let t = u.tokens[i];
            // The term written out: one word.
            let whole = terms.iter().find(|(run, _)| {
                u.tokens.get(i..i + run.len()).is_some_and(|ts| ts.iter().zip(run).all(|(t, &id)| t.id == id) && ts.windows(2).all(|w| w[0].end == w[1].start))
            });
            if let Some((run, term)) = whole {
                out.push(Token { id: *term, start: t.start, end: u.tokens[i + run.len() - 1].end, class: Class::Candidate });
                i += run.len();
                continue;
            }
            match defined.get(&t.id) {
                // The acronym in its definition adds nothing to the term before it.
                Some(_) if at_definition.contains(&(n, t.start)) => {}
                Some(&(_, term)) => out.push(Token { id: term, ..t }),
                None => out.push(t),
            }
            i += 1;
        }
        u.tokens = out;
    }
}

/// Which adjacent token pairs may form a compound in a pass.
struct Joins {
    modifiers: bool,
    verbs: bool,
    morphemes: bool,
}

impl Joins {
    /// `None` when the pair may not join; else whether it is a strict pair (with a verb
    /// or a single char).
    fn pair(&self, a: &Token, b: &Token) -> Option<bool> {
        if a.end != b.start {
            return None;
        }
        let word = |t: &Token| t.class == Class::Candidate || self.modifiers && t.class == Class::Modifier;
        if word(a) && b.class == Class::Candidate {
            return Some(false);
        }
        let verb = |t: &Token| self.verbs && t.class == Class::Verb;
        let morpheme = |t: &Token| self.morphemes && t.class == Class::Morpheme;
        let strict =
            verb(a) && b.class == Class::Candidate || (word(a) || verb(a)) && verb(b) || word(a) && morpheme(b) || morpheme(a) && b.class == Class::Candidate;
        strict.then_some(true)
    }
}

/// Ranks the candidate terms of `doc` with TextRank over a co-occurrence graph.
pub fn extract(doc: &Document, tokenizer: &Tokenizer, options: &Options) -> Terms {
    let n = doc.vocab.len();
    // Node per candidate term; edges between candidates within `window` positions
    // of each other in a story's candidate sequence.
    let verbs = options.tuning.verb_factor;
    let is_node = |t: &Token| t.class == Class::Candidate || verbs > 0.0 && t.class == Class::Verb && !takes_object(&doc.vocab.words[t.id as usize]);
    let mut node_of = vec![u32::MAX; n];
    let mut nodes: Vec<u32> = Vec::new();
    let mut weights: FxHashMap<(u32, u32), f64> = FxHashMap::default();
    // A transcript's speakers (`审判长：`, `主播小鹿：`, `人工客服-阿月：`) label its turns: a label that
    // opens two turns or more is no word of the text.
    let mut labels: FxHashMap<&str, usize> = FxHashMap::default();
    for u in doc.units.iter().filter(|u| u.in_text()) {
        if let Some(label) = speaker_label(&u.text) {
            *labels.entry(&u.text[label]).or_default() += 1;
        }
    }
    let speaker = |u: &Unit| speaker_label(&u.text).filter(|l| labels.get(&u.text[l.clone()]).is_some_and(|&n| n >= 2)).map(|l| l.end);
    for story in &doc.stories {
        // In a Chinese story the English-only sentences and headlines translate the Chinese
        // beside them: their words would outnumber the Chinese terms they repeat. A Latin
        // term inside a Chinese sentence (`MRI`, `APEC`) or on a line of its own still counts.
        let body: Vec<usize> = story.units.clone().filter(|&i| doc.units[i].role == Role::Body).collect();
        let chinese = summary::is_chinese_with_latin(doc, &body);
        let seq: Vec<u32> = doc.units[story.units.clone()]
            .iter()
            .filter(|u| u.in_text() && !(chinese && summary::is_latin_sentence(u)))
            .flat_map(|u| {
                let outlet = source_outlet(u, &doc.vocab.words);
                let credited = credited_names(u, &doc.vocab.words, &|w| tokenizer.knows(w));
                let label = speaker(u).unwrap_or(0);
                u.tokens
                    .iter()
                    .enumerate()
                    .filter(move |&(k, t)| {
                        is_node(t) && Some(k) != outlet && !credited[k] && t.end as usize > label && !given_name(u, t, &doc.vocab.words[t.id as usize])
                    })
                    .map(|(_, t)| t.id)
            })
            .collect();
        for (i, &a) in seq.iter().enumerate() {
            for &b in seq.iter().skip(i + 1).take(options.window - 1) {
                if a != b {
                    let key = (a.min(b), a.max(b));
                    *weights.entry(key).or_default() += 1.0;
                }
            }
            if node_of[a as usize] == u32::MAX {
                node_of[a as usize] = nodes.len() as u32;
                nodes.push(a);
            }
        }
    }
    let mut edges: Vec<((u32, u32), f64)> = weights.into_iter().collect();
    edges.sort_unstable_by_key(|e| e.0);
    let mut graph: Graph = vec![Vec::new(); nodes.len()];
    for ((a, b), w) in edges {
        let (na, nb) = (node_of[a as usize], node_of[b as usize]);
        graph[na as usize].push((nb, w));
        graph[nb as usize].push((na, w));
    }
    let pr = pagerank(&graph);
    let mut score = vec![0.0; n];
    let mut ranked: Vec<(u32, f64)> = nodes
        .iter()
        .zip(&pr)
        .map(|(&id, &r)| {
            let mut s = r * pow(tokenizer.idf(&doc.vocab.words[id as usize]), options.tuning.idf_power);
            if doc.vocab.class[id as usize] == Class::Verb {
                s *= verbs;
            }
            score[id as usize] = s;
            (id, s)
        })
        .collect();
    if options.tuning.story_balance >= 0.0 && doc.stories.len() > 1 {
        balance_stories(doc, &nodes, &mut ranked, &mut score, options.tuning.story_balance);
    }
    // Nodes are in order of first occurrence, so a stable sort breaks ties by it.
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    let phrases = keyphrases(doc, &ranked, &score);
    let surfaces = surfaces(doc);
    let mut words = surfaces.clone();
    let mut phrase = doc.vocab.phrase.clone();
    // A comparison alone tells how a figure moved, not what the text is about: it joins terms
    // (`同比增长`) and weighs, but is never shown.
    for (hidden, w) in phrase.iter_mut().zip(&doc.vocab.words) {
        *hidden |= COMPARISONS.contains(&w.as_str());
    }
    // So is a verb of change the text writes only to report a figure (`上涨` + `2.1%`), and an
    // adverbial noun it writes only before a verb (`小幅` + `回落`).
    let mut reports: FxHashMap<u32, bool> = FxHashMap::default();
    let predicates = Predicates::of(&doc.vocab);
    for u in doc.units.iter().filter(|u| u.in_text()) {
        for (k, t) in u.tokens.iter().enumerate().filter(|(_, t)| predicates.has(t.id)) {
            *reports.entry(t.id).or_insert(true) &= predicates.at(u, k);
        }
    }
    for (id, only) in reports {
        phrase[id as usize] |= only;
    }
    whole_names(doc, &ranked, options.keywords.saturating_add(NAME_SLACK), &|w| tokenizer.knows(w), &mut words, &mut phrase);
    let stop = |w: &str| tokenizer.is_stop(w) || doc.extra_stop.contains(w);
    let skip = |w: &str| stop(w) || tokenizer.word_classes(w).starts_with('v');
    absorb_pieces(doc, &phrases, &score, &skip, &|w| tokenizer.knows(w), &mut words, &mut phrase);
    let pairs = pairs_once(doc, &ranked[..ranked.len().min(options.keywords)], &|w| tokenizer.knows(w));
    absorb_pieces(doc, &pairs, &score, &skip, &|w| tokenizer.knows(w), &mut words, &mut phrase);
    quoted_names(doc, &ranked[..ranked.len().min(options.keywords.saturating_add(NAME_SLACK))], &skip, &surfaces, &mut words, &mut phrase);
    extend_flanked(
        doc,
        &ranked[..ranked.len().min(options.keywords.saturating_add(NAME_SLACK))],
        &|w| tokenizer.knows(w),
        &skip,
        &surfaces,
        &mut words,
        &mut phrase,
    );
    for &(id, _) in &ranked[..ranked.len().min(options.keywords.saturating_add(NAME_SLACK))] {
        // A verb that takes an object weighs in the graph as the noun the segmenter took it for
        // (`利用`), but is no keyword.
        phrase[id as usize] |= is_measure(&words[id as usize]) || is_bare_unit(doc, &words[id as usize]) || object_verb(&words[id as usize]);
    }
    model_numbers(
        doc,
        &ranked[..ranked.len().min(options.keywords.saturating_add(NAME_SLACK))],
        &|w| tokenizer.is_stop(&w.to_ascii_lowercase()),
        &mut words,
        &mut phrase,
    );
    legal_forms(doc, &ranked[..ranked.len().min(options.keywords.saturating_add(NAME_SLACK))], &|w| tokenizer.knows(w), &mut words, &mut phrase);
    // Whatever pass made a name whole, how many of it there were is no part of it (`部分远鸿E5`).
    // Not a word that opens so (`所有者权益` is no `所有` of anything).
    for w in words.iter_mut() {
        let cut = ["部分", "各类", "多家", "多个"]
            .iter()
            .find_map(|q| w.strip_prefix(q).map(|r| (*q, r)))
            .filter(|(q, r)| r.chars().count() >= 2 && !tokenizer.knows(w) && r.chars().next().is_some_and(|c| !tokenizer.knows(&format!("{q}{c}"))));
        if let Some((_, rest)) = cut {
            *w = rest.to_string();
        }
    }
    Terms { ranked, score, words, phrase, phrases }
}

/// Units written in Latin letters after a figure.
const LATIN_UNITS: [&str; 37] = [
    "Wh", "kWh", "MWh", "GWh", "mAh", "W", "kW", "MW", "GW", "B", "P", "T", "GB", "TB", "MB", "mg", "kg", "g", "ml", "mL", "L", "mm", "cm", "km", "m", "Hz",
    "MHz", "GHz", "V", "kV", "nm", "mmHg", "mmol", "Pa", "kPa", "MPa", "dB",
];

/// A figure and its unit (`400Wh`, `5000P`, `3B`, `1TB`, `2.4mg`) tells how much, not of what;
/// a generation (`5G`, not a unit), a type (`052D`) or a name that opens on a letter (`H3N2`) is no such.
fn is_measure(word: &str) -> bool {
    let unit = word.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    unit.len() < word.len() && LATIN_UNITS.contains(&unit)
}

/// A unit the text writes only after a figure (`0.2412 Hz`, `90 mmHg`) is no keyword alone.
fn is_bare_unit(doc: &Document, word: &str) -> bool {
    LATIN_UNITS.contains(&word)
        && word.len() >= 2
        && doc
            .units
            .iter()
            .filter(|u| u.in_text())
            .all(|u| u.text.match_indices(word).all(|(k, _)| u.text[..k].trim_end_matches(' ').ends_with(|c: char| c.is_ascii_digit())))
}

/// A product line in Latin letters is named with its number, which the text sets off by a space
/// (`XY 8 Pro`, `Mate 70`, `ADS 3.0`): a keyword the text writes only so, always with the same
/// number, is shown with it (`XY 8`). So is a capitalised name of up to four words (`Hugging
/// Face`, `NVIDIA Jetson Orin NX`); a word of it that is a keyword but never stands alone is hidden.
fn model_numbers(doc: &Document, top: &[(u32, f64)], stop: &dyn Fn(&str) -> bool, words: &mut [String], hidden: &mut [bool]) {
    let texts: Vec<&str> = doc.units.iter().filter(|u| u.in_text()).map(|u| u.text.as_str()).collect();
    let latin = |w: &str| !w.is_empty() && w.len() <= 16 && w.chars().all(|c| c.is_ascii_alphabetic());
    // What the text always writes after `name`, a space away: a number, or a capitalised word.
    let next_of = |name: &str, capital: bool| -> Option<String> {
        let mut next: Option<&str> = None;
        for t in &texts {
            for (k, _) in t.match_indices(name) {
                let after = t[k + name.len()..].strip_prefix(' ').unwrap_or_default();
                let number_at = after.find(|c: char| !c.is_ascii_digit() && c != '.').unwrap_or(after.len());
                let digits = after[..number_at].trim_end_matches('.');
                // A number, not a figure: no letter runs on (`NBA 2K26`) and no unit follows (`IDC 2025 年`).
                let figure = after[digits.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
                    || after[digits.len()..].trim_start().starts_with(|c: char| "年月日号时点亿万千百元%％个台辆件款部家名人次倍".contains(c));
                // A word: capitalised (`Face`, `X8`, `Y`), no letter (`Niño`) or hyphen running on.
                let word_at = after.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(after.len());
                // English words of a sentence or a title (`THE … OF …`) make no name.
                let word = (capital && word_at >= 1 && after.starts_with(|c: char| c.is_ascii_uppercase()) && !stop(&after[..word_at]))
                    .then(|| &after[..word_at])
                    .filter(|_| !after[word_at..].starts_with(|c: char| c == '-' || c.is_alphabetic() && (c as u32) < 0x2E80));
                // A code that opens on a digit (`NBA 2K26`) names a model like a number does.
                let code_at = after.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(after.len());
                let code = &after[..code_at];
                let follower = if digits.is_empty() {
                    word
                } else if code.len() > digits.len() && !digits.contains('.') && !is_measure(code) {
                    Some(code)
                } else {
                    Some(digits).filter(|_| !figure)
                };
                // A letter before it: another word (`AXY`).
                let bounded = !t[..k].ends_with(|c: char| c.is_ascii_alphanumeric());
                if !bounded || follower.is_none() || next.is_some_and(|n| Some(n) != follower) {
                    return None;
                }
                next = next.or(follower);
            }
        }
        next.map(str::to_owned)
    };
    let head_of = |name: &str| -> Option<String> {
        let mut head: Option<&str> = None;
        for t in &texts {
            for (k, _) in t.match_indices(name) {
                let before = t[..k].strip_suffix(' ')?;
                let at = before.rfind(|c: char| !c.is_ascii_alphabetic()).map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
                let word = &before[at..];
                let bounded = !before[..at].ends_with(|c: char| c.is_ascii_digit() || c == '-' || c == '\'' || c == '’');
                if word.is_empty() || !word.starts_with(|c: char| c.is_ascii_uppercase()) || !bounded || stop(word) || head.is_some_and(|h| h != word) {
                    return None;
                }
                head = Some(word);
            }
        }
        head.map(str::to_owned)
    };
    let mut names: Vec<(usize, String)> = Vec::new();
    for &(id, _) in top {
        let i = id as usize;
        if !latin(&words[i]) {
            continue;
        }
        // Written in capitals, a function word is still one (`THE`, `WITH`); not two capitals (`IT`).
        if stop(&words[i]) {
            hidden[i] |= words[i].len() >= 3 || !words[i].chars().all(|c| c.is_ascii_uppercase());
            continue;
        }
        let capital = words[i].starts_with(|c: char| c.is_ascii_uppercase());
        let mut name = words[i].clone();
        // A word the text always writes after the same capitalised word is named with it (`Apple Watch`).
        for _ in 0..3 {
            match head_of(&name).filter(|h| h.len() + name.len() < 24) {
                Some(head) => name = format!("{head} {name}"),
                None => break,
            }
        }
        for _ in 0..3 {
            let Some(next) = next_of(&name, capital) else { break };
            let longer = format!("{name} {next}");
            if longer.len() > 24 {
                break;
            }
            name = longer;
            // A number ends the name.
            if next.starts_with(|c: char| c.is_ascii_digit()) {
                break;
            }
        }
        // Two words of one name (`Counterpoint`, `Research`) name it once, as the better ranked.
        if names.iter().any(|(_, n)| *n == name) {
            hidden[i] = true;
        } else if name.len() > words[i].len() {
            names.push((i, name));
        }
    }
    // A keyword inside another's name wherever the text writes it is a piece of that name.
    // Only a longer name hides a keyword, so two keywords never hide each other.
    let inside = |w: &str, own: usize| {
        let shown = names.iter().find(|(j, _)| *j == own).map_or(w.len(), |(_, n)| n.len());
        texts.iter().all(|t| {
            t.match_indices(w).all(|(k, _)| {
                names
                    .iter()
                    .filter(|(j, n)| *j != own && n.len() > shown)
                    .any(|(_, name)| t.match_indices(name.as_str()).any(|(n, _)| n <= k && k + w.len() <= n + name.len()))
            })
        })
    };
    let mut pieces: Vec<usize> = Vec::new();
    for &(id, _) in top {
        let i = id as usize;
        if latin(&words[i]) && names.iter().any(|(j, name)| *j != i && name.split(' ').any(|p| p == words[i])) && inside(&words[i], i) {
            pieces.push(i);
        }
    }
    for i in pieces {
        hidden[i] = true;
    }
    for (i, name) in names {
        words[i] = name;
    }
}

/// The legal forms that end a company's full name (`…科技股份有限公司`).
const LEGAL_FORMS: [&str; 3] = ["股份有限公司", "有限责任公司", "有限公司"];

/// A company is known by its name, not its legal form: a keyword that ends on one is shown
/// without it (`中建鼎盛集团有限公司` → `中建鼎盛集团`, `江浙农商银行股份` → `江浙农商银行`), and
/// one that is only a form and a trade (`科技股份有限公司`, `电子股份有限公司`) or opens on a
/// form (`有限公司总经理`) is a piece of a name cut apart: hidden.
fn legal_forms(doc: &Document, top: &[(u32, f64)], known: &dyn Fn(&str) -> bool, words: &mut [String], hidden: &mut [bool]) {
    let texts: Vec<&str> = doc.units.iter().filter(|u| u.in_text()).map(|u| u.text.as_str()).collect();
    for &(id, _) in top {
        let i = id as usize;
        let word = words[i].as_str();
        if LEGAL_FORMS.iter().any(|f| word.starts_with(f) && word.len() > f.len()) {
            hidden[i] = true;
            continue;
        }
        // `…股份` is a listed company's short name (`乐升股份`) unless the text writes it only
        // before `有限公司`, its full name's end.
        let cut_short = |w: &str| {
            let mut at = texts.iter().flat_map(|t| t.match_indices(w).map(move |(k, _)| &t[k + w.len()..]));
            w.ends_with("股份") && at.all(|rest| rest.starts_with("有限公司"))
        };
        let name = match LEGAL_FORMS.iter().find_map(|f| word.strip_suffix(f)) {
            Some(name) => name,
            None if cut_short(word) => word.strip_suffix("股份").unwrap_or(word),
            None => word,
        };
        if name.len() == word.len() {
            continue;
        }
        if name.is_empty() || known(name) {
            hidden[i] = true;
        } else {
            words[i] = name.to_string();
        }
    }
}

/// The outlet a sentence opens on as its source (`韩联社消息，`, `据路透社报道，`, `人民网消息称`):
/// the index of its token. It tells where the news comes from, not what it is.
fn source_outlet(u: &Unit, words: &[String]) -> Option<usize> {
    let toks = &u.tokens;
    let k = (1..toks.len().min(4)).find(|&k| matches!(words[toks[k].id as usize].as_str(), "消息" | "报道"))?;
    let next = u.text.get(toks[k].end as usize..).and_then(|r| r.chars().next());
    let outlet = words[toks[k - 1].id as usize].ends_with(['社', '网', '报', '台']);
    (outlet && toks[k - 1].end == toks[k].start && next.is_some_and(|c| "，,：:（(称".contains(c))).then_some(k - 1)
}

/// Staff credited in the text (`（记者 陈思远）`, `现场记者 龙佳怡 报道`, `审核：陈恺`, `通讯员 彭晓峰
/// 刘嘉懿`): the names right after a credit, one after another. They tell who reported, not
/// what happened. A name is a word of 2–3 Han chars that opens on a common surname, or, set
/// off by a space, a colon or `、`, one of 2–4 the dictionary lacks (not `记者` + `调查`, `直击`).
/// Where a turn's speaker label is, before its colon: `审判长：…`, `[20:31:05]主播小鹿：…`,
/// `2025-06-16 19:09:35人工客服-阿月：…`. A short name with no clause in it.
fn speaker_label(text: &str) -> Option<std::ops::Range<usize>> {
    // After a stamp the label's own chars begin.
    let rest = text.trim_start_matches(|c: char| c.is_ascii_digit() || " -/:[]【】".contains(c));
    let at = text.len() - rest.len();
    let colon = rest.find(['：', ':'])?;
    let name = &rest[..colon];
    let n = name.chars().count();
    ((1..=10).contains(&n) && !name.contains(['，', '。', '、', ',', ' ', '“', '”', '（', '('])).then_some(at..at + colon)
}

fn credited_names(u: &Unit, words: &[String], known: &dyn Fn(&str) -> bool) -> Vec<bool> {
    const CREDITS: [&str; 10] = ["记者", "通讯员", "编辑", "责编", "审核", "校对", "摄影", "文字", "实习生", "撰文"];
    let mut out = vec![false; u.tokens.len()];
    let (mut open, mut apart) = (false, false);
    for (k, t) in u.tokens.iter().enumerate() {
        let word = words[t.id as usize].as_str();
        let n = word.chars().count();
        let surname = n <= 3 && word.starts_with(|c: char| SURNAMES.contains(c));
        if CREDITS.contains(&word) {
            (open, apart) = (true, false);
        } else if open && (2..=4).contains(&n) && word.chars().all(is_han) && t.class == Class::Candidate && (surname || apart && !known(word)) {
            (out[k], apart) = (true, false);
        } else if open && word.chars().all(|c| c.is_whitespace() || "：:、".contains(c)) {
            apart = true;
        } else {
            open = false;
        }
    }
    out
}

/// A word right before the dot of a foreign name (`基尔`·`斯塔默`, `何塞`·`曼努埃尔`·`阿尔瓦雷斯`)
/// is a given name: news names the person by the surname after the last dot. Only a word of
/// transliteration chars: a dot also joins the parts of a mixture (`毒死蜱·甲氨基阿维菌素`).
fn given_name(u: &Unit, t: &Token, word: &str) -> bool {
    u.text.get(t.end as usize..).and_then(|r| r.chars().next()).is_some_and(|c| "·・•‧".contains(c))
        && word.chars().count() >= 2
        && word.chars().all(|c| TRANSLITERATION.contains(c))
}

/// How many terms past the keywords asked for are looked at by `whole_names`: one that
/// becomes a duplicate leaves its place to the next.
const NAME_SLACK: usize = 10;

/// Chars that stand beside a word without being part of it: a name is not extended to end on
/// one (`张本智和` needs three sightings), though one may stand inside it (`月之暗面`).
const LOOSE_CHARS: &str =
    "的了着过是在等某及或与并也都就又还而但被把将对从向为以于之和中下上内外更较最很该各其此本我你他她到所呈样得据称说由让给已经当按今需能可拟起沿遭赴往";
/// The commonest surnames, which news writes before `某` to hide a name (`陈某某`, `王某`).
pub(crate) const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤施洪游包樊殷倪庄聂章鲁葛柴岳祝詹左陳劉楊黃趙吳鄭謝許馮鄧蕭董袁潘蔣蘇魏呂盧姜鍾譚陸範賈夏韋鄒孟熊邱尹薛閆雷侯龍陶黎賀顧龔邵萬錢嚴";

/// A name that the segmenter cut apart leaves a word with the same single char beside it
/// every time it occurs (`佩` + `斯科夫`, `桦` + `加沙`, `张本智` + `和`, `月之` + `暗面`): such
/// a keyword is shown whole. One always followed by `某` is the surname of an anonymised
/// name (`被告人陈` of `被告人陈某某`): never shown.
fn whole_names(doc: &Document, ranked: &[(u32, f64)], limit: usize, known: &dyn Fn(&str) -> bool, words: &mut [String], hidden: &mut [bool]) {
    let top: FxHashSet<u32> = ranked.iter().take(limit).map(|e| e.0).collect();
    let mut occurrences: FxHashMap<u32, Vec<(usize, usize)>> = FxHashMap::default();
    for (ui, u) in doc.units.iter().enumerate().filter(|(_, u)| u.in_text()) {
        for (j, t) in u.tokens.iter().enumerate().filter(|(_, t)| top.contains(&t.id)) {
            occurrences.entry(t.id).or_default().push((ui, j));
        }
    }
    // The single Han char of the token at `k` of unit `ui`, if it is one and touches `toward`;
    // after the word, also the first char of a two-char guess that ends on a loose char, which
    // the segmenter glued to the name's last char (`斯塔` + `默在`), or of one that ends on 说
    // (`黄德` + `明说`): then `true`.
    let single = |ui: usize, k: usize, toward: usize| -> Option<(char, bool)> {
        let u = &doc.units[ui];
        let (t, n) = (u.tokens.get(k)?, u.tokens.get(toward)?);
        let adjacent = t.end == n.start || n.end == t.start;
        let mut cs = u.text.get(t.start as usize..t.end as usize)?.chars();
        let c = cs.next()?;
        let guess = !known(&doc.vocab.words[t.id as usize]);
        let glued = k > toward && cs.clone().next().is_some_and(|d| guess && d != '某' && LOOSE_CHARS.contains(d) || d == '说') && cs.clone().nth(1).is_none();
        if glued {
            cs.next();
        }
        // A char after a number or a Latin word is its unit or suffix (`2型`, `A股`, `9个月`);
        // one before a number is the verb that quotes it (`中间价` + `报7.08`).
        let bound = u
            .text
            .get(..t.start as usize)
            .and_then(|b| b.chars().next_back())
            .is_some_and(|p| p.is_alphanumeric() && !is_han(p) || "一二三四五六七八九十百千万两几个".contains(p))
            || u.text.get(t.end as usize..).is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()));
        (adjacent && cs.next().is_none() && is_han(c) && !bound).then_some((c, glued))
    };
    for (id, list) in occurrences {
        let Some(&(first_u, first_j)) = list.first() else { continue };
        let unit = |ui: usize| &doc.units[ui];
        // A dictionary word is hidden only before `某某` or a `某` that ends the name (`浙江某高校` is
        // a place): a guess or a compound (`被告人陈`) is hidden before any `某`.
        let word = doc.vocab.words[id as usize].as_str();
        let dictionary = known(word);
        let anonymised = word.chars().last().is_some_and(|c| SURNAMES.contains(c))
            && list.iter().all(|&(ui, j)| {
                let u = unit(ui);
                let after = u.tokens.get(j).and_then(|t| u.text.get(t.end as usize..)).unwrap_or("");
                let mut next = after.chars();
                next.next() == Some('某') && (!dictionary || next.next().is_none_or(|c| c == '某' || !is_han(c)))
            });
        if anonymised {
            hidden[id as usize] = true;
            continue;
        }
        // Only a noun, a guess or a compound may be a piece of a longer name; seen once, it is
        // extended only into another word of the text (`王楚` + `钦`).
        if !doc.vocab.open.get(id as usize).copied().unwrap_or(false) {
            continue;
        }
        let once = list.len() < 2;
        // The same char beside every occurrence, `step` tokens out on one side, and whether it
        // was glued to a loose char anywhere (nothing further is then added).
        let common = |step: usize, left: bool| -> Option<(char, bool)> {
            let mut seen: Option<char> = None;
            let mut glued = false;
            for &(ui, j) in &list {
                let (k, toward) = if left { (j.checked_sub(step)?, j + 1 - step) } else { (j + step, j + step - 1) };
                let (c, g) = single(ui, k, toward)?;
                if seen.is_some_and(|s| s != c) {
                    return None;
                }
                seen = Some(c);
                glued |= g;
            }
            seen.map(|c| (c, glued))
        };
        let base = words[id as usize].chars().count();
        let grow = |left: bool| -> (usize, bool) {
            let (mut kept, mut step) = (0, 0);
            while base + step < 8 {
                let Some((c, glued)) = common(step + 1, left) else { break };
                step += 1;
                // A loose char is no part of a name, save `之` inside one (`月之暗面`) and a
                // name's last `和` when seen often (`张本智和`).
                if c == '和' && !left && list.len() >= 3 && !dictionary || !LOOSE_CHARS.contains(c) {
                    kept = step;
                    if glued {
                        return (kept, true);
                    }
                } else if c != '之' || glued {
                    break;
                }
            }
            (kept, false)
        };
        let ((left, _), (right, glued)) = (grow(true), grow(false));
        if left + right == 0 {
            continue;
        }
        let u = unit(first_u);
        // Up to the last token, or only its first char when that was glued to a loose one.
        let end = |b: &Token| {
            if glued {
                u.text.get(b.start as usize..).and_then(|r| r.chars().next()).map_or(b.end as usize, |c| b.start as usize + c.len_utf8())
            } else {
                b.end as usize
            }
        };
        let span = u.tokens.get(first_j - left).zip(u.tokens.get(first_j + right)).and_then(|(a, b)| u.text.get(a.start as usize..end(b)));
        // A guessed given name after a surname (`刘子` + `豪`), or a surname before a word (`施` + `佳欣`).
        let name = |w: &str| base == 2 && left + right == 1 && (left == 1 || !dictionary) && is_chinese_name(w);
        // A disease named for a person (`阿尔茨海默` + `病`, `帕金森` + `症`).
        let disease = |w: &str| right == 1 && left == 0 && is_transliteration(word) && w.ends_with(['病', '症']);
        if let Some(whole) = span.filter(|w| !once || doc.vocab.contains(w) || is_transliteration(w) || name(w) || disease(w)) {
            words[id as usize] = whole.to_string();
            // What the name's last char was glued to is no word (`電今` of `台積電今日`).
            if glued {
                for &(ui, j) in &list {
                    let t = unit(ui).tokens.get(j + right).filter(|t| t.end - t.start > 3 && !known(&doc.vocab.words[t.id as usize])); // more than one char
                    if let Some(t) = t {
                        hidden[t.id as usize] = true;
                    }
                }
            }
        }
    }
}

/// A keyphrase whose words the text never writes apart (`中国证券` + `投资基金业协会`) is
/// one name: the keyword list shows it whole, in the place of its best-ranked word, and
/// leaves its other words out. Not one that is a stop word or opens on a verb (`skip`).
fn absorb_pieces(
    doc: &Document,
    phrases: &[Phrase],
    score: &[f64],
    skip: &dyn Fn(&str) -> bool,
    known: &dyn Fn(&str) -> bool,
    words: &mut [String],
    hidden: &mut [bool],
) {
    if phrases.is_empty() {
        return;
    }
    let mut count: FxHashMap<u32, usize> = FxHashMap::default();
    let pieces: FxHashSet<u32> = phrases.iter().flat_map(|p| p.2.iter().copied()).collect();
    for u in doc.units.iter().filter(|u| u.in_text()) {
        for t in u.tokens.iter().filter(|t| pieces.contains(&t.id)) {
            *count.entry(t.id).or_default() += 1;
        }
    }
    let mut taken: FxHashSet<u32> = FxHashSet::default();
    for (shown, _, ids, n) in phrases {
        let whole =
            ids.iter().all(|&id| count.get(&id) == Some(n) && !taken.contains(&id) && !hidden[id as usize] && doc.vocab.class[id as usize] == Class::Candidate);
        let Some(&best) = ids.iter().max_by(|a, b| score[**a as usize].total_cmp(&score[**b as usize])) else { continue };
        let word = |id: &u32| doc.vocab.words[*id as usize].as_str();
        // Not a clause (`国务院` + the verb `任免` + `国家工作人员`), nor a word `whole_names` made longer
        // (`省委组织部` + `干部监督` of `干部监督处`; a traditional surface is as long as its word).
        let stop_piece = |ids: &[u32]| {
            ids.iter().any(|id| known(word(id)) && skip(word(id)) || words[*id as usize].chars().count() != word(id).chars().count())
                || skip(&ids.iter().map(word).collect::<String>())
        };
        // A name and the title before or after it (`民警` + `李建国`, `周维忠` + `同志`) are two things.
        let titled = ids.last().is_some_and(|id| HONORIFICS.contains(&word(id)) || TITLES.split(' ').any(|t| t == word(id)))
            || ids.windows(2).any(|w| title_before_name(word(&w[0]), word(&w[1]), known));
        let counted = ids.first().is_some_and(|id| QUANTIFIERS.contains(&word(id)));
        if !whole || titled || counted || shown.chars().count() > 12 || skip(shown) || stop_piece(ids) {
            continue;
        }
        taken.extend(ids.iter().copied());
        for &id in ids {
            hidden[id as usize] = id != best;
        }
        words[best as usize] = shown.clone();
    }
}

/// A keyword the text writes two or more times, each time right beside the same dictionary
/// noun of two chars or more (`人均可支配` + `收入`, `多式` + `联运`, `营业` + `收入`), is a piece
/// of that longer term: shown whole, up to 10 chars. So is a body named once, with the place
/// before it, and a road named once. A name or term already shown whole (`surfaces` holds each
/// term as the text writes it), a hidden one and one that opens on a verb are left alone, and
/// none is made a stop word.
fn extend_flanked(
    doc: &Document,
    top: &[(u32, f64)],
    known: &dyn Fn(&str) -> bool,
    skip: &dyn Fn(&str) -> bool,
    surfaces: &[String],
    words: &mut [String],
    hidden: &mut [bool],
) {
    let top: FxHashSet<u32> =
        top.iter().map(|e| e.0).filter(|&id| !hidden[id as usize] && words[id as usize] == surfaces[id as usize] && doc.vocab.open[id as usize]).collect();
    let mut occurrences: FxHashMap<u32, Vec<(usize, usize)>> = FxHashMap::default();
    for (ui, u) in doc.units.iter().enumerate().filter(|(_, u)| u.in_text()) {
        for (j, t) in u.tokens.iter().enumerate().filter(|(_, t)| top.contains(&t.id)) {
            occurrences.entry(t.id).or_default().push((ui, j));
        }
    }
    let noun = |id: u32| {
        let w = doc.vocab.words[id as usize].as_str();
        doc.vocab.class[id as usize] == Class::Candidate
            && doc.vocab.open[id as usize]
            && known(w)
            && !doc.vocab.phrase[id as usize]
            && w.chars().count() >= 2
            && !TITLES.split(' ').any(|t| t == w)
            && !COMPARISONS.contains(&w)
            && !HONORIFICS.contains(&w)
    };
    let word = |id: u32| doc.vocab.words[id as usize].as_str();
    // A body of government or a public institution is named with its place even when the
    // text names it once (`广东省` + `交通运输厅`, `上海市` + `文化和旅游局`).
    let body = |id: u32| ["厅", "局", "委", "办", "署", "中心", "机场", "医院", "法院", "检察院", "研究院", "研究所"].iter().any(|s| word(id).ends_with(s));
    let place = |id: u32| crate::stories::is_place(word(id));
    // A road, a tunnel or a plain named once is shown whole (`龙蟠` + `中路`, `汾渭` + `平原`).
    let way = |id: u32| ["中路", "东路", "西路", "南路", "北路", "大街", "大道", "隧道", "高速", "大桥", "公路", "平原"].contains(&word(id));
    let mut found: Vec<(u32, Vec<(usize, usize)>)> = occurrences.into_iter().collect();
    found.sort_unstable();
    let count = |id: u32| doc.units.iter().filter(|u| u.in_text()).flat_map(|u| &u.tokens).filter(|t| t.id == id).count();
    let mut hide: Vec<u32> = Vec::new();
    for (id, list) in found {
        // The same noun right beside every occurrence, on one side.
        let side = |left: bool| -> Option<u32> {
            let mut seen: Option<u32> = None;
            for &(ui, j) in &list {
                let u = &doc.units[ui];
                let k = if left { j.checked_sub(1)? } else { j + 1 };
                let (t, n) = (u.tokens.get(j)?, u.tokens.get(k)?);
                let adjacent = if left { n.end == t.start } else { t.end == n.start };
                if !adjacent || !noun(n.id) || n.id == id || seen.is_some_and(|s| s != n.id) {
                    return None;
                }
                seen = Some(n.id);
            }
            seen
        };
        // Not a title and the name beside it (`日本首相` + `石破茂`, `陈家骏` + `同志`).
        let me = word(id);
        let titled = |l: u32, r: u32| title_before_name(word(l), word(r), known) || HONORIFICS.contains(&word(r));
        let once = list.len() < 2;
        // A two-char guess is a piece of a name or term the dictionary lacks, whole with the
        // noun after it even when named once (`季前` + `热身赛`, `鼎泰` + `光通`, `老旧` + `小区`).
        // Not with the noun before it: that is as often a subject and its verb (`寒潮` + `来袭`,
        // `游客` + `错峰`), nor with a place after it (`分落` + `广东`; a `小区` or `园区` is no
        // place). Not a guess that opens on a surname (a person's name) or a modal (`需刷` +
        // `身份证`), or that ends on a function char (`机和` + `地图`, `疑遭` + `室友`).
        let piece = !known(me)
            && me.chars().count() == 2
            && !me.starts_with(|c: char| SURNAMES.contains(c) || crate::tokens::PHRASE_OPENERS.contains(c) || crate::tokens::GLUED_OPENERS.contains(c))
            && !me.ends_with(|c: char| crate::tokens::FRAGMENT_EDGES.contains(c) || "和中因遭".contains(c));
        let (after, before) = (side(false), side(true));
        let right = after.is_some_and(|r| !titled(id, r) && (!once || way(r) || piece && (!place(r) || word(r).ends_with('区')))) as usize;
        let left = before.is_some_and(|l| !titled(l, id) && (!once || place(l) && body(id))) as usize;
        // A clause glued by the merge (`培育发展新质` + `生产力`) is not made longer.
        if left + right == 0 || HONORIFICS.contains(&me) || TITLES.split(' ').any(|t| me.ends_with(t)) && !known(me) || skip(me) {
            continue;
        }
        let Some(&(ui, j)) = list.first() else { continue };
        let u = &doc.units[ui];
        let span = u.tokens.get(j - left).zip(u.tokens.get(j + right)).and_then(|(a, b)| u.text.get(a.start as usize..b.end as usize));
        if let Some(whole) = span.filter(|w| w.chars().count() <= 10 && !skip(w)) {
            words[id as usize] = whole.to_string();
            // A noun the text writes only beside this keyword is shown in it, not again alone
            // (`季前热身赛`, not also `热身赛`).
            let taken = [(left == 1).then_some(before), (right == 1).then_some(after)];
            hide.extend(taken.into_iter().flatten().flatten().filter(|&n| count(n) == list.len()));
        }
    }
    for id in hide {
        hidden[id as usize] = true;
    }
}

/// Quote marks and title marks that set off a name (`“长风一号”`, `「京彩秋冬」`, `《哪吒之魔童闹海》`).
const NAME_MARKS: [(char, char); 5] = [('“', '”'), ('「', '」'), ('『', '』'), ('《', '》'), ('"', '"')];

/// A quoted name of 3 to 8 chars is one term: news sets coined names, campaigns and slogans
/// in quotes (`“夏送清凉”`, `“长风一号”`, `“龙粳3022”`), which the segmenter cuts like any
/// other text. A keyword the text writes only inside one such name, quoted there or not, is
/// shown as the name, and a second keyword of the same name is hidden. Not a keyword the text
/// also writes apart (`代练` of `“在家代练日结”`) or in two names (`长风` of `长风一号`,
/// `长风三号`), nor a quote that reads as a clause (`“3月不减肥”`, `“毛主席的汽车”`,
/// `“明年起取消公积金”`: a function char).
fn quoted_names(doc: &Document, top: &[(u32, f64)], skip: &dyn Fn(&str) -> bool, surfaces: &[String], words: &mut [String], hidden: &mut [bool]) {
    let name_char = |c: char| {
        is_han(c) && !crate::tokens::PHRASE_OPENERS.contains(c) && !"的地得着了过吗呢吧啊么起".contains(c) || c.is_ascii_alphanumeric() || "+-·".contains(c)
    };
    let mut names: Vec<String> = Vec::new();
    for u in doc.units.iter().filter(|u| u.in_text()) {
        let mut rest = u.text.as_str();
        while let Some((i, open)) = rest.char_indices().find(|&(_, c)| NAME_MARKS.iter().any(|m| m.0 == c)) {
            rest = &rest[i + open.len_utf8()..];
            let Some(&(_, close)) = NAME_MARKS.iter().find(|m| m.0 == open) else { break };
            let Some(end) = rest.find(close) else { break };
            let inner = &rest[..end];
            let n = inner.chars().count();
            if (3..=8).contains(&n) && inner.chars().all(name_char) && inner.chars().any(is_han) && !skip(inner) && !names.iter().any(|s| s == inner) {
                names.push(inner.to_string());
            }
            rest = &rest[end + close.len_utf8()..];
        }
    }
    if names.is_empty() {
        return;
    }
    let wanted: FxHashSet<u32> = top.iter().map(|e| e.0).filter(|&id| !hidden[id as usize] && words[id as usize] == surfaces[id as usize]).collect();
    let mut occurrences: FxHashMap<u32, Vec<(&Unit, &Token)>> = FxHashMap::default();
    for u in doc.units.iter().filter(|u| u.in_text()) {
        for t in u.tokens.iter().filter(|t| wanted.contains(&t.id)) {
            occurrences.entry(t.id).or_default().push((u, t));
        }
    }
    let mut shown: FxHashSet<String> = top.iter().filter(|e| !hidden[e.0 as usize]).map(|e| words[e.0 as usize].clone()).collect();
    for &(id, _) in top {
        let i = id as usize;
        let Some(list) = occurrences.get(&id) else { continue };
        // The one name that holds every occurrence of the keyword; the names that hold a piece
        // of text are looked for once (a long paste has many names and many occurrences).
        let mut holder: Option<&str> = None;
        let mut held = true;
        let mut holding: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
        for &(u, t) in list {
            let (a, b) = (t.start as usize, t.end as usize);
            let piece = u.text.get(a..b).unwrap_or_default();
            let candidates = holding.entry(piece).or_insert_with(|| names.iter().map(String::as_str).filter(|s| s.contains(piece)).collect());
            let within = candidates.iter().find(|s| u.text.match_indices(**s).any(|(k, m)| k <= a && b <= k + m.len()));
            match (within, holder) {
                (Some(&s), None) => holder = Some(s),
                (Some(&s), Some(h)) if s == h => {}
                _ => held = false,
            }
        }
        let Some(name) = holder.filter(|h| held && *h != words[i]) else { continue };
        if shown.contains(name) {
            hidden[i] = true;
        } else {
            shown.insert(name.to_string());
            words[i] = name.to_string();
        }
    }
}

/// Chars of the tables by which news transliterates foreign names (`佩斯科夫`, `泽连斯基`,
/// `莱维特`). A name of three or more of them, cut apart by the segmenter, is one name even
/// when the text names the person once.
pub(crate) const TRANSLITERATION: &str = "阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕宾波伯博布查察达戴丹道德登迪蒂丁东杜敦多厄恩尔法凡范菲费芬丰弗福富盖甘冈高戈格贡古瓜圭哈海汉豪何赫亨洪胡霍基吉加贾杰金居卡凯坎康考柯科克肯库夸奎昆拉莱赖兰朗劳勒雷蕾黎里利莉丽连林琳留柳隆娄卢鲁路伦罗洛吕马玛迈麦曼芒梅门蒙米莫默姆穆纳娜奈南瑙内尼涅宁纽努诺欧帕潘庞佩彭皮普齐奇恰乔切钦琼丘屈热萨夫列别捷娅妮丝契琪黛塞赛桑森沙莎尚舍什斯松苏索塔泰坦汤唐特滕提图托瓦万旺威韦维温沃乌武西希锡夏谢辛休雅亚扬耶伊尤约泽扎詹兹佐娃茨";

/// A Chinese name the segmenter cut into a two-char word and a single char (`施` + `佳欣`,
/// `刘子` + `豪`): three chars, the first a common surname, the last no numeral (`刘洋` + `六`).
fn is_chinese_name(word: &str) -> bool {
    word.chars().count() == 3
        && word.chars().all(is_han)
        && word.chars().next().is_some_and(|c| SURNAMES.contains(c))
        && word.chars().last().is_some_and(|c| !"一二三四五六七八九十百千万亿两".contains(c))
}

fn is_transliteration(word: &str) -> bool {
    word.chars().count() >= 3 && word.chars().all(|c| TRANSLITERATION.contains(c))
}

/// Each term as the text first writes it: the vocabulary holds the simplified form of a
/// traditional text (`simplify`), but a keyword is shown as the user wrote it.
fn surfaces(doc: &Document) -> Vec<String> {
    let mut out: Vec<Option<String>> = vec![None; doc.vocab.len()];
    for u in doc.units.iter().filter(|u| u.in_text()) {
        for t in &u.tokens {
            let slot = &mut out[t.id as usize];
            if slot.is_none() {
                *slot = u.text.get(t.start as usize..t.end as usize).map(str::to_string);
            }
        }
    }
    out.into_iter().zip(&doc.vocab.words).map(|(s, w)| s.unwrap_or_else(|| w.clone())).collect()
}

/// In a multi-story paste, scores each term relative to the best term of the
/// story it occurs in most, so a short story's topic is not drowned by a long one.
#[inline(never)]
fn balance_stories(doc: &Document, nodes: &[u32], ranked: &mut [(u32, f64)], score: &mut [f64], power: f64) {
    // Occurrences per (term, story), kept sparse: a long paste has thousands of stories.
    let mut per_story: FxHashMap<(u32, usize), usize> = FxHashMap::default();
    let mut size = vec![0usize; doc.stories.len()];
    for u in doc.units.iter().filter(|u| u.in_text()) {
        for t in u.tokens.iter().filter(|t| t.class == Class::Candidate) {
            *per_story.entry((t.id, u.story)).or_default() += 1;
            size[u.story] += 1;
        }
    }
    // Home story of a term: where it occurs most, the earliest on a tie.
    let mut home: FxHashMap<u32, (usize, usize)> = FxHashMap::default();
    for (&(id, story), &n) in &per_story {
        let e = home.entry(id).or_insert((story, n));
        if n > e.1 || n == e.1 && story < e.0 {
            *e = (story, n);
        }
    }
    let home_of = |id: u32| home.get(&id).map_or(0, |h| h.0);
    let mut best = vec![0.0f64; doc.stories.len()];
    for &id in nodes {
        let h = home_of(id);
        best[h] = best[h].max(score[id as usize]);
    }
    let largest = size.iter().copied().max().unwrap_or(1).max(1) as f64;
    for entry in ranked.iter_mut() {
        let h = home_of(entry.0);
        if best[h] > 0.0 {
            entry.1 = entry.1 / best[h] * pow(size[h] as f64 / largest, power);
            score[entry.0 as usize] = entry.1;
        }
    }
}

/// A candidate keyphrase: how often it occurs, its weight, where it first occurs, and how
/// the text first writes it.
struct Found {
    count: usize,
    weight: f64,
    order: usize,
    shown: String,
    ids: Vec<u32>,
}

/// A keyphrase, its words' term ids, and how often it occurs.
type Phrase = (String, f64, Vec<u32>, usize);

/// Two keywords the dictionary lacks, side by side (`抵港` + `直装`, `控量` + `稳价`): a term or a
/// slogan, which `absorb_pieces` shows whole when the text writes neither apart (here: once).
fn pairs_once(doc: &Document, top: &[(u32, f64)], known: &dyn Fn(&str) -> bool) -> Vec<Phrase> {
    let top: FxHashSet<u32> = top.iter().filter(|e| !doc.vocab.phrase[e.0 as usize] && !known(&doc.vocab.words[e.0 as usize])).map(|e| e.0).collect();
    let mut out: Vec<Phrase> = Vec::new();
    for u in doc.units.iter().filter(|u| u.in_text()) {
        for w in u.tokens.windows(2) {
            let (a, b) = (&w[0], &w[1]);
            if a.end == b.start && a.id != b.id && top.contains(&a.id) && top.contains(&b.id) {
                if let Some(shown) = u.text.get(a.start as usize..b.end as usize) {
                    out.push((shown.to_string(), 0.0, vec![a.id, b.id], 1));
                }
            }
        }
    }
    out
}

/// Runs of 2–4 adjacent top terms that occur at least twice. A run inside a
/// longer recurring run that occurs as often is left out: the longer one says more.
#[inline(never)]
fn keyphrases(doc: &Document, ranked: &[(u32, f64)], score: &[f64]) -> Vec<Phrase> {
    let mut top = vec![false; score.len()];
    for &(id, _) in ranked.iter().take(PHRASE_TOP_TERMS) {
        // A set phrase is no keyword, nor part of a keyphrase.
        top[id as usize] = !doc.vocab.phrase[id as usize];
    }
    let mut found: FxHashMap<String, Found> = FxHashMap::default();
    let mut order = 0;
    for u in doc.units.iter().filter(|u| u.in_text()) {
        let toks = &u.tokens;
        for i in 0..toks.len() {
            for len in 2..=4 {
                let Some(run) = toks.get(i..i + len) else { break };
                let linked = run.windows(2).all(|w| w[0].end == w[1].start);
                if !linked || !run.iter().all(|t| top[t.id as usize]) {
                    break;
                }
                // Counted by its words (`臺灣` and `台灣` are one), shown as the text first
                // writes it: linked tokens are one span of the sentence.
                let key: String = run.iter().map(|t| doc.vocab.words[t.id as usize].as_str()).collect();
                let Some(shown) = run.first().zip(run.last()).and_then(|(a, b)| u.text.get(a.start as usize..b.end as usize)) else { break };
                let weight: f64 = run.iter().map(|t| score[t.id as usize]).sum();
                let e =
                    found.entry(key).or_insert_with(|| Found { count: 0, weight, order, shown: shown.to_string(), ids: run.iter().map(|t| t.id).collect() });
                e.count += 1;
                order += 1;
            }
        }
    }
    let recurring: Vec<(&String, &Found)> = found.iter().filter(|(_, v)| v.count >= 2).collect();
    let mut out: Vec<(&Found, f64)> = recurring
        .iter()
        .filter(|(p, v)| !recurring.iter().any(|(q, w)| q.len() > p.len() && q.contains(p.as_str()) && w.count >= v.count))
        .map(|(_, v)| (*v, v.weight))
        .collect();
    out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.order.cmp(&b.0.order)));
    out.into_iter().map(|(v, w)| (v.shown.clone(), w, v.ids.clone(), v.count)).collect()
}

impl Terms {
    pub fn keywords(&self, k: usize) -> Vec<Keyword> {
        let shown = || self.ranked.iter().filter(|&&(id, _)| !self.phrase.get(id as usize).copied().unwrap_or(false));
        let top = shown().next().map_or(0.0, |x| x.1);
        // A name shown whole (`whole_names`) may be another term's word: listed once.
        let mut listed: FxHashSet<&str> = FxHashSet::default();
        shown()
            .filter(|&&(id, _)| listed.insert(self.words[id as usize].as_str()))
            .take(k)
            .map(|&(id, s)| Keyword { word: self.words[id as usize].clone(), weight: normalized(s, top) })
            .filter(|k| k.weight > 0.0)
            .collect()
    }

    pub fn keyphrases(&self, k: usize) -> Vec<Keyphrase> {
        let top = self.phrases.first().map_or(0.0, |x| x.1);
        self.phrases.iter().take(k).map(|(p, w, _, _)| Keyphrase { phrase: p.clone(), weight: normalized(*w, top) }).filter(|k| k.weight > 0.0).collect()
    }

    /// A term's score relative to the top term, in [0, 1].
    pub fn weight(&self, id: u32) -> f64 {
        let top = self.ranked.first().map_or(0.0, |x| x.1);
        if top > 0.0 {
            self.score.get(id as usize).copied().unwrap_or(0.0) / top
        } else {
            0.0
        }
    }
}

fn normalized(s: f64, top: f64) -> f64 {
    if top > 0.0 {
        round6(s / top)
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use crate::{Options, Summarizer, UserWord};
    use std::sync::OnceLock;

    fn shared() -> &'static Summarizer {
        static S: OnceLock<Summarizer> = OnceLock::new();
        S.get_or_init(|| Summarizer::new().unwrap())
    }

    fn words(text: &str) -> Vec<String> {
        shared().keywords(text, &Options::default()).unwrap().keywords.into_iter().map(|k| k.word).collect()
    }

    #[test]
    fn how_many_of_a_thing_is_no_part_of_its_name() {
        let text = "远鸿汽车决定召回部分远鸿E5纯电动汽车，共计12846辆。本次召回的部分远鸿E5纯电动汽车电池包存在密封不良问题。\
                    远鸿汽车将为部分远鸿E5纯电动汽车免费检查电池包。";
        let w = words(text);
        assert!(!w.iter().any(|k| k.starts_with("部分")), "{w:?}");
    }

    #[test]
    fn a_mail_s_and_a_broadcast_s_labels_are_no_keywords() {
        let text = "—— 原始邮件 ——\n发件人：王建平\n发送时间：2024年11月18日 11:06\n收件人：周雨晴\n\n雨晴：\n\n苏州会议中心谈下来了，经销商大会延期一周改到苏州开。\
                    发件人说，原始邮件里的经销商大会议程不变。请把经销商大会的邀请函发给收件人。\n\n【同期声】站长：机组已经全部完成检修，同期声里说泵站随时可以开机。";
        let w = words(text);
        assert!(w.contains(&"经销商大会".to_string()), "{w:?}");
        for label in ["发件人", "收件人", "原始邮件", "发送时间", "同期声"] {
            assert!(!w.iter().any(|k| k == label), "{label}: {w:?}");
        }
    }

    #[test]
    fn a_thread_s_and_an_app_s_own_words_are_no_keywords() {
        let text = "楼主回应：新能源车的车机App确实会死机。楼主说，升级车机App以后，车机死机少了。\n\n回应：楼主的车机App是哪个版本？车机死机的时候能重启吗？楼主追问车机App的版本。";
        let w = words(text);
        assert!(w.iter().any(|k| k.contains("车机")), "{w:?}");
        for word in ["楼主", "回应", "App", "追问"] {
            assert!(!w.iter().any(|k| k == word), "{word}: {w:?}");
        }
    }

    #[test]
    fn a_company_is_shown_by_its_name_not_its_legal_form() {
        let text = "中建鼎盛集团有限公司召开干部大会\n11月5日，中建鼎盛集团有限公司召开干部大会，宣布林正华同志任中建鼎盛集团有限公司党委书记、董事长，\
                    赵启明同志任中建鼎盛集团有限公司总经理。赵启明同志此前任中建鼎盛城市建设发展有限公司党委书记、董事长。\
                    会议要求，中建鼎盛集团有限公司总经理和党委书记要带头抓好城市更新。";
        let w = words(text);
        assert!(w.contains(&"中建鼎盛集团".to_string()), "{w:?}");
        assert!(!w.iter().any(|k| k.contains("有限公司")), "{w:?}");
        // A listed company's short name keeps its `股份`.
        let w = words("乐升股份公告称，公司与百利电气的重组终止。乐升股份股价随即跌停。投资者质疑乐升股份信息披露不实。");
        assert!(w.contains(&"乐升股份".to_string()), "{w:?}");
    }

    #[test]
    fn a_place_and_the_verb_a_headline_repeats_are_no_term() {
        let text = "1. 东盟与中日韩领导人会议在吉隆坡举行\n新华社吉隆坡11月10日电 第28次东盟与中日韩领导人会议在马来西亚首都吉隆坡举行，\
                    会议通过了关于加强区域金融安全网和粮食安全合作的联合声明。\n\n\
                    2. 联合国气候变化大会在巴西贝伦开幕\n新华社贝伦11月10日电 联合国气候变化大会10日在巴西北部城市贝伦开幕，本次大会将围绕全球适应目标展开谈判。";
        let w = words(text);
        assert!(!w.iter().any(|k| k.len() > 6 && (k.ends_with("举行") || k.ends_with("开幕"))), "{w:?}");
    }

    #[test]
    fn a_date_s_from_a_degree_and_a_negated_guess_make_no_keyword() {
        let w = words("山东从2025年秋季学期起免除保教费。秋季学期起，民办幼儿园参照减免。持续高热超过3天不退要及时就医，高热3天不退的孩子更要警惕。这口锅有点重，有点重但做饭好吃。");
        assert!(!w.iter().any(|k| k.ends_with('起') || k.contains("不退") || k.contains("有点")), "{w:?}");
    }

    #[test]
    fn a_drug_cut_into_pieces_is_one_name() {
        let w =
            words("流感高发季，专家建议出现症状48小时内在医生指导下使用奥司他韦、玛巴洛沙韦等抗病毒药物。奥司他韦一般连续服用5天，玛巴洛沙韦只需服用一次。");
        assert!(w.contains(&"奥司他韦".to_string()) && w.contains(&"玛巴洛沙韦".to_string()), "{w:?}");
        assert!(!w.iter().any(|k| k == "奥司" || k == "沙韦"), "{w:?}");
        // The segmenter may glue its last char to the next word (`韦要`, `韦是`).
        let w = words("奥司他韦要不要吃？奥司他韦是治疗流感的常用抗病毒药物，发病48小时内使用效果最好。孩子确诊甲流后，医生开了奥司他韦。");
        assert!(w.contains(&"奥司他韦".to_string()) && !w.contains(&"奥司".to_string()), "{w:?}");
    }

    #[test]
    fn a_figure_with_its_unit_is_no_keyword() {
        for measure in ["400Wh", "5000P", "14B", "3B", "1TB", "2.4mg"] {
            assert!(super::is_measure(measure), "{measure}");
        }
        for name in ["5G", "052D", "H3N2", "C16", "Wh"] {
            assert!(!super::is_measure(name), "{name}");
        }
        // Nor the unit alone.
        let w = words("大桥一阶竖弯频率为0.2412 Hz，设计值为0.2387 Hz。二阶竖弯频率为0.51 Hz，一阶扭转频率为0.62 Hz。主梁振动加速度均在限值以内。");
        assert!(!w.iter().any(|k| k == "Hz"), "{w:?}");
    }

    #[test]
    fn a_product_line_is_shown_with_its_number() {
        let w = words("星耀科技发布XY 8系列手机。XY 8 Pro搭载自研影像芯片，XY 8 Ultra支持卫星通信。XY 8 Pro起售价4999元，XY 8 Ultra起售价6499元。");
        assert!(w.contains(&"XY 8".to_string()), "{w:?}");
        assert!(!w.contains(&"XY".to_string()), "{w:?}");
    }

    #[test]
    fn a_name_of_two_latin_words_is_shown_whole() {
        let w = words(
            "调研机构Counterpoint Research发布报告。Counterpoint Research称，折叠屏手机出货量增长。Counterpoint Research预计，明年折叠屏手机出货量将继续增长。",
        );
        assert!(w.contains(&"Counterpoint Research".to_string()), "{w:?}");
        assert!(!w.iter().any(|k| k == "Research" || k == "Counterpoint"), "{w:?}");
        // A figure is no model number; a word always after the same name is named with it.
        let w = words("IDC 2025 年第三季度报告显示，Apple Watch出货量增长。Apple Watch Ultra售价上调，IDC称Apple在高端市场领先，Apple股价上涨。");
        assert!(!w.iter().any(|k| k.starts_with("IDC 2")), "{w:?}");
        assert!(!w.iter().any(|k| k == "Watch"), "{w:?}");
        let w = words("篮球游戏《NBA 2K26》上市首月即登顶销量榜。《NBA 2K26》首次引入动作捕捉新技术。玩家表示，《NBA 2K26》画面提升明显。");
        assert!(w.contains(&"NBA 2K26".to_string()), "{w:?}");
        // An English title is no name: no run through `OF`, none after an apostrophe.
        let w = words("THE FIRST PEOPLE'S HOSPITAL OF CHENGZHOU 门诊楼改造完成。THE FIRST PEOPLE'S HOSPITAL OF CHENGZHOU 新门诊楼启用，门诊楼共五层。");
        assert!(!w.iter().any(|k| k.contains(" OF") || k.starts_with("S ") || k.starts_with("THE")), "{w:?}");
        let w = words("IT行业人才需求旺盛。IT企业纷纷扩招，IT人才薪资上涨。");
        assert!(w.contains(&"IT".to_string()), "{w:?}");
        // Up to four words; a word that stands alone elsewhere stays a keyword of its own.
        let w = words("参赛机器人搭载NVIDIA Jetson Orin NX计算平台。NVIDIA Jetson Orin NX算力强。Orin芯片功耗低，NVIDIA Jetson Orin NX体积小。");
        assert!(w.iter().any(|k| k == "NVIDIA Jetson Orin NX" || k == "Jetson Orin NX"), "{w:?}");
        assert!(!w.iter().any(|k| k == "Jetson" || k == "NX"), "{w:?}");
    }

    #[test]
    fn a_line_is_named_by_its_number() {
        let w = words("地铁8号线三期今日开通。8号线三期全长12公里，设站9座。市民可在8号线换乘3号线。");
        assert!(w.contains(&"8号线".to_string()) || w.iter().any(|k| k.starts_with("8号线")), "{w:?}");
        assert!(!w.iter().any(|k| k.starts_with("号线")), "{w:?}");
        // `线` glued to what follows (`线西` + `延段`) is the line's.
        let w = words("地铁6号线西延段今日开通。6号线西延段全长12公里，设站5座，6号线西延段连接临平西站。");
        assert!(!w.iter().any(|k| k.starts_with('线')), "{w:?}");
        assert!(w.iter().any(|k| k.starts_with("6号线")), "{w:?}");
    }

    #[test]
    fn a_split_compound_that_recurs_is_one_term() {
        let w = words("安宁疗护指南发布。安宁疗护服务覆盖城乡。各地推进安宁疗护。");
        assert!(w.contains(&"安宁疗护".to_string()), "{w:?}");
        assert!(!w.contains(&"疗护".to_string()), "{w:?}");
    }

    #[test]
    fn a_name_the_text_never_writes_apart_is_one_keyword() {
        let text = "中国证券投资基金业协会数据显示，截至10月底，全市场公募基金经理人数达到4012人。中国证券投资基金业协会表示，基金经理平均任职年限为4.5年。\n\
                    国家统计局服务业调查中心、中国物流与采购联合会发布数据。国家统计局服务业调查中心高级统计师赵庆河表示，制造业市场需求有所回暖。";
        let w = words(text);
        assert!(w.contains(&"中国证券投资基金业协会".to_string()), "{w:?}");
        assert!(w.contains(&"国家统计局服务业调查中心".to_string()), "{w:?}");
        assert!(!w.iter().any(|k| k == "中国证券" || k == "投资基金业协会" || k == "调查中心"), "{w:?}");
        // Nor when a word of it was made longer by the char always after it: both stay whole.
        let w = words("公示期间，对公示对象有情况反映的，可向省委组织部干部监督处反映。省委组织部干部监督处将认真核实。反映情况要实事求是，省委组织部干部监督处对反映人信息严格保密。");
        assert!(w.contains(&"省委组织部".to_string()) && w.contains(&"干部监督处".to_string()), "{w:?}");
        // A name and the title before or after it stay two.
        for text in [
            "民警李建国勇救落水儿童\n26日下午，民警李建国在巡逻途中发现一名儿童落水，他立即跳入河中施救。民警李建国说，当时没想那么多。",
            "作家刘同新书首发\n作家刘同新作《你的孤独，虽败犹荣》今日首发。作家刘同表示，这本书写了三年。",
        ] {
            let w = words(text);
            assert!(w.iter().any(|k| k == "李建国" || k == "刘同"), "{w:?}");
            assert!(!w.iter().any(|k| k.starts_with("民警") && k.len() > 6 || k.starts_with("作家") && k.len() > 6), "{w:?}");
        }
        let w = words("周维忠同志因病医治无效逝世。周维忠同志长期从事水利工作。周维忠同志的一生是奋斗的一生。");
        assert!(w.contains(&"周维忠".to_string()), "{w:?}");
        assert!(!w.iter().any(|k| k.starts_with("周维忠同")), "{w:?}");
    }

    #[test]
    fn the_outlet_a_sentence_cites_and_the_units_of_figures_are_no_keywords() {
        for (text, not) in [
            ("韩国将延长燃油税下调措施\n韩联社消息，韩国政府27日宣布，将把燃油税下调措施延长两个月。韩国政府表示，燃油税下调将稳定物价。", ["韩联社", "消息"]),
            ("据路透社报道，巴西南部暴雨致数十人死亡。巴西总统卢拉表示，联邦政府将向灾区拨付救灾资金，暴雨仍将持续。", ["路透社", "报道"]),
            ("美联储宣布降息50个基点\n美联储18日宣布将联邦基金利率下调50个基点，这是美联储四年来首次降息。", ["基点", "降息50"]),
        ] {
            let w = words(text);
            assert!(!w.iter().any(|k| not.contains(&k.as_str())), "{w:?}");
            assert!(w.len() >= 3, "{w:?}");
        }
        // An outlet the story is about is a keyword.
        let w = words("路透社裁员三百人。路透社表示，裁员涉及多个部门。路透社是全球最大的通讯社之一。");
        assert!(w.contains(&"路透社".to_string()), "{w:?}");
    }

    #[test]
    fn a_quoted_name_is_one_keyword_unless_its_piece_stands_apart() {
        // `夏送` and `清凉`, `京彩` and `秋冬` are pieces of the campaigns the quotes name.
        let text = "市总工会近日启动“夏送清凉”活动，为环卫工人、快递员等户外劳动者送去防暑降温用品。据介绍，今年“夏送清凉”活动将持续到9月底。\n\
                    北京市商务局启动“京彩秋冬”消费季，推出餐饮、文旅等优惠活动。";
        let w = words(text);
        assert!(w.contains(&"夏送清凉".to_string()) && w.contains(&"京彩秋冬".to_string()), "{w:?}");
        assert!(!w.iter().any(|k| k == "夏送" || k == "京彩" || k == "清凉"), "{w:?}");
        // A piece the text also writes on its own, or in two names, stays itself; a quote that
        // reads as a clause names nothing.
        let w = words("“长风一号”和“长风三号”均由长风公司研制。长风公司表示，明年将发射更多卫星。");
        assert!(w.contains(&"长风".to_string()) && !w.iter().any(|k| k.ends_with("号")), "{w:?}");
        let w = words("公告称，“明年起取消公积金”的说法不实。公积金缴存政策没有变化，公积金管理中心提醒市民勿信谣传。");
        assert!(!w.iter().any(|k| k.contains("明年")), "{w:?}");
    }

    #[test]
    fn a_guessed_piece_named_once_is_shown_with_the_noun_after_it() {
        let w = words("切尔西官方宣布，球队将于7月前往美国参加季前热身赛。主教练表示，球员们目前状态良好，新援也将随队出征。");
        assert!(w.contains(&"季前热身赛".to_string()), "{w:?}");
        assert!(!w.iter().any(|k| k == "季前" || k == "热身赛"), "{w:?}");
        // Not with the noun before it: `游客` + `错峰` is who does what.
        let w = words("受寒潮影响，多地游客错峰出行。景区提醒游客注意保暖，合理安排行程。");
        assert!(w.contains(&"错峰".to_string()) && !w.iter().any(|k| k.contains("游客错峰")), "{w:?}");
    }

    #[test]
    fn how_a_figure_moved_is_no_keyword() {
        let text = "国家统计局今天发布数据，10月份全国居民消费价格同比上涨0.2%。其中，鲜菜价格上涨4.7%，鲜果价格上涨2.1%，\
                    猪肉价格下降8.3%。肉类价格小幅回落，禽蛋价格小幅上涨，粮油价格基本持平。工业生产者出厂价格同比下降2.1%，降幅比上月收窄。";
        let w = words(text);
        assert!(w.contains(&"居民消费".to_string()) && w.contains(&"出厂价格".to_string()), "{w:?}");
        assert!(!w.iter().any(|k| ["价格上涨", "价格下降", "价格小幅", "小幅", "价格基本", "上涨", "下降"].contains(&k.as_str())), "{w:?}");
        // A verb of change that is the news stays a keyword: here no figure follows it.
        let w = words("受寒潮影响，蔬菜价格明显上涨。菜价上涨牵动市民的菜篮子，上涨主要集中在叶菜类。");
        assert!(w.contains(&"上涨".to_string()), "{w:?}");
    }

    #[test]
    fn a_keyword_always_written_beside_the_same_noun_is_shown_with_it() {
        // `中共杭州市委` is always followed by `组织部` here, which ranks low on its own.
        let w = words(include_str!("../tests/fixtures/notice-gongshi.txt"));
        assert!(w.contains(&"中共杭州市委组织部".to_string()), "{w:?}");
        assert!(!w.contains(&"中共杭州市委".to_string()), "{w:?}");
    }

    #[test]
    fn a_body_or_a_road_named_once_is_shown_whole_and_a_model_word_alone_is_no_keyword() {
        let w = words("广东省应急管理厅通报，截至24日20时，全省累计转移安置群众107.8万人。台风登陆时中心附近最大风力15级。各地已组织抢修电力设施，恢复供电。");
        assert!(w.contains(&"广东省应急管理厅".to_string()), "{w:?}");
        let w = words("受不利气象条件影响，华北、汾渭平原等地区PM2.5浓度同比上升。生态环境部表示，将加强重污染天气应对。");
        assert!(w.contains(&"汾渭平原".to_string()), "{w:?}");
        let w = words("苹果公司发布iPhone 17、iPhone 17 Air和iPhone 17 Pro。新机搭载A19芯片，iPhone 17 Pro起售价7999元。");
        assert!(!w.iter().any(|k| k == "Pro" || k == "Air"), "{w:?}");
        // Not after `全市`: that is no place.
        let w = words("即日起，市民可在全市定点医院使用电子医保卡。电子医保卡可通过微信申领，申领后即可就医结算。");
        assert!(w.contains(&"定点医院".to_string()) && !w.contains(&"全市定点医院".to_string()), "{w:?}");
    }

    #[test]
    fn a_chinese_name_cut_by_the_segmenter_is_whole_even_when_named_once() {
        let w = words("中指研究院指数研究部总经理曹晶晶表示，4月新房价格上涨主要受优质新盘入市带动。二手房价格继续下跌，市场仍处于调整期。");
        assert!(w.contains(&"曹晶晶".to_string()) && !w.contains(&"晶晶".to_string()), "{w:?}");
        let w = words("导演刘子谦说，这部电影拍了三年。影片讲述了一个小镇青年的成长故事，将于12月上映。");
        assert!(w.contains(&"刘子谦".to_string()) && !w.contains(&"刘子".to_string()), "{w:?}");
        // The segmenter glued the surname to the word before it (`营员施` + `佳欣`).
        let w = words("来自菲律宾马尼拉的营员施佳欣今年15岁，第一次来到泉州。她说，夏令营让她爱上了闽南文化。");
        assert!(w.contains(&"施佳欣".to_string()) && !w.iter().any(|k| k == "营员施" || k == "佳欣"), "{w:?}");
    }

    #[test]
    fn two_guessed_keywords_the_text_writes_once_side_by_side_are_one() {
        let w = words("今年以来，白酒企业普遍面临渠道库存压力。泸源酒业在业绩说明会上表示，公司将坚持控量稳价策略，主动调整发货节奏，维护经销商利润。公司董事长称，高端产品价格体系保持稳定，经销商信心有所恢复。");
        assert!(w.contains(&"控量稳价".to_string()) && !w.iter().any(|k| k == "控量" || k == "稳价"), "{w:?}");
        // Not a title and the name after it.
        let w = words("记者从市公安局获悉，辅警赵宇在巡逻中发现一名走失老人，随即联系家属，老人平安回家。");
        assert!(!w.iter().any(|k| k.starts_with("辅警") && k.len() > 6), "{w:?}");
    }

    #[test]
    fn a_word_the_segmenter_glued_to_a_modal_still_counts() {
        let w = words("欧盟加征关税，车企需加强合规管理。业内人士表示，车企需提前布局海外工厂，车企需关注贸易壁垒。");
        assert!(w.contains(&"车企".to_string()) && !w.contains(&"车企需".to_string()), "{w:?}");
    }

    #[test]
    fn a_name_whose_last_char_the_segmenter_glued_to_the_next_word_is_whole() {
        let w = words("英国工党领袖基尔·斯塔默在伦敦接受任命，正式出任英国首相。斯塔默随后在唐宁街10号发表讲话，表示新政府将立即开始工作。");
        assert!(w.contains(&"斯塔默".to_string()) && !w.contains(&"斯塔".to_string()), "{w:?}");
        // The rest of the glued guess goes too.
        let w = words("晶圆代工龙头台积电今日召开法人说明会，公布第二季财报。台积电董事长魏哲家表示，人工智能相关需求强劲。");
        assert!(w.contains(&"台积电".to_string()) && !w.iter().any(|k| k == "台积" || k == "电今"), "{w:?}");
        // Not the first char of a dictionary word that ends on a loose char (`数据`).
        let w = words("本文构建了长江河口空间元数据模型。长江河口空间元数据的管理采用分层结构，并实现了长江河口空间元数据共享。");
        assert!(!w.iter().any(|k| k.ends_with("元数")), "{w:?}");
    }

    #[test]
    fn a_figure_with_its_unit_a_batch_code_and_a_count_are_no_keywords() {
        let w = words("因10kV天府三街线检修，高新区部分区域停电。10kV线路检修期间，请用户做好准备。供电公司表示，10kV线路将于18时恢复送电。");
        assert!(!w.contains(&"10kV".to_string()), "{w:?}");
        let w = words("抽检发现批号为HX240521C的产品菌落总数超标。批号HX240521C的产品已下架召回，市场监管部门立案调查。");
        assert!(!w.contains(&"HX240521C".to_string()), "{w:?}");
        let w = words("他上半场连入两球，帮助球队取得胜利。两球领先后，主队放慢节奏。主教练赛后称赞前锋状态出色。");
        assert!(!w.contains(&"两球".to_string()), "{w:?}");
        // Nor a unit the dictionary lacks, right after its number (Taiwan's `奈米`).
        let w = words("台积电3奈米与5奈米制程营收占晶圆销售金额的比重已达50%。台积电表示，2奈米制程将于明年量产。");
        assert!(!w.contains(&"奈米".to_string()), "{w:?}");
        // A model number stays a name.
        let w = words("052D型驱逐舰入列。052D型驱逐舰是新一代导弹驱逐舰，052D型驱逐舰装备了垂直发射系统。");
        assert!(w.iter().any(|k| k.starts_with("052D")), "{w:?}");
    }

    #[test]
    fn a_disease_named_for_a_person_and_a_total_before_its_figure_are_whole_terms() {
        let w = words("家住江宁区的许大爷患有阿尔茨海默病，前天外出买菜后走失。民警调取监控，两小时后找到老人，并提醒家属为老人佩戴定位手环。");
        assert!(w.contains(&"阿尔茨海默病".to_string()), "{w:?}");
        let w = words("工信部数据显示，截至9月末，我国5G基站总数达414.1万个。其中，东部地区5G基站总数达190万个，5G用户普及率持续提升。");
        assert!(!w.iter().any(|k| k.ends_with('达')), "{w:?}");
    }

    #[test]
    fn the_staff_a_text_credits_are_no_keywords() {
        let w = words("证券时报网讯（记者 陈思远）4月24日晚间，湘味坊披露一季度报告。公司一季度营收同比增长12%。现场记者 龙佳怡 报道：湘味坊门店客流回升。");
        assert!(!w.iter().any(|k| k == "陈思远" || k == "龙佳怡"), "{w:?}");
    }

    #[test]
    fn a_comparison_alone_is_no_keyword() {
        let w = words("国家统计局发布数据，10月份全国居民消费价格同比上涨0.3%，环比下降0.3%。其中，城市居民消费价格环比下降0.3%，农村环比下降0.4%；食品价格环比下降1.6%。");
        assert!(!w.iter().any(|k| k == "环比" || k == "同比"), "{w:?}");
        assert!(w.iter().any(|k| k.contains("消费价格")), "{w:?}");
    }

    #[test]
    fn a_foreign_name_s_given_names_are_no_keywords() {
        let w = words("西班牙外交大臣何塞·曼努埃尔·阿尔瓦雷斯当天抵达北京。阿尔瓦雷斯表示，西方愿与中方加强合作。");
        assert!(w.contains(&"阿尔瓦雷斯".to_string()), "{w:?}");
        assert!(!w.iter().any(|k| k == "何塞" || k == "曼努埃尔"), "{w:?}");
        // A dot also joins the parts of a mixture: those stay.
        let w = words("介绍了30%毒死蜱·甲氨基阿维菌素水乳剂的制备。毒死蜱是一种常用杀虫剂，毒死蜱水乳剂稳定性好。");
        assert!(w.contains(&"毒死蜱".to_string()), "{w:?}");
    }

    #[test]
    fn a_pair_seen_once_is_not_merged() {
        let w = words("安宁疗护指南发布。各地医院提供疗护服务。疗护人员培训。");
        assert!(!w.contains(&"安宁疗护".to_string()), "{w:?}");
    }

    #[test]
    fn a_noun_and_verb_that_recur_together_are_one_term() {
        let w = words("本文研究了数据采集系统的设计。数据采集的精度决定了系统性能。我们改进了数据采集方法，并分析了数据的质量。");
        assert_eq!(w.first().map(String::as_str), Some("数据采集"), "{w:?}");
    }

    #[test]
    fn a_verb_and_its_object_stay_apart_when_the_object_stands_alone() {
        let w = words("部门修订标准。修订标准需要时间。标准很重要。标准要统一。标准已公开。");
        assert_eq!(w.first().map(String::as_str), Some("标准"), "{w:?}");
        assert!(!w.contains(&"修订标准".to_string()), "{w:?}");
    }

    #[test]
    fn a_single_char_that_recurs_with_a_word_joins_it() {
        let w = words("生态塘是一种处理污水的方法。本文研究了生态塘的净化效果。结果表明生态塘对氮磷的去除率较高，生态环境得到改善。");
        assert_eq!(w.first().map(String::as_str), Some("生态塘"), "{w:?}");
        assert!(w.contains(&"生态环境".to_string()), "{w:?}");
    }

    #[test]
    fn a_latin_acronym_or_name_can_be_a_keyword() {
        let w = words("本文比较了MRI与超声的诊断价值。MRI对早期病变更敏感。建议首选MRI检查。");
        assert_eq!(w.first().map(String::as_str), Some("MRI"), "{w:?}");
        let w = words("单位换算用kg表示。kg是质量单位。按kg计价。");
        assert!(!w.contains(&"kg".to_string()), "{w:?}");
    }

    #[test]
    fn a_government_body_is_one_keyword_by_its_current_name() {
        // jieba's dictionary predates these names (tools/supplement.txt).
        let w = words("根据国家卫生健康委官网26日发布的通知，国家卫生健康委组织专家修订了指南。国家发展改革委有关负责人进行了解读，国家发展改革委将会同农业农村部推进落实。");
        for body in ["国家卫生健康委", "国家发展改革委", "农业农村部"] {
            assert!(w.contains(&body.to_string()), "{body}: {w:?}");
        }
        assert!(!w.iter().any(|k| k == "委官" || k == "国家卫生" || k == "国家发展改革"), "{w:?}");
        // A province's or a city's body by its short form, not split across the abbreviation.
        let w = words("市住建局表示，明年将继续推进老旧小区改造。市住建局和市应急局联合检查。省交通运输厅发布通知。省交通运输厅表示，将新改建农村公路。");
        for body in ["住建局", "应急局", "交通运输厅"] {
            assert!(w.iter().any(|k| k.ends_with(body)), "{body}: {w:?}");
        }
        assert!(!w.iter().any(|k| ["市住", "建局", "局和市", "省交通运输"].contains(&k.as_str())), "{w:?}");
        // Their heads' titles are words too (not `人社局` + `长王`), and a common word after a
        // body's name still wins (`交通运输` + `局部`).
        let w = words("县人社局长王某说，就业形势稳定。县人社局长王某表示，将加大帮扶。受暴雨影响，交通运输局部中断。");
        assert!(w.iter().any(|k| k.ends_with("人社局长")) && !w.iter().any(|k| k == "长王" || k == "交通运输局"), "{w:?}");
    }

    #[test]
    fn an_acronym_defined_after_its_term_is_that_term() {
        let text = "本文利用图形处理器（GPU）加速不规则三角网( TIN )的构建。实验表明，GPU能显著提高TIN构建的效率，TIN的质量也较好。";
        let w = words(text);
        assert_eq!(&w[..2], ["不规则三角网", "图形处理器"], "the terms, with the acronyms' weight: {w:?}");
        assert!(!w.iter().any(|k| k == "GPU" || k == "TIN" || k == "利用图形处理器"), "{w:?}");
        // The term is one or two words right before the bracket, of three chars at least:
        // a verb before it ends it, and a lone `结构` names nothing.
        let w = words("基于运动恢复结构（SfM）的方法。SfM重建了边坡。SfM精度高。");
        assert!(w.contains(&"SfM".to_string()), "{w:?}");
        let w = words("北京市孕妇对艾滋病(AIDS)的了解。AIDS防治。孕妇对AIDS认识不足。");
        assert!(w.contains(&"艾滋病".to_string()) && !w.contains(&"AIDS".to_string()), "{w:?}");
    }

    #[test]
    fn a_rare_dictionary_phrase_is_no_keyword_a_rare_term_is() {
        // jieba lists `明确提出`, `逐步提高`, `相对来说`, `排名第` with its rarest frequency, as it
        // does `城市更新` and `常务会议`: the first four are made like phrases, not terms.
        let text = "会议明确提出，要逐步提高城市更新补贴标准。相对来说，城市更新项目进展较快。\
                    国务院常务会议明确提出，城市更新要逐步提高居民参与度。该市城市更新排名第三，相对来说成效明显。";
        let w = words(text);
        for junk in ["明确提出", "逐步提高", "相对来说", "排名第"] {
            assert!(!w.contains(&junk.to_string()), "{junk} in {w:?}");
        }
        assert_eq!(w.first().map(String::as_str), Some("城市更新"), "{w:?}");
        assert_eq!(w.get(1).map(String::as_str), Some("常务会议"), "{w:?}");
        // Opened by a preposition or an adverb (`因涉嫌`, `据统计`, `远高于`).
        let w = words("据统计，该市房价远高于周边。张某因涉嫌受贿被查。据统计，房价远高于居民收入，张某因涉嫌违法被查处。");
        for junk in ["因涉嫌", "据统计", "远高于"] {
            assert!(!w.contains(&junk.to_string()), "{junk} in {w:?}");
        }
        assert!(w.contains(&"房价".to_string()), "{w:?}");
        // A user's own word is never judged a phrase.
        let user = Summarizer::new().unwrap().with_user_words(&[UserWord { word: "明确提出".into(), freq: Some(3), pos: None }]).unwrap();
        let w: Vec<String> = user.keywords(text, &Options::default()).unwrap().keywords.into_iter().map(|k| k.word).collect();
        assert!(w.contains(&"明确提出".to_string()), "{w:?}");
    }

    #[test]
    fn a_comparison_is_no_keyword() {
        let text = "全国一般公共预算收入18.6万亿元，同比增长1.2%。其中税收收入15.2万亿元，同比增长0.5%；非税收入同比增长5.3%。\
                    11月份住宅均价环比下降0.2%，10月份环比下降0.3%。";
        let w = words(text);
        for junk in ["同比增长", "环比下降"] {
            assert!(!w.contains(&junk.to_string()), "{junk} in {w:?}");
        }
        assert!(w.contains(&"税收收入".to_string()) && w.contains(&"均价".to_string()), "{w:?}");
    }

    #[test]
    fn an_idiom_is_no_keyword() {
        // jieba tags `阳光灿烂`, `时过境迁`, `风起云涌`, `奔走相告` as idioms (`i`): they describe,
        // they name no topic, and their rarity put them second and fifth here.
        let text = "时过境迁，老街风起云涌的岁月已成往事。如今老街阳光灿烂，游客奔走相告。\
                    时过境迁，老街的茶馆依旧热闹，茶馆老板说游客越来越多。阳光灿烂的午后，茶馆坐满游客。";
        let w = words(text);
        for junk in ["阳光灿烂", "时过境迁", "风起云涌", "奔走相告"] {
            assert!(!w.contains(&junk.to_string()), "{junk} in {w:?}");
        }
        assert_eq!(w[..3], ["老街", "茶馆", "游客"], "{w:?}");
        // An idiom made of a noun and a word before it is a term: jieba tags these `i` too.
        let w = words("老街存在安全隐患，空气污染严重。整治老街的安全隐患，减少空气污染。");
        assert!(w.contains(&"安全隐患".to_string()) && w.contains(&"空气污染".to_string()), "{w:?}");
        // A user's own word is never judged one, whatever its tag.
        let user = Summarizer::new().unwrap().with_user_words(&[UserWord { word: "阳光灿烂".into(), freq: None, pos: Some("i".into()) }]).unwrap();
        let w: Vec<String> = user.keywords(text, &Options::default()).unwrap().keywords.into_iter().map(|k| k.word).collect();
        assert!(w.contains(&"阳光灿烂".to_string()), "{w:?}");
    }

    #[test]
    fn a_guessed_word_glued_to_a_postposition_or_an_adverb_is_no_keyword() {
        // jieba's dictionary lacks `微博`, `募资`, `点赞`, `史上`: its HMM glues 上, 约, 超, 最 on.
        let text = "网友在微博上热议此事，募资约10亿元。网友在微博上转发，点赞超3万。\
                    公司募资约5亿元，点赞超2万，微博上史上最牛的评论。";
        let w = words(text);
        for junk in ["微博上", "募资约", "点赞超", "最牛"] {
            assert!(!w.contains(&junk.to_string()), "{junk} in {w:?}");
        }
        assert!(w.contains(&"网友".to_string()), "{w:?}");
    }

    #[test]
    fn keyphrases_are_recurring_runs_of_top_terms() {
        // The pair recurs, but each word also stands alone often: a phrase, not one term.
        let text = "人工智能技术加快落地。人工智能技术不断进步。人工智能改变生活。人工智能助力医疗。\
                    人工智能赋能教育。技术人才紧缺。技术越来越重要。掌握技术很难。依靠技术取胜。";
        let k = shared().keywords(text, &Options::default()).unwrap();
        assert_eq!(k.keyphrases.first().map(|p| p.phrase.as_str()), Some("人工智能技术"), "{:?}", k.keyphrases);
        assert!(k.keywords.iter().all(|w| w.word != "人工智能技术"), "{:?}", k.keywords);
        assert_eq!(k.keyphrases.first().map(|p| p.weight), Some(1.0));
    }

    #[test]
    fn weights_are_normalised_sorted_and_tie_broken_by_first_occurrence() {
        let k = shared().keywords("甲醛检测。苯系物检测。", &Options::default()).unwrap();
        assert_eq!(k.keywords[0].weight, 1.0);
        assert!(k.keywords.windows(2).all(|w| w[0].weight >= w[1].weight));
        let again = shared().keywords("甲醛检测。苯系物检测。", &Options::default()).unwrap();
        assert_eq!(k, again);
    }

    #[test]
    fn a_quarter_or_a_half_year_is_no_keyword() {
        let note = "公司Q4单季营收129.5亿元，Q4归母净利润9.2亿元。H1海外营收增长三成，H1毛利率提升。清洁电器营收增长41.2%，清洁电器成为增长主力。";
        let k = words(note);
        assert!(!k.iter().any(|w| ["Q4", "H1"].contains(&w.as_str())), "{k:?}");
        assert!(k.contains(&"清洁电器".to_string()), "{k:?}");
    }

    #[test]
    fn stock_phrases_of_reports_are_no_keywords() {
        let report = "受需求影响，国内厨电市场增速有所放缓，厨电板块营收增速有所放缓。事发时一辆由北向南行驶的货车与客车相撞，由北向南方向车辆缓行。甲乙双方协商一致，甲乙双方签订租赁合同，租赁合同自签订之日起生效。";
        let k = words(report);
        assert!(!k.iter().any(|w| ["有所放缓", "由北向南", "甲乙双方", "协商一致", "事发"].contains(&w.as_str())), "{k:?}");
    }

    #[test]
    fn a_transcript_s_speaker_labels_are_no_keywords() {
        let text = "[20:31:05]主播小鹿：家人们看，这款冰丝凉席是三件套，凉席一张，枕套两个。\n[20:32:10]主播小鹿：冰丝凉席不起球，夏天睡着凉快，机洗也不变形。\n[20:33:40]主播小鹿：今天直播间凉席只要八十九元，库存两千套。";
        let k = words(text);
        assert!(!k.iter().any(|w| w.contains("小鹿")), "{k:?}");
        assert!(k.iter().any(|w| w.contains("凉席")), "{k:?}");
    }

    #[test]
    fn a_preposition_the_segmenter_glues_to_a_name_is_cut_off() {
        let text = "一架岚翼航空航班起飞后遭鸟击返航。机组报告左侧发动机遭鸟击，随即申请返场。航班遭鸟击后安全降落，旅客均未受伤。";
        let k = words(text);
        assert!(!k.iter().any(|w| w == "遭鸟击"), "{k:?}");
        assert!(k.iter().any(|w| w == "鸟击"), "{k:?}");
    }
}
