//! A word-unigram language model over jieba's dictionary frequencies.
//!
//! The score of a string is the log-probability of its best segmentation
//! (jieba's own criterion). Cleaning compares a string with and without a
//! span to tell how much more probable the text is without it: injected
//! characters and mojibake repairs are both judged this way.
//!
//! The words live in a char trie, so a lattice position is extended only
//! while some word still starts with what has been read (two or three
//! steps on average). The trie is laid out for the cache: each node is
//! kept beside its siblings, with where its own children are, so a step
//! reads one place in memory (a short run of children, or one slot of the
//! node's own table when it has many) where one hash map of every edge
//! would miss the cache at every step. [`Lattice`] keeps the best scores
//! of every prefix and suffix of a line, so the score of the line without
//! any span is a handful of lookups, not a new segmentation.
//!
//! A unigram model has no context: it cannot tell whether two single-char
//! words belong next to each other. The model also keeps how often each
//! pair of chars stands side by side inside a dictionary word
//! ([`LanguageModel::cohesion`]), a measure of how tightly two chars bind
//! that does not depend on where the word boundaries fall.

use rustc_hash::{FxHashMap, FxHashSet};

/// Words longer than this are never needed to judge noise.
const MAX_WORD_CHARS: usize = 8;
/// The least frequency a word of two or more chars is given.
const WORD_FREQ_FLOOR: f64 = 100.0;
/// Texts up to this many chars are scored without allocating.
const STACK_CHARS: usize = 64;
/// The frequency from which a noun of two chars is common (风险 4042, 林业
/// 1032; the districts 鼓楼 141, 双桥 270 are rarer).
const COMMON_NOUN_FREQ: f64 = 1000.0;
/// The trie's root has one slot per Basic Multilingual Plane char.
const ROOT_SLOTS: usize = 0x1_0000;
/// Children lists up to this long are scanned; longer ones are found
/// through a hash table of their own.
const SCANNED_CHILDREN: usize = 8;

/// Log-probabilities of jieba's words in a char trie.
pub struct LanguageModel {
    trie: Trie,
    /// Log-probability given to a char the dictionary lacks as a word.
    unknown: f32,
    /// For each pair of chars (`edge(a, b)`), the summed frequency of the
    /// words they stand side by side in, and their cohesion, worked out
    /// once the counts are complete: the pipeline asks for it a few times
    /// per char, and one probe is all it then costs.
    bigrams: FxHashMap<u64, Bigram>,
    /// For each BMP char, the summed frequency of its bigrams as the first
    /// char and as the second; and of all bigrams.
    bigrams_as_first: Vec<f32>,
    bigrams_as_second: Vec<f32>,
    bigrams_total: f64,
    /// Words the dictionary tags as place names (`ns`).
    places: FxHashSet<Box<str>>,
    /// Words it tags as personal names (`nr`, `nrt`), many of them the
    /// names of counties too (寿光, 德清).
    names: FxHashSet<Box<str>>,
    /// The words it tags as verbs.
    verbs: FxHashSet<Box<str>>,
    /// The words it tags as verbal nouns or adjectives (活动, 危险).
    qualities: FxHashSet<Box<str>>,
    /// Its common nouns of two chars ([`COMMON_NOUN_FREQ`]: 风险, 工业).
    common_nouns: FxHashSet<Box<str>>,
    /// The dictionary's total frequency, which word frequencies are relative to.
    total: f64,
}

