package pipeline

import (
	"bufio"
	"encoding/binary"
	"errors"
	"io"
	"math"

	"brief/report"
)

// The records of a cache segment are laid out by hand rather than by
// encoding/gob, which took 0.8 s of CPU to decode the 86 MB cache file
// of 10,000 articles (reflection for every field, a copy of each message,
// an allocation per string): most of what adding one article to them
// cost before assembly. Here a segment's records are read from one
// string, which each decoded string is a part of (one allocation for all
// of them), with a loop per type.
//
// The layout: numbers are unsigned varints (counts, lengths) or zig-zag
// varints (a use stamp, a line), a string is its length and its bytes, a
// float64 its IEEE bits as 8 bytes little-endian, a list its count and
// its elements, and a pointer a byte (0 for nil, 1) and what it points
// to. Fields follow in the order of recordCodec's functions, which
// TestCodecCoversEveryField checks against the types' fields: a field
// added to a fact type without a line here fails that test, not a
// cached run.
//
// A segment's payload is its records stream (the count of records, then
// each: its key, its use stamp, whether an entry follows, the entry
// without its date expressions), its date expressions stream (a list
// per record) and the records stream's length as 4 bytes, little-endian;
// so a run that does not want the date expressions, most runs, never
// reads them.

// segmentWriter writes a segment's streams. bufio.Writer remembers the
// first error, which Flush returns.
type segmentWriter struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

func (e *segmentWriter) uvarint(x uint64) {
	e.w.Write(binary.AppendUvarint(e.buf[:0], x))
}

func (e *segmentWriter) varint(x int64) {
	e.w.Write(binary.AppendVarint(e.buf[:0], x))
}

func (e *segmentWriter) str(s string) {
	e.uvarint(uint64(len(s)))
	e.w.WriteString(s)
}

func (e *segmentWriter) strs(ss []string) {
	e.uvarint(uint64(len(ss)))
	for _, s := range ss {
		e.str(s)
	}
}

func (e *segmentWriter) float(x float64) {
	e.w.Write(binary.LittleEndian.AppendUint64(e.buf[:0], math.Float64bits(x)))
}

func (e *segmentWriter) flag(b bool) {
	if b {
		e.w.WriteByte(1)
	} else {
		e.w.WriteByte(0)
	}
}

// writeRecords writes the records stream of a segment.
func (e *segmentWriter) writeRecords(recs []record) {
	e.uvarint(uint64(len(recs)))
	for _, r := range recs {
		e.w.Write(r.Key[:])
		e.varint(r.Used)
		e.flag(r.Entry != nil)
		if r.Entry != nil {
			e.entry(r.Entry)
		}
	}
}

// writeTimexes writes the date expressions stream of a segment.
func (e *segmentWriter) writeTimexes(recs []record) {
	for _, r := range recs {
		if r.Entry == nil {
			e.uvarint(0)
			continue
		}
		ts := r.Entry.Facts.Timexes
		e.uvarint(uint64(len(ts)))
		for _, t := range ts {
			e.str(t.Source)
			e.str(t.Text)
			e.str(t.Value)
			e.str(string(t.Precision))
		}
	}
}

func (e *segmentWriter) entry(en *entry) {
	s := &en.Source
	for _, f := range []string{s.ID, s.Path, s.Title, s.Outlet, s.Published, s.URL, s.Reliability, s.Notes, s.SyndicatedFrom, s.Text, s.Hash} {
		e.str(f)
	}
	e.uvarint(uint64(len(en.Problems)))
	for _, p := range en.Problems {
		e.varint(int64(p.Line))
		e.str(p.Msg)
	}
	f := &en.Facts
	e.uvarint(uint64(len(f.Figures)))
	for i := range f.Figures {
		x := &f.Figures[i]
		e.str(x.ID)
		e.str(x.Text)
		e.float(x.Low)
		e.float(x.High)
		e.str(x.Qualifier)
		e.str(string(x.What))
		e.str(x.Who)
		e.str(x.Period)
		e.str(x.AttributedTo)
		e.str(x.Currency)
		e.str(x.Date)
		e.citations(x.Citations)
		e.review(x.Review)
	}
	e.uvarint(uint64(len(f.Events)))
	for i := range f.Events {
		x := &f.Events[i]
		e.str(x.ID)
		e.str(x.Date)
		e.str(string(x.Precision))
		e.str(x.Summary)
		e.str(string(x.Type))
		e.strs(x.Actors)
		e.strs(x.Figures)
		e.citations(x.Citations)
		e.review(x.Review)
	}
	e.uvarint(uint64(len(f.Stances)))
	for i := range f.Stances {
		x := &f.Stances[i]
		e.str(x.ID)
		e.str(x.Actor)
		e.str(x.Issue)
		e.str(string(x.Position))
		e.str(x.Speaker)
		e.str(x.SpeakerActor)
		e.str(x.Date)
		e.str(string(x.Precision))
		e.str(string(x.ReadBy))
		e.citations(x.Citations)
		e.review(x.Review)
	}
	e.uvarint(uint64(len(f.Leads)))
	for i := range f.Leads {
		x := &f.Leads[i]
		for _, s := range []string{x.ID, x.Actor, x.Issue, string(x.Reason), x.Detail, x.Speaker, x.SpeakerActor, x.Citation.Source, x.Citation.Quote, string(x.Suggested)} {
			e.str(s)
		}
		e.float(x.Confidence)
		e.review(x.Review)
	}
	e.uvarint(uint64(len(en.Fingerprint)))
	for _, h := range en.Fingerprint {
		e.w.Write(binary.LittleEndian.AppendUint64(e.buf[:0], h))
	}
}

