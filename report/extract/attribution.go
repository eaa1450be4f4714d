package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"brief/report"
)

// attributionOf returns whom a sentence credits for what it reports: the
// outlet, report, organisation or official it names in "according to X",
// "X said", "X reported", "X quoted sources as saying", "a UN report shows",
// "citing X" or "… told X" (X when X is a named outlet, else the speaker).
// It returns "" when the sentence states its content on its own authority,
// and also when the speaker is only a pronoun ("he said"): a caller may then
// carry forward the attribution of an earlier sentence of the paragraph.
func attributionOf(s Sentence) string {
	return attributionIn(s.Text, numTokenize(s.Text, numLowerASCII(s.Text)))
}

// attributionIn is attributionOf for a sentence already tokenized.
func attributionIn(text string, toks []numToken) string {
	if cs := creditsIn(text, toks); len(cs) > 0 {
		return cs[0].who
	}
	return ""
}

// sentenceCredit is attributionIn for the sentence as a whole: a
// sentence that opens with a quotation is the speaker's named after it
// ("“The ship reported no injuries,” the command added": the command's,
// though the ship reports inside the quotation), so that an "it said" of
// the next sentence goes on with the speaker.
func sentenceCredit(text string, toks []numToken) string {
	cs := creditsIn(text, toks)
	if len(cs) == 0 {
		return ""
	}
	if startsQuote(text) {
		closing := -1
		for k := 1; k < len(toks); k++ {
			if toks[k].is("”", "\"") {
				closing = k
				break
			}
		}
		if closing > 0 {
			for _, c := range cs {
				if c.at > closing {
					return c.who
				}
			}
		}
	}
	return cs[0].who
}

// credit is one source a sentence names, at the token that introduces it.
type credit struct {
	who string
	at  int
}

// creditsIn returns every source a sentence credits, "according to" ones
// first, then those of reporting verbs in order.
func creditsIn(text string, toks []numToken) []credit {
	a := attribution{text: text, toks: toks}
	var cs []credit
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].lower == "according" && toks[k+1].lower == "to" {
			if x := a.messageSource(k + 2); x != "" {
				cs = append(cs, credit{x, k})
			} else if x := a.phraseAfter(k + 2); x != "" {
				cs = append(cs, credit{x, k})
			} else if x := a.providerAfter(k + 2); x != "" {
				cs = append(cs, credit{x, k})
			}
		}
	}
	for k := 0; k+2 < len(toks); k++ {
		// "a proposal by the Commission to lend €140 billion": the sum is
		// the proposal's author's.
		if proposalNouns.in(toks[k].wid) && (toks[k+1].lower == "by" || toks[k+1].lower == "from") {
			if x := a.phraseAfter(k + 2); x != "" {
				cs = append(cs, credit{x, k})
			}
		}
	}
	for k := 1; k+2 < len(toks); k++ {
		// "which killed 1,200 people by Israeli tallies", "by the UN's
		// count": the tally's owner.
		if toks[k].lower != "by" {
			continue
		}
		named := false
		for j := k + 1; j < len(toks) && j <= k+4 && toks[j].kind == numWord; j++ {
			named = named || toks[j].isCap()
			if possessiveTallies.in(toks[j].wid) || possessiveTallies.has(strings.TrimSuffix(toks[j].lower, "s")) ||
				strings.HasSuffix(toks[j].lower, "ies") && possessiveTallies.has(strings.TrimSuffix(toks[j].lower, "ies")+"y") {
				if named && j > k+1 {
					end := toks[j].end
					for o := k + 1; o < j; o++ {
						if w := toks[o].text; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
							end = toks[o].end - len("'s") // "by the UN's count": the UN
							if strings.HasSuffix(w, "’s") {
								end = toks[o].end - len("’s")
							}
							break
						}
					}
					cs = append(cs, credit{tidyCredit(text[toks[k+1].start:end]), k})
				}
				break
			}
		}
	}
	for k := 1; k+1 < len(toks); k++ {
		// "the health ministry's count of 40,000 dead": the count's owner.
		if possessiveTallies.in(toks[k].wid) && tallyLinks.in(toks[k+1].wid) {
			if x := a.tallyOwner(k - 1); x != "" {
				cs = append(cs, credit{x, k})
			}
		}
	}
	for k := 1; k+2 < len(toks); k++ {
		// "over 50 bodies reported by medical workers", "40 deaths were
		// recorded by the health office": the count's source.
		if agentParticiples.in(toks[k].wid) && toks[k+1].lower == "by" && a.countsIn(max(k-6, 0), k) {
			if x := a.phraseAfter(k + 2); x != "" {
				cs = append(cs, credit{x, k})
			}
		}
	}
	for k := 2; k < len(toks); k++ {
		// "“… 6,000 fighters …,” the report read": the document speaks.
		if documentVerbs.in(toks[k].wid) {
			if x := a.subjectBefore(k); x != "" && documentNouns.has(strings.ToLower(lastWord(x))) {
				if first := a.subjectStart(k - 1); first > 0 && toks[first-1].kind == numPunct {
					cs = append(cs, credit{x, k})
				}
			}
		}
	}
	for k := 2; k < len(toks); k++ {
		// "“… four were killed …,” the statement continued": a verb
		// that reports only right after a quotation.
		if quoteVerbs.in(toks[k].wid) && afterQuote(toks, k) {
			if f := a.subjectStart(k - 1); f >= 0 && hasSpeakerHead(toks[f:k]) {
				if x := a.subjectBefore(k); x != "" {
					cs = append(cs, credit{x, k})
				}
			}
		}
	}
	if x := speakerLabel(text, toks); x != "" {
		cs = append(cs, credit{x, 0})
	}
	headline := headlineCase(text, toks)
	for k := range toks {
		if !reportingVerbs.in(toks[k].wid) || toks[k].isCap() && k > 0 && !headline || a.notReporting(k) {
			continue
		}
		if x := a.creditAt(k); x != "" {
			cs = append(cs, credit{x, k})
		}
	}
	if x, k := a.trailingSource(); x != "" {
		cs = append(cs, credit{x, k})
	}
	return cs
}

// providerAfter reads who provided the thing named from token i on that
// is no source itself: "according to a casualty list provided by Nasser
// Hospital" is the hospital's.
func (a *attribution) providerAfter(i int) string {
	for j := i; j < len(a.toks) && j <= i+5; j++ {
		if a.toks[j].kind != numWord {
			return ""
		}
		if sourceParticiples.in(a.toks[j].wid) && a.word(j+1) == "by" {
			return a.phraseAfter(j + 2)
		}
	}
	return ""
}

// sourceParticiples before "by" name who provided a list or a count:
// "a casualty list provided by the hospital".
var sourceParticiples = wordSetOf("creditSourceParticiples")

// headlineCase reports whether a line is written as a headline: no stop
// at its end and most of its words capitalised ("Pakistan Says 450,000
// Afghans Returned Home"), where a capitalised verb is still a verb.
func headlineCase(text string, toks []numToken) bool {
	t := strings.TrimSpace(text)
	if t == "" || strings.ContainsRune(".!?\"”:", rune(t[len(t)-1])) {
		return false
	}
	words, caps := 0, 0
	for i := range toks {
		if toks[i].kind == numWord {
			words++
			if toks[i].isCap() {
				caps++
			}
		}
	}
	return words >= 3 && caps*3 >= words*2
}

// speakerLabel returns the speaker a transcript's line opens with, in
// capitals before a colon after a title ("MR ODUYA: We sent 300 more
// …"), or "" when the line opens otherwise.
func speakerLabel(text string, toks []numToken) string {
	if who, titled, _ := lineLabel(text, toks); titled {
		return who
	}
	return ""
}

// lineLabel reads the label in capitals before a colon that a line opens
// with: label reports whether there is one; who is the speaker it may
// name, "" for a label that names none ("QUESTION:"); titled reports
// whether it opens with a title ("MR PRICE:"). A label of one word and no
// title is no speaker: it is most often a dateline ("ISLAMABAD:").
func lineLabel(text string, toks []numToken) (who string, titled, label bool) {
	for k := 0; k < len(toks) && k <= 6; k++ {
		t := &toks[k]
		switch {
		case t.is(":"):
			if k == 0 {
				return "", false, false
			}
			if labelsNotSpeakers.in(toks[0].wid) || k < 2 && !labelTitles.in(toks[0].wid) {
				return "", false, true
			}
			return text[toks[0].start:toks[k-1].end], labelTitles.in(toks[0].wid), true
		case t.kind == numWord && len(t.text) > 1 && strings.ToUpper(t.text) == t.text:
		case t.is(".") && k > 0 && toks[k-1].kind == numWord:
		case t.is("-", "'", "’") && t.glued && k > 0 && toks[k-1].kind == numWord && k+1 < len(toks) && toks[k+1].glued:
			// a name's hyphen or apostrophe: "MS. BRAND-OSTER:", "MR O'NEILL:"
		default:
			return "", false, false
		}
	}
	return "", false, false
}

// labelTitles open a transcript's speaker label: "MR PRICE:".
var labelTitles = wordSetOf("creditLabelTitles")

// labelsNotSpeakers open a transcript's lines without naming who speaks.
var labelsNotSpeakers = wordSetOf("creditLabelsNotSpeakers")

// quoteVerbs report a quotation only when set right after it, with no
// object: "…,” the statement continued", "…,” he went on".
var quoteVerbs = wordSetOf("creditQuoteVerbs")

// afterQuote reports whether the verb at k follows a closing quotation
// mark and a subject of at most five words, and ends its clause: "…,” the
// statement continued."
func afterQuote(toks []numToken, k int) bool {
	if k+1 < len(toks) && toks[k+1].kind != numPunct && toks[k+1].lower != "on" {
		return false
	}
	if k+2 < len(toks) && toks[k+1].lower == "on" && toks[k+2].kind != numPunct {
		return false // "went on to say": no frame of its own
	}
	for j := k - 1; j >= 1 && j >= k-6; j-- {
		if toks[j].kind == numWord {
			continue
		}
		return j < k-1 && (toks[j].is("”") || toks[j].is(`"`) && toks[j-1].is(",", ".", "!", "?"))
	}
	return false
}

// documentVerbs say what a document says after a quotation of it: "…,”
// the report read".
var documentVerbs = wordSetOf("creditDocumentVerbs")

// agentParticiples before "by" name the source of the count before
// them: "50 bodies reported by medical workers".
var agentParticiples = wordSetOf("creditAgentParticiples")

// proposalNouns name what an author offers: "a proposal by X to lend".
var proposalNouns = wordSetOf("creditProposalNouns")

// trailingSource reads a source named after what a line reports, set off
// by a colon or a dash at its end: "… killed 12 terrorists: ISPR", "…
// were killed — health ministry". It returns the source and its first
// token, or "" when the line does not end so.
func (a *attribution) trailingSource() (string, int) {
	end := len(a.toks)
	if end > 0 && a.toks[end-1].is(".") {
		end--
	}
	for k := end - 1; k > 2 && k >= end-7; k-- {
		t := &a.toks[k]
		if t.kind == numDigits {
			return "", 0
		}
		if t.kind != numPunct {
			continue
		}
		if !t.is(":", "—", "–", "-") || t.is("-") && (t.glued || k+1 < len(a.toks) && a.toks[k+1].glued) {
			return "", 0 // a hyphen inside a word, or other punctuation
		}
		seg := a.toks[k+1 : end]
		if len(seg) == 0 || !hasSpeakerHead(seg) {
			return "", 0
		}
		if t.is("-", "–") && !sourceLike(seg) {
			return "", 0 // "… between Pakistan – Afghanistan": a pair, not a source
		}
		for _, w := range seg {
			if w.kind != numWord || !(w.isCap() || speakerWords[w.lower]) {
				return "", 0 // a clause, not a name: "… : a grim milestone"
			}
		}
		return tidyCredit(a.text[seg[0].start:seg[len(seg)-1].end]), k + 1
	}
	return "", 0
}

