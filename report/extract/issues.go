package extract

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/kljensen/snowball/english"

	"brief/report"
	"brief/report/extract/lexicon"
)

// issueMatcher finds the configured issues' terms in text by lemma, so
// that a term matches its inflections and nominalisations ("withdraw
// troops": "troops were withdrawn", "the withdrawal of its troops"), with
// a clause's worth of modifiers inside it, and by the thesaurus of issues
// conflicts share ("ceasefire": "truce", "cessation of hostilities").
type issueMatcher struct {
	set   *phraseSet // value: index into terms
	terms []issueTerm
	keys  map[string]int // a term's lemmas, joined → index into terms
	lem   *lemmatizer
	own   []map[string]bool // per issue: the lemmas of the words of its own terms
	verbs map[string]string // a termVerb's lemma → the verb (see verbOf)
	// acts maps the lemma of a termVerb that opens a term of several
	// words ("release UN staff", "release of hostages") to the issues of
	// such terms: "their release" may point back to one (possessedActs).
	acts map[string][]int
}

// issueTerm is one phrase that raises issues: an issue's own term or
// a thesaurus synonym of it. Several issues may share a phrase; the
// parties a sentence names choose between them (chooseIssue).
type issueTerm struct {
	phrase string
	issues []int // the issues it raises
	rank   []int // per issues[k]: how strongly (rankOwn … rankLabel)
	// variant marks a form derived from a term ("troops withdraw" of
	// "withdraw troops"), not written by the user or the thesaurus.
	variant bool
	// objectFirst marks the passive order of a verb and its object.
	objectFirst bool
}

// newIssueMatcher indexes the issues' terms, their variants and, unless
// noThesaurus, the thesaurus entries their terms or labels name.
func newIssueMatcher(issues []report.Issue, actors []report.Actor, lex *lexicon.Lexicon, noThesaurus bool) *issueMatcher {
	m := &issueMatcher{set: newPhraseSet(true), keys: map[string]int{}, lem: newLemmatizer(lex.Irregular)}
	m.set.gap, m.set.lemma = true, true
	m.own = make([]map[string]bool, len(issues))
	for i, is := range issues {
		m.own[i] = map[string]bool{}
		for _, t := range is.Terms {
			for _, w := range strings.Fields(m.lemmaKey(t)) {
				m.own[i][w] = true
			}
			m.addTerm(t, i, rankOwn)
			m.addArticleVariants(t, i)
			for _, v := range wordVariants(t) {
				m.addVariant(v, i) // "assistance to M23" for "support to M23"
			}
			for _, v := range actorVariants(t, actors, is.Claim) {
				m.addPhrase(v, i, rankOwn, true) // as written: "strikes on Houthi" is no "Houthi strikes"
			}
		}
		for _, v := range sponsorTerms(is, actors) {
			m.addPhrase(v, i, rankOwn, true) // "weapons from Kigali" for "Rwanda backs the M23"
		}
	}
	for i, is := range issues {
		for _, v := range m.captiveTerms(i, is) {
			m.addDerived(v, i, rankLabel) // "release of these officials" for "release of political prisoners"
		}
	}
	if !noThesaurus {
		m.addThesaurus(issues, lex)
	}
	m.acts = map[string][]int{}
	for _, t := range m.terms {
		ws := strings.Fields(m.lemmaKey(t.phrase))
		if len(ws) < 2 {
			continue
		}
		if _, ok := m.verbOf(ws[0]); !ok {
			continue
		}
		for _, i := range t.issues {
			if !slices.Contains(m.acts[ws[0]], i) {
				m.acts[ws[0]] = append(m.acts[ws[0]], i)
			}
		}
	}
	return m
}

// addThesaurus adds, to each issue, the terms of the thesaurus entries
// it names most strongly (see entryRank).
func (m *issueMatcher) addThesaurus(issues []report.Issue, lex *lexicon.Lexicon) {
	for _, entry := range lex.Thesaurus {
		ranks := make([]int, len(issues))
		best := 0
		for i, is := range issues {
			ranks[i] = m.entryRank(is, entry)
			best = max(best, ranks[i])
		}
		for i := range issues {
			if best > 0 && ranks[i] == best {
				for _, t := range entry.Terms {
					m.addTerm(t, i, best)
				}
			}
		}
	}
}

