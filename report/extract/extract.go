// Package extract finds the facts an article reports: figures with whom they
// are credited to, dated events, and actors' stances on the configured
// issues, each with a verbatim quote.
//
// Extraction is a pure function of the article's text, its publication date
// and the configured domain, so results can be cached by content hash and
// computed in parallel.
package extract

import (
	"slices"
	"strings"
	"sync/atomic"

	"brief/report"
	"brief/report/extract/lexicon"
	"brief/report/timex"
)

// Domain is what extraction looks for: the configured actors and issues.
type Domain struct {
	Actors []report.Actor
	Issues []report.Issue
	// Lexicon is the configuration's additions to the embedded lexicon
	// (cues, roles, thesaurus entries), or nil.
	Lexicon *lexicon.Lexicon
	// NoThesaurus turns off the issue thesaurus: each issue is raised by
	// its own terms only.
	NoThesaurus bool
	// StanceModel turns on the learned stance decision (classify.go): the
	// candidates the rules leave undecided are read by a trained model.
	StanceModel bool
}

// Facts are what one article yields: the model's report.Facts. Every
// fact carries exactly one citation, of the article it came from; merging
// across articles is done by assemble.Assemble.
type Facts = report.Facts

// Extractor extracts facts for one domain. It is safe for concurrent use.
type Extractor struct {
	domain Domain
	actors *actorMatcher
	// countries are the actors that are countries (lexicon entities).
	countries map[string]bool
	issues    *issueMatcher
	issueIDs  []string
	claim     []bool
	parties   [][]string // per issue: the actors its label names ("Pakistan–TTP talks")
	cues      *cueTable
	deals     []bool // per issue: an agreement "the deal" may point back to
	typer     *eventTyper
	// lemmas holds the lemma of each set word, by its number (wordID),
	// once a token has needed it: most of an article's words are set
	// words, and their tokens take their lemmas from here rather than from
	// the lemmatizer's memo.
	lemmas []atomic.Pointer[string]
	// model decides the stance candidates the rules leave undecided, or
	// is nil (classify.go); observe, when set, sees every candidate with
	// its features (the model's training).
	model   *stanceModel
	observe func(text, issueID string, c candidate, features []string)
	// suggest gives each lead its most probable position (leads.go):
	// the embedded model, whether or not model is on.
	suggest *stanceModel
}

// New prepares an Extractor for a domain.
func New(d Domain) *Extractor {
	lex := lexicon.Default().Extend(d.Lexicon)
	actors := withEntities(d.Actors, lex.Entities)
	x := &Extractor{domain: d, actors: newActorMatcher(actors), countries: countries(d.Actors, lex.Entities), cues: newCueTable(lex),
		issues: newIssueMatcher(d.Issues, actors, lex, d.NoThesaurus), deals: deals(d.Issues),
		typer: newEventTyper(lex.EventVerbs)}
	for _, is := range d.Issues {
		x.issueIDs = append(x.issueIDs, is.ID)
		x.claim = append(x.claim, is.Claim)
		x.parties = append(x.parties, actorNames(x.actors.find(is.Label)))
	}
	x.lemmas = make([]atomic.Pointer[string], len(setWords))
	if d.StanceModel {
		x.model = defaultStanceModel()
	}
	x.suggest = defaultStanceModel()
	return x
}

// lemmatizeSetWords sets the Lemma of each word token whose word is a
// set word, as the issue matcher's lemmatizer would.
func (x *Extractor) lemmatizeSetWords(toks []token) {
	for i := range toks {
		t := &toks[i]
		if !t.Word || t.wid == 0 || t.Lemma != "" {
			continue
		}
		if p := x.lemmas[t.wid].Load(); p != nil {
			t.Lemma = *p
			continue
		}
		lem := x.issues.lem.lemma(t.Lower)
		x.lemmas[t.wid].Store(&lem)
		t.Lemma = lem
	}
}

