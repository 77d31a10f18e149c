package repl

import "syscall"

// childAttr keeps the terminal's signals (Ctrl-C) away from the session's
// process, which the shell forwards them to, and ends it with the shell.
func childAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}