// actorVariants returns a term that names an actor ("backing the M23",
// "support for M23") as the actor's other names would write it ("backing
// the AFC"), and, for a claim, as reporters name an armed group they have
// named before ("backing the rebels"). It returns nil for a term that
// names no actor.
func actorVariants(term string, actors []report.Actor, claim bool) []string {
	lower := " " + strings.ToLower(term) + " "
	var out []string
	for _, a := range actors {
		names := append([]string{a.Name}, a.Aliases...)
		for _, n := range names {
			ln := strings.ToLower(n)
			if len(ln) < 2 {
				continue
			}
			for _, with := range []string{" the " + ln + " ", " " + ln + " "} {
				at := strings.Index(lower, with)
				if at < 0 {
					continue
				}
				head, tail := lower[:at], lower[at+len(with):]
				if strings.TrimSpace(head) == "" && strings.TrimSpace(tail) == "" && !claim {
					return nil // the term is the actor's name ("Tasis"): its other names raise no issue
				}
				for _, other := range names {
					if lo := strings.ToLower(other); lo != ln {
						out = append(out, strings.TrimSpace(head+" "+lo+" "+tail))
					}
				}
				if claim && strings.TrimSpace(tail) == "" && sponsorHead(head) {
					out = append(out, nominalSponsorship(names)...) // "weapons to the RSF" for "arming the RSF"
				}
				if claim {
					for _, g := range groupStandIns {
						out = append(out, strings.TrimSpace(head+" "+g+" "+tail))
					}
					out = append(out, sponsorVariants(append([]string{strings.TrimSpace(lower)}, out...))...)
					out = slices.DeleteFunc(out, armsStandIn)
				}
				return out
			}
		}
	}
	return out
}

// sponsorHead reports whether the words before a group's name in a claim's
// term end with a verb of sponsorship or arming ("backing the", "arms").
func sponsorHead(head string) bool {
	ws := strings.Fields(head)
	if len(ws) > 0 && optionalArticles.has(ws[len(ws)-1]) {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return false
	}
	v := ws[len(ws)-1]
	for k, forms := range sponsorForms {
		if slices.Contains(forms, v) || k < len(armingForms) && slices.Contains(armingForms[k], v) {
			return true
		}
	}
	return false
}

// nominalSponsorship returns what a sponsor gives a group, by each of the
// group's names: "weapons to the RSF", "support for the Houthis" (lexicon
// sponsorNouns). A claim that one actor arms or backs a group is reported
// so as often as with the verb.
func nominalSponsorship(names []string) []string {
	var out []string
	for _, n := range names {
		if len(n) < 2 {
			continue
		}
		for _, noun := range sponsorNouns {
			out = append(out, noun+" to "+n, noun+" for "+n)
		}
	}
	return out
}

// wordVariants returns a term of several words written with one of its
// words replaced by another of the same word group (lexicon wordGroups):
// "support to M23" is also "assistance to M23", "withdraw troops" also
// "withdraw forces". A term of one word has none: the thesaurus, not a
// word group, says what else names an issue.
func wordVariants(term string) []string {
	ws := strings.Fields(strings.ToLower(term))
	if len(ws) < 2 {
		return nil
	}
	var out []string
	for i, w := range ws {
		for _, g := range wordGroups[w] {
			ws[i] = g
			out = append(out, strings.Join(ws, " "))
		}
		ws[i] = w
	}
	return out
}

// wordGroups maps each word of a lexicon word group to the others.
var wordGroups = func() map[string][]string {
	out := map[string][]string{}
	for _, g := range lexicon.Default().List("wordGroups") {
		ws := strings.Fields(g)
		for _, w := range ws {
			for _, o := range ws {
				if o != w {
					out[w] = append(out[w], o)
				}
			}
		}
	}
	return out
}()

// addVariant adds a phrase derived from an issue's own term, with the
// forms addTerm derives, as a variant.
func (m *issueMatcher) addVariant(phrase string, issue int) {
	_, known := m.keys[m.lemmaKey(phrase)]
	m.addTerm(phrase, issue, rankOwn)
	if k, ok := m.keys[m.lemmaKey(phrase)]; ok && !known {
		m.terms[k].variant = true
	}
}

