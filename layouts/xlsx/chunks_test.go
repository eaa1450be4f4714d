package xlsx

import (
	"bytes"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestChunks: what is written comes back whole and in order, however the
// writes are cut, and no chunk is larger than maxChunk.
func TestChunks(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, sizes := range [][]int{{}, {0}, {1}, {minChunk}, {minChunk + 1}, {3 * maxChunk}, {100, 5000, 70000, 1, 2 << 20, 17}} {
		var c chunks
		var want bytes.Buffer
		for _, n := range sizes {
			p := make([]byte, n)
			for i := range p {
				p[i] = byte(rng.UintN(256))
			}
			if k, err := c.Write(p); k != n || err != nil {
				t.Fatalf("Write(%d bytes) = %d, %v", n, k, err)
			}
			want.Write(p)
		}
		if c.Len() != want.Len() || !bytes.Equal(c.Bytes(), want.Bytes()) {
			t.Errorf("sizes %v: holds %d bytes, want %d, or they differ", sizes, c.Len(), want.Len())
		}
		var out bytes.Buffer
		if n, err := c.WriteTo(&out); n != int64(want.Len()) || err != nil || !bytes.Equal(out.Bytes(), want.Bytes()) {
			t.Errorf("sizes %v: WriteTo wrote %d bytes, %v", sizes, n, err)
		}
		for _, p := range c.parts {
			if cap(p) > maxChunk {
				t.Errorf("sizes %v: a chunk of %d bytes", sizes, cap(p))
			}
		}
	}
}

// escapeAttrByRune is escapeAttr as it was first written, rune by rune:
// the reference the faster one must match.
func escapeAttrByRune(b *bytes.Buffer, s string) {
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		case '\n':
			b.WriteString("&#xA;")
		case '\t':
			b.WriteString("&#x9;")
		default:
			b.WriteRune(r)
		}
	}
}

func TestEscapeAttr(t *testing.T) {
	for _, s := range []string{"", "plain", `a & b < c > d "e" 'f'`, "tab\there\nline", "bad \xff utf8 \xe2\x80", "Pakistan’s “envoy” — مجاهد 😀",
		"\uFFFD kept", "ends with &", "\x00\x01", strings.Repeat("x&", 1000)} {
		var got, want bytes.Buffer
		escapeAttr(&got, s)
		escapeAttrByRune(&want, s)
		if got.String() != want.String() {
			t.Errorf("escapeAttr(%q) = %q, want %q", s, got.String(), want.String())
		}
	}
}

// TestSpliceManyLinks: a sheet with more links than one piece holds is
// spliced in several pieces that join into the same text as one.
func TestSpliceManyLinks(t *testing.T) {
	var links []link
	var want strings.Builder
	want.WriteString(`</sheetData><hyperlinks>`)
	for i := range 5000 {
		row := i + 2
		links = append(links, link{col: 6, row: row, location: "Sources!B" + strconv.Itoa(row), display: "s&" + strconv.Itoa(i)})
		want.WriteString(`<hyperlink ref="F` + strconv.Itoa(row) + `" location="Sources!B` + strconv.Itoa(row) + `" display="s&amp;` + strconv.Itoa(i) + `"/>`)
	}
	want.WriteString(`</hyperlinks><pageSetup/>`)
	z := newOrderedZip(nil, time.Time{}, [][]link{links}, nil, nil)
	tail := `</sheetData><hyperlinks><hyperlink ref="F2" location="` + linkMarker(0) + `" display="Location"></hyperlink></hyperlinks><pageSetup/>`
	var got []byte
	pieces := 0
	err := z.spliceLinks([]byte(tail), func(p []byte) error {
		pieces++
		got = append(got, p...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want.String() {
		t.Errorf("spliced text differs from the links (%d bytes, want %d)", len(got), want.Len())
	}
	if least := want.Len() / spliceFlush; pieces < least {
		t.Errorf("%d pieces, want at least %d", pieces, least)
	}
}