// article is one article being read: its tokens and what was found in
// them, shared by the extractors.
type article struct {
	text      string // the whole article's text
	end       int    // the end of the window read, in text
	voice     string // the actor whose own statement the article is, or ""
	toks      []token
	sents     []Sentence
	sentToks  [][2]int // each sentence's tokens [from, to)
	mentions  []actorMention
	issues    []issueMention
	cues      []phraseMatch
	times     []timex.Mention
	speeches  []speech
	quotes    [][2]int    // quotations' tokens [open, close]
	quoteWhom []string    // who speaks each quotation, "" when unknown
	typer     *eventTyper // the words that tell an event's type
	// quoteOf and demonymOf are quoteSpeaker and the actors' demonymBefore
	// for this article's tokens, made once for all its sentences' views.
	quoteOf   func(k int) (string, bool)
	demonymOf func(k int) string
	// lastSpeaker is who "he said" means after the window's last sentence.
	lastSpeaker string
	// grieved holds the figures a sentence tells as what an event is
	// about, keyed by grievanceKey: linkFigures links them to no event.
	grieved map[string]bool
}

// Extract reads one article. sourceID is written into every citation;
// published is the article's publication date (possibly only a month or a
// year, or zero when unknown) against which relative dates resolve.
//
// An article longer than longArticle is read one window of paragraphs
// at a time (see windows), so that its tokens are never all held at
// once; what a sentence takes from those before it (the last subject, the
// last speaker, the last claim issue) is carried from one window to the
// next.
func (x *Extractor) Extract(sourceID, text string, published report.Date) Facts {
	return x.ExtractBy(sourceID, text, "", published)
}

// ExtractBy is Extract for an article whose outlet is known. An outlet
// that names an actor ("The White House", "U.S. Department of State")
// publishes in that actor's voice: its statement's "we" and "I" are the
// actor's, unless the first sentence opens with another author.
func (x *Extractor) ExtractBy(sourceID, text, outlet string, published report.Date) Facts {
	// Dates first: timex's tokens are garbage before the article's own
	// are made, so that a long article never holds both.
	// spoken is a transcript's own date, when its head gives one.
	times, spoken := timex.FindDated(text, published)
	var f Facts
	for _, m := range times {
		f.Timexes = append(f.Timexes, report.Timex{Source: sourceID, Text: m.Text, Value: m.Value, Precision: report.Precision(m.Precision)})
	}
	ctx := x.newCarry(outlet)
	speaker := ""
	// The article's tokens are not kept: their array goes on to the next
	// window and then to the next article.
	pooled := tokenArrays.Get().(*[]token)
	toks, used := *pooled, 0
	for _, w := range windows(text) {
		a := x.readWindow(toks, text, w[0], w[1], times, speaker, ctx.voice)
		x.extractFrom(a, &f, &ctx, sourceID, published, spoken, w[0])
		speaker = a.lastSpeaker
		ctx.base += len(a.sents)
		toks, used = a.toks, max(used, len(a.toks))
	}
	if x.model != nil {
		f.Stances = dropModelEchoes(f.Stances)
	}
	if cap(toks) <= maxPooled {
		// No token keeps this article's strings alive. Each article
		// clears what it filled, so the rest of the array is clear already.
		clear(toks[:min(used, cap(toks))])
		*pooled = toks[:0]
		tokenArrays.Put(pooled)
	}
	return f
}

// extractFrom adds to f the stances, events and figures of the sentences
// of a, one window of the article that starts at byte from, carrying ctx
// on to the next window.
func (x *Extractor) extractFrom(a *article, f *Facts, ctx *carry, sourceID string, published, spoken report.Date, from int) {
	credits, counts := creditsAndCounts(a.text[from:a.end], shiftSentences(a.sents, from)) // whom each sentence credits, quotations and "he added" included
	var w Facts
	var buf []numToken     // a sentence's number tokens, when it may count
	v := new(sentenceView) // each sentence's, made anew in place: no rule keeps a view
	for i, s := range a.sents {
		x.viewInto(v, a, i, ctx)
		hits := v.stancesOf()
		if x.model != nil || x.observe != nil {
			hits = x.classify(v, hits, s.Text) // classify.go
		}
		for _, h := range hits {
			date, precision := a.statementDate(i, h.At, spoken)
			st := stanceOf(h, sourceID, s, date, precision)
			st.Speaker, st.SpeakerActor = a.speakerOf(i, h.At, h.Actor, ctx.voice)
			if h.Rule == "model" {
				st.ReadBy = report.ReadByModel
			}
			w.Stances = append(w.Stances, st)
		}
		w.Leads = x.appendLeads(w.Leads, a, i, v, hits, sourceID) // leads.go
		w.Events = append(w.Events, a.eventsIn(i, sourceID, v.ms, published, spoken)...)
		var numToks []numToken
		if counts[i] {
			buf = numTokenizeTo(buf[:0], s.Text, numLowerASCII(s.Text))
			numToks = buf
		}
		figs, grieved := figuresGrieved(s, numToks, x.actors, v.ms, credits[i])
		for j, fig := range figs {
			if grieved[j] {
				a.grieve(fig)
			}
			for k := range fig.Citations {
				fig.Citations[k].Source = sourceID
			}
			w.Figures = append(w.Figures, fig)
		}
		ctx.after(i, v, x.claim)
	}
	w.Figures = a.dropRestated(w.Figures)
	a.spellCredits(w.Figures) // before figures are copied onto events
	a.linkFigures(&w)
	f.Stances = appendAll(f.Stances, w.Stances)
	f.Events = appendAll(f.Events, w.Events)
	f.Figures = appendAll(f.Figures, w.Figures)
	f.Leads = appendAll(f.Leads, w.Leads)
}