// sponsorVariants returns each phrase with its verb of sponsorship
// written as the others are ("supported by Rwanda" for "backed by
// Rwanda", "supporting the rebels" for "backing the rebels"): a claim
// that one actor backs another is reported with any of them. A verb of
// arming (lexicon armingGerunds, armingPresents) is written with the verbs
// of sponsorship ("backing the RSF" for "arming the RSF"), but not the
// other way round: by lemma "arming the group" would be any "armed group".
func sponsorVariants(phrases []string) []string {
	var out []string
	for _, p := range phrases {
		ws := strings.Fields(p)
		for i, w := range ws {
			for k, forms := range sponsorForms {
				from := forms
				if k < len(armingForms) {
					from = slices.Concat(forms, armingForms[k])
				}
				if !slices.Contains(from, w) {
					continue
				}
				for _, other := range forms {
					if other != w {
						ws[i] = other
						out = append(out, strings.Join(ws, " "))
					}
				}
				ws[i] = w
			}
		}
	}
	return out
}

// armsStandIn reports whether a phrase arms a group stand-in ("arming the
// rebels"): by lemma it would be any "armed rebels" or "armed group".
func armsStandIn(phrase string) bool {
	for k, forms := range armingForms {
		for _, f := range forms {
			for _, g := range groupStandIns {
				if k > 0 && strings.Contains(" "+phrase+" ", " "+f+" "+g+" ") {
					return true
				}
			}
		}
	}
	return false
}

// sponsorForms are the verbs of sponsorship, one list per form:
// participles, gerunds, presents.
var sponsorForms = [][]string{
	lexicon.Default().List("sponsorParticiples"),
	lexicon.Default().List("sponsorGerunds"),
	lexicon.Default().List("sponsorPresents"),
}

// armingForms are the verbs of arming, gerunds and presents: sponsorship
// that a claim's own term may name (see sponsorVariants).
var armingForms = [][]string{
	nil,
	lexicon.Default().List("armingGerunds"),
	lexicon.Default().List("armingPresents"),
}

// sponsorTerms returns, for a claim whose label says that one actor
// sponsors another ("Rwanda backs the M23", "The UAE arms the RSF"), the
// phrases that name the sponsor, by any of its names, as the agent or the
// source of the sponsorship: "backed by Kigali", "armed by Rwanda",
// "weapons from Kigali" (lexicon sponsorParticiples, armingParticiples,
// sponsorNouns). They give the group's side of the claim: "the rebels
// never received weapons from Kigali".
func sponsorTerms(is report.Issue, actors []report.Actor) []string {
	if !is.Claim {
		return nil
	}
	sponsor := labelSponsor(is.Label, actors)
	if sponsor == nil {
		return nil
	}
	var out []string
	for _, n := range append([]string{sponsor.Name}, sponsor.Aliases...) {
		if len(n) < 2 {
			continue
		}
		for _, p := range sponsorForms[0] {
			out = append(out, p+" by "+n)
		}
		for _, p := range armingParticiples {
			out = append(out, p+" by "+n)
		}
		for _, noun := range sponsorNouns {
			out = append(out, noun+" from "+n)
		}
	}
	return out
}

// captiveTerms returns, for an issue one of whose own terms frees people
// ("release of political prisoners", "free the hostages"), that act done
// to the people reporters name as held (lexicon heldPeople): "release
// of officials", "release of all those detained". A release of people is
// a release of captives. A noun that another issue's own terms use
// ("detainees" for a prisoner exchange) is left to that issue.
func (m *issueMatcher) captiveTerms(i int, is report.Issue) []string {
	for _, t := range is.Terms {
		ws := strings.Fields(m.lemmaKey(t))
		if len(ws) < 2 || !slices.Contains(releaseLemmas, ws[0]) {
			continue
		}
		var out []string
		for _, v := range lexicon.Default().List("releaseVerbs") {
			for _, n := range heldPeople {
				if m.othersOwn(i, n) {
					continue // "detainees" for the issue whose own term it is
				}
				out = append(out, v+" of "+n) // also "release N", "N (be) released"
				if !strings.Contains(n, " ") {
					for _, h := range heldModifiers {
						out = append(out, v+" of "+h+" "+n) // "release of detained journalists"
					}
				}
			}
		}
		return out
	}
	return nil
}

// othersOwn reports whether a word of phrase is, by lemma, a word of the
// own terms of an issue other than i.
func (m *issueMatcher) othersOwn(i int, phrase string) bool {
	for _, w := range strings.Fields(m.lemmaKey(phrase)) {
		for k, own := range m.own {
			if k != i && own[w] {
				return true
			}
		}
	}
	return false
}

