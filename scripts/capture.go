package scripts

import (
	"bytes"
	"io"
	"os"
)

// Capture calls run with pipes for its standard output and error, and
// returns what was written to them and run's result. Pipes rather than
// buffers: interpreted code that writes to os.Stdout or os.Stderr itself
// reaches them only when the session's writers are files.
func Capture(run func(stdout, stderr *os.File) int) (stdout, stderr []byte, code int, err error) {
	outR, outW, err := os.Pipe()
	if err != nil {
		return nil, nil, 0, err
	}
	errR, errW, err := os.Pipe()
	if err != nil {
		outR.Close()
		outW.Close()
		return nil, nil, 0, err
	}
	var out, errOut bytes.Buffer
	done := make(chan struct{}, 2)
	go func() { io.Copy(&out, outR); outR.Close(); done <- struct{}{} }()
	go func() { io.Copy(&errOut, errR); errR.Close(); done <- struct{}{} }()
	code = run(outW, errW)
	outW.Close()
	errW.Close()
	<-done
	<-done
	return out.Bytes(), errOut.Bytes(), code, nil
}
