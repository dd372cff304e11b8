//! Index: the tantivy index of cleaned, segmented documents, and search.
//!
//! Documents arrive already segmented (see [`crate::segment`]): the body's
//! words are only read back, so jieba runs once per document. The `jieba`
//! tokenizer registered here cuts titles and queries the same way. Snippets find the query's
//! terms by plain string matching ([`SnippetTokenizer`]): segmenting every
//! hit's whole body with jieba would cost more than the search itself.
//!
//! An index directory holds generations: `gen-N/` folders and a `CURRENT`
//! file naming the live one. A build writes a new generation and only then
//! replaces `CURRENT` (an atomic rename), so an interrupted or failed build
//! leaves the previous index answering queries.
//!
//! A generation also keeps the records it was built from (see
//! [`crate::store`]). An incremental build starts its generation from the
//! live one: tantivy's segment files never change once written, so they
//! are hard-linked (its meta files are copied); then the documents whose
//! files changed or went away are deleted by their `path` term and the
//! changed and new ones added.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use tantivy::collector::{Count, TopDocs};
use tantivy::merge_policy::LogMergePolicy;
use tantivy::query::{Query, QueryParser};
use tantivy::schema::{
    Document, Field, IndexRecordOption, OwnedValue, Schema, TextFieldIndexing, TextOptions, Value,
    STORED, STRING,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, Searcher, TantivyDocument, Term};

use crate::model::{Record, SearchHit, SearchResults};
use crate::pipeline::Resources;
use crate::segment::PrecutTokens;
use crate::store::{self, Store, StoreWriter};

/// Titles and queries are cut by jieba when tantivy meets them.
const TOKENIZER: &str = "jieba";
/// The body arrives cut by the pipeline ([`crate::segment::Segmenter::precut`]); when
/// searching, queries on it are cut by jieba like any other.
const BODY_TOKENIZER: &str = "jieba_precut";
const CURRENT: &str = "CURRENT";

/// The process's shared segmenter as a tantivy tokenizer (queries,
/// titles). It loads the dictionaries on first use, not when an index is
/// opened: a rebuild that reuses every document never needs them.
#[derive(Clone)]
pub struct JiebaTokenizer;

/// The tokens of one text, handed out one by one.
pub struct JiebaTokenStream {
    tokens: Vec<Token>,
    next: usize,
}

impl Tokenizer for JiebaTokenizer {
    type TokenStream<'a> = JiebaTokenStream;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> JiebaTokenStream {
        JiebaTokenStream {
            tokens: Resources::get().segmenter.tokens(text),
            next: 0,
        }
    }
}

impl TokenStream for JiebaTokenStream {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }
    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }
    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
}

/// Reads the body's pre-cut tokens while indexing.
#[derive(Clone)]
struct PrecutTokenizer;

impl Tokenizer for PrecutTokenizer {
    type TokenStream<'a> = PrecutTokens<'a>;
    fn token_stream<'a>(&'a mut self, precut: &'a str) -> PrecutTokens<'a> {
        PrecutTokens::new(precut)
    }
}

/// Cuts a text for snippets: each occurrence of a query term is a token,
/// the text between them tokens of a few characters each (with no text of
/// their own: they only mark where a snippet may start or end). Snippets
/// then highlight the terms wherever they occur, inside longer words too,
/// without segmenting or copying the whole stored body.
#[derive(Clone)]
struct SnippetTokenizer {
    /// Lowercase; longest first, so the longest term wins where several start.
    terms: Vec<String>,
    /// Which bytes start a term (either ASCII case): most positions are
    /// ruled out with one lookup.
    first_bytes: [bool; 256],
}

/// Characters in one filler token between terms.
const SNIPPET_FILLER_CHARS: usize = 6;

impl SnippetTokenizer {
    fn new(mut terms: Vec<String>) -> Self {
        terms.sort_by_key(|t| std::cmp::Reverse(t.len()));
        let mut first_bytes = [false; 256];
        for b in terms.iter().filter_map(|t| t.bytes().next()) {
            first_bytes[b.to_ascii_lowercase() as usize] = true;
            first_bytes[b.to_ascii_uppercase() as usize] = true;
        }
        SnippetTokenizer { terms, first_bytes }
    }

    fn term_at(&self, rest: &str) -> Option<&String> {
        if !self.first_bytes[rest.as_bytes()[0] as usize] {
            return None;
        }
        self.terms.iter().find(|t| {
            rest.len() >= t.len()
                && rest.as_bytes()[..t.len()].eq_ignore_ascii_case(str::as_bytes(t))
        })
    }
}

