//go:build unix && !linux

package repl

import "syscall"

// childAttr keeps the terminal's signals (Ctrl-C) away from the session's
// process, which the shell forwards them to.
func childAttr() *syscall.SysProcAttr { return &syscall.SysProcAttr{Setpgid: true} }
