package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
)

// MaxProblems is how many problems a ModelError lists; Validate counts
// the rest without listing them.
const MaxProblems = 20

// Problem is one thing wrong with a model's JSON form.
type Problem struct {
	// Path names the value in JSON terms, such as "figures[12].low";
	// empty for the document as a whole.
	Path string
	// Line and Column (1-based, the column in bytes) locate the value in
	// the input; 0 when unknown.
	Line, Column int
	Msg          string
}

// String returns "line:col: path: message", leaving out what is unknown.
func (p Problem) String() string {
	var b strings.Builder
	if p.Line > 0 {
		fmt.Fprintf(&b, "%d:%d: ", p.Line, p.Column)
	}
	if p.Path != "" {
		b.WriteString(p.Path)
		b.WriteString(": ")
	}
	b.WriteString(p.Msg)
	return b.String()
}

// ModelError lists what is wrong with a model's JSON form.
type ModelError struct {
	Problems []Problem // at most MaxProblems, in document order
	More     int       // problems found beyond those listed
}

// Error returns the problems one a line.
func (e *ModelError) Error() string {
	lines := make([]string, 0, len(e.Problems)+1)
	for _, p := range e.Problems {
		lines = append(lines, p.String())
	}
	if e.More > 0 {
		lines = append(lines, fmt.Sprintf("and %d more problems", e.More))
	}
	return strings.Join(lines, "\n")
}

// Validate decodes a model's JSON form (shared/MODEL.md) from an untrusted
// source — a file an analyst edited, another tool's export — and checks
// what the renderers rely on. Unknown fields and a leading byte order mark
// are ignored. On failure the error is a *ModelError naming each
// problem's JSON path and position:
//
//   - the input is not JSON, or a value has the wrong type;
//   - an id is empty or given twice (sources; facts across figures,
//     events and stances; actors' names; issues' ids);
//   - a citation names no source of the model, or its quote is empty, or
//     a fact has no citation;
//   - a date is not YYYY, YYYY-MM or YYYY-MM-DD (ParseDate), a period
//     bound is not a day, or meta.generated is not RFC 3339;
//   - a figure's low or high is negative or not finite, or low is above
//     high;
//   - a value outside its list: a precision (Precisions), a position
//     (Positions, also as a key of an issue's wording), a figure kind
//     (FigureKinds), a qualifier (Qualifiers or empty), a section kind
//     (SectionKinds), a page size (A4 or Letter), a reliability grade
//     (A–F);
//   - a reference to nothing: a matrix cell's stance, a figure group's
//     figure, a section's actor or issue when the model lists them, a
//     source's syndicated_from;
//   - a rejected fact without an id or of an unknown kind;
//   - a lead without an id (or with one a fact or another lead has), an
//     actor or an issue, with an unknown reason (LeadReasons), whose
//     citation names no source or quotes nothing, whose suggested position
//     is not a position, or whose confidence is outside 0 to 1 or stands
//     without a suggested position.
//
// Validate neither fills nor changes anything; Derive completes a valid
// model that lacks the computed parts. The model's strings may share
// data's memory: the caller must not change data afterwards.
func Validate(data []byte) (*Brief, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // a byte order mark some editors add
	var b Brief
	if !decodeFast(data, &b) { // an input decodeFast does not know, or a broken one
		b = Brief{}
		if err := json.Unmarshal(data, &b); err != nil {
			return nil, &ModelError{Problems: []Problem{decodeProblem(data, err)}}
		}
	}
	v := &validator{b: &b}
	v.check()
	if len(v.problems) == 0 {
		return &b, nil
	}
	locate(data, v.problems)
	return nil, &ModelError{Problems: v.problems, More: v.more}
}

