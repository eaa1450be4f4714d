package pdf

import (
	"bytes"
	"cmp"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strconv"
	"sync"
)

// compressPages writes the document fpdf wrote with compression off, raw,
// to w with every page's content stream compressed, as fpdf would have
// compressed it: zlib at its best speed, /Filter /FlateDecode, and a
// cross-reference table with the objects' new offsets. The bytes are the
// ones fpdf writes with compression on. fpdf makes a new compressor (over
// a megabyte of fresh memory) for every page; here a few are reused, on
// as many cores as there are.
//
// pages is how many pages the document has: a page whose content stream
// is not found as expected is an error, not a page left uncompressed.
func compressPages(w io.Writer, raw []byte, pages int) error {
	doc, err := parseObjects(raw)
	if err != nil {
		return fmt.Errorf("pdf: compressing pages: %w", err)
	}
	streams := doc.contentStreams(raw)
	if len(streams) != pages {
		return fmt.Errorf("pdf: compressing pages: found %d page streams of %d: %w", len(streams), pages, errLayout)
	}
	compressed := make([][]byte, len(streams))
	workers := min(runtime.GOMAXPROCS(0), len(streams), 4)
	var wg sync.WaitGroup
	for k := range workers {
		wg.Go(func() {
			var buf bytes.Buffer
			zw, _ := zlib.NewWriterLevel(&buf, zlib.BestSpeed) // the level is valid
			for i := k; i < len(streams); i += workers {
				buf.Reset()
				zw.Reset(&buf)
				zw.Write(streams[i].data) // a bytes.Buffer does not fail
				zw.Close()
				compressed[i] = bytes.Clone(buf.Bytes())
			}
		})
	}
	wg.Wait()

	var out bytes.Buffer
	out.Grow(len(raw) / 2)
	stream := make(map[int]int, len(streams)) // object number → index in streams
	for i, s := range streams {
		stream[s.obj] = i
	}
	offsets := make([]int, len(doc.offsets))
	at := 0 // how far raw is copied
	for _, j := range doc.order {
		out.Write(raw[at:doc.offsets[j]])
		offsets[j] = out.Len()
		at = doc.offsets[j]
		if i, ok := stream[j]; ok {
			fmt.Fprintf(&out, "%d 0 obj\n<</Filter /FlateDecode /Length %d>>\nstream\n", j, len(compressed[i]))
			out.Write(compressed[i])
			out.WriteString("\nendstream\n")
			at = streams[i].end
		}
	}
	out.Write(raw[at:doc.xref])
	xref := out.Len()
	out.WriteString("xref\n0 " + strconv.Itoa(len(offsets)) + "\n0000000000 65535 f \n")
	for _, o := range offsets[1:] {
		fmt.Fprintf(&out, "%010d 00000 n \n", o)
	}
	out.Write(raw[doc.trailer:doc.startxref])
	out.WriteString("startxref\n" + strconv.Itoa(xref))
	out.Write(raw[doc.eof:]) // "\n%%EOF\n"
	_, err = w.Write(out.Bytes())
	return err
}

// pdfObjects is where fpdf put a document's objects.
type pdfObjects struct {
	offsets   []int // by object number; 0 is the free object
	ends      []int // where each object's text ends: the next one's offset
	order     []int // object numbers in the order they lie in the file
	xref      int   // offset of "xref"
	trailer   int   // offset of "trailer", after the table
	startxref int   // offset of "startxref"
	eof       int   // offset of the end of the line after it
}

// contentStream is a page's content stream, uncompressed: its object
// number, its data, and where its object ends in the raw document (after
// "endstream\n", where "endobj" follows).
type contentStream struct {
	obj  int
	data []byte
	end  int
}

var errLayout = errors.New("the document is not laid out as fpdf writes it")

