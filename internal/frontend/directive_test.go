package frontend

import "regexp"

var lineDirective = regexp.MustCompile(`/\*line [^*]*\*/`)