// heldPeople name people held by a party, heldModifiers say they are
// held: "the release of these officials", "the release of detained
// journalists" free captives. releaseLemmas are the lemmas of the verbs
// that free them.
var (
	heldPeople    = lexicon.Default().List("heldPeople")
	heldModifiers = lexicon.Default().List("heldModifiers")
	releaseLemmas = func() []string {
		l := newLemmatizer(lexicon.Default().Irregular)
		var out []string
		for _, v := range lexicon.Default().List("releaseVerbs") {
			out = append(out, l.lemma(v))
		}
		return out
	}()
)

// addDerived adds a phrase derived from an issue's own term, with the
// forms addTerm derives, as variants of the given rank.
func (m *issueMatcher) addDerived(phrase string, issue, rank int) {
	n := len(m.terms)
	m.addTerm(phrase, issue, rank)
	for k := n; k < len(m.terms); k++ {
		m.terms[k].variant = true
	}
}

// labelSponsor returns the actor a label names just before its verb of
// sponsorship ("Rwanda" in "Rwanda backs the M23"), or nil.
func labelSponsor(label string, actors []report.Actor) *report.Actor {
	ws := strings.Fields(strings.ToLower(strings.NewReplacer(",", " ", "'s", " ", "’s", " ").Replace(label)))
	verb := -1
	for i, w := range ws {
		if slices.Contains(sponsorForms[2], w) || slices.Contains(armingForms[2], w) {
			verb = i
			break
		}
	}
	var best *report.Actor
	bestEnd := -1
	for k := range actors {
		for _, n := range append([]string{actors[k].Name}, actors[k].Aliases...) {
			nw := strings.Fields(strings.ToLower(n))
			for i := 0; len(nw) > 0 && i+len(nw) <= verb; i++ {
				if slices.Equal(ws[i:i+len(nw)], nw) && i+len(nw) > bestEnd {
					best, bestEnd = &actors[k], i+len(nw)
				}
			}
		}
	}
	return best
}

// armingParticiples, with "by" and a sponsor's name, name the sponsor of
// an armed group ("armed by Rwanda"): not in sponsorParticiples, since
// "armed" alone is no sponsorship ("armed group").
var armingParticiples = lexicon.Default().List("armingParticiples")

// sponsorNouns, with "from" and a sponsor's name, name what a group
// received from it: "weapons from Kigali".
var sponsorNouns = lexicon.Default().List("sponsorNouns")

// groupStandIns are the nouns by which reporters name an armed group
// already named: "backing the rebels" for "backing the M23".
var groupStandIns = lexicon.Default().List("groupStandIns")

// How strongly a term belongs to an issue: the issue's own term, or a
// thesaurus entry that one of its terms is, one of its terms contains, or
// only its label contains.
const (
	rankLabel = 1 + iota
	rankInTerm
	rankIsTerm
	rankOwn
)

// entryRank returns how strongly a thesaurus entry names an issue, or 0.
// An entry is taken only by the issues that name it most strongly, so an
// issue "ceasefire" takes "truce" and an issue "mediation of the ceasefire
// talks" does not.
func (m *issueMatcher) entryRank(is report.Issue, entry lexicon.Synonyms) int {
	keys := make([]string, len(entry.Terms))
	for k, t := range entry.Terms {
		keys[k] = " " + m.lemmaKey(t) + " "
	}
	rank := 0
	for _, t := range is.Terms {
		own := " " + m.lemmaKey(t) + " "
		for _, k := range keys {
			switch {
			case own == k:
				return rankIsTerm
			case strings.Contains(own, k):
				rank = rankInTerm
			}
		}
	}
	if rank > 0 {
		return rank
	}
	label := " " + m.lemmaKey(is.Label) + " "
	for _, k := range keys {
		if strings.Contains(label, k) {
			return rankLabel
		}
	}
	return 0
}

// deals reports, per issue, whether one of its own terms contains a noun
// that may point back to an agreement (lexicon issueAnaphors): a
// ceasefire, talks, a peace deal, but not mediation or a claim.
func deals(issues []report.Issue) []bool {
	out := make([]bool, len(issues))
	for i, is := range issues {
		for _, t := range is.Terms {
			for _, w := range tokenize(t) {
				if issueAnaphors.in(w.wid) {
					out[i] = true
				}
			}
		}
	}
	return out
}

// lemmaKey returns a phrase's word lemmas joined by spaces.
func (m *issueMatcher) lemmaKey(phrase string) string {
	toks := tokenize(phrase)
	m.lem.lemmatize(toks)
	var w []string
	for _, t := range toks {
		if t.Word {
			w = append(w, t.Lemma)
		}
	}
	return strings.Join(w, " ")
}

