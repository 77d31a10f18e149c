//go:build unix

package repl

import (
	"errors"
	"os"
	"syscall"
)

// readAvailable reads what r, a pipe, holds now, without waiting: 0 and
// no error where it holds nothing.
func readAvailable(r *os.File, buf []byte) (int, error) {
	rc, err := r.SyscallConn()
	if err != nil {
		return 0, err
	}
	var n int
	var rerr error
	if err := rc.Read(func(fd uintptr) bool {
		n, rerr = syscall.Read(int(fd), buf)
		return true // never wait
	}); err != nil {
		return 0, err
	}
	if errors.Is(rerr, syscall.EAGAIN) {
		return 0, nil
	}
	if n < 0 {
		n = 0
	}
	return n, rerr
}
