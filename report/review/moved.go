package review

import (
	"fmt"
	"strconv"
	"strings"

	"brief/report"
	"brief/report/assemble"
)

// A fact's id can change between two runs while the fact stays, and a
// review written against the old id would then be lost:
//
//   - A figure's count (its kind, value, qualifier, who, period and
//     currency) has one figure with the count's id (report.FigureID) until
//     an article gives the count with two credits; then each of its
//     figures has an id from the count and its credit
//     (assemble.SplitFigureID), and the reverse when that article leaves
//     the brief. A credit worded otherwise in a split count changes the
//     figure's id too.
//   - An event's id comes from the date, precision and summary of its
//     first report: an article dated earlier that reports it too gives it
//     its summary, and a new id; so does the leading report leaving the
//     brief, and an extractor that dates or words the event otherwise.
//
// Stances' ids come from actor, issue and position, leads' from actor,
// issue and sentence: no source joining changes them.
//
// So for a decision whose id is not in the brief, findMoves looks for the
// fact its workbook row (report.Review.Row) describes and moves the
// decision to it when exactly one fact fits. A review moved to the wrong
// fact is worse than one lost: when the row does not tell, nothing moves,
// and the warning says why.
//
// A figure fits when its count is the one the old id was made from (as
// the count's id, or with a credit) and its credit is the row's. The
// credit is the row's when the id itself was made from the figure's
// credit; or, while the row's source is in the brief, when the figure
// quotes the row's source and sentence and its credit names the same
// source however worded (assemble.SameCredit); or, once the row's source
// has left the brief, only when it reads the same (assemble.SameCreditWords:
// "the ministry" never becomes "the Defence Ministry"). A row without a
// Credited to column, and a row whose credit is a correction, say nothing
// of the credit.
//
// An event fits when it cites the row's source and quote and its summary
// is the row's by the rule that makes two reports one event
// (assemble.SameEvent); of several, the one whose date and precision make
// the old id with the row's summary. A row whose summary is a correction
// shows the analyst's words, not the event's, and does not move.

// move is where a decision whose id has gone goes: to, or, when no fact
// or several fit, why not and the facts that came close (for the
// warning).
type move struct {
	to         string
	what       report.FactKind
	why        string // why it was not moved
	candidates []string
}

// The columns of a decision's row (report.Review.Row) that a move reads,
// by their headers in lower case, as layouts/xlsx.ReadReview keeps them;
// colSheet holds the sheet's name. A column the sheet lacks has no key.
const (
	colSheet     = ""
	colKind      = "kind"
	colLow       = "low"
	colHigh      = "high"
	colQualifier = "qualifier"
	colCurrency  = "currency"
	colWho       = "who"
	colPeriod    = "period"
	colCredit    = "credited to"
	colSummary   = "summary"
	colFact      = "fact"
	colSource    = "source"
	colQuote     = "quote"
)

// The sheets whose rows can move, as the workbook names them.
const (
	sheetFigures  = "Figures"
	sheetTimeline = "Timeline"
	sheetRejected = "Rejected"
)

// rowKind is the kind of fact a decision's row is about, from its sheet
// (or the Rejected sheet's Kind column): a figure, an event or "".
func rowKind(row map[string]string) report.FactKind {
	switch sheet := row[colSheet]; {
	case strings.EqualFold(sheet, sheetFigures):
		return report.FigureFact
	case strings.EqualFold(sheet, sheetTimeline):
		return report.EventFact
	case strings.EqualFold(sheet, sheetRejected):
		switch k := report.FactKind(strings.ToLower(row[colKind])); k {
		case report.FigureFact, report.EventFact:
			return k
		}
	}
	return ""
}

