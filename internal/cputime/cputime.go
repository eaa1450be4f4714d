// Package cputime reads the CPU time the process has used, for
// benchmarks on a shared machine, where wall time swings with the load
// and CPU time does not.
package cputime
