package extract

import (
	"slices"
	"strconv"
	"strings"

	"brief/report"
)

// A learned decision over stance candidates (issue 15): every actor a
// sentence names (or its speaker's actor) paired with every issue the
// sentence raises is a candidate, described by cheap lexical and
// structural features (classifyFeatures). A multinomial logistic model
// (stancemodel.go), trained from the development sets' gold, decides the
// candidates the rules left undecided when it is confident enough. It is
// off unless Domain.StanceModel turns it on.

// candidate is one (actor, issue) pair of a sentence.
type candidate struct {
	Actor string
	Issue int // index into the domain's issues
	// At is the token of the issue mention the features describe.
	At int
	// Rule is the position the rules gave the pair in this sentence, or "".
	Rule report.Position
}

// candidatesOf lists the candidates of the sentence read as v whose
// stances the rules found as hits. A commentator's view, a question and
// an interviewer's turn take no position by rule and give none.
func (v *sentenceView) candidatesOf(hits []stanceHit) []candidate {
	if len(v.issues) == 0 || v.sp.Opinion || v.question() || v.interviewerTurn() {
		return nil
	}
	var names []string
	name := func(actor string) {
		if actor != "" && !containsString(names, actor) {
			names = append(names, actor)
		}
	}
	for _, m := range v.ms {
		name(m.Actor)
		name(m.Pair)
		for _, g := range m.Group {
			name(g)
		}
	}
	for sp := &v.sp; sp != nil; sp = sp.next {
		name(sp.Speaker)
	}
	for _, h := range hits {
		name(h.Actor)
	}
	// "We support …" in a statement, "It rejected …" after a sentence
	// that named the actor: the actor a pronoun stands for.
	for k := v.from; k < v.to; k++ {
		if w := v.toks[k].wid; firstPronouns.in(w) || k == v.from && thirdPronouns.in(w) {
			name(v.pronoun(k))
		}
	}
	var out []candidate
	for k, im := range v.issues {
		if firstIssue(v.issues, im.Issue) != k {
			continue // the issue raised twice: one candidate an actor
		}
		for _, actor := range names {
			c := candidate{Actor: actor, Issue: im.Issue, At: im.From}
			for _, h := range hits {
				if h.Actor == actor && h.Issue == v.issueIDs[im.Issue] {
					c.Rule = h.Position
					break
				}
			}
			out = append(out, c)
		}
	}
	return out
}

// classifySets are the lexicon's word classes whose presence, near the
// issue term or anywhere in the sentence, is a feature.
var classifySets = []struct {
	name string
	set  *wordSet
}{
	{"neg", &negators}, {"hedge", &hedges}, {"cond", &conditionWords}, {"if", &ifWords},
	{"modal", &modals}, {"fut", &futureModals}, {"speech", &speechVerbs}, {"opinion", &opinionVerbs},
	{"hope", &hopeVerbs}, {"oblig", &obligationVerbs}, {"need", &necessityWords}, {"deny", &denials},
	{"condemn", &condemnations}, {"praise", &praiseWords}, {"possib", &possibilityWords},
	{"hostile", &hostileVerbs}, {"prevent", &preventVerbs}, {"aux", &auxiliaries},
}

// classifyFeatures describes candidate c of the sentence read as v, with
// hits the rules' stances of the sentence, as feature names.
func (v *sentenceView) classifyFeatures(c candidate, hits []stanceHit) []string {
	f := make([]string, 0, 96)
	v.eachFeature(c, hits, v.classMasks(), func(b []byte) { f = append(f, string(b)) })
	return f
}

// classMasks returns, for each token of the sentence, which of
// classifySets hold its word, one bit a set.
func (v *sentenceView) classMasks() []uint32 {
	masks := make([]uint32, v.to-v.from)
	for k := v.from; k < v.to; k++ {
		if !v.toks[k].Word || v.toks[k].wid == 0 {
			continue
		}
		for j, s := range classifySets {
			if s.set.in(v.toks[k].wid) {
				masks[k-v.from] |= 1 << j
			}
		}
	}
	return masks
}

// featureWriter gives emit features one at a time, in a buffer valid
// only during the call.
type featureWriter struct {
	buf  []byte
	emit func([]byte)
}

func (w *featureWriter) add(parts ...string) {
	w.buf = w.buf[:0]
	for i, p := range parts {
		if i > 0 {
			w.buf = append(w.buf, ':')
		}
		w.buf = append(w.buf, p...)
	}
	w.emit(w.buf)
}

// eachFeature gives emit the features of candidate c one at a time, in
// a buffer valid only during the call; masks are classMasks.
func (v *sentenceView) eachFeature(c candidate, hits []stanceHit, masks []uint32, emit func([]byte)) {
	w := &featureWriter{buf: make([]byte, 0, 64), emit: emit}
	im := v.issues[firstIssue(v.issues, c.Issue)]
	v.sentenceFeatures(w, hits, masks)
	v.issueFeatures(w, im, masks)
	v.pairFeatures(w, c, im, hits)
}