impl Tokenizer for SnippetTokenizer {
    type TokenStream<'a> = JiebaTokenStream;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> JiebaTokenStream {
        let mut tokens = Vec::new();
        // Where the fillers since the last term end, and where that term ended.
        let mut cuts: Vec<usize> = Vec::new();
        let (mut at, mut gap_start, mut filler_chars) = (0, 0, 0);
        let mut after_term = false;
        while let Some(c) = text[at..].chars().next() {
            if let Some(term) = self.term_at(&text[at..]) {
                push_gap(&mut tokens, gap_start, &cuts, at, after_term, true);
                push_token(&mut tokens, at, at + term.len(), term.clone());
                at += term.len();
                (gap_start, filler_chars, after_term) = (at, 0, true);
                cuts.clear();
                continue;
            }
            at += c.len_utf8();
            filler_chars += 1;
            if filler_chars == SNIPPET_FILLER_CHARS || matches!(c, '。' | '\u{FF0C}' | ' ' | '\n')
            {
                cuts.push(at);
                filler_chars = 0;
            }
        }
        push_gap(&mut tokens, gap_start, &cuts, at, after_term, false);
        JiebaTokenStream { tokens, next: 0 }
    }
}

/// Bytes a snippet spans (tantivy's `max_num_chars` counts bytes): fillers
/// this near a term are where its snippet may start or end; farther ones
/// are one token, since every token costs the snippet generator a lookup.
const SNIPPET_BYTES: usize = 120;

fn push_token(tokens: &mut Vec<Token>, from: usize, to: usize, text: String) {
    tokens.push(Token {
        offset_from: from,
        offset_to: to,
        position: tokens.len(),
        text,
        position_length: 1,
    });
}

/// The filler tokens of the gap `[start, end)` between terms, ending at
/// `cuts` and at `end`: a token each within [`SNIPPET_BYTES`] of the term
/// before (`after_term`) or after (`before_term`), one for all the rest.
fn push_gap(
    tokens: &mut Vec<Token>,
    start: usize,
    cuts: &[usize],
    end: usize,
    after_term: bool,
    before_term: bool,
) {
    let near = |from: usize, to: usize| {
        after_term && from < start + SNIPPET_BYTES || before_term && to + SNIPPET_BYTES > end
    };
    let mut from = start;
    let mut far_from = None;
    for to in cuts.iter().copied().chain(std::iter::once(end)) {
        if to <= from {
            continue;
        }
        if near(from, to) {
            if let Some(far) = far_from.take() {
                push_token(tokens, far, from, String::new());
            }
            push_token(tokens, from, to, String::new());
        } else {
            far_from.get_or_insert(from);
        }
        from = to;
    }
    if let Some(far) = far_from {
        push_token(tokens, far, end, String::new());
    }
}

/// Tantivy's snippet generator for `query` on `field`, cutting text with
/// a [`SnippetTokenizer`]. Terms are weighted as tantivy weighs them: the
/// rarer, the better a snippet they make.
fn snippet_generator(
    searcher: &Searcher,
    query: &dyn Query,
    field: Field,
) -> Result<SnippetGenerator> {
    let mut terms = Vec::new();
    query.query_terms(&mut |term, _| {
        if term.field() == field {
            terms.push(term.clone());
        }
    });
    let mut weights = std::collections::BTreeMap::new();
    for term in &terms {
        let value = term.value();
        let Some(text) = value.as_str() else {
            continue;
        };
        let doc_freq = searcher.doc_freq(term)?;
        if doc_freq > 0 {
            weights.insert(text.to_string(), 1.0 / (1.0 + doc_freq as f32));
        }
    }
    let tokenizer = TextAnalyzer::from(SnippetTokenizer::new(weights.keys().cloned().collect()));
    Ok(SnippetGenerator::new(
        weights,
        tokenizer,
        field,
        SNIPPET_BYTES,
    ))
}

/// The fields of the index.
struct Fields {
    id: Field,
    path: Field,
    title: Field,
    date: Field,
    region: Field,
    /// Indexed body tokens (not stored).
    body: Field,
    /// The stored body, for snippets.
    text: Field,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let indexed = |tokenizer| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
    };
    let fields = Fields {
        id: b.add_text_field("id", STRING | STORED),
        path: b.add_text_field("path", STRING | STORED),
        title: b.add_text_field("title", indexed(TOKENIZER) | STORED),
        date: b.add_text_field("date", STRING | STORED),
        region: b.add_text_field("region", STRING | STORED),
        body: b.add_text_field("body", indexed(BODY_TOKENIZER)),
        text: b.add_text_field("text", STORED),
    };
    (b.build(), fields)
}