impl LanguageModel {
    /// Reads a jieba dictionary (`word freq [tag]` a line).
    pub fn from_jieba_dict(dict: &str) -> Self {
        let mut words: Vec<(&str, f64)> = Vec::with_capacity(350_000);
        let mut places = FxHashSet::default();
        let mut names = FxHashSet::default();
        let mut verbs = FxHashSet::default();
        let mut qualities = FxHashSet::default();
        let mut common_nouns = FxHashSet::default();
        let mut total = 0.0;
        for line in dict.lines() {
            let mut parts = line.split_ascii_whitespace();
            let (Some(word), Some(freq)) = (parts.next(), parts.next()) else {
                continue;
            };
            let tag = parts.next();
            let freq: f64 = freq.parse().unwrap_or(0.0);
            match tag {
                Some("n") if freq >= COMMON_NOUN_FREQ && word.chars().count() == 2 => {
                    common_nouns.insert(word.into());
                }
                Some("ns") => {
                    places.insert(word.into());
                }
                Some("nr" | "nrt") => {
                    names.insert(word.into());
                }
                Some("v") => {
                    verbs.insert(word.into());
                }
                Some("vn" | "a" | "an") => {
                    qualities.insert(word.into());
                }
                _ => {}
            }
            if freq > 0.0 && word.chars().count() <= MAX_WORD_CHARS {
                total += freq;
                words.push((word, freq));
            }
        }
        let mut lm = LanguageModel {
            trie: Trie::default(),
            unknown: 0.0,
            bigrams: FxHashMap::default(),
            bigrams_as_first: vec![0.0; ROOT_SLOTS],
            bigrams_as_second: vec![0.0; ROOT_SLOTS],
            bigrams_total: 0.0,
            places,
            names,
            verbs,
            qualities,
            common_nouns,
            total,
        };
        let mut scored: Vec<(&str, f32)> = Vec::with_capacity(words.len());
        let mut min = 0.0f32;
        for (word, freq) in words {
            let lp = (freq / total).ln() as f32;
            min = min.min(lp);
            // jieba's frequencies come from general text, where much of a
            // field's vocabulary is rare (减排 14, 供暖 35): a word is
            // vocabulary, and no word is taken to be rarer than this.
            let lp = match word.chars().nth(1) {
                Some(_) => lp.max((WORD_FREQ_FLOOR / total).ln() as f32),
                None => lp,
            };
            scored.push((word, lp));
            lm.count_bigrams(word, freq);
        }
        // Byte order is char order in UTF-8; the sort is stable, so of a
        // word listed twice the later line wins, as it would in a map.
        scored.sort_by(|a, b| a.0.cmp(b.0));
        lm.trie = Trie::from_sorted(&scored);
        lm.update_cohesion();
        lm.unknown = min - 2.0;
        lm
    }

