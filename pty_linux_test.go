package main

import (
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// openTerminal opens the terminal side of the pseudo-terminal master is
// the other side of, to read its settings.
func openTerminal(master *os.File) (*os.File, error) {
	n, err := unix.IoctlGetInt(int(master.Fd()), unix.TIOCGPTN)
	if err != nil {
		return nil, err
	}
	return os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|unix.O_NOCTTY, 0)
}

// rawMode reports whether the terminal tty is in raw mode: no line
// editing, no echo, as a line editor sets it while it reads.
func rawMode(tty *os.File) (bool, error) {
	tio, err := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS)
	if err != nil {
		return false, err
	}
	return tio.Lflag&(unix.ICANON|unix.ECHO) == 0, nil
}
