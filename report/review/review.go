package review

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"brief/report"
	"brief/report/assemble"
)

// maxCorrection is the longest correction ApplyReview accepts.
const maxCorrection = 1000

// maxWarningsOfKind is the most warnings of one kind ApplyReview returns;
// the rest of that kind are counted in one more line, so that a workbook
// of a hundred thousand stray rows is a few lines in the log.
const maxWarningsOfKind = 20

// The kinds of review warning, each with the line that counts the rest.
const (
	warnNotInBrief     = "%d more decisions about facts not in this brief are ignored"
	warnAcceptedFixed  = "%d more accepted facts have a correction, which is ignored"
	warnEmptyFix       = "%d more facts are marked correct with an empty Correction column"
	warnLongFix        = "%d more corrections are longer than the longest read"
	warnBadFix         = "%d more corrections do not parse; those facts are left as extracted"
	warnConflict       = "%d more facts have different decisions in different rows"
	warnUnknownVerdict = "%d more decisions are not accept, reject or correct"
	warnFormula        = "%d more review cells hold a formula, which is not evaluated"
	warnLeadPosition   = "%d more leads have a Position that is not a position; they stay leads"
	warnMoved          = "%d more decisions moved from a fact's old id to its new one"
)

// movedTail ends the warning of a decision moved to its fact's new id.
const movedTail = " moves there"

// Moved reports whether a warning of ApplyReview says that a decision
// moved to its fact's new id (or counts such warnings): the decision was
// applied, so the warning is news, not a problem, and build --strict
// does not fail on it — the run that moves a review writes the workbook
// that holds it under the new id.
func Moved(warning string) bool {
	return strings.HasSuffix(warning, movedTail) || strings.HasSuffix(warning, strings.TrimPrefix(warnMoved, "%d"))
}

// ApplyReview applies an analyst's decisions, keyed by fact id, to b.
//
// An accepted fact records the decision. A rejected fact leaves the model.
// A corrected fact gets the corrected values and records the correction
// and the values it replaced (Review.Original, in the correction syntax).
// A correction with no decision counts as "correct". The stance matrix,
// figure groups and key points are then brought up to date — only where
// they were present — and facts are put back in reading order.
//
// A decision about an id that is not in b whose workbook row
// (Review.Row) tells exactly one figure or event of b — a figure's id
// changes when its number gains a second source in one article, an
// event's when an earlier report leads it, among other causes — is
// applied to that fact, with a warning naming both ids that Moved
// recognises (see moved.go; never to a figure of another credit nor to
// another event of the row's sentence). Any other decision about an id
// that is not in b, an unknown decision, and a correction that does not
// parse are not errors: each gives a warning that names the fact and,
// when known, the workbook cell (Review.Where), and the fact stays as
// extracted.
//
// A correction is one or more items separated by ";". Each item is either
// the fact's main value or key=value:
//
//	figure  value: [qualifier] number [- number], e.g. "12000", "8,000-12,000",
//	               "about 8000", "more than 1.5 million"; qualifier is one of
//	               Qualifiers ("8000 to 12000" and "–" also make a range)
//	        keys:  qualifier (may be empty), what (one of FigureKinds), who,
//	               period, credited_to (the figure's AttributedTo)
//	stance  value: a position, one of Positions
//	        keys:  position, actor (a configured actor's name),
//	               issue (a configured issue's id or label)
//	event   value: a date, YYYY, YYYY-MM or YYYY-MM-DD (its precision follows)
//	        keys:  date, precision (one of Precisions, agreeing with the date),
//	               summary, actors (comma-separated names)
//
// For example "about 8000; what=killed", "deny", "2022-11-28; precision=week".
func ApplyReview(b *report.Brief, decisions map[string]report.Review) (warnings []string) {
	ids := make([]string, 0, len(decisions))
	for id := range decisions {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(x, y string) int {
		return cmp.Or(strings.Compare(decisions[x].Where, decisions[y].Where), strings.Compare(x, y))
	})
	r := reviewer{b: b, rejected: map[string]bool{}, affected: map[[2]string]bool{}, oldCells: map[[2]string]report.Cell{},
		index: indexFacts(b), leads: map[string]int{}, leadsDone: map[string]bool{}}
	for i, l := range b.Leads {
		r.leads[l.ID] = i
	}
	for _, c := range b.Matrix {
		r.oldCells[[2]string{c.Actor, c.Issue}] = c
	}
	r.moves = r.findMoves(ids, decisions)
	counts := map[string]int{}
	var kinds []string
	warn := func(kind, w string) {
		if w == "" {
			return
		}
		if counts[kind] == 0 {
			kinds = append(kinds, kind)
		}
		if counts[kind]++; counts[kind] <= maxWarningsOfKind {
			warnings = append(warnings, w)
		}
	}
	for _, id := range ids {
		d := decisions[id]
		if m := r.moves[id]; m.to != "" {
			warn(warnMoved, fmt.Sprintf("review: %s%s %s is not in this brief: its row describes %s %s, and its decision (%s)"+movedTail,
				whereOf(d), m.what, id, m.what, m.to, cmp.Or(strings.ToLower(strings.TrimSpace(string(d.Decision))), "none")))
			id = m.to
		}
		warn(r.apply(id, d))
	}
	for _, kind := range kinds {
		if n := counts[kind] - maxWarningsOfKind; n > 0 {
			warnings = append(warnings, "review: "+fmt.Sprintf(kind, n))
		}
	}
	if !r.changed {
		return warnings
	}
	b.Rejected = append(b.Rejected, rejectedFacts(b, r.rejected)...)
	b.Stances = append(b.Stances, r.read...)
	b.Leads = slices.DeleteFunc(b.Leads, func(l report.Lead) bool { return r.leadsDone[l.ID] })
	b.Figures = slices.DeleteFunc(b.Figures, func(f report.Figure) bool { return r.rejected[f.ID] })
	b.Events = slices.DeleteFunc(b.Events, func(e report.Event) bool { return r.rejected[e.ID] })
	b.Stances = slices.DeleteFunc(b.Stances, func(s report.Stance) bool { return r.rejected[s.ID] })
	r.rederive()
	return warnings
}

