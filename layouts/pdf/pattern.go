package pdf

import "codeberg.org/go-pdf/fpdf"

// pattern fills the band (x, y, w, h) with a position's pattern, so that
// positions differ in greyscale print and for colour-blind readers.
func (p *printer) pattern(st positionStyle, x, y, w, h float64) {
	d := p.pdf
	c := st.band
	d.SetDrawColor(c.r, c.g, c.b)
	d.SetFillColor(c.r, c.g, c.b)
	d.SetLineWidth(0.25)
	step := 1.1
	switch st.pattern {
	case "solid":
		d.Rect(x, y, w, h, "F")
		return
	case "none":
		return
	}
	d.ClipRect(x, y, w, h, false)
	switch st.pattern {
	case "hatch", "cross":
		for o := -w; o < h+w; o += step {
			d.Line(x, y+o+w, x+w, y+o)
		}
		if st.pattern == "cross" {
			for o := -w; o < h+w; o += step {
				d.Line(x, y+o, x+w, y+o+w)
			}
		}
	case "backhatch":
		for o := -w; o < h+w; o += step * 0.7 {
			d.Line(x, y+o, x+w, y+o+w)
		}
	case "lines":
		for o := step / 2; o < h; o += step {
			d.Line(x, y+o, x+w, y+o)
		}
	case "dots":
		for o := step / 2; o < h; o += step {
			d.Circle(x+w/2, y+o, 0.32, "F")
		}
	}
	d.ClipEnd()
	d.SetLineWidth(0.2)
	d.Rect(x, y, w, h, "D")
}

// changeMark draws the small triangle that marks a cell changed in the
// period, in the top right corner of (x, y, w).
func (p *printer) changeMark(x, y, w float64) {
	s := 2.6
	p.pdf.SetFillColor(colAccent.r, colAccent.g, colAccent.b)
	p.pdf.Polygon([]fpdf.PointType{{X: x + w - s, Y: y}, {X: x + w, Y: y}, {X: x + w, Y: y + s}}, "F")
}
