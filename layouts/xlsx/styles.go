package xlsx

import (
	"fmt"

	"brief/report"

	"github.com/xuri/excelize/v2"
)

// styles holds the workbook's cell style ids.
type styles struct {
	plain, wrap, link, bold, heading, title, marking int
	integer, decimal                                 int
	datetime                                         int
	date                                             map[report.Precision]int // by precision
	position                                         map[report.Position]int  // coloured fill, by position
	otherPosition                                    int                      // a position outside report.Positions
	// correction is the Correction column's: wrapped text in Excel's Text
	// number format, so that a date typed there stays as typed.
	correction int
}

// positionColours are the fills of the stance matrix, one per position:
// greens for favouring, reds for rejecting, amber for "only if".
var positionColours = map[report.Position]string{
	report.Support:     "C6EFCE",
	report.Propose:     "A9D08E",
	report.Conditional: "FFEB9C",
	report.Demand:      "BDD7EE",
	report.Oppose:      "FFC7CE",
	report.Deny:        "F4B084",
}

// dateFormats shows a date at its precision.
var dateFormats = map[report.Precision]string{
	report.Year:   "yyyy",
	report.Season: "mmm yyyy",
	report.Month:  "mmm yyyy",
	report.Week:   "d mmm yyyy",
	report.Day:    "d mmm yyyy",
}

func newStyles(f *excelize.File) (*styles, error) {
	top := &excelize.Alignment{Vertical: "top"}
	wrap := &excelize.Alignment{Vertical: "top", WrapText: true}
	s := &styles{date: map[report.Precision]int{}, position: map[report.Position]int{}}
	var err error
	add := func(id *int, st *excelize.Style) {
		if err == nil {
			*id, err = f.NewStyle(st)
		}
	}
	custom := func(format string) *string { return &format }
	add(&s.plain, &excelize.Style{Alignment: top})
	add(&s.wrap, &excelize.Style{Alignment: wrap})
	add(&s.correction, &excelize.Style{Alignment: wrap, NumFmt: 49}) // 49: Text, "@"
	add(&s.link, &excelize.Style{Alignment: top, Font: &excelize.Font{Color: "0563C1", Underline: "single"}})
	add(&s.bold, &excelize.Style{Alignment: top, Font: &excelize.Font{Bold: true}})
	add(&s.heading, &excelize.Style{Alignment: wrap, Font: &excelize.Font{Bold: true}})
	add(&s.title, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 16}})
	add(&s.marking, &excelize.Style{Font: &excelize.Font{Bold: true, Color: "C00000"}})
	add(&s.integer, &excelize.Style{Alignment: top, NumFmt: 3}) // #,##0
	add(&s.decimal, &excelize.Style{Alignment: top, CustomNumFmt: custom("#,##0.00")})
	add(&s.datetime, &excelize.Style{Alignment: &excelize.Alignment{Horizontal: "left"},
		CustomNumFmt: custom("yyyy-mm-dd hh:mm \"UTC\"")})
	for _, p := range report.Precisions {
		var id int
		add(&id, &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "left"},
			CustomNumFmt: custom(dateFormats[p])})
		s.date[p] = id
	}
	for _, p := range report.Positions {
		var id int
		add(&id, &excelize.Style{Alignment: wrap, Fill: fill(positionColours[p])})
		s.position[p] = id
	}
	add(&s.otherPosition, &excelize.Style{Alignment: wrap, Fill: fill("D9D9D9")})
	if err != nil {
		return nil, fmt.Errorf("workbook styles: %w", err)
	}
	return s, nil
}

func fill(colour string) excelize.Fill {
	return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colour}}
}

// positionStyle returns the coloured style of a stance position.
func (s *styles) positionStyle(position report.Position) int {
	if id, ok := s.position[position]; ok {
		return id
	}
	return s.otherPosition
}