// creditFor picks whom a sentence credits for what it says at token p: the
// first source named in p's own clause ("the Taliban said 2 were killed,
// while the army put the number at 15"), else the sentence's first.
func creditFor(cs []credit, toks []numToken, p int) string {
	if len(cs) == 0 {
		return ""
	}
	from, to := clauseOf(toks, p)
	// A source cited by the one that reports is the figure's: "Citing
	// police sources, Dawn reported that 14 were arrested".
	for _, c := range cs {
		if c.at >= from && c.at < to && c.at < len(toks) && citingVerbs.in(toks[c.at].wid) && !relayed(cs, p, c.at) {
			return c.who
		}
	}
	// The nearest frame before the figure in its clause: "According to
	// the channel, the UN report estimates 6,000 fighters" is the report's.
	best := -1
	for i, c := range cs {
		if c.at >= from && c.at < p && (best < 0 || c.at > cs[best].at) {
			best = i
		}
	}
	if best >= 0 && cs[best].at < len(toks) && relayVerbs.in(toks[cs[best].at].wid) {
		// "Norland Radio reported that two were killed, a statement by the
		// army said": the outlet relays the statement.
		for _, c := range cs {
			if c.at > p && c.at < to && c.at < len(toks) && !relayVerbs.in(toks[c.at].wid) && !citingVerbs.in(toks[c.at].wid) && !relativeFrame(toks, c.at) {
				return c.who
			}
		}
	}
	if best >= 0 {
		return cs[best].who
	}
	for _, c := range cs {
		if c.at > p && relativeFrame(toks, c.at) {
			continue // "killed 6 villagers near the farm of Ivo Marsh, who said he was away": Marsh speaks of no count before him
		}
		if c.at >= from && c.at < to && !(c.at > p && c.at < len(toks) && sayingParticiple(toks[c.at].lower) && toks[c.at-1].lower != "as") {
			return c.who // not "The army killed 30 fighters, saying …": the participle's say follows it
		}
	}
	for _, c := range cs {
		if c.at > p && relativeFrame(toks, c.at) {
			continue
		}
		if !(c.at > p && c.at < len(toks) && sayingParticiple(toks[c.at].lower) && toks[c.at-1].lower != "as") && !closesEarlierClause(toks, c.at, from) {
			return c.who
		}
	}
	return ""
}

// relativeFrame reports whether the frame at token at is a speaker's verb
// in a relative clause, ", who said", ", which said": that speaker
// credits only the counts after the verb, in what he said.
func relativeFrame(toks []numToken, at int) bool {
	return at >= 2 && at < len(toks) && (toks[at-1].lower == "who" || toks[at-1].lower == "which") && toks[at-2].is(",")
}

// closesEarlierClause reports whether the credit at token at is an
// "according to" that closes a clause before the one that starts at token
// from: "X killed 1,200, according to the army, and the offensive has
// killed 36,000" credits the army with the first count only.
func closesEarlierClause(toks []numToken, at, from int) bool {
	return at < from && at > 0 && at+1 < len(toks) && toks[at].lower == "according" && toks[at-1].lower == ","
}

// sayingParticiple reports whether a reporting verb is a participle that
// says what follows it: ", saying …", ", stating …".
func sayingParticiple(w string) bool {
	return w == "saying" || w == "stating" || w == "alleging" || w == "claiming"
}

// relayed reports whether a source cited at token at only relays another
// named between the figure at token p and it: "…, the ministry said on
// Wednesday, the agency reported citing TASS" is the ministry's figure.
func relayed(cs []credit, p, at int) bool {
	for _, c := range cs {
		if c.at > p && c.at < at {
			return true
		}
	}
	return false
}

// relativeCredit reads the credit of a figure at token p in a relative
// clause. A clause set off by commas (", which paid 40 million euros …,")
// states a fact on the article's authority, not what the verb after it
// reports, unless it names a source of its own: ", which the rebels said
// killed 12 civilians,", ", which killed 300 people, according to the
// agency". aside reports whether p lies in such a clause; who is the
// clause's own source, or "".
func relativeCredit(cs []credit, toks []numToken, p int) (who string, aside bool) {
	open := -1
	for k := p - 1; k > 0 && k >= p-12; k-- {
		if toks[k].lower == "," {
			break
		}
		if toks[k].lower == "which" || toks[k].lower == "who" {
			open = k
			break
		}
	}
	if open < 0 {
		return "", false
	}
	end, closed := len(toks), false
	for k := p + 1; k < len(toks) && k <= p+16; k++ {
		if toks[k].lower == "," {
			end, closed = k, toks[open-1].lower == ","
			if len(toks) > k+2 && toks[k+1].lower == "according" {
				end = k + 2 // ", according to the agency" ends the clause's say
			}
			break
		}
		if toks[k].lower == "." || toks[k].lower == ";" {
			end = k
			break
		}
	}
	for _, c := range cs {
		if c.at > open && c.at < end {
			return c.who, true
		}
	}
	if closed {
		// "According to the army, a gunfight broke out, which left two
		// soldiers dead": a frame that opens the sentence covers all it
		// reports, its asides too.
		for _, c := range cs {
			if c.at < open && c.at+1 < len(toks) && toks[c.at].lower == "according" && openingFrame(toks, c.at) {
				return c.who, true
			}
		}
	}
	return "", closed
}

// openingFrame reports whether the token at opens its sentence, or the
// sentence after a dateline ("KHARTOUM: According to …").
func openingFrame(toks []numToken, at int) bool {
	for k := 0; k < at; k++ {
		if toks[k].kind != numPunct && !toks[k].isCap() {
			return false
		}
	}
	return true
}

// citingVerbs name the source a reporter relays: "citing police sources".
var citingVerbs = wordSetOf("citingVerbs")

// nameBefore reports whether the tokens that end at token j are a name
// alone in its clause: capitalised words and initials from the start of
// the sentence or a punctuation mark: "Ivo J. Marsh".
func (a *attribution) nameBefore(j int) bool {
	n := 0
	for k := j; k >= 0; k-- {
		t := &a.toks[k]
		switch {
		case t.kind == numWord && t.isCap():
			n++
		case t.is(".") && t.glued:
		case t.kind == numPunct:
			return n >= 2
		default:
			return false
		}
	}
	return n >= 2
}

// sourceAfter returns who a sentence says gave the figures of the one
// before it: "The Health Ministry gave this information.", "The figures
// were confirmed by the army." — the subject of a verb whose object is
// such a phrase, or the agent after "by"; "" when it names none.
func sourceAfter(text string) string {
	if x := saidByAfter(text); x != "" {
		return x
	}
	lower := " " + strings.ToLower(text)
	for _, w := range strings.Fields(lower) {
		if creditNegations.has(strings.Trim(w, ".,")) || strings.HasSuffix(w, "n't") {
			return "" // "we cannot verify these figures"
		}
	}
	for _, o := range anaphoricObjects {
		i := strings.Index(lower, " "+o)
		if i < 0 || i+1+len(o) < len(lower) && isLetterByte(lower[i+1+len(o)]) {
			continue
		}
		// i is now the object's offset in text (lower has one byte more)
		toks := numTokenize(text, numLowerASCII(text))
		a := attribution{text: text, toks: toks}
		for k := range toks {
			if toks[k].start < i {
				continue
			}
			// the verb is the token before the object phrase ("gave"), or
			// the one after it in the passive ("were confirmed by")
			for j := k; j < len(toks); j++ {
				if toks[j].lower == "by" && j > 0 && giveVerbs.in(toks[j-1].wid) {
					if x := a.phraseAfter(j + 1); x != "" {
						return x // "… were confirmed by the army"
					}
					break
				}
			}
			if k == 0 || !giveVerbs.in(toks[k-1].wid) {
				return ""
			}
			if x := a.subjectBefore(k - 1); x != "" && hasSpeakerHead(toks[:k-1]) {
				return x
			}
			return ""
		}
	}
	return ""
}

// giveVerbs say a source gave the figures; negations take it back.
// (attribution.go)
var giveVerbs, creditNegations = wordSetOf("creditGiveVerbs"), wordSetOf("creditNegations")

// anaphoricObjects name the figures of the sentence before as what a
// source gave: "this information", "these figures". (attribution.go)
var anaphoricObjects = wordList("creditAnaphoricObjects")

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// saysBeforeQuote reports whether a verb of saying stands before the
// sentence's first quotation mark: "X says, “…".
func saysBeforeQuote(text string) bool {
	q := strings.IndexAny(text, "\"“")
	if q <= 0 {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(text[:q])) {
		if reportingVerbs.has(strings.Trim(w, ",:;.")) {
			return true
		}
	}
	return false
}

// thatWithin reports whether "that" stands within n tokens from token k.
func (a *attribution) thatWithin(k, n int) bool {
	for j := k; j < len(a.toks) && j < k+n; j++ {
		if a.word(j) == "that" {
			return true
		}
	}
	return false
}

// relayParticiples before "by" tie a source to who relays or reaches it:
// "a UN report seen by the agency", "residents reached by phone".
var relayParticiples = wordSetOf("creditRelayParticiples")

// participleNext follow a verb of saying used as a participle after a
// noun that is no speaker: "pledges announced at the conference".
var participleNext = wordSetOf("creditParticipleNext")

// relayVerbs say an outlet reported what a source named after the figure
// said: "Norland Radio reported that …, a statement by the army said".
var relayVerbs = wordSetOf("creditRelayVerbs")

// clauseOf returns the clause of a sentence that holds token p, as token
// bounds [from, to): clauses part at ";" and at ", while", ", whereas", ",
// but", ", and" (a clause without a source of its own still takes the
// sentence's first).
func clauseOf(toks []numToken, p int) (int, int) {
	from, to := 0, len(toks)
	for k := range toks {
		part := toks[k].lower == ";" ||
			k > 0 && toks[k-1].lower == "," && (toks[k].lower == "while" || toks[k].lower == "whereas" || toks[k].lower == "but" || toks[k].lower == "and")
		if !part {
			continue
		}
		if k <= p {
			from = k
		} else {
			to = k
			break
		}
	}
	return from, to
}

// attribution holds one sentence while its attribution is read.
type attribution struct {
	text string
	toks []numToken
}

func (a *attribution) word(i int) string {
	if i < 0 || i >= len(a.toks) {
		return ""
	}
	return a.toks[i].lower
}

// notReporting reports whether the reporting verb at k is used otherwise:
// "TTP-claimed attacks", "is said to be", "an estimated 5,000", "were
// reported killed", "claimed the lives of".
func (a *attribution) notReporting(k int) bool {
	t := &a.toks[k]
	prev, next := a.word(k-1), a.word(k+1)
	switch {
	case t.glued && prev == "-":
		return true
	case reportParticles[t.lower] != "" && reportParticles[t.lower] != next:
		return true // "pointed to the map": only "pointed out" reports
	case next == "to" && a.word(k+2) == "be":
		return true
	case passiveAux.has(prev):
		return true // "were reported killed", "Pakistan was told"
	case reportingVerbs.has(next) && a.toks[k+1].kind == numWord:
		return true // "Member states told the team": a noun before the verb
	case t.lower == "estimated" && (prev == "an" || prev == "the"):
		return true
	case determinerWords.has(prev):
		return true // "the accused", "a count": a noun
	case accuseVerbs.in(t.wid) && next == "of":
		return true // "prisoners accused of ties to the militia": a participle
	case blameVerbs.in(t.wid) && next == "for":
		return true // "the group blamed for the raid": a participle
	case next == "by" && prev != "as" && byParticiples.in(t.wid):
		return true // "an attack claimed by the group", "figures reported by the UN": a participle
	case (t.lower == "claimed" || t.lower == "claims" || t.lower == "claim" || t.lower == "claiming") && next == "to" && a.word(k+2) == "have":
		return false // "asserted to have slain 30 troops", "…, claiming to have killed 14"
	case (t.lower == "claimed" || t.lower == "claims" || t.lower == "claim" || t.lower == "claiming") &&
		(claimObjects.has(next) || (determinerWords.has(next) || possessives.has(next)) && claimObjects.has(a.word(k+2))):
		return true // "claimed responsibility", "claimed the lives of"
	case t.lower == "added" && next == "to":
		return true // "the returns have added to the strain"
	case estimateModifiers.has(prev) && estimateNouns.in(t.wid):
		return true // a noun: "current estimates are", "initial reports say"
	case (t.lower == "report" || t.lower == "reports") && next != "that" && !a.endingSource(k) && !a.invertedReport(k):
		return true // a noun: "a UN report", "media reports", not "NGOs report that"
	case (t.lower == "records" || t.lower == "figures") && k+1 < len(a.toks) && a.toks[k+1].kind == numPunct:
		return true // a noun: "according to official records, …"
	case (t.lower == "responded" || t.lower == "responds" || t.lower == "replied") && next == "to" && a.attackWithin(k+2, k+5):
		return true // "as security forces responded to a terrorist attack"
	case (t.lower == "reported" || t.lower == "confirmed") && reportedStates.has(next):
		return true // "12 people reported missing"
	case (t.lower == "put" || t.lower == "puts") && !(tallyWords.has(a.word(k+2)) || tallyWords.has(a.word(k+3))):
		return true // "put the death toll at 45", not "put an end to"
	}
	return false
}

// invertedReport reports whether "reports" at k is a verb set before its
// speaker after a comma: "…, reports the regional governor via
// Telegram", "…, reports Norland Radio".
func (a *attribution) invertedReport(k int) bool {
	if a.word(k) != "reports" || a.word(k-1) != "," || k+1 >= len(a.toks) {
		return false
	}
	n := &a.toks[k+1]
	return n.kind == numWord && (determinerWords.in(n.wid) || n.isCap())
}

