package pdf

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/go-fonts/liberation/liberationsansbold"
	"github.com/go-fonts/liberation/liberationsansbolditalic"
	"github.com/go-fonts/liberation/liberationsansitalic"
	"github.com/go-fonts/liberation/liberationsansregular"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"
)

// A face is one font at one size, as the printer sets it.
type face struct {
	family string // "sans" or "serif"
	style  string // "", "B", "I" or "BI"
	size   float64
}

// fontFile is one embedded TrueType file and the family and style it is
// registered under.
type fontFile struct {
	family, style string
	ttf           []byte
}

var fontFiles = []fontFile{
	{"sans", "", liberationsansregular.TTF},
	{"sans", "B", liberationsansbold.TTF},
	{"sans", "I", liberationsansitalic.TTF},
	{"sans", "BI", liberationsansbolditalic.TTF},
	{"serif", "", liberationserifregular.TTF},
	{"serif", "I", liberationserifitalic.TTF},
	// Noto Sans Arabic draws Arabic-script text, with the letters Urdu,
	// Pashto and Dari add and their presentation forms (DejaVu Sans, the
	// one Go font module with Arabic, lacks the Urdu heh goal and yeh
	// barree). It is used only for runs of that script (see arabic.go).
	{arabicFamily, "", notoSansArabic},
	{arabicFamily, "B", notoSansArabicBold},
}

// The Noto Sans Arabic files, under the SIL Open Font License 1.1 (see
// fonts/OFL.txt).
var (
	//go:embed fonts/NotoSansArabic-Regular.ttf
	notoSansArabic []byte
	//go:embed fonts/NotoSansArabic-Bold.ttf
	notoSansArabicBold []byte
)

// arabicFamily is the family that draws Arabic-script runs.
const arabicFamily = "arabic"

// arabicFace is the face an Arabic-script run of f is drawn in: the same
// size, bold or regular (the font has no italic for the script).
func arabicFace(f face) face {
	style := ""
	if strings.Contains(f.style, "B") {
		style = "B"
	}
	return face{arabicFamily, style, f.size}
}

// metrics holds what the printer needs of a font to measure text: the
// advance width of every rune of the Basic Multilingual Plane in
// thousandths of an em, and which runes the font can draw.
type metrics struct {
	width [0x10000]uint16
	has   [0x10000]bool
}

var (
	metricsOnce sync.Once
	fontMetrics map[string]*metrics // family+style → metrics
	// fontMetricsByFile holds the same metrics in fontFiles' order.
	fontMetricsByFile []*metrics
	drawable          [0x10000]bool // runes every embedded Latin face can draw
	arabicHas         [0x10000]bool // runes the Arabic-script faces can draw
	metricsErr        error
)

// loadMetrics parses every embedded font once.
func loadMetrics() error {
	metricsOnce.Do(func() {
		fontMetrics = make(map[string]*metrics, len(fontFiles))
		for i := range drawable {
			drawable[i] = true
		}
		for _, f := range fontFiles {
			m, err := parseMetrics(f.ttf)
			if err != nil {
				metricsErr = fmt.Errorf("reading embedded font %s %q: %w", f.family, f.style, err)
				return
			}
			fontMetrics[f.family+f.style] = m
			fontMetricsByFile = append(fontMetricsByFile, m)
			if f.family == arabicFamily {
				if f.style == "" {
					arabicHas = m.has
				}
				continue
			}
			for r := range drawable {
				drawable[r] = drawable[r] && m.has[r]
			}
		}
	})
	return metricsErr
}

// textWidth returns the width of s in mm when drawn in face f; s must be
// cleaned (every rune drawable).
func textWidth(s string, f face) float64 {
	m := metricsOf(f)
	n := 0
	for _, r := range s {
		if r < 0x10000 {
			n += int(m.width[r])
		}
	}
	return float64(n) * f.size / 1000 / ptPerMM
}

const ptPerMM = 72 / 25.4

// metricsOf returns the metrics of f's font, looked up without building
// the map's key (textWidth is called for every word).
func metricsOf(f face) *metrics {
	for i := range fontFiles {
		if fontFiles[i].family == f.family && fontFiles[i].style == f.style {
			return fontMetricsByFile[i]
		}
	}
	return fontMetrics[f.family+f.style] // nil: a face no font file has
}

var errFont = errors.New("malformed TrueType font")