    /// Adds `words` at frequency `freq`, or keeps a word's dictionary
    /// frequency where that is higher.
    pub fn add_words<'w>(&mut self, words: impl IntoIterator<Item = &'w str>, freq: f64) {
        let lp = (freq / self.total).ln() as f32;
        // The new log-probability of every word that changes.
        let mut changed: FxHashMap<&str, f32> = FxHashMap::default();
        for word in words
            .into_iter()
            .filter(|w| w.chars().count() <= MAX_WORD_CHARS)
        {
            match changed.get(word).copied().or_else(|| self.word_logp(word)) {
                // A word the dictionary has is counted once, at its own frequency.
                None => {
                    self.count_bigrams(word, freq);
                    changed.insert(word, lp);
                }
                Some(had) if had < lp => {
                    changed.insert(word, lp);
                }
                Some(_) => {}
            }
        }
        for (word, logp) in changed {
            self.trie.insert(word, logp);
        }
        self.update_cohesion();
    }

    /// Adds `freq` to every pair of adjacent chars in `word`.
    fn count_bigrams(&mut self, word: &str, freq: f64) {
        let mut chars = word.chars();
        let Some(mut prev) = chars.next() else {
            return;
        };
        for c in chars {
            self.bigrams
                .entry(edge(prev as u32, c))
                .or_default()
                .together += freq as f32;
            if let Some(slot) = self.bigrams_as_first.get_mut(prev as usize) {
                *slot += freq as f32;
            }
            if let Some(slot) = self.bigrams_as_second.get_mut(c as usize) {
                *slot += freq as f32;
            }
            self.bigrams_total += freq;
            prev = c;
        }
    }

    /// How tightly `a` binds to a following `b`: how many times more often
    /// `b` follows `a` inside the dictionary's words than it would if the
    /// two were unrelated (the log of that, their pointwise mutual
    /// information; 0 when they bind no more than chance). 碳达 (碳达峰) or
    /// 化率 (城镇化率) bind even where the text's own word is missing from
    /// the dictionary; two common chars side by side by chance seldom do,
    /// however many words each is part of.
    pub fn cohesion(&self, a: char, b: char) -> f32 {
        self.bigrams
            .get(&edge(a as u32, b))
            .map_or(0.0, |bigram| bigram.cohesion)
    }

    /// Works out [`LanguageModel::cohesion`] of every bigram from the counts.
    fn update_cohesion(&mut self) {
        // Chars beyond the BMP have no marginals: they are never judged.
        let marginal = |of: &[f32], c: u64| of.get(c as usize).map_or(0.0, |&f| f as f64);
        for (&key, bigram) in &mut self.bigrams {
            let (first, second) = (
                marginal(&self.bigrams_as_first, key >> 21),
                marginal(&self.bigrams_as_second, key & 0x1F_FFFF),
            );
            bigram.cohesion = if first == 0.0 || second == 0.0 {
                0.0
            } else {
                let ratio = bigram.together as f64 * self.bigrams_total / (first * second);
                (ratio.ln() as f32).max(0.0)
            };
        }
    }

    /// The trie node reached from `node` on `c`.
    #[inline]
    fn step(&self, node: Node, c: char) -> Option<Node> {
        self.trie.step(node, c)
    }

    /// The log-probability of the word ending at `node`, if one does.
    #[inline]
    fn word_at(&self, node: Node) -> Option<f32> {
        Some(node.logp).filter(|lp| !lp.is_nan())
    }

    /// The node reached by reading `chars` from the root.
    fn walk(&self, chars: &[char]) -> Option<Node> {
        let (first, rest) = match chars.split_first() {
            Some((&first, rest)) => (self.trie.start(first)?, rest),
            None => return Some(self.trie.root),
        };
        rest.iter().try_fold(first, |node, &c| self.step(node, c))
    }

    /// The chars that follow `first` in the dictionary's two-char words.
    pub fn seconds_of(&self, first: char) -> impl Iterator<Item = char> + '_ {
        let node = self.trie.start(first);
        node.into_iter()
            .flat_map(|node| self.trie.children(node))
            .filter(|n| !n.logp.is_nan())
            .filter_map(|n| char::from_u32(n.label))
    }

    /// The log-probability of `word`, if it is in the dictionary.
    pub fn word_logp(&self, word: &str) -> Option<f32> {
        let chars: Vec<char> = word.chars().collect();
        self.chars_logp(&chars)
    }

    /// The log-probability of the word `chars` spell, if it is in the dictionary.
    pub fn chars_logp(&self, chars: &[char]) -> Option<f32> {
        self.walk(chars).and_then(|n| self.word_at(n))
    }

    /// Whether the dictionary tags `word` as a place name.
    pub fn is_place(&self, word: &str) -> bool {
        self.places.contains(word)
    }

    /// Whether the dictionary tags `word` as a personal name, as it does
    /// many a county's (寿光, 德清).
    pub fn is_name(&self, word: &str) -> bool {
        self.names.contains(word)
    }

    /// Tags `words` as verbs, as the policy terms' dictionary does (赋能,
    /// 提质增效, 整治, which jieba's tags a noun).
    pub fn tag_verbs<'w>(&mut self, words: impl IntoIterator<Item = &'w str>) {
        self.verbs.extend(words.into_iter().map(Into::into));
    }

    /// Whether the dictionary tags `word` as a verb (改造, 管好; not the
    /// verbal nouns of 发展).
    pub fn is_verb(&self, word: &str) -> bool {
        self.verbs.contains(word)
    }

    /// Whether the dictionary tags `word` as a verb, a verbal noun or an
    /// adjective: a word that says what a thing does or is like (居住,
    /// 活动, 危险), which no place is named by.
    pub fn describes(&self, word: &str) -> bool {
        self.verbs.contains(word) || self.qualities.contains(word)
    }

    /// Whether `word` is one of the dictionary's common nouns of two chars
    /// (风险, 工业, 核心): a district is seldom named by one (和平, 鼓楼 are
    /// rarer or tagged otherwise).
    pub fn is_common_noun(&self, word: &str) -> bool {
        self.common_nouns.contains(word)
    }

    /// The cost of `c` as a one-char word. ASCII and Chinese punctuation
    /// are not judged by this model: they cost nothing, so spans of them
    /// never look improbable. Any other char the dictionary lacks (rare
    /// Han, symbols) is unknown.
    pub fn char_logp(&self, c: char) -> f32 {
        if let Some(lp) = self.trie.start(c).and_then(|n| self.word_at(n)) {
            lp
        } else if c.is_ascii() || c.is_whitespace() || is_cjk_punctuation(c) {
            0.0
        } else {
            self.unknown
        }
    }

    /// Log-probability of the best segmentation of `chars`. Repairs are
    /// judged on short windows, many per document: up to
    /// [`STACK_CHARS`] the scores live on the stack.
    pub fn score(&self, chars: &[char]) -> f32 {
        let mut stack = [(0f32, 0u8); STACK_CHARS + 1];
        let mut heap = Vec::new();
        let best: &mut [(f32, u8)] = if chars.len() <= STACK_CHARS {
            &mut stack[..=chars.len()]
        } else {
            heap.resize(chars.len() + 1, (0.0, 0));
            &mut heap
        };
        self.forward(chars, best);
        best[chars.len()].0
    }

    /// How many chars at the end of `chars` its best segmentation leaves
    /// as words of one char: garbage decoded from shifted bytes makes no
    /// words, so a damaged stretch shows as a run of them.
    pub fn loose_tail(&self, chars: &[char]) -> usize {
        let mut best = vec![(0f32, 0u8); chars.len() + 1];
        self.forward(chars, &mut best);
        let mut at = chars.len();
        while at > 0 && best[at].1 == 1 {
            at -= 1;
        }
        chars.len() - at
    }

    /// The best segmentation of every prefix of `chars`: `best[i]` gets the
    /// score of `chars[..i]` and the length of its last word (`best` holds
    /// one more entry than `chars`).
    fn forward(&self, chars: &[char], best: &mut [(f32, u8)]) {
        best.fill((f32::NEG_INFINITY, 0));
        best[0].0 = 0.0;
        for (i, &c) in chars.iter().enumerate() {
            let base = best[i].0;
            let unit = base + self.char_logp(c);
            if unit > best[i + 1].0 {
                best[i + 1] = (unit, 1);
            }
            self.words_from(chars, i, |end, lp| {
                if base + lp > best[end].0 {
                    best[end] = (base + lp, (end - i) as u8);
                }
            });
        }
    }

    /// Scores `left`, one char, `right` for many choices of the one char
    /// ([`Slot::score`]): what does not depend on it is done once.
    pub fn slot<'a>(&'a self, left: &[char], right: &[char]) -> Slot<'a> {
        let mut chars = Vec::with_capacity(left.len() + 1 + right.len());
        chars.extend_from_slice(left);
        chars.push(' ');
        chars.extend_from_slice(right);
        let at = left.len();
        // The best scores of the text before the slot and after it: every
        // segmentation has exactly one word covering the slot, so the whole
        // is the best of those words between the two.
        let mut prefixes = vec![(0f32, 0u8); at + 1];
        self.forward(left, &mut prefixes);
        let before = prefixes.into_iter().map(|(score, _)| score).collect();
        let n = chars.len();
        let mut after = vec![f32::NEG_INFINITY; n + 1];
        after[n] = 0.0;
        for i in (at + 1..n).rev() {
            let mut best = self.char_logp(chars[i]) + after[i + 1];
            self.words_from(&chars, i, |end, lp| relax(&mut best, lp + after[end]));
            after[i] = best;
        }
        Slot {
            lm: self,
            chars,
            at,
            before,
            after,
        }
    }

    /// Calls `f(end, logp)` for every word of two or more chars starting
    /// at `chars[start]` (`end` exclusive). Returns how many chars from
    /// `start` on spell a path in the trie (the start of some word).
    #[inline]
    fn words_from(&self, chars: &[char], start: usize, mut f: impl FnMut(usize, f32)) -> usize {
        let Some(mut node) = self.trie.start(chars[start]) else {
            return 0;
        };
        let end = chars.len().min(start + MAX_WORD_CHARS);
        for (j, &c) in chars.iter().enumerate().take(end).skip(start + 1) {
            match self.step(node, c) {
                Some(next) => node = next,
                None => return j - start,
            }
            if let Some(lp) = self.word_at(node) {
                f(j + 1, lp);
            }
        }
        end - start
    }
}

