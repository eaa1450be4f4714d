package hugepage

import "testing"

// TestAdviseKeepsContents advises slices of every kind of size (empty,
// under the threshold, unaligned, several huge pages) and checks that
// what they hold, before and after, is unchanged.
func TestAdviseKeepsContents(t *testing.T) {
	for _, n := range []int{0, 1, size - 1, 2 * size, 3*size + 12345, 9 * size} {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(i * 7)
		}
		Advise(b)
		Advise(b[min(len(b), 4097):]) // an unaligned start
		for i := range b {
			if b[i] != byte(i*7) {
				t.Fatalf("len %d: byte %d changed", n, i)
			}
		}
		w := make([]uint64, n/8)
		Advise(w)
		for i := range w {
			w[i] = uint64(i)
		}
		for i := range w {
			if w[i] != uint64(i) {
				t.Fatalf("len %d: word %d changed", n/8, i)
			}
		}
	}
	Advise([]struct{}{}) // a zero-size element
}

// TestPrime primes the heap twice (the second call does nothing) and
// checks that memory allocated afterwards holds what is written to it.
func TestPrime(t *testing.T) {
	Prime(16 << 20)
	Prime(16 << 20)
	b := make([]uint32, 3<<20)
	for i := range b {
		b[i] = uint32(i)
	}
	for i := range b {
		if b[i] != uint32(i) {
			t.Fatalf("word %d changed", i)
		}
	}
}