// reviewer is the state of one ApplyReview.
type reviewer struct {
	b        *report.Brief
	rejected map[string]bool
	affected map[[2]string]bool // matrix cells (actor, issue) to work out again
	oldCells map[[2]string]report.Cell
	index    map[string]factAt
	changed  bool // a fact was rejected or corrected, or a lead read
	// leads are the leads' places in b.Leads, by id; leadsDone those read
	// as stances (read) or rejected, which leave b.Leads.
	leads     map[string]int
	leadsDone map[string]bool
	read      []report.Stance
	// moves are where decisions whose ids are gone go (findMoves).
	moves   map[string]move
	sources map[string]bool // the brief's sources' ids, made when needed (inBrief)
}

// whereOf is the cell a decision came from, as a message's prefix.
func whereOf(d report.Review) string {
	if d.Where == "" {
		return ""
	}
	return d.Where + ": "
}

// apply applies one decision and returns a warning and its kind, or "".
func (r *reviewer) apply(id string, d report.Review) (kind, warning string) {
	where := ""
	if d.Where != "" {
		where = d.Where + ": "
	}
	decision := report.Decision(strings.ToLower(strings.TrimSpace(string(d.Decision))))
	correction := strings.TrimSpace(d.Correction)
	if decision == "" && correction != "" {
		decision = report.DecisionCorrect
	}
	fig, ev, st := r.find(id)
	if i, ok := r.leads[id]; ok && fig == nil && ev == nil && st == nil {
		return r.applyLead(&r.b.Leads[i], decision, correction, d.Where)
	}
	if fig == nil && ev == nil && st == nil {
		w := fmt.Sprintf("review: %sfact %s is not in this brief; its decision (%s) is ignored", where, id, cmp.Or(string(decision), "none"))
		if m := r.moves[id]; len(m.candidates) > 0 {
			w += fmt.Sprintf(": %s (%ss that came close: %s); if it is one of them, give the decision again on that fact's row in this run's workbook",
				m.why, m.what, m.candidateList())
		}
		return warnNotInBrief, w
	}
	review := &report.Review{Decision: decision, Where: d.Where}
	switch decision {
	case report.DecisionAccept:
		r.setReview(fig, ev, st, review)
		if correction != "" {
			return warnAcceptedFixed, fmt.Sprintf("review: %sfact %s is accepted, so its correction %q is ignored", where, id, correction)
		}
		return "", ""
	case report.DecisionReject:
		r.rejected[id] = true
		r.changed = true
		if st != nil {
			r.affected[[2]string{st.Actor, st.Issue}] = true
		}
		return "", ""
	case report.DecisionCorrect:
		if correction == "" {
			return warnEmptyFix, fmt.Sprintf("review: %sfact %s is marked correct but the Correction column is empty; fact left as extracted", where, id)
		}
		if len(correction) > maxCorrection {
			return warnLongFix, fmt.Sprintf("review: %sfact %s: correction longer than %d characters; fact left as extracted", where, id, maxCorrection)
		}
		var original string
		var err error
		switch {
		case fig != nil:
			original, err = correctFigure(fig, correction)
		case ev != nil:
			original, err = r.correctEvent(ev, correction)
		default:
			before := [2]string{st.Actor, st.Issue}
			original, err = r.correctStance(st, correction)
			r.affected[before] = true
			r.affected[[2]string{st.Actor, st.Issue}] = true
		}
		if err != nil {
			return warnBadFix, fmt.Sprintf("review: %sfact %s: correction %q: %v; fact left as extracted", where, id, correction, err)
		}
		review.Correction, review.Original = correction, original
		r.setReview(fig, ev, st, review)
		r.changed = true
		return "", ""
	case report.DecisionConflict:
		return warnConflict, fmt.Sprintf("review: %sfact %s has different decisions in different rows; fact left as extracted", where, id)
	case report.DecisionFormula:
		return warnFormula, fmt.Sprintf("review: %sfact %s: the cell holds a formula (%q), which brief does not evaluate; write the value itself; fact left as extracted", where, id, d.Correction)
	}
	return warnUnknownVerdict, fmt.Sprintf("review: %sfact %s: decision %q is not accept, reject or correct; fact left as extracted", where, id, d.Decision)
}