fn edge(node: u32, c: char) -> u64 {
    (u64::from(node) << 21) | u64::from(c)
}

/// What the model knows of a pair of chars side by side.
#[derive(Clone, Copy, Default)]
struct Bigram {
    /// The summed frequency of the words they stand side by side in.
    together: f32,
    /// [`LanguageModel::cohesion`].
    cohesion: f32,
}

/// A node of the frozen trie, kept in its parent's block of children.
#[derive(Clone, Copy)]
struct Node {
    /// The char on the edge from the parent ([`FREE`]: an empty slot of a
    /// table of children).
    label: u32,
    /// The log-probability of the word ending here (NaN: none does).
    logp: f32,
    /// Where the node's children start in [`Trie::blocks`].
    children: u32,
    /// How many children it has: up to [`SCANNED_CHILDREN`] they follow
    /// one another in char order; more fill a table of
    /// [`table_len`]`(count)` slots, each child at or after the slot
    /// [`table_home`] gives its char.
    count: u32,
}

/// The label of an empty slot, which no char has.
const FREE: u32 = u32::MAX;

impl Node {
    const ABSENT: Node = Node {
        label: FREE,
        logp: f32::NAN,
        children: 0,
        count: 0,
    };
}

/// How many slots the table of `children` children has: at most half
/// full, so a probe seldom goes past its first slot.
fn table_len(children: usize) -> usize {
    (2 * children).next_power_of_two()
}

/// Where `c` is first looked for in a table of `len` slots.
#[inline]
fn table_home(c: char, len: usize) -> usize {
    ((u64::from((c as u32).wrapping_mul(0x9E37_79B9)) * len as u64) >> 32) as usize
}

/// The trie as it is read. A node is a copy of what its parent's block
/// holds for it, where to find its children included, so a step reads one
/// place in memory: a short run of children, or one slot of a table for
/// the nodes with many (mostly a word's first char), which finds a child
/// among hundreds at once and, as one block, stays in cache while its
/// char is common.
struct Trie {
    /// The root; its children in [`Trie::blocks`] are the ones beyond the
    /// Basic Multilingual Plane.
    root: Node,
    /// The root's child for each Basic Multilingual Plane char
    /// ([`Node::ABSENT`]: none): every lattice position starts there.
    first: Vec<Node>,
    /// The blocks of children of every other node.
    blocks: Vec<Node>,
}