fn fields_of(schema: &Schema) -> Result<Fields> {
    let f = |name: &str| {
        schema
            .get_field(name)
            .with_context(|| format!("index has no field {name}: rebuild it"))
    };
    Ok(Fields {
        id: f("id")?,
        path: f("path")?,
        title: f("title")?,
        date: f("date")?,
        region: f("region")?,
        body: f("body")?,
        text: f("text")?,
    })
}

/// Registers the tokenizers an index's fields name: for indexing, the
/// body's reads pre-cut text; for searching, both cut queries with jieba.
fn register_tokenizers(index: &Index, indexing: bool) {
    let tokenizers = index.tokenizers();
    tokenizers.register(TOKENIZER, JiebaTokenizer);
    if indexing {
        tokenizers.register(BODY_TOKENIZER, PrecutTokenizer);
    } else {
        tokenizers.register(BODY_TOKENIZER, JiebaTokenizer);
    }
}

/// tantivy's indexing arena. While it writes a full arena out as a
/// segment, documents queue up in front of it (up to 10,000, each with its
/// tokens), so a smaller arena also means a shorter queue: peak memory
/// stays flat from 200 MB to 1 GB of input instead of growing with it.
const WRITER_MEMORY: usize = 48 * 1024 * 1024;

/// Segments with this many documents are not merged again. Merging reads
/// its segments through memory maps, whose pages count as resident memory:
/// merging only small segments (the ones incremental builds add) keeps
/// that bounded, at the price of one segment per arena-full of documents.
const MERGE_MAX_DOCS: usize = 1_000;

/// A document on its way into the index, its values as they are.
struct IndexDoc(Vec<(Field, OwnedValue)>);

type FieldValues<'a> = std::iter::Map<
    std::slice::Iter<'a, (Field, OwnedValue)>,
    fn(&'a (Field, OwnedValue)) -> (Field, &'a OwnedValue),
>;

impl Document for IndexDoc {
    type Value<'a> = &'a OwnedValue;
    type FieldsValuesIter<'a> = FieldValues<'a>;

    fn iter_fields_and_values(&self) -> FieldValues<'_> {
        self.0.iter().map(|(field, value)| (*field, value))
    }
}

/// Writes a new index generation; [`IndexBuilder::commit`] makes it live.
pub struct IndexBuilder {
    root: PathBuf,
    generation: PathBuf,
    writer: IndexWriter<IndexDoc>,
    fields: Fields,
    store: StoreWriter,
    /// Paths of the base generation not yet kept or replaced; what is
    /// left at commit was removed from the corpus.
    base_paths: HashSet<String>,
}

/// What a commit changed relative to the base generation.
#[derive(Debug, Clone, Copy, Default)]
pub struct Committed {
    /// Documents of the base generation that were deleted, not replaced.
    pub removed: usize,
    /// Bytes on disk of the new generation's tantivy index.
    pub index_bytes: u64,
    /// Bytes on disk of its stored records (see [`crate::store`]).
    pub store_bytes: u64,
}

impl IndexBuilder {
    /// Starts a new generation under `root`: empty, or, given the live
    /// generation's `base` folder and store, holding all of its documents.
    pub fn create(root: &Path, base: Option<(&Path, &Store)>) -> Result<Self> {
        fs::create_dir_all(root).with_context(|| format!("creating {}", root.display()))?;
        let generation = root.join(format!(
            "gen-{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_millis())
                .unwrap_or(0)
        ));
        fs::create_dir_all(&generation)
            .with_context(|| format!("creating {}", generation.display()))?;
        let (index, base_paths) = match base {
            Some((dir, stored)) => {
                link_tantivy_files(dir, &generation)?;
                let index = Index::open_in_dir(&generation)
                    .with_context(|| format!("opening index in {}", generation.display()))?;
                (index, stored.paths().map(str::to_string).collect())
            }
            None => {
                let (schema, _) = schema();
                let index = Index::create_in_dir(&generation, schema)
                    .with_context(|| format!("creating index in {}", generation.display()))?;
                (index, HashSet::new())
            }
        };
        let fields = fields_of(&index.schema())?;
        register_tokenizers(&index, true);
        let writer = index.writer_with_num_threads(1, WRITER_MEMORY)?;
        let mut merges = LogMergePolicy::default();
        merges.set_max_docs_before_merge(MERGE_MAX_DOCS);
        writer.set_merge_policy(Box::new(merges));
        let store = StoreWriter::create(&generation, base.map(|(_, stored)| stored))?;
        Ok(IndexBuilder {
            root: root.to_path_buf(),
            generation,
            writer,
            fields,
            store,
            base_paths,
        })
    }