// applyLead applies an analyst's decision about a lead, read from the
// Leads sheet (its Position column is the correction) or, for a lead read
// as a stance in an earlier review, from the Stances sheet. A position,
// with any decision but reject, makes the lead a stance: of the lead's
// actor, issue, speaker and sentence, dated by its source, with the lead's
// id and the review that set it (decision correct, the position as the
// correction), so that the next review reads it again. The position is a
// stance correction ("oppose", "oppose; actor=TTP"). Reject takes the lead
// out of the brief and lists it with the rejected facts. A position that
// does not parse leaves the lead as it was, its Review keeping what the
// analyst wrote, so that the next workbook shows it to be put right.
func (r *reviewer) applyLead(l *report.Lead, decision report.Decision, correction, where string) (kind, warning string) {
	at := "review: "
	if where != "" {
		at += where + ": "
	}
	switch decision {
	case report.DecisionReject:
		r.leadsDone[l.ID] = true
		r.changed = true
		r.b.Rejected = append(r.b.Rejected, report.Rejected{ID: l.ID, Kind: report.LeadFact,
			Fact:      fmt.Sprintf("%s · %s: no position read (%s)", l.Actor, report.IssueLabel(r.b.Issues, l.Issue), l.Reason.Text()),
			Citations: []report.Citation{l.Citation}, Review: &report.Review{Decision: report.DecisionReject, Where: where}})
		return "", ""
	case report.DecisionConflict:
		return warnConflict, fmt.Sprintf("%slead %s has different decisions in different rows; it stays a lead", at, l.ID)
	case report.DecisionFormula:
		return warnFormula, fmt.Sprintf("%slead %s: the cell holds a formula (%q), which brief does not evaluate; write the position itself; it stays a lead", at, l.ID, correction)
	case "", report.DecisionAccept, report.DecisionCorrect:
	default:
		return warnUnknownVerdict, fmt.Sprintf("%slead %s: decision %q is not accept, reject or correct; it stays a lead", at, l.ID, decision)
	}
	// The column the position was read from: Position on the Leads
	// sheet, Correction where the lead is a stance already (Stances,
	// Rejected).
	column := "Correction"
	if sheet, _, _ := strings.Cut(where, "!"); where == "" || strings.HasPrefix(sheet, "Leads") {
		column = "Position"
	}
	keep := func(msg string) (string, string) {
		l.Review = &report.Review{Decision: cmp.Or(decision, report.DecisionCorrect), Correction: correction, Where: where}
		return warnLeadPosition, fmt.Sprintf("%slead %s (%s · %s): %s; write one of %s in its %s column and build again with this workbook; it stays a lead, and the next workbook keeps what you wrote",
			at, l.ID, l.Actor, l.Issue, msg, report.Join(report.Positions, ", "), column)
	}
	if correction == "" {
		if decision == "" {
			return "", ""
		}
		return keep(fmt.Sprintf("Review is %s but the %s is empty", decision, column))
	}
	if len(correction) > maxCorrection {
		return keep(fmt.Sprintf("the %s is longer than %d characters", column, maxCorrection))
	}
	st := report.Stance{ID: l.ID, Actor: l.Actor, Issue: l.Issue, Speaker: l.Speaker, SpeakerActor: l.SpeakerActor,
		Citations: []report.Citation{l.Citation}}
	for _, s := range r.b.Sources {
		if s.ID == l.Citation.Source && s.Published != "" {
			if d, err := report.ParseDate(s.Published); err == nil {
				st.Date, st.Precision = s.Published, d.Precision()
			}
			break
		}
	}
	original, err := r.correctStance(&st, correction)
	if err == nil && st.Position == "" {
		err = fmt.Errorf("%q gives no position", correction)
	}
	if err != nil {
		return keep(err.Error())
	}
	if st.SpeakerActor == "" {
		// A sentence nobody is reported to speak: the actor's own, as an
		// extracted stance there is, not the outlet's account.
		st.Speaker, st.SpeakerActor = st.Actor, st.Actor
	}
	st.Review = &report.Review{Decision: report.DecisionCorrect, Correction: correction, Original: original, Where: where}
	r.read = append(r.read, st)
	r.leadsDone[l.ID] = true
	r.affected[[2]string{st.Actor, st.Issue}] = true
	r.changed = true
	return "", ""
}

