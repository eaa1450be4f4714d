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

import "unsafe"

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
