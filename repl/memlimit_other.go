//go:build !linux

package repl

import "runtime/debug"

// limitMemory limits the heap of this process to about limit bytes (none
// when limit is 0): the garbage collector works to keep it under
// (debug.SetMemoryLimit). Only on Linux is the address space capped too.
func limitMemory(limit int64) {
	if limit <= 0 {
		setStackLimits(0)
		return
	}
	debug.SetMemoryLimit(limit)
	setStackLimits(limit)
}

// physicalMemory returns the machine's memory in bytes, or 0 if unknown.
func physicalMemory() int64 { return 0 }