// decodeProblem turns the JSON decoder's error into a Problem with the
// path and position of the bad value.
func decodeProblem(data []byte, err error) Problem {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		p := Problem{Msg: "invalid JSON: " + se.Error()}
		if len(strings.TrimSpace(string(data))) == 0 {
			return Problem{Msg: "the input is empty; want the model's JSON object"}
		}
		if strings.Contains(se.Error(), "unexpected end") {
			p.Msg = "invalid JSON: the input ends in the middle of a value (is the file cut short?)"
			p.Line, p.Column = lineCol(data, int64(len(data)))
			return p
		}
		p.Line, p.Column = lineCol(data, max(se.Offset-1, 0))
		return p
	case errors.As(err, &te):
		p := Problem{Path: te.Field, Msg: fmt.Sprintf("want %s, got %s", typeName(te), valueName(te.Value))}
		if path, start, ok := pathAt(data, te.Offset); ok {
			p.Path = path
			p.Line, p.Column = lineCol(data, start)
		}
		if p.Path == "" {
			p.Msg = fmt.Sprintf("the model must be a JSON object, not %s", valueName(te.Value))
		}
		return p
	}
	return Problem{Msg: err.Error()}
}

// validator collects the problems of one model.
type validator struct {
	b        *Brief
	problems []Problem
	more     int

	sources map[string]bool     // source ids
	facts   map[string]factSite // where each fact id is first given
}

// factSite is where a fact id is first given: its list and index, put
// into words only for a duplicate.
type factSite struct {
	list string
	i    int
}

// add records a problem at path, or only counts it past MaxProblems.
func (v *validator) add(path, format string, args ...any) {
	if len(v.problems) >= MaxProblems {
		v.more++
		return
	}
	v.problems = append(v.problems, Problem{Path: path, Msg: fmt.Sprintf(format, args...)})
}

// where names a value as at does, put into words only for a problem:
// the checks below run for every fact of a large model.
type where struct {
	list  string // empty: field is the whole path
	i     int
	field string
}

func (w where) String() string {
	if w.list == "" {
		return w.field
	}
	return at(w.list, w.i, w.field)
}

// at names an element of a list, or a field of one when field is given.
func at(list string, i int, field string) string {
	if field == "" {
		return fmt.Sprintf("%s[%d]", list, i)
	}
	return fmt.Sprintf("%s[%d].%s", list, i, field)
}

// maxRows checks each section's cap on the rows the PDF prints.
func (v *validator) maxRows() {
	for i, s := range v.b.Sections {
		if s.MaxRows != nil && *s.MaxRows < 0 {
			v.add(at("sections", i, "max_rows"), "%d: want 0 (no cap) or more", *s.MaxRows)
		}
	}
}

func (v *validator) check() {
	v.meta()
	v.domain()
	v.maxRows()
	v.sourceList()
	v.facts = make(map[string]factSite, len(v.b.Figures)+len(v.b.Events)+len(v.b.Stances))
	for i := range v.b.Figures {
		v.figure(i)
	}
	for i := range v.b.Events {
		v.event(i)
	}
	for i := range v.b.Stances {
		v.stance(i)
	}
	v.matrix()
	v.figureGroups()
	for i, r := range v.b.Rejected {
		if r.ID == "" {
			v.add(at("rejected", i, "id"), "a rejected fact needs its id")
		}
		if !slices.Contains(FactKinds, r.Kind) {
			v.add(at("rejected", i, "kind"), "%q: want one of %s", r.Kind, Join(FactKinds, ", "))
		}
	}
	for i := range v.b.Leads {
		v.lead(i)
	}
	if v.b.LeadsOmitted < 0 {
		v.add("leads_omitted", "%d: want 0 or more", v.b.LeadsOmitted)
	}
	for i, t := range v.b.Timexes {
		if !v.sources[t.Source] {
			v.add(at("timexes", i, "source"), "%s", noSource(t.Source))
		}
	}
}