// dropModelEchoes removes from an article's stances each one the model
// read whose actor, issue and position the rules also read in the
// article: the rules' sentence is the stance's evidence, even when the
// model's sentence comes first.
func dropModelEchoes(stances []report.Stance) []report.Stance {
	key := func(s report.Stance) string { return s.Actor + "|" + s.Issue + "|" + string(s.Position) }
	ruled := map[string]bool{}
	for _, s := range stances {
		if s.ReadBy == "" {
			ruled[key(s)] = true
		}
	}
	return slices.DeleteFunc(stances, func(s report.Stance) bool { return s.ReadBy != "" && ruled[key(s)] })
}

// appendAll returns to with from appended: from itself, rather than a
// copy, when to is empty and from is not (an article read in one window).
func appendAll[T any](to, from []T) []T {
	if len(to) == 0 && len(from) > 0 {
		return from
	}
	return append(to, from...)
}

// shiftSentences returns sentences whose offsets count from byte from
// of the text rather than from its start.
func shiftSentences(sents []Sentence, from int) []Sentence {
	if from == 0 {
		return sents
	}
	out := make([]Sentence, len(sents))
	for i, s := range sents {
		s.Start -= from
		s.End -= from
		out[i] = s
	}
	return out
}

// longArticle is the length in bytes above which an article is read a
// window of paragraphs at a time, and windowBytes about the length of
// each window. An article of the default size limit or less (see
// corpus.DefaultArticleBytes) is read whole.
const (
	longArticle = 4 << 20
	windowBytes = 1 << 20
)

// windows cuts text into the byte ranges [from, to) that are read at
// once: the whole text when it is no longer than longArticle, else runs
// of whole paragraphs of about windowBytes each, cut at a blank line,
// which also ends every sentence (see lineBreaks), so that each
// sentence is read whole in one window. Text without a blank line after
// a window's first windowBytes stays in that window.
func windows(text string) [][2]int {
	if len(text) <= longArticle {
		return [][2]int{{0, len(text)}}
	}
	var out [][2]int
	from := 0
	for len(text)-from > windowBytes {
		i := strings.Index(text[from+windowBytes:], "\n\n")
		if i < 0 {
			break
		}
		cut := from + windowBytes + i + 1 // after the paragraph's own line end
		out = append(out, [2]int{from, cut})
		from = cut
	}
	return append(out, [2]int{from, len(text)})
}

// carry is what a sentence's reading takes from the sentences before
// it.
type carry struct {
	base             int      // how many sentences the windows read before this one hold
	last             string   // the last subject: who later pronouns most likely mean
	author           string   // the first sentence's opening subject: a statement's "we"
	voice            string   // the actor whose outlet published the article ("The White House")
	group            []string // the last sentence's coordinated subjects ("A and B"): who "they" are
	recent, recentAt int      // the last claim issue raised, and in which sentence
	started          bool
}

// newCarry starts an article's reading: an outlet that names an actor
// lends it the article's voice and its "we".
func (x *Extractor) newCarry(outlet string) carry {
	voice := x.outletActor(outlet)
	return carry{author: voice, voice: voice}
}

