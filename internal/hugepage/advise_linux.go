//go:build linux

package hugepage

import "syscall"

// madvHugePage is MADV_HUGEPAGE (linux/mman.h), the same on every
// architecture Linux runs Go on.
const madvHugePage = 14

func advise(addr, n uintptr) {
	syscall.Syscall(syscall.SYS_MADVISE, addr, n, madvHugePage) // advice: an error changes nothing
}