// sentenceFeatures are the features every candidate of the sentence
// shares.
func (v *sentenceView) sentenceFeatures(w *featureWriter, hits []stanceHit, masks []uint32) {
	w.add("bias")
	if len(hits) == 0 {
		w.add("nohits")
	}
	if len(v.cues) == 0 {
		w.add("nocue")
	}
	for _, r := range v.refusals {
		if !strings.HasPrefix(r.why, "no issue term within its reach") {
			w.add("refused", refusalKind(r.why))
		}
	}
	n := 0
	for _, m := range v.ms {
		if m.Actor != "" {
			n++
		}
	}
	w.add("actors", strconv.Itoa(min(n, 3)))
	w.add("issues", strconv.Itoa(min(len(v.issues), 3)))
	var any uint32
	for _, m := range masks {
		any |= m
	}
	for j, s := range classifySets {
		if any&(1<<j) != 0 {
			w.add("has", s.name)
		}
	}
}

// issueFeatures are the features every candidate of the issue mention
// im shares.
func (v *sentenceView) issueFeatures(w *featureWriter, im issueMention, masks []uint32) {
	if v.claim[im.Issue] {
		w.add("claim")
	}
	if im.Object {
		w.add("object")
	}
	w.add("term", v.toks[im.To-1].Stem())
	// The words just before and after the issue term.
	for k, j := 0, im.From-1; k < 3 && j >= v.from; k, j = k+1, j-1 {
		w.add(preNames[k], v.toks[j].Stem())
	}
	for k, j := 0, im.To; k < 2 && j < v.to; k, j = k+1, j+1 {
		w.add(nextNames[k], v.toks[j].Stem())
	}
	// The cue nearest before the issue.
	nearest, nearestAt := -1, -1
	for _, m := range v.cues {
		if m.To <= im.From && m.From > nearestAt {
			nearest, nearestAt = m.Value, m.From
		}
	}
	nearPos := "none"
	if nearest >= 0 {
		cu := v.table.list[nearest]
		nearPos = string(cu.position)
		w.add("nearcue", nearPos, distanceBucket(im.From-nearestAt))
		w.add("nearcueword", cu.phrase)
	}
	// Word classes near the issue.
	var near uint32
	for k, m := range masks {
		if at := v.from + k; at < im.From && at >= im.From-6 {
			near |= m
		}
	}
	for j, s := range classifySets {
		if near&(1<<j) != 0 {
			w.add("near", s.name)
			w.add("near", s.name, "nearcue", nearPos)
		}
	}
}

// pairFeatures are the features of candidate c itself, whose issue
// mention is im.
func (v *sentenceView) pairFeatures(w *featureWriter, c candidate, im issueMention, hits []stanceHit) {
	if c.Rule != "" {
		w.add("rule", string(c.Rule))
	} else {
		w.add("rule", "none")
	}
	issueID := v.issueIDs[c.Issue]
	for _, h := range hits {
		switch {
		case h.Actor == c.Actor && h.Issue == issueID:
			w.add("rulename", h.Rule)
		case h.Issue == issueID:
			w.add("otheractor", string(h.Position))
		case h.Actor == c.Actor:
			w.add("otherissue", string(h.Position))
		}
	}
	// The actor's nearest mention to the issue.
	am, found := actorMention{}, false
	for _, m := range v.ms {
		if m.Actor != c.Actor && m.Pair != c.Actor && !containsString(m.Group, c.Actor) {
			continue
		}
		if !found || abs(m.From-im.From) < abs(am.From-im.From) {
			am, found = m, true
		}
	}
	speaker := false
	for sp := &v.sp; sp != nil; sp = sp.next {
		if sp.Speaker == c.Actor {
			speaker = true
			if sp.speakerToken < 0 {
				w.add("speaker", "inherited")
			} else {
				w.add("speaker", "named")
			}
			if im.From >= sp.From && im.From < sp.To {
				w.add("speaker", "content")
			}
		}
	}
	if !speaker && v.sp.Speaker != "" {
		w.add("otherspeaker")
		if im.From >= v.sp.From && im.From < v.sp.To {
			w.add("otherspeaker", "content")
		}
	}
	if c.Actor == v.voice {
		w.add("voice")
	}
	if q, ok := v.quote(im.From); ok {
		w.add("quoted")
		if q == c.Actor {
			w.add("quoted", "own")
		}
	}
	lo, hi := im.From, im.From // the span between the actor and the issue
	switch {
	case found:
		flags := [...]struct {
			on   bool
			name string
		}{{am.Poss, "poss"}, {am.Role, "role"}, {am.Person, "person"}, {am.PrepObject, "prepobj"},
			{am.Place, "place"}, {am.Anaphor, "anaphor"}, {am.Pair != "", "pair"}, {len(am.Group) > 0, "group"}}
		for _, fl := range flags {
			if fl.on {
				w.add("mention", fl.name)
			}
		}
		d := am.From - im.From
		order := "before"
		if d > 0 {
			order = "after"
		}
		w.add("order", order, distanceBucket(abs(d)))
		if am.From == v.from || am.From == v.from+1 {
			w.add("opens")
		}
		if d < 0 {
			lo, hi = am.To, im.From
		} else {
			lo, hi = im.To, am.From
		}
		if hi-lo <= 20 {
			for k := lo; k < hi; k++ {
				if v.toks[k].Word {
					w.add("between", v.toks[k].Stem())
				}
			}
		}
	case !speaker:
		w.add("mention", "pronoun")
	default:
		w.add("mention", "none")
	}
	// Cues, by where they stand: between the actor and the issue, before
	// both, or after the issue.
	for _, m := range v.cues {
		cu := v.table.list[m.Value]
		where := "after"
		switch {
		case m.From >= lo && m.To <= hi:
			where = "between"
		case m.To <= im.From:
			where = "before"
		}
		w.add("cue", string(cu.position), where)
		w.add("cuekind", strconv.Itoa(int(cu.kind)), where)
		w.add("cueword", cu.phrase, where)
	}
}

