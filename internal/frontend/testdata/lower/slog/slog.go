// Values of the program's types with a LogValue method, handed to
// log/slog: the interpreter passed them without their methods, and slog
// logged the value itself (pw=hunter2 where Go logs pw=REDACTED).
package main

import (
	"fmt"
	"log/slog"
	"strings"
)

type Secret string

func (Secret) LogValue() slog.Value { return slog.StringValue("REDACTED") }

type User struct {
	Name string
	pass string
}

func (u *User) LogValue() slog.Value {
	return slog.GroupValue(slog.String("name", u.Name), slog.Any("pass", Secret(u.pass)))
}

func noTime(_ []string, a slog.Attr) slog.Attr {
	if a.Key == "time" {
		return slog.Attr{}
	}
	return a
}

func main() {
	var b strings.Builder
	lg := slog.New(slog.NewTextHandler(&b, &slog.HandlerOptions{ReplaceAttr: noTime}))
	pw := Secret("hunter2")
	lg.Info("login", "pw", pw, slog.Any("user", &User{"ann", "pw1"}))
	lg.With("pw", pw).Warn("again", "v", slog.AnyValue(pw), "plain", string(pw))
	fmt.Print(b.String())
}

// Output:
// level=INFO msg=login pw=REDACTED user.name=ann user.pass=REDACTED
// level=WARN msg=again pw=REDACTED v=REDACTED plain=hunter2
