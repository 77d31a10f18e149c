//go:build unix

package main

import "syscall"

// lowerPriority runs this process, and the programs it starts, at nice 10:
// the run takes minutes on a machine others use.
func lowerPriority() { _ = syscall.Setpriority(syscall.PRIO_PROCESS, 0, 10) }