// view prepares sentence i of an article for stance finding.
func (x *Extractor) view(a *article, i int, ctx *carry) *sentenceView {
	v := new(sentenceView)
	x.viewInto(v, a, i, ctx)
	return v
}

// viewInto is view that fills v, whatever it held before.
func (x *Extractor) viewInto(v *sentenceView, a *article, i int, ctx *carry) {
	if !ctx.started {
		ctx.recent, ctx.recentAt, ctx.started = -1, -1, true
	}
	if ctx.recentAt < ctx.base+i-2 {
		ctx.recent = -1
	}
	from, to := a.sentToks[i][0], a.sentToks[i][1]
	if a.quoteOf == nil {
		a.quoteOf = a.quoteSpeaker
		a.demonymOf = func(k int) string { return x.actors.demonymBefore(a.toks, k) }
	}
	*v = sentenceView{
		toks: a.toks, from: from, to: to, ms: mentionsIn(a.mentions, from, to),
		issues: issuesIn(a.issues, from, to), cues: cuesIn(a.cues, from, to),
		sp: a.speeches[i], quote: a.quoteOf, table: x.cues, last: ctx.last, author: ctx.author, voice: ctx.voice, group: ctx.group, recent: ctx.recent,
		claim: x.claim, parties: x.parties, issueIDs: x.issueIDs,
		demonym: a.demonymOf,
	}
}

// after records what sentence i, read as v, leaves for the next.
func (ctx *carry) after(i int, v *sentenceView, claim []bool) {
	if m, ok := firstSubject(v.toks, v.ms); ok {
		ctx.last = m.Actor
		ctx.group = v.coordinatedFrom(m)
		if ctx.base+i == 0 && opensSentence(v, m) {
			ctx.author = m.Actor // "The United States welcomes …": who "we" are in what follows
		}
	}
	for _, im := range v.issues {
		if claim[im.Issue] {
			ctx.recent, ctx.recentAt = im.Issue, ctx.base+i
		}
	}
}

// opensSentence reports whether mention m is the sentence's opening
// subject — "The United States welcomes …", "Pakistan's Foreign Office
// said" — not a possessor of a thing or an object after a verb: "We
// support ASEAN's efforts" opens with "we".
func opensSentence(v *sentenceView, m actorMention) bool {
	k := v.from
	if k < m.From && articles.in(v.toks[k].wid) {
		k++
	}
	return m.From == k && (!m.Poss || m.To < v.to && (roleNouns.in(v.toks[m.To].wid) || v.toks[m.To].Title))
}

// read tokenizes an article and finds its sentences, actors, issue terms,
// cues, dates, speakers and quotations.
func (x *Extractor) read(text string, published report.Date, voice string) *article {
	// Dates first: timex's tokens are garbage before the article's own
	// are made, so that a long article never holds both.
	return x.readWindow(nil, text, 0, len(text), timex.Find(text, published), "", voice)
}

