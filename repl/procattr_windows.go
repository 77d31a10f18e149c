package repl

import "syscall"

func childAttr() *syscall.SysProcAttr { return nil }
