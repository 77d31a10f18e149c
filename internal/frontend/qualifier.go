package frontend

import "go/types"

// typeQualifier names packages by their names, as the user writes them.
func TypeQualifier(p *types.Package) string {
	if p.Path() == "main" {
		return ""
	}
	return p.Name()
}