/// Where a node of the trie is kept.
#[derive(Clone, Copy)]
enum Place {
    Root,
    First(usize),
    Block(usize),
}

impl Default for Trie {
    fn default() -> Self {
        Trie {
            root: Node::ABSENT,
            first: vec![Node::ABSENT; ROOT_SLOTS],
            blocks: Vec::new(),
        }
    }
}

impl Trie {
    /// The root's child on `c`.
    #[inline]
    fn start(&self, c: char) -> Option<Node> {
        match self.first.get(c as usize) {
            Some(node) => Some(*node).filter(|n| n.label != FREE),
            None => self.step(self.root, c),
        }
    }

    /// The child of `node` on `c`.
    #[inline]
    fn step(&self, node: Node, c: char) -> Option<Node> {
        self.find(node, c).map(|at| self.blocks[at])
    }

    /// The children of `node`, in no particular order.
    fn children(&self, node: Node) -> impl Iterator<Item = &Node> {
        let (start, count) = (node.children as usize, node.count as usize);
        let len = if count <= SCANNED_CHILDREN {
            count
        } else {
            table_len(count)
        };
        self.blocks[start..start + len]
            .iter()
            .filter(|n| n.label != FREE)
    }

    /// Where the child of `node` on `c` is in [`Trie::blocks`].
    #[inline]
    fn find(&self, node: Node, c: char) -> Option<usize> {
        let (start, count) = (node.children as usize, node.count as usize);
        if count <= SCANNED_CHILDREN {
            return self.blocks[start..start + count]
                .iter()
                .position(|n| n.label == c as u32)
                .map(|at| start + at);
        }
        let len = table_len(count);
        let table = &self.blocks[start..start + len];
        let mut at = table_home(c, len);
        loop {
            match table[at].label {
                label if label == c as u32 => return Some(start + at),
                FREE => return None,
                _ => at = (at + 1) & (len - 1),
            }
        }
    }

    fn node(&mut self, place: Place) -> &mut Node {
        match place {
            Place::Root => &mut self.root,
            Place::First(c) => &mut self.first[c],
            Place::Block(at) => &mut self.blocks[at],
        }
    }

    /// Where the child of the node at `place` on `c` is.
    fn child(&self, place: Place, c: char) -> Option<Place> {
        match place {
            Place::Root if (c as usize) < ROOT_SLOTS => {
                Some(Place::First(c as usize)).filter(|_| self.first[c as usize].label != FREE)
            }
            Place::Root => self.find(self.root, c).map(Place::Block),
            Place::First(at) => self.find(self.first[at], c).map(Place::Block),
            Place::Block(at) => self.find(self.blocks[at], c).map(Place::Block),
        }
    }

    /// Appends a block holding `children` (sorted by char) to the blocks;
    /// returns the node with them as its children.
    fn append_block(&mut self, node: Node, children: &[Node]) -> Node {
        let start = self.blocks.len();
        if children.len() <= SCANNED_CHILDREN {
            self.blocks.extend_from_slice(children);
        } else {
            let len = table_len(children.len());
            self.blocks.resize(start + len, Node::ABSENT);
            for &child in children {
                let c = char::from_u32(child.label).expect("labels are chars");
                let mut at = table_home(c, len);
                while self.blocks[start + at].label != FREE {
                    at = (at + 1) & (len - 1);
                }
                self.blocks[start + at] = child;
            }
        }
        Node {
            children: start as u32,
            count: children.len() as u32,
            ..node
        }
    }

    /// A trie of `words`, sorted by char (of a word listed twice, the
    /// later wins).
    fn from_sorted(words: &[(&str, f32)]) -> Trie {
        let mut trie = TrieBuilder::default();
        // The chars of the last word and their nodes: a word shares its
        // nodes with the words before it that share its prefix, and in
        // sorted order the last word shares the most.
        let mut path: Vec<(char, u32)> = Vec::with_capacity(MAX_WORD_CHARS);
        for &(word, logp) in words {
            let shared = word
                .chars()
                .zip(&path)
                .take_while(|&(c, &(on_path, _))| c == on_path)
                .count();
            path.truncate(shared);
            for c in word.chars().skip(shared) {
                let parent = path.last().map_or(0, |&(_, node)| node);
                path.push((c, trie.add(parent, c)));
            }
            trie.logp[path.last().map_or(0, |&(_, node)| node) as usize] = logp;
        }
        trie.freeze()
    }

