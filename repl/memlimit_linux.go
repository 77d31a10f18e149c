package repl

import (
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"

	"github.com/asyncrepl/asyncrepl/internal/frontend"
)

// limitMemory limits the memory of this process to about limit bytes (none
// when limit is 0). The garbage collector works to keep the heap under it
// (debug.SetMemoryLimit), and the address space is capped at what the
// process uses now plus limit plus a margin for thread stacks and the
// runtime's reservations: an allocation past the cap ends the process with
// Go's "fatal error: out of memory", which the supervising shell reports,
// instead of the machine swapping or its out-of-memory killer choosing.
// (The address space is not capped in a build with the race detector.)
// Stacks are limited by setStackLimits.
func limitMemory(limit int64) {
	if limit <= 0 {
		setStackLimits(0)
		return
	}
	debug.SetMemoryLimit(limit)
	setStackLimits(limit)
	if frontend.RaceBuild {
		return // the race detector's shadow memory needs terabytes of address space
	}
	used := int64(0)
	if b, err := os.ReadFile("/proc/self/statm"); err == nil {
		if f := strings.Fields(string(b)); len(f) > 0 {
			pages, _ := strconv.ParseInt(f[0], 10, 64)
			used = pages * int64(os.Getpagesize())
		}
	}
	const margin = 1 << 30
	capAS := uint64(used + limit + margin)
	var cur syscall.Rlimit
	if syscall.Getrlimit(syscall.RLIMIT_AS, &cur) == nil && cur.Max < capAS {
		capAS = cur.Max
	}
	syscall.Setrlimit(syscall.RLIMIT_AS, &syscall.Rlimit{Cur: capAS, Max: cur.Max}) //nolint:errcheck // the soft limit still holds
}

// physicalMemory returns the machine's memory in bytes, or 0 if unknown.
func physicalMemory() int64 {
	var si syscall.Sysinfo_t
	if syscall.Sysinfo(&si) != nil {
		return 0
	}
	return int64(si.Totalram) * int64(si.Unit)
}