// find returns the fact with the id, of whichever kind.
func (r *reviewer) find(id string) (*report.Figure, *report.Event, *report.Stance) {
	at, ok := r.index[id]
	switch {
	case !ok:
		return nil, nil, nil
	case at.kind == 'f':
		return &r.b.Figures[at.i], nil, nil
	case at.kind == 'e':
		return nil, &r.b.Events[at.i], nil
	}
	return nil, nil, &r.b.Stances[at.i]
}

// factAt is where a fact is: its kind's letter and its index.
type factAt struct {
	kind byte
	i    int
}

func indexFacts(b *report.Brief) map[string]factAt {
	index := make(map[string]factAt, len(b.Figures)+len(b.Events)+len(b.Stances))
	for i, f := range b.Figures {
		index[f.ID] = factAt{'f', i}
	}
	for i, e := range b.Events {
		index[e.ID] = factAt{'e', i}
	}
	for i, s := range b.Stances {
		index[s.ID] = factAt{'t', i}
	}
	return index
}

func (r *reviewer) setReview(fig *report.Figure, ev *report.Event, st *report.Stance, review *report.Review) {
	switch {
	case fig != nil:
		fig.Review = review
	case ev != nil:
		ev.Review = review
	case st != nil:
		st.Review = review
	}
}

// item is one part of a correction: the fact's main value (key "") or
// key=value.
type item struct{ key, value string }

// parseCorrection splits a correction into its items.
func parseCorrection(s string) ([]item, error) {
	var items []item
	seen := map[string]bool{}
	for _, part := range strings.Split(s, ";") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		it := item{value: part}
		if k, v, ok := strings.Cut(part, "="); ok {
			it = item{key: strings.ToLower(strings.TrimSpace(k)), value: strings.TrimSpace(v)}
			if it.key == "" {
				return nil, fmt.Errorf("%q has no key before =", part)
			}
		}
		if seen[it.key] {
			if it.key == "" {
				return nil, fmt.Errorf("two values (%q); give one, and other fields as key=value", part)
			}
			return nil, fmt.Errorf("%s= given twice", it.key)
		}
		seen[it.key] = true
		items = append(items, it)
	}
	if len(items) == 0 {
		return nil, fmt.Errorf("nothing to correct")
	}
	return items, nil
}