    /// Gives `word` the log-probability `logp`, adding its path where it
    /// is missing. A node that gains a child gets a new block at the end,
    /// its old one left unused: words are added only after loading, a few
    /// hundred.
    fn insert(&mut self, word: &str, logp: f32) {
        let mut place = Place::Root;
        for c in word.chars() {
            if let Some(child) = self.child(place, c) {
                place = child;
                continue;
            }
            let new = Node {
                label: c as u32,
                ..Node::ABSENT
            };
            if let (Place::Root, Some(slot)) = (place, self.first.get_mut(c as usize)) {
                *slot = new;
            } else {
                let node = *self.node(place);
                let (start, count) = (node.children as usize, node.count as usize);
                let len = if count <= SCANNED_CHILDREN {
                    count
                } else {
                    table_len(count)
                };
                let mut children: Vec<Node> = self.blocks[start..start + len]
                    .iter()
                    .copied()
                    .filter(|n| n.label != FREE)
                    .chain(std::iter::once(new))
                    .collect();
                children.sort_unstable_by_key(|n| n.label);
                *self.node(place) = self.append_block(node, &children);
            }
            place = self.child(place, c).expect("the child was just added");
        }
        self.node(place).logp = logp;
    }
}

/// A trie being built: node 0 is the root, nodes numbered as added.
struct TrieBuilder {
    /// Each node's parent, the char on the edge from it, and the
    /// log-probability of the word ending at the node (NaN: none does).
    /// The root's parent and char are never read.
    parent: Vec<u32>,
    label: Vec<u32>,
    logp: Vec<f32>,
}

impl Default for TrieBuilder {
    fn default() -> Self {
        TrieBuilder {
            parent: vec![0],
            label: vec![FREE],
            logp: vec![f32::NAN],
        }
    }
}

impl TrieBuilder {
    /// Adds a child on `c` to `parent`; returns it.
    fn add(&mut self, parent: u32, c: char) -> u32 {
        self.parent.push(parent);
        self.label.push(c as u32);
        self.logp.push(f32::NAN);
        self.parent.len() as u32 - 1
    }

    /// Lays the nodes out in blocks of children, breadth first.
    fn freeze(self) -> Trie {
        // Each node's children, in char order: `kids[starts[p]..starts[p + 1]]`
        // (nodes are added after their parent, and a parent's children in
        // char order, since the words come sorted).
        let mut starts = vec![0u32; self.parent.len() + 1];
        for &p in &self.parent[1..] {
            starts[p as usize + 1] += 1;
        }
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        let mut kids = vec![0u32; self.parent.len() - 1];
        let mut next = starts.clone();
        for (child, &p) in self.parent.iter().enumerate().skip(1) {
            kids[next[p as usize] as usize] = child as u32;
            next[p as usize] += 1;
        }
        let mut trie = Trie::default();
        trie.root.logp = self.logp[0];
        trie.blocks.reserve(kids.len() * 3 / 2);
        // Nodes whose children are still to be laid out: their number
        // here, and where the trie keeps them.
        let mut pending = std::collections::VecDeque::from([(0u32, Place::Root)]);
        let mut children = Vec::new();
        while let Some((id, place)) = pending.pop_front() {
            let kids = &kids[starts[id as usize] as usize..starts[id as usize + 1] as usize];
            let node = |k: u32| Node {
                label: self.label[k as usize],
                logp: self.logp[k as usize],
                ..Node::ABSENT
            };
            children.clear();
            for &k in kids {
                match (place, trie.first.get_mut(self.label[k as usize] as usize)) {
                    (Place::Root, Some(slot)) => *slot = node(k),
                    _ => children.push(node(k)),
                }
            }
            let node = *trie.node(place);
            *trie.node(place) = trie.append_block(node, &children);
            for &k in kids {
                let c = char::from_u32(self.label[k as usize]).expect("labels are chars");
                let at = trie.child(place, c).expect("the child was just laid out");
                pending.push_back((k, at));
            }
        }
        trie
    }
}

/// A text with one char left open, scored for each char put there.
pub struct Slot<'a> {
    lm: &'a LanguageModel,
    /// The text, the open char a placeholder.
    chars: Vec<char>,
    /// Where the open char is.
    at: usize,
    /// `before[i]`: best score of `chars[..i]`, for `i <= at`.
    before: Vec<f32>,
    /// `after[i]`: best score of `chars[i..]`, for `i > at`.
    after: Vec<f32>,
}