// endingSource reports whether the reporting verb at k ends its sentence
// after a source set off by a comma: "…, the agency reports."
func (a *attribution) endingSource(k int) bool {
	if n := a.word(k + 1); n != "" && n != "." && n != "!" {
		return false
	}
	first := a.subjectStart(k - 1)
	return first > 0 && a.word(first-1) == ","
}

// estimateModifiers before a word of estimate make it a noun: "current
// estimates", "initial reports"; estimateNouns are such words. A credit
// made of nothing else names no source: "Current figures indicate …".
// (attribution.go)
var (
	estimateModifiers = wordSetOf("creditEstimateModifiers")
	estimateNouns     = wordSetOf("creditEstimateNouns")
)

// onlyEstimate reports whether a credit is no more than a word of
// estimate and its modifiers: "Current figures", "the latest estimates".
// x is lower case.
func onlyEstimate(x string) bool {
	x = strings.TrimSpace(x)
	head := lastWord(x)
	if !estimateNouns.has(head) {
		return false
	}
	modified := false
	for w := range strings.FieldsSeq(x[:len(x)-len(head)]) {
		if !estimateModifiers.has(w) && !determinerWords.has(w) {
			return false
		}
		modified = modified || estimateModifiers.has(w)
	}
	return modified // "the report" of a document still speaks
}

// creditAt returns whom the reporting verb at k credits.
func (a *attribution) creditAt(k int) string {
	if a.word(k-1) == "as" && a.word(k+1) == "by" {
		return a.phraseAfter(k + 2) // "as reported by the ministry"
	}
	switch a.word(k) {
	case "citing", "cited", "quoting":
		return a.phraseAfter(k + 1)
	case "quoted":
		if !passiveAux.has(a.word(k-1)) && a.word(k+1) != "as" && a.word(k+1) != "by" {
			if x := a.phraseAfter(k + 1); x != "" && !reportingNouns.has(strings.ToLower(lastWord(x))) {
				return x // "the channel quoted the health ministry as saying …", not "quoted sources"
			}
		}
	case "saying", "stating", "alleging", "claiming":
		// "The spokesman issued a statement saying …": who issued it.
		if v := a.issuedBefore(k); v > 0 {
			return a.subjectBefore(v)
		}
		if speakerNouns.has(a.word(k-1)) && !messageNouns.has(a.word(k-1)) {
			return a.subjectBefore(k) // "with reports alleging that 3,000 were killed"
		}
		if a.word(k-1) == "," {
			// "The ministry of the Norland government has updated the
			// toll, saying (that) 18 were killed", "ISLAMABAD: The
			// government on Wednesday condemned the strikes, saying 46
			// people were killed": the sentence's subject.
			s0 := a.datelineToken()
			for v := s0 + 1; v < k-1; v++ {
				if t := &a.toks[v]; t.kind == numWord && !t.isCap() && (subjectAux.in(t.wid) || subjectVerbs.in(t.wid) || reportingVerbs.in(t.wid) || len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed")) {
					e := v - 1
					if e > s0+1 && timeWords.has(a.word(e)) && a.word(e-1) == "on" {
						e -= 2 // "the government on Wednesday condemned"
					}
					// The subject may follow an opening phrase that counts
					// nothing: "Allied with the front, the group took
					// responsibility …, claiming …".
					if first := a.subjectStart(e); first >= s0 && (first == s0 || a.word(first-1) == "," && !a.countsIn(s0, first)) &&
						hasSpeakerHead(a.toks[first:e+1]) {
						return a.subjectBefore(v)
					}
					break
				}
			}
		}
		if a.word(k-1) == "as" {
			// "The minister was quoted (by state media) as saying …": the one quoted.
			for j := k - 2; j > 0 && j > k-10; j-- {
				if (a.word(j) == "quoted" || a.word(j) == "cited") && passiveAux.has(a.word(j-1)) {
					return a.subjectBefore(j - 1) // "the agency was cited as saying"
				}
				if a.word(j) == "quoted" {
					// "The channel quoted the health ministry as saying …":
					// the one quoted; the channel relays.
					if x := a.phraseAfter(j + 1); x != "" && !reportingNouns.has(strings.ToLower(lastWord(x))) {
						return x
					}
					break
				}
			}
		}
		return ""
	case "told", "tells", "informed":
		// "officials told Dawn", "residents told an AP reporter": the
		// speaker is the source, the outlet only relays; an outlet is
		// credited only when no speaker is named before the verb.
		if x := a.subjectBefore(k); x != "" {
			return x
		}
		if a.word(k-1) == "," || pronouns.has(a.word(k-1)) {
			break // an apposition or a pronoun: read below, or carried
		}
		if x := a.phraseAfter(k + 1); x != "" && startsWithName(x) && !audiences.has(strings.ToLower(lastWord(x))) {
			return x
		}
	}
	if x := a.subjectBefore(k); x != "" {
		return x
	}
	if subjectPronouns.has(a.word(k-1)) && k > 2 && a.word(k-2) == "which" {
		// "Norland accuses the group, which it says was behind 40
		// attacks": "it" is the clause's subject before.
		if x := a.openingSubject(0, k-2); x != "" {
			return x
		}
	}
	if a.word(k-1) == "and" && k > 2 {
		// "Amnesty International accused the militia of … and said at
		// least 90 boys had been taken": the clause's subject.
		start := 0
		for j := k - 1; j > 0; j-- {
			if a.word(j) == ";" {
				start = j + 1
				break
			}
		}
		for j := k - 2; j > start; j-- {
			// "X said the Health Agency and its partners conducted a
			// survey … and report that 700 …": the subject of the clause
			// X reports, whose verb "report" goes on
			if reportingVerbs.in(a.toks[j].wid) && !a.toks[j].isCap() {
				from := j + 1
				if a.word(from) == "that" {
					from++
				}
				if x := a.openingSubject(from, k); x != "" {
					return x
				}
				break
			}
		}
		if x := a.openingSubject(start, k); x != "" {
			return x
		}
	}
	// The mark that closes an aside may stand before an auxiliary or an
	// adverb: "the network, a volunteer group, has documented", "local
	// media, amid the fighting, have reported".
	m := k - 1
	for m > 2 && adverbs.has(a.word(m)) {
		m--
	}
	// "Pakistan's spokeswoman, Mumtaz Zahra Baloch, informed …": the apposition.
	if a.word(m) == "," {
		if first := a.subjectStart(m - 1); first > 0 && a.word(first-1) == "," && hasSpeakerHead(a.toks[first:m]) {
			return a.apposition(first, m-1)
		}
	}
	// "a senior officer, who talked on terms of not being named, stated",
	// "safety authorities, speaking on terms of not being named, informed".
	// "The Civil Defence – first responders under the government – said".
	if mark := a.word(m); mark == "," || mark == "–" || mark == "—" {
		for j := m - 1; j > 1 && j > m-19; j-- {
			if a.word(j-1) == mark && j < m {
				// Any aside: "The army, for the first time, said", "The
				// ISPR, in a statement, said", "officials, who …, said";
				// not a clause that counts ("…, including an officer, and
				// three militants were killed …, said the army").
				if a.countsIn(j, m) && !relativeWords.has(a.word(j)) || a.word(j) == "and" {
					break
				}
				if first := a.subjectStart(j - 2); first >= 0 && hasSpeakerHead(a.toks[first:j-1]) {
					if first > 2 && a.word(first-1) == "," && hasSpeakerName(a.toks[first:j-1]) && a.nameBefore(first-2) {
						// "Anna Berg, Under-Secretary-General for Relief,
						// reporting that …, said", "Ivo Marsh, spokesman of
						// the City Hospital, where the dead were taken, told
						// reporters": the name with its title
						if x := a.apposition(first, j-2); x != "" {
							return x
						}
					}
					return tidyCredit(a.text[a.toks[first].start:a.toks[j-2].end])
				}
				if e := j - 2; e > 3 && a.parenName(e) {
					// "The Norland Command (NORCOM), which oversees …, said"
					if first := a.subjectStart(e - 3); first >= 0 && hasSpeakerHead(a.toks[first:e-2]) {
						return tidyCredit(a.text[a.toks[first].start:a.toks[e].end])
					}
				}
				break
			}
		}
	}
	// "…, drawing condemnation from the agency's director Ivo Marsh, who
	// said 35 children were killed", "…, according to the ministry, which
	// said 90 were hurt": the one the relative pronoun stands for.
	if w := a.word(m); (w == "who" || w == "which") && m >= 3 && a.word(m-1) == "," {
		if first := a.subjectStart(m - 2); first >= 0 && hasSpeakerHead(a.toks[first:m-1]) && !a.countsIn(first, m-1) {
			return tidyCredit(a.text[a.toks[first].start:a.toks[m-2].end])
		}
	}
	// "…, said the official", "…, said Ahmed Khan, a police officer".
	if k > 0 && a.toks[k-1].kind == numPunct && invertible.has(a.word(k)) {
		if x := a.messageSource(k + 1); x != "" {
			return x // "…, said a press release issued by the ISPR"
		}
		if x := a.phraseAfter(k + 1); x != "" && !pronouns.has(strings.ToLower(x)) && !a.clauseAfter(k+1) {
			if y := a.closingSpeaker(k + 1); len(y) > len(x) && strings.HasPrefix(y, x) {
				return y // "…, said a local resistance fighter."
			}
			return x
		}
	}
	return ""
}

// clauseAfter reports whether a count at token i opens a clause, its
// verb's auxiliary a few words on: the "three crew members had been
// killed" of "…, said three crew members had been killed", what was said,
// not who said it.
func (a *attribution) clauseAfter(i int) bool {
	if !a.countsIn(i, i+1) {
		return false
	}
	for j := i + 1; j < len(a.toks) && j <= i+5; j++ {
		if a.toks[j].kind == numPunct {
			return false
		}
		if auxWords.in(a.toks[j].wid) {
			return true
		}
	}
	return false
}

// closingSpeaker reads the speaker set after an inverted verb when it
// runs to the sentence's end in at most six words with no link word or
// verb among them: "…, said a local resistance fighter." It returns "" for
// anything else ("…, said the official in a statement").
func (a *attribution) closingSpeaker(i int) string {
	j := i
	for ; j < len(a.toks) && j < i+6; j++ {
		t := &a.toks[j]
		if t.kind != numWord {
			break
		}
		if j > i && (subjectStop.in(t.wid) || creditLinks.in(t.wid) || subjectLinks.in(t.wid) || determinerWords.in(t.wid) || prepositions.in(t.wid)) {
			return ""
		}
	}
	if j == i || j < len(a.toks) && !a.toks[j].is(".", "!") {
		return ""
	}
	if j+1 < len(a.toks) {
		return "" // more follows the full stop
	}
	return tidyCredit(a.text[a.toks[i].start:a.toks[j-1].end])
}

// messageSource reads who issued the message named from token i on: "a
// press release issued by the ISPR", "a statement from the army", "the
// army's statement" is the army's. It returns "" when the phrase names
// no message or no issuer.
func (a *attribution) messageSource(i int) string {
	j := i
	for j < len(a.toks) && j < i+4 && !messageNouns.in(a.toks[j].wid) {
		if t := &a.toks[j]; t.kind != numWord || t.isCap() && j > i || !(determinerWords.in(t.wid) || speakerWords[t.lower] || t.isCap()) {
			return ""
		}
		j++
	}
	if j >= len(a.toks) || !messageNouns.in(a.toks[j].wid) {
		return ""
	}
	j++
	if issueVerbs.has(a.word(j)) {
		j++ // "issued", "released", "posted"
	}
	if w := a.word(j); w != "by" && w != "from" {
		return ""
	}
	return a.phraseAfter(j + 1)
}

// datelineToken returns the first token after a story's opening
// dateline ("ISLAMABAD: …", "KHARTOUM, May 21 (Reuters) - …"), or 0.
func (a *attribution) datelineToken() int {
	end := datelineEnd(a.text)
	if end <= 0 {
		return 0
	}
	for k := range a.toks {
		if a.toks[k].start >= end {
			return k
		}
	}
	return 0
}

// countsIn reports whether a number stands in tokens from..to-1.
func (a *attribution) countsIn(from, to int) bool {
	for j := from; j < to && j < len(a.toks); j++ {
		if (a.toks[j].kind == numDigits || a.toks[j].kind == numWord && numberWords[a.toks[j].lower]) && !notCountAfter.has(a.word(j+1)) {
			return true // not a measure: "a clinic, 30 kilometres away, said"
		}
	}
	return false
}

