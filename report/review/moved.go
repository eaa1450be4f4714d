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
//   - A figure's count (its kind, value, who and period) has one figure
//     with the count's id (report.FigureID) until an article gives the
//     count with two credits; then each of its figures has an id from the
//     count and its credit (assemble.SplitFigureID), and the reverse when
//     that article leaves the brief.
//   - An event's id comes from the date, precision and summary of its
//     first report: an article dated earlier that reports it too gives it
//     its summary, and a new id.
//
// Stances' ids come from actor, issue and position, leads' from actor,
// issue and sentence: no source joining changes them.
//
// So for a decision whose id is not in the brief, findMoves looks for the
// fact its workbook row (report.Review.Row) describes and moves the
// decision to it when exactly one fact fits. A figure fits when its count
// is the one the old id was made from (as the count's id, or with a
// credit) and it gives the row's credit — assemble.SameCredit, never
// another source — and, when the row shows them, the row's source and
// quote (when that source is still in the brief). An event fits when it cites the row's source and quote and the
// old id is the one the row's summary makes with the event's date and
// precision (for a row whose correction changed them, when it is the only
// event citing that sentence).

// move is where a decision whose id has gone goes: to, or, when no fact
// or several fit, why not and the facts that came close (for the
// warning).
type move struct {
	to         string
	what       string // "figure" or "event"
	why        string // why it was not moved
	candidates []string
}

// rowKind is the kind of fact a decision's row is about, from its sheet
// (or the Rejected sheet's Kind column): 'f', 'e' or 0.
func rowKind(row map[string]string) byte {
	switch sheet := row[""]; {
	case strings.EqualFold(sheet, "Figures"):
		return 'f'
	case strings.EqualFold(sheet, "Timeline"):
		return 'e'
	case strings.EqualFold(sheet, "Rejected"):
		switch report.FactKind(strings.ToLower(row["kind"])) {
		case report.FigureFact:
			return 'f'
		case report.EventFact:
			return 'e'
		}
	}
	return 0
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
		case kind == 'f' && strings.HasPrefix(id, "f"):
			if figs == nil {
				figs = indexFigures(r.b.Figures)
			}
			m = r.figureMove(figs, id, d)
		case kind == 'e' && strings.HasPrefix(id, "e"):
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
		_, reviewed := decisions[m.to]
		if reviewed || claims[m.to] > 1 {
			m.why = fmt.Sprintf("its row fits %s %s, which another row reviews", m.what, m.to)
			m.to = ""
			moves[id] = m
		}
	}
	return moves
}

// figureIndex finds a brief's figures by the ids they may have had.
type figureIndex struct {
	keys   []string         // each figure's count, report.FigureKey
	counts map[string][]int // a count's id → its figures
	// credited maps the id each figure would have with its own credit
	// in a count of several figures → the figure.
	credited map[string]int
	byValue  map[figureValueKey][]int
}

type figureValueKey struct {
	what      report.FigureKind
	low, high float64
}

// maxSameCredit is how many figures of one count with credits that read
// the same are looked for (assemble.SplitFigureID's dup).
const maxSameCredit = 3

func indexFigures(figures []report.Figure) *figureIndex {
	x := &figureIndex{keys: make([]string, len(figures)), counts: map[string][]int{},
		credited: map[string]int{}, byValue: map[figureValueKey][]int{}}
	for i, f := range figures {
		key := report.FigureKey(f)
		x.keys[i] = key
		id := report.FactID("f", key)
		x.counts[id] = append(x.counts[id], i)
		for dup := range maxSameCredit {
			x.credited[assemble.SplitFigureID(key, f.AttributedTo, dup)] = i
		}
		v := figureValueKey{f.What, f.Low, f.High}
		x.byValue[v] = append(x.byValue[v], i)
	}
	return x
}