impl Slot<'_> {
    /// The score of the text with `c` in the open place: as
    /// [`LanguageModel::score`] gives it, but only the words that cover the
    /// place are looked up.
    pub fn score(&mut self, c: char) -> f32 {
        let (lm, at) = (self.lm, self.at);
        self.chars[at] = c;
        let mut best = self.before[at] + lm.char_logp(c) + self.after[at + 1];
        for start in at.saturating_sub(MAX_WORD_CHARS - 1)..=at {
            let before = self.before[start];
            lm.words_from(&self.chars, start, |end, lp| {
                if end > at {
                    relax(&mut best, before + lp + self.after[end]);
                }
            });
        }
        best
    }
}

/// Best segmentation scores of every prefix and every suffix of a line.
pub struct Lattice<'a> {
    lm: &'a LanguageModel,
    chars: &'a [char],
    /// Every dictionary word in the line, found once for both passes:
    /// `(start, end, logp)`, grouped by start.
    words: Vec<(u32, u32, f32)>,
    /// `forward[i]`: best score of `chars[..i]`.
    forward: Vec<f32>,
    /// `backward[i]`: best score of `chars[i..]`.
    backward: Vec<f32>,
    /// `reach[i]`: how many chars from `i` on spell a path in the trie.
    reach: Vec<u8>,
    /// `unit[i]`: the cost of `chars[i]` as a one-char word.
    unit: Vec<f32>,
}

impl<'a> Lattice<'a> {
    /// A lattice of no line yet.
    pub fn new(lm: &'a LanguageModel) -> Self {
        Lattice {
            lm,
            chars: &[],
            words: Vec::new(),
            forward: Vec::new(),
            backward: Vec::new(),
            reach: Vec::new(),
            unit: Vec::new(),
        }
    }

    /// Scores `chars`, with `unit[i]` the cost of `chars[i]` as a one-char
    /// word (the caller may adjust it, e.g. for how often the document
    /// itself uses the char). The buffers of the last line are reused: a
    /// document is scored a sentence at a time.
    pub fn rescore(&mut self, chars: &'a [char], unit: &[f32]) {
        let (lm, n) = (self.lm, chars.len());
        self.chars = chars;
        let words = &mut self.words;
        words.clear();
        self.reach.clear();
        self.reach.extend((0..n).map(|i| {
            lm.words_from(chars, i, |end, lp| words.push((i as u32, end as u32, lp))) as u8
        }));
        let forward = &mut self.forward;
        forward.clear();
        forward.resize(n + 1, f32::NEG_INFINITY);
        forward[0] = 0.0;
        let mut next = 0;
        for i in 0..n {
            let base = forward[i];
            relax(&mut forward[i + 1], base + unit[i]);
            while let Some(&(_, end, lp)) = words.get(next).filter(|w| w.0 as usize == i) {
                relax(&mut forward[end as usize], base + lp);
                next += 1;
            }
        }
        let backward = &mut self.backward;
        backward.clear();
        backward.resize(n + 1, f32::NEG_INFINITY);
        backward[n] = 0.0;
        let mut next = words.len();
        for i in (0..n).rev() {
            let mut best = unit[i] + backward[i + 1];
            while next > 0 && words[next - 1].0 as usize == i {
                next -= 1;
                let (_, end, lp) = words[next];
                relax(&mut best, lp + backward[end as usize]);
            }
            backward[i] = best;
        }
        self.unit.clear();
        self.unit.extend_from_slice(unit);
    }

    /// The score of the whole line.
    pub fn best(&self) -> f32 {
        self.backward[0]
    }

    /// Whether the best segmentation of `chars[..i]` ends in a word of two
    /// or more chars.
    pub fn word_ends_at(&self, i: usize) -> bool {
        i > 0 && self.forward[i] > self.forward[i - 1] + self.unit[i - 1]
    }

    /// Whether the best segmentation of `chars[i..]` starts with a word of
    /// two or more chars.
    pub fn word_starts_at(&self, i: usize) -> bool {
        i < self.chars.len() && self.backward[i] > self.unit[i] + self.backward[i + 1]
    }

    /// The score of the line with `chars[start..end]` deleted: the best of
    /// joining the prefix and suffix at a word boundary, or through a word
    /// that the deletion brings together.
    pub fn without(&self, start: usize, end: usize) -> f32 {
        let chars = self.chars;
        let mut best = self.forward[start] + self.backward[end];
        for left in (start.saturating_sub(MAX_WORD_CHARS - 1)..start).rev() {
            // Most lefts start no word that reaches the deletion: one lookup
            // rules them out, without walking the trie.
            if usize::from(self.reach[left]) < start - left {
                continue;
            }
            let Some(mut node) = self.lm.walk(&chars[left..start]) else {
                continue;
            };
            let room = MAX_WORD_CHARS - (start - left);
            for (j, &c) in chars.iter().enumerate().skip(end).take(room) {
                match self.lm.step(node, c) {
                    Some(next) => node = next,
                    None => break,
                }
                if let Some(lp) = self.lm.word_at(node) {
                    relax(&mut best, self.forward[left] + lp + self.backward[j + 1]);
                }
            }
        }
        best
    }
}

