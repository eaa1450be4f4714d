package pdf

// A column of a table: its title, width in mm and alignment ("L", "C", "R").
type column struct {
	title string
	width float64
	align string
}

// A cell of a table row. fill, when set, tints the cell; decorate, when
// set, draws over the tint before the text (the stance matrix's pattern).
type cell struct {
	spans    []span
	fill     *rgb
	decorate func(x, y, w, h float64)
	span     int     // columns this cell covers; 0 means 1
	indent   float64 // extra space before the text, mm
	align    string  // overrides the column's alignment when set
}

// A table draws rows under a header row that repeats after every page
// break. Rows taller than the space left move to the next page; a row
// taller than a page is split between pages.
type table struct {
	p       *printer
	cols    []column
	x       float64
	lh      float64 // line height of the text
	pad     float64 // padding inside a cell
	f       face    // the face of the body text
	hf      face    // the face of the header text
	stripe  bool    // shade every other row
	inset   float64 // white space between tinted cells, mm
	rows    int
	started bool
	hh      float64 // the header's height, once measured
}

func (p *printer) newTable(cols []column, f face) *table {
	return &table{p: p, cols: cols, x: p.left, lh: lineHeight(f), pad: 1.3, f: f, hf: face{f.family, "B", f.size}, stripe: true}
}

// begin draws the header row, keeping it with at least one row of height
// first, and arranges for it to repeat on every new page.
func (t *table) begin(first float64) {
	t.p.need(t.headerHeight() + first)
	t.header()
	t.p.onNewPage = t.header
	t.started = true
}

// end stops repeating the header.
func (t *table) end() {
	t.p.onNewPage = nil
	t.p.y += 2
}

// headerHeight is the height of the header row, measured once: the
// columns do not change.
func (t *table) headerHeight() float64 {
	if t.hh == 0 {
		t.hh = t.measureHeader()
	}
	return t.hh
}

func (t *table) measureHeader() float64 {
	h := 0.0
	for _, c := range t.cols {
		n := len(layout(plain(c.title, t.hf, colInk), c.width-2*t.pad))
		h = max(h, float64(n)*t.lh)
	}
	return h + 2*t.pad
}

func (t *table) header() {
	p := t.p
	h := t.headerHeight()
	x := t.x
	p.pdf.SetFillColor(colHeadFill.r, colHeadFill.g, colHeadFill.b)
	p.pdf.Rect(x, p.y, t.totalWidth(), h, "F")
	for _, c := range t.cols {
		for i, ln := range layout(plain(c.title, t.hf, colInk), c.width-2*t.pad) {
			p.drawLine(x+t.pad, p.y+t.pad+float64(i)*t.lh, t.lh, ln, c.align, c.width-2*t.pad)
		}
		x += c.width
	}
	p.pdf.SetDrawColor(colAccent.r, colAccent.g, colAccent.b)
	p.pdf.SetLineWidth(0.35)
	p.pdf.Line(t.x, p.y+h, t.x+t.totalWidth(), p.y+h)
	p.y += h
}

func (t *table) totalWidth() float64 {
	w := 0.0
	for _, c := range t.cols {
		w += c.width
	}
	return w
}

// placed is a cell laid out for drawing.
type placed struct {
	c     cell
	x, w  float64
	align string
	lines []line
}

// row draws one row of cells.
func (t *table) row(cells []cell) {
	p := t.p
	var ps []placed
	x := t.x
	n := 0
	for ci := 0; ci < len(cells) && n < len(t.cols); ci++ {
		c := cells[ci]
		k := max(c.span, 1)
		w := 0.0
		for j := n; j < n+k && j < len(t.cols); j++ {
			w += t.cols[j].width
		}
		align := t.cols[n].align
		if c.align != "" {
			align = c.align
		}
		ps = append(ps, placed{c: c, x: x, w: w, align: align, lines: layout(c.spans, w-2*t.pad-c.indent)})
		x += w
		n += k
	}
	maxLines := 1
	for _, pc := range ps {
		maxLines = max(maxLines, len(pc.lines))
	}
	shade := t.stripe && t.rows%2 == 1
	t.rows++
	// A row that fits on a fresh page moves there whole; a longer one is
	// drawn in parts, as many lines as fit on each page.
	full := float64(maxLines)*t.lh + 2*t.pad
	page := p.limit() - p.top - t.headerHeight()
	if full <= page {
		p.need(full)
	}
	for from := 0; from < maxLines; {
		room := int((p.limit() - p.y - 2*t.pad) / t.lh)
		if room < 1 {
			p.newPage()
			continue
		}
		to := min(maxLines, from+room)
		h := float64(to-from)*t.lh + 2*t.pad
		t.drawPart(ps, from, to, h, shade)
		p.y += h
		from = to
		if from < maxLines {
			p.newPage()
		}
	}
}

// drawPart draws lines [from, to) of every cell of a row in a band of height h.
func (t *table) drawPart(ps []placed, from, to int, h float64, shade bool) {
	p := t.p
	if shade {
		p.pdf.SetFillColor(colBandFill.r, colBandFill.g, colBandFill.b)
		p.pdf.Rect(t.x, p.y, t.totalWidth(), h, "F")
	}
	for _, pc := range ps {
		if pc.c.fill != nil {
			f := *pc.c.fill
			p.pdf.SetFillColor(f.r, f.g, f.b)
			p.pdf.Rect(pc.x, p.y+t.inset, pc.w-t.inset, h-2*t.inset, "F")
		}
		if pc.c.decorate != nil {
			pc.c.decorate(pc.x, p.y, pc.w, h)
		}
		for i := from; i < to && i < len(pc.lines); i++ {
			p.drawLine(pc.x+t.pad+pc.c.indent, p.y+t.pad+float64(i-from)*t.lh, t.lh, pc.lines[i], pc.align, pc.w-2*t.pad-pc.c.indent)
		}
	}
	p.pdf.SetDrawColor(colRule.r, colRule.g, colRule.b)
	p.pdf.SetLineWidth(0.15)
	p.pdf.Line(t.x, p.y+h, t.x+t.totalWidth(), p.y+h)
}
