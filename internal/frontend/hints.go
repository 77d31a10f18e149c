package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"strings"
)

// Newcomers' hints: the type checker's message, unchanged, followed by the
// way Go writes what a Python programmer (the asyncio user this shell is
// for) typed. Each is added only where the message and the text at its
// position show the habit: x = 5 for a name never declared, str(n),
// int("5"), an index, len, range or arithmetic on an any (what loop.Await
// returns), a list's append or a string's upper as methods.

var (
	undefinedName = regexp.MustCompile(`^undefined: (\w+)$`)
	powerBefore   = regexp.MustCompile(`[\w)\]]\s*\*\*\s*$`) // x ** (not ***p)
	assignedAt    = regexp.MustCompile(`^(\w+)\s*=[^=]`)
	convertText   = regexp.MustCompile(`^cannot convert .* \((?:untyped string constant|variable of type string|value of type string)\) to type (u?int(?:8|16|32|64)?|float(?:32|64))$`)
	anyOperand    = regexp.MustCompile(`^(?:cannot index|cannot range over|invalid argument:) (\w+) \(variable of interface type (?:any|interface\{\})\)|^invalid operation: (\w+) [-+*/%] .*\(mismatched types any and untyped (?:int|float)\)$`)
	// "n=" + n, not x + 1 with a string x (a number was meant there).
	numberText     = regexp.MustCompile(`^invalid operation: .* \+ .* \(mismatched types (?:untyped )?string and u?int(?:8|16|32|64)?\)$|^invalid operation: .* \+ .* \(mismatched types u?int(?:8|16|32|64)? and (?:untyped )?string\)$`)
	missingMethod  = regexp.MustCompile(`^(\w+)\.(\w+) undefined \(type (string|\[\]\S+|map\[\S+) has no field or method (\w+)\)$`)
	pythonBuiltins = map[string]string{
		"str":   "Go writes a number as text with strconv.Itoa(n) or fmt.Sprint(n)",
		"float": "Go's floating-point type is float64: float64(n) converts a number, strconv.ParseFloat parses text",
		"None":  "Go's is nil",
		"True":  "Go's booleans are true and false",
		"False": "Go's booleans are true and false",
		"dict":  "Go's dictionaries are maps: m := map[string]int{}",
		"list":  "Go's lists are slices: s := []int{}",
	}
	// pythonMethods are the ways Go writes Python's methods of str, list
	// and dict, by the method's name and the kind of the type (s for
	// strings, l for slices, m for maps).
	pythonMethods = map[string]string{
		"s.upper":      "strings.ToUpper(%s)",
		"s.lower":      "strings.ToLower(%s)",
		"s.strip":      "strings.TrimSpace(%s)",
		"s.split":      "strings.Split(%s, sep)",
		"s.startswith": "strings.HasPrefix(%s, prefix)",
		"s.endswith":   "strings.HasSuffix(%s, suffix)",
		"s.replace":    "strings.ReplaceAll(%s, old, new)",
		"s.find":       "strings.Index(%s, sub)",
		"s.count":      "strings.Count(%s, sub)",
		"s.format":     "fmt.Sprintf(%s, args...)",
		"s.join":       "strings.Join(parts, %s)",
		"s.length":     "len(%s)",
		"l.append":     "%[1]s = append(%[1]s, x)",
		"l.extend":     "%[1]s = append(%[1]s, more...)",
		"l.sort":       "slices.Sort(%s)",
		"l.index":      "slices.Index(%s, x)",
		"l.length":     "len(%s)",
		"m.keys":       "maps.Keys(%s) or for k := range %[1]s",
		"m.items":      "for k, v := range %s",
		"m.get":        "v, ok := %s[k]",
		"m.length":     "len(%s)",
	}
)

// declaresAnywhere reports whether the segment declares name in any scope:
// a variable, constant, function, type, parameter or field (x = 5 in a
// method of a struct with a field x, or before var x: no Python habit);
// or a struct type of the session's has a field so named (the struct
// declared in an earlier input).
func (w *rewriter) declaresAnywhere(name string) bool {
	for _, o := range w.fe.Types.Objs {
		if tn, ok := o.(*types.TypeName); ok {
			if st, ok := tn.Type().Underlying().(*types.Struct); ok {
				for f := range st.Fields() {
					if f.Name() == name {
						return true
					}
				}
			}
		}
	}
	found := false
	def := func(ids ...*ast.Ident) {
		for _, id := range ids {
			found = found || id != nil && id.Name == name
		}
	}
	ast.Inspect(w.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Field:
			def(n.Names...)
		case *ast.ValueSpec:
			def(n.Names...)
		case *ast.TypeSpec:
			def(n.Name)
		case *ast.FuncDecl:
			def(n.Name)
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok {
						def(id)
					}
				}
			}
		case *ast.RangeStmt:
			if n.Tok == token.DEFINE {
				for _, x := range []ast.Expr{n.Key, n.Value} {
					if id, ok := x.(*ast.Ident); ok {
						def(id)
					}
				}
			}
		}
		return !found
	})
	return found
}

