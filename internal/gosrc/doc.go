// Package gosrc is the input model of the shell: the text a user hands to a
// session (an interactive input or a script file), cut into the segments the
// interpreter compiles, the positions in it as the user knows them, and the
// edits the front end makes to it.
//
//   - A [Source] is one text. Its positions read as the user numbers them:
//     "input 3:5" for a one-line input, "input 3, line 2:5" for a longer one,
//     "file.go:12:5" in a script ([Source.Position]). [Source.Directive]
//     gives the line directive that carries a position through the
//     interpreter, and [DecodePositions] turns the interpreter's positions in
//     a message back into the user's: a position found in any later message
//     (a panic in a function declared three inputs ago) names the input it
//     came from.
//   - [Split] cuts an input into [Segment]s: runs of top-level pieces
//     compiled as a file (imports, functions, methods, types) or as a block
//     of statements, as the interpreter can take them.
//   - An [Edit] replaces a range of the text. [Source.Render] applies a set
//     of edits with line directives, so that every byte the user wrote keeps
//     its position in the compiler's and the interpreter's messages; of
//     overlapping edits the first applies, and a range moved elsewhere
//     ([Source.Moved]) takes the edits inside it along.
//   - A [Continuation] gathers the lines of one input as they are typed and
//     says after each whether the input continues (an unclosed bracket,
//     block, string or comment, or a line ending in an operator), in time
//     linear in the input's length.
//   - An [Error] is an error at a position in the user's text.
//
// Nothing here type-checks or runs code.
package gosrc