// correctFigure applies a figure correction and returns the values it
// replaced.
func correctFigure(f *report.Figure, correction string) (string, error) {
	items, err := parseCorrection(correction)
	if err != nil {
		return "", err
	}
	g := *f
	var original []string
	for _, it := range items {
		switch it.key {
		case "", "value":
			q, lo, hi, err := parseFigureValue(it.value)
			if err != nil {
				return "", err
			}
			original = append(original, figureValue(f.Qualifier, f.Low, f.High))
			g.Qualifier, g.Low, g.High = q, lo, hi
		case "qualifier":
			q := strings.ToLower(it.value)
			if q != "" && !slices.Contains(report.Qualifiers, q) {
				return "", fmt.Errorf("qualifier %q is not one of %s, or empty", it.value, strings.Join(report.Qualifiers, ", "))
			}
			original = append(original, "qualifier="+f.Qualifier)
			g.Qualifier = q
		case "what", "kind":
			w, err := report.ParseFigureKind(it.value)
			if err != nil {
				return "", fmt.Errorf("what=%s is not one of %s", it.value, report.Join(report.FigureKinds, ", "))
			}
			original = append(original, "what="+string(f.What))
			g.What = w
		case "who":
			original = append(original, "who="+f.Who)
			g.Who = it.value
		case "period":
			original = append(original, "period="+f.Period)
			g.Period = it.value
		case "credited_to", "credited to", "attributed_to":
			original = append(original, "credited_to="+f.AttributedTo)
			g.AttributedTo = it.value
		default:
			return "", fmt.Errorf("a figure has no field %q; use qualifier, what, who, period or credited_to", it.key)
		}
	}
	*f = g
	return strings.Join(original, "; "), nil
}

// figureValue writes a figure's value in the correction syntax.
func figureValue(qualifier string, lo, hi float64) string {
	s := formatAmount(lo)
	if hi != lo {
		s += "-" + formatAmount(hi)
	}
	if qualifier != "" {
		s = qualifier + " " + s
	}
	return s
}

