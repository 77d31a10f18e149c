package hostrt

import (
	"strconv"
	"strings"
)

// ScanVerbs calls each, in order, for every argument a fmt format uses:
// its index (explicit argument indexes followed), the flags before its
// verb (of "+-# 0"), and the verb ('*' for an argument taken as a width
// or precision). It reports false where it stops at what it does not
// follow (a bad argument index); the calls made until then stand. The
// front end reads the verbs of a constant format with it, and the checks
// of fmt's arguments at run time those of any format.
func ScanVerbs(format string, each func(arg int, flags string, verb rune)) bool {
	return ScanVerbsAt(format, func(arg int, flags string, verb rune, _ int) { each(arg, flags, verb) })
}

// ScanVerbsAt is ScanVerbs, also giving each verb's offset in format (-1
// for a '*').
func ScanVerbsAt(format string, each func(arg int, flags string, verb rune, at int)) bool {
	arg := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		flags := ""
		for ; i < len(format); i++ {
			c := format[i]
			switch {
			case strings.IndexByte("+-# 0", c) >= 0:
				flags += string(c)
				continue
			case c == '.' || c >= '0' && c <= '9':
				continue
			case c == '*':
				each(arg, "", '*', -1)
				arg++
				continue
			case c == '[':
				j := strings.IndexByte(format[i:], ']')
				if j < 0 {
					return false
				}
				k, err := strconv.Atoi(format[i+1 : i+j])
				if err != nil || k < 1 {
					return false
				}
				arg = k - 1
				i += j
				continue
			}
			break
		}
		if i >= len(format) {
			break
		}
		if format[i] == '%' {
			continue
		}
		each(arg, flags, rune(format[i]), i)
		arg++
	}
	return true
}