// attackWithin reports whether a noun of an attack, plural or singular,
// stands in tokens from..to: "responded to a terrorist attack", "responded
// to the assault".
func (a *attribution) attackWithin(from, to int) bool {
	for j := from; j <= to && j < len(a.toks); j++ {
		w := a.toks[j].lower
		if attackNouns.has(w) || attackNouns.has(w+"s") || attackNouns.has(w+"es") {
			return true // "the assault", "an ambush"
		}
	}
	return false
}

// issuedBefore returns the token of the verb that issued the message
// named just before token k ("issued a statement saying", "released a
// video saying"), or -1.
func (a *attribution) issuedBefore(k int) int {
	j := k - 1
	if j < 0 || !messageNouns.has(a.word(j)) {
		return -1
	}
	for j--; j >= 0 && j >= k-4; j-- {
		if w := a.word(j); issueVerbs.has(w) {
			return j
		} else if !determinerWords.has(w) && !possessives.has(w) && w != "out" && w != "written" && w != "short" {
			return -1
		}
	}
	return -1
}

// messageNouns and issueVerbs read "issued a statement saying".
var (
	messageNouns = wordSetOf("creditMessageNouns")
	issueVerbs   = wordSetOf("creditIssueVerbs")
)

// apposition credits the speaker of "X, Y, said" where Y, tokens
// first..last, is set off by commas: the name X when Y only describes it
// ("The Chad Data Project, a monitoring group"), both when Y names it
// again ("The UN mission in Libya, UNSMIL"), and Y alone when X is no
// speaker.
func (a *attribution) apposition(first, last int) string {
	y := a.text[a.toks[first].start:a.toks[last].end]
	xEnd := first - 2
	xStart := a.subjectStart(xEnd)
	if xEnd > 3 && a.parenName(xEnd) {
		xStart = a.subjectStart(xEnd - 3) // "The Norland Monitor (NM), a rights group"
	}
	if xStart < 0 || !hasSpeakerHead(a.toks[xStart:xEnd+1]) || xStart > 0 && a.toks[xStart-1].kind != numPunct {
		return tidyCredit(y)
	}
	x := a.text[a.toks[xStart].start:a.toks[xEnd].end]
	if pronouns.has(strings.ToLower(x)) {
		return tidyCredit(y)
	}
	if a.toks[first].lower == "a" || a.toks[first].lower == "an" || !hasSpeakerName(a.toks[first:last+1]) {
		return tidyCredit(x) // "…, a medical group,", "…, the local monitor,"
	}
	return tidyCredit(x + ", " + y)
}

// subjectBefore reads the speaker before the verb at k: "ISPR", "a senior
// government official", "The Express Tribune newspaper", "A spokesman for
// the militia", "the Joint Press Office (JPO)". Pronouns give "".
func (a *attribution) subjectBefore(k int) string {
	c := k - 1
	if a.word(c) == "," && a.word(c-1) == ")" {
		c-- // "the Joint Press Office (JPO), stated"
	}
	if a.word(c) == ")" && a.word(c-2) == "(" && a.toks[c-1].kind == numWord {
		if c < k-1 {
			// "Ivo Marsh, head of the Norland Relief Agency (NRA), said":
			// the acronym ends a role set after a name; the name speaks
			if f := a.subjectStart(c - 3); f > 2 && a.word(f-1) == "," && hasSpeakerName(a.toks[f:c+1]) && a.nameBefore(f-2) {
				if x := a.apposition(f, c); x != "" {
					return x
				}
			}
		}
		if f := a.subjectStart(c - 3); f >= 0 && a.personOf(f, c-3) {
			// "Ivo Marsh of the Norland Liberation Army (NLA) said": the
			// person speaks, named with the body
			return tidyCredit(a.text[a.toks[f].start:a.toks[c].end])
		}
		return a.toks[c-1].text // "(ISPR) said": the acronym names it
	}
	end := k - 1 // only adverbs stand between: "officials also said"
	if a.word(end) == "," && a.word(end-1) == "part" && a.word(end-3) == "for" && a.word(end-4) == "," {
		end -= 5 // "JNIM, for its part, claimed"
	}
	for end >= 0 && adverbs.has(a.word(end)) {
		end--
	}
	if end > 2 && a.toks[end].kind == numDigits && timeWords.has(a.word(end-1)) && a.word(end-2) == "on" {
		end -= 3 // "the army on July 27 said"
		for end >= 0 && adverbs.has(a.word(end)) {
			end--
		}
	} else if end > 2 && timeWords.has(a.word(end)) && a.toks[end-1].kind == numDigits && a.word(end-2) == "on" {
		end -= 3 // "the army on 27 July said"
		for end >= 0 && adverbs.has(a.word(end)) {
			end--
		}
	}
	if end > 1 && a.word(end-1) != "on" && weekdays.has(a.word(end)) && a.toks[end-1].kind == numWord &&
		(a.toks[end-1].isCap() || speakerNouns.in(a.toks[end-1].wid) || speakerWords[a.toks[end-1].lower]) {
		end-- // "Ivo Marsh Monday said", "Norland Thursday claimed": a weekday without "on"
		for end >= 0 && adverbs.has(a.word(end)) {
			end--
		}
	}
	if end > 1 && a.word(end-1) == "on" && timeWords.has(a.word(end)) {
		end -= 2 // "the ministry on Monday said"
		for end >= 0 && adverbs.has(a.word(end)) {
			end--
		}
	}
	for j := end; j > 1 && j >= end-3; j-- {
		// "A UN report released Tuesday said", "a report published last
		// week says": the time of the participle goes, the participle below
		if w := a.word(j); !timeWords.has(w) && !creditTimeUnits.has(w) && w != "last" && w != "this" && w != "earlier" && w != "on" {
			if sourceParticiples.has(w) && j < end {
				end = j
			}
			break
		}
	}
	if end > 1 && sourceParticiples.has(a.word(end)) && a.toks[end-1].kind == numWord && (speakerNouns.has(a.word(end-1)) || a.toks[end-1].isCap()) {
		end-- // "A UN report released (on Tuesday) said": the report
	}
	if end > 3 && messageNouns.has(a.word(end)) && determinerWords.has(a.word(end-1)) && a.word(end-2) == "in" {
		end -= 3 // "X, Secretary of State, in the statement said": where, not who
	}
	if end < k-1 && end > 2 && a.word(end) == ")" && a.word(end-2) == "(" && a.toks[end-1].kind == numWord {
		// "the army of Norland (RON) on Monday accused": the name with
		// its acronym, past the date
		if f := a.subjectStart(end - 3); f >= 0 && !pronouns.has(a.word(f)) {
			return tidyCredit(a.text[a.toks[f].start:a.toks[end].end])
		}
		return a.toks[end-1].text
	}
	first := a.subjectStart(end)
	if first > 2 && a.word(first-1) == "by" && relayParticiples.has(a.word(first-2)) {
		// "a UN report seen by the agency says", "residents reached by phone
		// said": the report, the residents, with who saw or reached them
		if f := a.subjectStart(first - 3); f >= 0 {
			first = f
		}
	}
	if first < 0 {
		return ""
	}
	if first > 2 && a.word(first-1) == "," && a.toks[first].isCap() && hasSpeakerName(a.toks[first:end+1]) && a.nameBefore(first-2) {
		// "Ivo Marsh, Secretary of State in the statement said": a
		// name set before its role by one comma
		if x := a.apposition(first, end); x != "" {
			return x
		}
	}
	if first > 2 && a.word(first-1) == "," && (a.word(first) == "a" || a.word(first) == "an") && end == k-1 &&
		(a.parenName(first-2) || a.toks[first-2].isCap()) && a.nameOnlyBefore(first-2) {
		// "The Norland Monitor (NM), a rights group said": a description
		// set after the name, its closing comma left out; the name speaks
		return a.apposition(first, end)
	}
	if s, e := a.modifiedSpeaker(first, end); s >= 0 {
		first, end = s, e // "a spokesman for a group that holds the town said": the spokesman
	}
	phrase := a.text[a.toks[first].start:a.toks[end].end]
	if tallyHeads.has(strings.ToLower(lastWord(phrase))) {
		return "" // "the number reported last week": a count, not who counted
	}
	if pronouns.has(strings.ToLower(phrase)) || determinerWords.has(strings.ToLower(phrase)) {
		return ""
	}
	if weakReporting.has(a.word(k)) && !hasSpeakerHead(a.toks[first:end+1]) {
		return "" // "the attack shows", "police found"
	}
	if h := &a.toks[end]; participleNext.has(a.word(k+1)) && strings.HasSuffix(a.word(k), "ed") && h.kind == numWord && !h.isCap() &&
		!speakerNouns.in(h.wid) && !speakerWords[h.lower] && !a.thatWithin(k+1, 12) {
		return "" // "pledges announced at the meeting included $40 million": a participle, not a frame
	}
	if a.toks[first].kind == numDigits && !speakerNouns.has(a.word(end)) {
		return "" // "1 fatality reported": the count, not who counted
	}
	return tidyCredit(phrase)
}

// modifiedSpeaker reads a speaker set before a clause that modifies it,
// when the phrase that ends just before the verb, starting at token
// first, is only that clause's object: "a spokeswoman for a militia that
// holds the valley said", "a spokeswoman for a group battling the junta
// told AFP", "a farmer who would not give his name said". It returns the
// speaker's first and last tokens, or -1, -1.
func (a *attribution) modifiedSpeaker(first, end int) (int, int) {
	head := -1
	if w := a.word(first - 1); first > 1 && a.toks[first-1].kind == numWord && !a.toks[first-1].isCap() &&
		len(w) > 5 && strings.HasSuffix(w, "ing") && !speakerWords[w] && !subjectStop.has(w) && !modifierNotParticiples.has(w) {
		head = first - 2 // a participle: "a group battling the junta"
	} else {
		for i := first - 1; i > 0 && i >= first-6; i-- {
			if a.toks[i].kind == numPunct {
				break
			}
			if e := &a.toks[end]; i == first-1 && (a.toks[first].isCap() || determinerWords.in(a.toks[first].wid) || possessives.in(a.toks[first].wid)) &&
				!(e.kind == numWord && !e.isCap() && strings.HasSuffix(e.lower, "ed") && !speakerWords[e.lower]) {
				continue // "a massacre that the UN said left 70 dead": the clause's own subject speaks, not "where the injured arrived said"
			}
			if relativeWords.has(a.word(i)) {
				head = i - 1 // a relative clause with a verb of its own before first
				break
			}
		}
	}
	if head < 0 || a.toks[head].kind != numWord || determinerWords.has(a.word(head)) || subjectStop.has(a.word(head)) || reportingVerbs.has(a.word(head)) {
		return -1, -1
	}
	s := a.subjectStart(head)
	if s < 0 {
		return -1, -1
	}
	if w := a.word(s - 1); (w == "at" || w == "in") && s > 1 && a.word(head+1) == "where" {
		// "Dr Ivo Marsh at a clinic where the wounded were taken said":
		// the clause tells of the place; who speaks stands before it.
		if p := &a.toks[s-2]; p.kind == numWord && (p.isCap() || speakerNouns.in(p.wid)) {
			if f := a.subjectStart(s - 2); f >= 0 {
				return f, head
			}
		}
	}
	if !hasSpeakerHead(a.toks[s:head+1]) || pronouns.has(a.word(s)) && s == head {
		return -1, -1
	}
	return s, head
}

// relativeWords open a clause that modifies the speaker before it: "a
// group that controls the area said"; modifierNotParticiples end in -ing
// but do not modify a speaker: "including", "according". tallyHeads end a
// phrase that counts rather than speaks: "the number reported last
// week". (attribution.go)
var (
	relativeWords          = wordSetOf("creditRelativeWords")
	modifierNotParticiples = wordSetOf("creditNotParticiples")
	tallyHeads             = wordSetOf("creditTallyHeads")
)