// readWindow reads the bytes [from, to) of an article's text as read
// does the whole text: its tokens and sentences keep their offsets in
// the whole text. times are the dates found in the whole text, and
// speaker who "he said" means at the window's start. Its tokens fill toks
// (see tokenizeFrom).
func (x *Extractor) readWindow(toks []token, text string, from, to int, times []timex.Mention, speaker, voice string) *article {
	a := &article{text: text, end: to, voice: voice, toks: tokenizeFrom(toks, text[from:to], from), sents: splitSentencesFrom(text[from:to], from), times: times, typer: x.typer}
	a.sentToks = sentenceTokens(a.sents, a.toks)
	a.mentions = a.introducedPeople(a.titleAnaphora(voice, a.groupAnaphora(dropDateline(text, a.toks, x.actors.findTokens(a.toks)), x.countries)))
	for _, st := range a.sentToks {
		// A preposition of the sentence before (a headline without a full
		// stop: "… call for restraint") governs no mention of this one.
		ms := mentionsIn(a.mentions, st[0], st[1])
		for k := range ms {
			if ms[k].From < st[0]+3 && ms[k].PrepObject {
				ms[k].PrepObject = isPrepObject(a.toks[st[0]:], ms[k].From-st[0])
			}
		}
	}
	x.lemmatizeSetWords(a.toks)
	for _, m := range x.issues.find(a.toks) {
		from, to := a.sentenceBounds(m.From)
		ms := mentionsIn(a.mentions, from, to)
		if attributive(a.toks, ms, m.From, m.To) {
			continue // "sanctioned companies", "the UN-sanctioned group": a modifier, not the act
		}
		if x.issues.synonymVerb(m.Value, a.toks[m.From:m.To]) {
			continue // "the Council voted to …": the thesaurus's noun "vote", not an election
		}
		a.issues = append(a.issues, issueMention{From: m.From, To: m.To, Issue: x.issues.chooseIssue(m.Value, x.parties, ms),
			Object: x.issues.terms[m.Value].objectFirst})
	}
	a.issues = a.issueAnaphora(a.issues, x.issues, x.deals)
	cues := x.cues.find(a.toks)
	a.issues = cuesOverTerms(a.toks, cues, a.issues)
	a.cues = outsideNames(outsideIssues(cues, a.issues), a.toks, a.mentions)
	lastSpeaker, lastOpener := speaker, ""
	a.speeches = make([]speech, 0, len(a.sents))
	for i := range a.sents {
		from, to := a.sentToks[i][0], a.sentToks[i][1]
		ms := mentionsIn(a.mentions, from, to)
		last := lastSpeaker
		if last == "" && from < to && a.toks[from].Lower == "it" {
			last = lastOpener // "The army extended the truce. It also said …": the army
		}
		if from < to && lastOpener != "" && (a.toks[from].Lower == "its" || a.toks[from].Lower == "their") {
			last = lastOpener // "The militia denied it. Its commander said …": the militia's
		}
		sp := speechOf(a.toks, from, to, ms, last)
		lastSpeaker = nextSpeaker(lastSpeaker, sp, ms)
		lastOpener = openingActor(a.toks, from, ms)
		a.speeches = append(a.speeches, sp)
	}
	a.lastSpeaker = lastSpeaker
	a.attributeQuotes(text)
	return a
}

// attributive reports whether the one-word term at tokens [from, to) is
// a past participle standing before a noun as its modifier: after a
// determiner or a preposition, before a word that is neither ("of
// sanctioned companies"), or after a hyphen before an actor's name ("the
// UN-sanctioned M23", where "a UN-brokered truce" keeps its broker).
func attributive(toks []token, ms []actorMention, from, to int) bool {
	if to-from != 1 || from == 0 || to >= len(toks) || !strings.HasSuffix(toks[from].Lower, "ed") {
		return false
	}
	prev, next := toks[from-1].Lower, toks[to]
	if prev == "-" {
		_, named := mentionAt(ms, to)
		return named
	}
	if prev != "the" && prev != "a" && prev != "an" && !prepositions.has(prev) {
		return false
	}
	return next.Word && !functionWords.in(next.wid) && !prepositions.in(next.wid)
}

// outsideIssues drops the cues that lie within an issue's term: in
// "asked Norway to withdraw its ships" against the term "withdraw",
// the verb is the issue, not a position on it. Both lists are in order.
func outsideIssues(cues []phraseMatch, issues []issueMention) []phraseMatch {
	out := cues[:0]
	k := 0
	for _, c := range cues {
		for k < len(issues) && issues[k].To <= c.From {
			k++
		}
		if k < len(issues) && issues[k].From <= c.From && c.From < issues[k].To {
			continue // a cue that starts inside an issue's term: "withdraw from" against "withdraw"
		}
		out = append(out, c)
	}
	return out
}

// cuesOverTerms drops an issue's term that a longer cue starts with when
// another issue's term follows the cue: in "withdrew from the peace talks"
// the cue "withdraw from" refuses the talks, and no withdrawal of troops
// is raised, though in "withdraw from the town after talks" it is
// (cueObjectGap). issues are in order; the result is.
func cuesOverTerms(toks []token, cues []phraseMatch, issues []issueMention) []issueMention {
	var drop []int
	k := 0
	for _, c := range cues {
		for k < len(issues) && issues[k].To <= c.From {
			k++
		}
		if k+1 >= len(issues) || issues[k].From > c.From || c.To <= issues[k].To {
			continue
		}
		if next := issues[k+1]; next.From >= c.To && next.From <= c.To+3 && cueObjectGap(toks, c.To, next.From) {
			drop = append(drop, k)
		}
	}
	if drop == nil {
		return issues
	}
	out := make([]issueMention, 0, len(issues)-len(drop))
	for i, im := range issues {
		if len(drop) > 0 && drop[0] == i {
			drop = drop[1:]
			continue
		}
		out = append(out, im)
	}
	return out
}

