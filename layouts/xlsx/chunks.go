package xlsx

import "io"

// chunks is a byte sink that keeps what is written in a list of chunks
// instead of one growing slice: a bytes.Buffer that grows to megabytes
// copies (and clears) its contents at every doubling, which for the
// compressed rows of a large workbook cost more than a tenth of the
// render. What is written is never moved.
type chunks struct {
	parts [][]byte
	size  int
}

// Chunk sizes: the first chunk is small (most zip entries are a few
// hundred bytes), later ones double up to maxChunk.
const (
	minChunk = 4 << 10
	maxChunk = 1 << 20
)

// Write appends p.
func (c *chunks) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		last := len(c.parts) - 1
		if last < 0 || len(c.parts[last]) == cap(c.parts[last]) {
			size := minChunk
			if last >= 0 {
				size = min(2*cap(c.parts[last]), maxChunk)
			}
			c.parts = append(c.parts, make([]byte, 0, size))
			last++
		}
		part := c.parts[last]
		k := copy(part[len(part):cap(part)], p)
		c.parts[last] = part[:len(part)+k]
		p = p[k:]
	}
	c.size += n
	return n, nil
}

// Len is the number of bytes written.
func (c *chunks) Len() int { return c.size }

// WriteTo writes the chunks to w, in order.
func (c *chunks) WriteTo(w io.Writer) (int64, error) {
	var n int64
	for _, p := range c.parts {
		k, err := w.Write(p)
		n += int64(k)
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// Bytes returns the chunks joined (for tests).
func (c *chunks) Bytes() []byte {
	out := make([]byte, 0, c.size)
	for _, p := range c.parts {
		out = append(out, p...)
	}
	return out
}
