//go:build !linux

package hugepage

func advise(addr, n uintptr) {}

func primeSize(n int) int { return 0 }
