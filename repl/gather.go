package repl

import (
	"bytes"
	"strings"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// Declarations read together.
//
// The shell runs an input as soon as its lines make a whole piece of Go, so
// declarations given one after another on separate lines were checked one
// at a time: in asyncrepl -e $'func a() int { return b() }\nfunc b() int {
// return 2 }' the first was refused (undefined: b), though Go lets the
// functions of a file refer to each other in any order, and a program
// pasted into a pipe (package main, imports, types, functions) failed the
// same way. When the lines are the code of -e, or a program piped whole
// (its first line a package clause), an input made of declarations only
// takes the declarations that follow it (past blank and comment lines), as
// far as they are already there to read: they are checked, compiled and run
// as one input, as a file's are. Other piped lines stay an input each, as
// typed at a terminal, where what comes next is not typed yet.

// declsAhead returns the lines to add to the pending input: the blank and
// comment lines ahead and the first line of the next declaration, if the
// pending input is declarations only and the next input, already read into
// the buffer, begins with one; else nil.
func (sh *Shell) declsAhead() []string {
	p, ok := sh.lines.(*plainLines)
	if !ok || p.r == nil {
		return nil
	}
	src := sh.pending.String()
	if !p.inMemory && gosrc.PackageClause(src) == "" || !gosrc.DeclsOnly(src) {
		return nil
	}
	n := p.r.Buffered()
	if p.inMemory {
		n = p.r.Size() // reading more does not wait
	}
	data, err := p.r.Peek(n)
	atEnd := err != nil && p.inMemory
	var lines []string
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		if i < 0 && !atEnd {
			return nil // the line is not all there
		}
		line := data
		if i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		text := strings.TrimSpace(string(line))
		lines = append(lines, "")
		switch {
		case text == "" || strings.HasPrefix(text, "//"):
			continue
		case gosrc.StartsDecl(text):
			for i := range lines {
				lines[i], _ = p.ReadLine("")
			}
			return lines
		}
		return nil
	}
	return nil
}

// inMemory reports whether reading r never waits (the code of -e).
func inMemory(r any) bool {
	switch r.(type) {
	case *strings.Reader, *bytes.Reader, *bytes.Buffer:
		return true
	}
	return false
}
