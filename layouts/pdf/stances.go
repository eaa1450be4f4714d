package pdf

import (
	"fmt"
	"slices"
	"strings"

	"brief/report"
)

// matrixCols is how many issue columns one matrix table holds; more
// issues continue in a further table with the actor column repeated.
const matrixCols = 7

// stances draws the stance matrix, its legend and the statements behind
// each cell.
func (p *printer) stances(s report.Section) {
	actors, issues := p.matrixAxes(s)
	if len(actors) == 0 || len(issues) == 0 {
		p.paragraph(p.left, p.width(), lineHeight(fBody),
			plain("No positions were recorded for this period.", fBody, colMuted))
		p.leadsNote(actors, issues, false)
		return
	}
	cells := make(map[[2]string]*report.Cell, len(p.b.Matrix))
	for i := range p.b.Matrix {
		c := &p.b.Matrix[i]
		cells[[2]string{c.Actor, c.Issue}] = c
	}
	p.legend(issues)
	parts := (len(issues) + matrixCols - 1) / matrixCols
	size := (len(issues) + parts - 1) / parts
	for start := 0; start < len(issues); start += size {
		p.matrixTable(actors, issues[start:min(len(issues), start+size)], cells)
	}
	p.leadsNote(actors, issues, true)
	p.statements(actors, issues, cells)
}

// leadsNote says, under the matrix, how many passages name one of its
// actors and one of its issues (an empty list: any) without a position
// the extractor could read (the model's leads, counted by sentence), and
// where they are; nothing when none. Beside a matrix they are further
// passages. The count the brief left out is the whole brief's: said so
// when the section does not show every lead.
func (p *printer) leadsNote(actors, issues []string, matrix bool) {
	on := func(list []string, s string) bool { return len(list) == 0 || slices.Contains(list, s) }
	passages, all := map[report.Citation]bool{}, true
	for _, l := range p.b.Leads {
		if on(actors, l.Actor) && on(issues, l.Issue) {
			passages[l.Citation] = true
		} else {
			all = false
		}
	}
	n := len(passages)
	if n == 0 {
		return
	}
	further := ""
	if matrix {
		further = "further "
	}
	text := fmt.Sprintf("%s %s%s an actor and an issue but no position the extractor could read; the workbook's Leads sheet lists %s for review",
		formatNumber(float64(n)), further, plural(n, "passage names", "passages name"), plural(n, "it", "them"))
	if m := p.b.LeadsOmitted; m > 0 {
		of := ""
		if !all {
			of = " of all actors and issues"
		}
		text += fmt.Sprintf(" (%s more%s %s left out)", formatNumber(float64(m)), of, plural(m, "was", "were"))
	}
	lh := lineHeight(fRef)
	p.need(2 * lh)
	p.paragraph(p.left, p.width(), lh, plain(text+".", fSmallI, colMuted))
	p.y += 2
}

// plural returns one when n is 1, else many.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// matrixAxes returns the actors (rows) and issue ids (columns) to show:
// the section's lists, else the brief's, else those in the matrix.
func (p *printer) matrixAxes(s report.Section) (actors, issues []string) {
	actors, issues = s.Actors, s.Issues
	if len(actors) == 0 {
		for _, a := range p.b.Actors {
			actors = append(actors, a.Name)
		}
	}
	if len(issues) == 0 {
		for _, is := range p.b.Issues {
			issues = append(issues, is.ID)
		}
	}
	seenA, seenI := make(map[string]bool), make(map[string]bool)
	for _, c := range p.b.Matrix {
		if len(s.Actors) == 0 && len(p.b.Actors) == 0 && !seenA[c.Actor] {
			seenA[c.Actor] = true
			actors = append(actors, c.Actor)
		}
		if len(s.Issues) == 0 && len(p.b.Issues) == 0 && !seenI[c.Issue] {
			seenI[c.Issue] = true
			issues = append(issues, c.Issue)
		}
	}
	return actors, issues
}

func (p *printer) issueLabel(id string) string {
	if l := p.issues[id]; l != "" {
		return l
	}
	return id
}

// issue returns the issue with the id, or one with only the id.
func (p *printer) issue(id string) report.Issue {
	if is, ok := p.issueByID[id]; ok {
		return is
	}
	return report.Issue{ID: id}
}

// word is how a position on an issue reads, capitalised: "Support", or
// on a claim "Says so".
func (p *printer) word(issue string, position report.Position) string {
	w := report.PositionWord(p.issue(issue), position)
	if w == string(position) {
		w = styleOf(position).word
	}
	return capitalise(w)
}