func (v *validator) meta() {
	m := v.b.Meta
	switch strings.ToLower(m.PageSize) {
	case "", "a4", "letter":
	default:
		v.add("meta.page_size", "%q: want A4 or Letter", m.PageSize)
	}
	for _, bound := range []struct{ name, value string }{{"start", m.Period.Start}, {"end", m.Period.End}} {
		if bound.value == "" {
			continue
		}
		if d, err := ParseDate(bound.value); err != nil {
			v.add("meta.period."+bound.name, "%v", err)
		} else if d.Precision() != Day {
			v.add("meta.period."+bound.name, "%q: want a day, YYYY-MM-DD", bound.value)
		}
	}
	if m.Period.Start != "" && m.Period.End != "" && CompareDates(m.Period.Start, m.Period.End) > 0 {
		v.add("meta.period", "start %s is after end %s", m.Period.Start, m.Period.End)
	}
	if m.Generated != "" {
		if _, err := time.Parse(time.RFC3339, m.Generated); err != nil {
			v.add("meta.generated", "%q: want an RFC 3339 time such as 2023-06-30T12:00:00Z", m.Generated)
		}
	}
}

// domain checks the sections, actors and issues (CheckDomain), in the
// model's terms. A model may lack its actors or issues, which Derive fills.
func (v *validator) domain() {
	for _, p := range CheckDomain(v.b.Actors, v.b.Issues, v.b.Sections, true) {
		v.domainProblem(p)
	}
}

// domainProblem words one problem of the domain in the model's terms.
func (v *validator) domainProblem(p DomainProblem) {
	switch p.Fault {
	case ActorWithoutName:
		v.add(at("actors", p.Index, "name"), "an actor needs a name")
	case ActorTwice:
		v.add(at("actors", p.Index, "name"), "actor %q is listed twice", p.Value)
	case IssueWithoutID:
		v.add(at("issues", p.Index, "id"), "an issue needs an id")
	case IssueTwice:
		v.add(at("issues", p.Index, "id"), "issue %q is listed twice", p.Value)
	case UnknownWording:
		v.add(fmt.Sprintf("issues[%d].wording.%s", p.Index, p.Value), "%q: want a position, one of %s", p.Value, Join(Positions, ", "))
	case UnknownSectionKind:
		v.add(at("sections", p.Index, "kind"), "%q: want one of %s", p.Value, Join(SectionKinds, ", "))
	case UnknownSectionActor:
		v.add(fmt.Sprintf("sections[%d].actors[%d]", p.Index, p.Item), "actor %q is not in the model's actors", p.Value)
	case UnknownSectionIssue:
		v.add(fmt.Sprintf("sections[%d].issues[%d]", p.Index, p.Item), "issue %q is not in the model's issues", p.Value)
	default: // a fault CheckDomain gained and this switch lacks
		v.add("", "actor, issue or section %q is not as it should be (fault %d)", p.Value, p.Fault)
	}
}

func (v *validator) sourceList() {
	v.sources = make(map[string]bool, len(v.b.Sources))
	for i, s := range v.b.Sources {
		switch {
		case s.ID == "":
			v.add(at("sources", i, "id"), "a source needs an id")
		case v.sources[s.ID]:
			v.add(at("sources", i, "id"), "duplicate source id %q", s.ID)
		}
		v.sources[s.ID] = true
		v.date(where{"sources", i, "published"}, s.Published, false)
		if r := s.Reliability; r != "" && (len(r) != 1 || r[0] < 'A' || r[0] > 'F') {
			v.add(at("sources", i, "reliability"), "%q: want an Admiralty source grade, A to F", r)
		}
	}
	for i, s := range v.b.Sources {
		if s.SyndicatedFrom != "" && (!v.sources[s.SyndicatedFrom] || s.SyndicatedFrom == s.ID) {
			v.add(at("sources", i, "syndicated_from"), "%q names no other source of the model", s.SyndicatedFrom)
		}
	}
}

// date checks a model date; an empty one is a problem only when required.
func (v *validator) date(w where, value string, required bool) {
	if value == "" {
		if required {
			v.add(w.String(), "no date; want YYYY, YYYY-MM or YYYY-MM-DD")
		}
		return
	}
	if _, err := ParseDate(value); err != nil {
		v.add(w.String(), "%v", err)
	}
}