// addTerm registers a term of issue i with its variants: "A of B" as "B
// A", and a verb and its object "V N" as the passive "N (be) V" and the
// nominal "V of N" ("withdraw troops": "troops be withdrawn", "withdrawal
// of troops"). A term is a verb and its object when its first word is one
// of the lexicon's termVerbs.
func (m *issueMatcher) addTerm(term string, issue int, rank int) {
	m.addPhrase(term, issue, rank, false)
	if inv := invertedTerm(term); inv != "" {
		m.addPhrase(inv, issue, rank, true) // "release of hostages" → "hostage release"
	}
	for _, v := range placedTerms(term) {
		m.addPhrase(v, issue, rank, true) // "Red Sea attacks" → "attacks in the Red Sea"
	}
	for _, v := range targetVariants(term) {
		m.addPhrase(v, issue, rank, true) // "attacks on ships" → "attacks against ships"
	}
	if v := agentVariant(term); v != "" {
		m.addPhrase(v, issue, rank, true) // "Rwanda-backed" → "backed by Rwanda"
	}
	if v, obj := m.verbalTerm(term); v != "" {
		m.addPhrase(v+" "+obj, issue, rank, true) // "release of hostages" → "release the hostages"
		m.addPhrase(obj+" "+v, issue, rank, true) // … "the hostages were released"
		m.terms[m.keys[m.lemmaKey(obj+" "+v)]].objectFirst = true
	}
	toks := tokenize(term)
	if len(toks) == 2 && toks[0].Word && toks[1].Word && termVerbs.in(toks[0].wid) {
		v, n := term[toks[0].Start:toks[0].End], term[toks[1].Start:toks[1].End]
		m.addPhrase(n+" "+v, issue, rank, true)
		m.terms[m.keys[m.lemmaKey(n+" "+v)]].objectFirst = true
		m.addPhrase(v+" of "+n, issue, rank, true)
	}
}

// addArticleVariants adds, for an issue's own term of a verb and its
// object with an article ("seize the port", "lift the blockade"), the
// nominal and passive orders reporters also write: "the seizure of the
// port", "the lifting of the blockade", "the port was seized". The
// thesaurus lists such forms itself, so only a user's own terms take
// them.
func (m *issueMatcher) addArticleVariants(term string, issue int) {
	toks := tokenize(term)
	if len(toks) < 3 || !toks[0].Word || !termVerbs.in(toks[0].wid) || !optionalArticles.in(toks[1].wid) {
		return
	}
	for _, t := range toks[2:] {
		if !t.Word {
			return
		}
	}
	v, obj := term[toks[0].Start:toks[0].End], term[toks[2].Start:]
	m.addDerived(v+" of "+term[toks[1].Start:], issue, rankOwn) // "the seizure of the port"
	n := len(m.terms)
	m.addDerived(obj+" "+v, issue, rankOwn) // "the port was seized"
	if k, ok := m.keys[m.lemmaKey(obj+" "+v)]; ok && k >= n {
		m.terms[k].objectFirst = true
	}
}

// verbalTerm returns the verb and object of a term that names an act by
// its noun ("release of UN personnel", "withdrawal of foreign forces"),
// when the noun is a lexicon termVerb's by lemma: "release", "UN
// personnel"; "withdraw", "foreign forces". Else it returns "", "".
func (m *issueMatcher) verbalTerm(term string) (string, string) {
	toks := tokenize(term)
	if len(toks) < 3 || !toks[0].Word || toks[1].Lower != "of" || !toks[2].Word {
		return "", ""
	}
	v, ok := m.verbOf(m.lem.lemma(toks[0].Lower))
	if !ok {
		return "", ""
	}
	return v, term[toks[2].Start:]
}

// verbOf returns the lexicon termVerb whose lemma is lemma.
func (m *issueMatcher) verbOf(lemma string) (string, bool) {
	if m.verbs == nil {
		m.verbs = map[string]string{}
		for _, v := range lexicon.Default().List("termVerbs") {
			if _, ok := m.verbs[m.lem.lemma(v)]; !ok {
				m.verbs[m.lem.lemma(v)] = v
			}
		}
	}
	v, ok := m.verbs[lemma]
	return v, ok
}

