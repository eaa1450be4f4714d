package atomicfile

// go test ./... -update passes the flag to every package's tests; this
// package has no golden files but accepts it.
import _ "brief/internal/golden"