// subjectStart walks back from token end over a noun phrase and returns
// where it starts, or -1. It stops after a determiner, at punctuation and at
// words that cannot be in a speaker's name; "of", "for", "at", "in" join
// only after a name or a speaker noun ("Ministry of Health", "officials in
// Kabul", "Doctors at the hospital").
func (a *attribution) subjectStart(end int) int {
	first := -1
	for j := end; j >= 0 && j > end-14; j-- {
		t := &a.toks[j]
		switch {
		case a.nameOn(j, end):
			continue // "the Panel of Experts on the Sudan", not "the ministry on Monday"
		case t.kind == numDigits:
			if j == end && !a.nameDigits(j) {
				return first
			}
		case t.lower == "a" && t.text == "A" && j > 0 && j < end && a.toks[j+1].is(".") && a.toks[j+1].glued && a.toks[j-1].isCap():
			// "Anna A. Berg": a middle initial, not the article
		case t.kind == numWord && j < end && a.toks[j+1].glued && a.toks[j+1].is("-"):
			// "Under-Secretary-General for …": a word hyphened to the next
			// is part of the name whatever it is alone
		case t.kind == numPunct:
			if !(t.is("-", ".", "&", "'", "’", "/") && t.glued && j > 0 && j < end) && !a.initialismEnd(j) {
				return first
			}
			continue
		case t.lower == "and" && first >= 0 && j > 0 && speakerNouns.has(a.word(j-1)):
			continue // "villagers and two safety contacts informed"
		case t.lower == "and" && first >= 0 && j > 0 && a.toks[j-1].isCap() && a.toks[j+1].isCap():
			continue // "the NUG and PDF"
		case (t.lower == "to" || t.lower == "with") && first >= 0 && j > 0 && speakerTies.has(a.word(j-1)):
			continue // "sources close to the army"
		case t.lower == "from" && first >= 0 && j > 0 && speakerFrom.has(a.word(j-1)):
			continue // "an official from the women's organisation", "a resident from the town"
		case subjectStop.in(t.wid) || timeWords.in(t.wid) || creditTimeUnits.in(t.wid):
			return first // "Last month Riyadh announced": the name starts after the time
		case subjectLinks.in(t.wid) && j > 3 && a.parenName(j-1) && a.toks[j-4].isCap():
			j -= 3 // "the Norland Workers Association (NWA) in Ostby": the name before its acronym
			continue
		case subjectLinks.in(t.wid):
			p := &a.toks[max(j-1, 0)]
			if j == 0 || p.kind != numWord || !(speakerNouns.in(p.wid) || t.lower != "in" && t.lower != "at" && t.lower != "within" && p.isCap() || p.isCap() && a.speakerNounNamed(j-1)) {
				return first
			}
			continue
		case determinerWords.in(t.wid) || possessives.in(t.wid):
			first = j
			if a.word(j-1) == "and" && j > 1 && speakerNouns.has(a.word(j-2)) {
				continue // "residents and a militia member said"
			}
			if a.word(j-1) == "and" && j > 2 && a.toks[j-2].kind == numWord {
				// "…, the embassy in Norport and the Ostland government
				// said": two sources, each a speaker, the first opening the clause
				if s := a.subjectStart(j - 2); s >= 0 && (s == 0 || a.toks[s-1].kind == numPunct) && !a.countsIn(s, j-1) &&
					a.onlyNames(s, j-2) && hasSpeakerHead(a.toks[s:j-1]) && hasSpeakerHead(a.toks[j:end+1]) {
					return s
				}
			}
			if !subjectLinks.has(a.word(j-1)) && !a.nameOn(j-1, end) && !((a.word(j-1) == "to" || a.word(j-1) == "with") && speakerTies.has(a.word(j-2))) &&
				!(a.word(j-1) == "from" && speakerFrom.has(a.word(j-2))) {
				return first
			}
			continue
		}
		first = j
	}
	return first
}

// nameOnlyBefore reports whether the phrase that ends at token e (with an
// acronym in parentheses) holds no count: "The Norland Monitor (NM)", not
// "killing 33 people".
func (a *attribution) nameOnlyBefore(e int) bool {
	x := e
	if a.parenName(x) {
		x -= 3
	}
	s := a.subjectStart(x)
	return s >= 0 && !a.countsIn(s, e+1)
}

// onlyNames reports whether tokens from..to name a speaker and nothing
// else: names, speaker nouns and the words that join them ("the embassy
// in Norport"), no verb ("Gunmen attacked Norport").
func (a *attribution) onlyNames(from, to int) bool {
	for j := from; j <= to; j++ {
		t := &a.toks[j]
		if t.kind != numWord || t.isCap() {
			continue
		}
		if !determinerWords.in(t.wid) && !possessives.in(t.wid) && !subjectLinks.in(t.wid) && !speakerNouns.in(t.wid) && !speakerWords[t.lower] {
			return false
		}
	}
	return true
}

// speakerNounNamed reports whether the capitalised name that ends at
// token j holds a speaker noun: "the Ministry of Health" (in Norland
// state), not "Ali" (in Kabul).
func (a *attribution) speakerNounNamed(j int) bool {
	for k := j; k >= 0 && k > j-6; k-- {
		t := &a.toks[k]
		switch {
		case t.kind == numWord && t.isCap() && speakerNouns.in(t.wid):
			return true
		case t.kind == numWord && (t.isCap() || t.lower == "of" || t.lower == "for" || t.lower == "and"):
			continue
		}
		return false
	}
	return false
}

// hasSpeakerName reports whether a phrase holds a capitalised word other
// than a determiner: "the Emergency Lawyers", not "The group".
func hasSpeakerName(toks []numToken) bool {
	for i := range toks {
		if toks[i].kind == numWord && toks[i].isCap() && !determinerWords.in(toks[i].wid) {
			return true
		}
	}
	return false
}

// nameOn reports whether "on" at token j joins a speaker's name that
// ends at token end: "the Panel of Experts on the Sudan", not "the
// ministry on Monday".
func (a *attribution) nameOn(j, end int) bool {
	return a.word(j) == "on" && j > 0 && j < end && speakerNouns.has(a.word(j-1)) &&
		(a.word(j+1) == "the" || a.toks[j+1].isCap()) && !timeWords.has(a.word(j+1))
}

// hasSpeakerHead reports whether a phrase can speak: a name, or a noun such
// as "official", "report", "sources".
func hasSpeakerHead(toks []numToken) bool {
	for i := range toks {

		if toks[i].isCap() && !determinerWords.in(toks[i].wid) || speakerNouns.in(toks[i].wid) {
			return true
		}
	}
	return false
}

// phraseAfter reads the credited phrase starting at token i: "the Express
// Tribune newspaper", "a UN report", "officials in Kabul".
func (a *attribution) phraseAfter(i int) string {
	last := -1
	for j := i; j < len(a.toks) && j < i+14; j++ {
		t := &a.toks[j]
		if last >= 0 && ((t.lower == "in" || t.lower == "on") && a.messageAhead(j+1) || t.lower == "via") {
			break // "said the organisation in a statement", "reports the governor via social media": how, not who
		}
		if t.is("(") && last == j-1 && j+3 < len(a.toks) && a.toks[j+1].kind == numWord && a.toks[j+2].is(")") &&
			a.toks[j+3].kind == numWord && a.toks[j+3].isCap() && acronymLike(a.toks[j+1].text) {
			j += 2 // "the United Nations (UN) Human Rights Office": the name goes on
			last = j
			continue
		}
		ok := t.kind == numWord && (t.isCap() || speakerWords[t.lower] || creditLinks.in(t.wid) && last >= 0 ||
			t.glued && j > 0 && a.toks[j-1].is("-") || last >= 0 && a.nameParticle(j)) ||
			t.kind == numDigits && last >= 0 ||
			(t.is("-", ".", "&") && t.glued && last >= 0 && j+1 < len(a.toks) && a.toks[j+1].glued) ||
			(t.is(".") && t.glued && last == j-1 && initial(a.toks[j-1])) || // "U.N. experts"
			(t.is(".") && t.glued && last == j-1 && titleAbbreviations.in(a.toks[j-1].wid) && a.toks[j-1].isCap() && j+1 < len(a.toks) && a.toks[j+1].isCap()) || // "Dr. Ivo Marsh"

			(t.is("&") && last >= 0 && j+1 < len(a.toks) && a.toks[j+1].isCap()) || // "Location & Event"
			(t.kind == numWord && a.headAhead(j)) || // "the UN refugee agency", "finance ministry data"
			(t.is("’", "'") && last >= 0)
		if !ok {
			break
		}
		last = j
	}
	// Do not end on a link word: "the Ministry of" → "the Ministry".
	for last >= i && (a.toks[last].kind != numWord && !a.nameDigits(last) || creditLinks.in(a.toks[last].wid) || determinerWords.in(a.toks[last].wid)) {
		last--
	}
	if last < i {
		return ""
	}
	end := a.toks[last].end
	if initial(a.toks[last]) && last+1 < len(a.toks) && a.toks[last+1].is(".") && a.toks[last+1].glued && last > i && a.toks[last-1].is(".") {
		end = a.toks[last+1].end // "according to the U.N." at a sentence's end keeps its last dot
	}
	phrase := a.text[a.toks[i].start:end]
	if pronouns.has(strings.ToLower(phrase)) || !hasSpeakerHead(a.toks[i:last+1]) {
		return ""
	}
	if last+3 < len(a.toks) && a.toks[last+1].is("(") && a.toks[last+2].kind == numWord && a.toks[last+3].is(")") {
		phrase = a.text[a.toks[i].start:a.toks[last+3].end] // "the Centre for Armed Violence Statistics (CAVS)"
	} else if e := a.placeAcronym(last + 1); e > 0 && a.toks[last].isCap() {
		phrase = a.text[a.toks[i].start:a.toks[e].end] // "the UN Mission in Norland (UNMIN)": the place is part of the name
	}
	if end := a.appositiveName(last + 1); end > 0 && (speakerNouns.in(a.toks[last].wid) || a.word(last) == "tank") {
		phrase = a.text[a.toks[i].start:a.toks[end].end] // "the regional governor, Andrei Vorobyov"
	} else if end := a.appositiveRole(last + 1); end > 0 && a.toks[last].isCap() && !speakerNouns.in(a.toks[last].wid) {
		phrase = a.text[a.toks[i].start:a.toks[end].end] // "Ivo Marsh, spokesman for the Norland Health Ministry"
	}
	return tidyCredit(phrase)
}

// nameDigits reports whether token j is digits glued to the capital
// letters before them, a name: the "23" of "M23", the "7" of "G7".
func (a *attribution) nameDigits(j int) bool {
	return j > 0 && a.toks[j].kind == numDigits && a.toks[j].glued && a.toks[j-1].kind == numWord && a.toks[j-1].isCap() &&
		strings.ToUpper(a.toks[j-1].text) == a.toks[j-1].text
}

// nameParticle reports whether token j is a lower-case particle of a
// name: glued by a hyphen to its capitalised rest (the "al" of
// "al-Qudra"), or one of nameParticles before it ("bin Salman").
func (a *attribution) nameParticle(j int) bool {
	if j+2 < len(a.toks) && len(a.toks[j].text) <= 3 && a.toks[j+1].is("-") && a.toks[j+1].glued &&
		a.toks[j+2].glued && a.toks[j+2].isCap() {
		return true // "al-Qudra", "el-Sisi"
	}
	// "bin Salman", "von der Leyen": a particle before a capitalised name.
	for k := j; k < len(a.toks) && k < j+3; k++ {
		if !nameParticles.in(a.toks[k].wid) || a.toks[k].isCap() {
			return k > j && a.toks[k].isCap()
		}
	}
	return false
}

// appositiveRole returns the last token of a role set off by the comma
// at token c after a person's name, when it names the body the person
// speaks for ("…, spokesman for the Norland Health Ministry.", "…, the
// Houthi military spokesman"), or -1; a role without a name ("…, a police
// official") is left to the name.
func (a *attribution) appositiveRole(c int) int {
	if a.word(c) != "," || relativeWords.has(a.word(c+1)) {
		return -1 // "…, who leads the team": a clause, not a title
	}
	role, named, end := false, false, -1
	for j := c + 1; j < len(a.toks) && j <= c+12; j++ {
		t := &a.toks[j]
		if t.kind != numWord {
			if t.is("-", "'", "’") && t.glued || t.is(".") && t.glued && j > 0 && initial(a.toks[j-1]) {
				continue
			}
			break
		}
		if reportingVerbs.in(t.wid) && !t.isCap() {
			break
		}
		role = role || speakerNouns.in(t.wid)
		named = named || t.isCap() && !determinerWords.in(t.wid)
		end = j
	}
	if !role || !named {
		return -1
	}
	return end
}

// messageAhead reports whether a message noun comes within two words
// from token j: "in a statement", "on its Telegram channel" is no part of
// a name.
func (a *attribution) messageAhead(j int) bool {
	for k := j; k < len(a.toks) && k < j+3; k++ {
		if messageNouns.in(a.toks[k].wid) {
			return true
		}
		if a.toks[k].kind != numWord {
			return false
		}
	}
	return false
}

// initial reports whether a token is one capital letter, as in "U.N." or
// "U.S.".
// titleAbbreviations are titles written short with a dot before a name:
// "said Dr. Ivo Marsh", "according to Lt. Gen. Ana Brook". (attribution.go)
var titleAbbreviations = wordSetOf("creditTitleAbbreviations")

func initial(t numToken) bool {
	return t.kind == numWord && len(t.text) == 1 && t.text[0] >= 'A' && t.text[0] <= 'Z'
}

