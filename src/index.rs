//! Index: the tantivy index of cleaned, segmented documents, and search.
//!
//! Documents arrive already segmented (see [`crate::segment`]) and go in
//! pre-tokenized, so jieba runs once per document. The `jieba` tokenizer
//! registered here cuts queries and snippets the same way.
//!
//! An index directory holds generations: `gen-N/` folders and a `CURRENT`
//! file naming the live one. A build writes a new generation and only then
//! replaces `CURRENT` (an atomic rename), so an interrupted or failed build
//! leaves the previous index answering queries.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use tantivy::collector::{Count, TopDocs};
use tantivy::query::QueryParser;
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED, STRING,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::{PreTokenizedString, Token, TokenStream, Tokenizer};
use tantivy::{Index, IndexWriter, TantivyDocument};

use crate::model::{Record, SearchHit, SearchResults};
use crate::pipeline::Resources;
use crate::segment::Segmenter;

const TOKENIZER: &str = "jieba";
const CURRENT: &str = "CURRENT";

/// Wraps the shared segmenter as a tantivy tokenizer (queries, snippets).
#[derive(Clone)]
pub struct JiebaTokenizer {
    segmenter: Segmenter,
}

/// The tokens of one text, handed out one by one.
pub struct JiebaTokenStream {
    tokens: Vec<Token>,
    next: usize,
}

impl Tokenizer for JiebaTokenizer {
    type TokenStream<'a> = JiebaTokenStream;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> JiebaTokenStream {
        JiebaTokenStream {
            tokens: self.segmenter.tokens(text, false),
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
    let indexed = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(TOKENIZER)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let fields = Fields {
        id: b.add_text_field("id", STRING | STORED),
        path: b.add_text_field("path", STRING | STORED),
        title: b.add_text_field("title", indexed.clone() | STORED),
        date: b.add_text_field("date", STRING | STORED),
        region: b.add_text_field("region", STRING | STORED),
        body: b.add_text_field("body", indexed),
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

fn register_tokenizer(index: &Index, segmenter: &Segmenter) {
    index.tokenizers().register(
        TOKENIZER,
        JiebaTokenizer {
            segmenter: segmenter.clone(),
        },
    );
}

/// Writes a new index generation; [`IndexBuilder::commit`] makes it live.
pub struct IndexBuilder {
    root: PathBuf,
    generation: PathBuf,
    writer: IndexWriter,
    fields: Fields,
}

impl IndexBuilder {
    /// Starts a new generation under `root`.
    pub fn create(root: &Path, res: &Resources) -> Result<Self> {
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
        let (schema, fields) = schema();
        let index = Index::create_in_dir(&generation, schema)
            .with_context(|| format!("creating index in {}", generation.display()))?;
        register_tokenizer(&index, &res.segmenter);
        let writer = index.writer_with_num_threads(1, 128 * 1024 * 1024)?;
        Ok(IndexBuilder {
            root: root.to_path_buf(),
            generation,
            writer,
            fields,
        })
    }

    /// Adds one document with the body tokens the pipeline already made.
    pub fn add(&mut self, record: &Record, tokens: Vec<Token>) -> Result<()> {
        let f = &self.fields;
        let mut doc = TantivyDocument::default();
        doc.add_text(f.id, &record.id);
        doc.add_text(f.path, &record.path);
        if let Some(title) = &record.title {
            // Titles are short: the registered tokenizer cuts them here.
            doc.add_text(f.title, title);
        }
        if let Some(date) = &record.date {
            doc.add_text(f.date, date);
        }
        if let Some(region) = &record.region {
            doc.add_text(f.region, region);
        }
        doc.add_pre_tokenized_text(
            f.body,
            PreTokenizedString {
                text: String::new(),
                tokens,
            },
        );
        doc.add_text(f.text, &record.text);
        self.writer.add_document(doc)?;
        Ok(())
    }

    /// Commits the generation, points `CURRENT` at it and removes older ones.
    pub fn commit(mut self) -> Result<()> {
        self.writer.commit()?;
        self.writer.wait_merging_threads()?;
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
        Ok(())
    }
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

/// Opens the live generation under `root` for searching.
pub fn open(root: &Path, res: &Resources) -> Result<Index> {
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
    register_tokenizer(&index, &res.segmenter);
    Ok(index)
}

/// Runs a query (in either script) and returns the best `limit` hits.
pub fn search(index: &Index, query: &str, limit: usize, res: &Resources) -> Result<SearchResults> {
    let fields = fields_of(&index.schema())?;
    let simplified = crate::script::fold_fullwidth(&res.converter.to_simplified(query));
    let reader = index.reader()?;
    let searcher = reader.searcher();
    let mut parser = QueryParser::for_index(index, vec![fields.title, fields.body]);
    parser.set_conjunction_by_default();
    parser.set_field_boost(fields.title, 2.0);
    let (parsed, _errors) = parser.parse_query_lenient(&simplified);
    let (top, total) = searcher.search(
        &parsed,
        &(TopDocs::with_limit(limit.max(1)).order_by_score(), Count),
    )?;
    let mut snippets = SnippetGenerator::create(&searcher, &*parsed, fields.body)?;
    snippets.set_max_num_chars(120);
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