// findMoves works out, before any decision is applied (a correction
// changes what the facts are matched by), where the decisions whose ids
// are not in the brief go. A fact another row reviews, or two rows' facts
// fit, takes no moved decision.
func (r *reviewer) findMoves(ids []string, decisions map[string]report.Review) map[string]move {
	var moves map[string]move
	var figs *figureIndex
	var evs map[citeKey][]int
	for _, id := range ids {
		d := decisions[id]
		if _, ok := r.index[id]; ok || d.Row == nil {
			continue
		}
		if _, ok := r.leads[id]; ok {
			continue
		}
		var m move
		switch kind := rowKind(d.Row); {
		case kind == report.FigureFact && strings.HasPrefix(id, "f"):
			if figs == nil {
				figs = indexFigures(r.b.Figures)
			}
			m = r.figureMove(figs, id, d)
		case kind == report.EventFact && strings.HasPrefix(id, "e"):
			if evs == nil {
				evs = indexEventQuotes(r.b.Events)
			}
			m = r.eventMove(evs, id, d)
		default:
			continue
		}
		if moves == nil {
			moves = map[string]move{}
		}
		moves[id] = m
	}
	// A fact reviewed under its own id, or that two gone ids' rows fit,
	// keeps to its own review.
	claims := map[string]int{}
	for _, m := range moves {
		if m.to != "" {
			claims[m.to]++
		}
	}
	for id, m := range moves {
		if m.to == "" {
			continue
		}
		switch _, reviewed := decisions[m.to]; {
		case reviewed:
			m.why = fmt.Sprintf("its row fits %s %s, which another row reviews", m.what, m.to)
		case claims[m.to] > 1:
			m.why = fmt.Sprintf("its row fits %s %s, which another gone id's row fits too", m.what, m.to)
		default:
			continue
		}
		m.to = ""
		moves[id] = m
	}
	return moves
}

// figureIndex finds a brief's figures by the ids they may have had.
type figureIndex struct {
	counts map[string][]int // a count's id → its figures
	byKey  map[string][]int // a count (report.FigureKey) → its figures
	// credited maps the id each figure would have with its own credit
	// in a count of several figures → the figure.
	credited map[string]int
}

// maxSameCredit is how many figures of one count with credits that read
// the same are looked for (assemble.SplitFigureID's dup).
const maxSameCredit = 3

func indexFigures(figures []report.Figure) *figureIndex {
	x := &figureIndex{counts: map[string][]int{}, byKey: map[string][]int{}, credited: map[string]int{}}
	for i, f := range figures {
		key := report.FigureKey(f)
		x.byKey[key] = append(x.byKey[key], i)
		id := report.FactID("f", key)
		x.counts[id] = append(x.counts[id], i)
		for dup := range maxSameCredit {
			x.credited[assemble.SplitFigureID(key, f.AttributedTo, dup)] = i
		}
	}
	return x
}

// rowCredit is what a figure's row says of its credit: the credit, and
// whether the row says it at all — false when the sheet has no Credited
// to column (the Rejected sheet, or a column the analyst removed) and when
// the decision corrects the credit (the row then shows the correction).
func rowCredit(row map[string]string, fixed map[string]bool) (credit string, known, corrected bool) {
	credit, known = row[colCredit]
	corrected = fixed["credited_to"] || fixed["credited to"] || fixed["attributed_to"]
	return credit, known && !corrected, corrected
}

