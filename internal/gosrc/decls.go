package gosrc

import (
	"go/scanner"
	"go/token"
)

// What the shell reads ahead to take declarations given on separate lines
// as one input (see the shell's declsAhead).

// DeclsOnly reports whether src is made of a package clause, imports and
// declarations (of types, functions, methods, variables and constants)
// only.
func DeclsOnly(src string) bool {
	chunks := scanChunks(src)
	if len(chunks) == 0 {
		return false
	}
	for _, c := range chunks {
		if c.kind == chunkStmt && c.first != token.VAR && c.first != token.CONST {
			return false
		}
	}
	return true
}

// StartsDecl reports whether line begins an import or a declaration of a
// type, function, method, variable or constant.
func StartsDecl(line string) bool {
	fset := token.NewFileSet()
	var s scanner.Scanner
	s.Init(fset.AddFile("", -1, len(line)), []byte(line), func(token.Position, string) {}, 0)
	var ts []tok
	depth := 0
	for {
		pos, t, _ := s.Scan()
		if t == token.EOF || t == token.SEMICOLON && depth == 0 {
			break
		}
		switch t {
		case token.LPAREN, token.LBRACK, token.LBRACE:
			depth++
		case token.RPAREN, token.RBRACK, token.RBRACE:
			depth--
		}
		ts = append(ts, tok{off: int(pos), tok: t, depth: depth})
	}
	if len(ts) == 0 {
		return false
	}
	k := classify(ts)
	return k == chunkDecl || k == chunkImport || ts[0].tok == token.VAR || ts[0].tok == token.CONST
}