// agentVariant returns a compound term of a name and a participle in
// "-ed" — "Rwanda-backed", "Qatar-brokered" — as reporters also write it,
// the participle first: "backed by Rwanda". It returns "" for any other
// term.
func agentVariant(term string) string {
	toks := tokenize(term)
	if len(toks) != 3 || toks[1].Lower != "-" || !toks[0].Title || !strings.HasSuffix(toks[2].Lower, "ed") {
		return ""
	}
	return term[toks[2].Start:toks[2].End] + " by " + term[toks[0].Start:toks[0].End]
}

// targetVariants returns a term of a noun and its target written with the
// target's other prepositions (lexicon targetPrepositions): "attacks on
// ships" is also "attacks against ships".
func targetVariants(term string) []string {
	ws := strings.Fields(term)
	for i := 1; i+1 < len(ws); i++ {
		if !slices.Contains(targetPrepositions, strings.ToLower(ws[i])) {
			continue
		}
		var out []string
		for _, p := range targetPrepositions {
			if p != strings.ToLower(ws[i]) {
				out = append(out, strings.Join(ws[:i], " ")+" "+p+" "+strings.Join(ws[i+1:], " "))
			}
		}
		return out
	}
	return nil
}

// targetPrepositions join an act to its target.
var targetPrepositions = lexicon.Default().List("targetPrepositions")

// termVerbs are verbs that open an issue term of a verb and its object.
var termVerbs = wordSetOf("termVerbs")

// addPhrase registers one phrase for an issue; a phrase already known
// gains the issue.
func (m *issueMatcher) addPhrase(phrase string, issue int, rank int, variant bool) {
	key := m.lemmaKey(phrase)
	if key == "" {
		return
	}
	k, ok := m.keys[key]
	if !ok {
		k = len(m.terms)
		m.keys[key] = k
		m.terms = append(m.terms, issueTerm{phrase: phrase, variant: variant})
	}
	if !ok || m.terms[k].phrase != phrase {
		// A phrase whose words are a known one's, written otherwise
		// ("cease fire" after "cease-fire"), matches as written too.
		toks := tokenize(phrase)
		m.lem.lemmatize(toks)
		m.set.addTokens(toks, k)
	}
	t := &m.terms[k]
	for j, i := range t.issues {
		if i == issue {
			t.rank[j] = max(t.rank[j], rank)
			return
		}
	}
	t.issues = append(t.issues, issue)
	t.rank = append(t.rank, rank)
}

// find returns the issue terms of toks, lemmatizing them first, and those
// a name inside them hides (see namedModifiers).
func (m *issueMatcher) find(toks []token) []phraseMatch {
	m.lem.lemmatize(toks)
	return m.namedModifiers(toks, m.set.findAll(toks, 0, len(toks)))
}

// namedModifiers adds to found the terms that a name standing inside them
// as a modifier hides: "pull Northland Defence Force (NDF) units out" for
// "pull units out", "aid to the UN- and EU-listed militia" for "aid to
// the militia". Such a name is a run of up to maxNameModifier
// capitalised words after a lower-case word and before an acronym in
// brackets and a lower-case word; or a name joined by a hyphen to the word
// after it ("U.S.-sanctioned", "Kenyan-led") or to nothing ("UN- and").
// A name without its acronym is not taken: such a run more often ends a
// phrase of its own than modifies the noun after it.
// Around each, the term is sought again without it; a term found so
// wins only where it spans the name and meets no term found before.
func (m *issueMatcher) namedModifiers(toks []token, found []phraseMatch) []phraseMatch {
	drop := nameModifiers(toks)
	if len(drop) == 0 {
		return found
	}
	for c := 0; c < len(drop); {
		// A cluster of names a few tokens apart is read at once, without
		// each prefix of them: the last may be the term's own word ("the
		// EU-listed Front fighters").
		e := c + 1
		for e < len(drop) && drop[e][0]-drop[e-1][1] <= 2 {
			e++
		}
		for k := e; k > c; k-- {
			found = m.withoutNames(toks, drop[c:k], found)
		}
		c = e
	}
	slices.SortFunc(found, func(a, b phraseMatch) int { return a.From - b.From })
	return found
}