    /// Adds one document with the body the pipeline already cut
    /// ([`crate::segment::Segmenter::precut`]) and its record as JSON (stored for the next
    /// build), replacing the base generation's document of the same path.
    pub fn add(&mut self, record: &Record, precut: String, json: &[u8]) -> Result<()> {
        if self.base_paths.remove(&record.path) {
            // Deletes apply to documents added before them: this one is not hit.
            self.writer
                .delete_term(Term::from_field_text(self.fields.path, &record.path));
        }
        let f = &self.fields;
        let text = |field: Field, value: &str| (field, OwnedValue::Str(value.to_string()));
        let mut values = vec![text(f.id, &record.id), text(f.path, &record.path)];
        // Titles are short: the registered tokenizer cuts them here.
        let optional = [
            (f.title, &record.title),
            (f.date, &record.date),
            (f.region, &record.region),
        ];
        values.extend(
            optional
                .into_iter()
                .filter_map(|(field, v)| Some(text(field, v.as_deref()?))),
        );
        values.push((f.body, OwnedValue::Str(precut)));
        values.push(text(f.text, &record.text));
        self.writer.add_document(IndexDoc(values))?;
        self.store.add(&record.path, &record.id, json)
    }

    /// Keeps a document of the base generation as it is.
    pub fn keep(&mut self, path: &str, id: &str, json: &[u8]) -> Result<()> {
        self.base_paths.remove(path);
        self.store.keep(path, id, json)
    }

    /// Deletes what is left of the base generation, commits, points
    /// `CURRENT` at the new generation and removes older ones.
    pub fn commit(mut self) -> Result<Committed> {
        let removed = self.base_paths.len();
        for path in &self.base_paths {
            self.writer
                .delete_term(Term::from_field_text(self.fields.path, path));
        }
        self.store.finish()?;
        self.writer.commit()?;
        self.writer.wait_merging_threads()?;
        let (store_bytes, index_bytes) = folder_bytes(&self.generation);
        let name = self
            .generation
            .file_name()
            .and_then(|n| n.to_str())
            .context("generation name")?
            .to_string();
        let tmp = self.root.join(format!("{CURRENT}.tmp"));
        fs::write(&tmp, &name)?;
        fs::rename(&tmp, self.root.join(CURRENT))?;
        for entry in fs::read_dir(&self.root)?.flatten() {
            let n = entry.file_name();
            let n = n.to_string_lossy();
            if n.starts_with("gen-") && n != name {
                let _ = fs::remove_dir_all(entry.path());
            }
        }
        Ok(Committed {
            removed,
            index_bytes,
            store_bytes,
        })
    }
}

/// Fills `to` with the tantivy files of generation `from`: segment files
/// are hard-linked (tantivy never rewrites them), its meta files copied
/// (tantivy replaces them on commit), lock files and the store left out.
fn link_tantivy_files(from: &Path, to: &Path) -> Result<()> {
    for entry in fs::read_dir(from).with_context(|| format!("listing {}", from.display()))? {
        let entry = entry?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if store::is_store_file(&name) || name.ends_with(".lock") || !entry.path().is_file() {
            continue;
        }
        let target = to.join(&*name);
        let is_meta = name.ends_with(".json");
        if is_meta || fs::hard_link(entry.path(), &target).is_err() {
            fs::copy(entry.path(), &target)
                .with_context(|| format!("copying {}", entry.path().display()))?;
        }
    }
    Ok(())
}

/// Bytes of the files in a generation folder: the store's, and tantivy's.
pub fn folder_bytes(dir: &Path) -> (u64, u64) {
    let (mut store_bytes, mut index_bytes) = (0, 0);
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let Ok(meta) = entry.metadata() else { continue };
        if store::is_store_file(&entry.file_name().to_string_lossy()) {
            store_bytes += meta.len();
        } else {
            index_bytes += meta.len();
        }
    }
    (store_bytes, index_bytes)
}

/// The live generation's folder under `root`, if there is one.
pub fn live_generation(root: &Path) -> Option<PathBuf> {
    let name = fs::read_to_string(root.join(CURRENT)).ok()?;
    let dir = root.join(name.trim());
    dir.is_dir().then_some(dir)
}