// preNames and nextNames name the words before and after an issue term.
var preNames, nextNames = [...]string{"pre1", "pre2", "pre3"}, [...]string{"next1", "next2"}

// refusalKind shortens a rule's reason for refusing a cue to its first
// four words: a feature.
func refusalKind(why string) string {
	w := strings.Fields(why)
	return strings.Join(w[:min(len(w), 4)], " ")
}

// distanceBucket names a token distance coarsely.
func distanceBucket(d int) string {
	switch {
	case d <= 3:
		return "0-3"
	case d <= 7:
		return "4-7"
	case d <= 15:
		return "8-15"
	}
	return "16+"
}

// classify adds to hits, the rules' stances of sentence v, the stances
// the model finds among the candidates the rules left undecided. text is
// the sentence's, for observe.
func (x *Extractor) classify(v *sentenceView, hits []stanceHit, text string) []stanceHit {
	cands := v.candidatesOf(hits)
	if len(cands) == 0 {
		return hits
	}
	if x.observe != nil {
		for _, c := range cands {
			x.observe(text, v.issueIDs[c.Issue], c, v.classifyFeatures(c, hits))
		}
	}
	if x.model == nil {
		return hits
	}
	n := len(hits)
	var sc candidateScorer
	for _, c := range cands {
		if c.Rule != "" {
			continue
		}
		pos, p := sc.score(x.model, v, hits[:n], c)
		if pos == "" || p < x.model.Threshold {
			continue
		}
		hits = append(hits, stanceHit{Actor: c.Actor, Issue: v.issueIDs[c.Issue], Position: pos, At: c.At, Rule: "model"})
	}
	return hits
}

// candidateScorer sums a model's weights over the features of a
// sentence's candidates (eachFeature), scoring the features the sentence
// shares once and those each issue mention shares once an issue. The zero
// value is ready for one sentence, read as v with the rules' stances hits,
// and one model: the same for every call.
type candidateScorer struct {
	masks   []uint32
	shared  [numStanceClasses]float64 // the sentence's features' scores
	byIssue []issueScores
	sum     [numStanceClasses]float64 // a candidate's: shared, its issue's and its own
	w       featureWriter
	z       *[numStanceClasses]float64 // where the features' weights are summed
}

type issueScores struct {
	issue int
	z     [numStanceClasses]float64
}

// score returns the most probable position other than no stance for
// candidate c of the sentence read as v, and its probability under m
// (stanceModel.decide).
func (s *candidateScorer) score(m *stanceModel, v *sentenceView, hits []stanceHit, c candidate) (report.Position, float64) {
	im := v.issues[firstIssue(v.issues, c.Issue)]
	if s.masks == nil {
		s.masks = v.classMasks()
		s.w.buf = make([]byte, 0, 64)
		s.w.emit = func(b []byte) {
			if ws, ok := m.Weights[string(b)]; ok {
				for k := range s.z {
					s.z[k] += ws[k]
				}
			}
		}
		s.z = &s.shared
		v.sentenceFeatures(&s.w, hits, s.masks)
	}
	k := slices.IndexFunc(s.byIssue, func(is issueScores) bool { return is.issue == c.Issue })
	if k < 0 {
		s.byIssue = append(s.byIssue, issueScores{issue: c.Issue})
		k = len(s.byIssue) - 1
		s.z = &s.byIssue[k].z
		v.issueFeatures(&s.w, im, s.masks)
	}
	s.sum = s.shared
	for j := range s.sum {
		s.sum[j] += s.byIssue[k].z[j]
	}
	s.z = &s.sum
	v.pairFeatures(&s.w, c, im, hits)
	return m.decide(s.sum[:])
}
