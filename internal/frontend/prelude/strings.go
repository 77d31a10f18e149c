package prelude

import (
	__p_bytes "bytes"
	__p_strings "strings"
	__p_unicode "unicode"
	__p_utf8 "unicode/utf8"
)

// The iterator functions of strings and bytes, as Go 1.24 added them.

func __strings_Lines(s string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		for len(s) > 0 {
			var line string
			if i := __p_strings.IndexByte(s, '\n'); i >= 0 {
				line, s = s[:i+1], s[i+1:]
			} else {
				line, s = s, ""
			}
			if !yield(line) {
				return
			}
		}
	}
}

func __strings_splitSeq(s, sep string, sepSave int) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		if len(sep) == 0 {
			for len(s) > 0 {
				_, size := __p_utf8.DecodeRuneInString(s)
				if !yield(s[:size]) {
					return
				}
				s = s[size:]
			}
			return
		}
		for {
			i := __p_strings.Index(s, sep)
			if i < 0 {
				break
			}
			frag := s[:i+sepSave]
			if !yield(frag) {
				return
			}
			s = s[i+len(sep):]
		}
		yield(s)
	}
}

func __strings_SplitSeq(s, sep string) func(yield func(string) bool) {
	return __strings_splitSeq(s, sep, 0)
}

func __strings_SplitAfterSeq(s, sep string) func(yield func(string) bool) {
	return __strings_splitSeq(s, sep, len(sep))
}

func __strings_FieldsSeq(s string) func(yield func(string) bool) {
	return __strings_FieldsFuncSeq(s, __p_unicode.IsSpace)
}

func __strings_FieldsFuncSeq(s string, f func(rune) bool) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		start := -1
		for i := 0; i < len(s); {
			r, size := __p_utf8.DecodeRuneInString(s[i:])
			if f(r) {
				if start >= 0 {
					if !yield(s[start:i]) {
						return
					}
					start = -1
				}
			} else if start < 0 {
				start = i
			}
			i += size
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}

func __bytes_Lines(s []byte) func(yield func([]byte) bool) {
	return func(yield func([]byte) bool) {
		for len(s) > 0 {
			var line []byte
			if i := __p_bytes.IndexByte(s, '\n'); i >= 0 {
				line, s = s[:i+1], s[i+1:]
			} else {
				line, s = s, s[len(s):] // not nil: the interpreter fails on it here
			}
			if !yield(line[:len(line):len(line)]) {
				return
			}
		}
	}
}

func __bytes_splitSeq(s, sep []byte, sepSave int) func(yield func([]byte) bool) {
	return func(yield func([]byte) bool) {
		if len(sep) == 0 {
			for len(s) > 0 {
				_, size := __p_utf8.DecodeRune(s)
				if !yield(s[:size:size]) {
					return
				}
				s = s[size:]
			}
			return
		}
		for {
			i := __p_bytes.Index(s, sep)
			if i < 0 {
				break
			}
			frag := s[:i+sepSave]
			if !yield(frag[:len(frag):len(frag)]) {
				return
			}
			s = s[i+len(sep):]
		}
		yield(s[:len(s):len(s)])
	}
}

func __bytes_SplitSeq(s, sep []byte) func(yield func([]byte) bool) {
	return __bytes_splitSeq(s, sep, 0)
}

func __bytes_SplitAfterSeq(s, sep []byte) func(yield func([]byte) bool) {
	return __bytes_splitSeq(s, sep, len(sep))
}

func __bytes_FieldsSeq(s []byte) func(yield func([]byte) bool) {
	return __bytes_FieldsFuncSeq(s, __p_unicode.IsSpace)
}

func __bytes_FieldsFuncSeq(s []byte, f func(rune) bool) func(yield func([]byte) bool) {
	return func(yield func([]byte) bool) {
		start := -1
		for i := 0; i < len(s); {
			r, size := __p_utf8.DecodeRune(s[i:])
			if f(r) {
				if start >= 0 {
					if !yield(s[start:i:i]) {
						return
					}
					start = -1
				}
			} else if start < 0 {
				start = i
			}
			i += size
		}
		if start >= 0 {
			yield(s[start:len(s):len(s)])
		}
	}
}
