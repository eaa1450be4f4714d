package progress

import (
	"bytes"
	"strings"
	"testing"
)

func TestCounter(t *testing.T) {
	var buf bytes.Buffer
	c := New(&buf, "extracting")
	c.Update(1, 3)
	c.Update(2, 3) // within the same tenth of a second: not drawn
	c.Update(3, 3) // complete: always drawn
	c.Done()
	got := buf.String()
	if want := "\rbrief: extracting 1/3\x1b[K\rbrief: extracting 3/3\x1b[K\r\x1b[K"; got != want {
		t.Errorf("output %q, want %q", got, want)
	}
	if strings.Contains(got, "\n") {
		t.Errorf("the counter must redraw one line, got a newline")
	}
	buf.Reset()
	New(&buf, "x").Done()
	if buf.Len() != 0 {
		t.Errorf("Done without Update wrote %q", buf.String())
	}
}