// headAhead reports whether a speaker noun comes within five words from
// token j, so that a lower-case word before it belongs to the name: "the
// UN food agency", "the state's health department", "local and foreign
// journalists", "the rebel-controlled provincial health office".
func (a *attribution) headAhead(j int) bool {
	for k, n := j, 0; k < len(a.toks) && n < 5; k, n = k+1, n+1 {
		if a.toks[k].is("-") && a.toks[k].glued && k > j {
			n-- // "the non-governmental organization": one word
			continue
		}
		if a.toks[k].kind != numWord {
			return false
		}
		if speakerNouns.in(a.toks[k].wid) {
			return true
		}
		if a.toks[k].lower == "and" && k+2 < len(a.toks) && speakerNouns.in(a.toks[k+2].wid) {
			return true // "domestic and international reports"
		}
	}
	return false
}

// appositiveName returns the last token of a name set off by the comma at
// token c and ending the clause (", Andrei Vorobyov."), or -1.
func (a *attribution) appositiveName(c int) int {
	if a.word(c) != "," {
		return -1
	}
	end := -1
	// ", (the) Norland Institute for Peace and Security Studies (NIPS)":
	// a body's name set after its description, links and all
	from := c + 1
	if determinerWords.has(a.word(from)) && from+1 < len(a.toks) && a.toks[from+1].isCap() {
		from++
	}
	for j := from; j < len(a.toks) && j <= c+14; j++ {
		t := &a.toks[j]
		if t.kind == numWord && t.isCap() && !determinerWords.in(t.wid) {
			end = j
			continue
		}
		if t.is("-") && t.glued {
			continue
		}
		if end > 0 && creditLinks.in(t.wid) && j+1 < len(a.toks) && a.toks[j+1].isCap() {
			continue
		}
		if t.is("(") && end > 0 && j+2 < len(a.toks) && a.toks[j+1].kind == numWord && a.toks[j+2].is(")") && acronymLike(a.toks[j+1].text) {
			end = j + 2 // ", Inter-Services Public Relations (ISPR).": the name with its acronym
			if j+3 >= len(a.toks) || a.toks[j+3].kind == numPunct {
				return end
			}
			return -1
		}
		if t.kind == numPunct && end > 0 {
			return end
		}
		return -1
	}
	if end+1 >= len(a.toks) {
		return end
	}
	return -1
}

// personOf reports whether tokens first..end name a person of a body:
// capitalised words that are no speaker nouns ("Ivo Marsh"), then "of"
// and the body ("of the Norland Liberation Army").
func (a *attribution) personOf(first, end int) bool {
	for j := first; j < end; j++ {
		t := &a.toks[j]
		if t.lower == "of" && j > first {
			return true
		}
		if t.kind != numWord || !t.isCap() || determinerWords.in(t.wid) || speakerNouns.in(t.wid) || titleAbbreviations.in(t.wid) && j == first {
			return false
		}
	}
	return false
}

// placeAcronym returns the token that closes the acronym of a body whose
// name runs on through a place ("in Norland (UNMIN)" after "the UN
// Mission"), when token i opens "in" and one to four capitalised words
// before the acronym in parentheses; else -1.
func (a *attribution) placeAcronym(i int) int {
	if a.word(i) != "in" || i+1 >= len(a.toks) || !a.toks[i+1].isCap() {
		return -1
	}
	for j := i + 1; j < len(a.toks) && j <= i+5; j++ {
		if a.toks[j].kind == numWord && a.toks[j].isCap() {
			continue
		}
		if a.parenName(j+2) && a.toks[j].is("(") && acronymLike(a.toks[j+1].text) {
			return j + 2
		}
		return -1
	}
	return -1
}

// startsWithName reports whether a credited phrase is a proper name ("The
// Express Tribune", "Reuters") rather than "reporters" or "the newspaper".
func startsWithName(x string) bool {
	words := strings.Fields(x)
	if len(words) > 0 && (words[0] == "the" || words[0] == "The") {
		words = words[1:]
	}
	if len(words) == 0 || pronouns.has(strings.ToLower(words[0])) {
		return false
	}
	for _, w := range words {
		if !(w[0] >= 'A' && w[0] <= 'Z') && !creditLinks.has(w) {
			return false
		}
	}
	return true
}

// lastWord returns the last word of a phrase.
func lastWord(x string) string {
	return x[strings.LastIndexByte(x, ' ')+1:]
}

// audiences are who a speaker tells without being a source: "told the
// Senate", "told a news conference".
var audiences = wordSetOf("creditAudiences")

