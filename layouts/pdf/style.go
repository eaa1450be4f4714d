package pdf

import "brief/report"

// rgb is a colour.
type rgb struct{ r, g, b int }

// The palette: dark ink, one accent, greys, and muted tints for positions.
var (
	colInk      = rgb{30, 33, 38}
	colMuted    = rgb{98, 104, 112}
	colRule     = rgb{176, 182, 190}
	colAccent   = rgb{24, 52, 88}
	colLink     = rgb{26, 82, 150}
	colHeadFill = rgb{229, 234, 240}
	colBandFill = rgb{244, 246, 249}
	colConflict = rgb{160, 38, 28}
	colWhite    = rgb{255, 255, 255}
	colMarking  = rgb{150, 30, 30}
)

// Type faces by role.
var (
	fTitle    = face{"sans", "B", 20}
	fH1       = face{"sans", "B", 14}
	fH2       = face{"sans", "B", 10.5}
	fBody     = face{"serif", "", 10.5}
	fQuote    = face{"serif", "I", 9.5}
	fSmall    = face{"sans", "", 8.5}
	fSmallB   = face{"sans", "B", 8.5}
	fSmallI   = face{"sans", "I", 8.5}
	fTable    = face{"sans", "", 8}
	fTableB   = face{"sans", "B", 8}
	fTableI   = face{"sans", "I", 8}
	fRef      = face{"sans", "", 7}
	fMatrixB  = face{"sans", "B", 7}
	fFurn     = face{"sans", "", 7.5}
	fFurnB    = face{"sans", "B", 7.5}
	fTileNum  = face{"sans", "B", 15}
	fTileText = face{"sans", "", 7.5}
)

// lineHeight is the leading for a face: 1.3 × its size, in mm.
func lineHeight(f face) float64 { return f.size * 1.3 / ptPerMM }

// positionStyle is how the stance matrix draws one position: a word, a
// symbol, a tint and a pattern, so that it still reads in greyscale.
type positionStyle struct {
	word    string
	symbol  string
	fill    rgb    // cell tint
	band    rgb    // pattern colour
	pattern string // solid, hatch, backhatch, cross, lines, dots
}

var positionStyles = map[report.Position]positionStyle{
	report.Support:     {"Support", "+", rgb{220, 238, 222}, rgb{46, 125, 70}, "solid"},
	report.Oppose:      {"Oppose", "−", rgb{246, 219, 214}, rgb{170, 50, 40}, "hatch"},
	report.Conditional: {"Conditional", "±", rgb{250, 236, 200}, rgb{176, 120, 20}, "lines"},
	report.Demand:      {"Demand", "!", rgb{214, 226, 243}, rgb{40, 80, 150}, "cross"},
	report.Propose:     {"Propose", "»", rgb{230, 222, 242}, rgb{100, 70, 150}, "dots"},
	report.Deny:        {"Deny", "×", rgb{226, 226, 226}, rgb{60, 60, 60}, "backhatch"},
}

// styleOf returns the style of a position, or a neutral one for a
// position the renderer does not know.
func styleOf(position report.Position) positionStyle {
	if s, ok := positionStyles[position]; ok {
		return s
	}
	return positionStyle{string(position), "?", rgb{240, 240, 240}, rgb{120, 120, 120}, "none"}
}

// reliabilityLabels describes the Admiralty source grades.
var reliabilityLabels = map[string]string{
	"A": "completely reliable",
	"B": "usually reliable",
	"C": "fairly reliable",
	"D": "not usually reliable",
	"E": "unreliable",
	"F": "reliability cannot be judged",
}