// withoutNames seeks the terms around the names drop (token spans, in
// order) as if the names were not there, and adds to found those that span
// a name and meet no term found before but one inside a name.
func (m *issueMatcher) withoutNames(toks []token, drop [][2]int, found []phraseMatch) []phraseMatch {
	from, to := max(0, drop[0][0]-maxNameWindow), min(len(toks), drop[len(drop)-1][1]+maxNameWindow)
	var view []token
	var at []int // view index → toks index
	for i, d := from, 0; i < to; i++ {
		for d < len(drop) && i >= drop[d][1] {
			d++
		}
		if d < len(drop) && i >= drop[d][0] {
			continue
		}
		view = append(view, toks[i])
		at = append(at, i)
	}
	inName := func(o phraseMatch) bool { // "sanctioned" in "U.S.-sanctioned"
		return slices.ContainsFunc(drop, func(d [2]int) bool { return d[0] <= o.From && o.To <= d[1] })
	}
	for _, vm := range m.set.findAll(view, 0, len(view)) {
		mm := phraseMatch{From: at[vm.From], To: at[vm.To-1] + 1, Value: vm.Value}
		if mm.To-mm.From == vm.To-vm.From {
			continue // no name inside it
		}
		if slices.ContainsFunc(found, func(o phraseMatch) bool { return o.From < mm.To && mm.From < o.To && !inName(o) }) {
			continue // a term already found there
		}
		found = slices.DeleteFunc(found, func(o phraseMatch) bool { return o.From < mm.To && mm.From < o.To })
		found = append(found, mm)
	}
	return found
}

// maxNameModifier is the most capitalised words a name inside an issue
// term may have; maxNameWindow how many tokens around it a term is sought.
const (
	maxNameModifier = 4
	maxNameWindow   = 8
)

// nameModifiers returns the token spans [from, to) of the names that may
// stand inside an issue term as a modifier (see namedModifiers), in order.
func nameModifiers(toks []token) [][2]int {
	var out [][2]int
	capital := func(t token) bool { return t.Word && (t.Title || t.Caps) && !t.Poss }
	lowerWord := func(i int) bool { return i < len(toks) && toks[i].Word && !toks[i].Title && !toks[i].Caps }
	joined := func(i int) bool { return i+1 < len(toks) && toks[i].End == toks[i+1].Start }
	for i := 1; i < len(toks); i++ {
		if !capital(toks[i]) || !lowerWord(i-1) && toks[i-1].Lower != "-" {
			continue
		}
		if i+1 < len(toks) && toks[i+1].Lower == "-" && joined(i) {
			switch {
			case joined(i+1) && lowerWord(i+2):
				out = append(out, [2]int{i, i + 3}) // "U.S.-sanctioned"
				i += 2
			case !joined(i+1) && i+2 < len(toks) && (toks[i+2].Lower == "and" || toks[i+2].Lower == "or"):
				out = append(out, [2]int{i, i + 2}) // "UN- and"
				i++
			}
			continue
		}
		j := i
		for j < len(toks) && j-i < maxNameModifier && capital(toks[j]) {
			j++
		}
		if j+2 >= len(toks) || toks[j].Lower != "(" || !toks[j+1].Caps || toks[j+2].Lower != ")" {
			i = j
			continue
		}
		j += 3 // "Rwanda Defence Force (RDF)"
		if lowerWord(j) && !gapStop.in(toks[j].wid) && !termGapWords.in(toks[j].wid) {
			out = append(out, [2]int{i, j})
		}
		i = j
	}
	return out
}

// synonymVerb reports whether a one-word thesaurus term is met as a
// verb's past form ("voted" for the noun "vote"): a synonym names the
// issue as a noun. An issue's own term matches in every form.
func (m *issueMatcher) synonymVerb(term int, toks []token) bool {
	t := m.terms[term]
	if len(toks) != 1 || !pastForm(toks[0].Lower) || strings.EqualFold(t.phrase, toks[0].Lower) {
		return false
	}
	for _, r := range t.rank {
		if r == rankOwn {
			return false
		}
	}
	return true
}