// notSource reports whether a phrase only looks like a source: "credible
// intelligence", "the first time" (the lexicon's notSources).
func notSource(x string) bool {
	l := strings.ToLower(x)
	if onlyEstimate(l) {
		return true
	}
	for _, p := range notSources {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

var notSources = wordList("notSources")

// sourceLike reports whether a phrase names a source by a speaker noun
// ("health ministry") or an acronym ("ISPR").
func sourceLike(toks []numToken) bool {
	for i := range toks {
		if speakerNouns.in(toks[i].wid) || len(toks[i].text) >= 2 && strings.ToUpper(toks[i].text) == toks[i].text && toks[i].kind == numWord {
			return true
		}
	}
	return false
}

// tidyCredit writes a credited name the way it is usually written: "the
// Express Tribune newspaper" → "The Express Tribune".
func tidyCredit(x string) string {
	if notSource(x) || numberWords[strings.ToLower(strings.TrimSpace(x))] {
		return "" // "in five states": a count is nobody's word
	}
	if strings.Contains(x, "  ") || strings.ContainsAny(x, "\n\t\r\u00a0") {
		x = strings.Join(strings.Fields(x), " ")
	}
	for _, suffix := range []string{" newspaper", " daily", " Newspaper"} {
		if strings.HasSuffix(x, suffix) {
			rest := x[:len(x)-len(suffix)]
			if i := strings.LastIndexByte(rest, ' '); rest != "" && rest[i+1] >= 'A' && rest[i+1] <= 'Z' {
				x = rest
			}
		}
	}
	if strings.HasPrefix(x, "the ") && len(x) > 4 && x[4] >= 'A' && x[4] <= 'Z' {
		x = "The " + x[4:]
	}
	return x
}

var reportingVerbs = wordSetOf("reportingVerbs")

// reportParticles maps a reporting verb that reports only with its particle
// to that particle: "pointed" to "out".
var reportParticles = func() map[string]string {
	m := map[string]string{}
	for p := range words("creditParticleVerbs") {
		if v, part, ok := strings.Cut(p, " "); ok {
			m[v] = part
		}
	}
	return m
}()

// weakReporting verbs report only when their subject is a speaker: "a UN
// report found", not "the attack shows".
var weakReporting = wordSetOf("weakReporting")

// subjectStop are words that cannot be part of a speaker's name.
var subjectStop = wordSetOf("creditSubjectStop")

// timeWords after "on" make it a date, not part of a name: "the
// ministry on Monday said".
var timeWords = wordSetOf("creditTimeWords")

// creditTimeUnits end a time phrase before a speaker: "Last month Riyadh said".
var creditTimeUnits = wordSetOf("creditTimeUnits")

// speakerTies before "to" or "with" join a speaker to whom it is tied: "sources
// close to the army".
var speakerTies = wordSetOf("creditSpeakerTies")

// speakerFrom are people named by what they are before "from" and where
// or whom they come from: "an official from the ministry", "a resident
// from the town".
var speakerFrom = wordSetOf("creditSpeakerFrom")

// subjectLinks join the words of a speaker's name: "Ministry of Health".
var subjectLinks = wordSetOf("creditSubjectLinks")

var possessives = wordSetOf("figurePossessives")

// invertible verbs may come before their speaker: "…, said the official".
var invertible = wordSetOf("creditInvertible")

// accuseVerbs report an accuser's count only with the accused named
// before "of": "Rights groups accused the militia of abducting 40 girls".
var accuseVerbs = wordSetOf("creditAccuseVerbs")

// blameVerbs report a blamer's count; right before "for" they are
// participles: "the group blamed for the raid".
var blameVerbs = wordSetOf("creditBlameVerbs")

// byParticiples before "by" are participles that name a thing and its
// author, not a verb of the clause: "an attack claimed by the group".
var byParticiples = wordSetOf("creditByParticiples")

// tallyWords are what "put the … at N" sets.
var tallyWords = wordSetOf("tallyWords")

// claimObjects after "claimed" make it no reporting verb.
var claimObjects = wordSetOf("claimObjects")

// reportedStates after a reporting verb make it a participle of state:
// "people reported missing".
var reportedStates = wordSetOf("creditReportedStates")

var passiveAux = wordSetOf("figurePassiveAux")

var pronouns = wordSetOf("creditPronouns")

// adverbs may stand between a speaker and the verb: "officials also said".
var adverbs = wordSetOf("creditAdverbs")

// creditLinks join the words of a credited name: "Ministry of Health",
// "a report by the UN".
var creditLinks = wordSetOf("creditLinks")

var determinerWords = wordSetOf("creditDeterminers")

// speakerNouns are nouns that can head a credited phrase.
var speakerNouns = wordSetOf("speakerNouns")

// speakerWords are the lower-case words a credited phrase may hold.
var speakerWords = func() map[string]bool {
	m := words("speakerWords")
	for w := range speakerNouns.m {
		m[w] = true
	}
	return m
}()

// creditsOf returns whom each sentence of an article credits, for the
// figures a sentence reports without naming a source. Within a paragraph it
// carries a credit into a sentence whose speaker is a pronoun ("he added")
// and into the sentences of a quotation that a later sentence attributes
// (“… .” … “…,” the official told the newspaper). A sentence that credits
// no one and is no part of such speech keeps "": the article's own
// authority. text is the article the sentences were cut from.
func creditsOf(text string, sents []Sentence) []string {
	credits, _ := creditsAndCounts(text, sents)
	return credits
}

// creditsAndCounts is creditsOf that also says which sentences may hold a
// count (mayCount), so that figures need tokenize only those again; the
// tokens themselves are not kept, for those of a long article would be
// among the largest things extraction holds.
func creditsAndCounts(text string, sents []Sentence) ([]string, []bool) {
	credits := make([]string, len(sents))
	counts := make([]bool, len(sents))
	// One lower-cased copy of the article, and one token array that each
	// sentence's tokens reuse.
	lower := numLowerASCII(text)
	var buf []numToken
	pronoun := make([]bool, len(sents))
	inQuote := make([]bool, len(sents)) // a quotation is open at the sentence's end
	open := false                       // a quotation is open after the sentence
	last := ""                          // the paragraph's last credit
	named := ""                         // the spokesman the sentence before opened with
	label := ""                         // the transcript's speaker of the paragraph
	titled := ""                        // the last person the sentence before named by title
	before := ""                        // the last credit of the paragraphs before
	quoteOpens := false                 // the paragraph opened with a quotation still open
	quoted := false                     // the sentence before quoted a speaker it credits
	quoteBy := ""                       // who speaks the open quotation, named before it opened
	fuller := map[string]string{}       // the fullest credit yet by its last word
	// A label without a title ("MATTHEW MILLER:") names a speaker only in
	// a transcript, where several lines open with labels; once, it may be
	// a dateline ("NEW DELHI:").
	labels := 0
	for _, s := range sents {
		if c := strings.IndexByte(s.Text, ':'); c > 0 && c < 40 && s.Text[0] >= 'A' && s.Text[0] <= 'Z' {
			head := s.Text[:c+1]
			if _, _, ok := lineLabel(head, numTokenize(head, numLowerASCII(head))); ok {
				labels++
			}
		}
	}
	for i, s := range sents {
		if i == 0 || newParagraph(text, sents[i-1], s) {
			if last != "" {
				before = last
			} else if named != "" && i > 0 {
				before = named // "X spoke to VOA by phone." then "“…,” he said."
			}
			open, last, named = false, "", "" // a transcript's turn runs on to the next label
			quoteOpens = i > 0 && startsQuote(s.Text)
		} else if !inQuote[i-1] {
			quoteOpens = false
		}
		buf = numTokenizeTo(buf[:0], s.Text, lower[s.Start:s.End])
		toks := buf
		counts[i] = mayCount(toks)
		credits[i], pronoun[i] = fullerCredit(sentenceCredit(s.Text, toks), fuller), pronounSpeaker(toks)
		issuersOf(s.Text, toks, fuller)
		if x, titled, ok := lineLabel(s.Text, toks); ok {
			label = x // the next turn: a speaker, or a question
			if !titled && labels < 2 {
				label = ""
			}
		}
		if credits[i] == "" && pronoun[i] && last == "" {
			last = named // "Press officer Ivo Marsh gave another version. He told state radio …"
		}
		if credits[i] == "" && pronoun[i] && last == "" && i > 0 && (newParagraph(text, sents[i-1], s) || quoteOpens) {
			last = before // a paragraph that opens "He also said" (or “… . …,” he said) goes on with the speaker before
		}
		if i > 0 && titled != "" && !newParagraph(text, sents[i-1], s) && possessiveMessage(toks) {
			credits[i] = titled // "… President Ivo Marsh could visit. We welcome his pledge that 500 …"
		}
		titled = lastTitledName(s.Text, toks)
		if credits[i] == "" && label != "" {
			// A transcript's turn is its speaker's. A sentence that only
			// goes on with the count before ("Another 94 were injured",
			// "… in the same period", "Two soldiers were also hurt") names
			// no source: the article states it (docs/gold.md, rule 5).
			credits[i] = label
		}
		named = openingSpokesman(s.Text, toks)
		if named == "" {
			named = openingDocument(s.Text, toks) // "The UN team's report was released. It cites …"
		}
		if named == "" {
			named = interviewee(s.Text, toks) // "Qari Ahmad, a commander, spoke to VOA by phone."
		}
		opens, closes := quoteMarks(s.Text)
		if credits[i] == "" && quoted && startsQuote(s.Text) && i > 0 && !newParagraph(text, sents[i-1], s) {
			credits[i] = last // "“We lost 40 men,” said Ivo Marsh. “Another 12 were wounded.”": his too
		}
		quoted = opens > 0 && credits[i] != ""
		wasOpen := open
		open = open && closes <= opens || !open && opens > closes
		inQuote[i] = open // the quotation goes on into the next sentence
		switch {
		case !wasOpen && open && credits[i] != "" && saysBeforeQuote(s.Text):
			// "X says, “… . This includes $6 million …”": the sentences
			// the quotation runs on into are X's.
			quoteBy = credits[i]
		case wasOpen && credits[i] == "" && quoteBy != "":
			credits[i] = quoteBy
		}
		if !open {
			quoteBy = ""
		}
		if credits[i] == "" && pronoun[i] {
			credits[i] = last
		}
		if credits[i] != "" {
			last = credits[i]
		}
	}
	// A sentence that gives its figures no source takes the one the next
	// names for them: "… 21 were killed. The ministry gave this
	// information." The next may open a paragraph of its own when it opens
	// with the pointing word: "… 21 were killed.\n\nThis was said by …".
	for i := 0; i+1 < len(sents); i++ {
		if credits[i] == "" && counts[i] && (!newParagraph(text, sents[i], sents[i+1]) || opensPointing(sents[i+1].Text)) {
			credits[i] = sourceAfter(sents[i+1].Text)
		}
	}
	// A quotation's first sentences take the credit of the sentence that
	// closes it: “… . …,” the official said.
	for i := len(sents) - 2; i >= 0; i-- {
		if credits[i] == "" && inQuote[i] && !newParagraph(text, sents[i], sents[i+1]) {
			credits[i] = credits[i+1]
		}
	}
	return credits, counts
}

// opensPointing reports whether a sentence opens with a word that points
// back at the one before: "This was said by …", "These figures were
// confirmed by …".
func opensPointing(text string) bool {
	w, _, _ := strings.Cut(text, " ")
	return pointingOpeners.has(strings.ToLower(w))
}

// pointingOpeners open a sentence about the one before: "This", "These".
var pointingOpeners = wordSetOf("creditPointingOpeners")

// saidByAfter reads the source a sentence names for the one before it
// with a pronoun in the passive: "This was said yesterday by the
// minister", "That was confirmed on Monday by the army".
func saidByAfter(text string) string {
	toks := numTokenize(text, numLowerASCII(text))
	if len(toks) < 5 || (toks[0].lower != "this" && toks[0].lower != "that") || !passiveAux.in(toks[1].wid) {
		return ""
	}
	said := false
	for j := 2; j < len(toks) && j <= 7; j++ {
		if toks[j].lower == "by" && said {
			a := attribution{text: text, toks: toks}
			return a.phraseAfter(j + 1)
		}
		if toks[j].kind != numWord {
			return ""
		}
		said = said || reportingVerbs.in(toks[j].wid) || giveVerbs.in(toks[j].wid)
	}
	return ""
}

// startsQuote reports whether a sentence opens with a quotation mark.
func startsQuote(s string) bool {
	return strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "“")
}

// fullerCredit returns the fullest form the article gave before of a
// credit that names its speaker by a role alone ("the spokesperson" after
// "the FO spokesperson"), and records the credit for those after.
func fullerCredit(x string, fuller map[string]string) string {
	if x == "" {
		return ""
	}
	head := strings.ToLower(lastWord(x))
	n := strings.Count(x, " ") + 1
	if prev, ok := fuller[issuedKey+head]; ok && n == 2 && (strings.HasPrefix(x, "the ") || strings.HasPrefix(x, "The ")) {
		return prev // "the statement said" after "a statement issued by the army": the army
	}
	if prev, ok := fuller[head]; ok && n == 2 && (strings.HasPrefix(x, "the ") || strings.HasPrefix(x, "The ")) &&
		strings.Count(prev, " ")+1 > n {
		return prev
	}
	words := strings.Fields(strings.ReplaceAll(x, ".", ""))
	if len(words) == 2 && honorifics.has(strings.ToLower(words[0])) && isCapitalised(words[1]) {
		if prev, ok := fuller[nameKey+words[1]]; ok {
			return prev // "Mr Marsh said" after "ministry spokesman Ivo Marsh said": the whole
		}
	}
	if speakerNouns.has(head) {
		fuller[head] = x
	}
	if n := len(words); n >= 2 && isCapitalised(words[n-1]) && isCapitalised(words[n-2]) && !honorifics.has(strings.ToLower(words[n-2])) {
		fuller[nameKey+words[n-1]] = x // a person's full name, for "Mr Marsh" later
	}
	for i, w := range words {
		// "the association" after "the Norland Prisoners Association
		// (NPA)": a speaker noun in a name that runs to the credit's end
		if l := strings.ToLower(w); i > 0 && isCapitalised(w) && speakerNouns.has(l) && l != head && orgNameTail(words[i+1:]) {
			if _, ok := fuller[l]; !ok {
				fuller[l] = x
			}
		}
	}
	return x
}

// orgNameTail reports whether the words after a speaker noun go on with
// its organisation's name: capitalised words, "for", "of", "and", "the",
// an acronym in parentheses.
func orgNameTail(ws []string) bool {
	for _, w := range ws {
		if !isCapitalised(strings.Trim(w, "()")) && w != "for" && w != "of" && w != "and" && w != "the" {
			return false
		}
	}
	return true
}

// nameKey prefixes a surname in fullerCredit's map: the last credit
// that ended with the full name of that surname.
const nameKey = "name:"

// isCapitalised reports whether a word starts with an upper-case letter.
func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// issuedKey prefixes a message noun in fullerCredit's map: who issued
// the last message of that name.
const issuedKey = "issued:"

// issuersOf notes in fuller who issued each message a sentence names
// with its issuer: "a statement issued by the army", "a statement from
// the army", "the army's statement", "an ISPR statement". A later "the
// statement said" is then the issuer's.
func issuersOf(text string, toks []numToken, fuller map[string]string) {
	a := attribution{text: text, toks: toks}
	for k := range toks {
		if !messageNouns.in(toks[k].wid) && !issuedDocuments.in(toks[k].wid) || toks[k].kind != numWord {
			continue
		}
		j := k + 1
		if issueVerbs.has(a.word(j)) {
			j++
		}
		who := ""
		if w := a.word(j); w == "by" || w == "from" {
			who = a.phraseAfter(j + 1)
		} else if k > 0 && toks[k-1].kind == numWord && toks[k-1].isCap() && messageNouns.in(toks[k].wid) {
			// "an ISPR statement", "the Norland Army's statement"; not "a
			// UN report", which names itself better whole (fullerCredit)
			who = a.ownerBefore(k - 1)
		} else if k >= 2 && a.word(k-2) == "in" && messageDeterminers.has(a.word(k-1)) {
			if v := k - 3; v > 0 && reportingVerbs.in(toks[v].wid) && !toks[v].isCap() {
				who = a.subjectBefore(v) // "X said in a statement"
			} else if k == 2 && a.word(j) == "," {
				for v := j + 2; v < len(toks) && v <= j+8 && toks[v].kind == numWord; v++ {
					if reportingVerbs.in(toks[v].wid) && !toks[v].isCap() {
						who = a.subjectBefore(v) // "In a statement, X said"
						break
					}
				}
			}
		}
		if who != "" && !pronouns.has(strings.ToLower(who)) {
			fuller[issuedKey+toks[k].lower] = who
		}
	}
}

// issuedDocuments are documents whose issuer issuersOf notes, as it does
// a message's: "X said in a report", "a study published by X"; a later
// "the report said" is then the issuer's.
var issuedDocuments = wordSetOf("creditIssuedDocuments")

// messageDeterminers stand between "in" and the message its issuer spoke
// in: "X said in a statement", "in its report".
var messageDeterminers = wordSetOf("creditMessageDeterminers")

// ownerBefore reads the capitalised name that ends at token j, a
// possessive's "'s" dropped: "ISPR", "the Norland Army's".
func (a *attribution) ownerBefore(j int) string {
	first := j
	for first > 0 && a.toks[first-1].kind == numWord && a.toks[first-1].isCap() {
		first--
	}
	x := a.text[a.toks[first].start:a.toks[j].end]
	x = strings.TrimSuffix(strings.TrimSuffix(x, "'s"), "’s")
	if first == 0 && len(a.toks) > 0 && determinerWords.in(a.toks[0].wid) {
		return "" // a sentence's opening word: "The Statement …"
	}
	return tidyCredit(x)
}

// mayCount reports whether a sentence's tokens may hold a figure: a
// number in digits or words, or "a" counting one person.
func mayCount(toks []numToken) bool {
	for k := range toks {
		t := &toks[k]
		if t.kind == numDigits || t.kind == numWord && (numberWords[t.lower] || (t.lower == "a" || t.lower == "an" || t.lower == "another") && onePerson(toks, k)) {
			return true
		}
	}
	return false
}

// openingSpokesman returns the speaker a sentence opens with when it names
// one by a speaking role and a name ("Army spokesman Colonel Ivo Marsh
// gave a very different story"), or "".
func openingSpokesman(text string, toks []numToken) string {
	role, end := false, -1
	a := attribution{text: text, toks: toks}
	for k := range toks {
		t := &toks[k]
		if t.is("-") && t.glued && end == k-1 && k+1 < len(toks) && toks[k+1].glued {
			continue // "Ashraf al-Qudra"
		}
		if t.kind != numWord || !(t.isCap() || speakerWords[t.lower] || speakerNouns.in(t.wid) || end >= 0 && a.nameParticle(k) ||
			t.glued && k > 0 && toks[k-1].is("-") && end == k-2) {
			break
		}
		if strings.HasPrefix(t.lower, "spokes") || t.lower == "minister" || t.lower == "commander" {
			role = true
		}
		end = k
	}
	if !role || end < 1 || !toks[end].isCap() {
		return "" // a role without a name after it: "The spokesman said"
	}
	return tidyCredit(text[toks[0].start:toks[end].end])
}

// interviewee returns who a sentence says spoke to an outlet or a
// reporter ("A commander of the group, Qari Ahmad, spoke to VOA by
// phone", "Ivo Marsh talked to reporters"), whom a "he said" after it
// may quote, or "".
func interviewee(text string, toks []numToken) string {
	a := attribution{text: text, toks: toks}
	for k := 1; k+1 < len(toks); k++ {
		if !interviewVerbs.in(toks[k].wid) || toks[k+1].lower != "to" && toks[k+1].lower != "with" || !a.interviewer(k+2) {
			continue // "Blinken spoke with Kagame": a call, no interview
		}
		if x := a.creditAt(k); x != "" && !pronouns.has(strings.ToLower(x)) {
			return x
		}
		return ""
	}
	return ""
}

// interviewer reports whether the phrase from token j on names an
// outlet or a reporter: "VOA", "this reporter", "local media", "The
// Norland Times".
func (a *attribution) interviewer(j int) bool {
	for k := j; k < len(a.toks) && k < j+4; k++ {
		t := &a.toks[k]
		if t.kind != numWord {
			return false
		}
		if interviewers.in(t.wid) || t.isCap() && len(t.text) >= 2 && len(t.text) <= 5 && strings.ToUpper(t.text) == t.text {
			return true // "reporters", "VOA", "AFP"
		}
		if !determinerWords.in(t.wid) && !t.isCap() && t.lower != "this" && t.lower != "local" && t.lower != "state" {
			return false
		}
	}
	return false
}

// interviewVerbs say that someone spoke to an outlet: "spoke to VOA";
// interviewers are the outlets and reporters spoken to.
var (
	interviewVerbs = wordSetOf("creditInterviewVerbs")
	interviewers   = wordSetOf("creditInterviewers")
)

// openingDocument returns the report, study or statement a sentence
// opens with ("The UN Monitoring Team's latest report was released on
// Monday"), which an "it" of the next sentence may cite from, or "".
func openingDocument(text string, toks []numToken) string {
	if !slices.ContainsFunc(toks, func(t numToken) bool { return documentNouns.in(t.wid) }) {
		return "" // no document named: most sentences, told at the cost of a scan
	}
	a := attribution{text: text, toks: toks}
	x := a.phraseAfter(0)
	if x != "" && documentNouns.has(strings.ToLower(lastWord(x))) {
		return x
	}
	// "The latest report of the Monitoring Team, released last week, …",
	// "A report by the panel makes grim reading": the document's author.
	for k := 0; k < len(toks) && k < 4; k++ {
		if !documentNouns.in(toks[k].wid) {
			continue
		}
		if n := a.word(k + 1); n == "of" || n == "by" {
			return a.phraseAfter(k + 2)
		}
		return ""
	}
	return ""
}

// tallyOwner returns whose tally a possessive at token k names when it
// is a source ("the health ministry's count", "the UN's tally"), or "".
func (a *attribution) tallyOwner(k int) string {
	w := a.word(k)
	base, ok := strings.CutSuffix(w, "'s")
	if !ok {
		base, ok = strings.CutSuffix(w, "’s")
	}
	if !ok || base == "" {
		return ""
	}
	if !speakerNouns.has(base) && !a.toks[k].isCap() {
		return "" // "the war's toll": no source
	}
	first := a.subjectStart(k)
	if first < 0 {
		return ""
	}
	x := a.text[a.toks[first].start:a.toks[k].end]
	x = strings.TrimSuffix(strings.TrimSuffix(x, "'s"), "’s")
	if notSource(x) {
		return ""
	}
	return tidyCredit(x)
}

// possessiveTallies are counts a possessive source owns: "the
// ministry's count of 40,000 dead". (attribution.go)
var possessiveTallies = wordSetOf("creditPossessiveTallies")

// tallyLinks follow such a tally: "of", a verb of counting, a comma.
// (attribution.go)
var tallyLinks = wordSetOf("creditTallyLinks")

// initialismEnd reports whether token j is the dot that closes an
// initialism of capitals: the last dot of "U.S." or "U.N.".
func (a *attribution) initialismEnd(j int) bool {
	if j < 3 || !a.toks[j].is(".") || !a.toks[j].glued {
		return false
	}
	p := &a.toks[j-1]
	return p.glued && len(p.text) == 1 && p.text[0] >= 'A' && p.text[0] <= 'Z' && a.toks[j-2].is(".")
}

// openingSubject returns the subject that opens the clause at token
// start when a verb of its own follows it before token k ("Amnesty
// International accused …", "Chad has long accused …"), or "": the
// subject is the run of capitalised words, determiners and speaker
// words before the verb.
func (a *attribution) openingSubject(start, k int) string {
	end, conj := -1, false
	for j := start; j < k; j++ {
		t := &a.toks[j]
		if t.kind != numWord {
			return ""
		}
		if !t.isCap() && (strings.HasSuffix(t.lower, "ed") || reportingVerbs.in(t.wid) || weakReporting.in(t.wid) || subjectAux.in(t.wid)) {
			break
		}
		if t.lower == "and" && !conj && end >= start && j+2 < k && (determinerWords.in(a.toks[j+1].wid) || possessives.in(a.toks[j+1].wid)) &&
			a.toks[j+2].kind == numWord {
			conj, end = true, j+2 // "the Health Agency and its partners": the second is its article and a noun
			break
		}
		if !(t.isCap() || determinerWords.in(t.wid) || speakerWords[t.lower] || speakerNouns.in(t.wid) || possessives.in(t.wid)) {
			return ""
		}
		end = j
	}
	if end < start || end+1 >= k || !hasSpeakerHead(a.toks[start:end+1]) {
		return ""
	}
	return tidyCredit(a.text[a.toks[start].start:a.toks[end].end])
}

// subjectPronouns stand for a subject named before; subjectAux may follow
// a subject as its verb ("Norland has for months accused"). (attribution.go)
var (
	subjectPronouns = wordSetOf("creditSubjectPronouns")
	subjectAux      = wordSetOf("creditSubjectAux")
	subjectVerbs    = wordSetOf("creditSubjectVerbs")
)

// possessiveMessage reports whether a sentence gives what a person
// announced by "his" or "her" and a noun of announcing before "that":
// "we welcome her pledge that 500 more troops will deploy".
func possessiveMessage(toks []numToken) bool {
	for k := 0; k+2 < len(toks); k++ {
		if (toks[k].lower == "his" || toks[k].lower == "her") && announcementNouns.in(toks[k+1].wid) && toks[k+2].lower == "that" {
			return true
		}
	}
	return false
}

// announcementNouns name what a person announced, after "his" or "her"
// and before "that". (attribution.go)
var announcementNouns = wordSetOf("creditAnnouncementNouns")

// lastTitledName returns the last person a sentence names by a title and
// a capitalised name ("President Ivo Marsh"), or "".
func lastTitledName(text string, toks []numToken) string {
	out := ""
	for k := 0; k+1 < len(toks); k++ {
		if !toks[k].isCap() || !labelTitles.in(toks[k].wid) || !toks[k+1].isCap() || labelTitles.in(toks[k+1].wid) {
			continue
		}
		end := k + 1
		for end+1 < len(toks) && toks[end+1].isCap() && !toks[end+1].glued {
			end++
		}
		out = text[toks[k].start:toks[end].end]
		k = end
	}
	return out
}

// documentNouns name a document that can be cited.
var documentNouns = wordSetOf("documentNouns")

// newParagraph reports whether a blank line parts sentences a and b.
func newParagraph(text string, a, b Sentence) bool {
	if a.End > b.Start || b.Start > len(text) {
		return false
	}
	return strings.Count(text[a.End:b.Start], "\n") >= 2
}

// closesQuote reports whether w ends a quotation or the comma before its
// speaker: "“…,” it added".
func closesQuote(w string) bool {
	return w == "”" || w == `"` || w == "’" || w == "'" || w == ","
}

// pronounSpeaker reports whether a sentence reports speech by a pronoun:
// "he said", "“…,” she added", "they told reporters".
func pronounSpeaker(toks []numToken) bool {
	a := attribution{toks: toks}
	for k := range toks {
		if !(reportingVerbs.in(toks[k].wid) || quoteVerbs.in(toks[k].wid) && afterQuote(toks, k)) || a.notReporting(k) {
			continue
		}
		b := k - 1
		for b > 0 && adverbs.has(a.word(b)) {
			b-- // "It also found"
		}
		if p := a.word(b); p == "he" || p == "she" || p == "they" || p == "we" || p == "i" || p == "it" && (b == 0 || closesQuote(a.word(b-1))) {
			return true
		}
		if n := a.word(k + 1); (n == "he" || n == "she" || n == "they") && k > 0 && toks[k-1].kind == numPunct {
			return true
		}
	}
	return false
}

// quoteMarks counts the opening and closing quotation marks of a sentence;
// a straight double quote opens at a word's start and closes at its end.
func quoteMarks(s string) (opens, closes int) {
	for i, r := range s {
		switch r {
		case '“':
			opens++
		case '”':
			closes++
		case '"':
			if i+1 < len(s) && s[i+1] != ' ' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\n') {
				opens++
			} else {
				closes++
			}
		}
	}
	return opens, closes
}

