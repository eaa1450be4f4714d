// Package hugepage asks the kernel to back a large buffer with huge
// pages.
//
// A run that reads a whole corpus's cache touches hundreds of megabytes of
// fresh memory, and each 4 KB page of it costs a page fault; on a virtual
// machine a fault is dear (about 10 µs measured here, where a build's
// 95,000 faults were a quarter of its CPU time). Where transparent huge
// pages are enabled on request only (/sys/kernel/mm/transparent_hugepage/
// enabled set to madvise, the common default), memory the Go runtime
// allocates never gets them; Advise requests them for one buffer, so
// that it faults once per 2 MB.
package hugepage

import (
	"runtime"
	"sync"
	"unsafe"
)

// size is a huge page's size on the platforms Advise acts on.
const size = 2 << 20

// Advise asks that the 2 MB-aligned part of s be backed by huge pages
// when it is first touched. It is advice: s's contents, its lifetime and
// the program's behaviour stay the same, and it does nothing where the
// platform has no such advice, for a slice under 4 MB, or when the kernel
// refuses. Call it before s is written, just after it is made.
func Advise[T any](s []T) {
	var zero T
	n := uintptr(len(s)) * unsafe.Sizeof(zero)
	if n < 2*size {
		return
	}
	p := uintptr(unsafe.Pointer(unsafe.SliceData(s)))
	beg := (p + size - 1) &^ (size - 1)
	end := (p + n) &^ (size - 1)
	if end > beg {
		advise(beg, end-beg)
	}
}

// Prime makes the next n bytes of the Go heap huge-page backed, so that
// a run's many allocations, not just the large buffers it advises
// itself, fault once per 2 MB: it allocates n bytes, advises them, and
// has the collector free them at once, and the heap then reuses that
// memory first. Untouched, the memory is never resident; what it costs is
// one collection of a heap that is still small, and a resident size a
// little larger (a huge page is resident whole). It primes less where the
// process's address space is limited (ulimit -v), to a quarter of the
// limit, and nothing where the platform has no huge-page advice. Only the
// first call in a process acts: memory the heap has used and freed would
// be cleared again, page by page.
func Prime(n int) {
	primeOnce.Do(func() {
		if n = primeSize(n); n < 2*size {
			return
		}
		b := make([]byte, n)
		Advise(b)
		runtime.KeepAlive(b)
		b = nil
		runtime.GC()
	})
}

var primeOnce sync.Once
