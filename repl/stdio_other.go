//go:build !unix

package repl

import (
	"errors"
	"os"
)

// readAvailable is unix's: elsewhere os.Stdout and os.Stderr are left as
// they are (see frameWriter.takeStdio).
func readAvailable(*os.File, []byte) (int, error) {
	return 0, errors.New("repl: no reads without waiting here")
}
