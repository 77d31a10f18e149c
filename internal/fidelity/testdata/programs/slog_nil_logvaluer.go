package main

import (
	"fmt"
	"log/slog"
	"os"
)

type User struct{ Name string }

func (u *User) LogValue() slog.Value {
	if u == nil {
		return slog.StringValue("anonymous")
	}
	return slog.StringValue(u.Name)
}

func main() {
	log := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}))
	var u *User
	log.Info("login", "user", u)
	log.Info("login", slog.Any("user", u))
	log.Info("login", "user", &User{"ann"})
	v := slog.AnyValue(u)
	fmt.Println(v.Kind(), v.Resolve())
}