// figureMove finds the figure a decision's row describes whose id,
// gone, was made from the figure's count (see findMoves).
func (r *reviewer) figureMove(x *figureIndex, id string, d report.Review) move {
	row := d.Row
	fixed := correctedFields(d.Correction)
	credit, known, corrected := rowCredit(row, fixed)
	// Each figure whose count the id was made from, and whether the id
	// also says its credit is the figure's own.
	own := map[int]bool{}
	var order []int
	add := func(i int, creditInID bool) {
		if _, ok := own[i]; !ok {
			order = append(order, i)
		}
		own[i] = own[i] || creditInID
	}
	for _, i := range x.counts[id] {
		add(i, false)
	}
	if i, ok := x.credited[id]; ok {
		add(i, true)
	}
	// A count split before and after, its credit worded otherwise now:
	// the old id is the row's count with the row's credit.
	if key, ok := rowFigureKey(row); ok && known {
		for dup := range maxSameCredit {
			if assemble.SplitFigureID(key, credit, dup) == id {
				for _, i := range x.byKey[key] {
					add(i, false)
				}
				break
			}
		}
	}
	m := move{what: report.FigureFact}
	if len(order) == 0 {
		return m
	}
	quoted := r.inBrief(row[colSource]) && row[colQuote] != ""
	var fits []int
	for _, i := range order {
		f := r.b.Figures[i]
		m.candidates = append(m.candidates, fmt.Sprintf("%s (%s)", f.ID, creditText(f.AttributedTo)))
		switch {
		case own[i]:
		case !known:
			continue
		case quoted && !assemble.SameCredit(credit, f.AttributedTo):
			continue
		case !quoted && !assemble.SameCreditWords(credit, f.AttributedTo):
			continue
		}
		if quoted && !citesRow(f.Citations, row) {
			continue
		}
		fits = append(fits, i)
	}
	switch {
	case len(fits) == 1:
		m.to = r.b.Figures[fits[0]].ID
	case len(fits) > 1:
		m.why = "its row fits several figures of its count"
	case corrected:
		m.why = "its row's credit is a correction, so which source's figure it was is not known"
	case !known:
		m.why = "its row does not say which source's figure it was"
	case quoted:
		m.why = fmt.Sprintf("no figure of its count is %s and quotes its row's sentence", creditPhrase(credit))
	default:
		m.why = fmt.Sprintf("its row's source is not in this brief, and no figure of its count is %s in the same words", creditPhrase(credit))
	}
	return m
}

// rowFigureKey rebuilds the count (report.FigureKey) a Figures row shows,
// when the row has every column of it. A row whose values are a
// correction's (the workbook written after it was applied) makes another
// count than the old id's, which the caller's id check then refuses.
func rowFigureKey(row map[string]string) (string, bool) {
	for _, c := range []string{colKind, colLow, colHigh, colQualifier, colWho, colPeriod, colCurrency} {
		if _, ok := row[c]; !ok {
			return "", false
		}
	}
	what, err := report.ParseFigureKind(row[colKind])
	if err != nil {
		return "", false
	}
	low, err1 := strconv.ParseFloat(row[colLow], 64)
	high, err2 := strconv.ParseFloat(row[colHigh], 64)
	if err1 != nil || err2 != nil {
		return "", false
	}
	return report.FigureKey(report.Figure{What: what, Low: low, High: high, Qualifier: row[colQualifier],
		Who: row[colWho], Period: row[colPeriod], Currency: row[colCurrency]}), true
}

// inBrief reports whether a source is one of the brief's.
func (r *reviewer) inBrief(source string) bool {
	if r.sources == nil {
		r.sources = make(map[string]bool, len(r.b.Sources))
		for _, s := range r.b.Sources {
			r.sources[s.ID] = true
		}
	}
	return r.sources[strings.TrimSpace(source)]
}

// creditText names a credit in a message.
func creditText(credit string) string {
	if credit == "" {
		return "no credit"
	}
	return strconv.Quote(credit)
}

// creditPhrase says how a figure is credited, in a message.
func creditPhrase(credit string) string {
	if credit == "" {
		return "uncredited"
	}
	return "credited to " + strconv.Quote(credit)
}

// citeKey is a citation as a row shows it: the source's id and the
// quote, its white space folded.
type citeKey struct{ source, quote string }

func citeKeyOf(source, quote string) citeKey {
	return citeKey{strings.TrimSpace(source), strings.Join(strings.Fields(quote), " ")}
}

// truncatedMark ends a workbook cell cut to Excel's limit (as the
// workbook writes it).
const truncatedMark = "… [truncated]"