/// Removes generations a crashed build left behind (never the live one).
pub fn remove_stale_generations(root: &Path) {
    let live = fs::read_to_string(root.join(CURRENT)).unwrap_or_default();
    let Ok(entries) = fs::read_dir(root) else {
        return;
    };
    let me = format!("gen-{}-", std::process::id());
    for entry in entries.flatten() {
        let n = entry.file_name().to_string_lossy().to_string();
        if n.starts_with("gen-") && n != live.trim() && !n.starts_with(&me) {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

/// An opened index with its reader: kept across queries, it keeps the
/// segment readers and the document-store cache warm.
pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    fields: Fields,
}

/// Opens the live generation under `root` for searching.
pub fn open(root: &Path) -> Result<SearchIndex> {
    let current = root.join(CURRENT);
    let name = fs::read_to_string(&current)
        .with_context(|| format!("no index at {} (run `zhengce build` first)", root.display()))?;
    let dir = root.join(name.trim());
    if !dir.is_dir() {
        bail!(
            "index {} names a missing generation {}",
            root.display(),
            name.trim()
        );
    }
    let index =
        Index::open_in_dir(&dir).with_context(|| format!("opening index {}", dir.display()))?;
    register_tokenizers(&index, false);
    let fields = fields_of(&index.schema())?;
    // A generation never changes once live: nothing to watch for.
    let reader = index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()?;
    Ok(SearchIndex {
        index,
        reader,
        fields,
    })
}

/// Runs a query (in either script) and returns the best `limit` hits.
pub fn search(
    idx: &SearchIndex,
    query: &str,
    limit: usize,
    res: &Resources,
) -> Result<SearchResults> {
    let fields = &idx.fields;
    let simplified = crate::script::fold_fullwidth(&res.converter.to_simplified(query));
    let searcher = idx.reader.searcher();
    let mut parser = QueryParser::for_index(&idx.index, vec![fields.title, fields.body]);
    parser.set_conjunction_by_default();
    parser.set_field_boost(fields.title, 2.0);
    let (parsed, _errors) = parser.parse_query_lenient(&simplified);
    let (top, total) = searcher.search(
        &parsed,
        &(TopDocs::with_limit(limit.max(1)).order_by_score(), Count),
    )?;
    let snippets = snippet_generator(&searcher, &*parsed, fields.body)?;
    let mut hits = Vec::with_capacity(top.len());
    for (score, addr) in top.into_iter().take(limit) {
        let doc: TantivyDocument = searcher.doc(addr)?;
        let text_of = |field: Field| {
            doc.get_first(field)
                .and_then(|v| v.as_str().map(str::to_string))
        };
        let body = text_of(fields.text).unwrap_or_default();
        hits.push(SearchHit {
            id: text_of(fields.id).unwrap_or_default(),
            path: text_of(fields.path).unwrap_or_default(),
            title: text_of(fields.title),
            date: text_of(fields.date),
            region: text_of(fields.region),
            score,
            snippet: snippets.snippet(&body).to_html(),
        });
    }
    Ok(SearchResults {
        query: query.to_string(),
        total,
        hits,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_tokens_are_fine_only_near_a_term() {
        let far = "各地区各部门要认真贯彻落实。".repeat(40);
        let text = format!("{far}全市新建绿色工厂12家，并开展评价。{far}");
        let mut tokenizer = SnippetTokenizer::new(vec!["绿色工厂".to_string()]);
        let mut stream = tokenizer.token_stream(&text);
        let mut tokens = Vec::new();
        while stream.advance() {
            tokens.push(stream.token().clone());
        }
        // Every byte is covered once, in order.
        assert_eq!(tokens.first().unwrap().offset_from, 0);
        assert_eq!(tokens.last().unwrap().offset_to, text.len());
        assert!(tokens
            .windows(2)
            .all(|w| w[0].offset_to == w[1].offset_from));
        let term = tokens.iter().position(|t| t.text == "绿色工厂").unwrap();
        // Fine fillers on either side of the term, one token for each far stretch.
        assert!(tokens[term - 1].offset_to - tokens[term - 1].offset_from <= 3 * 6);
        assert!(tokens[term + 1].offset_to - tokens[term + 1].offset_from <= 3 * 6);
        assert!(tokens.len() < 60, "{}", tokens.len());
        // The snippet still shows the term in its sentence.
        let mut weights = std::collections::BTreeMap::new();
        weights.insert("绿色工厂".to_string(), 1.0);
        let field = schema().1.body;
        let generator = SnippetGenerator::new(weights, TextAnalyzer::from(tokenizer), field, 120);
        let snippet = generator.snippet(&text).to_html();
        assert!(
            snippet.contains("<b>绿色工厂</b>12家，并开展评价"),
            "{snippet}"
        );
    }
}