func formatAmount(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// parseFigureValue reads "[qualifier] number [- number]".
func parseFigureValue(s string) (qualifier string, lo, hi float64, err error) {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	qs := slices.Clone(report.Qualifiers)
	slices.SortFunc(qs, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	for _, q := range qs {
		if rest, ok := strings.CutPrefix(s, q+" "); ok {
			qualifier, s = q, rest
			break
		}
	}
	if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "−") {
		return "", 0, 0, fmt.Errorf("%q: a figure cannot be negative", s)
	}
	low, high := s, s
	for _, sep := range []string{" to ", "–", "—", "-"} {
		if a, b, ok := strings.Cut(s, sep); ok {
			low, high = a, b
			break
		}
	}
	if lo, err = parseAmount(low); err == nil {
		hi, err = parseAmount(high)
	}
	if err != nil {
		return "", 0, 0, err
	}
	if lo > hi {
		return "", 0, 0, fmt.Errorf("the low value %s is above the high value %s", formatAmount(lo), formatAmount(hi))
	}
	return qualifier, lo, hi, nil
}

// amountPattern is a number with optional thousands commas (also South
// Asian grouping: 8,00,000) and decimals, and an optional scale word.
var amountPattern = regexp.MustCompile(`^(\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})*,\d{3}|\d+)(\.\d+)?\s*(thousand|million|billion|lakh|crore|k|m|bn)?$`)

var scales = map[string]float64{"": 1, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6,
	"billion": 1e9, "bn": 1e9, "lakh": 1e5, "crore": 1e7}

// parseAmount reads a non-negative number such as "12,000", "1.5 million".
func parseAmount(s string) (float64, error) {
	s = strings.TrimSpace(s)
	m := amountPattern.FindStringSubmatch(s)
	if m == nil {
		return 0, fmt.Errorf("%q is not a number (write 12000, 12,000, 8,00,000 or 1.5 million)", s)
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", "")+m[2], 64)
	if err != nil {
		return 0, fmt.Errorf("%q is not a number: %v", s, err)
	}
	return v * scales[m[3]], nil
}

// correctStance applies a stance correction and returns the values it
// replaced.
func (r *reviewer) correctStance(st *report.Stance, correction string) (string, error) {
	items, err := parseCorrection(correction)
	if err != nil {
		return "", err
	}
	t := *st
	var original []string
	for _, it := range items {
		switch it.key {
		case "", "position":
			p, err := report.ParsePosition(it.value)
			if err != nil {
				return "", err
			}
			if st.Position != "" {
				original = append(original, string(st.Position))
			}
			t.Position = p
		case "actor":
			a, err := r.actorName(it.value)
			if err != nil {
				return "", err
			}
			original = append(original, "actor="+st.Actor)
			t.Actor = a
		case "issue":
			i, err := r.issueID(it.value)
			if err != nil {
				return "", err
			}
			original = append(original, "issue="+st.Issue)
			t.Issue = i
		default:
			return "", fmt.Errorf("a stance has no field %q; use position, actor or issue", it.key)
		}
	}
	*st = t
	return strings.Join(original, "; "), nil
}

// correctEvent applies an event correction and returns the values it
// replaced.
func (r *reviewer) correctEvent(ev *report.Event, correction string) (string, error) {
	items, err := parseCorrection(correction)
	if err != nil {
		return "", err
	}
	e := *ev
	var original []string
	precisionGiven := false
	for _, it := range items {
		switch it.key {
		case "", "date":
			d, err := report.ParseDate(it.value)
			if err != nil {
				if shown, ok := report.ExcelSerialDate(it.value); ok {
					return "", fmt.Errorf("%s is how Excel stores the date %s: Excel changed what was typed; format the Correction column as Text and type the date again, as YYYY-MM-DD, YYYY-MM or YYYY", it.value, shown)
				}
				return "", err
			}
			original = append(original, ev.Date)
			e.Date = d.String()
			if !precisionGiven {
				e.Precision = d.Precision()
			}
		case "precision":
			p, err := report.ParsePrecision(it.value)
			if err != nil {
				return "", err
			}
			original = append(original, "precision="+string(ev.Precision))
			e.Precision, precisionGiven = p, true
		case "summary":
			if it.value == "" {
				return "", fmt.Errorf("summary= is empty")
			}
			original = append(original, "summary="+ev.Summary)
			e.Summary = it.value
		case "actors":
			var actors []string
			for _, name := range strings.Split(it.value, ",") {
				if name = strings.TrimSpace(name); name == "" {
					continue
				}
				a, err := r.actorName(name)
				if err != nil {
					return "", err
				}
				actors = append(actors, a)
			}
			original = append(original, "actors="+strings.Join(ev.Actors, ", "))
			e.Actors = actors
		default:
			return "", fmt.Errorf("an event has no field %q; use date, precision, summary or actors", it.key)
		}
	}
	if err := precisionFits(e.Date, e.Precision); err != nil {
		return "", err
	}
	*ev = e
	return strings.Join(original, "; "), nil
}

// precisionFits checks that a date is written as precisely as its
// precision says: a day or week as YYYY-MM-DD, a month or season as
// YYYY-MM, a year as YYYY.
func precisionFits(date string, precision report.Precision) error {
	d, err := report.ParseDate(date)
	if err != nil {
		return err
	}
	var want report.Precision
	switch precision {
	case report.Day, report.Week:
		want = report.Day
	case report.Month, report.Season:
		want = report.Month
	case report.Year:
		want = report.Year
	}
	if want != d.Precision() {
		return fmt.Errorf("precision %s does not fit the date %s (a %s wants a date to the %s)", precision, date, precision, want)
	}
	return nil
}

// actorName returns the configured actor a name means, ignoring case.
// With no actors configured, any name is taken as it is.
func (r *reviewer) actorName(name string) (string, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return "", fmt.Errorf("actor name is empty")
	}
	if len(r.b.Actors) == 0 {
		return name, nil
	}
	var names []string
	for _, a := range r.b.Actors {
		if strings.EqualFold(a.Name, name) {
			return a.Name, nil
		}
		names = append(names, a.Name)
	}
	return "", fmt.Errorf("actor %q is not configured (actors: %s)", name, strings.Join(names, ", "))
}

// issueID returns the id of the configured issue an id or label means,
// ignoring case. With no issues configured, any id is taken as it is.
func (r *reviewer) issueID(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", fmt.Errorf("issue is empty")
	}
	if len(r.b.Issues) == 0 {
		return s, nil
	}
	var ids []string
	for _, i := range r.b.Issues {
		if strings.EqualFold(i.ID, s) || strings.EqualFold(i.Label, s) {
			return i.ID, nil
		}
		ids = append(ids, i.ID)
	}
	return "", fmt.Errorf("issue %q is not configured (issues: %s)", s, strings.Join(ids, ", "))
}