// parseMetrics reads the advance widths (hhea, hmtx) and the character
// map (cmap format 4 or 12) of a TrueType font.
func parseMetrics(ttf []byte) (*metrics, error) {
	tables, err := tableDirectory(ttf)
	if err != nil {
		return nil, err
	}
	head, hhea, hmtx, cmap := tables["head"], tables["hhea"], tables["hmtx"], tables["cmap"]
	if len(head) < 54 || len(hhea) < 36 || cmap == nil {
		return nil, errFont
	}
	upem := int(binary.BigEndian.Uint16(head[18:]))
	nMetrics := int(binary.BigEndian.Uint16(hhea[34:]))
	if upem == 0 || nMetrics == 0 || len(hmtx) < 4*nMetrics {
		return nil, errFont
	}
	advance := func(glyph int) int {
		glyph = min(glyph, nMetrics-1)
		return int(binary.BigEndian.Uint16(hmtx[4*glyph:]))
	}
	m := new(metrics)
	err = eachMapping(cmap, func(r rune, glyph int) {
		if r < 0x10000 && glyph != 0 {
			m.has[r] = true
			m.width[r] = uint16((advance(glyph)*1000 + upem/2) / upem)
		}
	})
	return m, err
}

// tableDirectory returns the font's tables by tag.
func tableDirectory(ttf []byte) (map[string][]byte, error) {
	if len(ttf) < 12 {
		return nil, errFont
	}
	n := int(binary.BigEndian.Uint16(ttf[4:]))
	tables := make(map[string][]byte, n)
	for i := range n {
		rec := 12 + 16*i
		if rec+16 > len(ttf) {
			return nil, errFont
		}
		off := int(binary.BigEndian.Uint32(ttf[rec+8:]))
		size := int(binary.BigEndian.Uint32(ttf[rec+12:]))
		if off < 0 || size < 0 || off+size > len(ttf) {
			return nil, errFont
		}
		tables[string(ttf[rec:rec+4])] = ttf[off : off+size]
	}
	return tables, nil
}

// eachMapping calls fn for every rune the Unicode subtable of cmap maps,
// preferring a full-repertoire format 12 subtable to a BMP format 4 one.
func eachMapping(cmap []byte, fn func(r rune, glyph int)) error {
	if len(cmap) < 4 {
		return errFont
	}
	var best []byte
	bestFormat := 0
	n := int(binary.BigEndian.Uint16(cmap[2:]))
	for i := range n {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			return errFont
		}
		platform := binary.BigEndian.Uint16(cmap[rec:])
		off := int(binary.BigEndian.Uint32(cmap[rec+4:]))
		if off+2 > len(cmap) || (platform != 0 && platform != 3) {
			continue
		}
		format := int(binary.BigEndian.Uint16(cmap[off:]))
		if (format == 4 || format == 12) && format > bestFormat {
			best, bestFormat = cmap[off:], format
		}
	}
	switch bestFormat {
	case 4:
		return eachFormat4(best, fn)
	case 12:
		return eachFormat12(best, fn)
	}
	return fmt.Errorf("%w: no Unicode cmap subtable", errFont)
}

func eachFormat4(t []byte, fn func(r rune, glyph int)) error {
	if len(t) < 14 {
		return errFont
	}
	segs := int(binary.BigEndian.Uint16(t[6:])) / 2
	ends, starts, deltas, ranges := 14, 16+2*segs, 16+4*segs, 16+6*segs
	if ranges+2*segs > len(t) {
		return errFont
	}
	u16 := func(off int) int { return int(binary.BigEndian.Uint16(t[off:])) }
	for s := range segs {
		start, end := u16(starts+2*s), u16(ends+2*s)
		delta, rangeOff := u16(deltas+2*s), u16(ranges+2*s)
		for c := start; c <= end && c != 0xFFFF; c++ {
			glyph := 0
			if rangeOff == 0 {
				glyph = (c + delta) & 0xFFFF
			} else {
				at := ranges + 2*s + rangeOff + 2*(c-start)
				if at+2 > len(t) {
					return errFont
				}
				if g := u16(at); g != 0 {
					glyph = (g + delta) & 0xFFFF
				}
			}
			fn(rune(c), glyph)
		}
	}
	return nil
}

func eachFormat12(t []byte, fn func(r rune, glyph int)) error {
	if len(t) < 16 {
		return errFont
	}
	n := int(binary.BigEndian.Uint32(t[12:]))
	if 16+12*n > len(t) {
		return errFont
	}
	for i := range n {
		g := t[16+12*i:]
		start := int(binary.BigEndian.Uint32(g))
		end := int(binary.BigEndian.Uint32(g[4:]))
		glyph := int(binary.BigEndian.Uint32(g[8:]))
		for c := start; c <= end && c < 0x10000; c++ {
			fn(rune(c), glyph+c-start)
		}
	}
	return nil
}