// citesRow reports whether a fact cites the source and sentence its row
// shows; true when the row shows no source or no quote.
func citesRow(cs []report.Citation, row map[string]string) bool {
	source, quote := row[colSource], row[colQuote]
	if source == "" || quote == "" {
		return true
	}
	want := citeKeyOf(source, quote)
	cut, truncated := strings.CutSuffix(want.quote, truncatedMark)
	for _, c := range cs {
		got := citeKeyOf(c.Source, c.Quote)
		if got.source != want.source {
			continue
		}
		if got.quote == want.quote || truncated && strings.HasPrefix(got.quote, strings.TrimSpace(cut)) {
			return true
		}
	}
	return false
}

// indexEventQuotes maps each citation of the events to the events that
// give it.
func indexEventQuotes(events []report.Event) map[citeKey][]int {
	x := map[citeKey][]int{}
	for i, e := range events {
		for _, c := range e.Citations {
			k := citeKeyOf(c.Source, c.Quote)
			if l := x[k]; len(l) == 0 || l[len(l)-1] != i {
				x[k] = append(l, i)
			}
		}
	}
	return x
}

// eventMove finds the event a decision's row describes (see findMoves).
func (r *reviewer) eventMove(x map[citeKey][]int, id string, d report.Review) move {
	row := d.Row
	m := move{what: report.EventFact}
	source, quote := row[colSource], row[colQuote]
	if source == "" || quote == "" {
		return m
	}
	cands := x[citeKeyOf(source, quote)]
	if len(cands) == 0 && strings.HasSuffix(quote, truncatedMark) {
		for i, e := range r.b.Events {
			if citesRow(e.Citations, row) {
				cands = append(cands, i)
			}
		}
	}
	if len(cands) == 0 {
		return m
	}
	for _, i := range cands {
		e := r.b.Events[i]
		m.candidates = append(m.candidates, fmt.Sprintf("%s (%s: %s)", e.ID, report.FormatDate(e.Date, e.Precision), e.Summary))
	}
	summary := rowSummary(row)
	switch {
	case correctedFields(d.Correction)["summary"]:
		m.why = "its row's summary is a correction, so which event of its sentence it was is not known"
		return m
	case summary == "":
		m.why = "its row shows no summary, so which event of its sentence it was is not known"
		return m
	}
	var fits, sameID []int
	for _, i := range cands {
		e := r.b.Events[i]
		if !assemble.SameEvent(summary, e.Summary) {
			continue
		}
		fits = append(fits, i)
		if report.FactID("e", e.Date, string(e.Precision), report.Normalise(summary)) == id {
			sameID = append(sameID, i)
		}
	}
	if len(fits) > 1 && len(sameID) == 1 {
		fits = sameID // of one summary's events, the one of the old date
	}
	switch {
	case len(fits) == 1:
		m.to = r.b.Events[fits[0]].ID
	case len(fits) > 1:
		m.why = "its row fits several events quoting its sentence"
	default:
		m.why = "no event quoting its row's sentence is the event its row's summary describes"
	}
	return m
}

// rowSummary is an event's summary as its row shows it: the Timeline's
// Summary column, or the Rejected sheet's Fact after its date ("4 June
// 2023: summary").
func rowSummary(row map[string]string) string {
	if strings.EqualFold(row[colSheet], sheetRejected) {
		_, summary, _ := strings.Cut(row[colFact], ": ")
		return strings.TrimSpace(summary)
	}
	return strings.TrimSpace(row[colSummary])
}

// correctedFields are the fields a correction sets, by key ("" for the
// main value); none for one that does not parse.
func correctedFields(correction string) map[string]bool {
	items, err := parseCorrection(correction)
	if err != nil {
		return nil
	}
	out := map[string]bool{}
	for _, it := range items {
		out[it.key] = true
	}
	return out
}

// maxCandidates is how many candidates a warning names.
const maxCandidates = 5

// candidateList names a move's candidates.
func (m move) candidateList() string {
	list := m.candidates
	more := ""
	if len(list) > maxCandidates {
		more = fmt.Sprintf(" and %d more", len(list)-maxCandidates)
		list = list[:maxCandidates]
	}
	return strings.Join(list, ", ") + more
}