// precision checks a date's precision; an empty one is a problem only
// when required.
func (v *validator) precision(w where, value Precision, required bool) {
	if value == "" && !required {
		return
	}
	if !slices.Contains(Precisions, value) {
		v.add(w.String(), "%q: want one of %s", value, Join(Precisions, ", "))
	}
}

// fact checks a fact's id and citations.
func (v *validator) fact(list string, i int, id string, cs []Citation) {
	v.factID(list, i, id)
	if len(cs) == 0 {
		v.add(at(list, i, "citations"), "no citation; every fact cites at least one source")
	}
	for j, c := range cs {
		v.citation(list, i, j, c)
	}
}

// citation checks that citation j of list[i] names a source and quotes
// it; j < 0 for a lead's one citation.
func (v *validator) citation(list string, i, j int, c Citation) {
	path := func(field string) string {
		if j < 0 {
			return fmt.Sprintf("%s[%d].citation.%s", list, i, field)
		}
		return fmt.Sprintf("%s[%d].citations[%d].%s", list, i, j, field)
	}
	if !v.sources[c.Source] {
		v.add(path("source"), "%s", noSource(c.Source))
	}
	if strings.TrimSpace(c.Quote) == "" {
		v.add(path("quote"), "empty quote; a citation quotes its source verbatim")
	}
}

// factID checks that a fact's id is given, and given once.
func (v *validator) factID(list string, i int, id string) {
	switch prev, dup := v.facts[id]; {
	case id == "":
		v.add(at(list, i, "id"), "a fact needs an id")
	case dup:
		v.add(at(list, i, "id"), "duplicate id %q, first at %s", id, at(prev.list, prev.i, ""))
	default:
		v.facts[id] = factSite{list, i}
	}
}

// noSource says that a citation names no source.
func noSource(id string) string {
	if id == "" {
		return "names no source"
	}
	return fmt.Sprintf("%q names no source of the model (see sources[].id)", id)
}

func (v *validator) figure(i int) {
	f := &v.b.Figures[i]
	v.fact("figures", i, f.ID, f.Citations)
	lowOK := v.amount(where{"figures", i, "low"}, f.Low)
	highOK := v.amount(where{"figures", i, "high"}, f.High)
	if lowOK && highOK && f.Low > f.High {
		v.add(at("figures", i, "low"), "low %v is above high %v", f.Low, f.High)
	}
	if f.Qualifier != "" && !slices.Contains(Qualifiers, f.Qualifier) {
		v.add(at("figures", i, "qualifier"), "%q: want one of %s, or empty", f.Qualifier, quoted(Qualifiers))
	}
	if !slices.Contains(FigureKinds, f.What) {
		v.add(at("figures", i, "what"), "%q: want one of %s", f.What, Join(FigureKinds, ", "))
	}
	v.date(where{"figures", i, "date"}, f.Date, false)
	if f.What == Money && !isCurrencyCode(f.Currency) {
		v.add(at("figures", i, "currency"), "%q: a money figure needs an ISO 4217 code such as \"USD\"", f.Currency)
	}
}

// isCurrencyCode reports whether s has the shape of an ISO 4217 code:
// three capital letters.
func isCurrencyCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// amount checks that a figure's bound is a finite, non-negative number.
func (v *validator) amount(w where, x float64) bool {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		v.add(w.String(), "%v is not a number", x)
	case x < 0:
		v.add(w.String(), "%v is negative; a reported figure counts something", x)
	default:
		return true
	}
	return false
}

func (v *validator) event(i int) {
	e := &v.b.Events[i]
	v.fact("events", i, e.ID, e.Citations)
	v.date(where{"events", i, "date"}, e.Date, true)
	v.precision(where{"events", i, "precision"}, e.Precision, true)
	if e.Type != "" && !slices.Contains(EventTypes, e.Type) {
		v.add(at("events", i, "type"), "%q: want one of %s, or empty", e.Type, quoted(EventTypes))
	}
	for j, a := range e.Actors {
		if a == "" {
			v.add(fmt.Sprintf("events[%d].actors[%d]", i, j), "empty actor name")
		}
	}
}