func (e *segmentWriter) citations(cs []report.Citation) {
	e.uvarint(uint64(len(cs)))
	for _, c := range cs {
		e.str(c.Source)
		e.str(c.Quote)
	}
}

func (e *segmentWriter) review(r *report.Review) {
	e.flag(r != nil)
	if r != nil {
		e.str(string(r.Decision))
		e.str(r.Correction)
		e.str(r.Original)
		e.str(r.Where)
	}
}

// encodeSegment writes one segment's payload to w: the records stream,
// the date expressions stream and the trailer. Nothing is held but
// bufio's buffer, however large an entry (a 10 MB article's is about
// 30 MB).
func encodeSegment(w io.Writer, recs []record) error {
	counted := &countingWriter{w: w}
	e := &segmentWriter{w: bufio.NewWriterSize(counted, 64<<10)}
	e.writeRecords(recs)
	if err := e.w.Flush(); err != nil {
		return err
	}
	records := counted.n
	if records > math.MaxUint32 {
		return errors.New("a cache segment over 4 GB")
	}
	e.writeTimexes(recs)
	e.w.Write(binary.LittleEndian.AppendUint32(nil, uint32(records)))
	return e.w.Flush()
}

// countingWriter passes writes on to w and counts their bytes.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// segmentReader reads a stream of a segment from a string, which each
// string it returns is part of. A count or length longer than what is
// left, or a number that does not end, is an error, remembered; reads
// after it return zero values, so that a damaged segment costs no more
// than its length and never panics.
type segmentReader struct {
	s   string
	off int
	err error
}

var errDamaged = errors.New("a damaged cache segment")

func (d *segmentReader) fail() {
	if d.err == nil {
		d.err = errDamaged
	}
	d.off = len(d.s)
}

func (d *segmentReader) uvarint() uint64 {
	var x uint64
	for shift := uint(0); shift < 64; shift += 7 {
		if d.off >= len(d.s) {
			d.fail()
			return 0
		}
		b := d.s[d.off]
		d.off++
		if b < 0x80 {
			if shift == 63 && b > 1 {
				d.fail()
				return 0
			}
			return x | uint64(b)<<shift
		}
		x |= uint64(b&0x7f) << shift
	}
	d.fail()
	return 0
}

func (d *segmentReader) varint() int64 {
	u := d.uvarint()
	x := int64(u >> 1)
	if u&1 != 0 {
		x = ^x
	}
	return x
}

// count reads a list's length, each element taking at least min bytes.
func (d *segmentReader) count(min int) int {
	n := d.uvarint()
	if n > uint64(len(d.s)-d.off)/uint64(min) {
		d.fail()
		return 0
	}
	return int(n)
}

func (d *segmentReader) str() string {
	n := d.uvarint()
	if n > uint64(len(d.s)-d.off) {
		d.fail()
		return ""
	}
	s := d.s[d.off : d.off+int(n)]
	d.off += int(n)
	return s
}

func (d *segmentReader) strs() []string {
	n := d.count(1)
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.str()
	}
	return out
}

func (d *segmentReader) bytes(n int) string {
	if n > len(d.s)-d.off {
		d.fail()
		return ""
	}
	s := d.s[d.off : d.off+n]
	d.off += n
	return s
}