fn relax(slot: &mut f32, score: f32) {
    if score > *slot {
        *slot = score;
    }
}

/// CJK symbols and punctuation, and the fullwidth ASCII forms.
pub fn is_cjk_punctuation(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x303F | 0xFF00..=0xFFEF | 0x2010..=0x2027)
}

pub use crate::prose_counts::is_han;

#[cfg(test)]
mod tests {
    use super::*;

    fn lm() -> LanguageModel {
        LanguageModel::from_jieba_dict(crate::segment::JIEBA_DICT)
    }

    #[test]
    fn broken_words_score_lower() {
        let lm = lm();
        let score = |s: &str| lm.score(&s.chars().collect::<Vec<_>>());
        let clean = score("表示热烈欢迎");
        let noisy = score("表示热烈欢南时迎");
        // Long texts are scored on the heap, the same way.
        let long = "表示热烈欢迎".repeat(20);
        assert!((score(&long) - 20.0 * clean).abs() < 1e-2);
        assert!(clean - noisy > 10.0, "{clean} vs {noisy}");
        assert_eq!(lm.word_logp("欢迎"), lm.word_logp("欢迎"));
        assert!(lm.word_logp("欢南").is_none());
    }

    #[test]
    fn cohesion_measures_how_chars_bind_inside_words() {
        let lm = lm();
        assert!(lm.cohesion('欢', '迎') > 5.0);
        // Order matters, and chars never side by side in a word do not bind.
        assert!(lm.cohesion('迎', '欢') < 1.0);
        assert_eq!(lm.cohesion('南', '时'), 0.0);
        // Common chars stand side by side in a few words by chance.
        assert_eq!(lm.cohesion('的', '上'), 0.0);
        // Chars outside the Basic Multilingual Plane are never judged.
        assert_eq!(lm.cohesion('𠀀', '𠀁'), 0.0);
    }

    #[test]
    fn the_lattice_tells_where_its_best_segmentation_has_words() {
        let lm = lm();
        let chars: Vec<char> = "电商等新业态".chars().collect();
        let unit: Vec<f32> = chars.iter().map(|&c| lm.char_logp(c)).collect();
        let mut lattice = Lattice::new(&lm);
        lattice.rescore(&chars, &unit);
        // 电商 ends before 等, 业态 starts after 新; 等 and 新 stand alone.
        assert!(lattice.word_ends_at(2));
        assert!(lattice.word_starts_at(4));
        assert!(!lattice.word_ends_at(3));
        assert!(!lattice.word_starts_at(2));
    }

    #[test]
    fn a_loose_tail_is_the_chars_left_out_of_words() {
        let lm = lm();
        let chars = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(lm.loose_tail(&chars("各位媒体朋友大疑衔绾")), 4);
        assert_eq!(lm.loose_tail(&chars("出台的背景是什么")), 0);
    }

    #[test]
    fn a_slot_scores_as_the_whole_text_does() {
        let lm = lm();
        let left: Vec<char> = "向记者朋友表示热烈".chars().collect();
        let right: Vec<char> = "迎,积极组织绿色工厂".chars().collect();
        let mut slot = lm.slot(&left, &right);
        for c in "欢南时的绿工".chars() {
            let whole: Vec<char> = left.iter().chain(&[c]).chain(&right).copied().collect();
            let (fast, direct) = (slot.score(c), lm.score(&whole));
            assert!((fast - direct).abs() < 1e-3, "{c}: {fast} vs {direct}");
        }
        assert!(slot.score('欢') > slot.score('南'));
    }

    #[test]
    fn without_matches_scoring_the_shorter_line() {
        let lm = lm();
        let line = "向记者朋友表示热烈欢南时迎,积极组织绿色工厂";
        let chars: Vec<char> = line.chars().collect();
        let unit: Vec<f32> = chars.iter().map(|&c| lm.char_logp(c)).collect();
        let mut lattice = Lattice::new(&lm);
        lattice.rescore(&chars, &unit);
        assert!((lattice.best() - lm.score(&chars)).abs() < 1e-3);
        for start in 0..chars.len() - 2 {
            let shorter: Vec<char> = chars[..start]
                .iter()
                .chain(&chars[start + 2..])
                .copied()
                .collect();
            let direct = lm.score(&shorter);
            let fast = lattice.without(start, start + 2);
            assert!(
                (direct - fast).abs() < 1e-3,
                "{shorter:?}: {direct} vs {fast}"
            );
        }
    }
}