// rederive brings what is computed from the facts up to date after
// rejections and corrections: the matrix cells they touch, the figure
// groups, the key points and the facts' order. Parts b does not have are
// left for Derive.
func (r *reviewer) rederive() {
	b := r.b
	period := b.Meta.Period
	whole := period.Start == "" && period.End == ""
	inPeriod := map[string]bool{}
	for _, s := range b.Sources {
		if report.Place(s, period) == report.InPeriod {
			inPeriod[s.ID] = true
		}
	}
	if len(b.Matrix) > 0 {
		r.reviseMatrix(inPeriod, !whole)
	}
	if len(b.FigureGroups) > 0 {
		b.FigureGroups = assemble.GroupFigures(b.Figures)
	}
	if len(b.KeyPoints) > 0 {
		b.KeyPoints = assemble.KeyPoints(b, report.PeriodNews(b))
	}
	assemble.SortFacts(b)
}

// reviseMatrix works out again the matrix cells whose stances were
// rejected or corrected. A stance citing a source of the period is news;
// others are context, as in Assemble. What the position was before the
// period is taken from the context stances, or else from the old cell.
func (r *reviewer) reviseMatrix(inPeriod map[string]bool, markChanges bool) {
	if len(r.affected) == 0 {
		return
	}
	current, context := map[[2]string][]report.Stance{}, map[[2]string][]report.Stance{}
	for _, s := range r.b.Stances {
		k := [2]string{s.Actor, s.Issue}
		if !r.affected[k] {
			continue
		}
		if !markChanges || citesAny(s.Citations, inPeriod) {
			current[k] = append(current[k], s)
		} else {
			context[k] = append(context[k], s)
		}
	}
	cells := slices.DeleteFunc(slices.Clone(r.b.Matrix), func(c report.Cell) bool { return r.affected[[2]string{c.Actor, c.Issue}] })
	for k := range r.affected {
		var old *report.Cell
		if c, ok := r.oldCells[k]; ok {
			old = &c
		}
		if c, ok := revisedCell(old, current[k], context[k], markChanges); ok {
			cells = append(cells, c)
		}
	}
	slices.SortStableFunc(cells, func(a, b report.Cell) int {
		return cmp.Or(cmp.Compare(a.Actor, b.Actor), cmp.Compare(a.Issue, b.Issue))
	})
	r.b.Matrix = cells
}

// revisedCell is a matrix cell made again from its stances; false when no
// stance is left for it.
func revisedCell(old *report.Cell, current, context []report.Stance, markChanges bool) (report.Cell, bool) {
	now := assemble.LatestCell(current)
	if len(now.Stances) == 0 {
		prev := assemble.LatestCell(context)
		return prev, len(prev.Stances) > 0
	}
	if markChanges {
		var before report.Position
		switch prev := assemble.LatestCell(context); {
		case len(prev.Stances) > 0:
			before = prev.Position
		case old != nil && old.Changed:
			before = old.Previous
		case old != nil:
			before = old.Position // unchanged in the period: the same before it
		}
		if before == "" || before != now.Position {
			now.Changed, now.Previous = true, before
		}
	}
	return now, true
}

// citesAny reports whether a citation is of one of the sources.
func citesAny(cs []report.Citation, sources map[string]bool) bool {
	for _, c := range cs {
		if sources[c.Source] {
			return true
		}
	}
	return false
}

// rejectedFacts describes the facts of b whose ids are rejected, in
// reading order.
func rejectedFacts(b *report.Brief, rejected map[string]bool) []report.Rejected {
	var out []report.Rejected
	review := &report.Review{Decision: report.DecisionReject}
	for _, f := range b.Figures {
		if rejected[f.ID] {
			fact := strings.TrimSpace(fmt.Sprintf("%s %s %s", report.FormatValue(f), f.What, f.Who))
			out = append(out, report.Rejected{ID: f.ID, Kind: report.FigureFact, Fact: fact, Citations: f.Citations, Review: review})
		}
	}
	for _, e := range b.Events {
		if rejected[e.ID] {
			fact := report.FormatDate(e.Date, e.Precision) + ": " + e.Summary
			out = append(out, report.Rejected{ID: e.ID, Kind: report.EventFact, Fact: fact, Citations: e.Citations, Review: review})
		}
	}
	for _, s := range b.Stances {
		if rejected[s.ID] {
			fact := fmt.Sprintf("%s · %s: %s", s.Actor, report.IssueLabel(b.Issues, s.Issue), s.Position)
			out = append(out, report.Rejected{ID: s.ID, Kind: report.StanceFact, Fact: fact, Citations: s.Citations, Review: review})
		}
	}
	return out
}
