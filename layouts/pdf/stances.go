package pdf

import (
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
		return
	}
	cells := make(map[[2]string]*report.Cell, len(p.b.Matrix))
	for i := range p.b.Matrix {
		c := &p.b.Matrix[i]
		cells[[2]string{c.Actor, c.Issue}] = c
	}
	p.legend()
	parts := (len(issues) + matrixCols - 1) / matrixCols
	size := (len(issues) + parts - 1) / parts
	for start := 0; start < len(issues); start += size {
		p.matrixTable(actors, issues[start:min(len(issues), start+size)], cells)
	}
	p.statements(actors, issues, cells)
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
		cols = append(cols, column{p.issueLabel(id), cw, "L"})
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
	sp = append(sp, span{text: st.symbol + " " + st.word + " ", face: fMatrixB, color: colInk})
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
	if r := p.refSpans(ids, fRef); len(r) > 0 {
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
			note = "was " + strings.ToLower(styleOf(c.Previous).word)
		}
		sp = append(sp, span{text: note, face: face{"sans", "I", fRef.size}, color: colAccent, br: true})
	}
	if len(c.Conflicts) > 0 {
		var words []string
		for _, k := range c.Conflicts {
			words = append(words, strings.ToLower(styleOf(k).word))
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

// legend explains the matrix's colours, patterns and marks.
func (p *printer) legend() {
	lh := lineHeight(fRef)
	p.need(2*lh + 20)
	x := p.left
	sw := 2.2
	for _, pos := range report.Positions {
		st := styleOf(pos)
		label := st.symbol + " " + st.word
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
		x += w + 6
	}
	p.y += lh + 1.5
	p.changeMark(p.left, p.y, 3)
	p.paragraph(p.left+4, p.width()-4, lh, []span{
		{text: "changed within the period (new, or different from before).  ", face: fRef, color: colMuted},
		{text: "no statement", face: face{"sans", "I", fRef.size}, color: colMuted},
		{text: ": no statement found on the issue.  Each cell shows the latest position, its date and its sources.", face: fRef, color: colMuted},
	})
	p.y += 2
}

// statements lists, under the matrix, the latest statement behind each
// cell with a quote from its first source.
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
	p.subheading("Latest statements", 14)
	lh, qlh := lineHeight(fSmall), lineHeight(fQuote)
	indent := 4.0
	for _, c := range list {
		s := p.latestStance(c)
		st := styleOf(c.Position)
		head := []span{
			{text: c.Actor + " · " + p.issueLabel(c.Issue) + ": ", face: fSmallB, color: colInk},
			{text: strings.ToLower(st.word), face: fSmallB, color: st.band},
		}
		if c.Date != "" {
			head = append(head, span{text: " (" + report.FormatDate(c.Date, "") + ")", face: fSmall, color: colMuted})
		}
		if c.Changed {
			note := "  new in the period"
			if c.Previous != "" {
				note = "  changed in the period, was " + strings.ToLower(styleOf(c.Previous).word)
			}
			head = append(head, span{text: note, face: fSmallI, color: colAccent})
		}
		if s != nil && corrected(s.Review) {
			head = append(head, span{text: "  corrected in review", face: fSmallI, color: colAccent})
		}
		p.need(lh + 2*qlh)
		p.paragraph(p.left, p.width(), lh, head)
		if s != nil && len(s.Citations) > 0 {
			// The quote is verbatim: set in italics, without added quote marks.
			q := []span{{text: excerpt(s.Citations[0].Quote, 420) + " ", face: fQuote, color: colInk}}
			q = append(q, p.refs(s.Citations, fRef)...)
			p.y += 0.5
			top := p.y
			p.paragraph(p.left+indent, p.width()-indent, qlh, q)
			if p.y > top { // a rule beside the quote, on the page where it ends
				p.pdf.SetDrawColor(st.band.r, st.band.g, st.band.b)
				p.pdf.SetLineWidth(0.5)
				p.pdf.Line(p.left+1, max(top, p.top), p.left+1, p.y)
			}
		}
		p.y += 2.2
	}
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