func capitalise(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// matrixTable draws one table of the matrix: a row per actor, a column
// per issue.
func (p *printer) matrixTable(actors, issues []string, cells map[[2]string]*report.Cell) {
	actorW := 30.0
	if len(issues) > 5 {
		actorW = 22
	}
	cw := (p.width() - actorW) / float64(max(len(issues), 3))
	cols := []column{{"Actor", actorW, "L"}}
	for _, id := range issues {
		label := p.issueLabel(id)
		if p.issue(id).Claim {
			label += " (claim)"
		}
		cols = append(cols, column{label, cw, "L"})
	}
	t := p.newTable(cols, fRef)
	t.stripe = false
	t.pad = 1.2
	t.inset = 0.3
	t.hf = face{"sans", "B", 7}
	t.begin(16)
	for _, a := range actors {
		row := []cell{{spans: plain(a, fMatrixB, colInk)}}
		for _, id := range issues {
			row = append(row, p.matrixCell(cells[[2]string{a, id}]))
		}
		t.row(row)
	}
	t.end()
	p.y += 2
}

// matrixCell renders one cell: position word and symbol, date, endnotes,
// and what changed.
func (p *printer) matrixCell(c *report.Cell) cell {
	if c == nil || c.Position == "" {
		return cell{spans: plain("no statement", face{"sans", "I", 7}, colMuted)}
	}
	st := styleOf(c.Position)
	var sp []span
	sp = append(sp, span{text: st.symbol + " " + p.word(c.Issue, c.Position) + " ", face: fMatrixB, color: colInk})
	if c.Date != "" {
		sp = append(sp, span{text: report.FormatDate(c.Date, ""), face: fRef, color: colInk, br: true})
	}
	var ids []string
	for _, sid := range c.Stances {
		if s := p.stanceByID[sid]; s != nil {
			for _, ct := range s.Citations {
				ids = append(ids, ct.Source)
			}
		}
	}
	if r := p.refList(ids, fRef, maxCellRefs); len(r) > 0 {
		if c.Date != "" {
			r[0].text = " " + r[0].text
		} else {
			r[0].br = true
		}
		sp = append(sp, r...)
	}
	if c.Changed {
		note := "new in period"
		if c.Previous != "" {
			note = "was " + strings.ToLower(p.word(c.Issue, c.Previous))
		}
		sp = append(sp, span{text: note, face: face{"sans", "I", fRef.size}, color: colAccent, br: true})
	}
	if len(c.Conflicts) > 0 {
		var words []string
		for _, k := range c.Conflicts {
			words = append(words, strings.ToLower(p.word(c.Issue, k)))
		}
		sp = append(sp, span{text: "also " + strings.Join(words, ", "), face: face{"sans", "I", fRef.size}, color: colConflict, br: true})
	}
	fill := st.fill
	changed := c.Changed
	return cell{
		spans:  sp,
		fill:   &fill,
		indent: 2.6,
		decorate: func(x, y, w, h float64) {
			p.pattern(st, x, y+0.3, 2.2, h-0.6)
			if changed {
				p.changeMark(x, y, w)
			}
		},
	}
}

// legend explains the matrix's colours, patterns and marks: the words of
// a course of action when a column is one, and the words of a claim when
// a column is a claim, so that an assertion never reads as backing.
func (p *printer) legend(issues []string) {
	claimIssue, claim, action := report.LegendKinds(p.b.Issues, issues)
	lh := lineHeight(fRef)
	p.need(3*lh + 20)
	if action {
		p.legendRow("", report.Positions, func(pos report.Position) string { return styleOf(pos).word })
	}
	if claim {
		prefix := "Claims: "
		if !action {
			prefix = ""
		}
		// The positions a claim is usually given, and any other its
		// cells show.
		shown := []report.Position{report.Support, report.Oppose, report.Deny}
		for _, c := range p.b.Matrix {
			if p.issue(c.Issue).Claim && slices.Contains(issues, c.Issue) && !slices.Contains(shown, c.Position) {
				shown = append(shown, c.Position)
			}
		}
		p.legendRow(prefix, shown, func(pos report.Position) string { return capitalise(report.PositionWord(claimIssue, pos)) })
	}
	p.changeMark(p.left, p.y, 3)
	sp := []span{
		{text: "changed within the period (new, or different from before).  ", face: fRef, color: colMuted},
		{text: "no statement", face: face{"sans", "I", fRef.size}, color: colMuted},
		{text: ": no statement found on the issue.  Each cell shows the latest position, its date and its sources.", face: fRef, color: colMuted},
	}
	if claim {
		sp = append(sp, span{text: " A column marked (claim) is a statement of fact: a cell says whether the actor asserts it or rejects it, never that the actor backs what it describes.", face: fRef, color: colMuted})
	}
	p.paragraph(p.left+4, p.width()-4, lh, sp)
	p.y += 2
}

// legendRow draws one row of position swatches with their words.
func (p *printer) legendRow(prefix string, positions []report.Position, word func(pos report.Position) string) {
	lh := lineHeight(fRef)
	x := p.left
	if prefix != "" {
		p.line1(x, p.y, 20, prefix, fSmallB, colInk, "L")
		x += textWidth(prefix, fSmallB) + 1
	}
	sw := 2.2
	for _, pos := range positions {
		st := styleOf(pos)
		label := st.symbol + " " + word(pos)
		box := sw + 3.5
		w := box + 1.5 + textWidth(clean(label), fRef)
		if x+w > p.pageW-p.right {
			x = p.left
			p.y += lh + 1.5
		}
		p.pdf.SetFillColor(st.fill.r, st.fill.g, st.fill.b)
		p.pdf.Rect(x, p.y, box, lh, "F")
		p.pattern(st, x, p.y, sw, lh)
		p.line1(x+box+1.5, p.y, w, label, fRef, colInk, "L")
		x += w + 5
	}
	p.y += lh + 1.5
}

// statement is what "Latest statements" prints for one cell: the quote,
// who said it, the sources that print it and those that report the
// position in other words.
type statement struct {
	cell   *report.Cell
	stance *report.Stance
	quote  string   // verbatim, as the chosen citation has it
	same   []string // sources whose text holds the quote
	others []string // sources of the stance's other citations
	// sharedWith names the cell whose statement is this same quote,
	// printed there; shares names the cells that reuse this one's.
	sharedWith *report.Cell
	shares     []*report.Cell
}

// planStatements picks each cell's quote: a quote no earlier cell prints
// when the stance has one, so that a quote sits under one cell; when a
// cell has no other, it refers to the cell that prints it, and that cell
// says the quote states both positions.
func (p *printer) planStatements(list []*report.Cell) []*statement {
	printed := map[string]*statement{}
	var out []*statement
	for _, c := range list {
		s := p.latestStance(c)
		st := &statement{cell: c, stance: s}
		out = append(out, st)
		if s == nil || len(s.Citations) == 0 {
			continue
		}
		cites := p.byRecency(s.Citations)
		chosen := cites[0]
		for _, ct := range cites {
			if printed[report.QuoteKey(ct.Quote)] == nil {
				chosen = ct
				break
			}
		}
		st.quote = chosen.Quote
		st.same, st.others = report.QuoteSources(s.Citations, chosen.Quote, p.b.Sources)
		if first := printed[report.QuoteKey(chosen.Quote)]; first != nil {
			st.sharedWith = first.cell
			first.shares = append(first.shares, c)
			continue
		}
		printed[report.QuoteKey(chosen.Quote)] = st
	}
	return out
}

// byRecency orders citations by their source's publication date, latest
// first, keeping the model's order among equals.
func (p *printer) byRecency(cites []report.Citation) []report.Citation {
	// Each source's date is looked up and parsed once, not at every
	// comparison: a cell's stance may cite thousands of sources.
	type dated struct {
		key report.DateKey // orders as report.CompareDates
		c   report.Citation
	}
	keyed := make([]dated, len(cites))
	for i, c := range cites {
		keyed[i] = dated{report.DateKeyOf(p.published(c.Source)), c}
	}
	slices.SortStableFunc(keyed, func(a, b dated) int { return b.key.Compare(a.key) })
	out := make([]report.Citation, len(cites))
	for i := range keyed {
		out[i] = keyed[i].c
	}
	return out
}

func (p *printer) published(id string) string {
	if s := p.sourceByID[id]; s != nil {
		return s.Published
	}
	return ""
}

// statements lists, under the matrix, what the matrix cannot show: the
// statement behind each cell, verbatim, who made it, and the sources
// that print it. A cell's position and date are not repeated.
func (p *printer) statements(actors, issues []string, cells map[[2]string]*report.Cell) {
	var list []*report.Cell
	for _, a := range actors {
		for _, id := range issues {
			if c := cells[[2]string{a, id}]; c != nil && len(c.Stances) > 0 {
				list = append(list, c)
			}
		}
	}
	if len(list) == 0 {
		return
	}
	p.subheading("Latest statements", 32)
	p.paragraph(p.left, p.width(), lineHeight(fRef), plain("The statement behind each cell above, verbatim, with the sources that print it.", fRef, colMuted))
	p.y += 1
	for _, st := range p.planStatements(list) {
		p.statement(st)
	}
}

// statement draws one cell's statement.
func (p *printer) statement(st *statement) {
	lh, qlh := lineHeight(fSmall), lineHeight(fQuote)
	indent := 4.0
	c, s := st.cell, st.stance
	head := []span{{text: c.Actor + " · " + p.issueLabel(c.Issue), face: fSmallB, color: colInk}}
	if c.Changed {
		note := "  new in the period"
		if c.Previous != "" {
			note = "  changed in the period: " + strings.ToLower(p.word(c.Issue, c.Previous)) + " → " + strings.ToLower(p.word(c.Issue, c.Position))
		}
		head = append(head, span{text: note, face: fSmallI, color: colAccent})
	}
	if s != nil && corrected(s.Review) {
		head = append(head, span{text: "  corrected in review", face: fSmallI, color: colAccent})
	}
	p.need(lh + 2*qlh)
	p.paragraph(p.left, p.width(), lh, head)
	if s == nil || st.quote == "" {
		p.y += 2.2
		return
	}
	band := styleOf(c.Position).band
	p.y += 0.5
	top := p.y
	if st.sharedWith != nil {
		p.paragraph(p.left+indent, p.width()-indent, lh, []span{{
			text:  "The statement quoted under " + st.sharedWith.Actor + " · " + p.issueLabel(st.sharedWith.Issue) + " gives this position too.",
			face:  fSmallI,
			color: colMuted,
		}})
	} else {
		// The quote is verbatim: set in italics, without added quote marks.
		q := []span{{text: excerpt(st.quote, 420) + " ", face: fQuote, color: colInk}}
		q = append(q, p.refSpans(st.same, fRef)...)
		p.paragraph(p.left+indent, p.width()-indent, qlh, q)
	}
	if by := p.attribution(st); len(by) > 0 {
		p.paragraph(p.left+indent, p.width()-indent, lh, by)
	}
	if p.y > top { // a rule beside the quote, on the page where it ends
		p.pdf.SetDrawColor(band.r, band.g, band.b)
		p.pdf.SetLineWidth(0.5)
		p.pdf.Line(p.left+1, max(top, p.top), p.left+1, p.y)
	}
	p.y += 2.2
}

// attribution says who made the statement — the speaker, "according to"
// one who is not the actor itself, else the outlet that reports it — the
// other cells the quote gives a position for, and the sources that
// report the position in other words.
func (p *printer) attribution(st *statement) []span {
	c, s := st.cell, st.stance
	var parts []string
	switch {
	case st.sharedWith != nil && s.Speaker == "":
	case s.Speaker != "" && s.SpeakerActor == c.Actor && p.namesActor(s.Speaker, c.Actor):
		// "Islamabad" speaking for Pakistan: the heading says who.
	case s.Speaker != "" && s.SpeakerActor == c.Actor:
		parts = append(parts, "said by "+s.Speaker)
	case s.Speaker != "":
		parts = append(parts, "according to "+s.Speaker)
	default:
		if len(st.same) > 0 {
			if src := p.sourceByID[st.same[0]]; src != nil {
				if o := report.SourceOutlet(*src); o != "" {
					parts = append(parts, "according to "+o)
				}
			}
		}
	}
	for _, o := range st.shares {
		parts = append(parts, "also gives "+o.Actor+"'s position on "+p.issueLabel(o.Issue))
	}
	if s.ReadBy == report.ReadByModel {
		parts = append(parts, "read by the stance model")
	}
	var sp []span
	if len(parts) > 0 {
		sp = append(sp, span{text: "— " + strings.Join(parts, "; "), face: fSmallI, color: colMuted})
	}
	if refs := p.refSpans(st.others, fRef); len(refs) > 0 {
		lead := "also reported by "
		if len(sp) > 0 {
			lead = "; " + lead
		} else {
			lead = "— " + lead
		}
		sp = append(sp, span{text: lead, face: fSmallI, color: colMuted})
		sp = append(sp, refs...)
	}
	return sp
}

// latestStance returns the last stance behind a cell that states the
// cell's position.
func (p *printer) latestStance(c *report.Cell) *report.Stance {
	var found *report.Stance
	for _, id := range c.Stances {
		if s := p.stanceByID[id]; s != nil && (found == nil || s.Position == c.Position) {
			found = s
		}
	}
	return found
}

// excerpt shortens a quote to about n characters at a word boundary,
// marking the cut with "[…]".
func excerpt(q string, n int) string {
	q = strings.TrimSpace(q)
	r := []rune(q)
	if len(r) <= n {
		return q
	}
	cut := string(r[:n])
	if i := strings.LastIndex(cut, " "); i > n/2 {
		cut = cut[:i]
	}
	return cut + " […]"
}

// namesActor reports whether a speaker is the actor itself, by its name
// or one of its aliases, rather than a person or an office.
func (p *printer) namesActor(speaker, actor string) bool {
	if strings.EqualFold(speaker, actor) {
		return true
	}
	for _, a := range p.b.Actors {
		if a.Name == actor {
			for _, alias := range a.Aliases {
				if strings.EqualFold(strings.TrimPrefix(speaker, "the "), alias) {
					return true
				}
			}
		}
	}
	return false
}