func (d *segmentReader) uint64() uint64 {
	b := d.bytes(8)
	if len(b) < 8 {
		return 0
	}
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

func (d *segmentReader) float() float64 { return math.Float64frombits(d.uint64()) }

func (d *segmentReader) flag() bool {
	b := d.bytes(1)
	switch {
	case b == "\x01":
		return true
	case b != "\x00" && d.err == nil:
		d.fail()
	}
	return false
}

// readRecords reads a records stream.
func (d *segmentReader) readRecords() []record {
	const minRecord = len(cacheKey{}) + 2
	n := d.count(minRecord)
	recs := make([]record, n)
	for i := range recs {
		r := &recs[i]
		copy(r.Key[:], d.bytes(len(r.Key)))
		r.Used = d.varint()
		if d.flag() {
			r.Entry = d.entry()
		}
		if d.err != nil {
			return nil
		}
	}
	return recs
}

// readTimexes reads a date expressions stream into the entries of recs.
func (d *segmentReader) readTimexes(recs []record) {
	for i := range recs {
		n := d.count(4)
		if n == 0 {
			continue
		}
		if recs[i].Entry == nil {
			d.fail()
			return
		}
		ts := make([]report.Timex, n)
		for j := range ts {
			ts[j] = report.Timex{Source: d.str(), Text: d.str(), Value: d.str(), Precision: report.Precision(d.str())}
		}
		recs[i].Entry.Facts.Timexes = ts
	}
}

func (d *segmentReader) entry() *entry {
	en := &entry{}
	s := &en.Source
	for _, f := range []*string{&s.ID, &s.Path, &s.Title, &s.Outlet, &s.Published, &s.URL, &s.Reliability, &s.Notes, &s.SyndicatedFrom, &s.Text, &s.Hash} {
		*f = d.str()
	}
	if n := d.count(2); n > 0 {
		en.Problems = make([]cachedProblem, n)
		for i := range en.Problems {
			en.Problems[i] = cachedProblem{Line: int(d.varint()), Msg: d.str()}
		}
	}
	f := &en.Facts
	if n := d.count(27); n > 0 { // nine strings, two floats, a list and a flag
		f.Figures = make([]report.Figure, n)
		for i := range f.Figures {
			x := &f.Figures[i]
			x.ID = d.str()
			x.Text = d.str()
			x.Low = d.float()
			x.High = d.float()
			x.Qualifier = d.str()
			x.What = report.FigureKind(d.str())
			x.Who = d.str()
			x.Period = d.str()
			x.AttributedTo = d.str()
			x.Currency = d.str()
			x.Date = d.str()
			x.Citations = d.citations()
			x.Review = d.review()
		}
	}
	if n := d.count(9); n > 0 { // five strings and four lists or flags
		f.Events = make([]report.Event, n)
		for i := range f.Events {
			x := &f.Events[i]
			x.ID = d.str()
			x.Date = d.str()
			x.Precision = report.Precision(d.str())
			x.Summary = d.str()
			x.Type = report.EventType(d.str())
			x.Actors = d.strs()
			x.Figures = d.strs()
			x.Citations = d.citations()
			x.Review = d.review()
		}
	}
	if n := d.count(11); n > 0 { // nine strings, a list and a flag
		f.Stances = make([]report.Stance, n)
		for i := range f.Stances {
			x := &f.Stances[i]
			x.ID = d.str()
			x.Actor = d.str()
			x.Issue = d.str()
			x.Position = report.Position(d.str())
			x.Speaker = d.str()
			x.SpeakerActor = d.str()
			x.Date = d.str()
			x.Precision = report.Precision(d.str())
			x.ReadBy = report.Reader(d.str())
			x.Citations = d.citations()
			x.Review = d.review()
		}
	}
	if n := d.count(19); n > 0 { // ten strings, a float and a flag
		f.Leads = make([]report.Lead, n)
		for i := range f.Leads {
			x := &f.Leads[i]
			x.ID, x.Actor, x.Issue = d.str(), d.str(), d.str()
			x.Reason = report.LeadReason(d.str())
			x.Detail, x.Speaker, x.SpeakerActor = d.str(), d.str(), d.str()
			x.Citation = report.Citation{Source: d.str(), Quote: d.str()}
			x.Suggested = report.Position(d.str())
			x.Confidence = d.float()
			x.Review = d.review()
		}
	}
	if n := d.count(8); n > 0 {
		en.Fingerprint = make([]uint64, n)
		for i := range en.Fingerprint {
			en.Fingerprint[i] = d.uint64()
		}
	}
	return en
}

func (d *segmentReader) citations() []report.Citation {
	n := d.count(2)
	if n == 0 {
		return nil
	}
	cs := make([]report.Citation, n)
	for i := range cs {
		cs[i] = report.Citation{Source: d.str(), Quote: d.str()}
	}
	return cs
}

func (d *segmentReader) review() *report.Review {
	if !d.flag() {
		return nil
	}
	return &report.Review{Decision: report.Decision(d.str()), Correction: d.str(), Original: d.str(), Where: d.str()}
}