func (v *validator) stance(i int) {
	s := &v.b.Stances[i]
	v.fact("stances", i, s.ID, s.Citations)
	if s.Actor == "" {
		v.add(at("stances", i, "actor"), "no actor; want an actor's name")
	}
	if s.Issue == "" {
		v.add(at("stances", i, "issue"), "no issue; want an issue's id")
	}
	v.position(where{"stances", i, "position"}, s.Position)
	v.date(where{"stances", i, "date"}, s.Date, false)
	v.precision(where{"stances", i, "precision"}, s.Precision, false)
	if s.ReadBy != "" && !slices.Contains(Readers, s.ReadBy) {
		v.add(at("stances", i, "read_by"), "%q: want one of %s, or none (the rules)", s.ReadBy, Join(Readers, ", "))
	}
}

// lead checks a lead: its id (unique among facts and leads, for a lead
// an analyst gives a position becomes a stance of its id), actor, issue,
// reason and citation, and its suggestion: a position, and a confidence
// from 0 to 1 only beside one.
func (v *validator) lead(i int) {
	l := &v.b.Leads[i]
	v.factID("leads", i, l.ID)
	v.citation("leads", i, -1, l.Citation)
	if l.Actor == "" {
		v.add(at("leads", i, "actor"), "no actor; want an actor's name")
	}
	if l.Issue == "" {
		v.add(at("leads", i, "issue"), "no issue; want an issue's id")
	}
	if !slices.Contains(LeadReasons, l.Reason) {
		v.add(at("leads", i, "reason"), "%q: want one of %s", l.Reason, Join(LeadReasons, ", "))
	}
	if l.Suggested != "" {
		v.position(where{"leads", i, "suggested"}, l.Suggested)
	}
	switch {
	case !(l.Confidence >= 0 && l.Confidence <= 1): // NaN too
		v.add(at("leads", i, "confidence"), "%v: want a probability, from 0 to 1", l.Confidence)
	case l.Confidence != 0 && l.Suggested == "":
		v.add(at("leads", i, "confidence"), "%v with no suggested position: want both or neither", l.Confidence)
	}
}

// position checks a stance's or a cell's position.
func (v *validator) position(w where, p Position) {
	if !slices.Contains(Positions, p) {
		v.add(w.String(), "%q: want one of %s", p, Join(Positions, ", "))
	}
}

func (v *validator) matrix() {
	stances := make(map[string]bool, len(v.b.Stances))
	for _, s := range v.b.Stances {
		stances[s.ID] = true
	}
	for i, c := range v.b.Matrix {
		v.position(where{"matrix", i, "position"}, c.Position)
		if c.Previous != "" {
			v.position(where{"matrix", i, "previous"}, c.Previous)
		}
		for j, p := range c.Conflicts {
			v.position(where{field: fmt.Sprintf("matrix[%d].conflicts[%d]", i, j)}, p)
		}
		v.date(where{"matrix", i, "date"}, c.Date, false)
		for j, id := range c.Stances {
			if !stances[id] {
				v.add(fmt.Sprintf("matrix[%d].stances[%d]", i, j), "%q names no stance of the model", id)
			}
		}
	}
}

func (v *validator) figureGroups() {
	figures := make(map[string]bool, len(v.b.Figures))
	for _, f := range v.b.Figures {
		figures[f.ID] = true
	}
	for i, e := range v.b.Events {
		for j, id := range e.Figures {
			if !figures[id] {
				v.add(fmt.Sprintf("events[%d].figures[%d]", i, j), "%q names no figure of the model", id)
			}
		}
	}
	for i, g := range v.b.FigureGroups {
		for j, id := range g.Figures {
			if !figures[id] {
				v.add(fmt.Sprintf("figure_groups[%d].figures[%d]", i, j), "%q names no figure of the model", id)
			}
		}
	}
}

// quoted lists values in double quotes, separated by commas.
func quoted[T ~string](list []T) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, ", ")
}