// chooseIssue picks, of the issues a term raises, the one the sentence
// means: an issue's own term over a synonym; among equals, the issue whose
// label names most of the actors the sentence names, then the first
// configured. ms are the sentence's actor mentions.
func (m *issueMatcher) chooseIssue(term int, parties [][]string, ms []actorMention) int {
	t := m.terms[term]
	best, bestScore := t.issues[0], -1
	for j, i := range t.issues {
		score := t.rank[j] * 100
		if m.sharesOwnWord(term, i) {
			score += 10 // "talks" for the issue whose own term is "peace talks", not "peace deal"'s
		}
		for _, p := range parties[i] {
			for _, mm := range ms {
				if mm.Actor == p {
					score += 2
					break
				}
			}
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	return best
}

// lemmatizer maps a lower-case word to its lemma: an irregular form's base
// ("withdrew" → "withdraw"), else its Snowball (Porter2) stem, which
// joins inflections and common derivations ("withdrawal" → "withdraw").
// Agent nouns ("mediator") and adjectives in "-ional" ("transitional",
// "constitutional") are kept apart from the act and the noun Snowball
// joins them with: a "transitional council" is no transition.
// It remembers up to maxLemmas words; it is safe for concurrent use.
type lemmatizer struct {
	irregular map[string]string
	// recent is an open-addressing table of words and their lemmas, by
	// wordHash: each slot is filled once and read without a lock or a
	// boxed key, so that the words an article repeats cost a hash and a
	// comparison. Words it has no room for go to memo.
	recent []atomic.Pointer[lemmaEntry]
	memo   sync.Map
	n      atomic.Int64
}

// lemmaEntry is a word and its lemma.
type lemmaEntry struct{ word, lemma string }

// lemmaSlots is the size of a lemmatizer's table, and lemmaProbe how
// many slots from its hash a word may take.
const (
	lemmaSlots = 1 << 12
	lemmaProbe = 8
)

// agentNoun reports whether w names the people who do something
// ("mediator", "facilitators"), which Snowball joins with the act.
func agentNoun(w string) bool {
	w = strings.TrimSuffix(w, "s")
	return len(w) > 6 && strings.HasSuffix(w, "ator")
}

// maxLemmas bounds the lemmatizer's memory on hostile input.
const maxLemmas = 200000

func newLemmatizer(irregular map[string]string) *lemmatizer {
	return &lemmatizer{irregular: irregular, recent: make([]atomic.Pointer[lemmaEntry], lemmaSlots)}
}

// lemmatize sets the Lemma of every word token.
func (l *lemmatizer) lemmatize(toks []token) {
	for i := range toks {
		if toks[i].Word && toks[i].Lemma == "" {
			toks[i].Lemma = l.lemma(toks[i].Lower)
		}
	}
}

func (l *lemmatizer) lemma(w string) string {
	h := wordHash(w)
	for i := range uint64(lemmaProbe) {
		e := l.recent[(h+i)&(lemmaSlots-1)].Load()
		if e == nil {
			break
		}
		if e.word == w {
			return e.lemma
		}
	}
	if v, ok := l.memo.Load(w); ok {
		return v.(string)
	}
	base := w
	if b, ok := l.irregular[w]; ok {
		base = b
	}
	lem := english.Stem(base, false)
	if agentNoun(base) {
		lem += "+agent" // "facilitators", "mediator": the people, not the act
	} else if strings.HasSuffix(base, "ional") {
		lem += "+adj" // "transitional", "constitutional": a quality, not the act
	}
	e := &lemmaEntry{strings.Clone(w), lem}
	for i := range uint64(lemmaProbe) {
		slot := &l.recent[(h+i)&(lemmaSlots-1)]
		if slot.CompareAndSwap(nil, e) {
			return lem
		}
		if old := slot.Load(); old.word == w {
			return lem // stored by another goroutine meanwhile
		}
	}
	if l.n.Load() < maxLemmas {
		l.memo.Store(e.word, lem)
		l.n.Add(1)
	}
	return lem
}

// placedTerms returns a term that a place's name opens ("Red Sea
// attacks", "Rafah offensive") as reporters also write it, the place
// after the noun: "attacks in the Red Sea", "offensive in Rafah". The
// name is the term's capitalised words before a last lower-case one.
func placedTerms(term string) []string {
	toks := tokenize(term)
	n := len(toks)
	if n < 2 || !toks[n-1].Word || toks[n-1].Title {
		return nil
	}
	for _, t := range toks[:n-1] {
		if !t.Word || !t.Title {
			return nil
		}
	}
	place, noun := term[toks[0].Start:toks[n-2].End], term[toks[n-1].Start:toks[n-1].End]
	return []string{noun + " in the " + place, noun + " in " + place}
}

// sharesOwnWord reports whether a word of term is a word of one of the
// issue's own (configured) terms, by lemma.
func (m *issueMatcher) sharesOwnWord(term, issue int) bool {
	for _, w := range strings.Fields(m.lemmaKey(m.terms[term].phrase)) {
		if m.own[issue][w] {
			return true
		}
	}
	return false
}
