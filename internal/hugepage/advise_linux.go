//go:build linux

package hugepage

import (
	"syscall"
	"unsafe"
)

// madvHugePage is MADV_HUGEPAGE (linux/mman.h), the same on every
// architecture Linux runs Go on.
const madvHugePage = 14

func advise(addr, n uintptr) {
	syscall.Syscall(syscall.SYS_MADVISE, addr, n, madvHugePage) // advice: an error changes nothing
}

// primeSize is n, or a quarter of the address-space limit when that is
// less.
func primeSize(n int) int {
	if unsafe.Sizeof(uintptr(0)) < 8 {
		return 0 // a 32-bit address space has no room to spare
	}
	var lim syscall.Rlimit
	if syscall.Getrlimit(syscall.RLIMIT_AS, &lim) == nil && lim.Cur != ^uint64(0) {
		n = int(min(uint64(n), lim.Cur/4))
	}
	return n
}