// parseObjects reads the cross-reference table fpdf wrote at the end of
// raw: one subsection from object 0, entries of 20 bytes.
func parseObjects(raw []byte) (*pdfObjects, error) {
	end := bytes.LastIndex(raw, []byte("startxref\n"))
	if end < 0 {
		return nil, errLayout
	}
	num := raw[end+len("startxref\n"):]
	num = num[:max(bytes.IndexByte(num, '\n'), 0)]
	xref, err := strconv.Atoi(string(num))
	if err != nil || xref < 0 || xref >= end || !bytes.HasPrefix(raw[xref:], []byte("xref\n0 ")) {
		return nil, errLayout
	}
	line := raw[xref+len("xref\n0 "):]
	line = line[:max(bytes.IndexByte(line, '\n'), 0)]
	n, err := strconv.Atoi(string(line))
	table := xref + len("xref\n0 ") + len(line) + 1
	trailer := table + 20*n
	if err != nil || n < 1 || trailer > end || !bytes.HasPrefix(raw[trailer:], []byte("trailer\n")) {
		return nil, errLayout
	}
	doc := &pdfObjects{offsets: make([]int, n), xref: xref, trailer: trailer, startxref: end, eof: end + len("startxref\n") + len(num)}
	for j := 1; j < n; j++ {
		entry := raw[table+20*j : table+20*j+20]
		o, err := strconv.Atoi(string(entry[:10]))
		if err != nil || string(entry[10:]) != " 00000 n \n" || o <= 0 || o >= xref {
			return nil, errLayout
		}
		if !bytes.HasPrefix(raw[o:], []byte(strconv.Itoa(j)+" 0 obj\n")) {
			return nil, errLayout
		}
		doc.offsets[j] = o
	}
	// fpdf writes some objects (the page tree, the resources) after
	// the ones they list: order the objects as they lie in the file.
	doc.order = make([]int, 0, n-1)
	for j := 1; j < n; j++ {
		doc.order = append(doc.order, j)
	}
	slices.SortFunc(doc.order, func(a, b int) int { return cmp.Compare(doc.offsets[a], doc.offsets[b]) })
	doc.ends = make([]int, n)
	for i, j := range doc.order {
		doc.ends[j] = xref
		if i+1 < len(doc.order) {
			doc.ends[j] = doc.offsets[doc.order[i+1]]
		}
		if doc.ends[j] == doc.offsets[j] {
			return nil, errLayout // two objects at one offset
		}
	}
	return doc, nil
}

// contentStreams finds every page's content stream: fpdf writes a page's
// object ("<</Type /Page" … "/Contents N 0 R>>") and its content stream
// as object N, the next one, "<</Length L>>" and L bytes of stream.
func (doc *pdfObjects) contentStreams(raw []byte) []contentStream {
	var out []contentStream
	for j := 1; j+1 < len(doc.offsets); j++ {
		head := strconv.Itoa(j) + " 0 obj\n<</Type /Page\n"
		page := raw[doc.offsets[j]:doc.ends[j]]
		tail := "/Contents " + strconv.Itoa(j+1) + " 0 R>>\nendobj\n"
		if !bytes.HasPrefix(page, []byte(head)) || !bytes.HasSuffix(page, []byte(tail)) {
			continue
		}
		o := doc.offsets[j+1]
		obj := raw[o:doc.ends[j+1]]
		head = strconv.Itoa(j+1) + " 0 obj\n<</Length "
		if !bytes.HasPrefix(obj, []byte(head)) {
			continue
		}
		rest := obj[len(head):]
		k := bytes.Index(rest, []byte(">>\nstream\n"))
		if k < 0 {
			continue
		}
		n, err := strconv.Atoi(string(rest[:k]))
		start := len(head) + k + len(">>\nstream\n")
		if err != nil || start+n > len(obj) || !bytes.Equal(obj[start+n:], []byte("\nendstream\nendobj\n")) {
			continue
		}
		out = append(out, contentStream{obj: j + 1, data: obj[start : start+n], end: o + start + n + len("\nendstream\n")})
	}
	return out
}