// OwnOutlet clears the credit of figures an article attributes to the
// outlet that published it: what "Dawn reported" in Dawn is stated on the
// article's own authority, like any sentence with no source. outlet is the
// source's outlet as its front matter names it ("Dawn", "Mid-day (PTI)").
func OwnOutlet(f *Facts, outlet string) {
	if outlet == "" {
		return
	}
	for i := range f.Figures {
		if sameOutlet(f.Figures[i].AttributedTo, outlet) {
			f.Figures[i].AttributedTo = ""
		}
	}
}

// sameOutlet reports whether a credited name is the outlet: the same
// words, leaving out "the" and a note in parentheses ("Express Tribune
// (PTI)").
func sameOutlet(credit, outlet string) bool {
	if i := strings.IndexByte(outlet, '('); i > 0 {
		outlet = outlet[:i]
	}
	c, o := outletKey(credit), outletKey(outlet)
	return c != "" && c == o
}

func outletKey(s string) string {
	var ws []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if w != "the" && w != "newspaper" && w != "daily" && w != "com" {
			ws = append(ws, w)
		}
	}
	return strings.Join(ws, " ")
}

// spellCredits writes out a credit that is only an acronym the article
// defined ("the Norland Army (NA)" … "the NA said"): the credit becomes the
// name with its acronym, "Norland Army (NA)", which a reader of the brief
// understands without the article.
func (a *article) spellCredits(figs []report.Figure) {
	var defined map[string]string
	for i := range figs {
		x := strings.TrimPrefix(strings.TrimPrefix(figs[i].AttributedTo, "the "), "The ")
		if x == "" || !acronymLike(x) {
			continue
		}
		if defined == nil {
			defined = acronymsIn(a.text)
		}
		if name := defined[x]; name != "" {
			figs[i].AttributedTo = name + " (" + x + ")"
		} else if name := a.actorOfAcronym(x); name != "" {
			figs[i].AttributedTo = name + " (" + x + ")" // the configured actor the acronym names
		}
	}
}

// actorOfAcronym returns the configured actor whose alias the article
// writes as the acronym x ("AA" for the Arakan Army), when the actor's
// name is not the acronym itself; "" when none.
func (a *article) actorOfAcronym(x string) string {
	for _, m := range a.mentions {
		if m.Start >= 0 && m.End <= len(a.text) && m.Start < m.End && a.text[m.Start:m.End] == x && m.Actor != x && !acronymLike(m.Actor) {
			return m.Actor
		}
	}
	return ""
}

// acronymLike reports whether x is written as an acronym: two to eight
// capitals, with dots between them or not ("AA", "U.N.", "OCHA").
func acronymLike(x string) bool {
	n := 0
	for _, r := range x {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case r == '.':
		default:
			return false
		}
	}
	return n >= 2 && n <= 8
}

// parenName reports whether token e closes a short name in parentheses
// after a longer one: the "(NA)" of "the Norland Army (NA)", the
// "(Centcom)" of "the Central Command (Centcom)".
func (a *attribution) parenName(e int) bool {
	return e >= 2 && a.word(e) == ")" && a.word(e-2) == "(" && a.toks[e-1].kind == numWord &&
		(acronymLike(a.toks[e-1].text) || a.toks[e-1].isCap())
}

// acronymsIn returns the acronyms a text defines in parentheses after
// the name they abbreviate, each with that name: "the Norland Army (NA)",
// "the Office for the Relief of Civilians (ORC)". The
// name is the shortest run of capitalised words before the parenthesis
// whose initials spell the acronym; "of", "for", "the" and "and" between
// them are kept but spell nothing.
func acronymsIn(text string) map[string]string {
	out := map[string]string{}
	for i := 0; i < len(text); i++ {
		if text[i] != '(' {
			continue
		}
		end := strings.IndexByte(text[i:], ')')
		if end < 0 || end > 12 {
			continue
		}
		acr := text[i+1 : i+end]
		if !acronymLike(acr) || out[acr] != "" {
			continue
		}
		if name := nameSpelling(strings.TrimRight(text[:i], " "), strings.ReplaceAll(acr, ".", "")); name != "" {
			out[acr] = name
		}
	}
	return out
}

// nameSpelling returns the words at the end of before whose capitals
// spell letters, last letter first, or "".
func nameSpelling(before, letters string) string {
	words := strings.Fields(before)
	if len(words) > 12 {
		words = words[len(words)-12:]
	}
	k := len(letters) - 1
	for j := len(words) - 1; j >= 0; j-- {
		w := strings.Trim(words[j], ",;:“”\"")
		if w == "" || w != words[j] && j != len(words)-1 {
			return "" // a comma or a quote breaks the name
		}
		if nameJoiners.has(w) {
			continue
		}
		// A hyphened word spells each of its parts: "Inter-Services".
		parts := strings.Split(w, "-")
		for p := len(parts) - 1; p >= 0; p-- {
			if parts[p] == "" || parts[p][0] < 'A' || parts[p][0] > 'Z' {
				return ""
			}
			if k < 0 || parts[p][0] != letters[k] {
				return ""
			}
			k--
		}
		if k < 0 {
			return strings.Join(words[j:], " ")
		}
	}
	return ""
}

// nameJoiners stand between the words of a name and spell no letter of
// its acronym. (attribution.go)
var nameJoiners = wordSetOf("creditNameJoiners")
