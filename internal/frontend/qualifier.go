package frontend

import "go/types"

// TypeQualifier names packages by their names, as the user writes them.
func TypeQualifier(p *types.Package) string {
	if p.Path() == "main" {
		return ""
	}
	return p.Name()
}