// sentenceBounds returns the tokens [from, to) of the sentence holding
// token k, or [k, k+1) when none does.
func (a *article) sentenceBounds(k int) (int, int) {
	if s := a.sentenceOfToken(k); s >= 0 {
		return a.sentToks[s][0], a.sentToks[s][1]
	}
	return k, k + 1
}

// nextSpeaker returns who "he said" means after a sentence: its speaker,
// else the last person it names, else the speaker before.
func nextSpeaker(last string, sp speech, ms []actorMention) string {
	if sp.Speaker != "" {
		return sp.Speaker
	}
	if sp.AnyVerb >= 0 {
		return "" // "a general we do not know urged …": someone we do not know spoke last
	}
	for _, m := range ms {
		if m.Person && !m.PrepObject {
			return m.Actor // the subject: "the commander criticised the minister …" then "he said"
		}
	}
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].Person {
			return ms[k].Actor
		}
	}
	return last
}

// openingActor returns the actor whose name opens the sentence at token
// from, after at most an article or a possessor's name ("Myanmar's
// military junta"), or "".
func openingActor(toks []token, from int, ms []actorMention) string {
	for _, m := range ms {
		if m.PrepObject || m.Person || m.From > from+2 {
			return ""
		}
		if !m.Poss {
			return m.Actor
		}
	}
	return ""
}

// sentenceTokens maps each sentence to its tokens.
func sentenceTokens(sents []Sentence, toks []token) [][2]int {
	out := make([][2]int, len(sents))
	k := 0
	for i, s := range sents {
		for k < len(toks) && toks[k].Start < s.Start {
			k++
		}
		from := k
		for k < len(toks) && toks[k].End <= s.End {
			k++
		}
		out[i] = [2]int{from, k}
	}
	return out
}

// mentionsIn returns the mentions within tokens [from, to) of a sorted list.
func mentionsIn(ms []actorMention, from, to int) []actorMention {
	i := firstFrom(len(ms), from, func(k int) int { return ms[k].From })
	j := i
	for j < len(ms) && ms[j].To <= to {
		j++
	}
	return ms[i:j]
}

func issuesIn(ms []issueMention, from, to int) []issueMention {
	i := firstFrom(len(ms), from, func(k int) int { return ms[k].From })
	j := i
	for j < len(ms) && ms[j].To <= to {
		j++
	}
	return ms[i:j]
}

func cuesIn(ms []phraseMatch, from, to int) []phraseMatch {
	i := firstFrom(len(ms), from, func(k int) int { return ms[k].From })
	j := i
	for j < len(ms) && ms[j].To <= to {
		j++
	}
	return ms[i:j]
}

// firstFrom returns the first of n items, sorted by where they start
// (fromOf), that starts at or after token from: a binary search small
// enough to be inlined with fromOf, which a search through
// slices.BinarySearchFunc is not.
func firstFrom(n, from int, fromOf func(k int) int) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if fromOf(h) < from {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// firstSubject returns the first mention of a sentence that is no
// preposition's object, no agent after "by" and no subject of a clause
// after "that": the actor later pronouns most likely mean.
func firstSubject(toks []token, ms []actorMention) (actorMention, bool) {
	for _, m := range ms {
		if !m.PrepObject && !after(toks, m.From, "by") && !after(toks, m.From, "that") {
			return m, true // not an agent ("condemned the offensive by the M23") nor a reported clause's ("demanded that the M23 …")
		}
	}
	return actorMention{}, false
}

// invertedTerm returns a three-word noun term "A of B" or "A on B" as the
// compound "B A" ("killings of civilians" → "civilian killings", "attacks
// on shipping" → "shipping attacks"), or "" for any other term.
func invertedTerm(term string) string {
	toks := tokenize(term)
	if len(toks) != 3 || (toks[1].Lower != "of" && toks[1].Lower != "on") || !toks[0].Word || !toks[2].Word {
		return ""
	}
	return term[toks[2].Start:toks[2].End] + " " + term[toks[0].Start:toks[0].End]
}