// pythonSyntaxHint returns the hint for go/parser's message msg at the end
// of before, the text up to the error: a Python keyword Go spells otherwise
// (while, elif, def, and, or, not), "" if none.
func pythonSyntaxHint(msg, before string) string {
	found, ok := strings.CutPrefix(msg, "expected ';', found ")
	if !ok {
		return ""
	}
	found = strings.Trim(found, "'") // a keyword's: 'func'

	words := strings.Fields(before[strings.LastIndexByte(before, '\n')+1:])
	last := ""
	if len(words) > 0 {
		last = words[len(words)-1]
	}
	switch {
	case found == "elif":
		return "Go writes else if"
	case len(words) == 1 && last == "while":
		return "Go's only loop is for: for x > 0 { ... }"
	case len(words) == 1 && last == "def":
		return "Go declares a function with func: func f(x int) int { ... }"
	case found == "and" || found == "or" || last == "not":
		return "Go's logical operators are &&, || and !"
	case last == "async" && (found == "def" || found == "func"):
		return "Go has no async: a coroutine is a plain function that loop.Async wraps, loop.Async(func() int { ... }), and loop.Await(c) waits for it"
	}
	return ""
}

// unquotedImport matches an import of a path written without quotes, as
// Python writes one (import asyncio).
var unquotedImport = regexp.MustCompile(`^\s*import\s+([A-Za-z_][\w./]*)\s*$`)

// importHint returns the message for text, an input that failed to parse,
// where it imports a path without quotes, with the position of the path
// in text; "" if it does not.
func importHint(text string) (string, int) {
	m := unquotedImport.FindStringSubmatchIndex(text)
	if m == nil {
		return "", 0
	}
	path := text[m[2]:m[3]]
	msg := fmt.Sprintf("syntax error: an import path is quoted in Go: import %q", path)
	switch path {
	case "asyncio":
		msg += "; asyncio is Python's: its Go counterpart here is the loop package, imported already (loop.Run, loop.Async, loop.Await, loop.Sleep; :doc loop)"
	case "time", "fmt", "math", "os", "strings", "errors":
	default:
		if strings.Contains(path, ".") && !strings.Contains(path, "/") {
			msg += fmt.Sprintf(" (a Go path has slashes: %q)", strings.ReplaceAll(path, ".", "/"))
		}
	}
	return msg, m[2]
}

// newcomerHint returns the hint for the type checker's message msg about
// the text at (and after) its position, with before, the text of its line
// before it; "" if none.
func newcomerHint(msg, before, at string, declared func(name string) bool) string {
	if strings.HasPrefix(msg, "invalid operation: cannot indirect ") && powerBefore.MatchString(before) {
		return "Go has no power operator: math.Pow(x, y) for floats, or a loop of multiplications"
	}
	if m := undefinedName.FindStringSubmatch(msg); m != nil && !declared(m[1]) {
		if a := assignedAt.FindStringSubmatch(at); a != nil && a[1] == m[1] {
			return fmt.Sprintf("declare it with %s := ... or var %[1]s = ...; = assigns to a variable declared before", m[1])
		}
		if h := pythonBuiltins[m[1]]; h != "" && strings.HasPrefix(at, m[1]) {
			return h
		}
		return ""
	}
	if m := convertText.FindStringSubmatch(msg); m != nil {
		if strings.HasPrefix(m[1], "float") {
			return "a conversion does not parse text: strconv.ParseFloat does"
		}
		return "a conversion does not parse text: strconv.Atoi does"
	}
	if numberText.MatchString(msg) {
		return "Go writes a number as text with strconv.Itoa(n) or fmt.Sprint(n)"
	}
	if m := anyOperand.FindStringSubmatch(msg); m != nil {
		name := m[1] + m[2]
		return fmt.Sprintf("assert the type %s holds first, as in %[1]s.([]int) or %[1]s.(int); a type switch tells which", name)
	}
	if m := missingMethod.FindStringSubmatch(msg); m != nil {
		kind := map[byte]string{'s': "s", '[': "l", 'm': "m"}[m[3][0]]
		method := m[4]
		if method == "len" || method == "size" {
			method = "length"
		}
		if way := pythonMethods[kind+"."+method]; way != "" {
			return "Go writes it " + fmt.Sprintf(way, m[1])
		}
	}
	return ""
}