// figureMove finds the figure a decision's row describes whose id,
// gone, was made from the figure's count (see findMoves).
func (r *reviewer) figureMove(x *figureIndex, id string, d report.Review) move {
	row := d.Row
	fixed := correctedFields(d.Correction)
	credit, hasCredit := row["credited to"], strings.EqualFold(row[""], "Figures")
	creditFixed := fixed["credited_to"] || fixed["credited to"] || fixed["attributed_to"]
	// Each figure whose count the id was made from, and whether the id
	// also says its credit is the figure's (the row's, or its own).
	near := map[int]bool{}
	var order []int
	add := func(i int, creditKnown bool) {
		if _, ok := near[i]; !ok {
			order = append(order, i)
		}
		near[i] = near[i] || creditKnown
	}
	for _, i := range x.counts[id] {
		add(i, false)
	}
	if i, ok := x.credited[id]; ok {
		add(i, true)
	}
	if hasCredit && !creditFixed && !fixed[""] && !fixed["value"] && !fixed["what"] && !fixed["kind"] {
		if v, ok := rowFigureValue(row); ok {
			for _, i := range x.byValue[v] {
				for dup := range maxSameCredit {
					if assemble.SplitFigureID(x.keys[i], credit, dup) == id && assemble.SameCredit(credit, r.b.Figures[i].AttributedTo) {
						add(i, true)
					}
				}
			}
		}
	}
	m := move{what: "figure"}
	if len(order) == 0 {
		return m
	}
	var fits []int
	for _, i := range order {
		f := r.b.Figures[i]
		m.candidates = append(m.candidates, fmt.Sprintf("%s (%s)", f.ID, creditText(f.AttributedTo)))
		switch {
		case near[i]:
		case !hasCredit || creditFixed || !assemble.SameCredit(credit, f.AttributedTo):
			continue
		}
		if r.inBrief(row["source"]) && !citesRow(f.Citations, row) {
			continue
		}
		fits = append(fits, i)
	}
	switch {
	case len(fits) == 1:
		m.to = r.b.Figures[fits[0]].ID
	case len(fits) > 1:
		m.why = "its row fits several figures of its count"
	case creditFixed:
		m.why = "its row's credit is a correction, so which source's figure it was is not known"
	case !hasCredit:
		m.why = "its row does not say which source's figure it was"
	default:
		m.why = fmt.Sprintf("no figure of its count is %s and quotes its row's sentence", creditPhrase(credit))
		if !r.inBrief(row["source"]) {
			m.why = fmt.Sprintf("no figure of its count is %s", creditPhrase(credit))
		}
	}
	return m
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

// rowFigureValue reads the kind and value a Figures row shows.
func rowFigureValue(row map[string]string) (figureValueKey, bool) {
	what, err := report.ParseFigureKind(row["kind"])
	if err != nil {
		return figureValueKey{}, false
	}
	low, err1 := strconv.ParseFloat(row["low"], 64)
	high, err2 := strconv.ParseFloat(row["high"], 64)
	if err1 != nil || err2 != nil {
		return figureValueKey{}, false
	}
	return figureValueKey{what, low, high}, true
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
	source, quote := row["source"], row["quote"]
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
	m := move{what: "event"}
	source, quote := row["source"], row["quote"]
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
	summary := row["summary"]
	if strings.EqualFold(row[""], "Rejected") {
		_, summary, _ = strings.Cut(row["fact"], ": ") // "4 June 2023: summary"
	}
	fixed := correctedFields(d.Correction)
	changed := fixed[""] || fixed["date"] || fixed["precision"] || fixed["summary"]
	var fits []int
	for _, i := range cands {
		e := r.b.Events[i]
		m.candidates = append(m.candidates, fmt.Sprintf("%s (%s: %s)", e.ID, report.FormatDate(e.Date, e.Precision), e.Summary))
		if !changed && summary != "" && report.FactID("e", e.Date, string(e.Precision), report.Normalise(summary)) == id {
			fits = append(fits, i)
		}
	}
	switch {
	case len(fits) == 1:
		m.to = r.b.Events[fits[0]].ID
	case changed && len(cands) == 1:
		m.to = r.b.Events[cands[0]].ID
	case changed:
		m.why = "its row's date or summary is a correction, and several events quote its sentence"
	default:
		m.why = "no event quoting its row's sentence has its row's date and summary"
	}
	return m
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
