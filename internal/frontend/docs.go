package frontend

import (
	"go/ast"
	"go/token"
	"strings"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// The doc comments of the session's declarations, for :doc.
//
// The comment lines (//) right above a declaration, or above a spec of a
// parenthesized declaration, are its doc, as go doc reads them. The
// session's inputs are parsed without their comments, so the lines are
// read from the input's text. At the prompt a comment typed alone just
// before a declaration (the line before it, sent first) is the doc of the
// declaration the next input starts with (Plan.LeadDoc, which the session
// sets before it records the plan).

// collectDocs records the doc comments of the segment's declarations,
// "" for one without (which forgets the doc of a declaration made again).
func (w *rewriter) collectDocs() {
	if w.plan.Seg.Kind == gosrc.SegStmt {
		return // statements
	}
	docs := map[string]string{}
	first := true
	add := func(key string, at token.Pos) {
		doc := w.docAbove(w.offset(at))
		if doc == "" && first && w.firstLine(w.offset(at)) {
			w.plan.leadKey = key
		}
		first = false
		docs[key] = doc
	}
	for _, d := range w.file.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			key := d.Name.Name
			if d.Recv != nil && len(d.Recv.List) == 1 {
				key = gosrc.RecvTypeName(d.Recv.List[0].Type) + "." + key
			}
			add(key, d.Pos())
		case *ast.GenDecl:
			if d.Tok == token.IMPORT {
				continue
			}
			for _, spec := range d.Specs {
				at := d.Pos()
				if d.Lparen.IsValid() {
					at = spec.Pos()
				}
				switch spec := spec.(type) {
				case *ast.TypeSpec:
					add(spec.Name.Name, at)
				case *ast.ValueSpec:
					for _, n := range spec.Names {
						add(n.Name, at)
					}
				}
			}
		}
	}
	w.plan.docs = docs
}

// docAbove returns the text of the // comment lines right above the line
// at off, where off starts the line's code; "" if none.
func (w *rewriter) docAbove(off int) string {
	text := w.src.Text
	start := strings.LastIndexByte(text[:off], '\n') + 1
	if strings.TrimSpace(text[start:off]) != "" {
		return ""
	}
	var lines []string
	for start > 0 { // (a segment starts after the comments before it)
		prev := strings.LastIndexByte(text[:start-1], '\n') + 1
		c, ok := commentText(text[prev : start-1])
		if !ok {
			break
		}
		lines = append([]string{c}, lines...)
		start = prev
	}
	return strings.Join(lines, "\n")
}

// firstLine reports whether off is on the first line of the segment's
// code.
func (w *rewriter) firstLine(off int) bool {
	return strings.TrimSpace(w.src.Text[w.plan.Seg.From:off]) == "" || !strings.Contains(w.src.Text[w.plan.Seg.From:off], "\n")
}

// DocComment returns the doc comment of the session's declaration named
// key ("Person", "Person.Greet"), "" if it has none.
func (fe *FrontEnd) DocComment(key string) string { return fe.docs[key] }

// CommentLines returns the text of src's // comments when src holds
// nothing else (a doc typed alone before its declaration), "" otherwise.
func CommentLines(src string) string {
	var lines []string
	for line := range strings.Lines(src) {
		if strings.TrimSpace(line) == "" {
			continue
		}
		c, ok := commentText(line)
		if !ok {
			return ""
		}
		lines = append(lines, c)
	}
	return strings.Join(lines, "\n")
}

// commentText returns the text of line, a // comment, and true; false if
// line is not one.
func commentText(line string) (string, bool) {
	c, ok := strings.CutPrefix(strings.TrimSpace(line), "//")
	return strings.TrimPrefix(c, " "), ok
}
