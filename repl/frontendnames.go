package repl

import "github.com/asyncrepl/asyncrepl/internal/frontend"

// The front end (package frontend) under the names the session uses for
// it.

type (
	frontEnd = frontend.FrontEnd
	plan     = frontend.Plan
	checked  = frontend.Checked
	nameInfo = frontend.NameInfo
	opAt     = frontend.OpAt
)

const (
	helperPkg  = frontend.HelperPkg
	mainName   = frontend.MainName
	prevPrefix = frontend.PrevPrefix
	kindType   = frontend.KindType
	kindVar    = frontend.KindVar
	modeInput  = frontend.ModeInput
	modeLoad   = frontend.ModeLoad
	modeScript = frontend.ModeScript
	raceBuild  = frontend.RaceBuild
)

var (
	newFrontEnd    = frontend.NewFrontEnd
	declText       = frontend.DeclText
	fieldNamer     = frontend.FieldNamer
	importName     = frontend.ImportName
	minMaxDecls    = frontend.MinMaxDecls
	nearest        = frontend.Nearest
	noSafepoints   = &frontend.NoSafepoints
	preludeClosure = frontend.PreludeClosure
	reprKey        = frontend.ReprKey
	typeQualifier  = frontend.TypeQualifier
	typeString     = frontend.TypeString
	typeText       = frontend.TypeText
	universe       = frontend.Universe
)
